package readout

import "testing"

// fragmentCase is a readout's sentences, its sides and the list of
// mentions a reader should see.
type fragmentCase struct {
	sents   []string
	parties []string
	want    string
}

func checkMentions(t *testing.T, tests []fragmentCase) {
	t.Helper()
	for _, tt := range tests {
		sp := speakers{parties: map[string]bool{}}
		for _, p := range tt.parties {
			sp.parties[p] = true
		}
		if got := mentionsLine(mentionsOf(tt.sents, sp), "", 200); got != tt.want {
			t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sents, got, tt.want)
		}
	}
}

// An organisation that is a side of the meeting is shown as one, not
// listed as a mention.
func TestMentionsLeaveOutPartyOrganisation(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"The President said the European Union stands ready to help Moldova."}, []string{"EU", "NO"}, "Also: Moldova."},
		{[]string{"The Secretary General said NATO would meet in Oslo and thanked Chile."}, []string{"NATO", "NO"}, "Also: Oslo, Chile."},
		// Not a side here: listed.
		{[]string{"The President said the European Union stands ready to help Moldova."}, []string{"FR", "NO"}, "Also: European Union, Moldova."},
	})
}

// A state's postal code or a degree after a place or a name qualifies it
// and is no mention of its own.
func TestMentionsLeaveOutStateCodesAndDegrees(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"Mayors from Dayton, OH, and Tucson, AZ, joined the officials."}, nil, "Also: Dayton, Tucson."},
		{[]string{"Governor Ann Poe (NE) and Governor Sam Kay (ME) spoke on drought."}, nil, "Also: Ann Poe, Sam Kay, drought."},
		{[]string{"Dr. Lee Park, MD, MPH, Director of the clinic, opened the session."}, nil, "Also: Lee Park."},
		// An acronym in a list of names stays.
		{[]string{"They discussed Iran, NATO, and the IAEA."}, nil, "Also: Iran, NATO, IAEA."},
	})
}

// A judgement opens no matter: the list names the matter alone.
func TestTopicPhrasesNoJudgement(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They praised the ambitious climate targets of the island states."}, nil, "Also: climate."},
		{[]string{"The leaders noted their robust trade and investment ties."}, nil, "Also: trade, investment."},
		{[]string{"The bill would mean historic tax relief for families."}, nil, "Also: tax."},
		{[]string{"It would end wasteful tax breaks for the largest firms."}, nil, "Also: tax."},
		{[]string{"The plan would mean tax relief for families."}, nil, "Also: tax."},
		// A kind, not a judgement, qualifies the matter.
		{[]string{"They discussed indigenous rights and maritime security."}, nil, "Also: indigenous rights, maritime security."},
	})
}

// A qualifier measured by a number keeps it, or the phrase starts after
// it: never the qualifier without its number.
func TestTopicPhrasesMeasuredQualifier(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They restated their support for a two state solution."}, nil, "Also: two state solution."},
		{[]string{"Most members now meet the 3 percent defence spending goal."}, nil, "Also: defence spending."},
		{[]string{"They restated their support for a two-state solution."}, nil, "Also: two-state solution."},
	})
}

// A clause after "where", "whose" or "when" lists no topics: its words
// end with a verb.
func TestDiscussedTopicsClauseEndsList(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They discussed areas where their aims meet, and areas where their values and methods differ."}, nil, ""},
		{[]string{"They discussed fisheries, tourism and matters whose costs rise."}, nil, "Also: fisheries, tourism."},
		{[]string{"They discussed tourism and fisheries."}, nil, "Also: tourism, fisheries."},
		// ", where" after a place: the list goes on in its clause.
		{[]string{"They discussed the forum in Fiji, where they will seek progress on several matters, including ocean science and coral research."}, nil, "Also: Fiji, ocean science, coral research."},
	})
}

// A verb opens no matter: "includes air defense" is no topic.
func TestTopicPhrasesNoVerbBefore(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"The package is worth $40 million and includes air defense radars."}, nil, "Also: air defense."},
	})
}

// An adjective of a place that qualifies a word in lower case joins no
// name: "Sudan for Transatlantic" is no name.
func TestNameRunsPlaceAdjectiveOfLower(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They weighed the cost of the war in Sudan for Transatlantic trade."}, nil, "Also: Sudan, Transatlantic trade."},
		{[]string{"They met the Organization of American States in Lima."}, nil, "Also: Organization of American States, Lima."},
	})
}

// An abbreviation keeps its full stop; a state's dotted code after a
// comma qualifies its city.
func TestMentionsAbbreviationStop(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They visited the plant of Doe Corp. on Monday with Chile."}, nil, "Also: Doe Corp., Chile."},
		{[]string{"They toured Chile and the yards of Roe Ltd."}, nil, "Also: Chile, Roe Ltd."},
		{[]string{"The talks were held in Washington D.C.", "They discussed Chile."}, nil, "Also: Washington D.C., Chile."},
		{[]string{"They met in Washington, D.C. to discuss Chile."}, nil, "Also: Washington, Chile."},
	})
}

// A point of the compass alone is no mention; with a name it is one.
func TestMentionsCompassWordAlone(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They agreed that Chile must be part of the West’s answer."}, nil, "Also: Chile."},
		{[]string{"They spoke of ties between East and West and of Chile."}, nil, "Also: Chile."},
		{[]string{"They discussed the West Bank and North Korea."}, nil, "Also: West Bank, North Korea."},
	})
}

// A given name in apposition to a relative is no mention: alone it
// names no one.
func TestMentionsGivenNameOfRelative(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"He said Mr Doe and his daughter, Anna, were recovering in Chile."}, nil, "Also: Doe, Chile."},
		{[]string{"They met Chile’s envoy, Anna Roe, in Lima."}, nil, "Also: Chile, Anna Roe, Lima."},
	})
}

// A verb opens no matter, in any form: "said aid", "building resilience".
func TestTopicPhrasesNoVerbForms(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They said aid to Chile would rise."}, nil, "Also: Chile, aid."},
		{[]string{"They stressed building resilience in Chile."}, nil, "Also: Chile, resilience."},
		{[]string{"They urged steps to resume grain exports from Chile."}, nil, "Also: Chile, grain exports."},
		{[]string{"They praised peacebuilding efforts and peacekeeping troops in Chile."}, nil, "Also: Chile, peacekeeping troops."},
	})
}

// A name of "of" or "and" ends with its last word, though the word alone
// names nothing ("States", "Administration").
func TestNameRunsInstitutionKeepsLastWord(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They welcomed the work of the Union of South Atlantic States in Chile."}, nil, "Also: Union of South Atlantic States, Chile."},
		{[]string{"They met officials of the Seed and Soil Administration in Chile."}, nil, "Also: Seed and Soil Administration, Chile."},
	})
}

// A name that ends with an adjective of a place before a word in lower
// case goes on in lower case: with a body's word it is the name as
// written, otherwise what is left is no mention.
func TestNameRunsEndingWithAdjective(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They backed the Union of South Asian states’ role in Chile."}, nil, "Also: Union of South Asian states, Chile."},
		{[]string{"They backed the Bank of South Asian fisheries in Chile."}, nil, "Also: Chile, South Asian fisheries."},
		{[]string{"They discussed the wider Indian Ocean region and Chile."}, nil, "Also: Indian Ocean, Chile."},
		{[]string{"They discussed North Korean troops in Chile."}, nil, "Also: Chile, North Korean troops."},
	})
}

// A rank or a style before a name is no name.
func TestNameRunsRanksAreNoNames(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"Maj Gen (ret) Ana Roe, Director of the clinic, spoke in Chile."}, nil, "Also: Ana Roe, Chile."},
		{[]string{"They were joined in Chile by Rev. Sam Poe."}, nil, "Also: Chile, Sam Poe."},
	})
}

// A word of quantity that opens a sentence is no part of a name.
func TestNameRunsQuantityOpensNoName(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"Many Chilean ports face delays.", "Several Andean Pact members met in Lima."}, nil, "Also: Chile, Andean Pact, Lima."},
	})
}

// A family name's particles in lower case open it: "von der Leyen".
func TestNameRunsParticlesOpenFamilyName(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They met President von der Brugge of the European Commission in Chile."}, nil, "Also: von der Brugge, Chile."},
		{[]string{"They thanked Special Envoy de Sola for his work in Chile."}, nil, "Also: de Sola, Chile."},
		// A word in lower case that is no particle opens nothing.
		{[]string{"They met the head of Chile Mining."}, nil, "Also: Chile Mining."},
	})
}

// A mention the summaries already name is not listed again, whatever
// the form of its apostrophes: the list compares plain ones.
func TestMentionsCoveredWithCurlyApostrophes(t *testing.T) {
	sents := []string{
		"The ministers met the People’s Assembly of Ruritania and the Children’s Rights Board.",
		"They also discussed fisheries.",
	}
	tests := []struct{ covered, want string }{
		{"Both met the People’s Assembly of Ruritania.", "Also: Children’s Rights Board, fisheries."},
		{"Both met the People's Assembly of Ruritania.", "Also: Children’s Rights Board, fisheries."},
		{"Both met the Children’s Rights Board.", "Also: People’s Assembly of Ruritania, fisheries."},
		{"", "Also: People’s Assembly of Ruritania, Children’s Rights Board, fisheries."},
	}
	for _, tt := range tests {
		if got := mentionsLine(mentionsOf(sents, speakers{parties: map[string]bool{}}), tt.covered, 200); got != tt.want {
			t.Errorf("covered %q:\ngot  %q\nwant %q", tt.covered, got, tt.want)
		}
	}
}

// Stability alone is no matter, in a discussion list as in a phrase: the
// courtesy "peace and stability" names its place, which the list names.
func TestMentionsStabilityOnlyQualified(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"They discussed the importance of maintaining peace and stability in the Baltic Sea, as well as fisheries."}, nil, "Also: Baltic Sea, fisheries."},
		{[]string{"They discussed stability in the Sahel and cooperation on energy."}, nil, "Also: Sahel, energy."},
		{[]string{"The two reaffirmed their commitment to stability and security in the region."}, nil, "Also: security."},
		// Qualified, it is one.
		{[]string{"They discussed financial stability and fisheries."}, nil, "Also: financial stability, fisheries."},
	})
}

// A phrase that holds a mention already listed takes its place when the
// room left holds the difference, though not the whole phrase:
// "European" alone names nothing.
func TestMentionsPhraseTakesPlaceOfHeld(t *testing.T) {
	sents := []string{"The leaders discussed European security and energy, and spoke of Russia, Moldova and Georgia."}
	for _, tt := range []struct {
		budget int
		want   string
	}{
		{70, "Also: Russia, Moldova, Georgia, energy, European security."},
		// Too little room for the difference: it stays as it is.
		{66, "Also: European, Russia, Moldova, Georgia, energy."},
	} {
		if got := mentionsLine(mentionsOf(sents, speakers{parties: map[string]bool{}}), "", tt.budget); got != tt.want {
			t.Errorf("budget %d:\ngot  %q\nwant %q", tt.budget, got, tt.want)
		}
	}
}

// A ceasefire, a truce, the hostages and a two-state solution weigh in
// the list as names do: with little room they come before other matters.
func TestMentionsConflictMattersWeighAsNames(t *testing.T) {
	for _, tt := range []struct {
		sent   string
		budget int
		want   string
	}{
		{"The ministers welcomed higher defence spending by Chile and support for a two-state solution.", 50, "Also: Chile, two-state solution."},
		{"They stressed food aid and the release of all hostages held in Gaza.", 36, "Also: Gaza, hostages."},
		{"They backed tax reform and a lasting ceasefire with Peru.", 46, "Also: Peru, lasting ceasefire."},
		// With room, both, in reading order.
		{"The ministers welcomed higher defence spending by Chile and support for a two-state solution.", 70, "Also: Chile, higher defence spending, two-state solution."},
	} {
		if got := mentionsLine(mentionsOf([]string{tt.sent}, speakers{parties: map[string]bool{}}), "", tt.budget); got != tt.want {
			t.Errorf("%q, budget %d:\ngot  %q\nwant %q", tt.sent, tt.budget, got, tt.want)
		}
	}
}

// A senator or governor "of" a state is named by the name: the state
// qualifies the office, as a country does ("President Zelenskyy of
// Ukraine").
func TestMentionsOfficeOfAState(t *testing.T) {
	checkMentions(t, []fragmentCase{
		{[]string{"The delegation included U.S. Senator Ann Lowe of Delaware and Governor Sam Kay of Texas."}, []string{"US", "MX"}, "Also: Ann Lowe, Sam Kay."},
		{[]string{"The delegation included Representative Ann Lowe of New Mexico."}, []string{"US", "MX"}, "Also: Ann Lowe."},
		// Not a state: the body stays whole.
		{[]string{"They met Professor Ann Lowe of the Lima School of Law."}, nil, "Also: Professor Ann Lowe of the Lima School of Law."},
	})
}
