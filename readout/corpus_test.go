package readout

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/readout-bot/readout/country"
)

const corpusDir = "../../shared/corpus/whitehouse"

// corpusReadout is a readout of corpusDir as ParseMarkdown and Parse read
// it; mdErr or parseErr when they failed (doc and r are then unset).
type corpusReadout struct {
	file            string
	doc             Document
	r               *Readout
	mdErr, parseErr error
}

// whiteHouse returns corpusDir's readouts, parsed once for the tests that
// check them (which only read them); none when the corpus is absent.
func whiteHouse(t *testing.T) []corpusReadout {
	t.Helper()
	all, err := whiteHouseOnce()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

var whiteHouseOnce = sync.OnceValues(func() ([]corpusReadout, error) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	var all []corpusReadout
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		c := corpusReadout{file: f}
		if c.doc, c.mdErr = ParseMarkdown(src); c.mdErr == nil {
			c.r, c.parseErr = Parse(c.doc)
		}
		all = append(all, c)
	}
	return all, nil
})

// titleCountryRE finds the country a White House title names after "of":
// "… Prime Minister Kishida of Japan", "… of the Republic of Korea".
var titleCountryRE = regexp.MustCompile(`\bof (?:the )?([A-Z][\p{L}'’-]*(?: (?:of|the|and|[A-Z][\p{L}'’-]*))*)\s*$`)

// TestCorpusParties checks, over the White House readouts whose title
// names a country, that the country and US are both parties.
func TestCorpusParties(t *testing.T) {
	t.Parallel()
	corpus := whiteHouse(t)
	if len(corpus) == 0 {
		t.Skipf("corpus %s absent", corpusDir)
	}
	total, ok := 0, 0
	for _, c := range corpus {
		f := c.file
		if c.mdErr != nil {
			t.Fatalf("%s: %v", f, c.mdErr)
		}
		want := titleCountries(c.doc.Title)
		if len(want) == 0 {
			continue
		}
		total++
		if c.parseErr != nil {
			t.Fatalf("%s: %v", f, c.parseErr)
		}
		r := c.r
		missing := []string{}
		for _, c := range append([]string{"US"}, want...) {
			if !r.HasParty(c) {
				missing = append(missing, c)
			}
		}
		if len(missing) == 0 {
			ok++
		} else {
			t.Logf("%s: parties %v, missing %v", filepath.Base(f), r.Parties, missing)
		}
	}
	rate := float64(ok) / float64(total)
	t.Logf("corpus parties: %d/%d readouts naming a country have it and US as parties (%.1f%%)", ok, total, 100*rate)
	if total < 20 {
		t.Fatalf("got %d readouts whose title names a country, want at least 20", total)
	}
	if rate < 0.95 {
		t.Errorf("got party rate %.3f, want >= 0.95", rate)
	}
}

// titleCountries returns the countries a title names in its "… of X"
// phrases (independently of the parser's own title handling).
func titleCountries(title string) []string {
	var out []string
	for _, part := range regexp.MustCompile(`,| and `).Split(title, -1) {
		m := titleCountryRE.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			continue
		}
		if c, ok := country.Lookup(m[1]); ok {
			out = append(out, c.Code)
		}
	}
	return out
}
