package readout

import (
	"strings"
	"testing"
	"time"
)

// Forms read in genre15's readouts (everyday readouts of the busiest
// publishers), each tested on readouts written for the test in new words.

// TestAssociatedLinksTrailer: "Associated links" over a list of links at
// a page's foot opens its trailer, as "Related links" does: the list is
// no section of the readout, and the readout's text keeps its summary.
func TestAssociatedLinksTrailer(t *testing.T) {
	body := "June 2, 2025 - Ottawa, Ontario - Global Affairs Canada\n\n" +
		"The Honourable Anita Anand, Minister of Foreign Affairs, today spoke with Penny Wong, Minister for Foreign Affairs of Australia.\n\n" +
		"The ministers discussed critical minerals supply chains and the security of undersea cables in the Indo-Pacific.\n\n" +
		"They agreed to meet on the margins of the next G20 meeting.\n\n" +
		"Associated links\n\n- Canada-Australia relations\n- Canada's Indo-Pacific Strategy"
	r, err := Parse(Document{Title: "Minister Anand speaks with Australia's Minister for Foreign Affairs", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Sections {
		if strings.Contains(s.Heading, "relations") || strings.Contains(s.Text, "Indo-Pacific Strategy") || strings.Contains(s.Text, "Associated links") {
			t.Errorf("section %q holds the trailer: %q", s.Heading, s.Text)
		}
	}
	if len(r.Sections) == 0 || r.Sections[0].Summary == "" && len(r.KeyPoints) == 0 {
		t.Errorf("no summary: sections %+v, key points %q", r.Sections, r.KeyPoints)
	}
}

// TestAnniversaryYearAfterSubject: a year phrase right after an
// anniversary's subject is its own, though another year phrase of the
// sentence stands nearer the ordinal.
func TestAnniversaryYearAfterSubject(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, sentence string
		ordinal, year  int
	}{
		{"a later year after the subject",
			"The Secretary-General welcomed Japan's support for the Philippines' Chairmanship in 2026 and for the preparations of the 50th anniversary of ASEAN-Japan Dialogue Relations in 2027.",
			50, 2027},
		{"the founding year after the subject",
			"Both sides recalled the Chairmanship of Singapore in 2024 and the 30th anniversary of the Strategic Dialogue established in 1995.",
			30, 2025},
		{"no year after the subject keeps the nearest",
			"The Ministers noted that 2025 marks the 60th anniversary of diplomatic relations, and agreed to hold the Joint Commission in 2026.",
			60, 2025},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "The Minister of Foreign Affairs, Enrique Manalo, met the Minister for Foreign Affairs of Japan, Takeshi Iwaya, in Manila.\n\n" + tt.sentence
			r, err := Parse(Document{Title: "Meeting", Body: body, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range r.Anniversaries {
				if a.Ordinal == tt.ordinal {
					if a.Year != tt.year {
						t.Errorf("anniversary %d of %q falls in %d, want %d", a.Ordinal, a.Subject, a.Year, tt.year)
					}
					return
				}
			}
			t.Errorf("no anniversary %d in %+v", tt.ordinal, r.Anniversaries)
		})
	}
}

// TestTradeFiguresNoPledges: trade that "crossed", "surpassed" or was "of"
// an amount measures what is; money committed beside it is still a
// pledge.
func TestTradeFiguresNoPledges(t *testing.T) {
	tests := []struct {
		name, sentence string
		pledges        int
	}{
		{"crossed", "They noted that two-way trade had crossed USD 12 billion last year.", 0},
		{"surpassed", "Bilateral trade surpassed 4 billion euros in 2024, the ministers noted.", 0},
		{"trade of", "Chile is Korea's main partner in the region, with a trade of US$ 7.2 billion in 2024.", 0},
		{"trade beside a pledge", "Trade crossed USD 3 billion, and Japan pledged USD 20 million for flood relief.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "External Affairs Minister Dr. S. Jaishankar met H.E. Mr. Yvan Gil, Minister of Foreign Affairs of Venezuela, in New Delhi.\n\n" + tt.sentence
			r, err := Parse(Document{Title: "Meeting", Body: body})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Pledges) != tt.pledges {
				t.Errorf("pledges %+v, want %d", r.Pledges, tt.pledges)
			}
		})
	}
}

// TestOfficeInitialsSpeaker: "The PCS noted that …" is the office's
// words, and its initials stay in capitals; a family name in capitals
// keeps its normal capitals.
func TestOfficeInitialsSpeaker(t *testing.T) {
	tests := []struct{ subj, want string }{
		{"The PCS", "PCS"},
		{"the PS", "PS"},
		{"Foreign Minister MOTEGI", "Motegi"},
		{"Prime Minister ISHIBA Shigeru", "Ishiba Shigeru"},
	}
	for _, tt := range tests {
		if got := compactSpeaker(tt.subj); got != tt.want {
			t.Errorf("compactSpeaker(%q) = %q, want %q", tt.subj, got, tt.want)
		}
	}
}

// TestTopicsWithoutPrepositionsOrBareSupply: a preposition or a relative
// clause's verb opens no topic
// ("the smuggling networks behind irregular migration" lists "irregular
// migration"), and "supply" alone is no matter ("the supply of spare
// parts"), though "energy supply" is.
func TestTopicsWithoutPrepositionsOrBareSupply(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
		not      []string
	}{
		{"They discussed the smuggling networks behind irregular migration.", []string{"irregular migration"}, []string{"behind irregular migration"}},
		{"The Minister urged an end to the supply of spare parts for drones.", nil, []string{"supply"}},
		{"The ministers discussed energy supply for the winter.", []string{"energy supply"}, nil},
		{"They raised the rifles smuggled across the border, which feed crime in the region.", nil, []string{"which feed crime", "feed crime"}},
		{"She named the networks who traffic migrants and weapons.", []string{"weapons"}, []string{"who traffic migrants", "traffic migrants"}},
		{"They noted that total trade reached a record.", []string{"total trade"}, nil},
	}
	for _, tt := range tests {
		got := topicPhrases(strings.Fields(tt.sentence))
		for _, w := range tt.want {
			if !containsString(got, w) {
				t.Errorf("topics of %q: %q, want %q among them", tt.sentence, got, w)
			}
		}
		for _, n := range tt.not {
			if containsString(got, n) {
				t.Errorf("topics of %q: %q, want no %q", tt.sentence, got, n)
			}
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPortugueseParticlesInNames: "do" and "das" join a Portuguese name
// of a place as "de" and "dos" do ("Palácio do Planalto"); "and Head of"
// joins no name.
func TestPortugueseParticlesInNames(t *testing.T) {
	var buf runBuffers
	tests := []struct{ sentence, want string }{
		{"The Minister was later received by Vice President Geraldo Alckmin at the Palácio do Planalto.", "Palácio do Planalto"},
		{"The two ministers visited the Casa das Rosas in São Paulo.", "Casa das Rosas"},
		// "and Head of …" opens the next person's office: the first name
		// ends before it.
		{"The delegation also included Minister of Defence Karim Saleh and Head of General Security Omar Nasser.", "Karim Saleh"},
	}
	for _, tt := range tests {
		if got := nameRuns(tt.sentence, countryMemo{}, &buf); !containsString(got, tt.want) {
			t.Errorf("nameRuns(%q) = %q, want %q among them", tt.sentence, got, tt.want)
		}
	}
}

// TestSentenceOpensWithParticle: a sentence may open with a name whose
// particle is in lower case, as a summary writes "Foreign Secretary de
// la Fuente" once the office has gone; an English word in lower case
// still opens none.
func TestSentenceOpensWithParticle(t *testing.T) {
	tests := []struct {
		para string
		n    int
	}{
		{"The sides agreed on a working group on arms trafficking. de la Fuente stressed the principle of shared responsibility.", 2},
		{"The President welcomed the Chancellor. van der Bellen recalled the treaty of 1955.", 2},
		{"The Minister thanked Türkiye. al-Shaibani asked for support in the energy sector.", 2},
		{"The talks ran to 5 p.m. and the two then held a press conference.", 1},
		{"The ministers met at approx. de facto noon.", 1},
	}
	for _, tt := range tests {
		if got := splitSentences(tt.para); len(got) != tt.n {
			t.Errorf("splitSentences(%q) = %q, want %d sentences", tt.para, got, tt.n)
		}
	}
}

// TestPledgePurposeBefore: a pledge whose purpose the clause before it
// names ("the Green Climate Fund, to which Korea has pledged US$ 300
// million") carries it; a purpose after the amount still comes first,
// and a thing in lower case before the comma is none.
func TestPledgePurposeBefore(t *testing.T) {
	tests := []struct{ sentence, purpose string }{
		{"The Minister recalled the Green Climate Fund, to which Korea has pledged US$ 300 million.", "Green Climate Fund"},
		{"They discussed investment in the Lobito Corridor, where European firms have committed around USD 2 billion.", "Lobito Corridor"},
		{"They welcomed the Ocean Fund, to which Norway contributed NOK 80 million for coral reefs.", "coral reefs"},
		{"They visited the new port, where investors have committed USD 40 million.", ""},
	}
	for _, tt := range tests {
		body := "The Minister for Foreign Affairs, Dr Vivian Balakrishnan, met the Foreign Minister of Korea, Cho Tae-yul, in Singapore.\n\n" + tt.sentence
		r, err := Parse(Document{Title: "Meeting", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Pledges) != 1 {
			t.Errorf("%q: pledges %+v, want one", tt.sentence, r.Pledges)
			continue
		}
		if r.Pledges[0].Purpose != tt.purpose {
			t.Errorf("%q: purpose %q, want %q", tt.sentence, r.Pledges[0].Purpose, tt.purpose)
		}
	}
}

// TestDiscussedAndOn: "discussed X, and on Y" loses the "on" a rewritten
// "exchanged views on" left; a day or a name after "on" keeps it.
func TestDiscussedAndOn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Both discussed the situation in Sudan, and on the protection of civilians.", "Both discussed the situation in Sudan, and the protection of civilians."},
		{"Both discussed energy, and about the grid link to Sicily.", "Both discussed energy, and the grid link to Sicily."},
		{"Both discussed trade, and on Monday signed a memorandum.", "Both discussed trade, and on Monday signed a memorandum."},
		{"Both discussed trade. They agreed, and on the eve of the summit met again.", "Both discussed trade. They agreed, and on the eve of the summit met again."},
	}
	for _, tt := range tests {
		if got := discussedAndOn(tt.in); got != tt.want {
			t.Errorf("discussedAndOn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
