package feeds

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
)

// OPML 2.0 (https://opml.org/spec2.opml) lists feeds as <outline
// type="rss" xmlUrl=…> elements. Besides the standard attributes (text,
// title, xmlUrl, htmlUrl, language), readout writes its own as plain
// attributes, which the specification allows and other readers ignore:
// readoutId, country, schedule and fetchArticle. A listing source (an
// HTML list of press releases) is an outline of type "readout-listing"
// whose htmlUrl is the list, with its selectors in readoutItem,
// readoutTitle, readoutLink, readoutDate and readoutDateLayout; readers
// that know only feeds pass it by. readoutUserAgent carries a source's
// own user agent.

// listingOutline is the outline type of a listing source.
const listingOutline = "readout-listing"

// maxOPMLBytes caps what ReadOPML reads.
const maxOPMLBytes = 16 << 20

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title,omitempty"`
	Created string      `xml:"head>dateCreated,omitempty"`
	Body    opmlOutline `xml:"body"`
}

type opmlOutline struct {
	Type         string        `xml:"type,attr,omitempty"`
	Text         string        `xml:"text,attr"`
	Title        string        `xml:"title,attr,omitempty"`
	XMLURL       string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL      string        `xml:"htmlUrl,attr,omitempty"`
	Language     string        `xml:"language,attr,omitempty"`
	ID           string        `xml:"readoutId,attr,omitempty"`
	Country      string        `xml:"country,attr,omitempty"`
	Schedule     string        `xml:"schedule,attr,omitempty"`
	FetchArticle string        `xml:"fetchArticle,attr,omitempty"`
	UserAgent    string        `xml:"readoutUserAgent,attr,omitempty"`
	Item         string        `xml:"readoutItem,attr,omitempty"`
	ItemTitle    string        `xml:"readoutTitle,attr,omitempty"`
	ItemLink     string        `xml:"readoutLink,attr,omitempty"`
	ItemDate     string        `xml:"readoutDate,attr,omitempty"`
	DateLayout   string        `xml:"readoutDateLayout,attr,omitempty"`
	Outlines     []opmlOutline `xml:"outline"`
}

// WriteOPML writes list as an OPML 2.0 document titled title, created at
// now, one outline per feed in list order.
func WriteOPML(w io.Writer, title string, list []readout.Feed, now time.Time) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	if !now.IsZero() {
		doc.Created = now.UTC().Format(time.RFC1123Z)
	}
	for _, f := range list {
		o := opmlOutline{
			Type: "rss", Text: f.Publisher, Title: f.Publisher, XMLURL: f.URL,
			Language: f.Language, ID: f.ID, Country: f.Country, Schedule: f.Schedule,
		}
		if o.Text == "" {
			o.Text = f.ID
		}
		if u, err := url.Parse(f.URL); err == nil && u.Host != "" {
			o.HTMLURL = u.Scheme + "://" + u.Host + "/"
		}
		if f.FetchArticle {
			o.FetchArticle = "true"
		}
		o.UserAgent = f.UserAgent
		if f.IsListing() && f.Listing != nil {
			o.Type, o.XMLURL, o.HTMLURL = listingOutline, "", f.URL
			l := f.Listing
			o.Item, o.ItemTitle, o.ItemLink, o.ItemDate, o.DateLayout = l.Item, l.Title, l.Link, l.Date, l.DateLayout
		}
		doc.Body.Outlines = append(doc.Body.Outlines, o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	return nil
}

// ReadOPML reads the feeds of an OPML document (versions 1.0 and 2.0):
// every outline with an xmlUrl, at any depth (categories are flattened),
// in document order. A feed without a readoutId gets an ID made from its
// URL (see FeedIDFromURL); the publisher is the outline's title or text.
func ReadOPML(r io.Reader) ([]readout.Feed, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(io.LimitReader(r, maxOPMLBytes))
	dec.CharsetReader = charsetReader
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("read opml: %w", err)
	}
	var out []readout.Feed
	var walk func(list []opmlOutline)
	walk = func(list []opmlOutline) {
		for _, o := range list {
			u := strings.TrimSpace(o.XMLURL)
			listed := u == "" && o.Type == listingOutline && strings.TrimSpace(o.Item) != ""
			if listed {
				u = strings.TrimSpace(o.HTMLURL)
			}
			if u != "" {
				f := readout.Feed{
					ID:        strings.TrimSpace(o.ID),
					URL:       u,
					Publisher: strings.TrimSpace(o.Title),
					Country:   strings.ToUpper(strings.TrimSpace(o.Country)),
					Language:  strings.TrimSpace(o.Language),
					Schedule:  strings.TrimSpace(o.Schedule),
				}
				if f.Publisher == "" {
					f.Publisher = strings.TrimSpace(o.Text)
				}
				if f.ID == "" {
					f.ID = FeedIDFromURL(u)
				}
				f.FetchArticle, _ = strconv.ParseBool(o.FetchArticle)
				f.UserAgent = strings.TrimSpace(o.UserAgent)
				if listed {
					f.Kind, f.FetchArticle = readout.KindListing, true
					f.Listing = &readout.ListingSpec{Item: o.Item, Title: o.ItemTitle, Link: o.ItemLink, Date: o.ItemDate, DateLayout: o.DateLayout}
				}
				out = append(out, f)
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body.Outlines)
	if len(out) == 0 {
		return nil, errors.New("read opml: no outline has an xmlUrl")
	}
	return out, nil
}

// charsetReader accepts the encodings OPML files declare in practice;
// encoding/xml handles UTF-8 itself.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return input, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q: convert the file to UTF-8", label)
}

var idJunk = regexp.MustCompile(`[^a-z0-9]+`)

// FeedIDFromURL makes a feed ID (lower-case letters, digits, . - _) from
// a feed URL: its host without "www." and the last element of its path
// without extension, e.g. "mofa-go-jp-press" for
// https://www.mofa.go.jp/rss/press.xml.
func FeedIDFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return "feed"
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	base := strings.TrimSuffix(path.Base(u.Path), path.Ext(u.Path))
	if base == "." || base == "/" {
		base = ""
	}
	id := strings.Trim(idJunk.ReplaceAllString(host+"-"+strings.ToLower(base), "-"), "-")
	if len(id) > 60 {
		id = strings.TrimRight(id[:60], "-")
	}
	if id == "" {
		return "feed"
	}
	return id
}

// Skipped is a feed left out of an import, with the reason.
type Skipped struct {
	Feed   readout.Feed
	Reason string
}

// MergeImport decides which incoming feeds to add to existing: a feed
// whose normalized URL (NormalizeURL) is already there, or earlier in
// incoming, is skipped; a feed without an http(s) URL too. A feed whose ID
// is taken gets a numbered one ("-2", "-3"…). It returns the feeds to add
// in incoming order, and the skipped ones with their reasons.
func MergeImport(existing, incoming []readout.Feed) (add []readout.Feed, skipped []Skipped) {
	urls := map[string]string{} // normalized URL -> feed ID
	ids := map[string]bool{}
	for _, f := range existing {
		urls[NormalizeURL(f.URL)] = f.ID
		ids[f.ID] = true
	}
	for _, f := range incoming {
		u, err := url.Parse(f.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			skipped = append(skipped, Skipped{f, "not an http(s) URL"})
			continue
		}
		n := NormalizeURL(f.URL)
		if id, ok := urls[n]; ok {
			skipped = append(skipped, Skipped{f, fmt.Sprintf("duplicate of feed %s (same URL)", id)})
			continue
		}
		if !validID(f.ID) {
			f.ID = FeedIDFromURL(f.URL)
		}
		if ids[f.ID] {
			base := f.ID
			for i := 2; ids[f.ID]; i++ {
				f.ID = fmt.Sprintf("%s-%d", base, i)
			}
		}
		urls[n] = f.ID
		ids[f.ID] = true
		add = append(add, f)
	}
	return add, skipped
}

var feedIDRe = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// validID reports whether id is a valid feed ID, as the configuration
// requires.
func validID(id string) bool { return len(id) <= 64 && feedIDRe.MatchString(id) }
