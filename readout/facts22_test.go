package readout

import (
	"strings"
	"testing"
)

// TestSpeakersSecondVerb: a frame of saying followed by a second verb of
// the speaker's ("X noted that A and proposed B") keeps the frame, since
// "X: A and proposed B" makes B the act of A's subject; set off by a
// comma after a clause that stands alone, the second clause is cut as
// one of saying is; a reported clause with no verb of the speaker's
// after it is compacted as before.
func TestSpeakersSecondVerb(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Deputy Minister Ivo Marek noted that trade between the two countries reached 52 million euros last year and proposed doubling it by 2031.",
			"Ivo Marek noted that trade between the two countries reached 52 million euros last year and proposed doubling it by 2031."},
		{"Vice President Lena Ostrova said Ruritania values Elbonia as a partner in the region and invited its firms to the Harbour Fair.",
			"Lena Ostrova said Ruritania values Elbonia as a partner in the region and invited its firms to the Harbour Fair."},
		{"Minister Tomas Brandt stated that it was an honour and expressed his thanks for the welcome.",
			"Tomas Brandt stated that it was an honour and expressed his thanks for the welcome."},
		{"Minister Tomas Brandt noted that the two countries mark the 40th anniversary of their relations this year, and proposed a joint exhibition.",
			"Tomas Brandt: The two countries mark the 40th anniversary of their relations this year."},
		{"Minister Tomas Brandt noted that the new port and rail link will open next spring.",
			"Tomas Brandt: The new port and rail link will open next spring."},
	} {
		if got := shortenFrame(c.in); got != c.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestDropGuestDelegation: what says only that a guest came with a
// delegation, or that the meeting fell during his visit to the host's
// country, leaves a meeting's sentence; a delegation whose head or
// members are named, a state visit and a visit elsewhere stay.
func TestDropGuestDelegation(t *testing.T) {
	parties := map[string]bool{"RU": true, "FR": true}
	for _, c := range []struct{ in, want string }{
		{"Minister Ana Varga received Minister Paul Roux of France and his accompanying delegation.",
			"Minister Ana Varga received Minister Paul Roux of France."},
		{"The Speaker received the Speaker of the Senate of France, Paul Roux, and his accompanying delegation, in the presence of the Deputy Speaker.",
			"The Speaker received the Speaker of the Senate of France, Paul Roux, in the presence of the Deputy Speaker."},
		{"Speaker Ana Varga received Speaker Paul Roux and the accompanying delegation at the Parliament on 3 May.",
			"Speaker Ana Varga received Speaker Paul Roux at the Parliament on 3 May."},
		{"The President received the Chair of the Commission, Paul Roux, who was accompanied by a delegation of Commissioners.",
			"The President received the Chair of the Commission, Paul Roux."},
		{"The President received Paul Roux, who was accompanied by Trade Minister Lea Marchal.",
			"The President received Paul Roux, who was accompanied by Trade Minister Lea Marchal."},
		{"The President received Paul Roux, accompanied by a delegation led by Lea Marchal.",
			"The President received Paul Roux, accompanied by a delegation led by Lea Marchal."},
		{"The Prime Minister received Paul Roux of France, on the occasion of his official visit to the country.",
			"The Prime Minister received Paul Roux of France."},
		{"The Prime Minister received Paul Roux of France, on the occasion of his state visit to the country.",
			"The Prime Minister received Paul Roux of France, on the occasion of his state visit to the country."},
		{"The Prime Minister received Paul Roux of France, during his working visit to Ruritania.",
			"The Prime Minister received Paul Roux of France, during his working visit to Ruritania."},
	} {
		if got := dropVisitAside(c.in, parties); got != c.want {
			t.Errorf("dropVisitAside(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestAttendanceNoSummary: a sentence that says who else attended ("The
// meeting was attended by …") is no summary of a readout, and the
// meeting's own sentence is chosen over it.
func TestAttendanceNoSummary(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The meeting was attended by Deputy Minister Ivo Marek and Ambassador Lea Marchal.", true},
		{"Also present were the Ambassador of Ruritania, Tomas Brandt, and senior officials.", true},
		{"The two ministers discussed the Harbour Accord and grain exports.", false},
	} {
		if got := attendanceOpening(c.s); got != c.want {
			t.Errorf("attendanceOpening(%q) = %v, want %v", c.s, got, c.want)
		}
		if got := plainSummary(c.s); got == c.want {
			t.Errorf("plainSummary(%q) = %v, want %v", c.s, got, !c.want)
		}
		if f := sentenceFeaturesWith(c.s, nil); f.courtesy != c.want {
			t.Errorf("%q: courtesy %v, want %v", c.s, f.courtesy, c.want)
		}
	}
}

// TestRepIsNoName: "Rep." before a name is a style, not a name of its
// own in the list of mentions.
func TestRepIsNoName(t *testing.T) {
	sents := []string{"The meeting was attended by Rep. Dana Whitfield, chair of the Friendship Group, and the Harbour Accord was discussed."}
	got := mentionsLine(mentionsOf(sents, speakers{}), "", 200)
	if !strings.Contains(got, "Dana Whitfield") || strings.Contains(got, "Rep,") || strings.Contains(got, "Rep.") {
		t.Errorf("list %q, want Dana Whitfield without Rep", got)
	}
}

// TestAsideEndsWithList: an aside whose closing comma is a list's runs
// to the sentence's end with the list's last items; an aside closed
// before a clause of its own leaves that clause.
func TestAsideEndsWithList(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"They discussed the effort to secure the northern coast, which the Minister called a task of the countries of origin, transit and destination.",
			"They discussed the effort to secure the northern coast."},
		{"They discussed the effort to secure the northern coast, which the Minister visited in May, and agreed to meet again.",
			"They discussed the effort to secure the northern coast and agreed to meet again."},
	} {
		if got := dropAsides(c.in); got != c.want {
			t.Errorf("dropAsides(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestAnniversaryOfTheName: an anniversary of a name that opens with
// "The" keeps it ("of The Republic's independence", not "of The of
// Republic's"), and a preposition left at the cut's end goes.
func TestAnniversaryOfTheName(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"She invited firms to the celebrations of the 60th anniversary of The Bahamas' independence through a trade fair.", "60th anniversary of The Bahamas' independence"},
		{"They marked the 30th anniversary of the Harbour Accord for the region.", "30th anniversary of Harbour Accord"},
	} {
		got := countryMemo{}.anniversaries(c.s)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("anniversaries(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestOpeningDateNoComma: a date that opens a sentence with its comma
// left out before the subject ("On May 4, 2026 Marek held talks") goes
// as one with the comma does; a date inside the sentence stays.
func TestOpeningDateNoComma(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"On May 4, 2026 Ivo Marek held talks with Lena Ostrova of Ruritania.", "Ivo Marek held talks with Lena Ostrova of Ruritania."},
		{"On May 4, 2026, Ivo Marek held talks with Lena Ostrova of Ruritania.", "Ivo Marek held talks with Lena Ostrova of Ruritania."},
		{"Ivo Marek held talks with Lena Ostrova of Ruritania on May 4, 2026 in Northport.", "Ivo Marek held talks with Lena Ostrova of Ruritania in Northport."},
	} {
		if got := dropMeetingTime(c.in); got != c.want {
			t.Errorf("dropMeetingTime(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestDatelineAccentedSubject: "Northport. - Ávila spoke …": a city
// closed by a full stop and a dash is a dateline before a subject whose
// capital takes two bytes as before one of one.
func TestDatelineAccentedSubject(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Northport. - Ávila spoke with Östlund of Ruritania about the harbour.", "Ávila spoke with Östlund of Ruritania about the harbour."},
		{"Northport. - Marek spoke with Östlund of Ruritania about the harbour.", "Marek spoke with Östlund of Ruritania about the harbour."},
	} {
		if got := dropDateline(c.in); got != c.want {
			t.Errorf("dropDateline(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestItemCapital: a summary that is an item of a list opens with a
// capital; one that opens with a name's particle stays as written.
func TestItemCapital(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"cooperation on the safety of the common river.", "Cooperation on the safety of the common river."},
		{"the promotion of trade in grain and timber.", "The promotion of trade in grain and timber."},
		{"de la Vega spoke with Marek of Ruritania.", "de la Vega spoke with Marek of Ruritania."},
		{"al-Hadi received Marek of Ruritania.", "al-Hadi received Marek of Ruritania."},
		{"Marek received Ostrova.", "Marek received Ostrova."},
	} {
		if got := itemCapital(c.in); got != c.want {
			t.Errorf("itemCapital(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCallRelativeAfterVerb: a call's frame written as a verb ("held a
// videoconference with" is "spoke by video with") leaves "in which they
// agreed" with no noun to hang on; it reads "and they agreed". A call
// still named by a noun keeps its relative.
func TestCallRelativeAfterVerb(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ana Varga held a videoconference with Paul Roux, in which they agreed on the agenda of the next summit.",
			"Ana Varga spoke by video with Paul Roux and they agreed on the agenda of the next summit."},
		{"Ana Varga had a telephone conversation with Paul Roux during which they discussed the harbour.",
			"Ana Varga spoke by phone with Paul Roux and they discussed the harbour."},
		{"Ana Varga received a call from Paul Roux during which they discussed the harbour.",
			"Ana Varga received a call from Paul Roux during which they discussed the harbour."},
	} {
		if got := compactPhrases(c.in); got != c.want {
			t.Errorf("compactPhrases(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestDropCommaDate: a date set off by commas after the verb of a
// sentence that reports the meeting goes (the post shows it); a date
// that is a name's or an object's stays.
func TestDropCommaDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The President received in audience, 9 March 2026, at the Palace the Envoy of Ruritania, Paul Roux.",
			"The President received in audience at the Palace the Envoy of Ruritania, Paul Roux."},
		{"The President recalled the Accord of Northport, 9 March 2026, and its promise of free trade.",
			"The President recalled the Accord of Northport, 9 March 2026, and its promise of free trade."},
	} {
		if got := dropCommaDate(c.in); got != c.want {
			t.Errorf("dropCommaDate(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestArrivedOnVisit: ", who arrived in <the host's capital> on a working
// visit." and ", who arrived on an official visit." leave the meeting's
// sentence as ", who is on an official visit to …" does; a state visit
// and a visit to a third country's capital stay.
func TestArrivedOnVisit(t *testing.T) {
	parties := map[string]bool{"UA": true, "PL": true}
	for _, c := range []struct{ in, want string }{
		{"Speaker Ivan Marko held a meeting with Marshal Ewa Nowak, who arrived in Kyiv on a working visit.",
			"Speaker Ivan Marko held a meeting with Marshal Ewa Nowak."},
		{"Speaker Ivan Marko held talks with Marshal Ewa Nowak, who arrived on an official visit.",
			"Speaker Ivan Marko held talks with Marshal Ewa Nowak."},
		{"Speaker Ivan Marko held talks with Marshal Ewa Nowak, who arrived in Kyiv on a state visit.",
			"Speaker Ivan Marko held talks with Marshal Ewa Nowak, who arrived in Kyiv on a state visit."},
		{"Speaker Ivan Marko held talks with Marshal Ewa Nowak, who arrived in Paris on a working visit.",
			"Speaker Ivan Marko held talks with Marshal Ewa Nowak, who arrived in Paris on a working visit."},
	} {
		if got := dropVisitAside(c.in, parties); got != c.want {
			t.Errorf("dropVisitAside(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
