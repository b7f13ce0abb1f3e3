package bot

import (
	"strings"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/readout"
)

// Budgets of a reminder message.
const (
	// reminderTextMax bounds the reminder's sentence; a section holds
	// maxSectionText characters, flags and markers included.
	reminderTextMax = 2000
	// reminderLinkMax bounds the label of the source and latest-readout
	// links.
	reminderLinkMax = 200
)

// RenderReminder renders an anniversary reminder: the parties' flags and
// the reminder's sentence in bold ("In 30 days: 75th anniversary of
// Japan–Cambodia diplomatic relations (established 9 January 1953)"), then
// a context line with the source of the date and the latest readout between
// the parties. p may be nil (a reminder with its text only).
//
// The text and every label are escaped; only http(s) URLs become links;
// everything stays within Block Kit's limits.
func RenderReminder(text string, p *readout.ReminderPayload) Message {
	if p == nil {
		p = &readout.ReminderPayload{}
	}
	body, _ := fit(collapseSpace(text), reminderTextMax)
	if body == "" {
		body = "Anniversary reminder"
	}
	flags := partyFlags(p.Parties)
	line := bold(body)
	if flags != "" {
		line = flags + " " + line
	}
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(line), nil, nil)}
	fallback := strings.TrimSpace(flags + " " + body)

	var ctx []slack.MixedElement
	var plain []string
	if l, pl := reminderLink("Source: ", p.SourceTitle, p.SourceURL); l != "" {
		ctx = append(ctx, mrkdwnText(l))
		plain = append(plain, pl)
	}
	if l, pl := reminderLink("Latest readout: ", p.LatestTitle, p.LatestURL); l != "" {
		ctx = append(ctx, mrkdwnText(l))
		plain = append(plain, pl)
	}
	if len(ctx) > 0 {
		blocks = append(blocks, slack.NewContextBlock("", ctx...))
		fallback += "\n" + strings.Join(plain, metaSep)
	}
	return Message{Text: fallback, Blocks: blocks}
}

// reminderLink renders "Source: <url|label>" in mrkdwn and "Source: label"
// in plain text; the label alone when the URL is not a safe http(s) one,
// the URL's host when there is no label, and nothing when there is
// neither.
func reminderLink(prefix, label, u string) (md, plain string) {
	label = collapseSpace(label)
	safe, ok := safeURL(u)
	if label == "" && ok {
		label = hostOf(safe)
	}
	if label == "" {
		return "", ""
	}
	cut, _ := fit(label, reminderLinkMax)
	if !ok {
		return prefix + cut, prefix + cut
	}
	return prefix + "<" + linkURLReplacer.Replace(safe) + "|" + cut + ">", prefix + cut
}

// hostOf is the host of a safe URL, without "www.".
func hostOf(u string) string {
	_, rest, _ := strings.Cut(u, "://")
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, "?")
	return strings.TrimPrefix(host, "www.")
}
