package readout

import (
	"encoding/binary"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// normalizeSpace replaces non-breaking and other unusual spaces with plain
// spaces and collapses runs of whitespace to one space.
func normalizeSpace(s string) string {
	if isNormalSpace(s) {
		return s
	}
	// Often only the ends need trimming ("  Prime Minister …"). U+1680
	// is the one space isNormalSpace does not look for, and invalid UTF-8
	// must become U+FFFD as below.
	if t := strings.Trim(s, " \t\n\v\f\r"); isNormalSpace(t) && !containsText(t, "\u1680") && utf8.ValidString(t) {
		return t
	}
	// One pass: map unusual spaces to spaces, drop invisible characters,
	// collapse whitespace runs and trim (what strings.Map, strings.Fields
	// and strings.Join would do, without their allocations). Invalid UTF-8
	// bytes become U+FFFD, as with strings.Map.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !asciiSpace[c] {
			// A run of ASCII that stays as it is.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000', '\t', '\v', '\f':
			r = ' '
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
			continue
		}
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isNormalSpace reports whether s is already trimmed ASCII-spaced text
// without control or invisible characters, so normalizeSpace can skip it.
func isNormalSpace(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	i := 0
	// Eight ASCII bytes at a time: a control character, or two spaces
	// side by side, in the word or across its end, fail; a word with a
	// byte from 0x80 is read byte by byte below.
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := load8(t)
		if w&highs != 0 {
			break
		}
		if (w-0x20*ones)&^w&highs != 0 {
			return false // a byte below the space
		}
		x := w ^ 0x20*ones                  // spaces become zero bytes
		sp := ^((x&lows + lows) | x | lows) // 0x80 in each space's byte
		if sp&(sp>>8) != 0 || sp>>63 != 0 && s[i+8] == ' ' {
			return false // s does not end with a space: s[i+8] exists
		}
	}
	for ; i < len(s); i++ {
		// Most bytes are none of these: one table look-up each.
		if !spaceCheck[s[i]] {
			continue
		}
		// "’", "“", "—": most runes that open with 0xE2 stay as they
		// are, and are read whole.
		if s[i] == 0xe2 && keptE2(s[i:]) {
			i += 2
			continue
		}
		if c := s[i]; c != ' ' || s[i+1] == ' ' {
			// Control characters, the lead bytes of U+00A0,
			// U+2000…U+2060, U+3000 and U+FEFF, and a run of spaces
			// (s does not end with a space, so s[i+1] exists).
			return false
		}
	}
	return true
}

// keptE2 reports whether s opens with a valid rune of three bytes that
// opens with 0xE2 (U+2000…U+2FFF) and that normalizeSpace keeps as it is:
// none of the spaces U+2000…U+200A, U+2028, U+2029, U+202F and U+205F
// (unicode.IsSpace), nor the invisible U+200B…U+200D and U+2060 it drops.
func keptE2(s string) bool {
	if len(s) < 3 || s[1]&0xc0 != 0x80 || s[2]&0xc0 != 0x80 {
		return false // invalid UTF-8, which normalizeSpace replaces
	}
	switch r := 0x2000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f); {
	case r <= 0x200d, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x2060:
		return false
	}
	return true
}

// spaceCheck marks the bytes isNormalSpace looks at: the space, the
// control characters and the lead bytes of the unusual spaces.
var spaceCheck = func() (t [256]bool) {
	for c := range ' ' + 1 {
		t[c] = true
	}
	for _, c := range []byte{0xc2, 0xe2, 0xe3, 0xef} {
		t[c] = true
	}
	return t
}()

// textLines splits plain text into cleaned, non-empty paragraph lines.
// Hard-wrapped text (lines broken at a fixed width inside paragraphs) is
// rejoined into one line per paragraph; blank lines and section markers
// always start a new paragraph.
func textLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raw := strings.Split(s, "\n")
	for i, l := range raw {
		raw[i] = normalizeSpace(l)
	}
	wrapped := isHardWrapped(raw)
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, l := range raw {
		if l == "" {
			flush()
			continue
		}
		if !wrapped || startsBlock(l) {
			flush()
			if !wrapped {
				out = append(out, l)
				continue
			}
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(l)
	}
	flush()
	return out
}

// isHardWrapped reports whether text looks like it was wrapped at a fixed
// width: no long lines, and several lines that end mid-sentence and are
// followed by more text.
func isHardWrapped(lines []string) bool {
	longest, midSentence := 0, 0
	for i, l := range lines {
		n := runeCount(l)
		longest = max(longest, n)
		if longest > 110 {
			return false // a line longer than any of wrapped text
		}
		if n >= 45 && i+1 < len(lines) && lines[i+1] != "" && !endsSentence(l) {
			midSentence++
		}
	}
	return longest <= 110 && midSentence >= 2
}

// endsSentence reports whether a line ends like the end of a sentence.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"'”’)] `)
	if l == "" {
		return false
	}
	switch l[len(l)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// startsBlock reports whether a line opens a new paragraph in wrapped text.
func startsBlock(l string) bool {
	return l1Marker.MatchString(l) || l2Marker.MatchString(l) || dashMarker.MatchString(l)
}

// The markers of numbered and dashed lines, read by hand (markers.go) as
// the expressions in their comments read them.
var (
	l1Marker   = markerRE(matchL1)   // ^(\d{1,2})(?:\.\s*|\s+)(\S.*)$
	l2Marker   = markerRE(matchL2)   // ^[(（](\d{1,2})[)）]\s*(.*)$
	dashMarker = markerRE(matchDash) // ^[-‐–—•・]\s*(\S.*)$
)

// Page furniture: lines that are never part of a readout's text.
var (
	// furnitureLine is one expression in two halves, each small enough for
	// regexp's backtracker: whole, its program (652 instructions) went to
	// the slower NFA. A line matches when either half does.
	furnitureLine = anyOf{
		lazyRegexp(`(?i)^(?:back to\b.*|page top|to the top(?: of (?:the )?page)?|related links?:?|open a new window|share(?: this(?: page)?)?:?|tweet|print(?: this page)?|facebook|twitter|x|line|email|linkedin|whatsapp|\\?#{3,}|-{3,}|\*{3}|updates to this page.*|is this page useful\?.*)$`),
		lazyRegexp(`(?i)^(?:press releases?|for immediate release|the white house|briefing room|statements and releases|office of the (?:vice president|press secretary|spokesperson)|readout|contents|keywords:?|tags:?|published:?\s+\d{1,2} \w+ \d{4}|from:\s.*|archives(?: \(.*\))?|this (?:was published under|is historical material).*|\(photo\).*|photo of\b.*|.*\((?:photo|source|courtesy)\s*:[^)]*\)\s*\d*$|(?:home|top) ?[>›»|/].*|you are here:.*|share (?:on|via) .*|the (?:below|following) is attributable to .*:|attributed to [^.:]{3,80}:|as stated by .*:|` +
			// An agency's credits at the foot: "Reporter: X", "Editor: Y",
			// "Copyright © ANTARA 2025".
			`(?:reporter|editor|writer|translator|photographer)s?:\s*\p{Lu}[\p{L} .,'’-]{1,60}|(?:copyright|©).{0,80})$`),
	}
	// trailerLine opens the page's trailer: nothing after it is readout text
	// ("Associated links" over a list of links at the foot of Canada's
	// pages).
	// ("Further information" over a press officer's telephone, "Inquiries:",
	// "Media contacts": the page's contacts.)
	trailerLine   = lazyRegexp(`(?i)^(?:media enquiries\b.*|related links?|associated links?|related(?: (?:articles|information|content|news|stories|items|pages|posts|documents|topics|publications|press releases))?|read more|see more|more news|updates to this page|tags:?|see also|keywords:?|explore the topic|(?:for )?further information:?|more information:?|inquiries:?|enquiries:?|(?:media |press )?contacts?:?)$`)
	openNewWindow = lazyRegexp(`(?i)\s*\(?open (?:a|in a) new window\)?`)
	provisional   = lazyRegexp(`(?i)^[\[(［【]?\s*(?:provisional|tentative|unofficial) translation\s*[\])］】]?$`)
	attachmentRE  = lazyRegexp(`(?i)^(.{2,120}?)\s*[(（\[]\s*(?:pdf|word|docx?|xlsx?)\b[^)\]）]*[)\]）]\s*(?:\[?\d+(?:\.\d+)?\s*[kmg]i?b\]?)?$`)
	htmlLikeRE    = lazyRegexp(`(?i)<(?:!doctype|html|head|body|p|div|br|li|ul|ol|h[1-6]|span|a|article|section|main|table|strong|em|b|i|blockquote|figure|img)[\s>/]`)
)

// looksHTML reports whether a body is HTML rather than plain text.
func looksHTML(s string) bool {
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	// Every match opens with "<": a body without one is text, which the
	// search for the byte tells without the expression's walk over it.
	if strings.IndexByte(s, '<') < 0 {
		return false
	}
	return htmlLikeRE.MatchString(s)
}

// attributionRE is a line that attributes the readout to a spokesperson:
// "A Downing Street spokesperson said:".
var attributionRE = lazyRegexp(`(?i)^(?:an? |the )?[\p{L}\d.,&'’ ]{0,80}\bspokesperson\b[\p{L}\d.,&'’ ]{0,80}\bsaid:$`)

// isAttribution reports whether l is a spokesperson's attribution line.
func isAttribution(l string) bool {
	return len(l) < 200 && strings.HasSuffix(l, "said:") && containsFold(l, "spokesperson") && attributionRE.MatchString(l)
}

// newsFurniture are the labels and contact lines of news pages (GOV.UK,
// ministries' communiqués) that are not readout text.
var newsFurniture = lazyRegexp(`(?i)^(?:news story|press release|press statement|communiqu[eé] issued by .*|media enquiries|email \S+@\S+|telephone [\d ]+|contact the .* (?:team|office)\b.*|find out more about .*|share|deputy spokesperson|spokesperson)$`)

// mayBeNewsFurniture is a cheap test before newsFurniture.
func mayBeNewsFurniture(l string) bool {
	if len(l) > 200 {
		return false
	}
	switch lowerText(nextWord(l)) {
	case "news", "press", "communique", "communiqué", "media", "email", "telephone", "contact", "find", "share", "deputy", "spokesperson":
		return true
	}
	return false
}

// maxFurniture is the longest line that can be page furniture.
const maxFurniture = 300

// cleaned is a document body reduced to readout paragraphs, with what the
// furniture told us kept aside.
type cleaned struct {
	lines       []string
	attachments []Attachment
	provisional bool
	captions    []string // photo captions, kept for the meeting title
}

// cleanLines drops page furniture from paragraph lines, turning document
// links ("Joint Statement (PDF)") into attachments. Plain text carries no
// link, so such attachments have an empty URL.
func cleanLines(lines []string) cleaned {
	var c cleaned
	for _, l := range lines {
		l = dropAttributionLead(strings.TrimSpace(strings.TrimPrefix(dropNewWindow(l), `\`)))
		// ("- Related links": a page's heading over its trailer opens it
		// as the line alone does.)
		t := strings.TrimPrefix(strings.TrimPrefix(l, "-- "), "- ")
		if mayBeTrailer(t) && trailerLine.MatchString(t) || isEndMarker(l) {
			break
		}
		short := len(l) <= maxFurniture
		switch {
		case l == "":
		case !short:
			c.lines = append(c.lines, l)
		case containsFold(l, "tion") && provisional.MatchString(l):
			c.provisional = true
		case isCaption(l):
			c.captions = append(c.captions, l)
		case mayBeFurniture(l) && furnitureLine.MatchString(l):
		case isAttribution(l) || mayBeNewsFurniture(l) && newsFurniture.MatchString(l):
		case mayBeAttachment(l) && attachmentRE.MatchString(l):
			m := attachmentRE.FindStringSubmatch(l)
			c.attachments = append(c.attachments, Attachment{Title: strings.TrimSpace(m[1])})
		default:
			c.lines = append(c.lines, l)
		}
	}
	// "Information Department of the Verkhovna Rada of Ukraine
	// Secretariat", "Communication Department of the Prince's Palace":
	// the office that issued the page signs it at the foot.
	for len(c.lines) > 1 && issuerLine(c.lines[len(c.lines)-1]) {
		c.lines = c.lines[:len(c.lines)-1]
	}
	return c
}

// issuerRE is the office that issued a page, signing it at its foot.
var issuerRE = lazyRegexp(`(?i)^(?:issued by:? .*|(?:the )?(?:press|information|communications?|media|public relations|public affairs|news)(?: and (?:information|communications?|media|public affairs|protocol))? (?:service|office|department|division|unit|directorate|section|centre|center|bureau)(?:,? (?:of|for) .*)?)$`)

// issuerLine reports whether l is such a signature (issuerRE): short and
// no sentence.
func issuerLine(l string) bool {
	return len(l) <= 120 && !endsSentence(l) && issuerRE.MatchString(l)
}

// isEndMarker reports whether l is the mark a press release ends with:
// "-ENDS-", "– END –", "ENDS", "-30-", "###", "--ooOoo--". What follows it (contacts,
// notes to editors) is no part of the readout.
func isEndMarker(l string) bool {
	if agencySignOff(l) {
		return true
	}
	// "END 12:15 P.M. EDT": a transcript's end, and when.
	if rest, ok := strings.CutPrefix(l, "END "); ok && len(l) <= 32 && startLocal(rest) != "" {
		return true
	}
	if l == "" || len(l) > 12 {
		return false
	}
	t := strings.Trim(l, "-–—# *")
	switch strings.ToUpper(t) {
	case "ENDS", "END":
		return true
	case "30":
		return t != l
	case "":
		return strings.Contains(l, "###")
	}
	// "--ooOoo--", "-o0o-": the mark Latin American ministries end a
	// communiqué with.
	return len(t) >= 3 && t != l && strings.Trim(t, "oO0") == ""
}

// agencySignOff reports whether l is the sign-off a news agency ends a
// dispatch with, its name in brackets after dashes: "--(Petra)", "–
// (MAP)".
func agencySignOff(l string) bool {
	if len(l) > 28 || !strings.HasSuffix(l, ")") {
		return false
	}
	t := strings.TrimLeft(l, "-–— ")
	if t == l || !strings.HasPrefix(t, "(") {
		return false
	}
	name := t[1 : len(t)-1]
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && !strings.ContainsAny(name, "()0123456789,.;:")
}

// mayBeTrailer reports whether l is short enough and opens with a letter
// that trailerLine's phrases can open with, in any case, or with a byte of
// a letter beyond ASCII (the Kelvin sign folds to "k", "ſ" to "s"): only
// then can trailerLine match.
func mayBeTrailer(l string) bool {
	// (Every phrase but "media enquiries …" is a short line whole.)
	return l != "" && (l[0] >= utf8.RuneSelf || strings.IndexByte("acefikmprstuACEFIKMPRSTU", l[0]) >= 0) &&
		(len(l) <= 40 || hasPrefixFold(l, "media enq"))
}

var captionRE = lazyRegexp(`(?i)^(?:\(photo\)|photo of\b|photo:)|\((?:photo|source)\s*:[^)]*\)\s*\d*$`)

// isCaption reports whether a line is a photo caption.
func isCaption(l string) bool {
	// Every match holds "photo" or "ource" in some case ("ſource" too).
	return (containsFold(l, "photo") || containsFold(l, "ource")) && captionRE.MatchString(l)
}

// mayBeAttachment is a cheap test before attachmentRE: every match holds
// a bracket and "pdf", "word", "doc" or "xl" in some case, and ends the
// text with a closing bracket or a size ("[1.2 MB]", "345KB") before
// any spaces.
func mayBeAttachment(l string) bool {
	return endsAttachment(l) && strings.ContainsAny(l, "([（") && (containsFold(l, "pdf") || containsFold(l, "word") ||
		containsFold(l, "doc") || containsFold(l, "xl"))
}

// endsAttachment reports whether l ends with ")", "]", "）", "b" or "B"
// before any spaces (as "\s" reads them), as every match of attachmentRE
// does: the label's closing bracket, or its size's "b" or "]".
func endsAttachment(l string) bool {
	l = strings.TrimRight(l, " \t\n\f\r")
	return strings.HasSuffix(l, ")") || strings.HasSuffix(l, "]") || strings.HasSuffix(l, "）") ||
		strings.HasSuffix(l, "b") || strings.HasSuffix(l, "B")
}

// containsFold reports whether s contains sub, ignoring the case of ASCII
// letters; sub is lower-case ASCII. It steps from one occurrence of sub's
// least common byte (rarestByte), in either case, to the next: many
// phrases open with a space or a common letter (" at the request of ").
func containsFold(s, sub string) bool {
	if len(sub) > len(s) {
		return false
	}
	k := rarestByte(sub)
	cases := [2]byte{sub[k], sub[k]}
	if 'a' <= sub[k] && sub[k] <= 'z' {
		cases[1] -= 'a' - 'A'
	}
	// sub's first byte matches itself and, a lower-case letter, its
	// capital; the others match by lowerByte (hasPrefixFold).
	first, firstUpper := sub[0], sub[0]
	if 'a' <= first && first <= 'z' {
		firstUpper -= 'a' - 'A'
	}
	for n, c := range cases {
		if n == 1 && c == cases[0] {
			break
		}
		for i := k; ; {
			j := strings.IndexByte(s[i:], c)
			if j < 0 {
				break
			}
			i += j
			at := i - k
			if at+len(sub) > len(s) {
				break
			}
			if (s[at] == first || s[at] == firstUpper) && hasPrefixFold(s[at+1:], sub[1:]) {
				return true
			}
			i++
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with prefix, ignoring the case
// of ASCII letters; prefix is lower-case ASCII.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerByte(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// captionTitle extracts the meeting title a MOFA photo caption repeats:
// "Photo of X X (Photo: Cabinet Public Affairs Office)" gives X.
func captionTitle(c string) string {
	if i := indexText(lowerText(c), "(photo"); i > 0 {
		c = c[:i]
	}
	c = strings.TrimSpace(c)
	if len(c) > 9 && strings.EqualFold(c[:9], "photo of ") {
		c = c[9:]
	} else if strings.HasPrefix(lowerText(c), "(photo)") {
		return ""
	}
	c = strings.TrimRight(c, "0123456789 ")
	if n := len(c); n%2 == 1 && c[:n/2] == c[n/2+1:] {
		return c[:n/2]
	}
	return c
}

// furnitureStarts are the first words (lower-cased) furniture lines open with.
var furnitureStarts = setOf("back", "page", "to", "related", "open", "share", "tweet", "print", "facebook",
	"twitter", "x", "line", "email", "linkedin", "whatsapp", "###", "\\###", "---", "***", "updates", "is",
	"press", "for", "the", "briefing", "statements", "office", "readout", "contents", "keywords", "tags",
	"published", "from", "archives", "this", "(photo)", "photo", "home", "top", "as", "you",
	"reporter", "reporters", "editor", "editors", "writer", "translator", "photographer", "copyright", "©")

// furnitureOpenings are, for the first words of furnitureStarts that
// open many sentences, the phrases furnitureLine drops that begin with
// them, in lower case.
var furnitureOpenings = map[string][]string{
	"the":  {"the white house", "the below is attributable", "the following is attributable"},
	"to":   {"to the top"},
	"for":  {"for immediate release"},
	"is":   {"is this page useful?"},
	"this": {"this was published under", "this is historical material"},
	"as":   {"as stated by "},
	"you":  {"you are here:"},
}

// furnitureCaptions open the credits furnitureLine drops, in any case.
var furnitureCaptions = []string{"(photo", "(source", "(courtesy"}

// mayBeFurniture is a cheap test before furnitureLine: false only when
// furnitureLine cannot match (TestMayBeFurnitureCoversFurnitureLine).
func mayBeFurniture(l string) bool {
	w := lowerText(strings.TrimRight(nextWord(l), ":"))
	if ps, ok := furnitureOpenings[w]; ok {
		// A sentence's common first word: furniture only as one of its
		// phrases.
		return slices.ContainsFunc(ps, func(p string) bool { return hasPrefixFold(l, p) }) || containsAnyFold(l, furnitureCaptions)
	}
	return furnitureStarts[w] || strings.HasPrefix(w, "#") || strings.HasPrefix(w, `\#`) ||
		strings.HasPrefix(w, "---") || strings.HasPrefix(w, "home") || strings.HasPrefix(w, "top") ||
		containsAnyFold(l, furnitureCaptions)
}

// dropNewWindow removes "Open a New Window" link labels from a line.
func dropNewWindow(l string) string {
	if !hasNewWindow(l) {
		return strings.TrimSpace(l)
	}
	return strings.TrimSpace(openNewWindow.ReplaceAllString(l, ""))
}

// dropAttributionLead takes "The following is attributable to
// Spokesperson X: " off the start of a paragraph whose page ran it into the
// readout's first sentence (a page extracted without its line breaks); on
// a line of its own it is furniture.
func dropAttributionLead(l string) string {
	if len(l) < 40 || l[0] != 'T' && l[0] != 't' {
		return l
	}
	for _, p := range [...]string{"the following is attributable to ", "the below is attributable to "} {
		if !hasPrefixFold(l, p) {
			continue
		}
		rest := l[len(p):]
		if k := strings.Index(rest, ": "); k > 2 && k <= 80 && !strings.ContainsAny(rest[:k], ".;") {
			return strings.TrimSpace(rest[k+2:])
		}
	}
	return l
}

// hasNewWindow reports whether l contains "ew Window" or "ew window".
func hasNewWindow(l string) bool {
	for k := range occurrences(l, "indow") {
		if k >= 4 && l[k-4:k-1] == "ew " && (l[k-1] == 'W' || l[k-1] == 'w') {
			return true
		}
	}
	return false
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets. It
// copies s once, into the string it returns, and not at all when s has no
// capital.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	// Eight bytes at a time: a byte below 0x80 from 'A' (0x41) gets its
	// high bit from adding 0x3F, one past 'Z' (0x5B) from adding 0x25
	// (the bytes' low seven bits only, so no sum carries into the next
	// byte); a capital's 0x80, shifted to 0x20, lower-cases it. A byte
	// from 0x80 stays as it is.
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := load8(t)
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		low := w &^ highs
		upper := (low + 0x3F*ones) &^ (low + 0x25*ones) &^ w & highs
		binary.LittleEndian.PutUint64(b[i:], w|upper>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// load8 reads the first eight bytes of t as a little-endian word; the
// compiler makes the eight reads one load.
func load8(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// lowerText is strings.ToLower(s). Text of ASCII bytes alone, found eight
// bytes at a time, is lower-cased by asciiLower, which writes eight bytes
// at a time where strings.ToLower writes each capital by itself.
func lowerText(s string) string {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := load8(t)
		if w&0x8080808080808080 != 0 {
			return strings.ToLower(s)
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return asciiLower(s)
}

// joinLinesAfter is head + "\n" + strings.Join(lines, "\n"), built in one
// allocation: the parser keeps the lines' join as the readout's body and
// reads it with the title before it.
func joinLinesAfter(head string, lines []string) string {
	n := len(head) + len(lines)
	for _, l := range lines {
		n += len(l)
	}
	if len(lines) == 0 {
		n++
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(head)
	b.WriteByte('\n')
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// headingAndText returns heading + "\n" + text: a part of body from *at on
// when body holds it there (a section's lines as the body joins them),
// with its offset in body, else a new string and -1. *at moves past the
// part found, so that a readout's sections, taken in order, are each found
// after the one before.
func headingAndText(body string, at *int, heading, text string) (string, int) {
	n := len(heading) + 1 + len(text)
	for i := *at; i+n <= len(body); {
		j := strings.Index(body[i:], heading)
		if j < 0 {
			break
		}
		i += j
		if i+n <= len(body) && body[i+len(heading)] == '\n' && body[i+len(heading)+1:i+n] == text {
			*at = i + n
			return body[i : i+n], i
		}
		i++
	}
	return heading + "\n" + text, -1
}

// mayBeAnniversary is a cheap test before findOrdinals: "anniversary",
// or "year" right after an ordinal suffix ("50th year", "50thyear").
func mayBeAnniversary(s string) bool {
	if containsText(s, "nniversar") {
		return true
	}
	for k := range occurrences(s, "year") {
		if k > 0 && s[k-1] == ' ' {
			k--
		}
		if k >= 2 {
			switch s[k-2 : k] {
			case "th", "st", "nd", "rd":
				return true
			}
		}
	}
	return false
}

// unescapeText decodes HTML entities in text that came from a feed.
func unescapeText(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// upperFirst capitalizes the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// truncateWords cuts s to at most n bytes at a word boundary and adds "…".
func truncateWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > n/2 {
		cut = i
	}
	return strings.TrimRight(s[:cut], " ,;:-–") + "…"
}

// anyOf is an expression made of others: it matches where one of them
// does.
type anyOf []*lazyRE

// MatchString reports whether one of the expressions matches s.
func (a anyOf) MatchString(s string) bool {
	for _, l := range a {
		if l.MatchString(s) {
			return true
		}
	}
	return false
}
