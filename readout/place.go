package readout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
)

// The place of an in-person meeting, as a lead states it.
var (
	// placeName is a capitalized name of up to eight words, with the
	// connectors names of venues have ("Office of the Prime Minister").
	// (Nordic venues end with a noun in lower case: "Sagerska huset",
	// "Kungliga slottet". A connector is a whole word: "in Tête-à-tête
	// format" has no "for".)
	placeName = `(?:the )?\p{Lu}[\p{L}\d'’.-]*(?:,? (?:[\p{Lu}\d][\p{L}\d'’.-]*|d['’]\p{Lu}[\p{L}'’.-]*|(?:of|the|del|de|das|dos|da|do|la|las|los|di|du|des|es|for|and|meeting|summit|headquarters|huset|slott|slottet|palats|palatset|gården)\b))*`
	// "at the headquarters of the MINREX": a venue named by what it
	// houses.
	venueRE   = lazyRegexp(`\b(?:at|in|to) ((?:the )?(?:headquarters|seat) of ` + placeName + `|` + placeName + `)`)
	visitRE   = lazyRegexp(`\b(?:who (?:is|was) visiting|during (?:his|her|their) (?:(?:official|working|state|State|first|two-day|three-day) )?visit to|who (?:is|was) on (?:a|an) (?:(?:official|working|state|State|two-day|three-day|first) )?visit to|visiting|traveled to|travelled to) (?:to )?(` + placeName + `)(?: to attend (` + placeName + `))?`)
	visitOfRE = lazyRegexp(`^(?:During|In the course of|On the occasion of) (?:the (?:(?:official|working|state|State|first) )?[Vv]isit of [^,;]{3,90}?|(?:his|her|their) (?:(?:official|working|state|State|first) )?[Vv]isit) to (` + placeName + `)`)
	// "X, who is in New York for the UN General Assembly, met Y".
	whoIsInRE = lazyRegexp(`\bwho (?:is|was) (?:currently )?in (` + placeName + `)(?: for| on|,)`)
	// "While in Geneva for the Human Rights Council, X met Y".
	whileInRE = lazyRegexp(`^(?:While|Whilst|When) in (` + placeName + `)(?: for| on|,)`)
	attendRE2 = lazyRegexp(`\bwho (?:is|was) attending (` + placeName + `)`)
	marginsRE = lazyRegexp(`\b[Oo]n the (?:sidelines|margins) of (` + placeName + `|the [^,.;]{3,80})`)
	// eventOnRE reads the rest of an event's name after "on": "on
	// Financing for Development" of "the Fourth International Conference
	// on Financing for Development".
	eventOnRE = lazyRegexp(`^ on (` + placeName + `)`)
)

// eventWords end the names of events whose name may go on after "on"
// ("Conference on Financing for Development", "Summit on …").
var eventWords = setOf("Conference", "Summit", "Session", "Forum", "Dialogue", "Meeting", "Assembly", "Congress",
	"Symposium", "Convention", "Consultations")

// marginsPlace reads the place of a meeting held on an event's margins
// (marginsRE's match m in main): a city the event was "held in" right
// after its name ("On the margins of the … General Assembly of the OAS,
// held in St. John's, Antigua and Barbuda, …"), with its country, else
// the event's name, with what follows "on" when the name ends with an
// event's word, when the event is not the opening phrase of the lead.
func marginsPlace(main string, m []int) string {
	ev, rest := main[m[2]:m[3]], main[m[3]:]
	if eventWords[lastWord(ev)] {
		if e := eventOnRE.FindStringSubmatchIndex(rest); e != nil {
			if w := nextWord(rest[e[2]:]); weekdays[w] == 0 && w != "Sunday" {
				if _, month := months[lowerText(w)]; !month {
					ev, rest = main[m[2]:m[3]+e[3]], rest[e[3]:]
				}
			}
		}
	}
	// (The event's name may be longer than the expression reads.)
	if k := indexText(rest[:min(len(rest), 120)], " held in "); k >= 0 && !containsText(rest[:k], ". ") && !containsText(rest[:k], ";") {
		after := rest[k+len(" held in "):]
		city := after[:chunkEnd(after, []string{", ", " on ", " from ", " at ", ";"})]
		// (A stop ends it, not the stop of "St. John's".)
		for from := 0; ; {
			j := indexText(city[from:], ". ")
			if j < 0 {
				break
			}
			if w := lastWord(city[:from+j]); w != "St" && w != "Ste" && len(w) > 1 {
				city = city[:from+j]
				break
			}
			from += j + 2
		}
		if country.Capital(city) != "" || len(city) > 0 && isUpperByte(city[0]) && len(strings.Fields(city)) <= 3 {
			if rest, ok := strings.CutPrefix(after[len(city):], ", "); ok {
				if c, ok := country.FirstMention(rest, 0); ok && c.Start == 0 {
					city += ", " + rest[:c.End]
				}
			}
			if p := cleanPlace(city); p != "" {
				return p
			}
		}
	}
	// "on the sidelines of the BRICS Summit in Rio de Janeiro": the
	// event's city, not its name.
	if p := eventCity(rest); p != "" {
		return p
	}
	// (An event that opens the lead, "On the sidelines of …, X held
	// …", leaves the place to the dateline, unless it says where it
	// was held.)
	if main[m[0]] == 'O' {
		return ""
	}
	return cleanPlace(ev)
}

// eventInRE reads the city after an event's name: " in Johannesburg",
// " in Johannesburg, South Africa,".
var eventInRE = lazyRegexp(`^ in (\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|do|da|del|la|es))*)(?:, (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*))?[,.;]? `)

// eventOpenerRE reads an opening phrase that names an event the meeting
// was held at: "During the NATO Summit", "On Monday, at the G20 Summit".
var eventOpenerRE = lazyRegexp(`^(?:(?:On|Today|Yesterday|This|Earlier)[^,]{0,30}, )?(?:[Dd]uring|[Aa]t) the ((?:\p{Lu}[\p{L}\d'’-]*|of|the|and|on)(?: (?:\p{Lu}[\p{L}\d'’-]*|of|the|and|on))*)`)

// openerEvents are more last words of events' names an opening phrase
// may give: "the OSCE Ministerial Council", "the Leaders' Retreat".
var openerEvents = setOf("Council", "Retreat", "Week", "Games", "Expo", "Talks", "Meetings", "Conferences", "Summits")

// eventCity is the city rest opens with after an event's name (a
// capital, or a town of up to three words), with its country when one
// follows; "" when rest opens otherwise.
func eventCity(rest string) string {
	m := eventInRE.FindStringSubmatch(rest + " ")
	if m == nil {
		return ""
	}
	city := m[1]
	if _, ok := countryName(city); ok || strings.Count(city, " ") > 2 || isMonthOrDay(city) {
		return ""
	}
	if _, ok := countryName(m[2]); ok {
		return city + ", " + m[2]
	}
	return cleanPlace(city)
}

// isMonthOrDay reports whether w opens with a month's or a weekday's name.
func isMonthOrDay(w string) bool {
	f := nextWord(w)
	_, month := months[lowerText(f)]
	return month || weekdays[f] != 0 || f == "Sunday"
}

// openerPlaceRE reads a place after an opening phrase of time: "Today,
// in Vilnius, …", "On 18 March in Hanoi, …", "On Monday, in Accra, …",
// "On the afternoon of June 10, in Hanoi, …", "On Wednesday, at the seat
// of the Ministry in Warsaw, …"; with the hour after the day, as the
// Thai Government writes it: "On 10 February 2025, at 10.30 hrs., at
// Inthakosa Meeting Room, Thai Khu Fah Building, Government House, …".
var openerPlaceRE = lazyRegexp(`^(?:(?:This|Yesterday) (?:morning|afternoon|evening)|Today|Yesterday|Earlier today|Tonight|` +
	`On (?:the (?:morning|afternoon|evening) of )?(?:\p{Lu}\p{Ll}+day|\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?|\p{Lu}\p{Ll}+ \d{1,2}(?:,? \d{4})?))` +
	`(?:,? at \d{1,2}[.:]\d{2}(?: ?(?:hrs\.?|hours|h|a\.m\.|p\.m\.))?)?,? (?:in|at) ((?:the )?\p{Lu}[^,;]{1,40}|the (?:seat|headquarters|premises|residence) of the \p{Lu}[^,;]{1,40}), `)

// heldAt returns where the passive verb of a session's sentence ends ("…
// was held at the International Conference Centre in Lusaka", "… took
// place in Geneva"), or 0 when the sentence has none.
func heldAt(s string) int {
	for _, v := range []string{" was held ", " were held ", " took place "} {
		if i := indexText(s, v); i > 0 {
			return i + len(v) - 1
		}
	}
	return 0
}

// futureMarkers open the part of a sentence about later events, whose
// venues are not this meeting's: "ahead of the summit, to be held in Berlin".
var futureMarkers = []string{" ahead of ", " to be held", " upcoming ", " next week", " next month", " later this",
	" looked forward", " look forward", " looking ahead", " to discuss", " to commemorate", " following ",
	// "before the leaders' summit in Gyeongju", "on his way to the G20
	// meeting in Johannesburg".
	" before the ", " en route to", " way to "}

// futureWill and futurePrepare are futureMarkers looked for only in a
// sentence that holds " will" or "prepar": "the summit that will be
// held in Seoul", "in Tokyo, where he will attend a forum in Osaka", "to
// prepare the summit", "in preparation for the APEC summit in Gyeongju".
var (
	futureWill    = []string{" will be held", " will take place", " where he will", " where she will", " where they will"}
	futurePrepare = []string{" to prepare", " in preparation for", " preparations for"}
)

// futureAt returns the offset in s of the first of futureMarkers,
// futureWill and futurePrepare, or -1.
func futureAt(s string) int {
	fut := firstIndex(s, futureMarkers)
	// ("issued the following statement after meeting with X in Y": "the
	// following" points ahead in the text, not in time.)
	for from := 0; fut >= 0 && strings.HasPrefix(s[fut:], " following ") && strings.HasSuffix(s[:fut], " the"); {
		from = fut + len(" following")
		k := firstIndex(s[from:], futureMarkers)
		if k < 0 {
			fut = -1
			break
		}
		fut = from + k
	}
	for _, g := range []struct {
		gate string
		subs []string
	}{{" will", futureWill}, {"prepar", futurePrepare}} {
		if containsText(s, g.gate) {
			if j := firstIndex(s, g.subs); j >= 0 && (fut < 0 || j < fut) {
				fut = j
			}
		}
	}
	return fut
}

// firstVenueWord returns the offset of the first "at ", "in " or "to "
// in s followed by "the ", a capital or a letter outside ASCII, where a
// match of venueRE may begin, or -1.
func firstVenueWord(s string) int {
	for i := 0; i+3 < len(s); i++ {
		if s[i+2] != ' ' || !(s[i] == 'a' && s[i+1] == 't' || s[i] == 'i' && s[i+1] == 'n' || s[i] == 't' && s[i+1] == 'o') {
			continue
		}
		if c := s[i+3]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf || strings.HasPrefix(s[i+3:], "the ") {
			return i
		}
	}
	return -1
}

// visitingGuest reports whether the match of visitRE at i in s is
// "visiting" as a guest's adjective: "the visiting Japanese Foreign
// Minister", "his visiting counterpart".
func visitingGuest(s string, i int) bool {
	if !strings.HasPrefix(s[i:], "visiting ") {
		return false
	}
	switch lastWord(s[:i]) {
	case "the", "The", "his", "her", "their", "a", "an":
		return true
	}
	return false
}

// subText is s[i:j], or "" when the group did not match (i < 0).
func subText(s string, i, j int) string {
	if i < 0 {
		return ""
	}
	return s[i:j]
}

// placeOf reads the place of the meeting a lead's main sentence reports
// (its verb frame starts at verb; 0 when it has none):
// a venue or city after the verb frame ("at the Prime Minister's Office",
// "in London", "at the G20 Summit in New Delhi"), else where the subject
// or counterpart is visiting ("who is visiting Bali, Indonesia"), else the
// event on whose margins it was held. It is "" when none is stated.
func placeOf(main string, verb int) string {
	// "in the capital, Budapest,": the city is the venue.
	if i := indexText(main, " in the capital, "); i >= 0 {
		main = main[:i] + " in " + main[i+len(" in the capital, "):]
		if i < verb {
			verb -= len(" the capital,")
		}
	}
	if containsText(main, " capital") {
		main, verb = namedCapital(main, verb)
	}
	beforeTowns := len(main)
	main, verb = namedTown(main, verb)
	// (A town the text names by its kind, "in the city of Samarkand", is
	// a place even where only a capital would be taken.)
	namedKind := len(main) < beforeTowns
	if fut := futureAt(main); fut >= 0 {
		main = main[:fut]
	}
	// ("X will travel to Riyadh next week to meet with Y": the verb may
	// stand past what is left.)
	verb = min(verb, len(main))
	// "met … about bilateral security cooperation, efforts to counter
	// terrorism in West Africa": what follows "about" is the talks'
	// subject, and a place in it is not where they met.
	// ("for about 90 minutes from 11 a.m. on July 14 in Beijing": a
	// duration's "about" is no subject's.)
	if about := topicAbout(main[min(verb, len(main)):]); about >= 0 {
		main = main[:min(verb, len(main))+about]
	}
	// "met President X and discussed … maritime security in the Gulf of
	// Guinea": so are the matters after "discussed".
	if about := indexText(main[min(verb, len(main)):], " discussed "); about >= 0 {
		main = main[:min(verb, len(main))+about]
	}
	from := min(verb, len(main))
	// A venue opens with "at", "in" or "to" before a capital or "the ":
	// the expression reads from the first of them (and the character
	// before it, for "\b").
	scan := len(main)
	if k := firstVenueWord(main[from:]); k >= 0 {
		scan = from + max(0, k-1)
	}
	var venues []string
	visitTo := -1 // the index in venues of the first one after "to"
	for _, m := range venueRE.FindAllStringSubmatchIndex(main[scan:], -1) {
		for i := range m {
			if m[i] >= 0 {
				m[i] += scan - from
			}
		}
		word := main[from+m[0] : from+m[0]+2]
		// "met with X on the situation in Sudan": a matter's place, not
		// the meeting's.
		if word == "in" && topicBefore(main[:from+m[0]]) {
			continue
		}
		// "the Ambassador of the Republic of Korea in Peru": an envoy's
		// post, not the meeting's place.
		if word == "in" && envoyOfficeBefore(main[:from+m[0]]) {
			continue
		}
		// "in tête-à-tête format": the talks' form, not a place.
		if w := strings.TrimRight(nextWord(strings.TrimPrefix(main[from+m[1]:], " ")), ".,;"); w == "format" || w == "formats" {
			continue
		}
		v := cleanPlace(main[from+m[2] : from+m[3]])
		// "to" names a place after "welcomed … to" and "a delegation
		// to" only: "to Prime Minister X" is no place.
		// "paid an official visit to Singapore": so does a visit.
		if v == "" || word == "to" && !containsText(main[from:from+m[0]], "welcomed") && !strings.HasSuffix(main[:from+m[0]], "delegation ") &&
			!strings.HasSuffix(main[:from+m[0]], "visit ") && !strings.HasSuffix(main[:from+m[0]], "Visit ") {
			continue
		}
		// "Minister of State at the Ministry of Foreign Affairs of
		// Qatar": the body an office is held in, after the office and
		// naming its country, is part of a title.
		if word != "to" && bodyWords[nextWord(v)] && titleVocab[lastWord(main[:from+m[0]])] && len(findCountries(v)) > 0 {
			continue
		}
		// "Prime Minister of the Kingdom of Cambodia" is a title, not a
		// place: a venue after "in" or "at" only.
		if word == "to" && visitTo < 0 {
			visitTo = len(venues)
		}
		venues = append(venues, v)
	}
	// "received at Al-Sakhir Palace the President of X, who is on an
	// official visit to the Kingdom of Bahrain": the country of a visit
	// says no more than a venue found with it.
	if visitTo >= 0 && len(venues) > 1 {
		if _, ok := countryName(venues[visitTo]); ok {
			venues = slices.Delete(venues, visitTo, visitTo+1)
		}
	}
	if len(venues) > 0 {
		return strings.Join(dedupPlaces(venues), ", ")
	}
	// "in the Speaker's reception room of the National Assembly", "at the
	// small meeting room of the Ministry": a room named in lower case,
	// in the building named after it.
	if p := roomOf(main[from:]); p != "" {
		return p
	}
	// ("received the visiting Japanese Foreign Minister, X": "visiting"
	// before a guest's office is no trip's.)
	if m := visitRE.FindStringSubmatchIndex(main); m != nil && !visitingGuest(main, m[0]) {
		m := []string{main[m[0]:m[1]], main[m[2]:m[3]], subText(main, m[4], m[5])}
		p := cleanPlace(m[1])
		if ev := cleanPlace(m[2]); ev != "" && p != "" && len(findCountries(p)) > 0 && !containsText(p, ",") {
			if _, ok := countryName(p); ok {
				return ev + ", " + p
			}
		}
		if p != "" {
			return p
		}
	}
	// "During the visit of Foreign Minister X to Beijing, …".
	if m := visitOfRE.FindStringSubmatch(main); m != nil {
		if p := cleanPlace(m[1]); p != "" {
			return p
		}
	}
	if m := attendRE2.FindStringSubmatch(main); m != nil {
		if p := cleanPlace(m[1]); p != "" {
			return p
		}
	}
	if containsText(main, "who is in ") || containsText(main, "who was in ") {
		// (A country alone, "who is in Kazakhstan on a state visit",
		// says no more than the visit.)
		if m := whoIsInRE.FindStringSubmatch(main); m != nil {
			if _, isCountry := countryName(m[1]); !isCountry {
				if p := cleanPlace(m[1]); p != "" {
					return p
				}
			}
		}
	}
	// (A country alone says no more than the trip, as after "who is
	// in".)
	if strings.HasPrefix(main, "Whil") || strings.HasPrefix(main, "When in ") {
		if m := whileInRE.FindStringSubmatch(main); m != nil {
			if _, isCountry := countryName(m[1]); !isCountry {
				if p := cleanPlace(m[1]); p != "" {
					return p
				}
			}
		}
	}
	if m := marginsRE.FindStringSubmatchIndex(main); m != nil {
		return marginsPlace(main, m)
	}
	// "On 18 March in Hanoi, X held talks with …", "Today, in Vilnius,
	// …": a capital (or a country) after an opening phrase of time.
	// ("This morning, in the Apostolic Palace, …", "Today, at the State
	// House, …": a building named by its kind.)
	if m := openerPlaceRE.FindStringSubmatch(main[:min(len(main), 80)]); m != nil && !isCall(meetingKind(main)) {
		// ("at Inthakosa Meeting Room, Thai Khu Fah Building, Government
		// House, Ms. X": a room, then the buildings it is in.)
		if p := venueChain(m[1], main[len(m[0]):]); p != m[1] {
			if p := cleanPlace(p); p != "" {
				return p
			}
		}
		// ("at the seat of the Ministry in Warsaw": the Ministry, in
		// Warsaw.)
		// ("at the residence of the Ambassador in Paris": the residence,
		// in Paris.)
		if res, ok := strings.CutPrefix(m[1], "the residence of "); ok {
			if who, city, ok := strings.Cut(res, " in "); ok {
				return "Residence of " + who + ", " + city
			}
			return "Residence of " + res
		}
		if _, rest, ok := strings.Cut(m[1], " of the "); ok && strings.HasPrefix(m[1], "the ") && !isUpperByte(m[1][4]) {
			if building, city, ok := strings.Cut(rest, " in "); ok {
				return building + ", " + city
			}
			return rest
		}
		if p := m[1]; country.Capital(p) != "" || namedKind && strings.Count(p, " ") <= 1 {
			return p
		} else if _, ok := countryName(p); ok {
			return p
		} else if venueNoun(" " + p) {
			if p := cleanPlace(p); p != "" {
				return p
			}
		}
	}
	// "In Suva, I met Prime Minister X": a capital (or a country) that
	// opens the sentence of a meeting in person.
	// ("In New Delhi on Tuesday, …"; "In Kasane, Botswana, …": a town
	// with its country.)
	if strings.HasPrefix(main, "In ") && !isCall(meetingKind(main)) {
		if m := placeOpenerRE.FindStringSubmatch(main[:min(len(main), 72)]); m != nil {
			p := m[1]
			if country.Capital(p) != "" {
				return p
			} else if _, ok := countryName(p); ok {
				return p
			} else if _, ok := countryName(m[2]); ok {
				return p + ", " + m[2]
			}
		}
		rest := main[len("In "):]
		if i := indexText(rest, ", "); i > 0 && i <= 30 {
			if p := rest[:i]; country.Capital(p) != "" {
				return p
			} else if _, ok := countryName(p); ok {
				return p
			}
		}
	}
	// "During the NATO Summit in The Hague, X met …", "On Monday, at the
	// EU-AU Summit in Luanda, …": the city of the event an opening
	// phrase names.
	if verb > 0 && !isCall(meetingKind(main)) {
		if m := eventOpenerRE.FindStringSubmatchIndex(main[:verb]); m != nil && (eventWords[lastWord(main[m[2]:m[3]])] || openerEvents[lastWord(main[m[2]:m[3]])]) {
			if p := eventCity(main[m[3]:verb]); p != "" {
				return p
			}
		}
	}
	// "Within the framework of the Council of Ministers (SICA), held in
	// San Salvador, the Minister … held a bilateral meeting with …": the
	// event the opening phrase names was held where the meeting was.
	if verb > 0 && !isCall(meetingKind(main)) && containsText(main[:verb], " held in ") {
		if m := heldInOpenerRE.FindStringSubmatch(main[:verb]); m != nil {
			if p := cleanPlace(m[1]); p != "" && (country.Capital(p) != "" || len(findCountries(p)) > 0 || !strings.Contains(p, " ")) {
				return p
			}
		}
	}
	return ""
}

// venueChain returns first, a place that opens a lead after a phrase of
// time, with the places after it that name buildings ("Thai Khu Fah
// Building", "Government House"), each up to a comma; after is the text
// past first's comma.
func venueChain(first, after string) string {
	p := first
	for n := 0; n < 3; n++ {
		seg, rest, ok := strings.Cut(after, ", ")
		if !ok || len(seg) > 40 || !isCapWord(nextWord(seg)) || !venueNoun(" "+seg) || honorificWords(strings.Fields(seg)) > 0 {
			break
		}
		p += ", " + seg
		after = rest
	}
	return p
}

// roomOfRE reads a room named in lower case and the building it is in:
// "in the Speaker's reception room of the National Assembly".
var roomOfRE = lazyRegexp(`\b(?:at|in) the ((?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?['’]s |(?:main|small|large|grand|state) )?(?:(?:reception|meeting|conference|banquet|audience|VIP|press) )?(?:room|hall|lounge|salon)) (?:of|at) (` + placeName + `)`)

// roomOf is the room and building roomOfRE reads in s, or "".
func roomOf(s string) string {
	if !containsText(s, "room ") && !containsText(s, "hall ") && !containsText(s, "lounge ") && !containsText(s, "salon ") {
		return ""
	}
	m := roomOfRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	building := cleanPlace(m[2])
	if building == "" {
		return ""
	}
	return m[1] + ", " + building
}

// namedCapital rewrites a capital named by its country's adjective as
// the city: "in the Kazakh capital, Astana, on 12 March" as "in Astana,
// on 12 March", "in the Indian capital" as "in New Delhi" (the adjective
// alone is no place), "In the Polish capital, he …" as "In Warsaw, he
// …". A country whose capital is not known to one name stays the
// country. verb is moved with the text before it.
func namedCapital(main string, verb int) (string, int) {
	for from := 0; ; {
		i := indexText(main[from:], " capital")
		if i < 0 {
			return main, verb
		}
		i += from
		end := i + len(" capital")
		from = end
		j := strings.LastIndex(main[:i], " in the ")
		start := j + len(" in ")
		if j < 0 && strings.HasPrefix(main, "In the ") {
			j, start = 0, len("In ")
		}
		if j < 0 || i-j > 40 || end < len(main) && isWordByte(main[end]) {
			continue
		}
		code, ok := countryName(main[start+len("the ") : i])
		if !ok {
			continue
		}
		city := ""
		if rest, ok := strings.CutPrefix(main[end:], ", "); ok && rest != "" && (isUpperByte(rest[0]) || rest[0] >= utf8.RuneSelf) {
			// ("…, Astana, …": the city the text names.)
			end += len(", ")
		} else if city = country.CapitalOf(code); city == "" {
			city = country.Name(code)
		}
		main = main[:start] + city + main[end:]
		if start < verb {
			verb = max(start, verb+len(city)-(end-start))
		}
		from = start + len(city)
	}
}

// townKinds name the kind of a place before its name: "the city of
// Samarkand", "the Swiss resort of Davos".
var townKinds = setOf("city", "town", "resort", "village", "port", "island")

// namedTown rewrites a place named after its kind, "in the Uzbek city of
// Samarkand", "in the central city of Da Nang", "at the Swiss resort of
// Davos", as "in Samarkand": the words before the kind (a country's
// adjective, a direction) are no place. verb is moved with the text
// before it.
func namedTown(main string, verb int) (string, int) {
	for at := 0; ; {
		j := indexText(main[at:], " of ")
		if j < 0 {
			return main, verb
		}
		end := at + j + len(" of ")
		w := lastWord(main[:at+j])
		i := at + j - len(w) - 1
		at = end
		if !townKinds[w] || i < 0 || end >= len(main) || !isUpperByte(main[end]) && main[end] < utf8.RuneSelf {
			continue
		}
		from := max(0, i-40)
		head := main[from : i+1]
		k := max(strings.LastIndex(head, " in the "), strings.LastIndex(head, " at the "))
		if k < 0 || strings.ContainsAny(head[k:], ",;") {
			continue
		}
		start := from + k + len(" in ")
		main = main[:start] + main[end:]
		if start < verb {
			verb = max(start, verb-(end-start))
		}
		at = start
	}
}

// heldInOpenerRE reads the place of an event an opening phrase names:
// "…, held in San Salvador, ".
var heldInOpenerRE = lazyRegexp(`,? held in (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?:, \p{Lu}[\p{L}-]+)?), `)

// placeTopics are the nouns of a matter whose place follows "in": "the
// situation in Sudan", "peace in the Middle East".
var placeTopics = setOf("situation", "developments", "conflict", "war", "crisis", "peace", "security", "stability",
	"events", "fighting", "violence", "escalation", "ceasefire", "elections", "transition", "reconstruction", "investment",
	"investments", "interests", "presence", "operations", "tensions", "hostilities", "aggression")

// topicBefore reports whether before, the text up to an "in" of a place,
// ends with a matter's noun ("… on the situation").
func topicBefore(before string) bool {
	return placeTopics[strings.TrimRight(lastWord(before), ",")]
}

// premisesWords end a venue named by its owner ("the Ministry's
// headquarters"), before a guest a host's verb names after it.
var premisesWords = setOf("headquarters", "premises", "offices", "office", "residence", "seat")

// cleanPlace trims a place read from text and refuses fragments: times,
// months, titles, single letters.
func cleanPlace(p string) string {
	p = strings.TrimSpace(strings.TrimRight(p, ".,;: "))
	p = strings.TrimPrefix(p, "the ")
	// "West Africa, and the": connectors go until none is left.
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range []string{" and", " of", " the", " for", " de", ","} {
			if q, ok := strings.CutSuffix(p, w); ok {
				p, trimmed = q, true
			}
		}
	}
	if i := indexText(p, " ("); i > 0 {
		p = p[:i]
	}
	// "El Mouradia Palace the Prime Cabinet Secretary of Kenya": a host's
	// venue may come before the guest, whose title is no part of it.
	for i := indexText(p, " the "); i > 0; {
		// (After "of", "the Prime Minister" is the venue's own: "the
		// Office of the Prime Minister".)
		if titleVocab[nextWord(p[i+5:])] && (isCapWord(lastWord(p[:i])) || premisesWords[lastWord(p[:i])]) {
			p = strings.TrimRight(p[:i], ", ")
			break
		}
		j := indexText(p[i+5:], " the ")
		if j < 0 {
			break
		}
		i += 5 + j
	}
	// "at Carthage Palace Prime Minister X": a title right after a
	// building's word opens the guest.
	for _, noun := range []string{" Palace ", " House ", " Villa "} {
		if i := indexText(p, noun); i > 0 && titleVocab[nextWord(p[i+len(noun):])] {
			p = p[:i+len(noun)-1]
		}
	}
	// "on the margins of the G20 Summit, President Biden joined …": a
	// title after a comma opens the clause, not the place; so does an
	// honorific ("at the General Secretariat in Jeddah, H.E. Dr. X").
	// ("in the Plateau, Abidjan, Mr. X, Minister …": at any comma.)
	for i := 0; ; {
		j := indexText(p[i:], ", ")
		if j < 0 {
			break
		}
		if i += j; titleVocab[nextWord(p[i+2:])] || honorificWords(strings.Fields(p[i+2:])) > 0 {
			p = p[:i]
			break
		}
		i += 2
	}
	// ("at the Rénovation Palace, the French Minister …": the comma
	// before the guest goes with him.)
	p = strings.TrimRight(cutGuestAfterVenue(p), ", ")
	// "Israel June 23-25": a date after the place is no part of it;
	// so is a day ("Jakarta Thursday").
	for i := strings.IndexByte(p, ' '); i > 0; {
		w := nextWord(p[i+1:])
		if d := strings.TrimSuffix(w, ","); strings.HasSuffix(d, "day") && weekdays[d] != 0 || d == "Sunday" {
			p = strings.TrimRight(p[:i], ",")
			break
		}
		if _, isMonth := months[lowerText(w)]; isMonth {
			p = strings.TrimRight(p[:i], ",")
			break
		}
		j := strings.IndexByte(p[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	first := nextWord(p)
	if len([]rune(p)) < 3 {
		return ""
	}
	if _, isMonth := months[lowerText(strings.TrimRight(first, ","))]; isMonth {
		return ""
	}
	if first == "JST" || strings.HasSuffix(p, " time") || first == "Japan" && strings.HasSuffix(p, "time") {
		return ""
	}
	if titleVocab[first] && !containsText(p, "Office") && !containsText(p, "Residence") && !venueNoun(p) {
		return ""
	}
	// "in Brussels for the 30th EU-Japan summit", "in Rome for talks":
	// the purpose after "for" is no part of the place ("Centre for
	// Strategic Studies" is).
	// ("Geneva for the Human Rights Council": after a city's name,
	// which is no venue's or body's, whatever its case.)
	for i := indexText(p, " for "); i > 0; {
		rest := strings.TrimPrefix(p[i+5:], "the ")
		before := p[:i]
		// ("the Federal Foreign Office for the Strategic Dialogue": an
		// occasion's name, which ends in its kind, is the purpose too.)
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || cityName(before) || occasionKinds[lastWord(rest)] {
			p = p[:i]
			break
		}
		j := indexText(p[i+5:], " for ")
		if j < 0 {
			break
		}
		i += 5 + j
	}
	// "visited the Republic of Kenya": a country's long form is written
	// as readers name it.
	if strings.Contains(p, " of ") && isCountryName(p) {
		if c := countryOf(p); c != "" && country.Name(c) != "" {
			p = country.Name(c)
		}
	}
	// "received … at the Ministry": the publisher's own building, named
	// by its kind alone, says nothing a reader can place.
	if p == "Ministry" || p == "Foreign Ministry" || p == "Ministry's headquarters" || p == "headquarters" {
		return ""
	}
	// "on a working visit to the Sultanate", "to the Kingdom": a state
	// named by its kind alone is a fragment (the dateline or a later
	// sentence places the meeting).
	if stateKinds[p] {
		return ""
	}
	// "at the Ministry's premises in Maputo": a possessive whose noun
	// the capitals left behind is a fragment.
	// ("Jakarta, Indonesia's capital": the place before the comma.)
	if strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
		if i := strings.LastIndex(p, ", "); i > 0 {
			return cleanPlace(p[:i])
		}
		return ""
	}
	return p
}

// occasionKinds end the names of the meetings a guest comes for: "for
// the Strategic Dialogue", "for the Joint Consultative Mechanism".
var occasionKinds = setOf("Dialogue", "Talks", "Consultations", "Summit", "Meeting", "Conference", "Session", "Round",
	"Mechanism", "Ceremony", "Dinner", "Lunch", "Luncheon", "Banquet", "Signing")

// stateKinds are the words of the long forms of states' names, which
// stand for the state they name only in the sentence's context.
var stateKinds = setOf("Sultanate", "Kingdom", "Republic", "Principality", "Emirate", "Emirates", "Federation",
	"Grand Duchy", "Confederation", "Commonwealth", "Union", "State", "Country", "Capital", "Islands", "Realm")

// cutGuestAfterVenue cuts a place where a guest named by the country's
// word and an office begins: "the Presidential Palace Kenyan Foreign
// Minister X", "the Ministry Chile's Foreign Minister X" (a venue the
// lead writes right before its object). A country's word inside a
// venue's name ("Ministry of Foreign Affairs of Japan", "the Qatari
// Foreign Ministry") is no such guest.
func cutGuestAfterVenue(p string) string {
	if !strings.Contains(p, " ") {
		return p
	}
	for _, m := range findCountryMentions(p) {
		if m.Start == 0 || p[m.Start-1] != ' ' || strings.HasSuffix(p[:m.Start], " of ") {
			continue
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(p[m.End:], "'s"), "’s")
		ws := strings.Fields(rest)
		if len(ws) == 0 || !titleVocab[ws[0]] {
			continue
		}
		for _, w := range ws[:min(len(ws), 3)] {
			if headWords[w] {
				// ("in Nouakchott the Spanish Prime Minister": the
				// guest's article goes with him.)
				return strings.TrimSuffix(strings.TrimRight(p[:m.Start-1], ", "), " the")
			}
		}
	}
	return p
}

// cityName reports whether p may be a city's name alone: one or two
// capitalized words, none a venue's, a body's or a place's word
// ("Geneva", "New York"; not "Conference on Financing", "Centre").
func cityName(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 || len(ws) > 2 || venueNoun(" "+p) {
		return false
	}
	for _, w := range ws {
		if !isCapWord(w) || institutionWords[w] || placeWords[w] || titleVocab[w] || eventWords[w] {
			return false
		}
	}
	return true
}

// venueNoun reports whether p names a building by its kind, as the
// residences and seats of heads of state are named with words of titles:
// "State House, Nairobi", "the Presidential Villa, Abuja", "the State
// Palace", "the State Guest House Jamuna", "the Federal Chancellery",
// "the State Department", "the National Assembly".
func venueNoun(p string) bool {
	return containsAny(p, " House", " Palace", " Villa", " Chancellery", " Department", " Assembly", " Complex", " Ministry",
		" Building", " Hall", " Centre", " Center", " Secretariat", " Headquarters", " Parliament")
}

// dedupPlaces drops a place another one contains.
func dedupPlaces(ps []string) []string {
	var out []string
	for i, p := range ps {
		dup := false
		for j, q := range ps {
			if i != j && containsText(q, p) && (len(q) > len(p) || j < i) {
				dup = true
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// countryName reports whether p is a country's name.
func countryName(p string) (string, bool) {
	// (A mention that spans p is its only one.)
	if m, ok := country.FirstMention(p, 0); ok && m.Start == 0 && m.End == len(p) {
		return m.Code, true
	}
	return "", false
}

// firstIndex returns the offset of the first of subs in s, or -1.
func firstIndex(s string, subs []string) int {
	return firstIndexUpTo(s, subs, len(s))
}

// leadDatelineCity returns the capital a lead's dateline names ("DUBLIN, 3
// March – Foreign Minister …", "Hanoi (VNA) – …", "RABAT, March 3
// (Agency) -- …"), written with normal capitals; "" when the lead opens
// with no dateline or its place is no capital (where a page was issued
// is the meeting's only when it is a capital a minister receives in).
func leadDatelineCity(lead string) string {
	city := leadDatelinePlace(lead)
	if city == "" {
		return ""
	}
	if country.Capital(city) == "" {
		// "GENEVA, 3 March – …", "NEW YORK, 24 September – …": a city
		// in capitals with the day is where the minister was that day.
		head := lead[:min(len(lead), len(city))]
		end, _ := leadDateline(lead)
		if !strings.EqualFold(head, city) || strings.ToUpper(head) != head || !strings.ContainsAny(lead[len(head):end], "0123456789") {
			return ""
		}
	}
	return city
}

// leadDatelinePlace is the place of the dateline that opens a lead
// (leadDateline), or of one closed by ".-" after its agency, as Latin
// American ministries write it: "La Paz, May 7, 2025 (Cancillería).- ".
func leadDatelinePlace(lead string) string {
	if _, city := leadDateline(lead); city != "" {
		return city
	}
	if i := indexText(lead[:min(len(lead), 80)], ").- "); i > 0 {
		_, city := leadDateline(lead[:i+1] + " - " + lead[i+len(").- "):])
		return city
	}
	return ""
}

// leadDateline reads a dateline that opens a lead: a place in capitals or
// a capital city, perhaps a date after a comma and an agency in brackets,
// then a dash, or a colon after a date ("Baghdad – ", "KUWAIT CITY, 3
// March (KUNA) -- ", "Sakhir, Feb. 11 (BNA): "). end is where the lead
// goes on (0 for none); city is the place, with normal capitals.
func leadDateline(lead string) (end int, city string) {
	head := lead[:min(len(lead), 80)]
	// Each dash below holds a hyphen, a colon or the first byte of the
	// UTF-8 of "–" and "—", which most sentences' heads have none of.
	if strings.IndexByte(head, '-') < 0 && strings.IndexByte(head, ':') < 0 && strings.IndexByte(head, 0xE2) < 0 {
		return 0, ""
	}
	cut, dash := -1, 0
	// (".- ": "La Paz, May 7, 2025 (Cancillería).- ".)
	for _, d := range []string{" – ", " — ", " --- ", " -- ", " - ", ": "} {
		if i := indexText(head, d); i > 0 && (cut < 0 || i < cut) {
			cut, dash = i, len(d)
		}
	}
	if cut < 0 {
		return 0, ""
	}
	colon := dash == len(": ")
	head = head[:cut]
	// "11 July 2025 — Secretary X met …": a date alone before a dash
	// opens the lead as a dateline does, with no place.
	if !colon && len(head) >= 8 {
		if d, ok := findDate(head); ok && d.start == 0 && d.end == len(head) && d.year != 0 {
			return cut + dash, ""
		}
	}
	k := len(head)
	for _, stop := range []string{", ", " ("} {
		if i := indexText(head, stop); i > 0 && i < k {
			k = i
		}
	}
	city = head[:k]
	if len(city) < 3 || len(city) > 30 {
		return 0, ""
	}
	capitals := strings.ToUpper(city) == city
	for _, w := range strings.Fields(city) {
		// ("Port of Spain", "Dar es Salaam")
		if !isCapWord(w) && !isNameConnector(w) && w != "of" && w != "es" {
			return 0, ""
		}
	}
	if capitals {
		ws := strings.Fields(city)
		for i, w := range ws {
			ws[i] = familyWord(w)
		}
		city = strings.Join(ws, " ")
	}
	// A place in capitals, one with an agency or a date after it, or a
	// capital: "Foreign Minister X – …" is no dateline.
	// Before a colon, only a place with a day: "Sakhir, Feb. 11 (BNA):
	// The King received …", where "The Minister: …" is none.
	rest := head[k:]
	digits := strings.ContainsAny(rest, "0123456789")
	// ("NEW DELHI: External Affairs Minister …": a capital in capitals
	// is a dateline before a colon too.)
	if colon && !digits && !(capitals && country.Capital(city) != "") || !capitals && !strings.Contains(rest, "(") && !digits && country.Capital(city) == "" {
		return 0, ""
	}
	return cut + dash + datelineDate(lead[cut+dash:]), city
}

// datelineDateRE is a date set off by its own dash after a dateline's
// place: "APIA, SAMOA — 4 JUNE 2025 — The Prime Minister …".
var datelineDateRE = lazyRegexp(`^(?:\d{1,2}(?:st|nd|rd|th)? \p{L}+\.?,? \d{4}|\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})(?: – | — | -- | - )`)

// datelineDate returns the length of a date and its dash that open s, or
// 0.
func datelineDate(s string) int {
	if s == "" || !strings.ContainsAny(s[:min(len(s), 4)], "0123456789") && !isCapWord(s) {
		return 0
	}
	if m := datelineDateRE.FindStringIndex(s[:min(len(s), 40)]); m != nil {
		return m[1]
	}
	return 0
}

// cityOfCountry gives the place of a meeting that its lead places only in
// a country ("who is paying an official visit to the Lao PDR", "paid a
// working visit to the Republic of Moldova") the city of that country the
// page states: the capital of its dateline ("Vientiane, 18 July 2025 –"),
// else a capital that opens a later sentence ("In Chișinău, Budrys also
// met …"), else the country's capital after "in" in any of the page's
// lines ("… co-chaired the Strategic Dialogue in Tokyo"). Any other place
// is returned as it is.
func cityOfCountry(place, datelineCity string, sents, lines []string) string {
	// The capitals the page states are looked for first: most pages
	// state none, and the place is then not read again.
	var cities []string
	if datelineCity != "" && country.Capital(datelineCity) != "" {
		cities = append(cities, datelineCity)
	}
	for _, s := range sents {
		if rest, ok := strings.CutPrefix(s, "In "); ok {
			if i := strings.Index(rest, ", "); i > 0 && i <= 30 && country.Capital(rest[:i]) != "" {
				cities = append(cities, rest[:i])
			}
		}
	}
	if len(cities) > 0 {
		if code, ok := countryName(place); ok {
			for _, c := range cities {
				if country.Capital(c) == code {
					return c
				}
			}
		}
	}
	// "paid an official visit to Japan … 2. … co-chaired the Strategic
	// Dialogue in Tokyo": the country's capital after "in" anywhere on
	// the page. (A place of more than three words, a venue as a rule, is
	// not looked up.)
	if strings.Count(place, " ") > 2 {
		return place
	}
	cn, ok := country.Lookup(place)
	if !ok || slices.Contains(cn.Demonyms, place) {
		return place
	}
	for _, l := range lines {
		for from := 0; ; {
			i := indexText(l[from:], " in ")
			if i < 0 {
				break
			}
			from += i + len(" in ")
			if from < len(l) && isUpperByte(l[from]) {
				if c := capitalAt(l[from:]); c != "" && country.Capital(c) == cn.Code && !futureInSentence(l, from) {
					return c
				}
			}
		}
	}
	return place
}

// laterVenue is the venue a meeting's sentence in the two paragraphs
// after the lead states ("2. On 5 May, the Minister of Foreign Affairs
// of Malaysia … received the visiting Minister at Wisma Putra,
// Putrajaya."), for a lead that placed its meeting in a country alone
// ("undertook an Official Visit to Malaysia"); "" when none does, or
// when it is a country too.
func laterVenue(lines []string, lead string) string {
	for _, l := range afterLead(lines, lead, 2) {
		for _, s := range splitSentences(l) {
			loc := findFrame(s)
			if loc == nil {
				continue
			}
			// (A venue, a venue and its city or a capital only: "welcomed
			// X to Japan, and stated that Japan attaches importance to the
			// Comprehensive Strategic Partnership" places nothing.)
			p := placeOf(s, loc[0])
			if _, ok := countryName(p); p != "" && !ok && (venueNoun(" "+p) || strings.Contains(p, ", ") || country.Capital(p) != "") {
				return p
			}
		}
	}
	return ""
}

// topicAbout is where " about " opens the talks' subject in s, past any
// that opens a duration ("for about 90 minutes", "about an hour"); -1
// when none does.
func topicAbout(s string) int {
	for from := 0; ; {
		i := indexText(s[from:], " about ")
		if i < 0 {
			return -1
		}
		i += from
		from = i + len(" about ")
		rest := s[from:]
		if rest != "" && '0' <= rest[0] && rest[0] <= '9' || hasAnyPrefix(rest, []string{"an hour", "half an hour", "one hour", "two hours", "three hours", "forty", "thirty", "twenty", "fifty", "forty-five"}) {
			continue
		}
		return i
	}
}

// capitalAt returns the capital whose name of one to three words opens
// s, or "".
func capitalAt(s string) string {
	end := 0
	for n := 0; n < 3; n++ {
		j := end
		for j < len(s) && (isWordByte(s[j]) || s[j] >= utf8.RuneSelf || s[j] == '-' || s[j] == '\'') {
			j++
		}
		if j == end {
			break
		}
		if country.Capital(s[:j]) != "" {
			return s[:j]
		}
		if j >= len(s) || s[j] != ' ' || j+1 >= len(s) || !isUpperByte(s[j+1]) {
			break
		}
		end = j + 1
	}
	return ""
}

// datelinePlace gives a meeting in person its lead does not place the
// place of the page's dateline, when the page says the meeting was there:
// the dateline's line before the lead, written in capitals or with an
// ordinal day ("ABU DHABI, 12th May 2025"), or with a dash ("Port Sudan –
// 10 February 2025"), else the lead's own dateline. A capital is where a
// minister receives (as for leadDatelineCity), for a meeting of a known
// kind; a city that is no capital ("Munich, 15 February 2025") is taken
// only when the title names it too ("… holds meetings at the Munich
// Security Conference"); and either is when the lead puts the meeting in
// the host's own building ("received in his office", "at the Ministry"),
// which stands in the city the page was issued from. It is "" otherwise.
func datelinePlace(header []string, lead, title string, kindKnown bool) string {
	city := headerDatelineCity(header)
	if city == "" {
		city = leadDatelinePlace(lead)
	}
	if city == "" {
		return ""
	}
	switch {
	case kindKnown && (country.Capital(city) != "" || containsText(title, city)):
		return city
	case ownPremises(lead[:min(len(lead), 400)]):
		return city
	// ("Strasbourg 10/04/2025" over "Secretary General X met today with
	// Y, …": a meeting the lead dates on the dateline's own day, on its
	// own line over it, and places nowhere else was where the page was
	// issued.)
	case kindKnown && headerDatelineCity(header) == city && containsText(lead[:min(len(lead), 200)], " today "):
		return city
	}
	return ""
}

// slashDateRE is a date in figures with slashes and its year, as a
// dateline writes it: "10/04/2025".
var slashDateRE = lazyRegexp(`^\d{1,2}/\d{1,2}/\d{4}$`)

// ownPremises reports whether a lead puts its meeting in the host's own
// building, named by its kind alone: "in his office", "at the Ministry",
// "in the building of the Ministry", "at the Ministry's headquarters".
func ownPremises(lead string) bool {
	return containsAny(lead, " in his office", " in her office", " at his office", " at her office", " at the Ministry,",
		" at the Ministry ", " at the Ministry.", " at the Ministry's headquarters", " in the building of the Ministry",
		" at the headquarters of the Ministry", " at the Foreign Ministry")
}

// headerDatelineCity reads a dateline on a line of its own among the
// lines before the lead: a place of capitalized words, then a comma or a
// dash and a date with its year ("ABU DHABI, 12th May 2025", "Port Sudan
// – 10 February 2025", "Munich, 15 February 2025"). The place is given
// with normal capitals; "" when no line is one.
func headerDatelineCity(lines []string) string {
	for _, l := range lines {
		// "Foreign Ministry | Press Release 58 | Mexico City, February
		// 11, 2025": the part in bars that holds the date.
		if i := strings.LastIndex(l, " | "); i >= 0 {
			l = l[i+len(" | "):]
		}
		if len(l) > 60 || !strings.ContainsAny(l, "0123456789") {
			continue
		}
		k, sep := -1, 0
		for _, d := range []string{", ", " – ", " — ", " - "} {
			if i := strings.Index(l, d); i > 0 && (k < 0 || i < k) {
				k, sep = i, len(d)
			}
		}
		// ("Strasbourg 10/04/2025": or a space before a date in figures
		// with slashes.)
		if k < 0 {
			if i := strings.LastIndexByte(l, ' '); i >= 3 && i <= 30 && slashDateRE.MatchString(l[i+1:]) {
				k, sep = i, 1
			}
		}
		if k < 3 || k > 30 {
			continue
		}
		if _, ok := parseDateLine(l[k+sep:]); !ok && !slashDateRE.MatchString(l[k+sep:]) {
			continue
		}
		ws := strings.Fields(l[:k])
		ok := true
		for i, w := range ws {
			if !isCapWord(w) && !isNameConnector(w) && w != "of" && w != "es" {
				ok = false
				break
			}
			if strings.ToUpper(l[:k]) == l[:k] {
				ws[i] = familyWord(w)
			}
		}
		if ok {
			return strings.Join(ws, " ")
		}
	}
	return ""
}

// heldPlace reads the venue of a session that a paragraph before the
// lead reports in the passive, as a communiqué's first point does when
// its lead is the second ("1. The 12th Session of the Joint Commission …
// was held at the Mulungushi International Conference Centre in Lusaka
// from 22nd to 25th July 2025. 2. The Ministerial Session … was
// co-chaired by …"); "" when none does. body holds the lines from the
// page's first, markers and all.
func heldPlace(body []string, lead string) string {
	for _, l := range body[:min(len(body), 3)] {
		if m, ok := parseMarker(l); ok {
			l = m.rest
		}
		if l == lead || containsText(lead, l) {
			return ""
		}
		for _, s := range splitSentences(l) {
			if k := heldAt(s); k > 0 {
				return placeOf(s, k)
			}
		}
	}
	return ""
}

// titleCapital returns the capital a headline places its meeting in
// ("Foreign Minister meets Egyptian counterpart in Cairo", "… in New
// Delhi: …", "… in Nairobi on 3 May"), or "". A capital after a word of
// what is to come ("ahead of the summit in Seoul") or of a matter ("on
// the situation in Khartoum") is not the meeting's.
func titleCapital(title string) string {
	i := strings.LastIndex(title, " in ")
	if i < 0 {
		return titleVenue(title)
	}
	if topicBefore(title[:i]) || futureAt(title[:i]) >= 0 || containsAny(title[:i], " to visit ", " will ") {
		return ""
	}
	rest := title[i+len(" in "):]
	rest = rest[:chunkEnd(rest, []string{":", " on ", " – ", " — ", " - ", ", ", " (", " |"})]
	rest = strings.TrimRight(rest, ".!")
	if country.Capital(rest) == "" {
		return titleVenue(title)
	}
	return rest
}

// titleVenue returns the building a headline places its meeting in,
// named with a venue's word ("… holds talks with President of the
// Philippines at Hyderabad House", "… at the Élysée Palace"), or "".
func titleVenue(title string) string {
	i := strings.LastIndex(title, " at ")
	if i < 0 || futureAt(title[:i]) >= 0 {
		return ""
	}
	rest := title[i+len(" at "):]
	rest = rest[:chunkEnd(rest, []string{":", " on ", " – ", " — ", " - ", " (", " |", " to ", " for "})]
	rest = strings.TrimRight(rest, ".!")
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, "the ")); !unicode.IsUpper(r) || !venueNoun(" "+rest) {
		return ""
	}
	return cleanPlace(rest)
}

// venueField reads a field of a page's header that states the meeting's
// place: "Venue: Iikura Guest House, Tokyo", "Place: Hanoi". "" when no
// line is one.
func venueField(lines []string) string {
	for _, l := range lines {
		for _, f := range []string{"Venue: ", "Place: ", "Location: ", "Venue : ", "Place : "} {
			if v, ok := strings.CutPrefix(l, f); ok {
				return cleanPlace(v)
			}
		}
	}
	return ""
}

// afterLead returns the first n lines of lines that are not the lead nor
// part of it.
func afterLead(lines []string, lead string, n int) []string {
	var out []string
	for _, l := range lines {
		if len(out) == n {
			break
		}
		if l != lead && !containsText(lead, l) {
			out = append(out, l)
		}
	}
	return out
}

// laterHeldPlace reads the place of a meeting a sentence of the two
// paragraphs after the lead gives: "The meeting took place at the
// Ministry of Foreign Affairs in Jakarta.", "The talks were held at the
// Diaoyutai State Guesthouse.", "The meeting, held at the Great Hall of
// the People, focused on …". "" when none does.
func laterHeldPlace(body []string, lead string) string {
	for _, l := range afterLead(body, lead, 2) {
		if !containsAny(l, "The meeting", "The talks", "The bilateral meeting", "The consultations", "The discussions") {
			continue
		}
		for _, s := range splitSentences(l) {
			if !hasAnyPrefix(s, placedMeetings) {
				continue
			}
			k := heldAt(s)
			if k <= 0 {
				if i := indexText(s, ", held "); i > 0 && i < 40 {
					k = i + len(", held")
				}
			}
			if k > 0 {
				if p := placeOf(s, k); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// envoyOfficeBefore says whether s ends with an envoy's office ("the
// Ambassador of the Republic of Korea", "the Japanese Ambassador"): its
// words after the office's are capitalized or "of", "the", "and".
func envoyOfficeBefore(s string) bool {
	tail := s[strings.LastIndex(s, ", ")+1:]
	k := -1
	for _, o := range envoyOffices {
		k = max(k, strings.LastIndex(tail, o))
	}
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(tail[k:]) {
		if w != "of" && w != "the" && w != "and" && !isCapWord(w) {
			return false
		}
	}
	return true
}

// restatedPlace is the place a later sentence of the lead gives the
// meeting its first sentence told without one, each naming both sides: a
// page's summary over its text ("X hosted Y for talks on European
// security." / "X hosted Y at Chevening House in Kent today, …"). ""
// when none does.
func restatedPlace(lead string, ps []person) string {
	if len(ps) != 2 || ps[0].name == "" || ps[1].name == "" {
		return ""
	}
	sents := splitSentences(lead)
	for _, s := range sents[min(1, len(sents)):] {
		loc := findFrame(s)
		if loc == nil || !containsText(s, lastWord(ps[0].name)) || !containsText(s, lastWord(ps[1].name)) {
			continue
		}
		if p := placeOf(s, loc[0]); p != "" {
			return p
		}
	}
	return ""
}
