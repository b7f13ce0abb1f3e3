package feeds

import "time"

// NextPoll returns when a feed should be polled next.
//
// After a success (failures == 0) the delay is the larger of interval and
// hint, the publisher's Result.RetryAfter. After consecutive failures it is
// interval doubled per failure, and never sooner than hint (a 429's
// Retry-After). Either way it is at most maxInterval when that is positive.
func NextPoll(now time.Time, interval, maxInterval, hint time.Duration, failures int) time.Time {
	if interval <= 0 {
		interval = time.Minute
	}
	d := interval
	for i := 0; i < failures && (maxInterval <= 0 || d < maxInterval) && d < 365*24*time.Hour; i++ {
		d *= 2
	}
	d = max(d, hint)
	if maxInterval > 0 {
		d = min(d, maxInterval)
	}
	return now.Add(d)
}
