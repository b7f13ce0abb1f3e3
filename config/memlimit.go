package config

import (
	"fmt"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// MemoryLimit is a soft limit on the memory the Go runtime holds for the
// daemon, written as GOMEMLIMIT is (48MiB, 1GiB); 0 sets none. See
// Config.MemoryLimit.
type MemoryLimit int64

var memoryLimitRE = regexp.MustCompile(`^([0-9]{1,9})(B|KiB|MiB|GiB)$`)

var memoryLimitUnits = map[string]int64{"B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}

// ParseMemoryLimit reads a memory limit as the file writes it.
func ParseMemoryLimit(s string) (MemoryLimit, error) {
	if s == "0" {
		return 0, nil
	}
	m := memoryLimitRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("must be a size in B, KiB, MiB or GiB such as 48MiB or 1GiB, or 0 for no limit; got %q", s)
	}
	n, _ := strconv.ParseInt(m[1], 10, 64)
	return MemoryLimit(n * memoryLimitUnits[m[2]]), nil
}

// String is the limit as the file writes it, in the largest unit that
// divides it.
func (l MemoryLimit) String() string {
	if l <= 0 {
		return "0"
	}
	for _, u := range []string{"GiB", "MiB", "KiB"} {
		if n := int64(l); n%memoryLimitUnits[u] == 0 {
			return strconv.FormatInt(n/memoryLimitUnits[u], 10) + u
		}
	}
	return strconv.FormatInt(int64(l), 10) + "B"
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (l *MemoryLimit) UnmarshalYAML(n *yaml.Node) error {
	return decodeScalar(n, l, ParseMemoryLimit, "must be a size such as 54MiB, or 0 for no limit")
}

// MarshalYAML implements yaml.Marshaler.
func (l MemoryLimit) MarshalYAML() (any, error) { return l.String(), nil }
