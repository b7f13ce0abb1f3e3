package bot

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// maxDocTitle bounds the title of a linked document.
const maxDocTitle = 80

// metaSep separates the items of a context or facts line.
const metaSep = " · "

// maxFlags bounds the flags in a header (a summit of many parties).
const maxFlags = 10

// partyFlags is the parties' flags, in order, without duplicates.
func partyFlags(parties []string) string {
	var b strings.Builder
	seen := make(map[string]bool)
	n := 0
	for _, code := range parties {
		f := country.Flag(code)
		if f == "" || seen[f] || n == maxFlags {
			continue
		}
		seen[f] = true
		b.WriteString(f)
		n++
	}
	return b.String()
}

// contextLine is the meeting's facts, unescaped: kind (when the title does
// not say it), publisher, date, local start time, duration and place.
func contextLine(r *readout.Readout) string {
	var parts []string
	if kind := collapseSpace(r.Meeting.Kind); kind != "" &&
		!strings.Contains(strings.ToLower(r.Title), strings.ToLower(kind)) {
		parts = append(parts, upperFirst(kind))
	}
	if p := collapseSpace(r.Publisher); p != "" {
		parts = append(parts, p)
	}
	switch {
	case r.Meeting.Date != "":
		parts = append(parts, formatDate(r.Meeting.Date))
	case !r.Published.IsZero():
		parts = append(parts, r.Published.Format("2 Jan 2006"))
	}
	if t := strings.TrimSpace(r.Meeting.StartLocal); t != "" {
		parts = append(parts, t+" local")
	}
	if d := formatDuration(r.Meeting.DurationMinutes); d != "" {
		parts = append(parts, d)
	}
	if l := collapseSpace(r.Meeting.Location); l != "" {
		parts = append(parts, l)
	}
	return strings.Join(parts, metaSep)
}

// formatDate turns "2022-03-20" into "20 Mar 2022"; anything else is kept.
func formatDate(s string) string {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return collapseSpace(s)
	}
	return t.Format("2 Jan 2006")
}

// formatDuration renders minutes as "about 2 h 10 min"; readouts give
// durations as approximations.
func formatDuration(minutes int) string {
	if minutes <= 0 {
		return ""
	}
	h, m := minutes/60, minutes%60
	switch {
	case h == 0:
		return "about " + strconv.Itoa(m) + " min"
	case m == 0:
		return "about " + strconv.Itoa(h) + " h"
	default:
		return "about " + strconv.Itoa(h) + " h " + strconv.Itoa(m) + " min"
	}
}

// maxPrincipals bounds the principals named in the parent, and
// maxPrincipalTitle the characters of one's title.
const (
	maxPrincipals     = 6
	maxPrincipalTitle = 80
)

// principalsLine names the principals with their titles, each behind the
// flag of their country.
func principalsLine(r *readout.Readout) string {
	var parts []string
	more := 0
	for _, p := range r.Participants {
		if p.Role != readout.RolePrincipal {
			continue
		}
		// A principal the page leaves unnamed ("The Prime Minister
		// hosted …" on No 10's pages) is shown by office, so that the line
		// has both sides.
		name, title := collapseSpace(p.Name), collapseSpace(p.Title)
		if name == "" {
			name, title = title, ""
		}
		if name == "" {
			continue
		}
		if len(parts) == maxPrincipals {
			more++
			continue
		}
		if title != "" {
			// "Member of the Political Bureau of the Central Committee of
			// the Communist Party of China (CPC) and Director of the Office
			// of …": a title of several offices is cut, so that the line
			// has room for the other principals.
			if t, cut := fit(title, maxPrincipalTitle); cut {
				title = cutConnectors(strings.TrimSuffix(unescape(t), ellipsis)) + ellipsis
			}
			name += ", " + title
		}
		if f := country.Flag(p.Country); f != "" {
			name = f + " " + name
		}
		parts = append(parts, name)
	}
	if more > 0 {
		parts = append(parts, "+"+strconv.Itoa(more)+" more")
	}
	return strings.Join(parts, metaSep)
}

// cutConnectors drops the words that cannot end a cut title ("Director
// of the" → "Director").
func cutConnectors(s string) string {
	for {
		s = strings.TrimRight(s, " ,;")
		i := strings.LastIndexByte(s, ' ')
		switch s[i+1:] {
		case "of", "the", "and", "for", "to", "in", "on", "a", "an":
			s = s[:max(i, 0)]
		default:
			return s
		}
	}
}

// factLines renders the anniversaries, pledges, documents and follow-on
// events, each as one labelled line, within budget characters in all.
func factLines(r *readout.Readout, budget int) []mdLine {
	var items [4][]string
	for _, a := range r.Anniversaries {
		if s := anniversaryText(a); s != "" {
			items[0] = append(items[0], Escape(s))
		}
	}
	for _, p := range r.Pledges {
		if s := pledgeText(p); s != "" {
			items[1] = append(items[1], Escape(s))
		}
	}
	var plainDocs []string
	for _, a := range r.Attachments {
		title := collapseSpace(a.Title)
		if title == "" {
			title = "Document"
		}
		if t, cut := fit(title, maxDocTitle); cut {
			title = unescape(t)
		}
		items[2] = append(items[2], link(a.URL, title))
		plainDocs = append(plainDocs, Escape(title))
	}
	for _, f := range r.FollowOn {
		if f = collapseSpace(f); f != "" {
			items[3] = append(items[3], Escape(f))
		}
	}
	labels := [4]string{"Anniversaries", "Pledges", "Documents", "Followed by"}

	var lines []mdLine
	for i, list := range items {
		if len(list) == 0 {
			continue
		}
		plainList := list
		if i == 2 {
			plainList = plainDocs
		}
		room := min(factLineMax, budget-1)
		l, ok := factLine(labels[i], list, plainList, room)
		if !ok {
			continue
		}
		lines = append(lines, l)
		budget -= l.cost()
	}
	return lines
}

// factLine joins escaped items behind a bold label, keeping as many whole
// items as fit in max characters (at most maxFactItems) and counting the
// rest as "+N more". It reports false when not even one item fits.
func factLine(label string, md, plain []string, max int) (mdLine, bool) {
	mdHead, plainHead := bold(label+":")+" ", label+": "
	for n := min(len(md), maxFactItems); n > 0; n-- {
		tail := ""
		if n < len(md) {
			tail = metaSep + "+" + strconv.Itoa(len(md)-n) + " more"
		}
		l := mdLine{
			md:    mdHead + strings.Join(md[:n], metaSep) + tail,
			plain: plainHead + strings.Join(plain[:n], metaSep) + tail,
		}
		if runeLen(l.md) <= max {
			return l, true
		}
	}
	// One item alone is too long: shorten it, unless it is a link.
	if len(md) > 0 && md[0] == plain[0] {
		tail := ""
		if len(md) > 1 {
			tail = metaSep + "+" + strconv.Itoa(len(md)-1) + " more"
		}
		room := max - runeLen(mdHead) - runeLen(tail)
		if room >= 20 {
			text := cutEscaped(md[0], room)
			return mdLine{md: mdHead + text + tail, plain: plainHead + text + tail}, true
		}
	}
	return mdLine{}, false
}

// cutEscaped shortens escaped text without markup to at most max
// characters at a word boundary, marking the cut with "…" and never cutting
// inside an entity.
func cutEscaped(s string, max int) string {
	return Escape(mustFit(unescape(s), max))
}

// mustFit is fit on raw text, returning the unescaped result.
func mustFit(raw string, max int) string {
	s, _ := fit(raw, max)
	return unescape(s)
}

// anniversaryText renders an anniversary for the "Anniversaries:" line:
// "70th of diplomatic relations (Japan–Cambodia, 2023)", naming the sides
// only when the subject does not already name them.
func anniversaryText(a readout.Anniversary) string {
	if a.Ordinal <= 0 {
		return ""
	}
	subject := collapseSpace(a.Subject)
	for _, prefix := range []string{"anniversary of ", "the establishment of ", "establishment of "} {
		if len(subject) > len(prefix) && strings.EqualFold(subject[:len(prefix)], prefix) {
			subject = subject[len(prefix):]
		}
	}
	lower := strings.ToLower(subject)
	s := readout.Ordinal(a.Ordinal)
	switch {
	case subject == "":
	case strings.HasPrefix(lower, "year of "):
		s += " " + subject
	case needsArticle(subject):
		s += " of the " + subject
	default:
		s += " of " + subject
	}
	var sides []string
	for _, o := range a.Orgs {
		if o = collapseSpace(o); o != "" && !strings.Contains(lower, strings.ToLower(o)) {
			sides = append(sides, o)
		}
	}
	for _, c := range a.Countries {
		name := country.Name(c)
		if name != "" && !strings.Contains(lower, strings.ToLower(name)) {
			sides = append(sides, name)
		}
	}
	var paren []string
	if len(sides) > 0 {
		paren = append(paren, strings.Join(sides, "–"))
	}
	if a.Year > 0 {
		paren = append(paren, strconv.Itoa(a.Year))
	}
	if len(paren) > 0 {
		s += " (" + strings.Join(paren, ", ") + ")"
	}
	return s
}

// needsArticle reports whether a subject starts with a lower-case noun of
// action ("establishment of …", "signing of …"), which reads better after
// "the".
func needsArticle(subject string) bool {
	word, _, _ := strings.Cut(subject, " ")
	if word == "" || !unicode.IsLower([]rune(word)[0]) {
		return false
	}
	for _, suffix := range []string{"ment", "tion", "sion", "ing", "ance", "ence"} {
		if strings.HasSuffix(word, suffix) {
			return true
		}
	}
	return false
}

// pledgeText renders "¥150 million — ACMECS Development Fund".
func pledgeText(p readout.Pledge) string {
	amount := formatMoney(p.Amount, p.Currency)
	purpose := collapseSpace(p.Purpose)
	switch {
	case amount == "":
		return purpose
	case purpose == "":
		return amount
	default:
		return amount + " — " + purpose
	}
}

// currencySymbols are the symbols readers know for the currencies
// ministries pledge in; other currencies are written with their ISO code.
var currencySymbols = map[string]string{
	"AUD": "A$",
	"CAD": "C$",
	"CNY": "CN¥",
	"EUR": "€",
	"GBP": "£",
	"HKD": "HK$",
	"INR": "₹",
	"JPY": "¥",
	"KRW": "₩",
	"NZD": "NZ$",
	"SGD": "S$",
	"USD": "$",
}

// formatMoney renders an amount with its currency: whole millions, billions
// and trillions in words ("¥150 million", "$2.5 billion"), anything else in
// full with thousands separators ("€1,234,567", "$12.50"). It never rounds.
func formatMoney(amount float64, currency string) string {
	if math.IsNaN(amount) || math.IsInf(amount, 0) || amount <= 0 {
		return ""
	}
	num := formatAmount(amount)
	cur := strings.ToUpper(strings.TrimSpace(currency))
	if sym, ok := currencySymbols[cur]; ok {
		return sym + num
	}
	if cur == "" || len(cur) > 3 || strings.IndexFunc(cur, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return num
	}
	return cur + " " + num
}

func formatAmount(a float64) string {
	scales := []struct {
		size float64
		word string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}
	for _, s := range scales {
		if a < s.size {
			continue
		}
		x := a / s.size
		// Words only when exact to two decimals: 1.5 billion, not 1.234567.
		if cents := x * 100; math.Abs(cents-math.Round(cents)) < 1e-6*cents {
			return trimZeros(strconv.FormatFloat(math.Round(cents)/100, 'f', 2, 64)) + " " + s.word
		}
		break
	}
	cents := math.Round(a * 100)
	whole := math.Floor(cents / 100)
	s := groupThousands(strconv.FormatFloat(whole, 'f', 0, 64))
	if c := int(cents - whole*100); c > 0 {
		s += "." + strconv.Itoa(c/10) + strconv.Itoa(c%10)
	}
	return s
}

// trimZeros turns "150.00" into "150" and "2.50" into "2.5".
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// groupThousands puts commas into a string of digits.
func groupThousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// upperFirst capitalizes the first letter of s.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
