package country

import "testing"

func TestHolder(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Emmanuel Macron", "FR"}, {"Macron", "FR"}, {"Recep Tayyip Erdogan", "TR"}, {"Erdoğan", "TR"},
		{"Zelenskyy", "UA"}, {"Volodymyr Zelensky", "UA"}, {"Ferdinand Marcos Jr.", "PH"}, {"Marcos", "PH"},
		{"Simon Harris", "IE"}, {"Kamala Harris", "US"}, {"Harris", ""}, // two holders' family name
		{"Jean-Noel Barrot", "FR"}, {"Gideon Saar", "IL"}, {"Gideon Sa’ar", "IL"},
		{"Mark Rutte", ""}, {"Jane Doe", ""}, {"", ""}, {"Wang", ""}, {"Yoon", "KR"},
		{"Ferdinand R. Marcos Jr.", "PH"}, {"Joe R. Biden", "US"}, {"Jane Q. Doe", ""}, // a middle initial
	} {
		if got := Holder(c.name); got != c.want {
			t.Errorf("Holder(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	// Every holder's code is a country's or a body's.
	for name, code := range holders {
		if _, ok := ByCode(code); !ok && !isOrgCode(code) {
			t.Errorf("%s: code %q is no country's or body's", name, code)
		}
	}
}

// isOrgCode reports whether code is a body's that orgs lists.
func isOrgCode(code string) bool {
	for _, o := range orgs {
		if o.Code == code {
			return true
		}
	}
	return false
}
