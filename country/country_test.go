package country

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAllTable(t *testing.T) {
	all := All()
	if got, want := len(all), 250; got != want {
		t.Fatalf("len(All()) = %d, want %d (249 ISO 3166-1 entries and XK)", got, want)
	}
	codes := map[string]bool{}
	alpha3 := map[string]bool{}
	for _, c := range all {
		if len(c.Code) != 2 || strings.ToUpper(c.Code) != c.Code || !isLetters(c.Code) {
			t.Errorf("code %q: want two upper-case letters", c.Code)
		}
		if len(c.Alpha3) != 3 || strings.ToUpper(c.Alpha3) != c.Alpha3 || !isLetters(c.Alpha3) {
			t.Errorf("%s: alpha-3 %q: want three upper-case letters", c.Code, c.Alpha3)
		}
		if codes[c.Code] {
			t.Errorf("code %s appears twice", c.Code)
		}
		if alpha3[c.Alpha3] {
			t.Errorf("alpha-3 %s appears twice", c.Alpha3)
		}
		codes[c.Code], alpha3[c.Alpha3] = true, true
		if c.Name == "" || c.LongName == "" {
			t.Errorf("%s: Name %q, LongName %q: want both set", c.Code, c.Name, c.LongName)
		}
	}
	for _, code := range []string{"TW", "XK", "KH", "PS", "AQ", "UM"} {
		if !codes[code] {
			t.Errorf("All() lacks %s", code)
		}
	}
	// All returns copies.
	all[0].Name = "changed"
	all[0].Demonyms[0] = "changed"
	if c := All()[0]; c.Name == "changed" || c.Demonyms[0] == "changed" {
		t.Errorf("All() shares its records with the caller")
	}
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// TestLookupRoundTrip looks up every name, code, long form, alias and
// demonym of every country. A word two countries share resolves as the
// package documents (the preferred table); any other collision fails
// TestCollisionsDocumented.
func TestLookupRoundTrip(t *testing.T) {
	for _, c := range All() {
		words := []string{c.Code, c.Alpha3, c.Name, c.LongName, strings.ToLower(c.Code), strings.ToUpper(c.Name)}
		words = append(words, c.Aliases...)
		words = append(words, c.Demonyms...)
		for _, w := range words {
			want := c.Code
			if p, ok := preferred[lookupKey(w)]; ok {
				want = p
			}
			got, ok := Lookup(w)
			if !ok || got.Code != want {
				t.Errorf("Lookup(%q) = %s, %v; want %s", w, got.Code, ok, want)
			}
		}
	}
}

func TestCollisionsDocumented(t *testing.T) {
	ix := idx()
	for k, codes := range ix.collisions {
		if _, ok := preferred[k]; !ok {
			t.Errorf("%q names %v: add it to preferred or rename", k, codes)
		}
	}
	for k, code := range preferred {
		codes, ok := ix.collisions[k]
		if !ok {
			t.Errorf("preferred[%q] = %s, but only one country claims the word", k, code)
			continue
		}
		if !slices.Contains(codes, code) {
			t.Errorf("preferred[%q] = %s, want one of %v", k, code, codes)
		}
	}
}

// TestIndexReachable checks that every phrase Find knows can be found: it
// starts with a word that needs a capital, and no org or blocked phrase was
// shadowed by a country name with the same key.
func TestIndexReachable(t *testing.T) {
	ix := idx()
	for w, ps := range ix.first {
		for _, p := range ps {
			if p.words[0] != w {
				t.Errorf("%v filed under %q", p, w)
			}
			if p.rules[0] == caseAny {
				t.Errorf("%v starts with a word that needs no capital: Find never starts a match there", p)
			}
		}
	}
	indexed := map[string]kind{}
	for _, ps := range ix.first {
		for _, p := range ps {
			indexed[p.key] = p.kind
		}
	}
	for _, s := range blocked {
		if k, ok := indexed[lookupKey(s)]; !ok || k != kindBlock {
			t.Errorf("blocked phrase %q is not in the index as blocked", s)
		}
	}
	for _, o := range orgs {
		for _, s := range append([]string{o.Name}, o.Aliases...) {
			if k, ok := indexed[lookupKey(s)]; !ok || k != kindOrg {
				t.Errorf("org phrase %q is not in the index as an org", s)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"kh", "KH"},
		{"KHM", "KH"},
		{"Cambodian", "KH"},
		{"cambodians", "KH"},
		{"kingdom of cambodia", "KH"},
		{"  Cambodia!  ", "KH"},
		{"“Cambodia”", "KH"},
		{"u.s.", "US"},
		{"U.S", "US"},
		{"us", "US"},
		{"USA", "US"},
		{"america", "US"},
		{"Americans", "US"},
		{"united states of america", "US"},
		{"korea", "KR"},
		{"Korean", "KR"},
		{"ROK", "KR"},
		{"republic of korea", "KR"},
		{"dprk", "KP"},
		{"North Korea", "KP"},
		{"democratic people’s republic of korea", "KP"},
		{"uk", "GB"},
		{"U.K.", "GB"},
		{"britain", "GB"},
		{"british", "GB"},
		{"burma", "MM"},
		{"turkiye", "TR"},
		{"Türkiye", "TR"},
		{"turkey", "TR"},
		{"czechia", "CZ"},
		{"viet nam", "VN"},
		{"the netherlands", "NL"},
		{"holland", "NL"},
		{"dutch", "NL"},
		{"the gambia", "GM"},
		{"cote d'ivoire", "CI"},
		{"Côte d’Ivoire", "CI"},
		{"ivory coast", "CI"},
		{"st. lucia", "LC"},
		{"st kitts and nevis", "KN"},
		{"saint vincent and the grenadines", "VC"},
		{"congo", "CD"},
		{"republic of the congo", "CG"},
		{"congo-brazzaville", "CG"},
		{"DRC", "CD"},
		{"dominican", "DO"},
		{"dominica", "DM"},
		{"guinea-bissau", "GW"},
		{"guinea bissau", "GW"},
		{"hong kong", "HK"},
		{"taiwan", "TW"},
		{"chinese taipei", "TW"},
		{"prc", "CN"},
		{"kosovo", "XK"},
		{"xk", "XK"},
		{"lao pdr", "LA"},
		{"reunion", "RE"},
		{"aland islands", "AX"},
		{"sao tome and principe", "ST"},
		{"CAR", "CF"},
		{"palestinian", "PS"},
		{"emirati", "AE"},
		{"UAE", "AE"},
		{"swaziland", "SZ"},
		{"east timor", "TL"},
		{"Timor–Leste", "TL"},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.q)
		if !ok || got.Code != tt.want {
			t.Errorf("Lookup(%q) = %s, %v; want %s", tt.q, got.Code, ok, tt.want)
		}
	}
	for _, q := range []string{"", "  ", "asean", "EU", "atlantis", "new mexico", "south china sea", "kingdom", "republic of"} {
		if got, ok := Lookup(q); ok {
			t.Errorf("Lookup(%q) = %s, want no country", q, got.Code)
		}
	}
}

func TestByCode(t *testing.T) {
	tests := []struct {
		code, want string
	}{
		{"KH", "KH"}, {"kh", "KH"}, {" jp ", "JP"}, {"KHM", "KH"}, {"khm", "KH"},
		{"UK", "GB"}, {"gbr", "GB"}, {"XK", "XK"}, {"PRK", "KP"},
	}
	for _, tt := range tests {
		got, ok := ByCode(tt.code)
		if !ok || got.Code != tt.want {
			t.Errorf("ByCode(%q) = %s, %v; want %s", tt.code, got.Code, ok, tt.want)
		}
	}
	for _, code := range []string{"", "X", "XX", "ZZZ", "EU", "Cambodia"} {
		if got, ok := ByCode(code); ok {
			t.Errorf("ByCode(%q) = %s, want none", code, got.Code)
		}
	}
}

func TestName(t *testing.T) {
	tests := []struct{ code, want string }{
		{"KH", "Cambodia"}, {"kr", "South Korea"}, {"KP", "North Korea"}, {"GB", "United Kingdom"},
		{"US", "United States"}, {"USA", "United States"}, {"ZZ", "ZZ"}, {"", ""},
	}
	for _, tt := range tests {
		if got := Name(tt.code); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestFlag(t *testing.T) {
	tests := []struct{ code, want string }{
		{"JP", "🇯🇵"}, {"jp", "🇯🇵"}, {"KH", "🇰🇭"}, {"GB", "🇬🇧"}, {"uk", "🇬🇧"}, {"KHM", "🇰🇭"},
		{"XX", ""}, {"", ""}, {"J", ""}, {"日本", ""},
		{"EU", "🇪🇺"}, {"un", "🇺🇳"}, {"ASEAN", ""}, {"NATO", ""},
	}
	for _, tt := range tests {
		if got := Flag(tt.code); got != tt.want {
			t.Errorf("Flag(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	for _, c := range All() {
		if f := Flag(c.Code); utf8.RuneCountInString(f) != 2 {
			t.Errorf("Flag(%s) = %q, want two regional indicators", c.Code, f)
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ q, want string }{
		{"cambodai", "KH"},
		{"jpan", "JP"},
		{"Cambodia", "KH"},
		{"germny", "DE"},
		{"philipines", "PH"},
		{"kazakstan", "KZ"},
		{"switzerlnd", "CH"},
		{"ukrane", "UA"},
		{"veitnam", "VN"},
		{"kyrgystan", "KG"},
		{"irak", "IQ"}, // Iraq and Iran are both one edit away: the lower code wins
		{"camb", "KH"}, // a prefix of one country's names only
		{"luxemburg", "LU"},
		{"columbia", "CO"},
		{"kingdom of cambodja", "KH"},
	}
	for _, tt := range tests {
		got, ok := Suggest(tt.q)
		if !ok || got.Code != tt.want {
			t.Errorf("Suggest(%q) = %s, %v; want %s", tt.q, got.Code, ok, tt.want)
		}
	}
	for _, q := range []string{"", "ab", "xyz", "qqqqqqq", "asdfghjkl", "united", "weather", "help", "list", "subscribe", "unsubscribe", "anniversaries", "latest"} {
		if got, ok := Suggest(q); ok {
			t.Errorf("Suggest(%q) = %s, want nothing", q, got.Code)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"cambodia", "cambodia", 2, 0},
		{"cambodai", "cambodia", 2, 1},
		{"jpan", "japan", 1, 1},
		{"kitten", "sitting", 3, 3},
		{"abc", "xyz", 1, 2}, // cut off at max+1
		{"", "abc", 3, 3},
	}
	for _, tt := range tests {
		if got := distance([]rune(tt.a), []rune(tt.b), tt.max, nil); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestOrgByName(t *testing.T) {
	tests := []struct{ q, want string }{
		{"asean", "ASEAN"}, {"Association of Southeast Asian Nations", "ASEAN"}, {"G7", "G7"}, {"g-7", "G7"},
		{"united nations", "UN"}, {"U.N.", "UN"}, {"nato", "NATO"}, {"quad", "QUAD"}, {"who", "WHO"},
		{"World Health Organisation", "WHO"}, {"the European Union", "EU"}, {"african union", "AFU"},
	}
	for _, tt := range tests {
		got, ok := OrgByName(tt.q)
		if !ok || got.Code != tt.want {
			t.Errorf("OrgByName(%q) = %s, %v; want %s", tt.q, got.Code, ok, tt.want)
		}
	}
	seen := map[string]bool{}
	for _, o := range Orgs() {
		if seen[o.Code] {
			t.Errorf("org code %s appears twice", o.Code)
		}
		seen[o.Code] = true
		for _, q := range append([]string{o.Code, o.Name}, o.Aliases...) {
			if got, ok := OrgByName(q); !ok || got.Code != o.Code {
				t.Errorf("OrgByName(%q) = %s, %v; want %s", q, got.Code, ok, o.Code)
			}
		}
	}
	for _, q := range []string{"", "japan", "united"} {
		if got, ok := OrgByName(q); ok {
			t.Errorf("OrgByName(%q) = %s, want none", q, got.Code)
		}
	}
}
