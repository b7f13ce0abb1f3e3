package readout

import (
	"strings"
	"testing"
)

// multiCase is a lead of a meeting of several principals and the
// principals a reader finds in it, each "Family CC" (an unnamed one "_
// CC").
type multiCase struct {
	pub, lead string
	want      []string
}

// checkMulti parses each case's lead as a one-paragraph readout and
// reports the principals it misses or gives another country.
func checkMulti(t *testing.T, cases []multiCase) {
	t.Helper()
	for _, c := range cases {
		r := parseLead1(t, c.pub, c.lead)
		for _, w := range c.want {
			name, code, _ := strings.Cut(w, " ")
			found := false
			for _, p := range r.Participants {
				if p.Role != RolePrincipal || p.Country != code {
					continue
				}
				if name == "_" && p.Name == "" || name != "_" && strings.Contains(p.Name, name) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: %q: no principal %s in %+v", c.pub, c.lead, w, r.Participants)
			}
		}
	}
}

// TestCompanions: those who come with a lead's subject ("X, joined by
// Y, met …", "along with", "accompanied by") are of its side, and those
// named with its counterpart ("met Y, together with Z and W", "in Kyiv
// today, alongside X", "joined by …" of no other country) are sides too.
func TestCompanions(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "Secretary Rubio, joined by Secretary Hegseth, met with Philippine Foreign Secretary Enrique Manalo at the Department of State.",
			[]string{"Rubio US", "Hegseth US", "Manalo PH"}},
		{"US", "President Trump, along with Vice President Vance, met with President Zelenskyy of Ukraine in the Oval Office today.",
			[]string{"Trump US", "Vance US", "Zelenskyy UA"}},
		{"AU", "Foreign Minister Penny Wong, accompanied by Assistant Minister Tim Watts, met Fijian Prime Minister Sitiveni Rabuka in Suva.",
			[]string{"Wong AU", "Watts AU", "Rabuka FJ"}},
		{"GB", "The Prime Minister spoke to President Zelenskyy this afternoon, together with President Macron and Chancellor Merz.",
			[]string{"_ GB", "Zelenskyy UA", "Macron FR", "Merz DE"}},
		{"GB", "The Prime Minister met President Macron and Chancellor Merz in Kyiv today, alongside President Zelenskyy.",
			[]string{"Macron FR", "Merz DE", "Zelenskyy UA"}},
		{"CA", "Prime Minister Carney met today with President Zelenskyy of Ukraine, joined by Deputy Prime Minister Dominic LeBlanc.",
			[]string{"Carney CA", "Zelenskyy UA", "LeBlanc CA"}},
		{"DE", "Federal Chancellor Friedrich Merz, together with Foreign Minister Johann Wadephul, received Prime Minister Donald Tusk of Poland at the Chancellery.",
			[]string{"Merz DE", "Wadephul DE", "Tusk PL"}},
		{"NZ", "Prime Minister Christopher Luxon met Prime Minister Anthony Albanese of Australia in Wellington, along with Foreign Minister Winston Peters.",
			[]string{"Luxon NZ", "Albanese AU", "Peters NZ"}},
	})
}

// TestJoinedBy: leaders who joined a call, written "He was joined by …",
// "was joined on the call by …" or as the lead itself ("Joining X on
// the call were …"), are its sides.
func TestJoinedBy(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "President Trump convened a call today with European allies. He was joined by President Macron of France, Chancellor Merz of Germany and Prime Minister Starmer of the United Kingdom.",
			[]string{"Trump US", "Macron FR", "Merz DE", "Starmer GB"}},
		{"US", "Joining President Biden on the call were President Duda of Poland, Prime Minister Fiala of the Czech Republic and President Iohannis of Romania.",
			[]string{"Biden US", "Duda PL", "Fiala CZ", "Iohannis RO"}},
		{"GB", "The Prime Minister held a video call with Nordic leaders this morning. He was joined on the call by Prime Minister Frederiksen of Denmark and Prime Minister Støre of Norway.",
			[]string{"_ GB", "Frederiksen DK", "Støre NO"}},
		{"CA", "Prime Minister Carney hosted a virtual meeting on Ukraine. Joining Prime Minister Carney were President Stubb of Finland and Prime Minister Kristersson of Sweden.",
			[]string{"Carney CA", "Stubb FI", "Kristersson SE"}},
	})
}
