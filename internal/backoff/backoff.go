// Package backoff is the daemon's one retry policy: a wait that starts at
// Initial, doubles with each consecutive failure up to Max, and is spread
// by a random jitter so that retries of many failures do not line up.
// Feed polls, Slack deliveries and Socket Mode reconnections use it.
package backoff

import (
	"math/rand/v2"
	"time"
)

// Policy is an exponential backoff. The zero value waits nothing.
type Policy struct {
	// Initial is the wait after the first failure.
	Initial time.Duration
	// Max caps the wait before jitter; taken as Initial when smaller.
	Max time.Duration
	// Jitter spreads each wait uniformly by ±Jitter of itself (0.1 is
	// ±10%); 0 for none.
	Jitter float64
}

// Wait is the wait after the n-th consecutive failure (n ≥ 1): Initial
// doubled n-1 times, at most Max, then jittered.
func (p Policy) Wait(n int) time.Duration {
	maxWait := max(p.Max, p.Initial)
	d := p.Initial
	for i := 1; i < n && d < maxWait; i++ {
		d *= 2
	}
	d = min(d, maxWait)
	if p.Jitter > 0 {
		d += time.Duration((rand.Float64()*2 - 1) * p.Jitter * float64(d))
	}
	return d
}

// Cap bounds a delay a server asked for (Retry-After, Cache-Control
// max-age, Expires) at the policy's Max: a far date in one response must
// not silence a feed for years.
func (p Policy) Cap(asked time.Duration) time.Duration {
	return max(min(asked, max(p.Max, p.Initial)), 0)
}
