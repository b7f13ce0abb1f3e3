package readout

// sentCache remembers per-sentence results within one Parse call. The
// sentences of the sections and those of the whole body are mostly the
// same strings, and summaries and key points often shorten the same
// sentence, so each is analysed once. A nil *sentCache computes afresh.
type sentCache struct {
	money map[string][]money
	ords  map[string][]annivMatch
	short map[string]string
	sents map[string][]string
}

func newSentCache() *sentCache {
	return &sentCache{
		money: map[string][]money{},
		ords:  map[string][]annivMatch{},
		short: map[string]string{},
		sents: map[string][]string{},
	}
}

// splitSentences is splitSentences(p), remembered. Callers must not
// modify the result.
func (c *sentCache) splitSentences(p string) []string {
	if c == nil {
		return splitSentences(p)
	}
	ss, ok := c.sents[p]
	if !ok {
		ss = splitSentences(p)
		c.sents[p] = ss
	}
	return ss
}

// findMoney is findMoney(s), remembered.
func (c *sentCache) findMoney(s string) []money {
	if c == nil {
		return findMoney(s)
	}
	ms, ok := c.money[s]
	if !ok {
		ms = findMoney(s)
		c.money[s] = ms
	}
	return ms
}

// anniversaryOrdinals returns findOrdinals(s) when mayBeAnniversary(s),
// else nil, remembered.
func (c *sentCache) anniversaryOrdinals(s string) []annivMatch {
	find := func() []annivMatch {
		if !mayBeAnniversary(s) {
			return nil
		}
		return findOrdinals(s)
	}
	if c == nil {
		return find()
	}
	os, ok := c.ords[s]
	if !ok {
		os = find()
		c.ords[s] = os
	}
	return os
}

// shortenFrame is shortenFrame(s), remembered.
func (c *sentCache) shortenFrame(s string) string {
	if c == nil {
		return shortenFrame(s)
	}
	t, ok := c.short[s]
	if !ok {
		t = shortenFrame(s)
		c.short[s] = t
	}
	return t
}
