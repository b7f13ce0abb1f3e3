package bot_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

const jpkhText = "In 30 days: 75th anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)"

func jpkhPayload() *readout.ReminderPayload {
	return &readout.ReminderPayload{
		FactKey: "JP-KH/diplomatic relations", Year: 2028, OffsetDays: 30,
		Parties: []string{"JP", "KH"}, Ordinal: 75, Milestone: true, Date: "2028-01-09",
		SourceTitle: "mofa.go.jp", SourceURL: "https://www.mofa.go.jp/region/asia-paci/cambodia/data.html",
		LatestTitle: "Japan-Cambodia Summit Meeting", LatestURL: "https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000400.html",
	}
}

// blockTexts is every text of the message's blocks, one per line, as
// Slack receives them.
func blockTexts(t *testing.T, m bot.Message) string {
	t.Helper()
	var out []string
	for _, b := range m.Blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			out = append(out, "section: "+b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				out = append(out, "context: "+e.(*slack.TextBlockObject).Text)
			}
		default:
			t.Fatalf("unexpected block %T", b)
		}
	}
	return strings.Join(out, "\n")
}

func TestRenderReminder(t *testing.T) {
	m := bot.RenderReminder(jpkhText, jpkhPayload())
	if len(m.Blocks) != 2 {
		t.Fatalf("blocks: got %d, want a section and a context", len(m.Blocks))
	}
	sec, ok := m.Blocks[0].(*slack.SectionBlock)
	if !ok {
		t.Fatalf("first block: got %T, want a section", m.Blocks[0])
	}
	if want := "🇯🇵🇰🇭 *" + jpkhText + "*"; sec.Text.Text != want {
		t.Errorf("section: got %q, want %q", sec.Text.Text, want)
	}
	ctx, ok := m.Blocks[1].(*slack.ContextBlock)
	if !ok {
		t.Fatalf("second block: got %T, want a context", m.Blocks[1])
	}
	var got []string
	for _, e := range ctx.ContextElements.Elements {
		got = append(got, e.(*slack.TextBlockObject).Text)
	}
	want := []string{
		"Source: <https://www.mofa.go.jp/region/asia-paci/cambodia/data.html|mofa.go.jp>",
		"Latest readout: <https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000400.html|Japan-Cambodia Summit Meeting>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("context: got %q, want %q", got, want)
	}
	if wantText := "🇯🇵🇰🇭 " + jpkhText + "\nSource: mofa.go.jp · Latest readout: Japan-Cambodia Summit Meeting"; m.Text != wantText {
		t.Errorf("fallback: got %q, want %q", m.Text, wantText)
	}
	if c := m.Console(); !strings.Contains(c, "Japan-Cambodia Summit Meeting (https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000400.html)") {
		t.Errorf("console form lacks the latest readout link:\n%s", c)
	}
}

func TestRenderReminderUntrusted(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		p        *readout.ReminderPayload
		want     []string // in the blocks' texts
		dontWant []string
	}{
		{
			name: "mentions and markup in text and labels",
			text: "Today: 1st anniversary of <!channel> @here & friends",
			p: &readout.ReminderPayload{Parties: []string{"US", "ASEAN"}, SourceTitle: "<@U123> page", SourceURL: "https://example.org/a?b=1&c=2",
				LatestTitle: "Call > talk", LatestURL: "https://example.org/x|y"},
			want:     []string{"&lt;!channel&gt;", "@\u200dhere", "&amp; friends", "&lt;@U123&gt; page", "b=1&amp;c=2", "Call &gt; talk", "x%7Cy", "🇺🇸 *Today"},
			dontWant: []string{"<!channel>", "<@U123>"},
		},
		{
			name:     "only http(s) links",
			text:     jpkhText,
			p:        &readout.ReminderPayload{SourceTitle: "a page", SourceURL: "javascript:alert(1)", LatestTitle: "Talk", LatestURL: "ftp://example.org/r"},
			want:     []string{"Source: a page", "Latest readout: Talk"},
			dontWant: []string{"javascript", "ftp://"},
		},
		{
			name: "host when no label",
			text: jpkhText,
			p:    &readout.ReminderPayload{SourceURL: "https://www.state.gov/countries/cambodia"},
			want: []string{"Source: <https://www.state.gov/countries/cambodia|state.gov>"},
		},
		{
			name:     "text only",
			text:     "Tomorrow: 30th anniversary of Laos's membership",
			p:        nil,
			want:     []string{"*Tomorrow: 30th anniversary"},
			dontWant: []string{"context", "Source"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blockTexts(t, bot.RenderReminder(tt.text, tt.p))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("blocks lack %q:\n%s", w, got)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(got, w) {
					t.Errorf("blocks contain %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestRenderReminderWithinLimits(t *testing.T) {
	long := strings.Repeat("relations ", 800)
	p := &readout.ReminderPayload{Parties: []string{"JP", "KH"}, SourceTitle: long, SourceURL: "https://example.org/", LatestTitle: long, LatestURL: "https://example.org/r"}
	m := bot.RenderReminder("In 7 days: "+long, p)
	sec := m.Blocks[0].(*slack.SectionBlock)
	if n := utf8.RuneCountInString(sec.Text.Text); n > 3000 {
		t.Errorf("section text: got %d characters, want at most 3000", n)
	}
	if !strings.HasSuffix(sec.Text.Text, "…*") {
		t.Errorf("cut text not marked with an ellipsis: ...%q", sec.Text.Text[len(sec.Text.Text)-20:])
	}
	for _, e := range m.Blocks[1].(*slack.ContextBlock).ContextElements.Elements {
		if n := utf8.RuneCountInString(e.(*slack.TextBlockObject).Text); n > 3000 {
			t.Errorf("context element: got %d characters, want at most 3000", n)
		}
	}
	if m.Text == "" {
		t.Error("no fallback text")
	}
}

// TestDelivererPostsReminder drives a reminder from the store's outbox
// through the delivery worker to the console sink.
func TestDelivererPostsReminder(t *testing.T) {
	now := time.Date(2027, 12, 10, 9, 0, 0, 0, time.UTC)
	s := storagetest.Open(t, storage.Options{Now: func() time.Time { return now }})
	p := jpkhPayload()
	n, err := s.EnqueueReminders([]storage.ReminderDelivery{{Channel: "C1", FactKey: p.FactKey, Year: 2028, OffsetDays: 30, Text: jpkhText, Payload: *p}})
	if err != nil || n != 1 {
		t.Fatalf("enqueue: got %d, %v", n, err)
	}
	var out bytes.Buffer
	d := &bot.Deliverer{Outbox: s, Sink: &bot.ConsoleSink{W: &out}, Now: func() time.Time { return now }}
	st, err := d.Drain(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Posted != 1 || st.Dead != 0 {
		t.Fatalf("drain: got %+v, want 1 posted", st)
	}
	for _, want := range []string{"C1", "🇯🇵🇰🇭 " + jpkhText, "Source: mofa.go.jp (https://www.mofa.go.jp/region/asia-paci/cambodia/data.html)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("console lacks %q:\n%s", want, out.String())
		}
	}
	if left, _ := s.Pending(); len(left) != 0 {
		t.Errorf("outbox after drain: got %d deliveries, want 0", len(left))
	}
}
