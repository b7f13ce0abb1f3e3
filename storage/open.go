package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// Errors Open returns for a file it refuses.
var (
	// ErrNoDatabase means the file does not exist and Options.MustExist
	// is set.
	ErrNoDatabase = errors.New("no database file")
	// ErrDamaged means the file is not a whole bbolt database: empty,
	// truncated, or failing bbolt's consistency check.
	ErrDamaged = errors.New("database file is damaged")
)

// CheckLimit is the largest file Open runs bbolt's full consistency check
// on; larger files get only the header checks (the check reads every
// page).
const CheckLimit = 64 << 20

// bbolt's on-disk meta page (go.etcd.io/bbolt/internal/common): a 16-byte
// page header, then magic, version, page size, flags (4 bytes each), the
// root bucket (root page, sequence), the freelist page, the high-water
// page ID, the transaction ID and an FNV-64a checksum of what precedes it
// (8 bytes each), in the machine's byte order.
const (
	pageHeaderSize = 16
	metaSize       = 64
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	noFreelist     = ^uint64(0) // the freelist page when it is not synced
)

type meta struct {
	pageSize                 uint32
	root, freelist, pgid, tx uint64
}

// decodeMeta decodes and verifies the meta page at the start of b.
func decodeMeta(b []byte) (meta, bool) {
	if len(b) < pageHeaderSize+metaSize {
		return meta{}, false
	}
	m := b[pageHeaderSize : pageHeaderSize+metaSize]
	ne := binary.NativeEndian
	if ne.Uint32(m[0:]) != boltMagic || ne.Uint32(m[4:]) != boltVersion {
		return meta{}, false
	}
	h := fnv.New64a()
	_, _ = h.Write(m[:56])
	if h.Sum64() != ne.Uint64(m[56:]) {
		return meta{}, false
	}
	return meta{pageSize: ne.Uint32(m[8:]), root: ne.Uint64(m[16:]), freelist: ne.Uint64(m[32:]),
		pgid: ne.Uint64(m[40:]), tx: ne.Uint64(m[48:])}, true
}

// checkHeader refuses a file that bbolt would map past its end (and die
// with SIGBUS on first touching the missing pages) or re-create: an empty
// file, one too short for its two meta pages, one whose meta pages are
// both invalid, or one shorter than the pages its meta says are in use.
func checkHeader(path string, size int64) error {
	if size == 0 {
		return fmt.Errorf("%w: %s is empty (0 bytes); not re-creating it, which would lose the Slack subscriptions and post the newest readouts again: restore a backup (`readout backup` makes them) or delete the file to start afresh", ErrDamaged, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }() // opened read-only: nothing to lose
	head := make([]byte, 128<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("read %s: %w", path, err)
	}
	head = head[:n]
	var best meta
	found := false
	consider := func(m meta, ok bool) {
		if ok && (!found || m.tx > best.tx) {
			best, found = m, true
		}
	}
	m0, ok0 := decodeMeta(head)
	consider(m0, ok0)
	// The second meta page sits one page in; its size comes from the first
	// meta page when that is readable, else try the usual sizes.
	sizes := []uint32{4096, 8192, 16384, 32768, 65536, 1024, 2048}
	if ok0 {
		sizes = []uint32{m0.pageSize}
	}
	for _, ps := range sizes {
		if int64(ps) < int64(len(head)) {
			if m1, ok := decodeMeta(head[ps:]); ok && m1.pageSize == ps {
				consider(m1, true)
				break
			}
		}
	}
	if !found {
		return fmt.Errorf("%w: %s (%d bytes) has no valid bbolt meta page: it is not a readout database, or its start is overwritten", ErrDamaged, path, size)
	}
	want := int64(best.pgid) * int64(best.pageSize)
	if best.pageSize < 512 || best.pgid < 2 || size < want {
		return fmt.Errorf("%w: %s is %d bytes but its meta page says %d pages of %d bytes (%d bytes) are in use: the file is truncated; restore a backup", ErrDamaged, path, size, best.pgid, best.pageSize, want)
	}
	if best.root >= best.pgid || (best.freelist != noFreelist && best.freelist >= best.pgid) {
		return fmt.Errorf("%w: %s: its meta page points past the pages in use (root %d, freelist %d, %d pages); restore a backup", ErrDamaged, path, best.root, best.freelist, best.pgid)
	}
	return nil
}
