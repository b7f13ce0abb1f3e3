package readout

import (
	"strings"
	"testing"
	"time"
)

// TestNameCustoms: a principal's short name follows the custom of the
// person's country when the page itself does not show it (no part of
// the name written alone): the father's of two Spanish family names.
func TestNameCustoms(t *testing.T) {
	for _, c := range []struct {
		name, country, want string
	}{
		{"Rubén Ramírez Lezcano", "PY", "Ramírez"},
		{"Bruno Rodríguez Parrilla", "CU", "Rodríguez"},
		{"Carlos Ramiro Martínez Alvarado", "GT", "Martínez"},
		{"Luis Alberto Arce Catacora", "BO", "Arce"},
		{"José Manuel Albares", "ES", "Albares"},
		{"Alberto van Klaveren Stork", "CL", "van Klaveren"},
		{"Javier Martínez-Acha Vásquez", "PA", "Martínez-Acha"},
		{"Simeón Oyono Esono Angue", "GQ", "Oyono"},
		{"Juan Ramón de la Fuente", "MX", "de la Fuente"},
		{"Mario Lubetkin", "UY", "Lubetkin"},
		// Other countries keep the last family name.
		{"Mauro Luiz Iecker Vieira", "BR", "Vieira"},
		{"Penny Wong", "AU", "Wong"},
	} {
		text := "The Minister met " + c.name + " today."
		if got := shortName(c.name, text, customOf(c.country)); got != c.want {
			t.Errorf("shortName(%q) of %s = %q, want %q", c.name, c.country, got, c.want)
		}
	}
	// The page's own short form wins over the custom.
	if got := shortName("Rubén Ramírez Lezcano", "The Minister met Rubén Ramírez Lezcano. Minister Lezcano said.", customOf("PY")); got != "Lezcano" {
		t.Errorf("written alone: got %q, want Lezcano", got)
	}
}

// TestSummaryNamesOfOtherSides: what the summaries write of the other
// sides' principals. A joint summary of more than two sides is not
// "Both"; the other side's principal named by office ("the Chancellor")
// or by a given name in a leader's own post ("I thanked Mette") is named
// by the family name; an office qualified by another holder's style
// stays.
func TestSummaryNamesOfOtherSides(t *testing.T) {
	for _, c := range []struct {
		pub, title, lead, heading, para string
		want, avoid                     string
	}{
		{"CZ", "Prime Ministers of the Visegrad Group met in Prague",
			"Prime Minister Jan Novak hosted the heads of government of the Visegrad Group countries, Adam Kowal of Poland, Laszlo Szabo of Hungary and Peter Horvath of Slovakia, in Prague on Monday 16 June 2025.",
			"Competitiveness", "The Prime Ministers agreed that the European Union must simplify its rules on state aid for the defence industry.",
			"All four", "Both"},
		{"GR", "Meeting of the Prime Minister with the Federal Chancellor of Austria",
			"Prime Minister Nikos Petrou met today in Athens with the Federal Chancellor of the Republic of Austria, Karl Huber.",
			"Energy", "Prime Minister Petrou informed the Chancellor of the plan to add 400 MW of interconnection capacity towards Central Europe by 2030.",
			"Petrou informed Huber of the plan", "the Chancellor of the plan"},
		{"UA", "I had a call with Prime Minister of Denmark Anne Holm",
			"I had a call with Prime Minister of Denmark Anne Holm.",
			"Military aid", "I thanked Anne for the new package of military aid of DKK 4.2 billion and for the Danish model of financing production in Ukraine.",
			"thanked Holm for the new package", "thanked Anne"},
		{"KW", "The Amir receives the Prime Minister of Pakistan",
			"His Highness the Amir Sheikh Salem Al-Sabah received at Bayan Palace on Tuesday the Prime Minister of the Islamic Republic of Pakistan Imran Qadir.",
			"Visit", "The Pakistani Prime Minister invited His Highness the Prime Minister to visit Islamabad next year to sign the new investment agreement.",
			"", "Highness Qadir"},
	} {
		body := "<html><body><h1>" + c.title + "</h1><p>" + c.lead + "</p><h2>" + c.heading + "</h2><p>" + c.para + "</p></body></html>"
		r, err := Parse(Document{Title: c.title, Body: body, PublisherCountry: c.pub, Published: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, s := range r.Sections {
			all = append(all, s.Summary)
		}
		all = append(all, r.KeyPoints...)
		text := strings.Join(all, "\n")
		if c.want != "" && !strings.Contains(text, c.want) {
			t.Errorf("%s: summaries %q lack %q", c.title, text, c.want)
		}
		if strings.Contains(text, c.avoid) {
			t.Errorf("%s: summaries %q hold %q", c.title, text, c.avoid)
		}
	}
}

// TestSummaryFrames: the page's own voice and furniture around what a
// summary reports go: a spokesperson's frame, a court's blessing after
// its sovereign's name, a city and a dash before the sentence, and the
// article of an office dropped before a name.
func TestSummaryFrames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ambassador Omar Nabil, Spokesman for the Presidency, stated that President Hany received today a phone call from the Prime Minister of Spain.",
			"Hany received today a phone call from the Prime Minister of Spain."},
		{"The Spokesman said that the call addressed the outcomes of the emergency summit held in Cairo yesterday.",
			"The call addressed the outcomes of the emergency summit held in Cairo yesterday."},
		{"Rabat – His Majesty King Idris, may God assist Him, received on Friday at the Royal Palace in Rabat the President of Mali.",
			"His Majesty King Idris received on Friday at the Royal Palace in Rabat the President of Mali."},
		{"Fez – The King received on Friday at the Royal Palace in Fez the President of Mali.",
			"The King received on Friday at the Royal Palace in Fez the President of Mali."},
		{"The meeting was followed by a working lunch, attended by the Minister of Foreign Affairs Nikos Petrou.",
			"The meeting was followed by a working lunch, attended by Nikos Petrou."},
		// A dash after a word that is no place the sentence names stays.
		{"Energy – the two sides will build the interconnector by 2030 with the support of the bank.",
			"Energy – the two sides will build the interconnector by 2030 with the support of the bank."},
	} {
		if got := shortenFrame(c.in); got != c.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestPortfolioTitlesAndTopicTitles: a portfolio of several nouns after
// an office's "for" is the title's, not the holder's name; what a
// headline's cooperation is on is no side.
func TestPortfolioTitlesAndTopicTitles(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"GH", "The Minister for Foreign Affairs, Hon. Kofi Mensah, on Monday received the Federal Minister for Economic Cooperation and Development of Germany, Hon. Anna Weber, at the Ministry's headquarters in Accra.",
			"Kofi Mensah|Minister for Foreign Affairs|GH, Anna Weber|Federal Minister for Economic Cooperation and Development of Germany|DE"},
	})
	r := parseDoc18(t, "NO", "Norway and Chile strengthen cooperation on the ocean and Antarctica",
		"Foreign Minister Lars Berg today met Chile's Minister of Foreign Affairs Pablo Soto in Oslo for talks on ocean management, Antarctica and trade.")
	if got := strings.Join(r.Parties, " "); got != "NO CL" {
		t.Errorf("parties %q, want NO CL", got)
	}
}

// TestYearsPassedSince: "35 years have passed since the signing of the
// Treaty" marks the 35th anniversary of the signing.
func TestYearsPassedSince(t *testing.T) {
	for _, c := range []struct {
		s       string
		ord     int
		subject string
	}{
		{"Both recalled that 35 years have passed since the signing of the Treaty of Good Neighbourship.", 35, "signing of the Treaty of Good Neighbourship"},
		{"Twenty years have elapsed since the opening of the embassy in Hanoi.", 20, "opening of the embassy in Hanoi"},
		// Years that passed before something else are none.
		{"Five years passed before the border was reopened.", 0, ""},
	} {
		got := writtenAnniversaries(c.s)
		if c.ord == 0 {
			if len(got) != 0 {
				t.Errorf("%q: got %+v, want none", c.s, got)
			}
			continue
		}
		if len(got) != 1 || got[0].ordinal != c.ord || got[0].subject != c.subject {
			t.Errorf("%q: got %+v, want %d of %q", c.s, got, c.ord, c.subject)
		}
	}
}

// TestAnnouncedWeekdayDateAndFCDOTitle: "will on Monday, 2 June 2025,
// host" is an announced meeting; the British Foreign Secretary's office
// with its commas is one title, of the United Kingdom.
func TestAnnouncedWeekdayDateAndFCDOTitle(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"ZA", "Minister of International Relations and Cooperation, Mr Sipho Dube, will on Monday, 2 June 2025, host his counterpart from the Republic of Ghana, Hon. Kwame Asante.",
			"Sipho Dube|Minister of International Relations and Cooperation|ZA, Kwame Asante|Foreign Minister|GH"},
		{"ZA", "Minister Sipho Dube will on Thursday, March 5, 2025, receive the Foreign Minister of Kenya, Peter Otieno.",
			"Sipho Dube|Minister|ZA, Peter Otieno|Foreign Minister of Kenya|KE"},
		{"TR", "Minister of Foreign Affairs Ahmet Kaya met with Jane Smith, Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom, in Ankara.",
			"Ahmet Kaya|Minister of Foreign Affairs|TR, Jane Smith|Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom|GB"},
		{"GB", "The Secretary of State for Foreign, Commonwealth and Development Affairs, Jane Smith, met the Foreign Minister of Japan, Ito Kenji, in London.",
			"Jane Smith|Secretary of State for Foreign, Commonwealth and Development Affairs|GB, Ito Kenji|Foreign Minister of Japan|JP"},
	})
}

// TestDescentNames: the end of a name after "bin" is the father's name,
// never the short name, though the page writes it alone of another
// person ("King Salman"); a name of descent runs to eight words.
func TestDescentNames(t *testing.T) {
	text := "Crown Prince Fahd bin Nasser bin Khalid Al Faris, Prime Minister, received the guest. He conveyed the greetings of King Nasser bin Khalid."
	if got := shortName("Fahd bin Nasser", text, westernNames); got != "Fahd bin Nasser" {
		t.Errorf("shortName = %q, want Fahd bin Nasser", got)
	}
	r := parseLead1(t, "SA", "His Royal Highness Crown Prince Fahd bin Nasser bin Khalid Al Faris, Prime Minister, received at Al-Yamamah Palace in Riyadh today Prime Minister of the Islamic Republic of Pakistan Imran Qadir.")
	for _, p := range r.Participants {
		if p.Country == "SA" && p.Role == RolePrincipal && p.Written != "" && !strings.HasSuffix(p.Written, "Al Faris") {
			t.Errorf("written %q, want it to end with Al Faris", p.Written)
		}
	}
}

// TestWorthIsNoPledge: what trade was worth is a measure, not money
// given; a package worth an amount is still one.
func TestWorthIsNoPledge(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Trade between the two countries was worth more than €2 billion last year.", 0},
		{"Denmark announced a new package of military aid worth €500 million for air defence.", 1},
	} {
		if got := len(pledgesOf([]string{c.s}, nil)); got != c.want {
			t.Errorf("%q: %d pledges, want %d", c.s, got, c.want)
		}
	}
}

// TestAsideWithNameComma: an aside holding a name with a comma of its
// own ("the Treaty of Friendship, Commerce and Navigation of 1895") goes
// whole, and the comma before a clause joined by "and" stays.
func TestAsideWithNameComma(t *testing.T) {
	in := "This year marks the 130th anniversary of diplomatic relations between Japan and Peru, which began with the Treaty of Peace, Friendship and Navigation of 1873, and he wants to make it a year of new chapters."
	want := "This year marks the 130th anniversary of diplomatic relations between Japan and Peru, and he wants to make it a year of new chapters."
	if got := dropAsides(in); got != want {
		t.Errorf("dropAsides:\n got %q\nwant %q", got, want)
	}
}
