package country

import "testing"

// A country with more than one city in the table names its capital in
// seats, so that CapitalOf does not depend on the map's order.
func TestCapitalOfSeats(t *testing.T) {
	n := map[string]int{}
	for _, c := range capitals {
		n[c]++
	}
	for c, k := range n {
		if _, ok := seats[c]; k > 1 && c != "" && !ok {
			t.Errorf("%s has %d capitals and no seat", c, k)
		}
	}
	for code, want := range map[string]string{"KZ": "Astana", "IN": "New Delhi", "BR": "Brasília", "NL": "", "FR": "Paris", "XX": ""} {
		if got := CapitalOf(code); got != want {
			t.Errorf("CapitalOf(%s) = %q, want %q", code, got, want)
		}
	}
	for code, city := range seats {
		if city != "" && Capital(city) != code {
			t.Errorf("seat %s of %s is not in the table", city, code)
		}
	}
}
