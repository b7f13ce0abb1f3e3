package feeds_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestItemKeyPrecedence(t *testing.T) {
	tests := []struct {
		name                       string
		guid, link, title, content string
		want                       string
	}{
		{"guid wins", "tag:mofa,2025:1", "https://x.example/a", "T", "C", sha("guid:tag:mofa,2025:1")},
		{"guid trimmed", "  tag:mofa,2025:1\n", "", "", "", sha("guid:tag:mofa,2025:1")},
		{"link when no guid", "", "https://x.example/a", "T", "C", sha("link:https://x.example/a")},
		{"link normalized", "", "HTTPS://X.Example/a/?utm_source=rss#top", "T", "C", sha("link:https://x.example/a")},
		{"text when neither", "", "", "Title", "Body", sha("text:Title\nBody")},
		{"blank guid falls through", "   ", "", "Title", "Body", sha("text:Title\nBody")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feeds.ItemKey(tt.guid, tt.link, tt.title, tt.content); got != tt.want {
				t.Errorf("ItemKey(%q, %q, %q, %q) = %s, want %s", tt.guid, tt.link, tt.title, tt.content, got, tt.want)
			}
		})
	}
}

func TestItemKeyStability(t *testing.T) {
	// The key must survive every change a publisher makes without changing
	// the item's identity: edits to title and content, tracking parameters,
	// a fragment, a trailing slash, host case.
	base := feeds.ItemKey("", "https://www.state.gov/releases/2025/11/call-with-fm", "Call", "v1")
	same := []struct{ link, title, content string }{
		{"https://www.state.gov/releases/2025/11/call-with-fm/", "Call", "v1"},
		{"https://WWW.STATE.GOV/releases/2025/11/call-with-fm", "Call (updated)", "v2"},
		{"https://www.state.gov/releases/2025/11/call-with-fm?utm_source=rss&utm_medium=feed", "Call", "v1"},
		{"https://www.state.gov:443/releases/2025/11/call-with-fm#main", "Call", "v1"},
	}
	for _, s := range same {
		if got := feeds.ItemKey("", s.link, s.title, s.content); got != base {
			t.Errorf("ItemKey(link %q) = %s, want %s (same item)", s.link, got, base)
		}
	}
	if got := feeds.ItemKey("", "https://www.state.gov/releases/2025/11/other", "Call", "v1"); got == base {
		t.Errorf("ItemKey of a different link = %s, want a different key", got)
	}
	if got := feeds.ItemKey("", "https://www.state.gov/releases/2025/11/call-with-fm?id=2", "Call", "v1"); got == base {
		t.Errorf("ItemKey with a meaningful query = %s, want a different key", got)
	}
	if len(base) != 64 || strings.Trim(base, "0123456789abcdef") != "" {
		t.Errorf("ItemKey = %q, want 64 lower-case hex digits", base)
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  https://Example.GOV/Path/  ", "https://example.gov/Path"},
		{"https://example.gov/", "https://example.gov"},
		{"http://example.gov:80/a", "http://example.gov/a"},
		{"https://example.gov:8443/a", "https://example.gov:8443/a"},
		{"https://example.gov/a?b=1&utm_campaign=x&c=2&UTM_Source=y", "https://example.gov/a?b=1&c=2"},
		{"https://example.gov/a?utm_source=x", "https://example.gov/a"},
		{"https://example.gov/a#section-2", "https://example.gov/a"},
		{"https://example.gov/a%2Fb/", "https://example.gov/a%2Fb"},
		{"mailto:press@example.gov", "mailto:press@example.gov"},
		{"%zz not a url", "%zz not a url"},
	}
	for _, tt := range tests {
		if got := feeds.NormalizeURL(tt.in); got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	h := feeds.ContentHash("Japan-Cambodia Summit", "<p>The two leaders met.</p>")
	tests := []struct {
		name           string
		title, content string
		same           bool
	}{
		{"identical", "Japan-Cambodia Summit", "<p>The two leaders met.</p>", true},
		{"whitespace only", " Japan-Cambodia  Summit ", "<p>The two\n\tleaders met.</p>\n", true},
		{"content edited", "Japan-Cambodia Summit", "<p>The two leaders met twice.</p>", false},
		{"title edited", "Japan-Cambodia Summit (Summary)", "<p>The two leaders met.</p>", false},
		{"boundary moved", "Japan-Cambodia", "Summit<p>The two leaders met.</p>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := feeds.ContentHash(tt.title, tt.content)
			if (got == h) != tt.same {
				t.Errorf("ContentHash(%q, %q) == base is %v, want %v", tt.title, tt.content, got == h, tt.same)
			}
		})
	}
}

func TestIsTeaser(t *testing.T) {
	long := strings.Repeat("The two ministers discussed cooperation in many fields. ", 12) // > 600 chars
	tests := []struct {
		name    string
		content string
		want    bool
	}{
		{"empty", "", true},
		{"one line", "The Prime Minister held a summit meeting with the Prime Minister of Cambodia.", true},
		{"short html", "<p>Secretary Rubio spoke today with Foreign Minister Motegi.&#8230;</p>", true},
		{"long text", long, false},
		{"long html", "<div><p>" + long + "</p><p>###</p></div>", false},
		{"long but cut off", long + "The Secretary also […]", true},
		{"long ending read more", "<p>" + long + "</p><a href=\"/x\">Read more</a>", true},
		{"markup does not count", "<p>" + strings.Repeat("<span class=\"x\"></span>", 100) + "Short.</p>", true},
		{"script does not count", "<script>" + long + "</script><p>Short.</p>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feeds.IsTeaser(readout.Item{Content: tt.content}); got != tt.want {
				t.Errorf("IsTeaser(%.60q) = %v, want %v", tt.content, got, tt.want)
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain  text\n here", "plain text here"},
		{"<p>One.</p><p>Two &amp; three.</p>", "One. Two & three."},
		{"<b>Pri</b>me <i>Minister</i>", "Prime Minister"},
		{"a<br>b<br/>c", "a b c"},
		{"<style>p{}</style><p>x</p><script>alert(1)</script>", "x"},
	}
	for _, tt := range tests {
		if got := feeds.PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
