package readout

import "strconv"

// Ordinal writes n with its English suffix: "1st", "2nd", "3rd", "11th",
// "70th", "101st", "111th". It is the one ordinal formatter of the
// project: anniversaries, posts and comparisons all write ordinals so.
func Ordinal(n int) string {
	m := n
	if m < 0 {
		m = -m
	}
	suffix := "th"
	switch {
	case m%100 >= 11 && m%100 <= 13:
	case m%10 == 1:
		suffix = "st"
	case m%10 == 2:
		suffix = "nd"
	case m%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
