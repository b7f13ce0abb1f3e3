package storage

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// mappedKB is the resident size of this process's mappings of path, from
// /proc/self/smaps.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	total, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if fields := strings.Fields(line); len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			in = len(fields) >= 6 && fields[len(fields)-1] == path
			continue
		}
		if v, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			total += kb
		}
	}
	return total
}

// The pages transactions read stay mapped into the process (they are in
// the page cache either way) only up to the budget: a write transaction
// that finds more mapped at its end, or a read that finds readSlack times
// as much, has them dropped.
//
// Not parallel: the budget is checked against the whole process's
// file-backed resident size, which other tests' databases would move.
func TestMappingKeptWithinBudget(t *testing.T) {
	path := filepath.Join(t.TempDir(), "trim.db")
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const budget = 64 << 10
	s.resident.budget = budget
	// Leads that do not compress (hex of random bytes, about 2.6 kB stored,
	// within a page) fill the file with few readouts, which cost the CPU.
	random := rand.NewChaCha8([32]byte{})
	for b := range 5 {
		var items []NewItem
		for i := range 30 {
			raw := make([]byte, 2500)
			_, _ = random.Read(raw)
			r := &readout.Readout{Title: fmt.Sprint("Meeting ", b, i), Published: time.Now(), Parties: []string{"JP", "KH"},
				Lead: hex.EncodeToString(raw)}
			items = append(items, NewItem{Key: fmt.Sprint(b, "-", i), Readout: r})
		}
		if _, err := s.Ingest("f", readout.FeedState{}, items); err != nil {
			t.Fatal(err)
		}
	}
	readAll := func() (during int) {
		t.Helper()
		err := s.view(func(tx *bolt.Tx) error {
			for _, name := range [][]byte{bucketReadouts, bucketHeads, bucketByCountry, bucketMeetIndex} {
				if err := tx.Bucket(name).ForEach(func(_, _ []byte) error { return nil }); err != nil {
					return err
				}
			}
			during = mappedKB(t, path)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return during
	}
	// The trim comes from a goroutine the transaction wakes: wait for it.
	within := func(after string) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		kb := mappedKB(t, path)
		for kb*1024 > budget && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
			kb = mappedKB(t, path)
		}
		t.Logf("mapped %d kB after %s", kb, after)
		if kb*1024 > budget {
			t.Errorf("mapped %d kB after %s, budget %d kB", kb, after, budget>>10)
		}
	}
	within("the ingests") // and no trim is due while the next read measures
	drops := s.MappingDrops()
	if drops == 0 {
		t.Errorf("MappingDrops = 0 after ingests that trimmed the mapping")
	}
	during := readAll()
	if during*1024 < 2*readSlack*budget {
		t.Fatalf("mapped %d kB while reading every page: the test reads too little to show a trim", during)
	}
	within("a read")
	if s.MappingDrops() <= drops {
		t.Errorf("MappingDrops = %d after a read that trimmed the mapping, %d before", s.MappingDrops(), drops)
	}
	readAll()
	if _, err := s.Ingest("f", readout.FeedState{}, []NewItem{{Key: "last", Readout: &readout.Readout{Title: "last", Parties: []string{"KH"}}}}); err != nil {
		t.Fatal(err)
	}
	within("a read and a write")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.resident.done:
	default:
		t.Error("the trimmer still runs after Close")
	}
}

// The pages lookups map are kept through the small writes that follow
// them: a write's budget comes on top of what the lookups hold, so that
// a delivery does not drop the pages the next lookups read again.
func TestLookupPagesSurviveSmallWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kept.db")
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// A budget far above what the test binary's code maps as it first
	// runs (counted in the process's file-backed size).
	const budget = 1 << 20
	s.resident.budget = budget
	random := rand.NewChaCha8([32]byte{1})
	for b := range 40 {
		var items []NewItem
		for i := range 30 {
			raw := make([]byte, 2500)
			_, _ = random.Read(raw)
			r := &readout.Readout{Title: fmt.Sprint("Meeting ", b, i), Published: time.Now().Add(-time.Duration(b*30+i) * time.Minute),
				Parties: []string{"JP", "KH"}, Lead: hex.EncodeToString(raw)}
			items = append(items, NewItem{Key: fmt.Sprint(b, "-", i), Readout: r})
		}
		if _, err := s.Ingest("f", readout.FeedState{}, items); err != nil {
			t.Fatal(err)
		}
	}
	lookups := func() {
		t.Helper()
		for range 3 {
			if _, err := s.LatestForCountry("KH", 250, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	writes := func() {
		t.Helper()
		for i := range 5 {
			if err := s.Subscribe(fmt.Sprint("C", i), "KH"); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The code of lookups and writes runs once, then the base is the
	// file-backed resident size without the mapping (the test binary's
	// code, which grows as code first runs, would count as mapped).
	lookups()
	writes()
	// The trimmer those woke runs in its own goroutine: wait until it has
	// stopped dropping.
	for last, still := s.MappingDrops(), 0; still < 5; still++ {
		time.Sleep(10 * time.Millisecond)
		if now := s.MappingDrops(); now != last {
			last, still = now, 0
		}
	}
	trimMapping(s.db)
	s.resident.kept.Store(0)
	s.resident.base.Store(fileResident())
	// Lookups of the newest readouts map more than the writes' budget,
	// less than the reads' (about 2 MB of 1 and 4 MiB: near the reads'
	// budget, the lookups' own check may wake the trimmer).
	lookups()
	held := mappedKB(t, path)
	if held*1024 <= budget || held*1024 >= readSlack*budget {
		t.Fatalf("lookups mapped %d kB: the test needs between %d and %d kB", held, budget>>10, readSlack*budget>>10)
	}
	t.Logf("lookups mapped %d kB", held)
	drops := s.MappingDrops()
	writes()
	if got := s.MappingDrops(); got != drops {
		t.Errorf("small writes dropped the lookups' pages %d times", got-drops)
	}
	if kb := mappedKB(t, path); kb < held {
		t.Errorf("mapped %d kB after small writes, %d kB before", kb, held)
	}
}
