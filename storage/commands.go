package storage

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// ScanForCountry is LatestForCountry for searches that may match little: it
// walks the country's readouts newest first like LatestForCountry, but
// reads at most limit of them (all when limit <= 0), so that a keyword
// nobody used costs a bounded amount of work. It returns up to n matching
// readouts, and reports whether it stopped at the limit with older
// readouts left unread.
func (s *Store) ScanForCountry(code string, n, limit int, match func(*readout.Readout) bool) ([]*readout.Readout, bool, error) {
	var (
		out       []*readout.Readout
		truncated bool
	)
	if n <= 0 {
		return nil, false, nil
	}
	read := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		return newestFirst(tx, code, func(id, v []byte) (bool, error) {
			if limit > 0 && read == limit {
				truncated = true
				return false, nil
			}
			read++
			var r readout.Readout
			if err := json.Unmarshal(v, &r); err != nil {
				return false, fmt.Errorf("decode readout %s: %w", id, err)
			}
			if match == nil || match(&r) {
				out = append(out, &r)
			}
			return len(out) < n, nil
		})
	})
	if err != nil {
		return nil, false, fmt.Errorf("storage: scan for %s: %w", code, err)
	}
	return out, truncated, nil
}

// briefReadout is the part of a stored readout that a lookup shows: all
// but the full text (Body, and the Text of sections that have a summary),
// which is most of a readout's bytes.
type briefReadout struct {
	ID            string                `json:"id"`
	FeedID        string                `json:"feed_id"`
	Title         string                `json:"title"`
	URL           string                `json:"url"`
	Publisher     string                `json:"publisher"`
	PublishedDate string                `json:"published"`
	PublishedAt   string                `json:"published_at"`
	Meeting       readout.Meeting       `json:"meeting"`
	Parties       []string              `json:"parties"`
	Mentioned     []string              `json:"mentioned"`
	Participants  []readout.Participant `json:"participants"`
	Lead          string                `json:"lead"`
	Sections      []struct {
		Number    string   `json:"number"`
		Heading   string   `json:"heading"`
		Level     int      `json:"level"`
		Summary   string   `json:"summary"`
		Countries []string `json:"countries"`
		// Text is decoded only when the section has no summary.
		Text json.RawMessage `json:"text"`
	} `json:"sections"`
	KeyPoints     []string              `json:"key_points"`
	Anniversaries []readout.Anniversary `json:"anniversaries"`
	Pledges       []readout.Pledge      `json:"pledges"`
	Attachments   []readout.Attachment  `json:"attachments"`
	FollowOn      []string              `json:"follow_on"`
	Provisional   bool                  `json:"provisional_translation"`
}

// decodeBrief decodes a stored readout without its full text. It reports
// false when the readout has neither sections nor key points, so that only
// its Body can summarize it; the caller then decodes it in full.
func decodeBrief(v []byte) (*readout.Readout, bool, error) {
	var b briefReadout
	if err := json.Unmarshal(v, &b); err != nil {
		return nil, false, err
	}
	if len(b.Sections) == 0 && len(b.KeyPoints) == 0 {
		return nil, false, nil
	}
	r := &readout.Readout{
		ID: b.ID, FeedID: b.FeedID, Title: b.Title, URL: b.URL, Publisher: b.Publisher,
		Meeting: b.Meeting, Parties: b.Parties, Mentioned: b.Mentioned, Participants: b.Participants,
		Lead: b.Lead, KeyPoints: b.KeyPoints, Anniversaries: b.Anniversaries, Pledges: b.Pledges,
		Attachments: b.Attachments, FollowOn: b.FollowOn, ProvisionalTranslation: b.Provisional,
	}
	r.Sections = make([]readout.Section, len(b.Sections))
	for i, s := range b.Sections {
		r.Sections[i] = readout.Section{Number: s.Number, Heading: s.Heading, Level: s.Level, Summary: s.Summary, Countries: s.Countries}
		if s.Summary == "" && len(s.Text) > 0 {
			if err := json.Unmarshal(s.Text, &r.Sections[i].Text); err != nil {
				return nil, false, err
			}
		}
	}
	switch {
	case b.PublishedAt != "":
		t, err := time.Parse(time.RFC3339Nano, b.PublishedAt)
		if err != nil {
			return nil, false, err
		}
		r.Published = t
	case b.PublishedDate != "":
		t, err := time.Parse(time.DateOnly, b.PublishedDate)
		if err != nil {
			return nil, false, err
		}
		r.Published = t
	}
	return r, true, nil
}

// LatestBriefForCountry is LatestForCountry(code, n, nil) for showing
// summaries: a readout with sections or key points comes without its Body
// and without the Text of the sections that have a summary, which halves
// the decoding; a readout with neither comes whole.
func (s *Store) LatestBriefForCountry(code string, n int) ([]*readout.Readout, error) {
	var out []*readout.Readout
	if n <= 0 {
		return nil, nil
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		return newestFirst(tx, code, func(id, v []byte) (bool, error) {
			r, ok, err := decodeBrief(v)
			if err == nil && !ok {
				r = new(readout.Readout)
				err = json.Unmarshal(v, r)
			}
			if err != nil {
				return false, fmt.Errorf("decode readout %s: %w", id, err)
			}
			out = append(out, r)
			return len(out) < n, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: latest brief for %s: %w", code, err)
	}
	return out, nil
}
