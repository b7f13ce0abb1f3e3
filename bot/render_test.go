package bot_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestRenderGolden compares Console() of hand-built readouts with
// testdata/*.golden. Run with -update to rewrite them, then read the diff:
// this text is what users see.
func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name string
		r    *readout.Readout
	}{
		{"japan_cambodia_summit", summitReadout()},
		{"us_call", callReadout()},
		{"body_only", bodyOnlyReadout()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := bot.RenderReadout(tt.r).Console()
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run with -update to create it): %v", err)
			}
			if got != string(want) {
				t.Errorf("Console() differs from %s (run with -update and review the diff):\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

func TestRenderSummitShape(t *testing.T) {
	r := summitReadout()
	m := bot.RenderReadout(r)

	h, ok := m.Blocks[0].(*slack.HeaderBlock)
	if !ok {
		t.Fatalf("first block is %T, want *slack.HeaderBlock", m.Blocks[0])
	}
	if got, want := h.Text.Text, "🇯🇵🇰🇭 Japan-Cambodia Summit Meeting"; got != want {
		t.Errorf("header = %q, want %q", got, want)
	}
	console := m.Console()
	for _, want := range []string{
		"Ministry of Foreign Affairs of Japan · 20 Mar 2022 · 17:35 local · about 2 h 10 min · Office of the Prime Minister of Cambodia, Phnom Penh",
		"🇯🇵 Fumio Kishida, Prime Minister of Japan · 🇰🇭 Hun Sen, Prime Minister of the Kingdom of Cambodia",
		"Outset: Both leaders want",
		"• Important infrastructure development: Japan will help Sihanoukville Port",
		"Anniversaries: 70th of diplomatic relations (Japan–Cambodia, 2023)",
		"Pledges: ¥150 million — ACMECS Development Fund",
		"Documents: Joint Statement (PDF) (https://www.mofa.go.jp/files/100321777.pdf)",
		"[Read the full readout] https://www.mofa.go.jp/s_sa/sea1/kh/page4e_009912.html",
	} {
		if !strings.Contains(console, want) {
			t.Errorf("Console() lacks %q", want)
		}
	}

	// The lead, then one reply per top-level section.
	if got, want := len(m.Replies), 4; got != want {
		t.Fatalf("%d replies, want %d", got, want)
	}
	if got := m.Replies[0].Text; !strings.HasPrefix(got, "On March 20") {
		t.Errorf("first reply starts %.40q, want the lead", got)
	}
	wantHeads := [][]string{
		{"*1. Outset*"},
		{"*(1) Important infrastructure development*", "*(2) Security cooperation*", "*(3) Economic relations*",
			"*(4) Democracy and human rights*", "*(5) Expansion to new areas of cooperation*"},
		{"*(1) Situation in Ukraine*", "*(2) Regional situation*"},
	}
	for i, heads := range wantHeads {
		text := blocksText(m.Replies[i+1].Blocks)
		last := -1
		for _, h := range heads {
			at := strings.Index(text, h)
			if at < 0 || at < last {
				t.Errorf("reply %d: heading %q missing or out of order", i+1, h)
			}
			last = at
		}
	}
	if !strings.HasPrefix(blocksText(m.Replies[2].Blocks), "*2. Bilateral relations*") {
		t.Errorf("reply 2 starts %.40q, want its section heading", blocksText(m.Replies[2].Blocks))
	}

	// The thread holds every section's full text.
	thread := normalize(unescapeEntities(repliesText(m)))
	for _, s := range r.Sections {
		if s.Text != "" && !strings.Contains(thread, normalize(s.Text)) {
			t.Errorf("section %s: full text missing from the thread", s.Number)
		}
	}
	if !strings.Contains(thread, normalize(r.Lead)) {
		t.Errorf("lead missing from the thread")
	}
}

func TestRenderBodyOnly(t *testing.T) {
	r := bodyOnlyReadout()
	m := bot.RenderReadout(r)
	var sections []*slack.SectionBlock
	for _, b := range m.Blocks {
		if s, ok := b.(*slack.SectionBlock); ok {
			sections = append(sections, s)
		}
	}
	if len(sections) != 1 {
		t.Fatalf("%d section blocks in the parent, want 1 (the excerpt)", len(sections))
	}
	excerpt := sections[0].Text.Text
	if n := utf8.RuneCountInString(excerpt); n > 300 || n < 200 {
		t.Errorf("excerpt has %d characters, want about 300", n)
	}
	if !strings.HasSuffix(excerpt, "…") {
		t.Errorf("excerpt %q does not mark its cut with …", excerpt)
	}
	if !strings.HasPrefix(r.Body, strings.TrimSuffix(unescapeEntities(excerpt), "…")) {
		t.Errorf("excerpt %q is not the start of the body", excerpt)
	}
	if _, ok := m.Blocks[len(m.Blocks)-1].(*slack.ActionBlock); !ok {
		t.Errorf("last block is %T, want the button", m.Blocks[len(m.Blocks)-1])
	}
	if len(m.Replies) == 0 {
		t.Fatal("no replies, want the body in the thread")
	}
	if got, want := normalize(unescapeEntities(repliesText(m))), normalize(r.Body); got != want {
		t.Errorf("thread text differs from the body:\ngot  %q\nwant %q", got, want)
	}
	if !strings.Contains(m.Text, "Foreign Secretary meets Indonesian Foreign Minister") {
		t.Errorf("fallback text %q lacks the title", m.Text)
	}
}

func TestRenderKeyPoints(t *testing.T) {
	m := bot.RenderReadout(callReadout())
	console := m.Console()
	for _, want := range []string{
		"🇺🇸🇦🇺 Readout of President Biden's Call with Prime Minister Albanese of Australia",
		"The White House · 14 Feb 2023",
		"• They will meet at the Quad Leaders' Summit later this year.",
	} {
		if !strings.Contains(console, want) {
			t.Errorf("Console() lacks %q:\n%s", want, console)
		}
	}
	if len(m.Replies) != 1 {
		t.Errorf("%d replies, want 1: the lead is part of the only section's text", len(m.Replies))
	}
}

// hostile is feed text that tries every way of pinging or linking.
const hostile = `<!channel> @here @Channel @everyone <!everyone> <!here|here> <@U123> <#C42> ` +
	`<!subteam^S1> <https://evil.example|bank> <mailto:x@evil.example> &lt;!channel&gt; a&b > quote`

func hostileReadout() *readout.Readout {
	h := hostile
	return &readout.Readout{
		Title:     "Summit " + h,
		URL:       "https://www.mofa.go.jp/a_o/page1e_000001.html",
		Publisher: "Ministry " + h,
		Meeting:   readout.Meeting{Kind: "meeting " + h, Date: "2024-01-02", StartLocal: "10:00", Location: "Palace " + h},
		Parties:   []string{"JP", "FR"},
		Participants: []readout.Participant{
			{Name: "Leader " + h, Title: "Chief " + h, Country: "JP", Role: readout.RolePrincipal},
		},
		Lead: "Lead " + h,
		Sections: []readout.Section{
			{Number: "1", Heading: "Opening " + h, Level: 1, Summary: "Summary " + h, Text: "Text " + h},
			{Number: "1.(1)", Heading: "Sub " + h, Level: 2, Summary: "Sub summary " + h, Text: "Sub text " + h},
		},
		KeyPoints:     []string{"Point " + h},
		Anniversaries: []readout.Anniversary{{Ordinal: 5, Subject: "ties " + h, Countries: []string{"JP"}, Year: 2024}},
		Pledges:       []readout.Pledge{{Amount: 5e6, Currency: "EUR", Purpose: "fund " + h}},
		Attachments: []readout.Attachment{
			{Title: "Statement " + h, URL: "https://www.mofa.go.jp/files/statement.pdf?a=1&b=<2>|x"},
			{Title: "Evil " + h, URL: "javascript:alert(1)"},
		},
		FollowOn: []string{"dinner " + h},
		// Long enough for the parent to show every kind of line.
		Body: strings.Repeat("Body "+h+"\n", 40),
	}
}

// live matches what Slack would turn into a mention, a broadcast or a link.
var live = regexp.MustCompile(`(?i)<[!@#]|@(here|channel|everyone)|<(https?|mailto):`)

func TestRenderEscapesFeedText(t *testing.T) {
	readouts := map[string]*readout.Readout{"structured": hostileReadout()}
	docs := hostileReadout()
	docs.Anniversaries, docs.Pledges = nil, nil
	readouts["documents"] = docs
	flat := hostileReadout()
	flat.Sections, flat.KeyPoints = nil, nil
	readouts["body only"] = flat

	for name, r := range readouts {
		t.Run(name, func(t *testing.T) {
			m := bot.RenderReadout(r)
			msgs := append([]bot.Reply{{Text: m.Text, Blocks: m.Blocks}}, m.Replies...)
			for i, msg := range msgs {
				texts := append(textObjects(t, msg.Blocks), &slack.TextBlockObject{Type: "fallback", Text: msg.Text})
				for _, obj := range texts {
					if obj.Type == slack.MarkdownType && !obj.Verbatim {
						t.Errorf("message %d: mrkdwn text without verbatim: %q", i, obj.Text)
					}
					rest := ourLinks.ReplaceAllString(obj.Text, "")
					if loc := live.FindStringIndex(rest); loc != nil {
						t.Errorf("message %d: live %q in %s text %q", i, rest[loc[0]:loc[1]], obj.Type, obj.Text)
					}
					if strings.ContainsAny(rest, "<>") {
						t.Errorf("message %d: unescaped < or > in %q", i, obj.Text)
					}
				}
				for _, u := range linkTargets(t, msg.Blocks) {
					p, err := url.Parse(u)
					if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
						t.Errorf("message %d: link to %q, want only http(s) URLs", i, u)
					}
				}
			}
			c := m.Console()
			if strings.Contains(c, "javascript:") {
				t.Errorf("console shows the javascript: URL:\n%s", c)
			}
			// Every kind of line was rendered, so every kind was checked.
			wants := map[string][]string{
				"structured": {"Summary <!channel>", "Sub summary <!channel>", "Anniversaries: 5th of ties <!channel>", "Pledges: €5 million — fund <!channel>"},
				"documents":  {"Documents: Statement <!channel>", "(https://www.mofa.go.jp/files/statement.pdf?a=1&b=%3C2%3E%7Cx)", "Evil <!channel>", "Followed by: dinner <!channel>"},
				"body only":  {"Body <!channel>"},
			}
			for _, want := range wants[name] {
				if !strings.Contains(c, want) {
					t.Errorf("console lacks %q:\n%s", want, c)
				}
			}
		})
	}
}

func TestRenderButtonOnlyForHTTPURLs(t *testing.T) {
	tests := []struct {
		url    string
		button bool
	}{
		{"https://www.mofa.go.jp/page.html", true},
		{"http://www.example.gov/readout", true},
		{"HTTPS://www.example.gov/readout", true},
		{"javascript:alert(document.cookie)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"ftp://files.example.gov/readout.pdf", false},
		{"//www.example.gov/readout", false},
		{"https://bank.example@evil.example/", false},
		{"https:///path-only", false},
		{"https://www.example.gov/a b", false},
		{"https://www.example.gov/" + strings.Repeat("a", 3000), false},
		{"", false},
	}
	for _, tt := range tests {
		r := summitReadout()
		r.URL = tt.url
		m := bot.RenderReadout(r)
		var buttons []*slack.ButtonBlockElement
		for _, b := range m.Blocks {
			if a, ok := b.(*slack.ActionBlock); ok {
				for _, e := range a.Elements.ElementSet {
					buttons = append(buttons, e.(*slack.ButtonBlockElement))
				}
			}
		}
		if got := len(buttons) > 0; got != tt.button {
			t.Errorf("URL %.60q: button = %v, want %v", tt.url, got, tt.button)
			continue
		}
		if tt.button && !strings.EqualFold(buttons[0].URL, tt.url) {
			t.Errorf("button URL = %q, want %q", buttons[0].URL, tt.url)
		}
	}
}

// hugePara is a 10,000-character paragraph.
func hugePara() string {
	return strings.Repeat("The ministers reviewed every aspect of the relationship & agreed on <more> work. ", 130)[:10000]
}

// hugeReadout has 80 sections, a 10,000-character paragraph, an overlong
// title and too many of everything else.
func hugeReadout() *readout.Readout {
	para := hugePara()
	r := &readout.Readout{
		Title:     strings.Repeat("Very Long Summit Title ", 20),
		URL:       "https://www.example.gov/" + strings.Repeat("x", 2900),
		Publisher: strings.Repeat("Ministry ", 60),
		Meeting:   readout.Meeting{Kind: "summit", Date: "2024-05-01", StartLocal: "09:00", DurationMinutes: 45, Location: strings.Repeat("Hall ", 100)},
		Parties:   []string{"JP", "KH", "LA", "MM", "TH", "VN", "US", "GB", "FR", "DE", "IT", "CA"},
		Lead:      para,
	}
	for i := range 25 {
		r.Participants = append(r.Participants, readout.Participant{
			Name: fmt.Sprintf("Leader %d", i), Title: strings.Repeat("Minister ", 10), Country: "JP", Role: readout.RolePrincipal,
		})
		r.Anniversaries = append(r.Anniversaries, readout.Anniversary{Ordinal: 10 + i, Subject: strings.Repeat("relations ", 10), Countries: []string{"JP", "KH"}, Year: 2025})
		r.Pledges = append(r.Pledges, readout.Pledge{Amount: float64(i+1) * 1e6, Currency: "USD", Purpose: strings.Repeat("fund ", 20)})
		r.Attachments = append(r.Attachments, readout.Attachment{Title: fmt.Sprintf("Annex %d", i), URL: "https://www.example.gov/annex/" + strings.Repeat("y", 500)})
	}
	for i := range 80 {
		level := 1
		if i%4 != 0 {
			level = 2
		}
		text := fmt.Sprintf("Section %d text.", i)
		if i == 5 {
			text = para
		}
		if i == 9 {
			text = para + "\n" + para + "\n" + para
		}
		r.Sections = append(r.Sections, readout.Section{
			Number:  fmt.Sprint(i + 1),
			Heading: fmt.Sprintf("Heading %d %s", i, strings.Repeat("words ", 40)),
			Level:   level,
			Summary: strings.Repeat("A summary sentence that goes on. ", 12),
			Text:    text,
		})
	}
	r.Body = bodyOf(r)
	return r
}

// checkLimits fails the test when a message breaks a Block Kit limit.
func checkLimits(t *testing.T, name, text string, blocks []slack.Block) {
	t.Helper()
	if strings.TrimSpace(text) == "" {
		t.Errorf("%s: no fallback text", name)
	}
	if n := utf8.RuneCountInString(text); n > 40000 {
		t.Errorf("%s: fallback text has %d characters, want <= 40,000", name, n)
	}
	if len(blocks) == 0 || len(blocks) > 50 {
		t.Errorf("%s: %d blocks, want 1..50", name, len(blocks))
	}
	for i, b := range blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			if b.Text.Type != slack.PlainTextType {
				t.Errorf("%s: block %d: header text type %q, want plain_text", name, i, b.Text.Type)
			}
			if n := utf8.RuneCountInString(b.Text.Text); n > 150 || n == 0 {
				t.Errorf("%s: block %d: header has %d characters, want 1..150", name, i, n)
			}
			validate(t, name, b.Text)
		case *slack.SectionBlock:
			validate(t, name, b.Text)
		case *slack.ContextBlock:
			if n := len(b.ContextElements.Elements); n == 0 || n > 10 {
				t.Errorf("%s: block %d: context has %d elements, want 1..10", name, i, n)
			}
			for _, e := range b.ContextElements.Elements {
				if obj, ok := e.(*slack.TextBlockObject); ok {
					validate(t, name, obj)
				}
			}
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				btn := e.(*slack.ButtonBlockElement)
				if n := utf8.RuneCountInString(btn.Text.Text); n > 75 || btn.Text.Type != slack.PlainTextType {
					t.Errorf("%s: button text %q (%d characters, %s), want plain_text <= 75", name, btn.Text.Text, n, btn.Text.Type)
				}
				if len(btn.URL) > 3000 {
					t.Errorf("%s: button URL has %d characters, want <= 3000", name, len(btn.URL))
				}
			}
		default:
			t.Errorf("%s: block %d: unexpected %T", name, i, b)
		}
	}
	if n := visibleLen(blocks); n > 12000 {
		t.Errorf("%s: blocks hold %d characters, want <= 12,000", name, n)
	}
	if _, err := json.Marshal(blocks); err != nil {
		t.Errorf("%s: marshal blocks: %v", name, err)
	}
}

func validate(t *testing.T, name string, obj *slack.TextBlockObject) {
	t.Helper()
	if obj == nil {
		t.Errorf("%s: nil text object", name)
		return
	}
	if err := obj.Validate(); err != nil {
		t.Errorf("%s: text %.60q: %v", name, obj.Text, err)
	}
}

func TestRenderWithinBlockKitLimits(t *testing.T) {
	tests := map[string]*readout.Readout{
		"huge":      hugeReadout(),
		"summit":    summitReadout(),
		"call":      callReadout(),
		"body only": bodyOnlyReadout(),
		"hostile":   hostileReadout(),
		"empty":     {},
		"title only": {
			Title: "Telephone Talk", Parties: []string{"JP"},
		},
	}
	huge := hugeReadout()
	huge.Sections = nil
	huge.Body = strings.Repeat(huge.Lead+"\n", 6)
	tests["huge body only"] = huge

	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			m := bot.RenderReadout(r)
			checkLimits(t, "parent", m.Text, m.Blocks)
			for i, rep := range m.Replies {
				checkLimits(t, fmt.Sprintf("reply %d", i+1), rep.Text, rep.Blocks)
			}
			if n := visibleLen(m.Blocks); n > 4500 {
				t.Errorf("parent holds %d characters, want well under 12,000 (<= 4,500)", n)
			}
		})
	}
}

// TestRenderHugeKeepsWholeSections: the huge readout's thread is cut at
// ten replies; every section it shows is whole and in order, and the last
// reply counts the top-level sections left out and links the source.
func TestRenderHugeKeepsWholeSections(t *testing.T) {
	r := hugeReadout()
	m := bot.RenderReadout(r)
	if len(m.Replies) != 10 {
		t.Fatalf("%d replies, want 10 (the cap)", len(m.Replies))
	}
	thread := normalize(unescapeEntities(strings.ReplaceAll(repliesText(m), "…", " ")))
	shown, leftTop := 0, 0
	for i, s := range r.Sections {
		h := fmt.Sprintf("%d. Heading %d words", i+1, i)
		if !strings.Contains(thread, h) {
			if s.Level == 1 {
				leftTop++
			}
			continue
		}
		if shown != i {
			t.Errorf("section %s is in the thread after a section left out", s.Number)
		}
		shown++
		if i != 5 && i != 9 && !strings.Contains(thread, s.Text) {
			t.Errorf("section %s: text %q missing from the thread", s.Number, s.Text)
		}
	}
	if shown == 0 || leftTop == 0 {
		t.Fatalf("%d sections shown, %d top-level sections left out; want some of each", shown, leftTop)
	}
	// Section 6's long text once, section 10's three times: both are whole.
	phrase := "reviewed every aspect of the relationship & agreed on <more> work."
	if got, want := strings.Count(thread, phrase), 4*strings.Count(hugePara(), phrase); got != want {
		t.Errorf("the thread holds the long paragraph's sentence %d times, want %d", got, want)
	}
	last := m.Replies[len(m.Replies)-1]
	if want := fmt.Sprintf("%d more sections are not shown", leftTop); !strings.Contains(last.Text, want) {
		t.Errorf("last reply %.200q does not say %q", last.Text, want)
	}
	if btn := findButton(t, last.Blocks); btn == nil || btn.URL != r.URL {
		t.Errorf("last reply has no button to the source")
	}
	// The parent leaves sections out too, and does not send readers to a
	// thread that lacks them.
	if c := m.Console(); !strings.Contains(c, "more sections") || strings.Contains(c, "in the thread") {
		t.Errorf("the parent's note: want \"…and N more sections\" without \"in the thread\":\n%.2000s", c)
	}
}

// TestLongReadoutDoesNotFloodThread is issue 19's item 6: 300 sections
// gave 103 thread replies, a 524 KB body 61. At most ten replies now, the
// last saying what was left out and linking the source. The inputs are
// a few times what fills ten replies (without the cap, 60 sections make
// 60 replies and a 206 KB body 24), so the cap, not their end, stops the
// thread.
func TestLongReadoutDoesNotFloodThread(t *testing.T) {
	t.Parallel()
	const src = "https://www.mofa.example/press/2026/0412.html"
	many := &readout.Readout{Title: "Joint Press Statement", URL: src, Parties: []string{"JP", "KH"}}
	for i := range 60 {
		many.Sections = append(many.Sections, readout.Section{Number: fmt.Sprint(i + 1), Heading: fmt.Sprintf("Topic %d", i+1), Level: 1,
			Text: strings.Repeat(fmt.Sprintf("The two sides discussed topic %d at length. ", i+1), 40)})
	}
	para := strings.Repeat("The delegations reviewed the work of the joint committee and agreed on next steps. ", 80)
	long := &readout.Readout{Title: "Verbatim Record", URL: src, Body: strings.Repeat(para+"\n\n", 31)}
	if n := len(long.Body); n < 200_000 {
		t.Fatalf("body %d bytes, want over 200 KB", n)
	}
	for name, tt := range map[string]struct {
		r    *readout.Readout
		want string
	}{
		"60 sections": {many, "more sections are not shown"},
		"200 KB body": {long, "the rest of the text is not shown"},
	} {
		t.Run(name, func(t *testing.T) {
			m := bot.RenderReadout(tt.r)
			if len(m.Replies) > 10 {
				t.Fatalf("%d thread replies, want at most 10", len(m.Replies))
			}
			for i, rep := range m.Replies {
				checkLimits(t, fmt.Sprintf("reply %d", i+1), rep.Text, rep.Blocks)
			}
			last := m.Replies[len(m.Replies)-1]
			if !strings.Contains(last.Text, tt.want) {
				t.Errorf("last reply %.300q lacks %q", last.Text, tt.want)
			}
			if btn := findButton(t, last.Blocks); btn == nil || btn.URL != src {
				t.Errorf("last reply links no source: %+v", btn)
			}
		})
	}
}

// findButton returns the first button in blocks, or nil.
func findButton(t *testing.T, blocks []slack.Block) *slack.ButtonBlockElement {
	t.Helper()
	for _, b := range blocks {
		if a, ok := b.(*slack.ActionBlock); ok {
			for _, e := range a.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					return btn
				}
			}
		}
	}
	return nil
}

func TestRenderParentIsShort(t *testing.T) {
	call := callReadout()
	call.Body = strings.Repeat(call.Body+"\n", 3) // over 2,000 characters
	tests := map[string]*readout.Readout{
		"summit":    summitReadout(),
		"huge":      hugeReadout(),
		"body only": bodyOnlyReadout(),
		"call":      call,
	}
	// A readout just over 2,000 characters with many facts.
	tight := summitReadout()
	tight.Body = tight.Body[:2100]
	tests["tight"] = tight

	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			body := utf8.RuneCountInString(r.Body)
			if body <= 2000 {
				t.Fatalf("fixture body has %d characters, want > 2,000", body)
			}
			m := bot.RenderReadout(r)
			limit := body * 3 / 10
			if n := visibleLen(m.Blocks); n > limit {
				t.Errorf("parent blocks hold %d characters, want <= %d (30%% of %d)", n, limit, body)
			}
			if n := utf8.RuneCountInString(m.Text); n > limit {
				t.Errorf("fallback text has %d characters, want <= %d (30%% of %d)", n, limit, body)
			}
		})
	}
}

// textObjects lists every text object in blocks.
func textObjects(t *testing.T, blocks []slack.Block) []*slack.TextBlockObject {
	t.Helper()
	var out []*slack.TextBlockObject
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			out = append(out, b.Text)
		case *slack.SectionBlock:
			out = append(out, b.Text)
			out = append(out, b.Fields...)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if obj, ok := e.(*slack.TextBlockObject); ok {
					out = append(out, obj)
				}
			}
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				out = append(out, e.(*slack.ButtonBlockElement).Text)
			}
		default:
			t.Errorf("unexpected block %T", b)
		}
	}
	return out
}

// ourLinks matches the renderer's own mrkdwn links: "<http(s)://…|label>".
var ourLinks = regexp.MustCompile(`<https?://[^<>|\s]+\|[^<>]*>`)

// linkTargets lists the URLs of the links and buttons in blocks.
func linkTargets(t *testing.T, blocks []slack.Block) []string {
	var out []string
	for _, obj := range textObjects(t, blocks) {
		if obj.Type != slack.MarkdownType {
			continue
		}
		for _, l := range ourLinks.FindAllString(obj.Text, -1) {
			u, _, _ := strings.Cut(l[1:], "|")
			out = append(out, unescapeEntities(u))
		}
	}
	for _, b := range blocks {
		if a, ok := b.(*slack.ActionBlock); ok {
			for _, e := range a.Elements.ElementSet {
				out = append(out, e.(*slack.ButtonBlockElement).URL)
			}
		}
	}
	return out
}

// visibleLen counts the characters of text in blocks.
func visibleLen(blocks []slack.Block) int {
	n := 0
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			n += utf8.RuneCountInString(b.Text.Text)
		case *slack.SectionBlock:
			n += utf8.RuneCountInString(b.Text.Text)
			for _, f := range b.Fields {
				n += utf8.RuneCountInString(f.Text)
			}
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if obj, ok := e.(*slack.TextBlockObject); ok {
					n += utf8.RuneCountInString(obj.Text)
				}
			}
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				n += utf8.RuneCountInString(e.(*slack.ButtonBlockElement).Text.Text)
			}
		}
	}
	return n
}

// blocksText joins the text of section and context blocks.
func blocksText(blocks []slack.Block) string {
	var parts []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			parts = append(parts, b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if obj, ok := e.(*slack.TextBlockObject); ok {
					parts = append(parts, obj.Text)
				}
			}
		}
	}
	return strings.Join(parts, "\n")
}

// repliesText joins the text of every reply's blocks.
func repliesText(m bot.Message) string {
	var parts []string
	for _, r := range m.Replies {
		parts = append(parts, blocksText(r.Blocks))
	}
	return strings.Join(parts, "\n")
}

func unescapeEntities(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// normalize collapses white space and drops the bold markers around
// headings, so texts can be compared across line breaks.
func normalize(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func BenchmarkRenderReadout(b *testing.B) {
	for _, bb := range []struct {
		name string
		r    *readout.Readout
	}{
		{"summit", summitReadout()},
		{"huge", hugeReadout()},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bot.RenderReadout(bb.r)
			}
		})
	}
}

func ExampleRenderReadout() {
	r := &readout.Readout{
		Title:     "Japan-Laos Foreign Ministers' Telephone Talk",
		URL:       "https://www.mofa.go.jp/s_sa/sea1/la/page1e_000123.html",
		Publisher: "MOFA Japan",
		Meeting:   readout.Meeting{Kind: "telephone talk", Date: "2024-02-05", StartLocal: "16:00", DurationMinutes: 25},
		Parties:   []string{"JP", "LA"},
		Sections: []readout.Section{
			{Number: "1", Heading: "Bilateral relations", Level: 1,
				Summary: "Both ministers will prepare the Prime Minister's visit in the spring.",
				Text:    "The two ministers agreed to work together to prepare the Prime Minister's visit in the spring."},
			{Number: "2", Heading: "Regional affairs", Level: 1,
				Summary: "They exchanged views on Myanmar & the South China Sea.",
				Text:    "The two ministers exchanged views on the situation in Myanmar & the South China Sea."},
		},
	}
	fmt.Print(bot.RenderReadout(r).Console())
	// Output:
	// 🇯🇵🇱🇦 Japan-Laos Foreign Ministers' Telephone Talk
	// MOFA Japan · 5 Feb 2024 · 16:00 local · about 25 min
	//
	// Bilateral relations: Both ministers will prepare the Prime Minister's visit in the spring.
	//
	// Regional affairs: They exchanged views on Myanmar & the South China Sea.
	// [Read the full readout] https://www.mofa.go.jp/s_sa/sea1/la/page1e_000123.html
	//
	//   ↳ 1. Bilateral relations
	//     The two ministers agreed to work together to prepare the Prime Minister's visit in the spring.
	//
	//   ↳ 2. Regional affairs
	//     The two ministers exchanged views on the situation in Myanmar & the South China Sea.
}

// TestRenderSeed renders the reference readout as the parser reads it. It
// skips when ../../shared is absent.
func TestRenderSeed(t *testing.T) {
	src, err := os.ReadFile("../../shared/seed/japan-cambodia-summit-2022-03-20.txt")
	if err != nil {
		t.Skipf("seed readout not available: %v", err)
	}
	r, err := readout.Parse(readout.Document{
		URL:              "https://www.mofa.go.jp/s_sa/sea1/kh/page4e_001218.html",
		Publisher:        "Ministry of Foreign Affairs of Japan",
		PublisherCountry: "JP",
		Published:        time.Date(2022, 3, 20, 0, 0, 0, 0, time.UTC),
		Body:             string(src),
	})
	if err != nil {
		t.Skipf("readout.Parse fails (tested in readout/): %v", err)
	}
	m := bot.RenderReadout(r)
	checkLimits(t, "parent", m.Text, m.Blocks)
	for i, rep := range m.Replies {
		checkLimits(t, fmt.Sprintf("reply %d", i+1), rep.Text, rep.Blocks)
	}
	body := utf8.RuneCountInString(r.Body)
	if n := visibleLen(m.Blocks); body > 2000 && n > body*3/10 {
		t.Errorf("parent blocks hold %d characters, want <= 30%% of %d", n, body)
	}
	thread := normalize(unescapeEntities(repliesText(m)))
	for _, s := range r.Sections {
		if s.Text != "" && !strings.Contains(thread, normalize(s.Text)) {
			t.Errorf("section %s: full text missing from the thread", s.Number)
		}
	}
	t.Logf("body %d characters, parent %d, %d replies\n%s", body, visibleLen(m.Blocks), len(m.Replies), m.Console())
}

// TestRenderCorpus renders every White House readout in the shared corpus
// (a sample under -race: corpusReadouts) as the parser reads it and checks
// Slack's limits and the parent's length. It skips when ../../shared is
// absent.
func TestRenderCorpus(t *testing.T) {
	t.Parallel()
	corpus := corpusReadouts(t, corpusSets[0])
	if len(corpus) == 0 {
		t.Skip("corpus not available")
	}
	for _, c := range corpus {
		if c.err != nil {
			t.Skip(c.err)
		}
		f, r := c.file, c.r
		name := filepath.Base(f)
		m := bot.RenderReadout(r)
		checkLimits(t, name+" parent", m.Text, m.Blocks)
		for i, rep := range m.Replies {
			checkLimits(t, fmt.Sprintf("%s reply %d", name, i+1), rep.Text, rep.Blocks)
		}
		if len(m.Replies) == 0 && strings.TrimSpace(r.Body) != "" {
			t.Errorf("%s: no thread for a body of %d characters", name, len(r.Body))
		}
		body := utf8.RuneCountInString(r.Body)
		limit := body * 3 / 10
		if n := visibleLen(m.Blocks); body > 2000 && n > limit {
			t.Errorf("%s: parent blocks hold %d characters, want <= %d", name, n, limit)
		}
		if n := utf8.RuneCountInString(m.Text); body > 2000 && n > limit {
			t.Errorf("%s: fallback text has %d characters, want <= %d", name, n, limit)
		}
	}
}

// A principal the page leaves unnamed ("The Prime Minister spoke to …")
// is shown by office, so that the line names both sides; one with neither
// name nor office is left out; a long title is cut.
func TestRenderUnnamedPrincipal(t *testing.T) {
	tests := []struct {
		name string
		ps   []readout.Participant
		want string
	}{
		{"office only", []readout.Participant{
			{Title: "Prime Minister", Country: "GB", Role: readout.RolePrincipal},
			{Name: "Justin Trudeau", Title: "Prime Minister of Canada", Country: "CA", Role: readout.RolePrincipal},
		}, "🇬🇧 Prime Minister · 🇨🇦 Justin Trudeau, Prime Minister of Canada\n"},
		{"nothing to show", []readout.Participant{
			{Country: "GB", Role: readout.RolePrincipal},
			{Name: "Justin Trudeau", Title: "Prime Minister of Canada", Country: "CA", Role: readout.RolePrincipal},
		}, "\n🇨🇦 Justin Trudeau, Prime Minister of Canada\n"},
		{"a title of several offices is cut", []readout.Participant{
			{Name: "Li Wen", Title: "Member of the Standing Committee of the Provincial Assembly and Director of the Office of the Commission for External Affairs", Country: "CN", Role: readout.RolePrincipal},
			{Name: "Justin Trudeau", Title: "Prime Minister of Canada", Country: "CA", Role: readout.RolePrincipal},
		}, "🇨🇳 Li Wen, Member of the Standing Committee of the Provincial Assembly and Director… · 🇨🇦 Justin Trudeau, Prime Minister of Canada\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := callReadout()
			r.Parties = []string{"GB", "CA"}
			r.Participants = tt.ps
			if got := bot.RenderReadout(r).Console(); !strings.Contains(got, tt.want) {
				t.Errorf("the post does not hold %q:\n%s", tt.want, got)
			}
		})
	}
}

// Sections without headings and no key points: several summary lines are
// bulleted, as key points are; one stands alone.
func TestRenderUnheadedSectionsBulleted(t *testing.T) {
	r := callReadout()
	r.KeyPoints = nil
	r.Sections = []readout.Section{
		{Level: 1, Summary: "The leaders discussed the situation in the Middle East.", Text: "x"},
		{Level: 1, Summary: "Both will work for the success of the summit in Osaka.", Text: "y"},
	}
	got := bot.RenderReadout(r).Console()
	for _, want := range []string{"\n• The leaders discussed the situation in the Middle East.\n", "\n• Both will work for the success of the summit in Osaka.\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the post does not hold %q:\n%s", want, got)
		}
	}
	r.Sections = r.Sections[:1]
	if got := bot.RenderReadout(r).Console(); !strings.Contains(got, "\nThe leaders discussed the situation in the Middle East.\n") {
		t.Errorf("a single summary is bulleted:\n%s", got)
	}
}

// A numbered subsection without a heading keeps its number at the start of
// its text in the thread, as the page writes it; one with a heading has
// the heading on its own line.
func TestThreadNumberWithoutHeadingInline(t *testing.T) {
	t.Parallel()
	r := &readout.Readout{Title: "Foreign Ministers' Meeting", Parties: []string{"KR", "MN"}, Sections: []readout.Section{
		{Number: "1", Heading: "Bilateral relations", Level: 1},
		{Number: "1.(1)", Level: 2, Text: "The two ministers welcomed the growth of bilateral trade."},
		{Number: "1.(2)", Heading: "Labour", Level: 2, Text: "The ministers discussed the training of workers."},
	}}
	m := bot.RenderReadout(r)
	var text strings.Builder
	for _, rep := range m.Replies {
		text.WriteString(rep.Text + "\n")
	}
	for _, want := range []string{"(1) The two ministers welcomed", "(2) Labour\nThe ministers discussed"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("thread lacks %q:\n%s", want, text.String())
		}
	}
}

// TestRenderHeadingNotAlone: when the parent's budget leaves room for one
// summary line only and that line is a heading without a summary of its
// own ("I. Political affairs and security" over numbered points), the
// first point is shown under it: a heading alone says nothing.
func TestRenderHeadingNotAlone(t *testing.T) {
	r := callReadout()
	r.KeyPoints = nil
	r.Body = "Short."
	long := strings.Repeat("The two delegations agreed to strengthen the exchange of information along the common border. ", 2)
	r.Sections = []readout.Section{{Level: 1, Heading: "Political affairs and security"}}
	for i := range 8 {
		r.Sections = append(r.Sections, readout.Section{Level: 1, Summary: fmt.Sprintf("Point %d: %s", i+1, long), Text: long})
	}
	// (Long offices fill the header, as a ministry's full titles do.)
	for i := range r.Participants {
		r.Participants[i].Title = strings.Repeat("Minister of Foreign Affairs, Foreign Trade and Immigration ", 3)
	}
	got := bot.RenderReadout(r).Console()
	if !strings.Contains(got, "Political affairs and security") || !strings.Contains(got, "Point 1:") {
		t.Errorf("the heading is shown without its first point:\n%s", got)
	}
}
