package readout

import (
	"strings"
	"testing"
)

// TestLeadForms22 reads leads in forms the parser missed in session 20,
// each written for this test with invented people: a senator's styles
// before a name and its office's comma, an audience "granted" with a
// capital, an envoy's post "in" a country, a venue between "met" and
// "with", a national authority's office, a message delivered by an
// envoy, "The Head of State, President X".
func TestLeadForms22(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"AU", "Senator the Hon Mary Cole, Minister for Foreign Affairs, met Prime Minister Peter Tovua of Solomon Islands in Honiara.",
			"Mary Cole|Minister for Foreign Affairs|AU, Peter Tovua|Prime Minister of Solomon Islands|SB"},
		{"AU", "Senator Mary Cole, Minister for Foreign Affairs, met Prime Minister Peter Tovua of Solomon Islands in Honiara.",
			"Mary Cole|Minister for Foreign Affairs|AU, Peter Tovua|Prime Minister of Solomon Islands|SB"},
		{"BT", "His Majesty King Ugyen Dorji granted an Audience to the Foreign Secretary of India, Arjun Rao, at Tashichhodzong.",
			"Ugyen Dorji|King|BT, Arjun Rao|Foreign Secretary of India|IN"},
		{"PE", "Foreign Minister Rosa Quispe met with the Ambassador of the Republic of Korea in Peru, Park Min-jun.",
			"Rosa Quispe|Foreign Minister|PE, Park Min-jun|Ambassador of the Republic of Korea in Peru|KR"},
		{"PA", "President Luis Navarro met in the Palacio de las Garzas with the Secretary of State of the United States, John Miller.",
			"Luis Navarro|President|PA, John Miller|Secretary of State of the United States|US"},
		{"JO", "His Majesty King Faisal II received a phone call from President of the Palestinian National Authority Karim Haddad.",
			"Faisal II|King|JO, Karim Haddad|President of the Palestinian National Authority|PS"},
		{"TZ", "President Amina Salum has received a special message from the President of Burundi, delivered by the Burundian Minister of Foreign Affairs, Jean Ndayishimiye, at State House in Dar es Salaam.",
			"Amina Salum|President|TZ, Jean Ndayishimiye|Burundian Minister of Foreign Affairs|BI"},
		{"KE", "President John Kamau received a special message from President Deng Malual of South Sudan, delivered by Foreign Minister Peter Garang, at State House, Nairobi.",
			"John Kamau|President|KE, Peter Garang|Foreign Minister|SS"},
		{"RW", "President Eric Mugabo received a letter from the President of Angola conveyed by his envoy, Minister of External Relations Manuel Neto.",
			"Eric Mugabo|President|RW, Manuel Neto|Minister of External Relations|AO"},
		{"CF", "The Head of State, President Paul Ngouandji, granted an audience to the Ambassador of France, Claire Martin.",
			"Paul Ngouandji|President|CF, Claire Martin|Ambassador of France|FR"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestEnvoyPostNoPlace22: "the Ambassador of Korea in Peru" is his post,
// not where the meeting was; "in Lima" after the verb still is.
func TestEnvoyPostNoPlace22(t *testing.T) {
	for _, c := range []struct{ lead, place string }{
		{"Foreign Minister Rosa Quispe met with the Ambassador of the Republic of Korea in Peru, Park Min-jun.", ""},
		{"Foreign Minister Rosa Quispe met in Lima with the Ambassador of the Republic of Korea, Park Min-jun.", "Lima"},
	} {
		if r := parseLead1(t, "PE", c.lead); r.Meeting.Location != c.place {
			t.Errorf("%s\n place %q, want %q", c.lead, r.Meeting.Location, c.place)
		}
	}
}

// TestLeadForms22b reads more forms of session 20 (genre14's shapes,
// written again with invented people): a news agency's offices in lower
// case after a name's comma, a suffix and a day between the subject and
// its verb, an armed force's chief with an award in brackets, a royal
// highness before a prince's name of six words, a scholar's style, a
// list of names each of its country after a group's phrase.
func TestLeadForms22b(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"KP", "Pak Chol Jin, general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea, received Ivan Orlov, secretary of the Security Council of the Russian Federation, in Pyongyang on June 17.",
			"Pak Chol Jin|general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea|KP, Ivan Orlov|secretary of the Security Council of the Russian Federation|RU"},
		{"GB", "Anne Carter, the British prime minister, spoke with Paul Martin, the Canadian prime minister, on Sunday.",
			"Anne Carter|British prime minister|GB, Paul Martin|Canadian prime minister|CA"},
		{"LR", "The President of the Republic of Liberia, His Excellency Samuel Kollie, Sr., on Thursday, February 20, 2025, received in audience the Minister of Foreign Affairs of the Republic of Sierra Leone, Hon. Abu Kamara, at his office.",
			"Samuel Kollie|President of the Republic of Liberia|LR, Abu Kamara|Minister of Foreign Affairs of the Republic of Sierra Leone|SL"},
		{"PK", "General Imran Qadir, NI (M), Chief of Army Staff (COAS) called on His Royal Highness Prince Saud bin Nasser bin Khalid Al Saud, Minister of Defence of the Kingdom of Saudi Arabia, in Riyadh today.",
			"Imran Qadir|Chief of Army Staff|PK, Saud bin Nasser|Minister of Defence of the Kingdom of Saudi Arabia|SA"},
		{"AF", "Mawlawi Abdul Rahman Haqqani, Minister of Foreign Affairs, met with the Ambassador of Uzbekistan, Timur Karimov, in Kabul.",
			"Abdul Rahman Haqqani|Minister of Foreign Affairs|AF, Timur Karimov|Ambassador of Uzbekistan|UZ"},
		{"CZ", "Prime Minister Jan Novak hosted the heads of government of the Visegrad Group countries, Adam Nowak of Poland, Gabor Kiss of Hungary and Peter Horvat of Slovakia, at a castle near Prague.",
			"Jan Novak|Prime Minister|CZ, Adam Nowak||PL, Gabor Kiss||HU, Peter Horvat||SK"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestPairLeadBeforeFrame22: a news agency's lead names two ministers
// joined before their verb ("agreed Saturday"), and the next line has a
// frame whose "with" is of a later meeting ("held talks in Tokyo ahead
// of a trilateral meeting with Z"): the pair are the principals, and the
// next line places their talks (the dateline is where the story was
// filed). A post's first line in its author's words ("I had a call
// with …") over a body that does not repeat it names the author.
func TestPairLeadBeforeFrame22(t *testing.T) {
	r := parseDoc18(t, "KR", "Ministers agree to keep up shuttle diplomacy",
		"SEOUL, March 22 (Yonhap) -- Foreign Minister Park Min-su and his Japanese counterpart, Takeshi Iwaya, agreed Saturday to keep up shuttle diplomacy, Park's office said.",
		"Park and Iwaya held talks in Tokyo ahead of a trilateral foreign ministers' meeting with Chinese Foreign Minister Li Wei.",
		"The two ministers agreed to expand youth exchanges.")
	if got, want := strings.Join(principalsOf(r), ", "), "Park Min-su|KR, Takeshi Iwaya|JP"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
	if r.Meeting.Location != "Tokyo" {
		t.Errorf("place %q, want Tokyo", r.Meeting.Location)
	}
	r = parseDoc18(t, "PH", "President, Prime Minister agree on a pact",
		"President Maria Santos and New Zealand Prime Minister John Reid on Thursday agreed to fast-track a visiting forces pact during their bilateral meeting in Malacañan Palace.",
		"PRS welcomed Reid, the first New Zealand head of government to visit Manila in a decade.")
	if got, want := strings.Join(principalsOf(r), ", "), "Maria Santos|PH, John Reid|NZ"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
	r = parseDoc18(t, "UA", "I had a call with Prime Minister of Denmark Mette Frederiksen",
		"Volodymyr Zelenskyy",
		"I had a call with Prime Minister of Denmark Mette Frederiksen.",
		"I thanked Mette for the new package of military aid.")
	if got, want := strings.Join(principalsOf(r), ", "), "Volodymyr Zelenskyy|UA, Mette Frederiksen|DK"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
}

// TestNameSuffixNoMention22: "Sr." set off by commas and a currency's
// symbol written before a space ("US$ 120 million") name nothing in the
// list of mentions.
func TestNameSuffixNoMention22(t *testing.T) {
	r := parseDoc18(t, "LR", "President receives Foreign Minister",
		"The President of the Republic of Liberia, His Excellency Samuel Kollie, Sr., received in audience the Minister of Foreign Affairs of Sierra Leone, Hon. Abu Kamara, in Monrovia.",
		"Minister Kamara delivered a special message from President Musa Conteh on the Mano River Union summit.",
		"President Kollie called for the speedy completion of the road corridor to Freetown, for which the African Development Bank has approved US$ 120 million.",
		"The two sides also discussed the fight against illicit drugs and Sierra Leone's term on the United Nations Security Council.")
	for _, k := range r.KeyPoints {
		if IsMentionsList(k) && (strings.Contains(k, "Sr.") || strings.Contains(k, "US$")) {
			t.Errorf("mentions %q name a suffix or a currency's symbol", k)
		}
	}
}

// TestLeadForms22c: "Head of Government X" (Liechtenstein's and
// Monaco's pages), an aside of the occasion between the subject and its
// verb ("X, during her working visit to Tokyo, held …", which also
// places the meeting), a senator of a country before his name in a
// delegation's lead, and the place of two sides joined before their verb
// ("X and Y discussed … during a meeting in Beijing"), not the dateline's.
func TestLeadForms22c(t *testing.T) {
	for _, c := range []struct{ pub, lead, want, place string }{
		{"LI", "Head of Government Anna Frick met the Federal Chancellor of the Republic of Austria, Karl Huber, in Vaduz.",
			"Anna Frick|Head of Government|LI, Karl Huber|Federal Chancellor of the Republic of Austria|AT", "Vaduz"},
		{"UA", "Deputy Minister of Foreign Affairs of Ukraine Olena Kovalenko, during her working visit to Tokyo, held consultations with Vice-Minister for Foreign Affairs of Japan Sato Kenji.",
			"Olena Kovalenko|Deputy Minister of Foreign Affairs of Ukraine|UA, Sato Kenji|Vice-Minister for Foreign Affairs of Japan|JP", "Tokyo"},
		{"TW", "President Lin Wei-ming met with a delegation led by United States Senator John Miller, Chairman of the Senate Armed Services Committee, at the Presidential Office.",
			"Lin Wei-ming|President|TW, John Miller|Chairman of the Senate Armed Services Committee|US", "Presidential Office"},
		{"IR", "TEHRAN – First Vice President Reza Karimi and Chinese Premier Li Wei discussed ways to expand cooperation during a meeting in Beijing on Monday.",
			"Reza Karimi|First Vice President|IR, Li Wei|Chinese Premier|CN", "Beijing"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
		if r.Meeting.Location != c.place {
			t.Errorf("%s\n place %q, want %q", c.lead, r.Meeting.Location, c.place)
		}
	}
}

// TestLaterPlaceOfCountry22: a lead that places the meeting in a country
// alone ("who arrived in Uzbekistan on a state visit") gives way to the
// city a later line says the meeting took place in.
func TestLaterPlaceOfCountry22(t *testing.T) {
	r := parseDoc18(t, "UZ", "Meeting with the President of Turkmenistan",
		"President Aziz Karimov met with President of Turkmenistan Merdan Annayev, who arrived in Uzbekistan on a state visit.",
		"The meeting took place in Samarkand.",
		"The heads of state discussed energy, transport and water.")
	if r.Meeting.Location != "Samarkand" {
		t.Errorf("place %q, want Samarkand", r.Meeting.Location)
	}
}

// TestLeadForms22d: a call received in the present ("receives a phone
// call from"), a prince's rank after an office's comma, a
// Commonwealth style before one ("Rt. Hon. Prime Minister"), a middle
// initial before the full stop of the lead's end, an office of a
// council of ministers before its holder's name.
func TestLeadForms22d(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"OM", "Sayyid Hamad bin Said Al Harthi, Minister of Foreign Affairs, receives a phone call from his Egyptian counterpart Dr Karim Fahmy.",
			"Hamad bin Said Al Harthi|Minister of Foreign Affairs|OM, Karim Fahmy|Foreign Minister|EG"},
		{"SA", "The Minister of Foreign Affairs, Prince Nasser bin Khalid, received a phone call today from the Minister of Foreign Affairs of the Islamic Republic of Iran, Dr. Reza Karimi.",
			"Nasser bin Khalid|Minister of Foreign Affairs|SA, Reza Karimi|Minister of Foreign Affairs of the Islamic Republic of Iran|IR"},
		{"NP", "Rt. Hon. Prime Minister Ram Prasad Thapa held a meeting with H.E. Mr. Li Wei, Minister of Foreign Affairs of China.",
			"Ram Prasad Thapa|Prime Minister|NP, Li Wei|Minister of Foreign Affairs of China|CN"},
		{"FJ", "The Deputy Prime Minister, Professor Jone Vula, today met with the Deputy Secretary-General of the United Nations, Ana J. Lind.",
			"Jone Vula|Deputy Prime Minister|FJ, Ana J. Lind|Deputy Secretary-General of the United Nations|UN"},
		{"KG", "Chairman of the Cabinet of Ministers Aibek Toktogulov received the Ambassador of the People's Republic of China to the Kyrgyz Republic Li Wei.",
			"Aibek Toktogulov|Chairman of the Cabinet of Ministers|KG, Li Wei|Ambassador of the People's Republic of China to the Kyrgyz Republic|CN"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestDelegationLeaderStyled22: "met with a delegation from Japan led by
// Hon. X": the leader's style before a name with no office lost him.
func TestDelegationLeaderStyled22(t *testing.T) {
	r := parseLead1(t, "FJ", "The Speaker of Parliament, Hon. Jone Vula, met with a delegation from the House of Councillors of Japan led by Hon. Kenji Mori at Parliament House today.")
	if got, want := strings.Join(principalsOf(r), ", "), "Jone Vula|FJ, Kenji Mori|JP"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
}

// TestSignedByPair22: a lead that names no meeting, and the next line
// those who signed its agreement ("was signed in Belgrade by Prime
// Minister X and Hungarian Prime Minister Y"): the two are its sides.
func TestSignedByPair22(t *testing.T) {
	r := parseDoc18(t, "RS", "Serbia and Hungary sign an energy agreement",
		"Serbia and Hungary today signed an agreement on the construction of an oil pipeline.",
		"The agreement was signed in Belgrade by Prime Minister Marko Petrovic and Hungarian Prime Minister Gabor Kiss, in the presence of President Ivan Jovanovic.")
	if got, want := strings.Join(principalsOf(r), ", "), "Marko Petrovic|RS, Gabor Kiss|HU"; got != want {
		t.Errorf("principals %q, want %q", got, want)
	}
	if r.Meeting.Location != "Belgrade" {
		t.Errorf("place %q, want Belgrade", r.Meeting.Location)
	}
}

// TestLeadForms22e: the subject's country of two words, the first its
// demonym ("President of the Swiss Confederation X held talks …"), and a
// pair who co-hosted a meeting (the host's frame inside "co-hosted").
func TestLeadForms22e(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"CH", "President of the Swiss Confederation Anna Keller held talks with Chinese Vice Premier Li Wei in Geneva.",
			"Anna Keller|President of the Swiss Confederation|CH, Li Wei|Chinese Vice Premier|CN"},
		{"GB", "Foreign Secretary Anne Carter and her French counterpart Paul Martin co-hosted a meeting of European foreign ministers in London.",
			"Anne Carter|Foreign Secretary|GB, Paul Martin|Foreign Minister|FR"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestAgencyCreditsNoMention22: an agency's credits at the foot
// ("Reporter: X", "Editor: Y", "Copyright © …") are no readout text, and
// name nothing in the list of mentions.
func TestAgencyCreditsNoMention22(t *testing.T) {
	r := parseDoc18(t, "ID", "President, Prime Minister agree to boost energy cooperation",
		"Bogor, West Java (ANTARA) - President Budi Santoso and Japanese Prime Minister Sato Kenji agreed on Saturday to boost cooperation on energy and food security.",
		"Sato said Japan will provide a grant of 2 billion yen for the school meals program and support the Patimban Port project.",
		"Reporter: Rina Wulandari\nEditor: Agus Salim\nCopyright © ANTARA 2025")
	for _, k := range r.KeyPoints {
		if strings.Contains(k, "Rina") || strings.Contains(k, "Agus") || strings.Contains(k, "ANTARA 2025") {
			t.Errorf("key point %q names an agency's credit", k)
		}
	}
	if strings.Contains(r.Body, "Copyright") || strings.Contains(r.Body, "Reporter:") {
		t.Errorf("body keeps the credits: %q", r.Body)
	}
}

// TestLabeledQuotes22: a paragraph of a leader's words under his name
// (`X: "… I informed the Chancellor …"`) gives summaries in which he, not
// "I", informed, and a pledge in it ends with no quotation mark.
func TestLabeledQuotes22(t *testing.T) {
	r := parseDoc18(t, "GR", "Meeting of the Prime Minister with the Federal Chancellor of Austria",
		"Prime Minister Nikos Pappas met today at the Maximos Mansion with the Federal Chancellor of the Republic of Austria, Karl Huber.",
		"## Joint statements to the press",
		`Nikos Pappas: "Dear Chancellor, welcome to Athens. I informed the Chancellor of our plan to add 400 MW of interconnection capacity towards Central Europe, and of the Greek contribution of €50 million to the EU's new migration partnership with Egypt."`,
		`Karl Huber: "Thank you for the warm welcome. Austria is a reliable partner of Greece."`)
	for _, s := range r.Sections {
		if strings.Contains(s.Summary, "I informed") || strings.HasPrefix(s.Summary, "Dear") {
			t.Errorf("summary %q reads the speaker's words as no one's", s.Summary)
		}
	}
	for _, p := range r.Pledges {
		if strings.HasSuffix(p.Purpose, `"`) {
			t.Errorf("pledge purpose %q ends with a quotation mark", p.Purpose)
		}
	}
}

// TestLeadForms22f: a venue of one word after "the" before the guest in
// an audience ("received in audience at the Palace the Special Envoy
// …"), a possessive before a delegation leader's office ("led by its
// Vice-President for …"), Kiribati's "Beretitenti" as an office.
func TestLeadForms22f(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"SN", "The President of the Republic, Awa Ndiaye, received in audience at the Palace the Special Envoy of the President of Mauritania, Ahmed Ould Sidi.",
			"Awa Ndiaye|President of the Republic|SN, Ahmed Ould Sidi|Special Envoy of the President of Mauritania|MR"},
		{"CI", "The Vice-President of the Republic, Paul Kouassi, received a delegation from the World Bank led by its Vice-President for Western and Central Africa, Oumar Diallo.",
			"Paul Kouassi|Vice-President of the Republic|CI, Oumar Diallo|Vice-President for Western and Central Africa|WB"},
		{"KI", "His Excellency Beretitenti Tebano Ioane received a courtesy call from the Ambassador of China, H.E. Li Wei, at State House.",
			"Tebano Ioane|Beretitenti|KI, Li Wei|Ambassador of China|CN"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}
