package backoff_test

import (
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/backoff"
)

func TestWait(t *testing.T) {
	p := backoff.Policy{Initial: time.Minute, Max: time.Hour}
	tests := []struct {
		n    int
		want time.Duration
	}{
		{1, time.Minute},
		{2, 2 * time.Minute},
		{6, 32 * time.Minute},
		{7, time.Hour},
		{1000, time.Hour}, // no overflow however long the failures last
	}
	for _, tt := range tests {
		if got := p.Wait(tt.n); got != tt.want {
			t.Errorf("Wait(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

func TestWaitMaxBelowInitial(t *testing.T) {
	p := backoff.Policy{Initial: time.Minute, Max: time.Second}
	if got := p.Wait(3); got != time.Minute {
		t.Errorf("Wait(3) = %s, want Initial (1m) when Max is smaller", got)
	}
}

func TestWaitJitterStaysInBounds(t *testing.T) {
	p := backoff.Policy{Initial: 30 * time.Second, Max: 30 * time.Minute, Jitter: 0.2}
	for n := 1; n < 12; n++ {
		base := backoff.Policy{Initial: p.Initial, Max: p.Max}.Wait(n)
		lo, hi := base-base/5, base+base/5
		for range 200 {
			if got := p.Wait(n); got < lo || got > hi {
				t.Fatalf("Wait(%d) = %s, want within ±20%% of %s", n, got, base)
			}
		}
	}
}

func TestCap(t *testing.T) {
	p := backoff.Policy{Initial: time.Minute, Max: time.Hour}
	tests := []struct{ asked, want time.Duration }{
		{0, 0},
		{-time.Second, 0},
		{30 * time.Minute, 30 * time.Minute},
		{365 * 24 * time.Hour, time.Hour},
	}
	for _, tt := range tests {
		if got := p.Cap(tt.asked); got != tt.want {
			t.Errorf("Cap(%s) = %s, want %s", tt.asked, got, tt.want)
		}
	}
}
