package storage

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"sync"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"

	"github.com/readout-bot/readout/internal/statm"
)

// trimMapping drops the database file's pages from this process's page
// tables (madvise MADV_DONTNEED on bbolt's read-only shared mapping). The
// pages stay in the page cache, so the next read maps them again with a
// minor fault; nothing is lost or read from disk. Without it every page
// a transaction reads stays mapped, with its neighbours in the page
// cache (the kernel's fault-around maps up to 64 KB per fault), and the
// process's resident size grows toward the file's as ingests and lookups
// touch pages all over it. It runs inside a read transaction, which keeps
// bbolt from remapping the file meanwhile.
func trimMapping(db *bolt.DB) {
	_ = db.View(func(tx *bolt.Tx) error {
		trimTx(tx)
		return nil
	})
}

// trimTx is trimMapping from within a transaction, read or write: the
// mapping cannot move while one is open (bbolt remaps in a write
// transaction's commit, once no read transaction is open), and bbolt's
// own references into the mapping read the same bytes after a minor
// fault, since a page in use is never rewritten in place.
func trimTx(tx *bolt.Tx) {
	size := tx.Size()
	if size <= 0 {
		return
	}
	// The mapping's address as bbolt reports it; a raw system call,
	// since it is not a Go pointer to convert.
	_, _, _ = unix.Syscall(unix.SYS_MADVISE, tx.DB().Info().Data, uintptr(size), unix.MADV_DONTNEED)
}

// statmFile is /proc/self/statm, kept open: reading it again with pread
// costs a few microseconds, opening it each time ten times as much.
var statmFile = sync.OnceValue(func() *os.File {
	f, err := statm.Open()
	if err != nil {
		return nil
	}
	return f
})

// fileResident returns the process's file-backed resident bytes (the
// "shared" field of /proc/self/statm: the binary's code and the
// database's mapped pages), or -1 when it cannot be read.
func fileResident() int64 {
	f := statmFile()
	if f == nil {
		return -1
	}
	var buf [128]byte
	_, shared, ok := statm.Read(f, buf[:])
	if !ok {
		return -1
	}
	return shared
}

// mappedAt returns the resident bytes of this process's mapping that
// starts at addr (from /proc/self/smaps), or 0 when it cannot be read.
// It reads every mapping's entry, a few hundred microseconds, so it is
// called only every few dozen trims.
func mappedAt(addr uintptr) int64 {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0
	}
	defer func() { _ = f.Close() }() // read only
	start := []byte(strconv.FormatUint(uint64(addr), 16) + "-")
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case bytes.HasPrefix(line, start):
			in = true
		case in && bytes.HasPrefix(line, []byte("Rss:")):
			kb, err := strconv.ParseInt(string(bytes.TrimSuffix(bytes.TrimSpace(line[len("Rss:"):]), []byte(" kB"))), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
