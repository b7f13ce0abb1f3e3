package feeds_test

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

func TestOPMLRoundTrip(t *testing.T) {
	list := []readout.Feed{
		{ID: "kantei-en", URL: "https://japan.kantei.go.jp/index-e2.rdf", Publisher: "Prime Minister's Office of Japan",
			Country: "JP", Language: "en", Schedule: "@every 10m", FetchArticle: true},
		{ID: "test-mofa", URL: "https://example.org/press?lang=en&kind=readout", Publisher: "Ministry of \"Foreign\" Affairs & <Cooperation>", Country: "KH"},
		{ID: "bare", URL: "https://example.net/feed.xml"},
	}
	var buf bytes.Buffer
	if err := feeds.WriteOPML(&buf, "readout feeds", list, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`<opml version="2.0">`, "<title>readout feeds</title>", "<dateCreated>Mon, 02 Mar 2026 09:00:00 +0000</dateCreated>", `type="rss"`, `xmlUrl="https://japan.kantei.go.jp/index-e2.rdf"`} {
		if !strings.Contains(out, want) {
			t.Errorf("OPML lacks %q:\n%s", want, out)
		}
	}
	got, err := feeds.ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// A feed without a publisher is written with its ID as text, and comes
	// back with it as publisher.
	want := append([]readout.Feed(nil), list...)
	want[2].Publisher = "bare"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestReadOPMLFromAReader(t *testing.T) {
	f, err := os.Open("testdata/ministries.opml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := feeds.ReadOPML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []readout.Feed{
		{ID: "mofa-go-jp-press", URL: "https://www.mofa.go.jp/rss/press.xml", Publisher: "MOFA Japan: Press releases"},
		{ID: "mfaic-gov-kh-feed", URL: "https://www.mfaic.gov.kh/feed/", Publisher: "Ministry of Foreign Affairs and International Cooperation of Cambodia", Language: "km"},
		{ID: "mofa-go-jp-press", URL: "HTTPS://WWW.MOFA.GO.JP/rss/press.xml?utm_source=reader#top", Publisher: "MOFA Japan again"},
		{ID: "aa-en", URL: "https://www.auswaertiges-amt.de/en/rss", Publisher: "Auswärtiges Amt", Country: "DE", Schedule: "@every 15m", FetchArticle: true},
		{ID: "mirror-example-org-feed", URL: "ftp://mirror.example.org/feed.xml", Publisher: "FTP mirror"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadOPML:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestReadOPMLErrors(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"not xml", "feeds: yes", "read opml"},
		{"no feeds", `<opml version="2.0"><head/><body><outline text="empty"/></body></opml>`, "no outline has an xmlUrl"},
		{"latin-1", `<?xml version="1.0" encoding="ISO-8859-1"?><opml version="1.0"><body/></opml>`, "unsupported encoding"},
	}
	for _, tt := range tests {
		_, err := feeds.ReadOPML(strings.NewReader(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
}

func TestMergeImport(t *testing.T) {
	existing := []readout.Feed{
		{ID: "kantei-en", URL: "https://japan.kantei.go.jp/index-e2.rdf"},
		{ID: "mofa-go-jp-press", URL: "https://example.com/other.xml"},
	}
	incoming := []readout.Feed{
		{ID: "kantei-copy", URL: "HTTPS://japan.kantei.go.jp:443/index-e2.rdf/?utm_medium=rss"}, // same URL as kantei-en
		{ID: "mofa-go-jp-press", URL: "https://www.mofa.go.jp/rss/press.xml"},                   // ID taken
		{ID: "mofa-again", URL: "https://www.mofa.go.jp/rss/press.xml#frag"},                    // duplicate within the file
		{ID: "Bad ID!", URL: "https://www.mfaic.gov.kh/feed/"},                                  // invalid ID
		{ID: "ftp", URL: "ftp://mirror.example.org/feed.xml"},                                   // not http
	}
	add, skipped := feeds.MergeImport(existing, incoming)
	var gotAdd []string
	for _, f := range add {
		gotAdd = append(gotAdd, f.ID+" "+f.URL)
	}
	wantAdd := []string{"mofa-go-jp-press-2 https://www.mofa.go.jp/rss/press.xml", "mfaic-gov-kh-feed https://www.mfaic.gov.kh/feed/"}
	if !reflect.DeepEqual(gotAdd, wantAdd) {
		t.Errorf("added: got %q, want %q", gotAdd, wantAdd)
	}
	var gotSkip []string
	for _, s := range skipped {
		gotSkip = append(gotSkip, s.Feed.ID+": "+s.Reason)
	}
	wantSkip := []string{
		"kantei-copy: duplicate of feed kantei-en (same URL)",
		"mofa-again: duplicate of feed mofa-go-jp-press-2 (same URL)",
		"ftp: not an http(s) URL",
	}
	if !reflect.DeepEqual(gotSkip, wantSkip) {
		t.Errorf("skipped: got %q, want %q", gotSkip, wantSkip)
	}
}

func TestFeedIDFromURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.mofa.go.jp/rss/press.xml", "mofa-go-jp-press"},
		{"https://www.state.gov/feed/", "state-gov-feed"},
		{"https://example.org", "example-org"},
		{"not a url", "feed"},
		{"https://" + strings.Repeat("long", 20) + ".example/feed", strings.Repeat("long", 15)},
	}
	for _, tt := range tests {
		if got := feeds.FeedIDFromURL(tt.url); got != tt.want {
			t.Errorf("FeedIDFromURL(%q): got %q, want %q", tt.url, got, tt.want)
		}
	}
}

// A listing source goes out as a readout-listing outline with its
// selectors, and comes back the same.
func TestOPMLListingRoundTrip(t *testing.T) {
	in := []readout.Feed{
		{ID: "kh-mfaic", URL: "https://www.mfaic.gov.kh/Media/News", Publisher: "MFAIC", Country: "KH", Language: "en",
			Kind: readout.KindListing, FetchArticle: true, UserAgent: "browser",
			Listing: &readout.ListingSpec{Item: "main a:has(h6)", Title: "p", Date: "h6", DateLayout: "02 January 2006"}},
		{ID: "kantei-en", URL: "https://japan.kantei.go.jp/index-e2.rdf", Publisher: "Kantei", Country: "JP", Language: "en", FetchArticle: true},
	}
	var b strings.Builder
	if err := feeds.WriteOPML(&b, "t", in, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `type="readout-listing"`) || !strings.Contains(b.String(), `readoutItem="main a:has(h6)"`) {
		t.Fatalf("listing outline missing:\n%s", b.String())
	}
	out, err := feeds.ReadOPML(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 {
		t.Fatalf("read %d sources, want 2", len(out))
	}
	got := out[0]
	if got.ID != "kh-mfaic" || !got.IsListing() || got.URL != in[0].URL || got.UserAgent != "browser" || got.Listing == nil || *got.Listing != *in[0].Listing {
		t.Errorf("listing came back as %+v (%+v)", got, got.Listing)
	}
	if out[1].IsListing() || out[1].URL != in[1].URL {
		t.Errorf("feed came back as %+v", out[1])
	}
}
