package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/storage"
)

const seedPath = "../../../shared/seed/japan-cambodia-summit-2022-03-20.txt"

// writeConfig writes a configuration with a data directory of its own and
// the extra YAML, and returns its path and the data directory.
func writeConfig(t *testing.T, extra string) (path, dataDir string) {
	t.Helper()
	dataDir = t.TempDir()
	path = filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf("data_dir: %s\nbuiltin_feeds: false\n%s", dataDir, extra)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, dataDir
}

// TestAnniversariesAfterSeed polls a feed carrying the seed readout through
// the real pipeline and parser, then lists Cambodia's anniversaries.
func TestAnniversariesAfterSeed(t *testing.T) {
	t.Parallel()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("shared seed not present")
	}
	var body strings.Builder
	for _, line := range strings.Split(string(seed), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			body.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	feed := newFeedServer(t)
	feed.add("seed", "Japan-Cambodia Summit Meeting", body.String(), time.Date(2022, 3, 20, 17, 35, 0, 0, time.UTC))
	cfg, _ := writeConfig(t, fmt.Sprintf(`allow_private_addresses: true
feeds:
  - id: test-mofa
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs of Japan
    country: JP
`, feed.URL))
	if code, out, errOut := runCLI(t, "", "poll", "--once", "--config", cfg); code != exitOK || !strings.Contains(out, "1 new item") {
		t.Fatalf("poll: exit %d\n%s\n%s", code, out, errOut)
	}

	code, out, errOut := runCLI(t, "", "anniversaries", "--config", cfg, "--from", "2022-12-01", "--days", "60", "cambodia")
	if code != exitOK {
		t.Fatalf("anniversaries: exit %d, stderr:\n%s", code, errOut)
	}
	// The table has JP-KH from 1953: its date and source are listed.
	for _, want := range []string{
		"Anniversaries of Cambodia, 1 Dec 2022 – 29 Jan 2023",
		"★ 2023        70 years of diplomatic relations between Japan and Cambodia (established 1953)",
		"source: https://phnompenhpost.com/supplements/70th-anniversary-japan-cambodia-ties-close-friendship-continues-flourish",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "United States") {
		t.Errorf("output lists an anniversary outside the 60 days:\n%s", out)
	}

	// The seed's PKO anniversary is not in the table: it was learned, with
	// the readout as source; flags may follow the country.
	code, out, errOut = runCLI(t, "", "anniversaries", "cambodia", "--config", cfg, "--from", "2027-01-01")
	if code != exitOK {
		t.Fatalf("anniversaries: exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"★ 2027        35 years of Peace Keeping Operation (PKO) deployment to Cambodia between Cambodia and UN (established 1992)",
		"source: " + feed.URL + "/seed.html (Japan-Cambodia Summit Meeting)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAnniversariesErrors(t *testing.T) {
	t.Parallel()
	cfg, dataDir := writeConfig(t, "")
	run := func(t *testing.T, code int, want string, args ...string) {
		t.Helper()
		got, _, errOut := runCLI(t, "", append([]string{"anniversaries", "--config", cfg}, args...)...)
		if got != code || !strings.Contains(errOut, want) {
			t.Errorf("got exit %d, stderr %q; want exit %d and %q", got, errOut, code, want)
		}
	}
	run(t, exitFail, "has no database", "japan")
	s, err := storage.Open(filepath.Join(dataDir, "readout.db"), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A process holds the database but answers on no admin socket.
	run(t, exitFail, "did not answer on its admin socket", "japan")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"bad --from", []string{"--from", "1 Dec 2022"}, exitConfig, `--from "1 Dec 2022": want YYYY-MM-DD`},
		{"bad --days", []string{"--days", "0"}, exitConfig, "--days 0"},
		{"unknown country", []string{"cambodai"}, exitFail, `I don't know "cambodai". Did you mean Cambodia?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { run(t, tt.code, tt.want, tt.args...) })
	}
}

func TestAnniversariesCheck(t *testing.T) {
	t.Parallel()
	code, out, errOut := runCLI(t, "", "anniversaries", "--check")
	if code != exitOK {
		t.Fatalf("anniversaries --check: exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"all valid, every row sourced", "\nby precision: day ", "\nby source: history.state.gov ", "\nby country: US ", "\ntarget: rows "} {
		if !strings.Contains(out, want) {
			t.Errorf("--check output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, " PASS") && !strings.Contains(out, " MISS") {
		t.Errorf("--check output marks no target PASS or MISS:\n%s", out)
	}
	if code, _, errOut := runCLI(t, "", "anniversaries", "--check", "cambodia"); code == exitOK || !strings.Contains(errOut, "--check takes no country") {
		t.Errorf("--check cambodia: exit %d, stderr %q", code, errOut)
	}
}
