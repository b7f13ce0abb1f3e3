package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/readout-bot/readout/internal/capacity"
	"github.com/readout-bot/readout/internal/testmain"
)

func TestMain(m *testing.M) {
	if spec := os.Getenv(capacity.FarmProcessEnv); spec != "" {
		// This binary as the feed farm's child process: run() starts it.
		if err := capacity.ServeFarmProcess(spec, os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	testmain.Exit(m.Run())
}
