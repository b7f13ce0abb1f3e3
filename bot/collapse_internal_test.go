package bot

import (
	"strings"
	"testing"
)

// collapseSpace's fast path returns s itself exactly when joining its
// fields would give s back.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{
		"", " ", "a", "a b", "a  b", " a", "a ", "a\nb", "a\tb", "a\u00a0b", "a\u2003b",
		"Kishida: Japan will help Sihanoukville Port.", "Économie et énergie", "a\u0085b", "日本 カンボジア",
		"\xff", "a \xff b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := collapseSpace(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if singleSpaced(s) != (s == want) {
			t.Errorf("singleSpaced(%q) = %v, but collapsing gives %q", s, singleSpaced(s), want)
		}
	})
}
