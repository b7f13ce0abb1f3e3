package statm

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestRead checks Read against the status file's VmRSS and RssFile plus
// RssShmem, read just before it (they move a little as the test runs,
// so within 4 MiB), and that a file that is not statm gives no figures.
func TestRead(t *testing.T) {
	f, err := Open()
	if err != nil {
		t.Skipf("no /proc/self/statm: %v", err)
	}
	defer f.Close()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	field := func(name string) int64 {
		for line := range strings.Lines(string(status)) {
			if v, ok := strings.CutPrefix(line, name+":"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				return kb << 10
			}
		}
		t.Skipf("no %s in /proc/self/status", name)
		return 0
	}
	wantRes, wantShared := field("VmRSS"), field("RssFile")+field("RssShmem")
	res, shared, ok := Read(f, make([]byte, 128))
	if !ok || res <= 0 || shared <= 0 {
		t.Fatalf("Read: resident %d, shared %d, ok %v", res, shared, ok)
	}
	const slack = 4 << 20
	if d := res - wantRes; d > slack || d < -slack {
		t.Errorf("resident %d B, status VmRSS %d B", res, wantRes)
	}
	if d := shared - wantShared; d > slack || d < -slack {
		t.Errorf("shared %d B, status RssFile+RssShmem %d B", shared, wantShared)
	}
	// The capacity run takes anonymous memory as resident less shared.
	if anon, want := res-shared, field("RssAnon"); anon-want > slack || anon-want < -slack {
		t.Errorf("resident - shared %d B, status RssAnon %d B", anon, want)
	}
	bad, err := os.Open("/proc/self/cmdline")
	if err != nil {
		t.Skip(err)
	}
	defer bad.Close()
	if _, _, ok := Read(bad, make([]byte, 128)); ok {
		t.Error("Read(/proc/self/cmdline) gave figures")
	}
}
