package country

import (
	"strings"
	"testing"
)

func TestHolder(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Emmanuel Macron", "FR"}, {"Macron", "FR"}, {"Recep Tayyip Erdogan", "TR"}, {"Erdoğan", "TR"},
		{"Zelenskyy", "UA"}, {"Volodymyr Zelensky", "UA"}, {"Ferdinand Marcos Jr.", "PH"}, {"Marcos", "PH"},
		{"Simon Harris", "IE"}, {"Kamala Harris", "US"}, {"Harris", ""}, // two holders' family name
		{"Jean-Noel Barrot", "FR"}, {"Gideon Saar", "IL"}, {"Gideon Sa’ar", "IL"},
		{"Mark Rutte", ""}, {"Jane Doe", ""}, {"", ""}, {"Wang", ""}, {"Yoon", "KR"},
		{"Ferdinand R. Marcos Jr.", "PH"}, {"Joe R. Biden", "US"}, {"Jane Q. Doe", ""}, // a middle initial
		// Every region's, by full name and by family name alone.
		{"Isaias Afwerki", "ER"}, {"Afwerki", "ER"}, {"Mahamat Idriss Deby", "TD"}, {"Déby", "TD"},
		{"Albin Kurti", "XK"}, {"Kurti", "XK"}, {"Tsai Ing-wen", "TW"}, {"Edi Rama", "AL"}, {"Milo Đukanović", "ME"},
		{"Milo Djukanovic", "ME"}, {"Mia Mottley", "BB"}, {"Mottley", "BB"}, {"Luis Lacalle Pou", "UY"},
		{"Lacalle Pou", "UY"}, {"Mohamed Muizzu", "MV"}, {"Sitiveni Rabuka", "FJ"}, {"Moon Jae-in", "KR"},
		{"Surangel Whipps Jr.", "PW"}, {"Whipps", "PW"}, {"Gudni Th. Johannesson", "IS"}, {"Pope Leo XIV", "VA"},
		{"Sheikh Hasina", "BD"}, {"Hasina", "BD"}, {"Mishal Al-Ahmad Al-Jaber Al-Sabah", "KW"},
		// Bodies' heads, by the codes orgs uses.
		{"Moussa Faki", "AFU"}, {"Kristalina Georgieva", "IMF"}, {"Georgieva", "IMF"}, {"Tedros", "WHO"},
		{"Rafael Grossi", "IAEA"}, {"Qu Dongyu", "FAO"}, {"Luis Almagro", "OAS"}, {"Patricia Scotland", "COMMONWEALTH"},
		// A family name that is a common one, a word or a place names
		// no one alone; nor does one two holders share.
		{"Scotland", ""}, {"Imran Khan", "PK"}, {"Khan", ""}, {"Godwin Friday", "VC"}, {"Friday", ""},
		{"Luís Montenegro", "PT"}, {"Montenegro", ""}, {"Moon", ""}, {"Silva", ""}, {"Hassan", ""}, {"Osmani", ""},
		// Holders of two sides' offices, or of one after another side's
		// post in those years.
		{"Kaja Kallas", ""}, {"Ajay Banga", ""},
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

// TestHolderNameOneCode checks that no name, however spelled, is two
// codes' and that a family name two holders of two codes share names
// neither.
func TestHolderNameOneCode(t *testing.T) {
	full := map[string]string{}
	family := map[string]map[string]bool{}
	for name, code := range holders {
		k := foldName(name)
		if c, ok := full[k]; ok && c != code {
			t.Errorf("%s: %q is both %s and %s", name, k, c, code)
		}
		full[k] = code
		ws := strings.Fields(name)
		f := ws[len(ws)-1]
		if f == "Jr." && len(ws) > 2 {
			f = ws[len(ws)-2]
		}
		if code == "KR" {
			f = ws[0]
		}
		f = foldName(f)
		if family[f] == nil {
			family[f] = map[string]bool{}
		}
		family[f][code] = true
	}
	for f, codes := range family {
		if _, ok := full[f]; len(codes) > 1 && !ok {
			if got := Holder(f); got != "" {
				t.Errorf("Holder(%q) = %q, want none: the family name of %d codes' holders", f, got, len(codes))
			}
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

func TestHolderName(t *testing.T) {
	tests := []struct{ family, want string }{
		{"Albanese", "Anthony Albanese"},
		{"Luxon", "Christopher Luxon"},
		{"Trump", "Donald Trump"},
		{"Rubio", "Marco Rubio"},
		{"Harris", ""},     // two holders
		{"Khan", ""},       // a common family name
		{"Jaishankar", ""}, // written two ways with different given names
		{"Anthony Albanese", ""},
		{"Nobody", ""},
	}
	for _, tt := range tests {
		if got := HolderName(tt.family); got != tt.want {
			t.Errorf("HolderName(%q) = %q, want %q", tt.family, got, tt.want)
		}
	}
}
