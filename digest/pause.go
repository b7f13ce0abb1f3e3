package digest

import (
	"strconv"
	"strings"
	"time"
)

// MaxPause is the longest pause `pause for` accepts; longer is what
// `pause` alone (until resumed) is for.
const MaxPause = 365 * 24 * time.Hour

// ParsePause reads the words after `/readout pause`: none (until resumed,
// returned as 0) or "for N" with a unit h (hours), d (days) or w (weeks):
// "for 7d", "for 12h", "for 2w". Every mistake gets a usage error.
func ParsePause(words []string) (time.Duration, error) {
	if len(words) == 0 {
		return 0, nil
	}
	if !strings.EqualFold(words[0], "for") {
		return 0, usageError("write `pause` (until `resume`) or `pause for 7d` (h for hours, d for days, w for weeks), not %q",
			clip(strings.Join(words, " ")))
	}
	if len(words) != 2 {
		return 0, usageError("write how long as one word, e.g. `pause for 7d`, `pause for 12h` or `pause for 2w`")
	}
	return Length(words[1])
}

// units are the lengths `pause for` knows.
var units = map[string]time.Duration{"h": time.Hour, "d": 24 * time.Hour, "w": 7 * 24 * time.Hour}

// Length reads "7d", "12h", "2w": a whole number and one unit.
func Length(s string) (time.Duration, error) {
	bad := usageError("%q is not a length: write a whole number and h (hours), d (days) or w (weeks), e.g. 7d", clip(s))
	ls := strings.ToLower(s)
	if len(ls) < 2 {
		return 0, bad
	}
	unit, ok := units[ls[len(ls)-1:]]
	if !ok {
		return 0, bad
	}
	n, err := strconv.Atoi(ls[:len(ls)-1])
	if err != nil || n <= 0 || strings.ContainsAny(ls, "+-") {
		return 0, bad
	}
	if time.Duration(n) > MaxPause/unit {
		return 0, usageError("%q is longer than a year: `pause` alone pauses until `resume`", clip(s))
	}
	return time.Duration(n) * unit, nil
}
