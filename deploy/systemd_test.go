package deploy_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// machine is a Debian booted with systemd-nspawn, sharing this machine's
// network (so its 127.0.0.1 is ours), where the systemd, health, metrics
// and backup sections' commands run as root in /root/readout.
type machine struct {
	root   string
	leader int // the container's init, whose namespaces commands enter
}

func (m *machine) run(ctx context.Context, cmd string) (string, error) {
	return shell(ctx, "", nil, "nsenter", "--target", strconv.Itoa(m.leader), "--all",
		"env", "-i", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "LANG=C.UTF-8",
		"bash", "-o", "pipefail", "-c", "cd /root/readout && "+cmd)
}

func (m *machine) sectionSteps(heading string) []step {
	switch heading {
	case "### systemd":
		return []step{
			{cmd: "install -m 0755 readout /usr/local/bin/readout"},
			{cmd: "install -d -m 0755 /etc/readout"},
			{cmd: "install -m 0644 readout.yaml /etc/readout/readout.yaml"},
			{cmd: "install -m 0600 readout.env /etc/readout/readout.env"},
			{cmd: "install -m 0644 deploy/readout.service /etc/systemd/system/readout.service"},
			{cmd: "systemctl daemon-reload"},
			{cmd: "systemctl enable --now readout"},
			{cmd: "systemctl status readout", want: "active (running)", retry: 10 * time.Second},
			{cmd: "journalctl -u readout -f", want: `"msg":"poll cycle","feeds":1,"new_readouts":1`, follow: 5 * time.Second},
		}
	case "### Health checks":
		return []step{
			{cmd: "readout healthcheck", want: socketReady, retry: 30 * time.Second},
			{cmd: "readout healthcheck --live"},
			{cmd: "readout healthcheck --url http://127.0.0.1:8080", want: `"status":"ready"`},
		}
	case "### Metrics":
		return []step{
			{cmd: "curl -s http://127.0.0.1:8080/metrics | grep '^readout_'", want: `readout_readouts_ingested_total{feed="test-ministry"} 1`},
		}
	case "### Backups":
		return []step{
			{cmd: "install -d -m 0700 /backups"},
			{cmd: "READOUT_DATA_DIR=/var/lib/readout readout backup /backups/readout-$(date +%F).db", want: "consistency check passed"},
			{cmd: "systemctl stop readout"},
			{cmd: "cp /backups/readout-$(date +%F).db /var/lib/readout/readout.db"},
			{cmd: "systemctl start readout"},
		}
	}
	return nil
}

// TestSystemd boots Debian with systemd, installs the binary and
// deploy/readout.service as the README says, and runs the systemd, health,
// metrics and backup sections: the service, hardening and all, polls the
// test feed, posts the readout and answers /readout over Socket Mode; a
// backup restored over the database starts again without posting it twice.
func TestSystemd(t *testing.T) {
	needDeploy(t)
	rootfs := os.Getenv("READOUT_DEPLOY_ROOTFS")
	if rootfs == "" {
		t.Fatal("READOUT_DEPLOY_ROOTFS: the Debian root file system's tar (.ci/deploy makes it)")
	}
	slack := startSlack(t, "127.0.0.1:0")
	feedURL := serveFeed(t, "127.0.0.1:0")

	m := &machine{root: t.TempDir()}
	if out, err := shell(t.Context(), "", nil, "tar", "-C", m.root, "--numeric-owner", "-xf", rootfs); err != nil {
		t.Fatalf("unpack %s: %v\n%s", rootfs, err, out)
	}
	// What the reader has beside them: the binary built as the README says,
	// the configuration, the tokens and the checkout's unit file.
	work := filepath.Join(m.root, "root/readout")
	if err := os.MkdirAll(filepath.Join(work, "deploy"), 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := shell(t.Context(), "..", []string{"CGO_ENABLED=0"}, "go", "build", "-trimpath", "-o", filepath.Join(work, "readout"), "./cmd/readout"); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	unit, err := os.ReadFile("readout.service")
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"readout.yaml":           config(feedURL),
		"readout.env":            env(slack),
		"deploy/readout.service": string(unit),
	} {
		if err := os.WriteFile(filepath.Join(work, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}

	boot(t, m)
	t.Run("systemd", func(t *testing.T) {
		steps := m.sectionSteps("### systemd")
		checkSteps(t, "### systemd", steps)
		runSteps(t, m.run, steps)
		waitPost(t, slack, 1)
		askReadout(t, slack)
	})
	for _, h := range []string{"### Health checks", "### Metrics", "### Backups"} {
		t.Run(strings.TrimPrefix(h, "### "), func(t *testing.T) {
			steps := m.sectionSteps(h)
			checkSteps(t, h, steps)
			runSteps(t, m.run, steps)
		})
	}
	t.Run("restored", func(t *testing.T) {
		runSteps(t, m.run, []step{
			{cmd: "systemctl is-active readout", want: "active"},
			{cmd: "readout healthcheck", want: `"status":"ready"`, retry: 30 * time.Second},
			// Owned by the service's user, as the state directory is.
			{cmd: `test "$(stat -c %u /var/lib/readout/readout.db)" = "$(stat -c %u /var/lib/private/readout)" && stat -c %a /var/lib/readout/readout.db`, want: "600"},
		})
		// A post would come right after the first poll cycle: wait until
		// that cycle has ended and the outbox is empty, then count.
		runSteps(t, m.run, []step{
			{cmd: "readout healthcheck", want: "last cycle ended", retry: 60 * time.Second},
			{cmd: "READOUT_DATA_DIR=/var/lib/readout readout outbox", want: "The outbox is empty", retry: 60 * time.Second},
		})
		if n := parents(slack); n != 1 {
			t.Errorf("after the restore, the readout has been posted %d times, want once", n)
		}
	})
}

// boot starts the machine and waits until systemd says it is up.
func boot(t *testing.T, m *machine) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	nspawn := exec.CommandContext(ctx, "systemd-nspawn", "--quiet", "--register=no", "--keep-unit",
		"--machine=readout-deploy-test", "--directory", m.root, "--boot")
	log, err := os.Create(filepath.Join(t.TempDir(), "console.log"))
	if err != nil {
		t.Fatal(err)
	}
	nspawn.Stdout, nspawn.Stderr = log, log
	nspawn.Cancel = func() error { return nspawn.Process.Signal(os.Interrupt) }
	nspawn.WaitDelay = 30 * time.Second
	if err := nspawn.Start(); err != nil {
		t.Fatalf("systemd-nspawn: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- nspawn.Wait() }()
	t.Cleanup(func() {
		// SIGINT asks the container's systemd to power off.
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Logf("systemd-nspawn: %v", err)
		}
	})
	console := func() string { b, _ := os.ReadFile(log.Name()); return string(b) }

	deadline := time.Now().Add(time.Minute)
	for ; ; time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the machine did not boot in a minute:\n%s", console())
		}
		select {
		case err := <-done:
			t.Fatalf("systemd-nspawn ended: %v\n%s", err, console())
		default:
		}
		if m.leader == 0 {
			b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", nspawn.Process.Pid, nspawn.Process.Pid))
			if err != nil || len(strings.Fields(string(b))) == 0 {
				continue
			}
			m.leader, _ = strconv.Atoi(strings.Fields(string(b))[0])
		}
		out, _ := m.run(ctx, "systemctl is-system-running")
		if s := strings.TrimSpace(out); s == "running" || s == "degraded" {
			return
		}
	}
}
