package country

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// kind tells what a phrase of the index names.
type kind uint8

const (
	kindCountry kind = iota
	kindOrg
	kindBlock // a phrase that names no country, e.g. "South China Sea"
)

// caseRule says how a word of a phrase must be written in running text.
type caseRule uint8

const (
	caseAny   caseRule = iota // function words ("of", "the") and lower-case particles ("da")
	caseCap                   // starts with a capital: "Cambodia", "CAMBODIA"
	caseUpper                 // every letter upper case: "US", "DPRK", the "U" of "U.S."
	caseExact                 // mixed case, written exactly: "BiH"
)

// source ranks where a name comes from; a lower source wins a collision.
type source uint8

const (
	srcName source = iota
	srcLong
	srcAlias
	srcDemonym
	srcPlural
	srcCode
)

// phrase is one compiled name: its words folded, the separators between
// them normalized, and how each word must be capitalized.
type phrase struct {
	text  string   // as written in the table
	key   string   // words joined by separators: "people's republic of china"
	words []string // folded
	orig  []string // as written
	rules []caseRule
	seps  []string
	dot   bool // the name ends with a full stop ("U.S."): Find includes it
	kind  kind
	code  string // country or organisation code; "" for kindBlock
}

// functionWords never need a capital in running text.
var functionWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true}

// split breaks s into words and the normalized separators between them.
// Characters that cannot join a name count as a space. dot reports whether
// a full stop directly follows the last word.
func split(s string) (words, seps []string, dot bool) {
	var sep []byte
	pos := 0
	for {
		start, end := nextWord(s, pos)
		if start >= len(s) {
			break
		}
		if len(words) > 0 {
			sep = sep[:0]
			for _, r := range s[pos:start] {
				b := normRune(r)
				if b == 0 {
					b = ' '
				}
				if b == ' ' && len(sep) > 0 && sep[len(sep)-1] == ' ' {
					continue
				}
				sep = append(sep, b)
			}
			seps = append(seps, string(sep))
		}
		words = append(words, s[start:end])
		pos = end
	}
	dot = pos < len(s) && s[pos] == '.'
	return words, seps, dot
}

// joinKey folds words and joins them with seps.
func joinKey(words, seps []string) string {
	var b []byte
	for i, w := range words {
		if i > 0 {
			b = append(b, seps[i-1]...)
		}
		b = appendFold(b, w)
	}
	return string(b)
}

// lookupKey is the key under which Lookup, Suggest and OrgByName file q:
// its words folded and joined, a leading "the" dropped.
func lookupKey(q string) string {
	words, seps, _ := split(q)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words, seps = words[1:], seps[1:]
	}
	return joinKey(words, seps)
}

// compile turns a name from the tables into a phrase.
func compile(s string, k kind, code string) *phrase {
	words, seps, dot := split(s)
	p := &phrase{text: s, words: make([]string, len(words)), orig: words,
		rules: make([]caseRule, len(words)), seps: seps, dot: dot, kind: k, code: code}
	for i, w := range words {
		f := string(appendFold(nil, w))
		p.words[i] = f
		switch {
		case functionWords[f] || !isUpperStart(w):
			p.rules[i] = caseAny
		case isAllUpper(w):
			p.rules[i] = caseUpper
		case hasUpperAfterFirst(w):
			p.rules[i] = caseExact
		default:
			p.rules[i] = caseCap
		}
	}
	p.key = joinKey(words, seps)
	return p
}

// hasUpperAfterFirst reports whether w has a capital after its first letter ("BiH").
func hasUpperAfterFirst(w string) bool {
	for i, r := range w {
		if i > 0 && 'A' <= r && r <= 'Z' {
			return true
		}
	}
	return false
}

// claim is one country's claim on a lookup key.
type claim struct {
	country int
	src     source
	p       *phrase
}

// candidate is a name Suggest compares a query against.
type candidate struct {
	runes   []rune
	key     string
	country int
	src     source
}

// index is everything built once from the tables.
type index struct {
	byCode map[string]int       // upper-case alpha-2, alpha-3 and "UK"
	lookup map[string]int       // lookup key -> country
	first  map[string][]*phrase // folded first word -> phrases, longest first
	byHash map[uint64][]*phrase // the same lists keyed by foldHash of the first word
	// lens is a cheap filter in front of first: for an ASCII first word
	// starting with letters a and b, bit n of lens[a][b] is set when some
	// indexed first word of n bytes starts that way.
	lens       [26][26]uint64
	orgLookup  map[string]int // lookup key -> organisation
	suggest    []candidate
	collisions map[string][]string // keys claimed by several countries -> their codes
}

// idx builds the index on first use.
var idx = sync.OnceValue(build)

// variants returns s and, for names with "Saint", the "St." and "St" forms.
func variants(s string) []string {
	if !strings.Contains(s, "Saint ") {
		return []string{s}
	}
	return []string{s, strings.ReplaceAll(s, "Saint ", "St. "), strings.ReplaceAll(s, "Saint ", "St ")}
}

// plural returns the plural of a demonym, or "" when it is its own plural
// ("Japanese", "Swiss", "French" → no plural added for -ese, -s, -sh, -x, -z).
func plural(d string) string {
	l := strings.ToLower(d)
	for _, suf := range []string{"ese", "s", "sh", "x", "z"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return d + "s"
}

func build() *index {
	ix := &index{
		byCode:     map[string]int{},
		lookup:     map[string]int{},
		first:      map[string][]*phrase{},
		byHash:     map[uint64][]*phrase{},
		orgLookup:  map[string]int{},
		collisions: map[string][]string{},
	}
	claims := map[string][]claim{}
	var keys []string
	add := func(ci int, src source, s string) {
		for _, v := range variants(s) {
			p := compile(v, kindCountry, countries[ci].Code)
			if p.key == "" {
				continue
			}
			if _, ok := claims[p.key]; !ok {
				keys = append(keys, p.key)
			}
			claims[p.key] = append(claims[p.key], claim{ci, src, p})
		}
	}
	for ci, c := range countries {
		ix.byCode[c.Code] = ci
		ix.byCode[c.Alpha3] = ci
		add(ci, srcName, c.Name)
		add(ci, srcLong, c.LongName)
		for _, a := range c.Aliases {
			add(ci, srcAlias, a)
		}
		for _, d := range c.Demonyms {
			add(ci, srcDemonym, d)
		}
		for _, d := range c.Demonyms {
			if pl := plural(d); pl != "" {
				add(ci, srcPlural, pl)
			}
		}
	}
	if gb, ok := ix.byCode["GB"]; ok {
		ix.byCode["UK"] = gb
	}

	for _, k := range keys {
		cs := claims[k]
		win := cs[0]
		for _, c := range cs[1:] {
			if c.src < win.src {
				win = c
			}
		}
		var codes []string
		for _, c := range cs {
			if code := countries[c.country].Code; !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
		if len(codes) > 1 {
			ix.collisions[k] = codes
			if want, ok := preferred[k]; ok {
				for _, c := range cs {
					if countries[c.country].Code == want {
						win = c
						break
					}
				}
			}
		}
		ix.lookup[k] = win.country
		if win.src != srcPlural {
			ix.suggest = append(ix.suggest, candidate{[]rune(k), k, win.country, win.src})
		}
		if !lookupOnly[k] {
			ix.first[win.p.words[0]] = append(ix.first[win.p.words[0]], win.p)
		}
	}
	for ci, c := range countries {
		for _, code := range []string{c.Code, c.Alpha3} {
			if k := strings.ToLower(code); !hasKey(ix.lookup, k) {
				ix.lookup[k] = ci
			}
		}
	}

	for oi, o := range orgs {
		for _, s := range append([]string{o.Code, o.Name}, o.Aliases...) {
			if k := lookupKey(s); !hasKey(ix.orgLookup, k) {
				ix.orgLookup[k] = oi
			}
		}
		for _, s := range append([]string{o.Name}, o.Aliases...) {
			p := compile(s, kindOrg, o.Code)
			if _, dup := claims[p.key]; !dup && !hasPhrase(ix.first, p) {
				ix.first[p.words[0]] = append(ix.first[p.words[0]], p)
			}
		}
	}
	for _, s := range blocked {
		p := compile(s, kindBlock, "")
		if _, dup := claims[p.key]; !dup {
			ix.first[p.words[0]] = append(ix.first[p.words[0]], p)
		}
	}
	for w, ps := range ix.first {
		if a, b, ok := pairOf(w); ok {
			ix.lens[a][b] |= 1 << min(len(w), 63)
		}
		slices.SortStableFunc(ps, func(a, b *phrase) int { return cmp.Compare(len(b.words), len(a.words)) })
		h := foldHash(w)
		if _, dup := ix.byHash[h]; dup {
			panic(fmt.Sprintf("country: hash collision on %q", w))
		}
		ix.byHash[h] = ps
	}
	slices.SortFunc(ix.suggest, func(a, b candidate) int { return strings.Compare(a.key, b.key) })
	return ix
}

// pairOf returns the first two letters of word w as indexes 0-25, folding
// ASCII case; ok is false unless both are ASCII letters.
func pairOf(w string) (a, b byte, ok bool) {
	if len(w) < 2 {
		return 0, 0, false
	}
	a, b = w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, 0, false
	}
	return a - 'a', b - 'a', true
}

// mayStart reports whether some indexed phrase may start with the word w;
// false is certain, true needs the map.
func (ix *index) mayStart(w string) bool {
	a, b, ok := pairOf(w)
	if !ok {
		return true
	}
	return ix.lens[a][b]&(1<<min(len(w), 63)) != 0
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// hasPhrase reports whether a phrase with p's key is already indexed.
func hasPhrase(first map[string][]*phrase, p *phrase) bool {
	for _, q := range first[p.words[0]] {
		if q.key == p.key {
			return true
		}
	}
	return false
}

// matchAt reports whether p matches text at the word text[s:e], and where
// the match ends.
func (p *phrase) matchAt(text string, s, e int) (end int, ok bool) {
	var buf [64]byte
	if !ruleOK(p.rules[0], text[s:e], p.orig[0]) {
		return 0, false
	}
	pos := e
	for k := 1; k < len(p.words); k++ {
		ns, ne := nextWord(text, pos)
		if ns >= len(text) || !sepMatch(text[pos:ns], p.seps[k-1]) {
			return 0, false
		}
		w := text[ns:ne]
		if len(w) > len(buf) || string(appendFold(buf[:0], w)) != p.words[k] || !ruleOK(p.rules[k], w, p.orig[k]) {
			return 0, false
		}
		pos = ne
	}
	if p.rules[len(p.rules)-1] == caseUpper && pos < len(text) && text[pos] == '$' {
		return 0, false // "US$150 million" is a currency, not a mention
	}
	if p.dot && pos < len(text) && text[pos] == '.' {
		pos++
	}
	return pos, true
}

// ruleOK reports whether word w is capitalized as rule demands; orig is
// the word as the table writes it.
func ruleOK(rule caseRule, w, orig string) bool {
	switch rule {
	case caseCap:
		return isUpperStart(w)
	case caseUpper:
		return isAllUpper(w)
	case caseExact:
		return w == orig
	}
	return true
}

// interesting marks the bytes that may start a phrase: ASCII capitals and
// the lead bytes of multi-byte runes ("Å", "É"). scan skips everything else
// without tokenizing it.
var interesting = func() (t [256]bool) {
	for c := range t {
		t[c] = 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
	}
	return t
}()

// nextInteresting is the offset of the first interesting byte of text from
// i on, or len(text). It reads eight bytes at a time while they are ASCII
// without a capital.
func nextInteresting(text string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(text); i += 8 {
		t := text[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// Bytes from 'A' (0x41) get their high bit from adding 0x3F,
		// bytes from '[' (0x5B) from adding 0x25.
		if w&highs != 0 || (w+0x3F*ones)&^(w+0x25*ones)&highs != 0 {
			break
		}
	}
	for i < len(text) && !interesting[text[i]] {
		i++
	}
	return i
}

// scan walks text and calls fn for every indexed phrase it finds, leftmost
// first and longest at each position. Only a word that starts with a
// capital can start a phrase, so scan jumps from capital to capital.
func scan(text string, fn func(p *phrase, start, end int)) {
	scanTo(text, len(text), fn)
}

// scanTo is scan over the phrases that start at or before byte offset
// last: what it finds there does not depend on where the scan stops, as
// a phrase is matched from its start forward.
func scanTo(text string, last int, fn func(p *phrase, start, end int)) {
	ix := idx()
	var buf [64]byte
	for i := 0; i < len(text); {
		i = nextInteresting(text, i)
		if i >= len(text) {
			return
		}
		s := i
		if s > last {
			return
		}
		if c := text[i]; c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += n
				continue
			}
		}
		_, e := nextWord(text, s)
		i = e
		if s > 0 && precededByWord(text, s) {
			continue // a capital inside a word: "McDonald", "iPhone"
		}
		w := text[s:e]
		if len(w) > len(buf) || !isUpperStart(w) || !ix.mayStart(w) {
			continue
		}
		ps := ix.byHash[foldHash(w)]
		if len(ps) == 0 || string(appendFold(buf[:0], w)) != ps[0].words[0] {
			continue
		}
		for _, p := range ps {
			if end, ok := p.matchAt(text, s, e); ok {
				fn(p, s, end)
				i = end
				break
			}
		}
	}
}

// foldHash is the 64-bit FNV-1a hash of the folded form of word w,
// computed without allocating.
func foldHash(w string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			var buf [64]byte
			h = offset
			for _, b := range appendFold(buf[:0], w) {
				h = (h ^ uint64(b)) * prime
			}
			return h
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * prime
	}
	return h
}

// precededByWord reports whether the rune before byte offset i of text
// belongs to a word.
func precededByWord(text string, i int) bool {
	if c := text[i-1]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

// String describes a phrase for test failures.
func (p *phrase) String() string {
	return fmt.Sprintf("%q(%s %d)", p.text, p.code, p.kind)
}
