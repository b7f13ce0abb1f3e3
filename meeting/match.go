package meeting

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// Check is one test of Match: its name, whether it held, and the facts
// behind the outcome.
type Check struct {
	Name   string `json:"name"` // "publishers", "sides", "event", "kind", "date", "principals"
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// Verdict is Match's answer: Same when every check held. The checks that
// held are the reasons for a match; those that did not say why a near
// miss did not pair.
type Verdict struct {
	Same   bool
	Checks []Check
}

// Reasons returns the details of the checks that held.
func (v Verdict) Reasons() []string { return v.details(true) }

// Misses returns the details of the checks that failed.
func (v Verdict) Misses() []string { return v.details(false) }

func (v Verdict) details(ok bool) []string {
	var out []string
	for _, c := range v.Checks {
		if c.OK == ok {
			out = append(out, c.Name+": "+c.Detail)
		}
	}
	return out
}

// explain sets the check's detail to what detail returns, when why asks
// for it: Same and Plausible, which only need the outcome, compare a
// dozen pairs a /readout lookup and skip formatting a sentence for each.
func (c *Check) explain(why bool, detail func() string) {
	if why {
		c.Detail = detail()
	}
}

// Check names.
const (
	CheckPublishers = "publishers"
	CheckSides      = "sides"
	CheckEvent      = "event"
	CheckKind       = "kind"
	CheckDate       = "date"
	CheckPrincipals = "principals"
)

// Match reports whether a and b are two publishers' readouts of the same
// meeting: different publishers on different sides, the same two sides,
// both bilateral or both of the same multilateral event, compatible
// kinds, dates that overlap once time zones are counted, and principals
// that agree. Every check is made, so a near miss lists all it lacks.
func Match(a, b *readout.Readout) Verdict {
	return MatchFacts(FactsOf(a), FactsOf(b))
}

// Same is MatchFacts(a, b).Same, stopping at the first check that fails:
// for finding the pair of a readout among many candidates.
func Same(a, b Facts) bool {
	for _, check := range []func(a, b Facts, why bool) Check{checkPublishers, checkSides, checkEvent, checkKind, checkDate, checkPrincipals} {
		if !check(a, b, false).OK {
			return false
		}
	}
	return true
}

// Plausible is Same without the principals check, which needs the whole
// text: for facts kept in an index, to choose the few candidates worth
// reading whole.
func Plausible(a, b Facts) bool {
	for _, check := range []func(a, b Facts, why bool) Check{checkPublishers, checkSides, checkEvent, checkKind, checkDate} {
		if !check(a, b, false).OK {
			return false
		}
	}
	return true
}

// MatchFacts is Match on facts already read (e.g. kept in an index).
func MatchFacts(a, b Facts) Verdict {
	v := Verdict{Checks: []Check{
		checkPublishers(a, b, true),
		checkSides(a, b, true),
		checkEvent(a, b, true),
		checkKind(a, b, true),
		checkDate(a, b, true),
		checkPrincipals(a, b, true),
	}}
	v.Same = true
	for _, c := range v.Checks {
		v.Same = v.Same && c.OK
	}
	return v
}

func checkPublishers(a, b Facts, why bool) Check {
	c := Check{Name: CheckPublishers}
	switch {
	case a.Side == "" || b.Side == "":
		c.explain(why, func() string { return "the publishing government of one readout is not known" })
	case strings.EqualFold(a.Publisher, b.Publisher) && a.Publisher != "":
		c.explain(why, func() string { return fmt.Sprintf("both readouts are %s's", a.Publisher) })
	case a.Side == b.Side:
		c.explain(why, func() string {
			return fmt.Sprintf("both readouts are %s's (%s and %s)", name(a.Side), a.Publisher, b.Publisher)
		})
	default:
		c.OK = true
		c.explain(why, func() string { return fmt.Sprintf("%s (%s) and %s (%s)", a.Publisher, a.Side, b.Publisher, b.Side) })
	}
	return c
}

func checkSides(a, b Facts, why bool) Check {
	c := Check{Name: CheckSides}
	switch {
	case a.Event != nil && b.Event != nil:
		// A multilateral event's sides are its members; each readout
		// names the ones it dwells on. The event check decides.
		c.OK = true
		c.explain(why, func() string { return fmt.Sprintf("multilateral: %s and %s", codes(a.Sides), codes(b.Sides)) })
	case slices.Equal(a.Sides, b.Sides):
		c.OK = true
		c.explain(why, func() string { return "both " + codes(a.Sides) })
	case ownSideOnly(a, b) || ownSideOnly(b, a):
		// A readout that names its counterpart only by name ("PM meeting
		// with President Biden") has its own side alone; the principals
		// check then needs the counterpart named.
		c.OK = true
		short, full := a, b
		if ownSideOnly(b, a) {
			short, full = b, a
		}
		c.explain(why, func() string {
			return fmt.Sprintf("%s; %s names no country but its own", codes(full.Sides), short.Publisher)
		})
	default:
		c.explain(why, func() string { return fmt.Sprintf("%s against %s", codes(a.Sides), codes(b.Sides)) })
	}
	return c
}

func checkEvent(a, b Facts, why bool) Check {
	c := Check{Name: CheckEvent}
	switch {
	case a.Event == nil && b.Event == nil:
		c.OK = true
		c.explain(why, func() string { return "both bilateral" })
	case a.Event == nil || b.Event == nil:
		ev, pub := a.Event, b.Publisher
		if ev == nil {
			ev, pub = b.Event, a.Publisher
		}
		c.explain(why, func() string {
			return fmt.Sprintf("one reports the multilateral %q, %s a bilateral meeting", ev.Name, pub)
		})
	default:
		ka, kb := eventKey(a.Event, a.Side, b.Side), eventKey(b.Event, a.Side, b.Side)
		if ka == kb {
			c.OK = true
			c.explain(why, func() string { return fmt.Sprintf("the same event: %q and %q", a.Event.Name, b.Event.Name) })
		} else {
			c.explain(why, func() string {
				return fmt.Sprintf("different events: %q (%s) and %q (%s)", a.Event.Name, ka, b.Event.Name, kb)
			})
		}
	}
	return c
}

// ownSideOnly reports whether a's only side is its own and b's sides are
// that and b's own.
func ownSideOnly(a, b Facts) bool {
	return len(a.Sides) == 1 && a.Sides[0] == a.Side && len(b.Sides) == 2 &&
		slices.Contains(b.Sides, a.Side) && slices.Contains(b.Sides, b.Side) && a.Side != b.Side
}

// eventKey names an event independently of who reports it: the countries
// of the title other than the two publishers' own, the organisations, the
// qualifiers, and the ordinal when given.
func eventKey(e *Event, sideA, sideB string) string {
	var parts []string
	parts = append(parts, e.Orgs...)
	for _, c := range e.Countries {
		if c != sideA && c != sideB {
			parts = append(parts, c)
		}
	}
	parts = append(parts, e.Tags...)
	if e.Ordinal != "" {
		parts = append(parts, "#"+e.Ordinal)
	}
	slices.Sort(parts)
	return strings.Join(slices.Compact(parts), "+")
}

// kindClass groups meeting kinds that two sides may name differently: a
// telephone talk, a call and a video conference are remote; a summit, a
// meeting and a courtesy call happen in person.
func kindClass(kind string) string {
	switch kind {
	case "telephone talk", "call", "video conference":
		return "remote"
	case "summit meeting", "meeting", "foreign ministers' meeting", "courtesy call":
		return "in person"
	case "joint statement":
		return "statement"
	}
	return ""
}

func checkKind(a, b Facts, why bool) Check {
	c := Check{Name: CheckKind}
	ca, cb := kindClass(a.Kind), kindClass(b.Kind)
	switch {
	case ca == "" || cb == "":
		c.OK = true
		c.explain(why, func() string {
			return fmt.Sprintf("%s and %s (one side does not say)", kindName(a.Kind), kindName(b.Kind))
		})
	case ca != cb:
		c.explain(why, func() string {
			return fmt.Sprintf("%s (%s) is not %s (%s)", kindName(a.Kind), ca, kindName(b.Kind), cb)
		})
	case levels(a.Kind, b.Kind):
		c.explain(why, func() string { return fmt.Sprintf("%s is not %s", kindName(a.Kind), kindName(b.Kind)) })
	default:
		c.OK = true
		c.explain(why, func() string { return fmt.Sprintf("%s and %s (%s)", kindName(a.Kind), kindName(b.Kind), ca) })
	}
	return c
}

// levels reports a summit set against a foreign ministers' meeting.
func levels(a, b string) bool {
	return a == "summit meeting" && b == "foreign ministers' meeting" || b == "summit meeting" && a == "foreign ministers' meeting"
}

func kindName(k string) string {
	if k == "" {
		return "no kind"
	}
	return k
}

func checkDate(a, b Facts, why bool) Check {
	c := Check{Name: CheckDate}
	da, errA := time.Parse(time.DateOnly, a.Date)
	db, errB := time.Parse(time.DateOnly, b.Date)
	if errA != nil || errB != nil {
		c.explain(why, func() string { return fmt.Sprintf("no date to compare (%q and %q)", a.Date, b.Date) })
		return c
	}
	gap := da.Sub(db)
	if gap < 0 {
		gap = -gap
	}
	switch {
	case gap > 24*time.Hour:
		c.explain(why, func() string { return fmt.Sprintf("%s and %s are %d days apart", a.Date, b.Date, int(gap.Hours()/24)) })
	case !a.From.Before(b.To) || !b.From.Before(a.To):
		c.explain(why, func() string {
			return fmt.Sprintf("%s and %s cannot be the same moment in any of the sides' time zones (%s and %s)",
				a.Date, b.Date, span(a), span(b))
		})
	case gap == 0:
		c.OK = true
		c.explain(why, func() string { return "both " + a.Date })
	default:
		c.OK = true
		c.explain(why, func() string {
			return fmt.Sprintf("%s and %s, the same moment in the sides' time zones (%s and %s)", a.Date, b.Date, span(a), span(b))
		})
	}
	return c
}

func span(f Facts) string {
	return f.From.UTC().Format("Jan 2 15:04") + "–" + f.To.UTC().Format("Jan 2 15:04") + " UTC"
}

func checkPrincipals(a, b Facts, why bool) Check {
	c := Check{Name: CheckPrincipals}
	var agree, differ, unnamed []string
	a.Principals, b.Principals = placed(a.Principals, b.Principals), placed(b.Principals, a.Principals)
	countries := map[string]bool{}
	for _, p := range append(slices.Clone(a.Principals), b.Principals...) {
		countries[p.Country] = true
	}
	for _, code := range sortedKeys(countries) {
		pa, pb := principalsOf(a, code), principalsOf(b, code)
		label := name(code)
		switch {
		case code == "":
			// Leaders an event's readout names without a country: one
			// in common is enough, the others cannot be told apart.
			if len(pa) > 0 && len(pb) > 0 && sharePerson(pa, pb) {
				agree = append(agree, fmt.Sprintf("%s / %s", names(pa), names(pb)))
			}
		case len(pa) > 0 && len(pb) > 0:
			if sharePerson(pa, pb) {
				agree = append(agree, fmt.Sprintf("%s: %s / %s", label, names(pa), names(pb)))
			} else {
				differ = append(differ, fmt.Sprintf("%s: %s against %s", label, names(pa), names(pb)))
			}
		default:
			// One side names no principal of this country. Readouts name
			// their own leader by title alone ("the Prime Minister"), but
			// always name the counterpart: a counterpart the other side
			// never names is another person.
			named, by, other := pa, a, b
			if len(pa) == 0 {
				named, by, other = pb, b, a
			}
			switch {
			case code == other.Side:
				unnamed = append(unnamed, fmt.Sprintf("%s's %s, named only by %s", label, names(named), by.Publisher))
			case mentions(other, named):
				agree = append(agree, fmt.Sprintf("%s: %s (named in %s's text)", label, names(named), other.Publisher))
			default:
				differ = append(differ, fmt.Sprintf("%s: %s names %s, whom %s never names", label, by.Publisher, names(named), other.Publisher))
			}
		}
	}
	switch {
	case len(differ) > 0:
		c.explain(why, func() string { return "different principals: " + strings.Join(differ, "; ") })
	case len(agree) == 0:
		c.explain(why, func() string { return "no principal named by both sides" })
	default:
		c.OK = true
		c.explain(why, func() string { return strings.Join(append(agree, unnamed...), "; ") })
	}
	return c
}

// placed gives each of ps without a country the country of the same
// person among others, when the other side gives it.
func placed(ps, others []Person) []Person {
	out := slices.Clone(ps)
	for i, p := range out {
		if p.Country != "" {
			continue
		}
		for _, q := range others {
			if q.Country != "" && samePerson(p, q) {
				out[i].Country = q.Country
				break
			}
		}
	}
	return out
}

// mentions reports whether f's text names one of ps: one of their name
// words (of three letters or more) as a word of the text.
func mentions(f Facts, ps []Person) bool {
	text := f.text.get()
	for _, p := range ps {
		for _, t := range p.tokens {
			if len(t) >= 3 && hasWord(text, t) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether w occurs in text between non-letters.
func hasWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = start + 1
	}
}

func principalsOf(f Facts, code string) []Person {
	var out []Person
	for _, p := range f.Principals {
		if p.Country == code {
			out = append(out, p)
		}
	}
	return out
}

func sharePerson(a, b []Person) bool {
	for _, p := range a {
		for _, q := range b {
			if samePerson(p, q) {
				return true
			}
		}
	}
	return false
}

func names(ps []Person) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// name is a country's short English name, else its code.
func name(code string) string {
	if n := country.Name(code); n != "" {
		return n
	}
	return code
}

func codes(cs []string) string {
	if len(cs) == 0 {
		return "no sides"
	}
	return strings.Join(cs, "–")
}

// foldText lower-cases s and folds its accents, as mentions compares.
func foldText(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return foldAccents(s)
		}
	}
	return s
}
