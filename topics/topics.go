// Package topics decides whether a readout is about what a subscription
// asks for: a built-in vocabulary of diplomacy topics (security, economy,
// the standing regional files …), each a set of terms, and free keywords.
// Terms match whole words, case-insensitively, in a readout's title, lead,
// section headings and section text: "trade" does not match "trademark",
// nor "energy" "synergy".
//
// A filter's terms are written as a topic's name or alias ("security",
// "defence"), or as a free keyword, quoted when it could be mistaken for a
// misspelt topic (`"rare earths"`, `"securty"`). [Resolve] reads one; its
// [Term.String] is the form subscriptions store, which Resolve reads back.
//
// The package is pure: no I/O, no state besides the compiled vocabulary.
package topics

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/readout-bot/readout/readout"
)

// topicDef is one topic of the vocabulary as written.
type topicDef struct {
	name    string
	aliases []string
	terms   []string
	// except are phrases in which a term does not count: "Security
	// Council" and "food security" are not about security.
	except []string
}

// matcher is a compiled topic or keyword: the word sequences that make a
// text about it.
type matcher struct {
	name    string // the topic's name, or the keyword as written
	keyword bool
	terms   []term
	except  []term
}

// term is one phrase of a matcher.
type term struct {
	text  string   // as the vocabulary (or the keyword) writes it
	words []string // lower-cased words, as [NewText] splits them
}

var (
	// byName maps each topic's normalized name and aliases to its matcher.
	byName = map[string]*matcher{}
	// names lists the normalized names and aliases with their topic, in
	// vocabulary order, for suggestions.
	names []nameOf
	// order lists the topics' names in vocabulary order.
	order []string
)

type nameOf struct {
	name  string // normalized name or alias
	topic string
}

func init() {
	for _, d := range vocabulary {
		m := &matcher{name: d.name}
		for _, t := range d.terms {
			m.terms = append(m.terms, expand(t)...)
		}
		for _, t := range d.except {
			m.except = append(m.except, expand(t)...)
		}
		order = append(order, d.name)
		for _, n := range append([]string{d.name}, d.aliases...) {
			n = normalize(n)
			if _, dup := byName[n]; dup {
				panic("topics: name or alias " + strconv.Quote(n) + " used twice")
			}
			byName[n] = m
			names = append(names, nameOf{name: n, topic: d.name})
		}
	}
}

// expand compiles a vocabulary term; "missile(s)" gives "missile" and
// "missiles".
func expand(t string) []term {
	if base, suffix, ok := strings.Cut(t, "("); ok && strings.HasSuffix(suffix, ")") {
		plural := base + strings.TrimSuffix(suffix, ")")
		return []term{{text: base, words: words(base)}, {text: plural, words: words(plural)}}
	}
	return []term{{text: t, words: words(t)}}
}

// normalize is the form names are compared in: lower case, hyphens and
// underscores as spaces, single spaces.
func normalize(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("-", " ", "_", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// Names returns the built-in topics' names in vocabulary order.
func Names() []string { return slices.Clone(order) }

// Aliases returns the other names a topic may be written as; nil for an
// unknown topic.
func Aliases(topic string) []string {
	var out []string
	for _, n := range names {
		if n.topic == topic && n.name != normalize(topic) {
			out = append(out, n.name)
		}
	}
	return out
}

// Term is one thing a filter looks for: a built-in topic or a free keyword.
type Term struct {
	Topic   string // the topic's name; "" for a keyword
	Keyword string // the keyword as written; "" for a topic
}

// String is the term as subscriptions store it: the topic's name, or the
// keyword in double quotes.
func (t Term) String() string {
	if t.Topic != "" {
		return t.Topic
	}
	return `"` + t.Keyword + `"`
}

// UnknownError is the error of a name that is neither a topic nor taken as
// a keyword because it is close to a topic's name or alias.
type UnknownError struct {
	Name       string // as written
	Suggestion string // the close name or alias
	Topic      string // the suggestion's topic
}

func (e *UnknownError) Error() string {
	if e.Suggestion == e.Topic {
		return fmt.Sprintf("unknown topic %q: did you mean %q?", e.Name, e.Suggestion)
	}
	return fmt.Sprintf("unknown topic %q: did you mean %q (%s)?", e.Name, e.Suggestion, e.Topic)
}

// Resolve reads one filter term. A topic's name or alias (in any case,
// with spaces or hyphens, quoted or not) is that topic. Anything else is a
// free keyword, except an unquoted name close to a topic's name or alias
// ("securty"): that is an *UnknownError suggesting the topic, since it is
// more likely a slip than a word to look for. Quoting it (`"securty"`)
// makes it a keyword.
func Resolve(s string) (Term, error) {
	s = strings.TrimSpace(s)
	inner, quoted := unquote(s)
	inner = strings.TrimSpace(inner)
	if inner == "" {
		return Term{}, errors.New("empty topic")
	}
	if m, ok := byName[normalize(inner)]; ok {
		return Term{Topic: m.name}, nil
	}
	if !quoted {
		if near, topic := Suggest(inner); near != "" {
			return Term{}, &UnknownError{Name: inner, Suggestion: near, Topic: topic}
		}
	}
	if strings.ContainsAny(inner, `"“”`) {
		return Term{}, fmt.Errorf("keyword %q: a keyword cannot hold a quotation mark", inner)
	}
	if len(words(inner)) == 0 {
		return Term{}, fmt.Errorf("keyword %q has no letters or digits to look for", inner)
	}
	return Term{Keyword: strings.Join(strings.Fields(inner), " ")}, nil
}

// unquote strips one pair of straight or curly double quotes.
func unquote(s string) (string, bool) {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"“", "“"}, {"”", "”"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return s[len(q[0]) : len(s)-len(q[1])], true
		}
	}
	return s, false
}

// Suggest returns the topic name or alias closest to name, with its topic,
// when one is close enough to be what was meant: a few letters apart
// (more for longer names), or name is the start of it. It returns "", ""
// otherwise.
func Suggest(name string) (near, topic string) {
	n := normalize(name)
	if n == "" {
		return "", ""
	}
	best, bestD := -1, 0
	for i, c := range names {
		d := distance(n, c.name)
		if len([]rune(n)) >= 4 && strings.HasPrefix(c.name, n) {
			d = min(d, 1)
		}
		if d <= allowed(n) && (best < 0 || d < bestD) {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return "", ""
	}
	return names[best].name, names[best].topic
}

// allowed is how many edits a name may be from a topic's for a
// suggestion.
func allowed(n string) int {
	switch l := len([]rune(n)); {
	case l <= 4:
		return 1
	case l <= 8:
		return 2
	default:
		return 3
	}
}

// distance is the optimal string alignment distance of a and b: insertions,
// deletions, substitutions and transpositions of adjacent letters.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// ParseList resolves terms, stopping at the first that does not resolve.
func ParseList(list []string) ([]Term, error) {
	out := make([]Term, 0, len(list))
	for _, s := range list {
		t, err := Resolve(s)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

// Strings returns the terms' stored forms.
func Strings(ts []Term) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.String()
	}
	return out
}

// Text is a readout's text split into lower-cased words, indexed for
// matching. Build it once per readout with [Of] or [NewText]; a Text is
// safe for concurrent use by several filters.
type Text struct {
	words []string // "" marks a sentence or part boundary
	// head holds each word's first position in words, and next each
	// position's next one of the same word (-1 after the last): the
	// positions of a word, ascending, in two allocations for the text.
	head map[string]int32
	next []int32
}

// Of returns the text a readout is matched on: its title, lead, and each
// section's heading and text (its body when it has no section text).
func Of(r *readout.Readout) *Text {
	parts := []string{r.Title, r.Lead}
	text := false
	for _, s := range r.Sections {
		parts = append(parts, s.Heading, s.Text)
		text = text || s.Text != ""
	}
	if !text {
		parts = append(parts, r.Body)
	}
	return NewText(parts...)
}

// NewText indexes the given parts; no phrase matches across two parts, nor
// across the end of a sentence.
func NewText(parts ...string) *Text {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	t := &Text{words: make([]string, 0, n/5+len(parts))}
	for _, p := range parts {
		t.words = appendWords(t.words, p)
		t.words = boundary(t.words)
	}
	t.head = make(map[string]int32, len(t.words)/3)
	t.next = make([]int32, len(t.words))
	for i := len(t.words) - 1; i >= 0; i-- {
		w := t.words[i]
		if w == "" {
			continue
		}
		if h, ok := t.head[w]; ok {
			t.next[i] = h
		} else {
			t.next[i] = -1
		}
		t.head[w] = int32(i)
	}
	return t
}

// words splits a phrase as NewText splits a text.
func words(s string) []string {
	return slices.DeleteFunc(appendWords(nil, s), func(w string) bool { return w == "" })
}

// appendWords appends s's words, lower-cased: runs of letters, digits and
// combining marks. Sentence punctuation adds a boundary ("").
func appendWords(out []string, s string) []string {
	s = strings.ToLower(s)
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		switch r {
		case '.', '!', '?', ';', ':', '\n', '。', '؟':
			out = boundary(out)
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func boundary(ws []string) []string {
	if len(ws) > 0 && ws[len(ws)-1] != "" {
		ws = append(ws, "")
	}
	return ws
}

// find returns the position of the first occurrence of the phrase at or
// after from, or -1.
func (t *Text) find(phrase []string, from int) int {
	if len(phrase) == 0 {
		return -1
	}
	h, ok := t.head[phrase[0]]
	if !ok {
		return -1
	}
next:
	for i := int(h); i >= 0; i = int(t.next[i]) {
		if i < from {
			continue
		}
		if i+len(phrase) > len(t.words) {
			return -1 // positions ascend: no later one fits either
		}
		for k := 1; k < len(phrase); k++ {
			if t.words[i+k] != phrase[k] {
				continue next
			}
		}
		return i
	}
	return -1
}

// first returns the matcher's earliest term in t that is not part of one
// of its exceptions (the longest of those starting there), or -1.
func (m *matcher) first(t *Text) (pos int, tm term) {
	pos = -1
	for _, c := range m.terms {
		for p := t.find(c.words, 0); p >= 0 && (pos < 0 || p <= pos); p = t.find(c.words, p+1) {
			if m.excepted(t, p, len(c.words)) {
				continue
			}
			if pos < 0 || p < pos || len(c.words) > len(tm.words) {
				pos, tm = p, c
			}
			break
		}
	}
	return pos, tm
}

// excepted reports whether the n words at p lie within one of the
// matcher's exceptions.
func (m *matcher) excepted(t *Text, p, n int) bool {
	for _, e := range m.except {
		for q := t.find(e.words, max(0, p-len(e.words)+1)); q >= 0 && q <= p; q = t.find(e.words, q+1) {
			if p+n <= q+len(e.words) {
				return true
			}
		}
	}
	return false
}

// Hit is one topic or keyword found in a text, with the term that showed
// it (the earliest in the text).
type Hit struct {
	Topic   string // the topic's name, or the keyword
	Keyword bool
	Term    string // the term found, as the vocabulary writes it
}

// String is the hit as a post shows it: `security (missile)`, `energy`
// when the term is the topic's name, `"rare earths"` for a keyword.
func (h Hit) String() string {
	switch {
	case h.Keyword:
		return `"` + h.Topic + `"`
	case strings.EqualFold(h.Term, h.Topic):
		return h.Topic
	default:
		return h.Topic + " (" + h.Term + ")"
	}
}

// Join formats hits for a post: `security (missile), infrastructure`.
func Join(hits []Hit) string {
	parts := make([]string, len(hits))
	for i, h := range hits {
		parts[i] = h.String()
	}
	return strings.Join(parts, ", ")
}

// Filter is a compiled set of topics and keywords to include and exclude.
// The zero Filter (and nil) takes every text.
type Filter struct {
	include, exclude []*matcher
}

// Compile resolves include and exclude terms (see [Resolve]) into a
// filter. Its error names the first term that does not resolve.
func Compile(include, exclude []string) (*Filter, error) {
	f := &Filter{}
	for _, side := range []struct {
		list []string
		to   *[]*matcher
	}{{include, &f.include}, {exclude, &f.exclude}} {
		ts, err := ParseList(side.list)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			*side.to = append(*side.to, matcherOf(t))
		}
	}
	return f, nil
}

func matcherOf(t Term) *matcher {
	if t.Topic != "" {
		return byName[normalize(t.Topic)]
	}
	return &matcher{name: t.Keyword, keyword: true, terms: []term{{text: t.Keyword, words: words(t.Keyword)}}}
}

// Result is what a filter made of a text.
type Result struct {
	// OK is true when the text passes: no excluded term is in it, and one
	// of the included ones is (or the filter includes everything).
	OK bool
	// Hits are the included topics and keywords found, in the filter's
	// order.
	Hits []Hit
	// Excluded is the excluded topic or keyword that turned the text down.
	Excluded *Hit
}

// Match applies the filter to a text.
func (f *Filter) Match(t *Text) Result {
	if f == nil {
		return Result{OK: true}
	}
	for _, m := range f.exclude {
		if p, tm := m.first(t); p >= 0 {
			return Result{Excluded: &Hit{Topic: m.name, Keyword: m.keyword, Term: tm.text}}
		}
	}
	if len(f.include) == 0 {
		return Result{OK: true}
	}
	var res Result
	for _, m := range f.include {
		if p, tm := m.first(t); p >= 0 {
			res.Hits = append(res.Hits, Hit{Topic: m.name, Keyword: m.keyword, Term: tm.text})
		}
	}
	res.OK = len(res.Hits) > 0
	return res
}
