package capacity

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/readout-bot/readout/internal/capacity/synth"
)

func TestQuantile(t *testing.T) {
	ds := []time.Duration{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	tests := []struct {
		q    float64
		want time.Duration
	}{{0.5, 5}, {0.99, 10}, {0.1, 1}, {0, 1}, {1, 10}}
	for _, tt := range tests {
		if got := quantile(ds, tt.q); got != tt.want {
			t.Errorf("quantile(%v): got %v, want %v", tt.q, got, tt.want)
		}
	}
	if got := quantile(nil, 0.5); got != 0 {
		t.Errorf("quantile of nothing: got %v, want 0", got)
	}
}

func TestCountOver(t *testing.T) {
	ds := []time.Duration{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	for _, tt := range []struct {
		limit time.Duration
		want  int
	}{{0, 10}, {5, 5}, {9, 1}, {10, 0}} {
		if got := countOver(ds, tt.limit); got != tt.want {
			t.Errorf("countOver(%v): got %d, want %d", tt.limit, got, tt.want)
		}
	}
	if got := countOver(nil, 1); got != 0 {
		t.Errorf("countOver of nothing: got %d, want 0", got)
	}
}

func TestModelQuantile(t *testing.T) {
	const s = 60 * time.Second
	tests := []struct {
		name    string
		samples []time.Duration
		q       float64
		want    time.Duration
	}{
		// No processing time: the wait alone, uniform over the interval.
		{"wait only p50", []time.Duration{0}, 0.5, 30 * time.Second},
		{"wait only p99", []time.Duration{0}, 0.99, 59400 * time.Millisecond},
		// A constant processing time shifts the distribution.
		{"constant 10s p99", []time.Duration{10 * time.Second}, 0.99, 69400 * time.Millisecond},
		// Half the items take 0s, half 60s: the median sits at the seam.
		{"two modes p50", []time.Duration{0, 60 * time.Second}, 0.5, 60 * time.Second},
		{"two modes p25", []time.Duration{0, 60 * time.Second}, 0.25, 30 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := modelQuantile(tt.samples, s, tt.q)
			if d := got - tt.want; d < -time.Millisecond || d > time.Millisecond {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFarmConditionalGET serves, publishes and answers conditional
// requests the same in this process and from the child process
// readout-bench runs (this test binary, through TestMain).
func TestFarmConditionalGET(t *testing.T) {
	for _, tt := range []struct {
		name  string
		start func(feeds, items int) (FeedFarm, error)
	}{
		{"in process", func(feeds, items int) (FeedFarm, error) { return StartFarm(feeds, items) }},
		{"child process", func(feeds, items int) (FeedFarm, error) { return StartFarmProcess(feeds, items) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.start(3, 4)
			if err != nil {
				t.Fatal(err)
			}
			defer func() {
				if err := f.Close(); err != nil {
					t.Error(err)
				}
			}()
			testFarm(t, f)
		})
	}
}

func testFarm(t *testing.T, f FeedFarm) {
	get := func(etag string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, f.URL(1), nil)
		if err != nil {
			t.Fatal(err)
		}
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(resp.Body)
		return resp, buf.Bytes()
	}
	resp, body := get("")
	etag := resp.Header.Get("ETag")
	if resp.StatusCode != http.StatusOK || etag == "" {
		t.Fatalf("first GET: got %s with ETag %q, want 200 with an ETag", resp.Status, etag)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 4 {
		t.Fatalf("items: got %d, want 4", len(feed.Items))
	}
	if resp, _ := get(etag); resp.StatusCode != http.StatusNotModified {
		t.Fatalf("unchanged: got %s, want 304", resp.Status)
	}
	at := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	it := f.Publish(1, at)
	resp, body = get(etag)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("ETag") == etag {
		t.Fatalf("after publish: got %s, ETag %q; want 200 and a new ETag", resp.Status, resp.Header.Get("ETag"))
	}
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 4 || feed.Items[0].GUID != it.GUID || !feed.Items[0].PublishedParsed.Equal(at) {
		t.Errorf("newest item: got %q at %v, want %q at %v (and 4 items, got %d)",
			feed.Items[0].GUID, feed.Items[0].PublishedParsed, it.GUID, at, len(feed.Items))
	}
	inProc, ok := f.(*Farm)
	if !ok {
		return
	}
	if got, ok := inProc.PublishedAt(1, it.N); !ok || !got.Equal(at) {
		t.Errorf("PublishedAt: got %v, %v; want %v", got, ok, at)
	}
	req, notMod := inProc.Counts()
	if req != 3 || notMod != 1 {
		t.Errorf("counts: got %d requests, %d not modified; want 3, 1", req, notMod)
	}
}

func TestSynthDocument(t *testing.T) {
	doc := synth.Feed{Base: "https://www.mofa.example", Feed: 2, First: 0, Last: 29}.Document()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 30 {
		t.Fatalf("items: got %d, want 30", len(feed.Items))
	}
	for _, it := range feed.Items {
		if n := len(it.Content); n < 4000 || n > 6000 {
			t.Errorf("%s: content:encoded of %d bytes, want about 5 KB", it.GUID, n)
		}
		if !strings.Contains(it.Content, "<h3>2. Bilateral relations</h3>") {
			t.Errorf("%s: no numbered sections", it.GUID)
		}
	}
	if a, b := string(doc), string(synth.Feed{Base: "https://www.mofa.example", Feed: 2, First: 0, Last: 29}.Document()); a != b {
		t.Errorf("Document is not deterministic")
	}
}

func TestTemplatesParse(t *testing.T) {
	tpl, err := synth.Templates(20)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range tpl {
		pub, other := synth.Publisher(i).Code, synth.Counterpart(i, i/len(synth.Publishers)).Code
		if !r.HasParty(pub) || !r.HasParty(other) {
			t.Errorf("template %d (%s): parties %v, want %s and %s", i, r.Title, r.Parties, pub, other)
		}
		if len(r.Sections) < 5 {
			t.Errorf("template %d: %d sections, want at least 5", i, len(r.Sections))
		}
	}
	n := 0
	ids := map[string]bool{}
	for r := range synth.Readouts(tpl, 500) {
		ids[r.ID] = true
		n++
	}
	if n != 500 || len(ids) != 500 {
		t.Errorf("Readouts: got %d readouts with %d distinct IDs, want 500 and 500", n, len(ids))
	}
}
