package readout

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ErrNoFrontMatter is returned by ParseMarkdown for a document that does
// not open with a YAML front-matter block.
var ErrNoFrontMatter = errors.New("readout: no yaml front matter")

// frontMatter holds the keys ParseMarkdown reads; others are ignored.
type frontMatter struct {
	Title         string `yaml:"title"`
	Date          string `yaml:"date"`
	PublishedTime string `yaml:"published_time"`
	SourceURL     string `yaml:"source_url"`
	URL           string `yaml:"url"`
	Publisher     string `yaml:"publisher"`
	Country       string `yaml:"country"`
	// PublisherCountry is the corpus's spelling of Country.
	PublisherCountry string `yaml:"publisher_country"`
}

// ParseMarkdown reads a readout stored as Markdown with YAML front matter
// (title, date, published_time, source_url, and optionally publisher and
// country) and returns it as a Document whose Body is plain text, one
// paragraph per line, with Markdown links, emphasis and escapes removed.
func ParseMarkdown(src []byte) (Document, error) {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return Document{}, ErrNoFrontMatter
	}
	rest := src[4:]
	var head, body []byte
	switch i := bytes.Index(rest, []byte("\n---\n")); {
	case i >= 0:
		head, body = rest[:i], rest[i+5:]
	case bytes.HasSuffix(rest, []byte("\n---")):
		head = rest[:len(rest)-4]
	default:
		return Document{}, fmt.Errorf("readout: unterminated front matter: %w", ErrNoFrontMatter)
	}
	var fm frontMatter
	if err := yaml.Unmarshal(head, &fm); err != nil {
		return Document{}, fmt.Errorf("readout: front matter: %w", err)
	}
	doc := Document{
		Title:            normalizeSpace(fm.Title),
		URL:              strings.TrimSpace(fm.SourceURL),
		Publisher:        strings.TrimSpace(fm.Publisher),
		PublisherCountry: strings.ToUpper(strings.TrimSpace(cmp.Or(fm.Country, fm.PublisherCountry))),
		Body:             markdownText(string(body)),
	}
	if doc.URL == "" {
		doc.URL = strings.TrimSpace(fm.URL)
	}
	doc.Published = parseFrontMatterTime(fm.PublishedTime)
	if doc.Published.IsZero() {
		doc.Published = parseFrontMatterTime(fm.Date)
	}
	return doc, nil
}

// parseFrontMatterTime accepts the time layouts seen in front matter.
func parseFrontMatterTime(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05-07:00", "2006-01-02 15:04:05Z07:00",
		"2006-01-02T15:04:05", "2006-01-02 15:04:05", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

var (
	mdImage     = lazyRegexp(`!\[[^\]]*\]\([^)]*\)`)
	mdLink      = lazyRegexp(`\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)`)
	mdRefLink   = lazyRegexp(`\[([^\]]+)\]\[[^\]]*\]`)
	mdEmphasis  = lazyRegexp(`\*{1,3}([^*\n]+?)\*{1,3}`)
	mdEscape    = lazyRegexp(`\\([\\` + "`" + `*_{}\[\]()#+\-.!$&<>|~"'])`)
	mdInlineTag = lazyRegexp(`(?i)</?(?:sup|sub|u|em|strong|b|i|span|small|mark|ins)\b[^<>]{0,80}>`)
	mdSupWord   = lazyRegexp(`(?i)</sup>(\pL)`)
	mdHeading   = lazyRegexp(`^#{1,6}\s+`)
	mdBullet    = lazyRegexp(`^[*+]\s+`)
)

// hardWrapped reports whether text is wrapped at a fixed width, its
// paragraphs spread over lines that mostly end mid-sentence, rather than
// written one paragraph a line.
func hardWrapped(lines []string) bool {
	n, midSentence := 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		n++
		if !endsSentence(l) && !strings.HasSuffix(l, ":") {
			midSentence++
		}
	}
	return n > 0 && midSentence*2 > n
}

// wrapsNumber reports whether line, which opens with a number, goes on
// the sentence that prev, wrapped before it, leaves unfinished: a number
// without a full stop followed by a word in lower case ("9 with …"), after
// a line that ends mid-sentence.
func wrapsNumber(prev, line string) bool {
	i := 0
	for i < len(line) && i < 3 && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(line)-1 || line[i] != ' ' || !('a' <= line[i+1] && line[i+1] <= 'z') {
		return false
	}
	return !endsSentence(prev) && !strings.HasSuffix(prev, ":")
}

// continuesItem reports whether line, indented, goes on the list item
// that cur opens, whose last line prev was cut at the page's width:
// "-   Administrator of the National Oceanic and Atmospheric
// Administration" / "    Rick Spinrad" is one item. A short item line
// followed by an indented one is a heading over its text.
func continuesItem(cur, prev, line string) bool {
	return strings.HasPrefix(cur, "- ") && len(strings.TrimRight(prev, " ")) >= 60 &&
		(strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")) &&
		!mdBullet.MatchString(strings.TrimSpace(line)) && !startsBlock(strings.TrimSpace(line))
}

// markdownText converts Markdown to plain text paragraphs, one a line.
func markdownText(md string) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	lines := strings.Split(md, "\n")
	wrapped := hardWrapped(lines)
	sub := subHeadings(lines)
	runIns := boldRunIns(lines)
	meetings := boldMeetings(lines)
	prev := ""
	for li, line := range lines {
		t := strings.TrimSpace(line)
		// "**Migration.** The two ministers …": a run-in topic heads
		// its paragraph (boldRunIns).
		if label, ok := runIns[li]; ok {
			flush()
			if h := headingLine(label, paras); strings.HasPrefix(h, "- ") {
				cur.WriteString(h)
				flush()
				_, t, _ = boldRunIn(t)
			}
		}
		last := prev
		prev = line
		if t == "" || t == "<!-- -->" {
			// An empty comment only separates two lists.
			flush()
			continue
		}
		if !wrapped && cur.Len() > 0 && !continuesItem(cur.String(), last, line) {
			// Unwrapped text: a line is a paragraph.
			flush()
		}
		if mdHeading.MatchString(t) {
			flush()
			h := headingLine(mdHeading.ReplaceAllString(t, ""), paras)
			// "## 9 July 2025" after the lead: a bulletin's day, over
			// the meetings of that day, is a heading of the page's
			// own (a date line alone is the page's date elsewhere).
			if !strings.HasPrefix(h, "- ") && isDateLine(h) && textBegun(paras) && textFollows(lines[li+1:]) {
				h = "- " + h
			}
			// ("### Trade" under "## Bilateral relations".)
			if sub[strings.IndexFunc(t, func(r rune) bool { return r != '#' })] {
				if rest, ok := strings.CutPrefix(h, "- "); ok {
					h = "-- " + rest
				}
			}
			cur.WriteString(h)
			flush()
			continue
		}
		// "_Supply chains_": a line in emphasis is read as the line
		// (plainHeadings reads it as the heading it may be).
		if len(t) > 2 && t[0] == '_' && t[len(t)-1] == '_' && !strings.Contains(t[1:len(t)-1], "_") {
			t = t[1 : len(t)-1]
		}
		// "__Kyiv__", "<strong>Kyiv</strong>": bold as "**Kyiv**" is.
		t = boldLine(t)
		// "**Bilateral relations**" alone on its line is a heading too.
		if len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**") {
			flush()
			b := t[2 : len(t)-2]
			// "**Warsaw:**" over a paragraph: a heading of a word or
			// two with a colon ("**Participants:**" over a list is
			// the list's label).
			if k, ok := strings.CutSuffix(b, ":"); ok && strings.Count(k, " ") <= 2 && !listFollows(lines[li+1:]) {
				b = k
			}
			// ("**Meeting with H.E. Mr. X, President of Y**" over the
			// first of a page's meetings: a heading before the text.)
			if meetings && !strings.HasPrefix(headingLine(b, paras), "- ") && longMeetingHeading(b) {
				b = "- " + b
				cur.WriteString(b)
				flush()
				continue
			}
			if h := headingLine(b, paras); strings.HasPrefix(h, "- ") {
				// ("**Energy**" under "## Bilateral relations": a level
				// below the text's Markdown headings.)
				if sub[0] {
					h = "-" + h
				}
				cur.WriteString(h)
			} else {
				cur.WriteString(t)
			}
			flush()
			continue
		}
		if wrapped && cur.Len() > 0 && wrapsNumber(strings.TrimSpace(cur.String()), t) {
			// "… at the White House on May" / "9 with Leader Jeffries":
			// the number goes on the sentence, it opens no item.
		} else if mdBullet.MatchString(t) || startsBlock(t) {
			flush()
			t = mdBullet.ReplaceAllString(t, "- ")
		} else if continuesItem(cur.String(), last, line) {
			// An indented line goes on its list item.
		} else if m, ok := parseMarker(normalizeSpace(cur.String())); ok && m.rest != "" && isHeading(m.rest) {
			// "(1) Overview" on its own line is a heading, not the
			// start of the paragraph below it.
			flush()
		}
		cur.WriteString(t)
		cur.WriteByte(' ')
	}
	flush()
	for i, p := range paras {
		p = mdImage.ReplaceAllString(p, "")
		p = mdLink.ReplaceAllString(p, "$1")
		p = mdRefLink.ReplaceAllString(p, "$1")
		p = mdEmphasis.ReplaceAllString(p, "$1")
		p = mdEscape.ReplaceAllString(p, "$1")
		if strings.IndexByte(p, '<') >= 0 {
			// Inline HTML in Markdown: "25<sup>th</sup>", "<u>Efforts</u>";
			// "10<sup>th</sup>anniversary" lost its space.
			p = mdSupWord.ReplaceAllString(p, "</sup> $1")
			p = mdInlineTag.ReplaceAllString(p, "")
		}
		paras[i] = normalizeSpace(unescapeText(p))
	}
	return strings.Join(paras, "\n")
}

// subHeadings marks the Markdown heading levels ("##" is 2) that are a
// second level of the text's headings: those below the highest level
// used once the text has begun (a "# Title" before it is the page's).
// Its [0] holds whether any level is used.
func subHeadings(lines []string) [7]bool {
	var used [7]bool
	begun := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !mdHeading.MatchString(t) {
			begun = begun || endsSentence(t)
			continue
		}
		if begun {
			used[strings.IndexFunc(t, func(r rune) bool { return r != '#' })] = true
		}
	}
	var sub [7]bool
	top := true
	for i := 1; i <= 6; i++ {
		if used[i] {
			sub[i] = !top
			top = false
		} else if !top {
			sub[i] = true
		}
	}
	// (sub[0]: the text has Markdown headings, under which a line in
	// bold is a second level.)
	sub[0] = !top
	return sub
}

// headingLine writes a Markdown heading's text h as the text's unnumbered
// heading ("- Bilateral relations") once the readout's text has begun
// (paras holds a sentence): a heading of the page's own, whose sections
// follow it. A numbered heading keeps its number; a heading before the
// text (the page's title or label), a date or a sentence stays a line.
func headingLine(h string, paras []string) string {
	h = strings.TrimSpace(h)
	if !textBegun(paras) || !ownHeading(h) {
		return h
	}
	return "- " + h
}

// textFollows reports whether a line of text follows among lines: a date
// at the foot of a page heads nothing.
func textFollows(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}

// textBegun reports whether a sentence of the text is among paras.
func textBegun(paras []string) bool {
	for _, p := range paras {
		if endsSentence(p) {
			return true
		}
	}
	return false
}

// boldLine writes a line wholly in bold as "**…**": "__Kyiv__",
// "<strong>Kyiv</strong>", "<b>Kyiv</b>".
func boldLine(t string) string {
	if len(t) < 5 || t[0] != '_' && t[0] != '<' {
		return t
	}
	for _, tag := range [][2]string{{"__", "__"}, {"<strong>", "</strong>"}, {"<b>", "</b>"}} {
		if in, ok := strings.CutPrefix(t, tag[0]); ok {
			if in, ok := strings.CutSuffix(in, tag[1]); ok && in != "" && !strings.Contains(in, tag[1]) && !strings.Contains(in, "<") {
				return "**" + in + "**"
			}
		}
	}
	return t
}

// listFollows reports whether the first line of text in lines opens a
// list's item.
func listFollows(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return mdBullet.MatchString(t) || strings.HasPrefix(t, "- ") || l1Marker.MatchString(t)
		}
	}
	return false
}
