package readout

import (
	"strings"
	"testing"
	"time"
)

// TestLeadForms21 reads leads in forms the parser missed in session 19,
// each written for this test with invented people: a day between the
// auxiliary and its verb ("will on Thursday host"), "met this Wednesday
// with", "met on Sunday 12 January with", a prince's style after an
// office's comma, a European Commissioner.
func TestLeadForms21(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"ZA", "President Sipho Mokoena will on Thursday host his Angolan counterpart, President Manuel Neto, for a State Visit.",
			"Sipho Mokoena|President|ZA, Manuel Neto|President|AO"},
		{"ZA", "President Sipho Mokoena will, on Thursday, host his Angolan counterpart, President Manuel Neto, for a State Visit.",
			"Sipho Mokoena|President|ZA, Manuel Neto|President|AO"},
		{"BR", "The Vice President of the Republic, Paulo Matos, met this Wednesday with the Prime Minister of Vietnam, Tran Van Long, in Brasília.",
			"Paulo Matos|Vice President of the Republic|BR, Tran Van Long|Prime Minister of Vietnam|VN"},
		{"EG", "Foreign Minister Karim Fahmy met on Sunday 12 January with the European Commissioner for the Mediterranean, Ana Kovač, in Brussels.",
			"Karim Fahmy|Foreign Minister|EG, Ana Kovač|European Commissioner for the Mediterranean|EU"},
		{"PK", "Foreign Minister Imran Qadir met the Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal bin Nasser Al Saud.",
			"Imran Qadir|Foreign Minister|PK, Faisal bin Nasser Al Saud|Foreign Minister of the Kingdom of Saudi Arabia|SA"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestWeekdayDates21: a weekday with the day of the month in brackets
// ("on Wednesday (14/5)", as Indonesia's pages write it) is that day; a
// weekday of a meeting still to come ("will on Thursday host", "next
// Tuesday") is the coming one; of two weekdays the first named is the
// meeting's.
func TestWeekdayDates21(t *testing.T) {
	pub := time.Date(2025, 7, 11, 9, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct{ lead, want string }{
		{"Foreign Minister Dewi Lestari received the Ambassador of Korea, Kim Min-jun, at the Pancasila Building on Wednesday (14/5).", "2025-05-14"},
		{"The Minister received, this Tuesday (8), the Foreign Minister of Chile, Rosa Muñoz.", "2025-07-08"},
		// (A bracket that is not that weekday's date is left alone.)
		{"Foreign Minister Dewi Lestari received the Ambassador of Korea, Kim Min-jun, on Wednesday (15/5).", "2025-07-09"},
		{"President Sipho Mokoena will on Thursday host his Angolan counterpart, President Manuel Neto.", "2025-07-17"},
		{"President Sipho Mokoena will host his Angolan counterpart, President Manuel Neto, next Tuesday.", "2025-07-15"},
		{"President Sipho Mokoena met his Angolan counterpart, President Manuel Neto, on Tuesday and will visit Luanda on Monday.", "2025-07-08"},
		{"President Sipho Mokoena met his Angolan counterpart, President Manuel Neto, on Monday and will visit Luanda on Tuesday.", "2025-07-07"},
	} {
		r, err := Parse(Document{Title: "Meeting", Body: c.lead + "\n\nThey discussed trade.\n", Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		if r.Meeting.Date != c.want {
			t.Errorf("%s\n date %q, want %q", c.lead, r.Meeting.Date, c.want)
		}
	}
}
