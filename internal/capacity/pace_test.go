package capacity

import (
	"testing"
	"time"
)

// TestPacerNeverWakesEarly checks the one promise an open loop needs from
// its pacer: a request never starts before its time, whether the time is
// ahead, now or already past. How late it wakes is a benchmark's figure,
// not a test's.
func TestPacerNeverWakesEarly(t *testing.T) {
	p, err := newPacer()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []time.Duration{
		-time.Millisecond, // already past
		0,
		50 * time.Microsecond, // inside the spin window
		2 * time.Millisecond,  // a sleep, then a spin
		7 * time.Millisecond,
		7 * time.Millisecond, // the same time again
	} {
		p.sleep(d)
		if now, at := time.Now(), p.at(d); now.Before(at) {
			t.Errorf("sleep(%v) returned %v before its time", d, at.Sub(now))
		}
	}
}

func BenchmarkPacerLateness(b *testing.B) {
	p, err := newPacer()
	if err != nil {
		b.Fatal(err)
	}
	const interval = 5 * time.Millisecond
	var late []time.Duration
	for i := 0; b.Loop(); i++ {
		d := time.Duration(i+1) * interval
		p.sleep(d)
		late = append(late, time.Since(p.at(d)))
	}
	b.ReportMetric(float64(quantile(late, 0.5))/1e3, "late-p50-µs")
	b.ReportMetric(float64(quantile(late, 0.99))/1e3, "late-p99-µs")
}
