package bot_test

import (
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
)

// summitReadout is shaped like the Japan–Cambodia summit readout after
// parsing: a lead, three top-level sections (the second with five
// subsections, the third with two), anniversaries, a pledge and a joint
// statement. The wording is ours, in the style of a foreign ministry.
func summitReadout() *readout.Readout {
	jst := time.FixedZone("JST", 9*60*60)
	r := &readout.Readout{
		Title:     "Japan-Cambodia Summit Meeting",
		URL:       "https://www.mofa.go.jp/s_sa/sea1/kh/page4e_009912.html",
		Publisher: "Ministry of Foreign Affairs of Japan",
		Published: time.Date(2022, 3, 20, 23, 0, 0, 0, jst),
		Meeting: readout.Meeting{
			Kind:            "summit meeting",
			Date:            "2022-03-20",
			StartLocal:      "17:35",
			DurationMinutes: 130,
			Location:        "Office of the Prime Minister of Cambodia, Phnom Penh",
		},
		Parties:   []string{"JP", "KH"},
		Mentioned: []string{"MM", "RU", "UA", "KP"},
		Participants: []readout.Participant{
			{Name: "Fumio Kishida", Written: "KISHIDA Fumio", Title: "Prime Minister of Japan", Country: "JP", Role: readout.RolePrincipal},
			{Name: "Hun Sen", Title: "Prime Minister of the Kingdom of Cambodia", Country: "KH", Role: readout.RolePrincipal},
			{Name: "Kihara", Title: "Deputy Chief Cabinet Secretary", Country: "JP", Role: readout.RoleAttendee},
		},
		Lead: "On March 20, from 5:35 p.m. local time (7:35 p.m. JST) for about two hours and ten minutes, " +
			"including a 40-minute one-on-one session, Mr. KISHIDA Fumio, Prime Minister of Japan, on a visit to " +
			"the Kingdom of Cambodia, met Samdech Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, at the " +
			"Office of the Prime Minister in Phnom Penh. The two leaders then issued a joint statement, witnessed " +
			"the signing of exchange of notes on two grant aid projects and met the press together, and Prime " +
			"Minister Hun Sen hosted a dinner. Deputy Chief Cabinet Secretary Kihara and others were present. " +
			"The main points are as follows.",
		Sections: []readout.Section{
			{
				Number: "1", Heading: "Outset", Level: 1,
				Summary: "Both leaders want bilateral relations at \"the best level ever\"; Japan praised Cambodia's work as ASEAN Chair on Myanmar.",
				Text: "Prime Minister Kishida thanked Prime Minister Hun Sen and the people of Cambodia for their warm " +
					"welcome and said he hoped to raise bilateral relations to \"the best level ever\" together with " +
					"Prime Minister Hun Sen. He commended Prime Minister Hun Sen's active role on the situation in " +
					"Myanmar as this year's ASEAN Chair, and said he wished to work together towards a \"Free and Open " +
					"Indo-Pacific\" and on regional and global questions such as Russia's aggression against Ukraine.\n" +
					"Prime Minister Hun Sen welcomed this first face-to-face meeting since Prime Minister Kishida took " +
					"office and said he would work closely with him on regional and global questions.",
				Countries: []string{"KH", "MM", "RU", "UA"},
			},
			{Number: "2", Heading: "Bilateral relations", Level: 1},
			{
				Number: "2.(1)", Heading: "Important infrastructure development", Level: 2,
				Summary: "Japan will help Sihanoukville Port become a regional hub port.",
				Text: "Prime Minister Kishida said that, as part of important infrastructure development, Japan would " +
					"support Sihanoukville Port in becoming a regional hub port. Prime Minister Hun Sen thanked Japan " +
					"for its help in developing the port and said the Cambodian government would work with Japan to " +
					"that end.",
				Countries: []string{"JP", "KH"},
			},
			{
				Number: "2.(2)", Heading: "Security cooperation", Level: 2,
				Summary: "More JMSDF port calls, including at Ream Naval Base, and wider exercises; 30 years since the UN PKO deployment to Cambodia.",
				Text: "Prime Minister Kishida noted that this year is the 30th anniversary of the deployment of the UN " +
					"Peace Keeping Operation (PKO) to Cambodia, and that the recent visit to Japan by Lt. Gen. Hun " +
					"Manet, Commander of the Royal Cambodian Army, and port calls in Cambodia by Japan's Maritime " +
					"Self-Defense Force (JMSDF) had deepened cooperation between the two countries. He said he wished " +
					"to take cooperation further through continued visits to Ream Naval Base, including port calls by " +
					"the JMSDF, more bilateral exercises, and cooperation in humanitarian assistance and disaster " +
					"relief.\n" +
					"Prime Minister Hun Sen said Cambodia values its security cooperation with Japan and would like to " +
					"advance it further.",
				Countries: []string{"JP", "KH"},
			},
			{
				Number: "2.(3)", Heading: "Economic relations", Level: 2,
				Summary: "Japan will back a more resilient automobile supply chain and the training of highly skilled industrial workers.",
				Text: "Prime Minister Kishida said he would support companies of both countries in making the supply " +
					"chain of the automobile industry more resilient and in training highly skilled industrial human " +
					"resources, which will help digitalize manufacturing. Prime Minister Hun Sen expressed appreciation " +
					"for the contribution of Japanese companies to Cambodia's economy and said he hoped to attract more " +
					"Japanese investment.",
				Countries: []string{"JP", "KH"},
			},
			{
				Number: "2.(4)", Heading: "Democracy and human rights", Level: 2,
				Summary: "Japan will support the June commune elections and next year's general election; Cambodia asked for help with free and fair elections.",
				Text: "Prime Minister Kishida said Japan would support Cambodia in holding the commune elections this " +
					"June and the general election next year in a way that reflects the diverse voices of the " +
					"Cambodian people. Prime Minister Hun Sen asked for Japan's cooperation in holding free and fair " +
					"elections.",
				Countries: []string{"JP", "KH"},
			},
			{
				Number: "2.(5)", Heading: "Expansion to new areas of cooperation", Level: 2,
				Summary: "Both sides will work together on energy transition, economic security, digital and cyber.",
				Text: "Prime Minister Kishida said the two countries would cooperate in new areas such as energy " +
					"transition, economic security, digital and cyber. Prime Minister Hun Sen said he would actively " +
					"advance cooperation with Japan in these areas.",
				Countries: []string{"JP", "KH"},
			},
			{Number: "3", Heading: "Regional and international situations", Level: 1},
			{
				Number: "3.(1)", Heading: "Situation in Ukraine", Level: 2,
				Summary: "Cambodia co-sponsored the UN General Assembly resolution on aggression against Ukraine; both will cooperate in coming international meetings.",
				Text: "Prime Minister Kishida welcomed the fact that Cambodia, together with Japan, co-sponsored the " +
					"resolution \"Aggression against Ukraine\" adopted at the emergency special session of the UN " +
					"General Assembly. He said that Russia's aggression against Ukraine is an attempt to change the " +
					"status quo unilaterally by force, clearly violates international law, shakes the foundations of " +
					"the international order and disregards the sovereignty and territorial integrity protected by the " +
					"UN Charter. If the international community did not respond firmly, he said, the same could happen " +
					"anywhere, including in Asia, and it was important to stand clearly for Ukraine's sovereignty and " +
					"territorial integrity.\n" +
					"Prime Minister Hun Sen explained the thinking that led Cambodia to co-sponsor the resolution and " +
					"described ASEAN's responses so far. The two leaders agreed to cooperate in coming international " +
					"meetings.",
				Countries: []string{"KH", "JP", "RU", "UA"},
			},
			{
				Number: "3.(2)", Heading: "Regional situation", Level: 2,
				Summary: "Japan contributes ¥150 million to the ACMECS Development Fund and invited Hun Sen to a special ASEAN-Japan summit next year.",
				Text: "Prime Minister Kishida spoke about Mekong-Japan cooperation and said that Japan is contributing " +
					"150 million yen to the Ayeyarwady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS) " +
					"Development Fund, led by the Mekong countries, and would keep working with them. Prime Minister " +
					"Hun Sen welcomed the contribution.\n" +
					"On ASEAN, Prime Minister Kishida said Japan looked forward to welcoming Prime Minister Hun Sen to " +
					"a special summit in Japan next year marking the 50th year of ASEAN-Japan Friendship and " +
					"Cooperation, and to raising ASEAN-Japan relations to a new height. Prime Minister Hun Sen " +
					"supported the initiative.\n" +
					"The two leaders also discussed the South China Sea and North Korea, including its recent launches " +
					"of ICBM-class ballistic missiles, and agreed to keep working together. Prime Minister Kishida " +
					"asked for continued understanding on the abductions issue, and Prime Minister Hun Sen expressed " +
					"continued support for Japan's position.\n" +
					"In closing, Prime Minister Kishida noted that next year marks the 70th anniversary of diplomatic " +
					"relations between Japan and Cambodia, and the two leaders agreed to take their \"strategic " +
					"partnership\" to a new level.",
				Countries: []string{"JP", "KH", "KP"},
			},
		},
		KeyPoints: []string{
			"Japan will help Sihanoukville Port become a regional hub port.",
			"Japan contributes 150 million yen to the ACMECS Development Fund.",
		},
		Anniversaries: []readout.Anniversary{
			{Ordinal: 70, Subject: "establishment of diplomatic relations", Countries: []string{"JP", "KH"}, Year: 2023},
			{Ordinal: 50, Subject: "ASEAN-Japan Friendship and Cooperation", Countries: []string{"JP"}, Orgs: []string{"ASEAN"}, Year: 2023},
			{Ordinal: 30, Subject: "UN Peace Keeping Operation (PKO) deployment to Cambodia", Countries: []string{"KH"}, Year: 2022},
		},
		Pledges: []readout.Pledge{
			{Amount: 150_000_000, Currency: "JPY", Purpose: "ACMECS Development Fund", Text: "Japan is contributing 150 million yen to the ACMECS Development Fund"},
		},
		Attachments: []readout.Attachment{
			{Title: "Joint Statement (PDF)", URL: "https://www.mofa.go.jp/files/100321777.pdf"},
		},
		FollowOn: []string{"joint statement", "signing of exchange of notes", "joint press conference"},
	}
	r.Body = bodyOf(r)
	return r
}

// bodyOf is the readout's full text as a parser keeps it: title, lead,
// then each section under its heading.
func bodyOf(r *readout.Readout) string {
	var b strings.Builder
	b.WriteString(r.Title + "\n\n" + r.Lead + "\n")
	for _, s := range r.Sections {
		b.WriteString("\n" + s.Number + " " + s.Heading + "\n")
		if s.Text != "" {
			b.WriteString(s.Text + "\n")
		}
	}
	return b.String()
}

// callReadout is shaped like a US readout of a call: no numbered sections,
// one unheaded section, key points.
func callReadout() *readout.Readout {
	text := "President Joseph R. Biden, Jr. spoke today with Prime Minister Anthony Albanese of Australia. " +
		"The leaders reaffirmed the strength of the alliance and discussed progress on the AUKUS partnership, " +
		"including the next steps for submarine construction and the training of Australian personnel.\n" +
		"The two leaders discussed their shared support for Ukraine as it defends itself against Russia's war of " +
		"aggression, and agreed to keep coordinating on sanctions and on assistance for Ukraine's reconstruction.\n" +
		"President Biden and Prime Minister Albanese also reviewed cooperation with Pacific Island partners on " +
		"climate resilience and maritime security, and looked forward to meeting in person at the Quad Leaders' " +
		"Summit later this year."
	r := &readout.Readout{
		Title:     "Readout of President Biden's Call with Prime Minister Albanese of Australia",
		URL:       "https://www.whitehouse.gov/briefing-room/statements-releases/2023/02/14/readout-of-president-bidens-call-with-prime-minister-albanese-of-australia/",
		Publisher: "The White House",
		Published: time.Date(2023, 2, 14, 18, 5, 0, 0, time.UTC),
		Meeting:   readout.Meeting{Kind: "call", Date: "2023-02-14"},
		Parties:   []string{"US", "AU"},
		Mentioned: []string{"UA", "RU"},
		Participants: []readout.Participant{
			{Name: "Joseph R. Biden, Jr.", Title: "President", Country: "US", Role: readout.RolePrincipal},
			{Name: "Anthony Albanese", Title: "Prime Minister of Australia", Country: "AU", Role: readout.RolePrincipal},
		},
		// The parser takes the first paragraph as the lead; the thread must
		// not repeat it.
		Lead: text[:strings.Index(text, "\n")],
		Sections: []readout.Section{{
			Level:   1,
			Summary: "The leaders reaffirmed the alliance and discussed next steps on AUKUS submarine construction.",
			Text:    text,
		}},
		KeyPoints: []string{
			"The leaders reaffirmed the alliance and discussed next steps on AUKUS submarine construction.",
			"Both will keep coordinating on sanctions against Russia and on Ukraine's reconstruction.",
			"They will meet at the Quad Leaders' Summit later this year.",
			// The parser's last key point lists what else the readout names.
			"Also mentioned: Pacific Island, climate resilience, maritime security.",
		},
	}
	r.Body = r.Title + "\n\n" + text
	return r
}

// bodyOnlyReadout has no structure at all: a title, a date and a long body.
func bodyOnlyReadout() *readout.Readout {
	paras := []string{
		"The Foreign Secretary met the Foreign Minister of Indonesia in London today for the fifth UK-Indonesia " +
			"Partnership Forum. They welcomed the growth of trade between the two countries, which passed £3 billion " +
			"last year, and agreed to open talks on a new economic partnership that would cover green finance, " +
			"critical minerals and digital trade.",
		"The ministers discussed maritime security in the Indo-Pacific and the importance of the UN Convention on " +
			"the Law of the Sea. The Foreign Secretary set out the UK's support for ASEAN centrality and for " +
			"Indonesia's leadership in the region, and the two sides agreed to hold their first maritime dialogue " +
			"in Jakarta before the end of the year.",
		"On Myanmar, both ministers called for an end to violence, the release of those unjustly detained and " +
			"full implementation of the ASEAN Five-Point Consensus. They also discussed Russia's illegal invasion of " +
			"Ukraine and its effect on food and energy prices in South-East Asia.",
		"The Foreign Secretary announced £25 million for a joint programme on climate adaptation in coastal " +
			"communities, to be delivered with Indonesian partners over five years, and the ministers signed a " +
			"memorandum on scholarships for young civil servants. They agreed to meet again in Jakarta next year.",
		"The ministers closed by reaffirming their commitment to an open and inclusive regional order, and to " +
			"regular contact between their ministries at every level. Officials will prepare a joint work plan " +
			"covering trade, climate, maritime security and education ahead of the next forum.",
		"Earlier in the day the Foreign Minister visited a renewable energy start-up in east London backed by " +
			"UK and Indonesian investors, and met students from the Indonesian community studying at British " +
			"universities. She also held talks with the Minister for Trade Policy on market access for " +
			"Indonesian coffee, palm oil produced to sustainable standards and British financial services.",
		"The Partnership Forum was launched in 2019 and meets each year, alternately in London and Jakarta. " +
			"The United Kingdom and Indonesia established diplomatic relations in 1949 and will mark the 75th " +
			"anniversary next year with a programme of cultural and academic exchanges.",
	}
	return &readout.Readout{
		Title:     "Foreign Secretary meets Indonesian Foreign Minister: 12 June 2023",
		URL:       "https://www.gov.uk/government/news/foreign-secretary-meets-indonesian-foreign-minister-12-june-2023",
		Publisher: "Foreign, Commonwealth & Development Office",
		Published: time.Date(2023, 6, 12, 16, 0, 0, 0, time.UTC),
		Parties:   []string{"GB", "ID"},
		Body:      strings.Join(paras, "\n\n"),
	}
}
