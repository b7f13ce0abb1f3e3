package readout

import (
	"strings"
	"testing"
)

// genreCase is a lead of a ministry's house style and what a reader
// takes from it: principals as "Name/CC", and the place.
type genreCase struct {
	name, pub, title, body string
	want                   []string
	place                  string
}

func checkGenre(t *testing.T, tests []genreCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: tt.pub})
			if err != nil {
				t.Fatal(err)
			}
			got := principalList(r)
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("principals %v, want %v", got, tt.want)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// Leads of ministries outside the corpus (sentences of our own): styles
// before a name, a call received "today", visits, an invitation, a
// dateline, a clause between the subject and its verb, and "he" for the
// one the sentence before names.
func TestGenreLeads(t *testing.T) {
	checkGenre(t, []genreCase{
		{"Shri and H.E. Mr.", "IN", "", "Prime Minister Shri Rajan Verma received a telephone call today from the Prime Minister of Norway, H.E. Mr. Lars Berg.",
			[]string{"Rajan Verma/IN", "Lars Berg/NO"}, ""},
		{"Dato' Seri Utama Haji", "SG", "", "Minister for Foreign Affairs Dr Lee Wen met Malaysian Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad bin Haji Karim in Putrajaya today.",
			[]string{"Lee Wen/SG", "Ahmad Karim/MY"}, "Putrajaya"},
		{"Dato' Seri before the name", "IN", "", "Prime Minister Shri Rajan Verma held talks with Prime Minister of Malaysia H.E. Dato' Seri Ahmad Karim at Hyderabad House in New Delhi today.",
			[]string{"Rajan Verma/IN", "Ahmad Karim/MY"}, "Hyderabad House, New Delhi"},
		{"an official visit", "IN", "Visit of External Affairs Minister to Chile", "External Affairs Minister Dr. Anil Mehta paid an official visit to Chile on May 4-5, 2025.",
			[]string{"Anil Mehta/IN"}, "Chile"},
		{"at the invitation of", "BR", "State Visit of the President of Peru to Brazil", "At the invitation of President Ana Costa, the President of the Republic of Peru, Luis Soto, paid a State Visit to Brazil on 3 May 2024. In Brasília, the two Presidents held a private meeting at the Planalto Palace, followed by an expanded meeting with their delegations.",
			[]string{"Ana Costa/BR", "Luis Soto/PE"}, "Planalto Palace"},
		{"a dateline", "ID", "", "Hanoi, 2 May 2025 - Foreign Minister of the Republic of Indonesia, Budi Santoso, held a bilateral meeting with Foreign Minister of Viet Nam, Tran Van Minh, in Hanoi.",
			[]string{"Budi Santoso/ID", "Tran Van Minh/VN"}, "Hanoi"},
		{"who is on a visit", "RU", "", "Ivan Petrov, who is in Kazakhstan on a state visit, held talks with President of Kazakhstan Nurlan Abenov.",
			[]string{"Ivan Petrov/RU", "Nurlan Abenov/KZ"}, ""},
		{"he, of the sentence before", "DE", "Foreign Minister Weber in Prague: talks with Czech Foreign Minister Novak", "Federal Foreign Minister Karl Weber travelled to Prague on Monday. In the Czech capital, he held talks with his counterpart Jan Novak.",
			[]string{"Karl Weber/DE", "Jan Novak/CZ"}, "Prague"},
	})
}

// A principal's styles go with the title from a summary: "Shri Verma"
// is "Verma", "H.E. Mr. Berg" "Berg".
func TestGenreStylesInSummaries(t *testing.T) {
	r, err := Parse(Document{PublisherCountry: "IN", Title: "Telephone conversation between Prime Minister and President of Norway",
		Body: "Prime Minister Shri Rajan Verma spoke on the phone today with President of Norway H.E. Mr. Lars Berg and thanked him for the invitation to the Oslo Forum."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Sections {
		if containsAny(s.Summary, "Shri", "H.E.", "Mr.") {
			t.Errorf("summary %q keeps a style", s.Summary)
		}
	}
	// "External Affairs Minister Dr. Mehta" is "Mehta", and "Malaysian
	// Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad" "Ahmad of
	// Malaysia": the styles go before the title's forms are looked for.
	for _, tt := range []struct{ pub, title, body, want string }{
		{"IN", "Visit of External Affairs Minister to Chile", "External Affairs Minister Dr. Anil Mehta paid an official visit to Chile on May 4-5, 2025.", "Mehta paid an official visit to Chile"},
		{"SG", "Minister for Foreign Affairs Dr Arun Nair's Meeting with Malaysian Minister of Foreign Affairs", "Minister for Foreign Affairs Dr Arun Nair met Malaysian Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad bin Haji Karim in Putrajaya today.\n\nMinister Nair and Minister Ahmad reaffirmed the excellent bilateral relations and discussed progress on the Johor-Singapore Special Economic Zone.", "Nair met Ahmad"},
	} {
		r, err := Parse(Document{PublisherCountry: tt.pub, Title: tt.title, Body: tt.body})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Sections) == 0 || !strings.HasPrefix(r.Sections[0].Summary, tt.want) {
			t.Errorf("%s: summaries %v, want one opening %q", tt.title, r.Sections, tt.want)
		}
	}
}

// A trip's hosts in later paragraphs, each at a capital the sentence
// opens with: "In Lima, she met …" gives the host Peru's, whatever the
// trip's other stops.
func TestGenreTripHostsAtCapitals(t *testing.T) {
	checkGenre(t, []genreCase{
		{"two capitals", "SG", "Minister for Foreign Affairs's Visit to Chile and Peru",
			"Minister for Foreign Affairs Dr Arun Nair visited Chile and Peru from 3 to 7 May 2025.\nIn Santiago, Minister Nair called on Vice President Ana Rojas and held a bilateral meeting with Minister of Foreign Affairs Pablo Vera.\nIn Lima, Minister Nair met Minister of Foreign Affairs Luis Soto.",
			[]string{"Arun Nair/SG", "Ana Rojas/CL", "Pablo Vera/CL", "Luis Soto/PE"}, "Santiago"},
		{"met today with is no host", "US", "Readout of the President's Meeting with Chancellor Karl Weber of Germany",
			"President Jane Roe met today with Chancellor Karl Weber of Germany ahead of the G7 Leaders’ Summit.",
			[]string{"Jane Roe/US", "Karl Weber/DE"}, ""},
	})
}

// Later hosts met by the subject named by the initials of the office
// ("EAM called on …"), a host's office "for" a portfolio, a subject of
// one name between commas, and those an event was attended with.
func TestGenreOfficesAndOneNames(t *testing.T) {
	checkGenre(t, []genreCase{
		{"initials and an office for a portfolio", "IN", "Visit of External Affairs Minister to Chile",
			"External Affairs Minister Dr. Anil Mehta paid an official visit to Chile on May 4-5, 2025.\nDuring the visit, EAM called on President Ana Rojas. He held talks with Minister for Foreign Affairs Dr. Pablo Vera on trade.",
			[]string{"Anil Mehta/IN", "Ana Rojas/CL", "Pablo Vera/CL"}, "Chile"},
		{"one name between commas", "ID", "",
			"Foreign Minister of the Republic of Indonesia, Budiman, held a bilateral meeting with Foreign Minister of the Republic of Chile, Pablo Vera, in Jakarta.",
			[]string{"Budiman/ID", "Pablo Vera/CL"}, "Jakarta"},
		{"attended with", "KR", "Outcome of the Korea-Chile-Peru Foreign Ministers' Meeting",
			"Minister of Foreign Affairs Park Min-ho attended the Korea-Chile-Peru Foreign Ministers' Meeting with Minister of Foreign Affairs of Chile Pablo Vera and Minister of Foreign Affairs of Peru Luis Soto in Lima on May 2.",
			[]string{"Park Min-ho/KR", "Pablo Vera/CL", "Luis Soto/PE"}, "Lima"},
	})
}

// A minister writing as "I", named by the page's byline; a meeting placed
// by the capital its sentence opens with; "called on" a host in person.
func TestGenreFirstPersonAndCapitals(t *testing.T) {
	checkGenre(t, []genreCase{
		{"I and the byline", "AU", "Call with Chilean Foreign Minister",
			"Senator the Hon Jane Roe Minister for Foreign Affairs\nCall with Chilean Foreign Minister\n9 May 2025\nToday I spoke with Chile's Foreign Minister Pablo Vera.",
			[]string{"Jane Roe/AU", "Pablo Vera/CL"}, ""},
		{"I at two capitals", "AU", "Visit to Chile and Peru",
			"Senator the Hon Jane Roe Minister for Foreign Affairs\nVisit to Chile and Peru\nThis week I travelled to Chile and Peru.\nIn Santiago, I met President Ana Rojas.\nIn Lima, I met Prime Minister Luis Soto.",
			[]string{"Jane Roe/AU", "Ana Rojas/CL", "Luis Soto/PE"}, "Santiago"},
		{"called on", "SG", "Minister's Visit to Chile",
			"In Santiago, Minister Arun Nair called on Vice President Ana Rojas.",
			[]string{"Arun Nair/SG", "Ana Rojas/CL"}, "Santiago"},
		{"no byline, no name", "AU", "Call with Chilean Foreign Minister",
			"Today I spoke with Chile's Foreign Minister Pablo Vera.",
			[]string{"/AU", "Pablo Vera/CL"}, ""},
	})
}

// A range of days starts on its first: "from 3 to 7 May 2025".
func TestGenreDateRanges(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"visited Chile from 3 to 7 May 2025.", "2025-05-03"},
		{"visited Chile on 3-4 May 2025.", "2025-05-03"},
		{"visited Chile on 7 May 2025.", "2025-05-07"},
		{"a plan for 2024 to 7 May 2025.", "2025-05-07"},
	} {
		d, ok := findDate(tt.s)
		if !ok {
			t.Errorf("%q: no date", tt.s)
			continue
		}
		if got := d.time().Format("2006-01-02"); got != tt.want {
			t.Errorf("%q: %s, want %s", tt.s, got, tt.want)
		}
	}
}

// "Member of the Political Bureau of the CPC Central Committee and
// Foreign Minister Wang Yi": the offices joined by "and" are one title,
// which the summary leaves to the post.
func TestGenreJoinedOffices(t *testing.T) {
	r, err := Parse(Document{PublisherCountry: "CN", Title: "Li Ming Holds Talks with Chilean Foreign Minister Pablo Vera",
		Body: "On April 1, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Li Ming held talks with Chilean Foreign Minister Pablo Vera in Beijing."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Participants) == 0 || r.Participants[0].Title != "Member of the Political Bureau of the CPC Central Committee and Foreign Minister" {
		t.Errorf("participants %v", r.Participants)
	}
	if len(r.Sections) == 0 || strings.HasPrefix(r.Sections[0].Summary, "Member") {
		t.Errorf("summaries %v", r.Sections)
	}
	// A country's office before "and" is another person's: no join.
	if got := joinedOffices("Minister of Chile and Foreign Minister Li Ming ", "Foreign Minister"); got != "Foreign Minister" {
		t.Errorf("joined %q", got)
	}
}

// A Malay name is written without its patronymic's "bin" in Malaysia's
// and Brunei's English; elsewhere "bin" stays ("Mohammed bin Salman").
func TestGenreMalayNames(t *testing.T) {
	for _, tt := range []struct{ name, country, want string }{
		{"Ahmad bin Haji Karim", "MY", "Ahmad Karim"},
		{"Siti binti Yusof", "BN", "Siti Yusof"},
		{"Mohammed bin Salman", "SA", "Mohammed bin Salman"},
		{"Haitham bin Tariq", "OM", "Haitham bin Tariq"},
	} {
		if got := displayName(tt.name, tt.country, false); got != tt.want {
			t.Errorf("displayName(%q, %s) = %q, want %q", tt.name, tt.country, got, tt.want)
		}
	}
}

// An office longer than compactTitles' ("Senior Minister", "General
// Secretary") goes whole before a name, not its last word alone.
func TestGenreLongerOffices(t *testing.T) {
	for in, want := range map[string]string{
		"EAM called on Prime Minister Ana Rojas and Senior Minister Lee Wen.": "EAM called on Ana Rojas and Lee Wen.",
		"Biden spoke with General Secretary Trong of Vietnam.":                "Biden spoke with Trong of Vietnam.",
		"Senior Minister Lee Wen met Deputy Prime Minister Jan Novak.":        "Lee Wen met Jan Novak.",
	} {
		if got := compactTitles(in); got != want {
			t.Errorf("compactTitles(%q) = %q, want %q", in, got, want)
		}
	}
}
