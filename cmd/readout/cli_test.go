package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/feeds"
)

// runCLI runs the command in-process with an empty environment.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(string) string { return "" }
	code = run(t.Context(), args, getenv, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestDemo(t *testing.T) {
	t.Parallel()
	code, out, errOut := runCLI(t, "", "demo")
	if code != exitOK {
		t.Fatalf("demo exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"first poll: stored for lookups, not posted",
		"── #C0DEMO ──",
		"Japan-Laos Foreign Ministers' Meeting",
		"1 delivery",
		"0 new items",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestCommandErrors(t *testing.T) {
	t.Parallel()
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("poll_schedule: \"every 5 minutes\"\nfeeds:\n  - id: x\n    url: ftp://example.org/feed\nbogus_key: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want []string // in stderr
	}{
		{"no command", nil, exitConfig, []string{"Usage: readout <command>"}},
		{"unknown command", []string{"frobnicate"}, exitConfig, []string{`unknown command "frobnicate"`}},
		{"poll without --once", []string{"poll"}, exitConfig, []string{"pass --once"}},
		{"invalid config names every key", []string{"serve", "--config", bad}, exitConfig,
			[]string{"poll_schedule", "feeds[0].url", "bogus_key"}},
		{"missing config file", []string{"serve", "--config", filepath.Join(t.TempDir(), "nope.yaml")}, exitConfig, []string{"nope.yaml"}},
		{"parse needs a file", []string{"parse"}, exitConfig, []string{"one FILE"}},
		{"bad flag", []string{"serve", "--nope"}, exitConfig, []string{"flag provided but not defined"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit code: got %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	code, out, _ := runCLI(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "readout ") {
		t.Errorf("version: got %d %q", code, out)
	}
}

func TestParseStdinJSON(t *testing.T) {
	t.Parallel()
	text := "Japan-Viet Nam Foreign Ministers' Meeting\n\nOn May 2, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Mr. Bui Thanh Son, Minister of Foreign Affairs of the Socialist Republic of Viet Nam. The two ministers agreed to deepen the Comprehensive Strategic Partnership.\n"
	code, out, errOut := runCLI(t, text, "parse", "--json", "--published", "2024-05-02", "--country", "JP", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"title", "url", "publisher", "published", "meeting", "parties", "mentioned", "participants", "sections", "key_points", "anniversaries", "pledges", "attachments"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if doc["published"] != "2024-05-02" {
		t.Errorf("published: got %v", doc["published"])
	}
	if parties, _ := json.Marshal(doc["parties"]); !strings.Contains(string(parties), "VN") {
		t.Errorf("parties %s lack VN", parties)
	}
	code, _, errOut = runCLI(t, "", "parse", "--published", "May 2", "-")
	if code != exitConfig || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Errorf("bad --published: got %d %q", code, errOut)
	}
}

func TestParseSeed(t *testing.T) {
	t.Parallel()
	seed := "../../../shared/seed/japan-cambodia-summit-2022-03-20.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skip("shared seed not present")
	}
	code, out, errOut := runCLI(t, "", "parse", "--published", "2022-03-20", "--country", "JP", seed)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Japan-Cambodia Summit Meeting", "Bilateral relations", "70th"} {
		if !strings.Contains(out, want) {
			t.Errorf("rendered seed lacks %q:\n%s", want, out)
		}
	}
}

// The README's YAML example must stay a valid configuration, and its
// catalog table must list every built-in feed.
func TestREADME(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	if !strings.HasPrefix(readme, "# readout\n\n```sh\ngo run ./cmd/readout serve") || !strings.Contains(readme, "\ngo test -race ./...") {
		t.Errorf("README does not open with the run and test commands")
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(readme, -1)
	if len(blocks) == 0 {
		t.Fatal("README has no yaml example")
	}
	for _, blk := range blocks {
		cfg, err := config.Parse(strings.NewReader(blk[1]))
		if err != nil {
			t.Errorf("README yaml example does not load: %v", err)
			continue
		}
		if _, err := cfg.ResolveFeeds(feeds.Catalog()); err != nil {
			t.Errorf("README yaml example's feeds do not resolve: %v", err)
		}
	}
	for _, f := range feeds.Catalog() {
		if !strings.Contains(readme, "| `"+f.ID+"` |") || !strings.Contains(readme, f.URL) {
			t.Errorf("README's feed catalog lacks %s (%s)", f.ID, f.URL)
		}
	}
}

// A saved web page is read as the fetching side reads the pages it
// fetches: its readout, not its menus and sidebars.
func TestParseWholePage(t *testing.T) {
	t.Parallel()
	page := filepath.Join("..", "..", "extract", "testdata", "layouts", "short-body.html")
	code, out, errOut := runCLI(t, "", "parse", "--country", "AT", page)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Minister speaks with Tunisian counterpart", "Mohamed Ali Nafti", "Central Mediterranean route"} {
		if !strings.Contains(out, want) {
			t.Errorf("post lacks %q:\n%s", want, out)
		}
	}
	for _, furniture := range []string{"travel warning", "Slovenia", "Minoritenplatz", "Travel and Stay"} {
		if strings.Contains(out, furniture) {
			t.Errorf("post keeps the page's %q:\n%s", furniture, out)
		}
	}
}
