package storage

import (
	"cmp"
	"sync"
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
// residentBudget: every transaction checks the resident size at its end,
// and one that finds the budget spent wakes a goroutine that drops the
// mapping's pages, so that no lookup waits for the madvise and the minor
// faults it brings to the transactions running at the time.
type resident struct {
	// budget is residentBudget; tests set a smaller one.
	budget int64
	// base is the file-backed resident size other than the database's
	// mapping (the binary's code, which grows as code runs for the first
	// time); 0 before the first check.
	base  atomic.Int64
	trims atomic.Uint32
	// kept is what the lookups (see Store.lookup) mapped since the last
	// trim: the pages people's requests read again and again, which the
	// other transactions' budget does not count.
	kept atomic.Int64
	// drops counts every time the mapping's pages were dropped: the
	// trimmer's trims and the writers' trims before a commit.
	drops atomic.Uint32

	start      sync.Once
	kick, stop chan struct{}
	done       chan struct{} // closed when the trimmer has stopped
	stopOnce   sync.Once
}

// readSlack multiplies the budget for a read transaction's check. What
// lookups read is mostly the same few hundred pages (the by-country index
// and the newest readouts' heads), mapped with their neighbours as 20-30
// MB: trimmed at the budget they were all faulted in again every 40
// lookups or so, which cost each lookup about 150 us (p50 370 -> 540 us at
// 200 lookups a second). Writes, which touch new pages all over the
// indexes, keep the budget.
const readSlack = 4

// measureEvery is how many trims go by between two exact measurements
// of the base (see trim).
const measureEvery = 32

// checkResident wakes the trimmer when more than the budget of the file is
// mapped. It is called at the end of every transaction: reading the
// resident size costs a few microseconds, and checking only every few
// read transactions let a poll cycle's reads of seen marks (random pages,
// up to 2 MB a feed) pile up to 30 MB between checks.
func (s *Store) checkResident(read bool) {
	r := &s.resident
	now := fileResident()
	if now < 0 {
		return
	}
	base := r.base.Load()
	if base == 0 { // the first check: measure the base, nothing to trim yet
		if others := now - mappedAt(s.db.Info().Data); others > 0 {
			r.base.CompareAndSwap(0, others)
		}
		return
	}
	if now-base <= r.allowed(read) {
		return
	}
	r.start.Do(func() {
		r.kick, r.stop, r.done = make(chan struct{}, 1), make(chan struct{}), make(chan struct{})
		go s.trimmer()
	})
	select {
	case r.kick <- struct{}{}:
	default: // a trim is already due
	}
}

// trimBeforeCommit drops the mapping's pages from within a write
// transaction whose work mapped more than half the budget, before it
// commits. The commit reads the old page of every node it rewrites (to
// free it), a few hundred pages for a group commit of new readouts; done
// here, in the writer, the commit holds mapped only those, not also the
// pages the transaction's reads went through (pairing's scans of the
// meetings index) or, when the trimmer ran meanwhile, the budget's worth
// mapped since (the capacity run's file-backed peak, 44 MiB, was within
// commits).
func (s *Store) trimBeforeCommit(tx *bolt.Tx) {
	r := &s.resident
	base := r.base.Load()
	if now := fileResident(); base > 0 && now-base-r.held() > cmp.Or(r.budget, residentBudget)/2 {
		trimTx(tx)
		r.kept.Store(0)
		r.drops.Add(1)
	}
}

// held is the part of the mapping the lookups keep (see Store.lookup), at
// most the read budget.
func (r *resident) held() int64 {
	return min(r.kept.Load(), readSlack*cmp.Or(r.budget, residentBudget))
}

// allowed is how much of the file may be mapped, beyond the base, before a
// transaction's check wakes the trimmer: the budget on top of what the
// lookups hold, and for a read at least readSlack times the budget.
func (r *resident) allowed(read bool) int64 {
	budget := cmp.Or(r.budget, residentBudget)
	a := budget + r.held()
	if read {
		a = max(a, readSlack*budget)
	}
	return a
}

// lookup is view for the reads that answer people (/readout and the
// other lookups by country): what they read is mostly the same few
// hundred pages, the by-country index and the newest readouts' heads,
// mapped with their neighbours as 16-30 MB. The pages such a read maps
// are counted as kept, up to the read budget, and the writes' budget
// comes on top of them: a delivery's or a poll's small write that found
// the whole mapping over its budget dropped them all, and the next 50
// lookups or so faulted them in again (250 faults of 40 us each).
func (s *Store) lookup(fn func(*bolt.Tx) error) error {
	return s.view(func(tx *bolt.Tx) error {
		before := fileResident()
		// Counted before view's check of the budget, which runs after.
		defer func() {
			if after := fileResident(); before >= 0 && after > before {
				s.resident.kept.Add(after - before)
			}
		}()
		return fn(tx)
	})
}

// MappingDrops is how many times the store has dropped its mapping's pages from
// the process since it opened (each costs the lookups after it a minor
// fault per page they read again).
func (s *Store) MappingDrops() int { return int(s.resident.drops.Load()) }

// trimmer trims the mapping each time it is woken, until stopTrimmer.
func (s *Store) trimmer() {
	r := &s.resident
	defer close(r.done)
	for {
		select {
		case <-r.stop:
			return
		case <-r.kick:
		}
		s.swap.RLock()
		_ = s.db.View(func(tx *bolt.Tx) error {
			r.trim(tx)
			return nil
		})
		s.swap.RUnlock()
	}
}

// stopTrimmer stops the trimmer, if it was started, and waits for it.
func (s *Store) stopTrimmer() {
	r := &s.resident
	r.stopOnce.Do(func() {
		r.start.Do(func() {}) // none starts after this
		if r.stop != nil {
			close(r.stop)
			<-r.done
		}
	})
}

// trim drops the mapping's pages and updates the base.
func (r *resident) trim(tx *bolt.Tx) {
	base := r.base.Load()
	trimTx(tx)
	r.kept.Store(0)
	r.drops.Add(1)
	now := fileResident()
	// After a trim, what is still mapped of the file is other
	// transactions' pages: taking the resident size as the base would let
	// the budget creep up trim after trim, so the base only comes down,
	// except that every few dozen trims it is measured exactly, for the
	// binary's code that has run since.
	switch n := r.trims.Add(1); {
	case n%measureEvery == 0:
		if others := now - mappedAt(tx.DB().Info().Data); others > 0 {
			r.base.Store(others)
		}
	case now > 0 && now < base:
		r.base.Store(now)
	}
}
