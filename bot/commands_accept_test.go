package bot_test

import (
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
)

// TestHugeReadoutPostsToSlack is issue 4's posting acceptance: a readout
// with 80 sections and a 10,000-character paragraph goes through the real
// Slack client to the fake, which checks Block Kit's limits, without an
// error; every part lands in the thread, and no block holds more than
// Slack's aggregate limit of about 13,000 characters.
func TestHugeReadoutPostsToSlack(t *testing.T) {
	fake := slackfake.New(t)
	sink := bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL())))
	m := bot.RenderReadout(hugeReadout())
	meta := bot.Meta{EventType: "readout_posted", Payload: map[string]any{"readout_id": "r1"}}
	ts, err := bot.Post(t.Context(), sink, "C1", m, meta)
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	posts := fake.History("C1")
	if len(posts) != 1+len(m.Replies) {
		t.Fatalf("posted %d messages, want the parent and %d replies", len(posts), len(m.Replies))
	}
	for i, p := range posts[1:] {
		if p.ThreadTS != ts {
			t.Errorf("reply %d threaded under %q, want %q", i+1, p.ThreadTS, ts)
		}
	}
	for i, p := range posts {
		var n int
		for _, line := range strings.Split(replyText(t, bot.CommandReply{Blocks: decodeBlocks(t, p.Blocks)}), "\n") {
			n += len([]rune(line))
		}
		if n > 13000 {
			t.Errorf("message %d holds %d characters of block text, want at most 13,000", i, n)
		}
	}
}

// decodeBlocks reads Block Kit JSON back into slack-go blocks.
func decodeBlocks(t *testing.T, raw []byte) []slack.Block {
	t.Helper()
	var b slack.Blocks
	if err := b.UnmarshalJSON(raw); err != nil {
		t.Fatalf("decode blocks: %v", err)
	}
	return b.BlockSet
}
