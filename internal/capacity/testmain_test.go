package capacity

import (
	"fmt"
	"os"
	"testing"

	"github.com/readout-bot/readout/internal/testmain"
)

func TestMain(m *testing.M) {
	if spec := os.Getenv(FarmProcessEnv); spec != "" {
		// This binary as the farm's child process (TestFarmConditionalGET).
		if err := ServeFarmProcess(spec, os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	testmain.Exit(m.Run())
}
