package reminders

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// Facts returns the facts reminders are made of, sorted by key: the
// built-in table with the stored records folded in. A fact added by a user
// replaces the built-in one with the same key (a person settles); a learned
// fact is merged into it by anniversary.Merge, so it only ever refines its
// date; a removal mark hides it.
func (s *Service) Facts() ([]anniversary.Fact, error) {
	recs, err := s.Store.Facts()
	if err != nil {
		return nil, err
	}
	facts := s.builtin()
	// keys[i] is facts[i].Key(), computed once: the sort compares keys
	// n log n times, and each Key allocates.
	keys := make([]string, len(facts))
	index := make(map[string]int, len(facts))
	for i, f := range facts {
		keys[i] = f.Key()
		index[keys[i]] = i
	}
	removed := map[string]bool{}
	for _, rec := range recs {
		k := rec.Key()
		i, has := index[k]
		switch {
		case rec.Removed:
			removed[k] = true
		case !has:
			index[k] = len(facts)
			facts = append(facts, rec.Fact)
			keys = append(keys, k)
		case isLearned(rec.Source):
			merged, _, conflict := anniversary.Merge(facts[i], rec.Fact)
			if conflict != "" {
				s.logger().Debug("learned anniversary disagrees with the table", "fact_key", k, "conflict", conflict)
			}
			facts[i] = merged
		default:
			facts[i] = rec.Fact
		}
	}
	order := make([]int, 0, len(facts))
	for i := range facts {
		if !removed[keys[i]] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	out := make([]anniversary.Fact, len(order))
	for j, i := range order {
		out[j] = facts[i]
	}
	return out, nil
}

func isLearned(source string) bool { return strings.HasPrefix(source, "readout:") }

// Learn stores the anniversaries r mentions between exactly two parties
// (two countries, or a country and an organisation) as year-precision facts
// with the readout as source. A learned fact never replaces a more precise
// or a disagreeing one, nor one a user removed; a disagreement is logged.
// Errors are logged: learning is a side line of ingesting a readout.
func (s *Service) Learn(ctx context.Context, r *readout.Readout) {
	if r == nil || ctx.Err() != nil {
		return
	}
	log := s.logger().With("readout_id", r.ID)
	builtin := map[string]anniversary.Fact{}
	for _, f := range s.builtin() {
		builtin[f.Key()] = f
	}
	for _, f := range FactsFrom(r) {
		key := f.Key()
		if b, ok := builtin[key]; ok {
			f.Subject = b.Subject // the table's spelling
		}
		var stored bool
		err := s.Store.UpdateFact(key, func(cur anniversary.Record, found bool) (anniversary.Record, bool, error) {
			stored = false
			existing, from := cur.Fact, "stored"
			switch {
			case found && cur.Removed:
				return cur, false, nil
			case !found:
				b, ok := builtin[key]
				if !ok {
					stored = true
					return anniversary.Record{Fact: f}, true, nil
				}
				existing, from = b, "built-in"
			}
			merged, changed, conflict := anniversary.Merge(existing, f)
			if conflict != "" {
				log.Warn("learned anniversary disagrees with the "+from+" fact; kept it", "fact_key", key, "conflict", conflict)
			}
			stored = changed
			return anniversary.Record{Fact: merged}, changed, nil
		})
		if err != nil {
			log.Error("store learned anniversary", "fact_key", key, "error", err)
			continue
		}
		if stored {
			log.Info("learned anniversary", "fact_key", key, "since", f.Since.Format(f.Precision))
		}
	}
}

// FactsFrom returns the facts implied by the anniversaries r mentions: one
// year-precision fact for each anniversary between exactly two parties (two
// countries, or a country and an organisation the anniversary package
// knows), with "readout:<r.ID>" as source. "Next year … the 70th
// anniversary of the establishment of diplomatic relations between
// Cambodia and Japan" in a readout of 2022 gives JP-KH diplomatic relations
// since 1953.
func FactsFrom(r *readout.Readout) []anniversary.Fact {
	if r == nil || r.ID == "" {
		return nil
	}
	var out []anniversary.Fact
	for _, a := range r.Anniversaries {
		parties := partiesOf(a)
		if len(parties) != 2 || a.Ordinal < 1 || a.Year < 1 {
			continue
		}
		subject := cleanSubject(a.Subject)
		if subject == "" {
			continue
		}
		f, err := anniversary.Learned(parties, subject, a.Ordinal, a.Year, "readout:"+r.ID)
		if err != nil {
			continue
		}
		if !slices.ContainsFunc(out, func(g anniversary.Fact) bool { return g.Key() == f.Key() }) {
			out = append(out, f)
		}
	}
	return out
}

// partiesOf returns the distinct countries and known organisations of a.
func partiesOf(a readout.Anniversary) []string {
	var out []string
	for _, c := range a.Countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if anniversary.IsCountryCode(c) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, o := range a.Orgs {
		o = strings.ToUpper(strings.TrimSpace(o))
		if anniversary.IsOrg(o) && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

var (
	// subjectLead is wording before the relationship itself.
	subjectLead = regexp.MustCompile(`(?i)^(?:the\s+)?(?:(?:establishment|normali[sz]ation|conclusion|signing|launch|start)\s+of(?:\s+the)?(?:\s+|$))?`)
	// subjectBetween is a trailing "between X and Y".
	subjectBetween = regexp.MustCompile(`(?i)\s+between\s+.+$`)
)

// cleanSubject reduces a readout's wording to the relationship: "the
// establishment of diplomatic relations between Cambodia and Japan" becomes
// "diplomatic relations", "ASEAN-Japan Friendship and Cooperation" becomes
// "Friendship and Cooperation", "UN Peace Keeping Operation (PKO)
// deployment" becomes "Peace Keeping Operation (PKO) deployment".
func cleanSubject(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = subjectBetween.ReplaceAllString(s, "")
	s = subjectLead.ReplaceAllString(s, "")
	if words := strings.Fields(s); len(words) > 1 {
		for n := min(5, len(words)-1); n > 0; n-- {
			if isPartyPair(strings.Join(words[:n], " ")) {
				s = strings.Join(words[n:], " ")
				break
			}
		}
	}
	if first, rest, ok := strings.Cut(s, " "); ok && anniversary.IsOrg(first) {
		s = rest // "UN Peace Keeping Operation": the party is named anyway
	}
	if first, rest, ok := strings.Cut(s, " "); ok && strings.HasSuffix(first, "'s") {
		if _, ok := resolveParty(strings.TrimSuffix(first, "'s")); ok {
			s = rest
		}
	}
	return strings.TrimSpace(strings.Trim(s, " .,;:"))
}

// isPartyPair reports whether w is two or more party names joined by
// hyphens or dashes: "ASEAN-Japan", "Japan–Cambodia".
func isPartyPair(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' || r == '—' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if _, ok := resolveParty(p); !ok {
			return false
		}
	}
	return true
}

// resolveParty resolves a user's or a readout's words to a party code: a
// country (any name, code, alias or demonym), or an organisation a fact may
// name.
func resolveParty(q string) (string, bool) {
	q = strings.TrimSpace(q)
	if q == "" {
		return "", false
	}
	if c, ok := country.Lookup(q); ok {
		return c.Code, true
	}
	if o, ok := country.OrgByName(q); ok && anniversary.IsOrg(o.Code) {
		return o.Code, true
	}
	if up := strings.ToUpper(q); anniversary.IsOrg(up) {
		return up, true
	}
	return "", false
}
