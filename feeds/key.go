package feeds

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/readout-bot/readout/readout"
	"golang.org/x/net/html"
)

// ItemKey identifies an item within its feed across polls: the SHA-256 (hex)
// of "guid:"+guid when the item has a GUID, else of "link:"+NormalizeURL(link)
// when it has a link, else of "text:"+title+"\n"+content. Surrounding
// whitespace is ignored.
func ItemKey(guid, link, title, content string) string {
	if g := strings.TrimSpace(guid); g != "" {
		return sum("guid:" + g)
	}
	if l := NormalizeURL(link); l != "" {
		return sum("link:" + l)
	}
	return sum("text:" + strings.TrimSpace(title) + "\n" + strings.TrimSpace(content))
}

// NormalizeURL returns the form of a link used for identity: scheme and host
// lower-cased, default port, fragment and utm_* parameters removed, the
// trailing slash of the path trimmed. A string that does not parse as a URL
// is returned trimmed.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		var kept []string
		for part := range strings.SplitSeq(u.RawQuery, "&") {
			name, _, _ := strings.Cut(part, "=")
			if part == "" || strings.HasPrefix(strings.ToLower(name), "utm_") {
				continue
			}
			kept = append(kept, part)
		}
		u.RawQuery = strings.Join(kept, "&")
	}
	u.ForceQuery = false
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = strings.TrimRight(u.RawPath, "/")
	return u.String()
}

// ContentHash is a digest of an item's title and content (SHA-256, hex) for
// noticing publisher edits. Runs of whitespace count as one space, so a
// re-indented document is not an edit.
func ContentHash(title, content string) string {
	t := strings.Join(strings.Fields(title), " ")
	c := strings.Join(strings.Fields(content), " ")
	return sum(strconv.Itoa(len(t)) + ":" + t + "\n" + c)
}

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// TeaserChars is the length of plain text (in characters) below which an
// item's content is taken for a teaser rather than the readout itself.
const TeaserChars = 600

// IsTeaser reports whether the item's content is too short to be the whole
// readout, so the linked article should be fetched: its plain text is
// shorter than TeaserChars, or it ends as a cut-off excerpt does ("…",
// "[...]", "Read more").
func IsTeaser(item readout.Item) bool {
	text := PlainText(item.Content)
	if utf8.RuneCountInString(text) < TeaserChars {
		return true
	}
	lower := strings.ToLower(text)
	for _, end := range []string{"…", "...", "[…]", "[...]", "read more", "continue reading", "read the full", "more »"} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	return false
}

// PlainText returns the text of an HTML (or plain) fragment: tags dropped,
// script and style skipped, entities decoded, whitespace collapsed.
func PlainText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return strings.Join(strings.Fields(fragment), " ")
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(fragment))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch {
			case (string(name) == "script" || string(name) == "style") && tt == html.StartTagToken:
				skip++
			case blockTags[string(name)]:
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch {
			case string(name) == "script" || string(name) == "style":
				skip = max(skip-1, 0)
			case blockTags[string(name)]:
				b.WriteByte(' ')
			}
		}
	}
}

// blockTags separate words in PlainText.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true, "div": true,
	"dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "li": true, "main": true,
	"ol": true, "p": true, "pre": true, "section": true, "table": true, "td": true, "th": true, "tr": true,
	"ul": true,
}
