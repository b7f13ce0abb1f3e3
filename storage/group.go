package storage

import (
	"errors"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// maxGroupReadouts bounds the readouts one group commit writes: a larger
// transaction holds more dirty pages in memory until it commits, and maps
// in more of the file's pages (its commit reads the old page of each node
// it rewrites, 64 KB around each). 128 against 500: the capacity run's
// peak 92.1 against 95.3-95.7 MiB, its first poll's CPU 2m4s against
// 1m54s; the commits of a steady poll are far smaller than either.
const maxGroupReadouts = 128

// groupCommit runs the write transactions handed to it concurrently in
// one transaction: the first caller commits at once, and those that come
// while it commits are committed together next (no waiting for company,
// as bolt.DB.Batch does). Each call's writes still commit together or
// not at all: when a shared transaction fails, its calls run again one
// transaction each, so one call's error is its own.
type groupCommit struct {
	mu      sync.Mutex
	pending []*groupCall
	running bool
}

type groupCall struct {
	fn       func(*bolt.Tx) error
	readouts int
	done     chan error
}

// group runs fn, which writes about n readouts, in a write transaction it
// may share with concurrent callers; fn may run more than once.
func (s *Store) group(n int, fn func(*bolt.Tx) error) error {
	c := &groupCall{fn: fn, readouts: n, done: make(chan error, 1)}
	g := &s.gc
	g.mu.Lock()
	g.pending = append(g.pending, c)
	if g.running {
		g.mu.Unlock()
		return <-c.done
	}
	g.running = true
	for len(g.pending) > 0 {
		take, sum := 0, 0
		for take < len(g.pending) && (take == 0 || sum+g.pending[take].readouts <= maxGroupReadouts) {
			sum += g.pending[take].readouts
			take++
		}
		calls := g.pending[:take:take]
		g.pending = g.pending[take:]
		g.mu.Unlock()
		s.commitGroup(calls)
		g.mu.Lock()
	}
	g.running = false
	g.mu.Unlock()
	return <-c.done
}

// errCallFailed stops a shared transaction when one of its calls fails.
var errCallFailed = errors.New("a call of the group failed")

// commitGroup runs calls in one transaction, or each alone when that
// fails, and hands each its result.
func (s *Store) commitGroup(calls []*groupCall) {
	if len(calls) > 1 {
		err := s.update(func(tx *bolt.Tx) error {
			for _, c := range calls {
				if err := c.fn(tx); err != nil {
					return errCallFailed
				}
			}
			return nil
		})
		if err == nil {
			for _, c := range calls {
				c.done <- nil
			}
			return
		}
	}
	for _, c := range calls {
		c.done <- s.update(c.fn)
	}
}
