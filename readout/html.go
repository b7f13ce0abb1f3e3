package readout

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureTags are elements whose text is never readout text.
var furnitureTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Figure: true, atom.Figcaption: true,
	atom.Form: true, atom.Button: true, atom.Iframe: true, atom.Svg: true, atom.Select: true, atom.Head: true,
}

// furnitureClasses mark page furniture in any layout: breadcrumbs, share
// bars, captions.
var furnitureClasses = []string{"breadcrumb", "share", "social", "caption", "pagetop", "page-top", "skip-link", "screen-reader-text"}

var docLinkRE = lazyRegexp(`(?i)\.(?:pdf|docx?|xlsx?)(?:[?#].*)?$|\((?:pdf|word)\b`)

// ExtractHTML reads the text of an HTML fragment or of a page that the
// fetching side has reduced to its readout (package extract): one line
// per paragraph, list item or heading, without furniture elements
// (navigation, headers, footers, figures, forms, share bars, captions) or
// "Back to …" links. Links to documents (PDF, Word) become attachments
// with absolute URLs, resolved against pageURL. title is the first <h1>,
// which is not repeated in the text. It does not choose the part of a
// whole page that holds the readout: that is package extract's work.
func ExtractHTML(src, pageURL string) (text string, attachments []Attachment, title string, err error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", nil, "", fmt.Errorf("readout: parse html: %w", err)
	}
	base, _ := url.Parse(pageURL)
	var drop []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case furnitureTags[n.DataAtom] || hasFurnitureClass(n):
				drop = append(drop, n)
				return
			case n.DataAtom == atom.H1 && title == "":
				title = normalizeSpace(nodeText(n, 300))
				drop = append(drop, n)
				return
			case n.DataAtom == atom.A:
				if href, ok := attr(n, "href"); ok {
					label := normalizeSpace(openNewWindow.ReplaceAllString(nodeText(n, 300), ""))
					switch {
					case docLinkRE.MatchString(href) || docLinkRE.MatchString(label):
						attachments = append(attachments, Attachment{Title: attachmentTitle(label, href), URL: resolve(base, href)})
						drop = append(drop, n)
						return
					case strings.HasPrefix(lowerText(label), "back to"):
						drop = append(drop, n)
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}

	var w textWriter
	w.levels, w.headings = headingLevels(doc)
	w.walk(doc, 0)
	w.newline()
	var kept []string
	for _, l := range strings.Split(w.b.String(), "\n") {
		l = normalizeSpace(dropNewWindow(l))
		if l == "" || (mayBeFurniture(l) && furnitureLine.MatchString(l) && !provisional.MatchString(l)) {
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n"), attachments, title, nil
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasFurnitureClass reports whether n's id or class names furniture.
func hasFurnitureClass(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := lowerText(a.Val)
		for _, f := range furnitureClasses {
			if containsText(v, f) {
				return true
			}
		}
	}
	return false
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
	text      bool // a line of a sentence (no heading) has been written
	// levels holds the level of each heading tag of the page's own
	// headings (headingLevels), and of a bold paragraph under atom.P.
	levels map[atom.Atom]int
	// headings are the <h2>…<h6> that are the page's own headings
	// (isPageHeading), found once by headingLevels.
	headings map[*html.Node]bool
}

// headingLevels ranks the tags of the page's own headings: the highest
// tag the page uses (<h2> as a rule) is level 1, the next level 2; a
// paragraph in bold is a level below the tags (1 on a page with none).
// Deeper levels are read as 2, the deepest a readout's sections have. It
// returns those headings too, read once here for the writer.
func headingLevels(doc *html.Node) (map[atom.Atom]int, map[*html.Node]bool) {
	var seen [7]bool
	headings := map[*html.Node]bool{}
	// begun: a paragraph that ends a sentence has been seen, after which
	// "<h2>9 July 2025</h2>" is a bulletin's day, a heading of the page
	// (a date before the text is the page's date).
	begun := false
	var rec func(n *html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode && headingTags[n.DataAtom] && (isPageHeading(n) || begun && hasNextElement(n) && isDateLine(normalizeSpace(nodeText(n, 200)))) {
			seen[n.DataAtom.String()[1]-'0'] = true
			headings[n] = true
			return
		}
		if !begun && n.Type == html.ElementNode && n.DataAtom == atom.P {
			begun = endsSentence(strings.TrimSpace(nodeText(n, 2000)))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
	levels := map[atom.Atom]int{}
	tags := []atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6}
	level := 0
	for i := 2; i <= 6; i++ {
		if seen[i] {
			level++
			levels[tags[i-1]] = min(level, 2)
		}
	}
	levels[atom.P] = min(level+1, 2)
	return levels, headings
}

// hasNextElement reports whether an element follows n among its
// siblings: a date at the foot of a page heads nothing.
func hasNextElement(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
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
	if !w.text {
		w.text = endsSentence(strings.TrimSpace(line))
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
		// A heading of the page's own ("<h3>Regional issues</h3>", a
		// paragraph all in bold) without a number of its own is written
		// as the text's unnumbered heading, "- Regional issues": the
		// sections follow the page's structure.
		// (Only after the text has begun: a bold line before the lead,
		// "PRESS RELEASE", is the page's label, left to the header.)
		// A heading below the page's first level is written "-- ".
		// (A heading tag was read by headingLevels; a paragraph in bold
		// is read here.)
		if w.text && (w.headings[n] || !headingTags[n.DataAtom] && isPageHeading(n)) {
			if w.levels[n.DataAtom] == 2 || !headingTags[n.DataAtom] && w.levels[atom.P] == 2 {
				w.b.WriteString("-- ")
			} else {
				w.b.WriteString("- ")
			}
		}
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

// headingTags are the page's headings below its title (<h1>).
var headingTags = map[atom.Atom]bool{atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// isPageHeading reports whether n is a heading of the page's own: an
// <h2>…<h6>, or a paragraph whose text is all in <b> or <strong>, whose
// text reads as one (ownHeading).
func isPageHeading(n *html.Node) bool {
	switch {
	case headingTags[n.DataAtom]:
	case n.DataAtom == atom.P || n.DataAtom == atom.Div:
		if !allBold(n) {
			return false
		}
	default:
		return false
	}
	t := normalizeSpace(nodeText(n, 200))
	// "<p><strong>Warsaw:</strong></p>" over a paragraph: a heading of a
	// word or two with a colon (over a list, the list's label).
	if k, ok := strings.CutSuffix(t, ":"); ok && strings.Count(k, " ") <= 2 && !listNext(n) {
		t = k
	}
	return ownHeading(t)
}

// listNext reports whether the element after n is a list.
func listNext(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c.DataAtom == atom.Ul || c.DataAtom == atom.Ol
		}
	}
	return false
}

// allBold reports whether every letter of the text under n is inside a
// <b> or <strong>, with at least one.
func allBold(n *html.Node) bool {
	bold := false
	var rec func(n *html.Node, in bool) bool
	rec = func(n *html.Node, in bool) bool {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) == "" {
				return true
			}
			bold = bold || in
			return in
		case html.ElementNode:
			if blockElements[n.DataAtom] && n.DataAtom != atom.Br {
				return false // a block inside: a container, not a line
			}
			in = in || n.DataAtom == atom.B || n.DataAtom == atom.Strong
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !rec(c, in) {
				return false
			}
		}
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !rec(c, false) {
			return false
		}
	}
	return bold
}
