package readout

import (
	"slices"
	"strings"
	"testing"
)

// The genre's matters: a counteroffensive, the battlefield, the power
// grid, contraception; peace only qualified ("a lasting peace"), since
// "peace and stability" is a courtesy.
func TestTopicPhrasesMatters(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"The minister gave an update on the counteroffensive in the south.", []string{"counteroffensive"}},
		{"They reviewed battlefield conditions and the needs of the front.", []string{"battlefield"}},
		{"The utilities described how they harden the electric grid against fires.", []string{"electric grid"}},
		{"They spoke of the right to contraception and to privacy.", []string{"contraception"}},
		{"They support a just and lasting peace based on the principles of the Charter.", []string{"lasting peace"}},
		{"They will work for peace and stability in the region.", []string{"stability"}},
	}
	for _, tt := range tests {
		got := topicPhrases(strings.Fields(tt.sentence))
		if !slices.Equal(got, tt.want) {
			t.Errorf("topicPhrases(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
