package readout

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDropAdjuncts(t *testing.T) {
	tests := []struct{ in, want string }{
		// A basis naming nothing new goes.
		{"Hayashi and Payne will strengthen security cooperation between Japan and Australia based on the shared perception of the region's challenges.",
			"Hayashi and Payne will strengthen security cooperation between Japan and Australia."},
		// A background clause naming nothing goes.
		{"Kishida: Japan and Australia must continue close communication on strategic challenges, as the international situation gets more severe.",
			"Kishida: Japan and Australia must continue close communication on strategic challenges."},
		// An opening purpose whose names the main clause repeats goes.
		{"In order to bolster cooperation between Japan and Australia, Japan and Australia will hold talks on defence equipment.",
			"Japan and Australia will hold talks on defence equipment."},
		// A phrase that names something else stays.
		{"Both will continue to work together on regional issues based on the Japan-Australia Joint Declaration.",
			"Both will continue to work together on regional issues based on the Japan-Australia Joint Declaration."},
		{"Both will coordinate closely in order to hold the 2+2 meeting in the autumn.",
			"Both will coordinate closely in order to hold the 2+2 meeting in the autumn."},
		// Between commas, a background whose names the main clause repeats
		// (a possessive counting as the name) goes.
		{"Both confirmed, in response to Russia’s aggression against Ukraine, the importance of sanctions against Russia and support for Ukraine.",
			"Both confirmed the importance of sanctions against Russia and support for Ukraine."},
		{"The ministers concurred that, in order to deepen cooperation between Japan and Australia, Japan and Australia would hold talks.",
			"The ministers concurred that Japan and Australia would hold talks."},
		// One that names something else stays.
		{"Both confirmed, in response to the launch by North Korea, the importance of close coordination between Japan and Australia.",
			"Both confirmed, in response to the launch by North Korea, the importance of close coordination between Japan and Australia."},
		// Too little main clause left: nothing goes.
		{"They met despite the storm.", "They met despite the storm."},
	}
	for _, tt := range tests {
		if got := dropAdjuncts(tt.in); got != tt.want {
			t.Errorf("dropAdjuncts(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestNameOfOfficeSkipsTheSubjectsCounterpart(t *testing.T) {
	text := "The Prime Minister met Mark Carney in London.\nThey expressed full solidarity with Prime Minister Mette Frederiksen following incursions into Danish airspace."
	if got := nameOfOffice("Prime Minister", text, []string{"", "Mark Carney"}); got != "" {
		t.Errorf("nameOfOffice: got %q, want none (Frederiksen is the one they show solidarity with)", got)
	}
	text = "The Prime Minister spoke to the Chancellor of Germany.\nPrime Minister Keir Starmer said the UK stands with Ukraine."
	if got := nameOfOffice("Prime Minister", text, []string{""}); got != "Keir Starmer" {
		t.Errorf("nameOfOffice: got %q, want Keir Starmer", got)
	}
}

func TestCompactPhrasesSubjectOfItsClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The two leaders exchanged views on regional affairs, and Prime Minister Kishida expressed his strong opposition to unilateral attempts.",
			"The two leaders discussed regional affairs, and Prime Minister Kishida opposes unilateral attempts."},
		{"The two leaders expressed their support for the plan.", "The two leaders support the plan."},
		{"Minister Hayashi expressed his support for the plan, and they expressed their concern about the launch.",
			"Minister Hayashi supports the plan, and they are concerned about the launch."},
	}
	for _, tt := range tests {
		if got := compactPhrases(tt.in); got != tt.want {
			t.Errorf("compactPhrases(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestFitSentenceQuotedComma(t *testing.T) {
	s := "Kishida intends to advance cooperation toward the realization of the “ASEAN Outlook for the Indo-Pacific,” including in the Sulu-Celebes Seas and their surrounding areas."
	got, ok := fitSentence(s, 120)
	if want := "Kishida intends to advance cooperation toward the realization of the “ASEAN Outlook for the Indo-Pacific”."; !ok || got != want {
		t.Errorf("fitSentence: got %q, %v; want %q", got, ok, want)
	}
}

func TestDropPlace(t *testing.T) {
	tests := []struct{ in, place, want string }{
		{"The Prime Minister met Modi of India at the G20 Summit in New Delhi.", "G20 Summit, New Delhi", "The Prime Minister met Modi of India."},
		{"Pompeo met with Blok of the Netherlands in Washington, DC.", "Washington, DC", "Pompeo met with Blok of the Netherlands."},
		{"The Prime Minister hosted Trudeau at Downing Street to discuss trade.", "Downing Street", "The Prime Minister hosted Trudeau to discuss trade."},
		// Not after a verb of meeting, or more than the place: it stays.
		{"Kishida praised the progress made in London.", "London", "Kishida praised the progress made in London."},
		{"The Prime Minister met Carney in London, which he called a fine city.", "London", "The Prime Minister met Carney in London, which he called a fine city."},
		{"The Prime Minister met Carney in Londonderry.", "London", "The Prime Minister met Carney in Londonderry."},
	}
	for _, tt := range tests {
		if got := dropPlace(tt.in, tt.place); got != tt.want {
			t.Errorf("dropPlace(%q, %q):\ngot  %q\nwant %q", tt.in, tt.place, got, tt.want)
		}
	}
}

func TestShortFormsOfTheCall(t *testing.T) {
	if got, want := dropMeetingTime("Colonna yesterday had a telephone conversation with Blinken."), "Colonna had a telephone conversation with Blinken."; got != want {
		t.Errorf("dropMeetingTime: got %q, want %q", got, want)
	}
	if got, want := compactPhrases("Colonna had a telephone conversation with Blinken."), "Colonna spoke by phone with Blinken."; got != want {
		t.Errorf("compactPhrases: got %q, want %q", got, want)
	}
}

func TestMentionsUseTheTextsAbbreviation(t *testing.T) {
	sents := []string{"They agreed to ratify the Comprehensive and Progressive Trans-Pacific Partnership (CPTPP).",
		"They welcomed the Federated States of Micronesia (FSM) to the project."}
	got := mentionsLine(mentionsOf(sents, speakers{}), "", 200)
	if want := "Also: CPTPP, Federated States of Micronesia."; got != want {
		t.Errorf("mentionsLine: got %q, want %q", got, want)
	}
}

// TestMentionsNoFragments checks that the list names things whole or not at
// all: a name the text goes on with in lower case, and an anniversary cut
// before the object of its preposition, leave no fragment.
func TestMentionsNoFragments(t *testing.T) {
	tests := []struct {
		sents []string
		want  string
	}{
		{[]string{"They will coordinate toward holding Japan-Canada Joint Foreign Defense ministerial talks and visits to Laos."},
			"Also: Laos."},
		{[]string{"They would hold the Japan-Canada Joint Foreign and Defense Ministerial Consultations (\"2+2\") soon, with Laos."},
			"Also: 2+2, Laos."},
		{[]string{"They welcomed the Japan-Canada Economic Partnership Agreement (JCEPA)."},
			"Also: JCEPA."},
		{[]string{"The two sides marked the 60th anniversary of the establishment of diplomatic relations between the two countries last year."},
			"Also: 60th anniversary of diplomatic relations."},
		{[]string{"They noted that 2023 is the 10th anniversary of the U.S.-Laos Comprehensive Partnership."},
			"Also: 10th anniversary of U.S.-Laos Comprehensive Partnership."},
		{[]string{"They met Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink in Suva."},
			"Also: Daniel Kritenbrink, Suva."},
		{[]string{"They spoke of the State of Palestine and the National Academies of Sciences."},
			"Also: State of Palestine, National Academies of Sciences."},
		{[]string{"They met Brian A. Nichols in Lima."}, "Also: Brian A. Nichols, Lima."},
		// A title's words with their office stay out, and the name before
		// them stays: "the Coronation of His Majesty the King".
		{[]string{"They met after the Coronation of His Majesty the King."}, "Also: Coronation."},
		// "People’s" is part of a country's name: "Republic of China" or
		// "Republic of Korea" alone names another country.
		{[]string{"They discussed an accord between Tonga and the People’s Republic of China (PRC)."},
			"Also: Tonga, People’s Republic of China."},
		{[]string{"They condemned the missile launches of the Democratic People's Republic of Korea."},
			"Also: Democratic People's Republic of Korea."},
		// A topic read up to a comma is listed without it.
		{[]string{"They also discussed their support for Chile’s economic and energy resilience, as well as its recovery."},
			"Also: Chile, energy resilience."},
	}
	for _, tt := range tests {
		if got := mentionsLine(mentionsOf(tt.sents, speakers{}), "", 200); got != tt.want {
			t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sents, got, tt.want)
		}
	}
}

// TestFitSentenceOpenList checks that a cut inside an open list ends with
// the item before the one cut, not with an item left without what it was
// to name.
func TestFitSentenceOpenList(t *testing.T) {
	s := "The two Ministers discussed bilateral relations, such as negotiations on a peace treaty, joint economic activities on the islands, programs such as grave visits to the islands and the exchange program, economy and security."
	got, ok := fitSentence(s, 160)
	if want := "The two Ministers discussed bilateral relations, such as negotiations on a peace treaty, joint economic activities on the islands."; !ok || got != want {
		t.Errorf("fitSentence:\n got %q, %v\nwant %q", got, ok, want)
	}
}

func TestDropAdverbAsides(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Both stressed coordination among Japan, the ROK and the US, bilaterally and trilaterally, on North Korea.",
			"Both stressed coordination among Japan, the ROK and the US, on North Korea."},
		// Not only adverbs, or a word in "ly" that is none: it stays.
		{"They met in Italy, early in July, in Rome.", "They met in Italy, early in July, in Rome."},
		{"They discussed trade, supply, and energy.", "They discussed trade, supply, and energy."},
	} {
		if got := dropAdverbAsides(tt.in); got != tt.want {
			t.Errorf("dropAdverbAsides(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// A purpose that names no topic goes, also when a cut leaves it at the
// end of the summary; one followed by its topics stays.
func TestVaguePurposes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Foreign Minister met Minister Ortega of Chile to discuss bilateral and regional issues.",
			"The Foreign Minister met Minister Ortega of Chile."},
		{"The Secretary spoke with Minister Haddad to discuss bilateral, regional, and global issues of mutual interest.",
			"The Secretary spoke with Minister Haddad."},
		{"The Minister received Ambassador Lund to discuss regional and global matters, including the Red Sea.",
			"The Minister received Ambassador Lund to discuss regional and global matters, including the Red Sea."},
		{"The Minister received Ambassador Lund to discuss issues of common concern; trade came first.",
			"The Minister received Ambassador Lund; trade came first."},
		{"The President met with President Okoro to deepen the partnership and discuss a number of shared priorities.",
			"The President met with President Okoro to deepen the partnership."},
		// The field of the issues is no topic either: the text names the
		// security matters it means in the sentences after.
		{"The Advisor met with Minister Falk of Norway to discuss a range of global security issues.",
			"The Advisor met with Minister Falk of Norway."},
		{"The Secretary spoke with Minister Ruiz to discuss regional economic issues, such as energy prices.",
			"The Secretary spoke with Minister Ruiz to discuss regional economic issues, such as energy prices."},
	}
	for _, tt := range tests {
		if got := dropVaguePurpose(tt.in); got != tt.want {
			t.Errorf("dropVaguePurpose(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
	long := "The Special Envoy traveled to Doha to meet with Qatari officials to discuss bilateral and regional matters, " +
		"including a long list of initiatives on shipping, energy, water, education, aviation, labour rights and the " +
		"future of the wider region's ports and corridors."
	if got, want := summarizeAnalyzed(analyze(long, nil), 120, nil), "The Special Envoy traveled to Doha to meet with Qatari officials."; got != want {
		t.Errorf("summary cut before the purpose's topics:\ngot  %q\nwant %q", got, want)
	}
}

// The day goes from a trip's sentence as from a meeting's; a video call
// is written short as a phone call is.
func TestTripDayAndVideoCall(t *testing.T) {
	if got, want := dropMeetingTime("The Deputy Secretary traveled to Nairobi, Kenya on March 3, 2024 to meet with President Ruto."),
		"The Deputy Secretary traveled to Nairobi, Kenya to meet with President Ruto."; got != want {
		t.Errorf("dropMeetingTime: got %q, want %q", got, want)
	}
	if got, want := dropMeetingTime("The Minister visited Accra on 4 May to open the new consulate."),
		"The Minister visited Accra to open the new consulate."; got != want {
		t.Errorf("dropMeetingTime: got %q, want %q", got, want)
	}
	for in, want := range map[string]string{
		"The Prime Minister held a video call with the leaders of Norway and Iceland.":     "The Prime Minister spoke by video with the leaders of Norway and Iceland.",
		"The Chancellor held a secure video call with President Ruiz and President Okoro.": "The Chancellor spoke by video with President Ruiz and President Okoro.",
		"The Minister held a video conference with Minister Tan of Singapore.":             "The Minister spoke by video with Minister Tan of Singapore.",
		"The Foreign Secretary held a virtual meeting with Minister Adeyemi.":              "The Foreign Secretary spoke by video with Minister Adeyemi.",
	} {
		if got := compactPhrases(in); got != want {
			t.Errorf("compactPhrases(%q):\ngot  %q\nwant %q", in, got, want)
		}
	}
}

// A place after a summit's margins takes the summit with it; a venue
// after the city goes with the city.
func TestDropPlaceWithSummitAndVenue(t *testing.T) {
	tests := []struct{ in, place, want string }{
		{"The Chancellor met Prime Minister Larsen on the margins of the European Council in Brussels.", "Brussels",
			"The Chancellor met Prime Minister Larsen."},
		{"The Minister met Minister Sato on the sidelines of the ASEAN Regional Forum in Vientiane to discuss trade.", "Vientiane",
			"The Minister met Minister Sato to discuss trade."},
		{"The President met President Okoro in Geneva at the Palais des Nations.", "Geneva, Palais des Nations",
			"The President met President Okoro."},
		// The verb just before the place.
		{"The Foreign Secretary and Minister Sato met in Lima.", "Lima", "The Foreign Secretary and Minister Sato met."},
		// A summit not named as one keeps its words.
		{"The Chancellor met Prime Minister Larsen on the margins of the summit in Brussels.", "Brussels",
			"The Chancellor met Prime Minister Larsen on the margins of the summit."},
	}
	for _, tt := range tests {
		if got := dropPlace(tt.in, tt.place); got != tt.want {
			t.Errorf("dropPlace(%q, %q):\ngot  %q\nwant %q", tt.in, tt.place, got, tt.want)
		}
	}
	if got := topicPhrases(strings.Fields("They welcomed the humanitarian truce in Sudan")); !slices.Contains(got, "humanitarian truce") {
		t.Errorf("topicPhrases: got %q, want it to hold %q", got, "humanitarian truce")
	}
}

// A cut keeps a list of names whole ("…, and the Western Balkans" is its
// last item, not a clause), and may drop what explains a name after ", a".
func TestFitSentenceListsAndAppositions(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"The leaders agreed to work together on shared priorities, including Sudan, Libya, Yemen, and the Western Sahara.", 80,
			"The leaders agreed to work together on shared priorities."},
		{"The Chancellor met leaders from Chile, Peru, Ghana, Kenya, and the Philippines to open the Ocean Data Compact, a network that will share readings from buoys across three oceans and train the scientists who read them.", 160,
			"The Chancellor met leaders from Chile, Peru, Ghana, Kenya, and the Philippines to open the Ocean Data Compact."},
		// A clause after ", and the <Office>" may still be cut off.
		{"The Minister thanked Norway for hosting the talks on the ceasefire in the north, and the President welcomed the release of prisoners from both sides in the south.", 100,
			"The Minister thanked Norway for hosting the talks on the ceasefire in the north."},
	}
	for _, tt := range tests {
		if got, ok := fitSentence(tt.in, tt.limit); !ok || got != tt.want {
			t.Errorf("fitSentence(%q, %d):\ngot  %q, %v\nwant %q", tt.in, tt.limit, got, ok, tt.want)
		}
	}
	for in, want := range map[string]bool{
		"the Western Balkans.": true, "the UAE to launch a fund.": true, "the Republic of Korea in Seoul.": true,
		"the President welcomed the plan.": false, "the leaders agreed.": false, "they agreed.": false,
	} {
		if got := namedItem(in); got != want {
			t.Errorf("namedItem(%q) = %v, want %v", in, got, want)
		}
	}
}

// The place that opens the sentence reporting the meeting goes, and so
// does the day of a sentence that reports it after background.
func TestOpeningPlaceAndLaterReport(t *testing.T) {
	if got, want := dropPlace("On the margins of the Pacific Islands Forum, the Minister joined the leaders of Fiji and Tonga to sign the compact.", "Pacific Islands Forum"),
		"The Minister joined the leaders of Fiji and Tonga to sign the compact."; got != want {
		t.Errorf("dropPlace: got %q, want %q", got, want)
	}
	text := "The Government has made ocean science a priority. The Minister has long argued for open data. " +
		"Today, the Minister joined the leaders of Fiji and Tonga to sign the compact. The compact opens in May."
	a := analyze(text, nil)
	if a.reports != 2 || a.resolved[2] != "The Minister joined the leaders of Fiji and Tonga to sign the compact." {
		t.Errorf("analyze: reports %d, resolved %q", a.reports, a.resolved)
	}
}

// TestMentionsWholeNamesAndTopics checks the list's forms: an organisation
// whose last words read as a title's is still named by its acronym, the
// qualifier of an office is no name, a topic neither opens with a
// preposition nor ends with a dash, and a place's two-word adjective
// stays whole.
func TestMentionsWholeNamesAndTopics(t *testing.T) {
	tests := []struct {
		sents []string
		want  string
	}{
		{[]string{"The President spoke with the Director of the Federal Emergency Management Administration (FEMA) about the floods in Ohio."},
			"Also: FEMA, Ohio."},
		{[]string{"The delegation included Ambassador Jane Roe and Deputy Assistant to the President and White House Cabinet Secretary, John Doe, from Ohio."},
			"Also: Jane Roe, John Doe, Ohio."},
		{[]string{"They thanked the Department and the Board, and then the Presidents visited Ohio."},
			"Also: Ohio."},
		{[]string{"They met White House Counsel Jane Roe and the head of the National Children’s Law Center in Ohio."},
			"Also: Jane Roe, National Children’s Law Center, Ohio."},
		{[]string{"They met the head of the National Children’s Law Center in Ohio."},
			"Also: National Children’s Law Center, Ohio."},
		{[]string{"The Minister chaired two meetings about privacy rights with Chile."},
			"Also: Chile, privacy rights."},
		{[]string{"Chile and Peru discussed implications for data privacy – including leaks of health records."},
			"Also: Chile, Peru, data privacy, health records."},
	}
	for _, tt := range tests {
		if got := mentionsLine(mentionsOf(tt.sents, speakers{}), "", 200); got != tt.want {
			t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sents, got, tt.want)
		}
	}
	if got := topicPhrases(strings.Fields("concern at the number of North Korean troops on the border")); !slices.Contains(got, "North Korean troops") {
		t.Errorf("topicPhrases: got %q, want it to hold %q", got, "North Korean troops")
	}
	if clauseEnds("The Minister voiced concern about new steps —") {
		t.Error("clauseEnds: a clause cut at a dash ends")
	}
	if got, want := dropPlace("The Adviser convened the advisers of Chile and Peru at the White House.", "White House"),
		"The Adviser convened the advisers of Chile and Peru."; got != want {
		t.Errorf("dropPlace: got %q, want %q", got, want)
	}
}

// TestAnnouncedPledge checks the key point of a pledge announced with its
// amount in a later phrase: the announcing clause and the amount's phrase,
// without the asides between them.
func TestAnnouncedPledge(t *testing.T) {
	tests := []struct{ in, amount, want string }{
		{"Building on these talks, they announced a new water fund between Chile and Peru, managed by the two central banks, with the intent to invest $40 million, with $20 million from each side, to repair dams in the Andes.",
			"$40 million", "Both announced a new water fund between Chile and Peru to invest $40 million to repair dams in the Andes."},
		{"The Minister launched a scholarship programme for Ghanaian engineers, run with three universities, aiming to spend $12 million over five years.",
			"$12 million", "The Minister launched a scholarship programme for Ghanaian engineers to spend $12 million over five years."},
		// The amount before the announcement, or no phrase of purpose: none.
		{"With $5 million already spent, they announced a second phase of the programme, to begin in May.", "$5 million", ""},
		{"They announced a new fund for Chile, worth $8 million, to repair dams.", "$8 million", ""},
	}
	for _, tt := range tests {
		got, ok := announcedPledge(tt.in, tt.amount, nil)
		if tt.want == "" && ok || tt.want != "" && got != tt.want {
			t.Errorf("announcedPledge(%q):\ngot  %q, %v\nwant %q", tt.in, got, ok, tt.want)
		}
	}
}

// A case name's "v." ends no sentence; a gerund that names a kind of
// thing qualifies a matter; of two mentions of equal rank the one that
// holds the other comes first.
func TestCaseNamesAndVotingRights(t *testing.T) {
	if got := splitSentences("They discussed what is at stake if Smith v. Jones is overturned. The talks ended."); len(got) != 2 {
		t.Errorf("splitSentences: got %q", got)
	}
	if got := topicPhrases(strings.Fields("laws that restrict voting rights in three states")); !slices.Contains(got, "voting rights") {
		t.Errorf("topicPhrases: got %q, want it to hold %q", got, "voting rights")
	}
	if got, want := mentionsLine(mentionsOf([]string{"They spoke of Smith v. Jones and of Chile—which had objected."}, speakers{}), "", 200),
		"Also: Smith v. Jones, Chile."; got != want {
		t.Errorf("mentionsLine: got %q, want %q", got, want)
	}
	if got := topicPhrases(strings.Fields("approved the sixth security assistance package")); slices.Contains(got, "sixth security assistance") {
		t.Errorf("topicPhrases: got %q, an ordinal qualifies no matter", got)
	}
	sents := []string{"They discussed rights.", "They discussed reproductive rights.", "They discussed rights and Chile."}
	if got, want := mentionsLine(mentionsOf(sents, speakers{}), "", 16+30), "Also: reproductive rights, Chile."; got != want {
		t.Errorf("mentionsLine: got %q, want %q", got, want)
	}
}

// TestMentionsFillTheirBudget checks the list's accounting: a list that
// fits its budget with the line break before it and the room it leaves
// the key points (labelRoom less its label) is made whole.
func TestMentionsFillTheirBudget(t *testing.T) {
	ms := mentionsOf([]string{"They discussed Chile and Peru."}, speakers{})
	want := "Also: Chile, Peru."
	left := labelRoom - len(mentionsLabel)
	if got := mentionsLine(ms, "", utf8.RuneCountInString(want)+1+left); got != want {
		t.Errorf("mentionsLine: got %q, want %q", got, want)
	}
	if got := mentionsLine(ms, "", utf8.RuneCountInString(want)+left); got == want {
		t.Errorf("mentionsLine: %q passes its budget with its line break", got)
	}
}

// A call of congratulation is written short, and "solution" is a matter
// only with what qualifies it.
func TestCongratulationsAndSolutions(t *testing.T) {
	for in, want := range map[string]string{
		"The Prime Minister received a call of congratulation from Chancellor Roth.":     "The Prime Minister was congratulated by Chancellor Roth.",
		"The President received a congratulatory call from Prime Minister Okafor today.": "The President was congratulated by Prime Minister Okafor today.",
	} {
		if got := compactPhrases(in); got != want {
			t.Errorf("compactPhrases(%q):\ngot  %q\nwant %q", in, got, want)
		}
	}
	if got := topicPhrases(strings.Fields("the only solution is a new border regime")); slices.Contains(got, "solution") {
		t.Errorf("topicPhrases: got %q, a bare solution is no topic", got)
	}
	if got := topicPhrases(strings.Fields("support for a two-state solution")); !slices.Contains(got, "two-state solution") {
		t.Errorf("topicPhrases: got %q, want it to hold %q", got, "two-state solution")
	}
}

// TestOpeningDatesAndTwoSurnames checks two forms of the meeting's lead: a
// date that opens it without "On" goes as the post shows the date, and a
// name of two family names written elsewhere without the mother's goes by
// the father's.
func TestOpeningDatesAndTwoSurnames(t *testing.T) {
	for in, want := range map[string]string{
		"July 8, 2024, the Minister convened the ministers of Chile and Peru.":            "The Minister convened the ministers of Chile and Peru.",
		"From May 3 – May 5, the Secretary traveled to Lima to meet with President Soto.": "The Secretary traveled to Lima to meet with President Soto.",
		"From May 3-5, the Secretary traveled to Lima to meet with President Soto.":       "The Secretary traveled to Lima to meet with President Soto.",
		// Not a meeting's sentence: the date stays.
		"July 8, 2024, was the day the talks ended.": "July 8, 2024, was the day the talks ended.",
	} {
		if got := dropMeetingTime(in); got != want {
			t.Errorf("dropMeetingTime(%q):\ngot  %q\nwant %q", in, got, want)
		}
	}
	tests := []struct{ name, text, want string }{
		{"Lucía Fernández Ortega", "Visit of President Lucía Fernández\nThe Minister met President Lucía Fernández Ortega.", "Fernández"},
		{"Lucía Fernández Ortega", "The Minister met President Lucía Fernández Ortega.", "Ortega"},
		{"Ahmed Karim al-Hadi", "Call with Ahmed Karim al-hadi\nThe Minister spoke with Prime Minister Ahmed Karim al-Hadi.", "al-Hadi"},
	}
	for _, tt := range tests {
		if got := shortName(tt.name, tt.text, westernNames); got != tt.want {
			t.Errorf("shortName(%q, %q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestMeetingWithoutItsManner checks the form of the meeting's sentence
// without the participle clause that says how it went.
func TestMeetingWithoutItsManner(t *testing.T) {
	for in, want := range map[string]string{
		"The Chancellor spoke with Lund of Norway, stressing her wish to deepen the ties between our nations.": "The Chancellor spoke with Lund of Norway.",
		"The President met with Okoro of Ghana, underscoring the strength of the partnership.":                 "The President met with Okoro of Ghana.",
		// Not a meeting's sentence, or no participle: none.
		"The leaders discussed trade, noting the growth of exports.":     "",
		"The Minister met with Okoro of Ghana, the Minister of Finance.": "",
	} {
		if got := withoutParticiple(in); got != want {
			t.Errorf("withoutParticiple(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAnniversaryOfTheTwoSides checks that an anniversary's pair goes when
// it is the meeting's two sides, which the post shows, and stays otherwise.
func TestAnniversaryOfTheTwoSides(t *testing.T) {
	parties := map[string]bool{"JP": true, "CL": true}
	for in, want := range map[string]string{
		"30th anniversary of diplomatic relations between Japan and Chile": "30th anniversary of diplomatic relations",
		"30th anniversary of diplomatic relations between Chile and Peru":  "30th anniversary of diplomatic relations between Chile and Peru",
		"30th anniversary of the treaty between Japan and Chile Ports":     "30th anniversary of the treaty between Japan and Chile Ports",
	} {
		if got := betweenParties(in, parties, countryMemo{}); got != want {
			t.Errorf("betweenParties(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSpeakersNameLongerOfficeFirst: "the President-elect" is another
// office than "the President", whichever order the offices come in (a
// map's order once made one page read "Biden-elect" in some parses).
func TestSpeakersNameLongerOfficeFirst(t *testing.T) {
	offices := map[string]string{"President": "Biden", "Vice President": "Harris"}
	otherOffices := map[string]string{"President-elect": "Petro", "Prime Minister": "Kahn", "Prime Minister of Ruritania": "Vane"}
	tests := []struct{ in, want string }{
		{"The President congratulated the President-elect on his victory.", "Biden congratulated the President-elect on his victory."},
		{"The Vice President and the President met the delegation.", "Harris and Biden met the delegation."},
		{"The President and Prime Minister of Ruritania then spoke.", "Biden and Vane then spoke."},
		{"The President and Prime Minister then spoke.", "Biden and Kahn then spoke."},
	}
	for range 50 { // the map's order changes from one range to the next
		sp := speakers{offices: longestFirst(offices), otherOffices: longestFirst(otherOffices)}
		for _, tt := range tests {
			if got := sp.name(tt.in); got != tt.want {
				t.Fatalf("name(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
		}
	}
}
