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
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// bodySelectors name the element holding a readout's text in known
// publishers' layouts and in the content systems ministries' sites are
// built on, most specific first: MOFA, gov.uk, WordPress themes (White
// House, State Department), MFAIC, Drupal 7 and 8+, Joomla (K2), Liferay,
// schema.org's articleBody, SharePoint's rich text field, and the body
// classes most common among the ministries' sites that DiplomaticPulse's
// configuration lists. Only their first match counts, and only with some
// text: a one-sentence readout may be short, a layout's empty block is not.
var bodySelectors = []string{
	"#maincontents",
	".govspeak", ".gem-c-govspeak",
	".entry-content", ".body-content",
	".viewpost-content", ".field--name-body", ".field-name-body",
	".itemFullText", ".journal-content-article", "[itemprop=articleBody]",
	".ms-rtestate-field", ".article-body", ".article__body", ".td-post-content",
}

// minBodyText is the least text (bytes) a known body element must hold.
const minBodyText = 80

// furnitureSelectors are removed before the text is read: landmarks,
// controls, breadcrumbs, share bars, photo captions, cookie notices, and
// the lists of other articles that pages set beside or below a readout
// (related, latest or recent news, teasers, tags, pagination).
const furnitureSelectors = "script, style, noscript, template, nav, header, footer, aside, " +
	"figure, figcaption, button, iframe, svg, select, input, " +
	"#breadcrumb, .breadcrumb, .breadcrumbs, [class*=share], [class*=social], " +
	"[class*=caption], .pagetop, .page-top, #pagetop, .skip-link, .screen-reader-text, " +
	"[class*=cookie], [id*=cookie], [class*=related], [id*=related], [class*=teaser], " +
	"[class*=pagination], [class*=pager], [class*=post-navigation], [class*=itemNavigation], " +
	"[class*=field-name-field-tags], [class*=itemTags], [class*=tags-list], " +
	// view counters beside a date ("04 July, 2025 · 1,382 views")
	".views, .view-count, .post-views, .hits, [class*=viewcount], [class*=view-count]"

// Main returns the readout of an HTML page as a small HTML document: the
// page's headline as <h1>, its publication date as a paragraph, then the
// element holding the readout, furniture removed and links resolved
// against pageURL.
//
// The element is a known layout's body element when the page has one;
// else Mozilla's Readability algorithm (package go-readability) finds it,
// unless what it finds reaches beyond the headline's own container: on a
// page whose readout is one short paragraph beside a longer sidebar,
// Readability takes the wrapper of both, and the container of the
// headline is the readout's.
func Main(src, pageURL string) (string, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return "", fmt.Errorf("extract: parse html: %w", err)
	}
	base, _ := url.Parse(pageURL)
	// The headline and date are read before the furniture goes: a page's
	// <header> often holds them.
	title, weak := pageTitle(doc)
	date, hasDate := pageDate(doc)
	doc.Find(furnitureSelectors).Remove()
	// A form is furniture (a search box, a newsletter), unless it holds
	// the page: ASP.NET sites wrap the whole page in one.
	doc.Find("form").Each(func(_ int, f *goquery.Selection) {
		if len(canonical(f.Text())) < 300 {
			f.Remove()
		}
	})
	// A picture's block with its line of text is a photo with its caption
	// ("The two ministers in Lisbon. Photo: …"), whatever its class says.
	doc.Find("[class*=image], [class*=photo], [class*=img], [class*=Image], [class*=Photo]").Each(func(_ int, s *goquery.Selection) {
		if s.Find("img").Length() > 0 && len(s.Text()) < 250 {
			s.Remove()
		}
	})

	var nodes []*html.Node
	if root := knownBody(doc); root != nil {
		nodes = root.Nodes
		// gov.uk's summary under the headline ("Prime Minister Keir
		// Starmer spoke to Prime Minister of Denmark Mette Frederiksen.")
		// stands outside the body and often alone names the publisher's
		// principal: it opens the readout when the body does not say it.
		if lead, text := standfirst(doc); lead != nil && !strings.Contains(canonical(root.Text()), canonical(text)) {
			nodes = append([]*html.Node{lead}, nodes...)
		}
	} else if n := readable(doc, base, title); n != nil {
		nodes = []*html.Node{n}
	} else {
		nodes = fallbackMain(doc).Nodes
	}
	root := goquery.NewDocumentFromNode(nodes[0]).Selection
	if len(nodes) > 1 {
		root = root.AddNodes(nodes[1:]...)
	}
	root.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		a.SetAttr("href", resolve(base, href))
	})
	root.Find("h1, h2, h3").Each(func(_ int, h *goquery.Selection) {
		if title != "" && strings.EqualFold(normalizeSpace(h.Text()), title) {
			h.Remove() // it is written first
		}
	})
	if weak || title == "" {
		// No headline but the <title>: a heading or a bold line before the
		// readout's first paragraph is its own.
		if h := leadingHeading(root); h != nil {
			title = normalizeSpace(h.Text())
			h.Remove()
		}
	}
	var b strings.Builder
	b.WriteString("<html><body>")
	if title != "" {
		b.WriteString("<h1>" + html.EscapeString(title) + "</h1>")
	}
	if hasDate {
		b.WriteString("<p>" + date.Format("January 2, 2006") + "</p>")
	}
	for _, n := range nodes {
		if err := html.Render(&b, n); err != nil {
			return "", fmt.Errorf("extract: render: %w", err)
		}
	}
	b.WriteString("</body></html>")
	return b.String(), nil
}

// standfirstSelectors name the summary paragraph some layouts set
// between the headline and the body (gov.uk's lead paragraph).
var standfirstSelectors = []string{".gem-c-lead-paragraph", "p.govuk-body-l"}

// standfirst returns the layout's summary paragraph, and its text, when
// it is one short sentence; nil when there is none.
func standfirst(doc *goquery.Document) (*html.Node, string) {
	for _, sel := range standfirstSelectors {
		s := doc.Find(sel).First()
		t := normalizeSpace(s.Text())
		if s.Length() == 0 || t == "" || len(t) > 300 || strings.Count(t, ". ") > 0 {
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: t})
		return p, t
	}
	return nil, ""
}

// knownBody returns the first known layout's body element with text, or nil.
func knownBody(doc *goquery.Document) *goquery.Selection {
	for _, sel := range bodySelectors {
		s := doc.Find(sel).First()
		if s.Length() > 0 && len(strings.TrimSpace(s.Text())) >= minBodyText {
			return s
		}
	}
	return nil
}

// minReadable is the least text (bytes) of a readout that Readability or
// the headline's container may return.
const minReadable = 100

// readable returns the readout's element as Readability finds it in doc,
// or the headline's container when Readability's choice holds text from
// outside it; nil when neither holds text.
func readable(doc *goquery.Document, base *url.URL, title string) *html.Node {
	var found *html.Node
	if a, err := readability.FromDocument(doc.Nodes[0], base); err == nil && a.Node != nil &&
		len(strings.TrimSpace(textOf(a.Node))) >= minReadable {
		found = a.Node
	}
	anchor := headlineContainer(doc, title)
	switch {
	case found == nil && anchor == nil:
		return nil
	case found == nil:
		return anchor
	case anchor == nil || within(found, anchor):
		return found
	}
	return anchor
}

// headlineContainer returns the smallest element around the page's
// headline (the heading whose text is the title) that holds text besides
// it, or nil.
func headlineContainer(doc *goquery.Document, title string) *html.Node {
	if title == "" {
		return nil
	}
	var heading *goquery.Selection
	doc.Find("h1, h2, h3, h4, [class*=title]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if strings.EqualFold(normalizeSpace(s.Text()), title) {
			heading = s
			return false
		}
		return true
	})
	if heading == nil {
		return nil
	}
	own := len(canonical(title))
	for p := heading.Parent(); p.Length() > 0 && goquery.NodeName(p) != "body" && goquery.NodeName(p) != "html"; p = p.Parent() {
		if len(canonical(p.Text()))-own >= minReadable {
			return p.Nodes[0]
		}
	}
	return nil
}

// within reports whether the text of found lies inside container: each
// of found's texts of a sentence or more appears in container's text.
func within(found, container *html.Node) bool {
	outer := canonical(textOf(container))
	inside, outside := 0, 0
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			c := canonical(n.Data)
			if len(c) < 40 {
				return
			}
			if strings.Contains(outer, c) {
				inside += len(c)
			} else {
				outside += len(c)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(found)
	return outside*10 <= inside+outside
}

// canonical is s's letters and digits in lower case: texts compared so
// are alike whatever their spacing and punctuation.
func canonical(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	return goquery.NewDocumentFromNode(n).Text()
}

// leadingHeading returns the first heading, or paragraph all in bold, of
// four words or more before the first paragraph of root's text; nil when
// there is none.
func leadingHeading(root *goquery.Selection) *goquery.Selection {
	var found *goquery.Selection
	root.Find("h1, h2, h3, h4, p, div.title, [class*=_title], [class*=-title]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := normalizeSpace(s.Text())
		if t == "" {
			return true
		}
		heading := goquery.NodeName(s) != "p" || normalizeSpace(s.Find("b, strong").Text()) == t
		if !heading {
			return false // the text has begun
		}
		if n := len(strings.Fields(t)); n >= 4 && len(t) <= 250 {
			found = s
			return false
		}
		return true
	})
	return found
}

// pageDate finds the publication date in a page's metadata (Open Graph,
// Dublin Core, schema.org in microdata or JSON-LD, Drupal's RDFa), a
// <time> element, or the text of an element that holds only a date.
func pageDate(doc *goquery.Document) (time.Time, bool) {
	for _, sel := range []string{`meta[property="article:published_time"]`, `meta[name="date"]`,
		`meta[name="dcterms.date"]`, `meta[name="DC.date.issued"]`, `meta[itemprop=datePublished]`,
		`[property~="dc:date"]`, `[property~="dc:created"]`} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if t, ok := isoDate(v); ok {
				return t, true
			}
		}
	}
	if t, ok := jsonLDDate(doc); ok {
		return t, true
	}
	for _, sel := range []string{"[itemprop=datePublished][datetime]", "time[datetime]"} {
		if v, ok := doc.Find(sel).First().Attr("datetime"); ok {
			if t, ok := isoDate(v); ok {
				return t, true
			}
		}
	}
	for _, sel := range []string{"#contents-header", ".entry-date", ".posted-on", ".published", ".date", ".gem-c-metadata",
		".submitted", "[class*=date]", "[class*=Date]"} {
		var found time.Time
		doc.Find(sel).EachWithBreak(func(_ int, el *goquery.Selection) bool {
			el.Find("*").AddBack().EachWithBreak(func(_ int, s *goquery.Selection) bool {
				if t, ok := dateLine(normalizeSpace(s.Text())); ok {
					found = t
					return false
				}
				return true
			})
			return found.IsZero()
		})
		if !found.IsZero() {
			return found, true
		}
	}
	return time.Time{}, false
}

// jsonLDDate returns the datePublished of a page's schema.org JSON-LD (an
// object, a list of them, or a @graph).
func jsonLDDate(doc *goquery.Document) (time.Time, bool) {
	var found time.Time
	var find func(v any) bool
	find = func(v any) bool {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok {
				if t, ok := isoDate(s); ok {
					found = t
					return true
				}
			}
			if g, ok := v["@graph"]; ok {
				return find(g)
			}
		case []any:
			for _, e := range v {
				if find(e) {
					return true
				}
			}
		}
		return false
	}
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return true
		}
		return !find(v)
	})
	return found, !found.IsZero()
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
// weekday, perhaps with a time after it: "November 28, 2023", "Published
// 28 November 2023", "04 July, 2025", "02 June 2025 18:40", "14.05.2025",
// "Date 2025-10-14". Dates written with slashes are left alone: whether
// "03/04/2025" is March or April depends on the publisher.
var dateLineRE = regexp.MustCompile(`^(?:(?:Published|Updated|Date|Posted)(?: on)?\s*:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
	`(\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})` +
	`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$`)

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
	for _, layout := range []string{"2 January 2006", "January 2 2006", "Jan 2 2006", "Jan. 2 2006", "2.1.2006", "2006-01-02"} {
		if t, err := time.Parse(layout, d); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// pageTitle returns the page's headline: MOFA's h1.title1, an article's
// h1, og:title, or the <title> without the site name; weak when it is the
// <title>, which on many sites is the site's name alone.
func pageTitle(doc *goquery.Document) (title string, weak bool) {
	for _, sel := range []string{"h1.title1", "#contents-header h1", "article h1", "main h1", "h1"} {
		if t := normalizeSpace(doc.Find(sel).First().Text()); t != "" {
			return t, false
		}
	}
	if t, ok := doc.Find(`meta[property="og:title"]`).Attr("content"); ok && strings.TrimSpace(t) != "" {
		return normalizeSpace(t), false
	}
	t := normalizeSpace(doc.Find("title").First().Text())
	for _, sep := range []string{" | ", " - GOV.UK", " – ", " - "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return t, true
}

// fallbackMain picks the element whose own paragraphs carry most text,
// else the body: for a page neither a known layout nor Readability reads.
func fallbackMain(doc *goquery.Document) *goquery.Selection {
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
