package readout

// ReminderDelivery is one anniversary reminder for one channel, as the
// reminders service hands it to the store. Channel, FactKey, Year and
// OffsetDays identify it: the store enqueues each such combination once.
type ReminderDelivery struct {
	Channel    string
	FactKey    string
	Year       int // the year of the anniversary
	OffsetDays int // the scheduled offset (days before the anniversary)
	// Text is the message's plain text; Payload what the renderer needs
	// besides it.
	Text    string
	Payload ReminderPayload
	// Superseded records the reminder as sent without posting it: a run
	// that makes up a missed 30-day reminder on the day of the 7-day one
	// posts only the latter.
	Superseded bool
}

// AnniversaryList answers a lookup of coming anniversaries, in plain text:
// the renderer escapes it and adds the markup.
type AnniversaryList struct {
	// Heading is "Anniversaries of Cambodia, 1 Dec 2027 – 29 Jan 2028".
	Heading string
	// Message, when set, replaces the list: the query named no country
	// ("I don't know "jpan". Did you mean Japan?").
	Message string
	Entries []AnniversaryEntry
}

// AnniversaryEntry is one coming anniversary of a list.
type AnniversaryEntry struct {
	// When is the day, month or year it falls on, as precisely as it is
	// known: "9 Jan 2028", "Apr 2028", "2028".
	When string
	// Text is "75 years of diplomatic relations between Japan and
	// Cambodia (established 9 January 1953)".
	Text      string
	Milestone bool
	// SourceTitle and SourceURL say where the date comes from; SourceURL
	// is empty for facts added in Slack.
	SourceTitle, SourceURL string
}
