package bot

import (
	"net"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// zwj is the zero-width joiner Escape puts after the "@" of a broadcast
// keyword so that Slack never reads it as @here, @channel or @everyone.
const zwj = "\u200d"

// ellipsis marks text that was cut.
const ellipsis = "…"

// broadcastWords are the keywords that follow "@" in Slack's broadcast
// mentions.
var broadcastWords = [...]string{"here", "channel", "everyone"}

// Escape makes untrusted text (anything that came from a feed) safe for a
// Slack text object. It replaces the mrkdwn control characters &, < and >
// with their entities, which neutralizes injected mentions (<!channel>,
// <@U123>) and links (<https://evil.example|bank>); it puts a zero-width
// joiner after the "@" of @here, @channel and @everyone so that no
// auto-parsing can turn them into broadcasts; it replaces invalid UTF-8 and
// drops control characters other than newline and tab.
//
// Escape the untrusted parts of a text, not the markup the renderer adds.
func Escape(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	for i, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '@':
			b.WriteByte('@')
			if broadcastAt(s[i+1:]) {
				b.WriteString(zwj)
			}
		case r == '\r':
			// CRLF and lone CR become plain newlines.
			if !strings.HasPrefix(s[i+1:], "\n") {
				b.WriteByte('\n')
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError:
			b.WriteRune(unicode.ReplacementChar)
		case unicode.IsControl(r), isBidiControl(r):
			// Dropped: C0 and C1 controls have no business in a message,
			// and bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE, …) let a
			// publisher show text in an order other than its own.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clean reports whether Escape would leave s as it is.
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == '&' || c == '<' || c == '>' || c == '@' {
			return false
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || unicode.IsControl(r) || isBidiControl(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// broadcastAt reports whether s starts with a broadcast keyword, in any case.
func broadcastAt(s string) bool {
	for _, w := range broadcastWords {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return true
		}
	}
	return false
}

// escapedCost is the number of runes Escape writes for r when r is
// followed by rest.
func escapedCost(r rune, rest string) int {
	switch {
	case r == '&':
		return 5
	case r == '<' || r == '>':
		return 4
	case r == '@' && broadcastAt(rest):
		return 2
	case r == '\r' && strings.HasPrefix(rest, "\n"):
		return 0
	case r == '\r' || r == '\n' || r == '\t' || r == utf8.RuneError:
		return 1
	case unicode.IsControl(r), isBidiControl(r):
		return 0
	}
	return 1
}

// plainASCII reports whether b is a printable ASCII character that Escape
// writes as it is, whatever follows it (escapedCost 1).
func plainASCII(b byte) bool {
	return b >= 0x20 && b < 0x7f && b != '&' && b != '<' && b != '>' && b != '@'
}

// isBidiControl reports whether r is one of Unicode's explicit
// bidirectional formatting characters (the Bidi_Control property): the
// marks U+061C, U+200E and U+200F, the embeddings and overrides
// U+202A–U+202E and the isolates U+2066–U+2069.
func isBidiControl(r rune) bool {
	return unicode.Is(unicode.Bidi_Control, r)
}

// unescape reverses the entity part of Escape, for a terminal reader.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityReplacer.Replace(s)
}

var entityReplacer = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// runeLen is the length Slack's limits are counted in.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// prefixFitting returns the byte length of the longest prefix of raw whose
// escaped form has at most max runes. It reads no more of raw than that.
func prefixFitting(raw string, max int) int {
	cost := 0
	for i := 0; i < len(raw); {
		if plainASCII(raw[i]) { // most of any text: one rune written as is
			if cost+1 > max {
				return i
			}
			cost++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		c := escapedCost(r, raw[i+size:])
		if cost+c > max {
			return i
		}
		cost += c
		i += size
	}
	return len(raw)
}

// fit escapes raw and, when the result is longer than max runes, cuts raw at
// a word boundary and marks the cut with "…" so that the result has at most
// max runes. It reports whether it cut.
func fit(raw string, max int) (string, bool) {
	if prefixFitting(raw, max) == len(raw) {
		return Escape(raw), false
	}
	if max < 2 { // no room for any text before the ellipsis
		if max == 1 {
			return ellipsis, true
		}
		return "", true
	}
	n := prefixFitting(raw, max-1)
	atWordEnd := n < len(raw) && unicode.IsSpace(rune(raw[n]))
	if sp := lastSpace(raw[:n]); !atWordEnd && sp > 0 && sp >= n*2/3 {
		n = sp
	}
	head := strings.TrimRightFunc(raw[:n], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(", r)
	})
	return Escape(head) + ellipsis, true
}

// lastSpace returns the byte index of the last white space in s, or -1.
func lastSpace(s string) int {
	return strings.LastIndexFunc(s, unicode.IsSpace)
}

// maxURLLen is Block Kit's limit on a button's url.
const maxURLLen = 3000

// safeURL returns u normalized when it is an absolute http or https URL with
// a host, no user information and at most 3000 characters; otherwise it
// reports false. Only such URLs ever become links or buttons.
//
// The result is plain ASCII with no character Slack treats as markup or a
// URL may not hold raw: an internationalized host is converted to its
// ASCII (punycode) form, and every other byte outside the URL syntax
// (space, '"', '<', '>', '\\', '^', '`', '{', '|', '}', controls and
// non-ASCII) is percent-encoded, wherever in the URL it stands. Go's
// url.URL.String leaves a raw query as it was given, so "?q=<b>|c" would
// otherwise reach Slack as it came from the feed.
func safeURL(u string) (string, bool) {
	u = strings.TrimSpace(u)
	if u == "" || len(u) > maxURLLen {
		return "", false
	}
	for _, r := range u {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			return "", false
		}
	}
	p, err := url.Parse(u)
	if err != nil {
		return "", false
	}
	scheme := strings.ToLower(p.Scheme)
	if (scheme != "http" && scheme != "https") || p.Host == "" || p.User != nil || p.Opaque != "" {
		return "", false
	}
	p.Scheme = scheme
	host, ok := asciiHost(p.Hostname())
	if !ok {
		return "", false
	}
	if port := p.Port(); port != "" {
		host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	p.Host = host
	s := percentEncodeUnsafe(p.String())
	if len(s) > maxURLLen {
		return "", false
	}
	return s, true
}

// asciiHost returns a URL host name in ASCII: an internationalized name in
// its punycode form. It reports false for a name that is not a valid host
// (an IP literal, or letters, digits, '-', '_' and '.').
func asciiHost(h string) (string, bool) {
	if h == "" {
		return "", false
	}
	if ip := net.ParseIP(h); ip != nil {
		return ip.String(), true
	}
	a := h
	for i := 0; i < len(h); i++ {
		if h[i] >= 0x80 {
			var err error
			if a, err = idna.Lookup.ToASCII(h); err != nil || a == "" {
				return "", false
			}
			break
		}
	}
	for i := 0; i < len(a); i++ {
		c := a[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return "", false
		}
	}
	return a, true
}

// percentEncodeUnsafe percent-encodes every byte of s that may not stand
// raw in a URL (RFC 3986): controls, space, non-ASCII and "<>\"\\^`{|}".
// Reserved characters and existing escapes are kept.
func percentEncodeUnsafe(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > 0x20 && c < 0x7f && !strings.ContainsRune("<>\"\\^`{|}", rune(c)) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// linkURLReplacer makes a safe URL usable inside mrkdwn's <url|label>
// syntax: the characters that would end the link are percent-encoded and
// "&" becomes its entity, which Slack decodes.
var linkURLReplacer = strings.NewReplacer("|", "%7C", "<", "%3C", ">", "%3E", "&", "&amp;")

// link renders an mrkdwn link to u labelled with the untrusted label, or
// the escaped label alone when u is not a safe URL.
func link(u, label string) string {
	safe, ok := safeURL(u)
	if !ok {
		return Escape(label)
	}
	if strings.TrimSpace(label) == "" {
		label = safe
	}
	return "<" + linkURLReplacer.Replace(safe) + "|" + Escape(label) + ">"
}
