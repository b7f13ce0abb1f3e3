package storage

import (
	"cmp"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// residentBudget is how many bytes of the file may stay mapped into the
// process (resident in its page tables) before a transaction drops them:
// the pages stay in the page cache, so what it costs is a minor fault
// per page read again. Dropping them after every transaction would bound
// the mapping tighter but doubles the CPU of a poll cycle and of a lookup
// (a fault maps 64 KB around the page, and the madvise interrupts every
// processor running the process to flush its TLB).
const residentBudget = 4 << 20

// viewsPerCheck is how many read transactions go by between two reads of
// the resident size; a lookup maps at most a few hundred kilobytes.
const viewsPerCheck = 16

// resident keeps the database's pages mapped into the process within
// residentBudget.
type resident struct {
	// budget is residentBudget; tests set a smaller one.
	budget int64
	views  atomic.Uint32
	// base is the file-backed resident size right after the last trim
	// (the binary's code, which grows as code runs for the first time);
	// 0 before the first check.
	base atomic.Int64
}

// checkView is called at the end of each read transaction.
func (r *resident) checkView(tx *bolt.Tx) {
	if r.views.Add(1)%viewsPerCheck == 0 {
		r.check(tx)
	}
}

// check trims the mapping from within tx when more than residentBudget
// has been mapped since the last trim.
func (r *resident) check(tx *bolt.Tx) {
	now := fileResident()
	if now < 0 {
		return
	}
	base := r.base.Load()
	if base == 0 {
		r.base.CompareAndSwap(0, now)
		return
	}
	if now-base <= cmp.Or(r.budget, residentBudget) {
		return
	}
	trimTx(tx)
	if after := fileResident(); after > 0 {
		r.base.Store(after)
	}
}
