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
	var guestP Participant
	for _, p := range have {
		if p.Role == RolePrincipal && p.Country != "" && p.Country != pub && p.Name != "" {
			guest, guestP = p.Name, p
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
		same := func(q Participant) bool { return sameFamily(q.Name, p.name) }
		if slices.ContainsFunc(have, same) || slices.ContainsFunc(out, same) {
			return
		}
		out = append(out, person2(p, p.name, pub, RolePrincipal, ""))
	}
	for _, s := range sents {
		// "… to the President of the Republic, X, who received him in
		// audience": the host of the guest, named before the clause.
		if k := receivedGuestAt(s); k > 0 {
			if p, ok := officeCommaBefore(s[:k]); ok {
				add(p)
			}
		}
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
		for _, verb := range guestVerbs {
			i := indexText(s, verb)
			if i < 0 {
				continue
			}
			left, right := trimLaterAdverb(s[:i]), s[i+len(verb):]
			who := left
			if k := strings.LastIndex(who, ", "); k >= 0 {
				who = who[k+2:]
			}
			// "… the President of Bolivia, Mr. X, who subsequently met
			// with Cardinal Y, Secretary of State": a relative clause of
			// the guest's; a minister or a leader met is the
			// publisher's.
			if who == "who" && verb == " met with " && guestBeforeWho(left[:len(left)-len(", who")], guestP) {
				right, _ = dropPortfolios(right[:officeChunkEnd(right, hostStops)])
				ps, _ := counterpartPersons(right)
				for _, p := range ps {
					if isLeaderTitle(p.title) || containsAny(p.title, "Minister", "Secretary of State") {
						add(p)
					}
				}
				continue
			}
			// "H.E. IWAYA Takeshi held bilateral talks with Samdech
			// Deputy Prime Minister SOK Chenda Sophea, …": the guest
			// calls on a host.
			// (Whom the guest "met with" is left: a senator, a mayor.)
			if verb != " received the " && verb != " held official talks with " && verb != " met with " && (guestNamed(who, guestP) || officeRef(who, guestP.Title) || demonymRef(who, guestP)) {
				right, _ = dropPortfolios(right[:officeChunkEnd(right, hostStops)])
				ps, _ := counterpartPersons(right)
				for _, p := range ps {
					add(p)
				}
				continue
			}
			// "Later, His Highness the Crown Prince Sheikh X received the
			// Pakistani Prime Minister": a host receives the guest.
			if verb == " paid a courtesy call on " || verb == " called on " || !guestObject(right, guestP, verb) {
				continue
			}
			ps := subjectPersons(who)
			if len(ps) == 0 && who != left {
				ps = subjectPersons(left)
			}
			for _, p := range ps {
				add(p)
			}
		}
	}
	return out
}

// guestVerbs are the verbs of a guest's later meetings: the guest's call
// on a host, or a host's talks with the guest.
var guestVerbs = []string{courtesyCall, " called on ", " held bilateral talks with ", " held talks with ",
	" held official talks with ", " held a bilateral meeting with ", " met with ", " received the ", " was received by ",
	" was later received by ", " was also received by ", " was then received by ", " was subsequently received by ",
	" was received in audience by "}

// guestNamed reports whether who, the words before a verb, names the
// guest: by a name of theirs in any order or case ("H.E. IWAYA Takeshi"
// for Takeshi Iwaya), after styles.
func guestNamed(who string, guest Participant) bool {
	who = stripHonorifics(strings.TrimSpace(who))
	ws := strings.Fields(who)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	family := lowerText(lastWord(guest.Name))
	for _, w := range ws {
		if lowerText(w) == family {
			return true
		}
	}
	return false
}

// demonymRef reports whether who refers to the guest by the demonym of
// the guest's country and an office: "The Qatari Minister of State", "the
// Angolan Minister".
func demonymRef(who string, guest Participant) bool {
	ws := strings.Fields(who)
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "The") {
		ws = ws[1:]
	}
	return len(ws) >= 2 && len(ws) <= 6 && countryOf(ws[0]) == guest.Country && headWordSeen(ws[1:])
}

// guestObject reports whether right, the words after a host's verb, opens
// with the guest: the guest's name, or "the <demonym> <office>" of the
// guest's country ("the Pakistani Prime Minister").
func guestObject(right string, guest Participant, verb string) bool {
	if verb == " received the " {
		right = "the " + right
	}
	end := chunkEnd(right, []string{" at ", " in ", " on ", ",", ".", " and ", " to "})
	phrase := right[:end]
	if guestNamed(strings.TrimPrefix(phrase, "the "), guest) {
		return true
	}
	rest, ok := strings.CutPrefix(phrase, "the ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	return len(ws) >= 2 && len(ws) <= 5 && headWords[ws[len(ws)-1]] && countryOf(ws[0]) == guest.Country
}

// sameFamily reports whether two names are one person's: the same last
// word and, when both have given names, the same first ("Sandu" and "Maia
// Sandu"; not "Meshal Al-Sabah" and "Sabah Khaled Al-Sabah", of one
// family).
func sameFamily(a, b string) bool {
	if lastWord(a) != lastWord(b) {
		return false
	}
	return !strings.Contains(a, " ") || !strings.Contains(b, " ") || nextWord(a) == nextWord(b)
}

// lastClause is what follows the last comma of s.
func lastClause(s string) string {
	if k := strings.LastIndex(s, ", "); k >= 0 {
		return s[k+2:]
	}
	return s
}

// guestBeforeWho reports whether left, which a ", who" follows, ends with
// the guest: his name ("…, His Excellency Mr. X") or his name and his
// office after it ("Mr. X, President of the Republic of Ecuador").
func guestBeforeWho(left string, guest Participant) bool {
	lc := lastClause(left)
	if guestNamed(lastWords(lc, 4), guest) {
		return true
	}
	if lc == left || guest.Title == "" || lc != guest.Title {
		return false
	}
	return guestNamed(lastWords(lastClause(strings.TrimSuffix(left[:len(left)-len(lc)], ", ")), 4), guest)
}

// lastWords is the last n words of s ("The visit of Minister X" gives
// "of Minister X" for 3).
func lastWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[max(0, len(ws)-n):], " ")
}

// receivedGuestClauses are the relative clauses by which a host receives
// the guest.
var receivedGuestClauses = []string{", who received him", ", who received her", ", who received them", ", who received the "}

// receivedGuestAt returns where one of receivedGuestClauses stands in s,
// or -1.
func receivedGuestAt(s string) int {
	if !containsText(s, ", who received ") {
		return -1
	}
	return firstIndex(s, receivedGuestClauses)
}

// officeCommaBefore reads the office and name that end s, the name set
// off by a comma: "… to the President of the Republic, João Lourenço".
// The office is the run of capitalized words (and "of", "the", "and",
// "for") before the comma.
func officeCommaBefore(s string) (person, bool) {
	k := strings.LastIndex(s, ", ")
	if k < 0 {
		return person{}, false
	}
	name := stripHonorifics(s[k+2:])
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 4 {
		return person{}, false
	}
	for _, w := range ws {
		if !isCapWord(w) && !isNameParticle(w) || titleVocab[w] {
			return person{}, false
		}
	}
	words := strings.Fields(s[:k])
	start := len(words)
	for start > 0 {
		w := words[start-1]
		if !isCapWord(w) && w != "of" && w != "the" && w != "and" && w != "for" || strings.HasSuffix(w, ",") {
			break
		}
		start--
	}
	for start < len(words) && !isCapWord(words[start]) {
		start++
	}
	if start == len(words) || !headWordSeen(words[start:]) {
		return person{}, false
	}
	title := strings.Join(words[start:], " ")
	return person{name: name, title: title, countryText: title}, true
}
