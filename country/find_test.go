package country

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// mentions renders ms as "CODE:text" items for compact comparison.
func mentions(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Code + ":" + m.Text
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain names", "Japan and Cambodia agreed.", []string{"JP:Japan", "KH:Cambodia"}},
		{"long form", "the Prime Minister of the Kingdom of Cambodia", []string{"KH:Kingdom of Cambodia"}},
		{"republic of korea is one mention", "talks with the Republic of Korea", []string{"KR:Republic of Korea"}},
		{"bare korea", "Japan and Korea", []string{"JP:Japan", "KR:Korea"}},
		{"south korea", "South Korea and North Korea", []string{"KR:South Korea", "KP:North Korea"}},
		{"prc", "the People's Republic of China (PRC)", []string{"CN:People's Republic of China", "CN:PRC"}},
		{"prc curly apostrophe", "the People’s Republic of China", []string{"CN:People’s Republic of China"}},
		{"dprk long", "the Democratic People's Republic of Korea (DPRK)", []string{"KP:Democratic People's Republic of Korea", "KP:DPRK"}},
		{"russian federation", "the Russian Federation and Russia", []string{"RU:Russian Federation", "RU:Russia"}},
		{"usa long", "the United States of America", []string{"US:United States of America"}},
		{"uk long", "the United Kingdom of Great Britain and Northern Ireland", []string{"GB:United Kingdom of Great Britain and Northern Ireland"}},
		{"uk forms", "the UK, the U.K. and Britain", []string{"GB:UK", "GB:U.K.", "GB:Britain"}},
		{"us dotted", "the U.S. and Japan", []string{"US:U.S.", "JP:Japan"}},
		{"us dotted at sentence end", "visited the U.S.", []string{"US:U.S."}},
		{"us upper", "US and Japan", []string{"US:US", "JP:Japan"}},
		{"us lower is a pronoun", "let us work with Japan", []string{"JP:Japan"}},
		{"us mixed case", "Us and them", nil},
		{"us dollars", "a loan of US$50 million", nil},
		{"rok", "ROK-U.S. alliance", []string{"KR:ROK", "US:U.S."}},
		{"uae", "the UAE and the United Arab Emirates", []string{"AE:UAE", "AE:United Arab Emirates"}},
		{"demonyms", "the Cambodian people and Japanese companies", []string{"KH:Cambodian", "JP:Japanese"}},
		{"demonym plural", "Ukrainians and Americans", []string{"UA:Ukrainians", "US:Americans"}},
		{"ukrainian", "Ukrainian grain", []string{"UA:Ukrainian"}},
		{"possessive", "Japan's support", []string{"JP:Japan"}},
		{"curly possessive", "Russia’s aggression", []string{"RU:Russia"}},
		{"hyphen pair", "Japan-Cambodia Summit", []string{"JP:Japan", "KH:Cambodia"}},
		{"en dash pair", "Japan–Cambodia Summit", []string{"JP:Japan", "KH:Cambodia"}},
		{"hyphen with abbreviation", "Japan-U.S. alliance", []string{"JP:Japan", "US:U.S."}},
		{"three-way", "Japan–U.S.–Philippines", []string{"JP:Japan", "US:U.S.", "PH:Philippines"}},
		{"mekong-japan", "Mekong-Japan Cooperation", []string{"JP:Japan"}},
		{"mekong", "the Mekong countries", nil},
		{"south china sea", "the South China Sea issue", nil},
		{"east china sea", "the East China Sea and China", []string{"CN:China"}},
		{"sea of japan", "missiles fell into the Sea of Japan", nil},
		{"gulf of mexico", "the Gulf of Mexico", nil},
		{"chao phraya", "the Ayeyarwady-Chao Phraya-Mekong strategy", nil},
		{"indo-pacific", "a Free and Open Indo-Pacific", nil},
		{"korean peninsula", "the denuclearization of the Korean Peninsula", nil},
		{"new mexico", "New Mexico and New Jersey", nil},
		{"jersey", "Jersey and Guernsey", []string{"JE:Jersey", "GG:Guernsey"}},
		{"guinea-bissau", "Guinea-Bissau and Guinea", []string{"GW:Guinea-Bissau", "GN:Guinea"}},
		{"guinea en dash", "Guinea–Bissau", []string{"GW:Guinea–Bissau"}},
		{"papua new guinea", "Papua New Guinea", []string{"PG:Papua New Guinea"}},
		{"equatorial guinea", "Equatorial Guinea", []string{"GQ:Equatorial Guinea"}},
		{"niger nigeria", "Niger and Nigeria", []string{"NE:Niger", "NG:Nigeria"}},
		{"nigerien", "Nigerien and Nigerian officials", []string{"NE:Nigerien", "NG:Nigerian"}},
		{"dominica", "Dominica and the Dominican Republic", []string{"DM:Dominica", "DO:Dominican Republic"}},
		{"drc", "the Democratic Republic of the Congo", []string{"CD:Democratic Republic of the Congo"}},
		{"congo republic", "the Republic of the Congo", []string{"CG:Republic of the Congo"}},
		{"drc without the", "the Democratic Republic of Congo and the DRC", []string{"CD:Democratic Republic of Congo", "CD:DRC"}},
		{"lower-case common words", "turkey, china plates, chad and jordan almonds", nil},
		{"capitalized", "Turkey, China, Chad and Jordan", []string{"TR:Turkey", "CN:China", "TD:Chad", "JO:Jordan"}},
		{"all caps heading", "JAPAN-CAMBODIA SUMMIT MEETING", []string{"JP:JAPAN", "KH:CAMBODIA"}},
		{"georgia stays", "Georgia", []string{"GE:Georgia"}},
		{"orgs are not countries", "ASEAN, the EU, the G7, the UN and NATO", nil},
		{"org with demonym", "the Organization of American States", nil},
		{"latin america", "Latin America and the Caribbean", nil},
		{"american", "American companies in Latin America", []string{"US:American"}},
		{"american samoa", "American Samoa and Samoa", []string{"AS:American Samoa", "WS:Samoa"}},
		{"line break inside a name", "President of the Republic\nof Korea", []string{"KR:Republic\nof Korea"}},
		{"nbsp inside a name", "South\u00a0Africa", []string{"ZA:South\u00a0Africa"}},
		{"accents", "Côte d’Ivoire and Cote d'Ivoire", []string{"CI:Côte d’Ivoire", "CI:Cote d'Ivoire"}},
		{"turkiye", "Türkiye", []string{"TR:Türkiye"}},
		{"viet nam", "the Socialist Republic of Viet Nam and Vietnam", []string{"VN:Socialist Republic of Viet Nam", "VN:Vietnam"}},
		{"saint abbreviations", "St. Lucia, St Kitts and Nevis, Saint Vincent and the Grenadines", []string{"LC:St. Lucia", "KN:St Kitts and Nevis", "VC:Saint Vincent and the Grenadines"}},
		{"northern ireland", "Ireland and Northern Ireland", []string{"IE:Ireland", "GB:Northern Ireland"}},
		{"hong kong", "Hong Kong and Macau", []string{"HK:Hong Kong", "MO:Macau"}},
		{"taiwan", "Taiwan and the Taiwan Strait", []string{"TW:Taiwan"}},
		{"indian ocean", "India and the Indian Ocean", []string{"IN:India"}},
		{"turks and caicos", "the Turks and Caicos Islands", []string{"TC:Turks and Caicos Islands"}},
		{"turks", "Turks and Greeks", []string{"TR:Turks", "GR:Greeks"}},
		{"south sudan", "Sudan and South Sudan", []string{"SD:Sudan", "SS:South Sudan"}},
		{"lookup-only names", "a CAR BOMB in the Central African region", nil},
		{"central african republic", "the Central African Republic", []string{"CF:Central African Republic"}},
		{"khmer", "the Royal Cambodian Army and Khmer culture", []string{"KH:Cambodian", "KH:Khmer"}},
		{"burma", "Burma (Myanmar)", []string{"MM:Burma", "MM:Myanmar"}},
		{"word boundaries", "Japanland Chinatown Omani", []string{"OM:Omani"}},
		{"empty", "", nil},
		{"no words", " -- ... ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentions(Find(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	text := "On March 20, Mr. KISHIDA, Prime Minister of Japan, met the Prime Minister of the Kingdom of Cambodia."
	ms := Find(text)
	want := []Mention{
		{Code: "JP", Start: 44, End: 49, Text: "Japan"},
		{Code: "KH", Start: 81, End: 100, Text: "Kingdom of Cambodia"},
	}
	if !slices.Equal(ms, want) {
		t.Errorf("Find = %+v, want %+v", ms, want)
	}
}

func TestFindOrgs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"ASEAN-Japan relations and the ASEAN Chair", []string{"ASEAN"}},
		{"the EU, the G7, the U.N. and NATO", []string{"EU", "G7", "UN", "NATO"}},
		{"the UN General Assembly and the United Nations", []string{"UN"}},
		{"the G-20 and the Group of Seven", []string{"G20", "G7"}},
		{"the Quad and AUKUS", []string{"QUAD", "AUKUS"}},
		{"the WHO said; who knows", []string{"WHO"}},
		{"the ASEAN Regional Forum", []string{"ARF"}},
		{"the Organization of American States", []string{"OAS"}},
		{"Japan and Cambodia", nil},
		{"eu and nato in lower case", nil},
	}
	for _, tt := range tests {
		if got := FindOrgs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("FindOrgs(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCodes(t *testing.T) {
	got := Codes(Find("Japan, Cambodia, Japan's, Cambodian and Ukraine"))
	if want := []string{"JP", "KH", "UA"}; !slices.Equal(got, want) {
		t.Errorf("Codes = %q, want %q", got, want)
	}
}

const seedPath = "../../shared/seed/japan-cambodia-summit-2022-03-20.txt"

func readShared(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFindSeed(t *testing.T) {
	text := readShared(t, seedPath)
	ms := Find(text)
	if got, want := Codes(ms), []string{"JP", "KH", "MM", "RU", "UA", "KP"}; !slices.Equal(got, want) {
		t.Errorf("Codes(Find(seed)) = %q, want %q", got, want)
	}
	checkMentions(t, text, ms)
	if got, want := FindOrgs(text), []string{"ASEAN", "UN", "ACMECS"}; !slices.Equal(got, want) {
		t.Errorf("FindOrgs(seed) = %q, want %q", got, want)
	}
}

func TestFindFixture(t *testing.T) {
	b, err := os.ReadFile("testdata/japan-vietnam-foreign-ministers.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ms := Find(text)
	want := []string{"JP", "VN", "KP", "US", "PH", "KR", "RU", "UA", "PS", "IR", "MM", "PG", "FJ", "CN"}
	if got := Codes(ms); !slices.Equal(got, want) {
		t.Errorf("Codes(Find(fixture)) = %q, want %q", got, want)
	}
	checkMentions(t, text, ms)
	if got, want := FindOrgs(text), []string{"UN", "ASEAN", "APEC", "G7", "EU"}; !slices.Equal(got, want) {
		t.Errorf("FindOrgs(fixture) = %q, want %q", got, want)
	}
}

// checkMentions verifies the invariants of Find's result on text.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(text) {
			t.Errorf("mention %+v out of order or range (previous end %d, len %d)", m, last, len(text))
			return
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v: text[%d:%d] = %q", m, m.Start, m.End, text[m.Start:m.End])
		}
		if _, ok := ByCode(m.Code); !ok {
			t.Errorf("mention %+v: unknown code", m)
		}
		last = m.End
	}
}

// TestFindCorpus runs Find on the White House readouts: a readout whose
// file name ends "-of-<country>" must mention that country.
func TestFindCorpus(t *testing.T) {
	dir := "../../shared/corpus/whitehouse"
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) == 0 {
		t.Skipf("%s is absent", dir)
	}
	slug := regexp.MustCompile(`-of-((?:the-)?[a-z]+(?:-[a-z]+)*?)(?:-\d+)?\.md$`)
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		ms := Find(text)
		checkMentions(t, text, ms)
		m := slug.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		words := strings.Split(m[1], "-")
		// The slug may carry leading words ("chancellor-angela-merkel-of-germany"
		// leaves "germany"); try the longest suffix Lookup knows.
		for i := range words {
			c, ok := Lookup(strings.Join(words[i:], " "))
			if !ok {
				continue
			}
			checked++
			if !slices.Contains(Codes(ms), c.Code) {
				t.Errorf("%s: Find found %q, want it to include %s", filepath.Base(f), Codes(ms), c.Code)
			}
			break
		}
	}
	t.Logf("checked %d of %d readouts by file name", checked, len(files))
	if checked < 40 {
		t.Errorf("checked %d readouts by file name, want at least 40", checked)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Japan-Cambodia", "the U.S.", "Republic of\nKorea", "Côte d’Ivoire", "US$5", "South China Sea",
		"St. Kitts and Nevis", "Guinea–Bissau", "\xff\xfeJapan", "ASEAN-Japan",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text, Find(text))
		for _, code := range FindOrgs(text) {
			if _, ok := OrgByName(code); !ok {
				t.Errorf("FindOrgs returned unknown org %q", code)
			}
		}
	})
}
