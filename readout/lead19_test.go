package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestLeadForms19 holds leads written fresh for session 17, in the house
// styles of the seven publishers of corpus/world and of the White House:
// each gives its principals with their countries.
func TestLeadForms19(t *testing.T) {
	for _, c := range []struct {
		pub, lead string
		want      []string // name|country of each principal
	}{
		// A second of the same side after "and", the first one's office
		// holding "for" (the clause was cut at it).
		{"US", "Deputy Secretary of State Ann Cole met today in Washington with Moroccan Minister Delegate for the Budget Karim Alaoui and Minister of Economy and Finance Salma Bennis.",
			[]string{"Ann Cole|US", "Karim Alaoui|MA", "Salma Bennis|MA"}},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := principalsOf(r); strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s\n\tprincipals %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestSummaryCountryOfTwoWords: a counterpart whose country's adjective or
// name is of two words ("New Zealand Prime Minister X", "Sri Lankan
// President X", "New Zealand's Prime Minister X") is written "X of <country>"
// in the summary, as one of one word is; the country's first word was
// left before the name ("spoke to New Zealand Luxon").
func TestSummaryCountryOfTwoWords(t *testing.T) {
	for _, c := range []struct{ lead, want string }{
		{"The Prime Minister spoke to New Zealand Prime Minister Tom Hale this morning.", "The Prime Minister spoke to Hale of New Zealand."},
		{"The Prime Minister spoke to Sri Lankan President Ravi Perera this morning.", "The Prime Minister spoke to Perera of Sri Lanka."},
		{"The Prime Minister met New Zealand's Prime Minister Tom Hale in Downing Street.", "The Prime Minister met Hale of New Zealand."},
		{"The Prime Minister spoke to South African President Sipho Dube this morning.", "The Prime Minister spoke to Dube of South Africa."},
	} {
		r := parseLead1(t, "GB", c.lead)
		if len(r.Sections) == 0 || r.Sections[0].Summary != c.want {
			var got string
			if len(r.Sections) > 0 {
				got = r.Sections[0].Summary
			}
			t.Errorf("%s\n\tsummary %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestRoyalStylesAndDemonymAppositions: "His Highness" and "His Royal
// Highness" go from a summary as "H.E." does, the "Prince" he is called by
// stays; an office in apposition that opens with a demonym or a country's
// capitals ("Fidan, Turkish Foreign Minister,", "Al Nahyan, the UAE
// Minister of Foreign Affairs,") is the person's title.
func TestRoyalStylesAndDemonymAppositions(t *testing.T) {
	for _, c := range []struct{ lead, summary, title string }{
		{"Foreign Secretary Jane Marsh met His Highness Prince Khalid bin Saad Al Rashid, Minister of Foreign Affairs of the Kingdom of Saudi Arabia, in London today.",
			"Marsh met Prince Khalid bin Saad Al Rashid of Saudi Arabia.", "Minister of Foreign Affairs of the Kingdom of Saudi Arabia"},
		{"Foreign Secretary Jane Marsh met His Royal Highness Crown Prince Hamad bin Isa Al Karim of Bahrain in London today.",
			"Marsh met Hamad bin Isa Al Karim of Bahrain.", "Crown Prince of Bahrain"},
		{"Foreign Secretary Jane Marsh met Emre Kaya, Turkish Foreign Minister, in Ankara today.", "", "Turkish Foreign Minister"},
		{"Foreign Secretary Jane Marsh met Sheikh Saif bin Khalid Al Mansoori, the UAE Minister of Foreign Affairs, in Abu Dhabi today.", "", "UAE Minister of Foreign Affairs"},
	} {
		r := parseLead1(t, "GB", c.lead)
		if len(r.Participants) != 2 || r.Participants[1].Title != c.title {
			t.Errorf("%s\n\tparticipants %+v, want title %q", c.lead, r.Participants, c.title)
		}
		if c.summary != "" && (len(r.Sections) == 0 || r.Sections[0].Summary != c.summary) {
			t.Errorf("%s\n\tsections %+v, want summary %q", c.lead, r.Sections, c.summary)
		}
	}
}

// TestSubjectsOfManyForms: a publisher's principal named by any office
// alone ("The Defence Secretary", "The Deputy Secretary", "The Chancellor
// of the Exchequer"), a peer with his place, a subject after a phrase of
// its own ("For his first trip abroad as <office>, X"), and "his
// counterpart X" read as a counterpart's office, not the words.
func TestSubjectsOfManyForms(t *testing.T) {
	for _, c := range []struct {
		pub, lead string
		want      []string // name|title|country of each principal
	}{
		{"GB", "The Defence Secretary met German Defence Minister Jan Adler in Berlin.",
			[]string{"|Defence Secretary|GB", "Jan Adler|German Defence Minister|DE"}},
		{"GB", "The Chancellor of the Exchequer met Chinese Vice Premier Li Wen in Beijing.",
			[]string{"|Chancellor of the Exchequer|GB", "Li Wen|Chinese Vice Premier|CN"}},
		{"US", "The Deputy Secretary met Japanese Vice Minister Ken Sato in Tokyo.",
			[]string{"|Deputy Secretary|US", "Ken Sato|Japanese Vice Minister|JP"}},
		{"GB", "Minister for Africa Lord Field of Ashby met Kenya's Foreign Minister, Otieno Wafula, in Nairobi on 4 March.",
			[]string{"Lord Field of Ashby|Minister for Africa|GB", "Otieno Wafula|Kenya's Foreign Minister|KE"}},
		{"FR", "For his first trip abroad as Minister for Europe and Foreign Affairs, Paul Martin travelled to Kyiv today, where he met with his counterpart Ivan Koval.",
			[]string{"Paul Martin|Minister for Europe and Foreign Affairs|FR", "Ivan Koval|Foreign Minister|UA"}},
		{"GB", "The Prime Minister spoke with his counterpart Giulia Conti of Italy this morning.",
			[]string{"|Prime Minister|GB", "Giulia Conti|Prime Minister|IT"}},
	} {
		r := parseLead1(t, c.pub, c.lead)
		got := principalTitlesOf(r)
		if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s\n\tprincipals %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestKingsStyleGoes: "His Majesty King X" is "X" in a summary, the
// publisher's own king too, and "His Majesty" names nothing in the list of
// mentions.
func TestKingsStyleGoes(t *testing.T) {
	r := parseDoc18(t, "US", "Readout of the President's Call with King Omar of Jordan",
		"President Dan Hale spoke today with His Majesty King Omar II of Jordan. The President thanked His Majesty for Jordan's leadership in delivering aid to Gaza.")
	if len(r.Sections) == 0 || r.Sections[0].Summary != "Hale spoke with Omar of Jordan." {
		t.Errorf("sections %+v", r.Sections)
	}
	for _, k := range r.KeyPoints {
		if strings.Contains(k, "Majesty") {
			t.Errorf("key point %q", k)
		}
	}
	if len(r.Participants) != 2 || r.Participants[1].Title != "King of Jordan" {
		t.Errorf("participants %+v", r.Participants)
	}
}

// TestSummariesOfPeersLongOfficesAndRepresentedSides: a peer is "Lord
// Field" in a summary (not his place), a counterpart's long office before
// his name goes ("… Commission Wang Yi" is "Wang Yi of China"), an office
// in apposition after the name written in full goes when the summary uses
// the short name, and "X was represented by …" is no summary where the
// page says more.
func TestSummariesOfPeersLongOfficesAndRepresentedSides(t *testing.T) {
	for _, c := range []struct {
		pub, title string
		paras      []string
		want       string
	}{
		{"GB", "Lord Field meets Kenyan Foreign Minister", []string{
			"Minister for Africa Lord Field of Ashby met Kenya's Foreign Minister, Otieno Wafula, in Nairobi on 4 March.",
			"The Minister welcomed the UK-Kenya Strategic Partnership. They discussed Sudan."},
			"Lord Field met Wafula of Kenya."},
		{"US", "Secretary's Call with PRC Director Li Wen", []string{
			"Secretary of State Ann Cole spoke today with People's Republic of China (PRC) Director of the Office of the Central Foreign Affairs Commission Li Wen.",
			"The Secretary discussed the importance of open channels of communication."},
			"Cole spoke with Li Wen of China."},
		{"GB", "Foreign Secretary meets Saudi Foreign Minister", []string{
			"Foreign Secretary Jane Marsh met His Highness Prince Khalid bin Saad Al Rashid, Minister of Foreign Affairs of the Kingdom of Saudi Arabia, in London today.",
			"The Foreign Secretary and Prince Khalid discussed the situation in the Middle East."},
			"Marsh met Prince Khalid of Saudi Arabia."},
		{"EU", "EU-Canada summit, Brussels, 23 June 2025", []string{
			"The European Union and Canada held their 20th summit in Brussels on 23 June 2025. The EU was represented by Ana Costa, President of the European Council, and Ulla Berg, President of the European Commission. Canada was represented by Prime Minister Mark Rowe.",
			"Leaders signed a Security and Defence Partnership. They also discussed trade, energy, and support for Ukraine."},
			""},
	} {
		r := parseDoc18(t, c.pub, c.title, c.paras...)
		if len(r.Sections) == 0 {
			t.Fatalf("%s: no sections", c.title)
		}
		got := r.Sections[0].Summary
		if c.want != "" && got != c.want || c.want == "" && strings.Contains(got, "represented by") {
			t.Errorf("%s\n\tsummary %q, want %q", c.title, got, c.want)
		}
	}
}

// TestMoreMeetingVerbs: "convened a call today with A of X, B of Y, and
// C of Z", "greeted", "was greeted by" (the host of a visit to another
// capital is of that country), "attended a dinner hosted by", a holder
// called "Prince" after his office, and a group named by its label and a
// portfolio ("G7 Foreign Ministers").
func TestMoreMeetingVerbs(t *testing.T) {
	for _, c := range []struct {
		pub, lead string
		want      []string // name|title|country of each principal
		parties   string
	}{
		{"US", "President Dan Hale convened a call today with President Luc Martin of France, Chancellor Jan Adler of Germany, and Prime Minister Tom Reed of the United Kingdom.",
			[]string{"Dan Hale|President|US", "Luc Martin|President of France|FR", "Jan Adler|Chancellor of Germany|DE", "Tom Reed|Prime Minister of the United Kingdom|GB"}, ""},
		{"US", "Secretary Ann Cole greeted Panamanian President Luis Ortega at the Palacio de las Garzas.",
			[]string{"Ann Cole|Secretary|US", "Luis Ortega|Panamanian President|PA"}, ""},
		{"US", "Secretary Cole was greeted by Prime Minister Sato in Tokyo.",
			[]string{"Cole|Secretary|US", "Sato|Prime Minister|JP"}, ""},
		{"US", "Secretary Cole attended a dinner hosted by Saudi Foreign Minister Prince Khalid bin Saad in Riyadh.",
			[]string{"Cole|Secretary|US", "Khalid bin Saad|Saudi Foreign Minister|SA"}, ""},
		{"US", "Secretary Cole met with G7 Foreign Ministers in Capri.",
			[]string{"Cole|Secretary|US"}, "US CA FR DE IT JP GB"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		got := principalTitlesOf(r)
		if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s\n\tprincipals %q, want %q", c.lead, got, c.want)
		}
		if c.parties != "" && strings.Join(r.Parties, " ") != c.parties {
			t.Errorf("%s\n\tparties %q, want %q", c.lead, r.Parties, c.parties)
		}
	}
}

// TestGulfStylesAfterAnOfficesComma: "the President of the United Arab
// Emirates, His Highness Sheikh X" keeps X's whole name (the styles were
// counted among its words, which cut it to "Mohamed bin"), and the
// summary names him with his country; the EU's own principals' long
// offices before their names go from the summary.
func TestGulfStylesAfterAnOfficesComma(t *testing.T) {
	r := parseDoc18(t, "GB", "PM call with President of the UAE",
		"The Prime Minister spoke to the President of the United Arab Emirates, His Highness Sheikh Khalid bin Saif Al Mansoori, this afternoon.",
		"The leaders discussed the situation in Sudan.")
	if got := principalsOf(r); strings.Join(got, ", ") != "|GB, Khalid bin Saif Al Mansoori|AE" {
		t.Errorf("principals %q", got)
	}
	if s := r.Sections[0].Summary; s != "The Prime Minister spoke to Khalid bin Saif Al Mansoori of the United Arab Emirates." {
		t.Errorf("summary %q", s)
	}
	r = parseDoc18(t, "EU", "EU-Japan summit, Tokyo",
		"The 30th EU-Japan summit took place in Tokyo. President of the European Council Ana Costa and President of the European Commission Ulla Berg met Prime Minister of Japan Ken Mori.",
		"Leaders launched a Competitiveness Alliance.")
	if s := r.Sections[0].Summary; !strings.HasPrefix(s, "Costa and Berg met Mori of Japan") {
		t.Errorf("summary %q", s)
	}
	r = parseDoc18(t, "EU", "Readout of the telephone conversation",
		"The call between the President of the European Council Ana Costa and President Ivan Petrov of the Russian Federation took place on Thursday.",
		"They discussed Libya.")
	if s := r.Sections[0].Summary; strings.Contains(s, "the Costa") {
		t.Errorf("summary %q", s)
	}
}

// TestJointHostsHoldersTurnedAndSignatures: two of the publisher's
// officials, each of an office of a portfolio ("Secretary of Commerce"),
// host together; a known holder's name written family name first on a
// page that writes others given name first is turned around; a statement
// in the first person is signed on its last line without a dash.
func TestJointHostsHoldersTurnedAndSignatures(t *testing.T) {
	r := parseLead1(t, "US", "Secretary of State Ann Cole and Secretary of Commerce Gina Marsh hosted Japanese Foreign Minister Ken Sato in Tokyo.")
	if got := principalsOf(r); strings.Join(got, ", ") != "Ann Cole|US, Gina Marsh|US, Ken Sato|JP" {
		t.Errorf("principals %q", got)
	}
	r = parseLead1(t, "US", "President Dan Hale hosted President Luis Reyes of the Philippines and Prime Minister Kishida Fumio of Japan at the White House today.")
	if got := principalsOf(r); strings.Join(got, ", ") != "Dan Hale|US, Luis Reyes|PH, Fumio Kishida|JP" {
		t.Errorf("principals %q", got)
	}
	r = parseDoc18(t, "GB", "Foreign Secretary meets Ukrainian Foreign Minister",
		"Today I met my Ukrainian counterpart Ivan Koval in London. We discussed support for Ukraine.",
		"Jane Marsh, Foreign Secretary")
	if got := principalsOf(r); strings.Join(got, ", ") != "Jane Marsh|GB, Ivan Koval|UA" {
		t.Errorf("principals %q", got)
	}
	if s := r.Sections[0].Summary; !strings.HasPrefix(s, "Marsh ") {
		t.Errorf("summary %q", s)
	}
}

// TestJointCommuniquesAndAudiences: "Côte d'Ivoire" is read whole in an
// office ("President of the Republic of Côte"), the one who invites is
// read when named before his office ("At the invitation of His Excellency
// Mr. X, President of …, His Excellency Mr. Y, President of …, paid"),
// the summary keeps the comma between the two names and drops the one
// before the verb, and a rank between an office's comma and a name of
// four words stays out of the title ("…, Head of State, General X").
func TestJointCommuniquesAndAudiences(t *testing.T) {
	r := parseDoc18(t, "SN", "Joint Communiqué",
		"At the invitation of His Excellency Mr. Amadou Ba Diallo, President of the Republic of Senegal, His Excellency Mr. Koffi Yao Kouamé, President of the Republic of Côte d'Ivoire, paid an official visit to Senegal from 10 to 12 April 2025.",
		"The two Heads of State reviewed bilateral cooperation.")
	if got := principalsOf(r); strings.Join(got, ", ") != "Amadou Ba Diallo|SN, Koffi Yao Kouamé|CI" {
		t.Errorf("principals %q", got)
	}
	if len(r.Participants) > 1 && r.Participants[1].Title != "President of the Republic of Côte d'Ivoire" {
		t.Errorf("title %q", r.Participants[1].Title)
	}
	if s := r.Sections[0].Summary; strings.Contains(s, "Diallo Kouamé") || strings.Contains(s, "Ivoire, paid") {
		t.Errorf("summary %q", s)
	}
	r = parseLead1(t, "GA", "The President of the Republic, Head of State, General Jean Paul Mba Ndong, received Mr. Karim Alaoui, Minister of Foreign Affairs of Morocco.")
	if len(r.Participants) == 0 || r.Participants[0].Name != "Jean Paul Mba Ndong" || r.Participants[0].Title != "President of the Republic, Head of State" {
		t.Errorf("participants %+v", r.Participants)
	}
}

// TestTripSectionsOfTheirOwn: a trip's numbered meetings each name their
// host ("held a Foreign Ministers' Meeting with H.E. Mr. X, Secretary of
// Foreign Affairs"; "also met with … Y Jr., …" beside the "Marcos Jr." of
// another section); "The two Ministers" of a section on the meeting with X
// is not the lead's pair; and the hosts of a trip's meeting in Nairobi
// are Kenyan, not of the trip's last country.
func TestTripSectionsOfTheirOwn(t *testing.T) {
	r := parseDoc18(t, "JP", "Foreign Minister Sato Visits the Philippines (Results)",
		"From February 27 to March 1, Mr. SATO Ken, Minister for Foreign Affairs, visited Manila, the Philippines. The overview is as follows.",
		"1. Courtesy Call on President Reyes\nOn February 28, Minister Sato paid a courtesy call on H.E. Mr. Luis M. Reyes Jr., President of the Republic of the Philippines. Minister Sato conveyed Prime Minister Mori's wish to strengthen the Strategic Partnership.",
		"2. Japan-Philippines Foreign Ministers' Meeting\nOn the same day, Minister Sato held a Foreign Ministers' Meeting with H.E. Mr. Ramon Cruz, Secretary of Foreign Affairs. The two Ministers signed an Exchange of Notes on coastal radars.",
		"3. Meeting with the Secretary of National Defense\nMinister Sato also met with H.E. Mr. Jose Lim Jr., Secretary of National Defense, and discussed the South China Sea.")
	got := strings.Join(principalsOf(r), ", ")
	for _, want := range []string{"Ramon Cruz|PH", "Jose Lim Jr.|PH", "Luis M. Reyes Jr.|PH"} {
		if !strings.Contains(got, want) {
			t.Errorf("principals %q lack %q", got, want)
		}
	}
	for _, s := range r.Sections {
		if strings.Contains(s.Summary, "Reyes signed") || strings.Contains(s.Summary, "and Reyes signed") {
			t.Errorf("summary %q", s.Summary)
		}
	}
	r = parseLead1(t, "US", "Secretary Cole traveled to Nairobi, Kenya and Abuja, Nigeria from January 22-24. In Nairobi, the Secretary met with President Daniel Kip and Prime Cabinet Secretary Paul Otieno to discuss Haiti.")
	if got := principalsOf(r); !slices.Contains(got, "Daniel Kip|KE") || !slices.Contains(got, "Paul Otieno|KE") {
		t.Errorf("principals %q", got)
	}
}

// TestHeadsOfBodies: "Director-General" is an office's head word ("WTO
// Director-General X" read the office as part of the name), and a body's
// head named before his name and a comma ("the Secretary General of NATO,
// X,", "the Secretary-General of ASEAN, Dr. X,") is a counterpart of that
// body.
func TestHeadsOfBodies(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"IN", "EAM met with WTO Director-General Ada Obi in Geneva.", "Ada Obi|WTO Director-General|WTO"},
		{"JP", "Prime Minister Mori received a courtesy call from Dr. Abel Tesfaye, Director-General of the World Health Organization (WHO).", "Abel Tesfaye|Director-General of the World Health Organization|WHO"},
		{"GB", "The Prime Minister met the Secretary General of NATO, Jan de Vries, at Downing Street.", "Jan de Vries|Secretary General of NATO|NATO"},
		{"ID", "Foreign Minister Sari received the Secretary-General of ASEAN, Dr. Kao Lim Heng, in Jakarta.", "Kao Lim Heng|Secretary-General of ASEAN|ASEAN"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		var got []string
		for _, p := range r.Participants {
			got = append(got, p.Name+"|"+p.Title+"|"+p.Country)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%s\n\tparticipants %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestCapitalsBeyondASCIIAndRequestedCalls: a name whose word opens with
// a capital outside ASCII ("Marko Đurić", "Ömer Kaya") is read whole; a
// call held "at the request of his Iranian counterpart X" names X; "bid
// farewell to" an ambassador is a meeting; "X and Y witnessed the signing"
// names both.
func TestCapitalsBeyondASCIIAndRequestedCalls(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"HU", "Minister of Foreign Affairs and Trade Péter Kovács held a phone call with Foreign Minister of Serbia Marko Đurić.", "Péter Kovács|HU, Marko Đurić|RS"},
		{"GB", "The Foreign Secretary met his Turkish counterpart, Ömer Kaya of Türkiye, in Ankara.", "|GB, Ömer Kaya|TR"},
		{"EG", "Foreign Minister Badr Salem had a telephone conversation today at the request of his Iranian counterpart Reza Karimi.", "Badr Salem|EG, Reza Karimi|IR"},
		{"TR", "Minister of Foreign Affairs Ali Demir bid farewell to the outgoing Ambassador of Japan to Türkiye, Ken Sato.", "Ali Demir|TR, Ken Sato|JP"},
		{"PH", "President Luis Reyes and Vietnamese President Tran Van Minh witnessed the signing of agreements in Hanoi.", "Luis Reyes|PH, Tran Van Minh|VN"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalsOf(r), ", "); got != c.want {
			t.Errorf("%s\n\tprincipals %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestWhereHeMetAndWasReceived: "travelled to Kyiv today, where he met
// with his counterpart X and was received by President Y" names Y too.
func TestWhereHeMetAndWasReceived(t *testing.T) {
	r := parseLead1(t, "FR", "Paul Martin travelled to Kyiv today, where he met with his counterpart Ivan Koval and was received by President Petro Hrytsenko.")
	if got := strings.Join(principalsOf(r), ", "); got != "Paul Martin|FR, Ivan Koval|UA, Petro Hrytsenko|UA" {
		t.Errorf("principals %q", got)
	}
}

// principalTitlesOf gives each principal of r as "name|title|country".
func principalTitlesOf(r *Readout) []string {
	var got []string
	for _, p := range r.Participants {
		if p.Role == RolePrincipal {
			got = append(got, p.Name+"|"+p.Title+"|"+p.Country)
		}
	}
	return got
}

// TestVenueOfRomanceWords: "met yesterday at the Palacio de las Garzas in
// Panama City with Panamanian President X": the venue's "de las" ended
// the frame before it (X's title read "de las Garzas in Panama City with
// …") and the place ("Palacio").
func TestVenueOfRomanceWords(t *testing.T) {
	r := parseLead1(t, "US", "Secretary of State Ann Cole met yesterday at the Palacio de las Garzas in Panama City with Panamanian President Luis Ortega.")
	if got := strings.Join(principalTitlesOf(r), ", "); got != "Ann Cole|Secretary of State|US, Luis Ortega|Panamanian President|PA" {
		t.Errorf("principals %q", got)
	}
	if r.Meeting.Location != "Palacio de las Garzas, Panama City" {
		t.Errorf("place %q", r.Meeting.Location)
	}
}
