package readout

import (
	"slices"

	"github.com/readout-bot/readout/country"
)

// findCountries returns the ISO codes of the countries named in text, in
// order of first mention.
func findCountries(text string) []string {
	codes := country.AppendCodes(nil, text)
	if codes == nil {
		codes = []string{}
	}
	return codes
}

// findOrgs returns the organisations named in text ("ASEAN", "UN").
func findOrgs(text string) []string {
	return country.FindOrgs(text)
}

// countryOf returns the country of a participant from their title: the
// last country it names ("Prime Minister of the Kingdom of Cambodia",
// "Australian Foreign Minister"), or "".
func countryOf(title string) string {
	// ("Special Envoy of the Secretary-General for Myanmar": the country
	// an envoy's office is for is not his; the Secretary-General alone is
	// the UN's. "Special Envoy for Ukraine of Germany" is Germany's.)
	if t, ok := withoutEnvoyPost(title); ok {
		if c := country.LastCode(t); c != "" || !containsText(t, "the Secretary-General") {
			return c
		}
		return "UN"
	}
	return country.LastCode(title)
}

// envoyWords are the offices held "for" a country or region: "Special
// Envoy for Yemen", "Special Representative for the Sahel".
var envoyWords = []string{"Envoy", "Representative", "Coordinator", "Rapporteur"}

// withoutEnvoyPost returns s without the country named right after "for"
// in an envoy's office ("UN Special Envoy for Yemen", "Special Envoy of
// the Secretary-General for Myanmar"), which is the office's portfolio,
// not its holder's country nor a side of the meeting; ok says one was
// taken out.
func withoutEnvoyPost(s string) (string, bool) {
	for from := 0; ; {
		k := indexText(s[from:], " for ")
		if k < 0 {
			return s, false
		}
		k += from
		from = k + len(" for ")
		if !containsAny(s[:k], envoyWords...) {
			continue
		}
		if c := leadingCountry(s[from:]); c != "" {
			return s[:k] + s[from+len(c):], true
		}
	}
}

// findCountryMentions returns the countries named in text with their offsets.
func findCountryMentions(text string) []country.Mention {
	return country.Find(text)
}

// bodyMentions returns country.Find(body), found once in a parse: the
// body's countries and each section's are read from it (bodyCountries,
// sectionCountries) instead of scanning the sections again.
func (c *sentCache) bodyMentions(body string) []country.Mention {
	if c == nil {
		return country.Find(body)
	}
	if !c.bodyScanned || c.body != body {
		// The slice of an earlier parse is reused (release empties it).
		c.body, c.bodyMs, c.bodyScanned = body, country.AppendMentions(c.bodyMs[:0], body), true
	}
	return c.bodyMs
}

// bodyCountries is findCountries(body).
func (c *sentCache) bodyCountries(body string) []string {
	codes := []string{}
	for _, m := range c.bodyMentions(body) {
		if !slices.Contains(codes, m.Code) {
			codes = append(codes, m.Code)
		}
	}
	return codes
}

// sectionCountries is findCountries(heading + "\n" + text) for a section
// of body; *at is where headingAndText looks for it. Where body holds the
// section as a part that stands alone (after a space or a line break, up
// to a line break or the end, and no name found in body runs across
// either end), the body's scan found in it what a scan of the part
// finds: a name is found from a capital that starts a word, and no word
// runs across either end. Else the part is scanned.
func (c *sentCache) sectionCountries(body string, at *int, heading, text string) []string {
	part, start := headingAndText(body, at, heading, text)
	end := start + len(part)
	if start < 0 || start > 0 && body[start-1] != ' ' && body[start-1] != '\n' || end < len(body) && body[end] != '\n' {
		return findCountries(part)
	}
	codes := []string{}
	for _, m := range c.bodyMentions(body) {
		if m.Start < start && m.End > start || m.Start < end && m.End > end {
			return findCountries(part) // a name across an end
		}
		if m.Start >= start && m.End <= end && !slices.Contains(codes, m.Code) {
			codes = append(codes, m.Code)
		}
	}
	return codes
}
