package country

import (
	"unicode"
	"unicode/utf8"
)

// Text handling shared by the index, Lookup and Find. A word is a run of
// letters, digits and combining marks; everything else separates words.
// Words compare folded: lower case, Latin accents removed ("Côte" ~ "cote").
// Separators compare normalized: a run of white space is one ' ', any hyphen
// or dash is '-', any apostrophe is '\'', other ASCII punctuation is itself.

// asciiWord marks the ASCII bytes that belong to a word.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// nextWord returns the byte span of the first word in s at or after i;
// start == len(s) when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return start, i
}

// foldTable maps accented Latin lower-case letters to their base letters.
var foldTable = map[rune]string{}

func init() {
	for base, accented := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě",
		"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ",
		"l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő", "r": "ŕŗř",
		"s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ",
		"z": "źżž", "ae": "æ", "oe": "œ", "ss": "ß", "th": "þ",
	} {
		for _, r := range accented {
			foldTable[r] = base
		}
	}
}

// appendFold appends the folded form of word w to dst.
func appendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent: "e\u0301" folds as "e"
		}
		r = unicode.ToLower(r)
		if s, ok := foldTable[r]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// isHyphen reports whether r is a hyphen or dash.
func isHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

// isApostrophe reports whether r is an apostrophe or a single quote used as one.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02BC', '`', '\uFF07':
		return true
	}
	return false
}

// normRune returns the normalized byte for a separator rune, or 0 when the
// rune cannot be part of a separator inside a name.
func normRune(r rune) byte {
	switch {
	case unicode.IsSpace(r):
		return ' '
	case isHyphen(r):
		return '-'
	case isApostrophe(r):
		return '\''
	case r < utf8.RuneSelf:
		return byte(r)
	}
	return 0
}

// sepMatch reports whether the gap between two words of a text normalizes to
// want, without allocating.
func sepMatch(gap, want string) bool {
	j := 0
	space := false
	for _, r := range gap {
		b := normRune(r)
		if b == 0 {
			return false
		}
		if b == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		if j >= len(want) || want[j] != b {
			return false
		}
		j++
	}
	return j == len(want)
}

// isUpperStart reports whether word w starts with an upper-case letter or a digit.
func isUpperStart(w string) bool {
	c := w[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isAllUpper reports whether every letter of w is upper case.
func isAllUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
