package storage

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
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

// After a write, the pages the transaction read are no longer mapped into
// the process (they stay in the page cache); reads map what they touch.
func TestTrimAfterIngest(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "trim.db")
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for b := range 5 {
		var items []NewItem
		for i := range 200 {
			r := &readout.Readout{Title: fmt.Sprint("Meeting ", b, i), Published: time.Now(), Parties: []string{"JP", "KH"},
				Lead: strings.Repeat(fmt.Sprintf("Paragraph %d-%d of the readout. ", b, i), 40)}
			items = append(items, NewItem{Key: fmt.Sprint(b, "-", i), Readout: r})
		}
		if _, err := s.Ingest("f", readout.FeedState{}, items); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Latest(1000); err != nil { // reads every readout
		t.Fatal(err)
	}
	read := mappedKB(t, path)
	if _, err := s.Ingest("f", readout.FeedState{}, []NewItem{{Key: "last", Readout: &readout.Readout{Title: "last", Parties: []string{"KH"}}}}); err != nil {
		t.Fatal(err)
	}
	after := mappedKB(t, path)
	t.Logf("mapped: %d kB after reading every readout, %d kB after the next ingest", read, after)
	if read < 200 || after > read/4 {
		t.Errorf("mapped %d kB after reading, %d kB after an ingest; want the ingest to leave a quarter or less", read, after)
	}
}
