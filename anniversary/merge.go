package anniversary

import (
	"fmt"
	"strings"
)

// Merge folds learned (typically from a readout: "the 70th anniversary …
// this year") into existing, the stored fact with the same key, and returns
// the result, whether it differs from existing, and a description of any
// conflict ("" when there is none).
//
// The rules:
//   - facts with different keys are not merged: existing is returned with a
//     conflict message;
//   - an empty existing (no parties) is replaced by learned;
//   - when the two dates agree as far as the coarser precision goes, the
//     more precise one wins, so a learned date only ever refines a stored
//     one and never replaces a day-precise date;
//   - when they disagree, existing is kept whatever the precisions and the
//     conflict is described, for a person to settle.
func Merge(existing, learned Fact) (Fact, bool, string) {
	if len(existing.Parties) == 0 {
		return learned, true, ""
	}
	if existing.Key() != learned.Key() {
		return existing, false, fmt.Sprintf("not the same fact: %s and %s", existing.Key(), learned.Key())
	}
	if !agrees(existing.Since, existing.Precision, learned.Since, learned.Precision) {
		return existing, false, fmt.Sprintf("%s: %s from %s disagrees with %s from %s; kept %s",
			existing.Key(),
			learned.Since.Format(learned.Precision), sourceOrUnknown(learned.Source),
			existing.Since.Format(existing.Precision), sourceOrUnknown(existing.Source),
			existing.Since.Format(existing.Precision))
	}
	if !learned.Precision.finer(existing.Precision) {
		return existing, false, ""
	}
	merged := existing
	merged.Since, merged.Precision, merged.Source = learned.Since, learned.Precision, learned.Source
	if merged.Note == "" {
		merged.Note = learned.Note
	}
	return merged, true, ""
}

func sourceOrUnknown(s string) string {
	if strings.TrimSpace(s) == "" {
		return "an unknown source"
	}
	return s
}

// Learned builds the year-precision fact implied by a mention such as "the
// 70th anniversary of diplomatic relations" in a text about year: the
// relationship counts from year-ordinal. Parties are normalized; source is
// typically "readout:<id>".
func Learned(parties []string, subject string, ordinal, year int, source string) (Fact, error) {
	if ordinal < 1 {
		return Fact{}, fmt.Errorf("anniversary: learned fact: ordinal %d is not positive", ordinal)
	}
	f := Fact{
		Parties:   parties,
		Subject:   subject,
		Since:     Date{Year: year - ordinal},
		Precision: Year,
		Source:    source,
	}.Normalize()
	if err := f.Validate(); err != nil {
		return Fact{}, fmt.Errorf("anniversary: learned fact: %w", err)
	}
	return f, nil
}
