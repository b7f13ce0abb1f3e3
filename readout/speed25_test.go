package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldsInto compares fieldsInto with strings.Fields, after a prefix
// in the buffer and without.
func TestFieldsInto(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", " one two  three ", "a\tb\nc\vd\fe\rf", "tab\t\tend\t",
		"non-breaking\u00a0space", "em\u2003space and more", "Café au lait", "\u00a0lead", "trail\u3000",
		strings.Repeat("word ", 100),
	} {
		if got, want := fieldsInto(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fieldsInto(nil, %q) = %q, want %q", s, got, want)
		}
		var buf [4]string
		got := fieldsInto(append(buf[:0], "x"), s)
		if want := append([]string{"x"}, strings.Fields(s)...); !slices.Equal(got, want) {
			t.Errorf("fieldsInto([x], %q) = %q, want %q", s, got, want)
		}
	}
}
