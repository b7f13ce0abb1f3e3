package probe_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/sitefarm"
	"github.com/readout-bot/readout/probe"
	"github.com/readout-bot/readout/readout"
)

func prober() probe.Prober {
	return probe.Prober{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true})}
}

func TestProbeFarm(t *testing.T) {
	farm := sitefarm.New(t)
	farm.ChangeMarkup(true)
	tests := map[string]struct {
		verdict, status, fix string
	}{
		sitefarm.SiteFeed:       {probe.VerdictOK, "200 OK", ""},
		sitefarm.SiteList:       {probe.VerdictOK, "200 OK", ""},
		sitefarm.SiteCookie:     {probe.VerdictOK, "200 OK", ""},
		sitefarm.SiteEUCKR:      {probe.VerdictOK, "200 OK", ""},
		sitefarm.SiteBrowser:    {probe.VerdictBlocked, "403 Forbidden", "user_agent: browser"},
		sitefarm.SiteMarkup:     {probe.VerdictMarkup, "200 OK", "readout feeds add " + farm.ListURL(sitefarm.SiteMarkup)},
		sitefarm.SiteAdvertises: {probe.VerdictNotFeed, "200 OK", "use " + farm.URL(sitefarm.SiteAdvertises) + "/rss.xml"},
	}
	p := prober()
	for _, src := range farm.Sources() {
		site := strings.TrimPrefix(src.ID, "farm-")
		want := tests[site]
		t.Run(site, func(t *testing.T) {
			r := p.Probe(t.Context(), src)
			if r.Verdict != want.verdict || r.Status != want.status || !strings.Contains(r.Fix, want.fix) {
				t.Fatalf("report %+v; want verdict %q, status %q, a fix with %q", r, want.verdict, want.status, want.fix)
			}
			if !r.OK() {
				return
			}
			if r.Items != 7 || r.Newest.Format("2006-01-02") != "2026-04-07" {
				t.Errorf("%d items, newest %s; want 7, 2026-04-07", r.Items, r.Newest)
			}
			if !strings.HasPrefix(r.Readout, "yes") || !strings.Contains(r.Sample, "Viet Nam") {
				t.Errorf("sample %q read as %q; want the Viet Nam meeting with participants", r.Sample, r.Readout)
			}
		})
	}
	// The fix works: the same site as a browser.
	src := farm.Sources()[2]
	src.UserAgent = feeds.UserAgentBrowser
	if r := p.Probe(t.Context(), src); !r.OK() {
		t.Errorf("browser-only site with user_agent browser: %+v", r)
	}
}

func TestDiscoverFarm(t *testing.T) {
	farm := sitefarm.New(t)
	p := prober()
	tests := []struct {
		site, url string
		via       string
		kind      string
		wantURL   string
		ua        string
	}{
		{sitefarm.SiteList, farm.URL(sitefarm.SiteList) + "/", probe.ViaListing, readout.KindListing, farm.URL(sitefarm.SiteList) + "/", ""},
		{sitefarm.SiteAdvertises, farm.URL(sitefarm.SiteAdvertises) + "/", probe.ViaAdvertised, readout.KindFeed, farm.URL(sitefarm.SiteAdvertises) + "/rss.xml", ""},
		{sitefarm.SiteFeed, farm.ListURL(sitefarm.SiteFeed), probe.ViaFeed, readout.KindFeed, farm.ListURL(sitefarm.SiteFeed), ""},
		{sitefarm.SiteBrowser, farm.URL(sitefarm.SiteBrowser) + "/news/", probe.ViaListing, readout.KindListing, farm.URL(sitefarm.SiteBrowser) + "/news/", feeds.UserAgentBrowser},
		{sitefarm.SiteCookie, farm.ListURL(sitefarm.SiteCookie), probe.ViaListing, readout.KindListing, farm.ListURL(sitefarm.SiteCookie), ""},
		{sitefarm.SiteEUCKR, farm.ListURL(sitefarm.SiteEUCKR), probe.ViaListing, readout.KindListing, farm.ListURL(sitefarm.SiteEUCKR), ""},
	}
	for _, tt := range tests {
		t.Run(tt.site, func(t *testing.T) {
			d, err := p.Discover(t.Context(), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if d.Via != tt.via || d.Feed.Kind != tt.kind || d.Feed.URL != tt.wantURL || d.Feed.UserAgent != tt.ua {
				t.Fatalf("found %q %s %s (user agent %q), want %q %s %s (%q); spec %+v", d.Via, d.Feed.Kind, d.Feed.URL, d.Feed.UserAgent, tt.via, tt.kind, tt.wantURL, tt.ua, d.Feed.Listing)
			}
			if tt.site == sitefarm.SiteEUCKR && !strings.HasSuffix(d.Newest[0].Title, "(보도자료)") {
				t.Errorf("EUC-KR title read as %q", d.Newest[0].Title)
			}
			want := farm.Newest(tt.site, 5)
			if len(d.Newest) != 5 || d.Items != 7 {
				t.Fatalf("%d newest of %d items, want 5 of 7", len(d.Newest), d.Items)
			}
			for i, w := range want {
				got := d.Newest[i]
				if !strings.HasPrefix(got.Title, w.Title) || !got.Published.Equal(w.Published.Truncate(24*60*60*1e9)) && !got.Published.Equal(w.Published) {
					t.Errorf("newest[%d] = %q %s, want %q %s", i, got.Title, got.Published, w.Title, w.Published)
				}
			}
		})
	}
}
