package feeds_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout-bot/readout/feeds"
)

// FuzzParse feeds arbitrary bytes through the path Fetch uses after the
// network (charset decoding, gofeed, item normalization) and checks the
// invariants every caller relies on.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte(`<?xml version="1.0" encoding="Shift_JIS"?><rss><channel><item><title>&amp;amp;</title><link>../x</link></item></channel></rss>`), "text/xml; charset=Shift_JIS")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id></entry><entry><id>a</id><title>b</title></entry></feed>`), "")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","url":"javascript:x"}]}`), "application/json")
	f.Add([]byte("\xff\xfe<\x00r\x00s\x00s\x00>\x00"), "")

	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		title, items, ttl, err := feeds.ParseDocument(data, contentType, "https://mfa.example.gov/rss/feed.xml", "fuzz")
		if err != nil {
			if len(items) != 0 || title != "" {
				t.Fatalf("error %v with %d items and title %q", err, len(items), title)
			}
			return
		}
		if ttl < 0 {
			t.Errorf("ttl = %v, want >= 0", ttl)
		}
		if !utf8.ValidString(title) {
			t.Errorf("feed title %q is not UTF-8", title)
		}
		keys := map[string]bool{}
		for i, it := range items {
			if it.FeedID != "fuzz" {
				t.Errorf("item %d: FeedID = %q", i, it.FeedID)
			}
			if len(it.Key) != 64 || len(it.Hash) != 64 {
				t.Errorf("item %d: Key %q, Hash %q, want 64 hex digits each", i, it.Key, it.Hash)
			}
			if keys[it.Key] {
				t.Errorf("item %d: duplicate Key %s", i, it.Key)
			}
			keys[it.Key] = true
			if it.Link != "" && !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Errorf("item %d: Link %q is not http(s)", i, it.Link)
			}
			for _, s := range []string{it.Title, it.Content, it.Summary, it.GUID, it.Link} {
				if !utf8.ValidString(s) {
					t.Errorf("item %d: %q is not UTF-8", i, s)
				}
			}
			if it.Title != strings.Join(strings.Fields(it.Title), " ") {
				t.Errorf("item %d: Title %q is not trimmed and collapsed", i, it.Title)
			}
			if it.Title == "" && it.Link == "" && it.Content == "" {
				t.Errorf("item %d: empty item kept", i)
			}
		}
		// Cut into runs of items, as large documents are, the document
		// gives the same items.
		rTitle, rItems, rTTL, _, rErr := feeds.ParseDocumentInRuns(data, contentType, "https://mfa.example.gov/rss/feed.xml", "fuzz", 1)
		if rErr != nil || rTitle != title || rTTL != ttl || !reflect.DeepEqual(rItems, items) {
			t.Errorf("in runs: title %q, ttl %v, %d items, err %v; whole: %q, %v, %d items", rTitle, rTTL, len(rItems), rErr, title, ttl, len(items))
		}
		// Parsing is deterministic: the same bytes give the same keys.
		_, again, _, err := feeds.ParseDocument(data, contentType, "https://mfa.example.gov/rss/feed.xml", "fuzz")
		if err != nil || len(again) != len(items) {
			t.Fatalf("second parse: %d items, err %v; want %d items", len(again), err, len(items))
		}
		for i := range items {
			if again[i].Key != items[i].Key || again[i].Hash != items[i].Hash {
				t.Errorf("item %d: key or hash changed between two parses", i)
			}
		}
	})
}
