package readout

import "strings"

// matchFrame is frameRE.FindStringSubmatchIndex(s) without regexp: the
// frame is read word by word in the order of the expression's choices
// (an opener or none, the subject's first word by its three forms, up to
// six more words as many as can be, an adverb or none, the verb, " that"
// or none, a comma or none, the space), and the first reading that
// reaches the end of the frame is the match, as the expression's
// backtracking gives it. TestMatchFrame checks it against frameRE. The
// expression cost about a microsecond a sentence, a fiftieth of a parse.
func matchFrame(s string) []int {
	if start := frameOpenerEnd(s); start > 0 {
		if m := matchFrameAt(s, start); m != nil {
			return m
		}
	}
	return matchFrameAt(s, 0)
}

// frameOpeners are frameRE's openers, each before ",? ".
var frameOpeners = []string{"In response", "In reply", "In closing", "Furthermore", "Moreover", "Additionally", "Also"}

// frameOpenerEnd returns where the subject starts after the opener s
// begins with ("In response, "), or 0.
func frameOpenerEnd(s string) int {
	for _, o := range frameOpeners {
		if !strings.HasPrefix(s, o) {
			continue
		}
		i := len(o)
		if i < len(s) && s[i] == ',' {
			i++
		}
		if i < len(s) && s[i] == ' ' {
			return i + 1
		}
		// Only one opener can stand at the start.
		return 0
	}
	return 0
}

// matchFrameAt reads the frame's subject from start on, and the rest.
func matchFrameAt(s string, start int) []int {
	// The subject's first word: "The two \w+", "Both \w+", then a
	// capitalized word.
	for form := 0; form < 3; form++ {
		end := -1
		switch form {
		case 0:
			if strings.HasPrefix(s[start:], "The two ") {
				end = wordRunEnd(s, start+len("The two "))
			}
		case 1:
			if strings.HasPrefix(s[start:], "Both ") {
				end = wordRunEnd(s, start+len("Both "))
			}
		case 2:
			end = capWordEnd(s, start)
		}
		if end < 0 {
			continue
		}
		// Up to six more words, as many as there are, then fewer.
		var ends [7]int
		ends[0] = end
		n := 1
		for n < len(ends) {
			e := frameWordEnd(s, ends[n-1])
			if e < 0 {
				break
			}
			ends[n] = e
			n++
		}
		for k := n - 1; k >= 0; k-- {
			if e := frameTailEnd(s, ends[k]); e >= 0 {
				return []int{0, e, start, ends[k]}
			}
		}
	}
	return nil
}

// wordRunEnd is the end of the run of \w bytes (isWordByte) at i, one at
// least, or -1.
func wordRunEnd(s string, i int) int {
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	if j == i {
		return -1
	}
	return j
}

// capWordEnd is the end of "[A-Z][\w'’.-]*" at i, or -1.
func capWordEnd(s string, i int) int {
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return -1
	}
	j := i + 1
	for j < len(s) {
		switch c := s[j]; {
		case isWordByte(c) || c == '\'' || c == '.' || c == '-':
			j++
		case c == 0xE2 && strings.HasPrefix(s[j:], "’"):
			j += len("’")
		default:
			return j
		}
	}
	return j
}

// frameWordEnd is the end of " (?:[A-Z][\w'’.-]*|of|the)" at i, or -1.
func frameWordEnd(s string, i int) int {
	if i >= len(s) || s[i] != ' ' {
		return -1
	}
	i++
	if e := capWordEnd(s, i); e >= 0 {
		return e
	}
	// "of" or "the": a word after it comes after a space, so a longer
	// word ("offer") is read as one and fails at the space.
	for _, w := range []string{"of", "the"} {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w)
		}
	}
	return -1
}

// frameAdverbs and frameVerbs are frameRE's, in its order.
var (
	frameAdverbs = []string{"also ", "further ", "then ", "again ", "firmly ", "strongly "}
	frameVerbs   = []string{"stated", "said", "noted", "explained", "emphasized", "emphasised", "stressed", "highlighted",
		"underscored", "underlined", "pointed out", "mentioned", "indicated", "added", "remarked", "conveyed"}
	frameExpressedOf   = []string{"his", "her", "their"}
	frameExpressedWhat = []string{"view", "hope", "expectation", "intention", "belief", "recognition"}
)

// frameTailEnd reads, from the space at i, " (?:adverb )?verb(?: that)?,? "
// and returns where it ends, or -1.
func frameTailEnd(s string, i int) int {
	if i >= len(s) || s[i] != ' ' {
		return -1
	}
	i++
	for _, a := range frameAdverbs {
		if strings.HasPrefix(s[i:], a) {
			if e := frameVerbEnd(s, i+len(a)); e >= 0 {
				return e
			}
			break // one adverb at most can stand here
		}
	}
	return frameVerbEnd(s, i)
}

// frameVerbEnd reads the verb at i and what may follow it.
func frameVerbEnd(s string, i int) int {
	rest := s[i:]
	for _, v := range frameVerbs {
		if strings.HasPrefix(rest, v) {
			return frameAfterVerb(s, i+len(v))
		}
	}
	if !strings.HasPrefix(rest, "expressed") {
		return -1
	}
	// "expressed (?: (?:his|her|their) (?:view|…))? that".
	j := i + len("expressed")
	if s[j:] != "" && s[j] == ' ' {
		for _, p := range frameExpressedOf {
			if !strings.HasPrefix(s[j+1:], p+" ") {
				continue
			}
			k := j + 1 + len(p) + 1
			for _, w := range frameExpressedWhat {
				if strings.HasPrefix(s[k:], w+" that") {
					if e := frameAfterVerb(s, k+len(w)+len(" that")); e >= 0 {
						return e
					}
				}
			}
		}
	}
	if strings.HasPrefix(s[j:], " that") {
		return frameAfterVerb(s, j+len(" that"))
	}
	return -1
}

// frameAfterVerb reads "(?: that)?,? " at i: the longest reading that ends
// with the space.
func frameAfterVerb(s string, i int) int {
	if strings.HasPrefix(s[i:], " that") {
		if e := commaSpaceEnd(s, i+len(" that")); e >= 0 {
			return e
		}
	}
	return commaSpaceEnd(s, i)
}

// commaSpaceEnd reads ",? " at i.
func commaSpaceEnd(s string, i int) int {
	if i < len(s) && s[i] == ',' && i+1 < len(s) && s[i+1] == ' ' {
		return i + 2
	}
	if i < len(s) && s[i] == ' ' {
		return i + 1
	}
	return -1
}
