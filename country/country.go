// Package country is readout's gazetteer: the ISO 3166-1 countries with
// their English names, official long forms, demonyms and common aliases,
// plus the international organisations readouts name beside them.
//
// Every other part of readout resolves countries here: the parser finds the
// countries a readout mentions (Find, FindOrgs), the slash command resolves
// a user's word (Lookup, Suggest), the renderer shows names and flags (Name,
// Flag).
//
// Find scans running English text. A country counts only when its name is
// capitalized ("Turkey", not "turkey"); all-capital abbreviations must be
// written in capitals ("US", not "us"); the longest name wins ("Republic of
// Korea" is one mention of KR); and seas or regions named after a country
// ("South China Sea", "Sea of Japan", "Latin America") are not mentions.
//
// Some words name more than one country; the package settles them one way
// and documents it: "Korea" and "Korean" are South Korea (KR), "Congo" and
// "Congolese" the Democratic Republic of the Congo (CD), "Dominican" the
// Dominican Republic (DO), "Virgin Islands" the United States Virgin Islands
// (VI). "Georgia" is always the country, "Jordan" and "Chad" are the
// countries whenever they are capitalized. Kosovo is included under the
// user-assigned code XK, so All returns 250 entries: the 249 of ISO 3166-1
// and Kosovo.
//
// The package does no I/O and is safe for concurrent use; its index is built
// once, on first use.
package country

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Country is one ISO 3166-1 entry.
type Country struct {
	Code     string   // ISO 3166-1 alpha-2, upper case: "KH"
	Alpha3   string   // ISO 3166-1 alpha-3, upper case: "KHM"
	Name     string   // the short name English news uses: "Cambodia", "South Korea"
	LongName string   // the official long form: "Kingdom of Cambodia", "Republic of Korea"
	Demonyms []string // adjectives and nouns for its people: "Cambodian", "Khmer"
	Aliases  []string // other names and abbreviations: "U.S.", "ROK", "Burma", "Türkiye"
}

// clone returns c with its own copies of the slices.
func (c Country) clone() Country {
	c.Demonyms = slices.Clone(c.Demonyms)
	c.Aliases = slices.Clone(c.Aliases)
	return c
}

// ByCode returns the country with the alpha-2 or alpha-3 code, compared
// case-insensitively. "UK" is accepted for GB.
func ByCode(code string) (Country, bool) {
	i, ok := idx().byCode[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return countries[i].clone(), true
}

// Name returns the short English name of the country with code, or code
// itself when no country has it.
func Name(code string) string {
	if i, ok := idx().byCode[strings.ToUpper(strings.TrimSpace(code))]; ok {
		return countries[i].Name
	}
	return code
}

// orgFlags are the organisations that readouts make a side of a meeting
// and that Unicode gives a flag (regional indicators of their codes, as
// Slack shows them): the European Union, for its Council's and the
// EEAS's readouts, and the United Nations.
var orgFlags = map[string]bool{"EU": true, "UN": true}

// Flag returns the flag emoji of the country with code (a pair of regional
// indicator symbols, "🇯🇵" for "JP"), or of the EU or the UN, or "" when
// none has the code.
func Flag(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	i, ok := idx().byCode[code]
	if !ok && !orgFlags[code] {
		return ""
	}
	c := code
	if ok {
		c = countries[i].Code
	}
	b := make([]byte, 0, 8)
	b = utf8.AppendRune(b, 0x1F1E6+rune(c[0]-'A'))
	b = utf8.AppendRune(b, 0x1F1E6+rune(c[1]-'A'))
	return string(b)
}

// Lookup resolves a user's word to a country: a name, long form, alias,
// demonym, alpha-2 or alpha-3 code, in any case, with or without accents,
// a leading "the" and surrounding spaces or punctuation. "kh", "Cambodian",
// "kingdom of cambodia", "u.s." and "korea" all resolve.
func Lookup(q string) (Country, bool) {
	i, ok := idx().lookup[lookupKey(q)]
	if !ok {
		return Country{}, false
	}
	return countries[i].clone(), true
}

// Suggest returns the country a mistyped word most likely meant, for a "did
// you mean" reply: "cambodai" gives Cambodia, "jpan" Japan. A word Lookup
// resolves is returned as is. Otherwise the nearest name by edit distance
// (insertions, deletions, substitutions and swaps of adjacent letters) wins
// if the distance is at most one for words up to six letters, two up to ten
// and three beyond; ties go to a country's name over its long form, alias or
// demonym, then to the lower code. Failing that, a word of three letters or
// more that begins the names of exactly one country suggests it ("camb").
// Suggest reports false when nothing is close.
func Suggest(q string) (Country, bool) {
	ix := idx()
	k := lookupKey(q)
	if i, ok := ix.lookup[k]; ok {
		return countries[i].clone(), true
	}
	qr := []rune(k)
	n := len(qr)
	if n < 3 {
		return Country{}, false
	}
	maxD := 1
	switch {
	case n > 10:
		maxD = 3
	case n > 6:
		maxD = 2
	}
	best, bestD := -1, maxD+1
	rows := make([]int, 3*(n+maxD+2))
	for ci, c := range ix.suggest {
		if abs(len(c.runes)-n) > maxD {
			continue
		}
		d := distance(qr, c.runes, maxD, rows)
		if d > maxD {
			continue
		}
		if best < 0 || d < bestD || d == bestD && better(c, ix.suggest[best]) {
			best, bestD = ci, d
		}
	}
	if best >= 0 {
		return countries[ix.suggest[best].country].clone(), true
	}
	found := -1
	for _, c := range ix.suggest {
		if c.src > srcAlias || !strings.HasPrefix(c.key, k) {
			continue
		}
		if found >= 0 && found != c.country {
			return Country{}, false
		}
		found = c.country
	}
	if found >= 0 {
		return countries[found].clone(), true
	}
	return Country{}, false
}

// better breaks a tie between two candidates at the same distance.
func better(a, b candidate) bool {
	if a.src != b.src {
		return a.src < b.src
	}
	return countries[a.country].Code < countries[b.country].Code
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distance is the optimal-string-alignment edit distance between a and b;
// it returns max+1 as soon as the distance must exceed max. rows is
// scratch space; it is reallocated when shorter than 3*(len(b)+1).
func distance(a, b []rune, max int, rows []int) int {
	w := len(b) + 1
	if len(rows) < 3*w {
		rows = make([]int, 3*w)
	}
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// Mention is one country named in a text. Start and End are byte offsets
// into the text; Text is text[Start:End], e.g. "Kingdom of Cambodia".
type Mention struct {
	Code       string
	Start, End int
	Text       string
}

// Find returns every country named in running English text, in order of
// appearance: names, long forms, aliases, abbreviations and demonyms,
// including possessives ("Japan's") and hyphenated pairs ("Japan-Cambodia",
// "Japan–U.S."). At each position the longest name wins. Organisations
// ("ASEAN", "EU") and features named after a country ("South China Sea")
// are not mentions.
func Find(text string) []Mention {
	var out []Mention
	if len(text) > 256 {
		out = make([]Mention, 0, 32)
	}
	scan(text, func(p *phrase, start, end int) {
		if p.kind == kindCountry {
			out = append(out, Mention{Code: p.code, Start: start, End: end, Text: text[start:end]})
		}
	})
	return out
}

// FirstMention returns Find(text)[0] when it starts at or before byte
// offset last, and false when Find(text) holds none that does: a caller
// that asks whether text opens with a country reads only its start.
func FirstMention(text string, last int) (Mention, bool) {
	var m Mention
	found := false
	scanTo(text, last, func(p *phrase, start, end int) {
		if p.kind == kindCountry && !found {
			m, found = Mention{Code: p.code, Start: start, End: end, Text: text[start:end]}, true
		}
	})
	return m, found
}

// AppendMentions appends Find(text) to dst: a caller that reads many
// texts can reuse one slice.
func AppendMentions(dst []Mention, text string) []Mention {
	scan(text, func(p *phrase, start, end int) {
		if p.kind == kindCountry {
			dst = append(dst, Mention{Code: p.code, Start: start, End: end, Text: text[start:end]})
		}
	})
	return dst
}

// AppendCodes appends to dst the codes of the countries text names that
// dst does not hold yet, in order of first mention. AppendCodes(nil, text)
// is Codes(Find(text)) without building the mentions, which the parser's
// scans of whole sections and pages only count.
func AppendCodes(dst []string, text string) []string {
	scan(text, func(p *phrase, _, _ int) {
		if p.kind == kindCountry && !slices.Contains(dst, p.code) {
			dst = append(dst, p.code)
		}
	})
	return dst
}

// LastCode returns the code of the last country text names, or "": the
// last of Find(text), without building the mentions.
func LastCode(text string) string {
	code := ""
	scan(text, func(p *phrase, _, _ int) {
		if p.kind == kindCountry {
			code = p.code
		}
	})
	return code
}

// Codes returns the distinct country codes of ms in order of first mention.
func Codes(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		if !slices.Contains(out, m.Code) {
			out = append(out, m.Code)
		}
	}
	return out
}
