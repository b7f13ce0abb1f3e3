package storage_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// whiteHouse is the White House corpus of ../shared, absent from a user's
// clone.
const whiteHouse = "../../shared/corpus/whitehouse"

// The White House corpus (150 readouts) costs at most 3,000 bytes of
// database per readout, everything a feed's first poll stores counted:
// the readouts, their indexes and seen marks (a first poll posts nothing
// by default; a delivery leaves the outbox once posted). The figure is
// the pages in use; the file itself is bbolt's allocation, rounded up to a
// power of two while it is small.
func TestWhiteHouseBytesPerReadout(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join(whiteHouse, "*.md"))
	if len(files) == 0 {
		t.Skipf("corpus %s absent", whiteHouse)
	}
	var items []storage.NewItem
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := readout.ParseMarkdown(src)
		if err != nil {
			continue // not a readout the parser takes: not stored either
		}
		r, err := readout.Parse(doc)
		if err != nil {
			continue
		}
		items = append(items, storage.NewItem{Key: doc.URL, Hash: filepath.Base(f), Readout: r})
	}
	path := filepath.Join(t.TempDir(), "wh.db")
	s, err := storage.Open(path, storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// As the pipeline stores a feed's first poll: one batch.
	if _, err := s.Ingest("wh", readout.FeedState{Polled: true}, items); err != nil {
		t.Fatal(err)
	}
	n, err := s.CountReadouts()
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Size()
	if err != nil {
		t.Fatal(err)
	}
	per := st.InUse / int64(n)
	t.Logf("White House corpus: %d readouts, %d bytes in use (%d B per readout), file %d bytes; by bucket: %v", n, st.InUse, per, st.File, st.Buckets)
	if n < 140 {
		t.Fatalf("only %d of %d readouts stored", n, len(files))
	}
	if per > 3000 {
		t.Errorf("%d bytes per stored readout, want at most 3,000", per)
	}
}
