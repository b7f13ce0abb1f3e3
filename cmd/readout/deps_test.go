package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The daemon's binary ships no test code: the capacity run's test servers
// live in cmd/readout-bench.
func TestDaemonShipsNoTestCode(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "github.com/readout-bot/readout/cmd/readout").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["github.com/readout-bot/readout/internal/daemon"] {
		t.Fatalf("go list -deps ./cmd/readout lacks internal/daemon; the listing is wrong:\n%s", out)
	}
	for _, p := range []string{"testing", "net/http/httptest", "github.com/readout-bot/readout/internal/slackfake", "github.com/readout-bot/readout/internal/capacity"} {
		if deps[p] {
			t.Errorf("cmd/readout depends on %s", p)
		}
	}
}
