package config

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"go.yaml.in/yaml/v3"
)

// Retention is how long readouts are kept: a number of years, months,
// weeks or days, written 5y, 18mo, 8w or 90d. The zero value, written 0,
// keeps every readout.
type Retention struct {
	n    int
	unit string // "y", "mo", "w" or "d"; "" with n 0
}

var retentionRE = regexp.MustCompile(`^([0-9]{1,4})(y|mo|w|d)$`)

// ParseRetention reads a retention as the file writes it.
func ParseRetention(s string) (Retention, error) {
	if s == "0" {
		return Retention{}, nil
	}
	m := retentionRE.FindStringSubmatch(s)
	if m == nil {
		return Retention{}, fmt.Errorf("must be a number of years, months, weeks or days such as 5y, 18mo, 8w or 90d, or 0 to keep every readout; got %q", s)
	}
	n, _ := strconv.Atoi(m[1])
	if n == 0 {
		return Retention{}, nil
	}
	return Retention{n: n, unit: m[2]}, nil
}

// KeepsAll reports whether no readout is ever pruned.
func (r Retention) KeepsAll() bool { return r.n <= 0 }

// Cutoff is the publication time before which readouts are pruned at
// now; the zero time when every readout is kept.
func (r Retention) Cutoff(now time.Time) time.Time {
	switch {
	case r.KeepsAll():
		return time.Time{}
	case r.unit == "y":
		return now.AddDate(-r.n, 0, 0)
	case r.unit == "mo":
		return now.AddDate(0, -r.n, 0)
	case r.unit == "w":
		return now.AddDate(0, 0, -7*r.n)
	default:
		return now.AddDate(0, 0, -r.n)
	}
}

// String is the retention as the file writes it.
func (r Retention) String() string {
	if r.KeepsAll() {
		return "0"
	}
	return strconv.Itoa(r.n) + r.unit
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (r *Retention) UnmarshalYAML(n *yaml.Node) error {
	return decodeScalar(n, r, ParseRetention, "must be a number of years, months, weeks or days such as 5y, or 0 to keep every readout")
}

// MarshalYAML implements yaml.Marshaler.
func (r Retention) MarshalYAML() (any, error) { return r.String(), nil }
