package readout

import (
	"sync"

	"github.com/readout-bot/readout/country"
)

// sentCache remembers per-sentence results within one Parse call. The
// sentences of the sections and those of the whole body are mostly the
// same strings, and summaries and key points often shorten the same
// sentence, so each is analysed once. A nil *sentCache computes afresh.
type sentCache struct {
	money map[string][]money
	ords  map[string][]annivMatch
	short map[string]string
	sents map[string][]string
	forms map[string][]string
	facts map[string]factInfo
	fits  map[string]fitted
	words map[string]wordFeats
	cuts  map[string][]string

	// The body's country mentions (bodyMentions).
	body        string
	bodyMs      []country.Mention
	bodyScanned bool

	// The room of the fact words of facts' entries (scanFactsTo), kept
	// for the next parse.
	factRoom []string

	// mentionsWith's lists (parts of mentions, reserved in turn) and
	// look-up (mentionScratch).
	mentions     []mention
	mentionIndex map[string]int

	// keyPoints' candidates and known words (keyPointScratch).
	cands []keyPointCand
	known map[string]bool
}

// wordFeats are wordFeatures' results.
type wordFeats struct{ agreement, strong, courtesy bool }

// wordFeatures is wordFeatures(s), remembered.
func (c *sentCache) wordFeatures(s string) (agreement, strong, courtesy bool) {
	f := func(s string) wordFeats {
		a, st, co := wordFeatures(s)
		return wordFeats{a, st, co}
	}
	var w wordFeats
	if c == nil {
		w = f(s)
	} else {
		w = remember(c.words, s, f)
	}
	return w.agreement, w.strong, w.courtesy
}

// fitted is a sentence condensed and fitted as a key point.
type fitted struct {
	s  string
	ok bool
}

// fitKeyPoint is fitSentence(shortenFrame(s), maxKeyPoint), remembered.
func (c *sentCache) fitKeyPoint(s string) (string, bool) {
	f := func(s string) fitted {
		t, ok := c.fitSentence(c.shortenFrame(s), maxKeyPoint)
		if !ok {
			// A sentence too long for a key point may give its main
			// clause without its opening phrase ("In the Americas, they
			// agreed …"), or the act its participle reports ("Biden
			// reiterated …, announcing U.S. financing …" gives "Biden
			// announced U.S. financing …").
			for _, alt := range []string{withoutOpening(s), participleAct(s)} {
				if alt == "" {
					continue
				}
				if t, ok = c.fitSentence(c.shortenFrame(alt), maxKeyPoint); ok {
					break
				}
			}
		}
		return fitted{t, ok}
	}
	if c == nil {
		r := f(s)
		return r.s, r.ok
	}
	r := remember(c.fits, s, f)
	return r.s, r.ok
}

// sentCaches keeps the caches of finished parses, their maps emptied but
// their room kept: a parse that makes its maps afresh allocates about a
// tenth of its bytes for them, and the collector's work follows the bytes
// allocated.
var sentCaches sync.Pool

// newSentCache returns an empty cache for a body of about n sentences: a
// finished parse's (see release), or a new one whose maps start that large
// (or a part of it, for those that hold only some sentences) instead of
// growing through each size on the way.
func newSentCache(n int) *sentCache {
	if c, ok := sentCaches.Get().(*sentCache); ok {
		return c
	}
	return &sentCache{
		money: make(map[string][]money, n),
		ords:  make(map[string][]annivMatch, n),
		short: make(map[string]string, n/3),
		sents: make(map[string][]string, n/2),
		forms: make(map[string][]string, n/3),
		facts: make(map[string]factInfo, n),
		fits:  map[string]fitted{},
		words: map[string]wordFeats{},
		cuts:  make(map[string][]string, n/3),
	}
}

// maxPooledEntries bounds the entries of a cache kept for the next parse:
// a very long page's maps are left to the collector rather than cleared
// and kept for pages of ordinary length.
const maxPooledEntries = 4096

// release empties c and keeps it for another parse; c must not be used
// after. The results already returned keep their own values: only the
// maps' references to them are dropped.
func (c *sentCache) release() {
	if c == nil {
		return
	}
	n := len(c.money) + len(c.ords) + len(c.short) + len(c.sents) + len(c.forms) + len(c.facts) + len(c.fits) + len(c.words) + len(c.cuts) + len(c.bodyMs) + cap(c.cands) + len(c.known) + len(c.factRoom) + len(c.mentions) + len(c.mentionIndex)
	if n > maxPooledEntries {
		return
	}
	clear(c.money)
	clear(c.ords)
	clear(c.short)
	clear(c.sents)
	clear(c.forms)
	clear(c.facts)
	// (The words are parts of the page: the next parse must not keep
	// them alive.)
	clear(c.factRoom)
	c.factRoom = c.factRoom[:0]
	clear(c.fits)
	clear(c.words)
	clear(c.cuts)
	// The mentions' room is kept, without their strings (parts of the
	// body, which the next parse must not keep alive).
	clear(c.bodyMs)
	c.body, c.bodyMs, c.bodyScanned = "", c.bodyMs[:0], false
	clear(c.cands[:cap(c.cands)])
	clear(c.mentions)
	c.mentions = c.mentions[:0]
	clear(c.mentionIndex)
	clear(c.known)
	sentCaches.Put(c)
}

// remember returns f(k), computed once per key while the cache lives; a
// nil map (a nil cache) computes afresh every time.
func remember[V any](m map[string]V, k string, f func(string) V) V {
	if m == nil {
		return f(k)
	}
	v, ok := m[k]
	if !ok {
		v = f(k)
		m[k] = v
	}
	return v
}

// splitSentences is splitSentences(p), remembered. Callers must not
// modify the result.
func (c *sentCache) splitSentences(p string) []string {
	if c == nil {
		return splitSentences(p)
	}
	return remember(c.sents, p, splitSentences)
}

// findMoney is findMoney(s), remembered. It is looked for only where
// mayHoldMoney(s) (findMoney finds an amount by a digit or "illion "), so
// that the test, asked of most sentences twice (sentenceFeaturesWith and
// pledgesOf), is remembered with it.
func (c *sentCache) findMoney(s string) []money {
	if c == nil {
		return findMoney(s)
	}
	return remember(c.money, s, heldMoney)
}

// heldMoney is findMoney(s) where mayHoldMoney(s), never nil then (an
// empty list for none), else nil: what c.money holds for s says whether s
// may hold money (mayMoney).
func heldMoney(s string) []money {
	if !mayHoldMoney(s) {
		return nil
	}
	if ms := findMoney(s); ms != nil {
		return ms
	}
	return []money{}
}

// mayMoney is mayHoldMoney(s), read from what findMoney remembered of s
// when it did.
func (c *sentCache) mayMoney(s string) bool {
	if c != nil {
		if ms, ok := c.money[s]; ok {
			return ms != nil
		}
	}
	return mayHoldMoney(s)
}

// anniversaryOrdinals returns findOrdinals(s) when mayBeAnniversary(s),
// else nil, remembered.
func (c *sentCache) anniversaryOrdinals(s string) []annivMatch {
	if c == nil {
		return anniversaryOrdinals(s)
	}
	return remember(c.ords, s, anniversaryOrdinals)
}

func anniversaryOrdinals(s string) []annivMatch {
	if !mayBeAnniversary(s) {
		return nil
	}
	return findOrdinals(s)
}

// shortenFrame is shortenFrame(s), remembered.
func (c *sentCache) shortenFrame(s string) string {
	if c == nil {
		return shortenFrame(s)
	}
	return remember(c.short, s, shortenFrame)
}

// mentionScratch returns an empty list with room for n mentions, reserved
// in c's mentions (an append past n copies it), and c's look-up of
// mentions emptied; a nil c makes both.
func (c *sentCache) mentionScratch(n int) ([]mention, map[string]int) {
	if c == nil {
		return make([]mention, 0, n), make(map[string]int, n)
	}
	r := c.mentions
	if cap(r)-len(r) < n {
		r = make([]mention, 0, max(2*cap(r), 64, n))
	}
	start := len(r)
	c.mentions = r[:start+n]
	if c.mentionIndex == nil {
		c.mentionIndex = make(map[string]int, n)
	}
	clear(c.mentionIndex)
	return r[start : start : start+n], c.mentionIndex
}
