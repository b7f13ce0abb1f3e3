package capacity

import (
	"testing"

	"github.com/readout-bot/readout/internal/testmain"
)

func TestMain(m *testing.M) {
	ServeFarmIfChild() // this binary as the farm's child (TestFarmConditionalGET)
	testmain.Exit(m.Run())
}
