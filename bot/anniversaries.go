package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/readout-bot/readout/readout"
)

// An anniversaries answer lists at most annivListed entries and stays
// within annivChars characters: a Slack section holds 3,000.
const (
	annivListed = 25
	annivChars  = 2900
)

// RenderAnniversaries renders the answer to `/readout anniversaries
// [country]` as mrkdwn: the heading in bold, one line per anniversary with
// its date in bold, a star for milestones and its source linked, then
// "…and N more." when the list is cut. Everything taken from the list is
// escaped; only http(s) sources become links.
func RenderAnniversaries(l readout.AnniversaryList) string {
	if l.Message != "" {
		return Escape(l.Message)
	}
	var b strings.Builder
	b.WriteString(bold(Escape(l.Heading)) + "\n")
	if len(l.Entries) == 0 {
		b.WriteString("No anniversaries known in that time.")
		return b.String()
	}
	for i, e := range l.Entries {
		line := "• " + bold(Escape(e.When)) + " " + Escape(e.Text)
		if e.Milestone {
			line += " :star:"
		}
		if src := annivSource(e.SourceTitle, e.SourceURL); src != "" {
			line += " · " + src
		}
		more := fmt.Sprintf("…and %d more.", len(l.Entries)-i)
		if i == annivListed || (i < len(l.Entries)-1 && utf8.RuneCountInString(b.String()+line+"\n"+more) > annivChars) {
			b.WriteString(more)
			break
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// annivSource links an http(s) source; other sources are named.
func annivSource(title, u string) string {
	if title == "" {
		return ""
	}
	if safe, ok := safeURL(u); ok {
		return "<" + linkURLReplacer.Replace(safe) + "|" + Escape(title) + ">"
	}
	return Escape(title)
}
