// Package readout is the domain of the readout bot: the types every other
// package exchanges (feeds, items, readouts and their parts) and the pure
// functions that turn a ministry's meeting readout into structure.
//
// The package does no I/O: no network, no disk, no Slack.
package readout

import (
	"encoding/json"
	"slices"
	"strings"
	"time"
)

// Feed is one publisher feed the daemon polls.
type Feed struct {
	ID        string // short stable identifier, e.g. "kantei-en"
	URL       string
	Publisher string // human name, e.g. "Prime Minister's Office of Japan"
	Country   string // ISO 3166-1 alpha-2 code of the publisher's own country
	Language  string // BCP 47 tag, e.g. "en"
	Schedule  string // robfig/cron spec overriding the global poll schedule; "" for the default
	// FetchArticle makes the pipeline fetch the linked page when an item
	// carries only a teaser.
	FetchArticle bool
	// Kind is KindFeed (RSS, RDF, Atom or JSON Feed; also "") or
	// KindListing (an HTML page listing press releases, read with Listing).
	Kind string `json:",omitempty"`
	// Listing says how to read a KindListing page.
	Listing *ListingSpec `json:",omitempty"`
	// UserAgent, when set, replaces the fetcher's user agent for this
	// source and the pages on its host (some ministries refuse anything
	// but a browser).
	UserAgent string `json:",omitempty"`
}

// Source kinds of Feed.Kind.
const (
	KindFeed    = "feed"
	KindListing = "listing"
)

// IsListing reports whether f is an HTML list page rather than a feed.
func (f Feed) IsListing() bool { return f.Kind == KindListing }

// ListingSpec reads an HTML page that lists press releases. Selectors are
// CSS (goquery); Title, Link and Date are searched within each Item.
type ListingSpec struct {
	// Item selects one element per press release.
	Item string `json:"item" yaml:"item"`
	// Title selects the title within an item; "" takes the link's text.
	Title string `json:"title,omitempty" yaml:"title,omitempty"`
	// Link selects the element whose href is the release; "" takes the
	// item itself when it is a link, else its first link.
	Link string `json:"link,omitempty" yaml:"link,omitempty"`
	// Date selects the date within an item (its datetime attribute or its
	// text); when it matches nothing inside, the nearest match before the
	// item counts (lists grouped under date headings). "" means no date.
	Date string `json:"date,omitempty" yaml:"date,omitempty"`
	// DateLayout is the Go time layout of the date ("January 2, 2006");
	// "" tries the common layouts.
	DateLayout string `json:"date_layout,omitempty" yaml:"date_layout,omitempty"`
}

// FeedState is what the poller remembers about a feed between polls.
type FeedState struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPoll     time.Time `json:"last_poll,omitzero"`
	LastSuccess  time.Time `json:"last_success,omitzero"`
	LastError    string    `json:"last_error,omitempty"`
	Failures     int       `json:"failures,omitempty"` // consecutive failures
	NextPoll     time.Time `json:"next_poll,omitzero"`
	// Polled is true once the feed has been polled successfully at least
	// once; the first successful poll stores items without posting them.
	Polled bool `json:"polled,omitempty"`
	// BodyHash is the digest of the last page of a source that sends no
	// validators: the same page again is treated as not modified.
	BodyHash string `json:"body_hash,omitempty"`
	// ItemFailures counts the new items in a row whose page could not be
	// fetched or read.
	ItemFailures int `json:"item_failures,omitempty"`
	// Broken is the reason the source was reported broken to the admin
	// channel; "" when it works or was never reported.
	Broken string `json:"broken,omitempty"`
}

// Item is one entry of a feed, normalized by the feeds package.
type Item struct {
	FeedID string
	// Key identifies the item within its feed across polls: derived from
	// the GUID, else the normalized link, else a hash of title and content.
	Key       string
	GUID      string
	Link      string
	Title     string
	Published time.Time // zero when the feed gives no date
	Updated   time.Time
	// Content is the item's body: content:encoded (or Atom content) when
	// present, else its description. It may be HTML or plain text.
	Content string
	// Summary is the description when Content came from content:encoded.
	Summary string
	// Hash is a digest of title and content, used to notice publisher edits.
	Hash string
}

// Document is the input of Parse: a readout as published.
type Document struct {
	Title     string
	URL       string
	Publisher string
	// PublisherCountry is the ISO code of the publishing government; it is
	// a party to any bilateral meeting it reports.
	PublisherCountry string
	Published        time.Time
	Body             string // HTML or plain text; Parse tells which
}

// Readout is a parsed meeting readout. Its JSON form is the document that
// `readout parse --json` prints; the field names are fixed.
type Readout struct {
	ID        string    `json:"id,omitempty"`
	FeedID    string    `json:"feed_id,omitempty"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Publisher string    `json:"publisher"`
	Published time.Time `json:"-"` // marshalled as "published" (date) and "published_at"

	Meeting      Meeting       `json:"meeting"`
	Parties      []string      `json:"parties"`   // ISO codes of the sides of the meeting
	Mentioned    []string      `json:"mentioned"` // ISO codes of other countries named
	Participants []Participant `json:"participants"`
	Lead         string        `json:"lead,omitempty"` // the lead paragraph
	Sections     []Section     `json:"sections"`
	KeyPoints    []string      `json:"key_points"`

	Anniversaries []Anniversary `json:"anniversaries"`
	Pledges       []Pledge      `json:"pledges"`
	Attachments   []Attachment  `json:"attachments"`
	FollowOn      []string      `json:"follow_on,omitempty"` // e.g. "joint statement", "press conference"

	// ProvisionalTranslation is set when the publisher marks the text as a
	// provisional translation ("[Provisional translation]").
	ProvisionalTranslation bool `json:"provisional_translation,omitempty"`

	// Body is the readout's full plain text, kept for keyword lookups.
	Body string `json:"body,omitempty"`
}

// Meeting holds the facts of the lead paragraph.
type Meeting struct {
	Kind            string `json:"kind"`                  // "summit meeting", "telephone talk", ...
	Date            string `json:"date,omitempty"`        // YYYY-MM-DD, the day the meeting took place
	StartLocal      string `json:"start_local,omitempty"` // HH:MM, local time
	DurationMinutes int    `json:"duration_minutes,omitempty"`
	Location        string `json:"location,omitempty"`
}

// Participant is a person named in the lead.
type Participant struct {
	Name string `json:"name"` // as an English reader writes it: "Fumio Kishida"
	// Written is the name as the readout writes it, when that differs:
	// "Mr. KISHIDA Fumio", "Rt Hon Keir Starmer MP".
	Written string `json:"written,omitempty"`
	Title   string `json:"title,omitempty"`
	Country string `json:"country,omitempty"` // ISO code
	Role    string `json:"role"`              // RolePrincipal or RoleAttendee
}

// Participant roles.
const (
	RolePrincipal = "principal"
	RoleAttendee  = "attendee"
)

// Section is one numbered (or implicit) part of a readout.
type Section struct {
	Number    string   `json:"number"` // "1", "2.(1)"; "" when the readout has no numbering
	Heading   string   `json:"heading"`
	Level     int      `json:"level"` // 1 for top-level sections, 2 for (1) subsections
	Summary   string   `json:"summary"`
	Text      string   `json:"text"`
	Countries []string `json:"countries"`
}

// Anniversary is an anniversary a readout mentions.
type Anniversary struct {
	Ordinal   int      `json:"ordinal"`
	Subject   string   `json:"subject"`
	Countries []string `json:"countries"`
	Orgs      []string `json:"orgs,omitempty"` // organisations, e.g. "ASEAN"
	Year      int      `json:"year"`           // the calendar year in which it falls
	Text      string   `json:"text,omitempty"` // the sentence it came from
}

// Pledge is a money amount a readout commits.
type Pledge struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"` // ISO 4217
	Purpose  string  `json:"purpose,omitempty"`
	Text     string  `json:"text"`
}

// Attachment is a document linked from a readout, e.g. a joint statement.
type Attachment struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

type readoutJSON Readout

type readoutWire struct {
	*readoutJSON
	PublishedDate string `json:"published"`
	PublishedAt   string `json:"published_at,omitempty"`
}

// MarshalJSON writes Published as a date ("published") and as a full
// RFC 3339 timestamp ("published_at").
func (r Readout) MarshalJSON() ([]byte, error) {
	w := readoutWire{readoutJSON: (*readoutJSON)(&r)}
	if !r.Published.IsZero() {
		w.PublishedDate = r.Published.Format(time.DateOnly)
		w.PublishedAt = r.Published.Format(time.RFC3339Nano)
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Readout) UnmarshalJSON(b []byte) error {
	w := readoutWire{readoutJSON: (*readoutJSON)(r)}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	switch {
	case w.PublishedAt != "":
		t, err := time.Parse(time.RFC3339Nano, w.PublishedAt)
		if err != nil {
			return err
		}
		r.Published = t
	case w.PublishedDate != "":
		t, err := time.Parse(time.DateOnly, w.PublishedDate)
		if err != nil {
			return err
		}
		r.Published = t
	}
	return nil
}

// HasParty reports whether code is one of the readout's parties.
func (r *Readout) HasParty(code string) bool {
	for _, p := range r.Parties {
		if p == code {
			return true
		}
	}
	return false
}

// IsMentionsList reports whether key point k is the list of what else the
// readout names ("Also: Syria, Idlib, humanitarian aid."), which
// the parser adds after the key points proper: no summary of the meeting.
func IsMentionsList(k string) bool {
	k = strings.TrimSpace(k)
	return strings.HasPrefix(k, mentionsLabel) || strings.HasPrefix(k, oldMentionsLabel)
}

// Delivery kinds.
const (
	KindReadout  = "readout"
	KindReminder = "reminder"
	KindNotice   = "notice" // an operational message, e.g. a feed failing
	KindDigest   = "digest" // one message of a channel's digest (Delivery.Digest)
)

// Delivery is one message waiting in the outbox for one channel.
type Delivery struct {
	ID        uint64    `json:"id"`
	Channel   string    `json:"channel"`
	Kind      string    `json:"kind"` // KindReadout or KindReminder
	ReadoutID string    `json:"readout_id,omitempty"`
	Text      string    `json:"text,omitempty"` // for reminders: the message text
	Created   time.Time `json:"created"`
	Attempts  int       `json:"attempts,omitempty"`
	NextTry   time.Time `json:"next_try,omitzero"`
	LastError string    `json:"last_error,omitempty"`
	// Sending is when a process began posting it; set, with no ParentTS,
	// it means that process may have died mid-post: the channel's history
	// is checked before posting again.
	Sending  time.Time `json:"sending,omitzero"`
	ParentTS string    `json:"parent_ts,omitempty"` // the parent message, once posted
	Replies  int       `json:"replies,omitempty"`   // thread replies posted so far

	// ThreadOf is the ID of the other side's readout of the same meeting,
	// posted to this channel first: this readout is posted in that post's
	// thread. ThreadTS is that thread's timestamp, recorded before the
	// first part is posted so that a restart answers in the same thread.
	ThreadOf string `json:"thread_of,omitempty"`
	ThreadTS string `json:"thread_ts,omitempty"`

	// Reminder carries what a reminder needs besides its text (KindReminder).
	Reminder *ReminderPayload `json:"reminder,omitempty"`

	// Match says what the channel's filters took the readout for, as the
	// post shows it ("Mentions Cambodia · Matched: security (missile)");
	// "" when the channel takes the readout without a filter.
	Match string `json:"match,omitempty"`

	// Digest is the part of a digest this message carries (KindDigest).
	Digest *DigestPayload `json:"digest,omitempty"`
}

// DigestPayload is one message of a channel's digest: the readouts that
// arrived in one period (or one pause), grouped by country. A digest too
// long for one message is cut into parts, each its own delivery.
type DigestPayload struct {
	// Key names the period or pause, unique per channel: the same key is
	// never enqueued twice for a channel.
	Key string `json:"key"`
	// Title heads every part: "Daily digest · 7 Dec 2026".
	Title string `json:"title"`
	// Part counts from 1 to Parts.
	Part  int `json:"part"`
	Parts int `json:"parts"`
	// Total is how many readouts the whole digest holds.
	Total  int           `json:"total"`
	Groups []DigestGroup `json:"groups"`
}

// DigestGroup is one country's readouts in a digest part, in the order
// they arrived.
type DigestGroup struct {
	Country    string   `json:"country,omitempty"` // ISO code; "" for readouts of no country
	ReadoutIDs []string `json:"readout_ids"`
}

// Subscription routes readouts to a Slack channel.
type Subscription struct {
	Channel   string   // Slack channel ID
	Countries []string // ISO codes: readouts in which one of these is a party
	Feeds     []string // feed IDs: everything from these feeds
	Source    string   // "config" or "slack"
	// Filter narrows (topics) or widens (mentions) what Countries and Feeds
	// route; the zero Filter changes nothing.
	Filter Filter
}

// Filter is what a subscription asks of a readout besides its countries
// or feeds. Topics are stored as package topics writes them: a topic's
// name ("security") or a free keyword within double quotes, which are
// part of the string.
type Filter struct {
	// Topics: only readouts about one of these (none: every readout).
	Topics []string `json:"topics,omitempty"`
	// ExcludeTopics: no readout about any of these.
	ExcludeTopics []string `json:"exclude_topics,omitempty"`
	// Mentions: also readouts that only mention one of the countries, not
	// as a party.
	Mentions bool `json:"mentions,omitempty"`
}

// IsZero reports whether the filter changes nothing.
func (f Filter) IsZero() bool {
	return len(f.Topics) == 0 && len(f.ExcludeTopics) == 0 && !f.Mentions
}

// Equal reports whether two filters ask for the same readouts.
func (f Filter) Equal(g Filter) bool {
	return f.Mentions == g.Mentions && slices.Equal(f.Topics, g.Topics) && slices.Equal(f.ExcludeTopics, g.ExcludeTopics)
}
