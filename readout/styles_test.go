package readout

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestHouseStyles parses readouts written (in our own words) in the house
// styles of the publishers in corpus/world: No 10, FCDO, the State
// Department, France, the European Council and MOFA with photo captions.
func TestHouseStyles(t *testing.T) {
	tests := []struct {
		file, publisher, country string
		published                string
		sides                    []string
		principals               []string // "Name/CC"; "/CC" for one the page names by office only
		date, start, place, kind string
		headings                 []string // "level heading"
		anniversaries            []int
	}{
		{file: "no10-meeting.txt", publisher: "Prime Minister's Office, 10 Downing Street", country: "GB", published: "2025-03-03",
			sides: []string{"GB", "CL"}, principals: []string{"/GB", "Ana Rojas/CL"}, date: "2025-03-03", place: "Downing Street", kind: "meeting"},
		{file: "fcdo-call.txt", publisher: "Foreign, Commonwealth & Development Office", country: "GB", published: "2025-03-05",
			sides: []string{"GB", "KR"}, principals: []string{"/GB", "Kim Min-ho/KR"}, date: "2025-03-04", kind: "call"},
		{file: "state-meeting.txt", publisher: "U.S. Department of State", country: "US", published: "2025-03-05",
			sides: []string{"US", "GH"}, principals: []string{"Jane Doe/US", "Kwame Mensah/GH"}, date: "2025-03-05", place: "Washington", kind: "meeting"},
		{file: "france-call.txt", publisher: "Ministry for Europe and Foreign Affairs", country: "FR", published: "2025-03-06",
			sides: []string{"FR", "KE"}, principals: []string{"Marie Dupont/FR", "Daniel Otieno/KE"}, date: "2025-03-05", kind: "call"},
		{file: "eu-call.txt", publisher: "European Council", country: "EU", published: "2025-03-04",
			sides: []string{"EU", "MD"}, principals: []string{"Ana Costa/EU", "Ivan Petrov/MD"}, date: "2025-03-04", kind: "telephone talk"},
		// A dateline opens the lead; the counterpart is named by office
		// only ("the Ambassador of Brazil to Cambodia").
		{file: "mfaic-courtesy-call.txt", publisher: "Ministry of Foreign Affairs and International Cooperation", country: "KH", published: "2026-04-02",
			sides: []string{"KH", "BR"}, principals: []string{"Sok Vanna/KH", "/BR"}, date: "2026-04-02", place: "Phnom Penh", kind: "courtesy call"},
		{file: "state-dateline.txt", publisher: "U.S. Department of State", country: "US", published: "2026-03-03",
			sides: []string{"US", "GH"}, principals: []string{"Jane Doe/US", "Kwame Mensah/GH"}, date: "2026-03-03", place: "Department of State", kind: "meeting"},
		// The Élysée names its own side by office, the guest by an
		// apposition: "the President of <country>, <Name>,".
		{file: "elysee-call.txt", publisher: "Élysée", country: "FR", published: "2025-03-06",
			sides: []string{"FR", "AR"}, principals: []string{"Emmanuel Macron/FR", "Lucía Herrera/AR"}, date: "2025-03-06", kind: "telephone talk"},
		{file: "elysee-visit.txt", publisher: "Élysée", country: "FR", published: "2025-03-05",
			sides: []string{"FR", "GH"}, principals: []string{"Emmanuel Macron/FR", "Kofi Asante/GH"}, date: "2025-03-04", place: "Élysée Palace", kind: "summit meeting"},
		// A suffix after a comma stays with the name; the subject is
		// named by office and country, and by name later on.
		{file: "mofa-suffix.txt", publisher: "Ministry of Foreign Affairs of Japan", country: "JP", published: "2025-03-10",
			sides: []string{"JP", "US"}, principals: []string{"Ken Sato/JP", "Robert T. Hale, Jr./US"}, date: "2025-03-10", start: "09:15", kind: "telephone talk"},
		// Names in capitals family name first: Japanese ones in Western
		// order, Korean ones as Korea writes them.
		{file: "mofa-korea.txt", publisher: "Ministry of Foreign Affairs of Japan", country: "JP", published: "2025-03-12",
			sides: []string{"JP", "KR"}, principals: []string{"Ken Sato/JP", "Park Jin-woo/KR"}, date: "2025-03-12", start: "16:30", kind: "telephone talk"},
		// A multilateral event the subject attended: the subject is the
		// one principal the lead names.
		{file: "kantei-attended.txt", publisher: "Prime Minister's Office of Japan", country: "JP", published: "2025-03-14",
			sides: []string{"JP"}, principals: []string{"Ken Sato/JP"}, date: "2025-03-14", place: "Tokyo", kind: "meeting"},
		// Viet Nam's MOFA opens with "Within the framework of …": the
		// phrase's last capitalized word is not a name.
		{file: "vn-framework.txt", publisher: "Ministry of Foreign Affairs of Viet Nam", country: "VN", published: "2025-03-05",
			sides: []string{"VN", "KR"}, principals: []string{"Tran Van Minh/VN", "Park Jin-woo/KR"}, date: "2025-03-05", kind: "meeting"},
		{file: "vn-framework-list.txt", publisher: "Ministry of Foreign Affairs of Viet Nam", country: "VN", published: "2025-03-05",
			sides: []string{"VN", "JP"}, principals: []string{"Tran Van Minh/VN", "Ken Sato/JP"}, date: "2025-03-05", place: "Vientiane", kind: "meeting"},
		// "President Hale" alone: the country comes from the text ("the
		// UK-US relationship", "the US President").
		{file: "no10-surname.txt", publisher: "Prime Minister's Office, 10 Downing Street", country: "GB", published: "2025-06-16",
			sides: []string{"GB", "US"}, principals: []string{"/GB", "Hale/US"}, date: "2025-06-16", place: "G7 Summit, Kananaskis", kind: "meeting"},
		{file: "no10-surname-office.txt", publisher: "Prime Minister's Office, 10 Downing Street", country: "GB", published: "2025-07-02",
			sides: []string{"GB", "US"}, principals: []string{"/GB", "Hale/US"}, date: "2025-07-02", kind: "call"},
		// A country's name of several words before the title, and a
		// title that holds "and" itself.
		{file: "state-prc.txt", publisher: "U.S. Department of State", country: "US", published: "2025-02-15",
			sides: []string{"US", "CN"}, principals: []string{"Jane Doe/US", "Li Wen/CN"}, date: "2025-02-15", place: "Munich", kind: "meeting"},
		{file: "state-prc-long.txt", publisher: "U.S. Department of State", country: "US", published: "2025-07-26",
			sides: []string{"US", "CN"}, principals: []string{"Jane Doe/US", "Li Wen/CN"}, date: "2025-07-26", place: "Vientiane", kind: "meeting"},
		{file: "mofa-captions.txt", publisher: "Ministry of Foreign Affairs of Japan", country: "JP", published: "2025-03-03",
			sides: []string{"JP", "CL"}, principals: []string{"Ken Sato/JP", "Ana Lopez/CL"}, date: "2025-03-03", start: "17:50",
			place: "Santiago, Chile", kind: "foreign ministers' meeting",
			headings: []string{"1 Bilateral relations", "2 Economy", "2 People-to-people exchanges", "1 Regional situation"}, anniversaries: []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "styles", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			pub, _ := time.Parse(time.DateOnly, tt.published)
			r, err := Parse(Document{Body: string(b), Publisher: tt.publisher, PublisherCountry: tt.country, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if !sameSet(r.Parties, tt.sides) {
				t.Errorf("parties %v, want %v", r.Parties, tt.sides)
			}
			got := principalList(r)
			if !slices.Equal(got, tt.principals) {
				t.Errorf("principals %q, want %q", got, tt.principals)
			}
			m := r.Meeting
			if m.Date != tt.date || m.StartLocal != tt.start || m.Location != tt.place || m.Kind != tt.kind {
				t.Errorf("meeting %+v, want date %q start %q place %q kind %q", m, tt.date, tt.start, tt.place, tt.kind)
			}
			var heads []string
			for _, s := range r.Sections {
				if s.Heading != "" {
					heads = append(heads, strings.TrimSpace(string(rune('0'+s.Level))+" "+s.Heading))
				}
			}
			if !slices.Equal(heads, tt.headings) {
				t.Errorf("headings %q, want %q", heads, tt.headings)
			}
			var ords []int
			for _, a := range r.Anniversaries {
				ords = append(ords, a.Ordinal)
			}
			if !slices.Equal(ords, tt.anniversaries) {
				t.Errorf("anniversaries %v, want %v", ords, tt.anniversaries)
			}
			// Summaries and key points take a quarter of the body, or
			// less; a short readout with several sections may take more,
			// up to minSummary for each, since each gets one whole
			// sentence.
			n, withText := 0, 0
			for _, s := range r.Sections {
				if s.Text != "" {
					withText++
				}
				if strings.Contains(s.Summary, "…") || len(s.Summary) > maxSummary {
					t.Errorf("summary %q is cut or too long", s.Summary)
				}
				n += utf8.RuneCountInString(s.Summary)
			}
			for _, k := range r.KeyPoints {
				n += utf8.RuneCountInString(k)
			}
			if body := utf8.RuneCountInString(r.Body); n > max(body/4, maxSummary, minSummary*withText) {
				t.Errorf("summaries and key points take %d of %d characters", n, body)
			}
			if strings.Contains(r.Body, "spokesperson said") || strings.Contains(r.Body, "Media enquiries") || strings.Contains(r.Body, "(Photo)") {
				t.Errorf("body keeps page furniture:\n%s", r.Body)
			}
		})
	}
}
