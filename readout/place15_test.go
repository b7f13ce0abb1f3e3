package readout

import (
	"strings"
	"testing"
	"time"
)

// The meeting's place, day and start time on the pages of any ministry,
// generated: datelines on a line of their own (in capitals, with an
// ordinal day, a city that is no capital, a date with the hour of
// publication), datelines with an agency before the dash, the
// publisher's own building with the city left to the dateline, a venue
// in an opening phrase ("This morning, in the Presidential Palace,"),
// a session "held at" a venue, "this Monday", a visit of several days
// whose talks are dated in the next sentence, and clock times written
// "10.30 hours" or "10.00 local time", or given for the guest's arrival
// in the lead's next sentence; and the forms that have no place or time
// (a call, a session to come, a duration). A form is read when the
// place holds one of the expected spellings (or is empty when none is
// stated) and names no person, and the day and the start are the
// expected ones. It fails below forms15Floor.
const forms15Floor = 174

// secondCities are cities of the publishers that are not their
// capitals.
var secondCities = map[string]string{"HU": "Debrecen", "LT": "Kaunas", "GH": "Kumasi", "MA": "Marrakech",
	"PE": "Cusco", "MN": "Erdenet", "IE": "Cork", "KW": "Jahra"}

type form15 struct {
	title, body string // body holds the lead, perhaps after a header
	place       string // spellings ("|"), "" for none
	date, start string // date "" is not checked
}

var forms15 = []struct {
	name string
	doc  func(p, g grammarSide, subj, obj string) form15
}{
	// Places.
	{"header dateline in capitals, ordinal day", func(p, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Foreign Minister receives a guest",
			body:  strings.ToUpper(p.city) + ", 5th March 2025\n\n" + subj + " received " + obj + ", who is visiting the country.",
			place: p.city, date: "2025-03-05"}
	}},
	{"header dateline, a second city the title names", func(p, g grammarSide, subj, obj string) form15 {
		c := secondCities[p.code]
		return form15{title: "Foreign Minister receives the Foreign Minister of " + g.name + " in " + c,
			body:  c + " – 5 March 2025\n\n" + subj + " met with " + obj + " today.",
			place: c, date: "2025-03-05"}
	}},
	{"header dateline, a second city, at the Ministry", func(p, _ grammarSide, subj, obj string) form15 {
		c := secondCities[p.code]
		return form15{title: "Foreign Minister receives a guest",
			body:  c + ", 5 March 2025\n\n" + subj + " received today at the Ministry " + obj + ".",
			place: c, date: "2025-03-05"}
	}},
	{"lead dateline, a second city, at the Ministry", func(p, _ grammarSide, subj, obj string) form15 {
		c := secondCities[p.code]
		return form15{title: "Foreign Minister receives a guest",
			body:  c + ", 5 March 2025 – " + subj + " received today at the Ministry " + obj + ".",
			place: c, date: "2025-03-05"}
	}},
	{"header dateline, a second city, a call", func(p, _ grammarSide, subj, obj string) form15 {
		c := secondCities[p.code]
		return form15{title: "Telephone conversation",
			body:  c + ", 5 March 2025\n\n" + subj + " held a telephone conversation with " + obj + ".",
			place: "", date: "2025-03-05"}
	}},
	{"session held at a venue in City", func(p, g grammarSide, _, _ string) form15 {
		return form15{title: "Joint Communiqué",
			body: "The 5th Session of the Joint Commission of Cooperation between the Republic of " + p.name + " and " + g.name +
				" was held at the International Conference Centre in " + p.city + " on 3 March 2025.",
			place: p.city + "|International Conference Centre", date: "2025-03-03"}
	}},
	{"numbered, session held at a venue in City", func(p, g grammarSide, _, _ string) form15 {
		return form15{title: "Joint Communiqué",
			body: "1. The 5th Session of the Joint Commission of Cooperation between " + p.name + " and " + g.name +
				" was held at the International Conference Centre in " + p.city + " on 3 March 2025.\n\n" +
				"2. The two Ministers reviewed the cooperation between the two countries.",
			place: p.city + "|International Conference Centre", date: "2025-03-03"}
	}},
	{"numbered, session held at a venue, co-chairs next", func(p, g grammarSide, subj, obj string) form15 {
		return form15{title: "Joint Communiqué",
			body: "1. The 5th Session of the Joint Commission of Cooperation between " + p.name + " and " + g.name +
				" was held at the International Conference Centre in " + p.city + " from 3 to 4 March 2025.\n\n" +
				"2. The Ministerial Session, held on 4 March 2025, was co-chaired by " + lowerThe(subj) + " and " + obj + ".\n\n" +
				"3. The two Ministers reviewed the cooperation between the two countries.",
			place: p.city + "|International Conference Centre", date: "2025-03-04"}
	}},
	{"a session to come", func(_, g grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting",
			body:  "The two Ministers agreed that the next session of the Joint Commission will be held in " + g.city + " in 2026.",
			place: ""}
	}},
	{"opener: This morning, in the Palace,", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Audience",
			body:  "This morning, in the Presidential Palace, " + lowerThe(subj) + " received " + obj + ".",
			place: "Presidential Palace", date: "2025-03-05"}
	}},
	{"opener: Today, in City,", func(p, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting",
			body:  "Today, in " + p.city + ", " + lowerThe(subj) + " held talks with " + obj + ".",
			place: p.city, date: "2025-03-05"}
	}},
	{"opener: On 3 March in City,", func(p, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Working visit",
			body:  "On 3 March in " + p.city + ", " + lowerThe(subj) + " held bilateral talks with " + obj + ".",
			place: p.city, date: "2025-03-03"}
	}},
	{"date and hour of publication on a line", func(p, g grammarSide, subj, obj string) form15 {
		return form15{title: "Talks in " + g.city,
			body: "5 March, 2025 - 14:05\n\n" + subj + ", who is on an official visit to " + g.name + ", held talks today with " +
				obj + " at the Ministry of Foreign Affairs of " + g.name + " in " + g.city + ".",
			place: g.city + "|Ministry of Foreign Affairs of " + g.name, date: "2025-03-05"}
	}},
	{"venue, then the guest after a comma", func(p, g grammarSide, subj, _ string) form15 {
		return form15{title: "Meeting",
			body: subj + " received today at the General Secretariat in " + p.city + ", H.E. Dr. " + g.person +
				", Minister of Foreign Affairs of " + g.name + ".",
			place: p.city, date: "2025-03-05"}
	}},
	// Days.
	{"held this Monday a meeting", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting", body: subj + " held this Monday a meeting with " + obj + ".", date: "2025-03-03"}
	}},
	{"received this Monday at a venue", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting", body: subj + " received this Monday at the Presidential Palace " + obj + ".",
			place: "Presidential Palace", date: "2025-03-03"}
	}},
	{"dateline with an agency, on Monday", func(p, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting",
			body:  p.city + ", 5 March 2025 (MFA) - " + subj + " held talks on Monday in " + p.city + " with " + obj + ".",
			place: p.city, date: "2025-03-03"}
	}},
	{"dateline Month D, YYYY (Agency).-, this Tuesday", func(p, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting",
			body:  p.city + ", March 5, 2025 (Foreign Ministry).- " + subj + " held this Tuesday a meeting with " + obj + ".",
			place: p.city, date: "2025-03-04"}
	}},
	{"visit of two days, talks dated next", func(p, g grammarSide, subj, _ string) form15 {
		return form15{title: "Joint Press Release",
			body: "At the invitation of " + lowerThe(subj) + ", the Minister of Foreign Affairs of " + g.name + ", " + g.person +
				", paid an official visit to " + p.name + " on 3-4 March 2025. The two Ministers held talks at the Ministry of Foreign Affairs in " +
				p.city + " on Tuesday, 4 March.",
			place: p.city + "|Ministry of Foreign Affairs", date: "2025-03-04"}
	}},
	{"visit of three days, talks dated in the next paragraph", func(p, g grammarSide, subj, _ string) form15 {
		return form15{title: "Official visit",
			body: "The Minister of Foreign Affairs of " + g.name + ", " + g.person + ", paid an official visit to " + p.name +
				" from 2 to 4 March 2025 at the invitation of " + lowerThe(subj) + ".\n\n" +
				"The two Ministers held bilateral discussions at the Ministry of Foreign Affairs in " + p.city + " on 3 March 2025.",
			place: p.city + "|Ministry of Foreign Affairs", date: "2025-03-03"}
	}},
	{"trip of several days, first meeting in the next paragraph", func(p, g grammarSide, subj, obj string) form15 {
		return form15{title: "Foreign Minister visits " + g.name,
			body: subj + " travelled to " + g.name + " from 3 to 5 March.\n\n" +
				"In " + g.city + ", the Foreign Minister met with " + obj + " and discussed trade.",
			place: g.city, date: "2025-03-03"}
	}},
	{"trip of several days, first meeting dated", func(p, g grammarSide, subj, obj string) form15 {
		return form15{title: "Foreign Minister visits " + g.name,
			body: subj + " travelled to " + g.name + " from 2 to 5 March.\n\n" +
				"On Monday in " + g.city + ", the Foreign Minister met with " + obj + " and discussed trade.",
			place: g.city, date: "2025-03-03"}
	}},
	{"no day in the lead, yesterday in a spokesperson's paragraph", func(p, g grammarSide, subj, obj string) form15 {
		return form15{title: "Foreign Minister's meeting with " + g.demonym + " Foreign Minister " + g.person + ", 5 March 2025",
			body: subj + " and " + obj + " met in " + p.city + ".\n\nA Ministry spokesperson said:\n\n" +
				"The Foreign Minister and " + g.person + " had a warm and productive meeting in " + p.city + " yesterday.",
			place: p.city, date: "2025-03-04"}
	}},
	{"no day in the lead, a later meeting dated", func(p, g grammarSide, subj, obj string) form15 {
		return form15{title: "Foreign Minister's meeting with " + g.demonym + " Foreign Minister " + g.person + ", 5 March 2025",
			body: subj + " and " + obj + " met in " + p.city + ".\n\nThe two ministers discussed trade.\n\n" +
				"They agreed that their officials would meet again in " + g.city + " in May.",
			place: p.city, date: "2025-03-05"}
	}},
	// Start times.
	{"at 10.30 hours today", func(p, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Talks",
			body:  subj + " held talks with " + obj + " at the Ministry of Foreign Affairs in " + p.city + ", at 10.30 hours today.",
			place: p.city + "|Ministry of Foreign Affairs", date: "2025-03-05", start: "10:30"}
	}},
	{"at 11 a.m. today", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting", body: subj + " received " + obj + " at 11 a.m. today.", date: "2025-03-05", start: "11:00"}
	}},
	{"at 10.00 local time", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting", body: subj + " met with " + obj + " at 10.00 local time on Monday.", date: "2025-03-03", start: "10:00"}
	}},
	{"arrival time in the next sentence", func(_, g grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting",
			body: subj + " received " + obj + " at the Presidential Palace on Monday. Upon " + pronoun(g) +
				" arrival at around 10.00 local time, the guest was welcomed with an official ceremony.",
			place: "Presidential Palace", date: "2025-03-03", start: "10:00"}
	}},
	{"a duration, no start", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting", body: subj + " held talks with " + obj + " on Monday for 1.5 hours.", date: "2025-03-03"}
	}},
	{"an amount, no start", func(_, _ grammarSide, subj, obj string) form15 {
		return form15{title: "Meeting",
			body: subj + " met with " + obj + " on Monday. They signed a loan agreement of 10.50 million euros.", date: "2025-03-03"}
	}},
}

func TestLeadForms15(t *testing.T) {
	published := time.Date(2025, 3, 5, 18, 0, 0, 0, time.UTC) // a Wednesday
	read, total := 0, 0
	by := map[string][2]int{}
	n := 0
	for _, f := range forms15 {
		for k := 0; k < 6; k++ {
			p, g, subj, obj := grammarPick(n)
			n++
			c := f.doc(p, g, subj, obj)
			body := c.body + "\n\nThe two ministers discussed bilateral relations and regional issues.\n"
			r, err := Parse(Document{Title: c.title, Body: body, PublisherCountry: p.code, Published: published})
			if err != nil {
				t.Fatal(err)
			}
			m := r.Meeting
			loc := m.Location
			ok := c.place == "" && loc == "" || c.place != "" && loc != "" && matchesAny(loc, c.place)
			// A place is never a fragment that runs on into a person.
			ok = ok && !containsText(loc, g.person) && !containsText(loc, p.person)
			ok = ok && (c.date == "" || m.Date == c.date) && m.StartLocal == c.start
			total++
			fig := by[f.name]
			fig[1]++
			if ok {
				read++
				fig[0]++
			} else {
				t.Logf("place %q date %q start %q, want %q %q %q: %s", loc, m.Date, m.StartLocal, c.place, c.date, c.start, c.body)
			}
			by[f.name] = fig
		}
	}
	logFigures(t, by)
	t.Logf("forms read: %d/%d (%.0f%%)", read, total, 100*float64(read)/float64(total))
	if read < forms15Floor {
		t.Errorf("forms read %d, below the floor %d", read, forms15Floor)
	}
}
