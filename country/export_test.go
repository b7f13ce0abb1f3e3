package country

import (
	"slices"
)

// All returns every country, ordered by alpha-2 code with Kosovo (XK) last.
// The result is a copy the caller may modify.
func All() []Country {
	out := make([]Country, len(countries))
	for i, c := range countries {
		out[i] = c.clone()
	}
	return out
}

// Orgs returns every organisation the package knows, in a fixed order.
func Orgs() []Org {
	out := make([]Org, len(orgs))
	for i, o := range orgs {
		o.Aliases = slices.Clone(o.Aliases)
		out[i] = o
	}
	return out
}
