package readout

import (
	"strings"
	"testing"
)

// A meeting announced before it takes place, generated: ministries write
// the lead of a visit or a call in the future ("Minister A will receive
// today, April 3, at the … Palace in CITY, the Minister … of G, B", "is
// to meet with", "is scheduled to host", "will also welcome"), in each of
// the ways of writing the sides (grammarSubjects, grammarObjects) and
// with the adverbials ministries put between the verb and its object. The
// sides are those of a meeting held. TestLeadModal fails below
// modalFloor.
const modalFloor = 112

var modalAuxiliaries = []string{"will", "will also", "is to", "is scheduled to", "is expected to", "is due to", "shall"}

var modalVerbs = []struct {
	verb   string
	direct bool // the object follows the verb (an adverbial may come between)
}{
	{"meet with", false}, {"meet", true}, {"receive", true}, {"host", true}, {"welcome", true},
	{"hold talks with", false}, {"hold a telephone conversation with", false}, {"hold a bilateral meeting with", false},
}

var modalAdverbials = []string{"", " today", " on Monday", " today, April 3, at the Itamaraty Palace in {city},", " at the Ministry of Foreign Affairs,"}

func TestLeadModal(t *testing.T) {
	var cases []grammarCase
	n := 0
	for vi, v := range modalVerbs {
		for ai, aux := range modalAuxiliaries {
			for di, adv := range modalAdverbials {
				if (vi+ai+di)%2 == 1 || di > 0 && !v.direct && di > 2 {
					continue
				}
				p := grammarPublishers[n%len(grammarPublishers)]
				g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
				s := grammarSubjects[n%len(grammarSubjects)]
				o := grammarObjects[(n/3)%len(grammarObjects)]
				n++
				a := strings.ReplaceAll(adv, "{city}", p.city)
				verb := v.verb
				if !v.direct {
					// "will meet today with": the adverbial before "with".
					verb = strings.TrimSuffix(verb, " with") + a + " with"
					a = ""
				}
				lead := s.form(p) + " " + aux + " " + verb + a + " " + o.form(p, g) + "."
				cases = append(cases, grammarCase{keys: []string{"aux " + aux, "verb " + v.verb, "adverbial " + strings.ReplaceAll(adv, "{city}", "CITY"),
					"subject " + s.name, "object " + o.name}, pub: p, lead: lead, want: [2]grammarSide{p, g}})
			}
		}
	}
	if read := checkLeads(t, cases); read < modalFloor {
		t.Errorf("leads read %d, below the floor %d", read, modalFloor)
	}
}

// A guest's style or rank in each place an apposition puts it, generated:
// ranks written out ("Captain", "Lieutenant General", "Senior General"),
// the Commonwealth's "Senator the Hon" and "the Hon", in a counterpart's
// apposition ("his Burkinabè counterpart, Captain B"), after an office's
// comma, in a pair that is the subject ("A and G's Minister for Foreign
// Affairs, Senator the Hon B, met …"), before a name after its office,
// and before a name that its office follows. The guest is read when a
// principal of the guest's country has exactly the name. TestLeadStyles
// fails below stylesFloor.
const stylesFloor = 70

var guestStyles = []string{"Captain", "Colonel", "Lieutenant General", "Major General", "Brigadier General", "Senior General",
	"Admiral", "Vice Admiral", "Field Marshal", "Lieutenant Colonel", "Senator the Hon", "the Hon", "Air Chief Marshal", "Major"}

var stylePlaces = []struct {
	name string
	lead func(p, g grammarSide, style string) string
}{
	{"his Demonym counterpart, STYLE B", func(p, g grammarSide, st string) string {
		return "President " + p.person + " held talks with " + pronoun(p) + " " + g.demonym + " counterpart, " + st + " " + g.person + ", in " + p.city + "."
	}},
	{"the President of G, STYLE B", func(p, g grammarSide, st string) string {
		return "President " + p.person + " received the President of " + g.name + ", " + st + " " + g.person + "."
	}},
	{"A and G's Minister …, STYLE B, met", func(p, g grammarSide, st string) string {
		return p.name + "'s Foreign Minister " + p.person + " and " + g.name + "'s Minister for Foreign Affairs, " + st + " " + g.person + ", met in " + p.city + "."
	}},
	{"Demonym Head of State STYLE B", func(p, g grammarSide, st string) string {
		return "President " + p.person + " met with " + g.demonym + " Head of State " + st + " " + g.person + " in " + p.city + "."
	}},
	{"STYLE B, President of G", func(p, g grammarSide, st string) string {
		return "President " + p.person + " met with " + st + " " + g.person + ", President of the Transition of " + g.name + "."
	}},
}

func TestLeadStyles(t *testing.T) {
	read, total := 0, 0
	by := map[string][2]int{}
	n := 0
	for _, st := range guestStyles {
		for _, sp := range stylePlaces {
			p := grammarPublishers[n%len(grammarPublishers)]
			g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
			n++
			lead := sp.lead(p, g, st)
			body := lead + "\n\nThe two leaders discussed bilateral relations and regional issues.\n"
			r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, q := range r.Participants {
				if q.Role == RolePrincipal && q.Country == g.code {
					got = q.Name
				}
			}
			ok := got == g.person
			total++
			for _, k := range []string{"style " + st, "place " + sp.name} {
				f := by[k]
				f[1]++
				if ok {
					f[0]++
				}
				by[k] = f
			}
			if ok {
				read++
			} else {
				t.Logf("name %q, want %q: %s", got, g.person, lead)
			}
		}
	}
	logFigures(t, by)
	t.Logf("styles read: %d/%d", read, total)
	if read < stylesFloor {
		t.Errorf("styles read %d, below the floor %d", read, stylesFloor)
	}
}

// Offices written as their initials before a name, generated: "HR/VP
// Kallas", "EAM Dr. A", "DPM/FM Senator A", "VP A", "Demonym PM B", as
// the subject, the object and one of a pair. A lead is read as in
// TestLeadGrammar, and only when no principal keeps the initials in
// its name. TestLeadInitials fails below initialsFloor.
const initialsFloor = 48

var initialOffices = []struct {
	abbr  string
	guest bool // written of a guest too ("Tunisian PM B")
}{
	{"PM", true}, {"FM", true}, {"DPM", true}, {"VP", true}, {"NSA", true}, {"EAM", false}, {"SG", false},
	{"HR/VP", false}, {"DPM/FM", false}, {"CS", false}, {"MoS", false},
}

func TestLeadInitials(t *testing.T) {
	var cases []grammarCase
	n := 0
	for _, oi := range initialOffices {
		forms := []func(p, g grammarSide) string{
			func(p, g grammarSide) string {
				return oi.abbr + " " + p.person + " met " + g.demonym + " Foreign Minister " + g.person + " in " + p.city + "."
			},
			func(p, g grammarSide) string {
				return oi.abbr + " Dr. " + p.person + " held talks with the Minister of Foreign Affairs of " + g.name + ", " + g.person + "."
			},
			// ("Kaja Kallas, High Representative/Vice-President, met …":
			// the office after the name, spelt out and joined by a slash.)
			func(p, g grammarSide) string {
				return p.person + ", High Representative/Vice-President, met today with the Foreign Minister of " + g.name + ", " + g.person + "."
			},
		}
		if oi.guest {
			forms = append(forms, func(p, g grammarSide) string {
				return "Foreign Minister " + p.person + " met with " + oi.abbr + " " + g.person + " of " + g.name + " in " + p.city + "."
			}, func(p, g grammarSide) string {
				return "Foreign Minister " + p.person + " received " + g.demonym + " " + oi.abbr + " " + g.person + " in " + p.city + "."
			}, func(p, g grammarSide) string {
				return "Foreign Minister " + p.person + " and " + g.demonym + " " + oi.abbr + " " + g.person + " held talks in " + p.city + "."
			})
		}
		for fi, f := range forms {
			p := grammarPublishers[n%len(grammarPublishers)]
			g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
			n++
			cases = append(cases, grammarCase{keys: []string{"initials " + oi.abbr, "form " + string(rune('a'+fi))}, pub: p, lead: f(p, g), want: [2]grammarSide{p, g}})
		}
	}
	read := 0
	for _, c := range cases {
		ok, got := readLead(t, c)
		// ("Elena Varga Vp": the initials read as a family name.)
		names := strings.ToLower(strings.SplitN(got, " parties", 2)[0])
		if abbr := strings.ToLower(strings.TrimPrefix(c.keys[0], "initials ")); strings.Contains(names, abbr+" ") || strings.Contains(names, " "+abbr+"/") {
			ok = false
		}
		if ok {
			read++
		} else {
			t.Logf("not read: %s\n\t%s", c.lead, got)
		}
	}
	t.Logf("leads read: %d/%d", read, len(cases))
	if read < initialsFloor {
		t.Errorf("leads read %d, below the floor %d", read, initialsFloor)
	}
}

// The publisher's principal named by office only in the lead ("the Prime
// Minister received …") and by office and family name alone elsewhere, as
// the Kantei, Number 10 and the presidencies write their own head ("Prime
// Minister Ishiba welcomed …", a headline's "President Ruto hosts …"),
// generated over offices, verbs and where the family name stands. The
// principal is read when the publisher's has that name. TestOwnFamilyName
// fails below ownFamilyFloor.
const ownFamilyFloor = 24

func TestOwnFamilyName(t *testing.T) {
	offices := []string{"Prime Minister", "President", "Foreign Minister", "Chancellor"}
	verbs := []string{"received a courtesy call from", "held talks with", "met with", "held a telephone conversation with"}
	where := []struct {
		name         string
		title, later func(office, family string) string
	}{
		{"headline", func(o, f string) string { return o + " " + f + " receives visiting minister" }, func(_, _ string) string { return "" }},
		{"later paragraph", func(_, _ string) string { return "Meeting" }, func(o, f string) string {
			return "At the outset, " + o + " " + f + " welcomed the guest and stated that the two countries share values."
		}},
		{"later quote", func(_, _ string) string { return "Meeting" }, func(o, f string) string {
			return "\"We are partners,\" " + o + " " + f + " said after the meeting."
		}},
	}
	read, total := 0, 0
	by := map[string][2]int{}
	n := 0
	for oi, o := range offices {
		for vi, v := range verbs {
			for wi, w := range where {
				if (oi+vi+wi)%2 == 1 {
					continue
				}
				p := grammarPublishers[n%len(grammarPublishers)]
				g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
				n++
				family := p.person[strings.LastIndexByte(p.person, ' ')+1:]
				lead := "On Monday, the " + o + " " + v + " " + g.person + ", Minister of Foreign Affairs of " + g.name + "."
				body := lead + "\n\nThe two sides discussed bilateral relations.\n\n" + w.later(o, family) + "\n"
				r, err := Parse(Document{Title: w.title(o, family), Body: body, PublisherCountry: p.code})
				if err != nil {
					t.Fatal(err)
				}
				ok := false
				var got []string
				for _, q := range r.Participants {
					got = append(got, q.Name+"/"+q.Country)
					ok = ok || q.Role == RolePrincipal && q.Country == p.code && q.Name == family
				}
				total++
				for _, k := range []string{"office " + o, "where " + w.name} {
					f := by[k]
					f[1]++
					if ok {
						f[0]++
					}
					by[k] = f
				}
				if ok {
					read++
				} else {
					t.Logf("not read (%s): %s\n\t%v", w.name, lead, got)
				}
			}
		}
	}
	logFigures(t, by)
	t.Logf("read %d/%d", read, total)
	if read < ownFamilyFloor {
		t.Errorf("read %d, below the floor %d", read, ownFamilyFloor)
	}
}

// The meeting's place in the shapes TestLeadPlaces lacks, generated: a
// visit to a country whose capital a later sentence names ("paid an
// official visit to G … In the talks held in CITY …", "… co-chaired the
// dialogue in CITY"), a conference whose name goes on past "on" or "for"
// ("on the margins of the Fourth International Conference on Financing
// for Development"), an event opening the lead "held in CITY, COUNTRY",
// and the host's own ministry by its short name ("at the Foreign
// Ministry"), which stands in the city of the header's dateline, a line
// of its own or one part of a line in bars ("Foreign Ministry | Press
// Release 58 | Mexico City, February 11, 2025"). TestMorePlaces fails
// below morePlacesFloor.
const morePlacesFloor = 40

var morePlaceForms = []struct {
	name string
	lead func(p, g grammarSide, subj, obj string) (lead, want string)
}{
	{"visit to G, later in G's capital", func(_, g grammarSide, subj, obj string) (string, string) {
		return subj + " paid an official visit to " + g.name + " from 3 to 5 March.\n\nOn 4 March, the two ministers held talks in " + g.city + " with " + obj + " on trade.", g.city
	}},
	{"visit to G, a dialogue co-chaired in G's capital", func(_, g grammarSide, subj, obj string) (string, string) {
		return subj + " paid an official visit to " + g.name + " from 3 to 5 March.\n\n2. " + capitalize(lowerThe(subj)) + " and " + obj + " co-chaired the fifth Strategic Dialogue in " + g.city + ".", g.city
	}},
	{"margins of a conference on …", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " met with " + obj + " on the margins of the Fourth International Conference on Financing for Development.", "Financing for Development"
	}},
	{"margins of a session for …", func(_, _ grammarSide, subj, obj string) (string, string) {
		return subj + " held a bilateral meeting with " + obj + " on the sidelines of the Global Conference for Climate Action.", "Global Conference for Climate Action"
	}},
	{"On the margins of …, held in CITY, COUNTRY,", func(_, _ grammarSide, subj, obj string) (string, string) {
		return "On the margins of the 55th Regular Session of the General Assembly of the Organization of American States (OAS), held in St. John's, Antigua and Barbuda, " + lowerThe(subj) + " held a bilateral meeting with " + obj + ".", "St. John's|Antigua and Barbuda"
	}},
	{"at a venue whose name opens with an office's word", func(p, g grammarSide, subj, obj string) (string, string) {
		v := []string{"Federal Chancellery", "State Department", "National Assembly", "Presidential Complex", "Federal Ministry for European and International Affairs"}[len(p.person+g.person)%5]
		return subj + " received " + obj + ", at the " + v + " on Monday.", v
	}},
	{"header's dateline in bars, at the Foreign Ministry", func(p, _ grammarSide, subj, obj string) (string, string) {
		return "Foreign Ministry | Press Release 58 | " + p.city + ", February 11, 2025\n\n" + subj + " held a working meeting today at the Foreign Ministry with " + obj + ".", p.city
	}},
	{"header's dateline, at the Foreign Ministry", func(p, _ grammarSide, subj, obj string) (string, string) {
		return p.city + ", 11 February 2025\n\n" + subj + " held a working meeting today at the Foreign Ministry with " + obj + ".", p.city
	}},
}

func TestMorePlaces(t *testing.T) {
	read, total := 0, 0
	by := map[string][2]int{}
	n := 0
	for _, f := range morePlaceForms {
		for k := 0; k < 5; k++ {
			p, g, subj, obj := grammarPick(n)
			n++
			lead, want := f.lead(p, g, subj, obj)
			body := lead + "\n\nThe two ministers discussed bilateral relations and regional issues.\n"
			r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			loc := r.Meeting.Location
			ok := loc != "" && matchesAny(loc, want)
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
	t.Logf("places read: %d/%d", read, total)
	if read < morePlacesFloor {
		t.Errorf("places read %d, below the floor %d", read, morePlacesFloor)
	}
}

// A visit's later meeting written as a pair, generated: the visitor by
// a reference ("the Minister", "Minister FAMILY", "the Foreign Minister")
// and the one met in one of the ways of writing a counterpart, joined by
// "and" as the subject of "co-chaired", "held talks" or "met" ("2. On 4
// March, the Minister and the Foreign Minister of G, H.E. Mr. B,
// co-chaired the fifth Joint Commission in CITY."). The one met is read
// when he is a principal of the visited country. TestLaterPairs fails
// below laterPairsFloor.
const laterPairsFloor = 14

func TestLaterPairs(t *testing.T) {
	refs := []func(p grammarSide) string{
		func(grammarSide) string { return "the Minister" },
		func(p grammarSide) string { return "Minister " + lastWord(p.person) },
		func(grammarSide) string { return "the Foreign Minister" },
	}
	objs := []func(g grammarSide) string{
		func(g grammarSide) string {
			return "the Foreign Minister of " + g.name + ", H.E. " + honorific(g) + " " + g.person + ","
		},
		func(g grammarSide) string { return g.name + "'s Foreign Minister " + g.person },
		func(g grammarSide) string { return g.demonym + " Foreign Minister " + g.person },
	}
	verbs := []string{"co-chaired the fifth Joint Commission", "held talks", "met"}
	read, total := 0, 0
	n := 0
	for ri, ref := range refs {
		for oi, obj := range objs {
			for vi, v := range verbs {
				if (ri+oi+vi)%2 == 1 {
					continue
				}
				p := grammarPublishers[n%len(grammarPublishers)]
				g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
				n++
				body := "Foreign Minister " + p.person + " paid an official visit to " + g.name + " from 3 to 5 March.\n\n" +
					"2. On 4 March, " + ref(p) + " and " + obj(g) + " " + v + " in " + g.city + ".\n\n3. The two sides discussed trade.\n"
				r, err := Parse(Document{Title: "Visit of the Foreign Minister to " + g.name, Body: body, PublisherCountry: p.code})
				if err != nil {
					t.Fatal(err)
				}
				ok := false
				var got []string
				for _, q := range r.Participants {
					got = append(got, q.Name+"/"+q.Country)
					ok = ok || q.Role == RolePrincipal && q.Country == g.code && q.Name == g.person
				}
				total++
				if ok {
					read++
				} else {
					t.Logf("not read: %s\n\t%v", strings.Split(body, "\n\n")[1], got)
				}
			}
		}
	}
	t.Logf("read %d/%d", read, total)
	if read < laterPairsFloor {
		t.Errorf("read %d, below the floor %d", read, laterPairsFloor)
	}
}

// What a headline says was discussed is no side, generated: "A and his
// Demonym counterpart discuss THIRD by telephone", "Ministers discuss
// the situation in THIRD", "A discusses THIRD with the Demonym Foreign
// Minister", over a lead of the two sides. The sides are read when they
// are exactly the two. TestHeadlineTopics fails below topicsFloor.
const topicsFloor = 16

func TestHeadlineTopics(t *testing.T) {
	thirds := []string{"Haiti", "Sudan", "Ukraine", "Myanmar", "Venezuela", "Libya"}
	titles := []func(p, g grammarSide, third string) string{
		func(p, g grammarSide, x string) string {
			return "Minister " + lastWord(p.person) + " and " + pronoun(p) + " " + g.demonym + " counterpart discuss " + x + " by telephone"
		},
		func(p, g grammarSide, x string) string { return "Foreign Ministers discuss the situation in " + x },
		func(p, g grammarSide, x string) string {
			return "Minister " + lastWord(p.person) + " discusses " + x + " with the " + g.demonym + " Foreign Minister"
		},
		func(p, g grammarSide, x string) string {
			return "Foreign Minister discussed " + x + " and regional security in a call"
		},
	}
	read, total := 0, 0
	n := 0
	for ti, tf := range titles {
		for k := 0; k < 4; k++ {
			p, g, subj, obj := grammarPick(n)
			n++
			x := thirds[(ti+k)%len(thirds)]
			lead := subj + " held a telephone conversation with " + obj + " on the situation in " + x + "."
			r, err := Parse(Document{Title: tf(p, g, x), Body: lead + "\n\nThe two ministers agreed to stay in touch.\n", PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			total++
			if sameSet(r.Parties, []string{p.code, g.code}) {
				read++
			} else {
				t.Logf("parties %v, want %s %s: %s", r.Parties, p.code, g.code, tf(p, g, x))
			}
		}
	}
	t.Logf("read %d/%d", read, total)
	if read < topicsFloor {
		t.Errorf("read %d, below the floor %d", read, topicsFloor)
	}
}

// A lead whose subject is the publisher's minister by family name alone,
// as the Farnesina, the Federal Foreign Office and the MID write it
// ("Tajani met his counterpart from …", "Lavrov held talks with …",
// "Wadephul received …"), generated over verbs and the ways of writing
// the counterpart; the headline or a later line may give the full name.
// The subject is read when a principal of the publisher's country has the
// family name (the full name where the page writes it), and the guest as
// in TestLeadGrammar. TestFamilySubjects fails below familySubjectsFloor.
const familySubjectsFloor = 38

func TestFamilySubjects(t *testing.T) {
	verbs := []string{"met", "held talks with", "received", "had a telephone conversation with", "met with"}
	opens := []string{"", "On Monday, ", "Today, "}
	read, total := 0, 0
	n := 0
	for vi, v := range verbs {
		for oi := range grammarObjects {
			for k, open := range opens {
				if (vi+oi+k)%2 == 1 {
					continue
				}
				p := grammarPublishers[n%len(grammarPublishers)]
				g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
				n++
				family := lastWord(p.person)
				want := family
				title, later := "Meeting", "The two ministers discussed trade."
				if n%2 == 0 {
					later, want = "\"We are partners,\" Minister "+p.person+" said.", p.person
				}
				obj := grammarObjects[oi].form(p, g)
				if strings.Contains(obj, ", ") {
					obj += ","
				}
				lead := open + family + " " + v + " " + obj + " in " + p.city + "."
				r, err := Parse(Document{Title: title, Body: lead + "\n\n" + later + "\n", PublisherCountry: p.code})
				if err != nil {
					t.Fatal(err)
				}
				okS, okG := false, false
				var got []string
				for _, q := range r.Participants {
					got = append(got, q.Name+"/"+q.Country)
					okS = okS || q.Role == RolePrincipal && q.Country == p.code && q.Name == want
					okG = okG || q.Role == RolePrincipal && q.Country == g.code && strings.Contains(q.Name, lastWord(g.person))
				}
				total++
				if okS && okG {
					read++
				} else {
					t.Logf("not read: %s\n\t%v (want %s)", lead, got, want)
				}
			}
		}
	}
	t.Logf("read %d/%d", read, total)
	if read < familySubjectsFloor {
		t.Errorf("read %d, below the floor %d", read, familySubjectsFloor)
	}
}

// A country's dotted initials before an office ("U.S. Secretary of State
// B", "U.K. Foreign Secretary B", "U.A.E. Minister of State B") are the
// office's adjective, not a sentence's end, after the verb of meeting,
// after "and" in a list of counterparts, and opening the subject; after
// "the" or "in" they still end one ("… in the U.S. President B then …").
// TestDottedInitials fails below dottedFloor.
const dottedFloor = 15

func TestDottedInitials(t *testing.T) {
	guests := []struct{ code, initials, office, person string }{
		{"US", "U.S.", "Secretary of State", "Marco Rubio"},
		{"GB", "U.K.", "Foreign Secretary", "David Lammy"},
		{"US", "U.S.", "President", "Donald Trump"},
		{"AE", "U.A.E.", "Minister of State", "Khalifa Shaheen Almarar"},
		{"GB", "U.K.", "Prime Minister", "Keir Starmer"},
	}
	read, total := 0, 0
	for i, gu := range guests {
		p := grammarPublishers[i%len(grammarPublishers)]
		g := grammarGuests[(i+2)%len(grammarGuests)]
		for _, lead := range []string{
			"Foreign Minister " + p.person + " held talks with " + gu.initials + " " + gu.office + " " + gu.person + " in " + p.city + ".",
			"Foreign Minister " + p.person + " met " + g.demonym + " Foreign Minister " + g.person + " and " + gu.initials + " " + gu.office + " " + gu.person + " in " + p.city + ".",
			gu.initials + " " + gu.office + " " + gu.person + " paid a courtesy call on Foreign Minister " + p.person + " in " + p.city + ".",
		} {
			r, err := Parse(Document{Title: "Meeting", Body: lead + "\n\nThey discussed trade.\n", PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			ok := false
			var got []string
			for _, q := range r.Participants {
				got = append(got, q.Name+"/"+q.Country)
				ok = ok || q.Role == RolePrincipal && q.Country == gu.code && q.Name == gu.person
			}
			total++
			if ok {
				read++
			} else {
				t.Logf("not read: %s\n\t%v", lead, got)
			}
		}
	}
	// ("in the U.S." ends a sentence before an office's holder.)
	if got := splitSentences("He spent a week in the U.S. President Biden hosted him on Monday."); len(got) != 2 {
		t.Errorf("a sentence ending with \"the U.S.\" is one with the next: %q", got)
	}
	t.Logf("read %d/%d", read, total)
	if read < dottedFloor {
		t.Errorf("read %d, below the floor %d", read, dottedFloor)
	}
}

// An office in the plural whose countries and holders are listed apart,
// in the same order ("the Foreign Ministers of G1 and G2, B1 and B2",
// "the Presidents of G1, G2 and G3, B1, B2 and B3"), as the object of a
// verb of meeting or opening the lead. Each holder is read with his
// country. TestRespectiveOffices fails below respectiveFloor.
const respectiveFloor = 16

func TestRespectiveOffices(t *testing.T) {
	offices := []string{"Foreign Ministers", "Presidents", "Prime Ministers", "Ministers of Foreign Affairs"}
	read, total := 0, 0
	for i, office := range offices {
		for k := 0; k < 4; k++ {
			p := grammarPublishers[(i+k)%len(grammarPublishers)]
			a := officeGuests[(i*2+k)%len(officeGuests)]
			b := grammarGuests[(i+k*3)%len(grammarGuests)]
			list := " of " + a.name + " and " + b.name + ", " + a.person + " and " + b.person
			var lead string
			if k%2 == 0 {
				lead = "Foreign Minister " + p.person + " met with the " + office + list + ", in " + p.city + "."
			} else {
				lead = "On Monday, Foreign Minister " + p.person + " held a trilateral meeting with the " + office + list + "."
			}
			r, err := Parse(Document{Title: "Meeting", Body: lead + "\n\nThey discussed trade.\n", PublisherCountry: p.code})
			if err != nil {
				t.Fatal(err)
			}
			okA, okB := false, false
			var got []string
			for _, q := range r.Participants {
				got = append(got, q.Name+"/"+q.Country)
				okA = okA || q.Role == RolePrincipal && q.Country == a.code && q.Name == a.person
				okB = okB || q.Role == RolePrincipal && q.Country == b.code && q.Name == b.person
			}
			total++
			if okA && okB {
				read++
			} else {
				t.Logf("not read: %s\n\t%v", lead, got)
			}
		}
	}
	t.Logf("read %d/%d", read, total)
	if read < respectiveFloor {
		t.Errorf("read %d, below the floor %d", read, respectiveFloor)
	}
}

// More verbs of calls and calls paid, generated over the ways of writing
// each side: "conducted a telephone call with", "placed a call to",
// "made a phone call to", "joined a video call with", "paid a courtesy
// visit to", "paid a farewell call on". A lead is read as in
// TestLeadGrammar. TestCallVerbs fails below callVerbsFloor.
const callVerbsFloor = 66

func TestCallVerbs(t *testing.T) {
	verbs := []string{"conducted a telephone call with", "conducted a phone conversation with", "placed a call to", "made a phone call to",
		"joined a video call with", "paid a courtesy visit to", "paid a farewell call on", "paid an introductory call on"}
	var cases []grammarCase
	n := 0
	for vi, v := range verbs {
		for si, s := range grammarSubjects {
			for oi, o := range grammarObjects {
				if (vi+si+oi)%3 != 0 {
					continue
				}
				p := grammarPublishers[n%len(grammarPublishers)]
				g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
				n++
				obj := o.form(p, g)
				if strings.Contains(obj, ", ") {
					obj += ","
				}
				lead := s.form(p) + " " + v + " " + obj + " on Monday."
				cases = append(cases, grammarCase{keys: []string{"verb " + v}, pub: p, lead: lead, want: [2]grammarSide{p, g}})
			}
		}
	}
	if read := checkLeads(t, cases); read < callVerbsFloor {
		t.Errorf("leads read %d, below the floor %d", read, callVerbsFloor)
	}
}

// An ambassador's office in each of the ways ministries write it,
// generated: "Ambassador Extraordinary and Plenipotentiary of G to P B"
// (the office whole before the name, no comma), "the Ambassador of G to
// P, B", "B, Ambassador Extraordinary and Plenipotentiary of G", "the
// newly appointed Ambassador of G, H.E. Mr. B", "G's Ambassador to P B",
// "Permanent Representative of G to the United Nations B", "High
// Commissioner of G to P B", "the Chargé d'Affaires of G, B", after the
// verbs a ministry receives an envoy with. A lead is read as in
// TestLeadGrammar. TestLeadEnvoys fails below envoysFloor.
const envoysFloor = 48

var envoyForms = []struct {
	name string
	form func(p, g grammarSide) string
}{
	{"Ambassador E&P of G to P B", func(p, g grammarSide) string {
		return "Ambassador Extraordinary and Plenipotentiary of " + g.name + " to " + p.name + " " + g.person
	}},
	{"Ambassador of G to P B", func(p, g grammarSide) string { return "Ambassador of " + g.name + " to " + p.name + " " + g.person }},
	{"the Ambassador E&P of G, B", func(p, g grammarSide) string {
		return "the Ambassador Extraordinary and Plenipotentiary of " + g.name + ", " + g.person
	}},
	{"the Ambassador of G to P, B", func(p, g grammarSide) string {
		return "the Ambassador of " + g.name + " to " + p.name + ", " + g.person
	}},
	{"B, Ambassador E&P of G", func(p, g grammarSide) string {
		return g.person + ", Ambassador Extraordinary and Plenipotentiary of " + g.name
	}},
	{"B, Ambassador E&P of G to P", func(p, g grammarSide) string {
		return g.person + ", Ambassador Extraordinary and Plenipotentiary of " + g.name + " to " + p.name
	}},
	{"the newly appointed Ambassador of G, H.E. Mr. B", func(p, g grammarSide) string {
		return "the newly appointed Ambassador of " + g.name + ", H.E. " + honorific(g) + " " + g.person
	}},
	{"G's Ambassador to P B", func(p, g grammarSide) string { return g.name + "'s Ambassador to " + p.name + " " + g.person }},
	{"Demonym Ambassador B", func(p, g grammarSide) string { return g.demonym + " Ambassador " + g.person }},
	{"High Commissioner of G to P B", func(p, g grammarSide) string {
		return "High Commissioner of " + g.name + " to " + p.name + " " + g.person
	}},
	{"the Chargé d'Affaires a.i. of G, B", func(p, g grammarSide) string {
		return "the Chargé d'Affaires a.i. of " + g.name + ", " + g.person
	}},
	{"Permanent Representative of G to the United Nations B", func(p, g grammarSide) string {
		return "Permanent Representative of " + g.name + " to the United Nations " + g.person
	}},
}

var envoyVerbs = []string{"received", "met with", "received a courtesy call from", "held a meeting with"}

var envoyTails = []string{".", ", at the latter's request.", ", who presented a copy of his credentials.", " at his request."}

func TestLeadEnvoys(t *testing.T) {
	var cases []grammarCase
	n := 0
	for fi, f := range envoyForms {
		for vi, v := range envoyVerbs {
			p := grammarPublishers[n%len(grammarPublishers)]
			g := grammarGuests[(n/len(grammarPublishers)+n)%len(grammarGuests)]
			s := grammarSubjects[n%len(grammarSubjects)]
			n++
			tail := envoyTails[(fi+vi)%len(envoyTails)]
			lead := s.form(p) + " " + v + " " + f.form(p, g) + tail
			cases = append(cases, grammarCase{keys: []string{"envoy " + f.name, "verb " + v, "tail " + tail}, pub: p, lead: lead, want: [2]grammarSide{p, g}})
		}
	}
	if read := checkLeads(t, cases); read < envoysFloor {
		t.Errorf("leads read %d, below the floor %d", read, envoysFloor)
	}
}
