package readout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
)

// postNominals are styles written after a name.
// Ireland's members of the Dáil write "TD" ("Simon Harris TD"),
// Tanzania's "(MP)".
var postNominals = []string{" MP", " (MP)", " TD", " QC", " KC", " MEP", " OBE", " CBE", " KBE", " MBE", " AC", " AO", " PhD", " MLA", " SC",
	// Kenya's orders ("Hon. Musalia Mudavadi, EGH"), the Commonwealth's.
	" EGH", " EBS", " CBS", " MBS", " GCMG", " KCMG", " CMG", " M.P.", " S.C.", " K.C.", " Q.C.", " T.D.",
	// (The same with the last stop taken as the sentence's: "the Hon. X, M.P., met".)
	" M.P", " S.C", " K.C", " Q.C", " T.D",
	// Pakistan's military awards ("General X, NI (M), Chief of Army
	// Staff").
	" NI (M)", " HI (M)", " SI (M)", " TI (M)"}

// extraHonorifics are styles written before a name, besides honorifics.
var extraHonorifics = []string{"Senator the Hon.", "Senator the Hon", "the Hon.", "The Hon.", "the Hon", "The Hon",
	"The Rt Hon", "the Rt Hon", "Rt Hon", "Rt. Hon.", "The Right Honourable", "the Right Honourable", "Hon",
	"M.", "Mme", "Mme.", "Senator", "Sen."}

// displayName returns a name as an English reader writes it: honorifics
// and styles moved out ("H.E. Mr. …", "Rt Hon … MP"), in Western order
// with normal capitals ("KISHIDA Fumio" gives "Fumio Kishida"). familyFirst
// says the name is known to be written family name first (a Japanese name
// in mixed case, "Iwaya Takeshi"). code is the person's country: a
// Korean, Chinese, Vietnamese or Cambodian name written family name first
// in capitals ("YOON Suk Yeol") keeps that order, as their own countries
// write it in English ("Yoon Suk Yeol"); a Japanese one takes Western order
// ("KISHIDA Fumio" gives "Fumio Kishida"), as Japan's own English pages do.
func displayName(name, code string, familyFirst bool) string {
	name = strings.TrimSpace(strings.Trim(name, ",;: "))
	if name == "" {
		return name
	}
	// "Cardinal Parolin", "Sheikh Tamim": a rank or style before a lone
	// name stays, as a reader writes it (not "Parolin").
	if ws := strings.Fields(name); len(ws) == 2 && loneNameStyles[ws[0]] {
		return name
	}
	for changed := true; changed; {
		changed = false
		// Every post-nominal ends with a capital, a stop or a bracket.
		for _, p := range postNominals {
			if c := name[len(name)-1]; !('A' <= c && c <= 'Z' || c == '.' || c == ')') {
				break
			}
			for _, suf := range []string{"," + p, p} {
				if strings.HasSuffix(name, suf) && len(name) > len(suf) {
					name = strings.TrimSpace(strings.TrimRight(name[:len(name)-len(suf)], ", "))
					changed = true
				}
			}
		}
		for _, h := range extraHonorifics {
			if hasPrefixSpace(name, h) {
				name = strings.TrimSpace(name[len(h):])
				changed = true
			}
		}
		if s := stripHonorifics(name); s != name {
			name, changed = s, true
		}
	}
	// "Baroness Patricia Scotland": a peer's style before a given name and
	// a family name goes, as the reader writes "Patricia Scotland"; "Lord
	// Collins" and "Lord Collins of Highbury" keep theirs, which is how
	// they are named.
	if ws := strings.Fields(name); len(ws) >= 3 && peerStyles[ws[0]] && !slices.Contains(ws, "of") {
		name = strings.Join(ws[1:], " ")
	}
	// "Mohamad bin Haji Hasan": Malaysia's and Brunei's own English
	// writes a Malay name without the patronymic's "bin" or "binti" (and
	// the "Haji" after it): "Mohamad Hasan", "Anwar Ibrahim".
	if code == "MY" || code == "BN" {
		for _, w := range []string{" bin Haji ", " binti Haji ", " bin Hajah ", " binti Hajah ", " bin ", " binti "} {
			name = strings.Replace(name, w, " ", 1)
		}
	}
	name = withoutGrandfather(name)
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	// "KISHIDA Fumio": a family name in capitals, then the given name
	// ("SOK Chenda Sophea"; "OYONO ESONO Simeón", a family name of two
	// words).
	// ("JD Vance", "TJ Smith": initials of two letters without a vowel
	// are the given names'.)
	if isUpperName(words[0]) && !isUpperName(words[len(words)-1]) && !initialsWord(words[0]) {
		k := 1
		for k < len(words)-1 && isUpperName(words[k]) {
			k++
		}
		fam := make([]string, k)
		for i := range k {
			fam[i] = familyWord(words[i])
		}
		// ("QU Dongyu" of FAO: a Chinese, Korean or Vietnamese family
		// name keeps its place when the person's country is not known
		// to be one that writes names in Western order.)
		if familyFirstCountries[code] || k == 1 && code != "JP" && eastAsianFamilies[fam[0]] {
			return strings.Join(append(fam, words[k:]...), " ")
		}
		return strings.Join(append(slices.Clone(words[k:]), fam...), " ")
	}
	// "Lejeune MBELLA MBELLA", "Simeón OYONO ESONO ANGUE": the given name,
	// then the family name in capitals, as French-speaking pages write
	// it; a reader writes the family name with normal capitals.
	// ("Leo XIV", "Lloyd J. Austin III": a numeral stays.)
	if last := words[len(words)-1]; !isUpperName(words[0]) && isUpperName(last) && !isRomanNumeral(last) {
		out := slices.Clone(words)
		for i := len(out) - 1; i > 0 && isUpperName(out[i]); i-- {
			out[i] = familyWord(out[i])
		}
		return strings.Join(out, " ")
	}
	if familyFirst && len(words) == 2 {
		return words[1] + " " + words[0]
	}
	// "Prime Minister Kishida Fumio of Japan" on a page that writes other
	// names given name first: a known holder's name turned around.
	if len(words) == 2 {
		if turned := words[1] + " " + words[0]; country.Holder(turned) != "" && country.Holder(name) == "" {
			return turned
		}
	}
	return name
}

// withoutGrandfather writes an Arabic name of several patronymics as
// readers write it, with the father's name only: "Faisal bin Farhan bin
// Abdullah" is "Faisal bin Farhan", "Mohammed bin Abdulaziz bin Saleh
// Al-Khulaifi" is "Mohammed bin Abdulaziz Al-Khulaifi".
func withoutGrandfather(name string) string {
	first := strings.Index(name, " bin ")
	if first < 0 {
		return name
	}
	second := strings.Index(name[first+5:], " bin ")
	if second < 0 {
		return name
	}
	second += first + 5
	kept := name[:second]
	ws := strings.Fields(name[second:])
	switch {
	// "Mohammed bin Salman bin Abdulaziz Al Saud": readers write a
	// Saudi prince by his and his father's names alone, the house's
	// name left out with the grandfather's.
	case len(ws) >= 3 && ws[len(ws)-2] == "Al" && ws[len(ws)-1] == "Saud":
		return kept
	case len(ws) >= 3 && (ws[len(ws)-2] == "Al" || ws[len(ws)-2] == "Al-"):
		return kept + " " + strings.Join(ws[len(ws)-2:], " ")
	case len(ws) >= 3 && (strings.HasPrefix(ws[len(ws)-1], "Al-") || strings.HasPrefix(ws[len(ws)-1], "al-")):
		return kept + " " + ws[len(ws)-1]
	}
	return kept
}

// isRomanNumeral reports whether w is written in the letters of Roman
// numerals only ("III", "XIV"): a regnal or generational number.
func isRomanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// loneNameStyles stay before a name of one word.
var loneNameStyles = setOf("Cardinal", "Archbishop", "Monsignor", "Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Pope")

// familyWord writes a family name written in capitals with normal
// capitals, each part of one joined by hyphens with its own ("AL-MUTAIRI"
// is "Al-Mutairi", "OSEI-MENSAH" "Osei-Mensah").
func familyWord(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = titleWord(p)
		}
	}
	return strings.Join(parts, "-")
}

// familyFirstCountries write their people's names family name first in
// English too.
var familyFirstCountries = setOf("CN", "TW", "HK", "MO", "KR", "KP", "VN", "KH", "SG")

// eastAsianFamilies are common Chinese, Korean and Vietnamese family
// names, in normal capitals, which none of Japan's is: a name of a body's
// official written in capitals ("QU Dongyu") opens with one of them.
var eastAsianFamilies = setOf(
	// Chinese.
	"Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao",
	"Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao",
	"Cheng", "Cao", "Yuan", "Deng", "Xi", "Qu", "Fu", "Shen", "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai", "Jia",
	"Ding", "Wei", "Xue", "Ye", "Yan", "Pan", "Du", "Dai", "Xia", "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi",
	"Yao", "Tan", "Liao", "Zou", "Xiong", "Jin", "Hao", "Kong", "Bai", "Cui", "Kang", "Mao", "Qiu", "Qin", "Gu",
	"Hou", "Shao", "Meng", "Long", "Wan", "Duan", "Lei", "Qian", "Yin", "Yi", "Chang", "Qiao", "Lai", "Gong",
	"Wen", "Pang", "Lee", "Wong", "Chan", "Cheung", "Lau", "Ng", "Leung", "Tsai", "Hsu", "Chiang", "Kuo",
	// Korean.
	"Kim", "Park", "Choi", "Jung", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn",
	"Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Ban", "Woo", "Noh", "Chung",
	// Vietnamese.
	"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly")

// isUpperName reports whether w is a word of two or more letters, all
// capitals (a family name written in capitals, not an initial).
// initialsWord reports whether w is two capitals without a vowel, a given
// name's initials ("JD", "TJ"), not a family name ("LI", "WU").
func initialsWord(w string) bool {
	return len(w) == 2 && !strings.ContainsAny(w, "AEIOUY")
}

func isUpperName(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		} else if r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return n >= 2
}

// titleWord writes a capitalized word with normal capitals: "KISHIDA"
// gives "Kishida".
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + lowerText(w[n:])
}

// familyFirstIn reports whether the text refers to a person of a
// two-word name by its first word after an office ("Minister Iwaya" for
// "Iwaya Takeshi"), which shows the name is written family name first.
func familyFirstIn(name, text string) bool {
	words := strings.Fields(name)
	if len(words) != 2 || isUpperName(words[0]) {
		return false
	}
	first, last := words[0], words[1]
	// "Prime Minister Fumio Kishida" names the whole name, not "Fumio".
	byFirst, byLast := 0, false
	for _, m := range officeRefRE.FindAllStringIndex(text, -1) {
		rest := text[m[1]:]
		if nameAt(rest, first) {
			byFirst++
		}
		if nameAt(rest, first+" "+last) {
			byFirst--
		}
		if nameAt(rest, last) {
			byLast = true
		}
	}
	return byFirst > 0 && !byLast
}

// officeRefRE finds an office word and the space after it, where
// familyFirstIn looks for a name: compiled once, as familyFirstIn runs
// for every Japanese principal.
var officeRefRE = lazyRegexp(`\b(?:Minister|President|Secretary|Ambassador|Chancellor)\s+`)

// nameAt reports whether s begins with the whole name: the name ends at
// a word boundary, as `\b` would have it.
func nameAt(s, name string) bool {
	if !strings.HasPrefix(s, name) {
		return false
	}
	if len(s) == len(name) {
		return isASCIIWord(s[len(s)-1])
	}
	return isASCIIWord(s[len(name)-1]) != isASCIIWord(s[len(name)])
}

func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// officeNameRE finds "Prime Minister Theresa May" or "Foreign Secretary
// Liz Truss": an office and the name that follows it.
var officeNameRE = lazyRegexp(`(?:^|[^\p{L}’'])(?:(?:The|the|UK|British|US|U\.S\.) )?(Prime Minister|Foreign Secretary|Secretary of State|Minister for Europe and Foreign Affairs|Minister for Foreign Affairs|Foreign Minister|Chancellor|Vice President|President|Minister|Ambassador)(?:,)? (?:(?:Mr|Ms|Mrs|Dr|H\.E\.)\.? )?((?:[A-Z][\p{L}'’-]+)(?: [A-Z]\.)?(?: [A-Z][\p{L}'’-]+){1,2})\b`)

// nameOfOffice finds the name the text gives the holder of an office the
// readout leaves unnamed ("The Prime Minister spoke to …"): the first
// "<office> <Name>" that no other principal has, not preceded by another
// country's adjective.
func nameOfOffice(office string, text string, others []string) string {
	office = strings.TrimPrefix(office, "the ")
	// "the Minister of Foreign Affairs" is named as "Foreign Minister X"
	// as often as not.
	if hasAnyPrefix(office, []string{"Minister of Foreign Affairs", "Minister for Foreign Affairs"}) {
		if name := nameOfOfficeAs("Minister for Foreign Affairs", text, others); name != "" {
			return name
		}
		if name := nameOfOfficeAs("Foreign Minister", text, others); name != "" {
			return name
		}
	}
	if i := indexText(office, " of "); i > 0 && office != "President of the Republic" {
		office = office[:i]
	}
	switch office {
	case "PM":
		office = "Prime Minister"
	case "President of the Republic":
		office = "President"
	}
	return nameOfOfficeAs(office, text, others)
}

// nameOfOfficeAs is nameOfOffice for an office as officeNameRE writes it.
func nameOfOfficeAs(office string, text string, others []string) string {
	if !containsText(text, office) {
		return ""
	}
	for _, m := range officeNameRE.FindAllStringSubmatchIndex(text, -1) {
		if text[m[2]:m[3]] != office {
			continue
		}
		// The word before the office, in the same sentence.
		prefix := text[max(0, m[2]-30):m[2]]
		if i := strings.LastIndexAny(prefix, "\n"); i >= 0 {
			prefix = prefix[i+1:]
		}
		if i := strings.LastIndex(prefix, ". "); i >= 0 {
			prefix = prefix[i+2:]
		}
		before := strings.Fields(prefix)
		if n := len(before); n > 0 {
			prev := before[n-1]
			if len(findCountries(prev)) > 0 || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") || officeObject[prev] {
				continue
			}
		}
		name := text[m[4]:m[5]]
		// "… of Canada Mark Carney" and the like belong to others.
		rest := text[m[5]:]
		if strings.HasPrefix(rest, " of ") {
			continue
		}
		taken := false
		for _, o := range others {
			if o != "" && (containsText(name, lastWord(o)) || containsText(o, lastWord(name))) {
				taken = true
			}
		}
		if !taken && len(findCountries(name)) == 0 {
			return name
		}
	}
	return ""
}

// officeFamilyRE finds an office and a family name alone after it:
// "Prime Minister Ishiba", "President Ruto" (officeNameRE's offices).
var officeFamilyRE = lazyRegexp(`(?:^|[^\p{L}’'])(?:(?:The|the) )?(Prime Minister|Foreign Secretary|Secretary of State|Minister for Foreign Affairs|Foreign Minister|Chancellor|Vice President|President|Minister) ([A-Z][\p{L}'’-]+)\b`)

// familyOfOffice finds the family name alone that a text gives the holder
// of an office the lead leaves unnamed, when it gives no fuller name
// (nameOfOffice): the Kantei's "the Prime Minister received …" and
// "Prime Minister Ishiba welcomed …", a headline's "President Ruto hosts
// …". The word is no office's, institution's, country's or opener's, and
// no other principal's; the office is not one the subject acts towards
// ("with President X") nor of another country ("Chile's Foreign Minister
// X", "Prime Minister X of Canada").
func familyOfOffice(office, text string, others []string) string {
	office = strings.TrimPrefix(office, "the ")
	if i := indexText(office, " of "); i > 0 {
		office = office[:i]
	}
	if office == "PM" {
		office = "Prime Minister"
	}
	if !containsText(text, office) {
		return ""
	}
	for _, m := range officeFamilyRE.FindAllStringSubmatchIndex(text, -1) {
		// ("the Minister" … "Foreign Minister Braže meets …": a minister
		// of a portfolio is the Minister a page names alone.)
		if o := text[m[2]:m[3]]; o != office && !(office == "Minister" && strings.HasSuffix(o, " Minister") && o != "Prime Minister") {
			continue
		}
		name, rest := text[m[4]:m[5]], text[m[5]:]
		// (A name of several words is nameOfOffice's.)
		if len(rest) > 1 && rest[0] == ' ' && isUpperByte(rest[1]) || strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, "-") {
			continue
		}
		if titleVocab[name] || institutionWords[name] || notNames[name] || placeWords[name] || len(findCountries(name)) > 0 || len(findOrgs(name)) > 0 {
			continue
		}
		before := strings.Fields(text[max(0, m[2]-30):m[2]])
		if n := len(before); n > 0 {
			prev := before[n-1]
			if len(findCountries(prev)) > 0 || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "'s") || officeObject[prev] {
				continue
			}
		}
		taken := false
		for _, o := range others {
			if o != "" && (containsText(o, name) || containsText(name, lastWord(o))) {
				taken = true
			}
		}
		if !taken {
			return name
		}
	}
	return ""
}

// officeObject are the words before an office whose holder is the one
// the readout's subject acts towards ("solidarity with Prime Minister
// Mette Frederiksen", "congratulated President Macron"), not the subject.
var officeObject = setOf("with", "to", "from", "for", "on", "congratulated", "thanked", "welcomed", "met", "called", "invited", "told", "urged")

// lastWord is the last of strings.Fields(s), found from the end of s
// without splitting all of it.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			return s[i:]
		}
		i -= n
	}
	return s
}

// familyFirstSince is the year from which Japan's government writes
// Japanese names family name first in English, in capitals or not.
const familyFirstSince = 2020

// japaneseFamilyFirst writes in Western order the Japanese principals of
// a Japanese publisher's page of familyFirstSince or later that the page
// introduces as its own leads do, an honorific, the name and the office
// after a comma ("Mr. Iwaya Takeshi, Minister for Foreign Affairs"): the
// name is written family name first ("Takeshi Iwaya"), unless the text
// refers to the person by the name's last word after an office
// ("Minister Sato" of "Ken Sato"), which shows the Western order. On a
// page of Korea's, which writes Japanese names family name first as it
// writes its own (anyIntro), the name needs no honorific before it. A
// name the office holders' table knows in the order written
// (country.Holder: "Shigeru Ishiba") is in Western order already.
func japaneseFamilyFirst(ps []Participant, text string, anyIntro bool) {
	for i := range ps {
		p := &ps[i]
		if p.Country != "JP" || p.Written != "" {
			continue
		}
		ws := strings.Fields(p.Name)
		if len(ws) != 2 || isUpperName(ws[0]) || isUpperName(ws[1]) || country.Holder(p.Name) != "" {
			continue
		}
		if !anyIntro && !containsAny(text, "Mr. "+p.Name+", ", "Ms. "+p.Name+", ", "Mr "+p.Name+", ", "Ms "+p.Name+", ") {
			continue
		}
		byLast := false
		for _, m := range officeRefRE.FindAllStringIndex(text, -1) {
			if nameAt(text[m[1]:], ws[1]) {
				byLast = true
				break
			}
		}
		if byLast {
			continue
		}
		p.Written, p.Name = p.Name, ws[1]+" "+ws[0]
	}
}

// writesJapaneseFamilyFirst reports whether one of ps is a Japanese
// principal whose name the page writes family name first (displayName
// turned "Iwaya Takeshi" around, a holder known in Western order).
func writesJapaneseFamilyFirst(ps []Participant) bool {
	for _, p := range ps {
		if p.Country != "JP" || p.Written == "" {
			continue
		}
		if w := strings.Fields(p.Written); len(w) == 2 && p.Name == w[1]+" "+w[0] {
			return true
		}
	}
	return false
}

// counterpartNameRE reads the name after "counterpart": "meets Estonian
// counterpart Tsahkna", "his counterpart, Margus Tsahkna".
var counterpartNameRE = lazyRegexp(`\bcounterpart,? ((?:\p{Lu}[\p{L}'’.-]+ ){0,3}\p{Lu}[\p{L}'’-]+)`)

// counterpartNameIn returns the name text gives a counterpart ("…
// counterpart Tsahkna"), none of others and no office's, country's or
// body's words; "" when it gives none.
func counterpartNameIn(text string, others []string) string {
	if !containsText(text, "counterpart") {
		return ""
	}
	for _, m := range counterpartNameRE.FindAllStringSubmatch(text, -1) {
		name := m[1]
		if slices.Contains(others, name) || headWordSeen(strings.Fields(name)) || notNames[nextWord(name)] ||
			len(findCountries(name)) > 0 || len(findOrgs(name)) > 0 {
			continue
		}
		return name
	}
	return ""
}
