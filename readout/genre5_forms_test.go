package readout

import (
	"fmt"
	"strings"
	"testing"
)

// TestNoFrameInCalledFor: "called for" asks for something; it is no call
// paid on anyone, and a paragraph that says it is no lead ("He called for
// the removal of the remaining barriers" was taken for the lead, and the
// meeting of the paragraph before it was lost).
func TestNoFrameInCalledFor(t *testing.T) {
	if m := frameREs[calledFrame].FindString("She called on him."); m != "called on " {
		t.Fatalf("frameREs[calledFrame] reads %q of \"She called on him.\", want \"called on \"", m)
	}
	for _, s := range []string{
		"In her remarks, Minister Alvarez called for the removal of the remaining tariff barriers.",
		"He called for closer cooperation on fisheries and called upon both sides to show restraint.",
		"The Secretary-General called for an immediate ceasefire in the region.",
	} {
		if loc := findFrame(s); loc != nil {
			t.Errorf("findFrame(%q) = %q, want none", s, s[loc[0]:loc[1]])
		}
	}
	for _, s := range []string{
		"Foreign Minister Tan called on Prime Minister Sato at the Kantei.",
		"President Okafor called President Mensah to congratulate him.",
	} {
		if findFrame(s) == nil {
			t.Errorf("findFrame(%q) = none, want a frame", s)
		}
	}
}

// counterpartOfficeFloor is how many of counterpartOfficeCases must be
// read, title and all.
const counterpartOfficeFloor = 64

// counterpartOfficeCases are counterparts named by demonym or country,
// then by office after "the", then by name: "met his Zambian
// counterpart, the Minister of Foreign Affairs, Mulambo Haimbe, in
// Kasane".
func counterpartOfficeCases() []grammarCase {
	offices := []string{"Minister of Foreign Affairs", "Minister of Foreign Affairs and International Cooperation",
		"Minister for Foreign Affairs and Trade", "Secretary of State for Foreign Affairs"}
	styles := []string{"", "Honourable ", "H.E. Mr. ", "Dr. "}
	frames := []func(p, g grammarSide, who string) string{
		func(p, g grammarSide, who string) string {
			return "Minister " + p.person + " met " + pronoun(p) + " " + g.demonym + " counterpart, the " + who + ", in " + p.city + " on Monday."
		},
		func(p, g grammarSide, who string) string {
			return "Minister " + p.person + " and " + pronoun(p) + " " + g.demonym + " counterpart, the " + who + ", co-chaired the fourth session of the Joint Commission."
		},
		func(p, g grammarSide, who string) string {
			return "Minister " + p.person + " received " + pronoun(p) + " counterpart from " + g.name + ", the " + who + ", at the Ministry today."
		},
		func(p, g grammarSide, who string) string {
			return "Minister " + p.person + " held talks with " + pronoun(p) + " " + g.demonym + " counterpart, the " + who + "."
		},
	}
	var cases []grammarCase
	n := 0
	for fi, f := range frames {
		for _, office := range offices {
			for _, style := range styles {
				p, g := grammarPublishers[n%len(grammarPublishers)], grammarGuests[n%len(grammarGuests)]
				n++
				who := office + ", " + style + g.person
				cases = append(cases, grammarCase{keys: []string{fmt.Sprint("frame ", fi)}, pub: p, lead: f(p, g, who), want: [2]grammarSide{p, g}})
			}
		}
	}
	return cases
}

// TestCounterpartOffice: the counterpart is read with the office as its
// title ("his Zambian counterpart" is not one).
func TestCounterpartOffice(t *testing.T) {
	read := 0
	for _, c := range counterpartOfficeCases() {
		ok, got := readLead(t, c)
		if ok {
			r, _ := Parse(Document{Title: "Meeting", Body: c.lead + "\n\nThe two ministers discussed trade.\n", PublisherCountry: c.pub.code})
			for _, p := range r.Participants {
				if p.Country == c.want[1].code && (strings.Contains(p.Title, "counterpart") || !strings.HasPrefix(c.lead[strings.Index(c.lead, ", the ")+6:], p.Title)) {
					ok, got = false, fmt.Sprintf("title %q", p.Title)
				}
			}
		}
		if ok {
			read++
		} else {
			t.Logf("not read: %s\n\t%s", c.lead, got)
		}
	}
	t.Logf("read %d/%d", read, len(counterpartOfficeCases()))
	if read < counterpartOfficeFloor {
		t.Errorf("read %d, below the floor %d", read, counterpartOfficeFloor)
	}
}
