package bot

import (
	"strings"

	"github.com/slack-go/slack"
)

// matchLineMax bounds the line saying what a channel's filters matched.
const matchLineMax = 200

// WithMatch adds to a readout's parent message the line saying what the
// channel's filters took it for (readout.Delivery.Match: "Mentions
// Cambodia · Matched: security (missile)"), as a context line after the
// meeting's own; the fallback text gains it in the same place. An empty
// match leaves the message as it is.
func WithMatch(m Message, match string) Message {
	match = strings.TrimSpace(match)
	if match == "" || len(m.Blocks) == 0 {
		return m
	}
	line, _ := fit(match, matchLineMax)
	// After the header and the context lines that follow it.
	at := 1
	for at < len(m.Blocks) && m.Blocks[at].BlockType() == slack.MBTContext {
		at++
	}
	blocks := make([]slack.Block, 0, len(m.Blocks)+1)
	blocks = append(blocks, m.Blocks[:at]...)
	blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(line)))
	blocks = append(blocks, m.Blocks[at:]...)
	if len(blocks) > maxBlocks {
		return m
	}
	text := strings.Split(m.Text, "\n")
	i := min(at, len(text))
	text = append(text[:i], append([]string{line}, text[i:]...)...)
	m.Blocks, m.Text = blocks, strings.Join(text, "\n")
	return m
}
