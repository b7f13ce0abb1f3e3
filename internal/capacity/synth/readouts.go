package synth

import (
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
)

// Templates parses k distinct synthetic readouts (k >= 1), spread over
// every publisher and counterpart.
func Templates(k int) ([]*readout.Readout, error) {
	out := make([]*readout.Readout, 0, k)
	for t := range max(k, 1) {
		it := NewItem("https://www.mfa.example", t, t/len(Publishers))
		r, err := readout.Parse(readout.Document{
			Title: it.Title, URL: it.Link, Publisher: "Ministry of Foreign Affairs of " + it.Publisher.Short,
			PublisherCountry: it.Publisher.Code, Published: it.Published, Body: it.HTML,
		})
		if err != nil {
			return nil, fmt.Errorf("synth: parse template %d: %w", t, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// Readouts yields n stored readouts for a bulk load, oldest first, one a
// minute from Epoch: copies of the templates in turn, each with its own ID
// and feed. The yielded readouts share the templates' slices; they are
// meant to be encoded at once, not kept.
func Readouts(templates []*readout.Readout, n int) iter.Seq[*readout.Readout] {
	return func(yield func(*readout.Readout) bool) {
		for i := range n {
			r := *templates[i%len(templates)]
			// An odd multiplier is a bijection on uint64: IDs are unique
			// and scattered, like the hashes real IDs are.
			r.ID = fmt.Sprintf("%016x", uint64(i)*0x9E3779B97F4A7C15)
			r.FeedID = "bulk"
			if len(r.Parties) > 0 {
				r.FeedID += "-" + strings.ToLower(r.Parties[0])
			}
			r.Published = Epoch.Add(time.Duration(i) * time.Minute)
			if !yield(&r) {
				return
			}
		}
	}
}
