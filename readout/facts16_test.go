package readout

import (
	"slices"
	"strings"
	"testing"
)

// The matters of security, conflict and a budget that readouts name
// in lower case are topics of the list of mentions; those that say
// nothing alone ("the crisis", "the violence", "cuts") only qualified.
func TestTopicHeadsFacts16(t *testing.T) {
	tests := []struct {
		in   string
		want []string // each must be among the topic phrases
		not  []string // none may be
	}{
		{"to prevent Iran from acquiring a nuclear weapon", []string{"nuclear weapon"}, nil},
		{"in the defense of its territory, including from Iranian drones", []string{"Iranian drones"}, nil},
		{"the need to end the humanitarian crisis in the country", []string{"humanitarian crisis"}, nil},
		{"affected by the violence and the crisis", nil, []string{"violence", "crisis"}},
		{"their concern over extremist settler violence", []string{"extremist settler violence"}, nil},
		{"brinkmanship over default and the budget", []string{"default", "budget"}, nil},
		{"cuts the deficit over ten years and the cuts", []string{"deficit"}, []string{"cuts"}},
		{"their support for political transitions in the region", []string{"political transitions"}, nil},
		{"the humane repatriation of migrants", []string{"humane repatriation", "migrants"}, nil},
		{"to hold perpetrators accountable and support survivors", []string{"survivors"}, nil},
		{"cuts to veterans and education, and the President's nominees", []string{"veterans", "nominees"}, nil},
		{"the effects of the drought on the electricity supply", []string{"drought", "electricity supply"}, nil},
		// A verb of the readout's own opens no topic.
		{"the imperative to denounce sexual violence", []string{"sexual violence"}, []string{"denounce sexual violence"}},
	}
	for _, tt := range tests {
		got := topicPhrases(appendFields(nil, tt.in))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("topicPhrases(%q) = %q, want %q among them", tt.in, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("topicPhrases(%q) = %q, want no %q", tt.in, got, w)
			}
		}
	}
}

// A currency's code before an amount names nothing the meeting is about.
func TestMentionsNoCurrencyCodes(t *testing.T) {
	got := mentionsLine(mentionsOf([]string{"Japan will provide USD 20 million to Ukraine through JICA."}, speakers{}), "", 200)
	if want := "Also: Japan, Ukraine, JICA."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A counterpart's office after his country's long form ("the People’s
// Republic of China Director of … and Foreign Minister X") is "X of
// China", the long form gone whole.
func TestCountryLongFormBeforeOffice(t *testing.T) {
	r, err := Parse(Document{Title: "Readout of the Advisor's Meeting with Foreign Minister Zhao Lin", Publisher: "The White House", PublisherCountry: "US",
		Body: "Advisor Anna Berg met today with the People’s Republic of China Director of the Office of the Foreign Affairs Commission and Foreign Minister Zhao Lin. They discussed the need to keep open lines of communication."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) == 0 {
		t.Fatal("no section")
	}
	s := r.Sections[0].Summary
	if strings.Contains(s, "Republic of Zhao") || strings.Contains(s, "People’s Republic of") && !strings.Contains(s, "Zhao Lin of") {
		t.Errorf("summary %q", s)
	}
}

// The last word of an office cut at its "of" ("Deputy Assistant
// Secretary of State Mark Wells") is no part of the name the list gives.
func TestMentionsOfficeWordAfterOf(t *testing.T) {
	got := nameRuns("He was accompanied by Deputy Assistant Secretary of State Mark Wells.", countryMemo{}, &runBuffers{})
	if !slices.Equal(got, []string{"Mark Wells"}) {
		t.Errorf("nameRuns = %q, want [Mark Wells]", got)
	}
}
