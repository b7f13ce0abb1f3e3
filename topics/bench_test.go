package topics_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/topics"
)

// benchReadout is a readout of about 8,000 characters in ten sections,
// the size of a long summit readout.
func benchReadout() *readout.Readout {
	para := "The two leaders reviewed bilateral relations and exchanged views on regional affairs, " +
		"including cooperation in the Mekong region, people-to-people exchanges and the situation in Myanmar. "
	r := &readout.Readout{Title: "Japan-Cambodia Summit Meeting", Lead: strings.Repeat(para, 2)}
	for i := range 10 {
		text := strings.Repeat(para, 4)
		if i == 9 {
			text += "They agreed to cooperate on rare earths processing."
		}
		r.Sections = append(r.Sections, readout.Section{Heading: "Bilateral relations", Text: text})
	}
	return r
}

// BenchmarkMatch is the routing cost of one readout for one filtered
// subscription: indexing its text, then matching three topics and a
// keyword, with one exclusion.
func BenchmarkMatch(b *testing.B) {
	r := benchReadout()
	f, err := topics.Compile([]string{"security", "energy", "health", `"rare earths"`}, []string{"economy"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := f.Match(topics.Of(r)); !res.OK {
			b.Fatal("no match")
		}
	}
}

// BenchmarkMatchIndexed is one more filter on a readout already indexed,
// as for each further subscription of a poll.
func BenchmarkMatchIndexed(b *testing.B) {
	text := topics.Of(benchReadout())
	f, err := topics.Compile([]string{"security", "energy", "health", `"rare earths"`}, []string{"economy"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := f.Match(text); !res.OK {
			b.Fatal("no match")
		}
	}
}
