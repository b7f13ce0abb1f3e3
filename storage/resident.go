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
const residentBudget = 8 << 20

// resident keeps the database's pages mapped into the process within
// residentBudget.
type resident struct {
	// budget is residentBudget; tests set a smaller one.
	budget int64
	// base is the file-backed resident size other than the database's
	// mapping (the binary's code, which grows as code runs for the first
	// time); 0 before the first check.
	base  atomic.Int64
	trims atomic.Uint32
}

// measureEvery is how many trims go by between two exact measurements
// of the base (see check).
const measureEvery = 32

// check trims the mapping from within tx when more than the budget of the
// file is mapped. It is called at the end of every transaction: reading
// the resident size costs a few microseconds, and checking only every few
// read transactions let a poll cycle's reads of seen marks (random pages,
// up to 2 MB a feed) pile up to 30 MB between checks.
func (r *resident) check(tx *bolt.Tx) {
	now := fileResident()
	if now < 0 {
		return
	}
	base := r.base.Load()
	if base > 0 && now-base <= cmp.Or(r.budget, residentBudget) {
		return
	}
	if base > 0 {
		trimTx(tx)
		now = fileResident()
	}
	// After a trim, what is still mapped of the file is other
	// transactions' pages: taking the resident size as the base would let
	// the budget creep up trim after trim, so the base only comes down,
	// except that every few dozen trims (and at the first check) it is
	// measured exactly, for the binary's code that has run since.
	switch n := r.trims.Add(1); {
	case base == 0 || n%measureEvery == 0:
		if others := now - mappedAt(tx.DB().Info().Data); others > 0 {
			r.base.Store(others)
		}
	case now < base:
		r.base.Store(now)
	}
}
