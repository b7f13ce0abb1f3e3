package main

import (
	"context"
	"errors"

	"github.com/readout-bot/readout/internal/daemon"
)

func runServe(ctx context.Context, e env, args []string) (err error) {
	fs := newFlags("serve", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	a, err := openDaemon(cfg, e, newLogger(cfg, e.stderr), true)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, a.Close()) }()
	daemon.LimitMemory(cfg, e.getenv, a.Log)
	err = a.Serve(ctx)
	var ce daemon.ConfigError
	if errors.As(err, &ce) {
		return usageError{err}
	}
	return err
}
