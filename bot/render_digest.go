package bot

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// Digest budgets, within Block Kit's limits.
const (
	// digestBudget is the most visible text one digest message carries
	// (Slack refuses messages of about 13,000 characters of blocks).
	digestBudget = replyBudget
	// digestBlocks is the most blocks one digest message uses, leaving
	// room for its heading and its context line.
	digestBlocks = maxBlocks - 2
	// digestTitleMax and digestSummaryMax bound a line's title and its
	// summary sentence.
	digestTitleMax   = 120
	digestSummaryMax = 240
)

// DigestLine is a readout's line in a digest, as mrkdwn: its parties'
// flags, its title linked to the source, its sides and its best summary
// sentence, on one line. Everything from the readout is escaped.
func DigestLine(r *readout.Readout) string {
	return digestLine(r, "")
}

// digestLineIn is a readout's line under a country's group: DigestLine,
// marked "mentions Cambodia" after its sides when the readout only
// mentions the group's country, as a post is.
func digestLineIn(r *readout.Readout, group string) string {
	if group == "" || containsString(r.Parties, group) || !containsString(r.Mentioned, group) {
		return digestLine(r, "")
	}
	return digestLine(r, "_mentions "+Escape(country.Name(group))+"_")
}

// digestLine is DigestLine with mark (mrkdwn) after the sides.
func digestLine(r *readout.Readout, mark string) string {
	title := collapseSpace(r.Title)
	if title == "" {
		title = "Untitled readout"
	}
	t, _ := fit(title, digestTitleMax)
	titleMD := link(r.URL, unescape(t))
	if runeLen(titleMD) > maxSectionText/2 { // an address too long to be worth linking
		titleMD = t
	}
	line := "*" + titleMD + "*"
	if flags := partyFlags(r.Parties); flags != "" {
		line = flags + " " + line
	}
	if sides := sidesOf(r.Parties); sides != "" {
		line += metaSep + Escape(sides)
	}
	if mark != "" {
		line += metaSep + mark
	}
	if s := bestSentence(r); s != "" {
		sum, _ := fit(s, digestSummaryMax)
		line += ": " + sum
	}
	return line
}

// sidesOf names the parties: "Japan–Cambodia", "Japan, Cambodia and Laos".
func sidesOf(parties []string) string {
	var names []string
	for _, code := range parties {
		if n := country.Name(code); n != "" && !containsString(names, n) {
			names = append(names, n)
		}
	}
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 2:
		return names[0] + "–" + names[1]
	case len(names) > 4:
		return strings.Join(names[:4], ", ") + fmt.Sprintf(" and %d more", len(names)-4)
	case len(names) > 2:
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return names[0]
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// bestSentence is the one sentence a digest line shows: the first key
// point, else the first section summary, else the lead's first sentence.
func bestSentence(r *readout.Readout) string {
	// The list of what else the readout names says nothing of the
	// meeting: it is the line only of a readout with nothing else.
	list := ""
	for _, k := range r.KeyPoints {
		if k = collapseSpace(k); readout.IsMentionsList(k) {
			list = cmp.Or(list, k)
		} else if k != "" {
			return k
		}
	}
	for _, s := range r.Sections {
		if sum := collapseSpace(s.Summary); sum != "" {
			return sum
		}
	}
	lead := collapseSpace(r.Lead)
	if i := strings.Index(lead, ". "); i > 0 {
		lead = lead[:i+1]
	}
	return cmp.Or(lead, list)
}

// digestCountry is the group a readout goes under in a channel's digest:
// the first of its parties the channel follows, else the first followed
// country it only mentions (a subscription with mentions took it), else
// its first party other than its publisher's country, else its first
// party.
func digestCountry(r *readout.Readout, follows []string) string {
	for _, p := range r.Parties {
		if containsString(follows, p) {
			return p
		}
	}
	for _, m := range r.Mentioned {
		if containsString(follows, m) {
			return m
		}
	}
	home := publisherCountry(r)
	for _, p := range r.Parties {
		if p != home {
			return p
		}
	}
	if len(r.Parties) > 0 {
		return r.Parties[0]
	}
	return ""
}

// publisherCountry is the party whose government published the readout:
// the one its publisher's name names ("Ministry of Foreign Affairs of
// Japan"), else the country of the first principal named; else "".
func publisherCountry(r *readout.Readout) string {
	for _, p := range r.Parties {
		if n := country.Name(p); n != "" && containsFold(r.Publisher, strings.ToLower(n)) {
			return p
		}
	}
	for _, p := range r.Participants {
		if p.Role == readout.RolePrincipal && p.Country != "" {
			return p.Country
		}
	}
	return ""
}

// groupLabel heads a country's group in a digest.
func groupLabel(code string) string {
	if code == "" {
		return "*Other readouts*"
	}
	return "*" + Escape(countryLabel(code)) + "*"
}

// SplitDigest groups a channel's readouts by country (the countries it
// follows first, in its order, then the others as they come) and cuts the
// digest into messages that keep within Block Kit's limits. follows is the
// channel's countries. Every readout is placed once.
func SplitDigest(rs []*readout.Readout, follows []string) [][]readout.DigestGroup {
	byCountry := map[string][]*readout.Readout{}
	var order []string
	for _, r := range rs {
		c := digestCountry(r, follows)
		if _, ok := byCountry[c]; !ok {
			order = append(order, c)
		}
		byCountry[c] = append(byCountry[c], r)
	}
	var sorted []string
	for _, c := range follows {
		if _, ok := byCountry[c]; ok && !containsString(sorted, c) {
			sorted = append(sorted, c)
		}
	}
	for _, c := range order {
		if !containsString(sorted, c) {
			sorted = append(sorted, c)
		}
	}
	var parts [][]readout.DigestGroup
	var cur []readout.DigestGroup
	p := newDigestPacker()
	for _, c := range sorted {
		for _, r := range byCountry[c] {
			line := digestLineIn(r, c)
			if !p.add(c, line) {
				parts = append(parts, cur)
				cur = nil
				p = newDigestPacker()
				p.add(c, line)
			}
			if n := len(cur); n == 0 || cur[n-1].Country != c {
				cur = append(cur, readout.DigestGroup{Country: c})
			}
			g := &cur[len(cur)-1]
			g.ReadoutIDs = append(g.ReadoutIDs, r.ID)
		}
	}
	if len(cur) > 0 {
		parts = append(parts, cur)
	}
	return parts
}

// digestPacker lays out one digest message's sections: each group a
// section beginning with its label, then its lines, continued in further
// sections past maxSectionText characters.
type digestPacker struct {
	blocks []slack.Block
	cur    strings.Builder
	group  string
	open   bool // a group has begun
	used   int  // visible characters
}

func newDigestPacker() *digestPacker { return &digestPacker{} }

// add appends a line of group c, and reports whether it fit in the
// message; a line that does not fit is not added. The first line of a
// message always fits.
func (p *digestPacker) add(c, line string) bool {
	first := len(p.blocks) == 0 && p.cur.Len() == 0
	text := line
	newGroup := !p.open || c != p.group
	if newGroup {
		text = groupLabel(c) + "\n" + line
	}
	n := runeLen(text) + 1
	if !first && p.used+n > digestBudget {
		return false
	}
	needSection := newGroup || runeLen(p.cur.String())+1+runeLen(line) > maxSectionText
	if needSection && p.cur.Len() > 0 {
		// The section being closed and the one this line begins.
		if !first && len(p.blocks)+2 > digestBlocks {
			return false
		}
		p.flush()
	}
	if p.cur.Len() > 0 {
		p.cur.WriteByte('\n')
	}
	if runeLen(text) > maxSectionText {
		text = cutRunes(text, maxSectionText-1) + ellipsis
	}
	p.cur.WriteString(text)
	p.group, p.open = c, true
	p.used += n
	return true
}

func (p *digestPacker) flush() {
	if p.cur.Len() > 0 {
		p.blocks = append(p.blocks, slack.NewSectionBlock(mrkdwnText(p.cur.String()), nil, nil))
		p.cur.Reset()
	}
}

// isNotFound reports whether err says that nothing is stored under the
// key asked for (an error in its chain has a NotFound method returning
// true, as storage.ErrNotFound has).
func isNotFound(err error) bool {
	var nf interface{ NotFound() bool }
	return errors.As(err, &nf) && nf.NotFound()
}

// RenderDigest renders one part of a digest: its title (with "part 2 of
// 3" when there are several), how many readouts it covers, and each
// country's readouts one line each. get returns a stored readout; one no
// longer stored is left out. Everything from the readouts is escaped.
func RenderDigest(d *readout.DigestPayload, get func(id string) (*readout.Readout, error)) (Message, error) {
	title, _ := fit(d.Title, maxHeaderText-20)
	if d.Parts > 1 {
		title += fmt.Sprintf(" (%d of %d)", d.Part, d.Parts)
	}
	var count string
	if d.Total == 1 {
		count = "1 new readout"
	} else {
		count = fmt.Sprintf("%d new readouts", d.Total)
	}
	blocks := []slack.Block{
		slack.NewHeaderBlock(plainText(title)),
		slack.NewContextBlock("", mrkdwnText(count)),
	}
	text := []string{title + ": " + count}
	p := newDigestPacker()
	for _, g := range d.Groups {
		for _, id := range g.ReadoutIDs {
			r, err := get(id)
			if isNotFound(err) {
				continue // pruned since the digest was queued
			}
			if err != nil {
				return Message{}, fmt.Errorf("digest %s: readout %s: %w", d.Key, id, err)
			}
			if r == nil {
				continue
			}
			p.add(g.Country, digestLineIn(r, g.Country))
			plainTitle, _ := fit(collapseSpace(r.Title), maxHeaderText)
			text = append(text, "• "+plainTitle)
		}
	}
	p.flush()
	blocks = append(blocks, p.blocks...)
	if len(blocks) > maxBlocks {
		blocks = blocks[:maxBlocks]
	}
	fallback := strings.Join(text, "\n")
	if runeLen(fallback) > 3000 {
		fallback = cutRunes(fallback, 2999) + ellipsis
	}
	return Message{Text: fallback, Blocks: blocks}, nil
}
