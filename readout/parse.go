package readout

import (
	"errors"
	"html"
	"regexp"
	"strings"
)

// ErrEmpty is returned by Parse for a document with neither title nor body.
var ErrEmpty = errors.New("readout: empty document")

var tagRE = regexp.MustCompile(`(?s)<[^>]*>`)

// Parse turns a document into a Readout. This first version keeps the
// title, link, date and plain text as one section; the structured parser
// replaces it.
func Parse(doc Document) (*Readout, error) {
	body := strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(doc.Body, " ")))
	body = strings.Join(strings.Fields(body), " ")
	if strings.TrimSpace(doc.Title) == "" && body == "" {
		return nil, ErrEmpty
	}
	r := &Readout{
		Title:     strings.TrimSpace(doc.Title),
		URL:       doc.URL,
		Publisher: doc.Publisher,
		Published: doc.Published,
		Body:      body,
	}
	if doc.PublisherCountry != "" {
		r.Parties = []string{doc.PublisherCountry}
	}
	if body != "" {
		r.Sections = []Section{{Level: 1, Text: body, Summary: body}}
	}
	return r, nil
}
