package readout

import (
	"slices"
	"strings"
	"testing"

	"github.com/readout-bot/readout/country"
)

// TestTheDayAtOrdinal: "on the 17th" after a verb of meeting is the day
// of the month the post shows; "on the 60th anniversary", "on the 30th
// session" and "on the 45th" are no day and stay in the sentence.
func TestTheDayAtOrdinal(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"the 17th", len("the 17th")},
		{"the 17th, in Seoul", len("the 17th")},
		{"the 17th in Seoul", len("the 17th")},
		{"the 3rd of May", len("the 3rd")},
		{"the 60th anniversary of relations", 0},
		{"the 30th session of the commission", 0},
		{"the 45th.", 0},
		{"the 5th summit", 0},
	} {
		if got := theDayAt(c.s); got != c.want {
			t.Errorf("theDayAt(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestMeetingOnAnniversary: a meeting held "today, on the 60th
// anniversary of …" keeps its anniversary when its day goes.
func TestMeetingOnAnniversary(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Foreign Minister Wadephul received Foreign Minister Sa'ar in Berlin today, on the 60th anniversary of the establishment of diplomatic relations.",
			"anniversary of the establishment"},
		{"The President met the Prime Minister on the 17th in Seoul.", "met the Prime Minister in Seoul"},
	} {
		got := dropMeetingTime(c.in)
		if !containsText(got, c.want) {
			t.Errorf("dropMeetingTime(%q) = %q, want it to hold %q", c.in, got, c.want)
		}
		if c.want[0] == 'a' && !containsText(got, "60th") {
			t.Errorf("dropMeetingTime(%q) = %q: the ordinal went", c.in, got)
		}
	}
}

// TestFigureBeforeComma: an amount in a currency code findMoney does not
// read is listed when a comma or a full stop follows its scale ("to NOK
// 85 billion, with …"), as it is before a word.
func TestFigureBeforeComma(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"The programme will be increased this year to NOK 85 billion, with a part for air defence.", []string{"NOK 85 billion"}},
		{"Poland will provide a further PLN 100 million to the fund.", []string{"PLN 100 million"}},
		{"The agency would commit XAF 13 billion, about €20 million, to the railway.", []string{"XAF 13 billion"}},
		{"Trade reached RM3.6 billion.", []string{"RM3.6 billion"}},
		{"Grants of EC$ 15 million.", []string{"EC$ 15 million"}},
		{"They met on 5 June, in Oslo.", nil},
	} {
		if got := figurePhrases(c.s); !slices.Equal(got, c.want) {
			t.Errorf("figurePhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestDemonymOffices: "the Italian Prime Minister" is the Italian
// principal where nothing names its holder after it; before the
// holder's name, a portfolio or an apposition the office stays for the
// titled forms, which keep the country.
func TestDemonymOffices(t *testing.T) {
	sp := speakers{own: country.Country{Name: "Kazakhstan"},
		offices:      longestFirst(map[string]string{"President": "Tokayev"}),
		otherOffices: longestFirst(map[string]string{"Prime Minister": "Meloni", "Italian Prime Minister": "Meloni"})}
	for _, c := range []struct{ in, want string }{
		{"The Italian Prime Minister announced credit lines for joint projects.", "Meloni announced credit lines for joint projects."},
		{"The Italian Prime Minister, who arrived on Monday, will head to Rome.", "Meloni, who arrived on Monday, will head to Rome."},
		{"He met the Italian Prime Minister Giorgia Meloni in Astana.", "He met the Italian Prime Minister Giorgia Meloni in Astana."},
		{"He met the Italian Prime Minister, Giorgia Meloni, in Astana.", "He met the Italian Prime Minister, Giorgia Meloni, in Astana."},
	} {
		if got := sp.name(c.in); got != c.want {
			t.Errorf("name(%q):\ngot  %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"", true}, {".", true}, {" announced", true}, {", who arrived", true},
		{" Giorgia Meloni", false}, {", Giorgia Meloni,", false}, {" for International Development", false}, {" of Italy", false},
	} {
		if got := demonymOfficeEnds(c.rest); got != c.want {
			t.Errorf("demonymOfficeEnds(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}

// TestDropReceivedPlace: the place the post shows goes from between a
// verb of receiving and its object; a place elsewhere, another place, or
// one not followed by the object stays.
func TestDropReceivedPlace(t *testing.T) {
	for _, c := range []struct{ in, place, want string }{
		{"Sheikh Al-Sabah received at Bayan Palace Sharif of Pakistan.", "Bayan Palace",
			"Sheikh Al-Sabah received Sharif of Pakistan."},
		{"Faye received in audience at the Palace of the Republic in Dakar, the Prime Minister of Cabo Verde, Correia e Silva.", "Palace of the Republic, Dakar",
			"Faye received in audience the Prime Minister of Cabo Verde, Correia e Silva."},
		{"Mohammed VI received at the Royal Palace in Casablanca, El Ghazouani of Mauritania.", "Royal Palace, Casablanca",
			"Mohammed VI received El Ghazouani of Mauritania."},
		{"Chính received in Hà Nội Ahn Duk-geun of the Republic of Korea.", "Hà Nội",
			"Chính received Ahn Duk-geun of the Republic of Korea."},
		// Not between the verb and its object.
		{"Abdullah received Rebelo de Sousa at Al Husseiniya Palace.", "Al Husseiniya Palace",
			"Abdullah received Rebelo de Sousa at Al Husseiniya Palace."},
		{"The two leaders met at Bayan Palace for talks.", "Bayan Palace", "The two leaders met at Bayan Palace for talks."},
		// Another place than the meeting's.
		{"Talon received at the Palais de la Marina Touray.", "Bayan Palace", "Talon received at the Palais de la Marina Touray."},
		{"Talon received at the Palais de la Marina Touray.", "", "Talon received at the Palais de la Marina Touray."},
	} {
		if got := dropReceivedPlace(c.in, c.place); got != c.want {
			t.Errorf("dropReceivedPlace(%q, %q):\ngot  %q\nwant %q", c.in, c.place, got, c.want)
		}
	}
}

// TestGuaranteesTopic: "security guarantees" is the matter, not
// "security" cut from it ("real security" of "real security
// guarantees").
func TestGuaranteesTopic(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"The talks focused on security guarantees for Ukraine.", []string{"security guarantees"}},
		{"the need for real security guarantees for Ukraine", []string{"real security guarantees"}},
	} {
		if got := topicPhrases(strings.Fields(c.s)); !slices.Equal(got, c.want) {
			t.Errorf("topicPhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
