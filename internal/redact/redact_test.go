package redact_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/internal/redact"
)

func TestURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://mofa.example/feed.xml", "https://mofa.example/feed.xml"},
		{"https://mofa.example/feed.xml?lang=en&page=2", "https://mofa.example/feed.xml?lang=en&page=2"},
		{"https://api.example/rss?api_key=s3cr3t&lang=en", "https://api.example/rss?api_key=REDACTED&lang=en"},
		{"https://api.example/rss?token=abc", "https://api.example/rss?token=REDACTED"},
		{"https://api.example/rss?apiKey=abc&Signature=def&X-Amz-Credential=ghi", "https://api.example/rss?apiKey=REDACTED&Signature=REDACTED&X-Amz-Credential=REDACTED"},
		{"https://api.example/rss?access_token=a&client_secret=b&sig=c&password=d", "https://api.example/rss?access_token=REDACTED&client_secret=REDACTED&sig=REDACTED&password=REDACTED"},
		{"https://user:hunter2@feeds.example/rss", "https://user:REDACTED@feeds.example/rss"},
		{"https://api.example/rss?%6Bey=abc", "https://api.example/rss?%6Bey=REDACTED"},
		{"https://api.example/rss?flag", "https://api.example/rss?flag"},
		{"http://a b/?token=x\x7f", "http://a b/?REDACTED"},
	}
	for _, tt := range tests {
		if got := redact.URL(tt.in); got != tt.want {
			t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	raw := "https://api.example/rss?api_key=s3cr3t"
	got := redact.Text("fetch "+raw+": HTTP 500", raw)
	if strings.Contains(got, "s3cr3t") || !strings.Contains(got, "api_key=REDACTED") {
		t.Errorf("Text: %q", got)
	}
}
