package anniversary_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/anniversary"
)

func TestMerge(t *testing.T) {
	stored := func(since string) anniversary.Fact {
		f := fact(t, "JP-KH", "diplomatic relations", since)
		f.Source = "https://example.org/mofa"
		return f
	}
	learned := func(since string) anniversary.Fact {
		f := fact(t, "JP-KH", "diplomatic relations", since)
		f.Source = "readout:r1"
		return f
	}
	tests := []struct {
		name         string
		existing     anniversary.Fact
		learned      anniversary.Fact
		wantSince    string
		wantSource   string
		wantChanged  bool
		wantConflict string // substring; "" means no conflict
	}{
		{"nothing stored yet", anniversary.Fact{}, learned("1953"), "1953", "readout:r1", true, ""},
		{"learned year refines nothing on a day", stored("1953-01-09"), learned("1953"), "1953-01-09", "https://example.org/mofa", false, ""},
		{"learned month never replaces a day", stored("1953-01-09"), learned("1953-01"), "1953-01-09", "https://example.org/mofa", false, ""},
		{"same day learned again", stored("1953-01-09"), learned("1953-01-09"), "1953-01-09", "https://example.org/mofa", false, ""},
		{"learned day conflicts with a stored day", stored("1953-01-09"), learned("1953-01-10"), "1953-01-09", "https://example.org/mofa", false, "1953-01-10 from readout:r1 disagrees with 1953-01-09"},
		{"learned year conflicts with a stored day", stored("1953-01-09"), learned("1954"), "1953-01-09", "https://example.org/mofa", false, "kept 1953-01-09"},
		{"learned day refines a stored year", stored("1953"), learned("1953-01-09"), "1953-01-09", "readout:r1", true, ""},
		{"learned month refines a stored year", stored("1953"), learned("1953-01"), "1953-01", "readout:r1", true, ""},
		{"learned day refines a stored month", stored("1953-01"), learned("1953-01-09"), "1953-01-09", "readout:r1", true, ""},
		{"learned day outside a stored month", stored("1953-01"), learned("1953-02-05"), "1953-01", "https://example.org/mofa", false, "disagrees"},
		{"same year learned again", stored("1953"), learned("1953"), "1953", "https://example.org/mofa", false, ""},
		{"learned year conflicts with a stored year", stored("1953"), learned("1954"), "1953", "https://example.org/mofa", false, "JP-KH/diplomatic relations: 1954 from readout:r1 disagrees with 1953 from https://example.org/mofa; kept 1953"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed, conflict := anniversary.Merge(tt.existing, tt.learned)
			if s := got.Since.Format(got.Precision); s != tt.wantSince {
				t.Errorf("merged since = %s, want %s", s, tt.wantSince)
			}
			if got.Source != tt.wantSource {
				t.Errorf("merged source = %q, want %q", got.Source, tt.wantSource)
			}
			if changed != tt.wantChanged {
				t.Errorf("changed = %v, want %v", changed, tt.wantChanged)
			}
			switch {
			case tt.wantConflict == "" && conflict != "":
				t.Errorf("conflict = %q, want none", conflict)
			case tt.wantConflict != "" && !strings.Contains(conflict, tt.wantConflict):
				t.Errorf("conflict = %q, want it to contain %q", conflict, tt.wantConflict)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("merged fact does not validate: %v", err)
			}
		})
	}
}

func TestMergeDifferentFacts(t *testing.T) {
	a := fact(t, "JP-KH", "diplomatic relations", "1953")
	b := fact(t, "JP-LA", "diplomatic relations", "1955-03-05")
	got, changed, conflict := anniversary.Merge(a, b)
	if changed || got.Key() != a.Key() || !strings.Contains(conflict, "not the same fact") {
		t.Errorf("Merge(JP-KH, JP-LA) = %s, %v, %q; want JP-KH unchanged and a conflict", got.Key(), changed, conflict)
	}
}

func TestMergeKeepsNote(t *testing.T) {
	existing := fact(t, "JP-KH", "diplomatic relations", "1953")
	existing.Note = "resumed in 1992"
	l := fact(t, "JP-KH", "Diplomatic Relations", "1953-01-09")
	l.Note = "from a readout"
	got, changed, _ := anniversary.Merge(existing, l)
	if !changed || got.Note != "resumed in 1992" || got.Subject != "diplomatic relations" {
		t.Errorf("Merge = %+v (changed %v), want the day adopted with the stored note and subject", got, changed)
	}
}

func TestLearned(t *testing.T) {
	f, err := anniversary.Learned([]string{"kh", "JP"}, "diplomatic relations", 70, 2023, "readout:mofa-page3e_000943")
	if err != nil {
		t.Fatalf("Learned: %v", err)
	}
	if f.Key() != "JP-KH/diplomatic relations" || f.Since.Format(f.Precision) != "1953" || f.Parties[0] != "JP" {
		t.Errorf("Learned = %+v, want JP-KH diplomatic relations since 1953", f)
	}
	for _, tt := range []struct {
		name    string
		parties []string
		ordinal int
		source  string
	}{
		{"zero ordinal", []string{"JP", "KH"}, 0, "readout:x"},
		{"bad party", []string{"JP", "Cambodia"}, 70, "readout:x"},
		{"no source", []string{"JP", "KH"}, 70, ""},
	} {
		if _, err := anniversary.Learned(tt.parties, "diplomatic relations", tt.ordinal, 2023, tt.source); err == nil {
			t.Errorf("Learned(%s) = nil error, want one", tt.name)
		}
	}
}
