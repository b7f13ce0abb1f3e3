package feeds_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/listing"
	"github.com/readout-bot/readout/readout"
)

// servedAt returns the catalog entry id with its host replaced by a
// loopback server that serves files[path] (a testdata/listing file) at
// each path, and records the user agents it saw.
func servedAt(t *testing.T, id string, files map[string]string) (readout.Feed, *[]string) {
	t.Helper()
	f, ok := feeds.CatalogFeed(id)
	if !ok {
		t.Fatalf("catalog has no %s", id)
	}
	var (
		mu  sync.Mutex
		uas []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		uas = append(uas, r.UserAgent())
		mu.Unlock()
		name, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join("testdata", "listing", name))
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(f.URL)
	s, _ := url.Parse(srv.URL)
	u.Scheme, u.Host = s.Scheme, s.Host
	f.URL = u.String()
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, ua := range uas {
			if f.UserAgent != "" && ua != feeds.ResolveUserAgent(f.UserAgent) {
				t.Errorf("%s: request with user agent %q, want the source's %q", id, ua, f.UserAgent)
			}
		}
	})
	return f, &uas
}

func TestCatalogFixtures(t *testing.T) {
	type item struct {
		title, path, date string
	}
	tests := []struct {
		id        string
		files     map[string]string
		want      []item // the list, in page order
		read      int    // the item whose page is fetched
		parties   []string
		kind      string
		principal string // "" when the parser is not held to naming one
	}{
		{
			id: "jp-mofa",
			files: map[string]string{
				"/press/release/index.html":        "mofa-press-en.html",
				"/s_sa/sea1/kh/page3e_001901.html": "mofa-item-en.html",
			},
			want: []item{
				{"Japan-Cambodia Summit Meeting", "/s_sa/sea1/kh/page3e_001901.html", "2026-03-30"},
				{"Emergency Grant Aid for Flood Relief in the Pacific", "/press/release/pressite_000001_01502.html", "2026-03-30"},
				{"Japan-Germany Foreign Ministers' Telephone Talk", "/erp/c_see/de/page1e_000911.html", "2026-03-27"},
				{"Statement by the Press Secretary on the Election in a Partner Country", "/press/release/pressite_000001_01499.html", "2026-03-27"},
				{"Japan-U.S. Vice-Ministerial Dialogue", "https://www.mofa.go.jp/na/na1/us/page4e_001602.html", "2026-03-27"},
				{"Visit to Japan by the Foreign Minister of a Pacific Island Country", "/press/release/pressite_000001_01495.html", "2026-03-25"},
			},
			read:      0,
			parties:   []string{"JP", "KH"},
			kind:      "summit meeting",
			principal: "Manet",
		},
		{
			id: "kh-mfaic",
			files: map[string]string{
				"/Media/News": "mfaic-news.html",
				"/posts/2026-04-01-News-Deputy-Prime-Minister-receives-courtesy-call-by-Ambassador-of-Japan": "mfaic-item.html",
			},
			want: []item{
				{"Cambodia and Japan Hold Policy Dialogue in Phnom Penh", "/posts/2026-04-02-News-Cambodia-and-Japan-hold-policy-dialogue-in-Phnom-Penh", "2026-04-02"},
				{"Deputy Prime Minister Receives a Courtesy Call by the Ambassador of Japan", "/posts/2026-04-01-News-Deputy-Prime-Minister-receives-courtesy-call-by-Ambassador-of-Japan", "2026-04-01"},
				{"Cambodia and Lao PDR Convene the Joint Border Commission", "/posts/2026-03-28-News-Cambodia-Lao-joint-border-commission", "2026-03-28"},
			},
			read:      1,
			parties:   []string{"KH", "JP"},
			kind:      "courtesy call",
			principal: "Prak Sokhonn",
		},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			f, _ := servedAt(t, tt.id, tt.files)
			if !f.IsListing() || !f.FetchArticle {
				t.Fatalf("%s: Kind %q, FetchArticle %v; want a listing whose pages are fetched", tt.id, f.Kind, f.FetchArticle)
			}
			fe := feeds.NewFetcher(feeds.Options{AllowPrivate: true})
			res, err := fe.Fetch(context.Background(), f, readout.FeedState{})
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			base, _ := url.Parse(f.URL)
			if len(res.Items) != len(tt.want) {
				t.Fatalf("%d items, want %d: %+v", len(res.Items), len(tt.want), res.Items)
			}
			for i, w := range tt.want {
				got := res.Items[i]
				link := w.path
				if strings.HasPrefix(link, "/") {
					link = base.Scheme + "://" + base.Host + link
				}
				if got.Title != w.title || got.Link != link || got.Published.Format(time.DateOnly) != w.date {
					t.Errorf("item %d = %q %s %s, want %q %s %s", i, got.Title, got.Link, got.Published.Format(time.DateOnly), w.title, link, w.date)
				}
				if got.Key != feeds.ItemKey("", link, "", "") || got.Content != "" {
					t.Errorf("item %d: key %s (want the link's), content %q (want none: the page is fetched)", i, got.Key, got.Content)
				}
			}
			if res.BodyHash == "" {
				t.Errorf("no BodyHash: an unchanged list would be parsed again")
			}

			it := res.Items[tt.read]
			if !feeds.IsTeaser(it) {
				t.Fatalf("a list item is not taken for a teaser, so its page would not be fetched")
			}
			page, final, err := fe.FetchArticle(context.Background(), it.Link)
			if err != nil {
				t.Fatalf("FetchArticle: %v", err)
			}
			r, err := readout.Parse(readout.Document{Title: it.Title, URL: final, Publisher: f.Publisher, PublisherCountry: f.Country, Published: it.Published, Body: page})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for _, c := range tt.parties {
				if !r.HasParty(c) {
					t.Errorf("parties %v lack %s", r.Parties, c)
				}
			}
			if r.Meeting.Kind != tt.kind {
				t.Errorf("meeting kind %q, want %q", r.Meeting.Kind, tt.kind)
			}
			if tt.principal != "" && !slices.ContainsFunc(r.Participants, func(p readout.Participant) bool {
				return strings.Contains(strings.ToLower(p.Name), strings.ToLower(tt.principal))
			}) {
				t.Errorf("participants %+v lack %s", r.Participants, tt.principal)
			}
		})
	}
}

// TestCatalogCoverage holds the catalog to its promise: at least 40
// publishers covering the G20, ASEAN, the EU and the UN, each with
// evidence; on-by-default ones seen working in 2026, in English; every
// listing's selectors valid CSS.
func TestCatalogCoverage(t *testing.T) {
	all := feeds.CatalogEntries()
	if len(all) < 40 {
		t.Errorf("catalog has %d publishers, want at least 40", len(all))
	}
	need := []string{
		// G20 members (the EU below)
		"AR", "AU", "BR", "CA", "CN", "DE", "FR", "GB", "ID", "IN", "IT", "JP", "KR", "MX", "RU", "SA", "TR", "US", "ZA",
		// ASEAN
		"BN", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN",
		"EU", "UN",
	}
	have := map[string]bool{}
	ids := map[string]bool{}
	for _, e := range all {
		have[e.Country] = true
		if ids[e.ID] {
			t.Errorf("duplicate ID %s", e.ID)
		}
		ids[e.ID] = true
		ev := e.Evidence
		if ev.Status == "" || (ev.Source == "" && ev.Note == "") {
			t.Errorf("%s: evidence %+v lacks a status or a source", e.ID, ev)
		}
		if ev.LastSeen != "" {
			_, err1 := time.Parse("2006-01", ev.LastSeen)
			_, err2 := time.Parse("2006", ev.LastSeen)
			if err1 != nil && err2 != nil {
				t.Errorf("%s: LastSeen %q is not YYYY-MM or YYYY", e.ID, ev.LastSeen)
			}
		}
		if e.Default && (!strings.HasPrefix(ev.LastSeen, "2026") || e.Language != "en" || (ev.Status != "probed" && ev.Status != "seen")) {
			t.Errorf("%s is on by default without recent evidence in English: %+v, %s", e.ID, ev, e.Language)
		}
		if e.IsListing() {
			if e.Listing == nil {
				t.Errorf("%s: listing without selectors", e.ID)
			} else if err := listing.Validate(*e.Listing); err != nil {
				t.Errorf("%s: %v", e.ID, err)
			}
		}
		if u, err := url.Parse(e.URL); err != nil || u.Host == "" {
			t.Errorf("%s: URL %q", e.ID, e.URL)
		}
	}
	for _, c := range need {
		if !have[c] {
			t.Errorf("no publisher for %s", c)
		}
	}
	for _, id := range []string{"jp-mofa", "kh-mfaic"} {
		if !ids[id] {
			t.Errorf("catalog lacks %s", id)
		}
	}
}

func TestSelectCatalog(t *testing.T) {
	ids := func(fs []readout.Feed) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.ID)
		}
		return out
	}
	def := ids(feeds.Catalog())
	tests := []struct {
		names   []string
		has     []string
		hasNot  []string
		n       int
		wantErr string
	}{
		{names: nil, has: def, hasNot: []string{"jp-mofa"}, n: len(def)},
		{names: []string{"jp-mofa", "kh-mfaic"}, has: append([]string{"jp-mofa", "kh-mfaic"}, def...), n: len(def) + 2},
		{names: []string{"kr"}, has: []string{"kr-mofa-ko", "kr-mofa-en", "kantei-en"}, hasNot: []string{"jp-mofa"}},
		{names: []string{"all"}, n: len(feeds.CatalogEntries())},
		{names: []string{"jp-mofa", "atlantis"}, wantErr: `"atlantis"`},
	}
	for _, tt := range tests {
		got, err := feeds.SelectCatalog(tt.names)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("SelectCatalog(%v) error %v, want one naming %s", tt.names, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("SelectCatalog(%v): %v", tt.names, err)
		}
		g := ids(got)
		for _, id := range tt.has {
			if !slices.Contains(g, id) {
				t.Errorf("SelectCatalog(%v) = %v, lacks %s", tt.names, g, id)
			}
		}
		for _, id := range tt.hasNot {
			if slices.Contains(g, id) {
				t.Errorf("SelectCatalog(%v) = %v, has %s", tt.names, g, id)
			}
		}
		if tt.n > 0 && len(g) != tt.n {
			t.Errorf("SelectCatalog(%v) = %d sources, want %d", tt.names, len(g), tt.n)
		}
	}
}
