package anniversary

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ../cmd/rdcr-table -o us_rdcr.csv ../../shared/corpus/relations/us-rdcr/articles

// builtinCSV is the table compiled by hand from the ministries' and other
// public pages; usRDCR is generated from the U.S. Office of the
// Historian's guide by cmd/rdcr-table.
var (
	//go:embed builtin.csv
	builtinCSV string
	//go:embed us_rdcr.csv
	usRDCRCSV string
)

var builtinFacts = sync.OnceValues(func() ([]Fact, error) {
	return readTables(map[string]string{"builtin.csv": builtinCSV, "us_rdcr.csv": usRDCRCSV})
})

// readTables reads several tables as one: a key may appear in only one of
// them.
func readTables(tables map[string]string) ([]Fact, error) {
	names := slices.Sorted(maps.Keys(tables))
	var all []Fact
	from := map[string]string{}
	for _, name := range names {
		facts, err := ReadCSV(strings.NewReader(tables[name]))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, f := range facts {
			if prev, dup := from[f.Key()]; dup {
				return nil, fmt.Errorf("anniversary: %s: %s is also in %s", name, f.Key(), prev)
			}
			from[f.Key()] = name
		}
		all = append(all, facts...)
	}
	return all, nil
}

// Builtin returns the built-in table: bilateral and organisation
// anniversaries of Japan, the United States, the United Kingdom, Germany,
// the ASEAN members, China, South Korea, India and ASEAN itself, each row
// citing the public page that states its date. The caller owns the returned
// slice. It panics if the embedded table is malformed, which the package
// tests rule out.
func Builtin() []Fact {
	facts, err := builtinFacts()
	if err != nil {
		panic(err)
	}
	out := make([]Fact, len(facts))
	for i, f := range facts {
		f.Parties = slices.Clone(f.Parties)
		out[i] = f
	}
	return out
}

var csvHeader = []string{"parties", "subject", "since", "source", "note"}

// ReadCSV reads facts in the format of the built-in table: a header row
// "parties,subject,since,source,note", then one fact per row with parties
// joined by "-" ("JP-KH", "ASEAN-JP") and since as "YYYY[-MM[-DD]]". Lines
// starting with "#" are comments. Every fact is validated; the first bad row
// is reported with its line number, and so is a key that appears twice.
func ReadCSV(r io.Reader) ([]Fact, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = len(csvHeader)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("anniversary: read table header: %w", err)
	}
	if !slices.Equal(header, csvHeader) {
		return nil, fmt.Errorf("anniversary: read table: header %q, want %q", header, csvHeader)
	}
	var facts []Fact
	seen := make(map[string]int)
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return facts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("anniversary: read table: %w", err)
		}
		line, _ := cr.FieldPos(0)
		since, prec, err := ParseDate(rec[2])
		if err != nil {
			return nil, fmt.Errorf("anniversary: read table line %d: %w", line, err)
		}
		f := Fact{
			Parties:   strings.Split(rec[0], "-"),
			Subject:   rec[1],
			Since:     since,
			Precision: prec,
			Source:    rec[3],
			Note:      rec[4],
		}
		if err := f.Validate(); err != nil {
			return nil, fmt.Errorf("anniversary: read table line %d: %w", line, err)
		}
		if prev, dup := seen[f.Key()]; dup {
			return nil, fmt.Errorf("anniversary: read table line %d: %s already on line %d", line, f.Key(), prev)
		}
		seen[f.Key()] = line
		facts = append(facts, f)
	}
}

// WriteCSV writes facts in the format ReadCSV reads: the header row, then
// one row per fact in the given order.
func WriteCSV(w io.Writer, facts []Fact) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("anniversary: write table: %w", err)
	}
	for _, f := range facts {
		rec := []string{strings.Join(f.Parties, "-"), f.Subject, f.Since.Format(f.Precision), f.Source, f.Note}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("anniversary: write table: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("anniversary: write table: %w", err)
	}
	return nil
}
