package storage

import (
	"bytes"
	"os"
	"strconv"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
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

// fileResident returns the process's file-backed resident bytes (the
// "shared" field of /proc/self/statm: the binary's code and the
// database's mapped pages), or -1 when it cannot be read.
func fileResident() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return -1
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return -1
	}
	return pages * int64(os.Getpagesize())
}
