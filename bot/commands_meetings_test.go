package bot_test

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// wholeWindow decodes every readout of a lookup's window, as lookups did
// before LatestMeetingsForCountry left out those that cannot matter, and
// counts the readouts each store returns.
type wholeWindow struct {
	*storage.Store
	whole   bool
	decoded int
}

func (w *wholeWindow) LatestMeetingsForCountry(code string, n, window int) ([]*readout.Readout, error) {
	if w.whole {
		n = window
	}
	rs, err := w.Store.LatestMeetingsForCountry(code, n, window)
	w.decoded += len(rs)
	return rs, err
}

// TestLookupDecodesOnlyWhatItShows: a lookup that decodes only the
// readouts its meetings need answers exactly as one that decodes its
// whole window, on both sides' readouts of the meetings in
// meeting/testdata (pairs, near misses, events), each stored three times
// at different dates, for every country and every number of readouts
// asked for; and it decodes fewer.
func TestLookupDecodesOnlyWhatItShows(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("..", "meeting", "testdata", "*.md"))
	if err != nil || len(names) < 20 {
		t.Fatalf("meeting fixtures: %d, %v", len(names), err)
	}
	s := storagetest.Open(t, storage.Options{})
	codes := map[string]bool{}
	for _, shift := range []int{0, 9, 400} {
		for _, name := range names {
			base := filepath.Base(name)
			r := loadMeetingFixture(t, base)
			feed := strings.TrimPrefix(filepath.Ext(strings.TrimSuffix(base, ".md")), ".") // the publisher
			r.Published = r.Published.AddDate(0, 0, shift)
			if d, err := time.Parse(time.DateOnly, r.Meeting.Date); err == nil {
				r.Meeting.Date = d.AddDate(0, 0, shift).Format(time.DateOnly)
			}
			for _, c := range r.Parties {
				codes[c] = true
			}
			key := fmt.Sprintf("%s+%d", base, shift)
			if _, err := s.Ingest(feed, readout.FeedState{}, []storage.NewItem{{Key: key, Readout: r}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	some := &wholeWindow{Store: s}
	all := &wholeWindow{Store: s, whole: true}
	cs, ca := &bot.Commands{Store: some}, &bot.Commands{Store: all}
	paired := 0
	for _, code := range slices.Sorted(maps.Keys(codes)) {
		for n := 1; n <= bot.MaxLookup; n++ {
			text := fmt.Sprintf("%s %d", code, n)
			got := cs.Handle(t.Context(), bot.Request{Text: text, ChannelID: "C1", UserID: "U1"})
			want := ca.Handle(t.Context(), bot.Request{Text: text, ChannelID: "C1", UserID: "U1"})
			g, w := replyText(t, got), replyText(t, want)
			if g != w {
				t.Fatalf("/readout %s differs from the whole window's:\n%s\n--- want\n%s", text, g, w)
			}
			paired += strings.Count(g, "Also ")
		}
	}
	if paired == 0 {
		t.Fatal("no lookup showed a paired meeting: the test has nothing to check")
	}
	t.Logf("%d countries; readouts decoded %d, whole windows %d; %d pairs shown", len(codes), some.decoded, all.decoded, paired)
	if some.decoded >= all.decoded {
		t.Errorf("decoded %d readouts, the whole windows %d: nothing left out", some.decoded, all.decoded)
	}
}
