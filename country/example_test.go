package country_test

import (
	"fmt"

	"github.com/readout-bot/readout/country"
)

func ExampleLookup() {
	for _, q := range []string{"kh", "Cambodian", "kingdom of cambodia", "u.s.", "korea", "Türkiye"} {
		c, ok := country.Lookup(q)
		fmt.Println(q, "->", c.Code, c.Name, ok)
	}
	// Output:
	// kh -> KH Cambodia true
	// Cambodian -> KH Cambodia true
	// kingdom of cambodia -> KH Cambodia true
	// u.s. -> US United States true
	// korea -> KR South Korea true
	// Türkiye -> TR Turkey true
}

func ExampleFind() {
	text := "Prime Minister Kishida stated that Japan would support the Kingdom of Cambodia, " +
		"and the two leaders discussed the South China Sea and Russia’s aggression against Ukraine."
	for _, m := range country.Find(text) {
		fmt.Println(m.Code, m.Start, m.End, m.Text)
	}
	// Output:
	// JP 35 40 Japan
	// KH 59 78 Kingdom of Cambodia
	// RU 134 140 Russia
	// UA 164 171 Ukraine
}

func ExampleSuggest() {
	if c, ok := country.Suggest("cambodai"); ok {
		fmt.Printf("did you mean %s?\n", c.Name)
	}
	// Output: did you mean Cambodia?
}

func ExampleFindOrgs() {
	fmt.Println(country.FindOrgs("Japan welcomed the ASEAN Chair's statement at the UN and the G7."))
	// Output: [ASEAN UN G7]
}

func ExampleFlag() {
	fmt.Println(country.Flag("JP"), country.Name("JP"))
	// Output: 🇯🇵 Japan
}
