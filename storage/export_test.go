package storage

import (
	"errors"

	bolt "go.etcd.io/bbolt"
)

// ErrNoCountry is returned by RawLatestForCountry when no readout is
// indexed under the country.
var ErrNoCountry = errors.New("storage: no readout for the country")

// RawLatestForCountry is the floor LatestForCountry is measured against:
// the same cursor seek and walk over the by-country index (newestFirst),
// returning the newest n readouts' stored bytes, undecoded. The bytes are
// valid only inside f.
func (s *Store) RawLatestForCountry(code string, n int, f func(raw [][]byte)) error {
	return s.view(func(tx *bolt.Tx) error {
		raw := make([][]byte, 0, n)
		err := newestFirst(tx, code, func(_, v []byte) (bool, error) {
			raw = append(raw, v)
			return len(raw) < n, nil
		})
		if err != nil {
			return err
		}
		if len(raw) == 0 {
			return ErrNoCountry
		}
		f(raw)
		return nil
	})
}
