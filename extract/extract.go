// Package extract finds the readout in a publisher's web page: the
// element holding its text (by the selectors of known publishers' page
// layouts, else the element whose paragraphs carry most text), without
// the page's furniture (navigation, headers, footers, share bars,
// breadcrumbs, photo captions), with the page's headline and date, and
// with links made absolute. It returns that as a small HTML document that
// readout.Parse reads; it is the fetching side's part of reading a page,
// so the domain package needs neither goquery nor any publisher's layout.
package extract

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// mainSelectors name the element holding a readout's text on known
// publishers' pages, most specific first: MOFA, gov.uk, WordPress themes
// (White House, State Department), MFAIC, DFAT, then generic landmarks.
var mainSelectors = []string{
	"#maincontents",
	".govspeak", ".gem-c-govspeak",
	".entry-content", ".body-content",
	".viewpost-content", ".field--name-body",
	"article .content", "main article", "article", "main", "[role=main]",
	"#content", ".content",
}

// furnitureSelectors are removed before the text is read.
const furnitureSelectors = "script, style, noscript, template, nav, header, footer, aside, " +
	"figure, figcaption, form, button, iframe, svg, select, " +
	"#breadcrumb, .breadcrumb, .breadcrumbs, [class*=share], [class*=social], " +
	"[class*=caption], .pagetop, .page-top, #pagetop, .skip-link, .screen-reader-text"

// Main returns the readout of an HTML page as a small HTML document: the
// page's headline as <h1>, its publication date as a paragraph, then the
// main element, furniture removed and links resolved against pageURL.
func Main(src, pageURL string) (string, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return "", fmt.Errorf("extract: parse html: %w", err)
	}
	base, _ := url.Parse(pageURL)
	title := pageTitle(doc)
	date, hasDate := pageDate(doc)

	root := selectMain(doc)
	root.Find(furnitureSelectors).Remove()
	root.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		a.SetAttr("href", resolve(base, href))
	})
	root.Find("h1").Each(func(_ int, h *goquery.Selection) {
		if normalizeSpace(h.Text()) == title {
			h.Remove() // it is written first
		}
	})
	var b strings.Builder
	b.WriteString("<html><body>")
	if title != "" {
		b.WriteString("<h1>" + html.EscapeString(title) + "</h1>")
	}
	if hasDate {
		b.WriteString("<p>" + date.Format("January 2, 2006") + "</p>")
	}
	for _, n := range root.Nodes {
		if err := html.Render(&b, n); err != nil {
			return "", fmt.Errorf("extract: render: %w", err)
		}
	}
	b.WriteString("</body></html>")
	return b.String(), nil
}

// pageDate finds the publication date in a page's metadata or header.
func pageDate(doc *goquery.Document) (time.Time, bool) {
	for _, sel := range []string{`meta[property="article:published_time"]`, `meta[name="date"]`, `meta[name="dcterms.date"]`} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if t, ok := isoDate(v); ok {
				return t, true
			}
		}
	}
	if v, ok := doc.Find("time[datetime]").First().Attr("datetime"); ok {
		if t, ok := isoDate(v); ok {
			return t, true
		}
	}
	for _, sel := range []string{"#contents-header", ".entry-date", ".posted-on", ".published", ".date", ".gem-c-metadata"} {
		var found time.Time
		doc.Find(sel).First().Find("*").AddBack().Each(func(_ int, s *goquery.Selection) {
			if found.IsZero() {
				if t, ok := dateLine(normalizeSpace(s.Text())); ok {
					found = t
				}
			}
		})
		if !found.IsZero() {
			return found, true
		}
	}
	return time.Time{}, false
}

// isoDate reads the date of "2023-11-28" or "2023-11-28T18:15:00+09:00".
func isoDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, v[:10])
	return t, err == nil
}

// dateLineRE is a line that is only a date, perhaps after "Published" or a
// weekday: "November 28, 2023", "Published 28 November 2023".
var dateLineRE = regexp.MustCompile(`^(?:(?:Published|Updated|Date)\s*:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$`)

// dateLine parses a line that is only a date.
func dateLine(l string) (time.Time, bool) {
	if len(l) > 60 {
		return time.Time{}, false
	}
	m := dateLineRE.FindStringSubmatch(l)
	if m == nil {
		return time.Time{}, false
	}
	d := strings.ReplaceAll(m[1], ",", "")
	for _, layout := range []string{"2 January 2006", "January 2 2006", "Jan 2 2006", "Jan. 2 2006"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// pageTitle returns the page's headline: MOFA's h1.title1, an article's
// h1, og:title, or the <title> without the site name.
func pageTitle(doc *goquery.Document) string {
	for _, sel := range []string{"h1.title1", "#contents-header h1", "article h1", "main h1", "h1"} {
		if t := normalizeSpace(doc.Find(sel).First().Text()); t != "" {
			return t
		}
	}
	if t, ok := doc.Find(`meta[property="og:title"]`).Attr("content"); ok && strings.TrimSpace(t) != "" {
		return normalizeSpace(t)
	}
	t := normalizeSpace(doc.Find("title").First().Text())
	for _, sep := range []string{" | ", " - GOV.UK", " – ", " - "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return t
}

// selectMain picks the element that holds the readout's text.
func selectMain(doc *goquery.Document) *goquery.Selection {
	for _, sel := range mainSelectors {
		s := doc.Find(sel).First()
		if s.Length() > 0 && len(strings.TrimSpace(s.Text())) >= 200 {
			return s
		}
	}
	// Unknown layout: the element whose own paragraphs carry most text.
	var best *goquery.Selection
	bestLen := 0
	doc.Find("div, section, td").Each(func(_ int, s *goquery.Selection) {
		n := 0
		s.ChildrenFiltered("p").Each(func(_ int, p *goquery.Selection) { n += len(p.Text()) })
		if n > bestLen {
			best, bestLen = s, n
		}
	})
	if best != nil && bestLen >= 200 {
		return best
	}
	if b := doc.Find("body"); b.Length() > 0 {
		return b
	}
	return doc.Selection
}

// resolve makes href absolute against base.
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	u, err := url.Parse(href)
	if err != nil || base == nil {
		return href
	}
	return base.ResolveReference(u).String()
}

// normalizeSpace collapses runs of white space to one space.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
