// Package deploy_test runs the README's production commands for real: the
// Docker and compose sections against a Docker engine, the systemd, health,
// metrics and backup sections in a booted Debian (systemd-nspawn). They need
// root and those tools, which .ci/deploy sets up before it runs them with
// READOUT_DEPLOY_TEST=1; elsewhere they skip. TestREADMEStepsCovered runs
// everywhere: it keeps the README's commands and the steps below in step.
package deploy_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// A step is one command from the README and what the test expects of it.
type step struct {
	cmd string
	// want must appear in the command's output (stdout and stderr).
	want string
	// retry runs the command again until it succeeds (and shows want) or
	// this much time has passed: for states that take a while, such as a
	// health status.
	retry time.Duration
	// follow: the command does not end by itself (journalctl -f); it runs
	// for this long, then is stopped, and its output so far is checked.
	follow time.Duration
	// after runs once the command has succeeded, as the README's reader
	// would do next (editing a file, say).
	after func(t *testing.T)
}

// readmeCommands returns the commands of the ```sh blocks under heading, up
// to the next heading of the same or a higher level; a line ending in a
// backslash continues on the next.
func readmeCommands(t *testing.T, heading string) []string {
	t.Helper()
	f, err := os.Open("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	level := strings.Index(heading, " ")
	var cmds []string
	in, fence, sh, cont := false, false, false, ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			fence = !fence
			sh = fence && line == "```sh"
			continue
		}
		if !fence && strings.HasPrefix(line, "#") {
			hl := strings.Index(line, " ")
			if line == heading {
				in = true
				continue
			}
			if in && hl > 0 && hl <= level && strings.Trim(line[:hl], "#") == "" {
				break
			}
		}
		if !in || !sh {
			continue
		}
		line = strings.TrimSpace(line)
		if before, ok := strings.CutSuffix(line, `\`); ok {
			cont += before
			continue
		}
		if line = cont + line; line != "" && !strings.HasPrefix(line, "#") {
			cmds = append(cmds, line)
		}
		cont = ""
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cmds) == 0 {
		t.Fatalf("README has no commands under %q", heading)
	}
	return cmds
}

// checkSteps fails unless steps are exactly the README's commands under
// heading, in order.
func checkSteps(t *testing.T, heading string, steps []step) {
	t.Helper()
	var got []string
	for _, s := range steps {
		got = append(got, s.cmd)
	}
	if want := readmeCommands(t, heading); !slices.Equal(got, want) {
		t.Errorf("README %q commands and the steps the deploy test runs differ; update the test with the README.\nREADME:\n  %s\ntest:\n  %s",
			heading, strings.Join(want, "\n  "), strings.Join(got, "\n  "))
	}
}

func TestREADMEStepsCovered(t *testing.T) {
	d, m := &dockerEnv{}, &machine{}
	sections := map[string][]step{ // TestDocker runs the first two, TestSystemd the rest
		"### Docker":        d.dockerSteps(),
		"### Compose":       d.composeSteps(),
		"### systemd":       m.sectionSteps("### systemd"),
		"### Health checks": m.sectionSteps("### Health checks"),
		"### Metrics":       m.sectionSteps("### Metrics"),
		"### Backups":       m.sectionSteps("### Backups"),
	}
	for heading, steps := range sections {
		checkSteps(t, heading, steps)
	}
}
