package anniversary_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/anniversary"
)

func TestCheck(t *testing.T) {
	good := fact(t, "JP-KH", "diplomatic relations", "1953-01-09")
	unknown := fact(t, "JP-XX", "diplomatic relations", "1960")
	noSource := fact(t, "JP-LA", "diplomatic relations", "1955-03")
	noSource.Source = ""
	known := func(code string) bool { return code != "XX" }
	errs := anniversary.Check([]anniversary.Fact{good, unknown, noSource, good}, known)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{`"XX" is not an assigned`, "JP-LA/diplomatic relations: source", "JP-KH/diplomatic relations: given twice"} {
		if !strings.Contains(all, want) {
			t.Errorf("Check lacks %q:\n%s", want, all)
		}
	}
	if errs := anniversary.Check([]anniversary.Fact{good}, known); len(errs) != 0 {
		t.Errorf("a good table: %v", errs)
	}
}

func TestSummarize(t *testing.T) {
	facts := []anniversary.Fact{
		fact(t, "JP-KH", "diplomatic relations", "1953-01-09"),
		fact(t, "JP-LA", "diplomatic relations", "1955-03-05"),
		fact(t, "ASEAN-JP", "friendship and cooperation", "1973"),
	}
	s := anniversary.Summarize(facts)
	if s.Rows != 3 || anniversary.Of(s.ByPrecision, "day") != 2 || anniversary.Of(s.ByPrecision, "year") != 1 {
		t.Errorf("by precision: %+v", s.ByPrecision)
	}
	if s.ByParty[0] != (anniversary.Count{Value: "JP", Rows: 3}) {
		t.Errorf("by party, first: %+v, want JP 3", s.ByParty[0])
	}
	if anniversary.Of(s.BySource, "example.org") != 3 {
		t.Errorf("by source: %+v", s.BySource)
	}
}

func TestTargetReport(t *testing.T) {
	target := anniversary.Target{Rows: 3, DayPrecise: 2}
	day := func(d string) anniversary.Fact { return fact(t, "JP-KH", "diplomatic relations "+d, d) }
	tests := []struct {
		name  string
		facts []anniversary.Fact
		want  string
		met   bool
	}{
		{"both short", []anniversary.Fact{day("1953-01-09"), day("1953")},
			"target: rows 2 of 3 MISS, day-precise 1 of 2 MISS", false},
		{"rows short", []anniversary.Fact{day("1953-01-09"), day("1954-01-09")},
			"target: rows 2 of 3 MISS, day-precise 2 of 2 PASS", false},
		{"day short", []anniversary.Fact{day("1953-01-09"), day("1953"), day("1954-02")},
			"target: rows 3 of 3 PASS, day-precise 1 of 2 MISS", false},
		{"met", []anniversary.Fact{day("1953-01-09"), day("1954-01-09"), day("1955"), day("1956")},
			"target: rows 4 of 3 PASS, day-precise 2 of 2 PASS", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := anniversary.Summarize(tt.facts)
			if got := target.Report(s); got != tt.want {
				t.Errorf("Report = %q, want %q", got, tt.want)
			}
			if got := target.Met(s); got != tt.met {
				t.Errorf("Met = %v, want %v", got, tt.met)
			}
		})
	}
}

// TestBuiltinTableChecks is what `readout anniversaries --check` runs in CI,
// minus the country codes (the country package checks those there).
func TestBuiltinTableChecks(t *testing.T) {
	facts, err := anniversary.BuiltinErr()
	if err != nil {
		t.Fatal(err)
	}
	if errs := anniversary.Check(facts, nil); len(errs) > 0 {
		t.Errorf("built-in table: %v", errs)
	}
}
