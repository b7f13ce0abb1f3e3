package readout

import (
	"strings"

	"github.com/readout-bot/readout/country"
)

// portfolioNouns end the names of a ministry's portfolios that follow its
// office: "Minister of Foreign Affairs, International Trade and Worship",
// "… Affairs, European Union and Cooperation", "… Affairs, Emigration and
// Egyptian Expatriates", "… Affairs, Foreign Employment and Tourism".
var portfolioNouns = setOf("Affairs", "Trade", "Worship", "Cooperation", "Union", "Expatriates", "Emigration",
	"Tourism", "Emigrants", "Employment", "Mobility", "Development", "Integration", "Commerce", "Investment", "Relations",
	"Francophonie", "Diaspora", "Immigration", "Industry", "Culture", "Communities", "Abroad", "Planning",
	"Migration", "Service", "Services", "Justice", "Defence", "Defense", "Security", "Finance", "Economy", "Energy",
	"Environment", "Education", "Health", "Transport", "Labour", "Labor", "Sport", "Sports", "Youth", "Territories",
	"Partnerships", "Aviation", "Fisheries", "Agriculture", "Mines", "Mining", "Petroleum", "Hydrocarbons", "Water",
	"Housing", "Infrastructure", "Works", "Treasury", "Budget", "Interior", "Economics", "Restoration", "Reconstruction",
	"Negotiations", "Enlargement", "Neighbourhood", "Neighborhood", "Rights", "Refugees",
	// ("… Foreign Affairs, International Business and International Cooperation")
	"Business", "Technology", "Innovation", "Science", "Communications", "Resources")

// portfolio is a list of portfolios dropped from an office, and the office
// it followed.
// after is the text that follows the list, where its holder is named.
// holder is the word before the office's comma when the office follows
// its holder's name ("Abdelatty, Minister of …"), else "".
type portfolio struct{ office, list, after, holder string }

// dropPortfolios takes the list of portfolios after an office's first
// one out of s, so that a name is not read from it: "The Minister of
// Foreign Affairs, International Trade and Worship, Gerardo Werthein,
// met …" is read as "The Minister of Foreign Affairs, Gerardo Werthein,
// met …". The lists are returned for the titles (restoreOffices). A list
// ends with "and" and a portfolio, followed by the holder's name (after a
// comma, or "of" and the country and a comma, or none): "Hungary's
// Minister of Foreign Affairs and Trade, in Ankara" keeps its list.
func dropPortfolios(s string) (string, []portfolio) {
	var dropped []portfolio
	// "Yvette Cooper, Secretary of State for Foreign, Commonwealth and
	// Development Affairs of the United Kingdom": the British Foreign
	// Secretary's office, read as "… for Foreign Affairs" with its list
	// given back to the title.
	for {
		k := indexText(s, fcdoList)
		if k < 0 {
			break
		}
		head := s[:k]
		j := strings.LastIndex(head, "Secretary")
		if j < 0 || k-j > 40 {
			break
		}
		holder := ""
		if before := head[:j]; strings.HasSuffix(before, ", ") {
			holder = lastWord(strings.TrimSuffix(before, ", "))
		}
		after := s[k+len(fcdoList):]
		dropped = append(dropped, portfolio{office: head[j:], list: fcdoList, after: after[:min(len(after), 80)], holder: holder})
		s = head + s[k+len(fcdoList):]
	}
	if !containsText(s, "Minister") {
		return s, dropped
	}
	for from := 0; from < len(s); {
		k, at := strings.Index(s[from:], "Affairs"), 0
		if k >= 0 {
			at = from + k + len("Affairs")
		}
		// "the Minister of Economy, Trade and Industry of Japan, X": an
		// office of another first portfolio than Affairs.
		if m := strings.Index(s[from:], "Minister of "); m >= 0 && (k < 0 || from+m < at-len("Affairs")) {
			if n := portfolioPhrase(s[from+m+len("Minister of "):]); n > 0 && !strings.HasSuffix(s[from+m+len("Minister of "):from+m+len("Minister of ")+n], "Affairs") {
				at = from + m + len("Minister of ") + n
				k = 0
			}
		}
		if k < 0 {
			break
		}
		from = at
		head := s[:at]
		j := strings.LastIndex(head, "Minister")
		if j < 0 || at-j > 60 {
			continue
		}
		// "X, Minister of State, Minister of Foreign Affairs,
		// International Cooperation and La Francophonie, held …": an
		// office in apposition after its holder's name ends its list
		// before the verb.
		n := portfolioList(s[at:], strings.HasSuffix(head[:j], ", "))
		if n == 0 {
			continue
		}
		office := head[strings.LastIndex(head, "Minister"):]
		after := s[at+n:]
		after = after[:min(len(after), 80)]
		// "Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration
		// and …, received a call from Y": the holder before the office.
		holder := ""
		if before := head[:j]; strings.HasSuffix(before, ", ") {
			holder = lastWord(strings.TrimSuffix(before, ", "))
		}
		dropped = append(dropped, portfolio{office: office, list: s[at : at+n], after: after, holder: holder})
		s = s[:at] + s[at+n:]
	}
	return s, dropped
}

// fcdoList is the list of portfolios of the British Foreign Secretary's
// office after its first, "Foreign".
const fcdoList = ", Commonwealth and Development"

// portfolioList returns the length of the list of portfolios that opens s
// (", Emigration and Egyptian Expatriates", " and Expatriates"), or 0.
// apposition says the office follows its holder's name and a comma, so
// that the list may end with a comma before the verb.
func portfolioList(s string, apposition bool) int {
	i, sawAnd := 0, false
	for {
		var sep string
		switch {
		case strings.HasPrefix(s[i:], ", and "):
			sep = ", and "
		case strings.HasPrefix(s[i:], " and "):
			sep = " and "
		case strings.HasPrefix(s[i:], ", ") && !sawAnd:
			sep = ", "
		default:
			if !sawAnd {
				return 0
			}
			// The list is followed by its holder's name, after a comma
			// or the country's "of …," or not.
			rest := s[i:]
			if strings.HasPrefix(rest, " of ") {
				// "… and Foreign Trade of the Republic of North
				// Macedonia Timčo Mucunski": a country with no comma
				// after it, before the name.
				k := strings.Index(rest, ", ")
				if m, ok := country.FirstMention(rest[4:], 4); ok && (k < 0 || 4+m.End < k) {
					k = 4 + m.End
				}
				if k < 0 || k > 60 {
					return 0
				}
				rest = rest[k:]
			}
			if strings.HasPrefix(rest, ", ") {
				rest = rest[1:]
			}
			// (", the Honourable X": a style before the name.)
			if rest != "" && rest[0] == ' ' && (isCapWord(nextWord(rest[1:])) || strings.HasPrefix(rest, " the ") && isCapWord(nextWord(rest[5:]))) {
				return i
			}
			// (After the holder's name, the list ends at a comma.)
			if apposition && strings.HasPrefix(s[i:], ", ") {
				return i
			}
			return 0
		}
		n := portfolioPhrase(s[i+len(sep):])
		if n == 0 {
			if !sawAnd {
				return 0
			}
			return i
		}
		sawAnd = sawAnd || strings.HasSuffix(sep, "and ")
		i += len(sep) + n
	}
}

// portfolioPhrase returns the length of a portfolio's name of one to three
// capitalized words, the last a portfolio noun, that opens s, or 0.
func portfolioPhrase(s string) int {
	end := 0
	for w, i := 0, 0; w < 3; w++ {
		j := strings.IndexAny(s[i:], " ,.;")
		if j < 0 {
			j = len(s) - i
		}
		word := s[i : i+j]
		if !isCapWord(word) {
			break
		}
		if portfolioNouns[word] {
			end = i + j
		}
		if i+j >= len(s) || s[i+j] != ' ' {
			break
		}
		i += j + 1
	}
	return end
}

// restoreOffices gives back to a title the portfolios dropPortfolios took
// after its office.
func restoreOffices(ps []person, dropped []portfolio) {
	next := 0
	for _, d := range dropped {
		for i := next; i < len(ps); i++ {
			named := containsText(d.after, lastWord(ps[i].name))
			if d.holder != "" {
				named = lastWord(ps[i].name) == d.holder
			}
			if k := indexText(ps[i].title, d.office); k >= 0 && ps[i].name != "" && named {
				end := k + len(d.office)
				ps[i].title = ps[i].title[:end] + d.list + ps[i].title[end:]
				next = i + 1
				break
			}
		}
	}
}

// spaceInitials writes a space after an initial joined to the name it
// opens, as Mongolia's pages write a patronymic's initial before the
// given name: "Minister for Foreign Affairs of Mongolia B.Battsetseg" is
// read as "… B. Battsetseg". An initial is a capital after a space (or
// the start) and a full stop, before a capital and a small letter.
func spaceInitials(s string) string {
	var b []byte
	last := 0
	for i := 1; i+2 < len(s); i++ {
		if s[i] != '.' || !isUpperASCII(s[i-1]) || i >= 2 && s[i-2] != ' ' || !isUpperASCII(s[i+1]) ||
			s[i+2] < 'a' || s[i+2] > 'z' {
			continue
		}
		b = append(append(b, s[last:i+1]...), ' ')
		last = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
