package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBenchTiny runs a shrunken capacity run in-process and checks that
// the table has every measure with a verdict where a target applies. The
// real-schedule job runs at once (--tick-now): the test waits on no clock.
func TestBenchTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("capacity run takes a few seconds")
	}
	var stdout, stderr bytes.Buffer
	tracePath := filepath.Join(t.TempDir(), "lookups.trace")
	args := []string{"--lookup-trace", tracePath, "--feeds", "10", "--items", "2", "--readouts", "40", "--duration", "2s", "--tick-now", "--host-interval", "1ms", "--per-channel-burst", "10", "--cycles", "1", "--lookups", "50", "--rate", "500", "--dir", t.TempDir()}
	if err := run(t.Context(), args, &stdout, &stderr); err != nil {
		t.Fatalf("%v\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
	}
	out := stdout.String()
	if !strings.Contains(out, "| measure | result | target | status |") {
		t.Fatalf("no table header in:\n%s", out)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^\| poll cycle, 10 unchanged feeds: wall .* \| < 2s \| (PASS|MISS) \|$`),
		regexp.MustCompile(`(?m)^\| poll cycle, 10 unchanged feeds: CPU .* \| < 500ms \| (PASS|MISS) \|$`),
		regexp.MustCompile(`(?m)^\| publication to post, @every 1m0s \(model\) \| p50 .*, p99 .* \| p99 < 1m30s \| (PASS|MISS) \|$`),
		regexp.MustCompile(`(?m)^\| publication to post, @every 2s \(measured, real cron job run at once\) \| p50 .* \(n=1; `),
		regexp.MustCompile(`(?m)^\| /readout lookup at 500/s, \d+ readouts stored \| p50 .* \(n=50, \d+ over 1ms\) \| p99 ≤ 1ms \| (PASS|MISS) \|$`),
		regexp.MustCompile(`(?m)^\| cold start: open \+ first lookup .* \| < 300ms \| (PASS|MISS) \|$`),
		regexp.MustCompile(`(?m)^\| peak RSS .* MiB \| < 64 MiB \| (PASS|MISS) \|$`),
		regexp.MustCompile(`(?m)^\| database bytes per stored readout \| \d+ B `),
		regexp.MustCompile(`(?m)^\d+ target\(s\) missed\.$`),
	} {
		if !want.MatchString(out) {
			t.Errorf("table has no line matching %s:\n%s", want, out)
		}
	}
	// The execution trace of the lookups is the runtime's format, which
	// opens with its version line.
	if tr, err := os.ReadFile(tracePath); err != nil || !bytes.HasPrefix(tr, []byte("go 1.")) {
		t.Errorf("lookup trace: %d bytes, %v; want a Go execution trace", len(tr), err)
	}
	// The lookups' progress line says where the slow ones fall.
	if !regexp.MustCompile(`bench: /readout lookups: p50 .* answered in p50 .*, p99 .*\); \d+ over 1ms, \d+ of them in the first second, \d+ started over 500µs late; \d+ minor page faults, \d+ of them in the first second; the store dropped its mapped pages \d+ times`).MatchString(stderr.String()) {
		t.Errorf("no lookups progress line with the slow lookups' causes on stderr:\n%s", &stderr)
	}
	if !strings.Contains(stderr.String(), "bench: unchanged cycle 3/3") {
		t.Errorf("no progress line for the unchanged cycles on stderr:\n%s", &stderr)
	}
}

func TestBadFlags(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(t.Context(), []string{"--feeds", "many"}, &stdout, &stderr)
	if _, ok := err.(usageError); !ok {
		t.Errorf("got %v, want a usage error", err)
	}
}
