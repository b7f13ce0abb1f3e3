package bot

import (
	"strconv"
	"strings"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/meeting"
	"github.com/readout-bot/readout/readout"
)

// RenderPaired renders r, the other side's readout of a meeting whose
// first readout (first) is already posted, for first's thread: a line
// naming whose readout it is ("Cambodia's readout of this meeting") above
// r's usual message, then a reply comparing the two readouts, then r's
// section replies. Every part is posted in first's thread.
func RenderPaired(r, first *readout.Readout) Message {
	// One reply fewer for r itself: the comparison takes its place, so that
	// a cut thread still ends with the note saying what it leaves out.
	m := renderReadout(r, maxReplies-1)
	intro := Escape(sideName(meeting.FactsOf(r).Side, r.Publisher) + "'s readout of this meeting")
	m.Blocks = append([]slack.Block{slack.NewContextBlock("", mrkdwnText(bold(intro)))}, m.Blocks...)
	m.Text = intro + "\n" + m.Text
	m.Replies = append([]Reply{RenderComparison(meeting.Compare(first, r))}, m.Replies...)
	return m
}

// sideName is the country of a publishing government, else the publisher.
func sideName(code, publisher string) string {
	if n := country.Name(code); n != "" {
		return n
	}
	if publisher != "" {
		return publisher
	}
	return "The other side"
}

// RenderComparison renders what differs between two readouts of one
// meeting: how each side names the meeting and its principals, then what
// each side's readout names that the other's does not. Facts and set
// differences only.
func RenderComparison(c meeting.Comparison) Reply {
	var blocks []slack.Block
	var text []string
	head := "How the two readouts differ"
	blocks = append(blocks, slack.NewHeaderBlock(plainText(head)))
	text = append(text, head)
	for _, s := range []meeting.Side{c.A, c.B} {
		lines := sideLines(s)
		md := strings.Join(lines, "\n")
		if runeLen(md) > maxSectionText {
			md = cutEscaped(md, maxSectionText)
		}
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(md), nil, nil))
		text = append(text, lines...)
	}
	if c.Empty() {
		note := "Neither readout names a topic, country, pledge or anniversary that the other leaves out."
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(note)))
		text = append(text, note)
	}
	plain, _ := fit(unescape(strings.Join(text, "\n")), replyBudget)
	return Reply{Text: plain, Blocks: blocks}
}

// sideLines are one side's lines of the comparison, escaped, each within
// factLineMax characters.
func sideLines(s meeting.Side) []string {
	who := sideName(s.Country, s.Publisher)
	name, _ := fit(who, metaLineMax)
	lines := []string{bold(name)}
	if s.Publisher != "" && s.Publisher != who {
		pub, _ := fit(s.Publisher, metaLineMax)
		lines[0] += " · " + pub
	}
	call := "calls it “" + s.Title + "”"
	if s.Kind != "" {
		call += " (" + s.Kind + ")"
	}
	l, _ := fit(call, factLineMax)
	lines = append(lines, l)
	if len(s.Principals) > 0 {
		l, _ := fit("principals: "+listItems(s.Principals), factLineMax)
		lines = append(lines, l)
	}
	diffs := s.Differences()
	if len(diffs) == 0 {
		lines = append(lines, "_names nothing the other readout leaves out_")
		return lines
	}
	lines = append(lines, "_only in "+Escape(possessive(who))+" readout:_")
	for _, d := range diffs {
		l, _ := fit(d.What+": "+listItems(d.Items), factLineMax)
		lines = append(lines, "• "+l)
	}
	return lines
}

// listItems joins up to maxFactItems items, counting the rest.
func listItems(items []string) string {
	if len(items) <= maxFactItems {
		return strings.Join(items, "; ")
	}
	return strings.Join(items[:maxFactItems], "; ") + "; +" + strconv.Itoa(len(items)-maxFactItems) + " more"
}

func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

// pairUp keeps, of readouts listed newest first, one per meeting: the
// earliest published side's readout stands for the meeting, and the other
// sides' readouts of it (meeting.Match) are returned with it. At most n
// meetings are kept.
func pairUp(rs []*readout.Readout, n int) ([]*readout.Readout, map[*readout.Readout][]*readout.Readout) {
	facts := make([]meeting.Facts, len(rs))
	for i, r := range rs {
		facts[i] = meeting.FactsOf(r)
	}
	taken := make([]bool, len(rs))
	others := map[*readout.Readout][]*readout.Readout{}
	var out []*readout.Readout
	for i := range rs {
		if taken[i] {
			continue
		}
		group := []int{i}
		for j := i + 1; j < len(rs); j++ {
			if !taken[j] && meeting.Same(facts[i], facts[j]) {
				taken[j] = true
				group = append(group, j)
			}
		}
		// The side that published first (listed last) stands for it.
		lead := group[len(group)-1]
		for _, k := range group {
			if k != lead {
				others[rs[lead]] = append(others[rs[lead]], rs[k])
			}
		}
		out = append(out, rs[lead])
		if len(out) == n {
			break
		}
	}
	return out, others
}

// alsoLine names the other sides' readouts of a meeting in a lookup, each
// linked: "Also Cambodia's readout: <title>".
func alsoLine(others []*readout.Readout) string {
	var parts []string
	for _, o := range others {
		who := sideName(meeting.FactsOf(o).Side, o.Publisher)
		title := mustFit(collapseSpace(o.Title), maxHeaderText)
		parts = append(parts, Escape(possessive(who))+" readout: "+link(o.URL, title))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Also " + strings.Join(parts, "; ")
}
