package readout

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Currency spellings before an amount ("$2 billion", "USD 5 million") and
// after it ("150 million yen", "3 billion dollars"), longest first.
var (
	currencyPrefixes = []string{"US$", "AU$", "CA$", "NZ$", "HK$", "A$", "C$", "S$", "$", "¥", "￥", "€", "£", "₩", "₹",
		"USD", "JPY", "EUR", "GBP", "AUD", "CAD", "NZD", "CNY", "RMB", "KRW", "INR", "CHF"}
	// Currencies only a pledge is read in ("EC$ 15 million", "DKK 4.2
	// billion", "XAF 13 billion", "MK 35 billion", "250 million Norwegian
	// kroner"): the summaries and mentions write their amounts as figures
	// (figurePhrases), and findMoney leaves them alone.
	pledgePrefixes = slices.Concat([]string{"EC$", "TT$", "NT$", "J$", "₦", "₱", "₺", "₸", "₫", "KSh", "Rp", "RM", "MK",
		"SGD", "HKD", "DKK", "SEK", "NOK", "ISK", "XAF", "XOF", "XCD", "ZAR", "AED", "QAR", "KES", "NGN", "IDR", "MYR", "THB",
		"VND", "PKR", "BDT", "EGP", "KZT", "MWK", "BRL", "MXN", "TWD"}, currencyPrefixes)
	// The currency and scale words after an amount, each list as the
	// expression `^ ?(a|b|…)\b` would read it (wordAlts; TestWordAlts
	// holds the expressions they replace).
	pledgeSuffixWords = newWordAlts("Eastern Caribbean dollars", "CFA francs", "Danish kroner", "Norwegian kroner",
		"Swedish kronor", "Icelandic kronur", "kronor", "rand", "naira", "ringgit", "rupiah", "baht", "dirhams", "riyals",
		"kwacha", "tenge", "taka", "DKK", "SEK", "NOK", "ISK", "XAF", "XOF", "ZAR", "AED", "QAR", "KES", "NGN", "IDR",
		"MYR", "THB", "MWK")
	multiplierWords = newWordAlts("million", "billion", "trillion", "thousand", "bn", "mn", "m", "k")
	suffixWords     = newWordAlts("Australian dollars", "Canadian dollars", "New Zealand dollars", "Hong Kong dollars",
		"Singapore dollars", "U.S. dollars", "US dollars", "dollars", "yen", "euros", "euro", "pounds sterling", "pounds",
		"yuan", "renminbi", "won", "rupees", "Swiss francs", "USD", "JPY", "EUR", "GBP", "AUD", "CAD", "CNY", "KRW", "INR")
)

// prefixLastBytes are the last bytes of pledgePrefixes (currencyPrefixes
// among them): a text that ends with another byte ends with none of them.
var prefixLastBytes = func() (t [256]bool) {
	for _, p := range pledgePrefixes {
		t[p[len(p)-1]] = true
	}
	return t
}()

// money is an amount found in text; end is the offset just past it, and
// start, for an amount in words ("half a billion dollars"), where it
// begins.
type money struct {
	amount     float64
	currency   string
	start, end int
	inWords    bool
}

// mayHoldMoney is a cheap test before findMoney: an amount has a digit or
// a scale word.
func mayHoldMoney(s string) bool {
	i := 0
	// Eight ASCII bytes at a time: a digit, or an "l" that may open
	// "llion", sends the eight to the byte-by-byte test.
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := load8(t)
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		if w&highs == 0 {
			// Bytes from '0' (0x30) get their high bit from adding
			// 0x50, bytes from ':' (0x3A) from adding 0x46; an "l" is
			// a zero byte of w^"llllllll".
			digit := (w + 0x50*ones) &^ (w + 0x46*ones) & highs
			l := w ^ 'l'*ones
			if digit == 0 && (l-ones)&^l&highs == 0 {
				continue
			}
		}
		for j := i; j < i+8; j++ {
			if c := s[j]; '0' <= c && c <= '9' || c == 'l' && strings.HasPrefix(s[j:], "llion") {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' || c == 'l' && strings.HasPrefix(s[i:], "llion") {
			return true
		}
	}
	return false
}

// findMoney finds money amounts: "150 million yen", "$2 billion", "USD 5
// million", "¥1.5 billion", "EUR 20 million", "£10m", "3 billion dollars",
// "100 million U.S. dollars". It scans digits by hand and runs anchored
// expressions on short windows only, so it is linear in len(s).
func findMoney(s string) []money {
	return scanMoney(s, false)
}

// findPledgeMoney is findMoney that also reads pledgePrefixes' and
// pledgeSuffixWords' currencies, for pledges.
func findPledgeMoney(s string) []money {
	return scanMoney(s, true)
}

// scanMoney is findMoney, with the pledges' currencies when wide.
func scanMoney(s string, wide bool) []money {
	prefixes, codes := currencyPrefixes, currencyCodes
	if wide {
		prefixes = pledgePrefixes
	}
	codeOf := func(k string) string {
		if c := codes[k]; c != "" || !wide {
			return c
		}
		return pledgeCurrencyCodes[k]
	}
	var out []money
	for i := nextDigit(s, 0); i < len(s); i = nextDigit(s, i+1) {
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == ',' || s[i-1] == '.') {
			continue
		}
		num := scanNumber(s[i:min(len(s), i+40)])
		v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		if err != nil {
			continue
		}
		code := ""
		// The prefix ends right before the amount or its space, and no
		// letter comes before it ("TICAD 9" holds no "CAD 9").
		j := i
		if j > 0 && s[j-1] == ' ' {
			j--
		}
		// (Most numbers follow a word or a bracket: the loop runs only
		// where a currency's last byte ends the text before them.)
		if before := s[max(0, j-3):j]; before != "" && prefixLastBytes[before[len(before)-1]] {
			for _, p := range prefixes {
				if strings.HasSuffix(before, p) {
					if k := j - len(p); k == 0 || !isLetter(s[k-1]) {
						code = codeOf(lowerText(p))
						break
					}
				}
			}
		}
		end := i + len(num)
		window := s[end:min(len(s), end+40)]
		// Cheap tests of the first letter before each expression; a
		// non-ASCII one may lower-case to a multiplier's ("K" to "k").
		if c, ok := firstAfterSpace(window); ok && (strings.IndexByte("mbtkMBTK", c) >= 0 || c >= utf8.RuneSelf) {
			if whole, word, ok := multiplierWords.match(lowerText(window)); ok {
				v *= multipliers[word]
				end += len(whole)
				window = s[end:min(len(s), end+40)]
			}
		}
		if c, ok := firstAfterSpace(window); code == "" && ok && strings.IndexByte("ACNHSUdyeprwJEGKI", c) >= 0 {
			if whole, word, ok := suffixWords.match(window); ok {
				code = currencyCodes[lowerText(word)]
				end += len(whole)
			}
		}
		if c, ok := firstAfterSpace(window); wide && code == "" && ok && strings.IndexByte("CDNSIXZAQKMTEkrnbdt", c) >= 0 {
			if whole, word, ok := pledgeSuffixWords.match(window); ok {
				code = codeOf(lowerText(word))
				end += len(whole)
			}
		}
		if code == "" {
			continue
		}
		out = append(out, money{amount: v, currency: code, start: i, end: end})
		i = end - 1
	}
	if containsText(s, "illion ") {
		out = wordMoney(s, out)
	}
	return out
}

// amountWords are the numbers written as words before a scale word: "two
// million", "half a billion", "a billion".
var amountWords = map[string]float64{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": 0}

// wordMoney adds to out the amounts of s written in words before a
// currency: "half a billion dollars", "one billion yen", "two million
// U.S. dollars" (not "two million people", nor "millions of dollars",
// whose amount is not said), in the order of the text.
func wordMoney(s string, out []money) []money {
	for at := range occurrences(s, "illion ") {
		scaleStart := at
		for scaleStart > 0 && isLetter(s[scaleStart-1]) {
			scaleStart--
		}
		scale, ok := multipliers[s[scaleStart:at+len("illion")]]
		if !ok || scaleStart < 2 || s[scaleStart-1] != ' ' {
			continue
		}
		whole, word, ok := suffixWords.match(s[at+len("illion") : min(len(s), at+len("illion")+40)])
		if !ok {
			continue
		}
		// The number before the scale: one word, or "half a".
		w := lastWord(s[:scaleStart-1])
		v, ok := amountWords[lowerText(w)]
		if !ok || v == 0 {
			continue
		}
		start := scaleStart - 1 - len(w)
		if prev := lastWord(s[:max(0, start-1)]); start > 0 && strings.EqualFold(w, "a") && strings.EqualFold(prev, "half") {
			v, start = 0.5, start-1-len(prev)
		} else if strings.EqualFold(w, "a") {
			continue // "a million dollars" is a manner of speaking as often as an amount
		}
		if start > 0 && isLetter(s[start-1]) {
			continue
		}
		out = append(out, money{amount: v * scale, currency: currencyCodes[lowerText(word)], start: start,
			end: at + len("illion") + len(whole), inWords: true})
		slices.SortStableFunc(out, func(a, b money) int { return a.end - b.end })
	}
	return out
}

// firstAfterSpace returns the first byte of s after an optional space.
func firstAfterSpace(s string) (byte, bool) {
	s = strings.TrimPrefix(s, " ")
	if s == "" {
		return 0, false
	}
	return s[0], true
}

// scanNumber returns the number at the start of s: "1,250,000", "1.5".
func scanNumber(s string) string {
	n := 0
	for n < len(s) && (isDigit(s[n]) || s[n] == ',' && n+1 < len(s) && isDigit(s[n+1])) {
		n++
	}
	if n+1 < len(s) && s[n] == '.' && isDigit(s[n+1]) {
		n++
		for n < len(s) && isDigit(s[n]) {
			n++
		}
	}
	return s[:n]
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// nextDigit returns the index of the first ASCII digit of s at or after
// i, or len(s) when there is none: eight ASCII bytes at a time, as
// mayHoldMoney reads them, and the rest byte by byte.
func nextDigit(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := load8(t)
		if w&highs == 0 && (w+0x50*ones)&^(w+0x46*ones)&highs == 0 {
			continue // eight ASCII bytes, none from '0' to '9'
		}
		break
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return len(s)
}

var currencyCodes = map[string]string{
	"us$": "USD", "$": "USD", "usd": "USD", "u.s. dollars": "USD", "us dollars": "USD", "dollars": "USD",
	"a$": "AUD", "au$": "AUD", "aud": "AUD", "australian dollars": "AUD",
	"c$": "CAD", "ca$": "CAD", "cad": "CAD", "canadian dollars": "CAD",
	"nz$": "NZD", "nzd": "NZD", "new zealand dollars": "NZD",
	"hk$": "HKD", "hong kong dollars": "HKD", "s$": "SGD", "singapore dollars": "SGD",
	"¥": "JPY", "￥": "JPY", "jpy": "JPY", "yen": "JPY",
	"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
	"£": "GBP", "gbp": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
	"cny": "CNY", "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY",
	"₩": "KRW", "krw": "KRW", "won": "KRW", "₹": "INR", "inr": "INR", "rupees": "INR",
	"chf": "CHF", "swiss francs": "CHF",
}

// pledgeCurrencyCodes are the ISO codes of pledgePrefixes and
// pledgeSuffixWords' currencies that currencyCodes lacks.
var pledgeCurrencyCodes = map[string]string{
	"ec$": "XCD", "xcd": "XCD", "eastern caribbean dollars": "XCD", "tt$": "TTD", "j$": "JMD", "nt$": "TWD", "twd": "TWD",
	"sgd": "SGD", "hkd": "HKD",
	"dkk": "DKK", "danish kroner": "DKK", "sek": "SEK", "swedish kronor": "SEK", "kronor": "SEK", "nok": "NOK",
	"norwegian kroner": "NOK", "isk": "ISK", "icelandic kronur": "ISK",
	"xaf": "XAF", "xof": "XOF", "cfa francs": "XOF", "zar": "ZAR", "rand": "ZAR", "aed": "AED", "dirhams": "AED",
	"riyals": "SAR", "qar": "QAR", "kes": "KES", "ksh": "KES", "ngn": "NGN", "₦": "NGN",
	"naira": "NGN", "idr": "IDR", "rp": "IDR", "rupiah": "IDR", "myr": "MYR", "rm": "MYR", "ringgit": "MYR",
	"thb": "THB", "baht": "THB", "vnd": "VND", "₫": "VND", "pkr": "PKR", "bdt": "BDT", "taka": "BDT", "egp": "EGP",
	"kzt": "KZT", "₸": "KZT", "tenge": "KZT", "mwk": "MWK", "mk": "MWK", "kwacha": "MWK", "brl": "BRL", "mxn": "MXN",
	"₱": "PHP", "₺": "TRY",
}

var multipliers = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
	"billion": 1e9, "bn": 1e9, "trillion": 1e12,
}

var (
	purposeRE = lazyRegexp(`^\s*(?:(?:in|of|worth of)\s+([a-z][^,;]{0,80}?)\s+)?(?:to|for|towards|into)\s+((?:the\s+)?[^,;]{1,160}?)(?:,|;|\.\s|\.$|\s+which\b|\s+that\b|\s+in order\b|\s+and\s+(?:would|will|also|is|are|was|were|has|have|had|to)\b|$)`)
	inForRE   = lazyRegexp(`^\s*(?:in|of)\s+((?:new |additional )?[a-z][a-z -]{2,60}?)(?:,|;|\.|\s+to\b|\s+for\b|$)`)
	acronymRE = lazyRegexp(`[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*\s\(([A-Z][A-Z0-9&]{1,11})\)`)
)

// maxFound caps the pledges and anniversaries of one readout.
const maxFound = 50

// pledgesOf is findPledges. (Its amounts are findPledgeMoney's, which c
// does not remember: it is run once a page; whether a sentence may hold
// money at all c remembers of those the summaries read.)
func pledgesOf(sentences []string, c *sentCache) []Pledge {
	out := []Pledge{}
	for _, s := range sentences {
		if !c.mayMoney(s) {
			continue
		}
		for _, m := range findPledgeMoney(s) {
			if len(out) == maxFound {
				return out
			}
			if measuredAmount(s[max(0, m.start-80):m.start]) || rateAfter(s[m.end:]) {
				continue
			}
			purpose := pledgePurpose(s[m.end:min(len(s), m.end+300)])
			if purpose == "" {
				purpose = purposeBefore(s[max(0, m.start-200):m.start])
			}
			out = append(out, Pledge{Amount: m.amount, Currency: m.currency, Purpose: purpose, Text: s})
		}
	}
	return out
}

// measureWords before an amount say it measures something that is
// (trade that "had grown to 1.2 billion US dollars", a turnover that
// "reached $3 billion"), not money committed.
var measureWords = []string{"grown to", "grew to", "reached", "amounted to", "amounting to", "stood at", "stands at",
	"totalled", "totaled", "turnover", "volume of", "trade volume", "exceeded", "increased to", "rose to", "risen to",
	// ("the target of US$ 150 billion in bilateral trade", "double
	// bilateral trade to US$ 40 billion", "we can reach $1 billion", "a
	// registered capital of more than US$ 87 billion": a goal or a
	// stock, no money committed.)
	"reach", "target of", "trade to", "capital of",
	// ("bilateral trade had crossed USD 6 billion", "with bilateral trade
	// of US$ 1.7 billion in 2024": a measure of trade, no money committed.)
	"crossed", "surpassed", "trade of",
	// ("Trade between the two countries was worth more than €2 billion
	// last year": what something is worth, not what is given; "a package
	// worth €500 million" is still committed.)
	"was worth", "were worth", "is worth", "are worth", "been worth",
	// ("bilateral trade, at about KSh 15 billion a year", "estimated at
	// $2 billion": a measure; "Italian companies have invested more than
	// $8 billion since independence": money spent, not committed. "valued
	// at" stays a package's: "a new package of security assistance, which
	// is valued at $225 million".)
	"at about", "at around", "at some", "at roughly", "estimated at", "invested"}

// rateAfter reports whether after, the text just after an amount, makes
// it a price or a ration rather than a sum: "US$ 6 per person a month",
// "$2 a day", "$80 per barrel". (A sum "a year" or "per year" is still
// committed: "NZ$21 million a year for the next three years".)
func rateAfter(after string) bool {
	return hasAnyPrefix(after, []string{" per person", " per capita", " per head", " per day", " a day", " per barrel",
		" per tonne", " per ton", " per litre", " per hour", " an hour"})
}

// measuredAmount reports whether before, the text just before an amount,
// says the amount measures what is.
func measuredAmount(before string) bool {
	// Only the amount's own clause: "trade reached $5 billion, and Japan
	// pledged $10 million" commits the second.
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = before[i+1:]
	}
	return containsAny(before, measureWords...)
}

// purposeVerbs are the words before a purpose in purposeRE, in its order.
var purposeVerbs = []string{"to", "for", "towards", "into"}

// purposeEnds are the words after spaces that end a purpose in purposeRE.
var purposeEnds = []string{"which", "that", "in order"}

// purposeAndVerbs follow "and" at the end of a purpose in purposeRE.
var purposeAndVerbs = []string{"would", "will", "also", "is", "are", "was", "were", "has", "have", "had", "to"}

// purposeAfterVerb gives purposeRE's groups for the usual form of the
// text after an amount, lead (without its leading spaces, and ending at
// its first comma or semicolon): "to the … Fund," with single spaces. ok
// is false for any other form, which the expression reads, and where the
// expression would read no purpose: it reads no more than the first
// clause, where the expression tried each length of the purpose at each
// position.
func purposeAfterVerb(lead string) (g1, g2 string, ok bool) {
	for _, w := range []string{"in", "of", "worth of"} {
		if len(lead) > len(w) && strings.HasPrefix(lead, w) && isRESpace(lead[len(w)]) {
			return "", "", false // a purpose with what the amount is in: the expression's
		}
	}
	start := -1
	for _, v := range purposeVerbs {
		if len(lead) > len(v) && strings.HasPrefix(lead, v) && isRESpace(lead[len(v)]) {
			start = len(v) + 1
			break
		}
	}
	if start < 0 || start >= len(lead) || isRESpace(lead[start]) {
		return "", "", false
	}
	y := start
	if len(lead) > start+4 && strings.HasPrefix(lead[start:], "the") && isRESpace(lead[start+3]) {
		if isRESpace(lead[start+4]) {
			return "", "", false
		}
		y = start + 4
	}
	if lead[y] == ',' || lead[y] == ';' {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(lead[y:])
	runes := 1
	for p := y + n; ; {
		if purposeEndsAt(lead, p) {
			return "", lead[start:p], true
		}
		if runes == 160 {
			return "", "", false
		}
		_, n := utf8.DecodeRuneInString(lead[p:])
		p += n
		runes++
	}
}

// purposeEndsAt reports whether purposeRE's end of a purpose matches at
// offset p of s: a comma, a semicolon, a full stop before a space or at
// the end, spaces before "which", "that", "in order" or "and" with a
// verb, or the end.
func purposeEndsAt(s string, p int) bool {
	if p >= len(s) {
		return true
	}
	switch c := s[p]; {
	case c == ',' || c == ';':
		return true
	case c == '.':
		return p+1 == len(s) || isRESpace(s[p+1])
	case !isRESpace(c):
		return false
	}
	q := p
	for q < len(s) && isRESpace(s[q]) {
		q++
	}
	word := func(w string, at int) bool {
		return strings.HasPrefix(s[at:], w) && (at+len(w) == len(s) || !isWordByte(s[at+len(w)]))
	}
	for _, w := range purposeEnds {
		if word(w, q) {
			return true
		}
	}
	if !strings.HasPrefix(s[q:], "and") || q+3 >= len(s) || !isRESpace(s[q+3]) {
		return false
	}
	for q += 3; q < len(s) && isRESpace(s[q]); q++ {
	}
	for _, v := range purposeAndVerbs {
		if word(v, q) {
			return true
		}
	}
	return false
}

// pledgePurpose reads what an amount is for from the text after it:
// "to the … (ACMECS) Development Fund, which …" gives "ACMECS Development Fund".
func pledgePurpose(after string) string {
	// Both expressions need "in", "of", "worth", "to", "for" or "into"
	// after the leading spaces: a cheap test first.
	lead := strings.TrimLeft(after, " \t\n\f\r")
	if lead == "" || strings.IndexByte("iowft", lead[0]) < 0 {
		return ""
	}
	// No match reaches past the first comma or semicolon: the expressions
	// can consume neither except as the final delimiter.
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i+1]
	}
	var p string
	if g1, g2, ok := purposeAfterVerb(strings.TrimLeft(after, " \t\n\f\r")); ok {
		p = strings.TrimPrefix(g2, "the ")
		if g1 != "" {
			p = g1 + " for " + g2
		}
	} else if m := purposeRE.FindStringSubmatch(after); m != nil {
		p = strings.TrimPrefix(m[2], "the ")
		if m[1] != "" {
			p = m[1] + " for " + m[2]
		}
	} else if m := inForRE.FindStringSubmatch(after); m != nil {
		p = m[1]
	}
	if hasAcronymParen(p) {
		p = acronymRE.ReplaceAllString(p, "$1")
	}
	// (`… with Egypt."`: the end of a quotation.)
	p = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(strings.TrimSpace(p), `"”’`), "."))
	return truncateWords(p, 120)
}

// wordAlts is a list of words or phrases, each beginning and ending with
// an ASCII letter, read at the start of a text as the expression
// `^ ?(a|b|…)\b` reads it: after one space if the text opens with one,
// the first of them, in their order, that the text begins with and that
// no letter, digit or underscore follows. Where that expression cost a
// call to regexp (a few thousand instructions on the 40 bytes after each
// amount), this is a comparison of a byte or two for most words.
type wordAlts []string

func newWordAlts(alts ...string) wordAlts {
	for _, a := range alts {
		if a == "" || !isASCIIWordByte(a[0]) || !isASCIIWordByte(a[len(a)-1]) {
			panic("wordAlts: " + a + " must begin and end with a word byte")
		}
	}
	return alts
}

// match returns, when s opens with one of w as the expression would match
// it, the whole match (with its space) and the word, as its submatches 0
// and 1.
func (w wordAlts) match(s string) (whole, word string, ok bool) {
	rest := s
	if rest != "" && rest[0] == ' ' {
		// A word cannot match at the space, so the optional space is
		// taken whenever it is there.
		rest = rest[1:]
	}
	if rest == "" {
		return "", "", false
	}
	for _, a := range w {
		if a[0] == rest[0] && strings.HasPrefix(rest, a) && (len(rest) == len(a) || !isASCIIWordByte(rest[len(a)])) {
			n := len(s) - len(rest) + len(a)
			return s[:n], a, true
		}
	}
	return "", "", false
}

// isASCIIWordByte reports whether c is a word character of regexp's \b
// (syntax.IsWordChar): an ASCII letter, a digit or '_'. A byte from 0x80
// opens or continues a rune that is not one.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// purposeBeforeRE is the clause before an amount that says, after a
// comma, what the amount goes to: "the Pacific Resilience Facility, to
// which Australia has committed", "the Suez Canal Economic Zone, where
// Indian companies have committed around". Its group is the named thing
// before the comma, after its last "the", "in", "to" or "for".
var purposeBeforeRE = lazyRegexp(`(?:^|\b(?:the|in|to|for|into) )(\p{Lu}[\p{L}\d'’&-]*(?: (?:of |and |for |on )?\p{Lu}[\p{L}\d'’&-]*){0,7}), ` +
	`(?:to which|for which|in which|where) [\p{L}'’ -]{2,60}? (?:has |have |had |will )?(?:committed|pledged|contributed|allocated|invested|provided|earmarked)` +
	`(?: (?:around|about|some|over|nearly|almost|more than|an additional|a further|up to))?\s*$`)

// purposeBefore is the purpose of an amount that the clause before it
// names (purposeBeforeRE), "" when it names none.
func purposeBefore(before string) string {
	if !containsAny(before, "to which", "for which", "in which", "where") {
		return ""
	}
	// The amount's currency before it: "committed A$", "around USD ".
	t := strings.TrimRight(before, " ")
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		if w := t[i+1:]; len(w) <= 5 && (strings.ContainsAny(w, "$€£¥") || len(w) == 3 && isUpperName(w)) {
			before = t[:i+1]
		}
	}
	if m := purposeBeforeRE.FindStringSubmatch(before); m != nil {
		return truncateWords(m[1], 120)
	}
	return ""
}
