package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readout-bot/readout/readout"
)

// TestMainLayouts reads pages written for the tests in the layouts that
// ministries' sites are built on (testdata/layouts: Drupal 7, Joomla with
// K2, Liferay portlets, WordPress with Elementor, SharePoint inside an
// ASP.NET form, Adobe Experience Manager components, Bootstrap columns,
// cards of other news inside <main>, a table layout, text in <div>s with
// <br>s, numbered bold headings, one short paragraph beside a longer
// sidebar; their readouts are illustrative). Each must give the readout's
// whole text, none of the page's other text (menus, sidebars, lists of
// other news, tags, footers), its headline and date, and the parties the
// parser reads from it.
func TestMainLayouts(t *testing.T) {
	tests := []struct {
		file, country string
		title, date   string // date "" when the page states none the page's code can read
		want, dont    []string
		parties       []string // nil: not checked (a page not in English)
	}{
		{"drupal7-field-items.html", "HU", "Foreign Minister meets Ghanaian counterpart", "March 11, 2025",
			[]string{"received today at the Ministry the Minister for Foreign Affairs of the Republic of Ghana", "signed a Memorandum of Understanding on political consultations"},
			[]string{"Latest news", "Council of Europe", "Printer-friendly", "Bilateral relations\n", "Skip to main", "Press Room", "All rights reserved"},
			[]string{"GH", "HU"}},
		{"joomla-k2.html", "PY", "Canciller recibe al Ministro de Relaciones Exteriores de Uruguay", "",
			[]string{"recibió este martes en el Palacio de López", "la Comisión Mixta en Montevideo durante el segundo semestre."},
			[]string{"Imprimir", "Etiquetas", "Artículos relacionados", "Últimas noticias", "Haití", "Volver arriba", "Buscar"},
			nil},
		{"liferay-portlets.html", "LT", "Minister holds talks with the Foreign Minister of Mongolia", "May 14, 2025",
			[]string{"held talks in Vilnius with Minister for Foreign Affairs of Mongolia", "political consultations in Ulaanbaatar in 2026."},
			[]string{"Other news", "Baltic Sea States", "Nordic countries", "Facebook", "Foreign Policy"},
			[]string{"LT", "MN"}},
		{"wordpress-elementor.html", "PG", "Foreign Secretary holds bilateral meeting with Fiji’s Deputy Prime Minister", "June 19, 2025",
			[]string{"held a bilateral meeting yesterday with the Deputy Prime Minister", "candidature of Papua New Guinea for the Human Rights Council."},
			[]string{"Recent Posts", "Pukpuk", "fiftieth anniversary", "Previous", "World Refugee Day", "Share on", "Media Centre", "Copyright"},
			[]string{"FJ", "PG"}},
		{"sharepoint.html", "IQ", "Deputy Minister receives the Ambassador of Kuwait", "",
			[]string{"received on Wednesday the Ambassador of the State of Kuwait", "his wish to visit Baghdad soon."},
			[]string{"Related News", "Jordanian counterpart", "Site Map", "Photo Gallery", "Visitors", "Share:", "Page Content"},
			[]string{"IQ", "KW"}},
		{"aem-components.html", "IE", "Minister Keane meets Portuguese Foreign Minister in Lisbon", "February 27, 2025",
			[]string{"today met the Minister of State and Foreign Affairs of Portugal", "I look forward to working with Paulo", "visited the Embassy of Ireland."},
			[]string{"Related news", "accession negotiations", "Madrid", "Our Work", "Iveagh House", "Photo:"},
			[]string{"IE", "PT"}},
		{"bootstrap-columns.html", "TZ", "Minister holds talks with Kenya's Prime Cabinet Secretary in Dar es Salaam", "July 4, 2025",
			[]string{"today held talks with the Prime Cabinet Secretary", "before the end of the year."},
			[]string{"Latest News", "TAZARA", "Quick Links", "cookies", "Hotline", "All Rights Reserved"},
			[]string{"KE", "TZ"}},
		{"article-cards.html", "GR", "Foreign Minister receives Moroccan counterpart", "September 22, 2025",
			[]string{"received the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "the Southern Neighbourhood."},
			[]string{"More news", "Cypriot", "earthquake", "OSCE", "Hellenic Republic"},
			[]string{"GR", "MA"}},
		{"table-layout.html", "BS", "PRIME MINISTER RECEIVES THE SECRETARY-GENERAL OF THE COMMONWEALTH", "",
			[]string{"received a courtesy call from the Secretary-General of the Commonwealth", "senior officials of the Ministry."},
			[]string{"PRESS RELEASES", "Press Releases 2024", "Speeches", "Best viewed"},
			nil},
		{"divs-and-breaks.html", "GE", "Foreign Minister Holds Phone Call with Azerbaijani Counterpart", "June 2, 2025",
			[]string{"held a telephone conversation with Minister of Foreign Affairs of the Republic of Azerbaijan", "coordination within international organizations."},
			[]string{"Latest News", "Monitoring Mission", "Official Visits", "Consular", "Print", "Chitadze"},
			[]string{"AZ", "GE"}},
		{"numbered-bold.html", "MN", "Mongolia-Korea Foreign Ministers' Meeting", "October 14, 2025",
			[]string{"held a meeting with Minister of Foreign Affairs of the Republic of Korea", "1. Bilateral relations", "(2) Minister Batmunkh asked", "2. Regional issues", "denuclearization of North Korea."},
			[]string{"Previous", "Ulaanbaatar Dialogue", "Methane", "Press Releases", "Peace Avenue"},
			[]string{"KR", "MN"}},
		{"short-body.html", "AT", "Minister speaks with Tunisian counterpart", "November 5, 2025",
			[]string{"spoke by telephone with the Minister of Foreign Affairs of Tunisia, Mohamed Ali Nafti"},
			[]string{"travel warning", "Citizens' Service", "Press releases", "Slovenia", "Minoritenplatz", "Travel and Stay"},
			[]string{"AT", "TN"}},
	}
	const pageURL = "https://www.example.org/news/item/1"
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, text, title := extractLayout(t, tt.file, pageURL)
			if title != tt.title {
				t.Errorf("title %q, want %q", title, tt.title)
			}
			first, _, _ := strings.Cut(text, "\n")
			if tt.date != "" && first != tt.date {
				t.Errorf("date line %q, want %q", first, tt.date)
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
			for _, d := range tt.dont {
				if strings.Contains(text, d) {
					t.Errorf("text keeps %q:\n%s", d, text)
				}
			}
			if tt.parties == nil {
				return
			}
			r, err := readout.Parse(readout.Document{Title: title, URL: pageURL, PublisherCountry: tt.country, Body: page})
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Sorted(slices.Values(r.Parties)); !slices.Equal(got, tt.parties) {
				t.Errorf("parties %v, want %v", got, tt.parties)
			}
		})
	}
}

// extractLayout reads testdata/layouts/file as a page at pageURL: the
// readout Main returns, its text and its headline.
func extractLayout(t *testing.T, file, pageURL string) (page, text, title string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "layouts", file))
	if err != nil {
		t.Fatal(err)
	}
	page, err = Main(string(b), pageURL)
	if err != nil {
		t.Fatal(err)
	}
	text, _, title, err = readout.ExtractHTML(page, pageURL)
	if err != nil {
		t.Fatal(err)
	}
	return page, text, title
}
