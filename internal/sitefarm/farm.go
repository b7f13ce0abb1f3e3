// Package sitefarm serves, on 127.0.0.1, the kinds of ministry sites the
// listing sources and `readout feeds add|probe` must cope with: a working
// feed, an HTML-only press-release list, a site that refuses non-browser
// user agents, a cookie gate (a 307 to itself that sets a cookie), a list
// in EUC-KR, a list whose markup changes, and a page that advertises its
// feed. Each site is its own server, so each is its own host. The text is
// ours, in the shape of real readouts. Tests only.
package sitefarm

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"golang.org/x/text/encoding/korean"
)

// Release is one press release of a site.
type Release struct {
	Slug      string
	Title     string
	Published time.Time
	// Guest is the visiting minister and GuestCountry the country's long
	// name; the readout names Japan's minister and the guest.
	Guest, GuestCountry string
}

// Site names, as used by Sources and Farm.URL.
const (
	SiteFeed       = "feed"
	SiteList       = "list"
	SiteBrowser    = "browser-only"
	SiteCookie     = "cookie-gate"
	SiteEUCKR      = "euc-kr"
	SiteMarkup     = "markup"
	SiteAdvertises = "advertises"
)

// Sites lists every site of the farm.
var Sites = []string{SiteFeed, SiteList, SiteBrowser, SiteCookie, SiteEUCKR, SiteMarkup, SiteAdvertises}

// Farm is the set of sites.
type Farm struct {
	servers map[string]*httptest.Server

	mu       sync.Mutex
	releases map[string][]Release
	changed  bool           // the markup site's new template
	lists    map[string]int // full (200) list or feed responses per site
	pages    map[string]int // item page requests per site
	agents   map[string][]string
}

// day is the farm's calendar: releases of early April 2026.
func day(d int) time.Time { return time.Date(2026, 4, d, 9, 0, 0, 0, time.UTC) }

// baseReleases are every site's releases, newest first except the first,
// an older notice pinned to the top of the list.
func baseReleases() []Release {
	return []Release{
		{"notice-visa-rules", "Notice on Visa Rules", day(1).AddDate(0, 0, -20), "", ""},
		{"fmm-viet-nam", "Foreign Ministers' Meeting with Viet Nam", day(7), "H.E. Mr. Le Van Minh", "the Socialist Republic of Viet Nam"},
		{"fmm-cambodia", "Foreign Ministers' Meeting with Cambodia", day(6), "H.E. Mr. Prak Sokhonn", "the Kingdom of Cambodia"},
		{"fmm-laos", "Foreign Ministers' Meeting with Laos", day(5), "H.E. Mr. Thongsavanh Phomvihane", "the Lao People's Democratic Republic"},
		{"fmm-thailand", "Foreign Ministers' Meeting with Thailand", day(4), "H.E. Mr. Somchai Rattanakul", "the Kingdom of Thailand"},
		{"fmm-philippines", "Foreign Ministers' Meeting with the Philippines", day(3), "H.E. Ms. Maria Santos", "the Republic of the Philippines"},
		{"fmm-malaysia", "Foreign Ministers' Meeting with Malaysia", day(2), "H.E. Dato' Seri Ahmad Hassan", "Malaysia"},
	}
}

// New starts every site; they stop when the test ends.
func New(tb testing.TB) *Farm {
	tb.Helper()
	f := &Farm{servers: map[string]*httptest.Server{}, releases: map[string][]Release{},
		lists: map[string]int{}, pages: map[string]int{}, agents: map[string][]string{}}
	for _, s := range Sites {
		f.releases[s] = baseReleases()
		srv := httptest.NewServer(f.handler(s))
		tb.Cleanup(srv.Close)
		f.servers[s] = srv
	}
	return f
}

// URL is a site's root URL, "http://127.0.0.1:PORT".
func (f *Farm) URL(site string) string { return f.servers[site].URL }

// ListURL is the address of a site's list (or feed).
func (f *Farm) ListURL(site string) string {
	switch site {
	case SiteFeed:
		return f.URL(site) + "/feed.xml"
	case SiteCookie:
		return f.URL(site) + "/brd/m_1/list.do"
	case SiteAdvertises, SiteList:
		return f.URL(site) + "/"
	}
	return f.URL(site) + "/news/"
}

// Add publishes a release on a site, at the top of its list.
func (f *Farm) Add(site string, r Release) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.releases[site] = append([]Release{r}, f.releases[site]...)
}

// ChangeMarkup gives the markup site its new template (true) or its old
// one back (false).
func (f *Farm) ChangeMarkup(changed bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.changed = changed
}

// ListResponses is how many full (200) list or feed responses a site sent.
func (f *Farm) ListResponses(site string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.lists[site]
}

// PageRequests is how many item pages a site was asked for.
func (f *Farm) PageRequests(site string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pages[site]
}

// Agents are the user agents a site saw, in order.
func (f *Farm) Agents(site string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.agents[site]...)
}

// Newest returns a site's n newest dated releases, newest first.
func (f *Farm) Newest(site string, n int) []Release {
	f.mu.Lock()
	rs := append([]Release(nil), f.releases[site]...)
	f.mu.Unlock()
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Published.After(rs[j-1].Published); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	return rs[:min(n, len(rs))]
}

// Spec is the listing spec an operator would have written for a list
// site, in its (old) markup.
func Spec(site string) readout.ListingSpec {
	switch site {
	case SiteCookie:
		return readout.ListingSpec{Item: "div.board_list tbody tr", Link: "td.title a", Date: "td.date", DateLayout: "2006-01-02"}
	case SiteEUCKR:
		return readout.ListingSpec{Item: "ul.bbs_list > li", Link: "a", Date: "span.date", DateLayout: "2006.01.02"}
	}
	return readout.ListingSpec{Item: "li.views-row", Link: "h3 a", Date: "time"}
}

// Sources are the farm's sites as an operator would have configured them
// before anything changed: the browser-only site without a user agent of
// its own, the advertising page taken for a feed.
func (f *Farm) Sources() []readout.Feed {
	var out []readout.Feed
	for _, s := range Sites {
		src := readout.Feed{ID: "farm-" + s, URL: f.ListURL(s), Publisher: "Farm " + s, Country: "JP", Language: "en", FetchArticle: true}
		switch s {
		case SiteFeed, SiteAdvertises:
			src.Kind = readout.KindFeed
		default:
			spec := Spec(s)
			src.Kind, src.Listing = readout.KindListing, &spec
		}
		out = append(out, src)
	}
	return out
}

func (f *Farm) handler(site string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.agents[site] = append(f.agents[site], r.UserAgent())
		rs := append([]Release(nil), f.releases[site]...)
		changed := f.changed
		f.mu.Unlock()

		switch site {
		case SiteBrowser:
			if ua := strings.ToLower(r.UserAgent()); !strings.HasPrefix(ua, "mozilla/") || strings.Contains(ua, "bot") {
				w.Header().Set("Content-Type", "text/html")
				w.WriteHeader(http.StatusForbidden)
				fmt.Fprint(w, "<html><body><h1>Request Rejected</h1><p>The requested URL was rejected.</p></body></html>")
				return
			}
		case SiteCookie:
			if c, err := r.Cookie("TMOSHCooKie"); err != nil || c.Value != "ok" {
				http.SetCookie(w, &http.Cookie{Name: "TMOSHCooKie", Value: "ok", Path: "/"})
				http.Redirect(w, r, r.URL.RequestURI(), http.StatusTemporaryRedirect)
				return
			}
		}
		if strings.HasPrefix(r.URL.Path, "/news/") && r.URL.Path != "/news/" || strings.HasPrefix(r.URL.Path, "/brd/m_1/view.do") {
			f.item(w, r, site, rs)
			return
		}
		if r.URL.Path != strings.TrimPrefix(f.ListURL(site), f.URL(site)) && !(site == SiteAdvertises && r.URL.Path == "/rss.xml") {
			http.NotFound(w, r)
			return
		}
		f.mu.Lock()
		f.lists[site]++
		f.mu.Unlock()
		switch {
		case site == SiteFeed || site == SiteAdvertises && r.URL.Path == "/rss.xml":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprint(w, rss(f.URL(site), rs))
		case site == SiteAdvertises:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom | Farm Ministry</title>
<link rel="alternate" type="application/rss+xml" title="Press releases" href="/rss.xml"></head>
<body><header><a href="/">Farm Ministry</a></header><main><h1>Newsroom</h1><p>Our press releases are in the feed.</p></main></body></html>`)
		case site == SiteCookie:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, boardList(rs))
		case site == SiteEUCKR:
			w.Header().Set("Content-Type", "text/html")
			b, err := korean.EUCKR.NewEncoder().String(eucList(rs))
			if err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
			fmt.Fprint(w, b)
		case site == SiteMarkup && changed:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, cardList(rs))
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, drupalList(rs))
		}
	})
}

// item serves one release's page.
func (f *Farm) item(w http.ResponseWriter, r *http.Request, site string, rs []Release) {
	slug := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/news/"), ".html")
	if site == SiteCookie {
		slug = r.URL.Query().Get("seq")
	}
	f.mu.Lock()
	f.pages[site]++
	f.mu.Unlock()
	for _, rel := range rs {
		if rel.Slug == slug {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page(rel))
			return
		}
	}
	http.NotFound(w, r)
}

// link is a release's address on a site.
func link(site string, r Release) string {
	if site == SiteCookie {
		return "/brd/m_1/view.do?seq=" + r.Slug
	}
	return "/news/" + r.Slug + ".html"
}

// page is a release in the shape of a foreign ministry's readout.
func page(r Release) string {
	e := html.EscapeString
	var body string
	if r.Guest == "" {
		body = "<p>The Ministry informs travellers that the rules for short-term visas are unchanged. Details are on the consular pages.</p>"
	} else {
		body = fmt.Sprintf(`<p>On %s, commencing at 10:00 a.m. for approximately 50 minutes, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a meeting with %s, Minister of Foreign Affairs of %s, who is visiting Japan. The overview of the meeting is as follows.</p>
<p>1. Minister Sato welcomed the Minister and said that Japan attaches importance to the relations between the two countries.</p>
<p>2. The two ministers agreed to strengthen cooperation in trade, energy and maritime security, and to keep in close contact.</p>`,
			r.Published.Format("January 2"), e(r.Guest), e(r.GuestCountry))
	}
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
<body><header><a href="/">Farm Ministry</a></header><main><article><h1>%s</h1><p class="date">%s</p>
%s
</article></main><footer>Farm Ministry</footer></body></html>`, e(r.Title), e(r.Title), r.Published.Format("January 2, 2006"), body)
}

func rss(base string, rs []Release) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Farm Ministry press releases</title><link>` + base + `/</link><description>Press releases</description>`)
	for _, r := range rs {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s%s</link><guid>%s%s</guid><pubDate>%s</pubDate><description>%s</description></item>",
			html.EscapeString(r.Title), base, link(SiteFeed, r), base, link(SiteFeed, r), r.Published.Format(time.RFC1123Z), html.EscapeString(r.Title))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// drupalList is the list of a Drupal ministry site: li.views-row, an h3
// link, a <time datetime>.
func drupalList(rs []Release) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Media releases | Farm Ministry of Foreign Affairs</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">Media releases</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main><h1>Media releases</h1><div class="view-content"><div class="item-list"><ul>`)
	for _, r := range rs {
		fmt.Fprintf(&b, `<li class="views-row"><h3><a href="%s">%s</a></h3><div class="summary">%s</div><time datetime="%s">%s</time></li>`+"\n",
			link(SiteList, r), html.EscapeString(r.Title), html.EscapeString(r.Title)+".", r.Published.Format(time.RFC3339), r.Published.Format("2 January 2006"))
	}
	b.WriteString(`</ul></div></div><nav class="pager"><a href="/news/?page=1">Next page</a></nav></main><footer><a href="/privacy">Privacy</a></footer></body></html>`)
	return b.String()
}

// cardList is the markup site after its redesign: cards, no list items.
func cardList(rs []Release) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Newsroom | Farm Ministry</title></head><body><main><section class="news-grid">`)
	for _, r := range rs {
		fmt.Fprintf(&b, `<div class="news-card"><a class="news-card__link" href="%s"><span class="news-card__title">%s</span></a><span class="news-card__date">%s</span></div>`+"\n",
			link(SiteMarkup, r), html.EscapeString(r.Title), r.Published.Format("02.01.2006"))
	}
	b.WriteString(`</section></main></body></html>`)
	return b.String()
}

// boardList is the board of Korea's MOFA: a table with title and date cells.
func boardList(rs []Release) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press Releases | Farm Ministry of Foreign Affairs</title></head><body><div id="content"><div class="board_list"><table><thead><tr><th>No.</th><th>Title</th><th>Date</th></tr></thead><tbody>`)
	for i, r := range rs {
		fmt.Fprintf(&b, `<tr><td class="num">%d</td><td class="title"><a href="%s">%s</a></td><td class="date">%s</td></tr>`+"\n",
			len(rs)-i, html.EscapeString(link(SiteCookie, r)), html.EscapeString(r.Title), r.Published.Format("2006-01-02"))
	}
	b.WriteString(`</tbody></table></div></div></body></html>`)
	return b.String()
}

// eucList is a Korean-language list, served in EUC-KR.
func eucList(rs []Release) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>보도자료 | 외교부</title></head><body><div class="sub_content"><ul class="bbs_list">`)
	for _, r := range rs {
		fmt.Fprintf(&b, `<li><a href="%s">%s (보도자료)</a> <span class="date">%s</span></li>`+"\n",
			link(SiteEUCKR, r), html.EscapeString(r.Title), r.Published.Format("2006.01.02"))
	}
	b.WriteString(`</ul></div></body></html>`)
	return b.String()
}
