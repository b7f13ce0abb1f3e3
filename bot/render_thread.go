package bot

import (
	"strings"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/readout"
)

// threadGroup is the content of one thread reply before it is split to fit
// Slack's limits: a top-level section with its subsections, the lead, or
// the whole body of an unstructured readout.
type threadGroup struct {
	title  string // escaped plain title, for "(continued)" notes; may be ""
	pieces []piece
}

// piece is one titled run of text: a section or subsection.
type piece struct {
	titleMD, titlePlain string // escaped; "" when untitled
	text                string // raw
}

// renderReplies holds the readout's full text: the lead, then one reply per
// top-level section with its subsections. An unstructured readout gets its
// body. Text too long for one reply continues in the next, up to limit
// replies; it reports whether the thread was cut short there.
func renderReplies(r *readout.Readout, limit int) ([]Reply, bool) {
	var groups []threadGroup
	hasText := false
	for _, s := range r.Sections {
		if strings.TrimSpace(s.Text) != "" {
			hasText = true
			break
		}
	}
	if hasText {
		if lead := strings.TrimSpace(r.Lead); lead != "" && !leadInSections(lead, r.Sections) {
			groups = append(groups, threadGroup{pieces: []piece{{text: lead}}})
		}
		for _, g := range groupSections(r.Sections) {
			var tg threadGroup
			secs := g.subs
			if g.top != nil {
				secs = append([]*readout.Section{g.top}, g.subs...)
				tg.title, _ = fit(sectionTitle(g.top), 200)
			}
			text := false
			for _, s := range secs {
				p := titledPiece(s)
				tg.pieces = append(tg.pieces, p)
				text = text || strings.TrimSpace(p.text) != ""
			}
			if text {
				groups = append(groups, tg)
			}
		}
	} else {
		body := r.Body
		if strings.TrimSpace(body) == "" {
			body = r.Lead
		}
		if strings.TrimSpace(body) != "" {
			groups = append(groups, threadGroup{pieces: []piece{{text: body}}})
		}
	}
	return capReplies(groups, r.URL, limit)
}

// maxReplies is the most thread replies one readout gets: a body with
// hundreds of sections must not flood the thread (each reply is a message
// the channel's other posts wait behind at Slack's pace of one a second).
const maxReplies = 10

// capReplies packs the groups into replies. When they need more than
// limit, the first limit-1 are kept and the last reply says what was left
// out and links the source; it reports whether it cut.
func capReplies(groups []threadGroup, sourceURL string, limit int) ([]Reply, bool) {
	packed := make([][]Reply, len(groups))
	total := 0
	for i, g := range groups {
		packed[i] = packGroup(g)
		total += len(packed[i])
	}
	var replies []Reply
	if total <= limit {
		for _, rs := range packed {
			replies = append(replies, rs...)
		}
		return replies, false
	}
	room := limit - 1
	cut, left := "", 0
	for i, rs := range packed {
		if room == 0 {
			left = len(packed) - i
			break
		}
		if len(rs) <= room {
			replies = append(replies, rs...)
			room -= len(rs)
			continue
		}
		replies = append(replies, rs[:room]...)
		cut, left = "the text", len(packed)-i-1
		if groups[i].title != "" {
			cut = "“" + groups[i].title + "”"
		}
		break
	}
	return append(replies, leftOutReply(cut, left, sourceURL)), true
}

// leftOutReply is the last reply of a capped thread: the rest of the group
// cut (escaped, "" for none), how many sections were left out, and a link
// to the source (a button, as on the parent) when its URL is safe.
func leftOutReply(cut string, sections int, sourceURL string) Reply {
	var what string
	switch {
	case cut != "" && sections > 0:
		what = "the rest of " + cut + " and " + plural(sections, "more section") + " are"
	case cut != "":
		what = "the rest of " + cut + " is"
	default:
		what = plural(sections, "more section") + pluralVerb(sections)
	}
	// what is escaped: cut is, and the rest is the renderer's own words.
	md := "_The thread ends here: " + what + " not shown._"
	plain := "The thread ends here: " + what + " not shown."
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(md), nil, nil)}
	if u, ok := safeURL(sourceURL); ok {
		plain += " " + buttonLabel + ": " + Escape(u)
		button := slack.NewButtonBlockElement(buttonActionID, "", plainText(buttonLabel)).WithURL(u)
		blocks = append(blocks, slack.NewActionBlock("", button))
	}
	return Reply{Text: plain, Blocks: blocks}
}

func pluralVerb(n int) string {
	if n == 1 {
		return " is"
	}
	return " are"
}

// leadInSections reports whether a section's text already holds the lead,
// as when a readout without headings is one section.
func leadInSections(lead string, secs []readout.Section) bool {
	lead = collapseSpace(lead)
	for _, s := range secs {
		if strings.Contains(collapseSpace(s.Text), lead) {
			return true
		}
	}
	return false
}

// titledPiece is a section's text under its numbered heading. A numbered
// section without a heading ("(1) The two ministers welcomed …") keeps its
// number at the start of its text, as the page writes it, rather than on a
// line of its own.
func titledPiece(s *readout.Section) piece {
	if num := displayNumber(s.Number); num != "" && collapseSpace(s.Heading) == "" && strings.TrimSpace(s.Text) != "" {
		return piece{text: num + " " + strings.TrimLeft(s.Text, " \t\n")}
	}
	title, _ := fit(sectionTitle(s), 200)
	return piece{titleMD: bold(title), titlePlain: title, text: s.Text}
}

// sectionTitle is "1. Outset" or "(1) Important infrastructure development".
func sectionTitle(s *readout.Section) string {
	num := displayNumber(s.Number)
	h := collapseSpace(s.Heading)
	switch {
	case num == "":
		return h
	case h == "":
		return num
	default:
		return num + " " + h
	}
}

// displayNumber shows the last part of a section number: "2.(1)" is shown
// as "(1)" under its parent, "1" as "1.".
func displayNumber(n string) string {
	n = strings.TrimSpace(n)
	if i := strings.LastIndexByte(n, '.'); i >= 0 && i < len(n)-1 {
		n = n[i+1:]
	}
	if n != "" && !strings.HasSuffix(n, ")") && !strings.HasSuffix(n, ".") {
		n += "."
	}
	return n
}

// threadBlock is one section block of a reply, or a context note.
type threadBlock struct {
	md, plain string // escaped
	note      bool   // a context block: the "(continued)" note
}

// packGroup lays a group out as section blocks of at most maxSectionText
// characters and packs them into as few replies as Slack's limits allow.
func packGroup(g threadGroup) []Reply {
	var blocks []threadBlock
	for _, p := range g.pieces {
		head, headPlain := "", ""
		if p.titleMD != "" {
			head, headPlain = p.titleMD+"\n", p.titlePlain+"\n"
		}
		chunks := splitText(p.text, maxSectionText-runeLen(head), maxSectionText)
		if len(chunks) == 0 {
			if p.titleMD != "" {
				blocks = append(blocks, threadBlock{md: p.titleMD, plain: p.titlePlain})
			}
			continue
		}
		for i, c := range chunks {
			b := threadBlock{md: c, plain: c}
			if i == 0 {
				b.md, b.plain = head+c, headPlain+c
			}
			blocks = append(blocks, b)
		}
	}

	var replies []Reply
	var cur []threadBlock
	size := 0
	for _, b := range blocks {
		n := runeLen(b.md)
		if len(cur) > 0 && (len(cur) == maxBlocks || size+n > replyBudget) {
			replies = append(replies, newReply(cur))
			cur, size = nil, 0
			if g.title != "" {
				note := threadBlock{md: "(continued) " + g.title, plain: "(continued) " + g.title, note: true}
				cur, size = append(cur, note), runeLen(note.md)
			}
		}
		cur = append(cur, b)
		size += n
	}
	if len(cur) > 0 {
		replies = append(replies, newReply(cur))
	}
	return replies
}

func newReply(blocks []threadBlock) Reply {
	var r Reply
	plain := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if b.note {
			r.Blocks = append(r.Blocks, slack.NewContextBlock("", mrkdwnText(b.md)))
		} else {
			r.Blocks = append(r.Blocks, slack.NewSectionBlock(mrkdwnText(b.md), nil, nil))
		}
		plain = append(plain, b.plain)
	}
	r.Text = strings.Join(plain, "\n\n")
	return r
}

// paragraphs splits text into its non-empty lines, trimmed.
func paragraphs(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// splitText escapes text and splits it into chunks of at most firstMax
// characters for the first and max for the others, at paragraph breaks
// where it can, else at sentence ends, else at spaces (marking such cuts
// with "…" on both sides). Paragraphs are separated by blank lines.
func splitText(text string, firstMax, max int) []string {
	var out []string
	var cur strings.Builder
	curLen, limit := 0, firstMax
	emit := func(s string) {
		out = append(out, s)
		limit = max
	}
	for _, p := range paragraphs(text) {
		e := Escape(p)
		el := runeLen(e)
		if curLen > 0 && curLen+2+el <= limit {
			cur.WriteString("\n\n")
			cur.WriteString(e)
			curLen += 2 + el
			continue
		}
		if curLen > 0 {
			emit(cur.String())
			cur.Reset()
			curLen = 0
		}
		rest := p
		for {
			e := Escape(rest)
			if el := runeLen(e); el <= limit {
				cur.WriteString(e)
				curLen = el
				break
			}
			head, tail := splitParagraph(rest, limit)
			emit(head)
			rest = tail
		}
	}
	if curLen > 0 {
		emit(cur.String())
	}
	return out
}

// splitParagraph cuts a paragraph too long for max characters: the escaped
// head fits in max, the raw tail is what remains.
func splitParagraph(p string, max int) (head, tail string) {
	n := prefixFitting(p, max-1) // room for "…"
	if n == 0 {
		n = len(p) // unreachable for the limits used here; never loop
		for i := range p {
			if i > 0 {
				n = i
				break
			}
		}
	}
	if k := lastSentenceEnd(p[:n]); k > 0 && k >= n/2 {
		return Escape(strings.TrimSpace(p[:k])), strings.TrimSpace(p[k:])
	}
	if sp := lastSpace(p[:n]); sp > 0 && sp >= n/2 {
		return Escape(strings.TrimSpace(p[:sp])) + ellipsis, ellipsis + strings.TrimSpace(p[sp:])
	}
	return Escape(p[:n]) + ellipsis, ellipsis + p[n:]
}

// lastSentenceEnd returns the byte index just after the last sentence end
// (".", "!" or "?" after a lower-case letter, digit or closing bracket or
// quote, followed by a space) in s, or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i > 0; i-- {
		if s[i+1] != ' ' || (s[i] != '.' && s[i] != '!' && s[i] != '?') {
			continue
		}
		c := s[i-1]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ')' || c == '"' || c == '\'' {
			return i + 1
		}
	}
	return -1
}
