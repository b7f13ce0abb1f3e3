package bot

import "testing"

// TestShapes17QuestionHeading: a section headed by a question runs into
// its summary without a colon; other headings keep theirs.
func TestShapes17QuestionHeading(t *testing.T) {
	tests := []struct {
		heading, summary, want string
	}{
		{"What was agreed?", "The ministers agreed on a new air services agreement.", "What was agreed? The ministers agreed on a new air services agreement."},
		{"Energy cooperation", "The two sides welcomed the first export of power.", "Energy cooperation: The two sides welcomed the first export of power."},
	}
	for _, tt := range tests {
		if got := sectionLine(tt.heading, tt.summary, "", 300).plain; got != tt.want {
			t.Errorf("sectionLine(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}
