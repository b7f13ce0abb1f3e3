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
	"github.com/andybalholm/cascadia"
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
	// 1C-Bitrix's news.detail component (CIS ministries) and Drupal's
	// Paragraphs module, whose body is a list of typed paragraphs.
	".news-detail", ".field--name-field-paragraphs",
}

// bodyMatchers are bodySelectors compiled.
var bodyMatchers = func() []cascadia.Selector {
	m := make([]cascadia.Selector, len(bodySelectors))
	for i, sel := range bodySelectors {
		m[i] = cascadia.MustCompile(sel)
	}
	return m
}()

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
	"[class*=field-name-field-tags], [class*=itemTags], [class*=tags-list], [class*=tags], " +
	// the same vocabulary in CSS modules' capitalised names
	// (RelatedArticles_section__Ng1Bo), breadcrumbs of any spelling
	// (bx-breadcrumb, crumbs), AMP's menu and share buttons
	"[class*=Related], [class*=Share], [class*=Social], [class*=crumb], [class*=Crumb], amp-sidebar, amp-social-share, " +
	// what ARIA or HTML says is not the page's text: menus, banners,
	// search, dialogs (cookie notices), hidden blocks
	"[role=navigation], [role=menubar], [role=banner], [role=contentinfo], [role=search], [role=dialog], " +
	"[aria-hidden=true], [hidden], .modal, " +
	// view counters beside a date ("04 July, 2025 · 1,382 views")
	".views, .view-count, .post-views, .hits, [class*=viewcount], [class*=view-count]"

// The selectors Main asks of every page, compiled once.
var (
	furniture            = cascadia.MustCompile(furnitureSelectors)
	pictures             = cascadia.MustCompile(pictureSelectors)
	leads                = cascadia.MustCompile(leadSelectors)
	metaLineMatcher      = cascadia.MustCompile(metaLines)
	switchers            = cascadia.MustCompile(languageSwitchers)
	footers              = cascadia.MustCompile("[class*=footer], [id*=footer], [class*=Footer]")
	headings             = cascadia.MustCompile("h1, h2, h3, h4, [class*=title], [class*=headline]")
	blockHeadings        = cascadia.MustCompile("h2, h3, h4, h5, h6, dt, [class*=title], [class*=heading], [class*=Heading], [class*=header]")
	today                = cascadia.MustCompile(todayWidgets)
	linkOrItem           = cascadia.MustCompile("a, li")
	headlineClassMatcher = cascadia.MustCompile(headlineClasses)
)

// inFurniture reports whether an ancestor of n is furniture.
func inFurniture(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && furniture.Match(p) {
			return true
		}
	}
	return false
}

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
	headline := headlineNode(doc, title)
	date, hasDate := pageDate(doc, headline)
	// The lead is found before the furniture goes too: TYPO3's news
	// calls it a teaser, the word that elsewhere marks other articles.
	lead := leadParagraph(doc, headline)
	doc.FindMatcher(furniture).Remove()
	removeShortFurniture(doc)
	// A form is furniture (a search box, a newsletter), unless it holds
	// the page: ASP.NET sites wrap the whole page in one.
	doc.Find("form").Each(func(_ int, f *goquery.Selection) {
		if len(canonical(f.Text())) < 300 {
			f.Remove()
		}
	})
	// A picture's block with its line of text is a photo with its caption
	// ("The two ministers in Lisbon. Photo: …"), whatever its class says.
	doc.FindMatcher(pictures).Each(func(_ int, s *goquery.Selection) {
		if s.Find("img, amp-img, picture").Length() > 0 && len(s.Text()) < 250 {
			s.Remove()
		}
	})
	removeOtherNews(doc, title)

	var nodes []*html.Node
	if root := knownBody(doc); root != nil {
		nodes = root.Nodes
	} else if n := readable(doc, base, title); n != nil {
		nodes = []*html.Node{n}
	} else {
		nodes = fallbackMain(doc).Nodes
	}
	// The lead under the headline (gov.uk's "Prime Minister Keir Starmer
	// spoke to Prime Minister of Denmark Mette Frederiksen.", a Plone
	// description, a TYPO3 teaser) stands outside the body in many layouts
	// and often alone names the publisher's principal: it opens the
	// readout when the body does not say it.
	if lead != "" && !strings.Contains(canonical(textOf(nodes[0])), canonical(lead)) {
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: lead})
		nodes = append([]*html.Node{p}, nodes...)
	}
	root := goquery.NewDocumentFromNode(nodes[0]).Selection
	if len(nodes) > 1 {
		root = root.AddNodes(nodes[1:]...)
	}
	// The date written first need not be read twice: a dateline inside
	// the body (Bitrix's "14.03.2025" before the text, a component of
	// its own that Readability takes in) goes.
	root.Find("span, p, div, time, small").Each(func(_ int, s *goquery.Selection) {
		if _, ok := dateLine(normalizeSpace(s.Text())); ok {
			s.Remove()
		}
	})
	root.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		a.SetAttr("href", resolve(base, href))
	})
	root.Find("h1, h2, h3, h4, div, p, span").Each(func(_ int, h *goquery.Selection) {
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

// leadSelectors name the summary paragraph layouts set between the
// headline and the body: gov.uk's lead paragraph, Plone's description,
// TYPO3 news' teaser text, and the class names of a lead, summary,
// standfirst, intro, perex (Czech and Slovak sites), ingress
// (Scandinavian ones) or chapô (French ones, SPIP's "chapo") in any
// layout.
const leadSelectors = ".gem-c-lead-paragraph, p.govuk-body-l, .documentDescription, .teaser-text, " +
	"[class*=lead], [class*=Lead], [class*=summary], [class*=Summary], [class*=standfirst], " +
	"[class*=intro], [class*=perex], [class*=ingress], [class*=preamble], [class*=chapo], [class*=chapeau]"

// maxLead is the most text (bytes) of a lead: one or two sentences.
const maxLead = 400

// minTextParagraph is the least text (bytes) of a paragraph that begins
// the readout's text: a date line, a byline or a photo's caption between
// the headline and the lead is shorter, a one-sentence readout is not.
const minTextParagraph = 100

// leadParagraph returns the text of the layout's lead after the headline,
// "" when there is none: the first element of the lead vocabulary
// between the headline and the first paragraph of text that is one short
// block of text, no link, not an item of a list of other articles, and
// not within the page's furniture. (A summary after the text is another
// article's, in a list beside it.)
func leadParagraph(doc *goquery.Document, headline *html.Node) string {
	if headline == nil {
		return ""
	}
	// Walk the page from the headline on, in the order it is written,
	// until the first paragraph of text.
	for n := after(headline); n != nil; n = next(n) {
		if n.Type != html.ElementNode {
			continue
		}
		if leads.Match(n) {
			s := goquery.NewDocumentFromNode(n).Selection
			t := normalizeSpace(s.Text())
			if t != "" && len(t) <= maxLead && len(strings.Fields(t)) >= 6 && s.Find("a").Length() == 0 &&
				s.ClosestMatcher(linkOrItem).Length() == 0 && !inFurniture(n) {
				return t
			}
		}
		if n.Data == "p" {
			if t, short := boundedText(n, 4*maxLead); !short || len(normalizeSpace(t)) >= minTextParagraph {
				return ""
			}
		}
	}
	return ""
}

// next returns the node after n in the order a page is written: its first
// child, else the next node after its subtree.
func next(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	return after(n)
}

// after returns the first node after n's subtree, or nil.
func after(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// boundedText returns the text under n when it is at most max bytes
// (short), else a prefix of it: a block's text need not be read whole to
// know that it is long.
func boundedText(n *html.Node, max int) (text string, short bool) {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return b.Len() <= max
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	short = walk(n)
	return b.String(), short
}

// knownBody returns the first known layout's body element with text, or nil.
func knownBody(doc *goquery.Document) *goquery.Selection {
	for _, sel := range bodyMatchers {
		// A known body's class in the footer is the footer's text
		// (Drupal's address block is a body field too).
		s := doc.FindMatcher(sel).FilterFunction(func(_ int, s *goquery.Selection) bool {
			return s.ClosestMatcher(footers).Length() == 0
		}).First()
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
	h := headlineNode(doc, title)
	if h == nil {
		return nil
	}
	heading := goquery.NewDocumentFromNode(h).Selection
	own := len(canonical(title))
	for p := heading.Parent(); p.Length() > 0 && goquery.NodeName(p) != "body" && goquery.NodeName(p) != "html"; p = p.Parent() {
		if len(canonical(p.Text()))-own >= minReadable {
			return p.Nodes[0]
		}
	}
	return nil
}

// headlineNode returns the heading whose text is the title, or nil.
func headlineNode(doc *goquery.Document, title string) *html.Node {
	if title == "" {
		return nil
	}
	var found *html.Node
	doc.FindMatcher(headings).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if strings.EqualFold(normalizeSpace(s.Text()), title) {
			found = s.Nodes[0]
			return false
		}
		return true
	})
	return found
}

// pictureSelectors name the blocks that hold a picture: a block of one
// with its line of text is a photo with its caption, or a gallery's.
const pictureSelectors = "[class*=image], [class*=photo], [class*=img], [class*=Image], [class*=Photo], " +
	"[class*=gallery], [class*=Gallery], [class*=slide], [class*=carousel], [class*=media], [class*=Media], amp-carousel"

// metaLines names a line of metadata or byline under the headline (date,
// category, author, "3 min read"; the date is read before it goes).
const metaLines = "[class*=meta], [class*=Meta], [class*=byline], [class*=ByLine], .info, [class*=-info], [class*=__info]"

// languageSwitchers names a language switcher's block ("EN | SK", "Ўзб
// Рус Eng"); a site may as well mark its text's language by class, so
// only a short block of links goes.
const languageSwitchers = "[class*=lang], [class*=Lang], [id*=lang]"

// maxMetaLine and maxSwitcher are the most text (bytes) of such blocks.
const maxMetaLine, maxSwitcher = 200, 100

// removeShortFurniture removes short metadata lines and language
// switchers, links that skip to the content or lead back to a list,
// whatever their class.
func removeShortFurniture(doc *goquery.Document) {
	// Angular's and web components' custom elements say what they are
	// in their names (app-breadcrumb, app-related-news, gov-footer).
	var custom []*html.Node
	for n := doc.Nodes[0]; n != nil; n = next(n) {
		if n.Type == html.ElementNode && strings.Contains(n.Data, "-") && furnitureElementRE.MatchString(n.Data) {
			custom = append(custom, n)
		}
	}
	for _, n := range custom {
		n.Parent.RemoveChild(n)
	}
	doc.FindMatcher(metaLineMatcher).Each(func(_ int, s *goquery.Selection) {
		if t, short := boundedText(s.Nodes[0], 4*maxMetaLine); short && len(normalizeSpace(t)) <= maxMetaLine {
			s.Remove()
		}
	})
	// A definition list of short pairs ("Release type: Media release",
	// "Date: 27 August 2024") is the page's metadata too.
	doc.Find("dl").Each(func(_ int, s *goquery.Selection) {
		short := len(normalizeSpace(s.Text())) <= maxMetaLine
		s.Find("dd").Each(func(_ int, d *goquery.Selection) { short = short && len(normalizeSpace(d.Text())) <= 60 })
		if short {
			s.Remove()
		}
	})
	doc.FindMatcher(switchers).Each(func(_ int, s *goquery.Selection) {
		t, short := boundedText(s.Nodes[0], 4*maxSwitcher)
		if !short {
			return
		}
		t = canonical(t)
		links := len(canonical(s.Find("a").Text()))
		if len(t) <= maxSwitcher && links*10 >= len(t)*8 {
			s.Remove()
		}
	})
	doc.Find("a").Each(func(_ int, a *goquery.Selection) {
		if skipOrBackRE.MatchString(normalizeSpace(a.Text())) {
			a.Remove()
		}
	})
}

// furnitureElementRE is a word of a custom element's name that names
// furniture.
var furnitureElementRE = regexp.MustCompile(`(?:^|-)(?:header|footer|breadcrumbs?|nav|navbar|navigation|menu|megamenu|sidebar|related|share|social|cookies?|gallery|carousel)(?:-|$)`)

var skipOrBackRE = regexp.MustCompile(`(?i)^(?:[«‹←<]\s*)?(?:skip to|back to|return to|go back|jump to)\b`)

// otherNewsRE is the heading of a list of other articles: "Latest news",
// "Related links", "More from the Ministry", "See also", "Other Press
// Releases", "Read also".
var otherNewsRE = regexp.MustCompile(`(?i)^(?:(?:latest|related|recent|more|other|similar|further|popular|most read)\b.{0,30}\b(?:news|articles?|posts|stories|releases|statements|links|updates|items|from\b.*)|related|see also|read also|also read|read more|more|you (?:may|might) also (?:like|be interested in))\W*$`)

// contactsRE is the heading of a press office's contacts ("Media
// enquiries", "Press contacts").
var contactsRE = regexp.MustCompile(`(?i)^(?:(?:media|press)\s+(?:enquiries|inquiries|contacts?|office)|contacts?(?: us)?)\W*$`)

// maxContacts is the most text (bytes) of a block of contacts.
const maxContacts = 300

// removeOtherNews removes the lists of other articles that pages set
// beside or below a readout under a heading that says so, whatever their
// class: the largest block that opens with such a heading and whose text
// is largely its links' (titles of other articles, perhaps with their
// summaries). A short block under a heading of the press office's
// contacts goes too.
func removeOtherNews(doc *goquery.Document, title string) {
	doc.FindMatcher(blockHeadings).Each(func(_ int, h *goquery.Selection) {
		t, short := boundedText(h.Nodes[0], 200)
		if !short {
			return
		}
		t = normalizeSpace(t)
		news, contacts := otherNewsRE.MatchString(t), contactsRE.MatchString(t)
		if len(t) > 60 || !news && !contacts {
			return
		}
		head := canonical(t)
		var block *goquery.Selection
		for p := h.Parent(); p.Length() > 0 && !p.Is("body, html, main, article"); p = p.Parent() {
			text := canonical(p.Text())
			if !strings.HasPrefix(text, head) || (title != "" && strings.Contains(text, canonical(title))) {
				break
			}
			block = p
		}
		if block == nil {
			return
		}
		links := 0
		block.Find("a").Each(func(_ int, a *goquery.Selection) { links += len(canonical(a.Text())) })
		rest := len(canonical(block.Text())) - len(head)
		if news && rest > 0 && links*10 >= rest*3 || contacts && len(normalizeSpace(block.Text())) <= maxContacts {
			block.Remove()
		}
	})
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
// <time> element, the text of an element that holds only a date, a line
// next to the headline that is only a date, or a line anywhere that is
// only a date after a label ("Date: 3 April 2025").
func pageDate(doc *goquery.Document, headline *html.Node) (time.Time, bool) {
	if t, ok := metaDate(doc); ok {
		return t, true
	}
	for _, sel := range []string{`meta[itemprop=datePublished]`, `[property~="dc:date"]`, `[property~="dc:created"]`} {
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
		".submitted", "[class*=date]", "[class*=Date]", "[class*=ublished]"} {
		var found time.Time
		doc.Find(sel).EachWithBreak(func(_ int, el *goquery.Selection) bool {
			if el.ClosestMatcher(today).Length() > 0 {
				return true
			}
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
	// A date line of no class: one of the few blocks after the headline
	// (the Singapore design system's masthead), else one that names
	// itself ("Date: 3 April 2025" in a press release's table).
	if headline != nil {
		next := goquery.NewDocumentFromNode(headline).NextAll()
		next = next.Slice(0, min(3, next.Length()))
		var found time.Time
		next.Find("*").AddSelection(next).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			found, _ = dateLine(normalizeSpace(s.Text()))
			return found.IsZero()
		})
		if !found.IsZero() {
			return found, true
		}
	}
	var found time.Time
	doc.Find("p, div, span, td, dd").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t, short := boundedText(s.Nodes[0], 120)
		if !short {
			return true // a block, not a line
		}
		// not a date in a list of other articles
		if l := normalizeSpace(t); dateLabelRE.MatchString(l) && s.ClosestMatcher(linkOrItem).Length() == 0 {
			found, _ = dateLine(l)
		}
		return found.IsZero()
	})
	return found, !found.IsZero()
}

// todayWidgets name the blocks where a site's header shows today's date,
// not the page's.
const todayWidgets = "[class*=today], [class*=Today], [id*=today], [class*=current-date], [class*=currentDate]"

// dateLabelRE is a line that opens with a date's label.
var dateLabelRE = regexp.MustCompile(`(?i)^(?:published|updated|date|posted|issued)\b`)

// metaDates are the names of <meta> elements that hold a page's
// publication date, most telling first; sites spell Dublin Core's in
// either case ("DC.Date", "dcterms.issued"), and the Dutch government's
// give the date a page was made available.
var metaDates = []string{"article:published_time", "date", "dcterms.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.available", "dcterms.created", "dc.date.created"}

// metaDate returns the date of the first of metaDates a page has.
func metaDate(doc *goquery.Document) (time.Time, bool) {
	content := map[string]string{}
	doc.Find("meta[content]").Each(func(_ int, m *goquery.Selection) {
		name := m.AttrOr("name", m.AttrOr("property", ""))
		if k := strings.ToLower(name); content[k] == "" {
			content[k] = m.AttrOr("content", "")
		}
	})
	for _, name := range metaDates {
		if t, ok := isoDate(content[name]); ok {
			return t, true
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
//
// Gulf ministries write the Hijri date first ("11/09/1446 H - 11 March
// 2025"): the Gregorian one after it is read. A dateline may name the
// place first ("Bern, 22.11.2024").
var dateLineRE = regexp.MustCompile(`^(?:(?i:Published|Updated|Date|Posted|Issued)(?: on)?\s*:?\s*)?(?:\d{1,2}/\d{1,2}/1[34]\d\d\s*(?:H|AH|هـ)\s*[-–|]\s*)?` +
	`(?:\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){0,2},\s+)?` +
	`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
	`(\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})` +
	`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*(?i:[ap]\.?m\.?))?)?$`)

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
	// A layout without <h1> names its headline's block by class
	// ("news-details-title"); the titles of other articles are links.
	title = ""
	doc.FindMatcher(headlineClassMatcher).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := normalizeSpace(s.Text())
		if len(strings.Fields(t)) >= 4 && len(t) <= 250 && s.Find("a").Length() == 0 && s.ClosestMatcher(linkOrItem).Length() == 0 {
			title = t
		}
		return title == ""
	})
	if title != "" {
		return title, false
	}
	t := normalizeSpace(doc.Find("title").First().Text())
	for _, sep := range []string{" | ", " - GOV.UK", " – ", " - "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return t, true
}

// headlineClasses name a headline's block in layouts without <h1>.
const headlineClasses = "[class*=news-title], [class*=details-title], [class*=article-title], [class*=post-title], " +
	"[class*=entry-title], [class*=story-title], [class*=headline]"

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
