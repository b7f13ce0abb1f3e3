package listing_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/readout-bot/readout/listing"
	"github.com/readout-bot/readout/readout"
)

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		text, layout, want string
	}{
		{"March 30, 2026", "", "2026-03-30"},
		{"Press release – 30 March 2026", "", "2026-03-30"},
		{"Monday, March 30, 2026", "", "2026-03-30"},
		{"Sept. 3rd, 2025", "", "2025-09-03"},
		{"02.04.2026 - Press release", "", "2026-04-02"},
		{"2026-04-02T09:30:00+10:00", "", "2026-04-01"}, // in UTC
		{"2026. 4. 2.", "", "2026-04-02"},
		{"2026年4月2日", "", "2026-04-02"},
		{"04/02/2026", "01/02/2006", "2026-04-02"},
		{"04/02/26", "01/02/06", "2026-04-02"},
		{"Published 30 March 2026", "2 January 2006", "2026-03-30"},
	}
	for _, tt := range tests {
		got, err := listing.ParseDate(tt.text, tt.layout)
		if err != nil {
			t.Errorf("ParseDate(%q, %q): %v", tt.text, tt.layout, err)
			continue
		}
		if s := got.UTC().Format(time.DateOnly); s != tt.want {
			t.Errorf("ParseDate(%q, %q) = %s, want %s", tt.text, tt.layout, s, tt.want)
		}
	}
	for _, bad := range []string{"", "Press releases", "Page 2 of 14", "30 Smarch 2026"} {
		if _, err := listing.ParseDate(bad, ""); !errors.Is(err, listing.ErrNoDate) {
			t.Errorf("ParseDate(%q) error %v, want ErrNoDate", bad, err)
		}
	}
}

func TestParse(t *testing.T) {
	page := read(t, "table-list.html")
	tests := []struct {
		name    string
		spec    readout.ListingSpec
		n       int
		first   listing.Entry
		wantErr error
	}{
		{"row with date cell", readout.ListingSpec{Item: "#adminForm table tbody tr", Link: "a", Date: "td.list-date"}, 4,
			listing.Entry{Title: "Statement on the Summit", Link: "https://dfa.example/dfa-news/dfa-releasesupdate/4410-statement-on-the-summit", DateText: "02.04.2026"}, nil},
		{"link as the item", readout.ListingSpec{Item: "td.list-title > a"}, 4,
			listing.Entry{Title: "Statement on the Summit", Link: "https://dfa.example/dfa-news/dfa-releasesupdate/4410-statement-on-the-summit"}, nil},
		{"markup changed", readout.ListingSpec{Item: "div.news-item", Link: "a"}, 0, listing.Entry{}, listing.ErrNoItems},
		{"blocks without links", readout.ListingSpec{Item: "td.list-date"}, 0, listing.Entry{}, listing.ErrNoItems},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := listing.Parse(page, "https://dfa.example/dfa-news/dfa-releasesupdate", tt.spec)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.n {
				t.Fatalf("%d entries, want %d", len(got), tt.n)
			}
			g := got[0]
			if g.Title != tt.first.Title || g.Link != tt.first.Link || g.DateText != tt.first.DateText {
				t.Errorf("first = %+v, want %+v", g, tt.first)
			}
			if tt.first.DateText != "" && g.Published.Format(time.DateOnly) != "2026-04-02" {
				t.Errorf("first published %s, want 2026-04-02", g.Published)
			}
		})
	}
	if _, err := listing.Parse(page, "https://x.example/", readout.ListingSpec{Item: "li[", Link: "a"}); err == nil {
		t.Errorf("a broken selector was accepted")
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		file, url  string
		wantItem   string
		n          int
		firstTitle string
		firstDate  string
	}{
		{"drupal-news.html", "https://fm.example/minister/media-releases", "ul > li.views-row", 6,
			"Meeting with the Foreign Minister of Viet Nam", "2026-04-03"},
		{"table-list.html", "https://dfa.example/dfa-news/dfa-releasesupdate", "tbody > tr", 4,
			"Statement on the Summit", "2026-04-02"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p, err := listing.Detect(read(t, tt.file), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if p.Spec.Item != tt.wantItem {
				t.Errorf("item selector %q, want %q (spec %+v)", p.Spec.Item, tt.wantItem, p.Spec)
			}
			if len(p.Entries) != tt.n {
				t.Fatalf("%d entries, want %d: %+v", len(p.Entries), tt.n, p.Entries)
			}
			e := p.Entries[0]
			if e.Title != tt.firstTitle || e.Published.UTC().Format(time.DateOnly) != tt.firstDate {
				t.Errorf("first = %q %s, want %q %s (spec %+v)", e.Title, e.Published, tt.firstTitle, tt.firstDate, p.Spec)
			}
			for _, e := range p.Entries {
				if e.Published.IsZero() {
					t.Errorf("entry %q has no date (spec %+v)", e.Title, p.Spec)
				}
			}
		})
	}
	if _, err := listing.Detect(read(t, "advertises-feed.html"), "https://x.example/"); !errors.Is(err, listing.ErrNoList) {
		t.Errorf("Detect on a page without a list: %v, want ErrNoList", err)
	}
}

func TestFeedLinks(t *testing.T) {
	got := listing.FeedLinks(read(t, "advertises-feed.html"), "https://news.example/newsroom/")
	want := []listing.FeedLink{
		{URL: "https://news.example/rss/press.xml", Type: "application/rss+xml", Title: "Press releases"},
		{URL: "https://example.org/atom.xml", Type: "application/atom+xml"},
	}
	if len(got) != len(want) {
		t.Fatalf("FeedLinks = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("FeedLinks[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := listing.FeedLinks(read(t, "table-list.html"), "https://x.example/"); len(got) != 0 {
		t.Errorf("FeedLinks on a page with only a translation link = %+v", got)
	}
}

// An item without its own date takes no other item's date; a date
// heading before a group of items dates them all.
func TestParseDateScope(t *testing.T) {
	page := `<html><body>
<h3 class="day">30 March 2026</h3>
<ul><li><a href="/a">A</a> <time datetime="2026-03-30">30 March</time></li><li><a href="/b">B</a></li></ul>
<h3 class="day">27 March 2026</h3>
<ul><li><a href="/c">C</a></li></ul></body></html>`
	got, err := listing.Parse(page, "https://x.example/", readout.ListingSpec{Item: "li", Date: "time"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Published.IsZero() || !got[1].Published.IsZero() {
		t.Errorf("time inside items: %+v; want only A dated", got)
	}
	got, err = listing.Parse(page, "https://x.example/", readout.ListingSpec{Item: "li", Date: "h3.day"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2026-03-30", "2026-03-30", "2026-03-27"}
	for i, e := range got {
		if e.Published.Format(time.DateOnly) != want[i] {
			t.Errorf("%s dated %s, want %s (the heading before it)", e.Title, e.Published, want[i])
		}
	}
}
