package anniversary_test

import (
	"fmt"
	"time"

	"github.com/readout-bot/readout/anniversary"
)

func ExampleDue() {
	facts := []anniversary.Fact{{
		Parties:   []string{"JP", "KH"},
		Subject:   "diplomatic relations",
		Since:     anniversary.Date{Year: 1953, Month: 1, Day: 9},
		Precision: anniversary.Day,
		Source:    "https://example.org/japan-cambodia",
	}}
	countries := map[string]string{"JP": "Japan", "KH": "Cambodia"}
	today := time.Date(2027, 12, 10, 9, 0, 0, 0, time.UTC)
	for _, r := range anniversary.Due(facts, today, time.UTC, []int{30, 7, 0}, false) {
		fmt.Println(r.Text(func(code string) string { return countries[code] }))
	}
	// Output:
	// In 30 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: example.org)
}

func ExampleParseDate() {
	for _, s := range []string{"1953-01-09", "1958-04", "1973"} {
		d, p, err := anniversary.ParseDate(s)
		fmt.Println(d, p, err)
	}
	// Output:
	// {1953 1 9} day <nil>
	// {1958 4 0} month <nil>
	// {1973 0 0} year <nil>
}
