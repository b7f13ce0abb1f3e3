package listing

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/readout-bot/readout/readout"
	"golang.org/x/net/html"
)

// FeedLink is a feed a page advertises with <link rel="alternate">.
type FeedLink struct {
	URL   string
	Type  string // e.g. "application/rss+xml"
	Title string
}

// feedTypes are the MIME types of feed documents.
var feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json", "text/xml", "application/xml"}

// FeedLinks returns the feeds page advertises, in page order, with their
// URLs made absolute. Alternate links to other kinds of documents
// (translations, print versions) are left out.
func FeedLinks(page, pageURL string) []FeedLink {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		return nil
	}
	base := baseURL(doc, pageURL)
	var out []FeedLink
	doc.Find("link[href]").Each(func(_ int, l *goquery.Selection) {
		rel := strings.Fields(strings.ToLower(l.AttrOr("rel", "")))
		typ := strings.ToLower(strings.TrimSpace(l.AttrOr("type", "")))
		if !slices.Contains(rel, "alternate") || !slices.Contains(feedTypes, typ) {
			return
		}
		u := resolve(base, l.AttrOr("href", ""))
		if u == "" || slices.ContainsFunc(out, func(f FeedLink) bool { return f.URL == u }) {
			return
		}
		out = append(out, FeedLink{URL: u, Type: typ, Title: Clean(l.AttrOr("title", ""))})
	})
	return out
}

// Proposal is a listing spec found on a page, with what it reads there.
type Proposal struct {
	Spec readout.ListingSpec
	// Entries are the page's entries read with Spec, in page order.
	Entries []Entry
	// PageTitle is the page's <title>.
	PageTitle string
}

// ErrNoList is returned by Detect when a page has no repeated block of
// dated links.
var ErrNoList = errors.New("no list of dated links found")

// minItems is the fewest repeated blocks that make a list.
const minItems = 3

// maxItemText bounds the text of one item block: a press-release entry is
// a title, a date and perhaps a line of summary, not a page section.
const maxItemText = 800

// Detect finds the press-release list of a page nobody has described: the
// most repeated kind of block (same tag and classes under the same kind of
// parent) that holds both a link and a date. It proposes CSS selectors for
// the block, its title, link and date, and the date's layout, and reads the
// page with them.
func Detect(page, pageURL string) (Proposal, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		return Proposal{}, fmt.Errorf("listing: parse page: %w", err)
	}
	groups := map[string][]*goquery.Selection{}
	var order []string
	doc.Find("body *").Each(func(_ int, s *goquery.Selection) {
		if s.Closest("nav, header, footer, script, style, noscript").Length() > 0 {
			return
		}
		text := textOf(s)
		if text == "" || len(text) > maxItemText {
			return
		}
		if linkOf(s, "").Length() == 0 || !blockHasDate(s) {
			return
		}
		sig := signature(s)
		if _, ok := groups[sig]; !ok {
			order = append(order, sig)
		}
		groups[sig] = append(groups[sig], s)
	})
	best := ""
	for _, sig := range order {
		g := groups[sig]
		if distinctLinks(g) < minItems {
			continue
		}
		if best == "" || len(g) > len(groups[best]) ||
			(len(g) == len(groups[best]) && encloses(g[0], groups[best][0])) {
			best = sig
		}
	}
	if best == "" {
		return Proposal{}, ErrNoList
	}
	items := groups[best]
	spec := readout.ListingSpec{Item: best}
	spec.Link = linkSelector(items)
	spec.Title = titleSelector(items)
	spec.Date, spec.DateLayout = dateSelector(items, best)
	entries, err := Parse(page, pageURL, spec)
	if err != nil {
		return Proposal{}, fmt.Errorf("listing: the proposed spec does not read the page: %w", err)
	}
	return Proposal{Spec: spec, Entries: entries, PageTitle: Clean(doc.Find("title").First().Text())}, nil
}

// blockHasDate reports whether a block shows a date: a <time> element or a
// date in its text.
func blockHasDate(s *goquery.Selection) bool {
	if s.Is("time") || s.Find("time").Length() > 0 {
		return true
	}
	return hasDate(textOf(s))
}

// encloses reports whether a is an ancestor of b.
func encloses(a, b *goquery.Selection) bool {
	for p := b.Get(0).Parent; p != nil; p = p.Parent {
		if p == a.Get(0) {
			return true
		}
	}
	return false
}

func distinctLinks(g []*goquery.Selection) int {
	seen := map[string]bool{}
	for _, s := range g {
		seen[linkOf(s, "").AttrOr("href", "")] = true
	}
	return len(seen)
}

// signature is the CSS selector of a block's kind: its parent's tag,
// classes (or id) and its own tag and classes, e.g. "ul.news-list > li".
func signature(s *goquery.Selection) string {
	self := simpleSelector(s.Get(0), false)
	if p := s.Get(0).Parent; p != nil && p.Type == html.ElementNode && p.Data != "body" {
		return simpleSelector(p, true) + " > " + self
	}
	return self
}

// simpleSelector is tag plus classes; a parent without classes is named by
// its id when it has one.
func simpleSelector(n *html.Node, useID bool) string {
	var b strings.Builder
	b.WriteString(n.Data)
	var id string
	var classes []string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			classes = strings.Fields(a.Val)
		case "id":
			id = a.Val
		}
	}
	for _, c := range classes {
		if cssIdent(c) {
			b.WriteString("." + c)
		}
	}
	if len(classes) == 0 && useID && id != "" && cssIdent(id) {
		b.WriteString("#" + id)
	}
	return b.String()
}

// cssIdent reports whether s can be written in a selector unescaped.
func cssIdent(s string) bool {
	if s == "" || (s[0] >= '0' && s[0] <= '9') || s[0] == '-' && len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// mainLink is a block's article link: the one with the longest text.
func mainLink(s *goquery.Selection) *goquery.Selection {
	if goquery.NodeName(s) == "a" && hasHref(0, s) {
		return s
	}
	var best *goquery.Selection
	s.Find("a[href]").FilterFunction(hasHref).Each(func(_ int, a *goquery.Selection) {
		if best == nil || len(textOf(a)) > len(textOf(best)) {
			best = a
		}
	})
	return best
}

// agree reports whether sel, used the way Parse uses it, picks want in
// most items.
func agree(items []*goquery.Selection, pick func(*goquery.Selection) *goquery.Selection, want func(*goquery.Selection) *goquery.Selection) bool {
	hits := 0
	for _, it := range items {
		p, w := pick(it), want(it)
		if p != nil && w != nil && p.Length() > 0 && p.Get(0) == w.Get(0) {
			hits++
		}
	}
	return hits*5 >= len(items)*4
}

// linkSelector proposes the link selector: "" when the first link is the
// article link, else a heading's link or the link's class.
func linkSelector(items []*goquery.Selection) string {
	first := func(it *goquery.Selection) *goquery.Selection { return linkOf(it, "") }
	if agree(items, first, mainLink) {
		return ""
	}
	m := mainLink(items[0])
	if m == nil {
		return ""
	}
	var cands []string
	if p := m.Parent(); p.Length() > 0 && p.Is("h1, h2, h3, h4, h5, h6") {
		cands = append(cands, goquery.NodeName(p)+" a")
	}
	if sel := simpleSelector(m.Get(0), false); sel != "a" {
		cands = append(cands, sel)
	}
	for _, c := range cands {
		if agree(items, func(it *goquery.Selection) *goquery.Selection { return linkOf(it, c) }, mainLink) {
			return c
		}
	}
	return ""
}

// titleSelector proposes a heading inside the block when there is one,
// else "" (the link's text).
func titleSelector(items []*goquery.Selection) string {
	h := items[0].Find("h1, h2, h3, h4, h5, h6").First()
	if h.Length() == 0 || textOf(h) == "" || hasDateOnly(textOf(h)) {
		return ""
	}
	sel := simpleSelector(h.Get(0), false)
	n := 0
	for _, it := range items {
		if textOf(it.Find(sel).First()) != "" {
			n++
		}
	}
	if n*5 >= len(items)*4 {
		return sel
	}
	return ""
}

// hasDateOnly reports whether text is little more than a date.
func hasDateOnly(text string) bool {
	t := Clean(text)
	return hasDate(t) && len(t) < 40
}

// dateSelector proposes the element that holds the date and its layout:
// a <time>, else the smallest element whose text holds a date, else the
// block itself.
func dateSelector(items []*goquery.Selection, itemSel string) (string, string) {
	layouts := map[string]int{}
	sels := map[string]int{}
	for _, it := range items {
		sel, text := dateElement(it)
		if sel == "" {
			sel = itemSel
		}
		sels[sel]++
		if _, l, ok := FindDate(text); ok {
			layouts[l]++
		}
	}
	return mostCommon(sels), mostCommon(layouts)
}

// dateElement returns the selector and date text of the element that holds
// an item's date; "" when only the item's own text does.
func dateElement(it *goquery.Selection) (string, string) {
	if t := it.Find("time").First(); t.Length() > 0 {
		return "time", dateText(t)
	}
	var best *goquery.Selection
	it.Find("*").Each(func(_ int, s *goquery.Selection) {
		if s.Is("a") && s.Children().Length() > 0 {
			return
		}
		if t := textOf(s); hasDate(t) && (best == nil || len(t) < len(textOf(best))) {
			best = s
		}
	})
	if best == nil {
		return "", textOf(it)
	}
	return simpleSelector(best.Get(0), false), textOf(best)
}

// mostCommon is the key with the highest count (ties: the smallest key).
func mostCommon(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := ""
	for _, k := range keys {
		if best == "" || m[k] > m[best] {
			best = k
		}
	}
	return best
}
