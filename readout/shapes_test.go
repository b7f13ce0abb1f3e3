package readout

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGroupSides checks the sides of a group of counterparts that a lead
// does not name one by one: a list of countries after "leaders from" or
// "advisors of", or a group's members when its label alone names it.
func TestGroupSides(t *testing.T) {
	g7 := []string{"US", "CA", "FR", "DE", "IT", "JP", "GB"}
	tests := []struct {
		right string
		want  []string
	}{
		{"the Quint national security advisors of France, Germany, Italy, and the United Kingdom at the White House today.", []string{"FR", "DE", "IT", "GB"}},
		{"Indian Prime Minister Modi and leaders from Argentina, Brazil, Italy, Mauritius, and the UAE to launch the alliance.", []string{"AR", "BR", "IT", "MU", "AE"}},
		{"G7 Leaders.", g7},
		{"the leaders of the G7 on Ukraine.", g7},
		{"the G7 leaders.", g7},
		{"Prime Minister Kishida of Japan to discuss the G20 Leaders’ Summit.", nil},
		{"Crown Prince Mohammed bin Salman and senior Saudi officials to discuss regional matters.", nil},
		{"the leaders of business and labor.", nil},
	}
	for _, tt := range tests {
		if got := groupSides(tt.right); !slices.Equal(got, tt.want) {
			t.Errorf("groupSides(%q) = %q, want %q", tt.right, got, tt.want)
		}
	}
}

// TestLeadShapesParties checks the parties and principals of leads of
// several sides: a group of leaders, a group named by its label, a leader
// joined, and a leader who joins the call.
func TestLeadShapesParties(t *testing.T) {
	tests := []struct {
		name, title, body string
		parties           []string
		principals        []string // "Surname CC"
	}{
		{"leaders from a list", "Readout of the Launch of a Fuels Alliance",
			"Today, on the margins of the G20 Summit, President Biden joined Indian Prime Minister Modi and leaders from Argentina, Brazil, and Italy to launch an alliance for cleaner fuels.",
			[]string{"US", "IN", "AR", "BR", "IT"}, []string{"Biden US", "Modi IN"}},
		{"advisors of a list", "Readout of a Meeting with National Security Advisors",
			"National Security Advisor Jane Doe convened the national security advisors of France, Germany, and the United Kingdom at the White House today. They discussed support for Ukraine.",
			[]string{"US", "FR", "DE", "GB"}, []string{"Doe US"}},
		{"a group by its label", "Readout of the President’s Virtual Meeting with Leaders",
			"On December 3, the President met virtually with G7 Leaders. Leaders discussed energy security.",
			[]string{"US", "CA", "FR", "DE", "IT", "JP", "GB"}, nil},
		{"a leader who joins", "Readout of a Call with Ukrainian Counterparts",
			"National Security Advisor Jane Doe spoke today with Head of the Office of the President Petro Roe to discuss air defense. President Ivan Poe of Ukraine joined the call at its close.",
			[]string{"US", "UA"}, []string{"Doe US", "Roe UA", "Poe UA"}},
		{"lists of officials on both sides", "Readout of a Call with Ukrainian Counterparts",
			"National Security Advisor Jane Doe, Secretary of Defense John Q. Roe III, and Chairman of the Joint Chiefs of Staff Gen. Sam T. Poe spoke today with Head of the Office of the President Ivan Koe, Minister of Defence Petro Loe, and Commander-in-Chief of the Ukrainian Armed Forces Gen. Olha Moe to discuss air defense.",
			[]string{"US", "UA"}, []string{"Doe US", "III US", "Poe US", "Koe UA", "Loe UA", "Moe UA"}},
		{"advisors of several countries, each named", "Readout of a Meeting with Counterparts",
			"National Security Advisor Jane Doe met on May 3 with French Diplomatic Counselor to the President Jean Roe, German Chancellery Foreign and Security Policy Advisor Hans Poe, and British National Security Advisor Tim Koe.",
			[]string{"US", "FR", "DE", "GB"}, []string{"Doe US", "Roe FR", "Poe DE", "Koe GB"}},
		{"a trip's officials of one side", "Readout of Advisor Jane Doe’s Trip to Israel and the West Bank",
			"Advisor to the Vice President Jane Doe visited Israel on June 3. Dr. Doe met with President Ari Roe, National Security Advisor Dan Poe, Minister for Strategic Affairs Eli Koe, and Chairman of the Unity Party Ben Loe.",
			[]string{"US", "IL", "PS"}, []string{"Doe US", "Roe IL", "Poe IL", "Koe IL", "Loe IL"}},
		{"a trip's host by the text", "Readout of Travel to Fiji, Papua New Guinea, and Solomon Islands",
			"On April 2, a U.S. delegation visited Honiara. The delegation met for ninety minutes with Prime Minister Sam Toe. In the meeting with Solomon Islands’ Prime Minister Toe, the delegation discussed health.",
			[]string{"US", "FJ", "PG", "SB"}, []string{"Toe SB"}},
		{"an aide who joins is no principal", "Readout of a Call with Ukrainian Counterparts",
			"National Security Advisor Jane Doe spoke today with President Ivan Poe of Ukraine to discuss air defense. Deputy Foreign Minister Olha Koe of Ukraine joined the call at its close.",
			[]string{"US", "UA"}, []string{"Doe US", "Poe UA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: "US"})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.Parties, tt.parties) {
				t.Errorf("parties %q, want %q", r.Parties, tt.parties)
			}
			var got []string
			for _, p := range r.Participants {
				if p.Role == RolePrincipal && p.Name != "" {
					got = append(got, lastWord(p.Name)+" "+p.Country)
				}
			}
			for _, want := range tt.principals {
				if !slices.Contains(got, want) {
					t.Errorf("principals %q, want %q among them", got, want)
				}
			}
			if len(got) != len(tt.principals) && tt.principals != nil {
				t.Errorf("principals %q, want %q", got, tt.principals)
			}
		})
	}
}

// TestMetForADuration checks that "met for ninety minutes with" is a
// meeting's frame: the duration is no part of the counterpart's title.
func TestMetForADuration(t *testing.T) {
	f := parseLead("The delegation met for ninety minutes with Prime Minister Jane Doe, along with members of her cabinet.", "", time.Date(2022, 4, 22, 0, 0, 0, 0, time.UTC))
	if len(f.principals) != 1 || f.principals[0].name != "Jane Doe" || f.principals[0].title != "Prime Minister" {
		t.Errorf("parseLead: principals %+v, want Jane Doe titled Prime Minister", f.principals)
	}
}

// TestPlaceStopsBeforeTheClause checks that a place read after "on the
// margins of" ends before the clause's subject.
func TestPlaceStopsBeforeTheClause(t *testing.T) {
	lead := "Today, on the margins of the G20 Leaders’ Summit, President Biden joined Indian Prime Minister Modi to launch an alliance."
	f := parseLead(lead, "", time.Date(2023, 9, 9, 0, 0, 0, 0, time.UTC))
	if want := "G20 Leaders’ Summit"; f.meeting.Location != want {
		t.Errorf("parseLead(%q): place %q, want %q", lead, f.meeting.Location, want)
	}
}

// TestTripLead checks a trip's lead: "traveled to X to meet with Y" names
// the meeting, its place and its counterpart, whose offices are joined
// by "and".
func TestTripLead(t *testing.T) {
	lead := "National Security Advisor Jane Doe traveled to Jeddah, Saudi Arabia on July 2, 2023 to meet with Prime Minister and Crown Prince Khalid bin Omar and senior officials to discuss regional matters."
	f := parseLead(lead, "", time.Date(2023, 7, 2, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, p := range f.principals {
		got = append(got, p.title+"|"+p.name)
	}
	want := []string{"National Security Advisor|Jane Doe", "Prime Minister and Crown Prince|Khalid bin Omar"}
	if !slices.Equal(got, want) {
		t.Errorf("parseLead(%q): principals %q, want %q", lead, got, want)
	}
	if !strings.HasPrefix(f.meeting.Location, "Jeddah") {
		t.Errorf("parseLead(%q): place %q, want Jeddah", lead, f.meeting.Location)
	}
}

// TestRankIsNoName checks that a general's rank before the name is not
// part of the name, as "Dr." is not.
func TestRankIsNoName(t *testing.T) {
	if got := stripHonorifics("Gen. Olha Moe"); got != "Olha Moe" {
		t.Errorf(`stripHonorifics("Gen. Olha Moe") = %q, want "Olha Moe"`, got)
	}
}
