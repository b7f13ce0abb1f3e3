package config_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/readout-bot/readout/config"
)

func TestBuiltinFeeds(t *testing.T) {
	tests := []struct {
		yaml    string
		on      bool
		names   []string
		wantErr string
	}{
		{"", true, nil, ""},
		{"builtin_feeds: true\n", true, nil, ""},
		{"builtin_feeds: false\n", false, nil, ""},
		{"builtin_feeds: all\n", true, []string{"all"}, ""},
		{"builtin_feeds: [jp-mofa, kh-mfaic]\n", true, []string{"jp-mofa", "kh-mfaic"}, ""},
		{"builtin_feeds:\n  - KH\n", true, []string{"KH"}, ""},
		{"builtin_feeds: yes\n", false, nil, `builtin_feeds: must be true, false, all, or a list`},
		{"builtin_feeds: [jp-mofa, {id: x}]\n", false, nil, `got a list`},
		{"builtin_feeds: {jp-mofa: true}\n", false, nil, `got a mapping`},
	}
	for _, tt := range tests {
		c, err := config.Parse(strings.NewReader(tt.yaml))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: error %v, want one with %q", tt.yaml, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.yaml, err)
			continue
		}
		if c.BuiltinFeeds.On != tt.on || !slices.Equal(c.BuiltinFeeds.Names, tt.names) {
			t.Errorf("%q: %+v, want on=%v names=%v", tt.yaml, c.BuiltinFeeds, tt.on, tt.names)
		}
		out, err := c.YAML()
		if err != nil {
			t.Fatal(err)
		}
		back, err := config.Parse(bytes.NewReader(out))
		if err != nil || back.BuiltinFeeds.On != tt.on || !slices.Equal(back.BuiltinFeeds.Names, tt.names) {
			t.Errorf("%q: round trip gave %+v, %v", tt.yaml, back.BuiltinFeeds, err)
		}
	}
}

func TestListingFeeds(t *testing.T) {
	tests := []struct {
		name, yaml, wantErr string
	}{
		{"a listing", `feeds:
  - id: ph-dfa
    url: https://dfa.example/releases
    kind: listing
    listing: {item: "table tbody tr", link: a, date: td.list-date, date_layout: "02.01.2006"}
    user_agent: browser
`, ""},
		{"no selectors", "feeds:\n  - id: x\n    url: https://x.example/\n    kind: listing\n", "feeds[0].listing: is required for a listing"},
		{"bad selector", "feeds:\n  - id: x\n    url: https://x.example/\n    kind: listing\n    listing: {item: \"li[\"}\n", "feeds[0].listing: item selector"},
		{"unknown kind", "feeds:\n  - id: x\n    url: https://x.example/\n    kind: html\n", `feeds[0].kind: must be "feed" or "listing", got "html"`},
		{"selectors on a feed", "feeds:\n  - id: x\n    url: https://x.example/\n    listing: {item: li}\n", "feeds[0].listing: is only read"},
		{"unknown selector key", "feeds:\n  - id: x\n    url: https://x.example/\n    kind: listing\n    listing: {item: li, headline: h2}\n", "headline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse(strings.NewReader(tt.yaml))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c.BuiltinFeeds = config.Builtin{}
			list, err := c.ResolveFeeds(nil)
			if err != nil {
				t.Fatal(err)
			}
			f := list[0]
			if !f.IsListing() || f.Listing.Item != "table tbody tr" || f.Listing.DateLayout != "02.01.2006" || f.UserAgent != "browser" || !f.FetchArticle {
				t.Errorf("resolved %+v (listing %+v)", f, f.Listing)
			}
		})
	}
}
