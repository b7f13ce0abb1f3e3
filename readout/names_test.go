package readout

import (
	"testing"
	"time"
)

func TestDisplayName(t *testing.T) {
	tests := []struct {
		name, written, country string
		familyFirst            bool
		want                   string
	}{
		{"Japanese family name in capitals", "KISHIDA Fumio", "JP", false, "Fumio Kishida"},
		{"Korean family name in capitals", "YOON Suk Yeol", "KR", false, "Yoon Suk Yeol"},
		{"Korean with a hyphenated given name", "KIM Min-ho", "KR", false, "Kim Min-ho"},
		{"Chinese", "WANG Yi", "CN", false, "Wang Yi"},
		{"Cambodian", "HUN Manet", "KH", false, "Hun Manet"},
		{"Vietnamese", "PHAM Minh Chinh", "VN", false, "Pham Minh Chinh"},
		{"country unknown: Western order", "TANAKA Ichiro", "", false, "Ichiro Tanaka"},
		{"initials are given names, not a family name in capitals", "JD Vance", "US", false, "JD Vance"},
		{"a Chinese family name of two letters", "LI Qiang", "CN", false, "Li Qiang"},
		{"Japanese in mixed case, known to be family first", "Iwaya Takeshi", "JP", true, "Takeshi Iwaya"},
		{"honorifics out, order kept", "H.E. Mr. LEE Jae-won", "KR", false, "Lee Jae-won"},
		{"a suffix stays", "Joseph R. Biden, Jr.", "US", false, "Joseph R. Biden, Jr."},
		{"styles out", "Rt Hon Keir Starmer MP", "GB", false, "Keir Starmer"},
		{"family name of two words in capitals first", "OYONO ESONO Simeón", "GQ", false, "Simeón Oyono Esono"},
		{"family name in capitals last", "Lejeune MBELLA MBELLA", "CM", false, "Lejeune Mbella Mbella"},
		{"family name of three words in capitals last", "Simeón OYONO ESONO ANGUE", "GQ", false, "Simeón Oyono Esono Angue"},
		{"a regnal number stays", "Leo XIV", "VA", false, "Leo XIV"},
		{"a generational number stays", "Lloyd J. Austin III", "US", false, "Lloyd J. Austin III"},
		{"Madame out", "Madame Yassine Fall", "SN", false, "Yassine Fall"},
		{"the Hon. out", "the Hon. Pat Conroy MP", "AU", false, "Pat Conroy"},
		{"the father's name only", "Faisal bin Farhan bin Abdullah", "SA", false, "Faisal bin Farhan"},
		{"the father's name and the family's", "Mohammed bin Abdulaziz bin Saleh Al-Khulaifi", "QA", false, "Mohammed bin Abdulaziz Al-Khulaifi"},
		{"a Saudi prince: his and his father's names", "Mohammed bin Salman bin Abdulaziz Al Saud", "SA", false, "Mohammed bin Salman"},
		{"a family of two words", "Mohammed bin Abdulaziz bin Saleh Al Khulaifi", "QA", false, "Mohammed bin Abdulaziz Al Khulaifi"},
		{"one patronymic stays", "Tamim bin Hamad Al-Thani", "QA", false, "Tamim bin Hamad Al-Thani"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := displayName(tt.written, tt.country, tt.familyFirst); got != tt.want {
				t.Errorf("displayName(%q, %q) = %q, want %q", tt.written, tt.country, got, tt.want)
			}
		})
	}
}

func TestFullerName(t *testing.T) {
	tests := []struct {
		name, in, text, want string
	}{
		{"given name from the headline", "Lopez", "Readout of the Secretary's Call with President Ana Lopez of Chile", "Ana Lopez"},
		{"given name after an honorific", "Lopez", "The Minister thanked Ms. Ana Lopez for her visit.", "Ana Lopez"},
		{"a title alone adds nothing", "Lopez", "President Lopez of Chile spoke first.", "Lopez"},
		{"a country before the name is no given name", "Lopez", "He met the Chile Lopez delegation.", "Lopez"},
		{"a full name stays", "Ana Lopez", "President Maria Ana Lopez", "Ana Lopez"},
		{"a longer word is not the name", "Lopez", "President Ana Lopezova", "Lopez"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fullerName(tt.in, tt.text); got != tt.want {
				t.Errorf("fullerName(%q, %q) = %q, want %q", tt.in, tt.text, got, tt.want)
			}
		})
	}
}

func TestNameParticlesStayInTheName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"His Majesty Qasim bin Nasser Al Rashid, the Emir of Qatar.", "Qasim bin Nasser Al Rashid"},
		{"Her Highness Layla bint Faisal Al Harbi, the Minister of State.", "Layla bint Faisal Al Harbi"},
		{"His Excellency Omar ibn Khalid, the Envoy of Jordan.", "Omar ibn Khalid"},
	}
	for _, tt := range tests {
		ps, _ := counterpartPersons(tt.in)
		if len(ps) == 0 || ps[0].name != tt.want {
			t.Errorf("counterpartPersons(%q) = %+v, want name %q", tt.in, ps, tt.want)
		}
	}
}

func TestOrganisationHeadIsASide(t *testing.T) {
	tests := []struct{ title, want string }{
		{"NATO Secretary General", "NATO"},
		{"Director-General of the World Health Organization", "WHO"},
		{"Chairperson of the AU Commission", "AFU"},
		{"Secretary-General of ASEAN", "ASEAN"},
		{"President of the European Commission", "EU"},
		{"UN High Commissioner for Refugees", "UNHCR"},
		{"Prime Minister of Italy, holder of the G7 Presidency", "IT"},
		{"G20 Chair", ""},
		{"Ambassador to NATO", ""},
	}
	for _, tt := range tests {
		if got := personCountry(person{title: tt.title, countryText: tt.title}); got != tt.want {
			t.Errorf("personCountry(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// Japan's government writes Japanese names family name first since 2020,
// in capitals or not: its own lead's "Mr. Ishida Kenta, Minister …" is
// Kenta Ishida, unless the text refers to him by the last word.
func TestJapaneseFamilyFirstSince2020(t *testing.T) {
	lead := func(name string) string {
		return "Japan-Sweden Foreign Ministers' Telephone Talk\n\nOn March 3, commencing at 5:10 p.m. for approximately 30 minutes, Mr. " + name +
			", Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Ms. Maria Lind, Minister for Foreign Affairs of Sweden. The overview of the talk is as follows.\n\n" +
			"1. The two ministers agreed to deepen cooperation on clean energy and on the security of undersea cables.\n"
	}
	tests := []struct {
		name, body string
		year       int
		want       string
	}{
		{"family first on a page of 2024", lead("Ishida Kenta"), 2024, "Kenta Ishida"},
		{"as written before 2020", lead("Kenta Ishida"), 2016, "Kenta Ishida"},
		{"the text refers to him by the last word", lead("Kenta Ishida") + "2. Minister Ishida explained Japan's position.\n", 2024, "Kenta Ishida"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Body: tt.body, PublisherCountry: "JP", Published: time.Date(tt.year, 3, 3, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range r.Participants {
				if p.Country == "JP" && p.Role == RolePrincipal {
					got = append(got, p.Name)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("Japanese principals %q, want [%q]", got, tt.want)
			}
		})
	}
}
