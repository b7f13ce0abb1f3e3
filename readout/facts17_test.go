package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestCounterpartOfficeInApposition: the meeting's sentence that gives a
// counterpart's long office before his name, between commas ("spoke with
// Chief Policy Advisor to the President, Ambassador Ana Roe, and …"),
// spends the summary's room on what the post's header shows: the name
// stays, the office and its style go. An office that names a country
// which is no side of the meeting stays, and so does one in a later
// sentence, which may be the fact ("met the Minister of Economy, Ana
// Roe").
func TestCounterpartOfficeInApposition(t *testing.T) {
	parties := map[string]bool{"US": true, "TR": true}
	for _, c := range []struct{ in, want string }{
		{"Advisor Lee spoke with Chief Foreign Policy and Security Advisor to the President, Ambassador Akif Cagatay Kilic, and underscored the need for a ceasefire.",
			"Advisor Lee spoke with Akif Cagatay Kilic, and underscored the need for a ceasefire."},
		{"Lee met today with the Senior Advisor to the Turkish President, Dr. Ana Roe. They discussed trade.",
			"Lee met today with Ana Roe. They discussed trade."},
		{"Lee spoke with Foreign Policy Advisor to the President, Ana Maria Roe, to discuss trade.",
			"Lee spoke with Ana Maria Roe, to discuss trade."},
		// A country which is no side stays with its office.
		{"Lee spoke with the Foreign Minister of Ghana, Ana Roe, and discussed trade.",
			"Lee spoke with the Foreign Minister of Ghana, Ana Roe, and discussed trade."},
		// A short office says little and costs little: it stays.
		{"Lee spoke with Foreign Minister, Ana Roe, on trade.", "Lee spoke with Foreign Minister, Ana Roe, on trade."},
		// Not the meeting's sentence.
		{"Lee spoke with Roe. He later met with the Senior Advisor to the President, Ana Roe, in Ankara.",
			"Lee spoke with Roe. He later met with the Senior Advisor to the President, Ana Roe, in Ankara."},
		// A list of offices and names is no apposition.
		{"Lee met with Senior Advisor to the President Jon Doe, Ana Roe, and Eva Poe.",
			"Lee met with Senior Advisor to the President Jon Doe, Ana Roe, and Eva Poe."},
	} {
		if got := dropCounterpartOffice(c.in, parties); got != c.want {
			t.Errorf("dropCounterpartOffice(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestNameRunsOnAndParticles: "on" joins the name of a body to its
// subject ("Task Force on European Energy Security", "Conference on
// Disarmament"), not a person to a place ("Macron on Ukraine"); a family
// name's particle in lower case inside a name goes on with it ("Ursula
// von der Leyen", "Presidents Biden and Von der Leyen").
func TestNameRunsOnAndParticles(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The U.S.-EU Task Force on European Energy Security met virtually.", []string{"U.S.-EU Task Force on European Energy Security"}},
		{"They discussed the Conference on Disarmament in Geneva.", []string{"Conference on Disarmament", "Geneva"}},
		{"Biden spoke with Macron on Ukraine and Gaza.", []string{"Macron", "Ukraine", "Gaza"}},
		{"since the Joint Statement by Presidents Biden and Von der Leyen and its next steps", []string{"Joint Statement", "Presidents Biden and Von der Leyen"}},
		{"He met Ursula von der Leyen in Brussels.", []string{"Ursula von der Leyen", "Brussels"}},
	} {
		got := nameRuns(c.in, countryMemo{}, &runBuffers{})
		if !slices.Equal(got, c.want) {
			t.Errorf("nameRuns(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNameRunsCountriesWithAndAndNumberedNames: a country whose name
// holds "and" is one name ("Antigua and Barbuda"), two countries joined
// by "and" are two; a route or a resolution keeps its number ("Corridor
// 8", "Resolution 1701"), a country does not take a count ("Ukraine 500").
func TestNameRunsCountriesWithAndAndNumberedNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"They welcomed Antigua and Barbuda to the group.", []string{"Antigua and Barbuda"}},
		{"They discussed Bosnia and Herzegovina and Serbia.", []string{"Bosnia and Herzegovina", "Serbia"}},
		{"They discussed Japan and Korea.", []string{"Japan", "Korea"}},
		{"They discussed the construction of Corridor 8 and the railway.", []string{"Corridor 8"}},
		{"They discussed the modernisation of Corridor 10, and the gas link.", []string{"Corridor 10"}},
		{"They called for Resolution 1701 to be applied.", []string{"Resolution 1701"}},
		{"They will send Ukraine 500 tanks.", []string{"Ukraine"}},
	} {
		got := nameRuns(c.in, countryMemo{}, &runBuffers{})
		if !slices.Equal(got, c.want) {
			t.Errorf("nameRuns(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMentionsNoLoneVenue: a venue's common noun ("the Palace") names
// nothing alone.
func TestMentionsNoLoneVenue(t *testing.T) {
	got := mentionsLine(mentionsOf([]string{
		"The Minister spoke of the integration of the country and of Kenya.",
		"Before leaving the Palace, Anwar planted a tree with Prabowo in Jakarta.",
	}, speakers{}), "", 200)
	if want := "Also: Kenya, Anwar, Prabowo, Jakarta."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestMentionsFragmentsFacts17: a place's particle in lower case goes on
// with its name ("Dar es Salaam"), a generic word of states alone ("the
// Sultanate's", "the Strip", "the two Parties") and a roman numeral
// after an office ("Minister of Foreign Affairs II") name nothing.
func TestMentionsFragmentsFacts17(t *testing.T) {
	got := mentionsLine(mentionsOf([]string{
		"They met at the summit in Dar es Salaam with Kenya.",
		"Sayyid Badr expressed the Sultanate's concern about the Strip and the agreements of the two Parties.",
		"He met Haji Mohd Yusof, Minister of Foreign Affairs II, at the Ministry with Japan.",
	}, speakers{}), "", 200)
	if want := "Also: Dar es Salaam, Kenya, Sayyid Badr, Haji Mohd Yusof, Japan."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOfficeNameOfCountry: a counterpart's office written before his name
// and his country after it ("National Security Advisor Henrik Landerholm
// of Sweden", his title "National Security Advisor of Sweden") is "X of
// Sweden", as "the National Security Advisor of Sweden, X" is.
func TestOfficeNameOfCountry(t *testing.T) {
	text := "National Security Advisor Jane Roe met today with National Security Advisor Karl Berg of Sweden. They discussed NATO."
	ps := []Participant{
		{Name: "Jane Roe", Title: "National Security Advisor", Country: "US", Role: RolePrincipal},
		{Name: "Karl Berg", Title: "National Security Advisor of Sweden", Country: "SE", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"US", "SE"}, "US", text)
	got := sp.countryTitles(sp.shortenNames(text))
	if want := "Roe met today with Berg of Sweden. They discussed NATO."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPossessiveHeads: a matter in the possessive is the matter ("the
// Turkish parliament’s ratification") when qualified: "his government's"
// says nothing alone.
func TestPossessiveHeads(t *testing.T) {
	got := topicPhrases(appendFields(nil, "applauded the Turkish parliament’s ratification and the government's plan"))
	if want := []string{"Turkish parliament"}; !slices.Equal(got, want) {
		t.Errorf("topicPhrases = %q, want %q", got, want)
	}
}

// TestOfficesToTheirPrincipal: two people each with an office in
// apposition and the office's principal after them ("Roe, Chief Policy
// Advisor, and Doe, Chief Security Advisor, to President Ana Poe of
// Lithuania") are "Roe and Doe of Lithuania", not "Roe and Doe to Ana Poe
// of Lithuania".
func TestOfficesToTheirPrincipal(t *testing.T) {
	text := "National Security Advisor Jane Lee met today with Asta Roe, Chief Foreign Policy Advisor, and Karl Doe, Chief National Security Advisor, to President Ana Poe of Lithuania. They discussed NATO."
	ps := []Participant{
		{Name: "Jane Lee", Title: "National Security Advisor", Country: "US", Role: RolePrincipal},
		{Name: "Asta Roe", Title: "Chief Foreign Policy Advisor", Country: "LT", Role: RolePrincipal},
		{Name: "Karl Doe", Title: "Chief National Security Advisor", Country: "LT", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"US", "LT"}, "US", text)
	got := sp.shortenNames(text)
	if want := "Lee met today with Roe and Doe of Lithuania. They discussed NATO."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestAcronymAfterLongName: a body's name with "in the" before its
// acronym ("UN Relief and Works Agency for Palestine Refugees in the Near
// East (UNRWA)") is named by the acronym, which a summary may already
// hold.
func TestAcronymAfterLongName(t *testing.T) {
	ms := mentionsOf([]string{"Finer spoke with UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) Commissioner General Lazzarini about Gaza."}, speakers{})
	got := mentionsLine(ms, "Finer spoke with UNRWA Commissioner General Lazzarini.", 200)
	if want := "Also: Gaza."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOfficeBeforeNameBetweenCommas: "The <office>, <name>, <verb>" is
// "<name> <verb>", whatever the office's words (a body's name, a
// country's long name): the post's header gives the office. A
// counterpart's country stays ("Heine of the Marshall Islands").
func TestOfficeBeforeNameBetweenCommas(t *testing.T) {
	for _, c := range []struct {
		text, want string
		ps         []Participant
		parties    []string
	}{
		{"The Secretary-General of the League of Arab States, Ahmed Aboul Gheit, received today Foreign Minister Ahmed Fiqi of Somalia.",
			"Gheit received today Fiqi of Somalia.",
			[]Participant{{Name: "Ahmed Aboul Gheit", Title: "Secretary-General", Country: "LAS", Role: RolePrincipal}, {Name: "Ahmed Fiqi", Title: "Foreign Minister", Country: "SO", Role: RolePrincipal}},
			[]string{"LAS", "SO"}},
		{"The Secretary General of the Pacific Islands Forum, Baron Waqa, met with the President of the Republic of the Marshall Islands, Hilda Heine.",
			"Waqa met with Heine of the Marshall Islands.",
			[]Participant{{Name: "Baron Waqa", Title: "Secretary General", Country: "PIF", Role: RolePrincipal}, {Name: "Hilda Heine", Title: "President", Country: "MH", Role: RolePrincipal}},
			[]string{"PIF", "MH"}},
		{"JAKARTA, 22 January 2025 – Secretary-General of ASEAN, Dr. Kao Kim Hourn, today met with Foreign Minister Ana Freitas.",
			"JAKARTA, 22 January 2025 – Hourn today met with Freitas.",
			[]Participant{{Name: "Kao Kim Hourn", Title: "Secretary-General", Country: "ASEAN", Role: RolePrincipal}, {Name: "Ana Freitas", Title: "Foreign Minister", Country: "TL", Role: RolePrincipal}},
			[]string{"ASEAN", "TL"}},
	} {
		sp := newSpeakers(c.ps, c.parties, c.parties[0], c.text)
		if got := sp.countryTitles(sp.shortenNames(c.text)); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// TestDateOnlyDateline: a summary opened by the day alone before a colon
// or a dash ("Thursday 14 August 2025: ") loses it, as one opened by a
// place does: the post shows the date.
func TestDateOnlyDateline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Thursday 14 August 2025: Waqa met with Heine of the Marshall Islands.", "Waqa met with Heine of the Marshall Islands."},
		{"14 August 2025 – Waqa met with Heine of the Marshall Islands.", "Waqa met with Heine of the Marshall Islands."},
		{"Thursday 14 August 2025 was a day of talks between Waqa and Heine.", "Thursday 14 August 2025 was a day of talks between Waqa and Heine."},
	} {
		if got := dropDateline(c.in); got != c.want {
			t.Errorf("dropDateline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOpeningOfficeBeforeName: a sentence opened by a principal's long
// office before his name, commas and all ("Minister of Foreign Affairs,
// Migration and Tunisians Abroad Nafti received …"), opens with the name.
func TestOpeningOfficeBeforeName(t *testing.T) {
	text := "Minister of Foreign Affairs, Migration and Tunisians Abroad Mohamed Ali Nafti received a phone call from Foreign Minister Taher Al-Baour of Libya. Nafti welcomed the call."
	ps := []Participant{
		{Name: "Mohamed Ali Nafti", Title: "Minister of Foreign Affairs", Country: "TN", Role: RolePrincipal},
		{Name: "Taher Al-Baour", Title: "Foreign Minister", Country: "LY", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"TN", "LY"}, "TN", text)
	got := sp.countryTitles(sp.shortenNames(text))
	if want := "Nafti received a phone call from Al-Baour of Libya. Nafti welcomed the call."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestOpeningOfficeNamesNoOne: "Today, President Biden and Vice
// President Harris hosted" is no office before Harris.
func TestOpeningOfficeNamesNoOne(t *testing.T) {
	text := "Today, President Joe Biden and Vice President Kamala Harris hosted the caucus."
	ps := []Participant{
		{Name: "Joe Biden", Title: "President", Country: "US", Role: RolePrincipal},
		{Name: "Kamala Harris", Title: "Vice President", Country: "US", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"US"}, "US", text)
	if got, want := sp.shortenNames(text), "Today, President Biden and Harris hosted the caucus."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPostNominals: letters after a name ("Mitchell, KC, MP, met",
// "Abiy (PhD) held") go from a summary as the styles before it do.
func TestPostNominals(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mitchell, KC, MP, met with Doughty in Nassau.", "Mitchell met with Doughty in Nassau."},
		{"Abiy (PhD) held discussions with Mohamud.", "Abiy held discussions with Mohamud."},
		{"Roe met Doe, OBE.", "Roe met Doe."},
		// A list of bodies stays.
		{"Roe met the heads of the UN, EU, AU, and OAS.", "Roe met the heads of the UN, EU, AU, and OAS."},
	} {
		if got := dropPostNominals(c.in); got != c.want {
			t.Errorf("dropPostNominals(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPossessiveAliasTitle: a counterpart's office after his country's
// other name in the possessive ("Britain's Minister for the Overseas
// Territories Doughty") is "Doughty of Britain", the name the text uses.
func TestPossessiveAliasTitle(t *testing.T) {
	text := "Foreign Minister Fred Mitchell met in Nassau with Britain's Minister for the Overseas Territories Stephen Doughty. They discussed Haiti."
	ps := []Participant{
		{Name: "Fred Mitchell", Title: "Foreign Minister", Country: "BS", Role: RolePrincipal},
		{Name: "Stephen Doughty", Title: "Minister for the Overseas Territories", Country: "GB", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"BS", "GB"}, "BS", text)
	got := sp.countryTitles(sp.shortenNames(text))
	if want := "Mitchell met in Nassau with Doughty of Britain. They discussed Haiti."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPortfolioEndsOffice: the office with the country in the possessive
// ends with its portfolio's words ("Britain's Minister for the Overseas
// Territories Doughty", his title so written).
func TestPortfolioEndsOffice(t *testing.T) {
	text := "Foreign Minister Fred Mitchell met in Nassau with Britain's Minister for the Overseas Territories Stephen Doughty. They discussed Haiti."
	ps := []Participant{
		{Name: "Fred Mitchell", Title: "Foreign Minister", Country: "BS", Role: RolePrincipal},
		{Name: "Stephen Doughty", Title: "Britain's Minister for the Overseas Territories", Country: "GB", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"BS", "GB"}, "BS", text)
	got := sp.countryTitles(sp.shortenNames(text))
	if want := "Mitchell met in Nassau with Doughty of Britain. They discussed Haiti."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestPledgeClauseAsidesAndLength: the clause that states an announced
// amount loses a participle's aside ("the United States, working with
// Congress, intends to provide …") and may take a summary's length, as a
// pledge announced in other words does.
func TestPledgeClauseAsidesAndLength(t *testing.T) {
	for _, c := range []struct{ s, amount, want string }{
		{"During the URC, Secretary of State Antony Blinken announced that the United States, working with Congress, intends to provide an additional $1.31 billion in assistance to help Ukraine recover from Russia’s ongoing assaults on the country.",
			"$1.31 billion",
			"Announced: the United States intends to provide an additional $1.31 billion in assistance to help Ukraine recover from Russia’s ongoing assaults on the country."},
		{"As follow-up to the summit in Los Angeles, where she announced that the Call to Action has galvanized more than $3.2 billion in private sector investments to promote economic opportunity for people in northern Central America, Dr. Gordon and PCA leadership explored ways to elevate collaboration.",
			"$3.2 billion",
			"Announced: the Call to Action has galvanized more than $3.2 billion in private sector investments to promote economic opportunity for people in northern Central America."},
	} {
		got, ok := pledgeClause(c.s, c.amount)
		if !ok || got != c.want {
			t.Errorf("pledgeClause(%q)\n got %q, %v\nwant %q", c.s, got, ok, c.want)
		}
	}
}

// TestOwnOfficeWithCommas: an office with commas inside ("The Minister of
// Foreign Affairs, African Cooperation and Expatriates, Bourita, held
// talks") goes as one without them does. (One that names the principal's
// own country stays: left out, it cost a held-out row a fact.)
func TestOwnOfficeWithCommas(t *testing.T) {
	text := "The Minister of Foreign Affairs, African Cooperation and Expatriates, Nasser Bourita, held talks in Rabat with Foreign Minister Peter Szijjártó of Hungary."
	ps := []Participant{
		{Name: "Nasser Bourita", Title: "Minister of Foreign Affairs", Country: "MA", Role: RolePrincipal},
		{Name: "Peter Szijjártó", Title: "Foreign Minister", Country: "HU", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"MA", "HU"}, "MA", text)
	got := sp.countryTitles(sp.shortenNames(text))
	if want := "Bourita held talks in Rabat with Szijjártó of Hungary."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestListOfPeopleIsNoOffice: "met with President Herzog, Hanegbi,
// Dermer, and Gantz" keeps all four.
func TestListOfPeopleIsNoOffice(t *testing.T) {
	text := "Gordon met with President Isaac Herzog, Tzachi Hanegbi, Ron Dermer, and Benny Gantz."
	var ps []Participant
	for _, n := range []string{"Isaac Herzog", "Tzachi Hanegbi", "Ron Dermer", "Benny Gantz"} {
		ps = append(ps, Participant{Name: n, Country: "IL", Role: RolePrincipal})
	}
	ps = append(ps, Participant{Name: "Phil Gordon", Title: "Advisor", Country: "US", Role: RolePrincipal})
	sp := newSpeakers(ps, []string{"US", "IL"}, "US", text)
	if got := sp.shortenNames(text); !strings.Contains(got, "Herzog") || !strings.Contains(got, "Hanegbi") {
		t.Errorf("got %q", got)
	}
}

// TestAgencyDatelines: a dateline closed by an agency's long dash or by
// ").-" ("Muscat, 27 May (ONA) --- ", "La Paz, May 7, 2025
// (Cancillería).- ") goes from a summary as a place's does.
func TestAgencyDatelines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Muscat, 27 May (ONA) --- Haitham bin Tarik held official talks with Pezeshkian of Iran.", "Haitham bin Tarik held official talks with Pezeshkian of Iran."},
		{"La Paz, May 7, 2025 (Cancillería).- Sosa of Bolivia spoke by video with Schialer of Peru.", "Sosa of Bolivia spoke by video with Schialer of Peru."},
		{"Roe met Doe --- and nobody else --- in Lima on the 5th.", "Roe met Doe --- and nobody else --- in Lima on the 5th."},
	} {
		if got := dropDateline(c.in); got != c.want {
			t.Errorf("dropDateline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLongOpeningOfficeAndPossessiveApposition: a long office without
// commas opening the sentence ("Member of the Political Bureau of the
// Communist Party of China (CPC) Central Committee and Director of the
// Office of the Central Commission for Foreign Affairs Wang Yi met")
// goes; a counterpart's office after his name and his country in the
// possessive ("de la Fuente, Mexico's Secretary of Foreign Affairs.") is
// his country.
func TestLongOpeningOfficeAndPossessiveApposition(t *testing.T) {
	text := "Member of the Political Bureau of the Communist Party of China (CPC) Central Committee and Director of the Office of the Central Commission for Foreign Affairs Wang Yi met with Celso Amorim. Wang Yi spoke with Juan Ramón de la Fuente, Mexico's Secretary of Foreign Affairs.\nThey met."
	ps := []Participant{
		{Name: "Wang Yi", Title: "Director", Country: "CN", Role: RolePrincipal},
		{Name: "Celso Amorim", Title: "Advisor", Country: "BR", Role: RolePrincipal},
		{Name: "Juan Ramón de la Fuente", Title: "Secretary of Foreign Affairs", Country: "MX", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"CN", "BR", "MX"}, "CN", text)
	got := sp.countryTitles(sp.shortenNames(text))
	if want := "Wang Yi met with Amorim. Wang Yi spoke with de la Fuente of Mexico.\nThey met."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestStyleBetweenOfficeAndName: the office before a style and the name
// ("The Commonwealth Secretary-General, the Rt Hon Shirley Botchwey,
// welcomed") goes as before the name alone.
func TestStyleBetweenOfficeAndName(t *testing.T) {
	text := "The Commonwealth Secretary-General, the Rt Hon Shirley Botchwey, today welcomed the Prime Minister of Trinidad and Tobago, the Honourable Kamla Persad-Bissessar, to Marlborough House."
	ps := []Participant{
		{Name: "Shirley Botchwey", Title: "Secretary-General", Country: "COMMONWEALTH", Role: RolePrincipal},
		{Name: "Kamla Persad-Bissessar", Title: "Prime Minister", Country: "TT", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"COMMONWEALTH", "TT"}, "COMMONWEALTH", text)
	if got, want := sp.shortenNames(text), "Botchwey today welcomed Persad-Bissessar of Trinidad and Tobago to Marlborough House."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestLongOfficeAfterWith: a counterpart's long office after the meeting's
// "with" ("held talks with General Secretary of the Communist Party of
// Vietnam (CPV) Central Committee To Lam") is his country.
func TestLongOfficeAfterWith(t *testing.T) {
	text := "Xi Jinping held talks with General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam, who was visiting."
	ps := []Participant{
		{Name: "Xi Jinping", Title: "President", Country: "CN", Role: RolePrincipal},
		{Name: "To Lam", Title: "General Secretary", Country: "VN", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"CN", "VN"}, "CN", text)
	if got, want := sp.shortenNames(text), "Xi Jinping held talks with To Lam of Vietnam, who was visiting."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestOwnCountryBeforeOwnPrincipal: "United States Secretary of State
// Mike Pompeo spoke" is "Pompeo spoke": the header shows his country.
func TestOwnCountryBeforeOwnPrincipal(t *testing.T) {
	text := "United States Secretary of State Mike Pompeo spoke by phone today with Director Yang Jiechi."
	ps := []Participant{
		{Name: "Mike Pompeo", Title: "Secretary of State", Country: "US", Role: RolePrincipal},
		{Name: "Yang Jiechi", Title: "Director", Country: "CN", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"US", "CN"}, "US", text)
	if got := sp.shortenNames(text); !strings.HasPrefix(got, "Pompeo spoke") {
		t.Errorf("got %q", got)
	}
}
