package feeds_test

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/testmain"
	"github.com/readout-bot/readout/readout"
)

// chunkCases are documents written to test the cut into runs of items:
// what the header declares (namespaces, xml:base, entities) must reach the
// items of every run, and what sits between and after the items must read
// as in the whole document.
var chunkCases = []struct {
	name, doc string
	split     bool // whether the document is cut into runs
}{
	{"rss2 namespaces, CDATA and a ttl after the items", `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Ministry &amp; Press</title><link>https://mfa.example.gov/</link>
<item><title>Minister meets counterpart</title><link>/press/1</link><dc:creator>Press Office</dc:creator>
<pubDate>Mon, 02 Mar 2026 09:00:00 +0900</pubDate>
<content:encoded><![CDATA[<p>The two ministers <b>met</b> in Tokyo &amp; agreed.</p>]]></content:encoded></item>
<item><title><![CDATA[Call with the <Foreign> Secretary]]></title><guid isPermaLink="false">call-2</guid>
<description>A call &#8212; about trade.</description></item>
<!-- a comment between items -->
<item><title>Joint statement</title><link>https://mfa.example.gov/press/3#top</link></item>
<item><title>Joint statement</title><link>https://mfa.example.gov/press/3#top</link></item>
<item><title>Visit</title><guid>call-2</guid><description>Another text under a reused GUID.</description></item>
<ttl>45</ttl>
</channel></rss>`, true},
	{"rss 0.91 items at the root", `<rss version="0.91"><channel><title>Old</title></channel>
<item><title>One</title><link>http://old.example.gov/1</link></item>
<item><title>Two</title><link>http://old.example.gov/2</link></item>
<item><title>Three</title><link>http://old.example.gov/3</link></item></rss>`, true},
	{"rss 1.0 items beside the channel", `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://kantei.example.jp/"><title>Kantei</title><link>https://kantei.example.jp/</link>
<items><rdf:Seq><rdf:li rdf:resource="https://kantei.example.jp/a"/><rdf:li rdf:resource="https://kantei.example.jp/b"/></rdf:Seq></items></channel>
<item rdf:about="https://kantei.example.jp/a"><title>Summit meeting</title><link>https://kantei.example.jp/a</link><dc:date>2026-03-02T10:00:00+09:00</dc:date></item>
<item rdf:about="https://kantei.example.jp/b"><title>Telephone talk</title><link>https://kantei.example.jp/b</link><dc:date>2026-03-03T10:00:00+09:00</dc:date></item>
<item rdf:about="https://kantei.example.jp/c"><title>Courtesy call</title><link>https://kantei.example.jp/c</link></item>
</rdf:RDF>`, true},
	{"atom with xml:base and a default namespace", `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.gov.example.uk/government/">
<title type="html">No 10 &lt;news&gt;</title><id>tag:gov,2026:feed</id>
<entry><id>tag:gov,2026:1</id><title>PM call with Chancellor</title><link href="news/pm-call"/><updated>2026-03-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;The Prime Minister spoke&lt;/p&gt;</content></entry>
<entry><id>tag:gov,2026:2</id><title>PM meeting</title><link rel="alternate" href="news/pm-meeting"/><published>2026-03-01T10:00:00Z</published><updated>2026-03-02T11:00:00Z</updated><summary>Met.</summary></entry>
<entry><id>tag:gov,2026:3</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Readout <em>of</em> talks</div></title></entry>
</feed>`, true},
	{"items under two parents", `<rss><channel><title>t</title><item><title>a</title></item></channel><item><title>b</title></item></rss>`, false},
	{"mismatched tags", `<rss><channel><title>t</title><item><title>a</item><item><title>b</title></item></channel></rss>`, false},
	// Latin-1 bytes (é is one byte, \xe9): the cut is made in the UTF-8
	// the document is converted to, so every item keeps its accents.
	{"iso-8859-1 declared", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Minist\xe8re</title>" +
		"<item><title>Entretien \xe0 Paris</title><link>https://mfa.example.gov/1</link></item>" +
		"<item><title>Appel t\xe9l\xe9phonique</title><link>https://mfa.example.gov/2</link></item>" +
		"<item><title>D\xe9placement \xe0 Dakar</title><link>https://mfa.example.gov/3</link></item></channel></rss>", true},
	{"json feed", `{"version":"https://jsonfeed.org/version/1.1","title":"j","items":[{"id":"1","url":"https://x.example/1"},{"id":"2","url":"https://x.example/2"}]}`, false},
}

// TestParseInRunsMatchesWholeParse parses every document both ways, whole
// and cut into runs of items as large documents are, and wants the same
// title, ttl, items (every field, in order) or error.
func TestParseInRunsMatchesWholeParse(t *testing.T) {
	type doc struct {
		name  string
		data  []byte
		split bool
	}
	var docs []doc
	for _, c := range chunkCases {
		docs = append(docs, doc{c.name, []byte(c.doc), c.split})
	}
	fixtures, _ := filepath.Glob("testdata/*.*")
	for _, p := range fixtures {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{p, b, !strings.HasSuffix(p, ".json") && !strings.HasSuffix(p, ".opml")})
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			for _, runBytes := range []int{1, 200, 4096} {
				runs := compareRuns(t, d.data, runBytes)
				if d.split && runs < 2 && runBytes == 1 {
					t.Errorf("runs of 1 byte: %d runs, want one per item", runs)
				}
				if !d.split && runs != 0 {
					t.Errorf("parsed in %d runs, want whole", runs)
				}
			}
		})
	}
}

// TestParseInRunsMatchesWholeParseCorpus does the same for gofeed's own
// test documents (many of them edge cases), when the corpus is present.
// Both parses are pure: under -race it compares 100 of the 441 documents
// (testmain.Sample), and .ci/run compares every one without -race.
func TestParseInRunsMatchesWholeParseCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	var paths []string
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".xml") {
			paths = append(paths, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sample := testmain.Sample(paths, 100)
	var split int
	for _, path := range sample {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(corpusDir, path)
		t.Run(rel, func(t *testing.T) {
			if compareRuns(t, data, 1) > 0 {
				split++
			}
		})
	}
	t.Logf("%d of %d documents were cut into runs of items", split, len(sample))
	// 209 of the 441 documents are cut; fewer than 50 (or than a sample's
	// share of 50) would make the comparison prove little.
	if least := 50 * len(sample) / max(len(paths), 1); split < least {
		t.Errorf("only %d of %d documents were cut into runs: the comparison proves little", split, len(sample))
	}
}

// compareRuns parses data whole and in runs of runBytes and reports a
// difference; it returns the number of runs.
func compareRuns(t *testing.T, data []byte, runBytes int) int {
	t.Helper()
	const base, id = "https://mfa.example.gov/rss/feed.xml", "f"
	wTitle, wItems, wTTL, wErr := feeds.ParseDocumentWhole(data, "", base, id)
	gTitle, gItems, gTTL, runs, gErr := feeds.ParseDocumentInRuns(data, "", base, id, runBytes)
	if fmt.Sprint(wErr) != fmt.Sprint(gErr) {
		t.Fatalf("runs of %d bytes: error %v, whole parse %v", runBytes, gErr, wErr)
	}
	if gTitle != wTitle || gTTL != wTTL {
		t.Errorf("runs of %d bytes: title %q ttl %v, whole parse %q %v", runBytes, gTitle, gTTL, wTitle, wTTL)
	}
	if len(gItems) != len(wItems) {
		t.Fatalf("runs of %d bytes: %d items, whole parse %d", runBytes, len(gItems), len(wItems))
	}
	for i := range wItems {
		if !reflect.DeepEqual(gItems[i], wItems[i]) {
			t.Errorf("runs of %d bytes: item %d\n got %+v\nwant %+v", runBytes, i, gItems[i], wItems[i])
		}
	}
	return runs
}

// longSummary is an item's summary of 3.6 kB, so that a document of over
// 1 MiB holds a few hundred items.
var longSummary = strings.Repeat("The Foreign Secretary spoke to a counterpart about trade. ", 62)

// TestParseInRunsLargeDocument parses a document over the size from which
// runs are used, through the path Fetch uses, and checks that it was cut
// and that every item came out once, in order.
func TestParseInRunsLargeDocument(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>archive</title><ttl>30</ttl>`)
	// 1.1 MB: over the 1 MiB from which a document is read in runs, in 300
	// items of 3.6 kB (10,000 short items cost twice as much to parse as
	// the same megabyte in 300: under -race, 2.5 s of CPU a test).
	const n = 300
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Talk %d</title><guid>g%d</guid><dc:creator>MOFA</dc:creator><pubDate>Mon, 02 Mar 2026 09:00:00 +0900</pubDate><description>%s</description></item>\n", i, i, longSummary)
	}
	b.WriteString(`</channel></rss>`)
	data := []byte(b.String())
	title, items, ttl, runs, err := feeds.ParseDocumentRuns(data, "", "https://mfa.example.gov/", "f")
	if err != nil {
		t.Fatal(err)
	}
	if runs < 2 {
		t.Errorf("a %d-byte document parsed in %d runs", len(data), runs)
	}
	if title != "archive" || ttl.Minutes() != 30 || len(items) != n {
		t.Fatalf("title %q, ttl %v, %d items; want archive, 30m, %d", title, ttl, len(items), n)
	}
	for i, it := range items {
		if want := fmt.Sprint("Talk ", i); it.Title != want || it.GUID != fmt.Sprint("g", i) {
			t.Fatalf("item %d is %q (%s), want %q", i, it.Title, it.GUID, want)
		}
	}
	_, whole, _, err := feeds.ParseDocumentWhole(data, "", "https://mfa.example.gov/", "f")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(items, whole) {
		t.Errorf("the items differ from the whole parse's")
	}
}

// TestStreamGivesTheItemsOfFetch fetches a large document both ways over
// loopback: Stream gives it a run at a time, and the runs hold Fetch's
// items, in order.
func TestStreamGivesTheItemsOfFetch(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.gov.example.uk/"><title>archive</title><id>tag:a</id>`)
	const n = 300 // 1.1 MB: over the 1 MiB from which a document is read in runs
	for i := range n {
		fmt.Fprintf(&b, "<entry><id>tag:a:%d</id><title>Call %d</title><link href=\"news/%d\"/><updated>2026-03-02T10:00:00Z</updated><summary>%s</summary></entry>\n", i, i, i, longSummary)
	}
	b.WriteString(`</feed>`)
	body := b.String()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(body)) }))
	defer srv.Close()
	f := newFetcher(feeds.Options{})
	feed := readout.Feed{ID: "archive", URL: srv.URL}
	whole, err := f.Fetch(t.Context(), feed, readout.FeedState{})
	if err != nil {
		t.Fatal(err)
	}
	streamed, err := f.Stream(t.Context(), feed, readout.FeedState{})
	if err != nil {
		t.Fatal(err)
	}
	if streamed.Runs == nil || streamed.Items != nil || streamed.Count != n || streamed.Title != "archive" {
		t.Fatalf("Stream of %d bytes: runs %v, %d items, count %d, title %q", len(body), streamed.Runs != nil, len(streamed.Items), streamed.Count, streamed.Title)
	}
	var got []readout.Item
	runs := 0
	for run, err := range streamed.Runs {
		if err != nil {
			t.Fatal(err)
		}
		runs++
		got = append(got, run...)
	}
	if runs < 2 || len(whole.Items) != n || !reflect.DeepEqual(got, whole.Items) {
		t.Errorf("%d runs gave %d items, Fetch %d (want %d, the same)", runs, len(got), len(whole.Items), n)
	}
}
