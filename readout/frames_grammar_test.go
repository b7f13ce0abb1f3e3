package readout

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The genre's lead, generated: a publisher's minister meets a guest in
// every common frame (met with, received, held talks with, a telephone
// conversation, hosted, welcomed …), with the adverbials ministries put
// between the verb and its object ("received today at the Ministry the
// …", "held talks on Wednesday in Vilnius with"), in the usual ways of
// writing each side ("Foreign Minister A", "The Minister for Foreign
// Affairs, Ms. A,", "his Tunisian counterpart, B", "B, Minister of Foreign
// Affairs of Chile"), and in the frames with no active verb ("B was
// received by A", "A meeting between A and B took place"). The people are
// invented. A lead is read when both principals are found with their
// countries and the parties are exactly the two sides.
//
// TestLeadGrammar logs the figures per frame, adverbial and form (-v) and
// fails when fewer leads are read than grammarFloor: raise it when the
// parser reads more.
const grammarFloor = 331

type grammarSide struct {
	code, name, demonym, city, person string
	female                            bool
}

var grammarPublishers = []grammarSide{
	{"HU", "Hungary", "Hungarian", "Budapest", "Elena Varga", true},
	{"LT", "Lithuania", "Lithuanian", "Vilnius", "Tomas Kairys", false},
	{"GH", "Ghana", "Ghanaian", "Accra", "Kwame Asante", false},
	{"MA", "Morocco", "Moroccan", "Rabat", "Karim Alaoui", false},
	{"PE", "Peru", "Peruvian", "Lima", "Lucia Quispe", true},
	{"MN", "Mongolia", "Mongolian", "Ulaanbaatar", "Bold Ganbaatar", false},
	{"IE", "Ireland", "Irish", "Dublin", "Aoife Byrne", true},
	{"KW", "Kuwait", "Kuwaiti", "Kuwait City", "Fahad Al-Mutairi", false},
}

var grammarGuests = []grammarSide{
	{"TN", "Tunisia", "Tunisian", "Tunis", "Mohamed Ben Salah", false},
	{"VN", "Viet Nam", "Vietnamese", "Hanoi", "Nguyen Van Hai", false},
	{"CL", "Chile", "Chilean", "Santiago", "Camila Rojas", true},
	{"EE", "Estonia", "Estonian", "Tallinn", "Kristjan Tamm", false},
	{"KE", "Kenya", "Kenyan", "Nairobi", "Wanjiru Kamau", true},
	{"NZ", "New Zealand", "New Zealand", "Wellington", "James Walker", false},
	{"QA", "Qatar", "Qatari", "Doha", "Khalid Al-Khulaifi", false},
	{"PL", "Poland", "Polish", "Warsaw", "Piotr Nowak", false},
}

// grammarSubjects write the publisher's minister as the subject.
var grammarSubjects = []struct {
	name string
	form func(p grammarSide) string
}{
	{"Foreign Minister A", func(p grammarSide) string { return "Foreign Minister " + p.person }},
	{"The Minister …, Ms. A,", func(p grammarSide) string {
		return "The Minister for Foreign Affairs, " + honorific(p) + " " + p.person + ","
	}},
	{"Minister … of P A", func(p grammarSide) string { return "Minister of Foreign Affairs of " + p.name + " " + p.person }},
	{"Demonym Foreign Minister A", func(p grammarSide) string { return p.demonym + " Foreign Minister " + p.person }},
	{"A, Minister …,", func(p grammarSide) string { return p.person + ", Minister of Foreign Affairs," }},
}

// grammarObjects write the guest as the object.
var grammarObjects = []struct {
	name string
	form func(p, g grammarSide) string
}{
	{"the Minister … of G, B", func(_, g grammarSide) string { return "the Minister of Foreign Affairs of " + g.name + ", " + g.person }},
	{"his Demonym counterpart, B", func(p, g grammarSide) string {
		return pronoun(p) + " " + g.demonym + " counterpart, " + g.person
	}},
	{"Demonym Foreign Minister B", func(_, g grammarSide) string { return g.demonym + " Foreign Minister " + g.person }},
	{"B, Minister … of G", func(_, g grammarSide) string { return g.person + ", Minister of Foreign Affairs of " + g.name }},
	{"G's Foreign Minister B", func(_, g grammarSide) string { return g.name + "'s Foreign Minister " + g.person }},
}

// grammarVerbs are the frames; "%s" is where an adverbial goes. object
// says whether the object follows the verb directly (the adverbials that
// name a place in the publisher's building fit only those).
var grammarVerbs = []struct {
	frame  string
	direct bool
}{
	{"met%s with", false},
	{"received%s", true},
	{"held talks%s with", false},
	{"held a telephone conversation%s with", false},
	{"hosted%s", true},
	{"spoke by telephone%s with", false},
	{"held a bilateral meeting%s with", false},
	{"welcomed%s", true},
}

var grammarAdverbials = []struct {
	text   string
	direct bool // only with a direct object
}{
	{"", false},
	{" today", false},
	{" on Wednesday", false},
	{" in {city}", false},
	{" on Wednesday in {city}", false},
	{", on Thursday in {city},", false},
	{" today at the Ministry", true},
}

// grammarOthers are frames without an active verb between the sides.
var grammarOthers = []struct {
	name  string
	frame func(subj, obj, city string) string
}{
	{"B was received by A", func(subj, obj, _ string) string { return capitalize(obj) + " was received by " + lowerThe(subj) + "." }},
	{"A and B held talks", func(subj, obj, city string) string { return subj + " and " + obj + " held talks in " + city + "." }},
	{"A meeting between A and B took place", func(subj, obj, city string) string {
		return "A meeting between " + lowerThe(subj) + " and " + obj + " took place in " + city + " on Monday."
	}},
	{"A paid a courtesy call on B", func(subj, obj, _ string) string { return subj + " paid a courtesy call on " + obj + "." }},
	{"A granted an audience to B", func(subj, obj, _ string) string { return subj + " granted an audience to " + obj + "." }},
	{"A in a phone call with B discussed", func(subj, obj, _ string) string {
		return subj + " in a phone call with " + obj + " discussed the latest regional developments."
	}},
}

func honorific(p grammarSide) string {
	if p.female {
		return "Ms."
	}
	return "Mr."
}

func pronoun(p grammarSide) string {
	if p.female {
		return "her"
	}
	return "his"
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// lowerThe writes a subject that opens with "The" after a preposition.
func lowerThe(s string) string {
	return strings.TrimSuffix(strings.Replace(s, "The ", "the ", 1), ",")
}

type grammarCase struct {
	keys  []string // the figures it counts in
	pub   grammarSide
	title string // "" for "Meeting"
	lead  string // the first paragraph
	want  [2]grammarSide
}

func grammarCases() []grammarCase {
	var cases []grammarCase
	n := 0
	next := func() (grammarSide, grammarSide) {
		p, g := grammarPublishers[n%len(grammarPublishers)], grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
		n++
		return p, g
	}
	for vi, v := range grammarVerbs {
		for ai, a := range grammarAdverbials {
			if a.direct && !v.direct {
				continue
			}
			for si, s := range grammarSubjects {
				p, g := next()
				o := grammarObjects[(vi+ai+si)%len(grammarObjects)]
				adv := strings.ReplaceAll(a.text, "{city}", p.city)
				lead := s.form(p) + " " + fmt.Sprintf(v.frame, adv) + " " + o.form(p, g) + "."
				cases = append(cases, grammarCase{
					keys: []string{"verb " + strings.Replace(v.frame, "%s", "", 1), "adverbial " + strings.TrimSpace(strings.ReplaceAll(a.text, "{city}", "CITY")),
						"subject " + s.name, "object " + o.name},
					pub: p, lead: lead, want: [2]grammarSide{p, g}})
			}
		}
	}
	for _, f := range grammarOthers {
		for si, s := range grammarSubjects {
			for oi, o := range grammarObjects {
				if (si+oi)%2 == 1 {
					continue
				}
				p, g := next()
				// An apposition inside the sentence is closed by a
				// comma: "the Minister … of Chile, B, took place".
				obj := o.form(p, g)
				if strings.Contains(obj, ", ") {
					obj += ","
				}
				lead := f.frame(s.form(p), obj, p.city)
				cases = append(cases, grammarCase{keys: []string{"other " + f.name, "subject " + s.name, "object " + o.name},
					pub: p, lead: lead, want: [2]grammarSide{p, g}})
			}
		}
	}
	return cases
}

// readLead reports whether the lead's principals and parties are read.
func readLead(t *testing.T, c grammarCase) (bool, string) {
	body := c.lead + "\n\nThe two ministers discussed bilateral relations and regional issues.\n"
	title := c.title
	if title == "" {
		title = "Meeting"
	}
	r, err := Parse(Document{Title: title, Body: body, PublisherCountry: c.pub.code})
	if err != nil {
		t.Fatalf("%s: %v", c.lead, err)
	}
	var got []string
	found := 0
	for _, p := range r.Participants {
		if p.Role != RolePrincipal {
			continue
		}
		got = append(got, p.Name+"/"+p.Country)
		for _, w := range c.want {
			family := w.person[strings.LastIndexByte(w.person, ' ')+1:]
			// An unnamed side ("The Minister received …") is found by
			// its country.
			if strings.Contains(p.Name, family) && p.Country == w.code {
				found++
			}
		}
	}
	parties := slices.Sorted(slices.Values(r.Parties))
	want := []string{c.want[0].code, c.want[1].code}
	slices.Sort(want)
	ok := found >= 2 && slices.Equal(parties, want)
	return ok, fmt.Sprintf("principals %v parties %v", got, parties)
}

func TestLeadGrammar(t *testing.T) {
	if read := checkLeads(t, grammarCases()); read < grammarFloor {
		t.Errorf("leads read %d, below the floor %d", read, grammarFloor)
	}
}

// The lead's offices, styles and countries, generated: heads of state and
// government, deputies and ambassadors, styles before a name ("H.E. Mr.",
// "Dr.", "Hon.", "Sheikh"), a family name first in capitals, a country's
// long form ("the Hashemite Kingdom of Jordan"), and what may open the
// sentence (a date, a weekday, an agency's dateline). Like TestLeadGrammar
// it logs its figures and fails below officesFloor.
const officesFloor = 90

var officeSubjects = []struct {
	name string
	form func(p grammarSide) string
	code func(p grammarSide) string
}{
	{"President A", func(p grammarSide) string { return "President " + p.person }, nil},
	{"The Prime Minister, H.E. Mr. A,", func(p grammarSide) string { return "The Prime Minister, H.E. " + honorific(p) + " " + p.person + "," }, nil},
	{"Deputy Foreign Minister Dr. A", func(p grammarSide) string { return "Deputy Foreign Minister Dr. " + p.person }, nil},
	{"Hon. A, Minister for Foreign Affairs and Trade,", func(p grammarSide) string {
		return "Hon. " + p.person + ", Minister for Foreign Affairs and Trade,"
	}, nil},
	{"the Demonym President, A,", func(p grammarSide) string { return "The " + p.demonym + " President, " + p.person + "," }, nil},
	{"FAMILY Given, Minister", func(p grammarSide) string {
		f := strings.Fields(p.person)
		return "Foreign Minister " + strings.ToUpper(f[len(f)-1]) + " " + strings.Join(f[:len(f)-1], " ")
	}, nil},
}

var officeGuests = []grammarSide{
	{"JO", "the Hashemite Kingdom of Jordan", "Jordanian", "Amman", "Ayman Safadi", false},
	{"KR", "the Republic of Korea", "South Korean", "Seoul", "Cho Tae-yul", false},
	{"PH", "the Republic of the Philippines", "Filipino", "Manila", "Maria Santos", true},
	{"SA", "the Kingdom of Saudi Arabia", "Saudi", "Riyadh", "Faisal Al-Rashid", false},
	{"GB", "the United Kingdom", "British", "London", "Hannah Clarke", true},
	{"AE", "the United Arab Emirates", "Emirati", "Abu Dhabi", "Saeed Al-Nuaimi", false},
	{"CD", "the Democratic Republic of the Congo", "Congolese", "Kinshasa", "Therese Mbuyi", true},
	{"BA", "Bosnia and Herzegovina", "Bosnian", "Sarajevo", "Emir Hodzic", false},
}

var officeObjects = []struct {
	name string
	form func(g grammarSide) string
}{
	{"the Ambassador of G to P, Mr. B", func(g grammarSide) string {
		return "the Ambassador of " + g.name + ", " + honorific(g) + " " + g.person
	}},
	{"the Prime Minister of G, H.E. B", func(g grammarSide) string { return "the Prime Minister of " + g.name + ", H.E. " + g.person }},
	{"Demonym Deputy Foreign Minister B", func(g grammarSide) string { return g.demonym + " Deputy Foreign Minister " + g.person }},
	{"B, President of G", func(g grammarSide) string { return g.person + ", President of " + g.name }},
	{"the visiting Demonym Foreign Minister B", func(g grammarSide) string { return "the visiting " + g.demonym + " Foreign Minister " + g.person }},
	{"Demonym Deputy PM, FM B", func(g grammarSide) string { return g.demonym + " Deputy PM, FM " + g.person }},
}

var officeVerbs = []string{"received", "met with", "held talks with", "held a telephone conversation with", "held a meeting with"}

var officeOpeners = []struct {
	name string
	form func(p grammarSide) string
}{
	{"none", func(grammarSide) string { return "" }},
	{"On 3 March,", func(grammarSide) string { return "On 3 March, " }},
	{"On Tuesday,", func(grammarSide) string { return "On Tuesday, " }},
	{"dateline", func(p grammarSide) string { return strings.ToUpper(p.city) + ", 3 March (Agency) – " }},
}

func officeCases() []grammarCase {
	var cases []grammarCase
	n := 0
	for si, s := range officeSubjects {
		for oi, o := range officeObjects {
			for vi, v := range officeVerbs {
				if (si+oi+vi)%2 == 1 {
					continue
				}
				p := grammarPublishers[n%len(grammarPublishers)]
				g := officeGuests[(n/3+n)%len(officeGuests)]
				op := officeOpeners[n%len(officeOpeners)]
				n++
				subj := s.form(p)
				if op.name != "none" && strings.HasPrefix(subj, "The ") {
					subj = "the " + subj[4:]
				}
				lead := op.form(p) + subj + " " + v + " " + o.form(g) + "."
				cases = append(cases, grammarCase{
					keys: []string{"subject " + s.name, "object " + o.name, "verb " + v, "opener " + op.name},
					pub:  p, lead: lead, want: [2]grammarSide{p, g}})
			}
		}
	}
	return cases
}

func TestLeadOffices(t *testing.T) {
	if read := checkLeads(t, officeCases()); read < officesFloor {
		t.Errorf("leads read %d, below the floor %d", read, officesFloor)
	}
}

// The lead's openers and offices, generated: what ministries write before
// the subject (a dateline with an agency, "On the sidelines of …",
// "During his visit to …", "Within the framework of …"), offices of
// several words ("External Affairs Minister", "Minister for Foreign
// Affairs and Trade", "Cabinet Secretary for Foreign Affairs"), heads of
// organisations as guests ("UN Secretary-General X", "the Secretary
// General of NATO, X"), and the verbs of calls ("received a telephone
// call from", "had a phone conversation with"). It fails below
// openersFloor.
const openersFloor = 75

var openerForms = []struct {
	name string
	form func(p grammarSide) string
}{
	{"none", func(grammarSide) string { return "" }},
	{"dateline (Agency) --", func(p grammarSide) string { return strings.ToUpper(p.city) + ", March 3 (Agency) -- " }},
	{"City (Agency) –", func(p grammarSide) string { return p.city + " (Agency) – " }},
	{"On the sidelines of …,", func(grammarSide) string { return "On the sidelines of the UN General Assembly in New York, " }},
	{"During the visit,", func(grammarSide) string { return "During the visit, " }},
	{"Within the framework of …,", func(grammarSide) string {
		return "Within the framework of the Munich Security Conference, "
	}},
}

var openerSubjects = []struct {
	name string
	form func(p grammarSide) string
}{
	{"External Affairs Minister A", func(p grammarSide) string { return "External Affairs Minister " + p.person }},
	{"Minister for Foreign Affairs and Trade A", func(p grammarSide) string { return "Minister for Foreign Affairs and Trade " + p.person }},
	{"Cabinet Secretary for Foreign Affairs A", func(p grammarSide) string { return "Cabinet Secretary for Foreign Affairs " + p.person }},
	{"Foreign Affairs Minister A", func(p grammarSide) string { return "Foreign Affairs Minister " + p.person }},
	{"State Secretary A", func(p grammarSide) string { return "State Secretary " + p.person }},
}

var openerGuests = []struct {
	code, person string
	form         func(person string) string
}{
	{"UN", "Amina Mohammed", func(n string) string { return "UN Deputy Secretary-General " + n }},
	{"NATO", "Mark Rutte", func(n string) string { return "the Secretary General of NATO, " + n }},
	{"ASEAN", "Kao Kim Hourn", func(n string) string { return "the Secretary-General of ASEAN, Dr. " + n }},
	{"EU", "Kaja Kallas", func(n string) string {
		return "the High Representative of the European Union for Foreign Affairs and Security Policy, " + n
	}},
	{"TR", "Hakan Fidan", func(n string) string { return "Turkish Foreign Minister " + n }},
	{"BR", "Mauro Vieira", func(n string) string {
		return "the Minister of Foreign Affairs of the Federative Republic of Brazil, " + n
	}},
}

var openerVerbs = []string{"met with", "held talks with", "received a telephone call from", "had a phone conversation with", "held a meeting with"}

func openerCases() []grammarCase {
	var cases []grammarCase
	n := 0
	for oi, op := range openerForms {
		for si, s := range openerSubjects {
			for vi, v := range openerVerbs {
				if (oi+si+vi)%2 == 1 {
					continue
				}
				p := grammarPublishers[(n/len(openerGuests)+n)%len(grammarPublishers)]
				g := openerGuests[n%len(openerGuests)]
				n++
				lead := op.form(p) + s.form(p) + " " + v + " " + g.form(g.person) + "."
				cases = append(cases, grammarCase{
					keys: []string{"opener " + op.name, "subject " + s.name, "verb " + v, "guest " + g.code},
					pub:  p, lead: lead, want: [2]grammarSide{p, {code: g.code, person: g.person}}})
			}
		}
	}
	return cases
}

func TestLeadOpeners(t *testing.T) {
	if read := checkLeads(t, openerCases()); read < openersFloor {
		t.Errorf("leads read %d, below the floor %d", read, openersFloor)
	}
}

// checkLeads reads cases, logs the figures per key (-v) and returns how
// many leads were read.
// logFigures logs the figures of a generated test by key: read of all.
func logFigures(t *testing.T, by map[string][2]int) {
	t.Helper()
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-50s %d/%d", k, by[k][0], by[k][1])
	}
}

func checkLeads(t *testing.T, cases []grammarCase) int {
	t.Helper()
	read := 0
	by := map[string][2]int{}
	for _, c := range cases {
		ok, got := readLead(t, c)
		if ok {
			read++
		} else {
			t.Logf("not read: %s\n\t%s", c.lead, got)
		}
		for _, k := range c.keys {
			f := by[k]
			f[1]++
			if ok {
				f[0]++
			}
			by[k] = f
		}
	}
	logFigures(t, by)
	t.Logf("leads read: %d/%d (%.0f%%)", read, len(cases), 100*float64(read)/float64(len(cases)))
	return read
}

// The lead in its context, generated: a side named by its country only in
// the headline or in the sentence before, an unnamed minister of the
// publisher ("The Minister received …"), two sides joined as the subject
// of another verb ("A and her Tunisian counterpart B discussed …", "co-
// chaired … with"), an appositive pair ("The two ministers, A and B, met
// …"), and the guest as the subject ("B paid a courtesy call on A"). It
// fails below contextFloor.
const contextFloor = 104

var contextFrames = []struct {
	name         string
	title, lead  func(p, g grammarSide) string
	unnamedFirst bool
}{
	{"headline's demonym", func(p, g grammarSide) string {
		return "Foreign Minister " + lastName(p) + " receives " + g.demonym + " counterpart"
	}, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " received " + pronoun(p) + " counterpart " + g.person + " at the Ministry today."
	}, false},
	{"visit in the sentence before", nil, func(p, g grammarSide) string {
		return g.demonym + " Foreign Minister " + g.person + " is on an official visit to " + p.name + " from 2 to 4 March. On Tuesday, " +
			heOrShe(g) + " held talks with Foreign Minister " + p.person + "."
	}, false},
	{"The Minister received", nil, func(p, g grammarSide) string {
		return "The Minister of Foreign Affairs received today the Minister of Foreign Affairs of " + g.name + ", " + g.person + "."
	}, true},
	{"A and her counterpart B discussed", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " and " + pronoun(p) + " " + g.demonym + " counterpart " + g.person + " discussed bilateral relations in " + p.city + "."
	}, false},
	{"A co-chaired … with B", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " co-chaired the fifth session of the Joint Commission with the Minister of Foreign Affairs of " + g.name + ", " + g.person + "."
	}, false},
	{"The two ministers, A and B, met", nil, func(p, g grammarSide) string {
		return "The two foreign ministers, " + p.person + " of " + p.name + " and " + g.person + " of " + g.name + ", met in " + p.city + " on Monday."
	}, false},
	{"B paid a courtesy call on A", nil, func(p, g grammarSide) string {
		return "The Foreign Minister of " + g.name + ", " + g.person + ", paid a courtesy call on Foreign Minister " + p.person + "."
	}, false},
	{"A welcomed B to City", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " welcomed " + g.demonym + " Foreign Minister " + g.person + " to " + p.city + " for the first round of political consultations."
	}, false},
	{"The Minister of P, A, and the Minister of G, B, met", nil, func(p, g grammarSide) string {
		return "The Minister of Foreign Affairs of " + p.name + ", " + p.person + ", and the Minister of Foreign Affairs of " + g.name + ", " + g.person + ", met in " + p.city + " on 3 March."
	}, false},
	{"received the newly accredited Ambassador of G, B", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " received the newly accredited Ambassador of " + g.name + " to " + p.name + ", " + g.person + "."
	}, false},
	{"his counterpart from G, B", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " met with " + pronoun(p) + " counterpart from " + g.name + ", " + g.person + ", in " + p.city + "."
	}, false},
	{"the Minister of the Republic of G B (no comma)", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " had a telephone conversation with the Minister of Foreign Affairs of the Republic of " + g.name + " " + g.person + "."
	}, false},
	{"A signed … with B", nil, func(p, g grammarSide) string {
		return "Foreign Minister " + p.person + " and the Minister of Foreign Affairs of " + g.name + ", " + g.person + ", signed a memorandum on political consultations."
	}, false},
}

func heOrShe(p grammarSide) string {
	if p.female {
		return "she"
	}
	return "he"
}

func lastName(p grammarSide) string { return p.person[strings.LastIndexByte(p.person, ' ')+1:] }

func contextCases() []grammarCase {
	var cases []grammarCase
	n := 0
	for _, f := range contextFrames {
		for k := 0; k < 8; k++ {
			p := grammarPublishers[(n/len(grammarGuests)+n)%len(grammarPublishers)]
			g := grammarGuests[n%len(grammarGuests)]
			n++
			c := grammarCase{keys: []string{"frame " + f.name}, pub: p, lead: f.lead(p, g), want: [2]grammarSide{p, g}}
			if f.title != nil {
				c.title = f.title(p, g)
			}
			if f.unnamedFirst {
				c.want[0].person = ""
			}
			cases = append(cases, c)
		}
	}
	return cases
}

func TestLeadContext(t *testing.T) {
	if read := checkLeads(t, contextCases()); read < contextFloor {
		t.Errorf("leads read %d, below the floor %d", read, contextFloor)
	}
}

// The meeting's place, generated: the venues ministries state after the
// counterpart or before the subject (a city, a building in a city, "on the
// margins of the G20 Summit in Rio de Janeiro", "in the capital, X", an
// opening "In Hanoi,", a dateline), and the places that are not this
// meeting's (a call's, a future meeting's, an invitation's, a video
// link). A lead is read when the place holds one of the expected
// spellings, or is empty when none is stated. It fails below placesFloor.
const placesFloor = 84

var placeForms = []struct {
	name string
	// lead writes the lead around subj, verb and obj; want is the place's
	// spellings ("|"), "" for none.
	lead func(p, g grammarSide, subj, obj string) (lead, want string)
}{
	{"in City", func(p, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held talks with " + obj + " in " + p.city + ".", p.city
	}},
	{"at the Ministry … in City", func(p, _ grammarSide, subj, obj string) (string, string) {
		return subj + " met with " + obj + " at the Ministry of Foreign Affairs in " + p.city + ".", p.city + "|Ministry of Foreign Affairs"
	}},
	{"at the Presidential Palace", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " received " + obj + " at the Presidential Palace.", "Presidential Palace"
	}},
	{"on the margins of … Summit in City", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " met with " + obj + " on the margins of the G20 Summit in Rio de Janeiro.", "Rio de Janeiro"
	}},
	{"on the sidelines of … in New York", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held a bilateral meeting with " + obj + " on the sidelines of the UN General Assembly in New York.", "New York"
	}},
	{"at a hotel in City", func(p, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held talks with " + obj + " at the Grand Hotel in " + p.city + ".", p.city + "|Grand Hotel"
	}},
	{"in the capital, City", func(p, _ grammarSide, subj, obj string) (string, string) {
		return subj + " met with " + obj + " in the capital, " + p.city + ", on Monday.", p.city
	}},
	{"In City, opening", func(p, _ grammarSide, subj, obj string) (string, string) {
		return "In " + p.city + ", " + lowerThe(subj) + " held talks with " + obj + ".", p.city
	}},
	{"dateline", func(p, _ grammarSide, subj, obj string) (string, string) {
		return strings.ToUpper(p.city) + ", 3 March – " + subj + " met with " + obj + ".", p.city
	}},
	{"visit to the guest's country", func(_, g grammarSide, subj, obj string) (string, string) {
		return subj + ", who is on an official visit to " + g.name + ", held talks with " + obj + ".", g.name + "|" + g.city
	}},
	{"call, invitation to City", func(p, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held a telephone conversation with " + obj + " and invited " + obj[:0] + "the minister to visit " + p.city + ".", ""
	}},
	{"call, future meeting in City", func(_, g grammarSide, subj, obj string) (string, string) {
		return subj + " spoke by telephone with " + obj + ". They agreed to meet in " + g.city + " next month.", ""
	}},
	{"video link", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held a meeting via video link with " + obj + ".", ""
	}},
	{"no place", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held talks with " + obj + ".", ""
	}},
}

// grammarPick is the n-th of the generated tests' pairs of sides: the
// publisher and guest, and the subject and object in one of their ways of
// writing each.
func grammarPick(n int) (p, g grammarSide, subj, obj string) {
	p = grammarPublishers[(n/len(grammarGuests)+n)%len(grammarPublishers)]
	g = grammarGuests[n%len(grammarGuests)]
	s := grammarSubjects[n%len(grammarSubjects)]
	o := grammarObjects[(n/2)%len(grammarObjects)]
	return p, g, strings.TrimSuffix(s.form(p), ","), o.form(p, g)
}

func TestLeadPlaces(t *testing.T) {
	read, total := 0, 0
	by := map[string][2]int{}
	n := 0
	for _, f := range placeForms {
		for k := 0; k < 6; k++ {
			p, g, subj, obj := grammarPick(n)
			n++
			lead, want := f.lead(p, g, subj, obj)
			body := lead + "\n\nThe two ministers discussed bilateral relations and regional issues.\n"
			r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			loc := r.Meeting.Location
			ok := want == "" && loc == "" || want != "" && loc != "" && matchesAny(loc, want)
			total++
			fig := by[f.name]
			fig[1]++
			if ok {
				read++
				fig[0]++
			} else {
				t.Logf("place %q, want %q: %s", loc, want, lead)
			}
			by[f.name] = fig
		}
	}
	logFigures(t, by)
	t.Logf("places read: %d/%d (%.0f%%)", read, total, 100*float64(read)/float64(total))
	if read < placesFloor {
		t.Errorf("places read %d, below the floor %d", read, placesFloor)
	}
}

// The guest's name as a reader writes it, generated: courtesies, styles,
// military and religious ranks and post-nominals around the name, and a
// family name first in capitals, in two of the lead's forms. The name is
// read when the principal's display name is exactly the name. It fails
// below namesFloor.
const namesFloor = 76

var nameForms = []struct {
	written, want string
	guest         string // the guest's country, when the name says it
}{
	{"H.E. Mr. Kwame Mensah", "Kwame Mensah", ""},
	{"H. E. Ms. Ana Duarte", "Ana Duarte", ""},
	{"Dr. Ana Duarte", "Ana Duarte", ""},
	{"Prof. Dr. Klaus Berger", "Klaus Berger", ""},
	{"Hon. Grace Banda, MP", "Grace Banda", ""},
	{"the Rt Hon James Walker MP", "James Walker", ""},
	{"Sheikh Khalid Al-Khulaifi", "Khalid Al-Khulaifi", ""},
	{"Dato' Sri Amir Hamzah", "Amir Hamzah", ""},
	{"Tan Sri Amir Hamzah", "Amir Hamzah", ""},
	{"Shri Rajan Verma", "Rajan Verma", ""},
	{"Datuk Seri Amir Hamzah", "Amir Hamzah", ""},
	{"Mme Claire Dubois", "Claire Dubois", ""},
	{"Sir John Hartley", "John Hartley", ""},
	{"Dame Helen Marsh", "Helen Marsh", ""},
	{"General Tomasz Nowicki", "Tomasz Nowicki", ""},
	{"Ambassador Maria Lopez", "Maria Lopez", ""},
	{"Engr. Ahmed Salim", "Ahmed Salim", ""},
	{"Mr. NGUYEN Van Hai", "Nguyen Van Hai", "VN"},
	{"Mr. TANAKA Hiroshi", "Hiroshi Tanaka", ""},
	{"Ms. Grace Banda, TD", "Grace Banda", ""},
	{"Mr. Kwame Mensah, PhD", "Kwame Mensah", ""},
	{"Excellency Kwame Mensah", "Kwame Mensah", ""},
	{"H.H. Sheikh Khalid Al-Khulaifi", "Khalid Al-Khulaifi", ""},
	{"HRH Prince Faisal bin Farhan", "Faisal bin Farhan", ""},
	{"Afioga Fiame Naomi Mata'afa", "Fiame Naomi Mata'afa", ""},
	{"His Eminence Cardinal Pietro Parolin", "Pietro Parolin", ""},
	{"the Hon. Grace Banda SC MP", "Grace Banda", ""},
	{"Mr. Kay Rala Xanana Gusmão", "Kay Rala Xanana Gusmão", ""},
	{"Mr. Caspar van Klaveren", "Caspar van Klaveren", ""},
	{"Ms. Ana Maria de la Cruz", "Ana Maria de la Cruz", ""},
	{"Dr. Bendito dos Santos Freitas", "Bendito dos Santos Freitas", ""},
	{"Mr. Abdullah bin Hamad Al-Attiyah", "Abdullah bin Hamad Al-Attiyah", ""},
	{"Mrs. Jean-Marie Okonkwo-Adeyemi", "Jean-Marie Okonkwo-Adeyemi", ""},
	{"Archbishop Paul Richard Gallagher", "Paul Richard Gallagher", ""},
	{"Senator the Hon Penny Harrow", "Penny Harrow", ""},
	{"Hon. Dr. Maria Santos", "Maria Santos", ""},
	{"the Most Hon. Andrew Walker", "Andrew Walker", ""},
	{"U Than Swe", "Than Swe", ""},
}

func TestLeadNames(t *testing.T) {
	read, total := 0, 0
	for i, nf := range nameForms {
		p := grammarPublishers[i%len(grammarPublishers)]
		g := grammarGuests[(i+3)%len(grammarGuests)]
		for _, o := range grammarGuests {
			if o.code == nf.guest {
				g = o
			}
		}
		for _, lead := range []string{
			"Foreign Minister " + p.person + " received the Minister of Foreign Affairs of " + g.name + ", " + nf.written + ".",
			"Foreign Minister " + p.person + " met with " + nf.written + ", Minister of Foreign Affairs of " + g.name + ".",
		} {
			body := lead + "\n\nThe two ministers discussed bilateral relations and regional issues.\n"
			r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			total++
			got := ""
			for _, q := range r.Participants {
				if q.Role == RolePrincipal && q.Country == g.code {
					got = q.Name
				}
			}
			if got == nf.want {
				read++
			} else {
				t.Logf("name %q, want %q: %s", got, nf.want, lead)
			}
		}
	}
	t.Logf("names read: %d/%d (%.0f%%)", read, total, 100*float64(read)/float64(total))
	if read < namesFloor {
		t.Errorf("names read %d, below the floor %d", read, namesFloor)
	}
}

// The meeting's day and start time, generated: the ways leads state them
// (a weekday, "yesterday", "today", "this morning", a date in either
// order, with an ordinal or a year, a dateline's date) against a page
// published on Wednesday 5 March 2025, and the start times ("at 10:30
// a.m.", "at 17:50", "17:50 p.m.", "from 10:00 to 11:30", a local time
// with the publisher's zone in brackets). It fails below datesFloor.
const datesFloor = 120

func TestLeadDates(t *testing.T) {
	published := time.Date(2025, 3, 5, 18, 0, 0, 0, time.UTC) // a Wednesday
	days := []struct{ text, want string }{
		{"on Monday", "2025-03-03"},
		{"yesterday", "2025-03-04"},
		{"today", "2025-03-05"},
		{"this morning", "2025-03-05"},
		{"on 3 March", "2025-03-03"},
		{"on March 3", "2025-03-03"},
		{"on 3rd March 2025", "2025-03-03"},
		{"on the 3rd of March", "2025-03-03"},
		{"on Monday, 3 March", "2025-03-03"},
		{"on 28 February", "2025-02-28"},
		{"on Monday 3 March 2025", "2025-03-03"},
		{"on March 3rd", "2025-03-03"},
		{"on 3.3.2025", "2025-03-03"},
		{"earlier today", "2025-03-05"},
		{"last Monday", "2025-03-03"},
		{"on 3 and 4 March", "2025-03-03"},
		{"from 3 to 4 March", "2025-03-03"},
		{"on 3–4 March", "2025-03-03"},
		{"on Tuesday evening", "2025-03-04"},
		{"on the evening of 3 March", "2025-03-03"},
	}
	times := []struct{ text, want string }{
		{"", ""},
		{" at 10:30 a.m.", "10:30"},
		{" at 17:50", "17:50"},
		{" at 17:50 p.m.", "17:50"},
		{" from 10:00 to 11:30", "10:00"},
		{" at 3 p.m. local time (9 p.m. Japan time)", "15:00"},
	}
	read, total := 0, 0
	n := 0
	for _, d := range days {
		for _, tm := range times {
			p := grammarPublishers[n%len(grammarPublishers)]
			g := grammarGuests[(n/3)%len(grammarGuests)]
			n++
			var lead string
			switch n % 3 {
			case 0:
				lead = "Foreign Minister " + p.person + " held talks with " + g.demonym + " Foreign Minister " + g.person + " " + d.text + tm.text + "."
			case 1:
				lead = capitalize(d.text) + tm.text + ", Foreign Minister " + p.person + " met with " + g.demonym + " Foreign Minister " + g.person + "."
			default:
				lead = "Foreign Minister " + p.person + " " + d.text + tm.text + " received " + g.demonym + " Foreign Minister " + g.person + "."
			}
			body := lead + "\n\nThe two ministers discussed bilateral relations and regional issues.\n"
			r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: p.code, Published: published})
			if err != nil {
				t.Fatal(err)
			}
			total++
			if r.Meeting.Date == d.want && r.Meeting.StartLocal == tm.want {
				read++
			} else {
				t.Logf("date %q time %q, want %q %q: %s", r.Meeting.Date, r.Meeting.StartLocal, d.want, tm.want, lead)
			}
		}
	}
	t.Logf("dates read: %d/%d (%.0f%%)", read, total, 100*float64(read)/float64(total))
	if read < datesFloor {
		t.Errorf("dates read %d, below the floor %d", read, datesFloor)
	}
}

// Anniversaries, generated: the ways a readout writes one (an ordinal
// anniversary, "marks N years since", "the Nth year since", "one-year
// anniversary", in this year or the next) and the ordinals that are none
// (a round of talks, a session, a summit's edition, a place in a ranking,
// a century). A sentence is read when exactly the anniversary it states
// is found (ordinal and year), or none when it states none. It fails
// below anniversariesFloor.
const anniversariesFloor = 14

func TestLeadAnniversaries(t *testing.T) {
	published := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	sentences := []struct {
		text    string
		ordinal int
		year    int
	}{
		{"The two ministers noted that this year marks the 35th anniversary of the establishment of diplomatic relations.", 35, 2025},
		{"The ministers welcomed the 70th anniversary of diplomatic relations between the two countries next year.", 70, 2026},
		{"This year marks 50 years since the establishment of diplomatic relations between the two countries.", 50, 2025},
		{"The ministers looked forward to celebrating the 30th year since the normalisation of relations.", 30, 2025},
		{"The two sides marked the one-year anniversary of the Comprehensive Strategic Partnership.", 1, 2025},
		{"They recalled that 2025 is the 60th anniversary of the treaty of friendship.", 60, 2025},
		{"The ministers will celebrate the 25th anniversary of the Strategic Partnership in 2026.", 25, 2026},
		{"The two ministers held the 5th round of political consultations.", 0, 0},
		{"They co-chaired the 30th session of the Joint Commission.", 0, 0},
		{"They discussed preparations for the 17th BRICS Summit.", 0, 0},
		{"The minister thanked his counterpart for support for the 2nd Joint Commission meeting.", 0, 0},
		{"The country ranks 3rd among the partner's trading partners.", 0, 0},
		{"They reviewed cooperation since the 21st century began.", 0, 0},
		{"The ministers discussed the 80th session of the UN General Assembly.", 0, 0},
	}
	read := 0
	for i, s := range sentences {
		p := grammarPublishers[i%len(grammarPublishers)]
		g := grammarGuests[i%len(grammarGuests)]
		body := "Foreign Minister " + p.person + " held talks with " + g.demonym + " Foreign Minister " + g.person + " on Monday.\n\n" + s.text + "\n"
		r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: p.code, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range r.Anniversaries {
			got = append(got, fmt.Sprintf("%d %d", a.Ordinal, a.Year))
		}
		want := []string(nil)
		if s.ordinal > 0 {
			want = []string{fmt.Sprintf("%d %d", s.ordinal, s.year)}
		}
		if slices.Equal(got, want) {
			read++
		} else {
			t.Logf("anniversaries %v, want %v: %s", got, want, s.text)
		}
	}
	t.Logf("anniversaries read: %d/%d", read, len(sentences))
	if read < anniversariesFloor {
		t.Errorf("anniversaries read %d, below the floor %d", read, anniversariesFloor)
	}
}
