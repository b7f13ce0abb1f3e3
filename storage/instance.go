package storage

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// metaInstanceID is the meta key of the database's instance ID.
var metaInstanceID = []byte("instance_id")

// InstanceID returns the database's instance ID: 32 random hex digits made
// on first use and kept. The bot puts it in its Slack posts' metadata, so
// that after a crash it takes for its own only the posts of this
// deployment, not those of another (staging and production posting to one
// channel number their deliveries alike). A backup carries it along.
func (s *Store) InstanceID() (string, error) {
	var id string
	err := s.view(func(tx *bolt.Tx) error {
		id = string(tx.Bucket(bucketMeta).Get(metaInstanceID))
		return nil
	})
	if err != nil || id != "" {
		return id, wrapInstance(err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(metaInstanceID); v != nil {
			id = string(v)
			return nil
		}
		var b [16]byte
		if _, err := rand.Read(b[:]); err != nil {
			return err
		}
		id = hex.EncodeToString(b[:])
		return meta.Put(metaInstanceID, []byte(id))
	})
	return id, wrapInstance(err)
}

func wrapInstance(err error) error {
	if err != nil {
		return fmt.Errorf("storage: instance id: %w", err)
	}
	return nil
}
