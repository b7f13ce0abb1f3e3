package readout

import "testing"

// Every expression of the package compiles, and parsing a readout makes
// none: lazyRegexp is for package-level expressions only, since each one it
// makes stays in lazyREs.
func TestRegexpsCompile(t *testing.T) {
	n := len(lazyREs)
	if n < 50 {
		t.Fatalf("only %d expressions registered: are the package's regexps made with lazyRegexp?", n)
	}
	for _, l := range lazyREs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("expression %q: %v", l.src, r)
				}
			}()
			l.get()
		}()
	}
	for _, f := range fixtures {
		loadFixture(t, f.file, f.doc)
	}
	if len(lazyREs) != n {
		t.Errorf("parsing made %d expressions; make them at package level", len(lazyREs)-n)
	}
}
