package anniversary

import (
	"fmt"
	"strings"
	"time"
)

// Record is a fact as the store keeps it: one added by a user or learned
// from a readout, or the mark that hides a built-in fact of the same key.
// Its JSON form is the fact's own, plus "removed" and "updated".
type Record struct {
	Fact
	// Removed hides the built-in fact with the same key; the other fields
	// of the fact may then be empty apart from its parties and subject.
	Removed bool `json:"removed,omitempty"`
	// Updated is when the record was last written.
	Updated time.Time `json:"updated,omitzero"`
}

// Validate checks a record before it is written: a live fact must be
// valid (Fact.Validate), a removal mark needs only parties and a subject.
func (r Record) Validate() error {
	if r.Removed {
		if len(r.Parties) == 0 || strings.TrimSpace(r.Subject) == "" {
			return fmt.Errorf("removal mark %s: want parties and a subject", r.Key())
		}
		return nil
	}
	return r.Fact.Validate()
}
