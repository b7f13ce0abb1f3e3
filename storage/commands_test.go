package storage_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// lookupStore holds, on KH, ten summarized readouts (newest "kh 9"), one
// with a section lacking a summary ("kh raw") and one with no sections
// ("kh body"), the two newest of all.
func lookupStore(t *testing.T) *storage.Store {
	t.Helper()
	s := mustOpen(t, nil)
	base := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	var items []storage.NewItem
	for i := range 10 {
		r := ro(fmt.Sprintf("kh %d", i), base.Add(time.Duration(i)*time.Hour), "JP", "KH")
		r.URL, r.Publisher, r.Lead = "https://mofa.example/"+fmt.Sprint(i), "MOFA", "The ministers met."
		r.Body = fmt.Sprintf("The ministers met. Topic %d was discussed.", i)
		r.Meeting = readout.Meeting{Kind: "meeting", Date: "2026-02-01", Location: "Tokyo"}
		r.KeyPoints = []string{"point"}
		r.Mentioned, r.FollowOn, r.ProvisionalTranslation = []string{"UA"}, []string{"dinner"}, true
		r.Participants = []readout.Participant{{Name: "HAYASHI", Title: "Minister", Country: "JP", Role: readout.RolePrincipal}}
		r.Attachments = []readout.Attachment{{Title: "Joint Statement", URL: "https://mofa.example/js.pdf"}}
		r.Pledges = []readout.Pledge{{Amount: 1.5e8, Currency: "JPY", Purpose: "fund", Text: "150 million yen"}}
		r.Anniversaries = []readout.Anniversary{{Ordinal: 70, Subject: "diplomatic relations", Countries: []string{"JP", "KH"}, Year: 2023}}
		r.Sections = []readout.Section{{Number: "1", Heading: "Topic", Level: 1, Summary: fmt.Sprintf("Topic %d.", i),
			Text: fmt.Sprintf("Topic %d was discussed.", i), Countries: []string{"KH"}}}
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Readout: r})
	}
	raw := ro("kh raw", base.Add(20*time.Hour), "KH")
	raw.Sections = []readout.Section{{Heading: "Untitled", Level: 1, Text: "Only text here."}}
	body := ro("kh body", base.Add(21*time.Hour), "KH")
	body.Body = "A body without sections."
	items = append(items, storage.NewItem{Key: "raw", Readout: raw}, storage.NewItem{Key: "body", Readout: body})
	if _, err := s.Ingest("f", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLatestMeetingsForCountry(t *testing.T) {
	s := lookupStore(t)
	full, err := s.LatestForCountry("KH", 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	brief, err := s.LatestMeetingsForCountry("KH", 5, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(brief) != len(full) {
		t.Fatalf("got %d readouts, want %d", len(brief), len(full))
	}
	for i := range full {
		want := *full[i]
		if i != 0 { // all but the body-only readout: what a lookup does not show is left out
			want.Body, want.Mentioned, want.Anniversaries, want.Pledges, want.Attachments = "", nil, nil, nil, nil
			want.Sections = append([]readout.Section(nil), want.Sections...)
			for j := range want.Sections {
				if want.Sections[j].Summary != "" {
					want.Sections[j].Text = ""
				}
			}
		}
		if !reflect.DeepEqual(*brief[i], want) {
			t.Errorf("readout %d (%s):\ngot  %+v\nwant %+v", i, full[i].Title, *brief[i], want)
		}
	}
	if got := brief[0].Title + ", " + brief[1].Title + ", " + brief[2].Title; got != "kh body, kh raw, kh 9" {
		t.Errorf("order: got %s, want newest first", got)
	}
	if none, err := s.LatestMeetingsForCountry("LA", 3, 3); err != nil || len(none) != 0 {
		t.Errorf("LA: got %d readouts, %v; want none", len(none), err)
	}
}

func TestScanForCountry(t *testing.T) {
	s := lookupStore(t)
	odd := func(r *readout.Readout) bool {
		return strings.HasPrefix(r.Title, "kh ") && strings.ContainsAny(r.Title[3:], "13579")
	}
	tests := []struct {
		name      string
		n, limit  int
		want      string
		truncated bool
	}{
		{"enough within the limit", 2, 0, "kh 9, kh 7", false},
		{"all of them", 10, 0, "kh 9, kh 7, kh 5, kh 3, kh 1", false},
		{"limit reached", 10, 6, "kh 9, kh 7", true},
		{"n reached before the limit", 1, 6, "kh 9", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, truncated, err := s.ScanForCountry("KH", tt.n, tt.limit, odd)
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, r := range rs {
				titles = append(titles, r.Title)
				if r.Body == "" {
					t.Errorf("%s: scanned readouts must be whole, Body is empty", r.Title)
				}
			}
			if got := strings.Join(titles, ", "); got != tt.want || truncated != tt.truncated {
				t.Errorf("got %q truncated=%v, want %q truncated=%v", got, truncated, tt.want, tt.truncated)
			}
		})
	}
}
