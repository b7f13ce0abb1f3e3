package meeting

import (
	"math"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// Side is what one readout of a meeting has: how it names the meeting and
// its principals, and what it has that the other side's readout lacks.
type Side struct {
	Publisher string `json:"publisher"`
	Country   string `json:"country,omitempty"` // ISO code of the publishing government
	Title     string `json:"title"`             // how the side names the meeting
	Kind      string `json:"kind,omitempty"`
	URL       string `json:"url,omitempty"`
	// Principals are named as this side names them: "Prime Minister
	// Kishida Fumio".
	Principals []string `json:"principals"`
	// Only this side's readout has these.
	Headings      []string              `json:"headings,omitempty"`  // section headings with no counterpart among the other's
	Terms         []string              `json:"terms,omitempty"`     // key terms (topics, organisations) the other's text never names
	Countries     []string              `json:"countries,omitempty"` // ISO codes of countries the other does not name at all
	Pledges       []readout.Pledge      `json:"pledges,omitempty"`
	Anniversaries []readout.Anniversary `json:"anniversaries,omitempty"`
}

// Comparison is what differs between two readouts of one meeting: set
// differences, each side's own naming, no judgement.
type Comparison struct {
	A Side `json:"a"`
	B Side `json:"b"`
}

// Empty reports whether neither side has anything the other lacks.
func (c Comparison) Empty() bool {
	return c.A.onlyEmpty() && c.B.onlyEmpty()
}

func (s Side) onlyEmpty() bool {
	return len(s.Headings)+len(s.Terms)+len(s.Countries)+len(s.Pledges)+len(s.Anniversaries) == 0
}

// Compare lists what each of two readouts has that the other lacks:
// headings and key terms, countries named, pledges and anniversaries; and
// how each names the meeting and the principals.
func Compare(a, b *readout.Readout) Comparison {
	ta, tb := textOf(a), textOf(b)
	c := Comparison{A: sideOf(a), B: sideOf(b)}
	c.A.Headings, c.B.Headings = onlyHeadings(a, b), onlyHeadings(b, a)
	termsA, termsB := termsOf(ta), termsOf(tb)
	c.A.Terms, c.B.Terms = minus(termsA, termsB), minus(termsB, termsA)
	ca, cb := countriesOf(a), countriesOf(b)
	sides := append(slices.Clone(a.Parties), b.Parties...)
	c.A.Countries, c.B.Countries = minus(minus(ca, cb), sides), minus(minus(cb, ca), sides)
	c.A.Pledges, c.B.Pledges = onlyPledges(a.Pledges, b.Pledges), onlyPledges(b.Pledges, a.Pledges)
	c.A.Anniversaries, c.B.Anniversaries = onlyAnniversaries(a.Anniversaries, b.Anniversaries), onlyAnniversaries(b.Anniversaries, a.Anniversaries)
	return c
}

func sideOf(r *readout.Readout) Side {
	s := Side{Publisher: publisherOf(r), Title: r.Title, Kind: r.Meeting.Kind, URL: r.URL}
	if len(r.Parties) > 0 {
		s.Country = r.Parties[0]
	}
	for _, p := range FactsOf(r).Principals {
		n := p.Name
		if p.Title != "" {
			n = p.Title + " " + p.Name
		}
		s.Principals = append(s.Principals, n)
	}
	return s
}

func textOf(r *readout.Readout) string {
	var b strings.Builder
	b.WriteString(r.Title)
	b.WriteByte('\n')
	b.WriteString(r.Lead)
	b.WriteByte('\n')
	for _, s := range r.Sections {
		b.WriteString(s.Heading)
		b.WriteByte('\n')
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	b.WriteString(r.Body)
	return b.String()
}

// genericHeadings say nothing about a topic.
var genericHeadings = map[string]bool{
	"outline": true, "overview": true, "introduction": true, "opening remarks": true, "opening": true,
	"beginning": true, "at the outset": true, "conclusion": true, "others": true, "other": true,
	"summary": true, "closing": true, "closing remarks": true, "outset": true,
}

// headingWords are a heading's content words, folded.
func headingWords(h string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) >= 4 && !headingStop[w] {
			out = append(out, strings.TrimSuffix(w, "s"))
		}
	}
	return out
}

var headingStop = map[string]bool{
	"with": true, "from": true, "that": true, "this": true, "their": true, "between": true, "among": true,
	"including": true, "other": true, "such": true, "into": true, "regarding": true, "relation": true,
	"relations": true, "bilateral": true, "issues": true, "affairs": true, "matters": true, "cooperation": true,
	"situation": true, "international": true, "both": true, "countries": true, "country": true,
}

// onlyHeadings are a's headings with no content word in common with any
// of b's headings nor named in b's text.
func onlyHeadings(a, b *readout.Readout) []string {
	var bWords []string
	for _, s := range b.Sections {
		bWords = append(bWords, headingWords(s.Heading)...)
	}
	bText := strings.ToLower(textOf(b))
	var out []string
	for _, s := range a.Sections {
		h := strings.TrimSpace(s.Heading)
		if h == "" || genericHeadings[strings.ToLower(strings.Trim(h, ".: "))] || slices.Contains(out, h) {
			continue
		}
		words := headingWords(h)
		shared := false
		for _, w := range words {
			if slices.Contains(bWords, w) || strings.Contains(bText, w) {
				shared = true
				break
			}
		}
		if !shared && len(words) > 0 {
			out = append(out, h)
		}
	}
	return out
}

// topics are the key terms readouts of meetings turn on, each with the
// spellings that name it.
var topics = withNeeds([]termRE{
	{"Taiwan", regexp.MustCompile(`\bTaiwan`)},
	{"South China Sea", regexp.MustCompile(`(?i)\bSouth China Sea\b`)},
	{"East China Sea", regexp.MustCompile(`(?i)\bEast China Sea\b|\bSenkaku`)},
	{"North Korea", regexp.MustCompile(`\bNorth Korea|\bDPRK\b|(?i:\bKorean Peninsula\b)`)},
	{"abductions", regexp.MustCompile(`(?i)\babduction`)},
	{"denuclearization", regexp.MustCompile(`(?i)\bdenucleari[sz]ation\b`)},
	{"Ukraine", regexp.MustCompile(`\bUkrain`)},
	{"Middle East", regexp.MustCompile(`\bMiddle East\b|\bGaza\b|\bHamas\b`)},
	{"Indo-Pacific", regexp.MustCompile(`(?i)\bIndo-Pacific\b`)},
	{"climate", regexp.MustCompile(`(?i)\bclimate\b`)},
	{"energy", regexp.MustCompile(`(?i)\benergy\b`)},
	{"nuclear", regexp.MustCompile(`(?i)\bnuclear\b`)},
	{"trade", regexp.MustCompile(`(?i)\btrade\b|\btariffs?\b`)},
	{"investment", regexp.MustCompile(`(?i)\binvestments?\b`)},
	{"supply chains", regexp.MustCompile(`(?i)\bsupply chains?\b`)},
	{"semiconductors", regexp.MustCompile(`(?i)\bsemiconductors?\b|\bchips?\b`)},
	{"critical minerals", regexp.MustCompile(`(?i)\bcritical minerals?\b`)},
	{"artificial intelligence", regexp.MustCompile(`(?i)\bartificial intelligence\b|\bAI\b`)},
	{"cyber", regexp.MustCompile(`(?i)\bcyber`)},
	{"space", regexp.MustCompile(`(?i)\bouter space\b|\bspace (?:cooperation|exploration|policy)\b`)},
	{"defense", regexp.MustCompile(`(?i)\bdefen[cs]e\b|\bmilitary\b`)},
	{"security", regexp.MustCompile(`(?i)\bsecurity\b`)},
	{"human rights", regexp.MustCompile(`(?i)\bhuman rights\b`)},
	{"democracy", regexp.MustCompile(`(?i)\bdemocra`)},
	{"rule of law", regexp.MustCompile(`(?i)\brule of law\b`)},
	{"economic coercion", regexp.MustCompile(`(?i)\beconomic coercion\b`)},
	{"export controls", regexp.MustCompile(`(?i)\bexport controls?\b`)},
	{"sanctions", regexp.MustCompile(`(?i)\bsanctions?\b`)},
	{"fentanyl", regexp.MustCompile(`(?i)\bfentanyl\b|\bcounternarcotics\b`)},
	{"migration", regexp.MustCompile(`(?i)\bmigra(?:tion|nts?)\b`)},
	{"development assistance", regexp.MustCompile(`(?i)\bODA\b|\bdevelopment assistance\b|\bgrant aid\b|\byen loan\b`)},
	{"infrastructure", regexp.MustCompile(`(?i)\binfrastructure\b`)},
	{"connectivity", regexp.MustCompile(`(?i)\bconnectivity\b`)},
	{"digital", regexp.MustCompile(`(?i)\bdigital\b`)},
	{"health", regexp.MustCompile(`(?i)\bhealth\b|\bpandemic\b`)},
	{"food security", regexp.MustCompile(`(?i)\bfood security\b`)},
	{"agriculture", regexp.MustCompile(`(?i)\bagricultur`)},
	{"disaster", regexp.MustCompile(`(?i)\bdisasters?\b|\bfloods?\b|\bearthquakes?\b`)},
	{"maritime", regexp.MustCompile(`(?i)\bmaritime\b`)},
	{"demining", regexp.MustCompile(`(?i)\bde-?mining\b|\blandmines?\b|\bunexploded ordnance\b`)},
	{"Security Council reform", regexp.MustCompile(`(?i)\bSecurity Council reform\b|\breform of the (?:UN |United Nations )?Security Council\b`)},
	{"people-to-people exchanges", regexp.MustCompile(`(?i)\bpeople-to-people\b|\bexchanges? of people\b|\byouth exchanges?\b`)},
	{"tourism", regexp.MustCompile(`(?i)\btouris[mt]`)},
	{"education", regexp.MustCompile(`(?i)\beducation\b|\bstudents?\b`)},
	{"visas", regexp.MustCompile(`(?i)\bvisas?\b`)},
	{"elections", regexp.MustCompile(`(?i)\belections?\b`)},
	{"Hong Kong", regexp.MustCompile(`\bHong Kong\b`)},
	{"Xinjiang", regexp.MustCompile(`\bXinjiang\b`)},
	{"Tibet", regexp.MustCompile(`\bTibet`)},
})

// termRE is a key term and the expression that finds it in a text.
type termRE struct {
	term string
	re   *regexp.Regexp
}

// topic is a termRE with need, strings in lower case of which every match
// of re contains one (nil: no such strings are known, re always runs).
type topic struct {
	termRE
	need []string
}

// termsOf returns the key terms a text names: topics of the vocabulary and
// the organisations and groupings it names, in vocabulary order.
// A topic's expression runs only on a text holding one of its needed
// strings, which one pass over the folded text rules out for most topics
// (under -race, the fifty expressions over each readout's text were most
// of what comparing two readouts cost).
func termsOf(text string) []string {
	folded := caseFold(text)
	var out []string
	for _, t := range topics {
		if t.need != nil && !slices.ContainsFunc(t.need, func(n string) bool { return strings.Contains(folded, n) }) {
			continue
		}
		if t.re.MatchString(text) {
			out = append(out, t.term)
		}
	}
	out = append(out, country.FindOrgs(text)...)
	return out
}

// caseFold is text in lower case with every letter that case-insensitive
// matching of an ASCII letter also accepts mapped to that letter: the
// long s (U+017F) matches s, and the Kelvin sign (U+212A), which
// strings.ToLower already maps, matches k.
func caseFold(text string) string {
	folded := strings.ToLower(text)
	if strings.ContainsRune(folded, 'ſ') {
		folded = strings.ReplaceAll(folded, "ſ", "s")
	}
	return folded
}

// withNeeds reads each term's needed strings from its expression.
func withNeeds(ts []termRE) []topic {
	out := make([]topic, len(ts))
	for i, t := range ts {
		re, err := syntax.Parse(t.re.String(), syntax.Perl)
		if err != nil {
			panic(err) // the same expression compiled already
		}
		out[i] = topic{t, needed(re.Simplify())}
	}
	return out
}

// needed returns strings in lower case, one of which every match of re
// contains, or nil when it finds none: the longest literal of a
// concatenation, one per branch of an alternation (nil if a branch has
// none), through groups and repeats of at least one.
func needed(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 && !isASCII(lit) {
			return nil // other letters' case orbits are not all ToLower's
		}
		return []string{caseFold(lit)}
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if n := needed(sub); n != nil && (best == nil || shortest(n) > shortest(best)) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			n := needed(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		return all
	}
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// shortest is the length of the shortest string of ns.
func shortest(ns []string) int {
	m := len(ns[0])
	for _, n := range ns[1:] {
		m = min(m, len(n))
	}
	return m
}

// countriesOf returns every country a readout names, sides included.
func countriesOf(r *readout.Readout) []string {
	out := slices.Clone(r.Parties)
	for _, c := range r.Mentioned {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// onlyPledges are a's pledges with no pledge of b in the same currency
// and (within 1%) the same amount.
func onlyPledges(a, b []readout.Pledge) []readout.Pledge {
	var out []readout.Pledge
	for _, p := range a {
		if !slices.ContainsFunc(b, func(q readout.Pledge) bool {
			return q.Currency == p.Currency && math.Abs(q.Amount-p.Amount) <= 0.01*math.Max(p.Amount, q.Amount)
		}) {
			out = append(out, p)
		}
	}
	return out
}

// onlyAnniversaries are a's anniversaries with no anniversary of b of the
// same ordinal in the same year.
func onlyAnniversaries(a, b []readout.Anniversary) []readout.Anniversary {
	var out []readout.Anniversary
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y readout.Anniversary) bool {
			return y.Ordinal == x.Ordinal && (x.Year == 0 || y.Year == 0 || x.Year == y.Year)
		}) {
			out = append(out, x)
		}
	}
	return out
}

// Difference is one kind of thing only one side's readout has, in words.
type Difference struct {
	What  string   // "topics", "headings", "countries", "pledges", "anniversaries"
	Items []string // each in words: "Taiwan", "Myanmar", "JPY 1.5 billion (demining activities)"
}

// Differences lists what only this side's readout has, in a fixed order,
// leaving out the empty kinds.
func (s Side) Differences() []Difference {
	var out []Difference
	add := func(what string, items []string) {
		if len(items) > 0 {
			out = append(out, Difference{What: what, Items: items})
		}
	}
	add("topics", s.Terms)
	add("headings", s.Headings)
	var cs []string
	for _, c := range s.Countries {
		cs = append(cs, name(c))
	}
	add("countries", cs)
	var ps []string
	for _, p := range s.Pledges {
		ps = append(ps, PledgeText(p))
	}
	add("pledges", ps)
	var as []string
	for _, a := range s.Anniversaries {
		as = append(as, AnniversaryText(a))
	}
	add("anniversaries", as)
	return out
}

// PledgeText puts a pledge in words: "JPY 1.5 billion (demining activities)".
func PledgeText(p readout.Pledge) string {
	amount := strconv.FormatFloat(p.Amount, 'f', -1, 64)
	for _, u := range []struct {
		n    float64
		word string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if p.Amount >= u.n {
			amount = strconv.FormatFloat(p.Amount/u.n, 'f', -1, 64) + " " + u.word
			break
		}
	}
	s := strings.TrimSpace(p.Currency + " " + amount)
	if p.Purpose != "" {
		s += " (" + p.Purpose + ")"
	}
	return s
}

// AnniversaryText puts an anniversary in words: "70th anniversary of
// diplomatic relations (2023)".
func AnniversaryText(a readout.Anniversary) string {
	s := readout.Ordinal(a.Ordinal) + " anniversary"
	if a.Subject != "" {
		s += " of " + a.Subject
	}
	if a.Year != 0 {
		s += " (" + strconv.Itoa(a.Year) + ")"
	}
	return s
}
