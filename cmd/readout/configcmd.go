package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/daemon"
)

// runConfig is `readout config check|example`.
func runConfig(ctx context.Context, e env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintln(e.stderr, "Usage:\n  readout config check [--config PATH]   validate and print the effective configuration, secrets masked\n  readout config example                 print a commented file with every key and its default")
		if len(args) == 0 {
			return usageError{errors.New("config needs a subcommand: check or example")}
		}
		return nil
	}
	switch args[0] {
	case "check":
		return runConfigCheck(ctx, e, args[1:])
	case "example":
		fs := newFlags("config example", e)
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		_, err := io.WriteString(e.stdout, config.Example())
		return err
	}
	return usageError{fmt.Errorf("unknown subcommand %q: use check or example", args[0])}
}

// runConfigCheck validates the configuration as serve does (the file, the
// environment, and the feed references) and prints it as YAML with the
// secrets masked. An invalid configuration exits 2, naming every invalid
// key.
func runConfigCheck(_ context.Context, e env, args []string) error {
	fs := newFlags("config check", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	list, err := daemon.ConfiguredFeeds(cfg)
	if err != nil {
		return usageError{err}
	}
	out, err := cfg.YAML()
	if err != nil {
		return err
	}
	if _, err := e.stdout.Write(out); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "configuration is valid: %d feed(s) to poll\n", len(list))
	return nil
}
