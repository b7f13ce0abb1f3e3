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
// sidebar; TYPO3's news, Plone, 1C-Bitrix, DNN with EasyDNNnews, Sitecore
// SXA, Drupal 10 with Paragraphs and Layout Builder, WordPress blocks,
// Next.js with CSS modules, Nuxt with Vue's comment markers, the Singapore
// Government Design System, AMP, a Hugo site with its lead in an <h2>, an
// English page in a right-to-left site, a Word press release in a table;
// Umbraco, Kentico, Sitefinity, the Australian design system, Angular
// Universal; Canada's Web Experience Toolkit, Wagtail, EPiServer with a
// left sidebar, Magnolia, Squiz Matrix; the French state's design
// system, SPIP, the U.S. Web Design System, Joomla 4's Cassiopeia, a Dutch
// government page; their readouts are illustrative). Each must give the readout's
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
		{"typo3-news.html", "SK", "Minister Blanár meets Hungarian counterpart in Bratislava", "April 8, 2025",
			[]string{"Minister of Foreign and European Affairs of the Slovak Republic Juraj Blanár received on Tuesday the Minister of Foreign Affairs and Trade of Hungary", "minority issues in Budapest in the autumn."},
			[]string{"Skip to main content", "Neighbouring countries", "You are here", "The two ministers at the Ministry", "Related news", "Skopje", "Back to the list", "Hlboká", "Bilateral relations"},
			[]string{"HU", "SK"}},
		{"plone-classic.html", "BR", "Minister Mauro Vieira receives the Foreign Minister of Angola", "May 13, 2024",
			[]string{"received on Monday, at the Itamaraty Palace, the Minister of External Relations of Angola", "next meeting of the Joint Commission in Brasília."},
			[]string{"Atualize", "Skip to content", "Português", "You are here", "Photo: Itamaraty", "Filed under", "Send this", "Latest press releases", "BRICS", "Esplanada", "Site Map"},
			[]string{"AO", "BR"}},
		{"bitrix-news-detail.html", "UZ", "Foreign Minister of Uzbekistan holds talks with Kyrgyz counterpart", "March 14, 2025",
			[]string{"On March 14, Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov held talks", "to be held in Tashkent later this year."},
			[]string{"visually impaired", "Ўзб", "CIS countries", "Share:", "Return to the news list", "Latest news", "Cooperation Council", "Uzbekistan Avenue", "BX.", "14.03.2025"},
			[]string{"KG", "UZ"}},
		{"dnn-easydnnnews.html", "JM", "Minister Johnson Smith holds talks with Guyana's Foreign Minister", "February 19, 2025",
			[]string{"Senator the Hon. Kamina Johnson Smith, Minister of Foreign Affairs and Foreign Trade, held bilateral talks", "Joint Commission in Montego Bay."},
			[]string{"Search", "Login", "Missions Overseas", "welcomes Minister Todd", "Print", "Share this article", "Other articles", "Canada", "Travel Advisories", "emergency line", "Dominica Drive", "Terms Of Use"},
			[]string{"GY", "JM"}},
		{"sitecore-sxa.html", "NZ", "Foreign Minister Peters meets Australian Foreign Minister Wong in Wellington", "February 14, 2025",
			[]string{"Foreign Minister Winston Peters today hosted the Minister for Foreign Affairs of Australia", "Australia is New Zealand's only ally", "to hold the next consultations in Canberra."},
			[]string{"Skip to main content", "Countries and Regions", "Parliament House", "Related links", "Latest news", "sanctions", "Lambton Quay", "14 February 2025"},
			[]string{"AU", "NZ"}},
		{"drupal10-paragraphs.html", "LV", "Foreign Minister Braže meets Estonian counterpart Tsahkna in Riga", "January 21, 2025",
			[]string{"On 21 January, the Minister of Foreign Affairs of Latvia, Baiba Braže, held a meeting in Riga", "share not only a border", "before the meeting of the Baltic Council of Ministers."},
			[]string{"Skip to main content", "Baltic and Nordic cooperation", "Photo: Ministry", "Tags", "Baltic cooperation", "More news", "Council of the Baltic Sea States", "Valdemāra"},
			[]string{"EE", "LV"}},
		{"wordpress-gutenberg.html", "PH", "Secretary Manalo and Japanese Foreign Minister Iwaya hold talks in Manila", "January 15, 2025",
			[]string{"Secretary of Foreign Affairs Enrique A. Manalo welcomed the Minister for Foreign Affairs of Japan, Takeshi Iwaya", "Philippine chairmanship of ASEAN in 2026."},
			[]string{"Skip to content", "Passport Services", "DFA Releases", "at the DFA", "Share this", "Related", "coast guard", "Tags:", "Myanmar", "Latest News", "seafarers", "Roxas Boulevard"},
			[]string{"JP", "PH"}},
		{"nextjs-css-modules.html", "EE", "Minister Tsahkna meets Ukrainian Foreign Minister Sybiha in Tallinn", "March 6, 2025",
			[]string{"Minister of Foreign Affairs Margus Tsahkna met the Minister for Foreign Affairs of Ukraine, Andrii Sybiha, in Tallinn on Thursday.", "rebuilding schools and kindergartens."},
			[]string{"Skip to content", "РУС", "Estonia in NATO", "Support to Ukraine", "Press releases", "Share", "Read also", "Nordic-Baltic", "e-consulate", "Islandi"},
			[]string{"EE", "UA"}},
		{"nuxt-vue-ssr.html", "CZ", "Minister Lipavský holds talks with Polish Foreign Minister Sikorski in Prague", "October 10, 2024",
			[]string{"Minister of Foreign Affairs Jan Lipavský received the Minister of Foreign Affairs of the Republic of Poland", "floods in Moravia and Silesia."},
			[]string{"cookies", "Skip to content", "Česky", "Consular Services", "Bilateral relations", "Czernin Palace", "More from the Ministry", "Hanoi", "Loretánské", "Home\nNews"},
			[]string{"CZ", "PL"}},
		{"sgds-design-system.html", "SG", "Minister for Foreign Affairs Dr Vivian Balakrishnan's Meeting with Thai Foreign Minister Maris Sangiampongsa", "November 13, 2024",
			[]string{"Minister for Foreign Affairs Dr Vivian Balakrishnan met Minister of Foreign Affairs of the Kingdom of Thailand", "ASEAN's Five-Point Consensus."},
			[]string{"A Singapore Government Agency Website", "Secure websites", "Our Ministers", "Press Statements, Transcripts", "MCI Photo", "Latest Press Statements", "Saudi Arabia", "Report Vulnerability", "Tanglin"},
			[]string{"SG", "TH"}},
		{"amp-article.html", "IN", "External Affairs Minister meets Foreign Minister of Sri Lanka", "October 4, 2024",
			[]string{"External Affairs Minister Dr. S. Jaishankar met the Minister of Foreign Affairs of Sri Lanka, Vijitha Herath", "through the existing mechanisms."},
			[]string{"About MEA", "☰", "हिंदी", "Delegation level talks", "Other Press Releases", "Jamaica", "View non-AMP", "Janpath"},
			[]string{"IN", "LK"}},
		{"hugo-static-lead.html", "IS", "Foreign Minister meets Danish counterpart in Reykjavík", "February 10, 2025",
			[]string{"Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir received the Minister for Foreign Affairs of Denmark, Lars Løkke Rasmussen", "Þorgerður Katrín said after the meeting."},
			[]string{"Skip to main content", "Íslenska", "Embassies", "min read", "10 February 2025", "See also", "Nordic-Baltic Eight", "Trade mission", "Built with Hugo", "Nordic cooperation"},
			[]string{"DK", "IS"}},
		{"rtl-english-breaks.html", "SA", "His Highness the Foreign Minister Receives the Deputy Prime Minister and Foreign Minister of Jordan", "March 11, 2025",
			[]string{"His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received in Riyadh today", "Prince Mansour bin Khalid bin Farhan."},
			[]string{"cookies", "عربي", "Sitemap", "History of the Ministry", "Media Center", "Share", "Latest News", "GCC Ministerial", "Nasseriyah", "Important links"},
			[]string{"JO", "SA"}},
		{"word-table-release.html", "GH", "FOREIGN MINISTER ABLAKWA HOLDS TALKS WITH NIGERIAN COUNTERPART IN ACCRA", "April 3, 2025",
			[]string{"The Minister for Foreign Affairs, Hon. Samuel Okudzeto Ablakwa, on Thursday held bilateral talks in Accra", "next session will be held in Abuja."},
			[]string{"Ghana Missions Abroad", "Passport Office", "Treasury Road", "Press Releases 2024", "Style Definitions", "MsoNormal"},
			[]string{"GH", "NG"}},
		{"umbraco-blocklist.html", "DK", "Foreign Minister Løkke meets Norwegian counterpart Eide in Copenhagen", "",
			[]string{"Minister for Foreign Affairs Lars Løkke Rasmussen today received the Minister of Foreign Affairs of Norway", "Our security is one and the same", "coordinate their purchases through the Danish model."},
			[]string{"cookies", "Go to content", "Dansk", "Security policy", "Ukraine Fund", "Eigtveds Pakhus", "Topics:", "Latest news", "Kyiv", "Asiatisk Plads", "Privacy policy"},
			[]string{"DK", "NO"}},
		{"kentico-webparts.html", "NG", "Minister Tuggar receives South African Minister of International Relations", "",
			[]string{"The Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, on Thursday received", "African Continental Free Trade Area."},
			[]string{"December 9, 2024", "Français", "Africa and the AU", "Home > Media", "Bilateral meeting at the Ministry", "Print this page", "Back to News", "Recent News", "Lake Chad", "Media Contacts", "Tafawa Balewa", "CMS.Application"},
			[]string{"NG", "ZA"}},
		{"sitefinity-news.html", "CA", "Minister Joly speaks with Mexican Foreign Secretary", "October 30, 2024",
			[]string{"Minister of Foreign Affairs Mélanie Joly spoke today with Mexico's Secretary of Foreign Affairs, Juan Ramón de la Fuente.", "agreed to stay in close contact."},
			[]string{"Skip to main content", "Government of Canada", "Français", "Trade agreements", "By Global Affairs Canada", "Americas", "LinkedIn", "Recent readouts", "German Foreign Minister", "Sussex Drive"},
			[]string{"CA", "MX"}},
		{"au-design-system.html", "AU", "Meeting with Papua New Guinea Foreign Minister", "August 27, 2024",
			[]string{"Today I met Papua New Guinea's Minister for Foreign Affairs, Justin Tkatchenko, in Canberra", "50th anniversary of Papua New Guinea's independence."},
			[]string{"Skip to main", "Senator the Hon Penny Wong", "Transcripts", "Release type", "Media enquiries", "6261", "Latest media releases", "Gaza", "traditional owners"},
			[]string{"AU", "PG"}},
		{"angular-universal.html", "ID", "Foreign Minister Sugiono receives Malaysian Foreign Minister in Jakarta", "November 15, 2024",
			[]string{"Minister for Foreign Affairs of the Republic of Indonesia Sugiono received the Minister of Foreign Affairs of Malaysia", "Code of Conduct in the South China Sea."},
			[]string{"Bahasa Indonesia", "Protection of Citizens", "2. News", "| Jakarta", "before the bilateral meeting", "Other News", "BRICS", "Taman Pejambon", "ng-reflect"},
			[]string{"ID", "MY"}},
		{"canada-wet.html", "CA", "Minister Joly meets with Foreign Minister of the Philippines", "July 27, 2024",
			[]string{"The Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Enrique Manalo", "as Canada implements its Indo-Pacific Strategy."},
			[]string{"Skip to main content", "Language selection", "Français", "Search Canada.ca", "Jobs and the workplace", "You are here", "From: Global Affairs Canada", "Media Relations Office", "343-203-7700", "Search for related information", "Report a problem", "Date modified", "Terms and conditions"},
			[]string{"CA", "PH"}},
		{"wagtail-streamfield.html", "NZ", "Foreign Minister Peters holds talks with Fijian Prime Minister Rabuka", "October 9, 2024",
			[]string{"Foreign Minister Winston Peters met the Prime Minister and Minister for Foreign Affairs of Fiji, Sitiveni Rabuka, in Suva today.", "climate-resilient infrastructure in Fiji's outer islands."},
			[]string{"Skip to main content", "Te Reo Māori", "Peace, rights and security", "Media release", "Published:", "with Prime Minister Rabuka in Suva.", "Media contact", "Tags", "You might also be interested", "Samoa", "Lambton Quay"},
			[]string{"FJ", "NZ"}},
		{"episerver-left-sidebar.html", "NO", "Foreign Minister Eide met Swedish Foreign Minister Stenergard", "January 16, 2025",
			[]string{"Minister of Foreign Affairs Espen Barth Eide met the Minister for Foreign Affairs of Sweden, Maria Malmer Stenergard, in Oslo on Thursday.", "foreign ministers' meeting in Helsinki in the spring."},
			[]string{"Go to main content", "cookies", "Norsk", "What's new", "About the Ministry", "Latest from the Ministry", "fifteenth package", "Press release", "Share on", "Print", "Responsible:", "P.O. Box"},
			[]string{"NO", "SE"}},
		{"magnolia-admin.html", "CH", "Federal Councillor Cassis meets Italian Foreign Minister Tajani", "November 22, 2024",
			[]string{"On 22 November 2024, Federal Councillor Ignazio Cassis, head of the Federal Department of Foreign Affairs (FDFA), received Antonio Tajani", "to be held in Rome in 2025."},
			[]string{"Main content", "The Federal Council", "Representations and travel advice", "Press releases", "Further information", "Bilateral relations Switzerland–Italy", "Address for enquiries", "31 53", "Publisher:", "Bundeshaus"},
			[]string{"CH", "IT"}},
		{"squiz-matrix.html", "GB", "Minister Lammy meets Kenyan Cabinet Secretary Mudavadi", "October 4, 2024",
			[]string{"Foreign Secretary David Lammy met Kenya's Prime Cabinet Secretary", "Commonwealth Heads of Government Meeting in Samoa."},
			[]string{"cookies", "High Commission news", "Visas and immigration", "News 2024", "Home » News", "Friday 4 October 2024", "Was this page helpful", "Share on X", "Upper Hill Road", "Crown copyright"},
			[]string{"GB", "KE"}},
		{"dsfr-french-state.html", "FR", "Jean-Noël Barrot's meeting with Sudanese Minister of Foreign Affairs", "April 14, 2025",
			[]string{"Jean-Noël Barrot, Minister for Europe and Foreign Affairs, spoke today with the Minister of Foreign Affairs of Sudan", "leading to a civilian government."},
			[]string{"Quick access", "République", "Select a language", "Español", "Coming to France", "See breadcrumb", "Humanitarian action", "Share the page", "Sudan country file", "Quai d'Orsay", "legifrance"},
			[]string{"FR", "SD"}},
		{"spip-article.html", "BI", "Minister Shingiro receives the Minister of Foreign Affairs of Tanzania", "September 12, 2024",
			[]string{"The Minister of Foreign Affairs and Development Cooperation, Albert Shingiro, received on Thursday in Bujumbura", "Joint Permanent Commission in Dodoma before the end of the year."},
			[]string{"Search", "Ikirundi", "Burundi Abroad", "Home > News", "Communication Unit", "Portfolio", "In the same section", "Forum on China", "Boulevard de la Liberté", "Site made with SPIP"},
			[]string{"BI", "TZ"}},
		{"uswds-agency.html", "US", "Deputy Secretary's Meeting with Philippine Undersecretary for Defense Policy", "August 14, 2024",
			[]string{"Deputy Secretary Kathleen Taylor met with the Philippine Undersecretary for Defense Policy, Pablo Reyes", "deepen coordination with other allies in the region."},
			[]string{"Skip to main content", "official website", "Here's how you know", "Secure .gov", "Spotlights", "Releases", "Related content", "2+2", "Latest releases", "Contracts for", "FOIA"},
			[]string{"PH", "US"}},
		{"joomla4-cassiopeia.html", "MT", "Minister Borg meets Foreign Minister of Tunisia", "May 20, 2025",
			[]string{"Minister for Foreign Affairs and Tourism Ian Borg met the Minister of Foreign Affairs, Migration and Tunisians Abroad of Tunisia, Mohamed Ali Nafti", "next Malta–Tunisia Joint Commission."},
			[]string{"Passports abroad", "You are here", "Details", "Published:", "Hits", "Previous article", "Prev", "Latest News", "Libya", "Palazzo Parisio", "Back to Top"},
			[]string{"MT", "TN"}},
		{"nl-design-system.html", "NL", "Minister Veldkamp meets Belgian counterpart Prévot in The Hague", "March 11, 2025",
			[]string{"Minister of Foreign Affairs Caspar Veldkamp received the Belgian Deputy Prime Minister and Minister of Foreign Affairs, Maxime Prévot", "joint meeting of the Dutch and Belgian governments in the autumn."},
			[]string{"Go to content", "Nederlands", "Ministries", "Home > Latest", "News item", "Share this page", "See also", "Letter to parliament", "Privacy"},
			[]string{"BE", "NL"}},
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

// TestMainKeepsReadoutText: the layout rules take furniture by its
// markup, and the readout's own text may wear the same words: a
// subheading "Other issues" or "Related matters" (not a list of other
// articles: no links), a body marked by its language's class (not a
// switcher: no links), a definition list of long entries (not metadata),
// a summary-classed paragraph after the text (another article's, not the
// lead).
func TestMainKeepsReadoutText(t *testing.T) {
	const text = "The Minister of Foreign Affairs met the Minister of Foreign Affairs of Chile in the capital today and discussed trade, mining and Antarctic research. "
	tests := []struct {
		name, body string
		want, dont []string
	}{
		{"subheadings", `<div class="entry-content"><p>` + text + `</p><h3>Other issues</h3><p>They also discussed the situation in Venezuela and the coming elections.</p>` +
			`<h3>Related matters</h3><p>The ministers agreed to meet again in Santiago.</p></div>` +
			`<div class="sidebar-box"><h3>Latest news</h3><ul><li><a href="/n/1">Minister attends the summit of the Pacific Alliance in Lima</a></li></ul></div>`,
			[]string{"Other issues", "They also discussed the situation in Venezuela", "Related matters", "meet again in Santiago."}, []string{"Latest news", "Pacific Alliance"}},
		{"language class", `<div class="lang-en"><p>The Minister met the Minister of Foreign Affairs of Chile today.</p></div><div class="lang-switch"><a href="/es/">ES</a> <a href="/en/">EN</a></div>`,
			[]string{"The Minister met the Minister of Foreign Affairs of Chile today."}, []string{"ES"}},
		{"long definition list", `<div class="article-body"><p>` + text + `</p><dl><dt>Participants</dt><dd>On the Chilean side, the Minister of Foreign Affairs, the Under-Secretary for International Economic Relations and the Ambassador of Chile.</dd></dl></div>`,
			[]string{"the Under-Secretary for International Economic Relations"}, nil},
		{"summary after the text", `<div class="article-body"><p>` + text + `</p></div><div class="more"><div class="summary">The Deputy Minister opened the new consulate in Valparaíso with the mayor of the city.</div></div>`,
			[]string{text[:60]}, []string{"Valparaíso"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Minister meets Chilean counterpart</title></head><body><header><a href="/">Ministry</a></header><main>` +
				`<h1>Minister meets Chilean counterpart</h1>` + tt.body + `</main><footer>Address</footer></body></html>`
			got, err := Main(page, "https://www.example.org/news/1")
			if err != nil {
				t.Fatal(err)
			}
			text, _, _, err := readout.ExtractHTML(got, "https://www.example.org/news/1")
			if err != nil {
				t.Fatal(err)
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
		})
	}
}
