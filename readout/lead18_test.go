package readout

import (
	"strings"
	"testing"
	"time"
)

// TestLeadForms18 holds leads in forms written fresh for session 16, in
// the house styles of ministries no set has: each gives its two
// principals with their countries.
func TestLeadForms18(t *testing.T) {
	for _, c := range []struct {
		pub, lead string
		want      []string // name|country of each principal
	}{
		// A visit received, as Brazil's ministry writes it in English.
		{"BR", "Minister Paulo Dias received the visit of the Minister of Foreign Affairs of Paraguay, Rosa Ortiz Benítez.",
			[]string{"Paulo Dias|BR", "Rosa Ortiz Benítez|PY"}},
		// A pair who held a meeting of their own name, written with an
		// indefinite article or an en dash.
		{"PH", "Secretary Ana Cruz and Japanese Foreign Minister Ken Mori held a Foreign Ministers' Meeting in Manila.",
			[]string{"Ana Cruz|PH", "Ken Mori|JP"}},
		{"PH", "Secretary Ana Cruz and Japanese Foreign Minister Ken Mori held the Philippines–Japan Foreign Ministers' Meeting in Manila.",
			[]string{"Ana Cruz|PH", "Ken Mori|JP"}},
		// The counterpart named in apposition after "her counterpart,".
		{"AU", "Foreign Minister Kate Bell met her counterpart, Indonesian Foreign Minister Dewi Lestari, in Jakarta on Tuesday.",
			[]string{"Kate Bell|AU", "Dewi Lestari|ID"}},
		// One name after the country's long form, with no comma.
		{"RU", "Foreign Minister Ivan Petrov held talks with Minister of Foreign Affairs of the Republic of Indonesia Hartono.",
			[]string{"Ivan Petrov|RU", "Hartono|ID"}},
		// The European Union's office written with a slash and no Union.
		{"IN", "EAM Dr. R. Kumar met High Representative/Vice-President Liisa Tamm in Brussels.",
			[]string{"R. Kumar|IN", "Liisa Tamm|EU"}},
	} {
		r := parseLead1(t, c.pub, c.lead)
		var got []string
		for _, p := range r.Participants {
			if p.Role == RolePrincipal {
				got = append(got, p.Name+"|"+p.Country)
			}
		}
		if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s\n\tprincipals %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestMononymNeedsACountryBeforeIt: a single word after "of <words>"
// names a person only where the words are a country's whole name: "the
// Minister of Foreign Affairs of the Republic of Guatemala" names no one.
func TestMononymNeedsACountryBeforeIt(t *testing.T) {
	r := parseLead1(t, "RU", "Foreign Minister Ivan Petrov held talks with the Minister of Foreign Affairs of the Republic of Guatemala.")
	if len(r.Participants) != 2 || r.Participants[1].Name != "" || r.Participants[1].Country != "GT" {
		t.Errorf("participants %+v", r.Participants)
	}
}

// TestJapaneseNameKnownInWesternOrder: Korea's pages write Japanese
// names family name first, but a page that writes a known holder's name
// in Western order ("Shigeru Ishiba") keeps it.
func TestJapaneseNameKnownInWesternOrder(t *testing.T) {
	for _, c := range []struct{ lead, want string }{
		{"President Kim Min-ho held a summit with Japanese Prime Minister Shigeru Ishiba in Tokyo.", "Shigeru Ishiba"},
		{"President Kim Min-ho held a summit with Japanese Prime Minister Ishiba Shigeru in Tokyo.", "Shigeru Ishiba"},
	} {
		r, err := Parse(Document{Title: "Summit", Body: c.lead + "\n\nThey discussed trade.\n", PublisherCountry: "KR",
			Published: time.Date(2025, 8, 23, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Participants) != 2 || r.Participants[1].Name != c.want {
			t.Errorf("%s\n\tparticipants %+v, want %q", c.lead, r.Participants, c.want)
		}
	}
}
