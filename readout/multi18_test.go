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

// TestGroupLists: a group named after the verb, then its members listed
// ("European leaders, including …", "his G7 counterparts: …", "her
// counterparts X of France and Y of Poland", "the E3 foreign ministers,
// X of France and Y of Germany, in Geneva").
func TestGroupLists(t *testing.T) {
	checkMulti(t, []multiCase{
		{"GB", "Prime Minister Keir Starmer hosted a call with European leaders including President Macron, Chancellor Merz and Prime Minister Tusk.",
			[]string{"Starmer GB", "Macron FR", "Merz DE", "Tusk PL"}},
		{"US", "The President spoke today with the Quad leaders, Prime Minister Albanese, Prime Minister Modi and Prime Minister Kishida.",
			[]string{"_ US", "Albanese AU", "Modi IN", "Kishida JP"}},
		{"US", "Vice President Harris met with leaders from the Pacific Islands, including Prime Minister Mark Brown of the Cook Islands and President Wesley Simina of Micronesia.",
			[]string{"Harris US", "Brown CK", "Simina FM"}},
		{"US", "Secretary Rubio met with his G7 counterparts: Canadian Foreign Minister Anita Anand, French Foreign Minister Jean-Noël Barrot, Italian Foreign Minister Antonio Tajani and UK Foreign Secretary David Lammy.",
			[]string{"Rubio US", "Anand CA", "Barrot FR", "Tajani IT", "Lammy GB"}},
		{"GB", "Foreign Secretary David Lammy met with the E3 foreign ministers, Jean-Noël Barrot of France and Johann Wadephul of Germany, in Geneva.",
			[]string{"Lammy GB", "Barrot FR", "Wadephul DE"}},
		{"DE", "Foreign Minister Annalena Baerbock met her counterparts Catherine Colonna of France and Radosław Sikorski of Poland in Weimar.",
			[]string{"Baerbock DE", "Colonna FR", "Sikorski PL"}},
		{"US", "The President met with G7 leaders Prime Minister Carney, President Macron and Chancellor Merz in Kananaskis.",
			[]string{"_ US", "Carney CA", "Macron FR", "Merz DE"}},
		{"US", "The President hosted President Zelenskyy and European leaders, including President Macron, Chancellor Merz and Prime Minister Meloni, at the White House.",
			[]string{"_ US", "Zelenskyy UA", "Macron FR", "Merz DE", "Meloni IT"}},
		{"AU", "Prime Minister Albanese joined Quad leaders, Prime Minister Modi, Prime Minister Ishiba and President Trump, for the Quad Leaders' Summit.",
			[]string{"Albanese AU", "Modi IN", "Ishiba JP", "Trump US"}},
		{"CA", "Prime Minister Carney hosted G7 leaders in Kananaskis, including President Macron, Chancellor Merz and Prime Minister Starmer.",
			[]string{"Carney CA", "Macron FR", "Merz DE", "Starmer GB"}},
		{"IN", "External Affairs Minister Dr. S. Jaishankar met his BRICS colleagues, Mauro Vieira of Brazil and Ronald Lamola of South Africa, in Rio de Janeiro.",
			[]string{"Jaishankar IN", "Vieira BR", "Lamola ZA"}},
		{"US", "Secretary Rubio held a call with his counterparts from the E3, Foreign Minister Jean-Noël Barrot of France, Foreign Minister Johann Wadephul of Germany and Foreign Secretary David Lammy of the United Kingdom.",
			[]string{"Rubio US", "Barrot FR", "Wadephul DE", "Lammy GB"}},
		{"GB", "The Foreign Secretary met his Quad counterparts today: Australia's Penny Wong, India's S. Jaishankar and Japan's Takeshi Iwaya.",
			[]string{"_ GB", "Wong AU", "Jaishankar IN", "Iwaya JP"}},
	})
}

// TestRespectiveLists: an office in the plural whose countries, three or
// more, are listed before their holders ("the Prime Ministers of
// Denmark, Norway and Sweden, X, Y and Z"), and "the leaders of A and B,
// Prime Minister X and President Y", each holder with his own office.
func TestRespectiveLists(t *testing.T) {
	checkMulti(t, []multiCase{
		{"GB", "Prime Minister Keir Starmer met the Prime Ministers of Denmark, Norway and Sweden, Mette Frederiksen, Jonas Gahr Støre and Ulf Kristersson, at the JEF summit in Oslo.",
			[]string{"Starmer GB", "Frederiksen DK", "Støre NO", "Kristersson SE"}},
		{"US", "Today, the President hosted the leaders of Japan and the Philippines, Prime Minister Fumio Kishida and President Ferdinand Marcos Jr., at the White House.",
			[]string{"_ US", "Kishida JP", "Marcos PH"}},
		{"AU", "Foreign Minister Penny Wong met the Foreign Ministers of Fiji, Tonga and Samoa, Sitiveni Rabuka, Fekitamoeloa Utoikamanu and Toeolesulusulu Cedric Schuster, in Nuku'alofa.",
			[]string{"Wong AU", "Rabuka FJ", "Utoikamanu TO", "Schuster WS"}},
		{"EU", "High Representative Kaja Kallas met with the Foreign Ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, in Brussels.",
			[]string{"Kallas EU", "Mirzoyan AM", "Bayramov AZ"}},
	})
}

// TestJoinerSentences: a later sentence that lists those who took part
// ("Participating were …", "Also participating were …", "Leaders joining
// the call included …", "He was joined by …, Secretary General X of
// NATO").
func TestJoinerSentences(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "President Biden met with Quad leaders in Tokyo. Participating were Prime Minister Albanese of Australia, Prime Minister Modi of India and Prime Minister Kishida of Japan.",
			[]string{"Biden US", "Albanese AU", "Modi IN", "Kishida JP"}},
		{"US", "President Trump hosted a call on Ukraine today. Leaders joining the call included President Nauseda of Lithuania, President Karis of Estonia and President Rinkēvičs of Latvia.",
			[]string{"Trump US", "Nauseda LT", "Karis EE", "Rinkēvičs LV"}},
		{"CA", "Prime Minister Carney chaired a virtual meeting of Ukraine's supporters. Also participating were Prime Minister Støre of Norway and President Stubb of Finland.",
			[]string{"Støre NO", "Stubb FI"}},
		{"US", "President Biden spoke today with allies about Ukraine. He was joined by President Duda of Poland, Secretary General Stoltenberg of NATO and Prime Minister Fiala of the Czech Republic.",
			[]string{"Biden US", "Duda PL", "Stoltenberg NATO", "Fiala CZ"}},
	})
}

// TestSubjectLists: three or more leaders listed as the subject ("X, Y
// and Z met in …", "held a … Summit Meeting"), each of his own country
// (a known holder's, where the office names none), and no counterpart
// read from the words after the meeting's name ("at Camp David").
func TestSubjectLists(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "President Biden, Prime Minister Albanese and Prime Minister Sunak met in San Diego today.",
			[]string{"Biden US", "Albanese AU", "Sunak GB"}},
		{"US", "President Biden, Prime Minister Albanese of Australia and Prime Minister Sunak of the United Kingdom met at Naval Base Point Loma to discuss AUKUS.",
			[]string{"Biden US", "Albanese AU", "Sunak GB"}},
		{"FR", "President Emmanuel Macron, Chancellor Friedrich Merz and Prime Minister Donald Tusk met in Berlin for a Weimar Triangle summit.",
			[]string{"Macron FR", "Merz DE", "Tusk PL"}},
		{"JP", "Prime Minister Kishida, President Biden and President Yoon held a Japan-U.S.-ROK Summit Meeting at Camp David.",
			[]string{"Kishida JP", "Biden US", "Yoon KR"}},
		{"US", "President Biden met with Prime Minister Kishida and President Yoon at Camp David, where the three leaders opened a new chapter of trilateral partnership.",
			[]string{"Biden US", "Kishida JP", "Yoon KR"}},
	})
	r := parseLead1(t, "JP", "Prime Minister Kishida, President Biden and President Yoon held a Japan-U.S.-ROK Summit Meeting at Camp David.")
	for _, p := range r.Participants {
		if p.Name == "Camp David" {
			t.Errorf("a place read as a principal: %+v", r.Participants)
		}
	}
}

// TestTwoPlusTwo: two ministers of one side met by two of another ("2+2"
// meetings): the second counterpart of "A and B", whose office names no
// country, is of the first one's; "… S. Jaishankar and Minister of
// Defence Y" (an initial's full stop ends no clause); "the Rt Hon X,
// Prime Minister of A, and the Hon Y, Prime Minister of B"; counterparts
// by demonym or from countries, with or without offices; ministers of
// others who come with the subject ("together with his French and
// Polish counterparts X and Y").
func TestTwoPlusTwo(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "Secretary of State Marco Rubio and Secretary of Defense Pete Hegseth met with Japanese Foreign Minister Iwaya Takeshi and Defense Minister Nakatani Gen for the Security Consultative Committee.",
			[]string{"Rubio US", "Hegseth US", "Iwaya JP", "Nakatani JP"}},
		{"US", "Secretary Rubio, joined by Secretary Hegseth, met with Philippine Foreign Secretary Theresa Lazaro and Defense Secretary Gilberto Teodoro.",
			[]string{"Rubio US", "Hegseth US", "Lazaro PH", "Teodoro PH"}},
		{"US", "Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III hosted Indian Minister of External Affairs S. Jaishankar and Minister of Defence Rajnath Singh for the 2+2 Ministerial Dialogue.",
			[]string{"Blinken US", "Austin US", "Jaishankar IN", "Singh IN"}},
		{"GB", "The Foreign Secretary and the Defence Secretary met Foreign Minister Penny Wong and Deputy Prime Minister Richard Marles for AUKMIN in London.",
			[]string{"Wong AU", "Marles AU"}},
		{"AU", "The Prime Minister, the Hon Anthony Albanese MP, met with the Rt Hon Christopher Luxon, Prime Minister of New Zealand, and the Hon James Marape, Prime Minister of Papua New Guinea.",
			[]string{"Albanese AU", "Luxon NZ", "Marape PG"}},
		{"CA", "Minister of Foreign Affairs Anita Anand and Minister of National Defence David McGuinty met with their Australian counterparts, Penny Wong and Richard Marles, in Ottawa.",
			[]string{"Anand CA", "McGuinty CA", "Wong AU", "Marles AU"}},
		{"SG", "Minister for Foreign Affairs Vivian Balakrishnan hosted his counterparts from Australia and New Zealand, Penny Wong and Winston Peters, for a trilateral meeting.",
			[]string{"Balakrishnan SG", "Wong AU", "Peters NZ"}},
		{"US", "National Security Advisor Jake Sullivan met today in Tokyo with his counterparts from Japan and the Philippines, National Security Advisor Takeo Akiba and National Security Adviser Eduardo Año.",
			[]string{"Sullivan US", "Akiba JP", "Año PH"}},
		{"DE", "Foreign Minister Johann Wadephul, together with his French and Polish counterparts Jean-Noël Barrot and Radosław Sikorski, met Ukrainian Foreign Minister Andrii Sybiha in Kyiv.",
			[]string{"Wadephul DE", "Barrot FR", "Sikorski PL", "Sybiha UA"}},
	})
	r := parseLead1(t, "US", "National Security Advisor Jake Sullivan met today in Tokyo with his counterparts from Japan and the Philippines, National Security Advisor Takeo Akiba and National Security Adviser Eduardo Año.")
	for _, p := range r.Participants {
		if strings.HasPrefix(p.Name, "National") {
			t.Errorf("an office kept in a name: %q", p.Name)
		}
	}
}

// TestSeveralAsOne: sides written together as the subject: an office in
// the plural over their countries ("The Foreign Ministers of India,
// Australia, Japan and the United States met …", "The leaders of …"),
// three ministers listed before "held a trilateral foreign ministers'
// meeting", and two long offices joined by "and", each before its name.
func TestSeveralAsOne(t *testing.T) {
	checkMulti(t, []multiCase{
		{"IN", "The Foreign Ministers of India, Australia, Japan and the United States met in Washington for the Quad Foreign Ministers' Meeting.",
			[]string{"_ IN", "_ AU", "_ JP", "_ US"}},
		{"US", "The leaders of Australia, India, Japan and the United States met today in Wilmington, Delaware for the Quad Leaders' Summit.",
			[]string{"_ US", "_ AU", "_ IN", "_ JP"}},
		{"KR", "Foreign Minister Cho Tae-yul, Japanese Foreign Minister Kamikawa Yoko and U.S. Secretary of State Antony Blinken held a trilateral foreign ministers' meeting in New York.",
			[]string{"Cho KR", "Kamikawa JP", "Blinken US"}},
		{"EU", "President of the European Council António Costa and President of the European Commission Ursula von der Leyen met with Prime Minister Narendra Modi of India in New Delhi.",
			[]string{"Costa EU", "Leyen EU", "Modi IN"}},
	})
	r := parseLead1(t, "IN", "The Foreign Ministers of India, Australia, Japan and the United States met in Washington for the Quad Foreign Ministers' Meeting.")
	if len(r.Parties) != 4 {
		t.Errorf("sides %v", r.Parties)
	}
}

// TestUnnamedOfEach: holders named by an office in the plural over
// their countries, after the verb ("hosted the leaders of A, B and C in
// …", "met with the foreign ministers of A, B, the C and D") or with
// the counterpart ("…, along with the Prime Ministers of A and B, at
// …"): an unnamed holder of each country.
func TestUnnamedOfEach(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "President Biden hosted the leaders of Australia, India and Japan in Wilmington for the Quad Leaders' Summit.",
			[]string{"Biden US", "_ AU", "_ IN", "_ JP"}},
		{"US", "The Secretary met with the foreign ministers of Saudi Arabia, Qatar, the UAE and Jordan in Riyadh.",
			[]string{"_ US", "_ SA", "_ QA", "_ AE", "_ JO"}},
		{"GB", "The Prime Minister hosted President Zelenskyy of Ukraine, along with the Prime Ministers of Poland and Canada, at Downing Street this afternoon.",
			[]string{"_ GB", "Zelenskyy UA", "_ PL", "_ CA"}},
		{"IN", "Prime Minister Narendra Modi met with the leaders of Bangladesh, Bhutan, Nepal and Sri Lanka on the sidelines of the BIMSTEC Summit.",
			[]string{"Modi IN", "_ BD", "_ BT", "_ NP", "_ LK"}},
		{"US", "President Trump hosted a working lunch with the Presidents of Gabon, Guinea-Bissau, Liberia, Mauritania and Senegal.",
			[]string{"Trump US", "_ GA", "_ GW", "_ LR", "_ MR", "_ SN"}},
	})
	r := parseLead1(t, "US", "President Trump hosted a working lunch with the Presidents of Gabon, Guinea-Bissau, Liberia, Mauritania and Senegal.")
	if len(r.Parties) != 6 {
		t.Errorf("sides %v", r.Parties)
	}
}

// TestParticleOpensName: a name that opens with a particle joined to its
// capital ("President el-Sisi of Egypt") is read, and the list goes on
// after it.
func TestParticleOpensName(t *testing.T) {
	checkMulti(t, []multiCase{
		{"US", "President Biden met today with King Abdullah II of Jordan, President el-Sisi of Egypt and President Abbas of the Palestinian Authority.",
			[]string{"Biden US", "Abdullah JO", "el-Sisi EG", "Abbas PS"}},
		{"GB", "The Foreign Secretary met Foreign Minister al-Safadi of Jordan and Foreign Minister Abdelatty of Egypt in Amman.",
			[]string{"al-Safadi JO", "Abdelatty EG"}},
	})
}

// TestJoinersItemByItem: "Joining X on the call were President of the
// European Commission Y, Prime Minister Z (Canada), …" reads each item,
// whatever form its office takes, so one item does not end the list.
func TestJoinersItemByItem(t *testing.T) {
	r, err := Parse(Document{Title: "Call", PublisherCountry: "US", Body: "President Joe Hale convened a call today on support for Ukraine.\n\n" +
		"Joining President Hale on the call were President of the European Commission Eva Berg, Prime Minister Tom Reid (Canada), Chancellor Karl Vogt of Germany, and Prime Minister Anna Rossi of Italy.\n\nThe leaders discussed sanctions.\n"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Participants {
		if p.Role == RolePrincipal {
			got = append(got, p.Name+"|"+p.Country)
		}
	}
	if strings.Join(got, ", ") != "Joe Hale|US, Eva Berg|EU, Tom Reid|CA, Karl Vogt|DE, Anna Rossi|IT" {
		t.Errorf("principals %q", got)
	}
}
