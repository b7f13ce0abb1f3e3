package bot

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/subscriptions"
)

// CommandStore is what the slash command needs from storage; *storage.Store
// satisfies it.
type CommandStore interface {
	// LatestMeetingsForCountry returns readouts in which the country is a
	// party, newest first, of the newest window: at least those that
	// pairUp needs to show the first n meetings of the window, as it would
	// from all of them; those with sections or key points may come with
	// only what a lookup shows (no Body, no Text of the sections that have
	// a summary, no mentioned countries, anniversaries, pledges or
	// attachments).
	LatestMeetingsForCountry(code string, n, window int) ([]*readout.Readout, error)
	// ScanForCountry returns, whole, up to n of the country's readouts that
	// match accepts, newest first, reading no more than the newest limit;
	// it reports whether it stopped there.
	ScanForCountry(code string, n, limit int, match func(*readout.Readout) bool) ([]*readout.Readout, bool, error)
	Subscribe(channel string, codes ...string) error
	// SubscribeFiltered subscribes the channel to each country of filters
	// with its filter (the zero Filter: none), in one transaction.
	SubscribeFiltered(channel string, filters map[string]readout.Filter) error
	Unsubscribe(channel string, codes ...string) error
	// Subscriptions returns the subscriptions made from Slack; inactive
	// channels' too when all is true.
	Subscriptions(all bool) ([]readout.Subscription, error)
	// Inactive returns the channels the bot cannot post to, with reasons.
	Inactive() (map[string]string, error)
}

// Anniversaries answers `/readout anniversaries …`. The reminders package
// provides it; its answers are plain text, which the bot escapes and marks
// up.
type Anniversaries interface {
	// Upcoming lists the coming anniversaries of a country (all when
	// country is "") in the days days from from (a default when days <= 0).
	Upcoming(ctx context.Context, country string, from time.Time, days int) (readout.AnniversaryList, error)
	// Add records an anniversary: args as in "japan cambodia 1953-01-09
	// diplomatic relations". The reply may quote commands in backticks.
	Add(ctx context.Context, userID string, args []string) (string, error)
	// Remove deletes one.
	Remove(ctx context.Context, userID string, args []string) (string, error)
}

// Commands answers the /readout slash command, whichever transport (Socket
// Mode or HTTP) brought it.
type Commands struct {
	Store CommandStore
	// ConfigSubs are the subscriptions from the configuration file; they
	// are listed but cannot be changed from Slack.
	ConfigSubs []readout.Subscription
	// Admins are the Slack user IDs that may change subscriptions and
	// anniversaries; anyone may when it is empty.
	Admins []string
	// Anniversaries answers the anniversaries subcommand; nil means the
	// feature is not configured.
	Anniversaries Anniversaries
	// Join, when set, makes the bot a member of a channel subscribed from
	// Slack (SlackSink.Join: conversations.join), so that it can read back
	// its own posts there after a crash.
	Join func(ctx context.Context, channel string) error
	// Now is the clock (time.Now when nil).
	Now func() time.Time
	// Logger receives store failures (discarded when nil).
	Logger *slog.Logger
	// Sources answers `/readout sources`; nil when not wired.
	Sources SourceLister
	// Digests answers `/readout digest`, `pause` and `resume`; nil when
	// not wired.
	Digests Digests
}

// Request is one /readout invocation.
type Request struct {
	Text        string // everything after "/readout"
	ChannelID   string
	UserID      string
	ResponseURL string
	TriggerID   string
}

// CommandReply is the answer to a Request. Text is the fallback; Blocks the
// message. Both are escaped and within Block Kit's limits.
type CommandReply struct {
	Text      string
	Blocks    []slack.Block
	InChannel bool // visible to the channel; otherwise only to the asker
}

// Lookup limits.
const (
	// DefaultLookup and MaxLookup are how many readouts `/readout
	// <country> [n]` shows by default and at most.
	DefaultLookup = 3
	MaxLookup     = 10
	// keywordScan is how many of a country's newest readouts a keyword
	// lookup reads.
	keywordScan = 2000
	// lookupBudget is the visible text of a lookup reply, shared among its
	// readouts: it keeps the reply well under Slack's ~13,000-character
	// message limit and, for Latin text, under the 20 KiB Socket Mode ack.
	lookupBudget = 9000
	// perReadoutMax bounds one readout's share of the budget.
	perReadoutMax = 2500
	// snippetRadius is how much text a keyword snippet shows on each side.
	snippetRadius = 140
)

// errInternal is the message a user sees when storage fails.
const errInternal = "Sorry, something went wrong on readout's side. Please try again in a minute; if it keeps happening, tell whoever runs readout."

func (c *Commands) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Commands) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Handle answers one command. It never fails: problems become a polite
// reply, and store errors are logged.
func (c *Commands) Handle(ctx context.Context, req Request) CommandReply {
	words := strings.Fields(req.Text)
	if len(words) == 0 {
		return helpReply()
	}
	rest := words[1:]
	switch strings.ToLower(strings.Trim(words[0], ",.;:!?")) {
	case "help", "usage", "?":
		return helpReply()
	case "subscribe", "sub":
		return c.subscribe(ctx, req, rest, true)
	case "unsubscribe", "unsub":
		return c.subscribe(ctx, req, rest, false)
	case "list", "subscriptions", "subs":
		return c.list(ctx, req)
	case "topics", "topic":
		return topicsReply()
	case "anniversaries", "anniversary", "anniv":
		return c.anniversaries(ctx, req, rest)
	case "sources", "feeds":
		return c.sources(ctx, req)
	case "digest", "pause", "resume":
		return c.digests(ctx, req, strings.ToLower(words[0]), rest)
	}
	return c.lookup(ctx, req, words)
}

// failed logs err and returns the user-facing apology.
func (c *Commands) failed(ctx context.Context, req Request, what string, err error) CommandReply {
	c.logger().ErrorContext(ctx, "slash command failed", "command", what, "channel", req.ChannelID,
		"user", req.UserID, "error", err)
	return textReply(errInternal)
}

// textReply is a reply of one section of trusted mrkdwn.
func textReply(md string) CommandReply {
	return CommandReply{Text: plainOf(md), Blocks: sectionBlocks(md)}
}

// plainOf strips the mrkdwn markers the bot's own replies use, for the
// fallback text.
func plainOf(md string) string {
	return mrkdwnMarkers.Replace(md)
}

// mrkdwnMarkers removes the markers plainOf strips. A Replacer builds its
// tables on first use: one made per call built them for every reply (6 KB
// of each /readout lookup's garbage).
var mrkdwnMarkers = strings.NewReplacer("*", "", "`", "", "_", "")

// sectionBlocks packs mrkdwn into section blocks of at most maxSectionText
// characters, breaking between lines (or inside an over-long line).
func sectionBlocks(md string) []slack.Block {
	var blocks []slack.Block
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(cur.String()), nil, nil))
			cur.Reset()
		}
	}
	for line := range strings.SplitSeq(md, "\n") {
		for runeLen(line) > maxSectionText {
			flush()
			cut := cutRunes(line, maxSectionText-1)
			blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(cut+ellipsis), nil, nil))
			line = line[len(cut):]
		}
		if cur.Len() > 0 && runeLen(cur.String())+1+runeLen(line) > maxSectionText {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(line)
	}
	flush()
	if len(blocks) > maxBlocks {
		blocks = blocks[:maxBlocks]
	}
	return blocks
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// usage is the help text.
const usage = "*/readout*: foreign-ministry meeting readouts, by country.\n" +
	"• `/readout cambodia`: the latest 3 readouts on Cambodia (`/readout kh 5` for 5, at most 10). " +
	"Countries by name, code, demonym or long form: `south korea`, `kr`, `Korean`, `Republic of Korea`; " +
	"organisations that meet as a side too: `eu`, `un`, `nato`.\n" +
	"• `/readout cambodia ukraine`: Cambodia's readouts that mention Ukraine, with the passage.\n" +
	"• `/readout subscribe cambodia, laos`: post new readouts on these countries to this channel.\n" +
	"• `/readout subscribe cambodia topic:security,infrastructure -topic:trade mentions`: only readouts about these topics " +
	"(or keywords: `topic:\"rare earths\"`), none about trade, and also those that only mention Cambodia; " +
	"run it again to change them. `/readout topics` lists the topics.\n" +
	"• `/readout unsubscribe laos`: stop.\n" +
	"• `/readout list`: what this channel follows.\n" +
	"• `/readout sources`: each ministry source and whether it works.\n" +
	"• `/readout digest daily 09:00 Asia/Tokyo` (or `weekly mon 08:30 Europe/Paris`, `off`): one message a day or a week instead of each readout.\n" +
	"• `/readout pause` (or `pause for 7d`; h, d or w) and `/readout resume`: hold new readouts, then get them as one digest.\n" +
	"• `/readout anniversaries [country]`: coming anniversaries of diplomatic relations and the like " +
	"(`/readout anniversaries add japan cambodia 1953-01-09 diplomatic relations`, `… remove …`).\n" +
	"Only you see the answers to lookups."

func helpReply() CommandReply { return textReply(usage) }

// unknownReply answers a word that is neither a subcommand nor a country.
func unknownReply(word string) CommandReply {
	w, _ := fit(word, 60)
	if c, ok := country.Suggest(word); ok {
		return textReply(fmt.Sprintf("I don't know the country “%s”. Did you mean *%s*? Try `/readout %s`.",
			w, c.Name, strings.ToLower(c.Name)))
	}
	return textReply(fmt.Sprintf("I don't know “%s”: it is not a country or a command I know. "+
		"Try `/readout cambodia`, or `/readout help` for everything I can do.", w))
}

// resolvePrefix resolves the longest run of leading words that names a
// country ("south korea ukraine" gives KR and ["ukraine"]) or an
// organisation readouts make a side of a meeting ("eu", "european union",
// "nato"), which it returns as a country named by its code.
func resolvePrefix(words []string) (country.Country, []string, bool) {
	for n := min(len(words), 6); n > 0; n-- {
		q := strings.Join(words[:n], " ")
		if c, ok := country.Lookup(q); ok {
			return c, words[n:], true
		}
		if o, ok := country.OrgByName(q); ok {
			return country.Country{Code: o.Code, Name: o.Code}, words[n:], true
		}
	}
	return country.Country{}, words, false
}

// suggestPrefix finds what mistyped leading words most likely meant.
func suggestPrefix(words []string) (string, country.Country, bool) {
	for n := min(len(words), 3); n > 0; n-- {
		q := strings.Join(words[:n], " ")
		if c, ok := country.Suggest(q); ok {
			return q, c, true
		}
	}
	return "", country.Country{}, false
}

// countryLabel is "🇰🇭 Cambodia".
func countryLabel(code string) string {
	if f := country.Flag(code); f != "" {
		return f + " " + country.Name(code)
	}
	return country.Name(code)
}

// lookup answers `/readout <country> [n]` and `/readout <country> <keyword…>`.
func (c *Commands) lookup(ctx context.Context, req Request, words []string) CommandReply {
	ctry, rest, ok := resolvePrefix(words)
	if !ok {
		if q, sug, ok := suggestPrefix(words); ok {
			w, _ := fit(q, 60)
			return textReply(fmt.Sprintf("I don't know the country “%s”. Did you mean *%s*? Try `/readout %s`.",
				w, sug.Name, strings.ToLower(sug.Name)))
		}
		return unknownReply(words[0])
	}
	n := DefaultLookup
	capped, asked := false, false
	if len(rest) == 1 {
		if v, err := strconv.Atoi(rest[0]); err == nil && len(rest[0]) <= 3 {
			if v < 1 {
				return textReply(fmt.Sprintf("Ask for 1 to %d readouts, e.g. `/readout %s 5`.", MaxLookup, strings.ToLower(ctry.Name)))
			}
			n, capped, asked = min(v, MaxLookup), v > MaxLookup, true
			rest = nil
		}
	}
	if len(rest) > 0 {
		return c.search(ctx, req, ctry, strings.Join(rest, " "))
	}
	// Twice as many, so that n meetings remain when both sides' readouts
	// of a meeting are listed once.
	rs, err := c.Store.LatestMeetingsForCountry(ctry.Code, n, 2*n)
	if err != nil {
		return c.failed(ctx, req, "lookup", err)
	}
	rs, others := pairUp(rs, n)
	label := countryLabel(ctry.Code)
	if len(rs) == 0 {
		return textReply(fmt.Sprintf("No readouts on %s yet. New ones will show up here as ministries publish them; "+
			"`/readout subscribe %s` posts them to this channel.", label, strings.ToLower(ctry.Name)))
	}
	head := fmt.Sprintf("*%s: the latest %s*", label, plural(len(rs), "readout"))
	if len(rs) == 1 {
		head = fmt.Sprintf("*%s: the latest readout*", label)
	}
	if len(rs) < n && asked {
		head += fmt.Sprintf(" (all I have; you asked for %d)", n)
	} else if capped {
		head += fmt.Sprintf(" (%d at most)", MaxLookup)
	}
	return renderLookup(head, rs, nil, others)
}

// search answers `/readout <country> <keyword…>`.
func (c *Commands) search(ctx context.Context, req Request, ctry country.Country, keyword string) CommandReply {
	kw := strings.ToLower(strings.TrimSpace(keyword))
	rs, truncated, err := c.Store.ScanForCountry(ctry.Code, DefaultLookup, keywordScan, func(r *readout.Readout) bool {
		return mentions(r, kw)
	})
	if err != nil {
		return c.failed(ctx, req, "search", err)
	}
	label := countryLabel(ctry.Code)
	shown, _ := fit(keyword, 60)
	if len(rs) == 0 {
		where := "in any readout on " + label
		if truncated {
			where = fmt.Sprintf("in the latest %d readouts on %s", keywordScan, label)
		}
		return textReply(fmt.Sprintf("Nothing mentions “%s” %s. `/readout %s` shows the latest ones.",
			shown, where, strings.ToLower(ctry.Name)))
	}
	head := fmt.Sprintf("*%s: %s mentioning “%s”*", label, plural(len(rs), "readout"), shown)
	if len(rs) == 1 {
		head = fmt.Sprintf("*%s: the readout mentioning “%s”*", label, shown)
	}
	return renderLookup(head, rs, func(r *readout.Readout) string { return matchSnippet(r, kw) }, nil)
}

// plural is "3 readouts", "1 readout".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// mentions reports whether the readout's text contains kw (lower case).
func mentions(r *readout.Readout, kw string) bool {
	if containsFold(r.Title, kw) || containsFold(r.Body, kw) || containsFold(r.Lead, kw) {
		return true
	}
	for _, s := range r.Sections {
		if containsFold(s.Heading, kw) || containsFold(s.Text, kw) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case kw, ignoring case.
func containsFold(s, kw string) bool {
	return indexFold(s, kw) >= 0
}

// indexFold returns the byte index in s of the lower-case kw, ignoring
// case, or -1. Only text whose lower-case form keeps its byte length is
// matched exactly; that covers the languages readouts come in.
func indexFold(s, kw string) int {
	if kw == "" {
		return -1
	}
	ls := strings.ToLower(s)
	i := strings.Index(ls, kw)
	if i < 0 || len(ls) != len(s) {
		if i >= 0 {
			return 0 // found, position unknown: show from the start
		}
		return -1
	}
	return i
}

// matchSnippet is the best matching section's heading and summary plus
// the passage around the keyword, as mrkdwn.
func matchSnippet(r *readout.Readout, kw string) string {
	type source struct{ heading, summary, text string }
	// A section whose heading names the keyword ("Situation in Ukraine")
	// is the best match; then the first section whose text mentions it.
	var srcs, rest []source
	for _, s := range r.Sections {
		switch {
		case containsFold(s.Heading, kw) && containsFold(s.Text, kw):
			srcs = append(srcs, source{s.Heading, s.Summary, s.Text})
		case containsFold(s.Heading, kw):
			srcs = append(srcs, source{s.Heading, s.Summary, s.Heading})
		default:
			rest = append(rest, source{s.Heading, s.Summary, s.Text})
		}
	}
	srcs = append(srcs, rest...)
	srcs = append(srcs, source{"", "", r.Lead}, source{"", "", r.Body}, source{"", "", r.Title})
	for _, src := range srcs {
		i := indexFold(src.text, kw)
		if i < 0 {
			continue
		}
		var b strings.Builder
		if h := collapseSpace(src.heading); h != "" {
			hs, _ := fit(h, 120)
			b.WriteString("*" + hs + "*")
			if sum := collapseSpace(src.summary); sum != "" {
				ss, _ := fit(sum, 300)
				b.WriteString(": " + ss)
			}
			b.WriteByte('\n')
		}
		b.WriteString("> " + snippet(src.text, i, len(kw)))
		return b.String()
	}
	return ""
}

// snippet is the escaped passage of text around text[i:i+n], the match in
// bold, cut at word boundaries and marked with "…".
func snippet(text string, i, n int) string {
	// Slack sets no bold inside a word ("*Russia*n" shows its
	// asterisks): the bold covers the words the match is part of.
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i, n = i-size, n+size
	}
	for i+n < len(text) {
		r, size := utf8.DecodeRuneInString(text[i+n:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		n += size
	}
	start := i
	for k := 0; start > 0 && k < snippetRadius; k++ {
		start--
		for start > 0 && !isRuneStart(text[start]) {
			start--
		}
	}
	end := i + n
	for k := 0; end < len(text) && k < snippetRadius; k++ {
		end++
		for end < len(text) && !isRuneStart(text[end]) {
			end++
		}
	}
	before, match, after := text[start:i], text[i:i+n], text[i+n:end]
	if start > 0 {
		if sp := strings.IndexFunc(before, unicode.IsSpace); sp >= 0 {
			before = before[sp:]
		}
		before = ellipsis + strings.TrimLeftFunc(before, unicode.IsSpace)
	}
	if end < len(text) {
		if sp := strings.LastIndexFunc(after, unicode.IsSpace); sp >= 0 {
			after = after[:sp]
		}
		after += ellipsis
	}
	esc := func(s string) string { return Escape(collapseKeepEdges(s)) }
	m := collapseSpace(match)
	return esc(before) + "*" + Escape(m) + "*" + esc(after)
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// collapseKeepEdges collapses runs of white space to one space, keeping a
// single leading or trailing space.
func collapseKeepEdges(s string) string {
	if s == "" {
		return ""
	}
	out := collapseSpace(s)
	if unicode.IsSpace(rune(s[0])) {
		out = " " + out
	}
	if unicode.IsSpace(rune(s[len(s)-1])) && out != " " {
		out += " "
	}
	return out
}

// renderLookup lays out readouts compactly: for each, its title linked to
// the source, the meeting's facts, then either the section summaries or,
// when extra is given, what extra returns (the matching passage).
func renderLookup(head string, rs []*readout.Readout, extra func(*readout.Readout) string, others map[*readout.Readout][]*readout.Readout) CommandReply {
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(head), nil, nil)}
	text := []string{plainOf(head)}
	share := min(perReadoutMax, lookupBudget/len(rs))
	for _, r := range rs {
		blocks = append(blocks, slack.NewDividerBlock())
		title := collapseSpace(r.Title)
		if title == "" {
			title = "Untitled readout"
		}
		flags := partyFlags(r.Parties)
		titleMD := link(r.URL, cutTitle(title))
		line := "*" + titleMD + "*"
		if flags != "" {
			line = flags + " " + line
		}
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(line), nil, nil))
		plainTitle, _ := fit(title, maxHeaderText)
		text = append(text, "• "+plainTitle)
		if ctxLine := contextLine(r); ctxLine != "" {
			cl, _ := fit(ctxLine, metaLineMax)
			blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(cl)))
		}
		if also := alsoLine(others[r]); also != "" {
			blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(also)))
			text = append(text, "  "+plainOf(also))
		}
		var body string
		if extra != nil {
			body = extra(r)
		} else {
			body = joinLines(summaryGroups(r, &parentBuilder{budget: share}))
		}
		if body != "" {
			if runeLen(body) > maxSectionText {
				body = cutRunes(body, maxSectionText-1) + ellipsis
			}
			blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(body), nil, nil))
		}
	}
	if len(blocks) > maxBlocks {
		blocks = blocks[:maxBlocks]
	}
	return CommandReply{Text: strings.Join(text, "\n"), Blocks: blocks}
}

// joinLines is the mrkdwn of the groups' lines, one a line, in one
// allocation.
func joinLines(groups [][]mdLine) string {
	n := 0
	for _, g := range groups {
		for _, l := range g {
			n += len(l.md) + 1
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, g := range groups {
		for _, l := range g {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l.md)
		}
	}
	return b.String()
}

// cutTitle shortens a title for a lookup line.
func cutTitle(title string) string {
	if runeLen(title) <= maxHeaderText {
		return title
	}
	return strings.TrimSpace(cutRunes(title, maxHeaderText-1)) + ellipsis
}

// mayChange reports whether the user may change subscriptions.
func (c *Commands) mayChange(userID string) bool {
	return len(c.Admins) == 0 || slices.Contains(c.Admins, userID)
}

const notAdmin = "Sorry, only readout's admins can change that (the `admins` list in its configuration file). " +
	"Anyone can look readouts up: `/readout cambodia`."

// parseCountries reads a list of countries: "cambodia, laos", "kh la",
// "south korea, united kingdom". It returns the codes in order, without
// duplicates, or a reply explaining the first word it could not read.
func parseCountries(words []string) ([]string, *CommandReply) {
	// Commas separate countries; within a piece, the longest leading run
	// of words naming a country wins, repeatedly.
	var pieces [][]string
	var cur []string
	for _, w := range words {
		for i, part := range strings.Split(w, ",") {
			if i > 0 && len(cur) > 0 {
				pieces = append(pieces, cur)
				cur = nil
			}
			if part = strings.TrimSpace(part); part != "" && !strings.EqualFold(part, "and") {
				cur = append(cur, part)
			}
		}
	}
	if len(cur) > 0 {
		pieces = append(pieces, cur)
	}
	var codes []string
	for _, p := range pieces {
		for len(p) > 0 {
			c, rest, ok := resolvePrefix(p)
			if !ok {
				r := unknownReply(strings.Join(p, " "))
				if q, sug, ok := suggestPrefix(p); ok {
					w, _ := fit(q, 60)
					r = textReply(fmt.Sprintf("I don't know the country “%s”. Did you mean *%s*?", w, sug.Name))
				}
				return nil, &r
			}
			if !slices.Contains(codes, c.Code) {
				codes = append(codes, c.Code)
			}
			p = rest
		}
	}
	return codes, nil
}

// labels joins country labels: "🇰🇭 Cambodia, 🇱🇦 Laos and 🇹🇭 Thailand".
func labels(codes []string) string {
	var ls []string
	for _, c := range codes {
		ls = append(ls, countryLabel(c))
	}
	switch len(ls) {
	case 0:
		return ""
	case 1:
		return ls[0]
	}
	return strings.Join(ls[:len(ls)-1], ", ") + " and " + ls[len(ls)-1]
}

// channel returns the channel's subscriptions, from the configuration
// file and from Slack, and why it is paused ("" when it is not).
func (c *Commands) channel(channel string) (subscriptions.Channel, error) {
	chans, err := subscriptions.Channels(c.Store, c.ConfigSubs)
	if err != nil {
		return subscriptions.Channel{}, err
	}
	for _, ch := range chans {
		if ch.ID == channel {
			return ch, nil
		}
	}
	return subscriptions.Channel{ID: channel}, nil
}

// subscribe answers `/readout subscribe …` and `/readout unsubscribe …`.
func (c *Commands) subscribe(ctx context.Context, req Request, words []string, add bool) CommandReply {
	verb := "subscribe"
	if !add {
		verb = "unsubscribe"
	}
	if !c.mayChange(req.UserID) {
		return textReply(notAdmin)
	}
	if req.ChannelID == "" {
		return textReply("I can't tell which channel this is. Run the command in the channel itself.")
	}
	// Quoted keywords (topic:"rare earths") are one word.
	words, err := splitArgs(strings.Join(words, " "))
	if err != nil {
		return textReply(fmt.Sprintf("I can't read that: %s. Nothing was changed. For example `/readout subscribe cambodia topic:\"rare earths\"`.", err))
	}
	fa, bad := parseFilterArgs(words)
	if bad != nil {
		return *bad
	}
	if !add && fa.any() {
		return textReply("`/readout unsubscribe` takes only countries. Nothing was changed. To change a country's filter: " +
			"`/readout subscribe cambodia topic:all` (every topic), `-topic:none` (exclude none), `no-mentions`.")
	}
	codes, bad := parseCountries(fa.countries)
	if bad != nil {
		if r, ok := strayTopic(fa.countries); ok {
			return r
		}
		return *bad
	}
	if len(codes) == 0 { // no words, or only separators: "subscribe ,"
		example := "cambodia, laos"
		if fa.any() {
			example = "cambodia topic:security"
		}
		return textReply(fmt.Sprintf("Which countries? For example `/readout %s %s`.", verb, example))
	}
	ch, err := c.channel(req.ChannelID)
	if err != nil {
		return c.failed(ctx, req, verb, err)
	}
	if fa.any() {
		return c.subscribeFiltered(ctx, req, ch, codes, fa)
	}
	fromConfig, fromSlack := ch.ConfigCountries, ch.SlackCountries
	var change, already, config []string
	for _, code := range codes {
		switch {
		case add && slices.Contains(fromSlack, code):
			already = append(already, code)
		case add:
			change = append(change, code)
		case slices.Contains(fromSlack, code):
			change = append(change, code)
		case slices.Contains(fromConfig, code):
			config = append(config, code)
		default:
			already = append(already, code)
		}
	}
	if len(change) > 0 || add {
		// Subscribe also reactivates a channel marked inactive, so it runs
		// even when nothing is new.
		if add {
			err = c.Store.Subscribe(req.ChannelID, codes...)
		} else {
			err = c.Store.Unsubscribe(req.ChannelID, change...)
		}
		if err != nil {
			return c.failed(ctx, req, verb, err)
		}
	}
	c.logger().InfoContext(ctx, "subscriptions changed", "command", verb, "channel", req.ChannelID,
		"user", req.UserID, "countries", change)
	var lines []string
	user := "Someone"
	if isSlackID(req.UserID) {
		user = "<@" + req.UserID + ">"
	}
	switch {
	case add && len(change) > 0:
		lines = append(lines, fmt.Sprintf("%s subscribed this channel to %s: new readouts on them will be posted here.", user, labels(change)))
	case !add && len(change) > 0:
		lines = append(lines, fmt.Sprintf("%s unsubscribed this channel from %s.", user, labels(change)))
	}
	if len(already) > 0 {
		if add {
			lines = append(lines, fmt.Sprintf("Already subscribed to %s.", labels(already)))
			_, filters := ch.Filters()
			for _, code := range already {
				if desc := describeFilter(filters[code], false); desc != "" {
					lines = append(lines, fmt.Sprintf("%s: %s (`topic:all`, `-topic:none` and `no-mentions` undo each part).", countryLabel(code), desc))
				}
			}
		} else {
			lines = append(lines, fmt.Sprintf("This channel was not subscribed to %s.", labels(already)))
		}
	}
	if len(config) > 0 {
		lines = append(lines, fmt.Sprintf("%s comes from readout's configuration file and can only be removed there.", labels(config)))
	}
	if add {
		lines = append(lines, c.joinNote(ctx, req)...)
	}
	return CommandReply{Text: plainOf(strings.Join(lines, "\n")), Blocks: sectionBlocks(strings.Join(lines, "\n")),
		InChannel: len(change) > 0}
}

// joinNote joins the channel after a subscription (see Commands.Join) and
// returns the line to add to the answer when that failed.
func (c *Commands) joinNote(ctx context.Context, req Request) []string {
	if c.Join == nil {
		return nil
	}
	if err := c.Join(ctx, req.ChannelID); err != nil {
		c.logger().WarnContext(ctx, "cannot join the subscribed channel", "channel", req.ChannelID, "error", err)
		reason, _ := fit(slackError(err), 60)
		return []string{fmt.Sprintf("_readout could not join this channel (%s): it will post here, but cannot "+
			"check its own posts after a restart. `/invite @readout` fixes that._", reason)}
	}
	return nil
}

// isSlackID reports whether s looks like a Slack user ID, safe to put in a
// mention.
func isSlackID(s string) bool {
	if len(s) < 3 || len(s) > 20 || (s[0] != 'U' && s[0] != 'W') {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// inactiveAdvice explains an inactive channel's reason.
var inactiveAdvice = map[string]string{
	"not_in_channel":    "readout is not a member of this channel: invite it (`/invite @readout`)",
	"channel_not_found": "Slack could not find the channel for readout (a private channel readout was not invited to?)",
	"is_archived":       "the channel was archived",
}

// list answers `/readout list`.
func (c *Commands) list(ctx context.Context, req Request) CommandReply {
	ch, err := c.channel(req.ChannelID)
	if err != nil {
		return c.failed(ctx, req, "list", err)
	}
	fromConfig, fromSlack, feeds := ch.ConfigCountries, ch.SlackCountries, ch.Feeds
	configFilters, slackFilters := ch.Filters()
	withFilter := func(line string, f readout.Filter) string {
		if desc := describeFilter(f, false); desc != "" {
			return line + ": " + desc
		}
		return line
	}
	var lines []string
	if len(fromConfig)+len(fromSlack)+len(feeds) == 0 {
		lines = append(lines, "This channel follows no countries yet. `/readout subscribe cambodia, laos` changes that.")
	} else {
		lines = append(lines, "*This channel gets new readouts on:*")
		for _, code := range fromSlack {
			line := withFilter("• "+countryLabel(code), slackFilters[code])
			if slices.Contains(fromConfig, code) && !configFilters[code].Equal(slackFilters[code]) {
				desc := describeFilter(configFilters[code], false)
				if desc == "" {
					desc = "every readout"
				}
				line += " _(and from the configuration file: " + desc + ")_"
			}
			lines = append(lines, line)
		}
		for _, code := range fromConfig {
			if !slices.Contains(fromSlack, code) {
				lines = append(lines, withFilter("• "+countryLabel(code), configFilters[code])+" _(from the configuration file; not removable from Slack)_")
			}
		}
		shown := map[string]bool{}
		for _, s := range ch.Config {
			for _, f := range s.Feeds {
				if shown[f] {
					continue
				}
				shown[f] = true
				fe, _ := fit(f, 80)
				lines = append(lines, withFilter("• everything from the feed `"+fe+"`", readout.Filter{Topics: s.Filter.Topics, ExcludeTopics: s.Filter.ExcludeTopics})+
					" _(from the configuration file; not removable from Slack)_")
			}
		}
	}
	// How the channel gets them (a digest, a pause) follows the list of
	// what it gets.
	if reason := ch.Inactive; reason != "" {
		advice := inactiveAdvice[reason]
		if advice == "" {
			r, _ := fit(reason, 80)
			advice = "Slack answered " + r
		}
		lines = append(lines, "", fmt.Sprintf("⚠️ *Paused:* readout could not post here (%s). "+
			"Once that is fixed, `/readout subscribe` with any country resumes posting.", advice))
	}
	lines = append(lines, c.digestStatus(ctx, req)...)
	return textReply(strings.Join(lines, "\n"))
}

// anniversaries answers `/readout anniversaries …`.
func (c *Commands) anniversaries(ctx context.Context, req Request, args []string) CommandReply {
	if c.Anniversaries == nil {
		return textReply("Anniversary reminders are not configured on this readout.")
	}
	var (
		md  string
		err error
		op  = "list"
	)
	if len(args) > 0 {
		op = strings.ToLower(args[0])
	}
	switch op {
	case "add", "remove", "delete", "rm":
		if !c.mayChange(req.UserID) {
			return textReply(notAdmin)
		}
		var reply string
		if op == "add" {
			reply, err = c.Anniversaries.Add(ctx, req.UserID, args[1:])
		} else {
			op = "remove"
			reply, err = c.Anniversaries.Remove(ctx, req.UserID, args[1:])
		}
		md = Escape(reply)
	default:
		op = "list"
		var list readout.AnniversaryList
		list, err = c.Anniversaries.Upcoming(ctx, strings.Join(args, " "), c.now(), 0)
		md = RenderAnniversaries(list)
	}
	if err != nil {
		return c.failed(ctx, req, "anniversaries "+op, err)
	}
	if strings.TrimSpace(md) == "" {
		md = "Nothing to show."
	}
	return textReply(md)
}
