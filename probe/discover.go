package probe

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/listing"
	"github.com/readout-bot/readout/readout"
)

// How Discover found a source.
const (
	ViaFeed       = "the URL is a feed"
	ViaAdvertised = "the page advertises this feed"
	ViaListing    = "a list of dated links on the page"
)

// Discovery is a source found behind a URL, ready to add.
type Discovery struct {
	Feed readout.Feed
	Via  string
	// Newest are the source's newest items, newest first (at most five).
	Newest []readout.Item
	// Items is how many items the source has now.
	Items int
}

// ErrNothingFound is returned by Discover for a page with neither a feed
// nor a list of dated links.
var ErrNothingFound = errors.New("no feed and no list of dated press releases found")

// Discover finds the source behind rawURL: the URL itself when it is a
// feed, else the first feed the page advertises with <link
// rel="alternate"> that works, else the page's list of dated links as a
// listing source. A site that refuses the default user agent is tried
// again as a browser, and the source then keeps that user agent. The
// source's ID is made from the URL and its publisher from the page's
// title; callers may change both.
func (p Prober) Discover(ctx context.Context, rawURL string) (Discovery, error) {
	src := readout.Feed{ID: feeds.FeedIDFromURL(rawURL), URL: rawURL, Kind: readout.KindFeed}
	d, err := p.discover(ctx, src)
	if isForbidden(err) {
		src.UserAgent = feeds.UserAgentBrowser
		d, err = p.discover(ctx, src)
	}
	return d, err
}

func isForbidden(err error) bool {
	var he *feeds.HTTPError
	return errors.As(err, &he) && (he.StatusCode == http.StatusForbidden || he.StatusCode == http.StatusUnauthorized)
}

func (p Prober) discover(ctx context.Context, src readout.Feed) (Discovery, error) {
	res, err := p.Fetcher.Fetch(ctx, src, readout.FeedState{})
	if err == nil {
		src.Publisher = cmp.Or(res.Title, src.ID)
		src.FetchArticle = true
		return newDiscovery(src, ViaFeed, res.Items), nil
	}
	if !errors.Is(err, feeds.ErrNotFeed) {
		return Discovery{}, err
	}
	page, final, err := p.Fetcher.FetchPage(ctx, src)
	if err != nil {
		return Discovery{}, err
	}
	title, lang := pageMeta(page)
	var tried []string
	for _, l := range listing.FeedLinks(page, final) {
		f := src
		f.URL, f.ID = l.URL, feeds.FeedIDFromURL(l.URL)
		res, err := p.Fetcher.Fetch(ctx, f, readout.FeedState{})
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s: %v", l.URL, err))
			continue
		}
		f.Publisher = cmp.Or(res.Title, l.Title, title, f.ID)
		f.Language = lang
		f.FetchArticle = true
		return newDiscovery(f, ViaAdvertised, res.Items), nil
	}
	prop, err := listing.Detect(page, final)
	if err != nil {
		if len(tried) > 0 {
			return Discovery{}, fmt.Errorf("%w: the advertised feeds fail (%s)", ErrNothingFound, strings.Join(tried, "; "))
		}
		return Discovery{}, fmt.Errorf("%w at %s", ErrNothingFound, src.URL)
	}
	f := src
	f.Kind, f.Listing, f.FetchArticle = readout.KindListing, &prop.Spec, true
	f.Publisher, f.Language = cmp.Or(title, prop.PageTitle, f.ID), lang
	res, err = p.Fetcher.Fetch(ctx, f, readout.FeedState{})
	if err != nil {
		return Discovery{}, fmt.Errorf("the proposed listing does not read the page: %w", err)
	}
	return newDiscovery(f, ViaListing, res.Items), nil
}

// newDiscovery keeps the five newest items.
func newDiscovery(f readout.Feed, via string, items []readout.Item) Discovery {
	newest := newestFirst(items)
	return Discovery{Feed: f, Via: via, Newest: newest[:min(5, len(newest))], Items: len(items)}
}

// newestFirst is a copy of items sorted newest first by their published
// (else updated) time; undated items come last, in page order.
func newestFirst(items []readout.Item) []readout.Item {
	newest := slices.Clone(items)
	slices.SortStableFunc(newest, func(a, b readout.Item) int {
		return cmp.Or(b.Published, b.Updated).Compare(cmp.Or(a.Published, a.Updated))
	})
	return newest
}

// pageMeta returns a page's title and its <html lang> (primary subtag).
func pageMeta(page string) (title, lang string) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		return "", ""
	}
	title = listing.Clean(doc.Find("title").First().Text())
	if i := strings.IndexAny(title, "|–—"); i > 0 {
		// "Press Releases | Ministry of X": the publisher is the tail.
		if tail := strings.TrimSpace(title[i+len(string([]rune(title[i:])[0])):]); tail != "" {
			title = tail
		}
	}
	lang, _ = doc.Find("html").Attr("lang")
	lang, _, _ = strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	return title, lang
}
