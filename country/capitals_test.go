package country

import "testing"

func TestCapital(t *testing.T) {
	for city, want := range map[string]string{
		"Lima": "PE", "Brasília": "BR", "Brasilia": "BR", "Suva": "FJ", "Nuku'alofa": "TO", "Putrajaya": "MY",
		"Astana": "KZ", "The Hague": "NL", "Chișinău": "MD", "Chisinau": "MD", "Reykjavík": "IS", "Jerusalem": "", "Singapore": "", "lima": "", "Springfield": "",
	} {
		if got := Capital(city); got != want {
			t.Errorf("Capital(%q) = %q, want %q", city, got, want)
		}
	}
	// Every code is a country Find knows.
	for city, code := range capitals {
		if _, ok := ByCode(code); code != "" && !ok {
			t.Errorf("%s: no country %q", city, code)
		}
	}
}
