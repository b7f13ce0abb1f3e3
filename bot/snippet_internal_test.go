package bot

import "testing"

// The bold around a keyword covers whole words: Slack shows the asterisks
// of "*Russia*n" as they are.
func TestSnippetBoldsWholeWords(t *testing.T) {
	tests := []struct{ text, kw, want string }{
		{"president Putin of the Russian Federation took part", "russia", "president Putin of the *Russian* Federation took part"},
		{"the Ukraine Defense Contact Group met", "ukraine", "the *Ukraine* Defense Contact Group met"},
		{"non-Russian energy", "russia", "non-*Russian* energy"},
		{"Kyiv’s reconstruction", "construct", "Kyiv’s *reconstruction*"},
	}
	for _, tt := range tests {
		i := indexFold(tt.text, tt.kw)
		if got := snippet(tt.text, i, len(tt.kw)); got != tt.want {
			t.Errorf("snippet(%q, %q) = %q, want %q", tt.text, tt.kw, got, tt.want)
		}
	}
}
