package readout

import (
	"slices"
	"testing"
	"time"
)

// TestLaterHosts checks that the hosts a readout's later paragraphs say
// its subject met are principals, with the country of the stop, of their
// office, of the other hosts of the sentence or of the last place the
// subject went; that people of a country that is no side, or met by
// someone else, are not; and that the leaders who join, and the
// publisher's people they join, are principals wherever the readout says
// so.
func TestLaterHosts(t *testing.T) {
	tests := []struct {
		name, title, body string
		want, not         []string // name|country
	}{
		{
			"stops of a trip, each after \", where\"",
			"Readout of Senior Officials’ Travel to Tonga, Samoa and Vanuatu",
			"On May 2, a U.S. delegation led by Pacific Coordinator Lena Park visited Nuku’alofa, Tonga. The delegation met with King Tupou VI.\n\n" +
				"The visit followed stops in Apia, Samoa, where they met with Prime Minister Mata Leavasa; and Vanuatu, where they met with Prime Minister Joel Natapei and the foreign minister.",
			[]string{"Mata Leavasa|WS", "Joel Natapei|VU"},
			nil,
		},
		{
			"a later day, two hosts joined by \"and\", the country of the body",
			"Readout of Envoy Sam Reid’s Trip to Israel and the West Bank",
			"Special Envoy Sam Reid visited Israel on March 3 and met with President Dan Oren.\n\n" +
				"On March 4, Mr. Reid traveled to Ramallah, the West Bank. Mr. Reid met with Chief Negotiator of the PLO Omar Haddad and Prime Minister of the Palestinian Authority Yusuf Nasser.",
			[]string{"Omar Haddad|PS", "Yusuf Nasser|PS"},
			nil,
		},
		{
			"consultations with a list of officials, of the one other side",
			"Readout of Deputy Advisor Kim Lowe’s Travel to India",
			"Deputy Advisor Kim Lowe led a U.S. delegation to New Delhi on May 2 for a technology review with Indian Deputy Advisor Ravi Menon.\n\n" +
				"Later, Ms. Lowe held consultations with Ambassador Menon, Minister of External Affairs A. Rao, and Foreign Secretary Nila Das for talks on the region.",
			[]string{"A. Rao|IN", "Nila Das|IN"},
			nil,
		},
		{
			"someone else's meeting, and a country that is no side",
			"Readout of the Secretary’s Meeting with Foreign Minister Ana Ruiz of Chile",
			"Secretary Paul Moss met with Foreign Minister Ana Ruiz of Chile in Washington.\n\n" +
				"Earlier, Minister Ruiz met with Senator Tom Hale. Secretary Moss also met with Foreign Minister Luis Vega of Peru.",
			[]string{"Ana Ruiz|CL"},
			[]string{"Tom Hale", "Luis Vega"},
		},
		{
			"the publisher's second host, named after \"Joining\" in a later paragraph",
			"Readout of the President’s Meeting on Flood Preparedness",
			"Today, President Ruth Lane convened a meeting with state governors on flood preparedness.\n\n" +
				"Joining President Lane and Vice President Omar Kent in the meeting were members of the cabinet and the heads of two agencies.",
			[]string{"Omar Kent|US"},
			nil,
		},
		{
			"a leader who joins at the end, said in a later paragraph",
			"Readout of the Secretary’s Call with Foreign Minister Ines Mora of Peru",
			"Secretary Paul Moss spoke today with Foreign Minister Ines Mora of Peru about trade.\n\n" +
				"They discussed regional security. President Ana Lopez of Peru joined the call at its end.",
			[]string{"Ines Mora|PE", "Ana Lopez|PE"},
			nil,
		},
		{
			"leaders who join, listed with semicolons",
			"Readout of the President’s Call with Nordic Leaders",
			"President Ruth Lane spoke today with Nordic leaders about energy.\n\n" +
				"Joining President Lane on the call were Prime Minister Anna Berg of Sweden; President Karl Roos of Finland; and Prime Minister Lars Dahl of Norway.",
			[]string{"Anna Berg|SE", "Karl Roos|FI", "Lars Dahl|NO"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, PublisherCountry: "US", Published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var got, names []string
			for _, p := range r.Participants {
				if p.Role == RolePrincipal {
					got = append(got, p.Name+"|"+p.Country)
					names = append(names, p.Name)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("principals %q, want %q among them", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(names, n) {
					t.Errorf("principals %q, want no %q", got, n)
				}
			}
		})
	}
}

// TestRankBeforeName checks that the full stop of a military rank between
// an office and a name ends neither the counterpart nor his name, and that
// a doctor's title still ends the chunk it ends.
func TestRankBeforeName(t *testing.T) {
	tests := []struct{ in, name string }{
		{"Commander of the Chilean Army Gen. Pablo Soto.", "Pablo Soto"},
		{"Chief of the Peruvian Navy Adm. Rosa Lima to discuss maritime security.", "Rosa Lima"},
	}
	for _, tt := range tests {
		ps, _ := counterpartPersons(tt.in)
		if len(ps) != 1 || ps[0].name != tt.name {
			t.Errorf("counterpartPersons(%q) = %+v, want %q", tt.in, ps, tt.name)
		}
	}
}
