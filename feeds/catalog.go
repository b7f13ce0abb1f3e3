package feeds

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/readout-bot/readout/readout"
)

// Entry is one publisher of the built-in catalog: the source and what is
// known about it.
type Entry struct {
	readout.Feed
	Evidence Evidence
	// Default sources are polled unless the configuration says otherwise:
	// those seen working in 2026 that publish in English (the parser reads
	// English). The others are turned on by ID or country in builtin_feeds.
	Default bool
}

// Evidence says where a catalog entry comes from and how sure we are.
type Evidence struct {
	// Status is one of: "probed" (a recorded live check), "seen" (the
	// publisher's own page or file was read), "reported" (a later lookup
	// reports it working, without a probe record), "config" (an
	// in-use scraper configuration), "unverified" (one or two configs, or
	// configs that disagree).
	Status string
	// LastSeen is the month (YYYY-MM) the source was last seen working;
	// "" when never.
	LastSeen string
	// Source names the record: notes/sources.md, or DiplomaticPulse's
	// ES/config/init_indices/urlconfig.json (github.com/qcri/DiplomaticPulse,
	// BSD-3-Clause, commit f36d15b of 2022-03-06) for most list selectors,
	// translated here from XPath to CSS.
	Source string
	// Note is what an operator should know (blocks, encodings, doubts).
	Note string
}

// Sources of evidence, cited by the entries below.
const (
	srcNotes = "notes/sources.md"
	srcDP    = "DiplomaticPulse urlconfig.json (f36d15b, 2022-03-06)"
)

// Catalog returns the feeds polled by default (see Entry.Default). The
// slice is a fresh copy: callers may change it.
func Catalog() []readout.Feed {
	var out []readout.Feed
	for _, e := range catalog {
		if e.Default {
			out = append(out, e.feed())
		}
	}
	return out
}

// CatalogEntries returns every publisher of the catalog, on by default or
// not, in catalog order. The slice is a fresh copy.
func CatalogEntries() []Entry {
	out := make([]Entry, len(catalog))
	for i, e := range catalog {
		out[i] = e
		out[i].Feed = e.feed()
	}
	return out
}

// CatalogFeed returns the built-in source with the given ID, on by default
// or not.
func CatalogFeed(id string) (readout.Feed, bool) {
	for _, e := range catalog {
		if e.ID == id {
			return e.feed(), true
		}
	}
	return readout.Feed{}, false
}

// feed returns a copy of the entry's feed that shares nothing with it.
func (e Entry) feed() readout.Feed {
	f := e.Feed
	if f.Listing != nil {
		l := *f.Listing
		f.Listing = &l
	}
	return f
}

// SelectCatalog returns the built-in sources a builtin_feeds list asks
// for: the default ones, plus every entry named by ID or by country code
// (case-insensitive; "EU" and "UN" name the organisations' entries). "all"
// selects the whole catalog. A name that matches nothing is an error.
func SelectCatalog(names []string) ([]readout.Feed, error) {
	want := map[string]bool{}
	var unknown []string
	all := false
	for _, n := range names {
		n = strings.TrimSpace(n)
		if strings.EqualFold(n, "all") {
			all = true
			continue
		}
		found := false
		for _, e := range catalog {
			if e.ID == n || strings.EqualFold(e.Country, n) {
				want[e.ID] = true
				found = true
			}
		}
		if !found {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("builtin_feeds: no built-in source has the ID or country %s (see `readout feeds catalog`)", strings.Join(quoteAll(unknown), ", "))
	}
	var out []readout.Feed
	for _, e := range catalog {
		if all || e.Default || want[e.ID] {
			out = append(out, e.feed())
		}
	}
	return out, nil
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}

// catalogOrder sorts entries by country then ID, for listings.
func catalogOrder(a, b Entry) int {
	return cmp.Or(cmp.Compare(a.Country, b.Country), cmp.Compare(a.ID, b.ID))
}

// SortedCatalog returns CatalogEntries sorted by country, then ID.
func SortedCatalog() []Entry {
	out := CatalogEntries()
	slices.SortStableFunc(out, catalogOrder)
	return out
}
