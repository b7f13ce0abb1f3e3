package readout

import (
	"strings"
	"testing"
)

// namedInitialsByteByByte is namedInitials as first written, looking at
// every byte of the text: the reference of TestNamedInitialsPrefilter.
func namedInitialsByteByByte(sp speakers, text string) string {
	if sp.ownTitle == "" || sp.ownName == "" {
		return text
	}
	for i := 0; i < len(text); i++ {
		if !isUpperByte(text[i]) || i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
			continue
		}
		j := i
		for j < len(text) && isUpperByte(text[j]) {
			j++
		}
		if n := j - i; n < 2 || n > 4 || j+1 >= len(text) || !(text[j] == ' ' && 'a' <= text[j+1] && text[j+1] <= 'z' || text[j] == '\'' && text[j+1] == 's') {
			i = j
			continue
		}
		if initialsOf(text[i:j], sp.ownTitle) {
			text = text[:i] + sp.ownName + text[j:]
			j = i + len(sp.ownName)
		}
		i = j
	}
	return text
}

// TestNamedInitialsPrefilter checks that namedInitials, which looks at the
// text only from the office's first capital, gives what the byte-by-byte
// reading gives, on the samples and edge cases.
func TestNamedInitialsPrefilter(t *testing.T) {
	texts := append(sampleFiles(t, sampleGlobs...),
		"EAM called on the PM. EAM's visit", "EAM", "EA", "xEAM called", "\nEAM called", "EAM  called", "EAMX called",
		"During the visit, EAM called on EAM's host.", "The EAM's", "AM called", "EFAM called", "PM Modi", "PMs met")
	titles := []string{"External Affairs Minister", "Prime Minister", "Minister for Foreign Affairs", " External Affairs Minister",
		"minister", "", "E", "External  Affairs Minister", "Secretary of State"}
	for _, title := range titles {
		for _, name := range []string{"Jaishankar", "", "EAM"} {
			sp := speakers{ownTitle: title, ownName: name}
			for _, text := range texts {
				if got, want := sp.namedInitials(text), namedInitialsByteByByte(sp, text); got != want {
					t.Errorf("title %q name %q: namedInitials(%.60q…) differs from the byte-by-byte reading", title, name, text)
				}
			}
		}
	}
}

// TestDayRangeStart checks that dayRangeRE read from dayRangeStart finds
// what it finds in the whole text, on every line and sentence of the
// samples and on edge cases.
func TestDayRangeStart(t *testing.T) {
	var cases []string
	for _, text := range sampleFiles(t, sampleGlobs...) {
		for _, line := range strings.Split(text, "\n") {
			cases = append(cases, line)
			cases = append(cases, splitSentences(line)...)
		}
	}
	cases = append(cases, "visited Brazil and Peru from 3 to 7 November 2024.", "on on 24-25 March", "met, on March 24-25, 2025, in",
		"from from 3 to 7 November", " on 3-4 May", "on 3-4 May", ",on 3-4 May", "Japan-Cambodia on the 3rd, on 3–4 May",
		"went from Tokyo on 3 to 7 November", "X, from June 3 through 5, 2024", "on Sept 3-4", "on", " on ", " on 4")
	n := 0
	for _, s := range cases {
		want := dayRangeRE.FindStringIndex(s)
		at := dayRangeStart(s)
		var got []int
		if at >= 0 {
			if m := dayRangeRE.FindStringIndex(s[at:]); m != nil {
				got = []int{m[0] + at, m[1] + at}
			}
		}
		if want != nil {
			n++
		}
		if len(got) != len(want) || got != nil && (got[0] != want[0] || got[1] != want[1]) {
			t.Errorf("%.80q: from dayRangeStart %v, in the whole text %v", s, got, want)
		}
	}
	if n == 0 {
		t.Error("no case holds a range of days")
	}
}
