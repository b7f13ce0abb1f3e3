package readout

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTranscripts: a transcript of remarks before a meeting gives its
// principals from its headline or its speakers' labels (full names of
// known holders), its place from its header or a welcome, and summaries
// that keep each turn its speaker's, with no greeting and no question.
func TestTranscripts(t *testing.T) {
	tests := []struct {
		file       string
		principals []string // "Name|CC"
		place      string
		summary    string // a summary or key point holds it
	}{
		{"nato-rutte-stubb.md", []string{"Mark Rutte|NATO", "Alexander Stubb|FI"}, "NATO Headquarters",
			"Stubb: Finland will continue to invest"},
		{"us-state-rubio-jaishankar.md", []string{"Marco Rubio|US", "Jaishankar|IN"}, "Washington, D.C.",
			"Jaishankar: We have a lot to discuss"},
		{"au-pmo-albanese-luxon.md", []string{"Anthony Albanese|AU", "Christopher Luxon|NZ"}, "Queenstown, New Zealand",
			"Albanese: Australia and New Zealand are family"},
		{"us-whitehouse-trump-carney.md", []string{"Donald Trump|US", "Mark Carney|CA"}, "Oval Office",
			"Carney: Canada is not for sale"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "transcripts", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ParseMarkdown(b)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Parse(doc)
			if err != nil {
				t.Fatal(err)
			}
			if got := principalsOf(r); !slices.Equal(got, tt.principals) {
				t.Errorf("principals %q, want %q", got, tt.principals)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
			if _, _, ok := speakerLabel(r.Lead); !ok {
				t.Errorf("lead %q is no speaker's turn", r.Lead)
			}
			var all []string
			for _, s := range r.Sections {
				all = append(all, s.Summary)
			}
			all = append(all, r.KeyPoints...)
			text := strings.Join(all, "\n")
			if !strings.Contains(text, tt.summary) {
				t.Errorf("summaries and key points %q hold no %q", text, tt.summary)
			}
			if tt.file == "us-whitehouse-trump-carney.md" && r.Meeting.StartLocal != "11:42" {
				t.Errorf("start %q, want 11:42", r.Meeting.StartLocal)
			}
			for _, bad := range []string{"Thank", "Good", "honor", "JOURNALIST", "SECRETARY", "MINISTER", "lift the tariffs", "END", "EDT"} {
				if strings.Contains(text, bad) {
					t.Errorf("summaries and key points %q hold %q", text, bad)
				}
			}
		})
	}
}

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		line, label string
		speaker     bool
		question    bool
	}{
		{"SECRETARY RUBIO: Well, good morning.", "SECRETARY RUBIO", true, false},
		{"PRIME MINISTER ALBANESE (via interpreter): Thank you.", "PRIME MINISTER ALBANESE", true, false},
		{"NATO SECRETARY GENERAL: Thank you.", "NATO SECRETARY GENERAL", true, false},
		{"EXTERNAL AFFAIRS MINISTER JAISHANKAR: Thank you, Secretary.", "EXTERNAL AFFAIRS MINISTER JAISHANKAR", true, false},
		{"QUESTION: Mr. Secretary, on tariffs?", "", false, true},
		{"Q Mr. President, will you lift the tariffs?", "", false, true},
		{"JOURNALIST: Prime Minister, on tariffs?", "", false, true},
		{"NOTE TO EDITORS: The meeting was held in Rome.", "", false, true},
		{"Minister Sikorski: the talks went well.", "", false, false},
		{"WASHINGTON — The Secretary met the Minister.", "", false, false},
	}
	for _, tt := range tests {
		label, _, ok := speakerLabel(tt.line)
		if ok != tt.speaker || label != tt.label {
			t.Errorf("speakerLabel(%q) = %q, %v; want %q, %v", tt.line, label, ok, tt.label, tt.speaker)
		}
		if q := questionLabel(tt.line); q != tt.question {
			t.Errorf("questionLabel(%q) = %v, want %v", tt.line, q, tt.question)
		}
	}
}

// TestNotTranscript: a page with one label in capitals (a dateline, a
// note to editors) is no transcript, and reads as before.
func TestNotTranscript(t *testing.T) {
	lines := []string{
		"PRESIDENT'S OFFICE: The President received the Ambassador of Japan today.",
		"They discussed trade and investment.",
		"NOTE TO EDITORS: Photographs are available.",
	}
	if _, ok := transcriptOf(lines); ok {
		t.Errorf("transcriptOf(%q) is a transcript", lines)
	}
}

func TestRemarksTitleLead(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Remarks by Prime Minister Albanese and Prime Minister Luxon before their bilateral meeting",
			"Prime Minister Albanese met with Prime Minister Luxon."},
		{"Remarks by Secretary-General Mark Rutte with the President of Finland, Alexander Stubb, before their meeting",
			"Secretary-General Mark Rutte met with the President of Finland, Alexander Stubb."},
		{"Remarks by President Trump and Prime Minister Carney of Canada Before Bilateral Meeting",
			"President Trump met with Prime Minister Carney of Canada."},
		{"Remarks by the Foreign Secretary at the Munich Security Conference", ""},
		{"Secretary Rubio's Meeting with Indian External Affairs Minister Jaishankar", ""},
	}
	for _, tt := range tests {
		if got := remarksTitleLead(tt.title); got != tt.want {
			t.Errorf("remarksTitleLead(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestPlaceLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Washington, D.C.", "Washington, D.C."},
		{"Queenstown, New Zealand", "Queenstown, New Zealand"},
		{"NATO Headquarters, Brussels", "NATO Headquarters, Brussels"},
		{"Brussels", "Brussels"},
		{"Oval Office", "Oval Office"},
		{"Great Hall of the People", "Great Hall of the People"},
		{"The White House", ""},
		{"Press Office", ""},
		{"Media Centre", ""},
		{"Marco Rubio, Secretary of State", ""},
		{"Transcript", ""},
		{"July 1, 2025", ""},
	}
	for _, tt := range tests {
		if got := placeLine(tt.line); got != tt.want {
			t.Errorf("placeLine(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestPleasantry(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Thank you, Anthony.", true},
		{"Well, good morning, everyone.", true},
		{"It's a pleasure to welcome the External Affairs Minister of India back to Washington.", true},
		{"Thank you all.", true},
		{"Finland will continue to invest in its security.", false},
		{"We will sign an arrangement on critical minerals.", false},
	}
	for _, tt := range tests {
		if got := pleasantry(tt.s); got != tt.want {
			t.Errorf("pleasantry(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
