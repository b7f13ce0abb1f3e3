package readout

// summarize chooses one sentence of text and condenses it to at most
// maxSummary characters.
func summarize(text string) string {
	return summarizeAnalyzed(analyze(text, nil), maxSummary, nil)
}

// findAnniversaries returns the anniversaries named in sentences, each with
// the calendar year in which it falls, resolved against pubYear ("this
// year", "next year", "in 2023").
func findAnniversaries(sentences []string, pubYear int, order []string) []Anniversary {
	return anniversariesOf(sentences, pubYear, order, nil)
}

// findPledges returns the money amounts of sentences, with currency and
// purpose.
func findPledges(sentences []string) []Pledge {
	return pledgesOf(sentences, nil)
}
