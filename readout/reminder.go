package readout

// ReminderPayload is what a reminder delivery carries besides its text, so
// that the renderer can show flags and links without the store.
type ReminderPayload struct {
	// FactKey, Year and OffsetDays identify the reminder: an anniversary
	// fact ("JP-KH/diplomatic relations"), the year of the anniversary and
	// how many days ahead of it the reminder was scheduled.
	FactKey    string `json:"fact_key"`
	Year       int    `json:"year"`
	OffsetDays int    `json:"offset_days"`
	// Parties are the fact's ISO codes and organisation codes, for flags.
	Parties []string `json:"parties"`
	// Ordinal is 70 for the 70th anniversary; Milestone marks the 1st and
	// every 5th.
	Ordinal   int  `json:"ordinal"`
	Milestone bool `json:"milestone,omitempty"`
	// Date is the day of the anniversary, YYYY-MM-DD.
	Date string `json:"date"`
	// SourceURL and SourceTitle say where the date comes from: a web page,
	// or the readout it was learned from. SourceURL is empty for facts
	// added by a user.
	SourceURL   string `json:"source_url,omitempty"`
	SourceTitle string `json:"source_title,omitempty"`
	// LatestTitle and LatestURL name the latest readout between the
	// parties, when there is one.
	LatestTitle string `json:"latest_title,omitempty"`
	LatestURL   string `json:"latest_url,omitempty"`
}
