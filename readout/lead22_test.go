package readout

import (
	"strings"
	"testing"
)

// TestLeadForms22 reads leads in forms the parser missed in session 20,
// each written for this test with invented people: a senator's styles
// before a name and its office's comma, an audience "granted" with a
// capital, an envoy's post "in" a country, a venue between "met" and
// "with", a national authority's office, a message delivered by an
// envoy, "The Head of State, President X".
func TestLeadForms22(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"AU", "Senator the Hon Mary Cole, Minister for Foreign Affairs, met Prime Minister Peter Tovua of Solomon Islands in Honiara.",
			"Mary Cole|Minister for Foreign Affairs|AU, Peter Tovua|Prime Minister of Solomon Islands|SB"},
		{"AU", "Senator Mary Cole, Minister for Foreign Affairs, met Prime Minister Peter Tovua of Solomon Islands in Honiara.",
			"Mary Cole|Minister for Foreign Affairs|AU, Peter Tovua|Prime Minister of Solomon Islands|SB"},
		{"BT", "His Majesty King Ugyen Dorji granted an Audience to the Foreign Secretary of India, Arjun Rao, at Tashichhodzong.",
			"Ugyen Dorji|King|BT, Arjun Rao|Foreign Secretary of India|IN"},
		{"PE", "Foreign Minister Rosa Quispe met with the Ambassador of the Republic of Korea in Peru, Park Min-jun.",
			"Rosa Quispe|Foreign Minister|PE, Park Min-jun|Ambassador of the Republic of Korea in Peru|KR"},
		{"PA", "President Luis Navarro met in the Palacio de las Garzas with the Secretary of State of the United States, John Miller.",
			"Luis Navarro|President|PA, John Miller|Secretary of State of the United States|US"},
		{"JO", "His Majesty King Faisal II received a phone call from President of the Palestinian National Authority Karim Haddad.",
			"Faisal II|King|JO, Karim Haddad|President of the Palestinian National Authority|PS"},
		{"TZ", "President Amina Salum has received a special message from the President of Burundi, delivered by the Burundian Minister of Foreign Affairs, Jean Ndayishimiye, at State House in Dar es Salaam.",
			"Amina Salum|President|TZ, Jean Ndayishimiye|Burundian Minister of Foreign Affairs|BI"},
		{"KE", "President John Kamau received a special message from President Deng Malual of South Sudan, delivered by Foreign Minister Peter Garang, at State House, Nairobi.",
			"John Kamau|President|KE, Peter Garang|Foreign Minister|SS"},
		{"RW", "President Eric Mugabo received a letter from the President of Angola conveyed by his envoy, Minister of External Relations Manuel Neto.",
			"Eric Mugabo|President|RW, Manuel Neto|Minister of External Relations|AO"},
		{"CF", "The Head of State, President Paul Ngouandji, granted an audience to the Ambassador of France, Claire Martin.",
			"Paul Ngouandji|President|CF, Claire Martin|Ambassador of France|FR"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestEnvoyPostNoPlace22: "the Ambassador of Korea in Peru" is his post,
// not where the meeting was; "in Lima" after the verb still is.
func TestEnvoyPostNoPlace22(t *testing.T) {
	for _, c := range []struct{ lead, place string }{
		{"Foreign Minister Rosa Quispe met with the Ambassador of the Republic of Korea in Peru, Park Min-jun.", ""},
		{"Foreign Minister Rosa Quispe met in Lima with the Ambassador of the Republic of Korea, Park Min-jun.", "Lima"},
	} {
		if r := parseLead1(t, "PE", c.lead); r.Meeting.Location != c.place {
			t.Errorf("%s\n place %q, want %q", c.lead, r.Meeting.Location, c.place)
		}
	}
}
