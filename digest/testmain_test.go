package digest

import (
	"testing"

	"github.com/readout-bot/readout/internal/testmain"
)

func TestMain(m *testing.M) { testmain.Exit(m.Run()) }
