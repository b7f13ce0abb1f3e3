package storage

import (
	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// trimMapping drops the database file's pages from this process's page
// tables (madvise MADV_DONTNEED on bbolt's read-only shared mapping). The
// pages stay in the page cache, so the next read maps them again with a
// minor fault; nothing is lost or read from disk. Without it every page
// a write transaction reads stays mapped, with its neighbours in the page
// cache (the kernel's fault-around maps up to 64 KB per fault), and the
// process's resident size grows toward the file's as ingests touch index
// pages all over it. It runs inside a read transaction, which keeps bbolt
// from remapping the file meanwhile.
func trimMapping(db *bolt.DB) {
	_ = db.View(func(tx *bolt.Tx) error {
		size := tx.Size()
		if size <= 0 {
			return nil
		}
		// The mapping's address as bbolt reports it; a raw system call,
		// since it is not a Go pointer to convert.
		_, _, errno := unix.Syscall(unix.SYS_MADVISE, db.Info().Data, uintptr(size), unix.MADV_DONTNEED)
		if errno != 0 {
			return errno
		}
		return nil
	})
}
