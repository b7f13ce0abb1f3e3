package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/internal/testmain"
)

func TestReadDir(t *testing.T) {
	facts, skipped, err := readDir(filepath.Join("testdata", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ key, since, source, note string }
	var got []row
	for _, f := range facts {
		got = append(got, row{f.Key(), f.Since.Format(f.Precision), f.Source, f.Note})
	}
	want := []row{
		{"CR-US/diplomatic relations", "1851", "https://history.state.gov/countries/freedonia", "broken 1917-01-17; see the re-established row"},
		{"CR-US/re-established diplomatic relations", "1922-02-10", "https://history.state.gov/countries/freedonia", "after the break of 1917-01-17"},
		{"KH-US/diplomatic relations", "1950-07-11", "https://history.state.gov/countries/ruritania", "broken 1965-05-03 and 1975-04-12; see the re-established row"},
		{"KH-US/re-established diplomatic relations", "1994-05", "https://history.state.gov/countries/ruritania", "after the break of 1975-04-12; earlier breaks 1965-05-03"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	reasons := map[string]string{}
	for _, s := range skipped {
		reasons[s.slug] = s.reason
	}
	for slug, want := range map[string]string{
		"sylvania":      "relations broken in 1980-04-07 and not resumed",
		"grand-fenwick": "no ISO 3166 country is named Grand Fenwick",
	} {
		if reasons[slug] != want {
			t.Errorf("skipped %s: %q, want %q", slug, reasons[slug], want)
		}
	}
}

func TestReadDirErrors(t *testing.T) {
	if _, _, err := readDir(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no articles") {
		t.Errorf("empty dir: %v, want an error saying there are no articles", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.xml"), []byte("<TEI><text>"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readDir(dir); err == nil || !strings.Contains(err.Error(), "bad.xml") {
		t.Errorf("broken XML: %v, want an error naming the file", err)
	}
}

func TestRunWritesReadableTable(t *testing.T) {
	out := filepath.Join(t.TempDir(), "t.csv")
	var stderr bytes.Buffer
	if err := run(filepath.Join("testdata", "articles"), out, nil, &stderr); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	facts, err := anniversary.ReadCSV(f)
	if err != nil {
		t.Fatalf("the written table does not read back: %v", err)
	}
	if len(facts) != 4 {
		t.Errorf("read back %d rows, want 4", len(facts))
	}
	if !strings.Contains(stderr.String(), "skipped sylvania") {
		t.Errorf("stderr does not report the skipped article:\n%s", stderr.String())
	}
}

// TestBuiltinMatchesGuide compares the table's rows generated from the
// Historian's guide with what the tool reads from the guide today: run
// `go generate ./anniversary` when it fails after the guide changed.
// Reading the guide is pure: under -race the rows of 40 of its articles
// are compared (testmain.Sample), and .ci/run runs this package without
// -race over every article, where the table must also hold no row citing
// the guide that the guide does not give.
func TestBuiltinMatchesGuide(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "relations", "us-rdcr", "articles")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the guide is not here (%v)", err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		t.Fatal(err)
	}
	sample := testmain.Sample(paths, 40)
	whole := len(sample) == len(paths)
	want, _, err := readArticles(sample)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]anniversary.Fact{}
	for _, f := range anniversary.Builtin() {
		if strings.HasPrefix(f.Source, "https://history.state.gov/countries/") {
			got[f.Key()] = f
		}
	}
	if least := 150 * len(sample) / len(paths); len(want) < least {
		t.Errorf("%d articles of the guide gave only %d rows, want at least %d", len(sample), len(want), least)
	}
	for _, w := range want {
		g, ok := got[w.Key()]
		if !ok {
			t.Errorf("%s: in the guide, not in the table", w.Key())
			continue
		}
		delete(got, w.Key())
		if g.Since != w.Since || g.Precision != w.Precision || g.Source != w.Source || g.Note != w.Note {
			t.Errorf("%s: table %s %s %q, guide %s %s %q", w.Key(),
				g.Since.Format(g.Precision), g.Source, g.Note, w.Since.Format(w.Precision), w.Source, w.Note)
		}
	}
	if !whole {
		return
	}
	for k, f := range got {
		if f.Subject == subjectEstablished || f.Subject == subjectResumed {
			t.Errorf("%s: in the table citing the guide, not given by the guide", k)
		}
	}
}
