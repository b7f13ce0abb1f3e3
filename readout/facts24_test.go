package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestBodyOffice: an office read without the body's name before it
// ("Harbour Union Secretary General" read as "Union Secretary General")
// is written whole, so that the summary loses the body's name with the
// office ("Council of Nadel met …" was left); an office that opens with a
// title's word has none.
func TestBodyOffice(t *testing.T) {
	for _, c := range []struct {
		text, t, want string
	}{
		{"Council of Northland Secretary General Ida Nadel met today with the Minister.", "Northland Secretary General", "Council of Northland Secretary General"},
		{"The North Sea Community Secretary General, Hon. Ruth Okafor, received the Minister.", "Community Secretary General", "North Sea Community Secretary General"},
		{"Elbonia's Minister of Trade Anna Berg met the Ambassador.", "Minister of Trade", ""},
		{"Secretary General Ida Nadel met the Minister.", "Secretary General", ""},
		// Another item of a list of people: the name before it stays.
		{"Trade Adviser Ana Lind, Harbour Infrastructure Coordinator Ida Nadel, and the Minister met.", "Infrastructure Coordinator", ""},
		// "Yesterday," opens the sentence.
		{"Yesterday, Harbour Policy Adviser Ana Lind met the Minister.", "Policy Adviser", "Harbour Policy Adviser"},
	} {
		if got := bodyOffice(c.text, c.t); got != c.want {
			t.Errorf("bodyOffice(%q, %q) = %q, want %q", c.text, c.t, got, c.want)
		}
	}
}

// TestSignatureLines: the press officer who signs a release, and the
// contact lines after "please contact:", name nothing of the meeting; a
// name line over an office that is no press officer's, or a sentence,
// stays.
func TestSignatureLines(t *testing.T) {
	for _, c := range []struct {
		sents []string
		want  []int
	}{
		{[]string{"The two leaders discussed the Lake Accord.", "Odile Marsh Ferrand", "Press Secretary to the President"}, []int{1, 2}},
		{[]string{"The Minister received the Ambassador.", "Tomas Aldren Vey", "Deputy Spokesperson, Ministry of Foreign Affairs"}, []int{1, 2}},
		{[]string{"They agreed to meet again.", "For more information, please contact:", "Ilse Brandvik", "Senior Communications Officer", "Northland Secretariat"}, []int{1, 2, 3, 4}},
		// Not a press officer: the line after the name is an office of
		// the meeting ("Minister of Trade").
		{[]string{"They agreed to meet again.", "Odile Marsh Ferrand", "Minister of Trade"}, nil},
		// A sentence is no signature.
		{[]string{"Odile Marsh Ferrand spoke to the press.", "Press Secretary to the President"}, nil},
	} {
		got := signatureLines(c.sents)
		var idx []int
		for i := range c.sents {
			if got[i] {
				idx = append(idx, i)
			}
		}
		if !slices.Equal(idx, c.want) {
			t.Errorf("signatureLines(%q) marks %v, want %v", c.sents, idx, c.want)
		}
	}
	// The signature's name is no mention; the meeting's are.
	sents := []string{"The two leaders discussed the Lake Accord and the Elbonian Railway.", "Odile Marsh Ferrand", "Press Secretary to the President"}
	if got := mentionsLine(mentionsOf(sents, speakers{}), "", 200); strings.Contains(got, "Ferrand") || !strings.Contains(got, "Lake Accord") {
		t.Errorf("mentions = %q, want the Lake Accord without the press secretary", got)
	}
}

// TestAmountWithApartSign: a currency sign written apart from the figure
// ("US$ 12") is listed with it: "12" alone says nothing.
func TestAmountWithApartSign(t *testing.T) {
	for _, c := range []struct {
		s, want string
	}{
		{"The rations will fall from US$ 12 a month unless funds arrive.", "US$ 12"},
		{"Elbonia will release US$ 40 million from its reserve.", "US$ 40 million"},
		{"Elbonia will give NZ$ 5 million to the fund.", "NZ$ 5 million"},
		{"Elbonia will give USD 20 million to the fund.", "USD 20 million"},
		{"Elbonia will give $3 million to the fund.", "$3 million"},
	} {
		ms := findMoney(c.s)
		if len(ms) == 0 {
			t.Errorf("findMoney(%q) found none", c.s)
			continue
		}
		if got := amountText(c.s, ms[0]); got != c.want {
			t.Errorf("amountText(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestMonthShortFormNoMention: "Mar" of a dateline's "12 Mar 25" is no
// mention; a name that opens with such a word stays.
func TestMonthShortFormNoMention(t *testing.T) {
	sents := []string{"Northport - 12 Mar 25: The Chief of Staff called on the Minister of Defence of Elbonia.", "Mar Castell Ruiz attended the Harbour Forum."}
	got := mentionsLine(mentionsOf(sents, speakers{}), "", 200)
	if strings.Contains(got, " Mar,") || strings.Contains(got, " Mar.") || !strings.Contains(got, "Mar Castell Ruiz") {
		t.Errorf("mentions = %q, want no \"Mar\" alone and \"Mar Castell Ruiz\"", got)
	}
}

// TestCommunityAloneNoMention: "the Community" (a regional body named by
// its kind) names nothing alone; "North Sea Community" stays.
func TestCommunityAloneNoMention(t *testing.T) {
	sents := []string{"Elbonia has made progress in integrating into the Community since it joined the North Sea Community in 2024."}
	got := mentionsLine(mentionsOf(sents, speakers{}), "", 200)
	if strings.Count(got, "Community") != 1 || !strings.Contains(got, "North Sea Community") {
		t.Errorf("mentions = %q, want \"North Sea Community\" and no \"Community\" alone", got)
	}
}

// TestPlaceInTheCapital: the venue the post shows goes with "in the
// capital" after it, and before "shortly after"; a venue followed by
// anything else stays.
func TestPlaceInTheCapital(t *testing.T) {
	for _, c := range []struct {
		s, place, want string
	}{
		{"Ana Lind and Ida Nadel held talks at the Lakeside Guest House in the capital, shortly after Nadel arrived for a two-day visit.", "Lakeside Guest House, Northport",
			"Ana Lind and Ida Nadel held talks shortly after Nadel arrived for a two-day visit."},
		{"Ana Lind met Ida Nadel at the Lakeside Guest House in the city.", "Lakeside Guest House, Northport", "Ana Lind met Ida Nadel."},
		{"Ana Lind met Ida Nadel at the Lakeside Guest House in the capital's old town.", "Lakeside Guest House, Northport",
			"Ana Lind met Ida Nadel at the Lakeside Guest House in the capital's old town."},
	} {
		if got := dropPlace(c.s, c.place); got != c.want {
			t.Errorf("dropPlace(%q, %q) = %q, want %q", c.s, c.place, got, c.want)
		}
	}
}

// TestAsideBeforeListItems: an aside whose closing comma is a list's
// goes to the sentence's end with the list's last items ("… of 88
// million euros water and sanitation, …" was left); an aside closed by
// its own comma before a clause stays cut alone.
func TestAsideBeforeListItems(t *testing.T) {
	for _, c := range []struct {
		s, want string
	}{
		{"The two ministers signed the programme, which will focus on training and employment, water and sanitation, renewable energy and clean cooking.",
			"The two ministers signed the programme."},
		{"The two ministers signed the programme, which will focus on training, and they agreed to meet again in Northport.",
			"The two ministers signed the programme and they agreed to meet again in Northport."},
	} {
		if got := dropAsides(c.s); got != c.want {
			t.Errorf("dropAsides(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestRegnalShortName: a monarch's short name keeps the regnal number
// with the name ("VI" alone was left).
func TestRegnalShortName(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Mohammed VI", "Mohammed VI"},
		{"Harald V", "Harald V"},
		{"Ana Lind", "Lind"},
	} {
		if got := shortName(c.name, "King "+c.name+" received the guest.", westernNames); got != c.want {
			t.Errorf("shortName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
