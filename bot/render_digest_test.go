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
