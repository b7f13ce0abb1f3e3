package deploy_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dockerEnv is a copy of the checkout where the Docker and compose
// sections' commands run, as in a fresh clone.
type dockerEnv struct {
	dir    string
	config string // readout.yaml the reader writes after `config example`
}

func (d *dockerEnv) run(ctx context.Context, cmd string) (string, error) {
	return shell(ctx, d.dir, nil, "bash", "-o", "pipefail", "-c", cmd)
}

// editConfig is the reader editing the example configuration.
func (d *dockerEnv) editConfig(t *testing.T) {
	path := filepath.Join(d.dir, "readout.yaml")
	example, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(example), "poll_schedule:") {
		t.Fatalf("`config example` in the image wrote no configuration: %.200s", example)
	}
	if err := os.WriteFile(path, []byte(d.config), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (d *dockerEnv) dockerSteps() []step {
	return []step{
		{cmd: "docker build -t readout ."},
		{cmd: "docker run --rm readout config example > readout.yaml", after: d.editConfig},
		{cmd: `docker run -d --name readout -v readout-data:/data -v "$PWD/readout.yaml:/etc/readout/readout.yaml:ro" --env-file readout.env -p 127.0.0.1:8080:8080 readout serve --config /etc/readout/readout.yaml`},
		{cmd: "docker inspect --format '{{.State.Health.Status}}' readout", want: "healthy", retry: time.Minute},
		{cmd: "docker logs readout", want: `"msg":"poll cycle","feeds":1,"new_readouts":1`},
		{cmd: "docker exec readout readout backup /data/readout-backup.db", want: "consistency check passed"},
	}
}

func (d *dockerEnv) composeSteps() []step {
	return []step{
		{cmd: "docker compose up -d"},
		{cmd: "docker compose ps", want: "readout"},
		{cmd: "docker compose exec readout readout healthcheck", want: socketReady, retry: time.Minute},
		{cmd: "docker compose exec readout readout backup /data/readout-backup.db", want: "consistency check passed"},
		{cmd: "docker compose logs readout", want: `"msg":"poll cycle","feeds":1,"new_readouts":1`},
	}
}

// TestDocker builds the image from a copy of the checkout and runs the
// README's Docker, then compose, commands against a feed and a fake Slack
// on this machine: each deployment posts the test readout to the channel
// and answers /readout over Socket Mode.
func TestDocker(t *testing.T) {
	needDeploy(t)
	// Containers reach the host at the default bridge's gateway address (its
	// loopback is not theirs); compose's own network routes there too.
	gw, err := shell(t.Context(), "", nil, "docker", "network", "inspect", "bridge", "--format", "{{(index .IPAM.Config 0).Gateway}}")
	if err != nil {
		t.Fatalf("docker network inspect bridge: %v\n%s", err, gw)
	}
	host := strings.TrimSpace(gw)
	if net.ParseIP(host) == nil {
		t.Fatalf("the bridge network has no gateway address: %q", gw)
	}
	slack := startSlack(t, net.JoinHostPort(host, "0"))
	d := &dockerEnv{dir: t.TempDir(), config: config(serveFeed(t, net.JoinHostPort(host, "0")))}
	copyRepo(t, d.dir)
	if err := os.WriteFile(filepath.Join(d.dir, "readout.env"), []byte(env(slack)), 0o600); err != nil {
		t.Fatal(err)
	}
	// Leftovers of an interrupted run would make `docker run --name` fail.
	cleanupDocker := func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_, _ = d.run(ctx, "docker rm -f readout; docker volume rm readout-data")
	}
	cleanupDocker()
	t.Cleanup(cleanupDocker)

	t.Run("docker", func(t *testing.T) {
		checkSteps(t, "### Docker", d.dockerSteps())
		runSteps(t, d.run, d.dockerSteps())
		waitPost(t, slack, 1)
		askReadout(t, slack)
	})
	cleanupDocker() // the compose service publishes the same port
	t.Run("compose", func(t *testing.T) {
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if out, err := d.run(ctx, "docker compose down --volumes"); err != nil {
				t.Logf("docker compose down: %v\n%s", err, out)
			}
		})
		checkSteps(t, "### Compose", d.composeSteps())
		runSteps(t, d.run, d.composeSteps())
		waitPost(t, slack, 2) // its own volume, so its own first poll
		askReadout(t, slack)
	})
}
