package bot_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
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
	if strings.Contains(got, "\n") {
		t.Errorf("DigestLine = %q, want one line", got)
	}
	for _, want := range []string{"🇯🇵🇰🇭", "<https://www.mofa.go.jp/a.html|Japan-Cambodia Summit &lt;script&gt;>", "Japan–Cambodia", "They agreed on demining &amp; trade."} {
		if !strings.Contains(got, want) {
			t.Errorf("DigestLine = %q, want it to contain %q", got, want)
		}
	}
}

// A digest line says what happened: the list of what else a readout
// names is its line only when it has nothing else.
func TestDigestLineSkipsMentionsList(t *testing.T) {
	t.Parallel()
	list := "Also mentioned: Ukraine, NATO, Vilnius."
	tests := []struct {
		name string
		r    *readout.Readout
		want string
	}{
		{"section summary", &readout.Readout{Title: "PM call", Parties: []string{"GB", "CA"}, KeyPoints: []string{list},
			Sections: []readout.Section{{Summary: "Both agreed to further bilateral trade talks."}}}, "Both agreed to further bilateral trade talks."},
		{"key point after the list", &readout.Readout{Title: "PM call", Parties: []string{"GB", "CA"}, KeyPoints: []string{list, "Both will meet at the G7."}}, "Both will meet at the G7."},
		{"lead", &readout.Readout{Title: "PM call", Parties: []string{"GB", "CA"}, KeyPoints: []string{list},
			Lead: "The Prime Minister spoke to Prime Minister Carney today. They discussed trade."}, "The Prime Minister spoke to Prime Minister Carney today."},
		{"nothing else", &readout.Readout{Title: "PM call", Parties: []string{"GB", "CA"}, KeyPoints: []string{list}}, list},
	}
	for _, tt := range tests {
		if got := bot.DigestLine(tt.r); !strings.HasSuffix(got, ": "+tt.want) {
			t.Errorf("%s: DigestLine = %q, want it to end with %q", tt.name, got, tt.want)
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

// TestDigestDeliveredInParts: a digest of 60 readouts goes through the
// outbox as several messages, in order, each within Block Kit's limits
// (the fake refuses what Slack refuses), every readout in exactly one;
// draining again posts nothing more.
func TestDigestDeliveredInParts(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newStore(t, clock)
	var items []storage.NewItem
	for i := range 60 {
		r := digestReadout(i, "JP", []string{"KH", "LA", "VN"}[i%3])
		r.ID = ""
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Hash: fmt.Sprint(i), Readout: r, Channels: []string{"C1"}})
	}
	res, err := s.Ingest("f", readout.FeedState{Polled: true}, items)
	if err != nil {
		t.Fatal(err)
	}
	fake := slackfake.New(t)
	d := &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))),
		Now: clock, PerChannel: time.Nanosecond, Held: func(string) bool { return true }}
	if st, err := d.Drain(t.Context()); err != nil || st.Posted != 0 {
		t.Fatalf("drain while held: %+v, %v", st, err)
	}
	n, err := s.RunDigest(storage.DigestRun{Channel: "C1", Key: "period:1", Title: "Daily digest · Mon 7 Dec 2026",
		Update: func(*storage.DigestState) bool { return true },
		Split:  func(rs []*readout.Readout) [][]readout.DigestGroup { return bot.SplitDigest(rs, []string{"KH"}) }})
	if err != nil || n < 2 {
		t.Fatalf("digest of 60: %d messages, %v; want several", n, err)
	}
	t.Logf("60 readouts in %d messages", n)
	for range 2 {
		if _, err := d.Drain(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	posts := fake.History("C1")
	if len(posts) != n {
		t.Fatalf("%d posts, want the %d parts", len(posts), n)
	}
	text := ""
	for i, p := range posts {
		if got := fmt.Sprint(p.Metadata.EventPayload["digest_part"]); got != fmt.Sprint(i+1) {
			t.Errorf("post %d is part %s", i+1, got)
		}
		text += string(p.Blocks)
	}
	for i := range 60 {
		link := fmt.Sprintf("https://ministry.example/press/%d.html|", i)
		if c := strings.Count(text, link); c != 1 {
			t.Errorf("readout %d (%s) is in the digest %d times", i, res.IDs[i], c)
		}
	}
	if dead, _ := s.DeadLetters(); len(dead) != 0 {
		t.Errorf("dead letters: %+v", dead)
	}
}

// A readout none of whose parties the channel follows goes under its
// other side, not under the government that published it.
func TestDigestGroupsUnderTheOtherSide(t *testing.T) {
	t.Parallel()
	byName := digestReadout(1, "JP", "LA")
	byName.Publisher = "Ministry of Foreign Affairs of Japan"
	byPrincipal := digestReadout(2, "LA", "VN")
	byPrincipal.Publisher = "Press office"
	byPrincipal.Participants = []readout.Participant{{Name: "Bui Thanh Son", Country: "VN", Role: readout.RolePrincipal}}
	parts := bot.SplitDigest([]*readout.Readout{byName, byPrincipal}, []string{"KH"})
	if len(parts) != 1 || len(parts[0]) != 1 || parts[0][0].Country != "LA" || len(parts[0][0].ReadoutIDs) != 2 {
		t.Errorf("groups %+v, want both under LA", parts)
	}
}

// TestDigestLeavesOutPrunedReadouts: a readout pruned between the
// digest's queueing and its posting is left out of the digest, which
// still goes out with the others; any other failure to read a readout
// still fails the digest (it is retried, not posted short).
func TestDigestLeavesOutPrunedReadouts(t *testing.T) {
	s := storagetest.Open(t, storage.Options{})
	kept, old := digestReadout(1, "JP", "KH"), digestReadout(2, "JP", "KH")
	old.Published = old.Published.AddDate(-6, 0, 0)
	if _, err := s.BulkLoad(slices.Values([]*readout.Readout{old, kept}), 0); err != nil {
		t.Fatal(err)
	}
	parts := bot.SplitDigest([]*readout.Readout{kept, old}, []string{"KH"})
	d := &readout.DigestPayload{Key: "k", Title: "Daily digest", Part: 1, Parts: 1, Total: 2, Groups: parts[0]}
	if n, err := s.Prune(kept.Published.AddDate(-5, 0, 0)); err != nil || n != 1 {
		t.Fatalf("Prune: %d, %v; want the old readout pruned", n, err)
	}
	msg, err := bot.RenderDigest(d, s.Readout)
	if err != nil {
		t.Fatalf("RenderDigest with a pruned readout: %v", err)
	}
	if !strings.Contains(msg.Text, "number 1 ") || strings.Contains(msg.Text, "number 2 ") {
		t.Errorf("digest text should list readout 1 and not the pruned 2:\n%s", msg.Text)
	}
	broken := errors.New("disk on fire")
	if _, err := bot.RenderDigest(d, func(string) (*readout.Readout, error) { return nil, broken }); !errors.Is(err, broken) {
		t.Errorf("RenderDigest with a failing store: %v, want the store's error", err)
	}
}
