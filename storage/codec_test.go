package storage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
)

// decodeReadout reads with JSON v2 what encodeReadout wrote with
// encoding/json. The two differ in places (case-insensitive names,
// invalid UTF-8, duplicate names), none of which our own documents have:
// every golden readout decodes to the same value both ways, whole and as
// the brief copy.
func TestDecodeMatchesEncodingJSON(t *testing.T) {
	files, err := filepath.Glob("../readout/testdata/*.golden.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden readouts: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var r readout.Readout
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatal(err)
			}
			if r.Published.IsZero() {
				r.Published = time.Date(2024, 2, 6, 8, 30, 0, 0, time.UTC)
			}
			for name, in := range map[string]*readout.Readout{"whole": &r, "brief": brief(&r)} {
				v, err := encodeReadout(in)
				if err != nil {
					t.Fatal(err)
				}
				got, err := decodeReadout(v)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				var w storedReadout
				if err := json.Unmarshal(v, &w); err != nil {
					t.Fatal(err)
				}
				want := readout.Readout(w.plainReadout)
				want.Published = w.PublishedAt
				if !reflect.DeepEqual(got, &want) {
					t.Errorf("%s: JSON v2 decodes\n%+v\nencoding/json decodes\n%+v", name, got, &want)
				}
			}
		})
	}
}
