package readout

import "strings"

// firstPersonRE finds the publisher's minister writing as "I" at the start
// of a sentence or clause: "Today I spoke with …", "In Suva, I met …",
// "This week I travelled …". A day or week opening the sentence goes with
// the "I" (the post gives the date).
var firstPersonRE = lazyRegexp(`(^|[.!?]["”’]? |\n|, | and )(?:(?:Today|Yesterday|This week|Last week|This morning|This afternoon|This evening|Earlier today|Tonight),? )?I ([a-z])`)

// weRE finds "We" opening a sentence of a first-person release: the
// minister and the counterpart ("We agreed to convene …").
var weRE = lazyRegexp(`(^|[.!?]["”’]? |\n)We ([a-z])`)

// ourAsideRE finds an apposition in the first person that ends a
// sentence: "…, our first call since he took up his role."
var ourAsideRE = lazyRegexp(`, (?:our|my) [^,.;:!?]*([.!?])`)

// namedFirstPerson writes a first-person release's "I" as the minister's
// compact name (me) in the sentences the summaries are chosen from:
// "Today I spoke with Indonesia's Foreign Minister Sugiono" is "Wong spoke
// with …"; "We" opening a sentence is the two ("They agreed …", which the
// summaries write "Both agreed …"), and an apposition of "our" or "my"
// ending a sentence goes ("…, our first call since he took up his
// role"). It leaves the text as it is when me is "" or no "I" opens a
// clause.
func namedFirstPerson(text, me string) string {
	if me == "" || !strings.Contains(text, "I ") {
		return text
	}
	text = firstPersonRE.ReplaceAllString(text, "${1}"+me+" ${2}")
	text = weRE.ReplaceAllString(text, "${1}They ${2}")
	return ourAsideRE.ReplaceAllString(text, "${1}")
}
