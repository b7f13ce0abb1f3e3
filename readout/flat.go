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
		if len(l) < 200 || !strings.Contains(l, " 2. ") && !strings.Contains(l, " 2 ") {
			out = append(out, l)
			continue
		}
		parts := splitAtRun(l, func(n int) string { return strconv.Itoa(n) + ". " }, true)
		if len(parts) < 3 {
			parts = bareRun(l)
		}
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

// bareRun splits l at MOFA Japan's numbering without full stops, "… as
// follows. 1 Bilateral relations (1) Minister X stated … 2 Regional
// affairs (1) …": only when every point so cut opens with a heading over
// its own subsections (1), (2) …, as a number without a full stop before
// a capital is as often a count ("2 Ministers") as a point. It returns l
// whole otherwise.
func bareRun(l string) []string {
	parts := splitAtRun(l, func(n int) string { return strconv.Itoa(n) + " " }, true)
	if len(parts) < 3 {
		return []string{l}
	}
	for _, p := range parts[1:] {
		sub := splitAtRun(p, func(n int) string { return "(" + strconv.Itoa(n) + ") " }, false)
		if len(sub) < 3 {
			return []string{l}
		}
		if m, ok := parseMarker(sub[0]); !ok || m.kind != markL1 || !isHeading(m.rest) {
			return []string{l}
		}
	}
	return parts
}

// dropListCrumbs drops a page's breadcrumb extracted as a numbered list
// at its top, "1. Home" / "2. International" / "3. Foreign affairs"
// (GOV.UK's): neither points of the readout nor its headings.
func dropListCrumbs(lines []string) []string {
	if len(lines) < 3 || lines[0] != "1. Home" {
		return lines
	}
	k := 1
	for k < len(lines) && k < 8 {
		m, ok := matchL1(lines[k])
		if !ok || m[1] != strconv.Itoa(k+1) || !strings.HasPrefix(lines[k][len(m[1]):], ".") || strings.Count(m[2], " ") > 4 || endsSentence(m[2]) {
			break
		}
		k++
	}
	if k < 2 {
		return lines
	}
	return lines[k:]
}
