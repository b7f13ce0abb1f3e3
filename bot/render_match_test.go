package bot_test

import (
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
)

func TestWithMatch(t *testing.T) {
	plain := bot.RenderReadout(summitReadout())
	tests := []struct {
		name, match, want string
	}{
		{"no match leaves the post alone", "", ""},
		{"topics", "Matched: security (missile), infrastructure", "Matched: security (missile), infrastructure"},
		{"mentions", "Mentions Cambodia", "Mentions Cambodia"},
		{"escaped", "Matched: \"<!channel> & co\"", "Matched: \"&lt;!channel&gt; &amp; co\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := bot.WithMatch(plain, tt.match)
			if tt.want == "" {
				if len(m.Blocks) != len(plain.Blocks) || m.Text != plain.Text {
					t.Fatal("the post changed")
				}
				return
			}
			if len(m.Blocks) != len(plain.Blocks)+1 {
				t.Fatalf("blocks: got %d, want %d", len(m.Blocks), len(plain.Blocks)+1)
			}
			// The line comes after the header and the meeting's context
			// lines, before the summaries.
			at := 1
			for plain.Blocks[at].BlockType() == slack.MBTContext {
				at++
			}
			ctx, ok := m.Blocks[at].(*slack.ContextBlock)
			if !ok {
				t.Fatalf("block %d is %s, want the match's context line", at, m.Blocks[at].BlockType())
			}
			if got := ctx.ContextElements.Elements[0].(*slack.TextBlockObject).Text; got != tt.want {
				t.Errorf("context line: got %q, want %q", got, tt.want)
			}
			lines := strings.Split(m.Text, "\n")
			if lines[at] != tt.want {
				t.Errorf("fallback line %d: got %q, want %q", at, lines[at], tt.want)
			}
			if strings.Join(append(lines[:at:at], lines[at+1:]...), "\n") != plain.Text {
				t.Error("the fallback text changed besides the match line")
			}
			if len(m.Replies) != len(plain.Replies) {
				t.Error("the thread changed")
			}
		})
	}
}
