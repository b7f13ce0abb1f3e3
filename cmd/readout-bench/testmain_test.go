package main

import (
	"testing"

	"github.com/readout-bot/readout/internal/capacity"
	"github.com/readout-bot/readout/internal/testmain"
)

func TestMain(m *testing.M) {
	capacity.ServeFarmIfChild() // this binary as the feed farm's child: run() starts it
	testmain.Exit(m.Run())
}
