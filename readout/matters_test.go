package readout

import (
	"slices"
	"strings"
	"testing"
)

// The genre's matters: a counteroffensive, the battlefield, the power
// grid, contraception; peace and stability only qualified ("a lasting
// peace", "regional stability"), since "peace and stability" is a
// courtesy.
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
		// Stability too: only qualified.
		{"They will work for peace and stability in the region.", nil},
		{"They stressed regional stability and political stability at home.", []string{"regional stability", "political stability"}},
	}
	for _, tt := range tests {
		got := topicPhrases(strings.Fields(tt.sentence))
		if !slices.Equal(got, tt.want) {
			t.Errorf("topicPhrases(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// A phrase of circumstance between "that," and the reported clause goes,
// so that the two sides' frame is written short.
func TestDropThatAside(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The two leaders concurred that, while the security environment in the region becomes severer, they would further strengthen the partnership between Chile and Peru.",
			"Both will further strengthen the partnership between Chile and Peru."},
		{"The ministers confirmed that, as agreed in March, the two countries would hold a dialogue on energy.",
			"Both will hold a dialogue on energy."},
		// A phrase of purpose, with no comma before it, and a second
		// phrase after it.
		{"The ministers shared the view that in order to promote fisheries cooperation further, in addition to regular talks, they will hold a fisheries dialogue in Lima promptly.",
			"Both will hold a fisheries dialogue in Lima promptly."},
		{"The two leaders agreed that in order to deepen ties, they would exchange visits every year.",
			"Both will exchange visits every year."},
		// Its clause's subject is a name: the phrase stays.
		{"The ministers agreed that in order to deepen ties, Chile would open a consulate in Osaka.",
			"Both: In order to deepen ties, Chile will open a consulate in Osaka."},
		// A comma of the aside's own list: the clause is not found.
		{"The ministers confirmed that, while Chile, Peru and Japan face new threats, they would meet again.",
			"Both confirmed that, while Chile, Peru and Japan face new threats, they would meet again."},
	}
	for _, tt := range tests {
		if got := shortenFrame(tt.in); got != tt.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// A matter listed among the qualifiers of a later one is one of them:
// "security, economic, and humanitarian assistance" names humanitarian
// assistance, not security.
func TestTopicPhrasesSharedHead(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"They will keep providing security, economic, and humanitarian assistance to Chile.", []string{"humanitarian assistance"}},
		{"They discussed security, migration and trade.", []string{"security", "migration", "trade"}},
		{"They discussed security, economic ties and trade.", []string{"security", "trade"}},
	}
	for _, tt := range tests {
		if got := topicPhrases(strings.Fields(tt.sentence)); !slices.Equal(got, tt.want) {
			t.Errorf("topicPhrases(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// A plural subject with "both" after it is written "Both" once.
func TestPluralSubjectWithBoth(t *testing.T) {
	tests := []struct{ in, want string }{
		{"They both wished their teams luck in the final of the regatta.", "Both wished their teams luck in the final of the regatta."},
		{"The leaders both welcomed the opening of the new bridge at Tacna.", "Both welcomed the opening of the new bridge at Tacna."},
		{"They welcomed the opening of the new bridge at Tacna.", "Both welcomed the opening of the new bridge at Tacna."},
	}
	for _, tt := range tests {
		if got := shortenFrame(tt.in); got != tt.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// "Critical" names a kind of matter, not its weight: "critical minerals",
// "critical infrastructure" (the genre's terms); "critical issues" names
// none.
func TestTopicPhrasesCriticalKind(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"They agreed to cooperate on critical minerals and clean energy.", []string{"critical minerals", "clean energy"}},
		{"The two discussed threats to critical infrastructure in the region.", []string{"critical infrastructure"}},
		{"They discussed critical issues of the day.", nil},
	}
	for _, tt := range tests {
		got := topicPhrases(strings.Fields(tt.sentence))
		if !slices.Equal(got, tt.want) {
			t.Errorf("topicPhrases(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// A frame after the first clause whose clause has the speaker as its
// subject ("… and stated that he is looking forward to …") is written as
// one that opens the sentence: the speaker, then the verb.
func TestMidFrameSpeakerSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"In response, President Soto thanked Minister Ruiz for his congratulations, and stated that he is looking forward to working together on the port project.",
			"Soto is looking forward to working together on the port project."},
		{"President Soto thanked Minister Ruiz, and stated that she would visit Lima in May to open the new port and the rail link to the coast.",
			"Soto will visit Lima in May to open the new port and the rail link to the coast."},
		{"President Soto thanked Minister Ruiz, and stated that the port would open in May with the rail link to the coast and the new terminal.",
			"Soto: The port will open in May with the rail link to the coast and the new terminal."},
	}
	for _, tt := range tests {
		if got := shortenFrame(tt.in); got != tt.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
