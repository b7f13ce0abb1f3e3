package bot_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/capacity/synth"
	"github.com/readout-bot/readout/storage"
)

// BenchmarkLookup measures `/readout <country>` end to end but for the
// network: bot.Commands.Handle on a database of 100,000 synthetic readouts
// (as readout.Parse makes them, about 3.3 KB each stored), then encoding
// the ack payload. The country cycles through the synthetic counterparts,
// named as a user types them ("cambodia"), among those with readouts. It reports the p50 and p99 of
// the iterations; the acceptance is p99 <= 5 ms. "keyword" does the same
// for `/readout <country> <keyword>` with a keyword in every readout.
//
// The database (about 330 MB) is built in a temporary directory, in sorted
// batches with storage.BulkLoad, and removed afterwards.
func BenchmarkLookup(b *testing.B) {
	dir, err := os.MkdirTemp("", "readout-cmd-bench-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	st, err := storage.Open(filepath.Join(dir, "readout.db"), storage.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	tpl, err := synth.Templates(160)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.BulkLoad(synth.Readouts(tpl, 100_000), 2000); err != nil {
		b.Fatal(err)
	}
	var names []string
	for _, c := range synth.Counterparts {
		// Only the countries the parser recognised as a party.
		if rs, err := st.LatestForCountry(c.Code, 3, nil); err == nil && len(rs) == 3 {
			names = append(names, strings.ToLower(c.Short))
		}
	}
	if len(names) == 0 {
		b.Fatal("no counterpart has 3 readouts")
	}
	c := &bot.Commands{Store: st}
	for _, bc := range []struct{ name, suffix, want string }{
		{"country", "", "the latest 3 readouts"},
		{"keyword", " minister", "3 readouts mentioning"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var lat []time.Duration
			i := 0
			for b.Loop() {
				t0 := time.Now()
				r := c.Handle(b.Context(), bot.Request{Text: names[i%len(names)] + bc.suffix, ChannelID: "C1", UserID: "U1"})
				raw, err := json.Marshal(r.Blocks)
				lat = append(lat, time.Since(t0))
				if err != nil || !strings.Contains(r.Text, bc.want) {
					b.Fatalf("%q: got %q, %v; want %q", names[i%len(names)]+bc.suffix, r.Text, err, bc.want)
				}
				_ = raw
				i++
			}
			slices.Sort(lat)
			q := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Nanoseconds()) / 1e3
			}
			b.ReportMetric(q(0.50), "p50-µs")
			b.ReportMetric(q(0.99), "p99-µs")
		})
	}
}
