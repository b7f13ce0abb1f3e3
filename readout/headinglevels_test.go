package readout

import (
	"fmt"
	"strings"
	"testing"
)

// TestHeadingLevels: a page's headings keep their levels — the highest
// heading tag (or Markdown level) the text uses is level 1, the next level
// 2; a bold paragraph is a level below the tags; a page title before the
// text is no heading.
func TestHeadingLevels(t *testing.T) {
	const lead = "Foreign Minister Elena Varga held talks with the Minister of Foreign Affairs of Chile, Camila Rojas, in Budapest on Monday."
	for _, c := range []struct {
		name, body string
		md         bool
		want       []string // "LEVEL Heading"
	}{
		{"h2 over h3", "<html><body><article><h1>Talks</h1><p>" + lead + "</p><h2>Bilateral relations</h2><p>They reviewed relations.</p>" +
			"<h3>Trade</h3><p>They agreed to double trade.</p><h3>Energy</h3><p>They discussed hydrogen.</p><h2>Regional issues</h2><p>They discussed Ukraine.</p></article></body></html>",
			false, []string{"1 Bilateral relations", "2 Trade", "2 Energy", "1 Regional issues"}},
		{"h3 alone is the first level", "<html><body><article><h1>Talks</h1><p>" + lead + "</p><h3>Trade</h3><p>They agreed to double trade.</p><h3>Energy</h3><p>They discussed hydrogen.</p></article></body></html>",
			false, []string{"1 Trade", "1 Energy"}},
		{"bold paragraphs under h2", "<html><body><article><h1>Talks</h1><p>" + lead + "</p><h2>Bilateral relations</h2><p>They reviewed relations.</p>" +
			"<p><strong>Trade</strong></p><p>They agreed to double trade.</p><h2>Regional issues</h2><p>They discussed Ukraine.</p></article></body></html>",
			false, []string{"1 Bilateral relations", "2 Trade", "1 Regional issues"}},
		{"h2 straight over h3", "<html><body><article><h1>Talks</h1><p>" + lead + "</p><h2>Economy</h2><h3>Trade</h3><p>They agreed to double trade.</p><h3>Energy</h3><p>They discussed hydrogen.</p></article></body></html>",
			false, []string{"1 Economy", "2 Trade", "2 Energy"}},
		{"Markdown ## over ###", "# Talks\n\n" + lead + "\n\n## Bilateral relations\n\nThey reviewed relations.\n\n### Trade\n\nThey agreed to double trade.\n\n### Energy\n\nThey discussed hydrogen.\n\n## Regional issues\n\nThey discussed Ukraine.\n",
			true, []string{"1 Bilateral relations", "2 Trade", "2 Energy", "1 Regional issues"}},
		{"Markdown ### alone", "# Talks\n\n" + lead + "\n\n### Trade\n\nThey agreed to double trade.\n\n### Energy\n\nThey discussed hydrogen.\n",
			true, []string{"1 Trade", "1 Energy"}},
	} {
		doc := Document{Title: "Talks", Body: c.body, PublisherCountry: "HU"}
		if c.md {
			d, err := ParseMarkdown([]byte("---\ntitle: Talks\npublisher_country: HU\n---\n" + c.body))
			if err != nil {
				t.Fatal(err)
			}
			doc = d
		}
		r, err := Parse(doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range r.Sections {
			if s.Heading != "" {
				got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: headings %q, want %q", c.name, got, c.want)
		}
	}
}
