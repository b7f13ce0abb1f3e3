package storage

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/klauspost/compress/zstd"
	"github.com/readout-bot/readout/readout"
)

// A stored readout (schema 3) is two records under its sequence key:
//
//   - its head, in bucket heads: what a lookup shows (ID, feed,
//     title, address, publisher, date, meeting, parties, participants,
//     lead, sections with their summaries and the text of sections that
//     have none, key points), in a plain binary encoding, so that
//     `/readout <country>` decodes only what it renders; zstd-compressed
//     on its own when that pays, which it does for most (the lead and the
//     summaries are prose: 1.7-2.1 KB raw, 0.9-1.2 KB compressed, and a
//     head decompresses in microseconds);
//   - its text, in bucket readouts, zstd-compressed: the rest (the text of
//     the sections that have a summary, the countries mentioned,
//     anniversaries, pledges, attachments, and the body, stored as the
//     literal text between the lead and the sections' texts, which it
//     repeats).
//
// Every field of readout.Readout is in one of the two; a test fills every
// field and checks that it comes back.

// Record formats: the first byte of each record.
const (
	headV1  = 1 // head: binary, uncompressed
	headV1Z = 2 // head: binary, zstd-compressed
	textV1  = 1 // text: binary, zstd-compressed
)

// zstdDict is the raw-content dictionary both records are compressed
// with: the project's own sample readouts (readout/testdata, in the
// formats of real ministries), as they were when it was made. Records are
// short (one to two kilobytes compressed), and a dictionary of what
// readouts say saves a quarter of them: on the capacity run's readouts
// 1,175 -> 905 bytes a head and 1,968 -> 1,685 a text, on the White House
// corpus 889 -> 803 and 596 -> 521 (and SpeedDefault with it costs less
// CPU than SpeedBetterCompression without). A frame names its dictionary
// by ID: never edit this file; a new dictionary takes a new ID, and the
// decoder keeps the old ones.
//
//go:embed zstd-dict.txt
var zstdDict []byte

// zstdDictID is zstdDict's ID in the frames that use it.
const zstdDictID = 1

var (
	zenc = sync.OnceValue(func() *zstd.Encoder {
		// EncodeAll may be called concurrently; each call compresses one
		// record of a few kilobytes. A window of 128 KB holds the
		// dictionary and any readout's text (a 1 MB one kept 0.9 MB more
		// history allocated for nothing: 3.7 -> 2.8 MB live).
		e, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderDictRaw(zstdDictID, zstdDict),
			zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(1<<17), zstd.WithLowerEncoderMem(true))
		if err != nil {
			panic(err) // only invalid options fail
		}
		return e
	})
	zdec = sync.OnceValue(func() *zstd.Decoder {
		d, err := zstd.NewReader(nil, zstd.WithDecoderDictRaw(zstdDictID, zstdDict), zstd.WithDecoderConcurrency(0),
			zstd.WithDecoderLowmem(true), zstd.WithDecoderMaxMemory(64<<20))
		if err != nil {
			panic(err)
		}
		return d
	})
)

// encodeReadout encodes r as its head and its compressed text.
func encodeReadout(r *readout.Readout) (head, text []byte) {
	return encodeHead(r), encodeText(r)
}

// encodeHead encodes the head record of r.
func encodeHead(r *readout.Readout) []byte {
	var h wbuf
	h = append(h, headV1)
	h.str(r.ID)
	h.str(r.FeedID)
	h.str(r.Title)
	h.str(r.URL)
	h.str(r.Publisher)
	h.time(r.Published)
	h.str(r.Meeting.Kind)
	h.str(r.Meeting.Date)
	h.str(r.Meeting.StartLocal)
	h.int(int64(r.Meeting.DurationMinutes))
	h.str(r.Meeting.Location)
	h.strs(r.Parties)
	h.count(len(r.Participants), r.Participants == nil)
	for _, p := range r.Participants {
		h.str(p.Name)
		h.str(p.Written)
		h.str(p.Title)
		h.str(p.Country)
		h.str(p.Role)
	}
	h.str(r.Lead)
	h.count(len(r.Sections), r.Sections == nil)
	for _, s := range r.Sections {
		h.str(s.Number)
		h.str(s.Heading)
		h.int(int64(s.Level))
		h.str(s.Summary)
		if s.Summary == "" {
			h.str(s.Text) // shown in place of the summary
		}
		h.strs(s.Countries)
	}
	h.strs(r.KeyPoints)
	h.strs(r.FollowOn)
	h.bool(r.ProvisionalTranslation)
	if z := zenc().EncodeAll(h[1:], []byte{headV1Z}); len(z) < len(h)*7/8 {
		return z
	}
	return h
}

// encodeText encodes the compressed text record of r.
func encodeText(r *readout.Readout) []byte {
	var t wbuf
	for _, s := range r.Sections {
		if s.Summary != "" {
			t.str(s.Text)
		}
	}
	t.strs(r.Mentioned)
	t.count(len(r.Anniversaries), r.Anniversaries == nil)
	for _, a := range r.Anniversaries {
		t.int(int64(a.Ordinal))
		t.str(a.Subject)
		t.strs(a.Countries)
		t.strs(a.Orgs)
		t.int(int64(a.Year))
		t.str(a.Text)
	}
	t.count(len(r.Pledges), r.Pledges == nil)
	for _, p := range r.Pledges {
		t.u64(math.Float64bits(p.Amount))
		t.str(p.Currency)
		t.str(p.Purpose)
		t.str(p.Text)
	}
	t.count(len(r.Attachments), r.Attachments == nil)
	for _, a := range r.Attachments {
		t.str(a.Title)
		t.str(a.URL)
	}
	t.body(r.Body, pieces(r))
	return zenc().EncodeAll(t, []byte{textV1})
}

// pieces are the texts a readout's body repeats, in the order they appear
// in it: the lead, then each section's text.
func pieces(r *readout.Readout) []string {
	out := make([]string, 0, 1+len(r.Sections))
	out = append(out, r.Lead)
	for _, s := range r.Sections {
		out = append(out, s.Text)
	}
	return out
}

// decodeHead decodes a head record: the readout as a lookup shows it, with
// no Body, and without the Text of the sections that have a summary, the
// countries mentioned, anniversaries, pledges and attachments.
func decodeHead(v []byte) (*readout.Readout, error) {
	var b rbuf
	switch {
	case len(v) > 0 && v[0] == headV1:
		// v is the database's memory, valid only in its transaction: one
		// copy for the whole record.
		b = ownedRbuf(bytes.Clone(v[1:]))
	case len(v) > 0 && v[0] == headV1Z:
		raw, err := zdec().DecodeAll(v[1:], nil)
		if err != nil {
			return nil, fmt.Errorf("decompress head: %w", err)
		}
		b = ownedRbuf(raw)
	default:
		return nil, errors.New("unknown head record format")
	}
	r := &readout.Readout{}
	r.ID = b.str()
	r.FeedID = b.str()
	r.Title = b.str()
	r.URL = b.str()
	r.Publisher = b.str()
	r.Published = b.time()
	r.Meeting.Kind = b.str()
	r.Meeting.Date = b.str()
	r.Meeting.StartLocal = b.str()
	r.Meeting.DurationMinutes = int(b.int())
	r.Meeting.Location = b.str()
	r.Parties = b.strs()
	if n, ok := b.count(); ok {
		r.Participants = make([]readout.Participant, n)
		for i := range r.Participants {
			p := &r.Participants[i]
			p.Name, p.Written, p.Title, p.Country, p.Role = b.str(), b.str(), b.str(), b.str(), b.str()
		}
	}
	r.Lead = b.str()
	if n, ok := b.count(); ok {
		r.Sections = make([]readout.Section, n)
		for i := range r.Sections {
			s := &r.Sections[i]
			s.Number, s.Heading, s.Level, s.Summary = b.str(), b.str(), int(b.int()), b.str()
			if s.Summary == "" {
				s.Text = b.str()
			}
			s.Countries = b.strs()
		}
	}
	r.KeyPoints = b.strs()
	r.FollowOn = b.strs()
	r.ProvisionalTranslation = b.bool()
	if b.err == nil && len(b.b) > 0 {
		b.err = fmt.Errorf("%d bytes left over", len(b.b))
	}
	if b.err != nil {
		return nil, fmt.Errorf("decode head: %w", b.err)
	}
	return r, nil
}

// decodeText completes a readout decoded from its head with its text
// record.
func decodeText(r *readout.Readout, v []byte) error {
	if len(v) == 0 || v[0] != textV1 {
		return errors.New("unknown text record format")
	}
	raw, err := zdec().DecodeAll(v[1:], nil)
	if err != nil {
		return fmt.Errorf("decompress text: %w", err)
	}
	b := ownedRbuf(raw)
	for i := range r.Sections {
		if r.Sections[i].Summary != "" {
			r.Sections[i].Text = b.str()
		}
	}
	r.Mentioned = b.strs()
	if n, ok := b.count(); ok {
		r.Anniversaries = make([]readout.Anniversary, n)
		for i := range r.Anniversaries {
			a := &r.Anniversaries[i]
			a.Ordinal, a.Subject, a.Countries, a.Orgs, a.Year, a.Text = int(b.int()), b.str(), b.strs(), b.strs(), int(b.int()), b.str()
		}
	}
	if n, ok := b.count(); ok {
		r.Pledges = make([]readout.Pledge, n)
		for i := range r.Pledges {
			p := &r.Pledges[i]
			p.Amount, p.Currency, p.Purpose, p.Text = math.Float64frombits(b.u64()), b.str(), b.str(), b.str()
		}
	}
	if n, ok := b.count(); ok {
		r.Attachments = make([]readout.Attachment, n)
		for i := range r.Attachments {
			r.Attachments[i].Title, r.Attachments[i].URL = b.str(), b.str()
		}
	}
	r.Body = b.body(pieces(r))
	if b.err == nil && len(b.b) > 0 {
		b.err = fmt.Errorf("%d bytes left over", len(b.b))
	}
	if b.err != nil {
		return fmt.Errorf("decode text: %w", b.err)
	}
	return nil
}

// decodeReadout decodes a whole readout from its two records.
func decodeReadout(head, text []byte) (*readout.Readout, error) {
	r, err := decodeHead(head)
	if err != nil {
		return nil, err
	}
	if err := decodeText(r, text); err != nil {
		return nil, err
	}
	return r, nil
}

// wbuf is an encoding under way.
type wbuf []byte

func (w *wbuf) uvarint(v uint64) { *w = binary.AppendUvarint(*w, v) }
func (w *wbuf) int(v int64)      { *w = binary.AppendVarint(*w, v) }
func (w *wbuf) u64(v uint64)     { *w = binary.LittleEndian.AppendUint64(*w, v) }

func (w *wbuf) str(s string) {
	w.uvarint(uint64(len(s)))
	*w = append(*w, s...)
}

func (w *wbuf) bool(v bool) {
	if v {
		*w = append(*w, 1)
	} else {
		*w = append(*w, 0)
	}
}

// count writes a slice's length, keeping nil apart from empty (0 is nil).
func (w *wbuf) count(n int, isNil bool) {
	if isNil {
		w.uvarint(0)
		return
	}
	w.uvarint(uint64(n) + 1)
}

func (w *wbuf) strs(ss []string) {
	w.count(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s)
	}
}

// time writes t as Unix seconds, nanoseconds and zone offset; the zero
// time is one 0 byte.
func (w *wbuf) time(t time.Time) {
	if t.IsZero() {
		w.uvarint(0)
		return
	}
	_, off := t.Zone()
	w.uvarint(1)
	w.int(t.Unix())
	w.uvarint(uint64(t.Nanosecond()))
	w.int(int64(off))
}

// body writes body as the literal text between the pieces it repeats, in
// order: a count of runs, then per run its literal text and the index of
// the piece after it (0 for none), then the literal tail. Any body
// round-trips; one that repeats the pieces costs little more than its
// paragraph breaks.
func (w *wbuf) body(body string, pieces []string) {
	type run struct {
		lit   string
		piece int
	}
	var runs []run
	rest := body
	for i, p := range pieces {
		if len(p) < 16 {
			continue // not worth a reference
		}
		j := strings.Index(rest, p)
		if j < 0 {
			continue
		}
		runs = append(runs, run{rest[:j], i + 1})
		rest = rest[j+len(p):]
	}
	w.uvarint(uint64(len(runs)))
	for _, r := range runs {
		w.str(r.lit)
		w.uvarint(uint64(r.piece))
	}
	w.str(rest)
}

// rbuf is a decoding under way; the first error sticks and later reads
// return zero values.
type rbuf struct {
	b   []byte
	err error
	// whole, when set, holds the record's bytes (b before any read) as a
	// string: str returns substrings of it instead of a copy each.
	whole string
}

// ownedRbuf reads a record from raw, a buffer of the caller's own that
// nothing writes to again (a fresh decompression): the strings it returns
// share raw's memory, as strings.Builder's do, where a lookup made a copy
// of each field (hundreds of allocations per readout).
func ownedRbuf(raw []byte) rbuf {
	if len(raw) == 0 {
		return rbuf{b: raw}
	}
	return rbuf{b: raw, whole: unsafe.String(&raw[0], len(raw))}
}

var errShort = errors.New("record ends early")

func (r *rbuf) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *rbuf) int() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *rbuf) u64() uint64 {
	if r.err != nil || len(r.b) < 8 {
		r.err = cmpErr(r.err, errShort)
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *rbuf) str() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.b)) {
		r.err = errShort
		return ""
	}
	var s string
	if r.whole != "" {
		at := len(r.whole) - len(r.b)
		s = r.whole[at : at+int(n)]
	} else {
		s = string(r.b[:n])
	}
	r.b = r.b[n:]
	return s
}

func (r *rbuf) bool() bool {
	if r.err != nil || len(r.b) < 1 {
		r.err = cmpErr(r.err, errShort)
		return false
	}
	v := r.b[0] != 0
	r.b = r.b[1:]
	return v
}

// count reads a slice's length; ok is false for a nil slice.
func (r *rbuf) count() (int, bool) {
	n := r.uvarint()
	if n == 0 || r.err != nil {
		return 0, false
	}
	if n-1 > uint64(len(r.b)) { // every element takes at least a byte
		r.err = errShort
		return 0, false
	}
	return int(n - 1), true
}

func (r *rbuf) strs() []string {
	n, ok := r.count()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *rbuf) time() time.Time {
	if r.uvarint() == 0 || r.err != nil {
		return time.Time{}
	}
	sec, nsec, off := r.int(), r.uvarint(), r.int()
	t := time.Unix(sec, int64(nsec))
	if off == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone("", int(off)))
}

func (r *rbuf) body(pieces []string) string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = cmpErr(r.err, errShort)
		return ""
	}
	var sb strings.Builder
	for range n {
		sb.WriteString(r.str())
		i := r.uvarint()
		if i > uint64(len(pieces)) {
			r.err = cmpErr(r.err, fmt.Errorf("body refers to piece %d of %d", i, len(pieces)))
			return ""
		}
		if i > 0 {
			sb.WriteString(pieces[i-1])
		}
	}
	sb.WriteString(r.str())
	return sb.String()
}

// cmpErr is the first non-nil error.
func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
