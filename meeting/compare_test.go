package meeting

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/internal/testmain"
	"github.com/readout-bot/readout/readout"
)

func TestCompare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		// Each side's readout has these and the other's lacks them.
		termsA, termsB         []string
		countriesA, countriesB []string
		pledgesA, pledgesB     int
		headingsA              []string
	}{
		{
			a: "cn-us-call.fmprc.md", b: "cn-us-call.wh.md",
			termsA: []string{"North Korea", "Ukraine", "sanctions"}, termsB: []string{"South China Sea", "rule of law"},
			countriesA: []string{"TW", "UA"}, countriesB: []string{"RU"},
		},
		{
			a: "jp-kh-summit.mofa.md", b: "jp-kh-summit.mfaic.md",
			termsA: []string{"South China Sea", "abductions"}, termsB: []string{"tourism", "agriculture"},
			countriesA: []string{"MM", "KP"}, pledgesA: 1,
		},
		{
			a: "us-jp-call.wh.md", b: "us-jp-call.mofa.md",
			termsA: []string{"Taiwan"}, termsB: []string{"East China Sea"}, countriesB: []string{"CN", "KP"},
		},
		{
			a: "asean-jp.mfaic.md", b: "asean-jp.mofa.md",
			termsA: []string{"climate"}, termsB: []string{"connectivity"}, pledgesB: 1,
		},
		{
			a: "ph-jp-call.pco.md", b: "ph-jp-call.mofa.md",
			termsB: []string{"development assistance"}, pledgesB: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			ra, rb := load(t, tt.a), load(t, tt.b)
			c := Compare(ra, rb)
			has := func(what string, got, want []string) {
				t.Helper()
				for _, w := range want {
					if !slices.Contains(got, w) {
						t.Errorf("%s: %q missing from %q", what, w, got)
					}
				}
			}
			has("A's terms", c.A.Terms, tt.termsA)
			has("B's terms", c.B.Terms, tt.termsB)
			has("A's countries", c.A.Countries, tt.countriesA)
			has("B's countries", c.B.Countries, tt.countriesB)
			has("A's headings", c.A.Headings, tt.headingsA)
			if len(c.A.Pledges) != tt.pledgesA || len(c.B.Pledges) != tt.pledgesB {
				t.Errorf("pledges only on one side: %d and %d, want %d and %d", len(c.A.Pledges), len(c.B.Pledges), tt.pledgesA, tt.pledgesB)
			}
			// Set differences: nothing listed for one side is on the other.
			bTerms := termsOf(textOf(rb))
			for _, x := range c.A.Terms {
				if slices.Contains(bTerms, x) {
					t.Errorf("term %q listed for A only but B names it", x)
				}
			}
			for _, x := range append(slices.Clone(c.A.Countries), c.B.Countries...) {
				if ra.HasParty(x) || rb.HasParty(x) {
					t.Errorf("side %s listed as a country mentioned", x)
				}
			}
			if c.A.Title != ra.Title || c.B.Title != rb.Title || c.A.Kind != ra.Meeting.Kind {
				t.Errorf("naming: %q/%q %q", c.A.Title, c.B.Title, c.A.Kind)
			}
			if len(c.A.Principals) == 0 || len(c.B.Principals) == 0 {
				t.Errorf("principals as each side names them: %q and %q", c.A.Principals, c.B.Principals)
			}
			// Symmetric.
			r := Compare(rb, ra)
			if !slices.Equal(r.A.Terms, c.B.Terms) || !slices.Equal(r.B.Countries, c.A.Countries) {
				t.Errorf("Compare(b, a) is not Compare(a, b) swapped")
			}
		})
	}
}

func TestCompareSame(t *testing.T) {
	r := load(t, "gb-jp-call.mofa.md")
	if c := Compare(r, r); !c.Empty() {
		t.Errorf("a readout compared with itself differs: %+v", c)
	}
}

func TestCompareAnniversariesAndHeadings(t *testing.T) {
	a := &readout.Readout{Title: "A", Parties: []string{"JP", "KH"},
		Sections:      []readout.Section{{Heading: "Opening remarks"}, {Heading: "Demining", Text: "Japan supports demining."}, {Heading: "Economic relations", Text: "Trade grew."}},
		Anniversaries: []readout.Anniversary{{Ordinal: 70, Subject: "diplomatic relations", Year: 2023}}}
	b := &readout.Readout{Title: "B", Parties: []string{"KH", "JP"},
		Sections:      []readout.Section{{Heading: "Economy and trade", Text: "Economic ties."}},
		Anniversaries: []readout.Anniversary{{Ordinal: 30, Subject: "Mekong-Japan cooperation", Year: 2023}}}
	c := Compare(a, b)
	if !slices.Equal(c.A.Headings, []string{"Demining"}) {
		t.Errorf("A's own headings = %q, want [Demining]", c.A.Headings)
	}
	if len(c.A.Anniversaries) != 1 || c.A.Anniversaries[0].Ordinal != 70 || len(c.B.Anniversaries) != 1 || c.B.Anniversaries[0].Ordinal != 30 {
		t.Errorf("anniversaries: %+v / %+v", c.A.Anniversaries, c.B.Anniversaries)
	}
}

// termsOf runs a topic's expression only on a text holding one of the
// strings needed derives from it: on every fixture's text, on texts whose
// letters only case-insensitive matching takes (the long s, the Kelvin
// sign), and on texts naming each topic, the topics found are those the
// expressions alone find.
func TestTermsOfNeeds(t *testing.T) {
	t.Parallel()
	texts := []string{
		"", "diſaster relief", "the Sen\u212Aaku Islands", "DE-MINING and Landmines", "space policy",
		"the Security Council", "said Taiwan's", "ODA loans", "exchanges of people", "GAZA",
	}
	for _, tp := range topics {
		if tp.need == nil {
			t.Errorf("%s: no needed strings found in %s: it runs on every text", tp.term, tp.re)
		}
		texts = append(texts, "Both sides discussed "+tp.term+".", strings.ToUpper(tp.term))
	}
	files, err := filepath.Glob("testdata/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("fixtures: %v, %v", files, err)
	}
	// A pure comparison: under -race, 8 of the fixtures (testmain.Sample);
	// .ci/run runs every one without.
	for _, f := range testmain.Sample(files, 8) {
		texts = append(texts, textOf(load(t, filepath.Base(f))))
	}
	found := 0
	for _, text := range texts {
		var want []string
		for _, tp := range topics {
			if tp.re.MatchString(text) {
				want = append(want, tp.term)
			}
		}
		found += len(want)
		want = append(want, country.FindOrgs(text)...)
		if got := termsOf(text); !slices.Equal(got, want) {
			t.Errorf("termsOf(%.80q) = %q, want %q", text, got, want)
		}
	}
	if found < 2*len(topics) {
		t.Errorf("the texts name only %d topics in all: the test proves little", found)
	}
}
