package readout

import (
	"reflect"
	"slices"
	"testing"
)

// TestOfficesNext checks officeAt with its memory of where each office
// next stands (one officesNext for a text read left to right) against a
// fresh officesNext at each offset, on the sample lines and a few texts
// of offices, read in steps of three bytes and of eleven.
func TestOfficesNext(t *testing.T) {
	texts := []string{"", "Minister ", "Prime Minister Kishida met President Biden and Vice-Minister Sato.",
		"Deputy Secretary of State X, Secretary Y and Foreign Minister Z; Ambassador W, Senator V, Chancellor U.",
		"the Minister-President, President-elect, Prime Minister of Japan Kishida Fumio and the Prime Minister"}
	texts = append(texts, scanInputs(t)...)
	for _, s := range texts {
		for _, step := range []int{3, 11} {
			var next officesNext
			for i := 0; i < len(s); i += step {
				var fresh officesNext
				gs, ge := next.officeAt(s, i)
				ws, we := fresh.officeAt(s, i)
				if gs != ws || ge != we {
					t.Fatalf("officeAt(%q, %d) after earlier offsets = %d, %d; fresh %d, %d", s, i, gs, ge, ws, we)
				}
			}
		}
	}
}

// TestFactWordsRoom checks the fact words a cache keeps in its room
// against scanFacts' own, on the sample lines, and that an append to a
// list taken from the room leaves the next list as it was.
func TestFactWordsRoom(t *testing.T) {
	c := newSentCache(16)
	defer c.release()
	var got [][]string
	lines := scanInputs(t)
	for _, s := range lines {
		w := c.scanFacts(s).words
		_ = append(w, "X") // must copy
		got = append(got, w)
	}
	for i, s := range lines {
		if want := scanFacts(s).words; !slices.Equal(got[i], want) {
			t.Fatalf("fact words of %q = %q, want %q", s, got[i], want)
		}
	}
}

// TestParseAgainFromPool parses each sample twice, the second time with
// the first parse's cache (its rooms emptied): the readouts are the same.
func TestParseAgainFromPool(t *testing.T) {
	for _, fx := range fixtures {
		a := loadFixture(t, fx.file, fx.doc)
		b := loadFixture(t, fx.file, fx.doc)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: a second parse differs", fx.file)
		}
	}
}
