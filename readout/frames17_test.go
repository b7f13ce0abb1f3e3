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
