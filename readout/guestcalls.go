package readout

import (
	"slices"
	"strings"
)

// courtesyCall is the frame of a guest's call on a host in person;
// bilateralTalks follows a host and a guest who held talks.
const (
	courtesyCall   = " paid a courtesy call on "
	bilateralTalks = " held bilateral talks"
)

// guestCalls reads the publisher's officials that the guest of a readout
// of two sides called on in its later sentences: "Minister Khaleel also
// paid a courtesy call on President Anura Kumara Dissanayake" (on a Sri
// Lankan page whose lead is the Maldivian minister's visit). laterHosts
// reads whom the publisher's own principal met; this reads whom the
// guest met, who are the publisher's when their title names no other
// country.
func guestCalls(sents []string, have []Participant, parties []string, pub string) []Participant {
	if pub == "" || len(parties) != 2 {
		return nil
	}
	guest := ""
	for _, p := range have {
		if p.Role == RolePrincipal && p.Country != "" && p.Country != pub && p.Name != "" {
			guest = p.Name
			break
		}
	}
	if guest == "" {
		return nil
	}
	var out []Participant
	add := func(p person) {
		if p.name == "" || p.title == "" || p.unnamed {
			return
		}
		if c := personCountry(p); c != "" && c != pub {
			return
		}
		same := func(q Participant) bool { return lastWord(q.Name) == lastWord(p.name) }
		if slices.ContainsFunc(have, same) || slices.ContainsFunc(out, same) {
			return
		}
		out = append(out, person2(p, p.name, pub, RolePrincipal, ""))
	}
	for _, s := range sents {
		// "Earlier, Foreign Adviser X and Foreign Minister <guest> held
		// bilateral talks": the one the guest held talks with.
		if k := indexText(s, bilateralTalks); k > 0 && containsText(s[:k], lastWord(guest)) {
			left := s[:k]
			if j := strings.Index(left, ", "); j >= 0 && j < 20 && !containsText(left[:j], " and ") {
				left = left[j+2:]
			}
			if ps := conjoinedPersons(left); len(ps) == 2 {
				for _, p := range ps {
					if lastWord(p.name) != lastWord(guest) {
						add(p)
					}
				}
			}
		}
		i := indexText(s, courtesyCall)
		if i < 0 {
			continue
		}
		who := strings.TrimSuffix(s[:i], " also")
		if k := strings.LastIndex(who, ", "); k >= 0 {
			who = who[k+2:]
		}
		if !hostSubject(who, guest) {
			continue
		}
		right := s[i+len(courtesyCall):]
		right = right[:officeChunkEnd(right, hostStops)]
		ps, _ := counterpartPersons(right)
		for _, p := range ps {
			add(p)
		}
	}
	return out
}
