package readout

import "testing"

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
