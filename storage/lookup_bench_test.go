package storage_test

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/capacity/synth"
	"github.com/readout-bot/readout/internal/testmain"
	"github.com/readout-bot/readout/storage"
)

// lookupReadouts is the size of the lookup benchmark's database.
const lookupReadouts = 100_000

// lookupDir is the directory lookupDB made, removed by TestMain.
var lookupDir string

// TestMain removes the lookup benchmark's database (about 330 MB) after the
// run.
func TestMain(m *testing.M) {
	code := m.Run()
	if lookupDir != "" {
		os.RemoveAll(lookupDir)
	}
	testmain.Exit(code)
}

// lookupDB builds, once per process, a database of 100,000 synthetic
// readouts (about 3.3 KB each stored, as readout.Parse makes them) in a
// temporary directory, closes it and returns its path.
var lookupDB = sync.OnceValues(func() (lookupFixture, error) {
	var fx lookupFixture
	dir, err := os.MkdirTemp("", "readout-lookup-bench-")
	if err != nil {
		return fx, err
	}
	lookupDir = dir
	fx.path = filepath.Join(dir, "readout.db")
	st, err := storage.Open(fx.path, storage.Options{NoSync: true})
	if err != nil {
		return fx, err
	}
	tpl, err := synth.Templates(160)
	if err != nil {
		st.Close()
		return fx, err
	}
	for _, r := range tpl {
		for _, c := range r.Parties {
			if !slices.Contains(fx.codes, c) {
				fx.codes = append(fx.codes, c)
			}
		}
	}
	if _, err := st.BulkLoad(synth.Readouts(tpl, lookupReadouts), 2000); err != nil {
		st.Close()
		return fx, err
	}
	return fx, st.Close()
})

// lookupFixture is the benchmark database and the countries it indexes.
type lookupFixture struct {
	path  string
	codes []string
}

// timed runs f once per b.Loop iteration and reports the p50 and p99 of
// the iterations in microseconds.
func timed(b *testing.B, f func(i int)) {
	var lat []time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		f(i)
		lat = append(lat, time.Since(t0))
		i++
	}
	slices.Sort(lat)
	q := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(q(0.50), "p50-µs")
	b.ReportMetric(q(0.99), "p99-µs")
}

// BenchmarkLatestForCountry sets LatestForCountry (newest 3 readouts on a
// country among 100,000, decoded) against its floor, the same cursor seek
// and walk returning the stored bytes undecoded, on the same file.
func BenchmarkLatestForCountry(b *testing.B) {
	fx, err := lookupDB()
	if err != nil {
		b.Fatal(err)
	}
	codes := fx.codes
	st, err := storage.Open(fx.path, storage.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var floor float64
	b.Run("floor", func(b *testing.B) {
		b.ReportAllocs()
		timed(b, func(i int) {
			err := st.RawLatestForCountry(codes[i%len(codes)], 3, func(raw [][]byte) {
				if len(raw) != 3 {
					b.Fatalf("got %d readouts, want 3", len(raw))
				}
			})
			if err != nil {
				b.Fatal(err)
			}
		})
		floor = float64(b.Elapsed()) / float64(b.N)
	})
	b.Run("ours", func(b *testing.B) {
		b.ReportAllocs()
		timed(b, func(i int) {
			rs, err := st.LatestForCountry(codes[i%len(codes)], 3, nil)
			if err != nil || len(rs) != 3 {
				b.Fatalf("got %d readouts, %v; want 3", len(rs), err)
			}
		})
		if floor > 0 {
			b.ReportMetric(float64(b.Elapsed())/float64(b.N)/floor, "x-floor")
		}
	})
	// What /readout <country> reads: the lookup copies without full text.
	b.Run("brief", func(b *testing.B) {
		b.ReportAllocs()
		timed(b, func(i int) {
			rs, err := st.LatestMeetingsForCountry(codes[i%len(codes)], 3, 3)
			if err != nil || len(rs) != 3 {
				b.Fatalf("got %d readouts, %v; want 3", len(rs), err)
			}
		})
		if floor > 0 {
			b.ReportMetric(float64(b.Elapsed())/float64(b.N)/floor, "x-floor")
		}
	})
}
