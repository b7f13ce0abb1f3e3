package readout

// quickSet is a set of words (one of the package's setOf maps) that tells
// cheaply of most words that it lacks them: it marks, for each of its
// words, the word's length with the last five bits of its first and last
// bytes, and hashes a word to look it up in the map only when a word of
// the set has the same three. The parser asks its sets about most words
// of a text, and most words are in none of them.
type quickSet struct {
	words map[string]bool
	marks [1 << 15 / 64]uint64
}

// quickSetOf makes the quickSet of words, which must not change after.
func quickSetOf(words map[string]bool) *quickSet {
	q := &quickSet{words: words}
	for w := range words {
		if w != "" {
			k := quickKey(w)
			q.marks[k/64] |= 1 << (k % 64)
		}
	}
	return q
}

// quickKey is the mark of a word that is not empty.
func quickKey(w string) uint {
	return uint(w[0]&31)<<10 | uint(w[len(w)-1]&31)<<5 | uint(min(len(w), 31))
}

// has is q.words[w].
func (q *quickSet) has(w string) bool {
	if w != "" {
		if k := quickKey(w); q.marks[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return q.words[w]
}

// union is a new set of the words of the sets.
func union(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			u[w] = true
		}
	}
	return u
}
