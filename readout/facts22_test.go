package readout

import "testing"

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
