package daemon

import (
	"bytes"
	"log/slog"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// TestScheduleBatch runs ScheduleBatch in a child process (the policy is
// process-wide, and this test binary's other tests keep the default) and
// checks that every thread runs under SCHED_BATCH, those the runtime
// starts afterwards too.
func TestScheduleBatch(t *testing.T) {
	if os.Getenv("READOUT_TEST_SCHED_CHILD") == "1" {
		scheduleBatchChild()
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestScheduleBatch$", "-test.count=1")
	cmd.Env = append(os.Environ(), "READOUT_TEST_SCHED_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "scheduling policy batch") {
		t.Fatalf("child logged no change of policy:\n%s", out)
	}
	// This process was not changed.
	attr, err := unix.SchedGetAttr(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if attr.Policy != unix.SCHED_NORMAL {
		t.Errorf("test process policy %d, want the default", attr.Policy)
	}
}

// scheduleBatchChild is the child's side: it prints what it finds and
// exits non-zero on a thread under another policy.
func scheduleBatchChild() {
	var logs bytes.Buffer
	ScheduleBatch(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	os.Stdout.Write(logs.Bytes())
	// Threads started now: each goroutine holds its own.
	release := make(chan struct{})
	started := make(chan struct{})
	for range 4 {
		go func() {
			runtime.LockOSThread()
			started <- struct{}{}
			<-release
		}()
	}
	for range 4 {
		<-started
	}
	defer close(release)
	ents, err := os.ReadDir("/proc/self/task")
	if err != nil {
		os.Stdout.WriteString(err.Error())
		os.Exit(1)
	}
	bad := 0
	for _, e := range ents {
		tid, _ := strconv.Atoi(e.Name())
		attr, err := unix.SchedGetAttr(tid, 0)
		if err != nil {
			continue // exited
		}
		if attr.Policy != unix.SCHED_BATCH {
			os.Stdout.WriteString("thread " + e.Name() + " policy " + strconv.Itoa(int(attr.Policy)) + "\n")
			bad++
		}
	}
	if len(ents) < 5 || bad > 0 {
		os.Stdout.WriteString(strconv.Itoa(len(ents)) + " threads, " + strconv.Itoa(bad) + " not batch\n")
		os.Exit(1)
	}
}

func TestStatPolicy(t *testing.T) {
	// Fields 3-52 of a thread's stat line; 41 is the policy.
	tail := func(policy string) string {
		f := make([]string, 50)
		for i := range f {
			f[i] = strconv.Itoa(i + 3)
		}
		f[0] = "S"
		f[41-3] = policy
		return strings.Join(f, " ")
	}
	for _, tc := range []struct {
		name, stat string
		want       uint32
		ok         bool
	}{
		{"default", "812 (readout) " + tail("0"), 0, true},
		{"batch", "812 (readout) " + tail("3"), 3, true},
		{"name with spaces and parentheses", "812 (a) b (c)) " + tail("3"), 3, true},
		{"short", "812 (readout) S 1 2", 0, false},
		{"no name", "812 readout", 0, false},
		{"not a number", "812 (readout) " + tail("x"), 0, false},
	} {
		got, ok := statPolicy([]byte(tc.stat))
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: statPolicy = %d, %v; want %d, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
	// And this process's own line reads.
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := statPolicy(stat); !ok || p != unix.SCHED_NORMAL {
		t.Errorf("own stat: policy %d, %v; want the default", p, ok)
	}
}

func TestSeccompFiltered(t *testing.T) {
	for _, tc := range []struct {
		status string
		want   bool
	}{
		{"Name:\treadout\nSeccomp:\t2\nSeccomp_filters:\t1\n", true},
		{"Name:\treadout\nSeccomp:\t0\nSeccomp_filters:\t0\n", false},
		{"Name:\treadout\n", false},
	} {
		if got := seccompFiltered([]byte(tc.status)); got != tc.want {
			t.Errorf("seccompFiltered(%q) = %v, want %v", tc.status, got, tc.want)
		}
	}
}
