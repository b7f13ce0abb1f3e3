package readout

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// furnitureSelectors are removed before text extraction.
const furnitureSelectors = "script, style, noscript, template, nav, header, footer, aside, " +
	"figure, figcaption, form, button, iframe, svg, select, " +
	"#breadcrumb, .breadcrumb, .breadcrumbs, [class*=share], [class*=social], " +
	"[class*=caption], .pagetop, .page-top, #pagetop, .skip-link, .screen-reader-text"

var docLinkRE = regexp.MustCompile(`(?i)\.(?:pdf|docx?|xlsx?)(?:[?#].*)?$|\((?:pdf|word)\b`)

// ExtractHTML extracts the main text of an HTML page or fragment: one line
// per paragraph, list item or heading, with page furniture (navigation,
// headers, footers, photo captions, share and "Back to …" links) removed.
// Links to documents (PDF, Word) become attachments with absolute URLs,
// resolved against pageURL. title is the page's headline, if any.
func ExtractHTML(src, pageURL string) (text string, attachments []Attachment, title string, err error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return "", nil, "", fmt.Errorf("readout: parse html: %w", err)
	}
	base, _ := url.Parse(pageURL)
	title = pageTitle(doc)
	date, hasDate := pageDate(doc)

	root := selectMain(doc)
	root.Find(furnitureSelectors).Remove()
	root.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		label := normalizeSpace(openNewWindow.ReplaceAllString(a.Text(), ""))
		switch {
		case docLinkRE.MatchString(href) || docLinkRE.MatchString(label):
			attachments = append(attachments, Attachment{Title: attachmentTitle(label, href), URL: resolve(base, href)})
			a.Remove()
		case strings.HasPrefix(strings.ToLower(label), "back to"):
			a.Remove()
		}
	})

	var w textWriter
	for _, n := range root.Nodes {
		w.walk(n, 0)
	}
	w.newline()
	var kept []string
	for _, l := range strings.Split(w.b.String(), "\n") {
		l = normalizeSpace(dropNewWindow(l))
		if l == "" || (mayBeFurniture(l) && furnitureLine.MatchString(l) && !provisional.MatchString(l)) {
			continue
		}
		kept = append(kept, l)
	}
	// The page's date usually sits in its header, outside the main
	// content: keep it as the first line, where a readout has its date.
	if hasDate && (len(kept) == 0 || !isDateLine(kept[0])) {
		kept = append([]string{date.Format("January 2, 2006")}, kept...)
	}
	return strings.Join(kept, "\n"), attachments, title, nil
}

// pageDate finds the publication date in a page's metadata or header.
func pageDate(doc *goquery.Document) (time.Time, bool) {
	for _, sel := range []string{`meta[property="article:published_time"]`, `meta[name="date"]`, `meta[name="dcterms.date"]`} {
		if v, ok := doc.Find(sel).First().Attr("content"); ok {
			if t := parseFrontMatterTime(v); !t.IsZero() {
				return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
			}
			if len(v) >= 10 {
				if t := parseFrontMatterTime(v[:10]); !t.IsZero() {
					return t, true
				}
			}
		}
	}
	if v, ok := doc.Find("time[datetime]").First().Attr("datetime"); ok && len(v) >= 10 {
		if t := parseFrontMatterTime(v[:10]); !t.IsZero() {
			return t, true
		}
	}
	for _, sel := range []string{"#contents-header", ".entry-date", ".posted-on", ".published", ".date", ".gem-c-metadata"} {
		var found time.Time
		doc.Find(sel).First().Find("*").AddBack().Each(func(_ int, s *goquery.Selection) {
			if found.IsZero() {
				if t, ok := parseDateLine(normalizeSpace(s.Text())); ok {
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

// attachmentTitle cleans a document link's text ("Joint Statement (PDF) [120KB]").
func attachmentTitle(label, href string) string {
	if m := attachmentRE.FindStringSubmatch(label); m != nil {
		label = m[1]
	}
	label = strings.TrimSpace(label)
	if label == "" {
		label = href
		if i := strings.LastIndexByte(label, '/'); i >= 0 {
			label = label[i+1:]
		}
	}
	return label
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

// textWriter renders a DOM subtree as lines of text.
type textWriter struct {
	b         strings.Builder
	lineStart int  // offset of the current line in b
	numbered  bool // a line opened with a top-level number has been written
}

// blockElements start and end a line.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Br: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Blockquote: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Hr: true, atom.Pre: true,
	atom.Address: true,
}

// newline ends the current line, if it has text.
func (w *textWriter) newline() {
	line := w.b.String()[w.lineStart:]
	if strings.TrimSpace(line) == "" {
		return
	}
	if !w.numbered {
		w.numbered = l1Marker.MatchString(normalizeSpace(line)) && !isDateLine(normalizeSpace(line))
	}
	w.b.WriteByte('\n')
	w.lineStart = w.b.Len()
}

// walk writes n and its children. Ordered lists are numbered "1." at the
// top level before any numbered line, "(1)" otherwise, unless the item
// already carries its own number.
func (w *textWriter) walk(n *html.Node, olDepth int) {
	switch n.Type {
	case html.TextNode:
		t := n.Data
		w.b.WriteString(strings.ReplaceAll(t, "\n", " "))
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	block := blockElements[n.DataAtom]
	if block {
		w.newline()
	}
	if n.DataAtom == atom.Ol {
		start := 1
		for _, a := range n.Attr {
			if a.Key == "start" {
				if v, err := strconv.Atoi(a.Val); err == nil {
					start = v
				}
			}
		}
		parenthesized := olDepth > 0 || w.numbered
		i := start
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				w.newline()
				if !startsBlock(normalizeSpace(nodeText(c, 80))) {
					if parenthesized {
						fmt.Fprintf(&w.b, "(%d) ", i)
					} else {
						fmt.Fprintf(&w.b, "%d. ", i)
					}
				}
				i++
				for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
					w.walk(cc, olDepth+1)
				}
				w.newline()
				continue
			}
			w.walk(c, olDepth+1)
		}
		w.newline()
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, olDepth)
	}
	if block {
		w.newline()
	}
}

// nodeText returns up to limit bytes of the text under n.
func nodeText(n *html.Node, limit int) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if b.Len() >= limit {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}
