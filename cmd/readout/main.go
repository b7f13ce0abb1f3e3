// Command readout is the readout daemon and its tools: it polls ministry
// feeds, parses each new meeting readout and posts a structured summary to
// the Slack channels subscribed to its countries.
//
// Usage:
//
//	readout serve [--config PATH]     run the daemon
//	readout poll --once [--config PATH]
//	readout demo                      run the pipeline on a sample feed, offline
//	readout parse [flags] FILE|-      parse one readout and print the message
//	readout config check|example      validate the configuration, or print an example
//	readout healthcheck [--live]      probe the daemon's /readyz or /healthz
//	readout backup FILE               copy the database consistently
//	readout compact                   give the database's free pages back to the disk
//	readout feeds [import FILE|export|remove ID] feed status, OPML import and export
//	readout version
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/daemon"
)

// Exit codes.
const (
	exitOK     = 0
	exitFail   = 1
	exitConfig = 2 // usage or configuration errors
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env bundles what a command reads from its process.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name, summary string
	run           func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "run the daemon: poll feeds, post new readouts", runServe},
		{"poll", "poll every feed once (--once), deliver, and exit", runPoll},
		{"demo", "run the real pipeline on a sample feed served on 127.0.0.1 and print the message", runDemo},
		{"outbox", "list pending, retrying and dead deliveries; `outbox retry ID` sends one again", runOutbox},
		{"feeds", "show each feed's last success, last error and next try; `feeds import FILE.opml`, `feeds export`, `feeds remove ID`; `feeds add URL`, `feeds probe [ID…|--all]`, `feeds catalog`", runFeeds},
		{"parse", "parse one readout file (or - for stdin) and print the message or --json", runParse},
		{"compare", "say whether two readouts (FILE|URL FILE|URL) report the same meeting, and what differs", runCompare},
		{"anniversaries", "list the coming anniversaries of a country: [--from YYYY-MM-DD] [--days N] [country]", runAnniversaries},
		{"config", "`config check` validates and prints the effective configuration; `config example` prints every key", runConfig},
		{"healthcheck", "probe the running daemon's /readyz (or /healthz with --live); exit 0 when healthy", runHealthcheck},
		{"backup", "write a consistent copy of the database to FILE (through the daemon while it runs)", runBackup},
		{"compact", "rewrite the database without its free pages and print its size before and after (through the daemon while it runs)", runCompact},
		{"version", "print the version", runVersion},
	}
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return exitConfig
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		}
		fmt.Fprintf(stderr, "readout %s: %v\n", c.name, err)
		var ue usageError
		var ce daemon.ConfigError
		if errors.As(err, &ue) || errors.As(err, &ce) {
			return exitConfig
		}
		return exitFail
	}
	fmt.Fprintf(stderr, "readout: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitConfig
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "readout keeps Slack channels current on bilateral relations.")
	fmt.Fprintln(w, "\nUsage: readout <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-14s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --config PATH (an optional YAML file); environment variables win over it.")
	fmt.Fprintln(w, "Run 'readout <command> -h' for its flags.")
}

// usageError marks errors that exit with status 2: bad flags, bad
// configuration.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("readout "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// configFlag adds --config, the optional YAML file every command takes.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "", "YAML configuration `file` (optional)")
}

// parseConfigFlags parses args, then loads the configuration --config
// names (with the environment): a bad flag or file is a usage error.
func parseConfigFlags(fs *flag.FlagSet, cfgPath *string, args []string, e env) (config.Config, error) {
	if err := parseFlags(fs, args); err != nil {
		return config.Config{}, err
	}
	return loadConfig(*cfgPath, e)
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}
