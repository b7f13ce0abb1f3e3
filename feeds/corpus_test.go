package feeds_test

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/testmain"
	"github.com/readout-bot/readout/readout"
)

// corpusDir holds gofeed's own parser test documents (MIT), beside the
// repository.
const corpusDir = "../../shared/corpus/feeds/gofeed"

// TestCorpus serves every document of gofeed's test corpus over loopback
// and fetches it: no panic, no hang, and every document gofeed parses gives
// its items. Under -race it fetches 100 of them (testmain.Sample): each
// fetch is the same loopback exchange, and the parses are pure; .ci/run
// fetches every document without -race.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	var files []string
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".xml") || strings.HasSuffix(path, ".json")) {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 400 {
		t.Fatalf("found %d corpus files, want about 449", len(files))
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(corpusDir)))
	defer srv.Close()
	f := newFetcher(feeds.Options{Timeout: 10 * time.Second})

	var parsed, fetched, items int
	for _, path := range testmain.Sample(files, 100) {
		rel, _ := filepath.Rel(corpusDir, path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, gofeedErr := gofeed.NewParser().Parse(bytes.NewReader(data))
		res, err := f.Fetch(t.Context(), readout.Feed{ID: "corpus", URL: srv.URL + "/" + filepath.ToSlash(rel)}, readout.FeedState{})
		if gofeedErr != nil {
			continue // a document gofeed refuses may fail here too
		}
		parsed++
		if err != nil {
			t.Errorf("%s: gofeed parses it, Fetch failed: %v", rel, err)
			continue
		}
		fetched++
		items += len(res.Items)
		if n := usable(want.Items); len(res.Items) != n {
			t.Errorf("%s: got %d items, want %d (gofeed: %d)", rel, len(res.Items), n, len(want.Items))
		}
	}
	t.Logf("%d files, %d parsed by gofeed, %d fetched, %d items", len(files), parsed, fetched, items)
}

// usable counts the gofeed items that carry anything a readout could come
// from: a title, a link (a permalink GUID counts) or a body.
func usable(items []*gofeed.Item) int {
	n := 0
	for _, it := range items {
		permalink := ""
		if strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://") {
			permalink = it.GUID
		}
		if strings.TrimSpace(it.Title+it.Link+strings.Join(it.Links, "")+it.Content+it.Description+permalink) != "" {
			n++
		}
	}
	return n
}
