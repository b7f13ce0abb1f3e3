package config_test

import (
	"testing"

	"github.com/readout-bot/readout/config"
)

// memory_limit: takes a size as GOMEMLIMIT writes it, or 0; anything else
// is refused with its key and line.
func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		value   string
		want    config.MemoryLimit
		wantErr string
	}{
		{"0", 0, ""},
		{"48MiB", 48 << 20, ""},
		{"1GiB", 1 << 30, ""},
		{"512KiB", 512 << 10, ""},
		{"100000000B", 100000000, ""},
		{"48MB", 0, `such as 48MiB or 1GiB, or 0 for no limit; got "48MB"`},
		{"48", 0, `got "48"`},
		{"-1MiB", 0, `got "-1MiB"`},
		{"1.5GiB", 0, `got "1.5GiB"`},
		{"[48MiB]", 0, "or 0 for no limit"},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			c, ok := loadScalar(t, "memory_limit", tt.value, tt.wantErr)
			if !ok {
				return
			}
			if c.MemoryLimit != tt.want {
				t.Errorf("got %d, want %d", c.MemoryLimit, tt.want)
			}
			if back, err := config.ParseMemoryLimit(c.MemoryLimit.String()); err != nil || back != tt.want {
				t.Errorf("%s written as %q reads back as %d, %v", tt.value, c.MemoryLimit, back, err)
			}
		})
	}
	if got := config.Default().MemoryLimit.String(); got != "54MiB" {
		t.Errorf("default %s, want 54MiB", got)
	}
}
