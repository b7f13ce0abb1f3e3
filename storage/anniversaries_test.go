package storage_test

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

func jpkh(year, month, day int, prec anniversary.Precision, source string) anniversary.Fact {
	return anniversary.Fact{
		Parties:   []string{"KH", "jp"}, // unsorted on purpose: stored normalized
		Subject:   "Diplomatic  relations",
		Since:     anniversary.Date{Year: year, Month: month, Day: day},
		Precision: prec,
		Source:    source,
	}
}

func TestFactsPutListDelete(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })

	if err := s.PutFact(storage.FactRecord{Fact: jpkh(1953, 1, 9, anniversary.Day, "user:U1")}); err != nil {
		t.Fatal(err)
	}
	mark := storage.FactRecord{Fact: anniversary.Fact{Parties: []string{"US", "GB"}, Subject: "diplomatic relations"}, Removed: true}
	if err := s.PutFact(mark); err != nil {
		t.Fatal(err)
	}
	got, err := s.Facts()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("facts: got %d, want 2: %+v", len(got), got)
	}
	if got[0].Key() != "GB-US/diplomatic relations" || !got[0].Removed {
		t.Errorf("first record: got %s removed=%v, want GB-US/diplomatic relations removed", got[0].Key(), got[0].Removed)
	}
	jk := got[1]
	if jk.Key() != "JP-KH/diplomatic relations" || jk.Parties[0] != "JP" || jk.Subject != "Diplomatic relations" {
		t.Errorf("second record not normalized: got %+v", jk.Fact)
	}
	if !jk.Updated.Equal(now) {
		t.Errorf("updated: got %v, want %v", jk.Updated, now)
	}
	one, err := s.Fact("JP-KH/diplomatic relations")
	if err != nil || one.Since != (anniversary.Date{Year: 1953, Month: 1, Day: 9}) {
		t.Errorf("Fact: got %+v, %v", one, err)
	}

	if err := s.DeleteFact("JP-KH/diplomatic relations"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteFact("JP-KH/diplomatic relations"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("second delete: got %v, want ErrNotFound", err)
	}
	if _, err := s.Fact("JP-KH/diplomatic relations"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("deleted fact: got %v, want ErrNotFound", err)
	}
}

func TestPutFactRejectsInvalid(t *testing.T) {
	s := mustOpen(t, nil)
	tests := []struct {
		name string
		rec  storage.FactRecord
	}{
		{"no date", storage.FactRecord{Fact: jpkh(0, 0, 0, anniversary.Year, "user:U1")}},
		{"bad source", storage.FactRecord{Fact: jpkh(1953, 0, 0, anniversary.Year, "ftp://x")}},
		{"30 February", storage.FactRecord{Fact: jpkh(1953, 2, 30, anniversary.Day, "user:U1")}},
		{"removal without subject", storage.FactRecord{Fact: anniversary.Fact{Parties: []string{"JP"}}, Removed: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.PutFact(tt.rec); err == nil {
				t.Errorf("PutFact(%+v): got nil error, want one", tt.rec)
			}
		})
	}
	if got, _ := s.Facts(); len(got) != 0 {
		t.Errorf("facts after rejected puts: got %d, want 0", len(got))
	}
}

func TestUpdateFact(t *testing.T) {
	s := mustOpen(t, nil)
	key := "JP-KH/diplomatic relations"
	learned := jpkh(1953, 0, 0, anniversary.Year, "readout:abc")
	write := func(cur storage.FactRecord, found bool) (storage.FactRecord, bool, error) {
		if found {
			return cur, false, nil
		}
		return storage.FactRecord{Fact: learned}, true, nil
	}
	for range 2 {
		if err := s.UpdateFact(key, write); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Fact(key)
	if err != nil || got.Source != "readout:abc" || got.Precision != anniversary.Year {
		t.Fatalf("after update: got %+v, %v", got, err)
	}
	boom := errors.New("boom")
	if err := s.UpdateFact(key, func(storage.FactRecord, bool) (storage.FactRecord, bool, error) {
		return storage.FactRecord{}, true, boom
	}); !errors.Is(err, boom) {
		t.Errorf("callback error: got %v, want it wrapped", err)
	}
	other := storage.FactRecord{Fact: anniversary.Fact{Parties: []string{"JP", "LA"}, Subject: "diplomatic relations",
		Since: anniversary.Date{Year: 1955}, Precision: anniversary.Year, Source: "user:U1"}}
	if err := s.UpdateFact(key, func(storage.FactRecord, bool) (storage.FactRecord, bool, error) {
		return other, true, nil
	}); err == nil {
		t.Error("writing a record under another key: got nil error")
	}
}

func reminder(ch string, year, off int) storage.ReminderDelivery {
	return storage.ReminderDelivery{
		Channel: ch, FactKey: "JP-KH/diplomatic relations", Year: year, OffsetDays: off,
		Text:    "In 30 days: 75th anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)",
		Payload: readout.ReminderPayload{Parties: []string{"JP", "KH"}, Ordinal: 75, Milestone: true, Date: "2028-01-09"},
	}
}

func TestEnqueueRemindersOnceAcrossRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "readout.db")
	now := time.Date(2027, 12, 10, 9, 0, 0, 0, time.UTC)
	open := func() *storage.Store {
		s, err := storage.Open(path, storage.Options{NoSync: true, Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open()
	n, err := s.EnqueueReminders([]storage.ReminderDelivery{reminder("C1", 2028, 30), reminder("C2", 2028, 30), reminder("C1", 2028, 30)})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("first enqueue: got %d, want 2 (the repeat in one batch is dropped)", n)
	}
	if err := s.SetLastReminderRun(now); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open()
	defer s.Close()
	last, err := s.LastReminderRun()
	if err != nil || !last.Equal(now) {
		t.Errorf("last run after reopen: got %v, %v; want %v", last, err, now)
	}
	n, err = s.EnqueueReminders([]storage.ReminderDelivery{reminder("C1", 2028, 30), reminder("C1", 2028, 7), reminder("C1", 2033, 30)})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("after reopen: got %d enqueued, want 2 (other offset, other year)", n)
	}
	for _, tt := range []struct {
		ch        string
		year, off int
		want      bool
	}{{"C1", 2028, 30, true}, {"C2", 2028, 30, true}, {"C1", 2028, 7, true}, {"C2", 2028, 7, false}, {"C1", 2028, 0, false}} {
		if got, err := s.Reminded(tt.ch, "JP-KH/diplomatic relations", tt.year, tt.off); err != nil || got != tt.want {
			t.Errorf("Reminded(%s, %d, %d): got %v, %v; want %v", tt.ch, tt.year, tt.off, got, err, tt.want)
		}
	}
	pending, err := s.Pending()
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 4 {
		t.Fatalf("outbox: got %d deliveries, want 4", len(pending))
	}
	d := pending[0]
	if d.Kind != readout.KindReminder || d.Channel != "C1" || d.Reminder == nil ||
		d.Reminder.FactKey != "JP-KH/diplomatic relations" || d.Reminder.Year != 2028 || d.Reminder.OffsetDays != 30 ||
		d.Reminder.Ordinal != 75 || d.Text == "" || !d.NextTry.Equal(now) {
		t.Errorf("first delivery: got %+v (payload %+v)", d, d.Reminder)
	}
}

func TestEnqueueRemindersRejectsBadRowAtomically(t *testing.T) {
	s := mustOpen(t, nil)
	bad := reminder("", 2028, 30)
	if _, err := s.EnqueueReminders([]storage.ReminderDelivery{reminder("C1", 2028, 30), bad}); err == nil {
		t.Fatal("got nil error for a reminder without channel")
	}
	if ok, _ := s.Reminded("C1", "JP-KH/diplomatic relations", 2028, 30); ok {
		t.Error("a failed batch left a reminded row behind")
	}
	if p, _ := s.Pending(); len(p) != 0 {
		t.Errorf("a failed batch left %d deliveries behind", len(p))
	}
}

func TestLastReminderRunZero(t *testing.T) {
	s := mustOpen(t, nil)
	got, err := s.LastReminderRun()
	if err != nil || !got.IsZero() {
		t.Errorf("fresh store: got %v, %v; want the zero time", got, err)
	}
}
