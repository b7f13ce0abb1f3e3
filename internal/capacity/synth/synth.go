// Package synth writes the synthetic ministry publications that the
// benchmarks and the capacity run feed to readout: meeting readouts in the
// style of a foreign ministry's press page (a dated lead naming who met
// whom, numbered sections, amounts and anniversaries) and WordPress-like
// RSS documents carrying them in content:encoded.
//
// Everything is deterministic: the same feed and item numbers always give
// the same bytes, so a feed's document can be rebuilt on demand instead of
// being held in memory.
package synth

import (
	"fmt"
	"hash/fnv"
	"html"
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
)

// Country is one side of a synthetic meeting.
type Country struct {
	Code      string // ISO 3166-1 alpha-2
	Name      string // as the lead names it, e.g. "the Republic of Korea"
	Short     string // as titles name it, e.g. "Korea"
	Adjective string // e.g. "Korean"
	Capital   string
}

// Publishers are the governments whose feeds the farm serves; feed i is
// published by Publishers[i%len(Publishers)].
var Publishers = []Country{
	{"JP", "Japan", "Japan", "Japanese", "Tokyo"},
	{"US", "the United States of America", "United States", "American", "Washington"},
	{"GB", "the United Kingdom", "United Kingdom", "British", "London"},
	{"FR", "the French Republic", "France", "French", "Paris"},
	{"DE", "the Federal Republic of Germany", "Germany", "German", "Berlin"},
	{"AU", "Australia", "Australia", "Australian", "Canberra"},
	{"IN", "the Republic of India", "India", "Indian", "New Delhi"},
	{"CA", "Canada", "Canada", "Canadian", "Ottawa"},
	{"KR", "the Republic of Korea", "Republic of Korea", "Korean", "Seoul"},
	{"IT", "the Italian Republic", "Italy", "Italian", "Rome"},
	{"NL", "the Kingdom of the Netherlands", "Netherlands", "Dutch", "The Hague"},
	{"SE", "the Kingdom of Sweden", "Sweden", "Swedish", "Stockholm"},
	{"BR", "the Federative Republic of Brazil", "Brazil", "Brazilian", "Brasília"},
	{"ID", "the Republic of Indonesia", "Indonesia", "Indonesian", "Jakarta"},
	{"SG", "the Republic of Singapore", "Singapore", "Singaporean", "Singapore"},
	{"ZA", "the Republic of South Africa", "South Africa", "South African", "Pretoria"},
}

// Counterparts are the governments the publishers meet; item j of feed i
// reports a meeting with Counterparts[(i*7+j)%len(Counterparts)].
var Counterparts = []Country{
	{"KH", "the Kingdom of Cambodia", "Cambodia", "Cambodian", "Phnom Penh"},
	{"LA", "the Lao People's Democratic Republic", "Laos", "Lao", "Vientiane"},
	{"VN", "the Socialist Republic of Viet Nam", "Viet Nam", "Vietnamese", "Hanoi"},
	{"TH", "the Kingdom of Thailand", "Thailand", "Thai", "Bangkok"},
	{"MY", "Malaysia", "Malaysia", "Malaysian", "Kuala Lumpur"},
	{"PH", "the Republic of the Philippines", "Philippines", "Philippine", "Manila"},
	{"MN", "Mongolia", "Mongolia", "Mongolian", "Ulaanbaatar"},
	{"KZ", "the Republic of Kazakhstan", "Kazakhstan", "Kazakh", "Astana"},
	{"UZ", "the Republic of Uzbekistan", "Uzbekistan", "Uzbek", "Tashkent"},
	{"BD", "the People's Republic of Bangladesh", "Bangladesh", "Bangladeshi", "Dhaka"},
	{"LK", "the Democratic Socialist Republic of Sri Lanka", "Sri Lanka", "Sri Lankan", "Colombo"},
	{"NP", "Nepal", "Nepal", "Nepali", "Kathmandu"},
	{"KE", "the Republic of Kenya", "Kenya", "Kenyan", "Nairobi"},
	{"GH", "the Republic of Ghana", "Ghana", "Ghanaian", "Accra"},
	{"SN", "the Republic of Senegal", "Senegal", "Senegalese", "Dakar"},
	{"EG", "the Arab Republic of Egypt", "Egypt", "Egyptian", "Cairo"},
	{"MA", "the Kingdom of Morocco", "Morocco", "Moroccan", "Rabat"},
	{"JO", "the Hashemite Kingdom of Jordan", "Jordan", "Jordanian", "Amman"},
	{"OM", "the Sultanate of Oman", "Oman", "Omani", "Muscat"},
	{"CL", "the Republic of Chile", "Chile", "Chilean", "Santiago"},
	{"PE", "the Republic of Peru", "Peru", "Peruvian", "Lima"},
	{"CO", "the Republic of Colombia", "Colombia", "Colombian", "Bogotá"},
	{"UY", "the Oriental Republic of Uruguay", "Uruguay", "Uruguayan", "Montevideo"},
	{"PL", "the Republic of Poland", "Poland", "Polish", "Warsaw"},
	{"EE", "the Republic of Estonia", "Estonia", "Estonian", "Tallinn"},
	{"RO", "Romania", "Romania", "Romanian", "Bucharest"},
	{"PT", "the Portuguese Republic", "Portugal", "Portuguese", "Lisbon"},
	{"GR", "the Hellenic Republic", "Greece", "Greek", "Athens"},
	{"NZ", "New Zealand", "New Zealand", "New Zealand", "Wellington"},
	{"FJ", "the Republic of Fiji", "Fiji", "Fijian", "Suva"},
	{"PG", "the Independent State of Papua New Guinea", "Papua New Guinea", "Papua New Guinean", "Port Moresby"},
	{"TL", "the Democratic Republic of Timor-Leste", "Timor-Leste", "Timorese", "Dili"},
	{"AR", "the Argentine Republic", "Argentina", "Argentine", "Buenos Aires"},
	{"TZ", "the United Republic of Tanzania", "Tanzania", "Tanzanian", "Dodoma"},
	{"RW", "the Republic of Rwanda", "Rwanda", "Rwandan", "Kigali"},
	{"CI", "the Republic of Côte d'Ivoire", "Côte d'Ivoire", "Ivorian", "Yamoussoukro"},
	{"AZ", "the Republic of Azerbaijan", "Azerbaijan", "Azerbaijani", "Baku"},
	{"GE", "Georgia", "Georgia", "Georgian", "Tbilisi"},
	{"AM", "the Republic of Armenia", "Armenia", "Armenian", "Yerevan"},
	{"MV", "the Republic of Maldives", "Maldives", "Maldivian", "Malé"},
}

// Epoch is the publication time of item 0 of every feed; item j is
// published j hours later.
var Epoch = time.Date(2024, 1, 8, 9, 0, 0, 0, time.UTC)

// Item is one synthetic readout as a feed carries it.
type Item struct {
	Feed, N   int // feed and item numbers
	GUID      string
	Link      string
	Title     string
	Published time.Time
	Teaser    string // the plain-text description
	HTML      string // the full readout, for content:encoded
	Publisher Country
	Other     Country
}

// Publisher returns the government that publishes feed i.
func Publisher(feed int) Country { return Publishers[feed%len(Publishers)] }

// Counterpart returns the other side of item n of feed i.
func Counterpart(feed, n int) Country {
	return Counterparts[(feed*7+n)%len(Counterparts)]
}

type meetingKind struct {
	title     string // in the title: "Foreign Ministers' Meeting"
	lead      string // in the lead: "held a meeting"
	selfRole  string
	peerRole  string
	selfShort string // before a surname: "Minister"
	peerShort string
	minutes   int
}

var kinds = []meetingKind{
	{"Foreign Ministers' Meeting", "held a meeting", "Minister for Foreign Affairs", "Minister of Foreign Affairs", "Minister", "Minister", 50},
	{"Summit Meeting", "held a summit meeting", "Prime Minister", "President", "Prime Minister", "President", 70},
	{"Foreign Ministers' Telephone Talk", "held a telephone talk", "Minister for Foreign Affairs", "Minister of Foreign Affairs", "Minister", "Minister", 25},
	{"Vice-Ministerial Consultation", "held a consultation", "Vice-Minister for Foreign Affairs", "Deputy Minister of Foreign Affairs", "Vice-Minister", "Deputy Minister", 90},
}

var selfNames = []string{"ARAKI Kenji", "Helen Marsh", "Claire Dubois", "Jonas Becker", "Priya Raman", "Erik Lindqvist", "Marco Bellini", "Sofia Almeida"}
var peerNames = []string{"Sok Vannak", "Nguyen Van Minh", "Amara Okafor", "Tomasz Nowak", "Lucía Herrera", "Kairat Abenov", "Mele Tupou", "Farida Haddad"}

var topics = []struct{ heading, text string }{
	{"Economic relations", `%[1]s noted that trade between the two countries had grown steadily and that more than %[3]d %[5]s companies now operate in %[4]s. The two sides agreed to open negotiations on an investment agreement and to hold the next meeting of the joint economic committee within the year. %[2]s asked for continued support for the special economic zones near %[6]s, and %[1]s replied that %[7]s would send a public-private mission to study logistics and power supply.`},
	{"Infrastructure and connectivity", `%[1]s explained that %[7]s would extend a loan of up to %[3]d million US dollars for the upgrade of the container terminal and the rail link serving %[6]s, and would dispatch experts on port management. %[2]s welcomed the support and said that the project would make the country a gateway for the region. The two sides confirmed that they would follow the progress of the works through the bilateral steering committee.`},
	{"Security and defence", `The two sides shared the view that maritime security and the rule of law at sea are the foundation of regional stability. %[1]s announced that %[7]s would provide two patrol vessels and training for coast guard officers, and the two sides agreed to hold their first political-military dialogue in %[6]s. %[2]s expressed appreciation for the cooperation in mine clearance and peacekeeping training.`},
	{"People-to-people exchanges", `%[1]s stated that %[7]s would increase the number of government scholarships for %[5]s students and would simplify visas for business travellers. The two sides welcomed the new direct flights between the two capitals and agreed to make next year a year of cultural exchange, with festivals in %[6]s and elsewhere. They also agreed to expand cooperation among universities and local governments.`},
	{"Health and climate", `The two sides agreed to strengthen cooperation in public health, including universal health coverage and preparedness for pandemics. %[1]s noted that %[7]s would contribute %[3]d million US dollars to a regional fund for clean energy and disaster risk reduction. %[2]s explained the country's plan to expand solar power and asked for technical cooperation on grid management.`},
}

var regional = []struct{ heading, text string }{
	{"Situation in Ukraine", `%[1]s stated that Russia's aggression against Ukraine shakes the foundation of the international order and that unilateral changes of the status quo by force must not be tolerated anywhere. %[2]s stated that %[8]s supports the sovereignty and territorial integrity of all states and called for a just and lasting peace. The two sides agreed to continue to cooperate at the United Nations.`},
	{"Regional situation", `The two sides exchanged views on the situation in the region, including the South China Sea and North Korea, and affirmed the importance of a free and open international order based on the rule of law. They agreed to work together toward the success of the ASEAN-related meetings and the East Asia Summit later this year.`},
	{"Multilateral cooperation", `The two sides confirmed that they would cooperate on the reform of the United Nations Security Council and toward the success of the climate conference. %[1]s asked for support for %[7]s's candidacy for the Human Rights Council, and %[2]s expressed the intention to consider it favourably.`},
}

func pick(h uint32, n int) int { return int(h % uint32(n)) }

func hash(parts ...int) uint32 {
	f := fnv.New32a()
	for _, p := range parts {
		fmt.Fprintf(f, "%d/", p)
	}
	return f.Sum32()
}

// NewItem returns item n of feed i; base is the site the links point to
// (no trailing slash), e.g. "https://www.mfa.example".
func NewItem(base string, feed, n int) Item {
	self, other := Publisher(feed), Counterpart(feed, n)
	h := hash(feed, n)
	k := kinds[pick(h, len(kinds))]
	selfName := selfNames[pick(h>>3, len(selfNames))]
	peerName := peerNames[pick(h>>6, len(peerNames))]
	published := Epoch.Add(time.Duration(n) * time.Hour)
	met := published.Add(-18 * time.Hour)
	year := published.Year()
	ordinal := 30 + 5*pick(h>>9, 10)
	amount := 50 + 10*pick(h>>12, 40)
	firms := 100 + pick(h>>15, 900)
	selfRef := k.selfShort + " " + lastWord(selfName)
	peerRef := k.peerShort + " " + lastWord(peerName)

	title := fmt.Sprintf("%s-%s %s", self.Short, other.Short, k.title)
	var b strings.Builder
	p := func(s string) { b.WriteString("<p>" + html.EscapeString(s) + "</p>\n") }
	h3 := func(s string) { b.WriteString("<h3>" + html.EscapeString(s) + "</h3>\n") }

	place := fmt.Sprintf("in %s", other.Capital)
	if k.title == "Foreign Ministers' Telephone Talk" {
		place = "by telephone"
	}
	p(fmt.Sprintf("On %s, commencing at %d:%02d p.m. for approximately %d minutes, %s, %s of %s, %s with %s, %s of %s, %s. The overview of the meeting is as follows.",
		met.Format("January 2"), 2+pick(h>>18, 5), 5*pick(h>>21, 12), k.minutes,
		selfName, k.selfRole, self.Name, k.lead, peerName, k.peerRole, other.Name, place))

	args := func(text string) string {
		return fmt.Sprintf(text, selfRef, peerRef, amount, other.Short, other.Adjective, other.Capital, self.Short, other.Short)
	}
	h3("1. Outset")
	p(fmt.Sprintf("%s expressed condolences for the victims of the recent floods and said that %s stands with the people of %s. %s noted that next year marks the %s anniversary of the establishment of diplomatic relations between %s and %s, and expressed his wish to raise the relationship to a comprehensive strategic partnership by %d. In response, %s expressed gratitude for the support of %s and welcomed the visit as a sign of the deepening friendship between the two countries.",
		selfRef, self.Short, other.Short, selfRef, readout.Ordinal(ordinal), self.Short, other.Short, year+1, peerRef, self.Short))

	h3("2. Bilateral relations")
	for s := range 4 {
		t := topics[(pick(h>>24, len(topics))+s)%len(topics)]
		h3(fmt.Sprintf("(%d) %s", s+1, t.heading))
		p(args(t.text))
		if s == 0 {
			p(fmt.Sprintf("More than %d %s companies and %d students from %s were mentioned as evidence of the close ties, and %s noted that the two governments had signed %d agreements since the last visit.",
				firms, self.Adjective, firms*3, other.Short, peerRef, 3+pick(h>>27, 9)))
		}
	}
	h3("3. Regional and international situations")
	for s := range 3 {
		t := regional[(pick(h>>28, len(regional))+s)%len(regional)]
		h3(fmt.Sprintf("(%d) %s", s+1, t.heading))
		p(args(t.text))
	}
	p(fmt.Sprintf("After the meeting, the two sides witnessed the exchange of notes on a grant of %d million US dollars for the improvement of water supply in %s, and issued a joint press statement.", amount/5+3, other.Capital))

	teaser := fmt.Sprintf("On %s, %s, %s of %s, %s with %s, %s of %s.", met.Format("January 2"), selfName, k.selfRole, self.Short, k.lead, peerName, k.peerRole, other.Short)
	return Item{
		Feed: feed, N: n,
		GUID:      fmt.Sprintf("%s/?p=%d", base, 100000+feed*10000+n),
		Link:      fmt.Sprintf("%s/press/%d/%s-%d.html", base, year, strings.ToLower(other.Code), n),
		Title:     title,
		Published: published,
		Teaser:    teaser,
		HTML:      b.String(),
		Publisher: self,
		Other:     other,
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if f[0] == strings.ToUpper(f[0]) { // family name first, in capitals
		return f[0][:1] + strings.ToLower(f[0][1:])
	}
	return f[len(f)-1]
}

// Feed describes one feed document: items first..last (newest first), as
// served from base.
type Feed struct {
	Base        string // the site, no trailing slash
	Feed        int
	First, Last int // item numbers, inclusive
	// Published overrides the publication time of items, when set.
	Published func(n int) (time.Time, bool)
}

// Document renders f as a WordPress-like RSS 2.0 document with each
// readout in content:encoded.
func (f Feed) Document() []byte {
	self := Publisher(f.Feed)
	var b strings.Builder
	b.Grow((f.Last - f.First + 1) * 6 << 10)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
`)
	fmt.Fprintf(&b, "\t<title>Ministry of Foreign Affairs of %s &#8211; Press releases</title>\n", html.EscapeString(self.Short))
	fmt.Fprintf(&b, "\t<atom:link href=\"%s/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>%s</link>\n", f.Base, f.Base)
	b.WriteString("\t<description>Readouts, statements and press releases</description>\n")
	last := f.item(f.Last)
	fmt.Fprintf(&b, "\t<lastBuildDate>%s</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.4.3</generator>\n", last.Published.Format(time.RFC1123Z))
	for n := f.Last; n >= f.First; n-- {
		it := f.item(n)
		fmt.Fprintf(&b, "\t<item>\n\t\t<title>%s</title>\n\t\t<link>%s</link>\n", html.EscapeString(it.Title), it.Link)
		b.WriteString("\t\t<dc:creator><![CDATA[Press Office]]></dc:creator>\n")
		fmt.Fprintf(&b, "\t\t<pubDate>%s</pubDate>\n", it.Published.Format(time.RFC1123Z))
		fmt.Fprintf(&b, "\t\t<category><![CDATA[Readouts]]></category>\n\t\t<category><![CDATA[%s]]></category>\n", it.Other.Short)
		fmt.Fprintf(&b, "\t\t<guid isPermaLink=\"false\">%s</guid>\n", it.GUID)
		fmt.Fprintf(&b, "\t\t<description><![CDATA[%s [&#8230;]]]></description>\n", it.Teaser)
		fmt.Fprintf(&b, "\t\t<content:encoded><![CDATA[%s]]></content:encoded>\n", it.HTML)
		b.WriteString("\t</item>\n")
	}
	b.WriteString("</channel>\n</rss>\n")
	return []byte(b.String())
}

func (f Feed) item(n int) Item {
	it := NewItem(f.Base, f.Feed, n)
	if f.Published != nil {
		if t, ok := f.Published(n); ok {
			it.Published = t
		}
	}
	return it
}
