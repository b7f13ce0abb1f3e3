package reminders

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
)

// DefaultDays is how far ahead a lookup lists anniversaries by default.
const DefaultDays = 365

// Entry is one coming anniversary in a lookup.
type Entry struct {
	anniversary.Occurrence
	// Text is "70 years of diplomatic relations between Japan and Cambodia
	// (established 1953)".
	Text string
	// SourceTitle and SourceURL describe where the date comes from.
	SourceTitle, SourceURL string
}

// When renders the entry's date as precisely as its fact is known:
// "9 Jan 2028", "Apr 2023" or "2023".
func (e Entry) When() string {
	switch e.Fact.Precision {
	case anniversary.Year:
		return e.Date.Format("2006")
	case anniversary.Month:
		return e.Date.Format("Jan 2006")
	}
	return e.Date.Format("2 Jan 2006")
}

// List returns the anniversaries of the party (a country or organisation
// code; "" for all) that fall in the days days from the day of from, in
// Service.Location, sorted by date.
func (s *Service) List(ctx context.Context, party string, from time.Time, days int) ([]Entry, error) {
	if days <= 0 {
		days = DefaultDays
	}
	facts, err := s.Facts()
	if err != nil {
		return nil, fmt.Errorf("reminders: list: %w", err)
	}
	if party != "" {
		facts = anniversary.Involving(facts, party)
	}
	loc := s.location()
	first := anniversary.DayOf(from, loc)
	occs := anniversary.Occurrences(facts, first.Noon(loc), first.AddDays(days-1).Noon(loc), loc)
	b := &batch{s: s, sources: map[string]ref{}}
	out := make([]Entry, 0, len(occs))
	for _, occ := range occs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("reminders: list: %w", err)
		}
		src, ok := b.sources[occ.Fact.Source]
		if !ok {
			src = s.source(occ.Fact.Source)
			b.sources[occ.Fact.Source] = src
		}
		out = append(out, Entry{Occurrence: occ, Text: phrase(occ), SourceTitle: src.title, SourceURL: src.url})
	}
	return out, nil
}

// phrase is an occurrence as "70 years of … (established …)".
func phrase(occ anniversary.Occurrence) string { return occ.Phrase(name) }

// resolveQuery turns a user's country word into a party code. It returns
// a user-facing message when the word names nothing.
func resolveQuery(q string) (code, msg string) {
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ""
	}
	if code, ok := resolveParty(q); ok {
		return code, ""
	}
	if c, ok := country.Suggest(q); ok {
		return "", fmt.Sprintf("I don't know %q. Did you mean %s?", q, c.Name)
	}
	return "", fmt.Sprintf("I don't know %q: name a country (\"cambodia\", \"kh\") or an organisation such as ASEAN.", q)
}

func partyName(code string) string {
	if n := name(code); n != "" {
		return n
	}
	return code
}

func heading(code string, from time.Time, days int, loc *time.Location) string {
	first := anniversary.DayOf(from, loc)
	last := first.AddDays(max(days, 1) - 1)
	span := fmt.Sprintf("%s – %s", first.Noon(loc).Format("2 Jan 2006"), last.Noon(loc).Format("2 Jan 2006"))
	if code == "" {
		return "Anniversaries, " + span
	}
	return fmt.Sprintf("Anniversaries of %s, %s", partyName(code), span)
}

// Upcoming answers `/readout anniversaries [country]`: the anniversaries
// of the country (all when country is "") in the days days from the day of
// from (DefaultDays when days <= 0), in plain text, milestones marked and
// sources given; the bot renders and escapes it. A query that names no
// country gets a Message instead of entries.
func (s *Service) Upcoming(ctx context.Context, query string, from time.Time, days int) (readout.AnniversaryList, error) {
	code, msg := resolveQuery(query)
	if msg != "" {
		return readout.AnniversaryList{Message: msg}, nil
	}
	days = cmpDays(days)
	entries, err := s.List(ctx, code, from, days)
	if err != nil {
		return readout.AnniversaryList{}, err
	}
	list := readout.AnniversaryList{Heading: heading(code, from, days, s.location())}
	for _, e := range entries {
		list.Entries = append(list.Entries, readout.AnniversaryEntry{
			When: e.When(), Text: e.Text, Milestone: e.Milestone,
			SourceTitle: e.SourceTitle, SourceURL: e.SourceURL,
		})
	}
	return list, nil
}

func cmpDays(days int) int {
	if days <= 0 {
		return DefaultDays
	}
	return days
}

// UpcomingPlain is Upcoming as plain text for a terminal: one line per
// anniversary with its date, a "★" for milestones and the source.
func (s *Service) UpcomingPlain(ctx context.Context, query string, from time.Time, days int) (string, error) {
	code, msg := resolveQuery(query)
	if msg != "" {
		return "", errors.New(msg)
	}
	days = cmpDays(days)
	entries, err := s.List(ctx, code, from, days)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(heading(code, from, days, s.location()) + "\n")
	if len(entries) == 0 {
		b.WriteString("  none known\n")
	}
	for _, e := range entries {
		star := " "
		if e.Milestone {
			star = "★"
		}
		fmt.Fprintf(&b, "%s %-11s %s", star, e.When(), e.Text)
		switch {
		case e.SourceURL != "":
			fmt.Fprintf(&b, "\n              source: %s", e.SourceURL)
			if isLearned(e.Fact.Source) {
				fmt.Fprintf(&b, " (%s)", e.SourceTitle)
			}
		case e.SourceTitle != "":
			fmt.Fprintf(&b, "\n              source: %s", e.SourceTitle)
		}
		b.WriteString("\n")
	}
	if len(entries) > 0 {
		b.WriteString("★ milestone (the 1st or a multiple of 5): reminded ahead as well as on the day\n")
	}
	return b.String(), nil
}

// dateArg matches the date of `anniversaries add`.
var dateArg = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)

// Add handles `/readout anniversaries add <party> [<party>] <date>
// [subject]`, as in "add japan cambodia 1953-01-09 diplomatic relations":
// the fact is stored with "user:<userID>" as source and replaces any fact
// with the same parties and subject. The subject defaults to "diplomatic
// relations". Mistakes get a usage message, not an error; the caller
// checks the user may add.
func (s *Service) Add(ctx context.Context, userID string, args []string) (string, error) {
	const usage = "Usage: `/readout anniversaries add japan cambodia 1953-01-09 diplomatic relations` (date as YYYY, YYYY-MM or YYYY-MM-DD)."
	at := slices.IndexFunc(args, func(a string) bool { return dateArg.MatchString(a) })
	if at < 1 {
		return usage, nil
	}
	parties, rest, msg := parseParties(args[:at])
	if msg != "" || len(rest) > 0 {
		return cmpStr(msg, fmt.Sprintf("I don't know %q.", strings.Join(rest, " "))) + " " + usage, nil
	}
	since, prec, err := anniversary.ParseDate(args[at])
	if err != nil {
		return fmt.Sprintf("%q is not a date that exists. ", args[at]) + usage, nil
	}
	subject := strings.Join(args[at+1:], " ")
	if strings.TrimSpace(subject) == "" {
		subject = "diplomatic relations"
	}
	f := anniversary.Fact{Parties: parties, Subject: subject, Since: since, Precision: prec, Source: "user:" + userID}.Normalize()
	if err := f.Validate(); err != nil {
		return fmt.Sprintf("That fact cannot be saved: %v", err), nil
	}
	if err := s.Store.UpdateFact(f.Key(), func(anniversary.Record, bool) (anniversary.Record, bool, error) {
		return anniversary.Record{Fact: f}, true, nil
	}); err != nil {
		return "", fmt.Errorf("reminders: add %s: %w", f.Key(), err)
	}
	s.logger().Info("anniversary added", "fact_key", f.Key(), "since", f.Since.Format(f.Precision), "user_id", userID)
	reply := "Saved: " + describe(f) + "."
	if next := s.next(f); next != "" {
		reply += " Next: " + next + "."
	}
	return reply, nil
}

func cmpStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// describe is "Japan–Cambodia diplomatic relations, established 9
// January 1953".
func describe(f anniversary.Fact) string { return f.Describe(name) }

// next is the fact's next anniversary from today: "75th anniversary on 9
// Jan 2028".
func (s *Service) next(f anniversary.Fact) string {
	loc := s.location()
	today := anniversary.DayOf(s.now(), loc)
	occs := anniversary.Occurrences([]anniversary.Fact{f}, today.Noon(loc), today.AddDays(366).Noon(loc), loc)
	if len(occs) == 0 {
		return ""
	}
	e := Entry{Occurrence: occs[0]}
	on := "on"
	if f.Precision != anniversary.Day {
		on = "in"
	}
	return fmt.Sprintf("%s anniversary %s %s", anniversary.Ordinal(e.Ordinal), on, e.When())
}

// Remove handles `/readout anniversaries remove <party> [<party>]
// [subject]`: it deletes a stored fact, or hides a built-in one. Without a
// subject the pair must have exactly one fact. The caller checks the user
// may remove.
func (s *Service) Remove(ctx context.Context, userID string, args []string) (string, error) {
	const usage = "Usage: `/readout anniversaries remove japan cambodia diplomatic relations`."
	parties, rest, msg := parseParties(args)
	if msg != "" {
		return msg + " " + usage, nil
	}
	if len(parties) == 0 {
		return usage, nil
	}
	slices.Sort(parties)
	facts, err := s.Facts()
	if err != nil {
		return "", fmt.Errorf("reminders: remove: %w", err)
	}
	var match []anniversary.Fact
	subject := strings.Join(rest, " ")
	for _, f := range facts {
		if !slices.Equal(f.Parties, parties) {
			continue
		}
		if subject == "" || f.Key() == (anniversary.Fact{Parties: parties, Subject: subject}).Key() {
			match = append(match, f)
		}
	}
	names := make([]string, len(parties))
	for i, p := range parties {
		names[i] = partyName(p)
	}
	pair := strings.Join(names, "–")
	switch {
	case len(match) == 0 && subject != "":
		return fmt.Sprintf("No %q anniversary of %s is known.", subject, pair), nil
	case len(match) == 0:
		return fmt.Sprintf("No anniversary of %s is known.", pair), nil
	case len(match) > 1:
		var subs []string
		for _, f := range match {
			subs = append(subs, f.Subject)
		}
		return fmt.Sprintf("%s has several: %s. Say which, e.g. `remove %s %s`.",
			pair, strings.Join(subs, "; "), strings.ToLower(strings.Join(names, " ")), subs[0]), nil
	}
	f := match[0]
	inTable := slices.ContainsFunc(s.builtin(), func(b anniversary.Fact) bool { return b.Key() == f.Key() })
	if inTable {
		mark := anniversary.Record{Fact: anniversary.Fact{Parties: f.Parties, Subject: f.Subject, Source: "user:" + userID}, Removed: true}
		err = s.Store.UpdateFact(f.Key(), func(anniversary.Record, bool) (anniversary.Record, bool, error) { return mark, true, nil })
	} else if err = s.Store.DeleteFact(f.Key()); err != nil && s.gone(f.Key()) {
		err = nil // removed meanwhile: what was asked is done
	}
	if err != nil {
		return "", fmt.Errorf("reminders: remove %s: %w", f.Key(), err)
	}
	s.logger().Info("anniversary removed", "fact_key", f.Key(), "built_in", inTable, "user_id", userID)
	return "Removed: " + describe(f) + ". No more reminders of it.", nil
}

// gone reports whether no record with key is stored.
func (s *Service) gone(key string) bool {
	recs, err := s.Store.Facts()
	return err == nil && !slices.ContainsFunc(recs, func(r anniversary.Record) bool { return r.Key() == key })
}

// parseParties reads one or two parties from the start of words ("japan
// cambodia", "south korea and japan", "japan-cambodia", "asean, japan"),
// longest names first, and returns them with the words left over. msg
// says what did not resolve when no party did.
func parseParties(words []string) (parties, rest []string, msg string) {
	var toks []string
	for _, w := range words {
		for _, t := range strings.Split(w, ",") {
			if t = strings.TrimSpace(t); t != "" {
				toks = append(toks, t)
			}
		}
	}
	i := 0
	for len(parties) < 2 && i < len(toks) {
		if len(parties) == 1 && (strings.EqualFold(toks[i], "and") || toks[i] == "&") {
			i++
			continue
		}
		n, code := longestParty(toks[i:])
		if n == 0 {
			// "japan-cambodia" written as one word.
			if len(parties) == 0 && isPartyPair(toks[i]) {
				for _, p := range strings.FieldsFunc(toks[i], func(r rune) bool { return r == '-' || r == '–' || r == '—' }) {
					c, _ := resolveParty(p)
					parties = append(parties, c)
				}
				i++
			}
			break
		}
		if !slices.Contains(parties, code) {
			parties = append(parties, code)
		}
		i += n
	}
	if len(parties) == 0 && len(toks) > 0 {
		_, m := resolveQuery(toks[0])
		return nil, toks, m
	}
	return parties, toks[i:], ""
}

// longestParty returns how many of toks (at most four) name a party, and
// its code.
func longestParty(toks []string) (int, string) {
	for n := min(4, len(toks)); n > 0; n-- {
		if code, ok := resolveParty(strings.Join(toks[:n], " ")); ok {
			return n, code
		}
	}
	return 0, ""
}
