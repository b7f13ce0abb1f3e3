package storage

import (
	"bytes"
	"testing"
	"time"
)

// Time keys order correctly outside UnixNano's range (1678–2262), where
// the nanoseconds overflow.
func TestTimeKeyOrderOutOfRange(t *testing.T) {
	times := []time.Time{
		time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2263, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for i := 1; i < len(times); i++ {
		if a, b := timeKey(times[i-1]), timeKey(times[i]); bytes.Compare(a, b) > 0 {
			t.Errorf("timeKey(%v) = %x sorts after timeKey(%v) = %x", times[i-1], a, times[i], b)
		}
	}
}
