//go:build !linux

package storage

import bolt "go.etcd.io/bbolt"

// trimMapping does nothing outside Linux.
func trimMapping(*bolt.DB) {}

// trimTx does nothing outside Linux.
func trimTx(*bolt.Tx) {}

// fileResident is not known outside Linux.
func fileResident() int64 { return -1 }

// mappedAt is not known outside Linux.
func mappedAt(uintptr) int64 { return 0 }
