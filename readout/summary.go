package readout

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
)

// Summary limits.
const (
	maxSummary   = 220 // characters of one section summary
	minSummary   = 120 // the least a section summary may be cut to
	maxKeyPoint  = 160 // characters of one key point
	maxKeyPoints = 5
	// summaryShare is the part of the body that summaries and key points
	// may take together: more, and they no longer beat reading the text.
	summaryShare = 0.24
	// minBudget is the room a short readout's summaries and key points
	// have at least: its compact meeting line ("Pompeo met with Blok of
	// the Netherlands.", about 40 characters) and a list of four or five
	// mentions. A quarter of a readout of 350 characters leaves the list
	// 30 characters, one or two names. shortShare caps it for the
	// shortest readouts.
	minBudget  = 140
	shortShare = 0.30
)

// summaryBudget is the most characters the summaries and key points of a
// body of n characters take together: summaryShare of it, and at least
// minBudget where that is within shortShare of it.
func summaryBudget(n int) int {
	return max(int(summaryShare*float64(n)), min(minBudget, int(shortShare*float64(n))))
}

var (
	responseRE = lazyRegexp(`^(?:In response|In reply|Responding)\b`) // what isResponse tests

	frameRE = lazyRegexp(`^(?:(?:In response|In reply|In closing|Furthermore|Moreover|Additionally|Also),? )?` +
		`((?:The two \w+|Both \w+|[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|of|the)){0,6})` +
		` (?:also |further |then |again |firmly |strongly )?` +
		`(?:stated|said|noted|explained|emphasized|emphasised|stressed|highlighted|underscored|underlined|pointed out|mentioned|indicated|added|remarked|conveyed|expressed(?: (?:his|her|their) (?:view|hope|expectation|intention|belief|recognition))? that)` +
		`(?: that)?,? `)
	saysRE       = lazyRegexp(` (?:stated|said|added|remarked)(?: that)?,? $`)
	partOfRE     = lazyRegexp(`^(?:as (?:a )?part of|in terms of|with regard to|regarding)\b[^,]{0,120}, `)
	pluralSubjRE = lazyRegexp(`^(?:[Tt]hey|[Tt]he two|[Bb]oth|[Tt]he leaders|[Tt]he sides|[Tt]he ministers)\b`)
)

// shortenFrame condenses a sentence for a summary without changing who
// says what. A reporting frame with a named speaker becomes the speaker's
// compact name and a colon ("Prime Minister Kishida stated that Japan
// would provide support" gives "Kishida: Japan will provide support"); "X
// stated he would …" gives "X will …"; the joint frames of two sides are
// compressed ("The two leaders confirmed that they would" gives "Both
// will"); linking openers ("In response,", "Furthermore,") go.
func shortenFrame(s string) string {
	// "Baghdad – Deputy Minister X received …": the dateline is the
	// page's, no part of what the summary reports.
	s = dropVaguePurpose(dropOpener(dropDateline(dropSpokesFrame(dropInvocation(s)))))
	s = dropThatAside(s)
	plural := strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "Both ") || strings.HasPrefix(s, "They ")
	if !plural {
	} else if m := findJoint(s); m != nil {
		subj := "Both"
		if m[2] >= 0 {
			if t := s[m[2]:m[3]]; t != "they" && t != "the two countries" && t != "both countries" && t != "both sides" && t != "the two sides" {
				subj = t
			}
		}
		s = subj + " will" + andToVerb(s[m[1]:])
	} else if m := pluralSubjectRE.FindStringIndex(s); m != nil && !(strings.HasPrefix(s, "They ") && hasAnyPrefix(s[m[1]:], []string{" are ", " were ", " include "})) {
		// "They both wished …" is "Both wished …", not "Both both".
		// ("They are Ms X, High Commissioner of …; Mr Y, …": a list of
		// those the page names, not the two sides.)
		rest := s[m[1]:]
		if strings.HasPrefix(rest, " both ") {
			rest = rest[len(" both"):]
		}
		s = "Both" + rest
	}
	if strings.HasPrefix(s, "Both ") {
		// "Both officials agreed …", "Both Ministers …": the two are
		// "Both", whose first the two principals' names replace ("Roe
		// and Doe officials agreed" read so).
		for _, n := range bothNouns {
			if t, ok := strings.CutPrefix(s[len("Both "):], n); ok {
				s = "Both " + t
				break
			}
		}
		s = bothFrame(s)
	}
	if v := firstFrameVerb(s); v >= 0 {
		// The frame's subject is a few words: the verb is near the start,
		// and the match ends soon after it (frameEnd).
		var m []int
		if v < 110 && mayOpenFrame(s[:v]) {
			m = matchFrame(s[:min(len(s), v+frameEnd)])
		}
		// "X underscored the commitment of …" reports no words: only a
		// verb of saying, or a frame ending in "that", gives "X: …".
		if m != nil && !strings.HasSuffix(strings.TrimRight(s[:m[1]], ", "), " that") && !saysRE.MatchString(s[m[0]:m[1]]) {
			m = nil
		}
		if m != nil && m[0] == 0 {
			subj := s[m[2]:m[3]]
			rest := s[m[1]:]
			if hasAnyPrefix(rest, partOfStarts) {
				rest = partOfRE.ReplaceAllString(rest, "")
			}
			switch speaker := compactSpeaker(subj); {
			case isPronoun(subj) || speaker == "":
				// "He stated that …": whose words they are is in the
				// sentence before; keep the frame.
			case hasPrefixFold(rest, "he ") || hasPrefixFold(rest, "she "):
				rest = rest[strings.IndexByte(rest, ' ')+1:]
				s = speaker + " " + presentTense(andThatClause(rest))
			case hasPrefixFold(rest, "they "):
				s = speaker + " and partners " + presentTense(andThatClause(rest[5:]))
			case keepsFrame(rest):
				// "X noted that the turnover reached A and proposed
				// B": the proposal is X's, and "X: The turnover
				// reached A and proposed B" would make it the
				// turnover's; the frame stays, the office goes.
				s = speaker + s[m[3]:m[1]] + rest
			default:
				s = speaker + ": " + upperFirst(presentTense(andThatClause(speakersOwnClause(rest))))
			}
		}
		// "X spoke of Y and stated that Z" keeps Z, said by X.
		if containsText(s, " that ") {
			if m := findMidFrame(s); m != nil && m[0] < len(s)/2 {
				if speaker := compactSpeaker(leadingName(s)); speaker != "" && !keepsFrame(s[m[1]:]) {
					// "… and stated that he is looking forward to …":
					// the speaker is the subject, as after a frame that
					// opens the sentence.
					if rest := s[m[1]:]; hasPrefixFold(rest, "he ") || hasPrefixFold(rest, "she ") {
						s = speaker + " " + presentTense(andThatClause(rest[strings.IndexByte(rest, ' ')+1:]))
					} else {
						s = speaker + ": " + presentTense(upperFirst(andThatClause(rest)))
					}
				}
			}
		}
	}
	hisHer := containsText(s, " his ") || containsText(s, " her ")
	if hisHer && containsText(s, "expressed h") && containsAny(s, " desire to", " wish to", " intention to") {
		s = replaceStance(s, desireVerbs, singularOwners, desireNouns, func(string) string { return "wants to" })
	}
	if hisHer && containsAny(s, " intention to", " hope to", " expectation to", " willingness to", " readiness to") {
		s = replaceStance(s, intentVerbs, singularOwners, intentNouns, func(noun string) string {
			switch noun {
			case "intention":
				return "intends to"
			case "hope":
				return "hopes to"
			case "expectation":
				return "expects to"
			}
			return "is willing to"
		})
	}
	if containsText(s, "expressed their ") {
		s = replaceStance(s, desireVerbs, pluralOwners, desireNouns, func(string) string { return "want to" })
	}
	return dropAdjuncts(compactPhrases(compactAcronyms(compactTitles(s))))
}

// bothNouns are the nouns after "Both" that name the two principals.
var bothNouns = []string{"officials ", "Ministers ", "ministers ", "leaders ", "Leaders ", "sides ", "parties ",
	"Presidents ", "presidents ", "Foreign Ministers ", "foreign ministers ", "Prime Ministers ", "heads of state ",
	"counterparts "}

// bothFrame compresses the joint frames of the two sides, as jointRE's
// "confirmed that they would" gives "Both will": an agreement to act,
// "Both concurred to deepen …", is "Both will deepen …"; a view both
// hold, "Both shared the view that the resolutions remain crucial", is
// what both say: "Both: The resolutions remain crucial." Who holds the
// view stays; a "that" clause of their own reported subject keeps its
// frame ("Both confirmed that they …" is jointRE's).
func bothFrame(s string) string {
	rest := s[len("Both "):]
	for _, adv := range []string{"also ", "further ", "once again "} {
		rest = strings.TrimPrefix(rest, adv)
	}
	for _, v := range jointToVerbs {
		if t, ok := strings.CutPrefix(rest, v); ok {
			if w := nextWord(t); w == "" || !isLowerWord(w) || notVerbs[w] {
				return s
			}
			return "Both will " + andToVerb(t)
		}
	}
	// "shared the recognition of the importance of …": they agreed on it.
	if t, ok := strings.CutPrefix(rest, "shared the recognition of "); ok {
		return "Both agreed on " + t
	}
	for _, v := range jointThatVerbs {
		t, ok := strings.CutPrefix(rest, v)
		if !ok {
			continue
		}
		w := nextWord(t)
		if w == "" || w == "they" || w == "both" || w == "the" && hasPrefixFold(t, "the two ") || strings.HasSuffix(t, "?") {
			return s
		}
		// "Both shared the view that A, and confirmed that B": B is the
		// two sides' own, not said of A's subject; the frame stays.
		if !hasFiniteVerb(t) || jointClauseIndex(t) >= 0 {
			return s
		}
		return "Both: " + upperFirst(presentTense(andThatClause(t)))
	}
	return s
}

// andToVerb drops the "to" of a second verb joined to the first of an
// agreement rewritten as "will": "agreed to open direct flights and to
// cooperate in mining" is "will open direct flights and cooperate in
// mining", not "… and to cooperate".
func andToVerb(s string) string {
	i := indexText(s, " and to ")
	if i < 0 {
		return s
	}
	if w := nextWord(s[i+len(" and to "):]); w == "" || !isLowerWord(w) || notVerbs[w] {
		return s
	}
	return s[:i] + " and " + s[i+len(" and to "):]
}

// jointClauseIndex is where the first " and " followed by one of
// jointVerbs' verbs, or ", and " followed by a verb in the past ("…
// remains unchanged, and decided to continue …"), stands in s, or -1.
func jointClauseIndex(s string) int {
	for i := 0; ; {
		j := indexText(s[i:], " and ")
		if j < 0 {
			return -1
		}
		i += j
		w := s[i:]
		for _, v := range jointVerbs {
			if strings.HasPrefix(w, v) {
				return i
			}
		}
		if i > 0 && s[i-1] == ',' {
			if v := nextWord(w[len(" and "):]); len(v) > 4 && strings.HasSuffix(v, "ed") && isLowerWord(v) {
				return i
			}
		}
		i++
	}
}

// jointToVerbs are the verbs of an agreement to act, with their "to".
var jointToVerbs = []string{"confirmed to ", "agreed to ", "concurred to ", "decided to ", "affirmed to ", "reaffirmed to "}

// jointThatVerbs are the frames of a view both sides hold.
var jointThatVerbs = []string{"shared the view that ", "shared the recognition that ", "shared the understanding that ",
	"agreed that ", "concurred that ", "confirmed that ", "affirmed that ", "reaffirmed that ", "recognized that ",
	"recognised that "}

// notVerbs are words after "agreed to" that open no verb: "agreed to the
// plan".
var notVerbs = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "such", "all",
	"each", "both", "further", "continued")

// The stances replaceStance rewrites: "expressed his wish to" is "wants
// to", "shared her hope to" "hopes to", "expressed their desire to" "want
// to".
var (
	desireVerbs    = []string{"expressed"}
	intentVerbs    = []string{"expressed", "shared", "conveyed"}
	singularOwners = []string{"his", "her"}
	pluralOwners   = []string{"their"}
	desireNouns    = []string{"desire", "wish", "intention"}
	intentNouns    = []string{"intention", "hope", "expectation", "willingness", "readiness"}
)

// replaceStance replaces each "<verb> <owner> <noun> to" of s that stands
// between word boundaries ("expressed his wish to") with repl(noun), as
// the expression `\b(?:verbs) (?:owners) (?:nouns) to\b` finds it: it
// reads only the places where an owner stands, where the expression
// tried each position of the sentence.
func replaceStance(s string, verbs, owners, nouns []string, repl func(noun string) string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			break
		}
		sp := i + j // a space after a verb, before an owner
		i = sp + 1
		verb := ""
		for _, v := range verbs {
			if strings.HasSuffix(s[last:sp], v) && (sp-len(v) == 0 || !isWordByte(s[sp-len(v)-1])) {
				verb = v
				break
			}
		}
		if verb == "" {
			continue
		}
		rest := s[sp+1:]
		owner := ""
		for _, o := range owners {
			if hasPrefixSpace(rest, o) {
				owner = o
				break
			}
		}
		if owner == "" {
			continue
		}
		rest = rest[len(owner)+1:]
		for _, n := range nouns {
			if t, ok := strings.CutPrefix(rest, n+" to"); ok && (t == "" || !isWordByte(t[0])) {
				end := len(s) - len(t)
				b.WriteString(s[last : sp-len(verb)])
				b.WriteString(repl(n))
				last, i = end, end
				break
			}
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// andThatClause rewrites the second clause of words reported after a
// frame that has gone: in "X stated that A, and that he hoped B" the
// second "that" hangs on "stated", so "X: A, and that he hoped B" reads
// broken; it becomes "X: A, and he hoped B" (with "would" as "will").
// When A holds a "that" of its own ("was pleased that …"), the second one
// may be A's and is rewritten only when its subject is the speaker ("he",
// "she").
func andThatClause(rest string) string {
	i := indexText(rest, " and that ")
	if i < 0 {
		return rest
	}
	head, tail := rest[:i], rest[i+len(" and that "):]
	if containsText(head, " that ") && !hasPrefixFold(tail, "he ") && !hasPrefixFold(tail, "she ") {
		return rest
	}
	if w, t, ok := strings.Cut(tail, " "); ok && (w == "he" || w == "she") {
		v, t2, _ := strings.Cut(t, " ")
		if p, ok := pastStances[v]; ok {
			tail = w + " " + p + " " + t2
		}
	}
	return head + " and " + presentTense(tail)
}

// pastStances are the verbs of a speaker's own stance in a reported
// clause, in the present: "he hoped to" is "he hopes to".
var pastStances = map[string]string{"hoped": "hopes", "wished": "wishes", "wanted": "wants", "intended": "intends",
	"looked": "looks", "expected": "expects"}

// speakerVerbs open a second clause whose subject is the speaker, not
// the reported clause's, after " and " (or " and also "): in "X stated
// that this year marks …, and expressed his wish to …", the wish is X's.
var speakerVerbs = []string{"expressed", "stated", "said", "added", "emphasized", "emphasised", "stressed", "underlined",
	"noted", "explained", "asked", "requested", "called", "mentioned", "indicated", "conveyed", "hoped", "sought"}

// speakerVerbIndex is where the first ",? and (also )?<speaker verb> " of
// s begins, or -1. It reads only the places where " and " stands (an
// expression tried from every position of each condensed sentence cost
// more than the rest of speakersOwnClause).
func speakerVerbIndex(s string) int {
	for i := 0; ; i++ {
		j := indexText(s[i:], " and ")
		if j < 0 {
			return -1
		}
		i += j
		w := strings.TrimPrefix(s[i+len(" and "):], "also ")
		for _, v := range speakerVerbs {
			if len(w) > len(v) && w[len(v)] == ' ' && strings.HasPrefix(w, v) {
				if i > 0 && s[i-1] == ',' {
					return i - 1
				}
				return i
			}
		}
	}
}

// ownActs are verbs of what a speaker does beside saying, which after
// " and " in a reported clause are the speaker's: "X noted that trade
// reached A and proposed B".
var ownActs = []string{"proposed", "suggested", "invited", "urged", "welcomed", "thanked", "reaffirmed", "reiterated",
	"highlighted", "praised", "pointed", "recalled", "briefed", "informed", "offered", "announced", "congratulated",
	"appreciated", "encouraged", "assured", "extended", "outlined", "underscored", "voiced", "raised", "affirmed",
	"commended", "acknowledged", "pledged", "promised", "agreed", "put", "gave", "spoke", "shared", "reviewed",
	"discussed", "presented", "confirmed", "proposing", "inviting", "urging"}

// keepsFrame reports whether the words reported after a frame ("X stated
// that …") run on into a second verb of the speaker's that
// speakersOwnClause does not cut at: " and proposed …" with no comma
// before it, or any such verb after a clause too short to stand alone.
// After "X: " that verb would read as the reported clause's subject's
// ("X: Trade reached A and proposed B"), so the frame must stay.
func keepsFrame(rest string) bool {
	m, _ := ownClauseIndex(rest)
	return m >= 0 && ownClauseCut(rest) == rest
}

// ownClauseIndex is where the first ",? and (also )?<verb> " of rest
// begins whose verb is a speaker's (speakerVerbs or ownActs), or -1, and
// whether that verb is one of saying.
func ownClauseIndex(rest string) (int, bool) {
	for i := 0; ; i++ {
		j := indexText(rest[i:], " and ")
		if j < 0 {
			return -1, false
		}
		i += j
		w := strings.TrimPrefix(rest[i+len(" and "):], "also ")
		for k, list := range [2][]string{speakerVerbs, ownActs} {
			for _, v := range list {
				if len(w) > len(v) && w[len(v)] == ' ' && strings.HasPrefix(w, v) {
					if i > 0 && rest[i-1] == ',' {
						return i - 1, k == 0
					}
					return i, k == 0
				}
			}
		}
	}
}

// ownClauseCut is rest cut before a second clause that is the speaker's
// own, when the reported clause before it is long enough to stand alone
// and the second clause is set off by a comma or opens with a verb of
// saying; otherwise rest.
func ownClauseCut(rest string) string {
	m, says := ownClauseIndex(rest)
	if m >= 30 && (says || rest[m] == ',') {
		return strings.TrimRight(rest[:m], " ,;") + "."
	}
	return rest
}

// speakersOwnClause cuts the words reported after "X: " back to the
// reported clause when a second clause that follows is the speaker's own
// ("…, and expressed his wish to …"): run together after "X:", that clause
// would read as said of the reported clause's subject. A second clause of
// the reported subject ("he would visit …, and invite …") is kept.
func speakersOwnClause(rest string) string {
	return ownClauseCut(rest)
}

var (
	// openerRE is a linking phrase that opens a sentence.
	openerRE = lazyRegexp(`^(?:In response(?: to (?:this|that))?|In reply|(?:During|In|At) the (?:meeting|call|talks?|conversation|discussions?|telephone (?:call|conversation))|In addition|Additionally|Furthermore|Moreover|Also|Then|Meanwhile|In this regard|In this context|To conclude|Finally|In closing|At the (?:outset|beginning|start|onset)(?: of [^,]{1,40})?),\s+`)
	// pluralSubjectRE is the two sides as a sentence's subject.
	pluralSubjectRE = lazyRegexp(`^(?:(?:The two|Both|The) (?:leaders|[Mm]inisters|[Ff]oreign [Mm]inisters|Prime Ministers|Presidents|sides|heads of (?:government|state)|[Cc]ounterparts)|They)\b`)
	// jointRE is a joint commitment: "The two leaders confirmed that they
	// would", "The Ministers agreed that Japan and Australia would".
	jointRE = lazyRegexp(`^(?:(?:The two|Both|The) (?:leaders|[Mm]inisters|[Ff]oreign [Mm]inisters|Prime Ministers|Presidents|sides|heads of (?:government|state)|[Cc]ounterparts)|They)(?: also| once again| further)? (?:confirmed|agreed|concurred|affirmed|reaffirmed|decided|shared the view|shared the recognition)(?: that)? (?:(they|the two countries|both countries|both sides|the two sides|[A-Z][\p{L}.-]+(?: [A-Z][\p{L}.-]+)? and (?:the )?[A-Z][\p{L}.-]+(?: [A-Z][\p{L}.-]+)?) )?(?:would|will)\b`)
)

// findJoint is jointRE.FindStringSubmatchIndex(s), tried only when s has
// " would" or " will", as each match does.
func findJoint(s string) []int {
	if !containsText(s, " would") && !containsText(s, " will") {
		return nil
	}
	return jointRE.FindStringSubmatchIndex(s)
}

// openerWords are the first words of openerRE's matches.
var openerWords = setOf("In", "During", "Additionally,", "Furthermore,", "Moreover,", "Also,", "Then,", "Meanwhile,", "To", "Finally,", "At")

// dropInvocation drops the blessing a royal court's release writes after
// its sovereign's name: "King Mohammed VI, may God assist Him, received"
// is "King Mohammed VI received".
func dropInvocation(s string) string {
	i := indexText(s, ", may God ")
	if i < 0 {
		return s
	}
	rest := s[i+len(", may God "):]
	j := strings.IndexByte(rest, ',')
	if j < 0 || j > 30 || !slices.ContainsFunc(strings.Fields(rest[:j]), func(w string) bool { return w == "him" || w == "Him" || w == "her" || w == "Her" }) {
		return s
	}
	return s[:i] + rest[j:][1:]
}

// dropSpokesFrame drops a spokesperson's frame, which is the page's own
// voice and no statement of a side: "Ambassador X, Spokesman for the
// Presidency, stated that President Y received a call from …" reports
// "President Y received a call from …", and "The Spokesman said that the
// call addressed …" reports "The call addressed …".
func dropSpokesFrame(s string) string {
	i := indexText(s[:min(len(s), 120)], "pokes")
	if i < 2 || s[i-1] != 'S' && s[i-1] != 's' || len(strings.Fields(s[:i])) > 8 {
		return s
	}
	for _, v := range spokesVerbs {
		if j := indexText(s[i:min(len(s), i+100)], v); j > 0 {
			if rest := s[i+j+len(v):]; len(rest) > 30 {
				return upperFirst(rest)
			}
		}
	}
	return s
}

// spokesVerbs end a spokesperson's frame.
var spokesVerbs = []string{" stated that ", " said that ", " announced that ", " noted that ", " added that ", " indicated that ",
	" explained that ", " reported that "}

// dropOpener removes a linking opener: "In response, X said" gives "X said".
func dropOpener(s string) string {
	if !openerWords[nextWord(s)] {
		return s
	}
	if end := openerEnd(s); end >= 0 && end < len(s) {
		return upperFirst(s[end:])
	}
	return s
}

// compactSpeaker gives the short form of a speaker: "Prime Minister
// Kishida" gives "Kishida", "Foreign Minister HAYASHI" gives "Hayashi",
// "The Prime Minister" stays. It is "" for the two sides together.
func compactSpeaker(subj string) string {
	if pluralSubjRE.MatchString(subj) {
		return ""
	}
	var buf [32]string
	words := fieldsInto(buf[:0], subj)
	var name []string
	for _, w := range words {
		if titleVocab[w] || w == "The" || w == "the" || w == "of" || w == "for" {
			continue
		}
		// "The PCS noted that …", "the PS said …": a short word in
		// capitals after "the" is an office's initials, no family name
		// in capitals ("KISHIDA").
		if isUpperName(w) && !(len(words) == 2 && (words[0] == "The" || words[0] == "the") && len(w) <= 5) {
			w = titleWord(w)
		}
		name = append(name, w)
	}
	if len(name) == 0 {
		return subj
	}
	return strings.Join(name, " ")
}

// leadingName returns the capitalized words (at most five) that open s.
func leadingName(s string) string {
	end, n := 0, 0
	for i := 0; i <= len(s) && n < 5; {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		if j == 0 || !isCapWord(s[i:i+j]) {
			break
		}
		end, n = i+j, n+1
		if strings.HasSuffix(s[i:i+j], ":") {
			end--
			break
		}
		i += j + 1
	}
	return s[:end]
}

// offices are the offices compactTitles drops before a surname, longest
// first.
var offices = [...]string{"Prime Minister", "Foreign Minister", "Secretary of State", "Minister", "President",
	"Chancellor", "Secretary", "Ambassador", "Senator"}

// officesSpaced are offices, each with the space that follows it.
var officesSpaced = func() []string {
	out := make([]string, len(offices))
	for i, o := range offices {
		out[i] = o + " "
	}
	return out
}()

// officePrefixes may precede an office: "Deputy Secretary".
var officePrefixes = setOf("Deputy", "Vice", "First", "Chief", "State", "Foreign", "Federal")

// officeQualifiers qualify an office before it.
var officeQualifiers = setOf("former", "acting", "interim", "late", "then", "outgoing", "incoming", "Former", "Acting", "Interim")

// compactTitles shortens offices before names: "Prime Minister Kishida
// welcomed President Joe Biden" gives "Kishida welcomed Joe Biden". A
// country's office ("French Foreign Minister Catherine Colonna") keeps
// its name whole, a hyphenated office ("Vice-Minister") goes whole, and
// a surname in capitals gets normal ones.
func compactTitles(s string) string {
	if !containsAny(s, "Minister ", "President ", "Chancellor ", "Secretary ", "Ambassador ", "Senator ") {
		return s
	}
	var b strings.Builder
	last := 0
	var next officesNext
	for i := 0; i < len(s); {
		start, end := next.officeAt(s, i)
		if start < 0 {
			break
		}
		i = end
		// The name: up to three capitalized words or initials, and ", Jr.".
		var buf [3]string
		words := firstFields(s[end:min(len(s), end+80)], buf[:0])
		n, nameEnd := 0, end
		for n < len(words) && n < 3 && (isCapWord(words[n]) && !titleVocab[trimPunct(words[n])] || isInitial(words[n])) {
			nameEnd = indexText(s[nameEnd:], words[n]) + nameEnd + len(words[n])
			n++
			if strings.ContainsAny(words[n-1][len(words[n-1])-1:], ",.;:") && !isInitial(words[n-1]) {
				break
			}
		}
		if n == 0 {
			continue
		}
		nameText := strings.TrimRight(s[end:nameEnd], ",.;:")
		nameEnd = end + len(nameText)
		if strings.HasPrefix(s[nameEnd:], ", Jr.") {
			nameEnd += len(", Jr.")
		}
		// More capitals follow: a longer name or a title; leave it.
		if rest := s[nameEnd:]; strings.HasPrefix(rest, " ") && isCapWord(nextWord(rest[1:])) {
			continue
		}
		// "Counselor to the President Emmanuel Bonne": the office ends a
		// longer title, which stays whole.
		if before := s[:start]; strings.HasSuffix(before, " to the ") || strings.HasSuffix(before, " of the ") || strings.HasSuffix(before, " for the ") {
			continue
		}
		// "former Foreign Minister Le Drian", "acting President X": a word
		// that qualifies the office keeps it ("former Le Drian" says
		// nothing).
		if officeQualifiers[lastWord(s[:start])] {
			continue
		}
		// "French Foreign Minister Colonna" keeps its country's office;
		// "… of Estonia, President Levits" is another name of a list.
		// ("European Council President Costa": a body's office too.)
		if before := lastWord(s[:start]); before != "" && !strings.HasSuffix(before, ",") && (strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "'s") ||
			isCapWord(before) && (institutionWords[before] || len(findCountries(before)) > 0)) {
			continue
		}
		// "Senior Minister Lee Hsien Loong", "General Secretary Trong":
		// words of a title before the office, not among its prefixes,
		// make a longer office, which goes whole ("Senior Lee" and
		// "General Trong" were left).
		for w := lastWord(s[:start]); titleVocab[w] && start > len(w) && s[start-1] == ' ' && start-1-len(w) >= last; w = lastWord(s[:start]) {
			start -= len(w) + 1
		}
		// ("His Excellency Minister of Foreign Affairs X": a style before
		// the office goes with it.)
		for _, st := range []string{"His Excellency ", "Her Excellency ", "H.E. "} {
			if start-len(st) >= last && s[start-len(st):start] == st {
				start -= len(st)
				break
			}
		}
		surname := lastWord(nameText)
		if titleVocab[surname] {
			continue
		}
		// "attended by the Minister of Foreign Affairs George
		// Gerapetritis": the article goes with the office.
		if start-4 >= last && (s[start-4:start] == "the " || s[start-4:start] == "The ") && (start == 4 || s[start-5] == ' ') {
			start -= 4
		}
		// The name as written, without the office: "Hun Sen" keeps both
		// words; "KISHIDA" gets normal capitals. (nameText holds no ", Jr.":
		// its end was trimmed of "." and the suffix is past nameEnd.)
		name := nameText
		if isUpperName(name) {
			name = titleWord(name)
		}
		b.WriteString(s[last:start])
		b.WriteString(name)
		last = nameEnd
		i = nameEnd
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// firstFields appends to dst the first cap(dst) words of s as
// strings.Fields splits them, without splitting the rest.
func firstFields(s string, dst []string) []string {
	for i := 0; i < len(s) && len(dst) < cap(dst); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		dst = append(dst, s[i:j])
		i = j
	}
	return dst
}

// officesNext remembers, for one text read from left to right, where each
// office (with its space) next stands: at[k] is 2 + the offset of the
// first officesSpaced[k] at or after the offset last looked from, 1 when
// there is none there (nor any further on), 0 when not looked for.
type officesNext struct{ at [len(offices)]int }

// officeAt finds the next office at or after i, with its prefixes:
// [start, end) where end is past the space after it; -1 when none. Calls
// on one text with n are made with i no smaller than the last call's: an
// office found at or after i is found again without a search, and one
// absent from the rest of s is not looked for again.
func (n *officesNext) officeAt(s string, i int) (start, end int) {
	best, bestEnd := -1, -1
	for k, o := range offices {
		j := n.at[k] - 2
		if j == -2 || 0 <= j && j < i {
			if j = indexText(s[i:], officesSpaced[k]); j >= 0 {
				j += i
			}
			n.at[k] = j + 2
		}
		if j < 0 {
			continue
		}
		end := j + len(o) + 1
		if j > 0 && isWordByte(s[j-1]) {
			continue
		}
		// "Vice-Minister Sato": the hyphenated office is one, dropped
		// whole (dropping "Minister" alone left "Vice-Sato"); after
		// another hyphenated word it is no office.
		if j > 0 && s[j-1] == '-' {
			w := lastWord(s[:j-1])
			if !officePrefixes[w] || j-1 < len(w) {
				continue
			}
			j -= len(w) + 1
		}
		if best < 0 || j < best || j == best && end > bestEnd {
			best, bestEnd = j, end
		}
	}
	if best < 0 {
		return -1, -1
	}
	// "Minister for Foreign Affairs Balakrishnan": the portfolio after
	// the office is the office's.
	bestEnd += portfolioAt(s[bestEnd:])
	for {
		w := lastWord(s[:best])
		if !officePrefixes[w] || best < len(w)+1 {
			break
		}
		best -= len(w) + 1
	}
	return best, bestEnd
}

// isInitial reports whether w is an initial: "R.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && 'A' <= w[0] && w[0] <= 'Z'
}

// frameWords are the words in lower case that frameRE's opener, subject
// and adverb may hold before its verb.
var frameWords = setOf("of", "the", "two", "response", "response,", "reply", "reply,", "closing", "closing,",
	"also", "further", "then", "again", "firmly", "strongly")

// mayOpenFrame is a cheap test before frameRE on a sentence whose first
// frame verb follows pre: false only when a word of pre can be none of
// the frame's (a name's capitalized words, "of", "the", the word after
// "Both" or "The two", an opener's or an adverb's words).
func mayOpenFrame(pre string) bool {
	prev := ""
	for i := 0; i < len(pre); {
		j := strings.IndexByte(pre[i:], ' ')
		if j < 0 {
			j = len(pre) - i
		}
		w := pre[i : i+j]
		i += j + 1
		if w != "" && !('A' <= w[0] && w[0] <= 'Z') && !frameWords[w] && prev != "Both" && prev != "two" {
			return false
		}
		prev = w
	}
	return true
}

// frameEnd bounds the end of a frameRE match after the space before its
// verb: the longest verb, "expressed their expectation that", then " that,
// " (the expression's backtracking memory grows with the text it reads).
const frameEnd = 1 + len("expressed their expectation that") + len(" that, ")

// firstFrameVerb returns the offset of the first of frameVerbs in s, or -1.
func firstFrameVerb(s string) int {
	s = s[:min(len(s), 200)]
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return -1
		}
		at := i + j
		k := at + 1
		for k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
			k++
		}
		if k-at > 4 && frameVerbWords[s[at+1:k]] {
			return at
		}
		i = at + 1
	}
	return -1
}

// frameVerbWords are the words of frameVerbs.
var frameVerbWords = setOf("stated", "said", "noted", "explained", "emphasized", "emphasised", "stressed", "highlighted",
	"underscored", "underlined", "pointed", "mentioned", "indicated", "added", "remarked", "conveyed", "expressed")

// presentTense undoes the backshift of reported speech in its first verb:
// "would like to" becomes "wants to" (or "want to"), "would" becomes "will".
func presentTense(s string) string {
	want := "wants to"
	if pluralSubjRE.MatchString(s) {
		want = "want to"
	}
	if i := indexWord(s, "would like to"); i >= 0 {
		return s[:i] + want + s[i+len("would like to"):]
	}
	if i := indexWord(s, "would"); i >= 0 {
		// A verb coordinated with it shares its subject and its tense:
		// "Japan would provide X and would continue Y".
		return strings.ReplaceAll(s[:i]+"will"+s[i+len("would"):], " and would ", " and will ")
	}
	return s
}

// indexWord returns the offset of the first w in s that stands between
// ASCII word boundaries, as the expression `\bw\b` finds it, or -1. w must
// begin and end with a word character.
func indexWord(s, w string) int {
	for k := range occurrences(s, w) {
		if (k == 0 || !isWordByte(s[k-1])) && (k+len(w) == len(s) || !isWordByte(s[k+len(w)])) {
			return k
		}
	}
	return -1
}

// isWordByte reports whether c is an ASCII word character, as `\b` sees it.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// partOfStarts are the openings one of which every match of partOfRE has.
var partOfStarts = []string{"as ", "in terms of", "with regard to", "regarding"}

// midFrameVerbs are the verbs of a second clause's frame: "X spoke of Y
// and (also) stated that Z".
var midFrameVerbs = []string{"stated", "said", "noted", "explained"}

// findMidFrame returns [start, end) of the first "and (also) <verb> that "
// of s that begins a word, or nil (the expression `\band (?:also
// )?(?:stated|said|noted|explained) that ` reads, tried from every
// position), reading only where "and " stands.
func findMidFrame(s string) []int {
	for at := range occurrences(s, "and ") {
		if at > 0 && isWordByte(s[at-1]) {
			continue
		}
		rest := strings.TrimPrefix(s[at+len("and "):], "also ")
		for _, v := range midFrameVerbs {
			if strings.HasPrefix(rest, v) && strings.HasPrefix(rest[len(v):], " that ") {
				return []int{at, len(s) - len(rest) + len(v) + len(" that ")}
			}
		}
	}
	return nil
}

// compactAcronyms replaces a long name followed by its acronym with the
// acronym: "Ayeyarwady-Chao Phraya-Mekong Economic Cooperation Strategy
// (ACMECS) Development Fund" becomes "ACMECS Development Fund".
func compactAcronyms(s string) string {
	if !hasAcronymParen(s) {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		j := indexText(s[i:], " (")
		if j < 0 {
			break
		}
		open := i + j + 1
		i = open + 1
		n := 0
		for open+1+n < len(s) && n < 12 && isAcronymByte(s[open+1+n], n) {
			n++
		}
		if n < 2 || open+1+n >= len(s) || s[open+1+n] != ')' {
			continue
		}
		acr := s[open+1 : open+1+n]
		start := nameStartBefore(s[last:open-1], acr[0])
		if start < 0 || open-1-(last+start) < 40 {
			continue
		}
		b.WriteString(s[last : last+start])
		b.WriteString(acr)
		last = open + 1 + n + 1
		i = last
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nameStartBefore returns where the name that ends s begins: the first of
// its capitalized words ("and", "for", "of", "the", "on" and "in" may join
// them) that begins with letter c; -1 when none does. "Japan and the
// Southeast Asia Regional Programme" with 'S' gives the offset of
// "Southeast".
func nameStartBefore(s string, c byte) int {
	start, prev := -1, -1 // the name's first word, and the one found before it
	for end := len(s); end > 0; {
		k := strings.LastIndexByte(s[:end], ' ') + 1
		w := s[k:end]
		switch {
		case w == "":
			return start
		case 'A' <= w[0] && w[0] <= 'Z':
			if strings.ContainsAny(w, ",;:.()") && end != len(s) {
				return start
			}
			// "Secretary General of the Cooperation Council … (GCC)":
			// the office's "General" is no part of the body's name.
			if officeHeads[w] {
				if start == end+1 && prev != start {
					return prev
				}
				return start
			}
			if w[0] == c {
				prev = start
				start = k
			}
		case w == "and" || w == "for" || w == "of" || w == "the" || w == "on" || w == "in":
		default:
			return start
		}
		if k == 0 {
			return start
		}
		end = k - 1
	}
	return start
}

// officeHeads open an office whose next word ("Secretary General",
// "Director General") may begin like a body's name after it.
var officeHeads = setOf("Secretary", "Director", "Secretary-General", "Director-General")

// hasAcronymParen is a cheap test before acronymRE: whether s holds a
// space followed by an acronym in brackets, "(ASEAN)".
func hasAcronymParen(s string) bool {
	for k := range occurrences(s, "(") {
		if k == 0 || !isRESpace(s[k-1]) {
			continue
		}
		n := 0
		for k+1+n < len(s) && n < 12 && isAcronymByte(s[k+1+n], n) {
			n++
		}
		if n >= 2 && k+1+n < len(s) && s[k+1+n] == ')' {
			return true
		}
	}
	return false
}

// isAcronymByte reports whether c can be the nth character of an acronym
// as acronymRE reads it: a capital, then capitals, digits or "&".
func isAcronymByte(c byte, n int) bool {
	if 'A' <= c && c <= 'Z' {
		return true
	}
	return n > 0 && ('0' <= c && c <= '9' || c == '&')
}

// isRESpace reports whether c is in the class `\s` of regular expressions.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isPronoun(s string) bool {
	switch lowerText(s) {
	case "he", "she", "they", "it", "we":
		return true
	}
	return false
}

// features are what scoring needs to know about a sentence.
type features struct {
	money, anniversary, agreement, strong, courtesy, response bool
}

// wordClass classifies a lower-case word: agreement words ("agreed",
// "confirmed", "will"), of which some are strong ("agreed", "signed"), and
// courtesy words ("thanked", "congratulated").
func wordClass(w []byte) (agreement, strong, courtesy bool) {
	// (A switch on string(w) compares without making the string.)
	switch string(w) {
	case "agreed", "concurred", "consented", "signed", "reaffirmed", "decided":
		return true, true, false
	case "confirmed", "committed", "affirmed", "announced", "launched", "will":
		return true, false, false
	case "gratitude", "thanked", "thanks", "condolences", "hospitality":
		return false, false, true
	}
	return false, false, len(w) >= len("congratulat") && string(w[:len("congratulat")]) == "congratulat"
}

// sentenceFeaturesWith is sentenceFeatures with results remembered in c.
func sentenceFeaturesWith(s string, c *sentCache) features {
	var f features
	f.money = len(c.findMoney(s)) > 0
	f.anniversary = len(c.anniversaryOrdinals(s)) > 0
	f.agreement, f.strong, f.courtesy = wordFeatures(s)
	// "The meeting was attended by …" names who came, not what was said:
	// it weighs as a courtesy does.
	f.courtesy = f.courtesy || attendanceOpening(s)
	f.response = isResponse(s)
	return f
}

// wordFeatures tells whether s holds agreement words, strong ones and
// courtesies (see wordClass).
func wordFeatures(s string) (agreement, strong, courtesy bool) {
	// Words are runs of ASCII letters, compared in lower case. No word
	// wordClass knows is longer than 16 letters, so a longer word is cut
	// (which keeps its "congratulat" prefix).
	var buf [16]byte
	phrase := false
	prev := "" // the word before, as written
	for i := 0; i < len(s); {
		for i < len(s) && !isLetter(s[i]) {
			i++
		}
		j, n := i, 0
		for j < len(s) && isLetter(s[j]) {
			if n < len(buf) {
				buf[n] = lowerByte(s[j])
				n++
			}
			j++
		}
		word := s[i:j]
		i = j
		if n == 0 {
			continue
		}
		a, st, co := wordClass(buf[:n])
		agreement = agreement || a
		strong = strong || st
		courtesy = courtesy || co
		if !phrase && n >= phraseTailMin && phraseTailFirst[buf[0]] {
			phrase = endsPhrase(prev, buf[:n])
		}
		prev = word
	}
	if !phrase {
		// No two words end one of the phrases below: none is there.
		return agreement, strong, courtesy
	}
	if containsFold(s, "joint statement") {
		agreement, strong = true, true
	}
	if containsFold(s, "warm welcome") || containsAnyFold(s, closers) {
		courtesy = true
	}
	return agreement, strong, courtesy
}

// phraseEnds are the last two words of each phrase wordFeatures looks
// for ("joint statement", "warm welcome" and the closers): a sentence
// holds one of the phrases only if a word of it begins with a phrase's
// last word and the word before ends with the word before that.
var phraseEnds = func() [][2]string {
	var ends [][2]string
	for _, p := range append([]string{"joint statement", "warm welcome"}, closers...) {
		w := strings.Fields(p)
		if e := [2]string{w[len(w)-2], w[len(w)-1]}; !slices.Contains(ends, e) {
			ends = append(ends, e)
		}
	}
	return ends
}()

// phraseEndsBy holds phraseEnds by the first letter of their last word.
var phraseEndsBy = func() (by [256][][2]string) {
	for _, e := range phraseEnds {
		by[e[1][0]] = append(by[e[1][0]], e)
	}
	return by
}()

// phraseTailFirst marks the first letters of phraseEnds' last words, and
// phraseTailMin is the length of the shortest: most words are ruled out
// by these two tests alone.
var phraseTailFirst, phraseTailMin = func() (first [256]bool, least int) {
	least = 1 << 30
	for _, e := range phraseEnds {
		first[e[1][0]] = true
		least = min(least, len(e[1]))
	}
	return first, least
}()

// endsPhrase reports whether the lower-case word w begins with the last
// word of one of phraseEnds and prev, as written, ends with the word
// before it (in any case).
func endsPhrase(prev string, w []byte) bool {
	for _, e := range phraseEndsBy[w[0]] {
		if len(w) >= len(e[1]) && string(w[:len(e[1])]) == e[1] &&
			len(prev) >= len(e[0]) && hasPrefixFold(prev[len(prev)-len(e[0]):], e[0]) {
			return true
		}
	}
	return false
}

// closers are the courtesies that end a readout: "agreed to stay in
// touch", "looked forward to speaking again".
var closers = []string{"stay in touch", "stay in close touch", "stay in contact", "speak again", "speaking again",
	"looked forward to seeing", "look forward to seeing", "looked forward to meeting", "keep in touch"}

// responseStarts are the openings responseRE matches.
var responseStarts = []string{"In response", "In reply", "Responding"}

// isResponse is responseRE.MatchString(s) without the expression.
func isResponse(s string) bool {
	for _, p := range responseStarts {
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !isWordByte(s[len(p)])) {
			return true
		}
	}
	return false
}

// analyzed is a section's text split into sentences, with their features.
type analyzed struct {
	sents    []string
	feats    []features
	resolved []string // the sentences with "He"/"She" replaced by the speaker
	// reports is the first of the third and fourth sentences that
	// reports the meeting (holds a verb of meeting or travel) when the
	// first two do not; -1 when none does, -2 when the first two do.
	reports int
}

func analyze(text string, c *sentCache) analyzed {
	a := analyzed{sents: sectionSentences(text, c), reports: -1}
	a.feats = make([]features, len(a.sents))
	a.resolved = make([]string, len(a.sents))
	name := "" // the leading name of the last sentence that had one
	for i, s := range a.sents {
		a.feats[i] = sentenceFeaturesWith(s, c)
		a.resolved[i] = s
		// The meeting is reported at the start of a section: its day,
		// which the post shows, goes (also from a later sentence that is
		// the first to report it, after a paragraph of background).
		if i < 2 {
			a.resolved[i] = dropVenueBeforeGuest(dropCommaDate(dropClockTime(dropMeetingTime(dropBracketDate(s)))))
		} else if i < 4 && a.reports == -1 {
			if i == 2 && (dayVerbSet.in(a.sents[0]) || dayVerbSet.in(a.sents[1])) {
				a.reports = -2 // the first two report it
			} else if dayVerbSet.in(s) {
				a.resolved[i] = dropClockTime(dropMeetingTime(s))
				a.reports = i
			}
		}
		rest := s
		if openerWords[nextWord(s)] {
			rest = dropOpener(s)
		}
		switch w := nextWord(rest); {
		case w == "He" || w == "She":
			if sp := compactSpeaker(name); name != "" && sp != "" && !isPronoun(sp) && len(strings.Fields(sp)) <= 3 {
				a.resolved[i] = sp + rest[len(w):]
			}
		case isCapWord(w) && !commonCaps[w] && !unnamed[w] && !notNames[w] && w != "Both":
			name = leadingName(rest)
		}
	}
	return a
}

// paragraphText is a paragraph without the number a list item glues to
// its first word: "(1)The Ministers confirmed …" is "The Ministers
// confirmed …".
func paragraphText(p string) string {
	if len(p) < 4 || p[0] != '(' {
		return p
	}
	i := 1
	for i < len(p) && i < 3 && '0' <= p[i] && p[i] <= '9' {
		i++
	}
	if i == 1 || i >= len(p) || p[i] != ')' {
		return p
	}
	return strings.TrimLeft(p[i+1:], " ")
}

// sectionSentences splits a section's text into sentences in order,
// without the publisher's notes on the text ("The foregoing is a
// provisional translation.").
func sectionSentences(text string, c *sentCache) []string {
	var out []string
	paras := strings.Split(text, "\n")
	for i := 0; i < len(paras); i++ {
		sents := c.splitSentences(paragraphText(paras[i]))
		// "The two ministers agreed to:" over its items ("- strengthen
		// political dialogue;", "- expand trade;"): one sentence, "The
		// two ministers agreed to strengthen political dialogue and
		// expand trade.", where the lead-in alone says nothing and an
		// item alone is no sentence.
		if n := len(sents); n > 0 && strings.HasSuffix(sents[n-1], ":") {
			var items []string
			j := i + 1
			for ; j < len(paras); j++ {
				it, ok := listItemText(paras[j])
				if !ok {
					break
				}
				items = append(items, it)
			}
			// (Items that open with a capital are names, of attendees
			// as a rule: "Participants included: - Governor X, …".)
			if len(items) > 0 && lowerItems(items) {
				sents = append(sents[:n-1:n-1], joinItems(strings.TrimSuffix(sents[n-1], ":"), items))
				i = j - 1
			}
		}
		for _, s := range sents {
			if !isEditorsNote(s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// listItemText returns the text of a list's item ("- expand trade;",
// "• expand trade,") without its bullet and the punctuation that ends
// it; ok is false for a line that is no item.
func listItemText(p string) (string, bool) {
	for _, b := range []string{"- ", "• ", "– ", "— ", "· ", "* "} {
		if rest, ok := strings.CutPrefix(p, b); ok {
			rest = strings.TrimSpace(rest)
			rest = strings.TrimSuffix(strings.TrimSuffix(rest, " and"), "; and")
			return strings.TrimRight(rest, ";,. "), rest != ""
		}
	}
	return "", false
}

// lowerItems reports whether most items open with a small letter, as
// the clauses of "agreed to:" do.
func lowerItems(items []string) bool {
	n := 0
	for _, it := range items {
		if r, _ := utf8.DecodeRuneInString(it); unicode.IsLower(r) {
			n++
		}
	}
	return 2*n > len(items)
}

// joinItems writes a lead-in and its list's items as one sentence: "A
// agreed to x, y and z."
func joinItems(lead string, items []string) string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(lead))
	for i, it := range items {
		switch {
		case i == 0:
			b.WriteByte(' ')
		case i == len(items)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(it)
	}
	b.WriteByte('.')
	return b.String()
}

// editorsNotes are what a publisher's note on the text says.
var editorsNotes = []string{"provisional translation", "date indicated above", "above date denotes",
	"original press release", "unofficial translation"}

// isEditorsNote reports whether s is a note on the text, not on the
// meeting: "The date indicated above denotes the date of issue of the
// original press release in Japanese."
func isEditorsNote(s string) bool {
	// Each note names a translation, the date above or the release.
	if len(s) >= 200 || !containsText(s, "translation") && !containsText(s, "above") && !containsText(s, "release") {
		return false
	}
	return containsAny(s, editorsNotes...)
}

// summarizeAnalyzed chooses the sentence of a section that carries the
// most (key facts, commitments, money, anniversaries; not courtesies),
// condensed (shortenFrame) and, when longer than limit, cut back to a
// complete clause. It never cuts a sentence with "…": a sentence that
// cannot be brought under maxSummary is passed over.
func summarizeAnalyzed(a analyzed, limit int, c *sentCache) string {
	return summarizeCovering(a, limit, 0, c, nil)
}

// summarizeAt is summarizeCovering choosing sentence i of a, condensed
// and fitted as summarizeCovering would; "" when it cannot be a summary.
func summarizeAt(a analyzed, i, limit, room int, c *sentCache, cv *coverage) string {
	if s := bestOf(a, limit, room, []int{i}, c, cv); s != "" {
		return itemCapital(s)
	}
	return itemCapital(bestOf(a, maxSummary, room, []int{i}, c, cv))
}

// itemCapital gives a capital to a summary that opens in lower case, as
// an item of a list does ("cooperation on border stability …", an item
// of "The two sides discussed:"), unless its first word is a name's
// particle ("de la Fuente", "al-Shaibani").
func itemCapital(s string) string {
	if s == "" || !('a' <= s[0] && s[0] <= 'z') {
		return s
	}
	w := nextWord(s)
	if strings.ContainsAny(w, "-'’") || nameParticles[w] || summaryParticles[w] {
		return s
	}
	return upperFirst(s)
}

// summaryParticles open a name in lower case, beside nameParticles.
var summaryParticles = setOf("das", "do", "bin", "ibn", "al", "el", "ben")

// summarizeCovering is summarizeAnalyzed preferring a sentence that names
// the principals and sides cv holds, which no summary names yet, and one
// that leaves room (the characters left to the readout's summaries and
// key points; 0 for no limit) to the key points.
func summarizeCovering(a analyzed, limit, room int, c *sentCache, cv *coverage) string {
	return itemCapital(summarizeCoveringAny(a, limit, room, c, cv))
}

// summarizeCoveringAny is summarizeCovering before the capital.
func summarizeCoveringAny(a analyzed, limit, room int, c *sentCache, cv *coverage) string {
	n := 3
	if s := bestSentence(a, limit, room, n, c, cv); s != "" {
		return s
	}
	if s := bestSentence(a, maxSummary, room, n, c, cv); s != "" {
		return s
	}
	// None of the most promising fits: any sentence that does.
	if s := bestSentence(a, maxSummary, room, len(a.sents), c, cv); s != "" {
		return s
	}
	// A list item or a line that is no sentence ("St. Louis, MO") is its
	// own summary when short.
	if t := strings.Join(a.sents, " "); runeCount(t) <= maxSummary {
		// "… along the common border;": a point of a list ends the
		// summary as a sentence does.
		if u := strings.TrimRight(t, ";, "); u != t && strings.Count(u, " ") >= 4 {
			t = u + "."
		}
		return t
	}
	// Only long sentences: the first clause of two joined by ", and"
	// ("X hopes to work with Y on …, and continue to …"), or the opening
	// clause of the first, up to a colon, semicolon or dash.
	for _, sent := range a.resolved {
		short := c.shortenFrame(sent)
		if i := indexText(short, ", and "); i >= 40 && runeCount(short[:i]) < maxSummary &&
			endsSentence(short) && joinsVerb(short[i+len(", and "):]) && clauseEnds(short[:i]) {
			return strings.TrimSuffix(short[:i], ".") + "."
		}
	}
	for _, sent := range a.sents {
		short := c.shortenFrame(sent)
		for _, br := range []string{": ", "; ", " – ", " — "} {
			if i := indexText(short, br); i >= 40 && runeCount(short[:i]) < maxSummary {
				return strings.TrimRight(short[:i], " ,") + "."
			}
		}
	}
	return ""
}

// bestSentence is summarizeAnalyzed for one limit, choosing among the n
// most promising sentences; "" when no sentence
// fits. A sentence that fits only maxSummary competes at a cost.
func bestSentence(a analyzed, limit, room, n int, c *sentCache, cv *coverage) string {
	return bestOf(a, limit, room, topSentences(a, n, c), c, cv)
}

// bestOf is bestSentence choosing among the sentences idx.
func bestOf(a analyzed, limit, room int, idx []int, c *sentCache, cv *coverage) string {
	best, bestScore := "", 0
	for _, i := range idx {
		sent := a.resolved[i]
		for _, alt := range c.sentenceForms(sent) {
			cost := 0
			short, ok := c.fitSentence(alt, limit)
			if !ok && limit < maxSummary {
				short, ok = c.fitSentence(alt, maxSummary)
				// Past the section's room: the more, the dearer.
				cost = 8 + (len(short)-limit)/20
			}
			if !ok {
				continue
			}
			if short != alt {
				// Cut before its topics ("… to discuss bilateral and
				// regional matters, including …"), a purpose names none.
				short = dropVaguePurpose(short)
			}
			// Weigh what the reader gets: the facts and money of the
			// condensed form.
			f := a.feats[i]
			f.money = f.money && mayHoldMoney(short)
			f.anniversary = f.anniversary && strings.ContainsAny(short, "0123456789")
			if (short != sent && len(short) < len(sent)*3/4 || alt != sent && len(alt) < len(sent)*3/4) && (f.agreement || f.courtesy) {
				// A clause of the sentence: its own commitments.
				f.agreement, f.strong, f.courtesy = c.wordFeatures(short)
			}
			// More than the readout's room left takes the key points'.
			if over := runeCount(short) - room; room > 0 && over > 0 {
				cost += 4 + over/5
			}
			score := (sentenceScore(short, f, c)+2*cv.gain(short)-cv.known(short, c))*4 - len(short)/40 - cost
			if i == 0 {
				score += 6
			}
			// "The EU was represented by …, Canada by …": who came, which
			// the post's header shows, is a summary only when nothing
			// else is.
			if representedBy(sent) {
				score -= 40
			}
			if best == "" || score > bestScore {
				best, bestScore = short, score
			}
		}
	}
	return best
}

// sentenceForms is sentenceForms(s), remembered.
func (c *sentCache) sentenceForms(s string) []string {
	if c == nil {
		return sentenceForms(s, nil)
	}
	return remember(c.forms, s, func(s string) []string { return sentenceForms(s, c) })
}

// sentenceForms are the condensed sentence and, when it joins a second
// clause of the same speaker with "and" ("Kishida stated that Japan would
// support …, and announced an ODA loan of …"), that clause on its own
// ("Kishida announced an ODA loan of …").
func sentenceForms(sent string, c *sentCache) []string {
	forms := []string{c.shortenFrame(sent)}
	// "Biden spoke with Merkel of Germany, conveying his desire to deepen
	// relations …": the meeting reported without the manner of it.
	if short := withoutParticiple(forms[0]); short != "" {
		forms = append(forms, short)
	}
	if !containsText(sent, " and ") {
		return forms
	}
	// The two sides as the subject: "The two ministers exchanged views on
	// Myanmar and confirmed that they would …" also gives its second
	// clause alone, condensed: "Both will …".
	if m := pluralSubjectRE.FindStringIndex(dropOpener(sent)); m != nil {
		for _, v := range jointVerbs {
			if i := indexText(sent, v); i > 0 {
				// "… the negotiations … and concurred to aim for its early
				// signing": alone, the clause does not say what "its" is.
				if rest := sent[i+len(" and "):]; !containsAny(rest, " its ", " it ", " this ", " these ", " them ", " that end") {
					forms = append(forms, c.shortenFrame("They "+rest))
				}
				break
			}
		}
	}
	if !containsText(sent, ", and ") {
		return forms
	}
	speaker := compactSpeaker(leadingName(dropOpener(sent)))
	if speaker == "" || isPronoun(speaker) || commonCaps[speaker] || unnamed[speaker] || isDemonym(speaker) {
		// "The two leaders …, and confirmed …": no one's name; "the
		// Iranian foreign minister …, and briefed …" names no one either.
		return forms
	}
	for i := indexText(sent, " and "); i >= 0; {
		rest := sent[i+5:]
		if w := nextWord(rest); len(w) > 4 && strings.HasSuffix(w, "ed") && strings.HasSuffix(strings.TrimSpace(sent[:i]), ",") {
			forms = append(forms, compactAcronyms(compactTitles(speaker+" "+rest)))
		}
		j := indexText(rest, " and ")
		if j < 0 {
			break
		}
		i += 5 + j
	}
	return forms
}

// isDemonym reports whether w is a country's demonym ("Iranian"), which
// names no speaker.
func isDemonym(w string) bool {
	if len(w) <= 3 || strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	c, ok := country.Lookup(w)
	return ok && slices.Contains(c.Demonyms, w)
}

// withoutParticiple returns the clause of a sentence that reports the
// meeting before ", <participle> …" ("…, conveying his desire to …",
// "…, underscoring …"), or "".
func withoutParticiple(s string) string {
	for i := indexText(s, ", "); i >= 0; {
		w := nextWord(s[i+2:])
		if len(w) > 5 && strings.HasSuffix(w, "ing") && isLowerWord(w) && !ingNouns[w] && i >= 30 {
			if head := s[:i]; dayVerbSet.in(head+" ") && clauseEnds(head) {
				return head + "."
			}
			return ""
		}
		j := indexText(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return ""
}

// jointVerbs join a second clause of the two sides: "… and confirmed
// that …".
var jointVerbs = []string{" and confirmed ", " and agreed ", " and affirmed ", " and reaffirmed ", " and concurred ",
	" and shared the view "}

// topSentences returns the indexes of the n sentences of a that promise
// most before condensing (the first sentence always among them), in order.
func topSentences(a analyzed, n int, c *sentCache) []int {
	if len(a.resolved) <= n {
		idx := make([]int, len(a.resolved))
		for i := range idx {
			idx[i] = i
		}
		return idx
	}
	type scored struct{ i, score int }
	all := make([]scored, len(a.resolved))
	for i, s := range a.resolved {
		all[i] = scored{i, sentenceScore(s, a.feats[i], c) - len(s)/80}
		if i == 0 {
			all[i].score += 100
		}
	}
	slices.SortStableFunc(all, func(x, y scored) int { return cmp.Compare(y.score, x.score) })
	idx := make([]int, n)
	for k := range idx {
		idx[k] = all[k].i
	}
	sort.Ints(idx)
	return idx
}

// sentenceScore weighs what a sentence carries.
func sentenceScore(s string, f features, c *sentCache) int {
	score := min(c.factRuns(s), 6)
	if f.money {
		score += 3
	}
	if f.anniversary {
		score += 3
	}
	if f.strong {
		score += 2
	} else if f.agreement {
		score++
	}
	if f.courtesy {
		score -= 2
	}
	if f.response {
		score--
	}
	if !endsSentence(s) {
		score -= 4 // cut off: the page stops mid-sentence
	}
	return score
}

// factRuns counts the facts s names: its fact words (see scanFacts),
// those next to each other counting once ("Agreement for Trans-Pacific
// Partnership" is one name; "Japan, Australia" and "Japan and Australia"
// two) and a name named again not again.
func factRuns(s string) int { return scanFacts(s).runs }

// factInfo is what scanFacts finds: the distinct fact words of a sentence
// and its facts, a run of adjacent fact words counting once.
type factInfo struct {
	words []string
	runs  int
}

// scanFacts reads the fact words of s and its runs in one pass. A fact
// word is a number, or a capitalised word other than the first and than
// the genre's title and common capitalised words.
func scanFacts(s string) factInfo { return scanFactsTo(s, nil) }

// scanFactsTo is scanFacts with the words kept in room's spare capacity
// (a parse's cache keeps them there: see sentCache.keepWords); a nil room
// gives them a slice of their own.
func scanFactsTo(s string, room *[]string) factInfo {
	var fi factInfo
	prevEnd := -2
	first := true
	var runStarts, factWords [16]string
	starts, words := runStarts[:0], factWords[:0]
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		raw := s[i:j]
		start := i
		i = j
		// (Most words begin and end with a letter: nothing to trim.)
		w := raw
		if raw == "" || !isLetter(raw[0]) || !isLetter(raw[len(raw)-1]) {
			w = trimWordPunct(raw)
		}
		if w == "" {
			continue
		}
		isFirst := first
		first = false
		r := rune(w[0])
		if r >= utf8.RuneSelf {
			r, _ = utf8.DecodeRuneInString(w)
		}
		if unicode.IsDigit(r) || !isFirst && unicode.IsUpper(r) && !titleVocabSet.has(w) && !commonCapSet.has(w) {
			if !slices.Contains(words, w) {
				words = append(words, w)
			}
			// A new run counts once, by its first word: "Japan" twice
			// is one fact.
			if prevEnd != start-1 && !slices.Contains(starts, w) {
				fi.runs++
				starts = append(starts, w)
			}
			prevEnd = j
			// A comma or a bracket ends a name.
			switch raw[len(raw)-1] {
			case ',', ';', ':', ')':
				prevEnd = -2
			}
		} else if (w == "of" || w == "the" || w == "for") && prevEnd == start-1 {
			prevEnd = j // "Ministry of Foreign Affairs"
		}
	}
	// The words are gathered on the stack and copied once, instead of
	// growing a slice through each size.
	if len(words) > 0 {
		if room != nil {
			fi.words = keepWords(room, words)
		} else {
			fi.words = slices.Clone(words)
		}
	}
	return fi
}

// keepWords copies words into the spare capacity of *room and returns the
// copy, capped so that an append to it copies; a room without enough
// spare capacity is replaced by a larger one (the slices already returned
// keep the old).
func keepWords(room *[]string, words []string) []string {
	r := *room
	if cap(r)-len(r) < len(words) {
		r = make([]string, 0, max(2*cap(r), 256, len(words)))
	}
	start := len(r)
	r = append(r, words...)
	*room = r
	return r[start:len(r):len(r)]
}

// factRuns is factRuns(s), remembered.
func (c *sentCache) factRuns(s string) int {
	if c == nil {
		return factRuns(s)
	}
	return c.scanFacts(s).runs
}

// commonCaps are capitalized words that are not facts.
var commonCaps = setOf("The", "Both", "He", "She", "They", "In", "On", "At", "Mr", "Ms", "Mr.", "Ms.", "Government", "Ministers")

// titleVocabSet and commonCapSet are titleVocab and commonCaps for the
// look-ups of every capitalized word (scanFacts).
var titleVocabSet, commonCapSet = quickSetOf(titleVocab), quickSetOf(commonCaps)

// Cuts back to a clause, latest first where several fit.
var clauseBreaks = []string{", including ", " including ", ", as well as ", "; ", ", and ", ", which ", ", while ",
	" and confirmed ", " and agreed ", " and affirmed ", " and reaffirmed ", " and welcomed ", " and expressed ",
	" in order to ", " to consult on ", ", in light of ", ", based on ", ", such as ", " such as ", ", with a view to ", " as well as ",
	" and emphasized ", " and emphasised ", " and stressed ", " and underscored ", " and underlined ", " and noted ",
	" and discussed ", " and highlighted ", " and committed ", " and pledged ", " to ",
	", a ", ", an "}

// purposeAt reports whether the " to " at i of s opens the purpose of a
// meeting ("spoke with X to discuss …", "met with A, B and C to
// celebrate …"), before which fitSentence may cut (the break " to " of
// clauseBreaks): one of a few verbs, looked for by their first letter.
func purposeAt(s string, i int) bool {
	w := s[i+len(" to "):]
	if w == "" {
		return false
	}
	// "… and proposed to mark the date with …": the verb's own
	// infinitive, which no sentence is cut before.
	if infinitiveVerbs[lastWord(s[:i])] {
		return false
	}
	switch w[0] {
	case 'd':
		return strings.HasPrefix(w, "discuss ")
	case 'a':
		return strings.HasPrefix(w, "affirm ")
	case 'r':
		return strings.HasPrefix(w, "reaffirm ") || strings.HasPrefix(w, "review ") || strings.HasPrefix(w, "receive ")
	case 'c':
		return strings.HasPrefix(w, "celebrate ") || strings.HasPrefix(w, "coordinate ") || strings.HasPrefix(w, "continue ")
	case 'f':
		return strings.HasPrefix(w, "follow ")
	case 'm':
		return strings.HasPrefix(w, "mark ")
	}
	return false
}

// infinitiveVerbs take an infinitive after them: "proposed to mark",
// "agreed to celebrate".
var infinitiveVerbs = setOf("proposed", "agreed", "decided", "pledged", "promised", "offered", "planned", "plans",
	"intends", "intend", "resolved", "vowed", "undertook", "hoped", "wished", "wants", "want", "invited", "committed",
	"proposes", "agree", "decide", "propose", "pledge", "readiness", "willingness", "determination")

// fitSentence returns s when it fits in limit characters, else the
// longest opening clause of s that does, ended with a full stop; ok is
// false when no clause of at least 40 characters fits.
func fitSentence(s string, limit int) (string, bool) {
	return (*sentCache)(nil).fitSentence(s, limit)
}

// fitSentence is fitSentence(s, limit) with the clauses of s
// (clauseCuts) remembered in c: a sentence is fitted to several limits
// (a section's room, then maxSummary; a key point's).
func (c *sentCache) fitSentence(s string, limit int) (string, bool) {
	// "… along the common border;": a point of a list ends as a sentence.
	if strings.HasSuffix(s, ";") {
		s = s[:len(s)-1] + "."
	}
	complete := endsSentence(s)
	if complete && len(s) <= limit {
		return s, true
	}
	if complete {
		// Drop asides between commas first: "Japan and Australia, as
		// the central pillar of …, continue" gives "Japan and Australia
		// continue".
		if !containsAny(s, ", as ", ", which", ", who", ", bearing", ", in light") {
		} else if t := dropAsides(s); t != s && len(t) <= limit {
			return t, true
		} else if t != s {
			s = t
		}
	}
	// The longest clause that fits; of clauses of the same length, the
	// first found.
	best := ""
	for _, cand := range c.clauseCuts(s) {
		if n := len(cand); n < limit && n > len(best) {
			best = cand
		}
	}
	if best == "" {
		return "", false
	}
	return strings.TrimSuffix(closeList(best), ".") + ".", true
}

// clauseCuts is clauseCuts(s), remembered.
func (c *sentCache) clauseCuts(s string) []string {
	if c == nil {
		return clauseCuts(s)
	}
	return remember(c.cuts, s, clauseCuts)
}

// clauseCuts returns the opening clauses of s that fitSentence may give,
// whatever the limit, in the order it looks for them: each ends before one
// of clauseBreaks, and is long enough and ends as a clause.
func clauseCuts(s string) []string {
	var cuts []string
	// Where " and " and " to " stand: most breaks begin with one of them,
	// and are looked for there only.
	var andBuf, toBuf [16]int
	ands, tos := andsAndTos(s, andBuf[:0], toBuf[:0])
	// Where the commas stand: the breaks that begin with one are looked
	// for there only (a sentence without a comma has none of them).
	var commaBuf [16]int
	commas := commaBuf[:0]
	for i := strings.IndexByte(s, ','); i >= 0; {
		commas = append(commas, i)
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	next := func(br string, from int) int {
		var at []int
		switch {
		case strings.HasPrefix(br, " and "):
			at = ands
		case strings.HasPrefix(br, " to "):
			at = tos
		case br[0] == ',':
			at = commas
		default:
			if j := indexText(s[from:], br); j >= 0 {
				return from + j
			}
			return -1
		}
		for _, i := range at {
			if i >= from && (br == " to " && purposeAt(s, i) || br != " to " && strings.HasPrefix(s[i:], br)) {
				return i
			}
		}
		return -1
	}
	for _, br := range clauseBreaks {
		for i := next(br, 0); i >= 0; i = next(br, i+1) {
			cand := strings.TrimRight(s[:i], " ,;:")
			// "… the “ASEAN Outlook for the Indo-Pacific,” including":
			// the comma inside the quotation goes too.
			for _, q := range []string{"”", "\""} {
				if strings.HasSuffix(cand, ","+q) {
					cand = strings.TrimSuffix(cand, ","+q) + q
				}
			}
			if (br == ", a " || br == ", an ") && (!isCapWord(lastField(cand)) || containsAny(cand, datives...)) {
				// "the Global Biofuels Alliance, a partnership to …": what
				// explains a name may go, but not a word of a list ("a
				// strong, a free …"), nor the object of a verb that names
				// its receiver first ("conveyed to the Head of State, Mr.
				// X, a message of friendship").
				cand = ""
			}
			if br == ", and " && (!opensClause(s[i+len(br):]) || namedItem(s[i+len(br):])) {
				// "a strong, sovereign, and prosperous Iraq": a list.
				cand = ""
			}
			if strings.HasSuffix(br, " such as ") || strings.HasSuffix(br, " including ") {
				// "bilateral relations, such as a peace treaty, programs
				// such as visits": within an open list, the item is left
				// without what it was to name ("…, programs."); the list
				// ends with the item before it.
				if containsText(cand, " such as ") || containsText(cand, " including ") {
					if k := strings.LastIndex(cand, ", "); k > 0 {
						cand = cand[:k]
					} else {
						cand = ""
					}
				}
			}
			if strings.HasPrefix(br, " to ") && br != " to consult on " && !containsAny(cand, meetingVerbs...) && !containsText(cand, " joined ") {
				// "They agreed to discuss …": the purpose of a meeting
				// only ("spoke with X to discuss …") may go.
				cand = ""
			}
			// "Blinken spoke with Wong of Australia": a meeting reported
			// without its purpose may be short.
			least := 40
			if strings.HasPrefix(br, " to ") {
				least = 30
			}
			if len(cand) >= least && clauseEnds(cand) {
				cuts = append(cuts, cand)
			}
		}
	}
	return cuts
}

// andsAndTos appends to ands and tos where " and " and " to " stand in s,
// in order; a " to " that ends s is none. Each is looked for from the
// byte after the last: " and and " holds two.
func andsAndTos(s string, ands, tos []int) ([]int, []int) {
	for i := 0; ; {
		j := indexText(s[i:], " and ")
		if j < 0 {
			break
		}
		ands = append(ands, i+j)
		i += j + 1
	}
	for i := 0; ; {
		j := indexText(s[i:], " to ")
		if j < 0 || i+j+len(" to ") >= len(s) {
			break
		}
		tos = append(tos, i+j)
		i += j + 1
	}
	return ands, tos
}

// datives are verbs that name the receiver before the thing given.
var datives = []string{" conveyed to ", " delivered to ", " handed to ", " handed over to ", " presented to ", " extended to ",
	" transmitted to ", " passed on to ", " sent to ", " addressed to "}

// closeList joins the last two items of a list that a cut left open:
// "held talks on border security, labour mobility" (cut before ", and
// the proposed undersea cable …") is "held talks on border security and
// labour mobility". Only items in lower case of up to four words, the
// last after the list's only comma but one, are joined.
func closeList(s string) string {
	k := strings.LastIndex(s, ", ")
	if k < 0 || containsText(s[k:], " and ") {
		return s
	}
	last := s[k+2:]
	ws := strings.Fields(last)
	if len(ws) == 0 || len(ws) > 4 || hasVerb(last) || !isLowerWord(strings.Trim(strings.Join(ws, ""), ".")) {
		return s
	}
	// The item before: back to the verb's preposition or the comma
	// before it, lower-case words too.
	j := strings.LastIndex(s[:k], " ")
	if j < 0 || !isLowerWord(s[j+1:k]) {
		return s
	}
	// "trade and fisheries, tourism": an item joined by "and" already.
	if before := strings.Fields(s[:k]); slices.Contains(before[max(0, len(before)-3):], "and") {
		return s
	}
	return s[:k] + " and " + last
}

// asideTails open a phrase of a noun, not of the sentence's verb: "to be
// held in Paris".
var asideTails = []string{"to be ", "scheduled ", "due to ", "expected to ", "set to ", "planned for "}

// asideOpeners open an aside set off by commas inside a sentence.
var asideOpeners = []string{"as the", "as a", "as an", "which", "who", "bearing in mind", "in light of"}

// dropAsides replaces each aside set off by commas inside s (", as the
// central pillar of …, ") with a space: an opener of asideOpeners after
// ", ", ending a word, then 3 to 160 characters up to the next comma or
// semicolon, which must be ", ". It reads the sentence's commas only,
// where an expression with the aside's length tried every position.
func dropAsides(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		k := indexText(s[i:], ", ")
		if k < 0 {
			break
		}
		p := i + k
		i = p + 2
		q := -1
		for _, o := range asideOpeners {
			if e := p + 2 + len(o); strings.HasPrefix(s[p+2:], o) && (e == len(s) || !isWordByte(s[e])) {
				q = e
				break
			}
		}
		if q < 0 {
			continue
		}
		r := strings.IndexAny(s[q:], ",;")
		if r < 0 {
			continue
		}
		r += q
		// "…, which began with the Treaty of Friendship, Commerce and
		// Navigation of 1895, and …": a comma inside a name ends no aside.
		named := false
		for isCapWord(lastWord(s[q:r])) && strings.HasPrefix(s[r:], ", ") {
			e := indexText(s[r+2:], ", ")
			if e < 0 || !nameContinuation(s[r+2:r+2+e]) {
				break
			}
			r += 2 + e
			named = true
		}
		if n := runeCount(s[q:r]); n < 3 || n > 160 || !strings.HasPrefix(s[r:], ", ") {
			continue
		}
		// The aside may run to the sentence's end, and the rest go with
		// it: "…, who conveyed the greetings of King X, King of Bahrain."
		// (the comma closes a name's apposition inside the aside); "…,
		// who briefed him on the preparations for a conference, to be
		// held in Paris." (what follows is of a noun inside it).
		// "…, which he described as a task of the countries of origin,
		// transit and destination.": the comma is a list's, and its last
		// items are the aside's too.
		if rest := s[r+2:]; endsSentence(rest) && (!strings.Contains(rest, ", ") &&
			(rest != "" && isUpperByte(rest[0]) && isCapWord(lastWord(s[q:r])) && titleVocab[nextWord(rest)] && !hasFiniteVerb(rest) ||
				hasAnyPrefix(rest, asideTails)) || listTail(rest)) {
			b.WriteString(s[last:p])
			b.WriteString(".")
			last = len(s)
			break
		}
		b.WriteString(s[last:p])
		// ("…, which began with the Treaty of Friendship, Commerce and
		// Navigation of 1895, and he wants …": after such an aside the
		// comma before a clause joined by "and" stays, where the clause
		// cut fell before. Elsewhere "…, which will focus on training,
		// and they agreed …" joins its clauses without it.)
		if rest, ok := strings.CutPrefix(s[r+2:], "and "); ok && named && hasAnyPrefix(rest, clauseSubjects) {
			b.WriteString(", ")
		} else {
			b.WriteString(" ")
		}
		last, i = r+2, r+2
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// clauseSubjects open a clause after "and": "and that …", "and he …".
var clauseSubjects = []string{"that ", "he ", "she ", "they ", "we ", "it "}

// nameContinuation reports whether s, after a comma, goes on with a
// name's words: capitalized words joined by "and", "of" or "the", and
// figures ("Commerce and Navigation of 1895"), one of them "and".
func nameContinuation(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 || !slices.Contains(ws, "and") || titleVocab[ws[0]] {
		return false
	}
	for _, w := range ws {
		if !isCapWord(w) && w != "and" && w != "of" && w != "the" && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

// clauseEnds reports whether a clause can end here: not on a function
// word and with its quotation marks and brackets closed.
func clauseEnds(s string) bool {
	// "… our concern with steps —": a dash opens what the clause goes on
	// to say.
	if t := strings.TrimRight(s, " ,;."); strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, " -") {
		return false
	}
	switch lowerText(lastWord(s)) {
	case "a", "an", "the", "of", "to", "and", "or", "with", "for", "on", "in", "at", "by", "that", "as", "its", "their", "his", "her", "from":
		return false
	}
	// "On the discharge of treated water, …": an opening phrase is not
	// the clause.
	switch nextWord(s) {
	case "On", "In", "Regarding", "With", "As", "Based", "Looking", "Turning", "Discussing", "Following", "Given", "While", "Recognizing", "Recognising":
		if !containsText(s, ", ") {
			return false
		}
	}
	// "… important that Japan and Australia": a "that" clause needs its verb.
	if i := strings.LastIndex(s, " that "); i >= 0 && !hasFiniteVerb(s[i+6:]) {
		return false
	}
	return strings.Count(s, "(") == strings.Count(s, ")") && strings.Count(s, "“") == strings.Count(s, "”") &&
		strings.Count(s, "\"")%2 == 0
}

// joinsVerb reports whether s, following ", and ", goes on with a verb of
// the same subject ("continue to unite …") rather than a list's last item:
// a lower-case word that is no determiner, pronoun or adjective of a list.
func joinsVerb(s string) bool {
	w := nextWord(s)
	if w == "" || !isLowerWord(w) {
		return false
	}
	switch w {
	case "the", "a", "an", "other", "its", "their", "his", "her", "our", "all", "various", "several", "many", "more",
		"other's", "regional", "global", "international", "economic", "political", "bilateral", "new":
		return false
	}
	return strings.HasSuffix(w, "ed") || hasVerb(w) || len(w) > 3 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "al") &&
		!strings.HasSuffix(w, "ic") && !strings.HasSuffix(w, "ive") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "ion")
}

// lastField is the last word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// namedItem reports whether s, after ", and ", is the last item of a
// list of names rather than a clause: "the Western Balkans.", "the UAE to
// launch …" (no verb after the name), not "the President welcomed …".
func namedItem(s string) bool {
	rest, ok := strings.CutPrefix(s, "the ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	k := 0
	for k < len(ws) && (isCapWord(ws[k]) || k > 0 && (ws[k] == "of" || ws[k] == "and") && k+1 < len(ws) && isCapWord(ws[k+1])) {
		if strings.ContainsAny(ws[k], ",.;:") {
			return true
		}
		k++
	}
	if k == 0 {
		return false
	}
	if k == len(ws) {
		return true
	}
	switch ws[k] {
	case "to", "for", "in", "on", "at", "with", "as", "from", "by", "about", "during", "through", "over", "regarding":
		return true
	}
	return false
}

// opensClause reports whether s, following ", and ", opens a clause of
// its own (a subject or a verb) rather than the last item of a list.
func opensClause(s string) bool {
	w := lowerText(nextWord(s))
	switch w {
	case "he", "she", "they", "the", "both", "it", "we", "japan", "this", "these":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || hasVerb(nextWord(s))
}

// hasFiniteVerb is hasVerb for a clause that may hold a participle: "the
// joint statement announced today by Japan" has no verb of its own.
func hasFiniteVerb(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		w = lowerText(strings.Trim(w, ",.;:"))
		switch w {
		case "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should", "must", "may", "remains", "remain":
			return true
		}
		if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")) && i < len(ws)-1 {
			// A participle: "announced today by", "signed in January".
			// (The last word of a clause cut short is rather a noun:
			// "that bilateral exchanges".)
			next := ""
			for _, n := range ws[i+1 : min(len(ws), i+3)] {
				next += " " + lowerText(n)
			}
			if !containsText(next, " by") && !strings.HasPrefix(next, " in ") && !strings.HasPrefix(next, " on ") &&
				!strings.HasPrefix(next, " at ") && !strings.HasPrefix(next, " today") && i > 0 {
				return true
			}
		}
	}
	return false
}

// hasVerb reports whether a clause has a finite verb, roughly: an
// auxiliary or a word in -ed or -es.
func hasVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		w = lowerText(strings.Trim(w, ",.;:"))
		switch w {
		case "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should", "must", "may", "remains", "remain":
			return true
		}
		if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")) {
			return true
		}
	}
	return false
}

// keyPointCand is a sentence keyPoints may pick.
type keyPointCand struct {
	short  string // condensed and fitted
	pos    int
	bonus  int
	facts  []string
	topics []string
}

// keyPointScratch returns an empty list with room for n candidates and an
// empty set of words for keyPoints: the cache's own, kept from one parse
// to the next (release empties them), where each parse made its own (6.4
// KB of the seed's parse: the collector's work grows with what a parse
// allocates).
func (c *sentCache) keyPointScratch(n int) ([]keyPointCand, map[string]bool) {
	if c == nil {
		return make([]keyPointCand, 0, n), make(map[string]bool, 64)
	}
	if cap(c.cands) < n {
		c.cands = make([]keyPointCand, 0, n)
	}
	if c.known == nil {
		c.known = make(map[string]bool, 64)
	}
	clear(c.known)
	return c.cands[:0], c.known
}

// keyPoints picks the sentences of the whole readout that add most to
// the summaries already chosen (used), per character: names, countries
// and numbers they do not hold yet, topics, money, anniversaries, firm
// agreements; courtesies weigh less. They come condensed, in reading
// order, within budget characters in all and at most maxKeyPoints-1 (the
// list of mentions may follow).
func keyPoints(secs []analyzed, used []string, budget int, sc *sentCache, own country.Country) []string {
	type cand = keyPointCand
	n := 0
	for _, a := range secs {
		n += len(a.resolved)
	}
	cands, known := sc.keyPointScratch(n)
	pos := 0
	for _, a := range secs {
		for i, s := range a.resolved {
			f := a.feats[i]
			pos++
			facts := sc.factWords(s)
			bonus := sentenceScore(s, f, sc) - min(len(facts), 6)
			if f.money || f.anniversary {
				bonus += 3
			}
			if bonus+3*min(len(facts), 6) < 3 {
				continue
			}
			// An item of a list of names ("- Jane Doe, Director, …")
			// has many names and is no sentence: it would take the place
			// of one among the few condensed.
			if isListLine(s) {
				continue
			}
			cands = append(cands, cand{short: s, pos: pos, bonus: bonus, facts: facts})
		}
	}
	// Only the most promising are condensed.
	if len(cands) > 8 {
		slices.SortStableFunc(cands, func(x, y cand) int {
			return cmp.Compare(y.bonus+3*len(y.facts), x.bonus+3*len(x.facts))
		})
		cands = cands[:8]
	}
	for i, c := range cands {
		short, ok := sc.fitKeyPoint(c.short)
		if !ok || slices.Contains(used, short) || !closedQuotes(short) {
			cands[i].short = ""
			continue
		}
		cands[i].short, cands[i].facts, cands[i].topics = short, sc.factWords(short), topicWords(short)
	}
	// The publisher's own country (own) is known, word by word as the
	// fact words are: the post's header shows it.
	if own.Name != "" {
		knowWords(known, own.Name)
		for _, w := range own.Demonyms {
			knowWords(known, w)
		}
		for _, w := range own.Aliases {
			knowWords(known, w)
		}
	}
	for _, u := range used {
		for _, w := range sc.factWords(u) {
			known[w] = true
		}
		for _, w := range topicWords(u) {
			known[w] = true
		}
	}
	gain := func(c cand) int {
		g := c.bonus
		for _, w := range c.facts {
			if !known[w] {
				g += 3
			}
		}
		n := 0
		for _, w := range c.topics {
			if !known[w] && n < 4 {
				g++
				n++
			}
		}
		return g
	}
	var chosen []cand
	for len(chosen) < maxKeyPoints-1 && budget >= 40 {
		best, bestRate := -1, 0
		for i, c := range cands {
			n := runeCount(c.short)
			if c.short == "" || n > budget {
				continue
			}
			g := gain(c)
			if g < 4 {
				continue
			}
			if rate := g * 1000 / (n + 20); best < 0 || rate > bestRate {
				best, bestRate = i, rate
			}
		}
		if best < 0 {
			break
		}
		c := cands[best]
		for _, w := range c.facts {
			known[w] = true
		}
		for _, w := range c.topics {
			known[w] = true
		}
		chosen = append(chosen, c)
		cands[best].short = ""
		budget -= runeCount(c.short)
	}
	slices.SortStableFunc(chosen, func(a, b cand) int { return cmp.Compare(a.pos, b.pos) })
	out := []string{}
	for _, c := range chosen {
		out = append(out, c.short)
	}
	return out
}

// knowWords marks the words of s, as scanFacts trims them ("U.S." is
// "U.S"), known.
func knowWords(known map[string]bool, s string) {
	for s != "" {
		var w string
		w, s, _ = strings.Cut(s, " ")
		if w = trimWordPunct(w); w != "" {
			known[w] = true
		}
	}
}

// topicWords are the lower-case words of s that may name a topic: five
// letters or more and not the vocabulary every readout uses.
func topicWords(s string) []string {
	var out []string
	for s != "" {
		var w string
		w, s, _ = strings.Cut(s, " ")
		if len(w) < 5 {
			continue
		}
		// (A word between two letters has nothing to trim.)
		if !isLetter(w[0]) || !isLetter(w[len(w)-1]) {
			w = strings.TrimRight(strings.TrimLeft(w, "(\"'"), ",.;:)\"'")
		}
		if len(w) < 5 || !isLowerWord(w) || readoutVocab[w] || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// isLowerWord reports whether w is written in lower-case letters (and
// hyphens).
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// readoutVocab are the words of a readout's frames and courtesies, which
// name no topic.
var readoutVocab = setOf("about", "above", "across", "after", "again", "against", "agreed", "agree", "along", "among",
	"another", "before", "being", "below", "between", "bilateral", "both", "cannot", "close", "closely", "commitment",
	"committed", "continue", "continued", "cooperation", "could", "countries", "country", "discuss", "discussed",
	"discussing", "during", "either", "every", "expressed", "further", "great", "highlighted", "importance",
	"important", "including", "leaders", "looked", "looking", "forward", "meeting", "minister", "ministers", "mutual",
	"other", "partners", "partnership", "relations", "relationship", "reaffirmed", "should", "shared", "since",
	"spoke", "stated", "strong", "strengthen", "strengthening", "support", "their", "there", "these", "those",
	"through", "today", "together", "under", "underlined", "welcomed", "where", "which", "while", "would", "working",
	"stressed", "emphasized", "emphasised", "noted", "confirmed", "explained", "affirmed", "regarding", "ongoing",
	"issues", "matters", "areas", "range", "wider", "whole", "within", "without", "towards", "toward", "thanked",
	"congratulated", "ahead", "following", "recent", "latest", "various", "several", "particular", "continue",
	"efforts", "people", "first", "second", "third", "visit", "would", "wishes", "touch", "contact", "again",
	"opportunity", "opportunities", "situation", "recognized", "recognised", "acknowledged", "about", "upon")

// isWordPunct reports whether r is punctuation around a word.
func isWordPunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '(', ')', '"', '\'', '“', '”', '’', '‘':
		return true
	}
	return false
}

// factWords is factWords(s), remembered.
func (c *sentCache) factWords(s string) []string {
	if c == nil {
		return factWords(s)
	}
	return c.scanFacts(s).words
}

// factWords returns the distinct words factCount counts, in order.
func factWords(s string) []string { return scanFacts(s).words }

// isListLine reports whether s is an item of a bulleted list.
func isListLine(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "– ")
}

// keyOpeners open a phrase of time, place, topic or background before a
// sentence's main clause.
var keyOpeners = []string{"Amid ", "In ", "During ", "Regarding ", "Concerning ", "On ", "After ", "Following ",
	"Ahead of ", "With regard to ", "As for ", "Turning to ", "Throughout ", "At ", "Before ", "Building on ",
	"Reflecting on ", "Noting "}

// withoutOpening returns a complete sentence without its opening phrase
// up to the first comma ("In the Americas, they agreed …" gives "They
// agreed …"), or "" when it opens with none or the rest is no clause of
// its own.
func withoutOpening(s string) string {
	if !hasAnyPrefix(s, keyOpeners) && !hasAnyPrefix(s, adjunctOpeners) {
		return ""
	}
	i := indexText(s, ", ")
	if i < 0 || i > 160 {
		return ""
	}
	rest := upperFirst(s[i+2:])
	if len(rest) < 40 || !endsSentence(rest) || !hasFiniteVerb(rest) {
		return ""
	}
	return rest
}

// actParticiples report an act after a comma: "…, announcing …".
var actParticiples = map[string]string{"announcing": "announced", "pledging": "pledged", "launching": "launched",
	"committing": "committed", "unveiling": "unveiled"}

// actParticipleCues are actParticiples after a comma, as a sentence holds
// them.
var actParticipleCues = []string{", announcing ", ", pledging ", ", launching ", ", committing ", ", unveiling "}

// participleAct returns "<subject> announced <what>" of "<subject>
// <verb> …, announcing <what>", the subject being the sentence's first
// one to three capitalized words ("Biden", "President Biden"), or "".
func participleAct(s string) string {
	if !containsText(s, "ing ") || !slices.ContainsFunc(actParticipleCues, func(c string) bool { return containsText(s, c) }) {
		return ""
	}
	ws := strings.Fields(s)
	n := 0
	for n < len(ws) && n < 3 && isCapWord(strings.Trim(ws[n], ",")) && !strings.HasSuffix(ws[n], ",") {
		n++
	}
	// A name among them: "The President" alone is nobody's.
	if n == 0 || n == len(ws) || !slices.ContainsFunc(ws[:n], func(w string) bool { return !unnamed[w] && !titleVocab[w] }) {
		return ""
	}
	for i := indexText(s, ", "); i >= 0; {
		w := nextWord(s[i+2:])
		if past, ok := actParticiples[w]; ok {
			return strings.Join(ws[:n], " ") + " " + past + s[i+2+len(w):]
		}
		j := indexText(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return ""
}

// thatAsideOpeners open a phrase of circumstance set off by commas right
// after the "that" of reported words.
var thatAsideOpeners = []string{"while ", "as ", "although ", "though ", "amid ", "given ", "in light of ", "with ",
	"in order to ", "in addition to "}

// dropThatAside drops a phrase of circumstance between "that," and the
// reported clause: "The two leaders concurred that, while the security
// environment becomes severer, they would strengthen …" gives "The two
// leaders concurred that they would strengthen …", whose frame the
// summary then writes short ("Both will strengthen …"). Only when the
// clause after it opens with a pronoun, "both" or "the two" as its
// subject: after a name, the comma may be one of the aside's own list
// ("while Japan, the ROK and India …"). A phrase of purpose needs no
// comma before it, and two phrases may stand in a row: "shared the view
// that in order to promote security cooperation further, in addition to
// close exchanges of views, they will coordinate toward …" gives "…
// that they will coordinate toward …".
func dropThatAside(s string) string {
	i, n := indexText(s, " that, "), len(" that, ")
	if i < 0 {
		if i = indexText(s, " that in order to "); i < 0 {
			return s
		}
		n = len(" that ")
	}
	rest := s[i+n:]
	for k := 0; k < 2; k++ {
		if !hasAnyPrefix(rest, thatAsideOpeners) {
			return s
		}
		j := indexText(rest, ", ")
		if j < 0 || j > 160 {
			return s
		}
		rest = rest[j+2:]
		if !hasAnyPrefix(rest, thatAsideOpeners) {
			break
		}
	}
	switch nextWord(rest) {
	case "they", "both", "it", "he", "she", "we":
	default:
		if !strings.HasPrefix(rest, "the two ") {
			return s
		}
	}
	return s[:i] + " that " + rest
}

// topicCues open a list of topics.
var topicCues = []string{" talks on ", " discussed ", " discussing ", " cooperation in ", " cooperation on ", " such as ",
	" including ", " covered ", " focused on ", " exchanged views on ", " spoke about ", " talked about ", " areas of ", " fields of ",
	" sectors of ", " touched on ", " issues of ", " ways to "}

// listTopics returns the items of the lists of topics in s ("held talks
// on border security, labour mobility, and …"): lower-case phrases of one
// to three words, without the fillers that open them ("the", "ways to").
// Unlike discussedTopics, which gives the list of mentions the genre's
// matters only, it takes any such phrase: it counts what a post names.
func listTopics(s string) []string {
	var out []string
	for _, cue := range topicCues {
		i := indexText(s, cue)
		if i < 0 {
			continue
		}
		rest := s[i+len(cue):]
		if j := strings.IndexAny(rest, ".;:"); j >= 0 {
			rest = rest[:j]
		}
		for _, item := range splitList(rest) {
			t := strings.TrimSpace(item)
			for changed := true; changed; {
				changed = false
				for _, f := range fillers {
					if strings.HasPrefix(t, f) {
						t, changed = t[len(f):], true
					}
				}
			}
			if i := indexText(t, " of "); i > 0 {
				t = t[:i]
			}
			ws := strings.Fields(t)
			if len(ws) == 0 || len(ws) > 3 || len(t) < 4 {
				continue
			}
			ok := true
			for _, w := range ws {
				if !isLowerWord(w) || topicStops[w] || readoutVocab[w] {
					ok = false
					break
				}
			}
			if ok && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// closedQuotes reports whether s closes the quotations it opens: a
// sentence cut from a quotation of several ("Together we want …," said
// the Minister) reads as the publisher's own words.
func closedQuotes(s string) bool {
	return strings.Count(s, "\"")%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”")
}

// pastVerbs are the irregular past tenses of readouts, which
// hasFiniteVerb does not know: "held talks", "met", "spoke".
var pastVerbs = setOf("held", "met", "spoke", "took", "made", "gave", "paid", "led", "sent", "told", "said", "brought",
	"sought", "began", "became", "wrote", "went", "came", "saw", "laid", "set", "put", "underwent", "undertook")

// hasPastVerb reports whether a word of s after its first is one of
// pastVerbs, a verb of the genre in the present ("wants", "intends") or
// ends in "ed" ("received at the Palace", "called on").
func hasPastVerb(s string) bool {
	for i := indexByteFrom(s, 0, ' '); i >= 0; i = indexByteFrom(s, i+1, ' ') {
		w := strings.TrimRight(nextWord(s[i+1:]), ".,;:")
		if pastVerbs[w] || presentVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(w) {
			return true
		}
	}
	return false
}

// presentVerbs are the genre's verbs in the present that hasFiniteVerb
// does not know.
var presentVerbs = setOf("wants", "intends", "hopes", "plans", "welcomes", "says", "meets", "holds", "receives", "calls",
	"visits", "thanks", "agrees", "discusses", "stresses", "notes", "expects", "looks", "supports", "seeks", "aims")

// representedBy reports whether s says who stood for a side ("Canada was
// represented by Prime Minister Carney"): the post's header says it.
func representedBy(s string) bool {
	return containsAny(s, " was represented by ", " were represented by ")
}

// plainSummary reports whether s reads as a summary on its own: it
// opens with a capital, not a quotation, holds a finite verb, closes the
// quotations it opens and names a speaker, not a demonym ("Lithuanian:
// …").
func plainSummary(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || !hasFiniteVerb(s) && !hasPastVerb(s) || !endsSentence(s) || !closedQuotes(s) || isPronoun(nextWord(s)) ||
		hasAnyPrefix(s, []string{"This ", "These ", "That ", "Those "}) || representedBy(s) || attendanceOpening(s) {
		return false
	}
	// "So: Tajani after meeting …" ("So said Tajani after …"): what
	// follows a speaker's colon is a sentence of its own.
	if i := strings.Index(s, ": "); i > 0 && (isDemonym(s[:i]) || !hasFiniteVerb(s[i+2:]) && !hasPastVerb(" "+s[i+2:])) {
		return false
	}
	return true
}

// attendanceOpenings open a sentence that says who else attended: "The
// meeting was attended by …", "Also present were …".
var attendanceOpenings = []string{"The meeting was attended by ", "The meeting was also attended by ", "The talks were attended by ",
	"The talks were also attended by ", "The call was attended by ", "Also present ", "Also attending ", "Present at the meeting ",
	"Attending the meeting ", "Also in attendance ", "In attendance "}

// attendanceOpening reports whether s is a sentence that says who else
// attended the meeting: it names officials, not what the meeting was
// about, and is no summary of the readout in place of the meeting's own.
func attendanceOpening(s string) bool {
	return hasAnyPrefix(s, attendanceOpenings)
}

// listTail reports whether rest, what follows a comma to the sentence's
// end, is the last items of a list ("transit and destination."): words in
// lower case joined by "and" or "or", with no verb.
func listTail(rest string) bool {
	// "…, which will focus on training, water and sanitation, renewable
	// energy and financial inclusion.": several items, each short and
	// in lower case, the last with its "and".
	items := strings.Split(rest, ", ")
	for _, it := range items {
		if it == "" || !('a' <= it[0] && it[0] <= 'z') || len(strings.Fields(it)) > 6 || hasFiniteVerb(it) || hasPastVerb(" "+it) {
			return false
		}
	}
	last := items[len(items)-1]
	return strings.HasPrefix(last, "and ") || strings.HasPrefix(last, "or ") || containsText(last, " and ") || containsText(last, " or ")
}

// dropCommaDate drops a date set off by commas after a word in lower
// case in a sentence that reports the meeting: "received in audience, 4
// February 2025, at the Palais …" (what is left when "this Tuesday"
// before it has gone). The post shows the date.
func dropCommaDate(s string) string {
	for i := indexText(s, ", "); i > 0; {
		rest := s[i+2:]
		if n := dateAt(rest); n > 0 && strings.HasPrefix(rest[n:], ", ") && isLowerWord(lastWord(s[:i])) && dayVerbSet.in(s[:i]) {
			return s[:i] + " " + rest[n+2:]
		}
		j := indexText(rest, ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return s
}

// discussedAndOn drops the preposition a summary keeps before the second
// matter of "discussed" ("exchanged views on Gaza, and on the Red Sea"
// written "discussed Gaza, and on the Red Sea"): "discussed Gaza, and
// the Red Sea". Only the first after "discussed", in its sentence, and
// before a word in lower case.
func discussedAndOn(s string) string {
	i := indexText(s, "discussed ")
	if i < 0 {
		return s
	}
	i += len("discussed ")
	end := len(s)
	if k := strings.IndexAny(s[i:], ".;"); k >= 0 {
		end = i + k
	}
	for _, pat := range []string{", and on ", ", and about "} {
		// ("…, and on Monday signed …": a day or a name after "on" may
		// open another clause; only a word in lower case is a matter.)
		if k := strings.Index(s[i:end], pat); k >= 0 && i+k+len(pat) < len(s) && s[i+k+len(pat)] >= 'a' && s[i+k+len(pat)] <= 'z' {
			return s[:i+k] + ", and " + s[i+k+len(pat):]
		}
	}
	return s
}
