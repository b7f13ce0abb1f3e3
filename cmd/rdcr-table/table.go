package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/country"
)

// Subjects of the rows the tool writes.
const (
	subjectEstablished = "diplomatic relations"
	subjectResumed     = "re-established diplomatic relations"
)

// pageURL is the Historian's page for an article, the citation of its rows.
func pageURL(slug string) string { return "https://history.state.gov/countries/" + slug }

// predecessors are articles about states that a later article of the guide
// continues under the same code; the later article gives the rows.
var predecessors = map[string]string{
	"korea":                       "the Kingdom of Korea (1882-1905); korea-south gives KR",
	"soviet-union":                "the Soviet Union; russia gives RU",
	"czechoslovakia":              "Czechoslovakia; czech-republic and slovakia give CZ and SK",
	"kingdom-of-yugoslavia":       "the Kingdom of Yugoslavia; serbia gives RS",
	"federal-government-germany":  "the German Confederation's central government; germany gives DE",
	"german-democratic-republic":  "the German Democratic Republic",
	"north-german-confederation":  "a predecessor of Germany",
	"north-german-union":          "a predecessor of Germany",
	"austrian-empire":             "the Austrian Empire; austria gives AT",
	"congo-free-state":            "the Congo Free State",
	"central-american-federation": "the Federal Republic of Central America",
	"texas":                       "the Republic of Texas",
	"hawaii":                      "the Kingdom of Hawaii",
	"lew-chew":                    "the Kingdom of Lew Chew",
	"orange-free-state":           "the Orange Free State",
	"papal-states":                "the Papal States; holy-see gives VA",
}

// aliases resolve article slugs whose titles the country package does not
// know.
var aliases = map[string]string{
	"cote-divoire": "CI",
	"swaziland":    "SZ",
	"macedonia":    "MK",
	"burma":        "MM",
	"holy-see":     "VA",
	"timor-leste":  "TL",
	"cape-verde":   "CV",
	"micronesia":   "FM",
}

// codeOf returns the ISO code of an article's country, or "" with a
// reason when the article is about a state no code stands for.
func codeOf(slug, title string) (string, string) {
	if why, ok := predecessors[slug]; ok {
		return "", why
	}
	if c, ok := aliases[slug]; ok {
		return c, ""
	}
	for _, q := range []string{title, strings.ReplaceAll(slug, "-", " ")} {
		if c, ok := country.Lookup(q); ok {
			return c.Code, ""
		}
	}
	return "", "no ISO 3166 country is named " + title
}

// event is a dated entry about diplomatic relations.
type event struct {
	kind kind
	head string
	at   found
	// anew is set on an establishment that also ends earlier relations, as
	// "Establishment of Diplomatic Relations with PRC/Termination of
	// Diplomatic Relations with the Republic of China".
	anew bool
}

// span is a heading's range of years, as in "Interruption of Relations,
// 1917-1922": a break and its end in one entry.
var span = regexp.MustCompile(`\b(1[7-9]\d\d|20\d\d)\s*[-–]\s*(1[7-9]\d\d|20\d\d)\b`)

// events lists the article's establishment, breaks and resumptions of
// diplomatic relations in the order of the guide. Sections are not
// trusted: some articles close a section before its entries.
func events(a article) []event {
	var out []event
	for _, t := range a.Timelines {
		k := classify(t.Head)
		if k == other {
			continue
		}
		m := span.FindStringSubmatch(t.Head)
		if m != nil && k != broken {
			// "Establishment of Diplomatic Relations with the German
			// Federal Republic (FRG), 1949-1955": established at the end.
			t.HeadWhen = m[2]
		}
		at, ok := eventDate(t)
		if !ok {
			continue
		}
		anew := k == established && reBroken.MatchString(t.Head)
		out = append(out, event{kind: k, head: t.Head, at: at, anew: anew})
		if m != nil && k == broken {
			end := t
			end.HeadWhen = m[2]
			if at, ok := eventDate(end); ok {
				out = append(out, event{kind: resumed, head: t.Head, at: at})
			}
		}
	}
	return out
}

// rows turns an article into table rows: the establishment of diplomatic
// relations, and, when relations were broken and later resumed, the start
// of the current relations as a row of its own whose note names the
// breaks. Relations broken and never resumed give no row (reason says so),
// nor does an article without an establishment.
func rows(slug string, a article) (facts []anniversary.Fact, reason string) {
	code, why := codeOf(slug, a.Title)
	if code == "" {
		return nil, why
	}
	if code == "US" {
		return nil, "the United States itself"
	}
	var first, current *event
	var breaks []event
	open := false // relations stand
	for _, e := range events(a) {
		switch {
		case first == nil && e.kind == established:
			first, open = &e, true
		case first == nil:
			// A break or resumption before any establishment the tool can
			// read: the guide's wording is not one it knows.
		case e.anew:
			breaks = append(breaks, e)
			current, open = &e, true
		case e.kind == broken && open:
			breaks = append(breaks, e)
			open = false
		case (e.kind == resumed || e.kind == established) && !open:
			current, open = &e, true
		}
	}
	if first == nil {
		return nil, "no establishment of diplomatic relations found"
	}
	if !open {
		last := breaks[len(breaks)-1].at
		return nil, fmt.Sprintf("relations broken in %s and not resumed", last.date.Format(last.prec))
	}
	src := pageURL(slug)
	est := fact(code, subjectEstablished, first.at, src)
	if current == nil {
		return withOtherSources([]anniversary.Fact{est}), ""
	}
	est.Note = "broken " + breakList(breaks) + "; see the re-established row"
	r := fact(code, subjectResumed, current.at, src)
	last, earlier := breaks[len(breaks)-1], breaks[:len(breaks)-1]
	if current.anew {
		r.Note = "relations with a new government: " + strings.ReplaceAll(strings.TrimSuffix(current.head, "."), ",", "")
	} else {
		r.Note = "after the break of " + breakList([]event{last})
	}
	if len(earlier) > 0 {
		r.Note += "; earlier breaks " + breakList(earlier)
	}
	return withOtherSources([]anniversary.Fact{est, r}), ""
}

// otherSources are what other sources say of a generated row, kept in its
// note with their citations: the row itself uses the guide's date.
var otherSources = map[string]string{
	"US-VN/re-established diplomatic relations": "normalization was announced on 1995-07-11 (https://www.politico.com/story/2018/07/11/this-day-in-politics-july-11-1995-702290); this row uses the Historian's date",
	"MM-US/diplomatic relations":                "diplomacy.state.gov gives 1947 (https://diplomacy.state.gov/places/u-s-embassy-rangoon-burma); this row uses the Historian's day",
}

func withOtherSources(fs []anniversary.Fact) []anniversary.Fact {
	for i, f := range fs {
		if o, ok := otherSources[f.Key()]; ok {
			fs[i].Note = strings.TrimPrefix(f.Note+"; "+o, "; ")
		}
	}
	return fs
}

func fact(code, subject string, at found, src string) anniversary.Fact {
	return anniversary.Fact{
		Parties:   []string{code, "US"},
		Subject:   subject,
		Since:     at.date,
		Precision: at.prec,
		Source:    src,
	}.Normalize()
}

func breakList(es []event) string {
	var s []string
	for _, e := range es {
		s = append(s, e.at.date.Format(e.at.prec))
	}
	return strings.Join(s, " and ")
}
