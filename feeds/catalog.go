package feeds

import (
	"slices"

	"github.com/readout-bot/readout/readout"
)

// catalog lists the built-in feeds. The URLs are the publishers' own; see
// notes/sources.md for what each one carries.
var catalog = []readout.Feed{
	{
		// RSS 1.0/RDF by extension, reported as RSS 2.0 by some probes: the
		// format is detected from the document. Items carry a title, a link,
		// a date and at most a line of text.
		ID:           "kantei-en",
		URL:          "https://japan.kantei.go.jp/index-e2.rdf",
		Publisher:    "Prime Minister's Office of Japan",
		Country:      "JP",
		Language:     "en",
		FetchArticle: true,
	},
	{
		// WordPress RSS 2.0, ten items, short descriptions; readouts are
		// labelled "Readout" on the page. Blocks non-browser user agents.
		ID:           "state-press",
		URL:          "https://www.state.gov/rss-feed/press-releases/feed/",
		Publisher:    "U.S. Department of State",
		Country:      "US",
		Language:     "en",
		FetchArticle: true,
	},
	{
		// WordPress RSS 2.0 with the full HTML of each statement in
		// content:encoded, so no article fetch is needed.
		ID:        "whitehouse-news",
		URL:       "https://www.whitehouse.gov/news/feed/",
		Publisher: "The White House",
		Country:   "US",
		Language:  "en",
	},
	{
		// gov.uk search results as Atom: entries carry a one-line summary.
		ID:           "gb-fcdo",
		URL:          "https://www.gov.uk/search/news-and-communications.atom?organisations%5B%5D=foreign-commonwealth-development-office",
		Publisher:    "Foreign, Commonwealth & Development Office",
		Country:      "GB",
		Language:     "en",
		FetchArticle: true,
	},
	{
		// The Prime Minister's readouts ("PM call with …: <date>").
		ID:           "gb-no10",
		URL:          "https://www.gov.uk/search/news-and-communications.atom?organisations%5B%5D=prime-ministers-office-10-downing-street",
		Publisher:    "Prime Minister's Office, 10 Downing Street",
		Country:      "GB",
		Language:     "en",
		FetchArticle: true,
	},
	{
		// English "Press releases and speeches" of the Auswärtiges Amt (RSS
		// 2.0). Descriptions are sometimes the whole text, sometimes a
		// teaser; IsTeaser decides per item.
		ID:           "de-aa-en",
		URL:          "https://www.auswaertiges-amt.de/static/includes/rss_en/RSS_Pressemitteilungen_Reden.xml",
		Publisher:    "Federal Foreign Office of Germany",
		Country:      "DE",
		Language:     "en",
		FetchArticle: true,
	},
}

// Catalog returns the built-in ministry feeds. The slice is a fresh copy:
// callers may change it.
func Catalog() []readout.Feed {
	return slices.Clone(catalog)
}

// CatalogFeed returns the built-in feed with the given ID.
func CatalogFeed(id string) (readout.Feed, bool) {
	for _, f := range catalog {
		if f.ID == id {
			return f, true
		}
	}
	return readout.Feed{}, false
}
