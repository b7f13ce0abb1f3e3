package bot_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// FuzzCommands feeds arbitrary command text to the handler: it must never
// panic, always answer within Block Kit's limits, and never echo a live
// mention or link, whatever the user typed.
func FuzzCommands(f *testing.F) {
	s, err := storage.Open(filepath.Join(f.TempDir(), "fuzz.db"), storage.Options{NoSync: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	r := &readout.Readout{
		Title: "Japan-Cambodia Summit Meeting <!channel>", Published: time.Date(2022, 3, 20, 0, 0, 0, 0, time.UTC),
		Parties:  []string{"JP", "KH"},
		Sections: []readout.Section{{Number: "1", Heading: "Ukraine", Level: 1, Summary: "Both condemned the aggression.", Text: "Both condemned the aggression against Ukraine @here."}},
	}
	if _, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: "k", Readout: r}}); err != nil {
		f.Fatal(err)
	}
	h := &bot.Commands{Store: s, Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }}
	for _, seed := range []string{
		"", "help", "cambodia", "kh 5", "cambodia ukraine", "Kingdom of Cambodia 10", "cambodai",
		"subscribe cambodia, laos", "unsubscribe laos", "list", "anniversaries japan",
		"anniversaries add japan cambodia 1953-01-09 diplomatic relations", "<!channel> @here <@U123>",
		"subscribe <https://evil.example|bank>", "south korea 999999999999999999999", "   \t\n", "\x00\xff",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		reply := h.Handle(t.Context(), bot.Request{Text: text, ChannelID: "C0FUZZ", UserID: "U0FUZZ"})
		checkReplyLimits(t, reply, "U0FUZZ")
	})
}
