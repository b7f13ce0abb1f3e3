package feeds_test

import (
	"net/url"
	"testing"

	"github.com/readout-bot/readout/feeds"
)

func TestCatalog(t *testing.T) {
	cat := feeds.Catalog()
	want := map[string]string{ // URL -> country
		"https://japan.kantei.go.jp/index-e2.rdf":             "JP",
		"https://www.state.gov/rss-feed/press-releases/feed/": "US",
		"https://www.whitehouse.gov/news/feed/":               "US",
		"https://www.gov.uk/search/news-and-communications.atom?organisations%5B%5D=foreign-commonwealth-development-office":  "GB",
		"https://www.gov.uk/search/news-and-communications.atom?organisations%5B%5D=prime-ministers-office-10-downing-street": "GB",
	}
	ids := map[string]bool{}
	countries := map[string]bool{}
	for _, f := range cat {
		if f.ID == "" || ids[f.ID] {
			t.Errorf("feed %q: empty or duplicate ID", f.ID)
		}
		ids[f.ID] = true
		u, err := url.Parse(f.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			t.Errorf("feed %s: URL %q is not an absolute https URL", f.ID, f.URL)
		}
		if len(f.Country) != 2 || f.Publisher == "" || f.Language == "" {
			t.Errorf("feed %s: Country %q, Publisher %q, Language %q; want all set", f.ID, f.Country, f.Publisher, f.Language)
		}
		countries[f.Country] = true
		if c, ok := want[f.URL]; ok {
			if c != f.Country {
				t.Errorf("feed %s: Country = %q, want %q", f.ID, f.Country, c)
			}
			delete(want, f.URL)
		}
		if got, ok := feeds.CatalogFeed(f.ID); !ok || got != f {
			t.Errorf("CatalogFeed(%q) = %+v, %v; want the catalog entry", f.ID, got, ok)
		}
	}
	for u := range want {
		t.Errorf("catalog lacks %s", u)
	}
	if _, ok := feeds.CatalogFeed("de-aa-en"); !ok {
		t.Errorf("catalog lacks the Auswärtiges Amt's English feed")
	}
	wh, _ := feeds.CatalogFeed("whitehouse-news")
	if wh.FetchArticle {
		t.Errorf("whitehouse-news: FetchArticle = true, want false (full content:encoded)")
	}
	if k, _ := feeds.CatalogFeed("kantei-en"); !k.FetchArticle {
		t.Errorf("kantei-en: FetchArticle = false, want true (teasers only)")
	}
	// Catalog returns a copy.
	cat[0].URL = "https://changed.example/"
	if feeds.Catalog()[0].URL == "https://changed.example/" {
		t.Errorf("Catalog shares its backing array with callers")
	}
	if _, ok := feeds.CatalogFeed("no-such-feed"); ok {
		t.Errorf("CatalogFeed(no-such-feed) found a feed")
	}
}
