package reminders_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/reminders"
	"github.com/readout-bot/readout/storage"
)

// benchService is the real table and 200 channels, each subscribed to one
// of the table's countries, on a store without fsync.
func benchService(b *testing.B, now *time.Time) *reminders.Service {
	b.Helper()
	s, err := storage.Open(filepath.Join(b.TempDir(), "r.db"), storage.Options{NoSync: true, Now: func() time.Time { return *now }})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	codes := map[string]bool{}
	for _, f := range anniversary.Builtin() {
		for _, p := range f.Parties {
			if anniversary.IsCountryCode(p) {
				codes[p] = true
			}
		}
	}
	var list []string
	for c := range codes {
		list = append(list, c)
	}
	var channels []reminders.Channel
	for i := range 200 {
		channels = append(channels, reminders.Channel{ID: fmt.Sprintf("C%04d", i), Countries: []string{list[i%len(list)]}})
	}
	return &reminders.Service{Store: s, Channels: channels, Now: func() time.Time { return *now }}
}

// BenchmarkRunDaily is one daily reminder run: every channel's due
// reminders (and a one-day catch-up window) computed and enqueued.
func BenchmarkRunDaily(b *testing.B) {
	now := time.Date(2028, 1, 1, 9, 0, 0, 0, time.UTC)
	svc := benchService(b, &now)
	var enqueued int
	b.ResetTimer()
	for b.Loop() {
		now = now.AddDate(0, 0, 1)
		n, err := svc.Run(b.Context())
		if err != nil {
			b.Fatal(err)
		}
		enqueued += n
	}
	b.ReportMetric(float64(enqueued)/float64(b.N), "reminders/run")
}

// BenchmarkUpcoming is `/readout anniversaries us` over a year.
func BenchmarkUpcoming(b *testing.B) {
	now := time.Date(2028, 1, 1, 9, 0, 0, 0, time.UTC)
	svc := benchService(b, &now)
	for b.Loop() {
		if _, err := svc.Upcoming(b.Context(), "us", now, 365); err != nil {
			b.Fatal(err)
		}
	}
}
