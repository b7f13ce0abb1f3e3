// Package listing reads ministries' HTML press-release lists: the entries
// of a page described by a readout.ListingSpec (CSS selectors for the item
// block, its title, link and date, and the date layout), the feeds a page
// advertises with <link rel="alternate">, and, for a page nobody has
// described yet, a proposed spec found from its repeated blocks of dated
// article links.
//
// It works on documents only: fetching is the feeds package's job.
package listing

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/readout-bot/readout/readout"
	"golang.org/x/net/html"
)

// ErrNoItems is returned by Parse when the item selector matches nothing,
// or matches only blocks without a link: the list's markup has changed.
var ErrNoItems = errors.New("no items")

// Entry is one press release of a list page.
type Entry struct {
	Title string
	// Link is absolute (resolved against the page's URL and <base>).
	Link string
	// Published is zero when the entry has no date the layout reads.
	Published time.Time
	// DateText is the date as the page wrote it.
	DateText string
}

// Validate checks that spec's selectors are CSS that goquery can run and
// that an item selector is present.
func Validate(spec readout.ListingSpec) error {
	if strings.TrimSpace(spec.Item) == "" {
		return errors.New("listing: the item selector is required")
	}
	for _, s := range []struct{ name, sel string }{
		{"item", spec.Item}, {"title", spec.Title}, {"link", spec.Link}, {"date", spec.Date},
	} {
		if s.sel == "" {
			continue
		}
		if _, err := cascadia.ParseGroup(s.sel); err != nil {
			return fmt.Errorf("listing: %s selector %q: %w", s.name, s.sel, err)
		}
	}
	return nil
}

// Parse reads the entries of a list page in document order. pageURL
// resolves relative links. Entries without a link are skipped; the same
// link twice is kept once. It fails with ErrNoItems when nothing is left,
// which for a list that used to work means its markup changed.
func Parse(page string, pageURL string, spec readout.ListingSpec) ([]Entry, error) {
	if err := Validate(spec); err != nil {
		return nil, err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("listing: parse page: %w", err)
	}
	base := baseURL(doc, pageURL)
	items := doc.Find(spec.Item)
	if items.Length() == 0 {
		return nil, fmt.Errorf("%w: item selector %q matches nothing on the page", ErrNoItems, spec.Item)
	}
	var order map[*html.Node]int
	var headings []*html.Node // date matches outside every item: day headings
	if spec.Date != "" {
		order = documentOrder(doc.Get(0))
		isItem := make(map[*html.Node]bool, items.Length())
		for _, n := range items.Nodes {
			isItem[n] = true
		}
		for _, n := range doc.Find(spec.Date).Nodes {
			if !insideAny(n, isItem) {
				headings = append(headings, n)
			}
		}
	}
	var out []Entry
	seen := map[string]bool{}
	items.Each(func(_ int, item *goquery.Selection) {
		link := linkOf(item, spec.Link)
		href, _ := link.Attr("href")
		abs := resolve(base, href)
		if abs == "" || seen[abs] {
			return
		}
		seen[abs] = true
		e := Entry{Link: abs, Title: titleOf(item, link, spec.Title)}
		if spec.Date != "" {
			d := item.Find(spec.Date)
			if d.Length() == 0 && item.Is(spec.Date) {
				d = item
			}
			if d.Length() == 0 {
				d = precedingMatch(headings, order, item.Get(0))
			}
			if d != nil && d.Length() > 0 {
				e.DateText = dateText(d.First())
				d.EachWithBreak(func(_ int, one *goquery.Selection) bool {
					text := dateText(one)
					t, err := ParseDate(text, spec.DateLayout)
					if err == nil {
						e.DateText, e.Published = text, t
					}
					return err != nil
				})
			}
		}
		out = append(out, e)
	})
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %d blocks match %q but none holds a link", ErrNoItems, items.Length(), spec.Item)
	}
	return out, nil
}

// linkOf returns the element whose href is an item's link.
func linkOf(item *goquery.Selection, sel string) *goquery.Selection {
	if sel != "" {
		if l := item.Find(sel).FilterFunction(hasHref).First(); l.Length() > 0 {
			return l
		}
		if item.Is(sel) && hasHref(0, item) {
			return item
		}
		return item.Find(sel).First()
	}
	if goquery.NodeName(item) == "a" && hasHref(0, item) {
		return item
	}
	return item.Find("a[href]").FilterFunction(hasHref).First()
}

func hasHref(_ int, s *goquery.Selection) bool {
	h, ok := s.Attr("href")
	h = strings.TrimSpace(h)
	return ok && h != "" && !strings.HasPrefix(h, "#") && !strings.HasPrefix(strings.ToLower(h), "javascript:")
}

// titleOf returns an item's title: the title selector's text, else the
// link's text, else its title attribute.
func titleOf(item, link *goquery.Selection, sel string) string {
	if sel != "" {
		t := item.Find(sel).First()
		if t.Length() == 0 && item.Is(sel) {
			t = item
		}
		if s := textOf(t); s != "" {
			return s
		}
	}
	if s := textOf(link); s != "" {
		return s
	}
	if s, ok := link.Attr("title"); ok {
		return Clean(s)
	}
	return ""
}

// dateText is an element's datetime (or content) attribute, else its text.
func dateText(s *goquery.Selection) string {
	for _, a := range []string{"datetime", "content"} {
		if v, ok := s.Attr(a); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return textOf(s)
}

// documentOrder numbers the element nodes of a tree in document order.
func documentOrder(root *html.Node) map[*html.Node]int {
	order := map[*html.Node]int{}
	n := 0
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		order[x] = n
		n++
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return order
}

// insideAny reports whether n is one of set or inside one.
func insideAny(n *html.Node, set map[*html.Node]bool) bool {
	for ; n != nil; n = n.Parent {
		if set[n] {
			return true
		}
	}
	return false
}

// precedingMatch returns the last of nodes (in document order) that comes
// before item, or nil: the date heading of a list grouped by day.
func precedingMatch(nodes []*html.Node, order map[*html.Node]int, item *html.Node) *goquery.Selection {
	at := order[item]
	var best *html.Node
	for _, n := range nodes {
		if order[n] < at && (best == nil || order[n] > order[best]) {
			best = n
		}
	}
	if best == nil {
		return nil
	}
	return goquery.NewDocumentFromNode(best).Selection
}

// baseURL is the page's <base href> resolved against its URL.
func baseURL(doc *goquery.Document, pageURL string) *url.URL {
	u, err := url.Parse(pageURL)
	if err != nil {
		u = nil
	}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := url.Parse(strings.TrimSpace(href)); err == nil {
			if u != nil {
				return u.ResolveReference(b)
			}
			if b.IsAbs() {
				return b
			}
		}
	}
	return u
}

// resolve makes href absolute against base; "" unless it is http(s).
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		if u, err = url.Parse(strings.ReplaceAll(href, " ", "%20")); err != nil {
			return ""
		}
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// Clean collapses whitespace (non-breaking spaces included) to one space.
func Clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// inline elements do not separate words; every other element does.
var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true, "data": true,
	"em": true, "font": true, "i": true, "kbd": true, "mark": true, "q": true, "s": true, "small": true,
	"span": true, "strong": true, "sub": true, "sup": true, "time": true, "u": true,
}

// textOf is the text of a selection with a space wherever a block or table
// cell ends, so that "Summit</td><td>02.04.2026" reads as two words;
// script and style are skipped.
func textOf(s *goquery.Selection) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		sep := n.Type == html.ElementNode && !inline[n.Data]
		if sep {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if sep {
			b.WriteByte(' ')
		}
	}
	for _, n := range s.Nodes {
		walk(n)
	}
	return Clean(b.String())
}
