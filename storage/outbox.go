package storage

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// Due returns up to limit deliveries whose next try is not after now, in
// the order they were enqueued.
func (s *Store) Due(now time.Time, limit int) ([]readout.Delivery, error) {
	var out []readout.Delivery
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketOutbox).Cursor()
		for k, v := c.First(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
			var d readout.Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("decode delivery %d: %w", binary.BigEndian.Uint64(k), err)
			}
			if !d.NextTry.After(now) {
				out = append(out, d)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: due deliveries: %w", err)
	}
	return out, nil
}

// Pending returns every delivery in the outbox.
func (s *Store) Pending() ([]readout.Delivery, error) {
	return s.list(bucketOutbox)
}

// DeadLetters returns the deliveries that failed for good.
func (s *Store) DeadLetters() ([]readout.Delivery, error) {
	return s.list(bucketDead)
}

func (s *Store) list(bucket []byte) ([]readout.Delivery, error) {
	var out []readout.Delivery
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			var d readout.Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("decode delivery %d: %w", binary.BigEndian.Uint64(k), err)
			}
			out = append(out, d)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: list %s: %w", bucket, err)
	}
	return out, nil
}

// onDelivery runs f on delivery id of the outbox in one transaction. A
// delivery no longer in the outbox (already delivered or dead) is left
// alone: these updates are idempotent.
func (s *Store) onDelivery(op string, id uint64, f func(tx *bolt.Tx, out *bolt.Bucket, d *readout.Delivery) error) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		var d readout.Delivery
		ok, err := getJSON(b, u64(id), &d)
		if err != nil || !ok {
			return err
		}
		return f(tx, b, &d)
	})
	if err != nil {
		return fmt.Errorf("storage: %s %d: %w", op, id, err)
	}
	return nil
}

// Delivered removes a delivery from the outbox and records the Slack
// timestamp of the message it became.
func (s *Store) Delivered(id uint64, ts string) error {
	return s.onDelivery("delivered", id, func(tx *bolt.Tx, out *bolt.Bucket, d *readout.Delivery) error {
		if err := out.Delete(u64(id)); err != nil {
			return err
		}
		key := d.ReadoutID
		if key == "" {
			key = fmt.Sprintf("delivery-%d", id)
		}
		return tx.Bucket(bucketPosted).Put(join(d.Channel, key), []byte(ts))
	})
}

// Retry records a failed attempt and when to try again.
func (s *Store) Retry(id uint64, next time.Time, reason string) error {
	return s.onDelivery("retry", id, func(_ *bolt.Tx, out *bolt.Bucket, d *readout.Delivery) error {
		d.Attempts++
		d.NextTry = next
		d.LastError = reason
		return putJSON(out, u64(id), d)
	})
}

// Kill moves a delivery to the dead-letter list with the reason.
func (s *Store) Kill(id uint64, reason string) error {
	return s.onDelivery("kill", id, func(tx *bolt.Tx, out *bolt.Bucket, d *readout.Delivery) error {
		d.Attempts++
		d.LastError = reason
		if err := out.Delete(u64(id)); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bucketDead), u64(id), d)
	})
}

// Requeue makes a delivery due now: a dead one moves back into the
// outbox, a waiting one skips the rest of its backoff. It returns
// ErrNotFound when neither list has it.
func (s *Store) Requeue(id uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		outbox, dead := tx.Bucket(bucketOutbox), tx.Bucket(bucketDead)
		var d readout.Delivery
		if ok, err := getJSON(outbox, u64(id), &d); err != nil || ok {
			if err != nil {
				return err
			}
			d.NextTry = s.now()
			return putJSON(outbox, u64(id), d)
		}
		ok, err := getJSON(dead, u64(id), &d)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		d.NextTry = s.now()
		d.LastError = ""
		if err := dead.Delete(u64(id)); err != nil {
			return err
		}
		return putJSON(outbox, u64(id), d)
	})
	if err != nil {
		return fmt.Errorf("storage: requeue %d: %w", id, err)
	}
	return nil
}

// PostedTS returns the Slack ts recorded for a readout posted to a channel.
func (s *Store) PostedTS(channel, readoutID string) (string, bool, error) {
	var ts string
	err := s.db.View(func(tx *bolt.Tx) error {
		ts = string(tx.Bucket(bucketPosted).Get(join(channel, readoutID)))
		return nil
	})
	if err != nil {
		return "", false, fmt.Errorf("storage: posted %s %s: %w", channel, readoutID, err)
	}
	return ts, ts != "", nil
}
