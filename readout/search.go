package readout

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

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
	// The phrase's rarest byte, remembered in rarestSeen by where the
	// phrase is.
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(sub))))
	key := p<<8 | uint64(n)
	e := &rarestSeen[(p^p>>9)%uint64(len(rarestSeen))]
	v := e.Load()
	k := int(v & 0xFF)
	if v>>8 != key || k >= n {
		k = rarestByte(sub)
		e.Store(key<<8 | uint64(k&0xFF))
	}
	c := sub[k]
	first, last := sub[0], sub[n-1]
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
		// The phrase's first and last bytes before the whole of it.
		if at := i - k; s[at] == first && s[at+n-1] == last && s[at:at+n] == sub {
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

// rarestSeen remembers rarestByte for the phrases looked for last, by
// where their bytes are and their length: most are the package's own
// constants, looked for again and again, and the look-up is a few
// instructions where rarestByte reads the phrase. An entry is the phrase's
// address and length, shifted, and the offset in its low byte. Whatever an
// entry holds, indexText finds the same: any offset within the phrase
// steps to every match (a stale entry, for a phrase since freed and
// another made where it was, only picks a commoner byte). Entries are read
// and written whole (atomically), so parses may share the table.
var rarestSeen [1024]atomic.Uint64

// rarestByte returns the offset of the first of sub's least common bytes
// by byteRank; sub is not empty.
func rarestByte(sub string) int {
	k, rank := 0, byteRank[sub[0]]
	// Each pass skips the bytes no rarer than the rarest so far (the
	// loop that steps only i is the short one the compiler makes).
	for i := 1; rank > 0; i++ {
		for i < len(sub) && byteRank[sub[i]] >= rank {
			i++
		}
		if i == len(sub) {
			break
		}
		k, rank = i, byteRank[sub[i]]
	}
	return k
}

// containsText is strings.Contains(s, sub), by indexText.
func containsText(s, sub string) bool {
	return indexText(s, sub) >= 0
}

// trimWordPunct is strings.TrimFunc(s, isWordPunct), without decoding a
// rune for each ASCII byte.
func trimWordPunct(s string) string {
	for len(s) > 0 {
		if c := s[0]; c < utf8.RuneSelf && isWordPunct(rune(c)) {
			s = s[1:]
		} else if len(s) >= 3 && c == 0xE2 && isQuoteTail(s[1], s[2]) {
			s = s[3:] // ‘ ’ “ ”
		} else {
			break
		}
	}
	for n := len(s); n > 0; n = len(s) {
		if c := s[n-1]; c < utf8.RuneSelf && isWordPunct(rune(c)) {
			s = s[:n-1]
		} else if n >= 3 && s[n-3] == 0xE2 && isQuoteTail(s[n-2], c) {
			s = s[:n-3]
		} else {
			break
		}
	}
	return s
}

// isQuoteTail reports whether 0xE2 b1 b2 is the UTF-8 of ‘ ’ “ or ”.
func isQuoteTail(b1, b2 byte) bool {
	return b1 == 0x80 && (b2 == 0x98 || b2 == 0x99 || b2 == 0x9C || b2 == 0x9D)
}

// phraseSet finds whether a text holds any of a set of phrases that all
// end with the same byte ("met ", "held ", "visited "): it steps from one
// occurrence of that byte to the next and compares only the phrases whose
// byte before it is the text's, where containsAny reads the text once
// for each phrase.
type phraseSet struct {
	end    byte
	before [256][]endPhrase // the phrases by their byte before end
}

// endPhrase is a phrase of a phraseSet with its last eight bytes (all of
// a shorter one) as the high bytes of a word and the mask of those bytes:
// the eight bytes of the text that end where the phrase would are read as
// one word and compared with it at once, where comparing the strings
// called memequal for each phrase (most words end with "d ", "t ", "e ").
type endPhrase struct {
	text       string
	tail, mask uint64
}

// newPhraseSet makes the set of phrases, each at least two bytes long and
// all ending with the same byte.
func newPhraseSet(phrases ...string) *phraseSet {
	p := &phraseSet{}
	for i, ph := range phrases {
		n := len(ph)
		if n < 2 || i > 0 && ph[n-1] != p.end {
			panic("newPhraseSet: " + ph + " does not end as the others or is too short")
		}
		p.end = ph[n-1]
		e := endPhrase{text: ph}
		for j := 0; j < min(n, 8); j++ {
			e.tail |= uint64(ph[n-1-j]) << (8 * (7 - j))
			e.mask |= 0xFF << (8 * (7 - j))
		}
		p.before[ph[n-2]] = append(p.before[ph[n-2]], e)
	}
	return p
}

// in is containsAny(s, phrases...) for the set's phrases.
func (p *phraseSet) in(s string) bool {
	for i := 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], p.end)
		if j < 0 {
			return false
		}
		i += j
		phs := p.before[s[i-1]]
		if len(phs) == 0 {
			continue
		}
		if i < 7 {
			for _, ph := range phs {
				if i+1 >= len(ph.text) && s[i+1-len(ph.text):i+1] == ph.text {
					return true
				}
			}
			continue
		}
		w := load8(s[i-7:])
		for _, ph := range phs {
			n := len(ph.text)
			if w&ph.mask == ph.tail && (n <= 8 || i+1 >= n && s[i+1-n:i-7] == ph.text[:n-8]) {
				return true
			}
		}
	}
	return false
}

// runeCount is utf8.RuneCountInString(s), eight bytes at a time where
// they are ASCII: the eight are read as one word (the compiler makes the
// shifts one load) and tested at once.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			t := s[i : i+8]
			w := load8(t)
			if w&0x8080808080808080 == 0 {
				n += 8
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		n++
		i += w
	}
	return n
}

// hasPrefixSpace is strings.HasPrefix(s, prefix+" "), without joining the
// two.
func hasPrefixSpace(s, prefix string) bool {
	return len(s) > len(prefix) && s[len(prefix)] == ' ' && strings.HasPrefix(s, prefix)
}

// fieldsInto is strings.Fields(s) appended to dst: a caller passes a
// buffer on its stack, where strings.Fields makes the list on the heap for
// each text. Text with a byte beyond ASCII, which strings.Fields splits at
// Unicode's spaces, is left to it.
func fieldsInto(dst []string, s string) []string {
	n0, start := len(dst), -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(dst[:n0], strings.Fields(s)...)
		}
		if asciiSpace[c] {
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
