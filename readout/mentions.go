package readout

import (
	"github.com/readout-bot/readout/country"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mentionsLabel opens the key point that lists what else a readout names.
// It was "Also mentioned: " (oldMentionsLabel), which readouts stored
// before still have.
const (
	mentionsLabel    = "Also: "
	oldMentionsLabel = "Also mentioned: "
)

// labelRoom is the room the list of mentions leaves in the budget for its
// label: that of the label it had before. The ten characters the shorter
// one saves go to the key points, which the list's room left too little;
// given to the list, they took the place of two short mentions with a
// weightier long one as often as they added one.
const labelRoom = len(oldMentionsLabel)

// maxCandidates is how many mentions mentionsOf collects at most, in
// reading order.
const maxCandidates = 24

// maxMentions is the most characters of the list of mentions: longer,
// it is no longer read.
const maxMentions = 205

// longReadout is the length of a body from which the list of mentions may
// be longer by longExtra characters: a long readout names more than the
// list holds, and leaves most of its room unspent (a trip's readout of
// 4,000 characters used 700 of its 970).
const (
	longReadout = 2500
	longExtra   = 30
)

// mention is a named thing or a discussed topic of a readout, as it
// would appear in the list of mentions.
type mention struct {
	text string
	fold string // foldMention(text)
	// written is the text's own form when the list writes it another
	// way ("Iranian-backed" listed as "Iran").
	written string
	// (32 bits each, so that the written form costs no room.)
	pos    int32 // order of first appearance
	weight int32 // countries and organisations weigh most
	count  int32 // how many sentences name it
	// countries are the countries it names.
	countries []string
}

// mentionsLine lists the mentions (of mentionsOf) that covered does not hold yet
// ("Also: Syria, Idlib, humanitarian aid."), the weightiest first
// within budget characters, in reading order. The readout's principals
// (skip) are left out: the post names them. It says only that the readout
// names them, never what it says of them. "" when nothing fits.
func mentionsLine(ms []mention, covered string, budget int) string {
	line, _ := mentionsKeeping(ms, covered, budget, maxMentions, nil)
	return line
}

// mentionsKeeping is mentionsLine where the mentions of first (folds)
// that covered does not hold are listed before any other, and returns
// the folds of those it lists.
func mentionsKeeping(ms []mention, covered string, budget, most int, first []string) (string, []string) {
	return keepMentions(uncoveredMentions(ms, covered), budget, most, first)
}

// uncoveredMentions returns the mentions of ms that covered does not
// name, in their order.
func uncoveredMentions(ms []mention, covered string) []*mention {
	all := make([]*mention, len(ms))
	for i := range ms {
		all[i] = &ms[i]
	}
	return uncoveredOf(all, covered)
}

// uncoveredOf returns those of ms that covered does not name, in their
// order, in a new list.
func uncoveredOf(ms []*mention, covered string) []*mention {
	cands := make([]*mention, 0, len(ms))
	// The mentions' folds have plain apostrophes and spaces: a mention
	// written with curly ones or a no-break space (whose UTF-8 open with
	// 0xE2 or 0xC2) is looked for in the text written so too ("de
	// Gaulle’s ‘Appel’" of a summary), made when first needed.
	// A fold is in lower case: containsFold(covered, fold) is looked for
	// in covered lower-cased once, instead of in both cases each time.
	lower, plain, folded := asciiLower(covered), "", false
	for _, m := range ms {
		if containsText(lower, m.fold) {
			continue
		}
		if strings.IndexByte(m.text, 0xE2) >= 0 || strings.IndexByte(m.text, 0xC2) >= 0 {
			if !folded {
				plain, folded = asciiLower(apostrophes.Replace(covered)), true
			}
			if containsText(plain, m.fold) {
				continue
			}
		}
		cands = append(cands, m)
	}
	return cands
}

// uncoveredAfter is uncoveredOf(cands, text+"\n"+more) for cands that
// text does not name (uncoveredOf(…, text)), without reading text again:
// a fold without a line break is in the two joined only if it is in one
// of them; one holding a line break, which could straddle the two, is
// looked for in the two joined.
func uncoveredAfter(cands []*mention, text, more string) []*mention {
	out := uncoveredOf(cands, more)
	for i, m := range out {
		if strings.IndexByte(m.fold, '\n') >= 0 {
			kept := out[:i:i]
			for _, m := range out[i:] {
				if strings.IndexByte(m.fold, '\n') < 0 || len(uncoveredOf([]*mention{m}, text+"\n"+more)) > 0 {
					kept = append(kept, m)
				}
			}
			return kept
		}
	}
	return out
}

// keepMentions is mentionsKeeping of the mentions not covered, cands.
func keepMentions(cands []*mention, budget, most int, first []string) (string, []string) {
	// A phrase holding another ("food security", "security") is at least
	// as much named: it ranks as high, and comes first, being more precise.
	counts := make([]int, len(cands))
	for i, m := range cands {
		counts[i] = int(m.count)
		for _, o := range cands {
			// (Only a count above the one so far changes it: the
			// phrases are compared for those only.)
			if int(o.count) > counts[i] && o != m && len(o.fold) < len(m.fold) && containsText(m.fold, o.fold) {
				counts[i] = int(o.count)
			}
		}
	}
	// The weightiest first; each takes its length and a separator.
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	rank := func(i int) int {
		r := int(cands[i].weight)*4 + min(counts[i], 3)
		// "the security situation" says less than the matters named
		// beside it: it comes after those of its weight.
		if strings.HasSuffix(cands[i].fold, " situation") {
			r -= 3
		}
		return r
	}
	// Of two of equal rank, the phrase that holds the other comes first:
	// "reproductive rights" before "rights".
	before := func(a, b int) bool {
		ra, rb := rank(a), rank(b)
		return ra > rb || ra == rb && len(cands[a].fold) > len(cands[b].fold) && containsText(cands[a].fold, cands[b].fold)
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && before(order[j], order[j-1]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	// The list's length is its label, its items with a ", " between two
	// and the full stop; in the readout's budget it also takes the line
	// break before it: the items with a separator each fit in the budget
	// less the label. The list itself stays within maxMentions.
	room := min(budget-labelRoom, most-runeCount(mentionsLabel)-1)
	keep := make([]bool, len(cands))
	n := 0
	if len(first) > 0 {
		// (Moved ahead of the others, in their order.)
		var ahead, rest []int
		for _, i := range order {
			if slices.Contains(first, cands[i].fold) {
				ahead = append(ahead, i)
			} else {
				rest = append(rest, i)
			}
		}
		order = append(ahead, rest...)
	}
	for k, i := range order {
		cost := runeCount(cands[i].text) + 2
		// Those listed before fitted; they stay (a list one character
		// shorter than its room leaves the last of them none).
		if k < len(first) && slices.Contains(first, cands[i].fold) {
			keep[i] = true
			room -= cost
			n++
			continue
		}
		// One that holds a kept one takes its place, and may cost
		// more than the room left by as much as that one's cost.
		if cost > room+heldCost(cands, keep, i) {
			continue
		}
		// A mention inside one already kept, or holding one, adds little:
		// "migration" and "illegal migration".
		inside := false
		for j, k := range keep {
			if !k {
				continue
			}
			if containsText(cands[j].fold, cands[i].fold) {
				inside = true
				break
			}
			// "European security" says more than "European", kept
			// before it: it takes its place when there is room.
			if containsText(cands[i].fold, cands[j].fold) {
				inside = true
				if extra := cost - runeCount(cands[j].text) - 2; extra <= room {
					keep[j], keep[i] = false, true
					room -= extra
				}
				break
			}
		}
		if inside || cost > room {
			continue
		}
		keep[i] = true
		room -= cost
		n++
	}
	if n == 0 {
		return "", nil
	}
	// (n of cands are kept: the lists are made at that length.)
	parts, folds := make([]string, 0, n), make([]string, 0, n)
	for i, m := range cands {
		if keep[i] {
			parts = append(parts, m.text)
			folds = append(folds, m.fold)
		}
	}
	return mentionsLabel + strings.TrimSuffix(strings.Join(parts, ", "), ".") + ".", folds
}

// heldCost returns the most that a kept mention which cands[i] holds
// costs in the list ("European" of "European security"), 0 for none.
func heldCost(cands []*mention, keep []bool, i int) int {
	most := 0
	for j, k := range keep {
		if k && len(cands[j].fold) < len(cands[i].fold) && containsText(cands[i].fold, cands[j].fold) {
			most = max(most, runeCount(cands[j].text)+2)
		}
	}
	return most
}

// writtenForms returns the text's own forms of the mentions list names
// another way ("Iranian-backed" of "Iran"), one a line: what a key point
// writes as the text does, the list already names.
func writtenForms(ms []mention, list string) string {
	var out []string
	for _, m := range ms {
		if m.written != "" && containsText(list, m.text) {
			out = append(out, m.written)
		}
	}
	return strings.Join(out, "\n")
}

// foldMention is s in lower case with plain apostrophes and spaces, as
// the list compares mentions.
func foldMention(s string) string {
	if !containsText(s, "’") && !containsText(s, "‘") && !containsText(s, "\u00a0") {
		return lowerText(s)
	}
	return lowerText(apostrophes.Replace(s))
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ")

// mentionsOf collects the names (runs of capitalized words, acronyms and
// numbered names such as "G7" or "COVID-19", without titles) and the
// topics of discussion lists ("discussed COVID-19, the recent Ebola
// outbreaks, and economic opportunity") of sents, in order.
func mentionsOf(sents []string, sp speakers) []mention { return mentionsWith(sents, sp, nil) }

// mentionsWith is mentionsOf with its list and look-up made in c's room
// (see sentCache.mentionScratch).
func mentionsWith(sents []string, sp speakers, c *sentCache) []mention {
	cm := countryMemo{}
	seenCountry := map[string]bool{}
	var buf runBuffers
	// (About two mentions for three sentences: the seed's 36 give 24.)
	out, index := c.mentionScratch(len(sents))
	add := func(text string, weight, sent int, countries []string, written string) {
		// "energy resilience,": the list writes its own commas.
		text = strings.TrimRight(strings.TrimSpace(text), ",;: ")
		if n := len(text); n > 0 && text[n-1] >= 0x80 {
			// "settlement expansion —": a dash the item ended with.
			text = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(text, "—"), "–"), " ")
		}
		if text == "" {
			return
		}
		k := foldMention(text)
		if i, ok := index[k]; ok {
			if out[i].pos != int32(sent) {
				out[i].count++
			}
			return
		}
		index[k] = len(out)
		if written == text {
			written = ""
		}
		out = append(out, mention{text: text, fold: k, pos: int32(sent), weight: int32(weight), count: 1, countries: countries, written: written})
	}
	signed := signatureLines(sents)
	for si, s := range sents {
		// A list holds a dozen mentions: the first few dozen a readout
		// makes are enough to choose them from.
		if len(out) >= maxCandidates {
			break
		}
		hasParen := containsText(s, " (")
		// "Inquiries: Special Adviser X, tel. …": the press contact names
		// nothing of the meeting; nor does the press officer who signs
		// the release.
		if contactLine(s) || signed[si] {
			continue
		}
		attending, spokes := attendanceSentence(s), containsText(s, "pokes")
		for _, run := range nameRuns(s, cm, &buf) {
			written := run
			// "Iranian-backed", "Syrian-led": the adjective names the
			// country ("UN-led" stays: the body is named as written).
			if i := strings.LastIndexByte(run, '-'); i > 0 && i < len(run)-1 && !containsText(run, " ") && isLowerWord(run[i+1:]) && len(cm.codes(run[:i])) > 0 {
				run = run[:i]
			}
			// "Compacts of Free Association and Compact-related
			// agreements", "the African Union-led force": an adjective
			// made of a name ("-related", "-led") qualifies what follows;
			// the name is the run without it.
			if j := strings.LastIndexByte(run, ' '); j > 0 {
				if k := strings.LastIndexByte(run, '-'); k > j && nameAdjectiveSuffixes[run[k+1:]] {
					if strings.HasSuffix(run[:j], " and") {
						run = run[:j-len(" and")]
					} else {
						run = run[:k]
					}
				}
			}
			// ("Mar" of a dateline's "12 Mar 25": a month's short form
			// alone names nothing.)
			// ("AUGUST 2025" of a date line in capitals at the foot.)
			if skipName(run, sp.words) || isBareNumber(run) || romanNumerals[run] || monthAbbrevs[run] || monthYear(run) || onlyParties(run, sp.parties, cm) && !partyPlaces[run] {
				continue
			}
			// "Information Department of the … Secretariat", "Press
			// Service of the President": the press office that signs the
			// release; "Ivorian Head" (of State): an office; "Nearly"
			// opening a sentence or an item.
			if pressOffice(run) || strings.HasSuffix(run, " Head") && strings.Contains(s, run+" of State") || adverbOpening(s, run) {
				continue
			}
			// "the Credentials Room", "Kalayaan Hall", "Vaduz Castle":
			// the room or the building where they met is the meeting's
			// setting, not what it was about.
			if venueName(run) {
				continue
			}
			// "(Minister of) Foreign Affairs and International
			// Cooperation": an office's portfolio names no mention.
			if containsText(run, " ") && officePortfolio(s, run, cm) {
				continue
			}
			// "(Minister of Economy,) Trade and Industry of Japan Yoji
			// Muto": the person is named, not the portfolio.
			if name, ok := portfolioName(s, run, cm); ok {
				run, written = name, name
			}
			// "Austin, TX", "Governor Jane Doe (WY)", "Jane Doe, MD, MPH": a
			// state's postal code or a degree qualifies the place or the
			// person before it, and names nothing alone.
			if (usStateCodes[run] || degrees[run] || isDottedCode(run)) && qualifiesBefore(s, run, usStateCodes[run]) {
				continue
			}
			// "USD 20 million": a currency's code names nothing the
			// meeting is about; the post shows its amounts.
			if len(run) == 3 && currencyCodes[lowerText(run)] == run || currencyBeforeFigure(s, run) || amountRun(run) {
				continue
			}
			// "Mr Doe and his daughter, Anna,": a given name in apposition
			// to a relative of someone named says nothing alone.
			if !containsText(run, " ") && afterKin(s, run) {
				continue
			}
			// "the West's response", "between East and West": a point of
			// the compass alone says nothing out of its sentence.
			if onlyCompass(run) {
				continue
			}
			// "European Union" in a readout of the EU's own President: an
			// organisation that is a side of the meeting is shown as one.
			if o, ok := country.OrgByName(run); ok && sp.parties[o.Code] {
				continue
			}
			// "Comprehensive and Progressive Trans-Pacific Partnership
			// (CPTPP)": the list names it as the text abbreviates it.
			// A country keeps its name ("Federated States of Micronesia").
			if hasParen && containsText(run, " ") {
				// "National Nuclear (Security Administration) (NNSA)": a run
				// whose last words were taken for a title's is still the
				// name the acronym stands for.
				if i := indexText(s, run); i >= 0 && !isCountryOnly(run, cm) {
					if k := capsBeforeParen(s[i+len(run):]); k > 0 {
						run = s[i : i+len(run)+k]
					}
				}
				if i := indexText(s, run); i >= 0 && strings.HasPrefix(s[i+len(run):], " (") && !isCountryOnly(run, cm) {
					rest := s[i+len(run)+2:]
					if j := strings.IndexByte(rest, ')'); j > 1 && isAcronym(rest[:j]) && !usStateCodes[rest[:j]] {
						run = rest[:j]
					} else if a, ok := quotedShortForm(rest, j); ok {
						run = a // ("2+2")
					}
				}
			}
			// The meeting's place ("Liverpool", "Washington, DC"): the post
			// shows it. A name within a venue ("G20" of "G20 Summit") stays.
			if sp.place != "" && (run == sp.place || slices.Contains(strings.Split(sp.place, ", "), run)) {
				continue
			}
			// The spokesman who reports the meeting is the page's voice,
			// not what it reports.
			if spokes && spokesman(s, run) {
				continue
			}
			w := 2
			cs := cm.codes(run)
			org := len(cs) == 0 && cm.isOrg(run)
			if len(cs) > 0 || org {
				w = 3
			} else if attending {
				// Those who attended weigh as topics: the matters the
				// readout names come first.
				w = 1
			}
			// A country named a second way is named: "Syrian" after "Syria".
			if len(cs) == 1 && !containsText(run, " ") {
				if seenCountry[cs[0]] {
					continue
				}
				seenCountry[cs[0]] = true
				// "Iranian sanctions": the list names the country.
				if c, ok := country.ByCode(cs[0]); ok && slices.Contains(c.Demonyms, run) {
					if sp.parties[cs[0]] {
						continue
					}
					run = c.Name
				}
			}
			// "Summit", "States", "Peace": a word the text also writes in
			// lower case is a common noun, not a name.
			if len(cs) == 0 && !org && !containsText(run, " ") && !isAcronym(run) && (genericCaps[run] || writesLower(sents, run)) {
				continue
			}
			// "India-UK Comprehensive Strategic Partnership" at a meeting
			// of India and the UK: the post shows the two sides.
			if pair, rest, ok := strings.Cut(run, " "); ok && isUpperByte(rest[0]) && strings.IndexByte(pair, '-') > 0 {
				// ("Ghana-Burkina Faso Joint Commission": the second side's
				// name goes on past the space, and the pair stays.)
				if x, y, _ := strings.Cut(pair, "-"); x != "" && y != "" && !strings.ContainsRune(y, '-') && bothParties(x, y, sp.parties, cm) &&
					!isCountryOnly(y+" "+nextWord(rest), cm) {
					run, written = rest, ""
				}
			}
			add(withAbbreviationStop(s, run), w, si, cs, written)
		}
		for _, q := range quotedPhrases(s) {
			add(q, 2, si, nil, "")
		}
		for _, t := range discussedTopics(s, buf.words) {
			add(t, 2, si, nil, "")
		}
		for _, t := range topicPhrases(buf.words) {
			// "an immediate ceasefire", "the hostages", "a two-state
			// solution": what ends or eases a conflict weighs as a name.
			w := 1
			if conflictMatters[t[strings.LastIndexByte(t, ' ')+1:]] {
				w = 2
			}
			add(t, w, si, nil, "")
		}
		// An anniversary weighs as a name, not as a country: the post
		// shows the readout's anniversaries on a line of their own.
		for _, a := range cm.anniversaries(s) {
			add(betweenParties(a, sp.parties, cm), 2, si, nil, "")
		}
	}
	return out
}

// withAmounts adds to the mentions ms of the sentences of secs (in
// order, as mentionsOf read them) the amounts of money they give, in
// reading order, weighing as topics: "has generated more than $4.2
// billion in private sector commitments" is an amount no key point may
// carry, and a reader looks for it.
func withAmounts(ms []mention, secs []analyzed, sc *sentCache) []mention {
	k := -1 // the sentence's index in all of secs
	for _, a := range secs {
		for i, s := range a.resolved {
			k++
			if !a.feats[i].money {
				continue
			}
			for _, m := range sc.findMoney(s) {
				t := amountText(s, m)
				f := foldMention(t)
				if t == "" || slices.ContainsFunc(ms, func(o mention) bool { return o.fold == f }) {
					continue
				}
				ms = insertAt(ms, mention{text: t, fold: f, pos: int32(k), weight: int32(amountWeight(f)), count: 1})
			}
		}
	}
	return ms
}

// amountWeight is the weight in the list of an amount of money (folded):
// a sum in millions or more is what a reader of a readout looks for
// first, and weighs as a country; a price or a rate ("US$ 12 per
// person") weighs as a topic.
func amountWeight(fold string) int {
	for _, w := range []string{"million", "billion", "trillion"} {
		if containsText(fold, w) {
			return 2
		}
	}
	return 1
}

// bigFigure reports whether figure phrase t counts ten thousand or more
// ("16,000 migrants", "1.7 million barrels", "170 thousand Koreans"): a
// count a reader of the readout looks for as for a name, where "1,200
// projects" or "400 Cuban doctors" tell less than the names beside them.
func bigFigure(t string) bool {
	num, rest, _ := strings.Cut(t, " ")
	if strings.IndexByte(num, ',') > 0 && len(num) >= len("10,000") {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return figureScales[w] && w != "hundred"
}

// insertAt inserts m into ms, which are in reading order, after the
// mentions of its sentence and those before it.
func insertAt(ms []mention, m mention) []mention {
	at := len(ms)
	for at > 0 && ms[at-1].pos > m.pos {
		at--
	}
	return slices.Insert(ms, at, m)
}

// withFigures adds to the mentions ms of sents (in order, as mentionsOf
// read them) the figures they count (see figurePhrases), in reading
// order, weighing as topics: "Also: …, 170 thousand Koreans." A figure
// that a mention holds ("Russian diplomats" of "13 Russian diplomats")
// or that holds one is not added.
func withFigures(ms []mention, sents []string) []mention {
	for k, s := range sents {
		for _, t := range figurePhrases(s) {
			f := foldMention(t)
			if slices.ContainsFunc(ms, func(o mention) bool { return o.fold == f || containsText(o.fold, f) }) {
				continue
			}
			// "NOK 250 million", "RM31.2 billion": an amount of money in a
			// currency findMoney does not read weighs as withAmounts'; a
			// count of ten thousand or more weighs as a name too.
			w := 1
			if !isDigit(t[0]) {
				w = amountWeight(f)
			} else if bigFigure(t) {
				w = 2
			}
			ms = insertAt(ms, mention{text: t, fold: f, pos: int32(k), weight: int32(w), count: 1})
		}
	}
	return ms
}

// amountText is the amount m as s writes it for the list of mentions:
// from the word with its first figure to its end, with the currency's
// code before it ("AUD 20 million", "200 million dollars", "$4.2
// billion"); "" when s writes no figure of it.
func amountText(s string, m money) string {
	if m.end > len(s) {
		return ""
	}
	if m.inWords {
		return s[m.start:m.end]
	}
	// Back a word at a time, at most four, to the one with a figure.
	start, end := -1, m.end
	for k := 0; k < 4 && start < 0 && end > 0; k++ {
		i := strings.LastIndexByte(s[:end], ' ')
		if strings.ContainsAny(s[i+1:end], "0123456789") {
			start = i + 1
		}
		end = max(i, 0)
	}
	if start < 0 {
		return ""
	}
	if start >= 4 && s[start-1] == ' ' {
		if c := s[start-4 : start-1]; currencyCodes[lowerText(c)] == c && (start == 4 || s[start-5] == ' ') {
			start -= 4
		} else if c := lastWord(s[:start-1]); strings.HasSuffix(c, "$") && currencyCodes[lowerText(c)] != "" {
			// "US$ 12", "NZ$ 5 million": a sign written apart from the
			// figure is the amount's too ("12" alone says nothing).
			start -= len(c) + 1
		}
	}
	return strings.TrimLeft(s[start:m.end], "(")
}

// joinBeforeCaps returns the length of " in the", " of the" or " for
// the" opening s before a capitalized word, or 0.
func joinBeforeCaps(s string) int {
	for _, j := range []string{" in the", " of the", " for the"} {
		if strings.HasPrefix(s, j) && len(s) > len(j)+1 && s[len(j)] == ' ' && isUpperByte(s[len(j)+1]) {
			return len(j)
		}
	}
	return 0
}

// capsBeforeParen returns the length of the capitalized words that open
// s up to " (<acronym>)", or 0: " Security Administration (NNSA) …"
// gives the length of " Security Administration".
func capsBeforeParen(s string) int {
	n := 0
	for strings.HasPrefix(s[n:], " ") && n+1 < len(s) {
		// "… Refugees in the Near East (UNRWA)": "in the", "of the"
		// join the name's last words.
		if j := joinBeforeCaps(s[n:]); j > 0 {
			n += j
		}
		if n+1 >= len(s) || !isUpperByte(s[n+1]) {
			break
		}
		w := s[n+1:]
		if k := strings.IndexByte(w, ' '); k >= 0 {
			w = w[:k]
		}
		if !isCapWord(w) || strings.ContainsAny(w, ",.;:()") {
			break
		}
		n += 1 + len(w)
	}
	if n == 0 || !strings.HasPrefix(s[n:], " (") {
		return 0
	}
	if j := strings.IndexByte(s[n+2:], ')'); j > 1 && isAcronym(s[n+2:n+2+j]) {
		return n
	}
	return 0
}

// betweenParties drops the pair that ends an anniversary when it is the
// meeting's two sides, which the post shows: "60th anniversary of
// diplomatic relations between Japan and Indonesia" at a meeting of Japan
// and Indonesia is "60th anniversary of diplomatic relations".
func betweenParties(a string, parties map[string]bool, cm countryMemo) string {
	// "75th anniversary of Indonesia-China diplomatic relations": the
	// pair written with a hyphen before the relations.
	if i := indexText(a, " of "); i >= 0 {
		rest := a[i+len(" of "):]
		// (Only before words in lower case: "U.S.-Vietnam Comprehensive
		// Partnership" is a name.)
		if w, tail, ok := strings.Cut(rest, " "); ok && tail != "" && !isUpperByte(tail[0]) {
			if x, y, ok := strings.Cut(w, "-"); ok && x != "" && y != "" && bothParties(x, y, parties, cm) {
				return a[:i+len(" of ")] + tail
			}
		}
	}
	i := strings.LastIndex(a, " between ")
	if i < 0 {
		return a
	}
	x, y, ok := strings.Cut(a[i+len(" between "):], " and ")
	if !ok {
		return a
	}
	if !bothParties(x, y, parties, cm) {
		return a
	}
	return a[:i]
}

// bothParties reports whether x and y are each the name of one of the
// meeting's sides, and no more.
func bothParties(x, y string, parties map[string]bool, cm countryMemo) bool {
	for _, side := range []string{x, y} {
		cs := cm.codes(side)
		if len(cs) != 1 || !parties[cs[0]] || !isCountryOnly(side, cm) {
			return false
		}
	}
	return true
}

// isCountryOnly reports whether run is a country's name and no more
// ("Federated States of Micronesia"), not a name that holds one
// ("Japan-Australia Economic Partnership Agreement").
func isCountryOnly(run string, cm countryMemo) bool {
	for _, m := range cm.mentions(run) {
		if m.End-m.Start >= len(run)-3 {
			return true
		}
	}
	return false
}

// quotedShortForm returns the short form in quotes that stands in
// brackets after a name, rest[:j] being what the brackets hold:
// `("2+2")`.
func quotedShortForm(rest string, j int) (string, bool) {
	if j < 3 || j > 14 {
		return "", false
	}
	q := rest[:j]
	a := strings.TrimFunc(q, func(r rune) bool { return r == '"' || r == '“' || r == '”' })
	if len(a) == len(q) || len(q)-len(a) < 2 || a == "" || strings.ContainsAny(a, " \"“”") {
		return "", false
	}
	return a, true
}

// genericCaps are words written with a capital that name nothing alone.
var genericCaps = setOf("States", "Summit", "Meeting", "Conference", "Dialogue", "Talks", "Statement", "Declaration",
	"Agreement", "Women", "Men", "People", "Consultations", "Council", "Committee", "Group", "Forum", "Partnership",
	"Strategy", "Initiative", "Programme", "Program", "Project", "Plan", "Framework", "Year", "Peace", "Union",
	// Words of institutions and of events, which name one only with
	// another: "Department", "Roundtable", "Virtual" (of "Virtual Leaders’
	// Retreat"), "Presidents", "Governors".
	"Department", "Ministry", "Commission", "Board", "Office", "Agency", "Bureau", "Counsel", "County", "Nation",
	"Roundtable", "Retreat", "Virtual", "Action", "Call", "Head", "Heads", "Presidents", "Governors", "Attorneys",
	"Leaders", "Ministers", "Rights", "Allied", "Tribal", "Congressional", "Intergovernmental", "Magazine",
	// A venue's common noun: "before leaving the Palace".
	"Palace", "Residence", "Headquarters",
	// A state or a territory named by its kind: "the Sultanate's
	// concern", "the Strip", "the two Parties".
	"Sultanate", "Kingdom", "Emirate", "Parties", "Strip", "Community",
	// Bodies and texts of other ministries' readouts named by their kind
	// ("the Organization", "the Secretariat", "the two Ministries", "the
	// Treaty"), and the words of a name cut ("Speakers" of "Conference of
	// Speakers"): alone, they name none.
	"Organization", "Organisation", "Mission", "Secretariat", "Ministries", "Governments", "Chancellors", "Speakers",
	"Houses", "Sheikhs", "Building", "Treaty", "Cooperation", "Industry", "Bank")

// buildingNouns end the name of a building or a room: "Credentials Room",
// "Old Admiralty Building", "Itamaraty Palace".
var buildingNouns = setOf("Room", "Hall", "Building", "Buildings", "Castle", "Palace", "Residence", "Mansion")

// venueName reports whether run names a building or a room by its last
// word (buildingNouns), or is one of those words alone.
func venueName(run string) bool {
	return buildingNouns[run[strings.LastIndexByte(run, ' ')+1:]]
}

// placeParticles go on with a place's name in lower case: "Dar es
// Salaam", "Jóvenes Construyendo el Futuro".
var placeParticles = setOf("es", "el")

// writesLower reports whether one of sents writes w in lower case, as a
// word.
func writesLower(sents []string, w string) bool {
	lw := lowerText(w)
	if lw == w {
		return false
	}
	for _, s := range sents {
		if containsText(s, lw) && findWord(s, lw, "", "", false) {
			return true
		}
	}
	return false
}

// onlyParties reports whether run names nothing but the meeting's
// sides: "UK", "U.S.-Australia", "Japanese", "United States", "United
// States for Ukraine".
func onlyParties(run string, parties map[string]bool, cm countryMemo) bool {
	ms := cm.mentions(run)
	if len(ms) == 0 {
		return false
	}
	named, at := 0, 0
	gapWords := true
	for _, m := range ms {
		if !parties[m.Code] {
			return false
		}
		named += m.End - m.Start
		if m.Start >= at {
			gapWords = gapWords && onlyJoinWords(run[at:m.Start])
			at = m.End
		}
	}
	return len(run)-named <= 3 || gapWords && onlyJoinWords(run[at:])
}

// onlyJoinWords reports whether s holds nothing but joinWords and spaces.
func onlyJoinWords(s string) bool {
	for s != "" {
		var w string
		w, s, _ = strings.Cut(strings.TrimLeft(s, " "), " ")
		if w != "" && !joinWords[w] {
			return false
		}
	}
	return true
}

// usStateNames are the states of the United States, whose senators,
// governors and representatives readouts name "of" them.
var usStateNames = setOf("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
	"Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
	"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
	"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
	"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
	"Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming")

// stateStyles are the styles before the name of a member of Congress,
// whose state may follow it ("Senator Chris Coons of Delaware").
var stateStyles = setOf("Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman")

// usStateCodes are the postal codes of the states of the United States
// and of its capital.
var usStateCodes = setOf("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
	"KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
	"OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC")

// degrees are the letters of degrees and fellowships written after a
// name: "Jane Doe, MD, MPH".
var degrees = setOf("MD", "PhD", "MPH", "MBA", "MPP", "MPA", "MSW", "MSN", "BA", "BS", "DNP", "RN", "JD", "DDS", "LCSW",
	"FACP", "FACS", "FAAP", "DrPH", "Esq")

// isDottedCode reports whether run is a state's code written with full
// stops, "D.C." (as nameRuns gives it, "D.C"), "N.Y".
func isDottedCode(run string) bool {
	return len(run) == 3 && run[1] == '.' && usStateCodes[run[:1]+run[2:]] ||
		len(run) == 4 && run[1] == '.' && run[3] == '.' && usStateCodes[run[:1]+run[2:3]]
}

// nameAbbreviations end a name with their full stop: "Acme Corp.", "Martin
// Luther King Jr.".
var nameAbbreviations = setOf("Corp", "Inc", "Ltd", "Co", "Jr", "Sr", "Bros", "Assn", "Dept", "Govt")

// withAbbreviationStop gives run back the full stop of its last word
// when that word is an abbreviation and s writes it with one: a name that
// ends with "D.C." or "Corp." at the end of a sentence lost it with the
// sentence's stop ("Washington D.C", "Acme Corp").
func withAbbreviationStop(s, run string) string {
	n := len(run)
	if n < 2 || run[n-1] == '.' {
		return run
	}
	last := run[strings.LastIndexByte(run, ' ')+1:]
	dotted := strings.Contains(last, ".") && isAcronym(last)
	if !dotted && !nameAbbreviations[last] {
		return run
	}
	if i := indexText(s, run+"."); i >= 0 {
		return run + "."
	}
	return run
}

// qualifiesBefore reports whether s writes code right after a comma
// ("Austin, TX"), or, when inBrackets, alone in brackets ("(WY)"): it
// qualifies what comes before it.
func qualifiesBefore(s, code string, inBrackets bool) bool {
	for rest := s; ; {
		i := indexText(rest, code)
		if i < 0 {
			return false
		}
		after := rest[i+len(code):]
		endsWord := after == "" || !unicode.IsLetter(rune(after[0])) && !unicode.IsDigit(rune(after[0]))
		if endsWord && (strings.HasSuffix(rest[:i], ", ") || inBrackets && strings.HasSuffix(rest[:i], "(") && strings.HasPrefix(after, ")")) {
			return true
		}
		rest = after
	}
}

// partyPlaces are parts of a side's territory that the text names as
// places of their own: the list names them though the side is shown.
var partyPlaces = setOf("Gaza", "Gaza Strip")

// isBareNumber reports whether run is a number, an ordinal or a clock
// time alone ("80th", "10h30"), which says nothing out of its sentence.
func isBareNumber(run string) bool {
	if containsText(run, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(run)
	if !unicode.IsDigit(r) {
		return false
	}
	t := strings.TrimLeft(run, "0123456789")
	// ("10h30", "18h": a clock time as Brazil and France write it.)
	if h, ok := strings.CutPrefix(t, "h"); ok && len(h) <= 2 && strings.TrimLeft(h, "0123456789") == "" {
		return true
	}
	return t == "" || t == "st" || t == "nd" || t == "rd" || t == "th"
}

// skipName reports whether a run names one of the principals.
func skipName(run string, skip map[string]bool) bool {
	for run != "" {
		w, rest, _ := strings.Cut(run, " ")
		if skip[w] {
			return true
		}
		run = rest
	}
	return false
}

// nameStyleAbbrevs are the abbreviated styles before a name.
var nameStyleAbbrevs = setOf("Md", "Eng", "Engr", "Amb", "Prof", "Dr", "Mr", "Mrs", "Ms", "Hon", "Rt", "Rep")

// nameStyleAbbrevSet is nameStyleAbbrevs for nameRuns' look-up of every
// word after a name.
var nameStyleAbbrevSet = quickSetOf(nameStyleAbbrevs)

// unnamed are capitalized words that name nothing on their own.
var unnamed = setOf("Sr.", "Jr.", "Sr", "Jr", "HM", "HRH", "HH", "H.M.", "H.R.H.", "H.H.", "Md", "Md.", "Eng", "Eng.", "Engr", "Engr.", "Amb", "Amb.", "Prof", "Prof.", "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "Our", "Their",
	"His", "Her", "Its", "I", "In", "On", "At", "As", "For", "With", "By", "From", "To", "And", "But", "Both", "During",
	// ("His Majesty the King, may God assist Him, …": a court's blessing
	// and its name for the sovereign.)
	"Him", "God", "Sovereign",
	"After", "Before", "Also", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "Hon", "Hon.", "Rt", "MP",
	"Excellency", "Majesty", "Highness", "Sir", "Dame", "Lord", "Today", "Yesterday", "Tomorrow", "Government", "Ministers", "Leaders",
	"Ministry", "Office", "Minister’s", "President’s", "Japanese", "Readout", "Summary", "Overview", "Outline",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
	"December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sept", "Sept.",
	// Words of quantity that open a sentence: "Many Chilean ports".
	"Many", "Several", "Most", "Some", "Each", "Every", "Few",
	// Ranks and styles before a name: "Maj Gen (ret) Jane Doe", "Rev. John Roe".
	"Maj", "Maj.", "Gen", "Gen.", "Lt", "Lt.", "Col", "Col.", "Adm", "Adm.", "Brig", "Brig.", "Rev", "Rev.", "Rep", "Rep.",
	"Regarding", "Furthermore", "Moreover", "Additionally", "However", "Finally", "Meanwhile", "Following",
	"Looking", "Turning", "Recognizing", "Recognising", "Noting", "Welcoming", "Given", "While", "Based", "Further",
	"Japan-side", "Administration", "Alliance", "Allies", "Secretary", "Senator", "PM", "Summary", "Year",
	// A question's word that opens a sentence: "What Kenya offers …".
	"What", "Which", "How", "Why", "Where", "When")

// nameRuns returns the runs of capitalized words of s that name
// something: "UN Security Council", "Summit of the Americas", "Free and
// Open Indo-Pacific", "Idlib", without the titles that open a person's
// name ("Foreign Minister Hayashi" gives "Hayashi"), without words in
// brackets, and without a first word of the sentence that is no name.
func nameRuns(s string, cm countryMemo, buf *runBuffers) []string {
	buf.words = appendFields(buf.words[:0], s)
	words := buf.words
	out := buf.out[:0]
	for i := 0; i < len(words); {
		w, end := nameWord(words[i])
		if w == "" || strings.HasPrefix(words[i], "(") {
			i++
			continue
		}
		run := append(buf.run[:0], w)
		first, runStart := i, i
		j := i + 1
		skip := 0
		for !end && j < len(words) {
			// "Roe v. Wade": a case's two parties are one name.
			if words[j] == "v." && j+1 < len(words) {
				if w2, e2 := nameWord(words[j+1]); w2 != "" {
					run = append(run, "v.", w2)
					end = e2
					j += 2
					continue
				}
			}
			// "of", "for", "of the" and (between words that are no
			// country) "and" join two capitalized runs.
			// "Salman bin Hamad": a patronymic's "bin" joins a name.
			if joiner := words[j]; (joiner == "of" || joiner == "for" || joiner == "and" || joiner == "bin" || joiner == "bint") && j+1 < len(words) {
				k := j + 1
				if joiner != "and" && words[k] == "the" && k+1 < len(words) {
					k++
				}
				w2, e2 := nameWord(words[k])
				// "Russia's invasion of Ukraine for Transatlantic security":
				// an adjective that qualifies a word in lower case joins no
				// name ("Organization of American States" goes on).
				// The adjective names nothing alone either: the word in
				// lower case is topicPhrases' part ("Transatlantic
				// security").
				if joiner != "and" && adjectiveOfLower(w2, e2, words, k) {
					skip = k + 1
					break
				}
				// "Joint Foreign and Defense Ministerial Consultations": two
				// words of titles that are no office join.
				paired := joiner == "and" && titleVocab[w2] && !headWords[w2] && titleVocab[run[len(run)-1]] && !headWords[run[len(run)-1]]
				ok := w2 != "" && (!titleVocab[w2] || paired) && !strings.HasPrefix(words[k], "(")
				// "Minister of Defence X and Head of General
				// Intelligence Y": "Head of" opens the next person's
				// office.
				if joiner == "and" && w2 == "Head" && k+1 < len(words) && words[k+1] == "of" {
					ok = false
				}
				if joiner == "and" && !paired {
					// "China-France Year of Culture and Tourism": after
					// "of", the words of the name's last part are looked at.
					tail := run
					if at := lastIndex(run, "of"); at >= 0 {
						tail = run[at+1:]
					}
					// "Antigua and Barbuda": a country whose name holds
					// "and" is one name.
					ok = ok && (len(cm.codes(strings.Join(tail, " "))) == 0 && len(cm.codes(w2)) == 0 && !cm.isOrg(w2) ||
						len(tail) == 1 && isCountryOnly(tail[0]+" and "+w2, cm))
				}
				if ok {
					run = append(run, words[j:k]...)
					j = k
					continue
				}
				break
			}
			// "Task Force on European Energy Security": "on" joins a
			// body's name to its subject.
			if words[j] == "on" && j+1 < len(words) && bodyNouns[run[len(run)-1]] {
				if w2, _ := nameWord(words[j+1]); w2 != "" && !titleVocab[w2] && !strings.HasPrefix(words[j+1], "(") {
					run = append(run, "on")
					j++
					continue
				}
			}
			// "Ursula von der Leyen": a family name's particles in lower
			// case go on with the name.
			// (After a title they open the name: "President von der
			// Leyen".)
			if p := j; particleSet.has(words[p]) && !titleVocab[run[len(run)-1]] {
				for p < len(words) && p-j < 2 && (nameParticles[words[p]] || placeParticles[words[p]]) {
					p++
				}
				if p < len(words) {
					if w2, _ := nameWord(words[p]); w2 != "" && !titleVocab[w2] && !strings.HasPrefix(words[p], "(") {
						run = append(run, words[j:p]...)
						j = p
						continue
					}
				}
			}
			if strings.HasPrefix(words[j], "(") {
				break
			}
			w2, e2 := nameWord(words[j])
			if w2 == "" {
				// "Project 2045", "Vision 2030": a number ends a name.
				// A closing quote may follow it: "“Project 2045,”".
				// "Corridor 8", "Article 5": a route or a text keeps its
				// number.
				if n := strings.TrimRightFunc(words[j], func(r rune) bool { return strings.ContainsRune(",.;:", r) || isCloser(r) }); isDigits(n) &&
					(len(n) == 4 || len(n) <= 3 && numberedNouns[run[len(run)-1]]) {
					run = append(run, n)
					j++
				}
				break
			}
			// "Defense Dr. Mara Karlin": a style opens the next name.
			if nameStyleAbbrevSet.has(w2) {
				break
			}
			run = append(run, w2)
			end = e2
			j++
		}
		i = max(j, skip)
		buf.run = run // reused for the next run; text below is a copy
		opener := run[0]
		// Titles open a person's name: "Foreign Minister Hayashi". A run
		// without an office keeps its words: "Special Strategic
		// Partnership". An office with "of" or "for" ("Minister of
		// Foreign Affairs Ismael Ould Cheikh Ahmed") does not tell where
		// the name begins: it is left out.
		if headWordSeen(run) && (slices.Contains(run, "of") || slices.Contains(run, "for")) {
			// "Minister of External Affairs S. Jaishankar": an initial
			// after the office's last word opens the name.
			last := 0
			for k, w := range run {
				if titleVocab[w] {
					last = k
				}
			}
			// "President Zelenskyy of Ukraine": a name between the office
			// and "of" is the name; the country after it is the one the
			// office is of.
			// "Senator Chris Coons of Delaware": a state of the Union, as
			// a country, is the one the office is of.
			if at := slices.Index(run, "of"); at > last+1 && at+1 < len(run) && (isCountryOnly(strings.Join(run[at+1:], " "), cm) || usStateNames[strings.Join(run[at+1:], " ")]) {
				run = run[last+1 : at]
				first = -1
			} else if last+2 >= len(run) || !isInitial(run[last+1]) {
				continue
			} else {
				run = run[last+1:]
				first = -1
			}
		}
		// "(Assistant Secretary of) State for East Asian and Pacific
		// Affairs Daniel Kritenbrink": the rest of an office cut at "of"
		// opens with a title's word; the name follows its last one.
		if titleVocabSet.has(run[0]) && (slices.Contains(run, "of") || slices.Contains(run, "for")) {
			last := 0
			for k, w := range run {
				if titleVocab[w] {
					last = k
				}
			}
			// The office spans three words at least and a name of two
			// follows ("State of Palestine" is no office).
			if last >= 2 && len(run)-last-1 >= 2 && !slices.ContainsFunc(run[last+1:], func(w string) bool { return !isCapWord(w) }) {
				run = run[last+1:]
				first = -1
			}
		}
		if headWordSeen(run) {
			// "UN Special Envoy Martin Griffiths", "Vice Foreign Minister
			// Mori Takeo": the name follows the last word of the title.
			last := -1
			for k, w := range run {
				if titleVocab[w] {
					last = k
				}
			}
			if last >= 0 && last < len(run)-1 {
				run = run[last+1:]
				first = -1
			}
			for len(run) > 0 && titleVocab[run[0]] {
				run = run[1:]
				first = -1
			}
		}
		// "(Minister of) Foreign Affairs Mauro Vieira": the rest of an
		// office cut at "of" is a foreign ministry's portfolio; the name
		// follows it.
		if k := portfolioWords(run); k > 0 {
			run = run[k:]
			first = -1
		}
		// "(Deputy Assistant Secretary of) State Mark Wells": the office's
		// last word after its "of" is no part of the name after it.
		if first == runStart && runStart >= 2 && words[runStart-1] == "of" && titleVocab[words[runStart-2]] && len(run) >= 3 && titleVocab[run[0]] &&
			!slices.ContainsFunc(run[1:], func(w string) bool { return !isCapWord(w) || titleVocab[w] }) {
			run = run[1:]
			first = -1
		}
		// "in The Hague", "to The Gambia": a capital "The" inside the
		// sentence, before one word of a name, is part of the name.
		keepThe := len(run) == 2 && run[0] == "The" && runStart > 0 && first == runStart && isLowerWord(words[runStart-1]) &&
			!titleVocab[run[1]] && !unnamed[run[1]]
		for !keepThe && len(run) > 0 && (unnamed[run[0]] || run[0] == "of" || run[0] == "for" || run[0] == "and" || run[0] == "the") {
			run = run[1:]
			first = -1
		}
		// "Senator Chris Coons of Delaware": the state qualifies the
		// senator, whose style opened the run.
		if stateStyles[opener] {
			if at := slices.Index(run, "of"); at > 0 && usStateNames[strings.Join(run[at+1:], " ")] {
				run = run[:at]
			}
		}
		full, titled := run, true // titled: only a title's words were cut off the end
		for len(run) > 0 && (titleVocab[run[len(run)-1]] || unnamed[run[len(run)-1]] || joinWords[run[len(run)-1]]) {
			// "International Solar Alliance", "Pacific Alliance": a body's
			// name; "the Japan-U.S. Alliance" is the two countries'.
			if run[len(run)-1] == "Alliance" && len(run) >= 2 && len(cm.codes(strings.Join(run[:len(run)-1], " "))) == 0 {
				break
			}
			titled = titled && titleVocab[run[len(run)-1]]
			run = run[:len(run)-1]
		}
		// "Japan-Australia Joint Foreign Defense ministerial
		// Consultations": words of a title at the end, without the office
		// itself ("UK Prime Minister" has one), before a word in lower
		// case are the start of a name the text goes on with in lower
		// case, and what is left of it is a fragment ("Japan-Australia
		// Joint").
		// (A body's subject after "on" ends its name: "Task Force on
		// European Energy Security met".)
		if titled && len(run) < len(full) && !end && j < len(words) && !joinWords[words[j]] &&
			!headWordSeen(full[len(run):]) && !slices.Contains(full, "on") {
			continue
		}
		// "Economic Community of West African (States)", "Food and Drug
		// (Administration)": a name joined by "of" or "and" that ends with
		// a word of institutions, no office, is one name; cut, its rest is
		// a fragment.
		if n := len(run); n > 1 && n < len(full) && (slices.Contains(run[1:], "of") || slices.Contains(run[1:], "and") || slices.Contains(run[1:], "on")) &&
			!joinWords[run[n-1]] && !joinWords[full[len(full)-1]] && !headWordSeen(full[n:]) {
			run = full
		}
		if len(run) == 0 {
			continue
		}
		// "President von der Leyen of the European Commission": a family
		// name's particles in lower case open the name, and the body after
		// "of" is the one the office is of.
		if at := runStart; at > 0 && nameParticles[words[at-1]] {
			if w0, _ := nameWord(words[at]); w0 == run[0] {
				p := at - 1
				for p > 0 && at-p < 2 && nameParticles[words[p-1]] {
					p--
				}
				if k := slices.Index(run, "of"); k > 0 && cm.isOrg(strings.Join(run[k+1:], " ")) {
					run = run[:k]
				}
				run = append(slices.Clone(words[p:at]), run...)
			}
		}
		text := strings.Join(run, " ")
		// "the Economic Community of West African states’ role": a name
		// that ends with an adjective of a place before a word in lower
		// case goes on in lower case: with a word that names a body
		// ("states", "council") it is the name as the text writes it;
		// otherwise what is left is a fragment. A country's ("North
		// Korean troops") names the country.
		if len(run) > 1 && len(run) == len(full) && adjectiveOfLower(run[len(run)-1], end, words, j-1) &&
			len(cm.codes(text)) == 0 && !cm.isOrg(text) {
			next, _, _ := strings.Cut(strings.TrimRightFunc(words[j], func(r rune) bool { return !unicode.IsLetter(r) }), "’")
			next, _, _ = strings.Cut(next, "'")
			if next == "" || !genericCaps[strings.ToUpper(next[:1])+next[1:]] {
				continue
			}
			text += " " + next
		}
		// "White House Social (Secretary)", "Senate Foreign Relations
		// (Committee Chairman)": what qualifies an office the run ended
		// with is no name of its own; a country or an organisation
		// ("NATO Secretary General") stays.
		if len(run) < len(full) && headWordSeen(full[len(run):]) && !isAcronym(text) &&
			len(cm.codes(text)) == 0 && !cm.isOrg(text) {
			continue
		}
		// The first word of a sentence is capitalized anyway: only a
		// country, an organisation or an acronym counts.
		if first == 0 && len(run) == 1 && !isAcronym(text) && len(cm.codes(text)) == 0 && !cm.isOrg(text) {
			continue
		}
		out = append(out, text)
	}
	buf.out = out // the caller is done with it before the next sentence
	return out
}

// countryMemo looks up the countries and organisations of the short
// strings mentionsOf asks about. (Looking up a short string costs less
// than remembering it.)
type countryMemo struct{}

func (countryMemo) codes(s string) []string {
	ms := findCountryMentions(s)
	if len(ms) == 0 {
		return nil
	}
	var codes []string
	for _, x := range ms {
		if !slices.Contains(codes, x.Code) {
			codes = append(codes, x.Code)
		}
	}
	return codes
}

func (countryMemo) isOrg(s string) bool { return len(findOrgs(s)) > 0 }

func (countryMemo) mentions(s string) []country.Mention { return findCountryMentions(s) }

// anniversaries returns the anniversaries s names, with what they are of
// ("70th anniversary of diplomatic relations"), at most five words after
// "of".
func (countryMemo) anniversaries(s string) []string {
	if !mayBeAnniversary(s) {
		return nil
	}
	var out []string
	for _, a := range findOrdinals(s) {
		if a.start < 0 || a.end > len(s) || a.start >= a.end {
			continue
		}
		text := strings.TrimSpace(s[a.start:a.end])
		rest := s[a.end:]
		if i := strings.IndexAny(rest, ",;:()"); i >= 0 {
			rest = rest[:i]
		}
		// A full stop ends it, not the one of "U.S." ("the U").
		for i := 0; i < len(rest); i++ {
			if rest[i] == '.' && (i+1 == len(rest) || rest[i+1] == ' ') && !(i >= 2 && rest[i-2] == '.') {
				rest = rest[:i]
				break
			}
		}
		ws := strings.Fields(rest)
		// "the 60th anniversary of The Gambia's independence": the
		// ordinal's words end with the name's "The", which opens what
		// the anniversary is of.
		if t, ok := strings.CutSuffix(text, " of The"); ok {
			text, ws = t+" of", append([]string{"The"}, ws...)
		}
		// "the establishment of", "the founding of the United Nations":
		// what is a year older is the body itself.
		for len(ws) > 0 && (ws[0] == "the" || ws[0] == "establishment" || ws[0] == "founding" || ws[0] == "foundation" || ws[0] == "creation" || ws[0] == "of") {
			ws = ws[1:]
		}
		switch {
		case len(ws) > 5 && ws[4] == "and" && ws[3] != "and":
			// "diplomatic relations between Japan and Indonesia": a pair
			// stays whole.
			ws = ws[:6]
		case len(ws) > 4:
			ws = ws[:4]
		}
		// "… diplomatic relations this year": a word of time ends it.
		// "… diplomatic relations on 5 September", "its signing on
		// June 19": "on" before a day or a month opens the date.
		for k, w := range ws {
			if k > 0 && (annivEnds[w] || w == "on" && k+1 < len(ws) && onDate(ws[k+1])) {
				ws = ws[:k]
				break
			}
		}
		// "diplomatic relations between the two countries" cut to four
		// words ends before the object of its preposition: the
		// preposition goes too.
		for len(ws) > 0 && (joinWords[ws[len(ws)-1]] || strandedWords[ws[len(ws)-1]]) {
			ws = ws[:len(ws)-1]
		}
		if len(ws) > 0 {
			text = strings.TrimSuffix(strings.TrimSuffix(text, " the"), " of") + " of " + strings.Join(ws, " ")
		}
		out = append(out, text)
	}
	return out
}

// onDate reports whether w, after "on", opens a date: a day's figure or
// a month ("5", "June").
func onDate(w string) bool {
	if isDigit(w[0]) {
		return true
	}
	_, ok := months[lowerText(strings.TrimRight(w, ".,"))]
	return ok
}

// runBuffers are the slices nameRuns reuses from sentence to sentence.
type runBuffers struct {
	words, run, out []string
}

// appendFields appends the words of s (as strings.Fields splits them on
// ASCII spaces) to dst.
func appendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// romanNumerals after an office ("Minister of Foreign Affairs II") or a
// name name nothing alone.
var romanNumerals = setOf("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII")

// numberedNouns are the names that a number ends: "Corridor 8",
// "Article 5", "Resolution 242".
var numberedNouns = setOf("Corridor", "Resolution", "Article", "Chapter", "Route", "Line", "Block", "Phase", "Pillar",
	"Cluster", "Highway", "Protocol", "Annex", "Terminal", "Unit", "Reactor", "Platform",
	// A class of ship or of aircraft: "Type 26 frigates".
	"Type")

// bodyNouns end the name of a body that "on" joins to its subject: "Task
// Force on European Energy Security", "Conference on Disarmament".
var bodyNouns = setOf("Force", "Conference", "Convention", "Commission", "Committee", "Council", "Forum", "Dialogue",
	"Group", "Panel", "Treaty", "Declaration", "Summit", "Consultations", "Talks", "Agreement", "Initiative", "Centre", "Center")

// joinWords join the capitalized words of one name.
var joinWords = setOf("of", "for", "and", "the")

// annivEnds end an anniversary's phrase: "of diplomatic relations this
// year".
var annivEnds = setOf("this", "next", "last", "year", "which", "that")

// strandedWords cannot end what an anniversary is of: a preposition or an
// article whose words were cut.
var strandedWords = setOf("between", "with", "among", "in", "on", "to", "at", "by", "from", "a", "an", "two", "its", "their",
	"through", "for", "under", "during", "after", "before", "via")

// nameWord returns w without its punctuation when it can be part of a
// name ("" when not), and whether a name must end after it (a comma, a
// full stop, a possessive).
func nameWord(w string) (word string, end bool) {
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		return "", true // the common case: a word in lower case
	}
	w = strings.TrimLeftFunc(w, isOpener)
	// "Connecticut—which": a dash glued to the next word ends the name
	// (both dashes' encodings open with the byte 0xE2).
	if i := dashAt(w); i > 0 && !enDashJoin(w, i) {
		w = w[:i]
		if t, _ := nameWord(w); t != "" {
			return t, true
		}
		return "", true
	}
	u := strings.TrimRightFunc(w, isCloser) // keeps a full stop
	t := strings.TrimRightFunc(u, func(r rune) bool { return r == '.' || isCloser(r) })
	end = t != w
	// "People’s Republic of China", "Lao People’s Democratic Republic":
	// the possessive is part of the name, which goes on.
	if t == "People’s" || t == "People's" || pluralPossessives[t] {
		return t, false
	}
	if strings.HasSuffix(t, "s") {
		for _, p := range []string{"’s", "'s"} {
			if strings.HasSuffix(t, p) {
				t, end = strings.TrimSuffix(t, p), true
			}
		}
	}
	// "U.S.", "Japan-Australia-India-U.S.": the full stop is the initial's.
	if t != u && (isInitialish(u) || isInitialish(u[strings.LastIndexByte(u, '-')+1:])) {
		t = u
		// "Brian A. Nichols": a middle initial's full stop ends no name
		// (a sentence's last word ends its runs anyway).
		if len(u) == 2 && u == w {
			end = false
		}
	}
	// "Md. Touhid Hossain", "Eng. Abdullahi Warsame": a style's full stop
	// ends no name either (the style goes as unnamed's words do).
	if end && u == w && len(u) == len(t)+1 && u[len(t)] == '.' && nameStyleAbbrevs[t] {
		end = false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || !unicode.IsUpper(r) && !(unicode.IsDigit(r) && hasLetter(t)) {
		return "", true
	}
	return t, end
}

// isOpener and isCloser are the punctuation before and after a word
// (a full stop aside, which may end an abbreviation).
func isOpener(r rune) bool { return r == '(' || r == '“' || r == '"' || r == '‘' || r == '\'' }

func isCloser(r rune) bool {
	switch r {
	case ',', ';', ':', ')', '”', '"', '’', '\'', '!', '?':
		return true
	}
	return false
}

// isInitialish reports whether w is an abbreviation with dots: "U.S.", "R.".
func isInitialish(w string) bool {
	if len(w) > 6 || len(w) != 2 && strings.Count(w, ".") < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// isDigits reports whether s is written in ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is written in capitals: "NATO", "G7", "COP26".
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// discussVerbs open a list of topics, by the word of the sentence that
// announces them.
var discussVerbs = map[string][]string{
	"discussed":   {"discussed "},
	"discussing":  {"discussing "},
	"talked":      {"talked about "},
	"spoke":       {"spoke about "},
	"views":       {"exchanged views on ", "exchanged views about "},
	"touched":     {"touched on ", "touched upon "},
	"subject":     {"on the subject of "},
	"cooperation": {"cooperation on "},
	"such":        {"issues such as "},
	"including":   {"issues including ", "priorities, including ", "topics including "},
}

// topicOpeners open a sentence with its topic.
var topicOpeners = []string{"On the subject of ", "On the issue of ", "On the question of ", "Turning to ", "Discussing ",
	"Regarding ", "With regard to ", "With respect to ", "As for ", "Concerning ", "On "}

// fillers open a list item and say nothing of its topic.
var fillers = []string{"the ", "a ", "an ", "their ", "our ", "its ", "his ", "her ", "both ", "recent ", "latest ",
	"ongoing ", "current ", "shared ", "mutual ", "further ", "continued ", "developments in ", "situation in ",
	"situation on ", "importance of ", "issue of ", "issues of ", "ways to ", "progress on ", "progress in ",
	"need for ", "need to ", "efforts to ", "efforts on ", "latest developments in ", "range of ", "other ", "regional ", "global ", "common ", "new ", "next ", "more ",
	"various ", "several ", "many ", "tackle ", "tackling ", "address ", "addressing ", "tackle ", "counter ",
	"countering ", "illegal "}

// discussedTopics returns the lower-case topics of a discussion list in
// s: "They discussed COVID-19, the recent Ebola outbreaks, and economic
// opportunity" gives "Ebola outbreaks", "economic opportunity" (names are
// nameRuns' part).
func discussedTopics(s string, words []string) []string {
	var out []string
	// "On the subject of small boat crossings in the Channel, …",
	// "Turning to Ukraine, …": the opening phrase is the topic.
	for _, o := range topicOpeners {
		if strings.HasPrefix(s, o) {
			if i := indexText(s, ", "); i > len(o) {
				if t := topicOf(s[len(o):i]); t != "" {
					out = append(out, t)
				}
			}
			break
		}
	}
	var seen []string
	for _, w := range words {
		switch w[0] {
		case 'd', 't', 's', 'v', 'c', 'i':
		default:
			continue
		}
		verbs := discussVerbs[w]
		if verbs == nil || slices.Contains(seen, w) {
			continue
		}
		seen = append(seen, w)
		for _, v := range verbs {
			if i := indexText(s, v); i >= 0 {
				out = append(out, listedTopics(s[i+len(v):])...)
			}
		}
	}
	return out
}

// listEnds end a list of topics: the clause goes on. "areas where
// their views and aims differ" is a clause, not a list: what follows
// "where" ends with its verb ("aims differ").
var listEnds = []string{" to ", " that ", " which ", " who ", " where ", " whose ", " when ", " as ", " with a view", " and agreed", " and reaffirmed",
	" and welcomed", " and underlined", " and stressed", ", and they", ", and the", " in order", " ahead of", " for the"}

// listedTopics returns the topics of the list that opens rest.
func listedTopics(rest string) []string {
	if j := strings.IndexAny(rest, ".;:"); j >= 0 {
		rest = rest[:j]
	}
	for _, stop := range listEnds {
		if j := indexText(rest, stop); j >= 0 {
			// ", where …" after a place says what happens there, and
			// the list may go on in it.
			if j > 0 && rest[j-1] == ',' && stop == " where " {
				continue
			}
			rest = rest[:j]
		}
	}
	var out []string
	for _, item := range splitList(rest) {
		if t := topicOf(item); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// splitList splits "A, B, and C" and "A and B" into items.
func splitList(s string) []string {
	s = strings.ReplaceAll(s, ", as well as ", ", ")
	s = strings.ReplaceAll(s, " as well as ", ", ")
	s = strings.ReplaceAll(s, ", and ", ", ")
	s = strings.ReplaceAll(s, ", including ", ", ")
	s = strings.ReplaceAll(s, " including ", ", ")
	var out []string
	for _, p := range strings.Split(s, ", ") {
		out = append(out, strings.Split(p, " and ")...)
	}
	return out
}

// topicOf trims a list item to its topic: at most four words, lower case,
// without fillers; "" for an item that is a name, a clause or too long.
func topicOf(item string) string {
	t := strings.TrimSpace(item)
	for changed := true; changed; {
		changed = false
		for _, f := range fillers {
			if strings.HasPrefix(t, f) {
				t = t[len(f):]
				changed = true
			}
		}
	}
	// "the situation in Syria": the name is the topic, and nameRuns has it.
	if i := strings.LastIndex(t, " in "); i >= 0 {
		t = t[:i]
	}
	// "progress on the joint action plan to tackle illegal migration":
	// the last phrase names the topic.
	for len(strings.Fields(t)) > 3 {
		i := max(strings.LastIndex(t, " of "), strings.LastIndex(t, " on "), strings.LastIndex(t, " to "), strings.LastIndex(t, " for "))
		if i < 0 {
			break
		}
		t = strings.TrimSpace(t[i+4:])
		for _, f := range fillers {
			t = strings.TrimPrefix(t, f)
		}
	}
	if i := indexText(t, " of "); i > 0 {
		t = t[:i]
	}
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return ""
		}
		if !isTopicWord(w) {
			return ""
		}
	}
	if len(t) < 4 || containsText(ws[len(ws)-1], "-") || adjectives[ws[len(ws)-1]] {
		return ""
	}
	// "recognising", "beyond": one word is a topic only when it is one of
	// the genre's matters; "increased international action", "significant
	// risks": a participle or a judgement opens no topic.
	// "peace and stability in the Taiwan Strait": a head that names a
	// matter only qualified (qualifiedOnly) is none alone.
	if len(ws) == 1 && (!topicHeads[ws[0]] || qualifiedOnly[ws[0]]) || !isModifier(ws[0]) && len(ws) > 1 || topicStops[ws[0]] {
		return ""
	}
	return t
}

// topicHeads are the nouns that name the matters readouts discuss; a
// topic phrase is one of them with up to two words before it that qualify
// it ("illegal migration", "defence spending", "small boat crossings").
var topicHeads = setOf("security", "defence", "defense", "migration", "climate", "energy", "trade", "investment",
	"sanctions", "aid", "assistance", "border", "borders", "election", "elections", "treaty", "spending", "tax", "taxes",
	"infrastructure", "rail", "cable", "cables", "health", "pandemic", "vaccines", "terrorism", "counterterrorism",
	"missiles", "denuclearization", "abduction", "abductions", "hostages", "refugees", "reconstruction",
	"fisheries", "agriculture", "grain", "semiconductors", "technology", "technologies", "cyber", "ceasefire",
	"reform", "reforms", "corruption", "democracy", "smuggling", "gangs", "crossings", "boats", "visas", "tourism",
	"education", "shipbuilding", "submarines", "weapons", "ammunition", "exports", "tariffs", "debt", "coalition",
	"government", "parliament", "alliance", "legislation", "backstop", "deal", "sovereignty", "governance", "finance",
	"supply", "minerals", "rights", "proliferation", "disarmament", "inflation", "growth", "deterrence",
	"resilience", "connectivity", "peacekeeping", "stability", "solution", "troops", "diplomats", "truce",
	"peace", "counteroffensive", "battlefield", "grid", "contraception", "gas", "crime",
	"weapon", "drones", "hostage", "violence", "crisis", "budget", "deficit", "default", "cuts", "migrants",
	"repatriation", "compliance", "transitions", "survivors", "veterans", "drought", "nominees", "bill",
	// Matters of the genre's other ministries: "water management",
	// "border management", "oil refining", "green hydrogen", "healthcare",
	// "malaria vaccine", "the Slovene minority".
	"management", "refining", "healthcare", "vaccine", "hydrogen", "minority", "minorities", "rise",
	"consultations", "flights", "interconnection", "accession", "railway", "restraint", "academies",
	// Goods and sectors the genre's trade and aid readouts name:
	// "lithium and copper", "maize, fertiliser and fuel", "dairy
	// products", "mining and geology", "scholarships".
	"lithium", "copper", "diamonds", "coal", "maize", "wheat", "rice", "fertiliser", "fertilisers",
	"fertilizer", "fertilizers", "tractors", "dairy", "mining", "fuel", "aviation", "scholarships",
	"scholarship", "desalination", "earthquake", "hurricane", "demining", "halal", "pharmaceuticals", "textiles",
	"guarantees")

// topicHeadSet is topicHeads for the look-ups of every word (topicPhrases).
var topicHeadSet = quickSetOf(topicHeads)

// cooperationFields are the fields in which cooperation is a matter of
// a readout: "maritime cooperation", "defense cooperation".
var cooperationFields = setOf("maritime", "defense", "defence", "military", "nuclear", "space", "energy", "trade",
	"police", "judicial", "consular", "customs")

// regionAdjective reports whether w is the adjective of a region that is
// no country ("Atlantic", "Arctic", "Transatlantic"; not "Portuguese"):
// cooperation in a region is a matter, a country's is its aid.
func regionAdjective(w string) bool {
	return isPlaceAdjective(w) && len(findCountryMentions(w)) == 0
}

// nameAdjectiveSuffixes make an adjective of a name: "Compact-related",
// "Union-led".
var nameAdjectiveSuffixes = setOf("related", "led", "based", "backed", "owned", "funded", "sponsored", "linked", "driven",
	"focused", "oriented", "run", "brokered", "hosted")

// conflictMatters are the heads of the matters that end or ease a
// conflict: a readout of a war names them as it names its places and
// people, and a reader looks for them first. Their phrases weigh in the
// list as names do; other matters weigh less than names.
var conflictMatters = setOf("ceasefire", "truce", "hostages", "solution")

// topicStops end or break a topic phrase: they qualify nothing.
var topicStops = setOf("the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "at", "from", "and", "or", "their",
	"our", "its", "his", "her", "this", "that", "these", "those", "both", "two", "all", "other", "such", "more", "further",
	"regional", "global", "international", "bilateral", "mutual", "common", "shared", "close", "closer", "strong",
	"continued", "ongoing", "important", "significant", "new", "including", "as", "is", "are", "was", "were", "be",
	"will", "would", "can", "could", "should", "importance", "cooperation", "issues", "field", "fields", "area", "areas",
	"up", "down", "out", "additional", "further", "urgent", "vital", "key", "concrete", "specific",
	"like", "alongside", "beyond", "despite", "amid", "similar", "significant", "great", "greater", "serious", "deep",
	"very", "many", "some", "any", "each", "every", "own", "same", "recent", "current", "ongoing",
	"about", "over", "into", "across", "against", "between", "among", "around", "toward", "towards", "through",
	"during", "after", "before", "under", "via", "within", "without", "upon", "than",
	// ("the criminal gangs behind illegal migration")
	"behind", "along", "since", "until", "onto", "near", "throughout", "beneath",
	// ("weapons, which fuel violence")
	"which", "who", "whom", "whose", "where", "when", "while", "whether",
	"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next")

// isModifier reports whether a lower-case word may qualify a topic: not
// a verb of the readout's own ("tackle", "strengthen", "said"), an adverb
// or a participle ("building resilience"; "peacebuilding" and
// "peacekeeping" are nouns).
func isModifier(w string) bool {
	if topicVerbs[w] || isJudgement(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") && !edKinds[w] ||
		strings.HasSuffix(w, "ing") && (!strings.HasSuffix(w, "building") && !strings.HasSuffix(w, "keeping") || w == "building" || w == "keeping") && !ingNouns[w] {
		return false
	}
	return true
}

// isJudgement reports whether w is an adjective that judges rather than
// names a kind: "ambitious climate goals", "robust trade", "historic tax
// cuts", "wasteful tax breaks". It qualifies the phrase the readout
// praises or blames, often a longer one than the list can name, and
// opens no matter ("climate", "trade" and "tax" are).
func isJudgement(w string) bool {
	if judgements[w] {
		return true
	}
	return (strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful")) && !kindsInOusFul[w]
}

// judgements are adjectives of praise or blame without a telling suffix.
var judgements = setOf("robust", "historic", "historical", "ambitious", "bold", "excellent", "productive", "constructive",
	"candid", "frank", "positive", "negative", "unprecedented", "landmark", "massive", "huge", "modest", "decisive")

// kindsInOusFul are adjectives in "-ous" or "-ful" that name a kind, not
// a judgement: "indigenous rights", "religious freedom".
var kindsInOusFul = setOf("indigenous", "religious", "autonomous", "contiguous", "peaceful", "ferrous", "nonferrous")

// ingNouns are nouns in "-ing" that qualify a matter ("voting rights",
// "shipping lanes", "mining sector"), not participles.
var ingNouns = setOf("voting", "housing", "banking", "shipping", "training", "mining", "fishing", "farming",
	"manufacturing", "trafficking", "processing", "nursing", "computing", "funding", "lending", "licensing",
	"lasting", "enduring", "spending", "financing", "policing", "planning")

// edKinds are adjectives in "-ed" that name a kind of a matter
// ("liquefied natural gas", "organized crime", "armed forces"), not
// participles of the readout's own ("increased international action").
var edKinds = setOf("armed", "liquefied", "organized", "organised", "unmanned", "enriched", "skilled",
	"integrated", "automated", "specialized", "specialised", "processed", "connected")

// topicVerbs are verbs readouts put before a topic.
var topicVerbs = setOf("reduce", "tackle", "intercept", "strengthen", "address", "counter", "combat", "increase",
	"enhance", "promote", "support", "improve", "boost", "deepen", "expand", "advance", "ensure", "provide", "secure",
	"build", "protect", "sustain", "step", "bolster", "discuss", "stop", "end", "prevent", "restore", "maintain",
	"achieve", "develop", "deliver", "drive", "help", "work", "make", "take", "keep", "bring", "raise", "meet", "defend",
	"fight", "face", "see", "agree", "continue", "urge", "call", "welcome", "reaffirm", "confirm", "share", "uphold",
	"undermine", "confront", "maintain", "hold", "pursue", "reach", "resolve", "avoid", "tackles", "address", "explore",
	"restrict", "limit", "ban", "deny", "threaten", "weaken", "enforce", "guarantee", "safeguard", "curb", "cut", "lower", "mean", "means",
	"include", "includes", "establish", "said", "says", "told", "tells", "sought", "seeks", "resume", "resumes",
	"denounce", "condemn")

// topicPhrases returns the topic phrases of a sentence's words.
func topicPhrases(words []string) []string {
	var out []string
	for i, w := range words {
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		// "maritime cooperation", "Atlantic cooperation": cooperation is
		// a matter in a field or a region, not as "economic", "security"
		// or "practical" cooperation.
		if w[0] == 'c' && i > 0 && strings.HasPrefix(w, "cooperation") && len(w) <= len("cooperation")+1 &&
			(len(w) == len("cooperation") || isCloser(rune(w[len(w)-1])) || w[len(w)-1] == '.') &&
			(cooperationFields[words[i-1]] || regionAdjective(words[i-1])) {
			out = append(out, words[i-1]+" cooperation")
			continue
		}
		// (A word that ends with a letter, as most do, has nothing to trim.)
		head, possessive := w, false
		if !isLetter(w[len(w)-1]) {
			head = strings.TrimRightFunc(w, func(r rune) bool { return r == '.' || isCloser(r) })
		}
		if !topicHeadSet.has(head) {
			// "the parliament’s ratification": the matter in the
			// possessive.
			h, ok := strings.CutSuffix(head, "’s")
			if !ok {
				h, ok = strings.CutSuffix(head, "'s")
			}
			if !ok || !topicHeadSet.has(h) {
				continue
			}
			head, possessive = h, true
		}
		// "humanitarian aid": the phrase ends with the last head.
		if head == w && i+1 < len(words) && topicHeads[strings.TrimRightFunc(words[i+1], func(r rune) bool { return r == '.' || isCloser(r) })] {
			continue
		}
		// "security, economic, and humanitarian assistance": a matter
		// listed among the qualifiers of a later one is one of them.
		if sharesLaterHead(words, i) {
			continue
		}
		start := i
		for start > 0 && i-start < 2 {
			p := words[start-1]
			// "international security", "regional stability": the scope of
			// security is its name.
			if start == i && scopes[p] && (head == "security" || head == "stability") {
				start--
				break
			}
			// "European security", "Transatlantic security": an adjective
			// of a place qualifies the matter.
			if start == i && isPlaceAdjective(p) {
				start--
				// "North Korean troops": the compass word is the place's.
				if start > 0 && compassWords[words[start-1]] {
					start--
				}
				break
			}
			if p == "" || p[0] < 'a' || p[0] > 'z' || topicStops[p] || strings.ContainsAny(p, ",.;:()\"“”’'—–") || !isModifier(p) {
				break
			}
			// "a two state solution", "the 2 percent defense spending
			// pledge": a qualifier after a number is measured by it. Right
			// before the head it keeps its number ("two state solution");
			// further, the phrase starts after it ("defense spending").
			if start >= 2 && isNumberWord(words[start-2]) {
				if start == i {
					start -= 2
				}
				break
			}
			start--
		}
		// "weapons, which fuel violence", "gangs who smuggle migrants":
		// the word in lower case after a relative pronoun is the clause's
		// verb, and qualifies nothing. ("that" is left alone: "noted that
		// total trade" opens a clause with its subject.)
		if start < i && start > 0 && relativePronouns[words[start-1]] && words[start][0] >= 'a' && words[start][0] <= 'z' {
			start++
		}
		// "the only solution": a head that names a matter only with what
		// qualifies it ("two-state solution").
		// "his government's readiness": a matter in the possessive is
		// one only qualified ("the Turkish parliament’s").
		if start == i && (qualifiedOnly[head] || possessive) {
			continue
		}
		// "sea level rise", "sea-level rise": a rise is a matter of the
		// sea's level only ("whose costs rise" is a clause).
		if head == "rise" && !strings.HasSuffix(words[i-1], "level") {
			continue
		}

		parts := append(append([]string{}, words[start:i]...), head)
		// "the security situation", "the humanitarian situation": the
		// matter's state is what was discussed.
		if head == w && i+1 < len(words) && !possessive {
			if n := strings.TrimRightFunc(words[i+1], func(r rune) bool { return r == '.' || isCloser(r) }); n == "situation" {
				parts = append(parts, n)
			}
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

// relativePronouns open a relative clause: the word after one is its verb.
var relativePronouns = setOf("which", "who")

// isNumberWord reports whether w is a number in figures or a small one
// in words: "2", "1,000", "two".
func isNumberWord(w string) bool {
	if smallNumbers[w] {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789.,") == "" && w[0] >= '0' && w[0] <= '9'
}

var smallNumbers = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// qualifiedOnly are topic heads that name a matter only qualified:
// "two-state solution", "a lasting peace", "regional stability" ("peace
// and stability" is a courtesy; its place, "in the Aegean", is the
// matter, and the list names it).
var qualifiedOnly = setOf("bill", "solution", "peace", "stability", "crime", "gas", "crisis", "cuts", "compliance", "transitions", "weapon", "violence",
	"management", "refining", "rise", "consultations", "flights", "academies",
	// ("the supply of dual-use components", "supply chains"; but "energy
	// supply")
	"supply")

// dashAt returns the index of the first em or en dash in w, or -1.
func dashAt(w string) int {
	for i := strings.IndexByte(w, 0xE2); i >= 0 && i+2 < len(w); {
		if w[i+1] == 0x80 && (w[i+2] == 0x94 || w[i+2] == 0x93) {
			return i
		}
		j := strings.IndexByte(w[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// pluralPossessives go on with the name they are part of: "Jackson
// Women’s Health Organization", "National Women’s Law Center".
var pluralPossessives = setOf("Women’s", "Women's", "Children’s", "Children's", "Men’s", "Men's")

// compassWords open a place's two-word adjective: "North Korean",
// "South Sudanese".
var compassWords = setOf("North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western")

// scopes name the reach of security: "international security".
var scopes = setOf("international", "regional", "global", "national", "collective", "maritime", "economic", "energy", "food", "cyber")

// adjectiveOfLower reports whether w, the word words[k] without its
// punctuation, is a capitalized adjective of a place (isPlaceAdjective)
// that qualifies the word in lower case after it: "Transatlantic" of
// "Transatlantic security". end tells that punctuation ends the word.
func adjectiveOfLower(w string, end bool, words []string, k int) bool {
	// "Indo-Pacific region", "Euro-Atlantic area": a compound names a
	// region, which the list names.
	if end || k+1 >= len(words) || !isPlaceAdjective(w) || strings.Contains(w, "-") || nounsLikeAdjectives[w] || strings.HasSuffix(w, "stan") {
		return false
	}
	n := words[k+1]
	return n != "" && n[0] >= 'a' && n[0] <= 'z' && !joinWords[n] && !topicStops[n]
}

// kinNouns name a relative: "his daughter, Anna".
var kinNouns = setOf("daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower",
	"niece", "nephew", "grandson", "granddaughter", "partner", "spouse", "child")

// afterKin reports whether s writes name right after a relative and a
// comma: "his daughter, Anna".
func afterKin(s, name string) bool {
	i := indexText(s, ", "+name)
	if i <= 0 {
		return false
	}
	before := s[:i]
	return kinNouns[before[strings.LastIndexByte(before, ' ')+1:]]
}

// nameParticles are the words in lower case that open a family name:
// "von der Leyen", "de Mistura".
// ("Palácio do Planalto", "Casa das Américas": Portuguese names of places
// join as names of people do.)
var nameParticles = setOf("von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "do", "das", "le", "la", "ter")

// particleSet holds nameParticles and placeParticles, for nameRuns' look-up
// of every word after a name.
var particleSet = quickSetOf(union(nameParticles, placeParticles))

// onlyCompass reports whether run is points of the compass and words
// that join them: "West", "East and West".
func onlyCompass(run string) bool {
	for w := range strings.SplitSeq(run, " ") {
		if !compassWords[w] && !joinWords[w] {
			return false
		}
	}
	return true
}

// nounsLikeAdjectives are nouns that end as adjectives of places do:
// "Indian Ocean region", "Japan", "the Marshall Plan".
var nounsLikeAdjectives = setOf("Ocean", "Japan", "Iran", "Sudan", "Oman", "Taiwan", "Jordan", "Bhutan", "Vatican", "Plan",
	"Chairman", "Chairwoman", "Spokesman", "Spokeswoman", "Ombudsman", "Khan", "Republic", "Pacific", "Arctic", "Atlantic",
	"Baltic", "Adriatic", "Caribbean", "Mediterranean")

// isPlaceAdjective reports whether w is a capitalized adjective of a place:
// "European", "Transatlantic", "Pacific", "Korean".
func isPlaceAdjective(w string) bool {
	if len(w) < 5 || !isCapWord(w) || strings.ContainsAny(w, ",.;:()\"“”’'") {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adjectives end no topic: "global", "regional".
var adjectives = setOf("global", "regional", "international", "bilateral", "multilateral", "common", "mutual", "new",
	"key", "important", "other", "such", "economic", "political", "strategic", "shared", "recent", "current")

// isTopicWord reports whether w can be a word of a topic: not a function
// word, a pronoun or a verb form that makes the item a clause.
func isTopicWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "at", "from", "and", "or", "their", "our", "his",
		"her", "its", "they", "we", "he", "she", "it", "this", "that", "these", "those", "how", "what", "which", "who",
		"will", "would", "can", "could", "should", "is", "are", "was", "were", "be", "been", "have", "has", "had",
		"issues", "matters", "areas", "topics", "things", "ways", "range", "number", "variety", "host", "importance",
		"relationship", "relations", "cooperation", "bilateral", "countries", "together", "views", "efforts",
		"detail", "details", "interest", "interests", "opportunity", "opportunities", "situation", "close", "closely",
		"including", "way", "steps", "developments", "concern", "concerns", "need", "needs", "prospects":
		return false
	}
	return true
}

// quotedPhrases returns the phrases in lower case that s puts in quotes
// as the name of a policy or an idea: "a policy of “proactive
// contribution to peace”". Two to five words in lower case, none a verb
// of a clause (quoted speech is longer and has one); a phrase with a
// capitalized word is a slogan of names, and the names are nameRuns'.
func quotedPhrases(s string) []string {
	var out []string
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		for rest := s; ; {
			i := indexText(rest, q[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(q[0]):]
			j := indexText(rest, q[1])
			if j < 0 {
				break
			}
			phrase := strings.TrimRight(rest[:j], ",.")
			rest = rest[j+len(q[1]):]
			ws := strings.Fields(phrase)
			if len(ws) < 2 || len(ws) > 5 || phrase == "" || phrase[0] < 'a' || phrase[0] > 'z' {
				continue
			}
			if slices.ContainsFunc(ws, func(w string) bool {
				return !isLowerWord(w) || !isTopicWord(w) && !joinWords[w] && w != "to" || topicVerbs[w]
			}) {
				continue
			}
			out = append(out, phrase)
		}
	}
	return out
}

// sharesLaterHead reports whether words[i], followed by a comma, opens a
// list of qualifiers whose last one, after "and" or "or", qualifies a
// topic head: "security, economic, and humanitarian assistance".
func sharesLaterHead(words []string, i int) bool {
	if !strings.HasSuffix(words[i], ",") {
		return false
	}
	for j := i + 1; j < len(words) && j <= i+5; j++ {
		w := words[j]
		if w == "and" || w == "or" {
			if j+2 >= len(words) || !isLowerWord(words[j+1]) {
				return false
			}
			return topicHeads[strings.TrimRightFunc(words[j+2], func(r rune) bool { return r == '.' || r == ',' || isCloser(r) })]
		}
		if !strings.HasSuffix(w, ",") || !isLowerWord(strings.TrimSuffix(w, ",")) {
			return false
		}
	}
	return false
}

// portfolioVocab are the words of a ministry's portfolio: "(Minister
// of) Foreign Affairs and International Cooperation", "(Minister of
// African Integration and) Foreign Affairs", "(Minister of) Foreign
// Affairs, International Cooperation and Gambians Abroad".
var portfolioVocab = setOf("Foreign", "Affairs", "External", "International", "Cooperation", "Co-operation", "Trade",
	"European", "African", "Integration", "Regional", "Abroad", "Expatriates", "Emigration", "Diaspora", "Relations",
	"Security", "Policy", "Defence", "Defense", "Development", "Worship", "Commerce", "Industry", "Investment",
	"Finance", "Economy", "Economic", "Francophonie", "Communities", "Overseas", "Tourism", "Culture", "and", "the",
	// The other ministries' portfolios, after a comma of a long one ("Minister of
	// Trade, Industry and Energy of the Republic of Korea Ahn Duk-geun").
	"Energy", "Justice", "Health", "Education", "Agriculture", "Environment", "Interior", "Transport", "Science",
	"Technology", "Innovation", "Infrastructure", "Fisheries", "Planning", "Labour", "Employment", "Mines", "Petroleum",
	"Natural", "Resources", "Digital", "Information", "Communications")

// portfolioHeads are the offices a portfolio follows with "of" or "for".
var portfolioHeads = setOf("Minister", "Ministry", "Secretary", "Representative", "Commissioner")

// officePortfolio reports whether run, a run of capitalized words of s,
// is the portfolio of an office that s writes before it ("Minister of
// Foreign Affairs and International Cooperation received …", "the
// High Representative for Foreign Affairs and Security Policy"): the
// office's words, which name nothing a reader looks for in the list of
// mentions. A country after the portfolio ("Foreign Affairs of the
// Republic of Azerbaijan") is the office's; a person's name after it
// keeps the run.
func officePortfolio(s, run string, cm countryMemo) bool {
	// (Most runs open with a word of no portfolio: they are done with
	// one look-up. "Gambians Abroad" opens with a people's word.)
	if first, rest, _ := strings.Cut(run, " "); !portfolioVocab[first] && !strings.HasPrefix(rest, "Abroad") &&
		!strings.HasPrefix(rest, "Expatriates") && !strings.HasPrefix(rest, "Diaspora") {
		return false
	}
	ws := strings.Fields(run)
	if len(ws) < 2 {
		return false
	}
	for k, w := range ws {
		if portfolioVocab[w] {
			continue
		}
		// "Gambians Abroad", "Moroccan Expatriates": a people's word before
		// the portfolio's.
		if k+1 < len(ws) && (ws[k+1] == "Abroad" || ws[k+1] == "Expatriates" || ws[k+1] == "Diaspora") {
			continue
		}
		if w == "of" && k > 0 {
			tail := strings.TrimPrefix(strings.Join(ws[k+1:], " "), "the ")
			if isCountryOnly(tail, cm) {
				break
			}
		}
		return false
	}
	i := indexText(s, run)
	if i <= 0 {
		return false
	}
	// Back over the portfolio's earlier words ("Foreign Affairs, " before
	// "International Cooperation") to "of" or "for" and the office.
	before := strings.Fields(s[:i])
	k := len(before) - 1
	for k >= 0 && portfolioVocab[strings.TrimRight(before[k], ",")] && before[k] != "the" {
		k--
	}
	if k >= 0 && before[k] == "the" {
		k--
	}
	if k < 1 || before[k] != "of" && before[k] != "for" {
		return false
	}
	// "the High Representative of the Union for …".
	if k >= 4 && before[k-1] == "Union" && before[k-2] == "the" && before[k-3] == "of" {
		k -= 3
	}
	return portfolioHeads[before[k-1]]
}

// amountRun reports whether run opens with an amount written with its
// currency ("RM31.2", "US$750" of "US$750 million"): the list names the
// amount whole (see withAmounts).
func amountRun(run string) bool {
	// (A figure within the first four bytes: most runs have none.)
	if !isUpperByte(run[0]) || len(run) < 2 || !strings.ContainsAny(run[1:min(len(run), 5)], "0123456789") {
		return false
	}
	for _, p := range currencyPrefixes {
		if len(run) > len(p) && strings.HasPrefix(run, p) && isDigit(run[len(p)]) {
			return true
		}
	}
	// Other ministries' currencies: "RM31.2" of "RM31.2 billion".
	return strings.HasPrefix(run, "RM") && isDigit(run[2])
}

// otherCurrencyCodes are the codes of currencies findMoney does not read,
// as ministries write them before an amount ("NOK 85 billion", "PLN 2
// million"): before a figure, they are no name.
var otherCurrencyCodes = setOf("NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "MYR", "IDR", "PHP", "THB",
	"VND", "SGD", "HKD", "ZAR", "NGN", "KES", "EGP", "SAR", "AED", "QAR", "KWD", "BRL", "MXN", "CLP", "TWD", "TRY", "RUB")

// currencyBeforeFigure reports whether run is a currency's code or a
// dollar's symbol that s writes before a figure, a space between ("NOK" of
// "NOK 85 billion", "US$" of "US$ 120 million").
func currencyBeforeFigure(s, run string) bool {
	if !(len(run) == 3 && otherCurrencyCodes[run] || strings.HasSuffix(run, "$") && slices.Contains(pledgePrefixes, run)) {
		return false
	}
	i := indexText(s, run+" ")
	j := i + len(run) + 1
	return i >= 0 && j < len(s) && isDigit(s[j])
}

// attendanceCues say who attended a meeting: "The meeting was attended
// by X", "Also present were X", "X also attended the meeting", "in the
// presence of X".
var attendanceCues = []string{" attended by ", "resent at the meeting", "lso present", " also attended", " in the presence of ",
	"n attendance", " were present", " was present", "lso attending"}

// attendanceSentence reports whether s says who attended the meeting: the
// names of its officials are no matter of the meeting.
func attendanceSentence(s string) bool {
	if !containsText(s, "attend") && !containsText(s, "resen") {
		return false
	}
	for _, c := range attendanceCues {
		if containsText(s, c) {
			return true
		}
	}
	return false
}

// spokesman reports whether run is the spokesman s names: "Government
// Spokesman X", "X, the official spokesman of …".
func spokesman(s, run string) bool {
	if containsText(run, "Spokes") {
		return true
	}
	i := indexText(s, run)
	if i < 0 {
		return false
	}
	rest := s[i+len(run):]
	if len(rest) > 40 {
		rest = rest[:40]
	}
	return strings.HasPrefix(rest, ", ") && containsText(lowerText(rest), "spokes")
}

// signatureLines marks the lines of sents that sign a release or give
// its press contact: a name of two to five capitalized words on a line of
// its own over a press officer's office ("Shafiqul Alam" / "Press
// Secretary to the Chief Adviser", "Hafiz Zia Ahmad Takal" / "Deputy
// Spokesperson, Ministry of Foreign Affairs"), and the short lines after
// "For more information, please contact:". None names what the meeting
// was about. nil when there are none.
func signatureLines(sents []string) map[int]bool {
	var marked map[int]bool
	mark := func(i int) {
		if marked == nil {
			marked = map[int]bool{}
		}
		marked[i] = true
	}
	for i, l := range sents {
		if len(l) > 80 {
			continue
		}
		if strings.HasSuffix(l, ":") && hasAnySuffix(lowerText(l), "contact:", "contacts:") {
			mark(i)
			for j := i + 1; j < len(sents) && j <= i+6 && len(sents[j]) <= 60 && !endsSentence(sents[j]); j++ {
				mark(j)
			}
			continue
		}
		if endsSentence(l) {
			continue
		}
		if i+1 < len(sents) && len(sents[i+1]) <= 80 && !endsSentence(sents[i+1]) && nameLine(l) && pressLine(sents[i+1]) {
			mark(i)
			mark(i + 1)
		}
	}
	return marked
}

// nameLine reports whether l is a person's name alone: two to five
// capitalized words, none a title's.
func nameLine(l string) bool {
	n := 0
	for rest := strings.TrimSpace(l); rest != ""; n++ {
		w, after, _ := strings.Cut(rest, " ")
		if n == 5 || !isCapWord(w) || titleVocab[w] {
			return false
		}
		rest = strings.TrimLeft(after, " ")
	}
	return n >= 2
}

// pressLine reports whether l names a press officer's office.
func pressLine(l string) bool {
	return containsAny(l, "Press Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Press Officer", "Public Relations",
		"Press Attaché", "Media Adviser", "Head of Communications", "Director of Communications")
}

// contactLine reports whether s is a press contact's line ("Inquiries:
// …, tel. +358 …", "For further information, contact …").
func contactLine(s string) bool {
	return strings.HasPrefix(s, "Inquiries:") || strings.HasPrefix(s, "Enquiries:") || strings.HasPrefix(s, "Contact:") ||
		strings.HasPrefix(s, "Media contact") || strings.HasPrefix(s, "For further information")
}

// enDashJoin reports whether the dash at i of w joins two names as a
// hyphen does, the way many ministries write a pair or a route:
// "Botswana–Zambia", "Africa–CARICOM", "Abidjan–Lagos". An en dash
// between a capitalized word and one that opens with a capital is such a
// join; an em dash, or one before a word in lower case ("Connecticut—
// which"), ends the name.
func enDashJoin(w string, i int) bool {
	if w[i+2] != 0x93 || i+3 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+3:])
	return unicode.IsUpper(r)
}

// portfolioName returns the name of the person that run, a run of
// capitalized words of s, gives after an office's portfolio and its
// country ("Trade and Industry of Japan Yoji Muto" of "Minister of
// Economy, Trade and Industry of Japan Yoji Muto" gives "Yoji Muto";
// "Foreign Affairs and International Cooperation Jane Roe of Ruritania"
// gives "Jane Roe of Ruritania"), and whether it gives one.
func portfolioName(s, run string, cm countryMemo) (string, bool) {
	first, _, ok := strings.Cut(run, " ")
	if !ok || !portfolioVocab[first] {
		return "", false
	}
	ws := strings.Fields(run)
	for k := 1; k < len(ws); k++ {
		if !isUpperByte(ws[k][0]) || portfolioVocab[ws[k]] {
			continue
		}
		if officePortfolio(s, strings.Join(ws[:k], " "), cm) {
			return strings.Join(ws[k:], " "), true
		}
	}
	return "", false
}

// figureScales are the words of a figure's size: "170 thousand".
var figureScales = setOf("hundred", "thousand", "million", "billion", "trillion")

// figureNotNouns are the words after a figure that count time, or that
// end no noun the figure counts: "30 years", "15 minutes".
var figureNotNouns = setOf("years", "months", "weeks", "days", "hours", "hrs", "minutes", "decades", "times", "centuries",
	"is", "was", "has", "this", "his", "its", "as", "us", "yes", "plus", "thus", "towards", "besides", "across")

// countNouns are the plurals without an "s" that a figure counts.
var countNouns = setOf("people", "children", "women", "men", "personnel", "staff", "youth", "cattle")

// figurePhrases returns the figures s counts with what they count, as the
// list of mentions names them: "more than 170 thousand Koreans living in
// Uzbekistan" gives "170 thousand Koreans", "raise its defence spending
// to 3.5 percent of GDP" gives "3.5 percent", "400 Korean companies",
// "2 billion cubic metres", "7,000 people". A number is a key fact of a
// readout as a name is. Years, dates, times, amounts of money (see
// withAmounts) and numbers of names ("Resolution 2719", "Corridor 8") are
// none.
func figurePhrases(s string) []string {
	if nextDigit(s, 0) == len(s) {
		return nil
	}
	var buf [64]string
	ws := fieldsInto(buf[:0], s)
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w[0] == '(' || w[0] == '~' {
			w = strings.TrimLeft(w, "(~")
		}
		// "RM31.2 billion": a currency findMoney does not read, written
		// before the figure.
		if glued := codeBeforeFigure(w); glued > 0 {
			t := slices.Clone(ws)
			t[i] = w[glued:]
			if num, j := figureAt(t, i); num != "" && j > i+1 && figureScales[t[j-1]] {
				out = append(out, w[:glued]+num)
				i = j - 1
			} else if sc := scaleBeforeStop(t, i, j); num != "" && sc != "" {
				out = append(out, w[:glued]+num+" "+sc)
				i = j
			}
			continue
		}
		if w == "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		num, j := figureAt(ws, i)
		if num == "" {
			continue
		}
		// An amount (its currency before it) is withAmounts'; a date
		// ("17 June", "June 17") and a number of a name are none.
		if i > 0 {
			prev := strings.TrimRight(ws[i-1], ".,")
			// "EC$ 15 million", "TT$ 40 million": a dollar findMoney does
			// not read; the amount is a figure.
			if strings.HasSuffix(prev, "$") && !slices.Contains(currencyPrefixes, prev) && slices.Contains(pledgePrefixes, prev) && j > i+1 && figureScales[ws[j-1]] {
				out = append(out, prev+" "+num)
				i = j - 1
				continue
			}
			if strings.HasSuffix(prev, "$") && !slices.Contains(currencyPrefixes, prev) && slices.Contains(pledgePrefixes, prev) {
				if sc := scaleBeforeStop(ws, i, j); sc != "" {
					out = append(out, prev+" "+num+" "+sc)
					i = j
					continue
				}
			}
			if _, ok := months[lowerText(prev)]; ok || numberedNouns[prev] || currencyCodes[lowerText(prev)] == prev || strings.HasSuffix(prev, "$") ||
				prev == "No" || prev == "no" {
				i = j - 1
				continue
			}
			// "NOK 250 million", "ISK 30 million": a currency's code
			// findMoney does not read; the amount is a figure.
			if len(prev) == 3 && strings.ToUpper(prev) == prev && isLetters(prev) && j > i+1 && figureScales[ws[j-1]] {
				out = append(out, prev+" "+num)
				i = j - 1
				continue
			}
			// "to NOK 85 billion, with …": the scale before a comma or a
			// full stop ends the amount.
			if len(prev) == 3 && strings.ToUpper(prev) == prev && isLetters(prev) {
				if sc := scaleBeforeStop(ws, i, j); sc != "" {
					out = append(out, prev+" "+num+" "+sc)
					i = j
					continue
				}
			}
		}
		phrase, ok := figureNoun(ws, j)
		if !ok {
			i = j - 1
			continue
		}
		out = append(out, num+phrase)
		i = j - 1
	}
	return out
}

// figureAt reads the number that opens ws[i:] ("7,000", "3.5", "400 000",
// "170 thousand"), and returns it with the index of the word after it; ""
// for none, a year or a time.
func figureAt(ws []string, i int) (string, int) {
	w := strings.TrimLeft(ws[i], "(~")
	end := strings.TrimRight(w, ".,;:)")
	if end != w && !strings.HasSuffix(end, "%") {
		// "in 2025." or "5," ends the phrase: no noun follows.
		if !strings.HasSuffix(w, "%") {
			return "", i + 1
		}
	}
	digits := 0
	for k := 0; k < len(end); k++ {
		c := end[k]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
			if k == 0 || k == len(end)-1 {
				return "", i + 1
			}
		case c == '%' && k == len(end)-1:
		default:
			return "", i + 1
		}
	}
	if digits == 0 {
		return "", i + 1
	}
	// A year: "2028", "1946".
	if len(end) == 4 && digits == 4 && (end[:2] == "19" || end[:2] == "20") {
		return "", i + 1
	}
	num, j := end, i+1
	if strings.HasSuffix(end, "%") {
		return num, j
	}
	// "400 000": groups of three after a space.
	for j < len(ws) && len(ws[j]) == 3 && isDigits(ws[j]) && len(end) <= 3 {
		num += " " + ws[j]
		j++
	}
	if j < len(ws) && figureScales[ws[j]] {
		num += " " + ws[j]
		j++
	}
	return num, j
}

// scaleBeforeStop returns the scale of the figure ws[i] when it is the
// next word, ws[j], and a comma or a full stop ends it ("NOK 85
// billion," of "to NOK 85 billion, with …"), which figureAt does not
// take; "" otherwise.
func scaleBeforeStop(ws []string, i, j int) string {
	if j != i+1 || j >= len(ws) {
		return ""
	}
	if sc := strings.TrimRight(ws[j], ".,;:)"); sc != ws[j] && figureScales[sc] {
		return sc
	}
	return ""
}

// figureNoun returns what a figure counts, the words of ws from j: " percent",
// " per cent", " Korean companies", " cubic metres", " people"; ok is false
// when none follows.
func figureNoun(ws []string, j int) (string, bool) {
	// "100 per cent" says "fully", not a figure.
	if strings.HasPrefix(ws[j-1], "100") && len(strings.TrimRight(ws[j-1], ".,;:)%")) == 3 {
		return "", false
	}
	if strings.HasSuffix(ws[j-1], "%") {
		return "", true
	}
	if j < len(ws) && strings.TrimRight(ws[j], ".,;:)") == "percent" {
		return " percent", true
	}
	if j+1 < len(ws) && ws[j] == "per" && strings.TrimRight(ws[j+1], ".,;:)") == "cent" {
		return " per cent", true
	}
	phrase := ""
	for k := j; k < len(ws) && k < j+3; k++ {
		w := ws[k]
		t := strings.TrimRight(w, ".,;:)")
		if t == "" || !isLetters(t) || figureNotNouns[lowerText(t)] {
			return "", false
		}
		phrase += " " + t
		if countNouns[t] || strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
			return phrase, true
		}
		if t != w || isUpperByte(t[0]) && k > j && !isDemonym(ws[k-1]) {
			return "", false
		}
	}
	return "", false
}

// isLetters reports whether s holds only letters and hyphens.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// codeBeforeFigure returns the length of the capitals of a currency
// glued to a figure ("RM" of "RM31.2"), or 0.
func codeBeforeFigure(w string) int {
	k := 0
	for k < len(w) && k < 3 && isUpperByte(w[k]) {
		k++
	}
	if k < 2 || k >= len(w) || !isDigit(w[k]) || currencyCodes[lowerText(w[:k])] != "" {
		return 0
	}
	return k
}

// pressOffices open the name of a press office that signs a release.
var pressOffices = []string{"Information Department", "Information Service", "Press Service", "Press Office",
	"Press Department", "Press Section", "Media Office", "Communication Department", "Communications Department",
	"Communication Service", "Public Relations Department"}

// pressOffice reports whether run is the press office that signs a
// release ("Information Department of the Verkhovna Rada Secretariat").
func pressOffice(run string) bool {
	return hasAnyPrefix(run, pressOffices)
}

// adverbOpening reports whether run is one word, an adverb in "-ly" that
// opens s ("Nearly 5.7 million people …", "Currently, …"): no name.
func adverbOpening(s, run string) bool {
	return len(run) > 4 && strings.HasSuffix(run, "ly") && !strings.Contains(run, " ") &&
		strings.HasPrefix(strings.TrimLeft(s, "-•* "), run) && len(findCountryMentions(run)) == 0
}

// monthYear reports whether run is a month's name, in any case, and a
// year: "AUGUST 2025", "March 2025".
func monthYear(run string) bool {
	m, y, ok := strings.Cut(run, " ")
	if !ok || len(y) != 4 || !isBareNumber(y) {
		return false
	}
	_, isMonth := months[lowerText(m)]
	return isMonth
}
