package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompareCommand(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "..", "meeting", "testdata")
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"a pair", "jp-kh-summit.mofa.md", "jp-kh-summit.mfaic.md", []string{
			"Same meeting: yes", "✓ sides: both JP–KH", "✓ principals:",
			"calls it: Japan-Cambodia Summit Meeting (summit meeting)",
			"pledges: JPY 1.5 billion (demining activities)", "topics: digital; agriculture; tourism",
		}},
		{"a near miss", "kr-jp-call-1.mofa.md", "kr-jp-call-2.mofakr.md", []string{
			"Same meeting: no", "✗ date: 2024-01-10 and 2024-01-11 cannot be the same moment", "✓ kind:",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "compare", filepath.Join(dir, tt.a), filepath.Join(dir, tt.b))
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestCompareCommandURLAndJSON(t *testing.T) {
	t.Parallel()
	// One side fetched from a page served on 127.0.0.1, the other the
	// JSON that `readout parse --json` prints.
	page := `<html><head><title>Japan-Cambodia Summit Meeting</title></head><body><main>
<h1>Japan-Cambodia Summit Meeting</h1><p>September 6, 2023</p>
<p>On September 6, commencing at 5:45 p.m. (local time) for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia. The overview of the meeting is as follows.</p>
<p>1. The two leaders concurred to elevate the relationship to a Comprehensive Strategic Partnership.</p>
<p>2. The two leaders exchanged views on the situation in Myanmar.</p>
</main></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "readout.yaml")
	if err := os.WriteFile(cfg, []byte("allow_private_addresses: true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, js, errOut := runCLI(t, "", "parse", "--json", filepath.Join("..", "..", "meeting", "testdata", "jp-kh-summit.mfaic.md"))
	if code != exitOK {
		t.Fatalf("parse: exit %d: %s", code, errOut)
	}
	jsonFile := filepath.Join(dir, "kh.json")
	if err := os.WriteFile(jsonFile, []byte(js), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "compare", "--config", cfg, "--json", srv.URL+"/s_sa/sea1/kh/page1e.html", jsonFile)
	if code != exitOK {
		t.Fatalf("compare: exit %d: %s", code, errOut)
	}
	var got struct {
		Same   bool
		Checks []struct {
			Name, Detail string
			OK           bool
		}
		Comparison struct{ A, B struct{ Title, URL string } }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got.Comparison.A.Title != "Japan-Cambodia Summit Meeting" || !strings.HasPrefix(got.Comparison.A.URL, srv.URL) {
		t.Errorf("side A = %+v, want the fetched page", got.Comparison.A)
	}
	if len(got.Checks) != 6 {
		t.Errorf("%d checks, want 6:\n%s", len(got.Checks), out)
	}
	if !got.Same {
		t.Errorf("the fetched page and the JSON readout do not pair:\n%s", out)
	}

	code, _, errOut = runCLI(t, "", "compare", "only-one.md")
	if code != exitConfig || !strings.Contains(errOut, "two readouts") {
		t.Errorf("one argument: exit %d, %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "compare", filepath.Join(dir, "nope.md"), jsonFile)
	if code != exitFail || !strings.Contains(errOut, "nope.md") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}
