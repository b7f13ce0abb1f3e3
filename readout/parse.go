package readout

import (
	"cmp"
	"errors"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/readout-bot/readout/country"
)

// ErrEmpty is returned by Parse for a document with neither title nor body.
var ErrEmpty = errors.New("readout: empty document")

// maxBody caps the body Parse reads; longer input is cut (at a line end
// where possible) so that parsing time stays bounded.
const maxBody = 4 << 20

var (
	tagRE           = lazyRegexp(`<[^<>]*>`)
	categoryRE      = lazyRegexp(`(?i)^(?:.{0,60}\brelations|press releases?|news(?: releases?)?|statements?|readouts?|diplomatic (?:relations|activities)|speeches and statements(?: by the prime minister)?|the prime minister in action|briefing room|statements and releases|briefings? (?:&|and) statements|foreign policy|press conferences?|top page|home)$`)
	summarySuffixRE = lazyRegexp(`\s*[(（](?:Summary|Overview|Outline)[)）]$`)
	pairRE          = lazyRegexp(`^(.+?)\s+Relations$`)
)

// Parse turns a document into a Readout. The body may be plain text or
// HTML: a feed item's content, or a page the fetching side has reduced to
// its readout (package extract); see ExtractHTML. Parse fills the
// title (taking the meeting title when the page title is a category such
// as "Japan-Cambodia Relations"), the meeting facts and participants of the
// lead, the numbered sections with a summary each, key points, the parties
// and the countries merely mentioned, anniversaries, pledges, attachments
// and the full plain text. It is pure and deterministic.
func Parse(doc Document) (*Readout, error) {
	lines, attachments, pageTitle := bodyLinesOf(doc)
	c := cleanLines(lines)
	c.lines = splitRunIns(splitFlatLines(dropListCrumbs(c.lines)))
	attachments = mergeAttachments(attachments, c.attachments)
	if normalizeSpace(doc.Title) == "" && len(c.lines) == 0 {
		return nil, ErrEmpty
	}

	h := readHeader(c.lines)
	// A transcript's lead is a speech: its headline ("Remarks by A and B
	// before their meeting") or its speakers' labels say who met, and the
	// short lines before its first turn are its header.
	tr, isTranscript := transcriptOf(c.lines[h.end:])
	if isTranscript {
		h = transcriptHeader(h, c.lines)
	}
	title, category := titleOf(normalizeSpace(doc.Title), pageTitle, h, c.captions)
	published, ref := publicationDates(doc.Published, h, title)
	plainHeadings(c.lines[h.end:])
	lead, rest, numbered := leadOf(c.lines[h.end:])
	f := parseLead(lead, titleDateOf(title, ref), ref)
	// "X and Y spoke to the media before their bilateral meeting at the
	// Treasury Building": a speech to the press is no call.
	if isCall(f.kindFromLead) && spokeOnlyToPress(lead, callKindRE) {
		f.kindFromLead = meetingKind(pressSpokeRE.ReplaceAllString(lead, ""))
	}
	// "X traveled to Haiti. He was accompanied by Y and Z." / "… the
	// delegation met with …": a lead whose subject is "the delegation"
	// or "he" names the traveller in the paragraph before it.
	if !slices.ContainsFunc(f.principals, func(p person) bool { return p.subject }) {
		if p, ok := travellerBefore(c.lines[h.end:], lead); ok {
			p.subject = true
			f.principals = append([]person{p}, f.principals...)
			// "X traveled to Haiti …" / "… the delegation met with …":
			// the delegation met where it had travelled.
			if k := slices.Index(c.lines[h.end:], lead); f.meeting.Location == "" && k > 0 {
				if m := travelledToRE.FindStringSubmatch(c.lines[h.end+k-1]); m != nil {
					f.meeting.Location = m[1]
				}
			}
		}
	}
	if isTranscript {
		texts := []string{title, strings.Join(c.lines, "\n")}
		for _, l := range []string{remarksTitleLead(title), tr.labelsLead(texts...)} {
			if l == "" {
				continue
			}
			f.meeting.StartLocal = cmp.Or(f.meeting.StartLocal, h.start)
			if tf := parseLead(l, "", ref); len(tf.principals) >= 2 {
				// ("PRIME MINISTER ALBANESE": a speaker the page names by
				// his family name alone is the known holder of it.)
				for i, p := range tf.principals {
					if n := country.HolderName(p.name); n != "" && fullerName(p.name, texts...) == p.name {
						tf.principals[i].name = n
					}
				}
				f.principals = tf.principals
				f.kindFromLead = cmp.Or(f.kindFromLead, tf.kindFromLead)
				break
			}
		}
	}
	// "On the margins of the OSCE Ministerial Council in Vienna, Minister
	// X held several bilateral meetings." over the lead of the first: each
	// was held in the event's city.
	if k := slices.Index(c.lines[h.end:], lead); f.meeting.Location == "" && k > 0 && !isCall(f.kindFromLead) {
		before := c.lines[h.end+k-1]
		if m := marginsRE.FindStringSubmatchIndex(before); m != nil && multiMeetingRE.MatchString(before) {
			f.meeting.Location = eventCity(before[m[3]:])
		}
	}
	// ("On the margins of the UN General Assembly in New York, Minister X
	// held several bilateral meetings." as the lead itself.)
	if f.meeting.Location == "" && !isCall(f.kindFromLead) {
		if m := marginsRE.FindStringSubmatchIndex(lead); m != nil && multiMeetingRE.MatchString(lead) {
			if i := strings.LastIndex(lead[m[2]:m[3]], " in "); i >= 0 {
				f.meeting.Location = eventCity(lead[m[2]+i : m[3]])
			}
		}
	}
	// "Foreign Minister X's Meeting with Foreign Minister Y of Nigeria"
	// over a lead that names no one ("the two Foreign Ministers held a
	// meeting"): the headline names the principals.
	if len(f.principals) == 0 && title != "" {
		tf := parseLead(headlineAsLead(title), "", ref)
		// ("I had a call with Prime Minister of Denmark X": a post's
		// first line, its headline, in its author's words.)
		if namedSides(tf.principals) || len(tf.principals) == 2 && tf.principals[0].firstPerson && tf.principals[1].name != "" {
			f.principals = tf.principals
		}
	}
	if len(f.principals) == 0 {
		f.principals = representedPrincipals(lead)
	}
	if len(f.principals) == 0 {
		f.principals = laterMeetingPrincipals(rest, lead, ref)
	}
	f.talksNext(rest, lead)
	f.tripFirstDay(rest, lead, ref)
	f.laterDay(rest, lead, ref)
	if f.meeting.StartLocal == "" {
		f.meeting.StartLocal = laterStart(rest, lead)
	}
	// "1. Date and time: Monday, 24 February 2025, 15:00–16:10": a
	// form's field gives the start.
	// ("Date: Tuesday 18 March 2025 Time: 11.30 Location: …": or a
	// field among others run together on one line.)
	for _, fl := range slices.Concat(h.fields, h.titles) {
		if f.meeting.StartLocal == "" && hasAnyPrefix(fl, []string{"Date and time: ", "Date and Time: ", "Time: "}) {
			f.meeting.StartLocal = fieldStart(fl)
		}
		if i := strings.Index(fl, " Time: "); f.meeting.StartLocal == "" && i > 0 && hasAnyPrefix(fl, fieldLabels) {
			f.meeting.StartLocal = fieldStart(untilField(fl[i+1:]))
		}
	}
	// A sentence is about 120 bytes.
	cache := newSentCache(linesLen(c.lines[h.end:]) / 120)
	page := strings.Join(c.lines, "\n")
	pageSents, afterLeadAt := lineSentences(c.lines[h.end:], lead, cache)
	f.principals = append(f.principals, laterJoined(pageSents[afterLeadAt:], f.principals)...)

	r := &Readout{
		URL:       doc.URL,
		Publisher: cmp.Or(doc.Publisher, publisherName(doc.URL)),
		Published: published,
		Lead:      lead,
	}
	pub := cmp.Or(doc.PublisherCountry, inferPublisherCountry(doc.URL, title))
	r.Meeting, r.Title = meetingOf(f, title, category)
	// A meeting in person that its lead does not place is where the page
	// was issued, when a capital's dateline says so ("Doha, April 15,
	// 2025" over "… met with … Nawaf Salam, who is currently visiting
	// the country").
	// "X and his Japanese counterpart, Y, agreed …" / "X and Y held talks
	// in Tokyo ahead of …": the next line places the pair's talks, where
	// the dateline names the city the story was filed in.
	if r.Meeting.Location == "" && r.Meeting.Kind != "" && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = pairTalksPlace(c.lines[h.end:], lead, f.principals)
	}
	if r.Meeting.Location == "" && h.city != "" && r.Meeting.Kind != "" && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = h.city
	}
	// So is one named by the lead's own dateline ("DUBLIN, 3 March –"),
	// also over a session two sides' principals co-chaired ("MOMBASA, 14
	// May 2025 – The 8th Session … was co-chaired by X … and Y …"),
	// which no meeting's word names.
	if r.Meeting.Location == "" && (r.Meeting.Kind != "" || twoSides(f.principals)) && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		if c := leadDatelineCity(lead); c != "" {
			r.Meeting.Location = c
		}
	}
	// So is one whose session a paragraph before the lead reports
	// ("1. The 12th Session … was held at … in Lusaka").
	if r.Meeting.Location == "" && numbered && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = heldPlace(c.lines[h.end:], lead)
	}
	// So is one a dateline in capitals or of a city that is no capital
	// places, when the page says the meeting was there (datelinePlace).
	if r.Meeting.Location == "" && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = datelinePlace(h.titles, lead, r.Title, r.Meeting.Kind != "")
	}
	// So is one a field of the page's header states ("Venue: Iikura
	// Guest House, Tokyo"), one a sentence of the next paragraphs places
	// ("The meeting took place at …"), and one whose headline alone
	// places it in a capital or a venue ("… in Cairo", "… at Hyderabad
	// House").
	if r.Meeting.Location == "" && r.Meeting.Kind != "" && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = venueField(h.titles)
		if r.Meeting.Location == "" {
			r.Meeting.Location = laterHeldPlace(rest, lead)
		}
		if r.Meeting.Location == "" {
			r.Meeting.Location = titleCapital(r.Title)
		}
	}
	// (A lead whose first sentence, the page's summary, places nothing:
	// its text's sentence may, restatedPlace.)
	if r.Meeting.Location == "" && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = restatedPlace(lead, f.principals)
	}
	// A transcript's turns may say where its speakers met ("to welcome
	// President X to NATO Headquarters").
	if r.Meeting.Location == "" && isTranscript && !isCall(r.Meeting.Kind) {
		r.Meeting.Location = spokenPlace(c.lines[h.end:])
	}
	// A form's "Venue:" field states the place itself, over what the
	// lead gives ("Secretary X, who is visiting Japan").
	if v := venueField(h.fields); v != "" && !isCall(r.Meeting.Kind) && !isCall(f.kindFromLead) {
		r.Meeting.Location = v
	}
	// "on the margins of the eightieth session of the General Assembly"
	// under a dateline "New York, 23 September 2025": an event's name
	// alone gives way to the city the dateline names.
	event := "" // the event a dateline's city replaced as the place
	// ("the 38th Ordinary Session of the Assembly of the African Union"
	// under "Addis Ababa, 15 February 2025" is one too.)
	if loc := r.Meeting.Location; loc != "" && (eventWords[lastWord(loc)] || eventOfName(loc)) && !strings.Contains(loc, ", ") {
		if city := cmp.Or(h.city, headerDatelineCity(h.titles)); city != "" && !containsText(loc, city) {
			r.Meeting.Location = city
			event = loc
		}
	}
	if r.Meeting.Location != "" {
		// A country alone gives way to its capital the dateline (on its
		// own line or opening the lead) or a later sentence names.
		city := h.city
		if city == "" {
			city = leadDatelineCity(lead)
		}
		r.Meeting.Location = cityOfCountry(r.Meeting.Location, city, pageSents, c.lines[h.end:])
		if _, ok := countryName(r.Meeting.Location); ok {
			// ("who arrived in Uzbekistan on a state visit" … "The
			// meeting took place in Samarkand.")
			r.Meeting.Location = cmp.Or(laterVenue(c.lines[h.end:], lead), laterHeldPlace(rest, lead), r.Meeting.Location)
		}
	}
	r.Participants = participantsOf(f, pub, r.Title, page)
	if (pub == "JP" || pub == "KR") && !ref.IsZero() && ref.Year() >= familyFirstSince {
		japaneseFamilyFirst(r.Participants, page, pub == "KR")
	} else if writesJapaneseFamilyFirst(r.Participants) {
		// "Japanese Minister for Foreign Affairs Iwaya Takeshi and
		// Minister of Defense Nakatani Gen" on Australia's page: a
		// known holder's name turned around shows the page writes
		// Japanese names family name first, the others' too.
		japaneseFamilyFirst(r.Participants, page, true)
	}
	// "The Head of State held talks with …" under "Kassym-Jomart Tokayev
	// holds talks with …": the headline names him.
	for i, p := range r.Participants {
		if p.Name == "" && p.Country == pub && (p.Title == "Head of State" || p.Title == "Head of Government") {
			if n := headlineSubject(r.Title, pub, ref); n != "" {
				r.Participants[i].Name = n
			}
		}
	}
	r.FollowOn = f.followOn
	r.Parties = partiesOf(pub, r.Title, r.Participants, f.sides)
	// (The page's first lines say so, before the lead when a meeting's
	// frame opens only the second.)
	multi := multiMeeting(r.Title, lead+" "+strings.Join(c.lines[h.end:min(len(c.lines), h.end+2)], " "))
	hosts := laterHosts(pageSents, subjectName(r.Participants, pub), r.Participants, r.Parties, pub, multi, r.Meeting.Location)
	hosts = append(hosts, guestCalls(pageSents, append(r.Participants, hosts...), r.Parties, pub)...)
	if !slices.ContainsFunc(r.Participants, func(p Participant) bool { return p.Country == pub }) {
		hosts = append(hosts, homeHost(pageSents[afterLeadAt:], pub)...)
	}

	ownFirst(r.Participants, pub)
	var bodyLines []string
	r.Sections, bodyLines = sectionsOf(lead, rest, numbered)
	if multi || meetingHeadings(r.Sections) >= 2 {
		// ("Minister X held several bilateral meetings.": the page's
		// own principal is the subject of its lead.)
		if p, ok := multiSubject(lead, pub); ok && !slices.ContainsFunc(r.Participants, func(q Participant) bool { return q.Country == pub }) {
			hosts = append(hosts, person2(p, p.name, pub, RolePrincipal, ""))
		}
		hosts = append(hosts, headedMeetings(r.Sections, append(r.Participants, hosts...), pub)...)
	}
	titleBody := joinLinesAfter(r.Title, bodyLines)
	r.Body = titleBody[len(r.Title)+1:]
	// Hosts named only in later paragraphs are left to the summaries and
	// the list as any other name of the text: the lead does not name them.
	sp := newSpeakers(r.Participants, r.Parties, pub, titleBody)
	// (A host read again from the lead, as the lead's own reading names
	// it, is the same person.)
	if len(hosts) > 0 {
		sp.hostOthers = newSpeakers(hosts, r.Parties, pub, titleBody).others
	}
	for _, h := range hosts {
		r.Participants = appendParticipant(r.Participants, h)
		// (The meetings of a page of several, and of a trip, have sides
		// of their own.)
		if h.Country != "" {
			r.Parties = appendUnique(r.Parties, h.Country)
		}
	}
	sp.place = r.Meeting.Location
	sp.event = event
	sp.call = isCall(r.Meeting.Kind)
	sp.spoken = map[string]string{}
	if isTranscript {
		sp.turnTexts = []string{r.Title, page}
	}
	sp.me = firstPersonName(f.principals, r.Participants, pub, titleBody)
	// "X issued the following statement today after meeting with Y:"
	// over "I was delighted to meet …": the statement's "I" is X.
	if sp.me == "" && statementIntro(lead) {
		for _, p := range f.principals {
			if p.subject && p.name != "" {
				sp.me = shortName(displayName(p.name, personCountry(p), false), titleBody, customOf(personCountry(p)))
				break
			}
		}
	}
	// The subject of the points is the line before the first of them:
	// the lead's, or a line of its own after the lead ("During the
	// talks, the two Ministers:").
	intro := lead
	if len(r.Sections) > 0 && r.Sections[0].Number == "" && r.Sections[0].Text != "" {
		intro = r.Sections[0].Text[strings.LastIndexByte(r.Sections[0].Text, '\n')+1:]
	}
	sp.points = pointsSubject(intro, numbered)
	// ("Highlights", "About the IDB": a label's block is summarized with
	// the text before it, or, the publisher's boilerplate, not at all.)
	summed, restore := setAsideLabels(r.Sections)
	r.KeyPoints = summarizeSections(summed, r.Body, sp, cache)
	r.Sections = restore(summed)
	r.Mentioned = []string{}
	for _, code := range cache.bodyCountries(r.Body) {
		if !contains(r.Parties, code) {
			r.Mentioned = appendUnique(r.Mentioned, code)
		}
	}

	// (The sentences are counted first, from the cache, so that the list
	// is made once at its length.)
	n := 0
	for _, l := range bodyLines {
		n += len(cache.splitSentences(l))
	}
	sents := make([]string, 0, n)
	for _, l := range bodyLines {
		sents = append(sents, cache.splitSentences(l)...)
	}
	year := 0
	if !ref.IsZero() {
		year = ref.Year()
	}
	r.Anniversaries = anniversariesOf(sents, year, r.Parties, cache)
	r.Pledges = pledgesOf(sents, cache)
	if attachments == nil {
		attachments = []Attachment{}
	}
	r.Attachments = attachments
	r.ProvisionalTranslation = c.provisional
	cache.release()
	return r, nil
}

// travelledToRE reads where a traveller went: "traveled to Haiti",
// "travelled to Port Moresby".
var travelledToRE = lazyRegexp(`\btravell?ed to (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\b`)

// travellerBefore reads the traveller of a lead whose subject is "the
// delegation", "he" or "she" from the paragraph before it: the nearest
// sentence that opens with one named person.
func travellerBefore(lines []string, lead string) (person, bool) {
	k := slices.Index(lines, lead)
	if k <= 0 {
		return person{}, false
	}
	sents := splitSentences(lead)
	main := ""
	for _, s := range sents {
		if findFrame(s) != nil {
			main = s
			break
		}
	}
	if main == "" || !pronounSubject(main) || slices.Index(sents, main) > 0 {
		return person{}, false
	}
	before := splitSentences(lines[k-1])
	for j := len(before) - 1; j >= 0; j-- {
		if ps := sentenceSubject(before[j]); len(ps) == 1 && ps[0].name != "" {
			return ps[0], true
		}
	}
	return person{}, false
}

// meetingHeadingRE reads a section's heading that names the meeting the
// section reports: "Meeting with the Prime Minister of Canada".
// ("Secretary-General's meeting with H.E. Mr. X, President of Y": after
// its host's office, naming the guest with his own.)
var meetingHeadingRE = lazyRegexp(`^(?:\p{Lu}[\p{L}'’-]* ){0,3}(?:[Bb]ilateral )?(?:[Mm]eeting|[Tt]alks|[Cc]all|[Tt]elephone call|[Cc]onversation) with (?:the )?(.{6,170}?)\.?$`)

// meetingHeadingOf is meetingHeadingRE's submatches in heading, or nil.
// (Every match holds " with ": the expression, whose lazy name
// backtracks, runs only on a heading that does.)
func meetingHeadingOf(heading string) []string {
	if !strings.Contains(heading, " with ") {
		return nil
	}
	return meetingHeadingRE.FindStringSubmatch(heading)
}

// headedMeetings reads, on a page of several meetings, the one each
// section's heading names: the holder of the heading's office, named in
// the section ("**Meeting with the Prime Minister of Canada**" over "Prime
// Minister thanked the Prime Minister of Canada, H.E. Mr. Mark Carney,
// …").
func headedMeetings(secs []Section, have []Participant, pub string) []Participant {
	var out []Participant
	for _, sec := range secs {
		m := meetingHeadingOf(sec.Heading)
		if m == nil {
			continue
		}
		p, ok := headedPerson(sec.Text, m[1])
		code := ""
		if !ok {
			// (The heading names the guest: "… with H.E. Mr. X,
			// President of Y".)
			ps, _ := counterpartPersons(m[1])
			if len(ps) == 1 && ps[0].name != "" && !ps[0].unnamed {
				p = ps[0]
			} else if code = headingSide(m[1]); code != "" && !slices.ContainsFunc(append(have, out...), func(q Participant) bool { return q.Country == code }) {
				// (The heading names the office, the text its holder
				// without it: "With Mauro Vieira, the minister …"; or
				// an office the frames do not read, "H.E. Mr. X,
				// Chairperson of the African Union Commission".)
				name := cmp.Or(firstFullName(m[1], append(have, out...)), firstFullName(firstSentenceOf(sec.Text), append(have, out...)))
				if name == "" {
					continue
				}
				office := m[1]
				if _, after, ok := strings.Cut(office, name+", "); ok {
					office = after // ("H.E. Mr. X, Chairperson of …")
				}
				p = person{name: name, title: office, countryText: office}
			} else {
				continue
			}
		}
		code = cmp.Or(personCountry(p), code)
		same := func(q Participant) bool { return sameFamily(q.Name, p.name) }
		if code == "" || code == pub || slices.ContainsFunc(have, same) || slices.ContainsFunc(out, same) {
			continue
		}
		out = append(out, person2(p, p.name, code, RolePrincipal, ""))
	}
	return out
}

// headedPerson finds, in the text of a section whose heading names office
// ("Foreign Minister of Finland"), the one who holds it: named with the
// office as the heading writes it, else the first person named with that
// country's name or demonym ("With Finnish Foreign Minister X, the
// minister discussed …").
func headedPerson(text, office string) (person, bool) {
	one := func(s string) (person, bool) {
		ps, _ := counterpartPersons(s)
		if len(ps) != 1 || ps[0].name == "" || ps[0].unnamed {
			return person{}, false
		}
		return ps[0], true
	}
	if i := indexText(text, office); i >= 0 {
		return one(text[i:])
	}
	code := countryOf(office)
	if code == "" {
		return person{}, false
	}
	for _, m := range country.Find(text) {
		if m.Code != code {
			continue
		}
		// ("With Finnish Foreign Minister X, the minister …": the
		// phrase to its comma first, then as far as the office reads.)
		s := text[m.Start:]
		if k := strings.Index(s, ", "); k > 0 {
			if p, ok := one(s[:k]); ok && personCountry(p) == code {
				return p, true
			}
		}
		if p, ok := one(s); ok && personCountry(p) == code {
			return p, true
		}
	}
	return person{}, false
}

// bodyLinesOf reads a document's body, capped at maxBody, as lines of
// text: HTML is extracted (ExtractHTML), with its attachments and page
// title.
func bodyLinesOf(doc Document) (lines []string, attachments []Attachment, pageTitle string) {
	body := doc.Body
	if len(body) > maxBody {
		cut := strings.LastIndexByte(body[:maxBody], '\n')
		if cut < maxBody/2 {
			cut = maxBody
		}
		body = body[:cut]
	}
	if !looksHTML(body) {
		return textLines(unescapeText(body)), nil, ""
	}
	text, atts, t, err := ExtractHTML(body, doc.URL)
	if err != nil {
		// Markup the HTML parser refuses (e.g. nested too deeply): drop
		// the tags and read what is left as text.
		return textLines(unescapeText(tagRE.ReplaceAllString(body, "\n"))), nil, ""
	}
	return strings.Split(text, "\n"), atts, t
}

// titleOf chooses the readout's title and the page's category: the
// document's title, else the page's, else the header's first line that is
// not a category ("Japan-Cambodia Relations"), else a photo caption naming
// a meeting.
func titleOf(title, pageTitle string, h header, captions []string) (string, string) {
	category := ""
	if title == "" {
		title = pageTitle
	}
	if title == "" || categoryRE.MatchString(title) {
		if title != "" {
			category = title
		}
		title = ""
		for _, t := range h.titles {
			if categoryRE.MatchString(t) {
				if category == "" {
					category = t
				}
				continue
			}
			if title == "" {
				title = t
			}
		}
	}
	if category == "" {
		category = h.category
	}
	if title == "" {
		for _, cap := range captions {
			if t := captionTitle(cap); t != "" && meetingKind(t) != "" {
				title = t
				break
			}
		}
	}
	// (A title that does not end with a bracket holds no such suffix.)
	if strings.HasSuffix(title, ")") || strings.HasSuffix(title, "）") {
		title = summarySuffixRE.ReplaceAllString(title, "")
	}
	return title, category
}

// publicationDates returns the publication date (the document's, else
// the header's, else a dated title's) and the reference date against
// which the lead's dates are read (the header's date first).
func publicationDates(docDate time.Time, h header, title string) (published, ref time.Time) {
	published = docDate
	if published.IsZero() {
		published = h.date
	}
	if published.IsZero() {
		if d, ok := findDate(title); ok && d.year != 0 {
			published = d.time()
		}
	}
	ref = published
	if !h.date.IsZero() {
		ref = h.date
	}
	return published, ref
}

// leadOf splits the lines after the header into the lead and the rest: in
// a numbered readout, the paragraphs before the first numbered section;
// otherwise the first line that names the meeting (leadLine), which stays
// in rest.
func leadOf(rest []string) (lead string, body []string, numbered bool) {
	numbered = hasMarkers(rest)
	// "• The two ministers reviewed … / • Mexico will extend … / Foreign
	// Secretary X received Y …": bullets of highlights before the lead,
	// and no marker after it, make no numbered page.
	if numbered {
		if k := leadAfterHighlights(rest); k > 0 {
			return rest[k], rest, false
		}
	}
	switch {
	case len(rest) == 0:
	case !numbered:
		lead = rest[leadLine(rest)]
	default:
		i := 0
		for ; i < len(rest); i++ {
			if _, ok := markerAt(rest, i); ok {
				break
			}
		}
		// ("… met Y. / Goldfajn and Mottley reviewed … / About the IDB":
		// the paragraphs before a label's block are the page's text, its
		// lead among them, as on a page with no markers.)
		if m, ok := markerAt(rest, i); ok && i > 0 && labelHeading(m.rest) {
			return rest[leadLine(rest[:i])], rest, numbered
		}
		lead = strings.Join(rest[:i], " ")
		rest = rest[i:]
		if lead == "" {
			if m, _ := parseMarker(rest[0]); !isHeading(m.rest) {
				lead = m.rest
			} else if len(rest) > 1 && !isMarkerAt(rest, 1) {
				// "Meeting with the Prime Minister of X" over the first
				// paragraph: a page that opens with a heading has its
				// lead under it.
				lead = rest[1]
			}
			// "1. The 12th Session … was held in Lusaka. 2. The
			// Ministerial Session was co-chaired by X … and Y …": a
			// communiqué's first point may set the scene and its next
			// name the sides.
			if lead != "" && findFrame(lead) == nil {
				for k := 1; k < len(rest) && k < 3; k++ {
					if m, ok := parseMarker(rest[k]); ok && !isHeading(m.rest) && findFrame(m.rest) != nil {
						lead = m.rest
						break
					}
				}
			}
		}
	}
	return lead, rest, numbered
}

// leadAfterHighlights returns the index of the lead that follows a run of
// bulleted highlights opening rest, when no marker follows the lead: the
// highlights name no meeting and the lead does. It is 0 when rest is not
// so laid out.
func leadAfterHighlights(rest []string) int {
	k := 0
	for k < len(rest) && k < 6 {
		m, ok := markerAt(rest, k)
		if !ok {
			break
		}
		if m.kind != markDash || m.sub || m.num != "" || isHeading(m.rest) || findFrame(m.rest) != nil {
			return 0
		}
		k++
	}
	if k == 0 || k >= len(rest) || findFrame(rest[k]) == nil {
		return 0
	}
	if hasMarkers(rest[k+1:]) {
		return 0
	}
	return k
}

// otherPairNamed reports whether text, a section of a trip's page, names
// one met later (a host) and not the second of the lead's pair: its "The
// two Ministers" are the subject and that host ("Iwaya and Marcos signed"
// was written for a section on the meeting with Manalo).
func otherPairNamed(text string, sp speakers) bool {
	_, second, ok := strings.Cut(sp.pair, " and ")
	return ok && !containsText(text, second) &&
		slices.ContainsFunc(sp.hostOthers, func(o counterpart) bool { return o.short != "" && containsText(text, o.short) })
}

// representedPrincipals reads a summit's sides as the EU's pages name
// them: "The EU was represented by António Costa, President of the
// European Council, and Ursula von der Leyen, President of the European
// Commission. Canada was represented by Prime Minister Mark Carney." Each
// side's people are of the country the sentence opens with; none when a
// side names no country or no one.
func representedPrincipals(lead string) []person {
	if !containsText(lead, " represented by ") {
		return nil
	}
	var out []person
	for _, s := range splitSentences(lead) {
		i := indexText(s, " was represented by ")
		n := len(" was represented by ")
		if i < 0 {
			i, n = indexText(s, " were represented by "), len(" were represented by ")
		}
		if i < 0 {
			continue
		}
		side := strings.TrimPrefix(s[:i], "The ")
		if countryOf(side) == "" && len(findOrgs(side)) != 1 {
			return nil
		}
		rest := strings.TrimRight(s[i+n:], ". ")
		ps := nameFirstPersons(rest)
		if len(ps) == 0 {
			ps = titleFirstPersons(rest, false)
		}
		for _, p := range ps {
			if p.name == "" {
				continue
			}
			if personCountry(p) == "" || countryOf(side) == "" {
				// (The EU's President of the European Council is the EU's,
				// whatever the office's words.)
				p.countryText = side
			}
			p.subject = len(out) == 0 || out[0].countryText == p.countryText
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// laterMeetingPrincipals reads the principals of the first meeting the
// paragraphs after a lead that names none report: "From September 10 to
// 12, Mr. X, State Minister for Foreign Affairs, visited Kenya. The
// overview is as follows." and then "1. On September 11, State Minister X
// paid a courtesy call on H.E. Dr. Y, President of the Republic of
// Kenya." Only the first few paragraphs are read, and a meeting whose
// sides are not both named is none.
func laterMeetingPrincipals(rest []string, lead string, ref time.Time) []person {
	// "Foreign Minister X visited Warsaw on 11-12 September." and then
	// "- Meeting with President Y", "- Meeting with Foreign Minister Z":
	// the traveller met each.
	traveller := ""
	if k := firstIndex(lead, tripVerbs); k > 0 {
		traveller = lead[:k]
	}
	var items []person
	n := 0
	for _, l := range rest {
		if l == lead {
			continue
		}
		if n++; n > 6 {
			break
		}
		if m, ok := parseMarker(l); ok {
			l = m.rest
		}
		if item, ok := cutAnyPrefix(l, meetingItems...); ok && traveller != "" {
			tf := parseLead(traveller+" met with "+strings.TrimRight(item, ".;")+".", "", ref)
			if !namedSides(tf.principals) {
				continue
			}
			if items == nil {
				items = tf.principals
			} else {
				items = append(items, tf.principals[1:]...)
			}
			continue
		}
		if items != nil || findFrame(l) == nil {
			continue
		}
		tf := parseLead(l, "", ref)
		if namedSides(tf.principals) {
			return tf.principals
		}
	}
	return items
}

// officeBeforeName returns the office written right before the first
// mention of name in text that has one ("Federal Foreign Minister" of
// "Federal Foreign Minister Johann Wadephul arrived"): up to eight words of
// offices, "of", "for" and "and" inside, with a head's word; "" for none.
func officeBeforeName(name, text string) string {
	for from := 0; from < len(text); {
		i := indexText(text[from:], name)
		if i < 0 {
			return ""
		}
		at := from + i
		from = at + len(name)
		ws := strings.Fields(text[max(0, at-120):at])
		if at-120 > 0 && len(ws) > 0 {
			ws = ws[1:] // a word cut in two
		}
		k := len(ws)
		for k > 0 && len(ws)-k < 8 {
			w := ws[k-1]
			if titleVocab[w] || (w == "of" || w == "for" || w == "and") && k < len(ws) && titleVocab[ws[k]] {
				k--
				continue
			}
			// ("National Security Advisor to the Vice President X")
			if w == "the" && k >= 3 && ws[k-2] == "to" && k < len(ws) && titleVocab[ws[k]] && titleVocab[ws[k-3]] {
				k -= 2
				continue
			}
			break
		}
		for k < len(ws) && !titleVocab[ws[k]] {
			k++
		}
		if k < len(ws) && headWordSeen(ws[k:]) && (at == 0 || text[at-1] == ' ') {
			return strings.Join(ws[k:], " ")
		}
	}
	return ""
}

// meetingItems open the items of a trip's list of its meetings: "-
// Meeting with President X", "- Courtesy call on Prime Minister Y".
var meetingItems = []string{"Meeting with ", "Meetings with ", "Talks with ", "Bilateral meeting with ", "Courtesy call on ",
	"Call on ", "Audience with "}

// titleDateOf is the date a title gives ("PM call with Chancellor Merkel:
// 13 December"), not after ref; "" when none.
func titleDateOf(title string, ref time.Time) string {
	if d, ok := findDate(title); ok {
		if d, ok := d.resolveYear(ref); ok && (ref.IsZero() || !d.time().After(ref)) {
			return d.time().Format(time.DateOnly)
		}
	}
	return ""
}

// meetingOf completes the lead's meeting facts with the kind (from the
// title, else the lead; the lead's call over the title's bare meeting) and gives the title, made from the category
// ("Japan-Cambodia Relations" and a summit give "Japan-Cambodia Summit
// Meeting") when the page has none.
func meetingOf(f leadFacts, title, category string) (Meeting, string) {
	m := f.meeting
	kind := meetingKind(title)
	// ("Minister Peters meets Fijian counterpart" over "… met virtually
	// with …": the lead says how they met.)
	if kind == "meeting" && isCall(f.kindFromLead) {
		kind = f.kindFromLead
	}
	if kind == "" {
		kind = f.kindFromLead
		if kind == "meeting" && len(f.principals) >= 2 && allHeads(f.principals) {
			kind = "summit meeting"
		}
	}
	m.Kind = kind
	if isCall(kind) || isCall(f.kindFromLead) {
		// A call has no place; one in its lead is a later meeting's.
		m.Location = ""
	}
	if title == "" && kind != "" {
		if p := pairRE.FindStringSubmatch(category); p != nil {
			title = p[1] + " " + titleCase(kind)
		}
	}
	if title == "" {
		title = category
	}
	return m, title
}

// partiesOf returns the sides of the meeting: the publisher, the
// countries of the title, the principals' countries, and those of a
// group of counterparts the lead does not name one by one (sides).
func partiesOf(pub, title string, participants []Participant, sides []string) []string {
	parties := []string{}
	if pub != "" {
		parties = append(parties, pub)
	}
	// "Foreign Minister X discussed Ukraine and economic security with
	// Japan's Foreign Minister Y": what was discussed is no side (a
	// principal of that country still makes it one).
	// ("… and his Guatemalan counterpart discuss Haiti by telephone",
	// "Ministers discuss the situation in Sudan": with no "with" after
	// it, the rest of the headline is what was discussed.)
	if i := indexText(title, " discuss"); i >= 0 {
		if j := indexText(title[i:], " with "); j >= 0 {
			title = title[:i] + title[i+j:]
		} else {
			title = title[:i]
		}
	}
	// "Nuclear safety in Ukraine: Federal Councillor X meets IAEA
	// Director General in Vienna": a headline's topic before its
	// meeting is no side.
	if i := strings.Index(title, ": "); i > 0 && containsAny(title[i:], topicThenMeeting...) {
		title = title[i+2:]
	}
	// "… met with Antonio Tajani on the margins of the Ukraine Recovery
	// Conference in Rome": the setting's countries are no sides.
	for _, cue := range marginCues {
		if i := indexText(title, cue); i > 0 {
			title = title[:i]
		}
	}
	// "… meets Danish counterpart on Ukraine", "… ahead of the Ukraine
	// Recovery Conference", "… talk support for Ukraine": what the
	// meeting was about, or for, is no side.
	for _, cue := range titleTopicCues {
		if i := indexText(title, cue); i > 0 {
			title = title[:i]
		}
	}
	// ("… Meeting with UN Special Envoy for Yemen X": the envoy's
	// portfolio is no side.)
	title, _ = withoutEnvoyPost(title)
	// ("… his meeting with Prime Minister Luís Montenegro": a principal's
	// name that holds a country's is no side.)
	for _, p := range participants {
		if p.Role == RolePrincipal && strings.Contains(p.Name, " ") && containsText(title, p.Name) && len(findCountries(p.Name)) > 0 {
			title = strings.ReplaceAll(title, p.Name, "")
		}
	}
	for _, code := range findCountries(title) {
		parties = appendUnique(parties, code)
	}
	for _, p := range participants {
		if p.Role == RolePrincipal && p.Country != "" {
			parties = appendUnique(parties, p.Country)
		}
	}
	for _, c := range sides {
		parties = appendUnique(parties, c)
	}
	return parties
}

// topicThenMeeting are the verbs of a headline's meeting after the topic
// a colon ends: "Nuclear safety in Ukraine: X meets Y".
var topicThenMeeting = []string{" meets ", " met ", " receives ", " received ", " holds talks", " held talks", " speaks with ",
	" spoke with "}

// titleTopicCues open what a title's meeting was about: "counterpart on
// Ukraine", "ahead of …", "support for Ukraine", "aid to Gaza".
var titleTopicCues = []string{" counterpart on ", " counterparts on ", " ahead of ", " support for ", " aid to ", " assistance to ",
	// ("Norway and Chile strengthen cooperation on the ocean and
	// Antarctica".)
	" cooperation on ", " cooperation in ", " talks on "}

// marginCues open the setting of a meeting in a title.
var marginCues = []string{" on the margins of ", " on the sidelines of ", " in the margins of ", " at the margins of ", " on the sidelines ", " on the margins "}

// sectionsOf builds the sections of the body after the lead and returns
// the body's lines (with the lead).
func sectionsOf(lead string, rest []string, numbered bool) ([]Section, []string) {
	var secs []Section
	var bodyLines []string
	if numbered {
		secs = buildSections(rest)
		if lead != "" && !strings.HasSuffix(rest[0], lead) {
			bodyLines = append(bodyLines, lead)
		}
		bodyLines = append(bodyLines, rest...)
	} else {
		bodyLines = rest
		if len(rest) > 0 {
			secs = []Section{{Level: 1, Text: strings.Join(rest, "\n")}}
		}
	}
	if secs == nil {
		secs = []Section{}
	}
	return secs, bodyLines
}

// setAsideLabels returns the sections to summarize when a label heads
// one of secs after the first (labelHeading): a list under "Highlights"
// joins the section before it, and the publisher's boilerplate under
// "About …" is left out, so that the page is summarized as the meeting's
// text it is. restore gives back secs, with the summaries made of the
// sections to summarize and none for a label's.
func setAsideLabels(secs []Section) (summed []Section, restore func([]Section) []Section) {
	// (Most pages have no label: their sections are summarized as they
	// are, without a copy made to be dropped.)
	if !slices.ContainsFunc(secs[min(1, len(secs)):], func(s Section) bool { return s.Heading != "" && labelHeading(s.Heading) }) {
		return secs, func(s []Section) []Section { return s }
	}
	var at []int // the index in summed of each of secs, -1 for a label's
	for i, s := range secs {
		if i == 0 || s.Heading == "" || !labelHeading(s.Heading) {
			at = append(at, len(summed))
			summed = append(summed, s)
			continue
		}
		at = append(at, -1)
		if !strings.HasPrefix(s.Heading, "About ") && s.Text != "" {
			summed[len(summed)-1].Text += "\n" + s.Text
		}
	}
	if len(summed) == len(secs) {
		return secs, func(s []Section) []Section { return s }
	}
	return summed, func(done []Section) []Section {
		out := make([]Section, len(secs))
		for i, s := range secs {
			if at[i] >= 0 {
				s.Summary, s.Countries = done[at[i]].Summary, done[at[i]].Countries
			}
			out[i] = s
		}
		return out
	}
}

// summarizeSections gives each section its summary and countries and
// returns the key points: summaries and key points together take at most
// summaryShare of the body.
func summarizeSections(secs []Section, body string, sp speakers, cache *sentCache) []string {
	if len(secs) != 1 {
		kps, _, again := summarizeSectionsAt(secs, body, sp, cache, -1, 0)
		return withList(kps, again)
	}
	// One section: its summary is the sentence with which the post, the
	// summary with the key points and the list of mentions, names most
	// of what the readout names (see postUnits).
	first := slices.Clone(secs)
	kps, sents, again := summarizeSectionsAt(first, body, sp.clone(), cache, -1, 0)
	orig := first[0].Summary
	if orig == "" || len(sents) < 2 {
		copy(secs, first)
		return withList(kps, again)
	}
	units := postUnits(sents, sp)
	// must are the principals, the sides and the amounts: what a reader
	// must know first.
	must := append(slices.Clone(sp.cover.keys), amountUnits(sents)...)
	length := postLen(orig, kps)
	bestN := coveredBy(units, orig, kps)
	// What the first summary and its key points name of must, the list
	// of mentions aside: it leaves the principals to the header, and
	// "Also: Iwaya of Japan" does not say that the meeting was
	// with him.
	keep := namedUnits(must, orig, withoutList(kps))
	inSummary := coveredBy(must, orig, nil)
	// A first summary that does not read on its own ("So: Tajani after
	// meeting …", a dateline) gives way to the plain one that names most.
	plain, replaced := plainSummary(orig), false
	// Each sentence is tried as it fits the section's room, and, when
	// the post it gives fills the readout's, cut to its next shorter
	// clause ("Biden met with A, B and C to celebrate the renewal of …"
	// without its purpose): the list of mentions names more in the room.
	budget := summaryBudget(runeCount(body))
	cut := 0 // the limit of the sentence's cut form; 0 for none
	for n := 0; n < 2*len(sents) && n < 2*maxSummaryTries; n++ {
		i := n / 2
		if n%2 == 0 {
			cut = 0
		} else if cut < minCut {
			continue
		}
		try := slices.Clone(secs)
		k, _, a := summarizeSectionsAt(try, body, sp.clone(), cache, i, cut)
		sum := try[0].Summary
		if n%2 == 0 && postLen(sum, k)+listRoom/2 >= budget {
			cut = runeCount(sum) - 1
		}
		// The first summary's own sentence in another form ("Sheikh
		// Mohammed bin Abdulrahman bin Jassim Al-Thani met …" for
		// "Sheikh Abdulrahman met …") is no other choice. A post longer
		// by more than postSlack is none either: the share of the body
		// the summaries take is the reader's time. Nor is a summary
		// that names fewer of must ("The Minister of Foreign Affairs
		// received Timothewos" for "Omar and Timothewos discussed").
		if sum == "" || sameSentence(sum, orig) || !plainSummary(sum) || postLen(sum, k) > length+postSlack ||
			coveredBy(must, sum, nil) < inSummary {
			continue
		}
		c := coveredBy(units, sum, k)
		switch {
		case !plain:
			if c > bestN || !replaced {
				first, kps, bestN, replaced, again = try, k, c, true, a
			}
		// Two more at the least, as the count is rough (a mention may
		// be named in other words), and all that the first post named
		// of must.
		case c > bestN && coveredBy(keep, sum, withoutList(k)) == len(keep):
			first, kps, bestN, again = try, k, c, a
		}
	}
	copy(secs, first)
	return withList(kps, again)
}

// withList returns kps with its list of mentions (the last) replaced by
// again, when again is one.
func withList(kps []string, again string) []string {
	if again == "" || len(kps) == 0 || !IsMentionsList(kps[len(kps)-1]) {
		return kps
	}
	kps[len(kps)-1] = again
	return kps
}

// summarizeSectionsAt is summarizeSections with the summary of a readout
// of one section made of its sentence force (-1: the sentence
// summarizeCovering chooses).
func summarizeSectionsAt(secs []Section, body string, sp speakers, cache *sentCache, force, cut int) ([]string, []string, string) {
	analyses := make([]analyzed, len(secs))
	// The body's and each section's length in runes, counted once.
	bodyRunes := runeCount(body)
	budget := summaryBudget(bodyRunes)
	textRunes := make([]int, len(secs))
	textLen := 0
	for i := range secs {
		textRunes[i] = runeCount(secs[i].Text)
		textLen += textRunes[i]
	}
	var used []string
	fresh := make([]int, len(secs))
	keys := slices.Clone(sp.cover.keys)
	// Several sections: each summary is the sentence that adds most to
	// what the summaries before it, and the post's header, name.
	var many *coverage
	if len(secs) > 1 {
		many = &coverage{seen: map[string]bool{}}
		for w := range sp.words {
			many.seen[w] = true
		}
		for _, ws := range sp.sideWords {
			many.seen[ws] = true
		}
	}
	at := 0 // where the next section's text may be found in body
	for i := range secs {
		s := &secs[i]
		text := s.Text
		if i == 0 {
			text = withoutStatementIntro(text)
		}
		text = sp.continuedSpeech(text)
		if sp.turnTexts != nil {
			text = spokenTurns(text, sp.turnTexts...)
		}
		text = sp.namedInitials(namedFirstPerson(labeledQuotes(text), sp.me))
		if sp.points {
			text = withPointsSubject(text)
		}
		text = dropPostNominals(sp.shortenNames(sp.name(dropSpacedPostNominals(text))))
		if i == 0 {
			// The header shows who the counterpart is: his long office
			// in the meeting's sentence goes (see dropCounterpartOffice).
			text = dropCounterpartOffice(text, sp.parties)
		}
		analyses[i] = analyze(sp.countryTitles(text), cache)
		for j, r := range analyses[i].resolved {
			analyses[i].resolved[j] = dropVisitAside(r, sp.parties)
		}
		if i == 0 && sp.place != "" {
			// The sentences that report the meeting say where; the post
			// shows the place.
			for j := range analyses[i].resolved[:min(2, len(analyses[i].resolved))] {
				analyses[i].resolved[j] = dropPlace(analyses[i].resolved[j], sp.place)
				// ("… on the margins of the Summit of the Future", the
				// event of the city the post shows.)
				if sp.event != "" {
					analyses[i].resolved[j] = dropPlace(analyses[i].resolved[j], sp.event)
				}
			}
			if j := analyses[i].reports; j >= 2 {
				analyses[i].resolved[j] = dropPlace(analyses[i].resolved[j], sp.place)
			}
		}
		// One section: its summary shares the room with the key points,
		// which carry what it leaves out.
		// It also names the principals and sides, which the list of
		// mentions leaves to the post's header; several sections name
		// them in their own sentences.
		room, cover := 0, many
		if len(secs) == 1 {
			room, cover = budget, &sp.cover
		}
		// The styles before a name ("H.E. Mr.") and a dateline go once
		// the sentence is chosen: the choice weighs the sentence as the
		// page writes it.
		if force >= 0 {
			limit := sectionLimit(textRunes[i], textLen, budget)
			if cut > 0 {
				limit = min(limit, cut)
			}
			s.Summary = dropSummaryOpening(dropDateline(dropNameStyles(capsNames(summarizeAt(analyses[i], force, limit, room, cache, cover)))))
		} else {
			s.Summary = dropSummaryOpening(dropDateline(dropNameStyles(capsNames(summarizeCovering(analyses[i], sectionLimit(textRunes[i], textLen, budget), room, cache, cover)))))
		}
		if i == 0 && sp.call {
			// "spoke by phone with": the post shows that it was a call.
			s.Summary = dropCallMedium(s.Summary)
		}
		s.Summary = discussedAndOn(s.Summary)
		if i == 0 {
			s.Summary = dropReceivedPlace(s.Summary, sp.place)
		}
		// The page stops mid-sentence ("5. The two ministers"): the
		// unfinished line is no summary.
		if i == len(secs)-1 && s.Summary != "" && !endsSentence(s.Summary) && !endsSentence(lastLine(s.Text)) {
			s.Summary = ""
		}
		// The first "Both" of the readout names the two: "Hayashi and
		// Payne will …"; later ones stay "Both".
		if sp.pair != "" && opensBoth(s.Summary) && !slices.ContainsFunc(used, func(u string) bool {
			return strings.HasPrefix(u, sp.pair)
		}) && runeCount(s.Summary)+len(sp.pair)-4 <= maxSummary && !otherPairNamed(s.Text, sp) {
			s.Summary = sp.pair + s.Summary[len("Both"):]
		}
		if strings.HasPrefix(s.Summary, sp.pair) {
			sp.cover.pair = ""
		}
		// "The Prime Ministers agreed …" of a meeting of four sides is not
		// "Both agreed …": "All four agreed …".
		if len(sp.parties) > 2 && opensBoth(s.Summary) {
			s.Summary = allOf(len(sp.parties)) + s.Summary[len("Both"):]
		}
		if s.Summary != "" {
			if many != nil {
				fresh[i] = many.fresh(s.Summary, cache)
			}
			many.see(s.Summary, cache)
			sp.cover.mark(s.Summary)
			used = append(used, s.Summary)
			budget -= runeCount(s.Summary)
		}
		s.Countries = cache.sectionCountries(body, &at, s.Heading, s.Text)
	}
	// "… strengthen the security cooperation between Japan and Australia":
	// the post shows the two sides, and the summaries name the
	// counterpart elsewhere.
	for i := range secs {
		sum := secs[i].Summary
		if short := withoutSidesPair(sum, sp.parties); short != sum && namedElsewhere(short, sum, used, keys) {
			if k := slices.Index(used, sum); k >= 0 {
				used[k] = short
			}
			secs[i].Summary = short
			budget += runeCount(sum) - runeCount(short)
		}
	}
	// Summaries of several sections that pass the readout's room are cut
	// to a shorter clause where the clause cut off names nothing the
	// other summaries and the header do not (see tightenSummaries).
	if many != nil && budget < listRoom {
		used, budget = tightenSummaries(secs, used, sp, budget, cache)
	} else if budget < listRoom && len(secs) == 1 {
		// One section: its summary is cut the same way when that gives
		// the list its room ("…, which Canada and Mexico will co-host
		// with the United States" goes, and the list names CUSMA and the
		// tariffs); a cut that still leaves it none is no gain.
		one, oneUsed := slices.Clone(secs), slices.Clone(used)
		if u, b := tightenSummaries(one, oneUsed, sp, budget, cache); b >= listRoom {
			copy(secs, one)
			used, budget = u, b
		}
	}
	var kept []Section
	keptUsed := used
	// Summaries that leave the list no room give way to it (see
	// yieldSummaries), when it then has some.
	if many != nil && budget < listRoom && !slices.ContainsFunc(secs, func(s Section) bool { return s.Heading != "" }) {
		kept, keptUsed = slices.Clone(secs), slices.Clone(used)
		used, budget = yieldSummaries(secs, fresh, used, keys, sp.pair, budget)
	}
	// A heading without text of its own covers its subsections' countries.
	for i := range secs {
		s := &secs[i]
		if s.Level != 1 || s.Text != "" {
			continue
		}
		for j := i + 1; j < len(secs) && secs[j].Level > 1; j++ {
			for _, c := range secs[j].Countries {
				s.Countries = appendUnique(s.Countries, c)
			}
		}
	}
	n := 0
	for _, a := range analyses {
		n += len(a.resolved)
	}
	sents := make([]string, 0, n)
	for _, a := range analyses {
		sents = append(sents, a.resolved...)
	}
	// The dateline names nothing the list should ("VIENNA", "Feb"): the
	// post shows the day and the place.
	if len(sents) > 0 {
		sents[0] = dropDateline(sents[0])
	}
	// The first sentences as the first summary writes them without its
	// place (dropReceivedPlace): a key point does not say it again.
	if len(analyses) > 0 && sp.place != "" {
		for j := range analyses[0].resolved[:min(2, len(analyses[0].resolved))] {
			analyses[0].resolved[j] = dropReceivedPlace(analyses[0].resolved[j], sp.place)
		}
	}
	// The counterparts' countries the summaries do not name keep their
	// room from the list (see nameCounterpartCountries): a side of the
	// meeting is what a reader of the summaries must know.
	kps, again := keyPointsAndMentions(analyses, sents, used, sp, budget-countriesRoom(secs, used, sp), bodyRunes >= longReadout, cache)
	if kept != nil && len(kps) == 0 {
		// No list after all: the summaries stay.
		copy(secs, kept)
		used = keptUsed
	}
	for _, k := range kps {
		budget -= runeCount(k)
	}
	nameCounterpartCountries(secs, used, kps, sp, budget)
	for i := range secs {
		secs[i].Summary = capitalParticle(tidyCommas(secs[i].Summary))
	}
	for i := range kps {
		kps[i] = tidyCommas(kps[i])
	}
	// The list made anew takes the old one's place once the post is
	// chosen (see summarizeSections): the search compares posts by the
	// list made once.
	if again != "" && len(kps) > 0 && IsMentionsList(kps[len(kps)-1]) {
		again = tidyCommas(again)
	} else {
		again = ""
	}
	return kps, sents, again
}

// tidyCommas mends the commas the cuts of a summary leave: "received
// Hasan of Malaysia, today, Sunday (May 18, 2025), at …" without its day,
// date and place is "received Hasan of Malaysia,, Sunday."; it becomes
// "received Hasan of Malaysia." A weekday left alone between a comma and
// the sentence's end goes with the day the post shows.
func tidyCommas(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	for _, r := range [][2]string{{",,", ","}, {", ,", ","}, {",.", "."}} {
		for strings.Contains(s, r[0]) {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
	}
	if i := strings.LastIndex(s, ", "); i > 0 && strings.HasSuffix(s, ".") {
		if _, ok := weekdays[s[i+2:len(s)-1]]; ok {
			s = s[:i] + "."
		}
	}
	// "held talks, Tuesday, at the Ministry" (of "held talks yesterday,
	// Tuesday, at …"): the weekday the cut left between commas.
	if !strings.Contains(s, "day, ") {
		return s
	}
	for wd := range weekdays {
		if i := indexText(s, ", "+wd+", "); i > 0 {
			if rest := s[i+len(wd)+4:]; rest != "" && !isUpperByte(rest[0]) {
				s = s[:i] + " " + rest
			}
		}
	}
	return s
}

// postSlack is how many characters a post tried for a readout of one
// section may be longer than the one it replaces: the room of one short
// mention in the list ("Ukraine, "), which the list may have been left
// without by a few characters.
const postSlack = 10

// maxSummaryTries is how many sentences of a readout of one section are
// tried as its summary.
const maxSummaryTries = 8

// clone is sp with its own copy of what summarizing changes.
func (sp speakers) clone() speakers {
	sp.cover.keys = slices.Clone(sp.cover.keys)
	return sp
}

// postUnits are what a post of the readout may name, each a set of
// spellings: the principals and the other sides (sp.cover), the mentions
// of its sentences and the items of its lists of topics.
func postUnits(sents []string, sp speakers) [][]string {
	units := slices.Clone(sp.cover.keys)
	// Every principal, the others of several sides too ("… and Prime
	// Minister of the Palestinian Authority Mustafa").
	for _, n := range sp.names {
		if n.short != "" && !slices.ContainsFunc(units, func(u []string) bool { return slices.Contains(u, n.short) }) {
			units = append(units, []string{n.short})
		}
	}
	seen := map[string]bool{}
	add := func(u string) {
		if u = lowerText(u); u != "" && !seen[u] {
			seen[u] = true
			units = append(units, []string{u})
		}
	}
	for _, s := range sents {
		for _, t := range listTopics(s) {
			add(t)
		}
	}
	// An amount is what a reader of a readout looks for first (see
	// pledgePoints): it counts twice.
	for _, a := range amountUnits(sents) {
		if !seen[a[0]] {
			units = append(units, a)
			add(a[0])
		}
	}
	for _, m := range mentionsOf(sents, sp) {
		add(m.fold)
	}
	return units
}

// amountUnits are the amounts of money sents give, each written from its
// first figure ("100 million" of "$100 million" and "USD 100 million").
func amountUnits(sents []string) [][]string {
	var out [][]string
	for _, s := range sents {
		if !mayHoldMoney(s) {
			continue
		}
		for _, m := range findMoney(s) {
			a := s[m.start:m.end]
			if i := strings.IndexAny(a, "0123456789"); i >= 0 {
				out = append(out, []string{lowerText(a[i:])})
			}
		}
	}
	return out
}

// postLen is the length of a summary and key points, as the share of the
// body counts them.
func postLen(summary string, kps []string) int {
	n := runeCount(summary)
	for _, k := range kps {
		n += 1 + runeCount(k)
	}
	return n
}

// sameSentence reports whether a and b are one sentence condensed two
// ways: they end with the same three words.
func sameSentence(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) >= 3 && len(fb) >= 3 && slices.Equal(fa[len(fa)-3:], fb[len(fb)-3:])
}

// withoutList returns the key points without the list of mentions.
func withoutList(kps []string) []string {
	return slices.DeleteFunc(slices.Clone(kps), func(k string) bool { return strings.HasPrefix(k, mentionsLabel) })
}

// namedUnits returns the units that a summary and the key points name.
func namedUnits(units [][]string, summary string, kps []string) [][]string {
	var out [][]string
	for _, u := range units {
		if coveredBy([][]string{u}, summary, kps) == 1 {
			out = append(out, u)
		}
	}
	return out
}

// coveredBy counts the units that a summary and the key points name.
func coveredBy(units [][]string, summary string, kps []string) int {
	t := summary + "\n" + strings.Join(kps, "\n")
	lower := foldMention(t)
	n := 0
	for _, u := range units {
		// The mentions and topics of words and the amounts are folded
		// to lower case; the principals, the sides and a mention with
		// a figure ("g7") must be named as words.
		if (isLowerWord(strings.ReplaceAll(u[0], " ", "")) || isDigit(u[0][0])) && strings.Contains(lower, u[0]) || namesAny(t, u) {
			n++
		}
	}
	return n
}

// tightenSummaries cuts, while the summaries of a readout of several
// sections leave the list of mentions less than listRoom, a summary to its
// shorter clause (fitSentence): the one whose cut loses fewest fact words
// (names, numbers) that neither the clause kept, the other summaries nor
// the post's header (the principals, the sides) name, and of those the
// one that saves most; at most tightenLoss of them, which the list of
// mentions, given the room, names in fewer characters. "Sato and Lopez
// will work toward the target of one trillion yen …, which President
// Boric set with Japan in March." keeps its target. It returns the
// summaries and the budget.
func tightenSummaries(secs []Section, used []string, sp speakers, budget int, cache *sentCache) ([]string, int) {
	for budget < listRoom {
		best, bestShort, bestSave, bestLost := -1, "", 0, 0
		for i := range secs {
			sum := secs[i].Summary
			n := runeCount(sum)
			if n < 2*minCut {
				continue
			}
			for _, short := range shorterForms(sum, cache) {
				if runeCount(short) < minCut {
					continue
				}
				save := n - runeCount(short)
				lost := lostFacts(sum, short, secs, i, sp, cache)
				if save <= 0 || lost > tightenLoss || best >= 0 && (lost > bestLost || lost == bestLost && save <= bestSave) {
					continue
				}
				best, bestShort, bestSave, bestLost = i, short, save, lost
			}
		}
		if best < 0 {
			break
		}
		s := &secs[best]
		if k := slices.Index(used, s.Summary); k >= 0 {
			used[k] = bestShort
		}
		s.Summary = bestShort
		budget += bestSave
	}
	return used, budget
}

// shorterForms are the shorter forms tightenSummaries may cut a summary
// to: its longest opening clause shorter than it (fitSentence), and the
// sentence without an opening phrase of basis or background up to its
// comma ("Based on the lessons learned from the COVID-19 response, the
// Ministers shared …" gives "Both agreed on …"), condensed again.
func shorterForms(sum string, cache *sentCache) []string {
	var out []string
	if short, ok := fitSentence(sum, len(sum)-1); ok {
		out = append(out, short)
	}
	if hasAnyPrefix(sum, adjunctOpeners) {
		if i := indexText(sum, ", "); i > 0 && i < 160 {
			if rest := upperFirst(sum[i+2:]); len(rest) >= 40 && hasFiniteVerb(rest) && endsSentence(rest) {
				out = append(out, cache.shortenFrame(rest))
			}
		}
	}
	return out
}

// minCut is the least a summary is cut to by tightenSummaries, and
// tightenLoss the most fact words a cut may lose.
const (
	minCut      = 60
	tightenLoss = 2
)

// lostFacts counts the fact words of sum that short leaves out and that
// neither the other sections' summaries nor the header (the principals'
// and sides' words) name.
func lostFacts(sum, short string, secs []Section, i int, sp speakers, cache *sentCache) int {
	lost := 0
	kept := cache.scanFacts(short).words
	for _, w := range cache.scanFacts(sum).words {
		if slices.Contains(kept, w) || sp.words[w] || slices.Contains(sp.sideWords, w) {
			continue
		}
		named := false
		for j := range secs {
			if j != i && secs[j].Summary != "" && slices.Contains(cache.scanFacts(secs[j].Summary).words, w) {
				named = true
				break
			}
		}
		if !named {
			lost++
		}
	}
	return lost
}

// listRoom is the room the list of mentions needs to be worth its label:
// "Also: " and three or four names.
const listRoom = 50

// yieldSummaries drops, while the summaries of a readout without headings
// leave the list less than listRoom, those that name least that the summaries before them
// and the header did not (fresh; "Both agreed to continue close exchanges
// of views."), as long as the others still name every principal and side
// (keys): the list of what the readout names carries more per character.
// A dropped first "Both" that named the two (pair) passes the names to the
// next. It returns the summaries left and the budget.
func yieldSummaries(secs []Section, fresh []int, used []string, keys [][]string, pair string, budget int) ([]string, int) {
	for budget < listRoom {
		drop, both := -1, -1
		for i := range secs {
			s := &secs[i]
			if s.Summary == "" || fresh[i] > 1 {
				continue
			}
			sum, b := s.Summary, -1
			if pair != "" && (strings.HasPrefix(sum, pair+" ") || strings.HasPrefix(sum, pair+":")) {
				sum = "Both" + sum[len(pair):]
				for j := i + 1; j < len(secs) && b < 0; j++ {
					if opensBoth(secs[j].Summary) && runeCount(secs[j].Summary)+len(pair)-4 <= maxSummary {
						b = j
					}
				}
				if b < 0 {
					continue
				}
			}
			if namesAlone(sum, used, keys) {
				continue
			}
			if drop < 0 || fresh[i]*len(secs[drop].Summary) < fresh[drop]*len(s.Summary) {
				drop, both = i, b
			}
		}
		if drop < 0 {
			break
		}
		s := &secs[drop]
		budget += runeCount(s.Summary)
		used = slices.DeleteFunc(used, func(u string) bool { return u == s.Summary })
		s.Summary = ""
		if both >= 0 {
			b := &secs[both]
			k := slices.Index(used, b.Summary)
			b.Summary = pair + b.Summary[len("Both"):]
			used[k] = b.Summary
			budget -= len(pair) - len("Both")
		}
	}
	return used, budget
}

// allOf is the subject of a joint summary of n sides, more than two:
// "All four".
func allOf(n int) string {
	if n < len(countWords) {
		return "All " + countWords[n]
	}
	return "All"
}

// countWords are the numbers in words, from zero.
var countWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// opensBoth reports whether a summary opens with the two sides as "Both"
// ("Both will …", "Both: …"), which the readout's first such summary
// writes as the two principals' names.
func opensBoth(s string) bool {
	return strings.HasPrefix(s, "Both ") || strings.HasPrefix(s, "Both:")
}

// namesAlone reports whether sum is the only one of the summaries used
// that names one of the principals and sides keys holds.
func namesAlone(sum string, used []string, keys [][]string) bool {
	for _, k := range keys {
		if namesAny(sum, k) && !slices.ContainsFunc(used, func(u string) bool { return u != sum && namesAny(u, k) }) {
			return true
		}
	}
	return false
}

// nameCounterpartCountries writes a counterpart whose country neither
// the summaries nor the key points name as "Draghi of Italy" where the
// summaries first name him, within the room the key points left: the
// country is a side of the meeting, and a reader of the summaries alone
// would not know it.
func nameCounterpartCountries(secs []Section, used, kps []string, sp speakers, budget int) {
	named := append(slices.Clone(used), kps...)
	for _, o := range append(slices.Clip(sp.others), sp.hostOthers...) {
		if budget < len(o.of) || slices.ContainsFunc(named, func(u string) bool { return namesAny(dropPossessives(u), o.spellings) }) {
			continue
		}
		for i := range secs {
			s := &secs[i]
			if k := nameEnd(s.Summary, o.short); k > 0 && runeCount(s.Summary)+len(o.of) <= maxSummary {
				s.Summary = s.Summary[:k] + o.of + s.Summary[k:]
				budget -= runeCount(o.of)
				// Named now: a second counterpart of the same country
				// stays "Hanegbi", not "Hanegbi of Israel".
				named = append(named, s.Summary)
				break
			}
			if s.Summary != "" && namesAny(s.Summary, []string{o.short}) {
				break // named, but not where a country may follow
			}
		}
	}
}

// keyPointsAndMentions spends budget on key points and the list of
// mentions. The list carries most per character, so it is made first, and
// the key points get the room it leaves; the list comes last. again is
// the list made anew once they are chosen (see summarizeSectionsAt). A
// long readout's lists (long: see longReadout) may pass maxMentions.
func keyPointsAndMentions(analyses []analyzed, sents, used []string, sp speakers, budget int, long bool, cache *sentCache) (kps []string, again string) {
	if budget < len(mentionsLabel)+8 {
		// The summaries took the room: nothing fits.
		return []string{}, ""
	}
	// A pledge with its amount comes first: it is what a reader of a
	// readout looks for, and the list cannot say it.
	pledges := pledgePoints(analyses, used, budget, cache)
	for _, p := range pledges {
		budget -= runeCount(p)
	}
	used = append(slices.Clone(used), pledges...)
	// The figures it counts are listed too ("170 thousand Koreans"); they
	// are not among the units by which the summary of a readout of one
	// section is chosen (postUnits).
	all := withFigures(withAmounts(mentionsWith(sents, sp.unnamedGuests(used), cache), analyses, cache), sents)
	most := maxMentions
	if long {
		most += longExtra
	}
	covered := strings.Join(used, "\n")
	uncovered := uncoveredMentions(all, covered)
	list, listed := keepMentions(uncovered, budget, most, nil)
	// The key points add what neither the summaries nor the list hold.
	kps = pledges
	if left := budget - runeCount(list); left >= 40 {
		// The publisher's own country, which the post's header shows,
		// is no news in a key point ("the American people", "U.S.
		// support for …").
		kps = append(kps, keyPoints(analyses, append(used, list, writtenForms(all, list)), left, cache, sp.own)...)
		// A key point that names what the list names says it twice:
		// again is the list made anew without what they name, its room
		// going to the next mentions; those it listed and the key
		// points do not name come first, so that none is lost to a
		// weightier one that now fits.
		if len(kps) > len(pledges) && list != "" {
			room := budget
			for _, k := range kps[len(pledges):] {
				room -= runeCount(k)
			}
			// (The mentions the summaries name stay out; of the
			// others, those the key points name go.)
			more := strings.Join(kps[len(pledges):], "\n")
			var left []*mention
			if len(used) > 0 {
				left = uncoveredAfter(uncovered, covered, more)
			} else {
				left = uncoveredOf(uncovered, more)
			}
			again, _ = keepMentions(left, room, most, listed)
		}
	}
	if list != "" {
		kps = append(kps, list)
	}
	return kps, again
}

// surname is the last word of a name without a suffix: "Joseph R. Biden,
// Jr." gives "Biden".
func surname(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 {
		switch strings.Trim(ws[len(ws)-1], ",.") {
		case "Jr", "Sr", "II", "III", "IV":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	if len(ws) == 0 {
		return ""
	}
	return strings.Trim(ws[len(ws)-1], ",")
}

// lastLine returns the last line of s, without surrounding space.
func lastLine(s string) string {
	return strings.TrimSpace(s[strings.LastIndexByte(s, '\n')+1:])
}

// speakers knows the readout's principals: the words of their names and
// their sides, which the list of mentions leaves out (the post names
// them), and the offices of the
// publisher's own side by which the text names them ("The Vice
// President" is Harris).
type speakers struct {
	event   string // the event on whose margins the meeting was, when the place is the dateline's city
	pair    string // "Hayashi and Payne": the two principals, when both are named
	words   map[string]bool
	parties map[string]bool // the meeting's sides
	offices []officeName    // "The Vice President" is Harris; longest office first
	// otherOffices are the offices of the other sides' principals:
	// "The President and Prime Minister then discussed" names Trudeau.
	otherOffices []officeName
	// names are the principals' full names, as the page writes them, with
	// the part the text refers to them by; longest first.
	names []principalName
	// given are the given names the text writes alone of principals
	// whose country names people by the family name, with that name.
	given []principalName
	// titled are the principals' titles that name no country, with the
	// name the text uses, as the text writes them together.
	titled []principalName
	// titledKeys are, for each of titled, the name shortenNames looks
	// for and where it stands in the form; made once here, where
	// shortenNames ran once for each section (titledKeysOf).
	titledKeys []titledKey
	// appositions are the principals' names with their titles after a
	// comma, which the text may write longer ("Perez, Senior Advisor to
	// the President and …,").
	appositions []principalName
	// cover are the principals' names and the other sides' countries,
	// which the post shows above the summaries and the list of mentions
	// leaves out: a summary that names them is preferred.
	cover coverage
	// place is the meeting's place, which the post shows.
	place string
	// turnTexts are set on a transcript's page: the headline and the
	// page, which write its speakers' names (spokenTurns).
	turnTexts []string
	// spoken holds continuedSpeech's reading of each section's text, which
	// the summaries' several tries read again (clones share it).
	spoken map[string]string
	// call is set when the meeting was a call, which the post shows.
	call bool
	// me is the compact name of the publisher's minister of a release
	// written in the first person ("Today I spoke with …"), "" otherwise.
	me string
	// ownTitle is the title of the publisher's first principal, and
	// ownName the name the text uses for him ("External Affairs
	// Minister", "Jaishankar").
	ownTitle, ownName string
	// points is set when a numbered readout's lead ends with the subject
	// of its points ("The Presidents:"), which open with the verb.
	points bool
	// sideWords are the names and demonyms of all the meeting's sides.
	sideWords []string
	// own is the publisher's country when it is a side, whose name,
	// demonyms and short forms ("United States", "American", "U.S.")
	// the post's header shows.
	own country.Country
	// others are the principals of the other sides, by the names the text
	// uses, with their countries.
	others []counterpart
	// hostOthers are the counterparts named only in later paragraphs
	// (hosts of a trip's meetings), whose country the summaries or the
	// list may write as the others'.
	hostOthers []counterpart
	// guests are the other sides' principals: the name the text uses and
	// their names as the page writes them.
	guests []guestName
}

// guestName is a principal of another side: the name the text uses and
// the page's forms of the name.
type guestName struct {
	short string
	names [2]string
}

// unnamedGuests returns sp with the words of the other sides' principals
// whom no summary names ("President Zelenskyy of Ukraine joined the call
// at the conclusion") left out of those the list of mentions skips: the
// list names them as it names anyone else. A name a summary holds is
// not listed anyway.
func (sp speakers) unnamedGuests(used []string) speakers {
	var words map[string]bool
	for _, g := range sp.guests {
		if slices.ContainsFunc(used, func(u string) bool { return containsText(u, g.short) }) {
			continue
		}
		if words == nil {
			words = maps.Clone(sp.words)
		}
		for _, n := range g.names {
			for _, w := range strings.Fields(n) {
				w = trimWordPunct(w)
				delete(words, w)
				delete(words, titleWord(w))
			}
		}
	}
	if words != nil {
		sp.words = words
	}
	return sp
}

// counterpart is a principal of another side: the name the text uses,
// the spellings of the country and " of <country>" as the text writes it.
type counterpart struct {
	short, of string
	spellings []string
	demonyms  []string // "German", "India’s": the words that give the country before a title
}

// possessive reports whether w is the counterpart's country in the
// possessive, by any of its names: "Britain's", "Mexico’s".
func (o counterpart) possessive(w string) bool {
	for _, suf := range []string{"’s", "'s"} {
		if base, ok := strings.CutSuffix(w, suf); ok {
			return len(base) > 3 && slices.Contains(o.spellings, base)
		}
	}
	return false
}

// countryEnd returns the end of left that is one of o's spellings
// (countryBefore), or one in the possessive ("New Zealand's"); "" when
// none is.
func (o counterpart) countryEnd(left string) string {
	if c := countryBefore(left, o.spellings); c != "" {
		return c
	}
	for _, suf := range []string{"’s", "'s"} {
		if base, ok := strings.CutSuffix(left, suf); ok {
			if c := countryBefore(base, o.spellings); c != "" {
				return c + suf
			}
		}
	}
	return ""
}

// officeAfterDemonym reports whether left ends with an office's words
// after one of demonyms: "Iraqi Deputy Prime Minister " before "and
// Minister of Foreign Affairs Hussein" is the same person's first office,
// not another person's.
func (speakers) officeAfterDemonym(left string, demonyms []string) bool {
	left = strings.TrimRight(left, " ")
	n := 0
	for ; n < 6; n++ {
		w := tailWord(left)
		if !titleVocab[w] {
			break
		}
		left = strings.TrimRight(left[:len(left)-len(w)], " ")
	}
	return n > 0 && slices.Contains(demonyms, tailWord(left))
}

// countryTitles writes a counterpart named with a title that gives the
// country by a demonym ("German Chancellor Scholz", "the Australian Prime
// Minister, Albanese,", "India’s Prime Minister Modi") as "Scholz of
// Germany": the post shows the title, and the country stays.
func (sp speakers) countryTitles(text string) string {
	for _, o := range sp.others {
		for i := 0; ; {
			j := indexText(text[i:], o.short)
			if j < 0 {
				break
			}
			k := i + j
			end := k + len(o.short)
			i = end
			if end < len(text) && isNameByte(text[end]) || strings.HasPrefix(text[end:], " of ") {
				continue
			}
			left := text[:k]
			comma := strings.HasSuffix(left, ", ")
			left = strings.TrimSuffix(strings.TrimSuffix(left, " "), ",")
			titles, prev := 0, ""
			// "Minister for the Overseas Territories Doughty": an office
			// that ends with its portfolio's words is read from its word
			// of offices.
			if w := tailWord(left); w != "" && !titleVocab[w] && isCapWord(w) {
				l := left
				// ("People's Republic of China (PRC) Director of the
				// Office of the Central Foreign Affairs Commission Wang
				// Yi": up to ten words.)
				for n := 0; n < 10; n++ {
					w := tailWord(l)
					if w == "" || !(isCapWord(w) && !strings.ContainsAny(w, ",;:()’'") || w == "for" || w == "the" || w == "of" || w == "and") {
						break
					}
					if headWords[w] {
						left, titles = l, 1
						break
					}
					l = strings.TrimRight(l[:len(l)-len(w)], " ")
				}
			}
			for n := 0; n < 12; n++ {
				w := tailWord(left)
				// "the Ukrainian Government and President X": "and" before
				// an office joins two, and ends the title.
				if w == "and" && (headWords[prev] || prev == "Prime" || prev == "Vice") && !sp.officeAfterDemonym(left[:len(left)-len(w)], o.demonyms) {
					break
				}
				// "German Chancellery Foreign and Security Policy Advisor
				// Ploetner", "French Diplomatic Counselor to the President
				// Bonne": once an office is read, capitalized words and
				// connectors go on to the demonym.
				// ("Sri Lankan President X", "New Zealand Prime Minister
				// X": a country's words stop it too.)
				more := titles > 0 && !slices.Contains(o.demonyms, w) && !o.possessive(w) && !strings.ContainsAny(w, ",;:()") && (isCapWord(w) || w == "and" || w == "to" || w == "the") &&
					(!isCapWord(w) || o.countryEnd(left) == "")
				if w == "" || !titleVocab[w] && (w != "for" && w != "of" || titles == 0) && !more {
					break
				}
				left = strings.TrimRight(left, " ")
				left = strings.TrimRight(left[:len(left)-len(w)], " ")
				prev = w
				if w != "for" && w != "of" {
					titles++
				}
			}
			left = strings.TrimRight(left, " ")
			dem := tailWord(left)
			// "Britain's Doughty", whose office went before: the
			// country in the possessive alone.
			if titles == 0 && !o.possessive(dem) {
				continue
			}
			if !slices.Contains(o.demonyms, dem) && !o.possessive(dem) || len(left) > len(dem) && left[len(left)-len(dem)-1] != ' ' {
				// "Republic of Korea (ROK) First Vice Foreign Minister
				// Cho": the country's name, its short form in brackets.
				dem = o.countryEnd(left)
				if dem == "" {
					continue
				}
				// "the People’s Republic of China Director …": the
				// country's long form goes whole, not "the People’s
				// Republic of" before the name.
				if m := longFormRE.FindString(left[:len(left)-len(dem)]); m != "" {
					dem = left[len(left)-len(dem)-len(m):]
				}
			}
			start := len(left) - len(dem)
			if p := text[:start]; strings.HasSuffix(p, "the ") || strings.HasSuffix(p, "The ") {
				start -= len("the ")
			}
			repl := o.short + o.of
			if comma && strings.HasPrefix(text[end:], ",") {
				end++
			}
			text = text[:start] + repl + text[end:]
			i = start + len(repl)
		}
	}
	return text
}

// longFormRE is the opening of a country's long form before its short
// name: "People’s Republic of ", "Kingdom of ".
var longFormRE = lazyRegexp(`(?:[A-Z][\w’']* ){0,3}(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Principality|Union) of $`)

// countryBefore returns the end of left that is one of a country's
// spellings (its name, long name, aliases), with its short form in
// brackets if one follows ("Republic of Korea (ROK)"), standing after a
// space; "" when none is.
func countryBefore(left string, spellings []string) string {
	name := left
	if strings.HasSuffix(name, ")") {
		if i := strings.LastIndex(name, " ("); i > 0 && isAcronym(name[i+2:len(name)-1]) {
			name = name[:i]
		}
	}
	for _, sp := range spellings {
		if len(sp) > 3 && strings.HasSuffix(name, sp) && (len(name) == len(sp) || name[len(name)-len(sp)-1] == ' ') {
			return left[len(name)-len(sp):]
		}
	}
	return ""
}

// tailWord is the last space-separated word of s, without the cost of
// splitting all of s.
func tailWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexAny(s, " \n")+1:]
}

// isCountryName reports whether s is a country's name and nothing else:
// "Canada", "the United States", not "Korea (ROK) First Vice Minister".
func isCountryName(s string) bool {
	c, ok := country.Lookup(s)
	return ok && !slices.Contains(c.Demonyms, s) && len(s) > 3
}

// takesThe reports whether a country's name is written with "the":
// "the Netherlands", "the United States", "the Philippines".
func takesThe(name string) bool {
	if strings.HasPrefix(name, "United ") || strings.HasPrefix(name, "Republic ") || strings.HasPrefix(name, "Democratic Republic ") {
		return true
	}
	for _, suf := range []string{"lands", "ines", "ives", "amas", "elles", "oros", "Islands", "Emirates"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// possessive drops the possessive ending of names: "India’s" names India.
var possessive = strings.NewReplacer("’s ", " ", "'s ", " ")

// dropPossessives is possessive.Replace(s), found from each "s " (the
// Replacer looks each byte up in its table). The two forms' matches
// cannot overlap: each opens with an apostrophe and ends with a space.
func dropPossessives(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		k := indexText(s[i:], "s ")
		if k < 0 {
			break
		}
		k += i
		i = k + 2
		start := -1
		if k >= 1 && s[k-1] == '\'' {
			start = k - 1
		} else if k >= len("’") && s[k-len("’"):k] == "’" {
			start = k - len("’")
		}
		if start < 0 {
			continue
		}
		b.WriteString(s[last:start])
		b.WriteByte(' ')
		last = i
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nameEnd returns the end of the first place where s names a person by
// name and " of <country>" may follow ("Draghi reaffirmed", not
// "Draghi’s" nor "Draghi of"), or 0.
func nameEnd(s, name string) int {
	for i := 0; ; {
		j := indexText(s[i:], name)
		if j < 0 {
			return 0
		}
		k := i + j
		end := k + len(name)
		i = end
		if k > 0 && isNameByte(s[k-1]) || end < len(s) && (isNameByte(s[end]) || s[end] == '\'' || strings.HasPrefix(s[end:], "’") || s[end] == '(') ||
			strings.HasPrefix(s[end:], " of ") || end < len(s) && s[end] == ' ' && isCapWord(nextWord(s[end+1:])) {
			continue
		}
		return end
	}
}

// shownPrincipals and shownSides are how many principals and sides the
// post's header shows (the bot's parent names six principals and counts
// the rest, and shows ten sides' flags): the list of mentions and the
// summaries treat those it does not show as any other name.
const (
	shownPrincipals = 6
	shownSides      = 10
)

// newSpeakers knows the principals ps of a readout whose title and body
// are text.
func newSpeakers(ps []Participant, parties []string, pub, text string) speakers {
	sp := speakers{words: map[string]bool{}, parties: map[string]bool{}}
	parties = parties[:min(len(parties), shownSides)]
	offices, otherOffices := map[string]string{}, map[string]string{}
	for _, p := range parties {
		sp.parties[p] = true
		if c, ok := country.ByCode(p); ok {
			sp.sideWords = append(append(sp.sideWords, c.Name), c.Demonyms...)
			if p == pub {
				sp.own = c
			}
		}
	}
	seen := map[string]int{}
	var surnames []string
	shown := 0
	for _, p := range ps {
		if p.Role != RolePrincipal {
			continue
		}
		if p.Name != "" || p.Title != "" {
			shown++
		}
		hidden := shown > shownPrincipals
		short := ""
		if p.Name != "" {
			short = shortName(p.Name, text, customOf(p.Country))
			// "Mr. KONAN Yao Didier" (Yao Didier Konan): the family name the
			// page writes first in capitals is the short name.
			if f := capsFamily(p.Written); f != "" && strings.HasSuffix(p.Name, " "+f) {
				short = f
			}
			// "Deputy Assistant to the President and White House
			// Coordinator for the Middle East and North Africa McGurk":
			// the post gives the title; one that names a country stays
			// ("German Chancellor Merz").
			if t := strings.TrimSuffix(p.Title, ","); strings.Count(t, " ") >= 1 && len(findCountries(t)) == 0 && len(findOrgs(t)) == 0 {
				// "Council of Europe Secretary General Berset" of a title
				// read as "Europe Secretary General": the body's name
				// before the office goes with it ("Council of Berset"
				// was left).
				if b := bodyOffice(text, t); b != "" {
					sp.titled = append(sp.titled, principalName{"The " + b + ", " + short + ",", short},
						principalName{"the " + b + ", " + short + ",", short}, principalName{b + ", " + short + ",", short},
						principalName{"The " + b + " " + short, short}, principalName{"the " + b + " " + short, short},
						principalName{b + " " + short, short})
				}
				// "The Minister for Europe and Foreign Affairs, Catherine
				// Colonna, hosted": the apposition too.
				sp.titled = append(sp.titled, principalName{"The " + t + ", " + short + ",", short},
					principalName{"the " + t + ", " + short + ",", short}, principalName{t + ", " + short + ",", short},
					principalName{t + " " + short, short},
					// "Colonna, Minister for Europe and Foreign Affairs, spoke".
					principalName{short + ", " + t + ",", short})
				sp.appositions = append(sp.appositions, principalName{short + ", " + t, short})
			} else if p.Country == pub && strings.Count(t, " ") >= 1 {
				// "Gedion, Minister of Foreign Affairs of the Federal
				// Democratic Republic of Ethiopia, received": the
				// publisher's own principal's office, country and all,
				// in apposition; the post gives it.
				sp.titled = append(sp.titled, principalName{short + ", " + t + ",", short})
				// "President of the European Council Costa and … met": a
				// long office before the name, too ("European Council
				// President Costa" stays: it says who the EU's man is).
				if containsText(t, " of ") {
					sp.titled = append(sp.titled, principalName{"The " + t + " " + short, short}, principalName{"the " + t + " " + short, short},
						principalName{t + " " + short, short})
				}
				// "Albudaiwi, Secretary General of the Cooperation Council
				// for the Arab States of the Gulf (GCC), received": with
				// the body's acronym after it.
				if acr := acronymAfter(text, t); acr != "" {
					sp.titled = append(sp.titled, principalName{short + ", " + t + " (" + acr + "),", short})
				}
			}
			// "the Prime Minister of Canada Carney" is "Carney of Canada":
			// the post gives the office, and the country stays.
			// "Minister of Foreign Affairs of China Wang Yi": the "of"
			// before the country, not the first, where the text writes
			// the title before the name, or after it and a comma
			// ("Szijjártó, Minister of Foreign Affairs and Trade of
			// Hungary, in Ankara").
			t := strings.TrimSuffix(p.Title, ",")
			at, appo := -1, ""
			if i := indexText(t, " of "); i >= 0 {
				appo = inApposition(text, short, t)
				// ("Prince Faisal bin Farhan Al Saud, Minister of …":
				// the name in full before the office, "Faisal" after.)
				for _, full := range []string{p.Name, p.Written} {
					if appo == "" && full != "" && full != short && inApposition(text, full, t) != "" {
						appo = short + ", " + t
					}
				}
				if isCountryName(t[i+4:]) {
					at = i
				} else if appo != "" || titleBeforeName(text, t) {
					at = countryOfAt(t)
				}
			}
			if at >= 0 {
				of := short + t[at:]
				// "of the Kingdom of Morocco" is "of Morocco", as the
				// post's other summaries write a country.
				if c, ok := country.ByCode(p.Country); ok && strings.HasPrefix(t[at+4:], "the ") && strings.HasSuffix(t, " "+c.Name) {
					name := c.Name
					if takesThe(name) {
						name = "the " + name
					}
					of = short + " of " + name
				}
				forms := []principalName{{"The " + t + ", " + short + ",", of}, {"the " + t + ", " + short + ",", of},
					{"The " + t + " " + short, of}, {"the " + t + " " + short, of}, {t + " " + short, of},
					// "… a telephone call from the Prime Minister of the
					// United Kingdom, Starmer." ends the sentence.
					{"the " + t + ", " + short + ".", of + "."}, {appo, of}}
				if appo == "" {
					forms = forms[:6]
				}
				// "National Security Advisor Henrik Landerholm of Sweden":
				// the name between the office and its country.
				if pre := t[:at]; containsText(pre, " ") && containsText(text, pre) && containsText(text, t[at:]) {
					forms = append(forms, principalName{"the " + pre + " " + of, of}, principalName{pre + " " + of, of})
					// ("Prime Minister Modi of the Republic of India":
					// the country's long form as the text writes it.)
					if long := short + t[at:]; long != of {
						forms = append(forms, principalName{"the " + pre + " " + long, of}, principalName{pre + " " + long, of})
					}
				}
				sp.titled = append(sp.titled, forms...)
			}
			for _, full := range []string{p.Written, p.Name} {
				if full != "" && full != short && containsText(full, " ") && !slices.ContainsFunc(sp.names, func(n principalName) bool { return n.full == full }) {
					sp.names = append(sp.names, principalName{full, short})
					// "B. Battsetseg" written "B.Battsetseg": an initial
					// joined to the name.
					if i := indexText(full, ". "); i > 0 && isInitial(full[:i+1]) {
						if joined := full[:i+1] + full[i+2:]; containsText(text, joined) {
							sp.names = append(sp.names, principalName{joined, short})
						}
					}
				}
			}
			// "I thanked Mette for …" in a president's own post: a
			// given name written alone, of a country that names its
			// people by the family name, is the family name's friend's
			// form ("Frederiksen").
			if given := nextWord(p.Name); customOf(p.Country) == familyNamesOnly && given != short && len(given) > 2 && isCapWord(given) &&
				!isInitial(given) && containsText(p.Name, " ") && writtenAlone(text, given, "", lastWord(p.Name)) && !slices.ContainsFunc(ps, func(o Participant) bool {
				return o.Name != p.Name && nextWord(o.Name) == given
			}) {
				sp.given = append(sp.given, principalName{given, short})
			}
		}
		if short != "" && p.Country != pub && sp.parties[p.Country] {
			if c, ok := country.ByCode(p.Country); ok {
				spellings := append(append([]string{c.Name, c.LongName}, c.Demonyms...), c.Aliases...)
				name := c.Name
				// "Türkiye", "Viet Nam": the name the text uses.
				if !containsText(text, name) {
					for _, a := range append([]string{c.LongName}, c.Aliases...) {
						if len(a) > 3 && a != strings.ToUpper(a) && containsText(text, a) && findWord(text, a, "", "", false) {
							name = a
							break
						}
					}
				}
				if takesThe(name) || containsText(text, "the "+name) && findWord(text, "the "+name, "", "", true) {
					name = "the " + name
				}
				dems := append(slices.Clone(c.Demonyms), c.Name+"’s", c.Name+"'s")
				// "US Secretary of State Blinken": an abbreviation as an adjective.
				for _, a := range c.Aliases {
					if len(a) <= 4 && a == strings.ToUpper(a) {
						dems = append(dems, a)
					}
				}
				sp.others = append(sp.others, counterpart{short: short, of: " of " + name, spellings: spellings, demonyms: dems})
				// "Commander-in-Chief of the Ukrainian Armed Forces Gen.
				// Zaluzhnyi": an office whose country is given by a
				// demonym inside it is "Zaluzhnyi of Ukraine" (the post
				// shows the office), with or without a rank before the
				// name. A demonym opening the office is countryTitles'.
				if t := strings.TrimSuffix(p.Title, ","); containsText(t, " ") && !hasAnyPrefix(t, c.Demonyms) &&
					slices.ContainsFunc(c.Demonyms, func(d string) bool { return containsText(t, d) && findWord(t, d, "", "", false) }) &&
					slices.Equal(findCountries(t), []string{p.Country}) {
					for _, rank := range ranks {
						sp.titled = append(sp.titled, principalName{t + " " + rank + short, short + " of " + name})
					}
				}
			}
		}
		surnames = append(surnames, short)
		if hidden {
			continue
		}
		if short != "" {
			sp.cover.keys = append(sp.cover.keys, []string{short})
		}
		for _, n := range []string{p.Name, p.Written} {
			for _, w := range strings.Fields(n) {
				w = trimWordPunct(w)
				if isCapWord(w) && !titleVocab[w] && !unnamed[w] {
					sp.words[w] = true
					sp.words[titleWord(w)] = true
				}
			}
		}
		if short != "" && p.Country != pub {
			sp.guests = append(sp.guests, guestName{short, [2]string{p.Name, p.Written}})
		}
		if p.Country == pub && p.Name != "" && sp.ownTitle == "" {
			sp.ownTitle, sp.ownName = p.Title, short
		}
		office := officeOf(p.Title)
		if office == "" {
			continue
		}
		// "Federal Chancellor of the Republic of Austria" is "the
		// Chancellor" in the text.
		forms := []string{office}
		if f, ok := strings.CutPrefix(office, "Federal "); ok {
			forms = append(forms, f)
		}
		// "the Italian Prime Minister", "the Kazakh President": the office
		// with its country's demonym is its holder's, even where another
		// principal holds the same office.
		if c, ok := country.ByCode(p.Country); ok && p.Name != "" && short != "" {
			for _, o := range forms {
				for _, d := range c.Demonyms {
					if containsText(text, d+" "+o) {
						forms = append(forms, d+" "+o)
					}
				}
			}
		}
		for _, o := range forms {
			seen[o]++
			if p.Country == pub && p.Name != "" {
				offices[o] = short
			} else if p.Name != "" && short != "" {
				otherOffices[o] = short
			}
		}
	}
	sp.cover.addSides(parties, pub)
	slices.SortStableFunc(sp.names, func(a, b principalName) int { return len(b.full) - len(a.full) })
	if len(surnames) == 2 && surnames[0] != "" && surnames[1] != "" {
		sp.pair = surnames[0] + " and " + surnames[1]
		sp.cover.pair = sp.pair
	}
	// An office two principals hold ("the Prime Minister" of a meeting
	// of two prime ministers) names neither.
	for o, n := range seen {
		if n > 1 {
			delete(offices, o)
			delete(otherOffices, o)
		}
	}
	sp.offices, sp.otherOffices = longestFirst(offices), longestFirst(otherOffices)
	sp.titledKeys = titledKeysOf(sp.titled)
	return sp
}

// bodyOffice returns the office t as text writes it with the words of a
// body's name before it, when t opens with a word of that name and not
// with a title's ("Europe Secretary General" of "Council of Europe
// Secretary General Alain Berset" gives "Council of Europe Secretary
// General"; "East African Community Secretary General"); "" otherwise.
func bodyOffice(text, t string) string {
	first := nextWord(t)
	if titleVocab[first] || !isCapWord(first) {
		return ""
	}
	i := indexText(text, " "+t)
	if i < 0 {
		return ""
	}
	// (The words before it, across a line's break: the summaries read
	// a paragraph's lines as one.)
	ws := strings.Fields(text[max(0, i-100):i])
	if i > 100 && len(ws) > 0 {
		ws = ws[1:] // (maybe cut)
	}
	k := len(ws)
	for k > 0 && len(ws)-k < 5 && (isCapWord(ws[k-1]) && ws[k-1] != "The" && !titleVocab[ws[k-1]] && !strings.ContainsAny(ws[k-1], ",.;:") || ws[k-1] == "of" || ws[k-1] == "for") {
		k--
	}
	// (The words open with a capitalized one: "Council of", not "of".)
	for k < len(ws) && !isCapWord(ws[k]) {
		k++
	}
	// (After a name and its comma the office is another item of a list
	// of people, whose name before it stays: "Advisor Susan Rice, White
	// House Infrastructure Coordinator Mitch Landrieu"; "Yesterday, "
	// opens the sentence.)
	if k == len(ws) || k > 1 && strings.HasSuffix(ws[k-1], ",") && isCapWord(ws[k-1]) && isCapWord(ws[k-2]) && !endsSentence(ws[k-2]) &&
		!slices.Contains(timeWords, lowerText(strings.TrimSuffix(ws[k-1], ","))) {
		return ""
	}
	return strings.Join(ws[k:], " ") + " " + t
}

// capsFamily is the family name a name as written gives first in
// capitals ("KONAN Yao Didier" gives "Konan"), or "".
func capsFamily(written string) string {
	w, rest, ok := strings.Cut(written, " ")
	if !ok || !isAcronym(w) || rest == "" || strings.ToUpper(rest) == rest {
		return ""
	}
	return familyWord(w)
}

// acronymAfter is the acronym in brackets that follows office in text
// ("… of the Gulf (GCC)" gives "GCC"), or "".
func acronymAfter(text, office string) string {
	i := indexText(text, office+" (")
	if i < 0 {
		return ""
	}
	rest := text[i+len(office)+2:]
	k := strings.IndexByte(rest, ')')
	if k < 2 || k > 12 || !isAcronym(rest[:k]) {
		return ""
	}
	return rest[:k]
}

// ranks stand between an office and the name: "… Armed Forces Gen.
// Zaluzhnyi".
var ranks = []string{"", "Gen. ", "General ", "Adm. ", "Admiral ", "Lt. Gen. ", "Lieutenant General ", "Dr. "}

// officeOf is a title without its country: "Canadian Prime Minister"
// and "Prime Minister of Canada" give "Prime Minister".
func officeOf(title string) string {
	if i := indexText(title, " of "); i >= 0 {
		title = title[:i]
	}
	if i := strings.IndexByte(title, ','); i >= 0 {
		title = title[:i]
	}
	ws := strings.Fields(title)
	for len(ws) > 0 && !titleVocab[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	return strings.Join(ws, " ")
}

// name replaces "The Vice President" and "the Vice President" in text
// by the name of the principal of the publisher's side who holds the
// office, when one does.
func (sp speakers) name(text string) string {
	// The other sides' offices ("Biden congratulated the Prime Minister"
	// is Mitsotakis) only where the publisher's side is known, which
	// tells them from its own.
	others := sp.otherOffices
	if sp.own.Name == "" {
		others = nil
	}
	if len(sp.offices)+len(others) == 0 || !containsText(text, "he ") {
		return text
	}
	for n := range len(sp.offices) + len(others) {
		other := n >= len(sp.offices)
		var on officeName
		if other {
			on = others[n-len(sp.offices)]
		} else {
			on = sp.offices[n]
		}
		office, name := on.office, on.name
		for _, the := range []string{"The ", "the "} {
			phrase := the + office
			for i := 0; ; {
				j := indexText(text[i:], phrase)
				if j < 0 {
					break
				}
				k := i + j
				end := k + len(phrase)
				// "the President of France", "the Prime Minister’s": another office.
				if end < len(text) && (isWordByte(text[end]) || text[end] == '-' || officeOfNext(text[end:]) || text[end] == '\'' || strings.HasPrefix(text[end:], "’")) {
					i = end
					continue
				}
				// "at the Office of the Prime Minister": a building the
				// office names, not its holder.
				if hasAnySuffix(text[:k], officeBuildings...) {
					i = end
					continue
				}
				// "the Ukrainian President Volodymyr Zelenskyy": an office
				// with its country's demonym before a name is the titled
				// forms' ("Zelenskyy of Ukraine"), which keep the country.
				// ("the Australian Minister for International Development,
				// Pat Conroy": nor before its portfolio or an apposition.)
				if w := nextWord(office); !titleVocab[w] && !officePrefixes[w] && !demonymOfficeEnds(text[end:]) {
					i = end
					continue
				}
				// "the Amir Sheikh Tamim bin Hamad Al-Thani": the office
				// before its holder's own name goes, the name stays.
				if rest := strings.TrimLeft(text[end:], " "); rest != text[end:] {
					if bare := stripHonorifics(rest); strings.HasPrefix(bare, nextWord(name)) && containsText(bare[:min(len(bare), len(name)+40)], lastWord(name)) || namedNext(bare, lastWord(name)) {
						text = text[:k] + rest
						i = k
						continue
					}
				}
				// "His Highness the Prime Minister Sheikh Ahmad …": another
				// holder of the office, named after it.
				// ("His Highness the Prime Minister to visit …" of a
				// Kuwaiti release is Kuwait's own, whom no principal is.)
				if other && (end+1 < len(text) && text[end] == ' ' && isUpperByte(text[end+1]) || hasAnySuffix(text[:k], "Highness ", "Excellency ", "Majesty ")) {
					i = end
					continue
				}
				text = text[:k] + name + text[end:]
				i = k + len(name)
				// "The President and Prime Minister then discussed": the
				// other office, after the first without its article, is
				// the other side's principal.
				for _, o := range sp.otherOffices {
					if rest := text[i:]; strings.HasPrefix(rest, " and "+o.office+" ") {
						// "The Director-General and Minister Ati discussed":
						// the office before its holder's own name goes, the
						// name stays ("Ati Ati" was left).
						if after := rest[len(" and "+o.office+" "):]; nextWord(after) == lastWord(o.name) || nextWord(after) == nextWord(o.name) {
							text = text[:i+len(" and ")] + after
							break
						}
						text = text[:i+len(" and ")] + o.name + rest[len(" and "+o.office):]
						break
					}
				}
			}
		}
	}
	return text
}

// demonymOfficeEnds reports whether rest, what follows "the Italian
// Prime Minister" in a text, lets the office stand for its holder: the
// sentence's end, or a word in lower case other than a portfolio's "for"
// and "of", with or without a comma before it ("…, who arrived").
func demonymOfficeEnds(rest string) bool {
	if rest == "" || rest[0] == '.' || rest[0] == ';' {
		return true
	}
	rest = strings.TrimPrefix(rest, ",")
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	w := nextWord(rest[1:])
	return w != "" && isLowerWord(strings.TrimRight(w, ",.;:")) && w != "for" && w != "of"
}

// officeOfNext reports whether s, after an office, opens its " of " and
// what it is of: " of France", " of the Republic"; not the object of a
// verb before it ("informed the Chancellor of our plan", "of the plan").
func officeOfNext(s string) bool {
	rest, ok := strings.CutPrefix(s, " of ")
	rest = strings.TrimPrefix(rest, "the ")
	return ok && rest != "" && (isUpperByte(rest[0]) || rest[0] >= 0x80)
}

// officeBuildings name a building or a body by the office it serves:
// "the Office of the Prime Minister", "the Residence of the President".
var officeBuildings = []string{"Office of ", "office of ", "Residence of ", "residence of ", "Palace of ", "Department of ",
	"Cabinet of ", "Secretariat of "}

// firstPersonName is the compact name of the publisher's principal when
// the lead's subject is "I" (a minister's own release, named by its
// byline), "" otherwise.
func firstPersonName(principals []person, ps []Participant, pub, text string) string {
	if !slices.ContainsFunc(principals, func(p person) bool { return p.firstPerson }) {
		return ""
	}
	for _, p := range ps {
		if p.Role == RolePrincipal && p.Country == pub && p.Name != "" {
			return shortName(p.Name, text, customOf(p.Country))
		}
	}
	return ""
}

// officeName is an office and the name of the principal who holds it.
type officeName struct{ office, name string }

// longestFirst returns the offices of m (office → name), the longest
// first, then in byte order: "the President-elect" is not "the
// President" with "-elect" after it, and a map's own order once made
// one page read "Biden-elect" in some parses.
func longestFirst(m map[string]string) []officeName {
	out := make([]officeName, 0, len(m))
	for o, n := range m {
		out = append(out, officeName{o, n})
	}
	slices.SortFunc(out, func(a, b officeName) int {
		return cmp.Or(len(b.office)-len(a.office), strings.Compare(a.office, b.office))
	})
	return out
}

// leadLine picks the lead among the first lines of an unnumbered
// readout: the first that names the meeting in a verb frame ("The Prime
// Minister spoke to …"), else the first.
func leadLine(lines []string) int {
	for i := 0; i < len(lines) && i < 4; i++ {
		// (A quotation that names the meeting after its speaker is the
		// lead: quotedFrame.)
		if findFrame(lines[i]) != nil || rewrittenFrameIn(lines[i]) != "" {
			// "SEOUL, March 22 (Yonhap) -- Foreign Minister X and his
			// Japanese counterpart, Y, agreed Saturday to …" before "X
			// and Y held talks in Tokyo ahead of a meeting with Z": a
			// line before it that names two sides joined before a verb
			// of theirs is the lead.
			for k := range i {
				if pairLead(lines[k]) {
					return k
				}
			}
			return i
		}
	}
	for i := 0; i < len(lines) && i < 4; i++ {
		if attendedEventRE.MatchString(lines[i]) {
			return i
		}
	}
	return 0
}

// pairLead says whether l opens with a sentence whose subject is two
// named people joined by "and" before a verb of theirs, the second of a
// country named
// ("President X and New Zealand Prime Minister Y on Thursday agreed …").
func pairLead(l string) bool {
	sents := splitSentences(l)
	if len(sents) == 0 {
		return false
	}
	s := sents[0]
	if i := firstIndex(s, pairVerbs); i < 0 || !containsText(s[:i], " and ") {
		return false
	}
	// (The subject's country is the publisher's, resolved later.)
	f := parseLead(s, "", time.Time{})
	named, other := 0, false
	for _, p := range f.principals {
		if p.name != "" {
			named++
			other = other || !p.subject && personCountry(p) != ""
		}
	}
	return named >= 2 && other
}

// pairTalksPlace returns the place of the line after lead, when that
// line's subject names the lead's two principals by their last names
// before its meeting's verb ("Cho and Iwaya held talks in Tokyo …"); ""
// otherwise.
func pairTalksPlace(lines []string, lead string, ps []person) string {
	k := slices.Index(lines, lead)
	if k < 0 || k+1 >= len(lines) || len(ps) != 2 || ps[0].name == "" || ps[1].name == "" {
		return ""
	}
	next := lines[k+1]
	loc := findFrame(next)
	if loc == nil {
		return ""
	}
	// (Either of a name's words: "Cho" of "Cho Tae-yul".)
	for _, p := range ps {
		if !containsText(next[:loc[0]], lastWord(p.name)) && !containsText(next[:loc[0]], nextWord(p.name)) {
			return ""
		}
	}
	return placeOf(next, loc[0])
}

// remarksAuthor reads who speaks in a title of remarks or a statement
// ("Remarks by President António Costa after his meeting with …",
// "Statement by High Representative Kaja Kallas on …"): the name and the
// office before it; "" when the title is none.
func remarksAuthor(title string) (name, office string) {
	i := indexText(title, " by ")
	if i < 0 || i > 40 || !hasAnyPrefix(title, []string{"Remarks ", "Press remarks ", "Statement ", "Press statement ", "Speech ", "Opening remarks ", "Doorstep "}) {
		return "", ""
	}
	rest := strings.TrimPrefix(title[i+len(" by "):], "the ")
	if ps := titleFirstPersons(rest, true); len(ps) == 1 && ps[0].name != "" && strings.Contains(ps[0].name, " ") {
		return ps[0].name, ps[0].title
	}
	return "", ""
}

// authorLine returns the name a page's first lines give alone, when it is
// a known holder of an office of pub's ("Volodymyr Zelenskyy" over a
// post that says "I had a call with …"): the post's author; "" when none.
func authorLine(text, pub string) string {
	for i, l := range strings.SplitN(text, "\n", 4) {
		if i == 3 {
			break
		}
		l = strings.TrimSpace(l)
		if n := strings.Count(l, " "); n < 1 || n > 3 || !isCapWord(l) || strings.ContainsAny(l, ",.;:") {
			continue
		}
		if country.Holder(l) == pub && pub != "" {
			return l
		}
	}
	return ""
}

// header is what precedes the lead: category and title lines, the date.
type header struct {
	titles   []string
	category string
	date     time.Time
	// city is the capital of a dateline line ("Addis Ababa, January 21,
	// 2025"): where the page was issued.
	city string
	// start is the time a transcript's header gives ("11:42 A.M. EDT"),
	// as "15:04".
	start string
	// fields are the header's numbered fields without their numbers
	// ("1. Date and time: …", "2. Venue: …", "3. Attendees: …").
	fields []string
	end    int // index of the first line after the header
}

// dateOnce keeps d as the header's date unless a line before gave one.
func (h *header) dateOnce(d time.Time) {
	if h.date.IsZero() {
		h.date = d
	}
}

// fieldLabels open a header's field: "Date and time: Monday, 24
// February, 15:00–16:10", "Venue: Ministry of Defense (Ichigaya,
// Tokyo)".
var fieldLabels = []string{"Date and time: ", "Date and Time: ", "Date: ", "Time: ", "Venue: ", "Place: ", "Location: ",
	"Attendees: ", "Participants: "}

// untilField returns s, which opens with a field, up to the next field
// on its line: "Time: 11.30 Location: Noordeinde Palace" gives "Time:
// 11.30".
func untilField(s string) string {
	end := len(s)
	for _, l := range fieldLabels {
		if i := strings.Index(s[1:], " "+l); i >= 0 && i+1 < end {
			end = i + 1
		}
	}
	return s[:end]
}

// numberedField returns a line that is a header's field under a number
// ("2. Venue: Ministry of Defense (Ichigaya, Tokyo)"), without its
// number: a page laid out as a form numbers its fields before its
// outline, and they are neither sections nor the lead.
func numberedField(l string) (string, bool) {
	rest, ok := cutFieldNumber(l)
	if !ok || len(l) > 300 || !hasAnyPrefix(rest, fieldLabels) {
		return "", false
	}
	return rest, true
}

// cutFieldNumber returns l without the number that opens it ("2. ",
// "2 ", "2) ", "(2) ").
func cutFieldNumber(l string) (string, bool) {
	i := 0
	open := strings.HasPrefix(l, "(")
	if open {
		i++
	}
	j := i
	for j < len(l) && j-i < 2 && isDigit(l[j]) {
		j++
	}
	if j == i {
		return "", false
	}
	switch {
	case open && strings.HasPrefix(l[j:], ") "):
		return l[j+2:], true
	case !open && (strings.HasPrefix(l[j:], ". ") || strings.HasPrefix(l[j:], ") ")):
		return l[j+2:], true
	case !open && strings.HasPrefix(l[j:], " "):
		return l[j+1:], true
	}
	return "", false
}

// outlineLabels open the paragraph of a form's outline after its fields:
// "4. Outline: Minister X held a meeting with …".
var outlineLabels = []string{"Outline: ", "Overview: ", "Summary: "}

// readHeader reads the short lines before the lead. A form's outline
// after its numbered fields loses its label in lines ("4. Outline: X
// held …" becomes "4. X held …").
func readHeader(lines []string) header {
	var h header
	for h.end < len(lines) && h.end < 8 {
		l := lines[h.end]
		if f, ok := numberedField(l); ok {
			h.fields = append(h.fields, f)
			h.end++
			continue
		}
		if _, ok := parseMarker(l); ok {
			break
		}
		if d, ok := parseDateLine(l); ok {
			h.dateOnce(d)
			h.end++
			continue
		}
		// "Press release 112/2025 | 3.6.2025": a date after the last bar.
		if i := strings.LastIndex(l, " | "); i > 0 && len(l) < 80 {
			if d, ok := parseDateLine(l[i+len(" | "):]); ok {
				h.dateOnce(d)
				h.titles = append(h.titles, l)
				h.end++
				continue
			}
		}
		// "July 10, 2025 - Ottawa, Ontario - Global Affairs Canada": a
		// date, a capital and the publisher.
		if d, city, ok := dateCityLine(l); ok {
			h.dateOnce(d)
			h.city = city
			h.titles = append(h.titles, l)
			h.end++
			continue
		}
		// "Addis Ababa, January 21, 2025": a capital's dateline.
		// ("Doha, 4 November 2025 —": with the dash the lead would
		// open with.)
		if k := strings.Index(l, ", "); k > 0 && k < 30 && len(l) < 60 && country.Capital(l[:k]) != "" {
			if d, ok := parseDateLine(strings.TrimRight(l[k+2:], " -–—")); ok {
				h.dateOnce(d)
				h.city = l[:k]
				h.end++
				continue
			}
		}
		// ("Readout of … Meeting With … Gilberto Teodoro Jr.": a title
		// may end with a name's abbreviation.)
		if len(l) > 160 || endsSentence(l) && !strings.HasSuffix(l, ")") && !hasAnySuffix(l, " Jr.", " Sr.") {
			break
		}
		if categoryRE.MatchString(l) && h.category == "" {
			h.category = l
		}
		h.titles = append(h.titles, l)
		h.end++
	}
	// A lone short line followed by nothing else is the body, not a header.
	if h.end == len(lines) && h.end > 0 {
		return header{}
	}
	// "4. Outline: Minister X held …", "Overview: Minister X held …"
	// after a form's fields: the lead, without its label.
	if h.end > 0 && (len(h.fields) > 0 || hasAnyPrefix(lines[h.end-1], fieldLabels)) {
		l := lines[h.end]
		rest, ok := cutFieldNumber(l)
		if !ok {
			rest = l
		}
		if hasAnyPrefix(rest, outlineLabels) {
			_, after, _ := strings.Cut(rest, ": ")
			lines[h.end] = l[:len(l)-len(rest)] + after
		}
	}
	return h
}

// sectionLimit is the length a section's summary may take: its share of
// the budget of all summaries (most of it, leaving room for key points),
// within [minSummary, maxSummary]. text and allText are the section's
// and all sections' lengths in runes.
func sectionLimit(text, allText, budget int) int {
	if allText == 0 {
		return maxSummary
	}
	n := int(0.6 * float64(budget) * float64(text) / float64(allText))
	return max(minSummary, min(maxSummary, n))
}

// isCall reports whether a meeting kind is held at a distance.
func isCall(kind string) bool {
	return kind == "telephone talk" || kind == "call" || kind == "video conference"
}

// allHeads reports whether every principal is a head of state or government.
func allHeads(ps []person) bool {
	for _, p := range ps {
		if !headOfGovernment.MatchString(p.title) {
			return false
		}
	}
	return true
}

// titleCase capitalizes each word: "summit meeting" gives "Summit Meeting".
func titleCase(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = upperFirst(w[i])
	}
	return strings.Join(w, " ")
}

func appendUnique(list []string, s string) []string {
	if s == "" || contains(list, s) {
		return list
	}
	return append(list, s)
}

func appendParticipant(list []Participant, p Participant) []Participant {
	// "Hon. Grace Banda, MP, …": a post-nominal set off by commas is no
	// one's name.
	// ("… of New Zealand. Both sides welcomed …": a word that opens a
	// sentence as its subject is no one's name.)
	if slices.Contains(postNominals, " "+p.Name) || notFamilyWords[p.Name] {
		return list
	}
	for _, q := range list {
		// Two people named by office only are two unless they share
		// title and country.
		if p.Name == "" && q.Name == "" && (q.Title != p.Title || q.Country != p.Country) {
			continue
		}
		if q.Name == p.Name || p.Written != "" && (q.Written == p.Written || q.Name == p.Written) {
			return list
		}
		// "Senior Advisor Perez was joined by …": an attendee named by
		// family name alone is a principal already listed.
		if p.Role == RoleAttendee && q.Role == RolePrincipal && !strings.Contains(p.Name, " ") && p.Name != "" && lastWord(q.Name) == p.Name {
			return list
		}
	}
	return append(list, p)
}

// mergeAttachments joins linked and plain-text attachments, dropping a
// plain-text one whose title a linked one already has.
func mergeAttachments(linked, plain []Attachment) []Attachment {
	out := linked
	for _, a := range plain {
		dup := false
		for _, l := range linked {
			if strings.EqualFold(l.Title, a.Title) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// publishers maps a site to its government's country and a display name.
var publishers = []struct {
	suffix, country, name string
}{
	{"mofa.go.jp", "JP", "Ministry of Foreign Affairs of Japan"},
	{"kantei.go.jp", "JP", "Prime Minister's Office of Japan"},
	{"go.jp", "JP", ""},
	{"whitehouse.gov", "US", "The White House"},
	{"bidenwhitehouse.archives.gov", "US", "The White House"},
	{"obamawhitehouse.archives.gov", "US", "The White House"},
	{"trumpwhitehouse.archives.gov", "US", "The White House"},
	{"state.gov", "US", "U.S. Department of State"},
	{"gov.uk", "GB", "GOV.UK"},
	{"mfaic.gov.kh", "KH", "Ministry of Foreign Affairs and International Cooperation of Cambodia"},
	{"gov.kh", "KH", ""},
	{"dfat.gov.au", "AU", "Department of Foreign Affairs and Trade"},
	{"foreignminister.gov.au", "AU", "Minister for Foreign Affairs of Australia"},
	{"pm.gov.au", "AU", "Prime Minister of Australia"},
	{"gov.au", "AU", ""},
	{"mea.gov.in", "IN", "Ministry of External Affairs of India"},
	{"pmindia.gov.in", "IN", "Prime Minister of India"},
	{"gov.in", "IN", ""},
	{"auswaertiges-amt.de", "DE", "Federal Foreign Office"},
	{"bundesregierung.de", "DE", "The Federal Government"},
	{"elysee.fr", "FR", "Élysée"},
	{"diplomatie.gouv.fr", "FR", "French Ministry for Europe and Foreign Affairs"},
	{"gc.ca", "CA", ""},
	{"canada.ca", "CA", ""},
	{"mofa.go.kr", "KR", "Ministry of Foreign Affairs of Korea"},
	{"fmprc.gov.cn", "CN", "Ministry of Foreign Affairs of China"},
	{"mfa.gov.sg", "SG", "Ministry of Foreign Affairs of Singapore"},
	{"dfa.gov.ph", "PH", "Department of Foreign Affairs of the Philippines"},
	{"mofa.gov.vn", "VN", "Ministry of Foreign Affairs of Viet Nam"},
	{"kemlu.go.id", "ID", "Ministry of Foreign Affairs of Indonesia"},
	{"mfa.go.th", "TH", "Ministry of Foreign Affairs of Thailand"},
	{"mfat.govt.nz", "NZ", "Ministry of Foreign Affairs and Trade of New Zealand"},
	{"beehive.govt.nz", "NZ", "New Zealand Government"},
	{"gov", "US", ""},
}

var (
	usTitleRE = lazyRegexp(`(?i)\b(?:president (?:joseph r\. )?biden|president (?:donald j\. )?trump|vice president|secretary (?:blinken|rubio|austin|hegseth)|national security advis[eo]r (?:jake )?sullivan|white house)\b`)
	ukTitleRE = lazyRegexp(`^(?:PM|Prime Minister)(?:'s)? (?:call|meeting|talks?|phone call|bilateral)\b|^Foreign Secretary\b`)
)

// siteOf returns the publisher entry for a URL's host.
func siteOf(pageURL string) (country, name string, ok bool) {
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return "", "", false
	}
	host := lowerText(u.Hostname())
	for _, p := range publishers {
		if host == p.suffix || strings.HasSuffix(host, "."+p.suffix) {
			return p.country, p.name, true
		}
	}
	return "", "", false
}

// inferPublisherCountry guesses the publishing government from the URL's
// host, else from the title's style ("Readout of President Biden's …",
// "PM call with …").
func inferPublisherCountry(pageURL, title string) string {
	if c, _, ok := siteOf(pageURL); ok {
		return c
	}
	switch {
	case usTitleRE.MatchString(title):
		return "US"
	case ukTitleRE.MatchString(title):
		return "GB"
	}
	return ""
}

// publisherName gives a display name for a known publisher's site.
func publisherName(pageURL string) string {
	_, name, _ := siteOf(pageURL)
	return name
}

// dropSummaryOpening drops the quotation mark that opens a summary and is not
// closed in it (a statement quoted whole opens each of its paragraphs
// with one, "\"Today I met …", and closes only the last), and a point's
// letter or numeral.
func dropSummaryOpening(s string) string {
	if rest, ok := cutAnyPrefix(s, "\"", "“"); ok && !closedQuotes(s) {
		return rest
	}
	// "(a) Iwaya stated …": a point's letter or numeral is no part of
	// its summary.
	if len(s) > 4 && s[0] == '(' {
		if k := strings.IndexByte(s[:min(len(s), 7)], ')'); k > 1 && k+1 < len(s) && s[k+1] == ' ' && isEnumerator(s[1:k]) {
			return s[k+2:]
		}
	}
	return s
}

// isEnumerator reports whether s numbers a point: "a", "iv", "B".
func isEnumerator(s string) bool {
	if len(s) == 1 {
		return 'a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z'
	}
	return strings.Trim(s, "ivx") == "" || strings.Trim(s, "IVX") == ""
}

// namedNext reports whether s opens with a name of up to four
// capitalized words that ends with family: "David Lammy met …" after
// "The Foreign Secretary" whose holder the text calls "Lammy".
func namedNext(s, family string) bool {
	var buf [4]string
	for _, w := range firstFields(s[:min(len(s), 80)], buf[:0]) {
		bare := strings.TrimRight(w, ",.;:")
		if bare == family {
			return true
		}
		if !isCapWord(bare) || bare != w {
			return false
		}
	}
	return false
}

// namedSides reports whether a reading gives at least two principals,
// each named: a meeting both of whose sides a fallback may take.
func namedSides(ps []person) bool {
	return len(ps) >= 2 && !slices.ContainsFunc(ps, func(p person) bool { return p.name == "" })
}

// headlineVerbs are a headline's verbs of meeting in title case, and
// the lead's words for them: "Wang Yi Holds Talks with …".
var headlineVerbs = strings.NewReplacer(" Holds Talks With ", " holds talks with ", " Holds Talks with ", " holds talks with ",
	" Meets With ", " meets with ", " Meets with ", " meets with ", " Meets ", " meets ", " Receives ", " receives ",
	" Hosts ", " hosts ", " Speaks With ", " speaks with ", " Speaks with ", " speaks with ", " Talks With ", " talks with ",
	" Holds Phone Call With ", " holds a phone call with ", " Holds Phone Call with ", " holds a phone call with ",
	" Has Phone Call With ", " has a phone call with ", " Has Phone Call with ", " has a phone call with ",
	" Holds Telephone Talks With ", " holds telephone talks with ", " Holds Telephone Talks with ", " holds telephone talks with ")

// headlineAsLead writes a headline as a lead's sentence: its verbs in
// the lead's case and a stop at its end.
func headlineAsLead(title string) string {
	return headlineVerbs.Replace(strings.TrimRight(title, ".:; ")) + "."
}

// participantsOf resolves the people of the lead: their countries (from
// their titles, else the publisher's for the subject, else the one country
// of the title left over), the name of a principal the lead names by
// office only, and names as a reader writes them.
func participantsOf(f leadFacts, pub, title, text string) []Participant {
	out := []Participant{}
	var names []string
	for _, p := range f.principals {
		names = append(names, p.name)
	}
	subjectCountry := pub
	// A list of three or more officials opening the lead is one side,
	// the publisher's as a rule: "National Security Advisor Jake Sullivan,
	// Secretary of Defense Lloyd J. Austin III, and Chairman … Milley".
	subjects := 0
	for _, p := range f.principals {
		if p.subject {
			subjects++
		}
	}
	// capital is the country of the capital the meeting is placed in,
	// when it is another's than the publisher's.
	// ("paid a working visit to Eritrea and held a meeting with
	// President X": so is the country alone the meeting is placed in.)
	capital := ""
	if loc := f.meeting.Location; len(loc) < 40 {
		c := country.Capital(loc)
		if c == "" {
			c, _ = countryName(loc)
		}
		if c != pub {
			capital = c
		}
	}
	hostAbroad := false
	for i, p := range f.principals {
		code := personCountry(p)
		// "Secretary Blinken was received by Prime Minister Kishida in
		// Tokyo": the host of a visit to another country's capital is
		// that country's.
		// ("Minister X was received by President Kais Saied at Carthage
		// Palace": a known holder's country, when no capital says it.)
		if code == "" && p.host && !p.unnamed {
			code = cmp.Or(capital, country.Holder(p.name))
			if code != "" && code != pub {
				hostAbroad = true
			}
		}
		// (The visitor a host abroad received is the publisher's.)
		if code == "" && hostAbroad && !p.subject && !p.unnamed {
			code = pub
		}
		if code == "" && p.subject && (i == 0 || p.unnamed) {
			code = pub
		} else if code == "" && p.subject && (subjects >= 3 || p.sameSide || subjects == 2 && subjectCountry == pub) {
			// ("President X and Vice President Y hosted …": two
			// subjects of a lead are one side, the publisher's when the
			// first is.)
			code = subjectCountry
			// "Chancellor Scholz and President Macron met in Paris": a
			// known holder of a head's or a foreign minister's office is
			// of his country (country.Holder), not the first's.
			// ("President X, Prime Minister Y and Prime Minister Z met":
			// three or more leaders of a summit, each his own.)
			if h := country.Holder(p.name); h != "" && subjects >= 2 && !p.sameSide {
				code = h
			}
		}
		if i == 0 && code != "" {
			subjectCountry = code
		}
		name := p.name
		if p.firstPerson {
			name, p.title = bylineOf(text)
			if name == "" {
				name = authorLine(text, pub)
			}
			// "Remarks by President António Costa after his meeting
			// with …" over "I had a very good meeting with …".
			if name == "" {
				name, p.title = remarksAuthor(title)
			}
		} else if p.unnamed {
			// (The headline may be the only line that names the
			// office's holder, and a feed's body may not repeat it.)
			name = cmp.Or(nameOfOffice(p.title, text, names), nameOfOffice(p.title, title, names))
			// ("Prime Minister Ishiba welcomed …": the family name alone.)
			if name == "" && p.subject {
				name = cmp.Or(familyOfOffice(p.title, title, names), familyOfOffice(p.title, text, names))
			}
			// "the Foreign Minister of Chile" … "Minister Camila Rojas
			// thanked …": a guest is named later by the office's head
			// word alone.
			// ("… meets Estonian counterpart Tsahkna": the headline
			// names the counterpart the lead leaves unnamed.)
			if name == "" && !p.subject && p.counterpart {
				name = cmp.Or(counterpartNameIn(title, names), counterpartNameIn(text, names))
			}
			// "received a delegation from Japan. The delegation was led
			// by the Parliamentary Vice-Minister …, X": its leader.
			if name == "" && p.title == delegationHead {
				if l, ok := delegationLeader(text); ok {
					name, p.title = l.name, cmp.Or(l.title, p.title)
				}
			}
			if name == "" && !p.subject {
				office, _, _ := strings.Cut(p.title, " of ")
				if w := lastWord(office); w != office && w != "" {
					name = nameOfOfficeAs(w, text, names)
				} else if w != "" && headOfGovernment.MatchString(w) {
					// "the President of Kenya" … "President Ruto
					// congratulated …": a head of state's office of one
					// word, whose holder is no known holder of another
					// country's.
					if n := cmp.Or(nameOfOfficeAs(w, text, names), familyOfOffice(w, text, names)); n != "" {
						if h := country.Holder(n); h == "" || h == code {
							name = n
						}
					}
				}
			}
		} else {
			name = fullerName(name, title, text)
			// "Prime Minister Montenegro" read as Montenegro's, whose
			// fuller name is a known holder's of another country.
			if h := country.Holder(name); h != "" && h != code && name != p.name && (code == "" || countryOf(p.name) == code) {
				code = h
			}
		}
		// "Federal Foreign Minister Johann Wadephul arrived in Kyiv …
		// In Kyiv, Wadephul met …": a principal the lead names without an
		// office has the one the page writes before his name.
		if p.title == "" && name != "" && !p.firstPerson {
			p.title = cmp.Or(officeBeforeName(name, text), officeBeforeName(name, title))
		}
		out = appendParticipant(out, person2(p, name, code, RolePrincipal, text))
	}
	// "Foreign Minister X and her Armenian counterpart Y held talks": Y
	// holds the office of the one whose counterpart he is.
	for i := range out {
		if t := out[i].Title; i > 0 && hasAnyPrefix(t, []string{"his ", "her ", "their "}) && strings.HasSuffix(t, "counterpart") && out[0].Title != "" {
			out[i].Title = out[0].Title
		}
	}
	// A principal whose title names no country takes the title's country
	// that no other principal has; when all are taken, a title of one
	// country besides the publisher's gives it: several officials of one
	// side ("Yermak" beside "Zelenskyy of Ukraine", who joined). When the
	// title names several (a trip to three countries), the country the
	// text gives the person comes first ("Solomon Islands’ Prime Minister
	// Sogavare"); when the lead's counterparts without a country of
	// their own outnumber the title's countries, they are one side, the
	// first one's ("President Isaac Herzog, National Security Advisor
	// Tzachi Hanegbi, … and … Benny Gantz" on a trip to Israel and the
	// West Bank).
	titleCountries := findCountries(title)
	var others []string
	for _, c := range titleCountries {
		if c != pub {
			others = append(others, c)
		}
	}
	countryless := 0
	for i, p := range out {
		if p.Country == "" && euOffice(p.Title) {
			out[i].Country = "EU"
		}
		if out[i].Country == "" && p.Role == RolePrincipal {
			countryless++
		}
	}
	// "The Foreign Minister of Bhutan X paid a courtesy call on Chief
	// Adviser Y": a guest opens a lead of two, and the one met, whose
	// title names no country, is the publisher's when no one else is.
	if pub != "" && len(f.principals) == 2 && len(out) > 1 && out[0].Country != "" && out[0].Country != pub && out[0].Role == RolePrincipal &&
		!slices.ContainsFunc(out, func(p Participant) bool { return p.Country == pub }) {
		for i := range out {
			if out[i].Country == "" && out[i].Role == RolePrincipal {
				out[i].Country = pub
				break
			}
		}
	}
	shared := ""
	for i := range out {
		if out[i].Country != "" {
			continue
		}
		if shared != "" {
			out[i].Country = shared
			continue
		}
		var free []string
		for _, c := range titleCountries {
			if !slices.ContainsFunc(out, func(p Participant) bool { return p.Country == c }) {
				free = append(free, c)
			}
		}
		if len(free) > 1 && out[i].Name != "" {
			if c := countryFromContext(out[i].Name, text, pub, out); c != "" {
				out[i].Country = c
			}
		}
		if out[i].Country == "" && len(free) > 0 {
			out[i].Country = free[0]
		}
		if out[i].Country == "" && len(others) == 1 {
			out[i].Country = others[0]
		}
		// "travelled to Kyiv on Monday, where she met President X and
		// Foreign Minister Y": the hosts of a meeting in another
		// country's capital are that country's.
		if out[i].Country == "" && i > 0 && capital != "" && country.Holder(out[i].Name) == "" {
			out[i].Country = capital
		}
		if countryless > len(others) && len(others) > 1 {
			shared = out[i].Country
		}
	}
	// "X travelled to the Dominican Republic … During their meeting
	// with President Abinader": a host of no stated country is the
	// country the trip went to.
	// ("traveled to Nairobi, Kenya and Abuja, Nigeria … In Nairobi, the
	// Secretary met with President Ruto and …": the meeting's capital
	// before the trip's last country, and a known holder's own.)
	if f.trip != "" && f.trip != pub {
		trip := cmp.Or(capital, f.trip)
		for i := range out {
			if out[i].Country == "" && i > 0 && out[i].Role == RolePrincipal {
				out[i].Country = cmp.Or(country.Holder(out[i].Name), trip)
			}
		}
	}
	// "The Prime Minister met President Biden": a principal whose country
	// neither title nor headline gives takes it from the text.
	for i := range out {
		if out[i].Country == "" && out[i].Name != "" {
			c := countryFromContext(out[i].Name, text, pub, out)
			if c == "" {
				c = country.Holder(out[i].Name)
			}
			if c == "" {
				c = countryOfOffice(out[i].Title, text, pub, out)
			}
			// ("met with Secretary of Homeland Security X": an office of
			// the United States' cabinet by its own name.)
			if c == "" && pub != "US" && usCabinetOffices[out[i].Title] {
				c = "US"
			}
			out[i].Country = c
		}
	}
	// "Leaders Schumer and Jeffries", "Senator X", "Governor Y": an
	// office of a country's own politics, of no country stated, is the
	// publisher's when no principal is of another country.
	foreign := slices.ContainsFunc(out, func(p Participant) bool { return p.Country != "" && p.Country != pub })
	for i := range out {
		if out[i].Country == "" && pub != "" && (!foreign && domesticOffices[lastWord(out[i].Title)] || servesOwnLeader(out[i].Title)) {
			out[i].Country = pub
		}
	}
	for _, p := range f.attendees {
		code := personCountry(p)
		if code == "" {
			code = subjectCountry
		}
		out = appendParticipant(out, person2(p, p.name, code, RoleAttendee, text))
	}
	return out
}

// servesOwnLeader reports whether an office that names no country serves
// the publisher's own leader: "Special Assistant to the President and
// Senior Director for Climate", "Senior Advisor to the Prime Minister".
func servesOwnLeader(title string) bool {
	for _, p := range []string{" to the President", " to the Prime Minister", " to the Vice President"} {
		if i := indexText(title, p); i >= 0 {
			rest := title[i+len(p):]
			return !strings.HasPrefix(rest, " of ") && !strings.HasPrefix(rest, " of")
		}
	}
	return false
}

// domesticOffices are the last words of offices of a country's own
// politics.
var domesticOffices = setOf("Leader", "Senator", "Representative", "Governor", "Mayor", "Speaker", "Congressman",
	"Congresswoman", "Councillor", "Councilor", "Lawmaker")

// pastMiddleInitial returns name with the word after its middle
// initial, where the reading stopped at the initial's full stop as at a
// sentence's ("Amina J" of "…, Amina J. Mohammed."): the text names it
// so.
func pastMiddleInitial(name, text string) string {
	w := lastWord(name)
	if len(w) != 1 || !isUpperByte(w[0]) || !strings.Contains(name, " ") {
		return name
	}
	i := indexText(text, name+". ")
	if i < 0 {
		return name
	}
	rest := text[i+len(name)+2:]
	next := trimPunct(rest[:min(len(rest), 40)])
	if k := strings.IndexAny(next, " \t\n"); k >= 0 {
		next = trimPunct(next[:k])
	}
	if next == "" || !isCapWord(next) || notNames[next] || titleVocab[next] {
		return name
	}
	return name + ". " + next
}

// person2 makes a Participant of a person read from the text.
func person2(p person, name, code, role, text string) Participant {
	name = pastMiddleInitial(name, text)
	display := displayName(name, code, countryOf(p.countryText) == "JP" && familyFirstIn(stripHonorifics(name), text))
	display = withoutSecondSurname(display, code, text)
	// "The President of the Republic, Mr. X, received": the comma that
	// set the name off is no part of the title.
	q := Participant{Name: display, Title: strings.TrimRight(titleWithoutStyle(withoutDateline(p.title)), ", "), Country: code, Role: role}
	if display != name {
		q.Written = name
	}
	return q
}

// titleDatelineRE is a dateline or a date that opens a title read from a
// lead's first words: "La Paz, May 7, 2025 (Cancillería).- The Minister
// …", "Thursday 14 August 2025: The Secretary General …", "On 14 May 2025,
// the Deputy Chairman …".
var titleDatelineRE = lazyRegexp(`^.{0,60}?\d{4}(?: \([^)]{1,40}\))?(?:\.-|\.–| –| —| -|:|,) *(?:[Tt]he )?`)

// withoutDateline removes such a dateline from a title, and "the" after
// it.
func withoutDateline(t string) string {
	if t == "" || !strings.ContainsAny(t[:min(len(t), 64)], "0123456789") {
		return t
	}
	if m := titleDatelineRE.FindStringIndex(t); m != nil && m[1] < len(t) && isUpperByte(t[m[1]]) {
		return t[m[1]:]
	}
	return t
}

// personCountry is the country of a person's title: the last country it
// names, except in "Ambassador to X", where X is the host country.
func personCountry(p person) string {
	t := p.countryText
	// "UN Special Envoy for Yemen", "UN Relief and Works Agency for
	// Palestine Refugees … Commissioner General": an office of the UN's
	// is the UN's, whatever country it serves.
	// (A body of its own the UN's name opens, "UN High Commissioner for
	// Refugees", is that body's.)
	if hasAnyPrefix(strings.TrimPrefix(t, "the "), []string{"UN ", "U.N. ", "United Nations "}) {
		for _, o := range findOrgs(t) {
			if o != "UN" && !orgGroupings[o] {
				return o
			}
		}
		return "UN"
	}
	// ("the President of the 79th session of the General Assembly": the
	// UN's, which numbers its Assembly's sessions.)
	if containsText(t, "session of the General Assembly") && countryOf(t) == "" {
		return "UN"
	}
	if i := indexText(t, "Ambassador to "); i >= 0 {
		t = t[:i]
	}
	// "Ambassador of Japan to Cambodia" is Japan's.
	if i := indexText(t, "Ambassador of "); i >= 0 {
		if j := indexText(t[i:], " to "); j >= 0 {
			t = t[:i+j]
		}
	}
	if c := countryOf(t); c != "" {
		return c
	}
	// "the Speaker of the Knesset": a legislature's own name.
	if c := legislatureCountry(t); c != "" {
		return c
	}
	orgs := findOrgs(t)
	for _, o := range orgs {
		if o == "EU" || o == "UN" {
			return o
		}
	}
	if len(orgs) > 0 && orgHeadRE.MatchString(t) {
		for _, o := range orgs {
			if !orgGroupings[o] {
				return o
			}
		}
	}
	return ""
}

// legislatures are parliaments known by a name of their own, which
// names no country: "the Speaker of the Knesset".
var legislatures = map[string]string{"Knesset": "IL", "Bundestag": "DE", "Sejm": "PL", "Saeima": "LV", "Seimas": "LT",
	"Riigikogu": "EE", "Storting": "NO", "Stortinget": "NO", "Riksdag": "SE", "Folketing": "DK", "Folketinget": "DK",
	"Eduskunta": "FI", "Althingi": "IS", "Verkhovna Rada": "UA", "Oireachtas": "IE", "Dáil Éireann": "IE",
	"Lok Sabha": "IN", "Rajya Sabha": "IN", "State Duma": "RU", "Sabor": "HR", "Jatiya Sangsad": "BD", "Dewan Rakyat": "MY",
	"Dewan Negara": "MY", "Mazhilis": "KZ", "Oliy Majlis": "UZ", "Jogorku Kenesh": "KG", "Milli Majlis": "AZ"}

// legislatureCountry returns the country of a legislature t names by
// its own name, or "".
func legislatureCountry(t string) string {
	for name, c := range legislatures {
		if i := indexText(t, name); i >= 0 && (i == 0 || !isNameByte(t[i-1])) && (i+len(name) == len(t) || !isNameByte(t[i+len(name)])) {
			return c
		}
	}
	return ""
}

// orgHeadRE finds the office of an international organisation's head or
// officer in a title ("NATO Secretary General", "Director-General of the
// WHO", "Chairperson of the AU Commission"): that organisation is then the
// person's side, as the EU and the UN always are.
var orgHeadRE = lazyRegexp(`\b(?:Secretary[- ]General|Deputy Secretary[- ]General|Director[- ]General|Managing Director|Executive Director|President|Chair|Chairperson|Chairman|Chairwoman|Commissioner|High Representative|High Commissioner|Head|Representative)\b`)

// orgGroupings are groupings of states with no secretariat of their own
// to speak for them: their "Chair" is a country. (The Commonwealth has
// one: its Secretary-General is the Commonwealth's.)
var orgGroupings = setOf("G7", "G8", "G20", "QUAD", "BRICS", "AUKUS", "IPEF", "CPTPP", "RCEP", "EAS", "ARF", "ACMECS", "NAM", "MERCOSUR", "CELAC")

// pairRelationRE finds "the UK-US relationship", "Japan-U.S. alliance".
var pairRelationRE = lazyRegexp(`([\p{L}.]+)[-–]([\p{L}.]+) (?:relationship|relations|partnership|alliance|ties|cooperation|summit|trade)`)

// countryFromContext finds the country of a person the lead names without
// one ("President Biden"): a country written just before the name in the
// same phrase ("US President Joe Biden"), or just after it ("Biden of the
// United States", "Biden, President of the United States"); else the
// other side of a pair with the publisher ("the UK-US relationship").
// "" when the text does not tell.
// openingCountry returns the country of "In <country>, " or "In
// <capital>, " (capitalStop) where it opens the sentence or the line that
// left ends in, "" otherwise.
func openingCountry(left string) string {
	// (A stop after "Mr" ends no sentence.)
	k := strings.LastIndex(left, ". ")
	for k > 0 && abbreviations[lowerText(lastWord(left[:k]))] {
		k = strings.LastIndex(left[:k], ". ")
	}
	start := max(k+2, strings.LastIndexByte(left, '\n')+1, 0)
	return capitalStop(strings.TrimLeft(left[start:], " "))
}

func countryFromContext(name, text, pub string, others []Participant) string {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(name, ", Jr."), " Jr."))
	if len(words) == 0 {
		return ""
	}
	surname := words[len(words)-1]
	taken := func(c string) bool {
		return c == pub || slices.ContainsFunc(others, func(p Participant) bool { return p.Country == c })
	}
	for from := 0; ; {
		i := indexText(text[from:], surname)
		if i < 0 {
			break
		}
		i += from
		from = i + len(surname)
		if i > 0 && isWordByte(text[i-1]) || from < len(text) && isWordByte(text[from]) {
			continue
		}
		// "In Nigeria, Mr. Finer met with Vice President X, Minister of
		// Foreign Affairs Y": the country a trip's paragraph opens with
		// is its hosts', however many of them.
		if c := openingCountry(text[:i]); c != "" && c != pub {
			return c
		}
		// Before: "US President Joe Biden", in one phrase of capitalized
		// words and titles.
		before := text[max(0, i-60):i]
		if k := strings.LastIndexAny(before, ".,;:\n"); k >= 0 && !strings.HasSuffix(before[:k+1], "U.S.") {
			before = before[k+1:]
		}
		if ms := findCountryMentions(before); len(ms) > 0 {
			m := ms[len(ms)-1]
			// "Solomon Islands’ Prime Minister Sogavare": a possessive
			// after the country is part of the phrase.
			rest := strings.TrimLeft(before[m.End:], "’'")
			if allCapsOrTitles(rest) && !taken(m.Code) {
				return m.Code
			}
		}
		// After: "Biden of the United States", "Biden, President of the
		// United States".
		after := text[from:min(len(text), from+80)]
		if k := strings.IndexAny(after, ";\n"); k >= 0 {
			after = after[:k]
		}
		if strings.HasPrefix(after, " of ") || strings.HasPrefix(after, ", ") && titleVocab[trimPunct(nextWord(strings.TrimPrefix(strings.TrimPrefix(after, ", "), "the ")))] {
			seg := after
			if k := indexText(after[2:], ","); k >= 0 {
				seg = after[:k+2]
			}
			if c := countryOf(seg); c != "" && !taken(c) {
				return c
			}
		}
	}
	for _, m := range pairRelationRE.FindAllStringSubmatch(text, -1) {
		a, b := countryOf(m[1]), countryOf(m[2])
		switch {
		case a == pub && b != "" && !taken(b):
			return b
		case b == pub && a != "" && !taken(a):
			return a
		}
	}
	return ""
}

// euOffice reports whether title is an office only the European Union
// has, written without the Union's name: "High Representative/Vice-
// President Kaja Kallas", "HR/VP". (Bosnia's "High Representative for
// Bosnia and Herzegovina" names its post.)
func euOffice(title string) bool {
	switch title {
	case "HR/VP", "HRVP", "High Representative", "High Representative/Vice-President", "High Representative/Vice President",
		"High Representative for Foreign Affairs and Security Policy":
		return true
	}
	return false
}

// usCabinetOffices are offices only the United States' cabinet holds by
// these names ("Secretary of State" without "for": the United Kingdom's
// have a portfolio after it).
var usCabinetOffices = setOf("Secretary of State", "Secretary of Homeland Security", "Secretary of Defense", "Secretary of the Treasury",
	"Treasury Secretary", "Secretary of Veterans Affairs", "Secretary of Health and Human Services",
	"Secretary of Housing and Urban Development", "Homeland Security Secretary", "Defense Secretary", "Secretary of War",
	// The State Department's deputies.
	"Deputy Secretary of State", "Under Secretary of State", "Assistant Secretary of State")

// countryOfOffice finds the country the text gives an office elsewhere:
// "the US President", "the President of the United States" for
// "President"; "" when it gives none, or several.
func countryOfOffice(title, text, pub string, others []Participant) string {
	if title == "" || !headWords[lastWord(title)] {
		return ""
	}
	found := ""
	for from := 0; ; {
		i := indexText(text[from:], title)
		if i < 0 {
			break
		}
		i += from
		from = i + len(title)
		if i > 0 && isWordByte(text[i-1]) || from < len(text) && isWordByte(text[from]) {
			continue
		}
		var c string
		before := strings.Fields(text[max(0, i-30):i])
		if n := len(before); n > 0 {
			c = countryOf(before[n-1])
		}
		if after := text[from:min(len(text), from+50)]; c == "" && strings.HasPrefix(after, " of ") {
			if k := strings.IndexAny(after[4:], ",.;\n"); k >= 0 {
				after = after[:k+4]
			}
			c = countryOf(after)
		}
		if c == "" || c == pub || slices.ContainsFunc(others, func(p Participant) bool { return p.Country == c }) {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// allCapsOrTitles reports whether s holds only capitalized words (titles
// and given names): "President Joe ".
func allCapsOrTitles(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isCapWord(w) && !titleVocab[trimPunct(w)] {
			return false
		}
	}
	return true
}

// lineSentences splits the lines that hold one of laterCues into
// sentences (remembered in cache) and returns them with the index of the
// first sentence after the lead's line.
func lineSentences(lines []string, lead string, cache *sentCache) ([]string, int) {
	var out []string
	after := -1
	if lead == "" {
		after = 0
	}
	for _, l := range lines {
		// Only lines that may report a host, a leader who joins or a
		// trip are read (laterCueSet: each line once for all cues,
		// where scanning the whole text for each cue took 3% of a parse).
		if laterCueSet.in(l) {
			out = append(out, cache.splitSentences(l)...)
		}
		if after < 0 && (containsText(l, lead) || containsText(lead, l)) {
			after = len(out)
		}
	}
	if after < 0 {
		after = len(out)
	}
	return out, after
}

// cueSet is a list of cues ready to be looked for in a line: those that
// open with a space by the byte after it, the rest on their own.
type cueSet struct {
	bySecond *[256][]spaceCue
	others   []string
}

// spaceCue is a cue that opens with a space, with its first eight bytes
// (fewer for a shorter cue) as one word and the mask of those bytes: most
// words of a line open as one of the cues does in their first byte only,
// and one comparison of words rules them out where strings.HasPrefix
// compared bytes in a call.
type spaceCue struct {
	text       string
	head, mask uint64
}

func newCueSet(cues []string) cueSet {
	c := cueSet{bySecond: new([256][]spaceCue)}
	for _, q := range cues {
		if len(q) >= 2 && q[0] == ' ' {
			var head, mask uint64
			for i := 0; i < min(len(q), 8); i++ {
				head |= uint64(q[i]) << (8 * i)
				mask |= 0xFF << (8 * i)
			}
			c.bySecond[q[1]] = append(c.bySecond[q[1]], spaceCue{q, head, mask})
		} else {
			c.others = append(c.others, q)
		}
	}
	return c
}

// in reports whether l holds one of the set's cues.
func (c cueSet) in(l string) bool {
	for p := strings.IndexByte(l, ' '); p >= 0 && p+1 < len(l); {
		if qs := c.bySecond[l[p+1]]; len(qs) > 0 {
			if rest := l[p:]; len(rest) >= 8 {
				w := load8(rest)
				for _, q := range qs {
					if w&q.mask == q.head && (len(q.text) <= 8 || strings.HasPrefix(rest[8:], q.text[8:])) {
						return true
					}
				}
			} else {
				for _, q := range qs {
					if strings.HasPrefix(rest, q.text) {
						return true
					}
				}
			}
		}
		k := strings.IndexByte(l[p+1:], ' ')
		if k < 0 {
			break
		}
		p += 1 + k
	}
	for _, q := range c.others {
		if containsText(l, q) {
			return true
		}
	}
	return false
}

// laterCueSet is laterCues ready for lineSentences.
var laterCueSet = newCueSet(laterCues)

// laterCues are the words of the sentences laterHosts and laterJoined
// read: a meeting, a leader who joins, a trip.
var laterCues = []string{" met ", " meeting with ", " held talks", " consultations with ", " called on ", " held a bilateral meeting with ",
	" held a meeting with ", " Meeting with ", " joined the ", "Joining ", "visited", "traveled to", "travelled to", "arrived in", courtesyCall, bilateralTalks,
	" received by ", " received in audience by ", " received the ", " held official talks with ", ", who received ", "With the ",
	// A visit's later meeting written as a pair (laterPair).
	" co-chaired ",
	// ("On the same day, he talked with the Minister … of Samoa, X".)
	" talked with ", " spoke with ", "s talks with "}

// linesLen is the length of lines in bytes.
func linesLen(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	return n
}

// subjectName is the name of the publisher's first named principal.
func subjectName(ps []Participant, pub string) string {
	for _, p := range ps {
		if p.Role == RolePrincipal && p.Country == pub && p.Name != "" {
			return p.Name
		}
	}
	return ""
}

// headlineSubject is the name of the subject of a headline read as a
// lead, when he is of the publisher's side or of none: "Kassym-Jomart
// Tokayev" of "Kassym-Jomart Tokayev holds talks with Prime Minister of
// Italy Giorgia Meloni"; "" otherwise.
func headlineSubject(title, pub string, ref time.Time) string {
	if title == "" {
		return ""
	}
	for _, q := range parseLead(headlineAsLead(title), "", ref).principals {
		if c := personCountry(q); q.subject && q.name != "" && !q.unnamed && (c == "" || c == pub) {
			return displayName(q.name, pub, false)
		}
	}
	return ""
}
