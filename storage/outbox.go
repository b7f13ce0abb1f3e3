package storage

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// KindUndecodable is the kind of a dead letter made from an outbox row
// that could not be decoded: its LastError says why, its Text holds the
// row as stored.
const KindUndecodable = "undecodable"

// Due returns up to limit deliveries whose next try is not after now, in
// the order they were enqueued. A row that cannot be decoded is moved to
// the dead letters with the reason (see KindUndecodable), and delivery
// goes on with the others.
func (s *Store) Due(now time.Time, limit int) ([]readout.Delivery, error) {
	var out []readout.Delivery
	var bad []uint64
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketOutbox).Cursor()
		for k, v := c.First(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
			var d readout.Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				bad = append(bad, binary.BigEndian.Uint64(k))
				continue
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
	if len(bad) > 0 {
		if err := s.buryUndecodable(bad); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// buryUndecodable moves the outbox rows ids, which do not decode, to the
// dead letters.
func (s *Store) buryUndecodable(ids []uint64) error {
	err := s.update(func(tx *bolt.Tx) error {
		outbox, dead := tx.Bucket(bucketOutbox), tx.Bucket(bucketDead)
		for _, id := range ids {
			v := outbox.Get(u64(id))
			if v == nil {
				continue
			}
			var d readout.Delivery
			derr := json.Unmarshal(v, &d)
			if derr == nil {
				continue // rewritten meanwhile
			}
			d = undecodable(id, v, derr)
			if err := putJSON(dead, u64(id), d); err != nil {
				return err
			}
			if err := outbox.Delete(u64(id)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: move undecodable deliveries to the dead letters: %w", err)
	}
	return nil
}

// undecodable is the dead letter standing for row id, raw, which failed to
// decode with err.
func undecodable(id uint64, raw []byte, err error) readout.Delivery {
	return readout.Delivery{ID: id, Kind: KindUndecodable, Text: string(raw),
		LastError: fmt.Sprintf("undecodable outbox row, not delivered: %v", err)}
}

// Pending returns every delivery in the outbox.
func (s *Store) Pending() ([]readout.Delivery, error) {
	return s.list(bucketOutbox)
}

// DeadLetters returns the deliveries that failed for good.
func (s *Store) DeadLetters() ([]readout.Delivery, error) {
	return s.list(bucketDead)
}

// list lists a bucket's deliveries; a row that does not decode is listed
// as KindUndecodable with the reason.
func (s *Store) list(bucket []byte) ([]readout.Delivery, error) {
	var out []readout.Delivery
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			id := binary.BigEndian.Uint64(k)
			var d readout.Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				d = undecodable(id, v, err)
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
	err := s.update(func(tx *bolt.Tx) error {
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
	err := s.update(func(tx *bolt.Tx) error {
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
		if d.Kind == KindUndecodable {
			return fmt.Errorf("delivery %d could not be decoded and cannot be sent again: %s", id, d.LastError)
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
	err := s.view(func(tx *bolt.Tx) error {
		ts = string(tx.Bucket(bucketPosted).Get(join(channel, readoutID)))
		return nil
	})
	if err != nil {
		return "", false, fmt.Errorf("storage: posted %s %s: %w", channel, readoutID, err)
	}
	return ts, ts != "", nil
}
