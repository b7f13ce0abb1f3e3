package bot_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/capacity/synth"
	"github.com/readout-bot/readout/readout"
)

// seedPath is the reference readout, beside the repository.
const seedPath = "../../shared/seed/japan-cambodia-summit-2022-03-20.txt"

// BenchmarkRenderBlockKit sets bot.RenderReadout (the parent message and
// its thread replies, in Block Kit) against its floor, encoding the
// rendered blocks to JSON as the Slack client must anyway, on the seed
// readout (skipped when ../../shared is absent) and on a synthetic
// ministry readout. "ours" reports its ratio to the floor as x-floor.
func BenchmarkRenderBlockKit(b *testing.B) {
	inputs := []struct {
		name string
		doc  func(b *testing.B) readout.Document
	}{
		{"seed", func(b *testing.B) readout.Document {
			body, err := os.ReadFile(seedPath)
			if err != nil {
				b.Skipf("seed readout not available: %v", err)
			}
			return readout.Document{Title: "Japan-Cambodia Summit Meeting", Publisher: "Ministry of Foreign Affairs of Japan",
				PublisherCountry: "JP", Published: time.Date(2022, 3, 20, 0, 0, 0, 0, time.UTC), Body: string(body)}
		}},
		{"fixture", func(*testing.B) readout.Document {
			it := synth.NewItem("https://www.mofa.example", 0, 12)
			return readout.Document{Title: it.Title, URL: it.Link, Publisher: "Ministry of Foreign Affairs of Japan",
				PublisherCountry: "JP", Published: it.Published, Body: it.HTML}
		}},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			r, err := readout.Parse(in.doc(b))
			if err != nil {
				b.Fatal(err)
			}
			var floor float64
			b.Run("floor", func(b *testing.B) {
				m := bot.RenderReadout(r)
				b.ReportAllocs()
				for b.Loop() {
					if _, err := json.Marshal(m.Blocks); err != nil {
						b.Fatal(err)
					}
					for _, rep := range m.Replies {
						if _, err := json.Marshal(rep.Blocks); err != nil {
							b.Fatal(err)
						}
					}
				}
				floor = float64(b.Elapsed()) / float64(b.N)
			})
			b.Run("ours", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					bot.RenderReadout(r)
				}
				if floor > 0 {
					b.ReportMetric(float64(b.Elapsed())/float64(b.N)/floor, "x-floor")
				}
			})
		})
	}
}
