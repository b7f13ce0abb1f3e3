package readout

import "strings"

// byteRank orders bytes by how often they occur in English prose: the
// higher, the more common. Bytes it does not list (capitals, digits,
// most punctuation, the bytes of non-ASCII letters) are rare.
var byteRank = func() (r [256]uint8) {
	// From the most common to the least.
	const common = " etaoinsrhldcumwfgypbvk,.xjqz"
	for i := 0; i < len(common); i++ {
		r[common[i]] = uint8(len(common) - i)
	}
	return r
}()

// indexText is strings.Index(s, sub). The parser looks for many short
// phrases in sentences of one or two hundred bytes; strings.Index steps
// from one occurrence of the phrase's first byte to the next, which is
// often a space. indexText steps instead from one occurrence of the
// phrase's least common byte to the next and falls back to strings.Index
// where those occurrences do not pay.
func indexText(s, sub string) int {
	n := len(sub)
	if n < 2 || len(s) <= 64 || n > len(s) {
		return strings.Index(s, sub)
	}
	k := 0
	for i := 1; i < n; i++ {
		if byteRank[sub[i]] < byteRank[sub[k]] {
			k = i
		}
	}
	c := sub[k]
	// A match at start i has c at i+k; the last possible start is
	// len(s)-n.
	end := len(s) - n + k + 1
	fails := 0
	for i := k; i < end; {
		j := strings.IndexByte(s[i:end], c)
		if j < 0 {
			return -1
		}
		i += j
		if s[i-k:i-k+n] == sub {
			return i - k
		}
		i++
		if fails++; fails > 4+i>>4 {
			if j := strings.Index(s[i-k:], sub); j >= 0 {
				return i - k + j
			}
			return -1
		}
	}
	return -1
}

// containsText is strings.Contains(s, sub), by indexText.
func containsText(s, sub string) bool {
	return indexText(s, sub) >= 0
}
