package config_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/readout"
)

// catalog stands in for package feeds' built-in catalog.
var catalog = []readout.Feed{
	{ID: "alpha-en", URL: "https://alpha.example.gov/rss.xml", Publisher: "Alpha MFA", Country: "NZ", Language: "en"},
	{ID: "beta-en", URL: "https://beta.example.gov/news.atom", Publisher: "Beta MFA", Country: "BB", Language: "en"},
	{ID: "gamma-fr", URL: "https://gamma.example.gouv/fil.rss", Publisher: "Gamma MAE", Country: "GG", Language: "fr"},
}

func ids(fs []readout.Feed) string {
	var s []string
	for _, f := range fs {
		s = append(s, f.ID)
	}
	return strings.Join(s, ",")
}

func TestResolveFeeds(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		want  string                      // ids in order
		check func([]readout.Feed) string // extra check, may be nil
	}{
		{"defaults: the catalog", "", "alpha-en,beta-en,gamma-fr", nil},
		{"new feed appended", "feeds:\n  - {id: delta, url: 'https://delta.example.gov/rss'}\n",
			"alpha-en,beta-en,gamma-fr,delta", nil},
		{"disable a built-in", "feeds:\n  - {id: beta-en, enabled: false}\n", "alpha-en,gamma-fr", nil},
		{"adjust a built-in's schedule and fetching",
			"feeds:\n  - {id: gamma-fr, schedule: '@every 1h', fetch_article: true}\n", "alpha-en,beta-en,gamma-fr",
			func(fs []readout.Feed) string {
				want := catalog[2]
				want.Schedule, want.FetchArticle = "@every 1h", true
				if !reflect.DeepEqual(fs[2], want) {
					return "adjusted feed wrong"
				}
				return ""
			}},
		{"replace a built-in in place",
			"feeds:\n  - {id: alpha-en, url: 'https://alpha.example.gov/v2/rss.xml', publisher: Alpha, country: NZ}\n",
			"alpha-en,beta-en,gamma-fr",
			func(fs []readout.Feed) string {
				if fs[0].URL != "https://alpha.example.gov/v2/rss.xml" || fs[0].Language != "en" {
					return "replacement not applied: " + fs[0].URL
				}
				return ""
			}},
		{"builtin_feeds false: only the file's",
			"builtin_feeds: false\nfeeds:\n  - {id: delta, url: 'https://delta.example.gov/rss'}\n  - {id: eps, url: 'https://eps.example.gov/rss', enabled: false}\n  - {id: alpha-en, enabled: false}\n",
			"delta", nil},
		{"subscription to built-in and file feeds",
			"feeds:\n  - {id: delta, url: 'https://delta.example.gov/rss', enabled: false}\nsubscriptions:\n  - {channel: C0123456789, feeds: [alpha-en, delta]}\n",
			"alpha-en,beta-en,gamma-fr", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, tt.yaml)
			got, err := c.ResolveFeeds(catalog)
			if err != nil {
				t.Fatalf("ResolveFeeds: %v", err)
			}
			if ids(got) != tt.want {
				t.Errorf("got feeds %s, want %s", ids(got), tt.want)
			}
			if tt.check != nil {
				if msg := tt.check(got); msg != "" {
					t.Error(msg)
				}
			}
		})
	}
}

func TestResolveFeedsProblems(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"adjusting an unknown feed", "feeds:\n  - {id: omega, enabled: false}\n",
			`config: feeds[0].url: is required: no built-in feed has id "omega"`},
		{"subscription to an unknown feed",
			"subscriptions:\n  - {channel: C0123456789, feeds: [alpha-en, omega]}\n",
			`config: subscriptions[0].feeds[1]: names no configured feed: "omega"`},
		{"subscription to a built-in that is switched off",
			"builtin_feeds: false\nfeeds:\n  - {id: d, url: 'https://d.example.gov/'}\nsubscriptions:\n  - {channel: C0123456789, feeds: [beta-en]}\n",
			`config: subscriptions[0].feeds[0]: names built-in feed "beta-en", but builtin_feeds is false`},
		{"all problems at once",
			"feeds:\n  - {id: omega, enabled: false}\nsubscriptions:\n  - {channel: C0123456789, feeds: [zeta]}\n",
			"config: feeds[0].url: is required: no built-in feed has id \"omega\"\n" +
				"config: subscriptions[0].feeds[0]: names no configured feed: \"zeta\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, tt.yaml)
			_, err := c.ResolveFeeds(catalog)
			if err == nil {
				t.Fatalf("ResolveFeeds succeeded, want %q", tt.want)
			}
			problems(t, err)
			if got := err.Error(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSubscriptionReadout(t *testing.T) {
	s := config.Subscription{Channel: "C0123456789", Countries: []string{"KH"}, Feeds: []string{"alpha-en"}, Timezone: "Asia/Tokyo"}
	got := s.Readout()
	want := readout.Subscription{Channel: "C0123456789", Countries: []string{"KH"}, Feeds: []string{"alpha-en"}, Source: "config"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	got.Countries[0] = "LA"
	if s.Countries[0] != "KH" {
		t.Error("Readout() shares the Countries slice")
	}
}
