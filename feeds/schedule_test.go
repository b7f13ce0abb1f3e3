package feeds_test

import (
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
)

func TestNextPoll(t *testing.T) {
	now := time.Date(2025, 11, 21, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name                  string
		interval, maxInterval time.Duration
		hint                  time.Duration
		failures              int
		want                  time.Duration
	}{
		{"plain success", 15 * time.Minute, 6 * time.Hour, 0, 0, 15 * time.Minute},
		{"ttl longer than interval", 15 * time.Minute, 6 * time.Hour, 30 * time.Minute, 0, 30 * time.Minute},
		{"max-age shorter than interval", 15 * time.Minute, 6 * time.Hour, 5 * time.Minute, 0, 15 * time.Minute},
		{"hint clamped", 15 * time.Minute, 6 * time.Hour, 48 * time.Hour, 0, 6 * time.Hour},
		{"one failure doubles", 15 * time.Minute, 6 * time.Hour, 0, 1, 30 * time.Minute},
		{"three failures", 15 * time.Minute, 6 * time.Hour, 0, 3, 2 * time.Hour},
		{"many failures capped", 15 * time.Minute, 6 * time.Hour, 0, 500, 6 * time.Hour},
		{"429 retry-after beats backoff", 15 * time.Minute, 6 * time.Hour, 3 * time.Hour, 1, 3 * time.Hour},
		{"no maximum", 10 * time.Minute, 0, 0, 4, 160 * time.Minute},
		{"zero interval defaults to a minute", 0, 0, 0, 0, time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := feeds.NextPoll(now, tt.interval, tt.maxInterval, tt.hint, tt.failures)
			if want := now.Add(tt.want); !got.Equal(want) {
				t.Errorf("NextPoll = now+%v, want now+%v", got.Sub(now), tt.want)
			}
		})
	}
}
