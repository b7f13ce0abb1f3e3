package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"
)

// Console returns exactly what would be posted, as a person reads it in a
// terminal: the parent's blocks as text (entities decoded, links shown as
// "label (url)", bold and italic markers dropped where Slack would format
// them), the button as "[label] url", then each thread reply with its first
// line under "  ↳ " and the rest indented.
func (m Message) Console() string {
	var b strings.Builder
	b.WriteString(m.consoleParent())
	for _, r := range m.Replies {
		b.WriteString(r.console())
	}
	return b.String()
}

// consoleParent is the parent message as Console shows it.
func (m Message) consoleParent() string {
	var b strings.Builder
	lines := blockLines(m.Blocks)
	if len(lines) == 0 {
		lines = strings.Split(unescape(m.Text), "\n")
	}
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// console is a thread reply as Console shows it: a blank line, then the
// reply indented under "  ↳ ".
func (r Reply) console() string {
	var b strings.Builder
	lines := blockLines(r.Blocks)
	if len(lines) == 0 {
		lines = strings.Split(unescape(r.Text), "\n")
	}
	b.WriteByte('\n')
	for i, l := range lines {
		switch {
		case i == 0:
			b.WriteString("  ↳ ")
		case l != "":
			b.WriteString("    ")
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// blockLines renders blocks as lines of text, with a blank line before
// every section block but the first block.
func blockLines(blocks []slack.Block) []string {
	var lines []string
	for i, blk := range blocks {
		var text string
		switch b := blk.(type) {
		case *slack.HeaderBlock:
			text = consoleText(b.Text)
		case *slack.ContextBlock:
			var parts []string
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					parts = append(parts, consoleText(t))
				}
			}
			text = strings.Join(parts, "  ")
		case *slack.SectionBlock:
			parts := []string{consoleText(b.Text)}
			for _, f := range b.Fields {
				parts = append(parts, consoleText(f))
			}
			text = strings.Join(parts, "\n")
			if i > 0 {
				lines = append(lines, "")
			}
		case *slack.ActionBlock:
			var parts []string
			if b.Elements != nil {
				for _, e := range b.Elements.ElementSet {
					if btn, ok := e.(*slack.ButtonBlockElement); ok {
						parts = append(parts, "["+consoleText(btn.Text)+"] "+btn.URL)
					}
				}
			}
			text = strings.Join(parts, "  ")
		case *slack.DividerBlock:
			text = "────────"
		}
		lines = append(lines, strings.Split(text, "\n")...)
	}
	return lines
}

// consoleText renders a text object as a reader sees it.
func consoleText(t *slack.TextBlockObject) string {
	if t == nil {
		return ""
	}
	if t.Type != slack.MarkdownType {
		return unescape(t.Text)
	}
	lines := strings.Split(consoleLinks(t.Text), "\n")
	for i, l := range lines {
		lines[i] = unescape(stripEmphasis(stripEmphasis(l, '*'), '_'))
	}
	return strings.Join(lines, "\n")
}

// consoleLinks rewrites mrkdwn links "<url|label>" as "label (url)". In
// text the renderer produced, a "<" only ever opens a link: every "<" from
// a feed is escaped.
func consoleLinks(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			break
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			break
		}
		b.WriteString(s[:lt])
		target, label, ok := strings.Cut(s[lt+1:lt+gt], "|")
		target = unescape(target)
		if ok && label != "" {
			b.WriteString(label + " (" + target + ")")
		} else {
			b.WriteString(target)
		}
		s = s[lt+gt+1:]
	}
	b.WriteString(s)
	return b.String()
}

// stripEmphasis drops the pairs of marker characters that Slack turns into
// bold (*) or italic (_): an opening marker at the start of a word, a
// closing one at the end of a word, on the same line.
func stripEmphasis(line string, marker byte) string {
	if strings.IndexByte(line, marker) < 0 {
		return line
	}
	var b strings.Builder
	for {
		open := -1
		for i := 0; i < len(line); i++ {
			if line[i] == marker && opensAt(line, i) {
				open = i
				break
			}
		}
		if open < 0 {
			break
		}
		end := -1
		for j := open + 2; j < len(line); j++ {
			if line[j] == marker && closesAt(line, j) {
				end = j
				break
			}
		}
		if end < 0 {
			break
		}
		b.WriteString(line[:open])
		b.WriteString(line[open+1 : end])
		line = line[end+1:]
	}
	b.WriteString(line)
	return b.String()
}

// opensAt reports whether the marker at i can open emphasis: at the start
// of the line or after a space or opening punctuation, before a non-space.
func opensAt(s string, i int) bool {
	if i+1 >= len(s) || s[i+1] == ' ' {
		return false
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{\"'“‘•", r)
}

// closesAt reports whether the marker at j can close emphasis: after a
// non-space, at the end of the line or before a space or punctuation.
func closesAt(s string, j int) bool {
	if s[j-1] == ' ' {
		return false
	}
	if j+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j+1:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}
