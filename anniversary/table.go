package anniversary

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

//go:embed builtin.csv
var builtinCSV string

var builtinFacts = sync.OnceValues(func() ([]Fact, error) {
	return ReadCSV(strings.NewReader(builtinCSV))
})

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
