package anniversary

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// BuiltinErr is Builtin without the panic: the built-in table, or why it
// does not read (a malformed row, a key given twice).
func BuiltinErr() ([]Fact, error) {
	facts, err := builtinFacts()
	if err != nil {
		return nil, err
	}
	return slices.Clone(facts), nil
}

// Count is how many rows share a value.
type Count struct {
	Value string
	Rows  int
}

// Summary describes a table: its rows by precision, by source host and by
// party, most rows first.
type Summary struct {
	Rows        int
	ByPrecision []Count // "day", "month", "year"
	BySource    []Count // a page's host, or "readout" or "user"
	ByParty     []Count // a country or organisation code
}

// Check validates facts as a table: each fact valid (Validate), each
// country code one that known accepts, each source present, no key twice.
// It returns every problem found, not only the first.
func Check(facts []Fact, known func(code string) bool) []error {
	var errs []error
	seen := map[string]bool{}
	for _, f := range facts {
		if err := f.Validate(); err != nil {
			errs = append(errs, err)
		}
		for _, p := range f.Parties {
			if IsCountryCode(p) && known != nil && !known(p) {
				errs = append(errs, fmt.Errorf("anniversary: fact %s: %q is not an assigned ISO 3166-1 code", f.Key(), p))
			}
		}
		if strings.TrimSpace(f.Source) == "" {
			errs = append(errs, fmt.Errorf("anniversary: fact %s: no source", f.Key()))
		}
		if seen[f.Key()] {
			errs = append(errs, fmt.Errorf("anniversary: fact %s: given twice", f.Key()))
		}
		seen[f.Key()] = true
	}
	return errs
}

// Summarize counts facts by precision, source and party.
func Summarize(facts []Fact) Summary {
	prec, src, party := map[string]int{}, map[string]int{}, map[string]int{}
	for _, f := range facts {
		prec[f.Precision.String()]++
		src[sourceKind(f.Source)]++
		for _, p := range f.Parties {
			party[p]++
		}
	}
	return Summary{Rows: len(facts), ByPrecision: counts(prec), BySource: counts(src), ByParty: counts(party)}
}

func sourceKind(s string) string {
	if host := pageHost(s); host != "" {
		return host
	}
	kind, _, _ := strings.Cut(s, ":")
	return kind
}

func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for v, n := range m {
		out = append(out, Count{v, n})
	}
	slices.SortFunc(out, func(a, b Count) int { return cmp.Or(cmp.Compare(b.Rows, a.Rows), cmp.Compare(a.Value, b.Value)) })
	return out
}

// Target is a size the table should reach: at least Rows rows, at least
// DayPrecise of them known to the day.
type Target struct {
	Rows       int
	DayPrecise int
}

// IssueTarget is the size issue 18 asks of the built-in table.
var IssueTarget = Target{Rows: 600, DayPrecise: 400}

// Met reports whether s reaches t on both counts.
func (t Target) Met(s Summary) bool {
	return s.Rows >= t.Rows && Of(s.ByPrecision, Day.String()) >= t.DayPrecise
}

// Report is one line saying how s stands against t, each count marked PASS
// or MISS: "target: rows 480 of 600 MISS, day-precise 457 of 400 PASS".
func (t Target) Report(s Summary) string {
	mark := func(have, want int) string {
		if have >= want {
			return "PASS"
		}
		return "MISS"
	}
	day := Of(s.ByPrecision, Day.String())
	return fmt.Sprintf("target: rows %d of %d %s, day-precise %d of %d %s",
		s.Rows, t.Rows, mark(s.Rows, t.Rows), day, t.DayPrecise, mark(day, t.DayPrecise))
}

// Of returns the rows counted for value (0 when none).
func Of(cs []Count, value string) int {
	for _, c := range cs {
		if c.Value == value {
			return c.Rows
		}
	}
	return 0
}
