package bot_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// TestLookupShowsAPairedMeetingOnce: Japan's and Cambodia's readouts of
// one summit are listed as one meeting naming both publishers; Cambodia's
// readout of the ASEAN summit the same day is a meeting of its own.
func TestLookupShowsAPairedMeetingOnce(t *testing.T) {
	s := storagetest.Open(t, storage.Options{})
	for _, f := range []struct{ feed, key, name string }{
		{"mofa", "jp-kh", "jp-kh-summit.mofa.md"},
		{"mfaic", "kh-asean", "asean-jp.mfaic.md"},
		{"mfaic", "kh-jp", "jp-kh-summit.mfaic.md"},
	} {
		r := loadMeetingFixture(t, f.name)
		if _, err := s.Ingest(f.feed, readout.FeedState{}, []storage.NewItem{{Key: f.key, Readout: r}}); err != nil {
			t.Fatal(err)
		}
	}
	c := &bot.Commands{Store: s}
	r := c.Handle(t.Context(), bot.Request{Text: "cambodia", ChannelID: "C1", UserID: "U1"})
	checkReplyLimits(t, r, "U1")
	got := replyText(t, r)
	for _, want := range []string{
		"Cambodia: the latest 2 readouts",
		"Japan-Cambodia Summit Meeting",
		"Also Cambodia's readout: <https://www.mfaic.gov.kh/Posts/2023-09-06-News-Samdech-Thipadei-Hun-Manet-Japan|Samdech Thipadei Hun Manet Holds Bilateral Meeting",
		"Attends the 26th ASEAN-Japan Summit",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lookup lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "Holds Bilateral Meeting with Japanese Prime Minister"); n != 1 {
		t.Errorf("Cambodia's readout of the summit shown %d times, want once (with Japan's):\n%s", n, got)
	}
	if !strings.Contains(r.Text, "Also Cambodia's readout") {
		t.Errorf("fallback text does not name the other side's readout:\n%s", r.Text)
	}
}
