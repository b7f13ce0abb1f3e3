package readout

import "testing"

// fragmentCase is a readout's sentences, its sides and the list of
// mentions a reader should see.
type fragmentCase struct {
	sents   []string
	parties []string
	want    string
}

func checkMentions(t *testing.T, tests []fragmentCase) {
	t.Helper()
	for _, tt := range tests {
		sp := speakers{parties: map[string]bool{}}
		for _, p := range tt.parties {
			sp.parties[p] = true
		}
		if got := mentionsLine(mentionsOf(tt.sents, sp), "", 200); got != tt.want {
			t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sents, got, tt.want)
		}
	}
}

// An organisation that is a side of the meeting is shown as one, not
// listed as a mention.
func TestMentionsLeaveOutPartyOrganisation(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"The President said the European Union stands ready to help Moldova."}, []string{"EU", "NO"}, "Also mentioned: Moldova."},
		{[]string{"The Secretary General said NATO would meet in Oslo and thanked Chile."}, []string{"NATO", "NO"}, "Also mentioned: Oslo, Chile."},
		// Not a side here: listed.
		{[]string{"The President said the European Union stands ready to help Moldova."}, []string{"FR", "NO"}, "Also mentioned: European Union, Moldova."},
	})
}
