// Package meeting links two publishers' readouts of the same meeting and
// compares them. It is pure: no I/O, no clock.
//
// Match decides whether two readouts describe the same meeting and says
// why (or why not); Compare lists what one side's readout has and the
// other's lacks. Both report facts and set differences, never a judgement.
package meeting

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// Facts are what matching reads from one readout.
type Facts struct {
	Publisher string // the publisher's name, else its site
	// Side is the publishing government's ISO code: the first of the
	// readout's parties, where readout.Parse puts the publisher's country.
	Side  string
	Sides []string // the meeting's sides (ISO codes), sorted
	// Event is the multilateral event the readout reports; nil for a
	// bilateral meeting (also one held on the margins of an event).
	Event *Event
	Kind  string // readout.Meeting.Kind
	Date  string // YYYY-MM-DD, the meeting's day as its publisher gives it
	// From and To bound, in UTC, when the meeting can have taken place
	// given the date (and start time, when given) and the time zones of
	// the sides and the place.
	From, To   time.Time
	Principals []Person
	// text is the title, lead and body, lower-cased and without accents,
	// to look a counterpart's name up in (see mentions); folded on the
	// first comparison that needs it and kept, since most comparisons end
	// before (another publisher, day or side) and a /readout lookup
	// compares a dozen pairs.
	text *foldedText
}

// foldedText is a readout's text, folded once when first asked for.
type foldedText struct {
	once              sync.Once
	title, lead, body string
	folded            string
}

// get returns the folded text; "" for facts made without a readout.
func (t *foldedText) get() string {
	if t == nil {
		return ""
	}
	t.once.Do(func() { t.folded = foldText(t.title + "\n" + t.lead + "\n" + t.body) })
	return t.folded
}

// Person is a principal as one side names them.
type Person struct {
	Name    string
	Title   string
	Country string
	tokens  []string // folded name words, honorifics and initials dropped
}

// FactsOf reads the facts matching needs from r.
func FactsOf(r *readout.Readout) Facts {
	f := Facts{Publisher: publisherOf(r), Kind: r.Meeting.Kind}
	if len(r.Parties) > 0 {
		f.Side = r.Parties[0]
	}
	f.Sides = slices.Clone(r.Parties)
	slices.Sort(f.Sides)
	f.Sides = slices.Compact(f.Sides)
	f.Event = eventOf(r)
	f.Date = r.Meeting.Date
	fromPublished := false
	if f.Date == "" && !r.Published.IsZero() {
		f.Date = r.Published.Format(time.DateOnly)
		fromPublished = true
	}
	f.From, f.To = window(r, f.Date, fromPublished)
	for _, p := range r.Participants {
		if p.Role != readout.RolePrincipal {
			continue
		}
		toks := nameTokens(p.Name)
		if len(toks) == 0 {
			continue
		}
		f.Principals = append(f.Principals, Person{Name: p.Name, Title: p.Title, Country: p.Country, tokens: toks})
	}
	if len(f.Principals) == 0 && f.Event != nil {
		// Readouts of multilateral events say who "attended"; read the
		// leaders the lead names, without a country.
		// The first paragraph is read too, whichever one Parse took as the lead.
		first, _, _ := strings.Cut(r.Body, "\n")
		f.Principals = leadPersons(first + "\n" + r.Lead)
	}
	f.text = &foldedText{title: r.Title, lead: r.Lead, body: r.Body}
	return f
}

// leaderRE finds a leader's name after their title or honorific in a
// lead: "Mr. KISHIDA Fumio", "President Joko Widodo", "Samdech Hun Manet".
var leaderRE = regexp.MustCompile(`\b(?:Prime Minister|President|Chancellor|Premier|Mr\.|Ms\.|Mrs\.|Samdech(?: (?:Moha|Borvor|Thipadei|Akka|Sena|Padei|Techo))*|H\.E\.)\s+((?:[A-Z][\p{L}'-]+ ?){1,3})`)

func leadPersons(lead string) []Person {
	var out []Person
	for _, m := range leaderRE.FindAllStringSubmatch(lead, -1) {
		var words []string
		for _, w := range strings.Fields(m[1]) {
			if titleWords[w] {
				break
			}
			words = append(words, w)
		}
		name := strings.Join(words, " ")
		toks := nameTokens(name)
		if len(toks) == 0 || slices.ContainsFunc(out, func(p Person) bool { return samePerson(p, Person{tokens: toks}) }) {
			continue
		}
		out = append(out, Person{Name: name, tokens: toks})
	}
	return out
}

var titleWords = map[string]bool{"Prime": true, "Minister": true, "President": true, "Of": true, "The": true, "Mr.": true, "H.E.": true, "Samdech": true}

func publisherOf(r *readout.Readout) string {
	if p := strings.TrimSpace(r.Publisher); p != "" {
		return p
	}
	if h := hostOf(r.URL); h != "" {
		return h
	}
	return ""
}

func hostOf(raw string) string {
	s := raw
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimPrefix(strings.ToLower(s), "www.")
}

var (
	// margins mark (in a lower-cased title) a bilateral meeting held at a
	// multilateral event.
	margins = []string{"margin of", "margins of", "sideline of", "sidelines of", "side-line", "side line",
		"occasion of", "bilateral", "while in ", "ahead of "}
	ordinalRE = regexp.MustCompile(`(?i)\b(\d{1,3})(?:st|nd|rd|th)\b`)
	// qualifiers tell apart events of one organisation held together
	// (the ASEAN-Japan Summit and the ASEAN Plus Three Summit).
	qualifiers = []string{"plus three", "commemorative", "extraordinary", "special", "regional forum", "east asia", "leaders' meeting", "ministerial"}
)

// Event is a multilateral event as one readout names it.
type Event struct {
	Name      string   // the readout's title
	Orgs      []string // organisations and groupings the title names, sorted
	Countries []string // countries the title names (all sides of a trilateral), sorted
	Tags      []string // qualifiers: "plus three", "commemorative" …
	Ordinal   string   // "26" for the 26th, "" when not given
}

// eventOf returns the multilateral event a readout reports: the title
// names an organisation or grouping (and is not a bilateral meeting on
// its margins), or the readout has more than two sides. Else nil.
func eventOf(r *readout.Readout) *Event {
	title := r.Title
	lower := strings.ToLower(title)
	for _, m := range margins {
		if strings.Contains(lower, m) {
			return nil
		}
	}
	orgs := country.FindOrgs(title)
	if len(orgs) == 0 && len(r.Parties) <= 2 {
		return nil
	}
	e := &Event{Name: title, Orgs: slices.Clone(orgs)}
	e.Countries = country.Codes(country.Find(title))
	if len(orgs) == 0 {
		// A trilateral (or larger) meeting: its sides are the event.
		e.Countries = append(e.Countries, r.Parties...)
	}
	for _, q := range qualifiers {
		if strings.Contains(lower, q) {
			e.Tags = append(e.Tags, q)
		}
	}
	if m := ordinalRE.FindStringSubmatch(title); m != nil {
		e.Ordinal = m[1]
	}
	slices.Sort(e.Orgs)
	slices.Sort(e.Countries)
	e.Countries = slices.Compact(e.Countries)
	return e
}

// utcOffsets are the standard UTC offsets, in minutes, of the capitals of
// the countries whose readouts the bot reads most; summer time is allowed
// for by widening every window by an hour. A country not listed could be
// anywhere from UTC-12 to UTC+14.
var utcOffsets = map[string]int{
	"AU": 600, "BD": 360, "BE": 60, "BR": -180, "CA": -300, "CH": 60, "CN": 480, "DE": 60, "EG": 120,
	"ES": 60, "FR": 60, "GB": 0, "ID": 420, "IE": 0, "IL": 120, "IN": 330, "IT": 60, "JP": 540,
	"KH": 420, "KR": 540, "KP": 540, "LA": 420, "MM": 390, "MN": 480, "MX": -360, "MY": 480, "NL": 60,
	"NZ": 720, "PH": 480, "PK": 300, "PL": 60, "QA": 180, "RU": 180, "SA": 180, "SE": 60, "SG": 480,
	"TH": 420, "TR": 180, "TW": 480, "UA": 120, "US": -300, "VN": 420, "ZA": 120, "AE": 240,
	"BN": 480, "TL": 540, "NP": 345, "LK": 330, "FI": 60, "NO": 60, "DK": 60, "AT": 60, "GR": 120,
	"PT": 0, "AR": -180, "CL": -240, "KZ": 300, "UZ": 300, "IR": 210, "IQ": 180, "JO": 120, "KE": 180,
	"NG": 60, "ET": 180, "FJ": 720, "PG": 600, "HU": 60, "CZ": 60, "RO": 120,
}

// window bounds in UTC when a meeting dated date (in the local time of one
// of its sides or of its place) can have taken place. A start time narrows
// it; a date that is only the publication date widens it to the day before.
func window(r *readout.Readout, date string, fromPublished bool) (from, to time.Time) {
	day, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return time.Time{}, time.Time{}
	}
	lo, hi, known := 14*60, -12*60, false
	zones := slices.Clone(r.Parties)
	if r.Meeting.Location != "" {
		zones = append(zones, country.Codes(country.Find(r.Meeting.Location))...)
	}
	for _, c := range zones {
		if off, ok := utcOffsets[c]; ok {
			lo, hi, known = min(lo, off), max(hi, off), true
		}
	}
	if !known || !allKnown(zones) {
		lo, hi = min(lo, -12*60), max(hi, 14*60)
	}
	hi += 60 // summer time
	start, end := day, day.Add(24*time.Hour)
	if t, err := time.Parse("15:04", r.Meeting.StartLocal); err == nil && !fromPublished {
		start = day.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
		end = start.Add(time.Duration(max(r.Meeting.DurationMinutes, 0))*time.Minute + time.Minute)
	}
	if fromPublished {
		start = start.Add(-24 * time.Hour)
	}
	return start.Add(-time.Duration(hi) * time.Minute), end.Add(-time.Duration(lo) * time.Minute)
}

func allKnown(codes []string) bool {
	for _, c := range codes {
		if _, ok := utcOffsets[c]; !ok {
			return false
		}
	}
	return true
}

// nameStop are words of a name that do not identify the person.
var nameStop = map[string]bool{
	"mr": true, "ms": true, "mrs": true, "dr": true, "he": true, "h.e": true, "his": true, "her": true,
	"excellency": true, "majesty": true, "highness": true, "royal": true, "samdech": true, "akka": true,
	"moha": true, "sena": true, "padei": true, "techo": true, "borvor": true, "thipadei": true,
	"jr": true, "sr": true, "ii": true, "iii": true, "the": true, "honorable": true, "honourable": true,
	"hon": true, "sir": true, "dame": true, "de": true, "van": true, "von": true, "al": true, "bin": true,
}

// nameTokens folds a name into the words that identify its bearer:
// "Mr. KISHIDA Fumio" and "Fumio Kishida" share "kishida" and "fumio".
func nameTokens(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.' && r != '\''
	}) {
		w = strings.ToLower(strings.Trim(w, ".'"))
		if len([]rune(w)) < 2 || nameStop[w] || strings.Contains(w, ".") {
			continue
		}
		out = append(out, foldAccents(w))
	}
	return out
}

// foldAccents maps the Latin letters with diacritics that names carry to
// their base letter ("macron" for "Macrón", "nguyen" for "Nguyễn").
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if base, ok := accentBase[r]; ok {
			b.WriteRune(base)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var accentBase = func() map[rune]rune {
	m := map[rune]rune{}
	for base, set := range map[rune]string{
		'a': "àáâãäåāăạảấầẩẫậắằẳẵặ", 'c': "çćč", 'd': "đď", 'e': "èéêëēėęěẹẻẽếềểễệ", 'i': "ìíîïīįıỉị",
		'n': "ñńň", 'o': "òóôõöøōőơọỏốồổỗộớờởỡợ", 'r': "řŕ", 's': "śšş", 't': "ťţ",
		'u': "ùúûüūůűųưụủứừửữự", 'y': "ýÿỳỵỷỹ", 'z': "źżž", 'g': "ğ", 'l': "łľ",
	} {
		for _, r := range set {
			m[r] = base
		}
	}
	return m
}()

// samePerson reports whether two principals share a name word.
func samePerson(a, b Person) bool {
	for _, t := range a.tokens {
		if slices.Contains(b.tokens, t) {
			return true
		}
	}
	return false
}
