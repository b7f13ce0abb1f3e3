//go:build !linux

package storage

import bolt "go.etcd.io/bbolt"

// trimMapping does nothing outside Linux.
func trimMapping(*bolt.DB) {}
