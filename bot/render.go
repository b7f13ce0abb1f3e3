// Package bot is the Slack side of readout: it renders parsed readouts as
// Block Kit messages with thread replies, escapes everything that came from
// a feed, and posts messages through a Sink (Slack itself, or the console).
package bot

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/readout"
)

// Block Kit limits the renderer enforces (see Slack's Block Kit reference).
const (
	maxBlocks       = 50   // blocks per message
	maxSectionText  = 3000 // characters in a section block's text
	maxHeaderText   = 150  // characters in a header block's text
	maxContextElems = 10   // elements in a context block
	maxButtonText   = 75   // characters in a button's label
)

// Budgets the renderer chooses, within Slack's limits.
const (
	// replyBudget is the most text one thread reply carries. Slack rejects
	// messages whose blocks add up to about 13,000 characters
	// (msg_blocks_too_long) even when every block is within its own limit.
	replyBudget = 10000
	// parentMin and parentMax bound the visible text of the parent message.
	// Between them the parent gets 30% of the readout's length, so that it
	// stays a summary.
	parentMin = 600
	parentMax = 4000
	// excerptLen is how much of an unstructured body the parent shows.
	excerptLen = 300
	// metaLineMax bounds the context and principals lines; factLineMax the
	// anniversaries, pledges and similar lines; summaryLineMax one summary.
	metaLineMax    = 300
	factLineMax    = 300
	summaryLineMax = 420
	// maxFactItems is how many anniversaries, pledges or documents one line
	// lists before "+N more".
	maxFactItems = 5
)

// buttonLabel is the label of the link to the source.
const buttonLabel = "Read the full readout"

// buttonActionID identifies the source button in the block_actions payload
// Slack sends when it is clicked (it must be acknowledged).
const buttonActionID = "readout_open_source"

// Message is one rendered Slack message with its thread.
type Message struct {
	// Text is the plain-text fallback Slack uses for notifications and
	// screen readers. It is always set and already escaped.
	Text string
	// Blocks is the parent message.
	Blocks []slack.Block
	// Replies are posted in order after the parent, threaded under it.
	Replies []Reply
}

// Reply is one thread reply under a Message.
type Reply struct {
	// Text is the reply's plain-text fallback, already escaped.
	Text string
	// Blocks is the reply's content.
	Blocks []slack.Block
}

// RenderReadout renders a parsed readout as a short parent message (the
// parties' flags and the title, the meeting's facts, the principals, one
// line per section summary, anniversaries, pledges and a button to the
// source) and thread replies holding each top-level section's full text.
//
// Everything taken from the readout is escaped. The message and every reply
// keep within Block Kit's limits; for readouts over 2,000 characters the
// parent's text is at most 30% of the readout's length.
func RenderReadout(r *readout.Readout) Message {
	return renderReadout(r, maxReplies)
}

// renderReadout is RenderReadout with at most limit thread replies.
func renderReadout(r *readout.Readout, limit int) Message {
	if r == nil {
		r = &readout.Readout{}
	}
	replies, capped := renderReplies(r, limit)
	m := renderParent(r, capped)
	m.Replies = replies
	return m
}

// parentBudget is how many characters of visible text the parent may hold.
func parentBudget(r *readout.Readout) int {
	return min(parentMax, max(parentMin, bodyLength(r)*3/10))
}

// bodyLength is the length, in characters, of the readout's full text.
func bodyLength(r *readout.Readout) int {
	if strings.TrimSpace(r.Body) != "" {
		return runeLen(r.Body)
	}
	n := runeLen(r.Lead)
	for _, s := range r.Sections {
		n += runeLen(s.Text)
	}
	return n
}

// mdLine is one line of a section block: its mrkdwn form and the plain form
// used in the fallback text. Both are escaped.
type mdLine struct {
	md, plain string
}

// cost is an upper bound on what the line adds to the visible text,
// counting its line break.
func (l mdLine) cost() int { return runeLen(l.md) + 1 }

// parentBuilder spends the parent's character budget.
type parentBuilder struct {
	budget, used int
	threadCapped bool // the thread was cut short (see maxReplies)
}

func (p *parentBuilder) rem() int { return max(0, p.budget-p.used) }

func (p *parentBuilder) spend(n int) { p.used += n }

// renderParent renders the parent message; threadCapped says that the
// thread does not hold every section, so the parent must not send readers
// there for the sections it leaves out.
func renderParent(r *readout.Readout, threadCapped bool) Message {
	p := &parentBuilder{budget: parentBudget(r), threadCapped: threadCapped}

	// The header and the button always come first.
	flags := partyFlags(r.Parties)
	title := strings.TrimSpace(r.Title)
	if title == "" {
		title = "Untitled readout"
	}
	headerRoom := min(maxHeaderText, p.rem())
	if flags != "" {
		// Reserve the flags' length in UTF-16 units (four a flag), in case
		// Slack counts the header's 150 characters that way.
		headerRoom -= len(utf16.Encode([]rune(flags))) + 1
	}
	header, _ := fit(title, max(1, headerRoom))
	if flags != "" {
		header = flags + " " + header
	}
	p.spend(runeLen(header))

	sourceURL, hasButton := safeURL(r.URL)
	if hasButton {
		p.spend(runeLen(buttonLabel))
	}

	// Then the meeting's facts and its principals, each a context line.
	var meta []string
	if raw := contextLine(r); raw != "" && p.rem() >= 20 {
		line, _ := fit(raw, min(metaLineMax, p.rem()))
		meta = append(meta, line)
		p.spend(runeLen(line))
	}
	if raw := principalsLine(r); raw != "" && p.rem() >= 80 {
		line, _ := fit(raw, min(metaLineMax, p.rem()-40))
		meta = append(meta, line)
		p.spend(runeLen(line))
	}

	// Pulled-out facts take at most a third of what is left; the summaries
	// get the rest.
	facts := factLines(r, p.rem()/3)
	for _, l := range facts {
		p.spend(l.cost())
	}
	summary := summaryGroups(r, p)

	return assembleParent(header, meta, summary, facts, sourceURL, hasButton)
}

// assembleParent lays the parent's parts out as blocks and builds the
// fallback text from the same parts.
func assembleParent(header string, meta []string, summary [][]mdLine, facts []mdLine, sourceURL string, hasButton bool) Message {
	blocks := []slack.Block{slack.NewHeaderBlock(plainText(header))}
	for _, line := range meta {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(line)))
	}

	// Lines are packed into section blocks of at most maxSectionText
	// characters, never splitting a line; summary groups are separated by a
	// blank line, and the facts start a block of their own.
	var sections []string
	var cur strings.Builder
	add := func(text, sep string) {
		if cur.Len() > 0 && runeLen(cur.String())+runeLen(sep)+runeLen(text) > maxSectionText {
			sections = append(sections, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteString(sep)
		}
		cur.WriteString(text)
	}
	for _, g := range summary {
		sep := "\n\n"
		for _, l := range g {
			add(l.md, sep)
			sep = "\n"
		}
	}
	if cur.Len() > 0 {
		sections = append(sections, cur.String())
		cur.Reset()
	}
	for _, l := range facts {
		add(l.md, "\n")
	}
	if cur.Len() > 0 {
		sections = append(sections, cur.String())
	}
	for _, s := range sections {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(s), nil, nil))
	}
	if hasButton {
		button := slack.NewButtonBlockElement(buttonActionID, "", plainText(buttonLabel)).WithURL(sourceURL)
		blocks = append(blocks, slack.NewActionBlock("", button))
	}

	text := []string{header}
	text = append(text, meta...)
	for _, g := range summary {
		for _, l := range g {
			text = append(text, l.plain)
		}
	}
	for _, l := range facts {
		text = append(text, l.plain)
	}
	return Message{Text: strings.Join(text, "\n"), Blocks: blocks}
}

// plainText is a plain_text object for already escaped text.
func plainText(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, false, false)
}

// mrkdwnText is an mrkdwn object for already escaped text. Verbatim keeps
// Slack from turning bare URLs, channel names or mentions into links.
func mrkdwnText(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, true)
}

// bold wraps escaped text in mrkdwn bold markers.
func bold(s string) string {
	if s == "" {
		return ""
	}
	return "*" + s + "*"
}

// sectionGroup is a top-level section with its subsections.
type sectionGroup struct {
	top  *readout.Section // nil when subsections come before any top level
	subs []*readout.Section
}

// groupSections nests subsections under the top-level section before them.
func groupSections(secs []readout.Section) []sectionGroup {
	var groups []sectionGroup
	for i := range secs {
		s := &secs[i]
		if s.Level > 1 && len(groups) > 0 {
			g := &groups[len(groups)-1]
			g.subs = append(g.subs, s)
			continue
		}
		if s.Level > 1 {
			groups = append(groups, sectionGroup{subs: []*readout.Section{s}})
			continue
		}
		// "Our region" / "3. Ministers reaffirmed …" / "4. …": a joint
		// statement's numbered paragraphs under a part's heading that
		// has no text of its own are that part's.
		if n := len(groups); n > 0 && s.Number != "" && strings.TrimSpace(s.Heading) == "" && partHeading(groups[n-1].top) {
			groups[n-1].subs = append(groups[n-1].subs, s)
			continue
		}
		groups = append(groups, sectionGroup{top: s})
	}
	return groups
}

// partHeading reports whether s is an unnumbered heading with no text
// under it, over numbered paragraphs.
func partHeading(s *readout.Section) bool {
	return s != nil && s.Number == "" && strings.TrimSpace(s.Heading) != "" && strings.TrimSpace(s.Text) == ""
}

// summaryGroups builds the parent's summary lines within the builder's
// remaining budget. A readout with headed sections gets one line per
// section summary; otherwise the summaries followed by the key points,
// else the summaries, else an excerpt of the body.
func summaryGroups(r *readout.Readout, p *parentBuilder) [][]mdLine {
	var groups [][]mdLine
	noun := "sections"
	headed := false
	for _, s := range r.Sections {
		if strings.TrimSpace(s.Heading) != "" {
			headed = true
			break
		}
	}
	switch {
	case headed:
		for _, g := range groupSections(r.Sections) {
			var lines []mdLine
			if top := g.top; top != nil {
				hasSubs := len(g.subs) > 0
				lines = append(lines, sectionSummaryLine(top, "", hasSubs))
			}
			for _, s := range g.subs {
				lines = append(lines, sectionSummaryLine(s, "• ", false))
			}
			groups = append(groups, lines)
		}
	case len(r.KeyPoints) > 0:
		// The sections' summaries, then the key points that add to them
		// (the last of which may list what else the readout names).
		noun = "key points"
		var lines []mdLine
		shown := map[string]bool{}
		for i := range r.Sections {
			if sum := collapseSpace(r.Sections[i].Summary); sum != "" && !shown[sum] {
				shown[sum] = true
				lines = append(lines, bulletLine(sum, summaryLineMax))
			}
		}
		for _, k := range r.KeyPoints {
			if k = collapseSpace(k); k != "" && !shown[k] {
				lines = append(lines, bulletLine(k, summaryLineMax))
			}
		}
		groups = append(groups, lines)
	default:
		// Sections without headings: one summary line each, bulleted as
		// key points are when there are several.
		bullet := ""
		if n := countSummarised(r.Sections); n > 1 {
			bullet = "• "
		}
		var lines []mdLine
		for i := range r.Sections {
			if l := sectionSummaryLine(&r.Sections[i], bullet, false); l.md != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			body := r.Body
			if strings.TrimSpace(body) == "" {
				body = r.Lead
			}
			if body = collapseSpace(body); body != "" {
				text, _ := fit(body, min(excerptLen, summaryLineMax))
				lines = append(lines, mdLine{md: text, plain: text})
			}
		}
		groups = append(groups, lines)
	}
	return fitGroups(groups, noun, p)
}

// countSummarised is how many of the sections have a summary or text to
// show.
func countSummarised(ss []readout.Section) int {
	n := 0
	for i := range ss {
		if strings.TrimSpace(ss[i].Summary) != "" || strings.TrimSpace(ss[i].Text) != "" {
			n++
		}
	}
	return n
}

// moreNote is the line that says how many summary lines the parent left
// out, and that the thread has them unless it was cut short.
func moreNote(n int, noun string, threadCapped bool) mdLine {
	if n == 1 {
		noun = strings.TrimSuffix(noun, "s")
	}
	s := "…and " + strconv.Itoa(n) + " more " + noun
	if noun != "key points" && noun != "key point" && !threadCapped {
		s += " in the thread"
	}
	return mdLine{md: "_" + s + "_", plain: s}
}

// fitGroups fits the summary lines into the builder's remaining budget.
// When they do not all fit, the first lines that do are kept whole and a
// note says how many more the thread has. It works in groups' own memory
// (which it reorders): a /readout lookup fits a dozen lines three times.
func fitGroups(groups [][]mdLine, noun string, p *parentBuilder) [][]mdLine {
	// Empty lines and groups out, in place.
	kept, total := groups[:0], 0
	for _, g := range groups {
		lines := g[:0]
		for _, l := range g {
			if l.md != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			kept = append(kept, lines)
			total += len(lines)
		}
	}
	groups = kept
	// cost is the cost of the first n lines, with the blank lines between
	// groups and the note on what is left out.
	cost := func(n int) int {
		c, left := 0, n
		for gi, g := range groups {
			if left == 0 {
				break
			}
			if gi > 0 {
				c++ // the blank line between groups
			}
			for _, l := range g[:min(left, len(g))] {
				c += l.cost()
			}
			left -= min(left, len(g))
		}
		if n < total {
			c += moreNote(total-n, noun, p.threadCapped).cost()
		}
		return c
	}
	// Whole lines only: a summary cut mid-sentence can say the opposite of
	// its section, and the thread has every section in full. As many lines as
	// fit are shown, in order; the first is shown even when the budget is
	// smaller than it (a parent with no summary says nothing).
	avail := p.rem()
	n := total
	for n > 1 && cost(n) > avail {
		n--
	}
	// A heading alone says nothing of the readout: when only the first
	// line fits and it is a heading without a summary of its own (its
	// points are the bullets under it), the first bullet is shown with it.
	if n == 1 && total > 1 && headingOnly(groups[0][0]) {
		n = 2
	}
	// A group's heading line is not left alone at the end, its lines cut:
	// when the n lines end with the first line of a group whose next line
	// is cut, that line goes too.
	if n > 1 && n < total {
		seen := 0
		for _, g := range groups {
			if seen+len(g) > n {
				if n-seen == 1 {
					n--
				}
				break
			}
			seen += len(g)
		}
	}
	if n == 0 {
		return nil
	}
	var out [][]mdLine
	left := n
	for _, g := range groups {
		if left == 0 {
			break
		}
		k := min(left, len(g))
		out = append(out, g[:k])
		left -= k
	}
	if n < total {
		last := len(out) - 1
		out[last] = append(out[last], moreNote(total-n, noun, p.threadCapped))
	}
	p.spend(cost(n))
	return out
}

// collapseSpace joins the lines of s into one line with single spaces.
// Most summaries and headings are one line already and come back as they
// are, without the copy a split and join would make (13 KB of each
// /readout lookup's garbage).
func collapseSpace(s string) string {
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s is its own collapseSpace: no leading or
// trailing space and no white space but single ASCII spaces.
func singleSpaced(s string) bool {
	prevSpace := true // a leading space is not single
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			prevSpace = false
			i += size
			continue
		}
		switch c {
		case ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case '\t', '\n', '\v', '\f', '\r':
			return false
		default:
			prevSpace = false
		}
		i++
	}
	return s == "" || !prevSpace
}

// sectionSummaryLine renders a section as a summary line: "*Heading*: summary"
// for a top-level section, "• Heading: summary" for a subsection. A
// top-level section with subsections shows its heading alone unless it has
// a summary of its own; a section without a summary shows the start of its
// text. A section with neither heading nor text gives an empty line.
func sectionSummaryLine(s *readout.Section, bullet string, hasSubs bool) mdLine {
	heading := collapseSpace(s.Heading)
	summary := collapseSpace(s.Summary)
	if summary == "" && !hasSubs {
		summary = collapseSpace(s.Text)
	}
	return sectionLine(heading, summary, bullet, summaryLineMax)
}

// sectionLine lays out a heading and a summary in at most max characters.
func sectionLine(heading, summary, bullet string, max int) mdLine {
	markup := runeLen(bullet)
	if bullet == "" {
		markup = 2 // the bold markers
	}
	heading, _ = fit(heading, min(120, max-markup))
	sep, used := ": ", markup+runeLen(heading)
	// ("What did the ministers discuss? X and Y discussed …": a
	// question heads its answer without a colon.)
	if strings.HasSuffix(heading, "?") {
		sep = " "
	}
	if heading == "" {
		sep, used = bullet, 0
	}
	var text string
	if room := max - used - runeLen(sep); summary != "" && room >= 12 {
		text, _ = fit(summary, room)
	} else {
		sep = ""
	}
	// Each form in one concatenation; a lookup lays out a dozen lines.
	switch {
	case heading == "":
		l := sep + text
		return mdLine{md: l, plain: l}
	case bullet == "":
		return mdLine{md: "*" + heading + "*" + sep + text, plain: heading + sep + text}
	default:
		l := bullet + heading + sep + text
		return mdLine{md: l, plain: l}
	}
}

// headingOnly reports whether l is a section's heading with no summary
// (sectionLine's bold heading and nothing after it).
func headingOnly(l mdLine) bool {
	return strings.HasPrefix(l.md, "*") && strings.HasSuffix(l.md, "*") && l.plain == strings.Trim(l.md, "*")
}

// bulletLine renders one key point in at most max characters.
func bulletLine(point string, max int) mdLine {
	text, _ := fit(point, max-2)
	l := "• " + text
	return mdLine{md: l, plain: l}
}
