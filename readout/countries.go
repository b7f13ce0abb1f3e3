package readout

import "github.com/readout-bot/readout/country"

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
	return country.LastCode(title)
}

// findCountryMentions returns the countries named in text with their offsets.
func findCountryMentions(text string) []country.Mention {
	return country.Find(text)
}
