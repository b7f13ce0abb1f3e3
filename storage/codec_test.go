package storage

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/readout-bot/readout/readout"
)

// goldenReadouts are the parser's golden readouts.
func goldenReadouts(t testing.TB) map[string]*readout.Readout {
	t.Helper()
	files, err := filepath.Glob("../readout/testdata/*.golden.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden readouts: %v", err)
	}
	out := map[string]*readout.Readout{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var r readout.Readout
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if r.Published.IsZero() {
			r.Published = time.Date(2024, 2, 6, 8, 30, 0, 0, time.UTC)
		}
		out[filepath.Base(f)] = &r
	}
	return out
}

// Every golden readout comes back whole from its two records, and its
// head alone holds what a lookup shows.
func TestCodecGolden(t *testing.T) {
	for name, r := range goldenReadouts(t) {
		t.Run(name, func(t *testing.T) {
			head, text := encodeReadout(r)
			got, err := decodeReadout(head, text)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, r) {
				t.Errorf("decoded\n%+v\nstored\n%+v", got, r)
			}
			h, err := decodeHead(head)
			if err != nil {
				t.Fatal(err)
			}
			want := *r
			want.Body, want.Mentioned, want.Anniversaries, want.Pledges, want.Attachments = "", nil, nil, nil, nil
			want.Sections = append([]readout.Section(nil), r.Sections...)
			for i := range want.Sections {
				if want.Sections[i].Summary != "" {
					want.Sections[i].Text = ""
				}
			}
			if !reflect.DeepEqual(h, &want) {
				t.Errorf("head decoded\n%+v\nwant\n%+v", h, &want)
			}
		})
	}
}

// fill sets every field of v, recursively, to a value unlike its zero
// value and unlike the other fields' values, so that a field the codec
// leaves out (one added to readout.Readout later) fails the round trip.
func fill(v reflect.Value, seed *int) {
	*seed++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("value %d of a field, long enough to be found in the body", *seed))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*seed))
	case reflect.Float64:
		v.SetFloat(float64(*seed) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), seed)
		}
		v.Set(s)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2024, 3, *seed%28+1, 9, 30, 15, 500, time.FixedZone("", 9*3600))))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), seed)
			}
		}
	default:
		panic(fmt.Sprintf("fill: no value for a %s: teach fill and the codec this field's type", v.Type()))
	}
}

// Every field of a readout, however deep, survives the two records: a
// field added to readout.Readout (or to one of its parts) fails here until
// encodeHead or encodeText stores it.
func TestCodecEveryField(t *testing.T) {
	for _, summarized := range []bool{true, false} {
		var r readout.Readout
		seed := 0
		fill(reflect.ValueOf(&r).Elem(), &seed)
		if !summarized {
			for i := range r.Sections {
				r.Sections[i].Summary = ""
			}
		}
		r.Body = "Header\n" + r.Lead + "\n\n" + r.Sections[0].Text + "\n" + r.Sections[1].Text + "\nFooter"
		head, text := encodeReadout(&r)
		got, err := decodeReadout(head, text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, &r) {
			t.Errorf("summarized=%v: decoded\n%+v\nstored\n%+v", summarized, got, &r)
		}
	}
	// Nil and empty slices stay apart, as they did in JSON.
	r := readout.Readout{ID: "x", Parties: []string{}, Sections: []readout.Section{{Countries: []string{}}}}
	got, err := decodeReadout(encodeReadout(&r))
	if err != nil || !reflect.DeepEqual(got, &r) {
		t.Errorf("empty slices: decoded %+v, %v; want %+v", got, err, &r)
	}
}

// The body is stored as what lies between the lead and the sections'
// texts, and any body comes back, whether or not it repeats them.
func TestCodecBody(t *testing.T) {
	lead := "The two leaders met in Tokyo for seventy minutes."
	s1, s2 := "They agreed to cooperate on energy and trade.", "They exchanged views on the regional situation."
	for _, body := range []string{
		"",
		lead + "\n" + s1 + "\n" + s2,
		"Title\n\n" + lead + "\n1. Energy\n" + s1 + "\n2. Region\n" + s2 + "\nBack to top",
		s2 + "\n" + s1 + "\n" + lead, // out of order
		"unrelated text entirely",
		lead + lead,
	} {
		r := readout.Readout{Lead: lead, Body: body, Sections: []readout.Section{
			{Summary: "energy", Text: s1}, {Text: s2}}}
		got, err := decodeReadout(encodeReadout(&r))
		if err != nil {
			t.Fatalf("%q: %v", body, err)
		}
		if got.Body != body {
			t.Errorf("body %q came back as %q", body, got.Body)
		}
	}
}

// A damaged record is an error, never a panic nor a wrong readout.
func TestCodecDamaged(t *testing.T) {
	for name, r := range goldenReadouts(t) {
		head, text := encodeReadout(r)
		for cut := range len(head) {
			if _, err := decodeHead(head[:cut]); err == nil && cut < len(head)-1 {
				// Only the last byte (the provisional flag) may go
				// unnoticed; anything earlier misses a field.
				t.Errorf("%s: head cut at %d of %d decoded without error", name, cut, len(head))
			}
		}
		for _, cut := range []int{0, 1, len(text) / 2, len(text) - 1} {
			if _, err := decodeReadout(head, text[:cut]); err == nil {
				t.Errorf("%s: text cut at %d of %d decoded without error", name, cut, len(text))
			}
		}
		bad := strings.Replace(string(text), string(text[len(text)/2:len(text)/2+1]), "\xff", 1)
		_, _ = decodeReadout(head, []byte(bad)) // must not panic
	}
}

// The dictionary records are compressed with is frozen: a frame names it
// only by ID, so a changed file would make every stored readout
// undecodable (or decode to garbage). A new dictionary takes a new ID.
func TestZstdDictFrozen(t *testing.T) {
	const want = "217bcb83ca8603244e772a431d619d099dae79248387d55a09b308c15f5bc662"
	if got := fmt.Sprintf("%x", sha256.Sum256(zstdDict)); got != want {
		t.Fatalf("zstd-dict.txt changed (sha256 %s, want %s): restore it; a new dictionary needs a new ID and the old one kept for decoding", got, want)
	}
}

// Records compressed without the dictionary (as the first schema 3 files
// were) still decode.
func TestCodecWithoutDict(t *testing.T) {
	plain, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range goldenReadouts(t) {
		var h wbuf
		h = append(h, headV1)
		raw := encodeHead(r)
		if raw[0] == headV1Z {
			b, err := zdec().DecodeAll(raw[1:], nil)
			if err != nil {
				t.Fatal(err)
			}
			h = append(h, b...)
		} else {
			h = append(h, raw[1:]...)
		}
		zh := plain.EncodeAll(h[1:], []byte{headV1Z})
		text, err := zdec().DecodeAll(encodeText(r)[1:], nil)
		if err != nil {
			t.Fatal(err)
		}
		zt := plain.EncodeAll(text, []byte{textV1})
		got, err := decodeReadout(zh, zt)
		if err != nil || !reflect.DeepEqual(got, r) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
