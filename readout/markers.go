package readout

import "strings"

// markerRE is a marker of a numbered or dashed line, read by hand: each
// of its expressions (in the comments of l1Marker, l2Marker and
// dashMarker) spent some thousands of instructions in regexp's
// backtracker on a line such as "(1) Important infrastructure
// development", a step for each byte of its (.*). TestMarkers compares
// them with the expressions.
type markerRE func(s string) (sub []string, ok bool)

// FindStringSubmatch is regexp's: the line and the expression's groups,
// or nil.
func (f markerRE) FindStringSubmatch(s string) []string {
	sub, ok := f(s)
	if !ok {
		return nil
	}
	return sub
}

// MatchString reports whether s is such a line.
func (f markerRE) MatchString(s string) bool {
	_, ok := f(s)
	return ok
}

// isREspace reports whether c is of regexp's \s: [\t\n\f\r ].
func isREspace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipREspace returns the offset of the first byte of s from i on that is
// not of \s.
func skipREspace(s string, i int) int {
	for i < len(s) && isREspace(s[i]) {
		i++
	}
	return i
}

// matchL1 reads ^(\d{1,2})(?:\.\s*|\s+)(\S.*)$: one or two digits (a
// third fails: no fewer can be followed by the separator), a full stop or
// a space and the spaces after it (\S cannot start inside them), then
// text without a line break ("." stops at one and "$" is the end).
func matchL1(s string) ([]string, bool) {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i == len(s) || s[i] != '.' && !isREspace(s[i]) {
		return nil, false
	}
	j := skipREspace(s, i+1)
	if j == len(s) || strings.IndexByte(s[j:], '\n') >= 0 {
		return nil, false
	}
	return []string{s, s[:i], s[j:]}, true
}

// matchL2 reads ^[(（](\d{1,2})[)）]\s*(.*)$.
func matchL2(s string) ([]string, bool) {
	i := 0
	switch {
	case strings.HasPrefix(s, "("):
		i = 1
	case strings.HasPrefix(s, "（"):
		i = len("（")
	default:
		return nil, false
	}
	d := i
	for i < len(s) && i-d < 2 && isDigit(s[i]) {
		i++
	}
	if i == d {
		return nil, false
	}
	num := s[d:i]
	switch {
	case strings.HasPrefix(s[i:], ")"):
		i++
	case strings.HasPrefix(s[i:], "）"):
		i += len("）")
	default:
		return nil, false
	}
	j := skipREspace(s, i)
	if strings.IndexByte(s[j:], '\n') >= 0 {
		return nil, false
	}
	return []string{s, num, s[j:]}, true
}

// dashes are the bullets of dashMarker.
// ("■ Bilateral relations", "● The two sides …": the squares and
// circles of translated pages.)
var dashes = []string{"-", "‐", "–", "—", "•", "・", "■", "●", "◆", "▪", "▶"}

// matchDash reads ^[-‐–—•・■●◆▪▶]\s*(\S.*)$ (the bullets of dashes).
func matchDash(s string) ([]string, bool) {
	i := 0
	for _, d := range dashes {
		if strings.HasPrefix(s, d) {
			i = len(d)
			break
		}
	}
	if i == 0 {
		return nil, false
	}
	j := skipREspace(s, i)
	if j == len(s) || strings.IndexByte(s[j:], '\n') >= 0 {
		return nil, false
	}
	return []string{s, s[j:]}, true
}
