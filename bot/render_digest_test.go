package bot_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
)

// digestReadout is a readout of the given parties with a long title and
// summary, so that a few dozen of them need several messages.
func digestReadout(i int, parties ...string) *readout.Readout {
	return &readout.Readout{
		ID:        fmt.Sprintf("r%03d", i),
		Title:     fmt.Sprintf("Foreign Ministers' Meeting number %d on cooperation in demining, connectivity, trade & <people-to-people> exchanges", i),
		URL:       fmt.Sprintf("https://ministry.example/press/%d.html", i),
		Published: time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC),
		Parties:   parties,
		KeyPoints: []string{strings.Repeat("The two ministers agreed to deepen cooperation across the board. ", 3)},
	}
}

func TestSplitDigestGroupsAndFits(t *testing.T) {
	t.Parallel()
	var rs []*readout.Readout
	byID := map[string]*readout.Readout{}
	for i := range 120 {
		parties := []string{"JP", "KH"}
		switch i % 3 {
		case 1:
			parties = []string{"JP", "LA"}
		case 2:
			parties = []string{"US", "IN"}
		}
		r := digestReadout(i, parties...)
		rs = append(rs, r)
		byID[r.ID] = r
	}
	parts := bot.SplitDigest(rs, []string{"LA", "KH"})
	if len(parts) < 2 {
		t.Fatalf("120 long lines in %d part(s), want several", len(parts))
	}
	placed := map[string]int{}
	var countries []string
	for i, groups := range parts {
		for _, g := range groups {
			if n := len(countries); n == 0 || countries[n-1] != g.Country {
				countries = append(countries, g.Country)
			}
			for _, id := range g.ReadoutIDs {
				placed[id]++
			}
		}
		d := &readout.DigestPayload{Key: "k", Title: "Daily digest · 7 Dec 2026", Part: i + 1, Parts: len(parts), Total: len(rs), Groups: groups}
		msg, err := bot.RenderDigest(d, func(id string) (*readout.Readout, error) { return byID[id], nil })
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("part %d", i+1)
		checkLimits(t, name, msg.Text, msg.Blocks)
		for _, b := range msg.Blocks {
			if s, ok := b.(*slack.SectionBlock); ok && strings.Contains(s.Text.Text, "<people") {
				t.Errorf("%s: unescaped title: %.80q", name, s.Text.Text)
			}
		}
		if !strings.Contains(msg.Text, fmt.Sprintf("(%d of %d)", i+1, len(parts))) {
			t.Errorf("%s: fallback %.80q does not say which part", name, msg.Text)
		}
	}
	for _, r := range rs {
		if placed[r.ID] != 1 {
			t.Errorf("readout %s placed %d times", r.ID, placed[r.ID])
		}
	}
	// Laos first, then Cambodia (the channel's order), then the others.
	if strings.Join(countries, ",") != "LA,KH,US" {
		t.Errorf("groups in order %v, want LA, KH, US (a group continued across parts once)", countries)
	}
}

func TestDigestLine(t *testing.T) {
	t.Parallel()
	r := &readout.Readout{Title: "Japan-Cambodia Summit <script>", URL: "https://www.mofa.go.jp/a.html",
		Parties: []string{"JP", "KH"}, Sections: []readout.Section{{Heading: "Bilateral", Summary: "They agreed on demining & trade."}}}
	got := bot.DigestLine(r)
	for _, want := range []string{"🇯🇵🇰🇭", "<https://www.mofa.go.jp/a.html|Japan-Cambodia Summit &lt;script&gt;>", "Japan–Cambodia", "They agreed on demining &amp; trade."} {
		if !strings.Contains(got, want) {
			t.Errorf("DigestLine = %q, want it to contain %q", got, want)
		}
	}
}

// A readout that only mentions a country the channel follows (taken by a
// subscription with mentions) goes under that country in the digest,
// marked as a mention; one in which it is a party is not marked.
func TestDigestMarksMentions(t *testing.T) {
	t.Parallel()
	party := digestReadout(1, "JP", "KH")
	mention := digestReadout(2, "JP", "TH")
	mention.Mentioned = []string{"KH"}
	byID := map[string]*readout.Readout{party.ID: party, mention.ID: mention}
	parts := bot.SplitDigest([]*readout.Readout{party, mention}, []string{"KH"})
	if len(parts) != 1 || len(parts[0]) != 1 || parts[0][0].Country != "KH" || len(parts[0][0].ReadoutIDs) != 2 {
		t.Fatalf("groups %+v, want both readouts under KH", parts)
	}
	d := &readout.DigestPayload{Key: "k", Title: "Daily digest", Part: 1, Parts: 1, Total: 2, Groups: parts[0]}
	msg, err := bot.RenderDigest(d, func(id string) (*readout.Readout, error) { return byID[id], nil })
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, b := range msg.Blocks {
		if s, ok := b.(*slack.SectionBlock); ok {
			body += s.Text.Text + "\n"
		}
	}
	if n := strings.Count(body, "_mentions Cambodia_"); n != 1 {
		t.Errorf("%d lines marked as mentioning Cambodia, want 1 (the Japan–Thailand readout's):\n%s", n, body)
	}
	for line := range strings.SplitSeq(body, "\n") {
		if strings.Contains(line, "_mentions Cambodia_") && !strings.Contains(line, "Japan–Thailand") {
			t.Errorf("marked line is not the Japan–Thailand readout's: %q", line)
		}
	}
}
