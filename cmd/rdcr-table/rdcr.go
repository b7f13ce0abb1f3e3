package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/readout-bot/readout/anniversary"
)

// article is what the tool reads of one TEI file of the guide.
type article struct {
	Title     string // the short title: "Cambodia"
	Timelines []timeline
}

// timeline is one dated entry of the guide: its heading and its text.
type timeline struct {
	Section  string   // the section's xml:id: "diplomatic-relations"
	Head     string   // "Diplomatic Relations Severed, 1965."
	HeadWhen string   // the heading's <date when>: "1965"
	Text     string   // the paragraphs' text, tags removed
	When     []string // the <date when> values in the paragraphs
}

// node is a generic XML element, enough to walk TEI.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []node     `xml:",any"`
	Inner   []byte     `xml:",innerxml"`
}

func (n node) attr(local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// parseArticle reads one article of the guide.
func parseArticle(r io.Reader) (article, error) {
	var root node
	if err := xml.NewDecoder(r).Decode(&root); err != nil {
		return article{}, fmt.Errorf("decode TEI: %w", err)
	}
	var a article
	var walk func(n node, section string)
	walk = func(n node, section string) {
		switch {
		case n.XMLName.Local == "title" && n.attr("type") == "short" && a.Title == "":
			a.Title = text(n.Inner)
		case n.XMLName.Local == "div" && n.attr("type") == "section":
			section = n.attr("id")
		case n.XMLName.Local == "div" && n.attr("type") == "timeline":
			t := timeline{Section: section}
			for _, c := range n.Nodes {
				switch c.XMLName.Local {
				case "head":
					t.Head = text(c.Inner)
					for _, d := range c.Nodes {
						if d.XMLName.Local == "date" && t.HeadWhen == "" {
							t.HeadWhen = strings.TrimSpace(d.attr("when"))
						}
					}
				case "p":
					t.Text = strings.TrimSpace(t.Text + " " + text(c.Inner))
					t.When = append(t.When, dates(c)...)
				}
			}
			a.Timelines = append(a.Timelines, t)
			return
		}
		for _, c := range n.Nodes {
			walk(c, section)
		}
	}
	walk(root, "")
	if a.Title == "" {
		return article{}, fmt.Errorf("decode TEI: no short title")
	}
	return a, nil
}

func dates(n node) []string {
	var out []string
	for _, c := range n.Nodes {
		if c.XMLName.Local == "date" {
			if w := strings.TrimSpace(c.attr("when")); w != "" {
				out = append(out, w)
			}
		}
		out = append(out, dates(c)...)
	}
	return out
}

var tags = regexp.MustCompile(`<[^>]*>`)

// text is inner XML as plain text: tags dropped, entities decoded, spaces
// collapsed.
func text(inner []byte) string {
	s := tags.ReplaceAll(inner, nil)
	var b bytes.Buffer
	d := xml.NewDecoder(bytes.NewReader(append(append([]byte("<x>"), s...), "</x>"...)))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
		}
	}
	if b.Len() == 0 {
		b.Write(s)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// kind is what a timeline entry says happened to diplomatic relations.
type kind int

const (
	other kind = iota
	established
	broken
	resumed
)

var (
	reBroken      = regexp.MustCompile(`(?i)\b(sever|severed|severance|severing|cessation|interrupted|interruption|suspension|termination|ended|breaks?|broke)\b`)
	reResumed     = regexp.MustCompile(`(?i)(re-?establish|resum|restored|re-opening of diplomatic|normalized|relations re-?established)`)
	reEstablished = regexp.MustCompile(`(?i)(establishment of (full |ambassadorial )?diplomatic relations|diplomatic relations established|establishment of diplomatic relationsand)`)
	reRelations   = regexp.MustCompile(`(?i)relations`)
)

// reReopened is an embassy or legation reopened, which ends a break even
// when the heading does not say "relations".
var reReopened = regexp.MustCompile(`(?i)(reopen|re-open|reestablish|re-establish)\w*.*\b(embassy|legation)|\b(embassy|legation)\b.*\b(reopen|re-open|reestablish|re-establish)`)

// classify reads a timeline heading.
func classify(head string) kind {
	switch {
	case reReopened.MatchString(head) && !reBroken.MatchString(head):
		return resumed
	case !reRelations.MatchString(head):
		return other
	case reResumed.MatchString(head):
		return resumed
	case reEstablished.MatchString(head):
		return established
	case reBroken.MatchString(head):
		return broken
	}
	return other
}

var (
	months   = "January|February|March|April|May|June|July|August|September|October|November|December"
	reDay    = regexp.MustCompile(`\b(` + months + `)\s+(\d{1,2}),?\s+(\d{4})\b`)
	reDayDMY = regexp.MustCompile(`\b(\d{1,2})\s+(` + months + `),?\s+(\d{4})\b`)
	reMonth  = regexp.MustCompile(`\b(` + months + `),?\s+(\d{4})\b`)
)

// found is a date read from the text, with its precision.
type found struct {
	date anniversary.Date
	prec anniversary.Precision
}

func monthNum(name string) int {
	t, err := time.Parse("January", name)
	if err != nil {
		return 0
	}
	return int(t.Month())
}

// eventDate picks the date of a timeline entry: the first date of the
// heading's year stated to the day in the text (as <date when> or as
// "July 11, 1950"), else to the month, else the heading's year.
func eventDate(t timeline) (found, bool) {
	year := 0
	if len(t.HeadWhen) >= 4 {
		year, _ = strconv.Atoi(t.HeadWhen[:4])
	}
	var cands []found
	for _, w := range t.When {
		if d, p, err := anniversary.ParseDate(w); err == nil {
			cands = append(cands, found{d, p})
		}
	}
	type pos struct {
		at int
		f  found
	}
	var inText []pos
	for _, m := range reDay.FindAllStringSubmatchIndex(t.Text, -1) {
		mo := monthNum(t.Text[m[2]:m[3]])
		d, _ := strconv.Atoi(t.Text[m[4]:m[5]])
		y, _ := strconv.Atoi(t.Text[m[6]:m[7]])
		inText = append(inText, pos{m[0], found{anniversary.Date{Year: y, Month: mo, Day: d}, anniversary.Day}})
	}
	for _, m := range reDayDMY.FindAllStringSubmatchIndex(t.Text, -1) {
		d, _ := strconv.Atoi(t.Text[m[2]:m[3]])
		mo := monthNum(t.Text[m[4]:m[5]])
		y, _ := strconv.Atoi(t.Text[m[6]:m[7]])
		inText = append(inText, pos{m[0], found{anniversary.Date{Year: y, Month: mo, Day: d}, anniversary.Day}})
	}
	for _, m := range reMonth.FindAllStringSubmatchIndex(t.Text, -1) {
		mo := monthNum(t.Text[m[2]:m[3]])
		y, _ := strconv.Atoi(t.Text[m[4]:m[5]])
		inText = append(inText, pos{m[0], found{anniversary.Date{Year: y, Month: mo}, anniversary.Month}})
	}
	// In the order of the text.
	for i := 1; i < len(inText); i++ {
		for j := i; j > 0 && inText[j].at < inText[j-1].at; j-- {
			inText[j], inText[j-1] = inText[j-1], inText[j]
		}
	}
	for _, p := range inText {
		cands = append(cands, p.f)
	}
	for _, want := range []anniversary.Precision{anniversary.Day, anniversary.Month} {
		for _, c := range cands {
			if c.prec == want && (year == 0 || c.date.Year == year) && validDate(c) {
				return c, true
			}
		}
	}
	if year > 0 {
		return found{anniversary.Date{Year: year}, anniversary.Year}, true
	}
	return found{}, false
}

func validDate(f found) bool {
	_, _, err := anniversary.ParseDate(f.date.Format(f.prec))
	return err == nil
}
