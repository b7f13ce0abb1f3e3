package readout

import (
	"strings"
	"testing"
)

// TestLeadForms23 reads leads in forms the parser missed in session 21,
// each written for this test with invented people: an adviser's office
// held "to the President of" a country before the name, the EU's High
// Representative with "Security Policy" in the office, a meeting
// announced with a day or a date between the auxiliary and its verb or
// after the verb, a date after the subject without its comma, a Saudi
// prince's style before his long name, and a spokesperson's attribution
// run into the lead.
func TestLeadForms23(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"CN", "Foreign Minister Li Hua met with Chief Advisor to the President of Brazil Paulo Mendes in Beijing.",
			"Li Hua|Foreign Minister|CN, Paulo Mendes|Chief Advisor to the President of Brazil|BR"},
		{"CN", "Foreign Minister Li Hua met with National Security Adviser to the Prime Minister of India Arun Mehta in Beijing.",
			"Li Hua|Foreign Minister|CN, Arun Mehta|National Security Adviser to the Prime Minister of India|IN"},
		{"EU", "The High Representative for Foreign Affairs and Security Policy/Vice-President of the Commission, Anna Berg, hosted the Foreign Minister of Armenia, Levon Sargsyan, in Brussels.",
			"Anna Berg|High Representative for Foreign Affairs and Security Policy/Vice-President of the Commission|EU, Levon Sargsyan|Foreign Minister of Armenia|AM"},
		{"EU", "High Representative for Foreign Affairs and Security Policy Anna Berg met the Foreign Minister of Georgia, Nino Beridze, in Brussels.",
			"Anna Berg|High Representative for Foreign Affairs and Security Policy|EU, Nino Beridze|Foreign Minister of Georgia|GE"},
		{"BR", "Minister Paulo Costa will receive, this Thursday, the 15th, at the Itamaraty Palace, the Minister of Foreign Affairs of Paraguay, Luis Benítez.",
			"Paulo Costa|Minister|BR, Luis Benítez|Minister of Foreign Affairs of Paraguay|PY"},
		{"ZA", "The Minister of International Relations and Cooperation, Mr Sipho Dlamini, will on 20 May 2025 host his counterpart from the Republic of Cuba, Mr Jorge Pérez, for the Joint Consultative Mechanism in Pretoria.",
			"Sipho Dlamini|Minister of International Relations and Cooperation|ZA, Jorge Pérez|Foreign Minister|CU"},
		{"ZA", "The Minister of International Relations and Cooperation, Mr Sipho Dlamini, on 20 May 2025 hosted his counterpart from the Republic of Cuba, Mr Jorge Pérez, in Pretoria.",
			"Sipho Dlamini|Minister of International Relations and Cooperation|ZA, Jorge Pérez|Foreign Minister|CU"},
		{"SA", "His Royal Highness Prince Khalid bin Faisal bin Turki Al Saud, Crown Prince and Prime Minister, received a phone call today from President Paul Martin of the French Republic.",
			"Khalid bin Faisal|Crown Prince and Prime Minister|SA, Paul Martin|President of the French Republic|FR"},
		{"SA", "His Royal Highness Prince Khalid bin Faisal bin Turki Al Saud, Crown Prince and Prime Minister, received at Al-Yamamah Palace in Makkah Al-Mukarramah this evening the Prime Minister of the Republic of Iraq, Ali Hassan.",
			"Khalid bin Faisal|Crown Prince and Prime Minister|SA, Ali Hassan|Prime Minister of the Republic of Iraq|IQ"},
		{"US", "The following is attributable to Spokesperson Jane Carter: Deputy Secretary of State Mark Hill met with Colombian Foreign Minister Laura Gómez in Washington today.",
			"Mark Hill|Deputy Secretary of State|US, Laura Gómez|Colombian Foreign Minister|CO"},
		// Two holders by name alone; two styled names with their
		// offices after them, and a purpose after the verb.
		{"AU", "Penny Wong and Winston Peters met in Adelaide for the annual consultations.",
			"Penny Wong||AU, Winston Peters||NZ"},
		{"AU", "Senator the Hon Ann Carr, Minister for Foreign Affairs of Australia, and the Rt Hon Tom Reid, Minister of Foreign Affairs of New Zealand, met in Adelaide on 28 March 2025 for the annual Australia-New Zealand Foreign Ministers' Consultations.",
			"Ann Carr|Minister for Foreign Affairs of Australia|AU, Tom Reid|Minister of Foreign Affairs of New Zealand|NZ"},
		// An envoy's post after "to" before the name, a courtesy's
		// full stop inside the office's phrase.
		{"QA", "HE Prime Minister and Minister of Foreign Affairs Sheikh Khalid bin Ali Al-Thani met in Doha today with HE Special Envoy of the President of the United States to the Middle East Mr. John Reed.",
			"Khalid bin Ali Al-Thani|Prime Minister and Minister of Foreign Affairs|QA, John Reed|Special Envoy of the President of the United States to the Middle East|US"},
		// A name with particles past five words, to its comma.
		{"ZA", "The Deputy Minister, Mr Sipho Dlamini, received a courtesy call from the Ambassador of the Republic of Cuba to South Africa, Her Excellency Ms Ana María de la Luz Ortega Ruiz, at the OR Tambo Building.",
			"Sipho Dlamini|Deputy Minister|ZA, Ana María de la Luz Ortega Ruiz|Ambassador of the Republic of Cuba to South Africa|CU"},
		// The Philippines' "Ma." before a given name.
		{"PH", "Secretary of Foreign Affairs Ma. Luisa R. Cruz met with Japanese Foreign Minister Sato Ken in Kuala Lumpur.",
			"Ma. Luisa R. Cruz|Secretary of Foreign Affairs|PH, Sato Ken|Japanese Foreign Minister|JP"},
	})
}

// TestGuestWhoMet23: "the Pope received in audience Mr. X, President of
// Y, who subsequently met with Cardinal Z, Secretary of State": Z is the
// Holy See's, whom the guest met after the audience, and the one
// accompanying him is no principal.
func TestGuestWhoMet23(t *testing.T) {
	r := parseDoc18(t, "VA", "Audience with the President of the Republic of Chile",
		"This morning, in the Vatican Apostolic Palace, the Holy Father Leo XIV received in audience Mr. Tomás Reyes Soto, President of the Republic of Chile, who subsequently met with His Eminence Cardinal Marco Bellini, Secretary of State, accompanied by Archbishop John Ward, Secretary for Relations with States and International Organizations.",
		"During the cordial talks, the good relations between the Holy See and Chile were highlighted.")
	if got, want := strings.Join(principalsOf(r), ", "), "Leo XIV|VA, Tomás Reyes Soto|CL, Marco Bellini|VA"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
}

// TestDashDateline23: a date alone before an em dash opens the lead as a
// dateline: the meeting's day is the one after the verb.
func TestDashDateline23(t *testing.T) {
	r := parseLead1(t, "PH", "11 July 2025 — Secretary of Foreign Affairs Luisa Cruz met with Japanese Foreign Minister Sato Ken in Kuala Lumpur on 10 July 2025.")
	if r.Meeting.Date != "2025-07-10" {
		t.Errorf("date %q, want 2025-07-10", r.Meeting.Date)
	}
	if got, want := strings.Join(principalsOf(r), ", "), "Luisa Cruz|PH, Sato Ken|JP"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
}

// TestOpeningStyle23: a Westminster style that opens a summary goes.
func TestOpeningStyle23(t *testing.T) {
	for _, c := range []struct{ in, short, want string }{
		{"Senator the Hon Wong and Peters met in Adelaide.", "Wong", "Wong and Peters met in Adelaide."},
		{"The Rt Hon Peters met Wong.", "Peters", "Peters met Wong."},
		{"Sugiono and Senator the Hon Wong met.", "Wong", "Sugiono and Senator the Hon Wong met."},
	} {
		if got := dropStylesBefore(c.in, c.short); got != c.want {
			t.Errorf("dropStylesBefore(%q, %q) = %q, want %q", c.in, c.short, got, c.want)
		}
	}
}

// TestPlaceForms23: the name of the meeting a guest came for ("for the
// Strategic Dialogue") is no part of the venue before it.
func TestPlaceForms23(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"DE", "Foreign Minister Karl Weber today received Chinese Foreign Minister Li Hua at the Federal Foreign Office for the Strategic Dialogue.", "Federal Foreign Office"},
		{"PT", "Foreign Minister Rui Santos received his Angolan counterpart Mário Neto at the Necessidades Palace for the Joint Commission Session.", "Necessidades Palace"},
		{"GB", "The Foreign Secretary met Dr Ann Lee at the Centre for Strategic Studies in London.", "Centre for Strategic Studies"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if !strings.HasPrefix(r.Meeting.Location, c.want) {
			t.Errorf("%s\n place %q, want %q", c.lead, r.Meeting.Location, c.want)
		}
	}
}

// TestAttributionLead23: "The following is attributable to …:" on a line
// of its own is furniture; run into the lead, it goes and the lead stays.
func TestAttributionLead23(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The following is attributable to Spokesperson Jane Carter: Secretary Hill spoke with Foreign Minister Lee today.", "Secretary Hill spoke with Foreign Minister Lee today."},
		{"The below is attributable to Spokesperson Jane Carter: Secretary Hill spoke with Foreign Minister Lee today.", "Secretary Hill spoke with Foreign Minister Lee today."},
		{"The following is attributable to the Spokesperson. Secretary Hill spoke with Foreign Minister Lee: a long call.", "The following is attributable to the Spokesperson. Secretary Hill spoke with Foreign Minister Lee: a long call."},
		{"They discussed trade.", "They discussed trade."},
	} {
		if got := dropAttributionLead(c.in); got != c.want {
			t.Errorf("dropAttributionLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLaterForms23: a family name that opens with its particle before the
// office's comma; a principal the lead names without an office has the
// one the page writes before his full name (an office held "to the" Vice
// President too); a trip's paragraph that opens "In <country>," names
// that country's hosts, in whatever order the title lists the countries.
func TestLaterForms23(t *testing.T) {
	r := parseLead1(t, "TR", "Minister of Foreign Affairs Ali Demir met with Omar Khaled al-Hassan, Minister of Foreign Affairs of Syria, on 13 August 2025 in Ankara.")
	if got, want := strings.Join(principalTitlesOf(r), ", "), "Ali Demir|Minister of Foreign Affairs|TR, Omar Khaled al-Hassan|Minister of Foreign Affairs of Syria|SY"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	r = parseDoc18(t, "DE", "Foreign Minister Weber travels to Ukraine",
		"Federal Foreign Minister Karl Weber arrived in Kyiv this morning on his first visit since taking office.",
		"In Kyiv, Weber met his Ukrainian counterpart Oleh Marchenko. The two ministers discussed air defence.")
	if got, want := strings.Join(principalTitlesOf(r), ", "), "Karl Weber|Federal Foreign Minister|DE, Oleh Marchenko|Foreign Minister|UA"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	r = parseDoc18(t, "US", "Readout of Senior Official Travel to Ghana, Togo, and Benin",
		"Earlier this week, Principal Deputy National Security Advisor Mark Hill traveled to Ghana, Togo, and Benin.",
		"In Ghana, Mr. Hill met with Vice President Kofi Mensah, Minister of Foreign Affairs Ama Owusu, and other senior officials.",
		"In Togo, Mr. Hill met with President Yao Agbeko and Vice President Komi Dossou to discuss maritime security.",
		"In Benin, Mr. Hill met with President Paul Houngbo.")
	if got, want := strings.Join(principalsOf(r), ", "), "Mark Hill|US, Kofi Mensah|GH, Ama Owusu|GH, Yao Agbeko|TG, Komi Dossou|TG, Paul Houngbo|BJ"; got != want {
		t.Errorf("principals %q\nwant %q", got, want)
	}
	for _, c := range []struct{ name, text, want string }{
		{"Karl Weber", "Federal Foreign Minister Karl Weber arrived.", "Federal Foreign Minister"},
		{"Phil Ray", "National Security Advisor to the Vice President Phil Ray traveled.", "National Security Advisor to the Vice President"},
		{"Phil Ray", "Yesterday Phil Ray traveled.", ""},
	} {
		if got := officeBeforeName(c.name, c.text); got != c.want {
			t.Errorf("officeBeforeName(%q, %q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestInvitationAndRemarks23: a visit "to <country> on <days> at the
// invitation of" its head of state, who is the host; remarks in the first
// person under a title that names who made them ("Remarks by President
// X after his meeting with Prime Minister Y"), where Y's family name is a
// country's and Y a known holder of another's.
func TestInvitationAndRemarks23(t *testing.T) {
	r := parseLead1(t, "IN", "Prime Minister Ravi Kumar paid an official visit to Cyprus on 15-16 June 2025 at the invitation of the President of the Republic of Cyprus, H.E. Mr. Andreas Georgiou.")
	if got, want := strings.Join(principalTitlesOf(r), ", "), "Ravi Kumar|Prime Minister|IN, Andreas Georgiou|President of the Republic of Cyprus|CY"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	r = parseDoc18(t, "EU", "Remarks by President António Costa after his meeting with Prime Minister Luís Montenegro",
		"I had a very good meeting with Prime Minister Montenegro today in Lisbon.",
		"We discussed the competitiveness of our Union.")
	if got, want := strings.Join(principalsOf(r), ", "), "António Costa|EU, Luís Montenegro|PT"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
	if got := strings.Join(r.Parties, ","); got != "EU,PT" {
		t.Errorf("parties %s, want EU,PT", got)
	}
}

// TestJointAndStyledForms23: two sides joined before "led the …
// Dialogue"; a country's dotted abbreviation before an office with its
// portfolio; a counterpart in apposition whose name opens with a letter
// the expression does not read, after a style.
func TestJointAndStyledForms23(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"US", "Deputy Secretary Hill and Mexican Foreign Secretary Ana Ruiz led the U.S.-Mexico High-Level Security Dialogue in Mexico City.",
			"Hill|Deputy Secretary|US, Ana Ruiz|Mexican Foreign Secretary|MX"},
		{"MX", "Undersecretary for North America Luis Vega met with U.S. Assistant Secretary of State for Western Hemisphere Affairs John Reed.",
			"Luis Vega|Undersecretary for North America|MX, John Reed|U.S. Assistant Secretary of State for Western Hemisphere Affairs|US"},
		{"NZ", "Minister Peters met with his Tongan counterpart, Prime Minister Dr ʻAisake Lolo, in Nukuʻalofa.",
			"Peters|Minister|NZ, ʻAisake Lolo|Prime Minister|TO"},
	})
}

// TestDescentShortName23: a father's name after "bin" is never the name a
// summary refers to a person by, however the page writes the rest.
func TestDescentShortName23(t *testing.T) {
	text := "Sheikh Khalid bin Ali bin Hamad Al-Thani met the envoy. Khalid bin Ali bin Hamad Al-Thani said."
	if got := shortName("Khalid bin Ali Al-Thani", text, westernNames); got == "Ali" {
		t.Errorf("shortName = %q, want no father's name", got)
	}
}

// TestMonthYear23: a month and a year, in any case, are no mention.
func TestMonthYear23(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"AUGUST 2025", true}, {"March 2025", true}, {"March 25", false}, {"Marshall 2025", false}, {"ASEAN 2025", false}} {
		if got := monthYear(c.in); got != c.want {
			t.Errorf("monthYear(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// leadTitleCase is a lead of a publisher's page and the principals it
// names, each "name|title|country".
type leadTitleCase struct{ pub, lead, want string }

// checkLeadTitles parses each case's lead and compares its principals.
func checkLeadTitles(t *testing.T, cases []leadTitleCase) {
	t.Helper()
	for _, c := range cases {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}
