package readout

import (
	"strconv"
	"strings"
)

// splitFlatLines splits a page's text extracted to one line at its own
// numbering: "… Klaveren. 1. Opening remarks … 2. Bilateral relations (1)
// Economy … (2) Energy … 3. Regional affairs …" gives a line per point
// and per subsection, as the page's paragraphs were. Only numbers that
// run 1, 2, 3 … after the end of a sentence (and subsections (1), (2) …
// inside a point) split; a line without "1." and "2." so placed is left
// whole.
func splitFlatLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		if len(l) < 200 || !strings.Contains(l, " 2. ") {
			out = append(out, l)
			continue
		}
		parts := splitAtRun(l, func(n int) string { return strconv.Itoa(n) + ". " }, true)
		if len(parts) < 3 {
			out = append(out, l)
			continue
		}
		for _, p := range parts {
			if sub := splitAtRun(p, func(n int) string { return "(" + strconv.Itoa(n) + ") " }, false); len(sub) > 2 {
				out = append(out, sub...)
			} else {
				out = append(out, p)
			}
		}
	}
	return out
}

// splitAtRun splits s before each marker of the run marker(1),
// marker(2), … that stands after a space (after a sentence's end when
// afterSentence) and before a capital; it returns s whole unless the run
// reaches 2. The text before the first marker is the first part.
func splitAtRun(s string, marker func(int) string, afterSentence bool) []string {
	var cuts []int
	from := 0
	for n := 1; ; n++ {
		m := marker(n)
		found := -1
		for i := from; ; {
			j := strings.Index(s[i:], " "+m)
			if j < 0 {
				break
			}
			at := i + j + 1
			i = at
			rest := s[at+len(m):]
			if rest == "" || !isCapWord(rest) {
				continue
			}
			if afterSentence {
				before := strings.TrimRight(s[:at], " ")
				if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?\"”’)") {
					continue
				}
			}
			found = at
			break
		}
		if found < 0 {
			break
		}
		cuts = append(cuts, found)
		from = found + len(m)
	}
	if len(cuts) < 2 {
		return []string{s}
	}
	parts := []string{strings.TrimSpace(s[:cuts[0]])}
	for k, c := range cuts {
		end := len(s)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		parts = append(parts, strings.TrimSpace(s[c:end]))
	}
	if parts[0] == "" {
		parts = parts[1:]
	}
	return parts
}
