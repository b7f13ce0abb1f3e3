package storage

import (
	"fmt"
	"os"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// SizeStats says where a database's bytes go.
type SizeStats struct {
	File  int64 // the file's size
	InUse int64 // pages up to the highest in use (free pages among them count)
	Free  int64 // free pages among them
	// Buckets is each bucket's bytes: its pages, branch, leaf and
	// overflow (a small bucket inlined in its parent counts as 0).
	Buckets BucketSizes
}

// BucketSizes maps a bucket's name to its bytes.
type BucketSizes map[string]int64

// String lists the buckets largest first: "readouts 12.3 MiB, heads …".
func (b BucketSizes) String() string {
	names := make([]string, 0, len(b))
	for n := range b {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		return b[names[i]] > b[names[j]] || b[names[i]] == b[names[j]] && names[i] < names[j]
	})
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s %.1f KiB", n, float64(b[n])/1024)
	}
	return strings.Join(parts, ", ")
}

// Size reports the file's size, the bytes in use and each bucket's share.
// It reads every page of every bucket: a report, not a health check.
func (s *Store) Size() (SizeStats, error) {
	var st SizeStats
	err := s.view(func(tx *bolt.Tx) error {
		fi, err := os.Stat(s.path)
		if err != nil {
			return err
		}
		st.File, st.InUse = fi.Size(), tx.Size()
		ps := int64(s.db.Info().PageSize)
		st.Free = int64(s.db.Stats().FreePageN) * ps
		st.Buckets = BucketSizes{}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			bs := b.Stats()
			st.Buckets[string(name)] = int64(bs.BranchPageN+bs.LeafPageN+bs.LeafOverflowN+bs.BranchOverflowN) * ps
			return nil
		})
	})
	if err != nil {
		return SizeStats{}, fmt.Errorf("storage: size of %s: %w", s.path, err)
	}
	return st, nil
}
