package anniversary_test

import (
	"testing"
	"time"

	"github.com/readout-bot/readout/anniversary"
)

func BenchmarkDue(b *testing.B) {
	facts := anniversary.Builtin()
	ny := mustLoad(b, "America/New_York")
	today := time.Date(2025, 6, 1, 9, 0, 0, 0, ny)
	offsets := []int{30, 7, 0}
	b.ReportAllocs()
	for b.Loop() {
		anniversary.Due(facts, today, ny, offsets, false)
	}
}

func BenchmarkOccurrencesYear(b *testing.B) {
	facts := anniversary.Builtin()
	ny := mustLoad(b, "America/New_York")
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, ny)
	to := time.Date(2025, 12, 31, 0, 0, 0, 0, ny)
	b.ReportAllocs()
	for b.Loop() {
		anniversary.Occurrences(facts, from, to, ny)
	}
}

func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		anniversary.Builtin()
	}
}
