package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// metaLastReminderRun is the meta key of the last reminder run's time.
var metaLastReminderRun = []byte("last_reminder_run")

// FactRecord is an anniversary fact as stored: the domain's
// anniversary.Record, which the reminders service speaks.
type FactRecord = anniversary.Record

// recordKey is the bucket key of a record: its fact's Key().
func recordKey(r FactRecord) []byte { return []byte(r.Key()) }

// Facts returns every stored fact record (removal marks included), in key
// order.
func (s *Store) Facts() ([]FactRecord, error) {
	var out []FactRecord
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketAnniv).ForEach(func(k, v []byte) error {
			var rec FactRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("decode fact %s: %w", k, err)
			}
			out = append(out, rec)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: facts: %w", err)
	}
	return out, nil
}

// Fact returns the stored record with the key (anniversary.Fact.Key), or
// ErrNotFound.
func (s *Store) Fact(key string) (FactRecord, error) {
	var rec FactRecord
	err := s.view(func(tx *bolt.Tx) error {
		ok, err := getJSON(tx.Bucket(bucketAnniv), []byte(key), &rec)
		if err == nil && !ok {
			err = ErrNotFound
		}
		return err
	})
	if err != nil {
		return FactRecord{}, fmt.Errorf("storage: fact %s: %w", key, err)
	}
	return rec, nil
}

// PutFact stores a record under its fact's key, replacing any record with
// that key. The fact is normalized and, unless the record is a removal
// mark, validated.
func (s *Store) PutFact(rec FactRecord) error {
	return s.UpdateFact(rec.Key(), func(FactRecord, bool) (FactRecord, bool, error) {
		return rec, true, nil
	})
}

// UpdateFact reads the record with key (found reports whether there is
// one) and, in the same transaction, writes what f returns when f asks for
// it. The record f returns must have the same key. This is how a learned
// fact is merged without a concurrent writer slipping in between.
func (s *Store) UpdateFact(key string, f func(cur FactRecord, found bool) (next FactRecord, write bool, err error)) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnniv)
		var cur FactRecord
		found, err := getJSON(b, []byte(key), &cur)
		if err != nil {
			return err
		}
		next, write, err := f(cur, found)
		if err != nil || !write {
			return err
		}
		next.Fact = next.Normalize()
		if next.Key() != key {
			return fmt.Errorf("record key %s differs from %s", next.Key(), key)
		}
		if err := next.Validate(); err != nil {
			return err
		}
		next.Updated = s.now()
		return putJSON(b, recordKey(next), next)
	})
	if err != nil {
		return fmt.Errorf("storage: update fact %s: %w", key, err)
	}
	return nil
}

// DeleteFact removes the record with key. It returns ErrNotFound when
// there is none.
func (s *Store) DeleteFact(key string) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnniv)
		if b.Get([]byte(key)) == nil {
			return ErrNotFound
		}
		return b.Delete([]byte(key))
	})
	if err != nil {
		return fmt.Errorf("storage: delete fact %s: %w", key, err)
	}
	return nil
}

// ReminderDelivery is one anniversary reminder for one channel: the
// domain's readout.ReminderDelivery, which the reminders service speaks.
type ReminderDelivery = readout.ReminderDelivery

func remindedKey(r ReminderDelivery) []byte {
	return join(r.Channel, r.FactKey, strconv.Itoa(r.Year), strconv.Itoa(r.OffsetDays))
}

// EnqueueReminders adds to the outbox, in one transaction, each reminder
// not sent before, and records it as sent: a reminder already recorded for
// its channel, fact, year and offset (by an earlier run, a run before a
// restart, or earlier in items) is skipped, and a superseded one is only
// recorded. It returns how many deliveries it enqueued.
func (s *Store) EnqueueReminders(items []ReminderDelivery) (int, error) {
	var n int
	now := s.now()
	err := s.update(func(tx *bolt.Tx) error {
		n = 0
		reminded, outbox := tx.Bucket(bucketReminded), tx.Bucket(bucketOutbox)
		for _, it := range items {
			if it.Channel == "" || it.FactKey == "" {
				return errors.New("reminder without channel or fact key")
			}
			key := remindedKey(it)
			if reminded.Get(key) != nil {
				continue
			}
			if err := reminded.Put(key, []byte(now.UTC().Format(time.RFC3339Nano))); err != nil {
				return err
			}
			if it.Superseded {
				continue
			}
			seq, err := outbox.NextSequence()
			if err != nil {
				return err
			}
			p := it.Payload
			p.FactKey, p.Year, p.OffsetDays = it.FactKey, it.Year, it.OffsetDays
			d := readout.Delivery{
				ID: seq, Channel: it.Channel, Kind: readout.KindReminder, Text: it.Text,
				Reminder: &p, Created: now, NextTry: now,
			}
			if err := putJSON(outbox, u64(seq), d); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue reminders: %w", err)
	}
	return n, nil
}

// Reminded reports whether the reminder for channel, fact, year and offset
// has been enqueued.
func (s *Store) Reminded(channel, factKey string, year, offsetDays int) (bool, error) {
	var ok bool
	err := s.view(func(tx *bolt.Tx) error {
		ok = tx.Bucket(bucketReminded).Get(remindedKey(ReminderDelivery{Channel: channel, FactKey: factKey, Year: year, OffsetDays: offsetDays})) != nil
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("storage: reminded %s %s: %w", channel, factKey, err)
	}
	return ok, nil
}

// LastReminderRun returns when reminders were last run to completion, or
// the zero time when they never were.
func (s *Store) LastReminderRun() (time.Time, error) {
	var t time.Time
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(metaLastReminderRun)
		if v == nil {
			return nil
		}
		return t.UnmarshalText(v)
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("storage: last reminder run: %w", err)
	}
	return t, nil
}

// SetLastReminderRun records when reminders were last run to completion.
func (s *Store) SetLastReminderRun(t time.Time) error {
	err := s.update(func(tx *bolt.Tx) error {
		v, err := t.MarshalText()
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaLastReminderRun, v)
	})
	if err != nil {
		return fmt.Errorf("storage: set last reminder run: %w", err)
	}
	return nil
}
