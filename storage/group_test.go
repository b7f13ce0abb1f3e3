package storage

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// Concurrent group calls all commit, a failing one fails alone, and none
// is lost or applied twice.
func TestGroupCommit(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "g.db"), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	bad := errors.New("bad call")
	var wg sync.WaitGroup
	errs := make([]error, 64)
	for i := range errs {
		wg.Go(func() {
			errs[i] = s.group(10, func(tx *bolt.Tx) error {
				b := tx.Bucket(bucketMeta)
				if err := b.Put(fmt.Appendf(nil, "call-%02d", i), []byte{1}); err != nil {
					return err
				}
				n := b.Get([]byte("runs"))
				if err := b.Put([]byte("runs"), append(n, byte(i))); err != nil {
					return err
				}
				if i%16 == 5 {
					return bad
				}
				return nil
			})
		})
	}
	wg.Wait()
	_ = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		if got := len(b.Get([]byte("runs"))); got != 60 {
			t.Errorf("%d calls applied, want 60 (each once)", got)
		}
		for i, err := range errs {
			stored := b.Get(fmt.Appendf(nil, "call-%02d", i)) != nil
			if i%16 == 5 {
				if !errors.Is(err, bad) || stored {
					t.Errorf("call %d: %v, stored %v; want its own error, nothing stored", i, err, stored)
				}
			} else if err != nil || !stored {
				t.Errorf("call %d: %v, stored %v", i, err, stored)
			}
		}
		return nil
	})
}
