package anniversary_test

import (
	"strings"
	"testing"

	"github.com/readout-bot/readout/anniversary"
)

func TestBuiltinRows(t *testing.T) {
	facts := anniversary.Builtin()
	if len(facts) < 45 {
		t.Fatalf("Builtin() has %d rows, want at least 45", len(facts))
	}
	seen := map[string]bool{}
	for _, f := range facts {
		if err := f.Validate(); err != nil {
			t.Errorf("row %s: %v", f.Key(), err)
		}
		if !strings.HasPrefix(f.Source, "https://") && !strings.HasPrefix(f.Source, "http://") {
			t.Errorf("row %s: source %q is not an http(s) URL", f.Key(), f.Source)
		}
		if n := len(f.Parties); n < 1 || n > 2 {
			t.Errorf("row %s: %d parties, want 1 or 2", f.Key(), n)
		}
		for _, p := range f.Parties {
			if !anniversary.IsCountryCode(p) && !anniversary.IsOrg(p) {
				t.Errorf("row %s: party %q is neither a country code nor a known organisation", f.Key(), p)
			}
		}
		if _, _, err := anniversary.ParseDate(f.Since.Format(f.Precision)); err != nil {
			t.Errorf("row %s: since %q does not parse: %v", f.Key(), f.Since.Format(f.Precision), err)
		}
		if seen[f.Key()] {
			t.Errorf("row %s appears twice", f.Key())
		}
		seen[f.Key()] = true
	}
}

func TestBuiltinCoverage(t *testing.T) {
	pairs := map[string]bool{}
	for _, f := range anniversary.Builtin() {
		pairs[strings.Join(f.Parties, "-")] = true
	}
	pair := func(a, b string) string {
		if a > b {
			a, b = b, a
		}
		return a + "-" + b
	}
	asean := []string{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"}
	for _, base := range []string{"JP", "US"} {
		for _, other := range append(append([]string{}, asean...), "CN", "KR", "IN", "GB", "DE", "JP", "US") {
			if other == base {
				continue
			}
			if !pairs[pair(base, other)] {
				t.Errorf("no built-in row for %s", pair(base, other))
			}
		}
	}
	for _, p := range []string{"ASEAN-JP", "ASEAN-US", "ASEAN-CN", "CN-GB", "CN-DE"} {
		if !pairs[p] {
			t.Errorf("no built-in row for %s", p)
		}
	}
}

// TestBuiltinKnownDates pins the dates the project notes name.
func TestBuiltinKnownDates(t *testing.T) {
	byKey := map[string]anniversary.Fact{}
	for _, f := range anniversary.Builtin() {
		byKey[f.Key()] = f
	}
	tests := []struct {
		key  string
		want string
		prec anniversary.Precision
	}{
		{"JP-KH/diplomatic relations", "1953", anniversary.Year},
		{"JP-PH/diplomatic relations", "1956-07-23", anniversary.Day},
		{"JP-KR/diplomatic relations", "1965-06-22", anniversary.Day},
		{"CN-JP/diplomatic relations", "1972-09-29", anniversary.Day},
		{"CN-US/re-established diplomatic relations", "1979-01-01", anniversary.Day},
		{"KH-US/diplomatic relations", "1950-07-11", anniversary.Day},
		{"KH-US/re-established diplomatic relations", "1994-05-17", anniversary.Day},
		{"ASEAN-JP/friendship and cooperation", "1973", anniversary.Year},
	}
	for _, tt := range tests {
		f, ok := byKey[tt.key]
		if !ok {
			t.Errorf("no built-in row %s", tt.key)
			continue
		}
		if got := f.Since.Format(f.Precision); got != tt.want || f.Precision != tt.prec {
			t.Errorf("%s since %s (%v), want %s (%v)", tt.key, got, f.Precision, tt.want, tt.prec)
		}
	}
	if got := byKey["JP-KH/diplomatic relations"].Ordinal(2023); got != 70 {
		t.Errorf("JP-KH ordinal in 2023 = %d, want 70", got)
	}
}

func TestBuiltinIsACopy(t *testing.T) {
	a := anniversary.Builtin()
	a[0].Parties[0] = "ZZ"
	a[0].Subject = "changed"
	b := anniversary.Builtin()
	if b[0].Parties[0] == "ZZ" || b[0].Subject == "changed" {
		t.Errorf("Builtin() shares memory between calls: %+v", b[0])
	}
}

func TestReadCSV(t *testing.T) {
	const header = "parties,subject,since,source,note\n"
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr string
	}{
		{name: "ok", in: header + "# comment\nJP-KH,diplomatic relations,1953,https://example.org/a,\nASEAN-JP,friendship and cooperation,1973-12,https://example.org/b,a note\n", want: 2},
		{name: "empty table", in: header, want: 0},
		{name: "no header", in: "", wantErr: "header"},
		{name: "wrong header", in: "a,b,c,d,e\n", wantErr: "header"},
		{name: "bad date", in: header + "JP-KH,diplomatic relations,1953-02-30,https://example.org/a,\n", wantErr: "line 2"},
		{name: "bad party", in: header + "JP-XYZ,diplomatic relations,1953,https://example.org/a,\n", wantErr: "line 2"},
		{name: "unsorted parties", in: header + "KH-JP,diplomatic relations,1953,https://example.org/a,\n", wantErr: "sorted"},
		{name: "no source", in: header + "JP-KH,diplomatic relations,1953,,\n", wantErr: "source"},
		{name: "duplicate key", in: header + "JP-KH,diplomatic relations,1953,https://example.org/a,\nJP-KH,Diplomatic Relations,1953-01,https://example.org/b,\n", wantErr: "already on line 2"},
		{name: "short row", in: header + "JP-KH,diplomatic relations,1953\n", wantErr: "fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := anniversary.ReadCSV(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ReadCSV error = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadCSV: %v", err)
			}
			if len(got) != tt.want {
				t.Errorf("ReadCSV returned %d facts, want %d", len(got), tt.want)
			}
		})
	}
}
