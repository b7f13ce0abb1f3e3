package config_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/readout-bot/readout/config"
)

// TestExampleIsDefault keeps `readout config example` and Default in step.
func TestExampleIsDefault(t *testing.T) {
	path := writeFile(t, "example.yaml", config.Example())
	c, err := config.Load(path, nil)
	if err != nil {
		t.Fatalf("Load(Example()): %v", err)
	}
	if !sameConfig(c, config.Default()) {
		t.Errorf("Example() loads as\n%+v\nwant Default()\n%+v", c, config.Default())
	}
}

// uncommented is Example with its commented samples in place of the empty
// feeds and subscriptions.
func uncommented(t *testing.T) string {
	t.Helper()
	ex := config.Example()
	for _, sample := range []struct{ empty, text string }{
		{"feeds: []\n", config.ExampleFeeds},
		{"subscriptions: []\n", config.ExampleSubscriptions},
	} {
		commented := config.CommentOut(sample.text)
		if !strings.Contains(ex, sample.empty+commented) {
			t.Fatalf("Example() lacks the commented sample after %q", sample.empty)
		}
		ex = strings.Replace(ex, sample.empty+commented, sample.text, 1)
	}
	return ex
}

// TestExampleSamples checks that the commented samples are valid.
func TestExampleSamples(t *testing.T) {
	c := mustParse(t, uncommented(t))
	if len(c.Feeds) != 3 || len(c.Subscriptions) != 1 {
		t.Fatalf("samples gave %d feeds, %d subscriptions; want 3, 1", len(c.Feeds), len(c.Subscriptions))
	}
	if got := c.Feeds[1]; got.Kind != "listing" || got.Listing == nil || got.Listing.Item == "" || got.UserAgent != "browser" {
		t.Errorf("sample listing = %+v", got)
	}
	if got := c.Feeds[0]; got.ID != "kantei-en" || got.Country != "JP" || !got.FetchArticle || !got.Enabled {
		t.Errorf("sample feed = %+v", got)
	}
	if got := c.Feeds[2]; got.Enabled || got.URL != "" {
		t.Errorf("sample adjustment = %+v, want a disabled entry without url", got)
	}
}

// TestExampleHasEveryKey checks that Example documents exactly the keys
// the decoder accepts.
func TestExampleHasEveryKey(t *testing.T) {
	var doc map[string]any
	if err := yaml.Unmarshal([]byte(uncommented(t)), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				got = append(got, prefix+k)
				walk(prefix+k+".", e)
			}
		case []any:
			for _, e := range v {
				if m, ok := e.(map[string]any); ok {
					walk(strings.TrimSuffix(prefix, ".")+"[].", m)
				}
			}
		}
	}
	walk("", doc)
	got = slices.Compact(slices.Sorted(slices.Values(got)))
	want := slices.Sorted(slices.Values(config.KnownKeys()))
	if !slices.Equal(got, want) {
		t.Errorf("Example keys:\n%v\ndecoder keys:\n%v", got, want)
	}
}

// TestYAMLRoundTrip checks that what `readout config check` prints reads
// back as the same configuration.
func TestYAMLRoundTrip(t *testing.T) {
	hours := writeFile(t, "hours.yaml", "fetch_timeout: 2h\nreminders: {timezone: America/New_York}\n")
	minutes := writeFile(t, "minutes.yaml", "fetch_timeout: 5m\nadmins: [U0123]\n")
	for _, path := range []string{"testdata/full.yaml", "", hours, minutes} {
		t.Run(fmt.Sprintf("%q", filepath.Base(path)), func(t *testing.T) {
			c, err := config.Load(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			out, err := c.YAML()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(out), "m0s\n") || strings.Contains(string(out), "h0m") {
				t.Errorf("durations keep zero units:\n%s", out)
			}
			back := mustParse(t, string(out))
			if !sameConfig(back, c) {
				t.Errorf("round trip:\n%s\ngot  %+v\nwant %+v", out, back, c)
			}
		})
	}
}
