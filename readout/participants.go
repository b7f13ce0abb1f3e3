package readout

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/readout-bot/readout/country"
)

// A lead names the sides of a meeting around one verb frame: "X held a
// meeting with Y", "X spoke to Y", "X met Y", "X received a courtesy call
// from Y", "X hosted Y", "the call between X and Y". frameRE finds the
// frame; what precedes it is the subject (the publisher's side, as a rule)
// and what follows it the counterpart.
var frameREs = []*lazyRE{
	lazyRegexp(`\b(?:held|holds|hold|had|has held|have held)\b[^;]{0,90}?\b(?:with|between)\s+`),
	lazyRegexp(`\b(?:spoke|speaks|spoken|talked)\b[^;]{0,60}?\b(?:with|to)\s+`),
	// "consented to receive a courtesy call by …": a sovereign's audience.
	// ("received the visit of the Minister … of Paraguay, X", as Brazil's
	// and other ministries write it in English.)
	lazyRegexp(`\b(?:received|receives|(?:consented|agreed) to receive) (?:` + receivedDay[1:] + ` )?(?:a |an |the )?(?:[a-z]+ ){0,2}?(?:courtesy call|(?:tele)?phone call|video call|call|visit|credentials(?: copies)?|[Ll]etters? of [Cc]redence)(?: of [a-z]+)?` + hostAdverbials + ` (?:from|by|of)\s+`),
	// ("paid a farewell call on", "paid a courtesy visit to", "placed a
	// call to", "made a phone call to".)
	lazyRegexp(`\b(?:paid (?:a |an )?(?:courtesy |farewell |introductory )?call (?:on|to)|paid (?:a |an )?(?:courtesy|farewell|introductory) visit to|(?:placed|made) (?:a |an )?(?:telephone |phone |video )?call to)\s+`),
	lazyRegexp(`\b(?:met|meets)\b(?:,? (?:today|yesterday|this (?:morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|virtually|separately|on (?:[A-Z][a-z]+,? )?\d{1,2} [A-Z][a-z]+(?:,? \d{4})?|on [A-Z][a-z]+(?: \d{1,2})?(?:,? \d{4})?|for (?:about |nearly |almost |over |more than )?[a-z0-9-]+ (?:minutes|hours?)|in [A-Z][\p{L}]+(?:,? [A-Z][\p{L}]+)?|(?:at (?:the )?|in the )[A-Z][\p{L}'’]*(?: (?:of |of the |for |de |del |de la |de las |de los |da |do |des |du )?[A-Z][\p{L}'’]*){0,4}(?: in [A-Z][\p{L}]+(?: City)?)?))*,?(?: with)?\s+`),
	// "received the President of the United States, Joe Biden": the
	// frame ends before the counterpart (the empty group).
	// "received at Al-Sakhir Palace today the President of Cyprus",
	// "received, on Thursday in Rabat, his Tunisian counterpart": the
	// day and the venue (hostAdverbials) may come before the counterpart.
	lazyRegexp(`\b(?:received|receives)` + hostAdverbials + `\s+()(?:(?:His|Her) (?:Excellency|Majesty) |H\.E\. )?(?:the |his |her |their )?(?:visiting |new |newly appointed |newly accredited |outgoing |incoming )?(?:\p{Lu}|counterparts?\b|(?:a |an )?(?:[a-z-]+ )?delegation (?:from|of) (?:the )?\p{Lu})`),
	// ("hosted a luncheon at the Taipei Guest House for a delegation led
	// by X", "hosted a dinner in honour of Y": the guest of a meal.)
	// ("hosted a delegation from China led by Vice Minister X": the
	// leader is the guest.)
	lazyRegexp(`\b(?:hosted|welcomed|hosts|welcomes|greeted|greets)\b(?: (?:a |an )?(?:[\p{L}-]+ ){0,3}?(?:meeting|talks|dinner|lunch|session|call|videoconference|conversation)(?: today| yesterday)? with|` +
		// ("hosted a courtesy visit by the Ambassador of Japan, X")
		` (?:a |an )(?:courtesy |farewell |introductory )?(?:call|visit) (?:by|from)|` +
		` (?:a |an |the )(?:[\p{L}'’-]+ ){0,3}?delegation\b[^,;.]{0,80}? (?:led|headed) by|` +
		` (?:a |an )?(?:[\p{L}-]+ ){0,2}?(?:dinner|lunch|luncheon|banquet|breakfast|reception)(?:,? at (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of )?\p{Lu}[\p{L}'’-]*){0,4},?)?(?: on [A-Z][a-z]+ \d{1,2}| on \d{1,2} [A-Z][a-z]+| on [A-Z][a-z]+day| today| yesterday| this evening)? (?:for|in honou?r of)(?: (?:a|the) (?:[\p{L}-]+ ){0,2}?delegation (?:led|headed) by)?)?` + hostAdverbials + `\s+`),
	// ("The Ministerial Session was co-chaired by X, Minister … of
	// Zambia, and Y, Minister … of Tanzania": a pair, as "between".)
	// ("A meeting took place today between X and Y")
	// ("… met virtually on June 22 convened by co-chairs X, Title, and
	// Y, Title, and under the leadership of …": those it was convened
	// by, each named before the office.)
	// ("The agreement was signed in Belgrade by Prime Minister X and
	// Hungarian Prime Minister Y": those who signed it, a pair.)
	lazyRegexp(`(?i)\b(?:conversation|call|meeting|talks?)(?: (?:was|were) held| took place)?(?: today| yesterday| on [A-Z][a-z]+)? between\s+|\b(?:co-chaired|convened|chaired) by (?:the )?(?:co-chairs )?|\b(?:was|were) signed(?: (?:today|yesterday|in [A-Z][\p{L}]+|at the [A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}))* by\s+`),
	// "called on Vice President X": a call paid in person.
	// ("convened a call today with President X of France, …": the
	// call's others.)
	lazyRegexp(`\b(?:called(?: on)?|telephoned|phoned|convened(?: (?:a |an )?(?:[\p{L}-]+ ){0,2}?(?:call|meeting|videoconference|conversation|session)(?: today| yesterday| this (?:morning|afternoon|evening))? with)?)\s+`),
	// "President Biden joined Indian Prime Minister Modi and leaders
	// from …": joining a leader is meeting him; the frame ends before
	// the counterpart's title.
	// ("joined Quad leaders, Prime Minister X, …": a group of them.)
	lazyRegexp(`\bjoined\s+()(?:(?:[A-Z][\p{L}]+ ){0,2}(?:Prime Minister|President|Chancellor|King|Queen|Emperor|Sultan|Amir|Emir|Premier|Crown Prince)\b|(?:[A-Z][\p{L}\d]+ )?(?:leaders|counterparts), )`),
	// "traveled to Jeddah, Saudi Arabia on July 27 to meet with …": a
	// trip's purpose names its meeting.
	// ("travelled to Kyiv today for talks with Foreign Minister X")
	// ("issued the following statement today after meeting with
	// President X of Argentina": the statement's author met him.)
	lazyRegexp(`\b(?:to meet with|for (?:talks|consultations|discussions|a meeting|meetings) with|after meeting(?: with)?|(?:after|following) (?:a|his|her|their) meeting with|following meeting with)\s+`),
	// "led a U.S. delegation to New Delhi for a review of … with Deputy
	// National Security Advisor X": the delegation's talks are the
	// meeting, its leader the subject.
	lazyRegexp(`\b(?:led|leads|headed|heads) (?:a |an |the )?(?:[\p{L}.'’-]+ ){0,3}?delegation\b[^;]{0,160}?\bwith\s+`),
	// "the Presidential Delegation to the inauguration of President X":
	// the one inaugurated is the delegation's counterpart.
	lazyRegexp(`\b(?:inauguration|swearing-in|investiture) of\s+`),
	// "External Affairs Minister X paid an official visit to Singapore",
	// "the President of Colombia, Y, paid a State Visit to Brazil": a
	// visit's traveller is the subject; its hosts are named after it, or
	// before it ("At the invitation of President Z, …").
	// ("is paying an official visit to")
	// ("undertook an Official Visit to Malaysia")
	lazyRegexp(`\b(?:paid|pays|made|makes|is paying|is making|undertook|undertakes|is undertaking) (?:an? )?(?:(?:official|Official|state|State|working|Working|bilateral|first|two-day|three-day) ){0,2}(?:visit|Visit) to\s+`),
	// "Minister X received a delegation of the Republic of Korea led by
	// First Vice Minister Y": the delegation's leader is the counterpart.
	// ("received in audience this Tuesday, 6 May 2025, at the
	// Ministry's headquarters in Diamniadio, a delegation … led by")
	lazyRegexp(`\breceived(?: in (?:an )?audience)?` + hostAdverbials + ` (?:a |an |the )(?:[\p{L}-]+ ){0,3}?delegation\b[^,;.]{0,80}? (?:led|headed) by\s+`),
	// "Minister X, Minister Y of Egypt and Minister Z of Iraq held a
	// trilateral meeting in Amman": those joined by "and" before it are
	// all its sides (jointFrame: only then, and with no "with" after it).
	// ("X and Y had a phone call", "… held a telephone conversation")
	// ("… held the annual Australia-New Zealand Foreign Ministers'
	// Consultations", "held a Foreign Ministers' Meeting", "the
	// Philippines–Japan Summit": the meeting's own name.)
	lazyRegexp(`\b(?:held|holds|hold|has held|have held|had) (?:(?:a |an |their )?(?:[a-z-]+['’]? ){0,3}?(?:meeting|talks|consultations|conversation|call|videoconference|summit)|(?:the|a|an|their) (?:[a-z-]+ )?(?:[\p{Lu}\d][\p{L}\d'’.+–-]* ){1,5}(?:Meeting|Talks|Consultations|Dialogue|Summit))\b`),
	// "The Minister of Foreign Affairs of Tunisia, X, was received by
	// Foreign Minister Y": the host, after "by", is the subject
	// (passiveFrame: the sides are swapped).
	lazyRegexp(`\b(?:was|were) (?:received|welcomed|hosted|visited|greeted)(?: (?:today|yesterday|in audience|on [A-Z][a-z]+|in [A-Z][\p{L}-]+|at the [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3}))* by\s+`),
	// "Prime Minister X granted an audience to Y", "received in audience Y".
	// ("granted an audience at 11 a.m. today, in his office, to …",
	// "granted a courtesy call to Y", "accorded a courtesy call to Y": the
	// caller is received.)
	lazyRegexp(`\b(?:granted|grants|gave|accorded) (?:(?:an )?[Aa]udience|a courtesy (?:call|visit))` + hostAdverbials + ` to\s+|\breceived in (?:an )?audience` + audienceDays + `\s+`),
	// "Foreign Minister X in a phone call with his Omani counterpart Y
	// discussed …": the call's verb comes after its sides.
	lazyRegexp(`\bin (?:a |an )?(?:telephone |phone |video )?(?:call|conversation|conference) with\s+`),
	// "X co-chaired the fifth session of the Joint Commission with Y".
	lazyRegexp(`\bco-chair(?:ed|s)?\b[^;]{0,120}?\bwith\s+`),
	// "X participated yesterday in a bilateral meeting with Y".
	// ("attended a dinner hosted by Y": the host is the other side.)
	lazyRegexp(`\b(?:participated|took part)(?: today| yesterday)? in (?:an? |the )?(?:[a-z-]+ ){0,2}(?:meeting|talks|dialogue|consultations) with\s+|` +
		`\battended (?:a |an |the )?(?:[\p{L}-]+ ){0,3}?(?:dinner|lunch|luncheon|banquet|breakfast|reception|meeting) (?:hosted|given|offered|chaired) by\s+`),
	// "X conferred with Y", "exchanged views with", "engaged in talks
	// with", "sat down with", "interacted with", "conducted talks with".
	// ("conducted a telephone call with", "joined a video call with")
	// ("conducts bilateral talks with", "confers with": a headline's
	// present, which some pages write their leads in.)
	lazyRegexp(`\b(?:conferr?(?:ed|s)|exchang(?:ed|es) views|engag(?:ed|es) in (?:talks|discussions|consultations|(?:a )?dialogue)|sat down|sits down|interact(?:ed|s)|conduct(?:ed|s) (?:(?:bilateral|official|formal) )?(?:talks|negotiations|consultations|discussions|(?:a |an )?(?:telephone |phone |video )?(?:call|conversation))|joined (?:a |an |the )?(?:telephone |phone |video )?(?:call|videoconference))\b[^;]{0,60}?\bwith\s+`),
	// A meeting announced before it is held: "X will receive today,
	// April 3, at the Itamaraty Palace, the Minister … of Y, Z", "is to
	// meet with", "is scheduled to host", "will also welcome". (The
	// future of "hold talks with" is read by the first frame.) The
	// frame ends before the counterpart, as "received" does; it opens
	// at "to" of "is scheduled to", whose other words the subject loses
	// (dayBeforeVerb).
	// ("will on Thursday host his Angolan counterpart": a day may stand
	// between the auxiliary and its verb, as afterAnnouncedDay reads it.)
	// ("will on 20 May 2025 host": a date there too.)
	lazyRegexp(`\b(?:will|shall|to)(?: also| then| jointly|,? (?:on |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening))?(?:,? (?:\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?|\p{Lu}\p{Ll}+ \d{1,2}(?:, \d{4})?))?,?|,? on (?:\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?|\p{Lu}\p{Ll}+ \d{1,2}(?:, \d{4})?),?| today,?| tomorrow,?)? (?:meet|receive|host|welcome)\b` + hostAdverbials +
		`(?:,? with)?\s+()(?:(?:His|Her) (?:Excellency|Majesty) |H\.E\. )?(?:the |his |her |their )?(?:visiting |new |newly appointed |incoming )?(?:\p{Lu}|counterparts?\b)`),
	// "Minister X engaged his counterpart from Kenya, Y, on the margins
	// of …", "engaged with Y": a meeting, in South Africa's and others'
	// words ("engaged in talks with" is read above).
	lazyRegexp(`\bengaged(?: with)?` + hostAdverbials + `\s+()(?:(?:His|Her) (?:Excellency|Majesty) |H\.E\. )?(?:the |his |her |their )?(?:visiting |new |incoming )?(?:\p{Lu}|counterparts?\b)`),
	// "had a telephone conversation today at the request of his
	// Iranian counterpart X": the one who asked for it is the other
	// side; "bid farewell to the outgoing Ambassador of Japan, X".
	lazyRegexp(`\b(?:held|had) (?:a |an )?(?:[a-z-]+ ){0,2}?(?:conversation|call|talks|meeting)(?: today| yesterday| this (?:morning|afternoon|evening))? at the (?:request|invitation) of\s+|\b(?:bid|bade) farewell to\s+`),
	// "This was the main message of Federal Councillor X at his meeting
	// with Y": the meeting named after its subject, mid-sentence.
	lazyRegexp(`\b(?:at|during) (?:his|her|their) (?:[a-z-]+ ){0,2}?(?:meeting|talks|conversation|call) with\s+`),
	// "Ambassador X presented copies of his credentials to the Minister
	// …, Y", "presented her Letters of Credence to President Y": an
	// envoy received by the one who accepts them.
	lazyRegexp(`\bpresented (?:(?:a |the )?(?:cop(?:y|ies)|originals?) of )?(?:his |her |their |the )?(?:[Cc]redentials|[Ll]etters? of [Cc]redence|[Ll]etters? of [Cc]ommission)` + hostAdverbials + ` to\s+`),
	// "received a special message from the President of Burundi,
	// delivered by the Minister of Foreign Affairs, X": the envoy who
	// brought it is the one received.
	lazyRegexp(`\b(?:received|receives)(?: a| an| the)? (?:special |verbal |written |personal |congratulatory )?(?:message|letter)\b[^;.]{0,120}?,? (?:delivered|conveyed|handed over|brought|carried) (?:to (?:him|her) )?by\s+`),
}

// pairVerbs are the verbs after two sides joined by "and" that say they
// met: "X and Y discussed …", "signed", "agreed", "co-chaired".
var pairVerbs = []string{" met", " discussed", " signed", " agreed", " exchanged", " reviewed", " co-chaired", " co-hosted", " launched", " welcomed", " underlined", " reaffirmed",
	" spoke", " talked", " conferred", " witnessed",
	// "X and Y led the U.S.-Mexico High-Level Security Dialogue".
	" led the", " co-led", " jointly chaired"}

// hostAdverbials are the day and the venue a host's verb may have before
// its object, with or without commas: "today", "yesterday afternoon", "this Sunday", "on
// Wednesday", "on Monday afternoon", "Sunday", "on 3 March", "in Budapest", "at the Ministry", "at Bayan
// Palace", "at the headquarters of the Organization in Washington,
// D.C.", "in Makkah Al-Mukarramah". A venue of several words ends with a building's word, so that
// "received in Budapest Qatari Foreign Minister X" leaves the guest's title
// to the guest. A time ("at 11 a.m.") and a building's owner ("at the
// Ministry's headquarters in Tripoli") may stand there too.
// (Brazil's pages write the day of the month after the weekday: "this
// Tuesday (8)".)
const hostAdverbials = `(?:,? (?:(?:at|in) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3},? the|(?:today|yesterday)(?: (?:morning|afternoon|evening))?|this (?:morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: \(\d{1,2}\))?|` +
	`(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: \(\d{1,2}\))?(?: (?:morning|afternoon|evening))?|(?:on )?\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?|on \p{Lu}\p{Ll}+ \d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|the \d{1,2}(?:st|nd|rd|th)|` +
	`(?:at|in) (?:his|her|their) office|at (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} "[^"]{3,40}"|at (?:the )?(?:Casa|Palacio|Palácio|Palais|Palazzo|Quinta|Villa|Hôtel|Castillo|Castelo) (?:de |del |do |da |di |du |de la |de las |de los |das |dos )?\p{Lu}[\p{L}'’-]*(?: (?:de |del |do |da |di |du |de la |de las |de los |das |dos )?\p{Lu}[\p{L}'’-]*){0,3}(?: in \p{Lu}[\p{L}'’-]*)?|at \d{1,2}(?:[:.]\d{2})?(?: ?(?:a\.m\.|p\.m\.|am|pm|hours|hrs))?|` +
	`(?:at|in) (?:the )?\p{Lu}[\p{L}-]*['’]s (?:headquarters|offices?|premises|residence|seat)(?: in \p{Lu}[\p{L}'’-]*(?: City)?)?|(?:at|in) (?:the )?(?:(?:headquarters|seat|building|premises|offices|Palace|House|Office|Ministry|Hall|Headquarters) of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?:,? in \p{Lu}[\p{L}'’-]*(?:, D\.C\.)?)?|\p{Lu}[\p{L}'’-]*(?: (?:of |de |the )?\p{Lu}[\p{L}'’-]*){0,4} (?:Palace|House|Office|Ministry|Hall|Centre|Center|Building|Residence|Headquarters|City|Affairs|Tower|Castle|Court|Lodge|Pavilion|Chancellery|Mansion)|\p{Lu}[\p{L}'’-]*(?: (?:Al|El|Ad|Ar|As|An)-\p{Lu}[\p{L}'’-]*)?)))*,?`

// audienceDays are the days "received in audience" may have before its
// guest ("this Tuesday, 4 February 2025,"); a venue there is read with
// the guest's words (venueWords).
const audienceDays = `(?:,? (?:today|yesterday|this (?:morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|` +
	`(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on )?\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?))*,?`

// receivedDay is the day a call received may have before it: "received
// on Wednesday a phone call from …".
const receivedDay = ` (?:today|yesterday|this (?:morning|afternoon|evening)|(?:on|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening))?),?`

// visitFrame, receivedDelegationFrame and jointFrame are the indexes in
// frameREs of "paid a visit to", "received a delegation … led by" and "X,
// Y and Z held a meeting".
const (
	visitFrame              = 13
	receivedDelegationFrame = 14
	jointFrame              = 15
	passiveFrame            = 16
)

// modalFrame is the index in frameREs of a meeting announced: "will
// receive", "is to meet with".
const modalFrame = 22

// announcedVerbs are the verbs of a meeting announced (modalFrame), after
// one of its auxiliaries.
var announcedVerbs = []string{"meet", "receive", "host", "welcome"}

// modalVerbAt returns the offset of the first auxiliary of
// frameStarts[modalFrame] in s[:limit] that a verb of announcedVerbs follows
// ("to meet", "will also receive"), or -1.
func modalVerbAt(s string, limit int) int {
	best := -1
	for _, aux := range frameStarts[modalFrame] {
		for from := 0; from < min(limit, len(s)); {
			j := indexText(s[from:min(len(s), limit+len(aux))], aux)
			if j < 0 {
				break
			}
			at := from + j
			from = at + len(aux)
			rest := s[from:]
			for _, adv := range []string{"also ", "then ", "jointly "} {
				if strings.HasPrefix(rest, adv) {
					rest = rest[len(adv):]
					break
				}
			}
			rest = afterAnnouncedDay(rest)
			for _, v := range announcedVerbs {
				if strings.HasPrefix(rest, v) && (len(rest) == len(v) || !isASCIIWord(rest[len(v)])) {
					if best < 0 || at < best {
						best = at
					}
					limit = at
				}
			}
		}
	}
	return best
}

// afterAnnouncedDay returns rest after a day that stands between an
// auxiliary and its verb ("on Thursday " of "will on Thursday host",
// ", on Thursday, ", "today "), or rest itself.
func afterAnnouncedDay(rest string) string {
	s := strings.TrimLeft(rest, ", ")
	switch {
	case strings.HasPrefix(s, "today"):
		s = s[len("today"):]
	case strings.HasPrefix(s, "tomorrow"):
		s = s[len("tomorrow"):]
	default:
		s = strings.TrimPrefix(strings.TrimPrefix(s, "on "), "this ")
		// ("will on 20 May 2025 host")
		if d, ok := findDate(s[:min(len(s), 24)]); ok && d.start == 0 && strings.HasPrefix(rest, "on ") {
			return strings.TrimLeft(s[d.end:], ", ")
		}
		w := s
		if i := strings.IndexAny(s, " ,"); i >= 0 {
			w = s[:i]
		}
		if _, ok := weekdays[w]; !ok {
			return rest
		}
		s = s[len(w):]
		for _, part := range []string{" morning", " afternoon", " evening"} {
			s = strings.TrimPrefix(s, part)
		}
		// ("will on Monday, 2 June 2025, host": the weekday's date.)
		if t := strings.TrimLeft(s, ", "); t != "" {
			if d, ok := findDate(t[:min(len(t), 24)]); ok && d.start == 0 {
				s = t[d.end:]
			}
		}
	}
	return strings.TrimPrefix(strings.TrimPrefix(s, ","), " ")
}

// delegationFrame is the index in frameREs of "led a delegation to …
// with"; calledFrame that of "called (on) X"; purposeFrame that of "to
// meet with", "after meeting".
const (
	delegationFrame = 11
	calledFrame     = 8
	purposeFrame    = 10
)

// calledNot follow a "called" that asks for something: "called for",
// "called upon … to".
var calledNot = []string{"for ", "upon "}

// frameLits holds, for each of frameREs, words one of which every match
// holds (in some ASCII case): a cheap test before the expression that
// ignores case (the others are read from their frameStarts).
var frameLits = [][]string{
	{"held", "hold", "had"},
	{"spoke", "speaks", "spoken", "talked"},
	{"received", "receives", "consented", "agreed"},
	{"paid", "placed", "made"},
	{"met", "meets"},
	{"received", "receives"},
	{"hosted", "welcomed", "hosts", "welcomes", "greeted", "greets"},
	{" between", "chaired by", "convened by", "signed"},
	{"called", "phoned", "convened"},
	{"joined"},
	{"to meet with", "for talks with", "for consultations with", "for discussions with", "for a meeting with", "for meetings with",
		"after meeting", "after a meeting with", "after his meeting with", "after her meeting with", "after their meeting with",
		"following meeting with", "following a meeting with", "following his meeting with", "following her meeting with",
		"following their meeting with"},
	{"led", "leads", "headed", "heads"},
	{"inauguration", "swearing-in", "investiture"},
	{"paid", "pays", "made", "makes", "is paying", "is making", "undertook", "undertakes", "is undertaking"},
	{"received"},
	{"held", "hold", "has", "have", "had"},
	{"was", "were"},
	{"granted", "grants", "gave", "accorded", "received"},
	{"in"},
	{"co-chair"},
	{"participated", "took part", "attended"},
	{"confer", "exchange", "engage", "sat down", "sits down", "interact", "conduct", "joined"},
	{"will ", "shall ", "to "},
	{"engaged"},
	{" at the request of ", " at the invitation of ", " farewell to "},
	{"at his ", "at her ", "at their ", "during his ", "during her ", "during their "},
	{"presented"},
	{"received", "receives"},
}

// frameStarts holds, for each of frameREs, the words one of which each of
// its matches begins with, in their case (nil for the expression that
// ignores case).
var frameStarts = [][]string{
	{"held", "hold", "had", "has", "have"},
	{"spoke", "speaks", "talked"},
	{"received", "receives", "consented", "agreed"},
	{"paid", "placed", "made"},
	{"met", "meets"},
	{"received", "receives"},
	{"hosted", "welcomed", "hosts", "welcomes", "greeted", "greets"},
	nil,
	{"called", "telephoned", "phoned", "convened"},
	{"joined"},
	{"to meet with", "for talks with", "for consultations with", "for discussions with", "for a meeting with", "for meetings with",
		"after meeting", "after a meeting with", "after his meeting with", "after her meeting with", "after their meeting with",
		"following meeting with", "following a meeting with", "following his meeting with", "following her meeting with",
		"following their meeting with"},
	{"led", "leads", "headed", "heads"},
	{"inauguration", "swearing-in", "investiture"},
	{"paid", "pays", "made", "makes", "is paying", "is making", "undertook", "undertakes", "is undertaking"},
	{"received"},
	{"held", "hold", "has", "have", "had a ", "had an ", "had their "},
	{"was", "were"},
	{"granted", "grants", "gave", "accorded", "received"},
	{"in a "},
	{"co-chair"},
	{"participated", "took", "attended"},
	{"confer", "exchange", "engage", "sat down", "sits down", "interact", "conduct", "joined"},
	{"will ", "will,", "shall ", "to "},
	{"engaged"},
	// (Read only where a request, an invitation or a farewell is: the
	// frame's verbs are in most sentences.)
	nil,
	{"at his ", "at her ", "at their ", "during his ", "during her ", "during their "},
	{"presented"},
	{"received", "receives"},
}

// maxFrames bounds the number of frameREs (firstFrameStarts' array).
const maxFrames = 32

// frameStart is one of frameStarts[frame].
type frameStart struct {
	frame int
	word  string
}

// frameStartLists[frameStartKeys[tripleKey(t)]] are the frameStarts (but
// modalFrame's, which modalVerbAt reads) whose first three bytes t have
// the key (each start has three or more), in frameStarts' order; list 0 is
// empty.
var frameStartKeys, frameStartLists = func() (*[1 << 16]uint8, [][]frameStart) {
	if len(frameREs) > maxFrames || len(frameStarts) != len(frameREs) {
		panic("readout: frameStarts does not fit frameREs")
	}
	keys := new([1 << 16]uint8)
	lists := [][]frameStart{nil}
	for i, starts := range frameStarts {
		if i == modalFrame {
			continue
		}
		for _, w := range starts {
			k := tripleKey(uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]))
			if keys[k] == 0 {
				keys[k] = uint8(len(lists))
				lists = append(lists, nil)
			}
			lists[keys[k]] = append(lists[keys[k]], frameStart{i, w})
		}
	}
	return keys, lists
}()

// tripleKey hashes three bytes, the low 24 bits of t, to 16.
func tripleKey(t uint32) uint16 {
	return uint16((t & 0xFFFFFF) * 0x9E3779B1 >> 16)
}

// firstFrameStarts returns, for each of frameREs with frameStarts (but
// modalFrame), the offset in s of the first of its starts, or -1: what
// firstIndex(s, frameStarts[i]) gives, for all the frames in one pass
// over s instead of one search for each of some ninety words.
func firstFrameStarts(s string) [maxFrames]int {
	var first [maxFrames]int
	for i := range first {
		first[i] = -1
	}
	if len(s) < 3 {
		return first
	}
	t := uint32(s[0])<<8 | uint32(s[1]) // the three bytes that end at p
	for p := 2; p < len(s); p++ {
		t = t<<8 | uint32(s[p])
		k := frameStartKeys[tripleKey(t)]
		if k == 0 {
			continue
		}
		for _, st := range frameStartLists[k] {
			if first[st.frame] < 0 && strings.HasPrefix(s[p-2:], st.word) {
				first[st.frame] = p - 2
			}
		}
	}
	return first
}

// findFrame returns the earliest verb frame of s: [start, end) of the
// frame, or nil.
func findFrame(s string) []int {
	var best []int
	first := firstFrameStarts(s)
	for i, re := range frameREs {
		// A match begins with one of the expression's first words, in
		// their case: it reads from the first of them (and the character
		// before it, for "\b"); the expression that ignores case needs
		// one of its words in any case.
		off := 0
		// The delegation's frame holds the word: most text has none, and
		// "led" stands inside many words ("called").
		if (i == delegationFrame || i == receivedDelegationFrame) && !containsText(s, "delegation") {
			continue
		}
		if starts := frameStarts[i]; starts == nil && !containsAnyFold(s, frameLits[i]) {
			continue
		} else if starts != nil {
			// A frame that starts after the best one found is no better.
			limit := len(s)
			if best != nil {
				limit = best[0]
			}
			k := first[i] // (firstIndexUpTo(s, starts, limit), when not past limit)
			if i == modalFrame {
				// (Most text has "to " and no meeting announced: the
				// expression runs only where a verb of meeting follows.)
				k = modalVerbAt(s, limit)
			} else if k > limit {
				k = -1
			}
			if k < 0 {
				continue
			}
			off = max(0, k-1)
		}
		// "X, Y and Z held a meeting": names joined by "and" before the
		// first "held", and no "with" after it (the frame of "held talks
		// with" is another).
		// (off may stand inside a word, "had" in "Fahad": the precise
		// test follows the match.)
		if i == jointFrame && !containsText(s, " and ") {
			continue
		}
		loc := re.FindStringSubmatchIndex(s[off:])
		// "Speaking after meeting X, Minister Y said …": a clause fronted
		// before its subject is read elsewhere (rewrittenFrameIn); "after
		// meeting" is a frame only after its subject.
		// ("So said Minister X after meeting Y": nor after a verb of
		// saying, which its own reading takes.)
		if i == purposeFrame && loc != nil && (!strings.Contains(strings.TrimSpace(s[:off+loc[0]]), " ") || containsAny(s[:off+loc[0]], " said ", "So said ", " stated ")) {
			continue
		}
		// "called for an immediate ceasefire", "called upon both sides
		// to …": a demand, not a call paid; a later "called" may be one.
		for i == calledFrame && loc != nil && hasAnyPrefix(s[off+loc[1]:], calledNot) {
			off += loc[1]
			loc = re.FindStringSubmatchIndex(s[off:])
		}
		// ("received at Villa Somalia a delegation … led by X": the
		// delegation's frame, which reads past the venue to its leader,
		// wins over "received" from the same word.)
		if loc != nil && (best == nil || loc[0]+off < best[0] || i == receivedDelegationFrame && loc[0]+off == best[0]) {
			if i == jointFrame && (!containsText(s[:off+loc[0]], " and ") || containsText(s[off+loc[1]:], " with ")) {
				continue
			}
			for j := range loc {
				if loc[j] >= 0 {
					loc[j] += off
				}
			}
			if len(loc) > 2 {
				loc[1] = loc[2]
			}
			best = loc[:2]
		}
	}
	return best
}

// unnamedRE finds a principal named by office only at the end of the
// subject: "The Prime Minister", "the Foreign Secretary", "The Secretary".
var unnamedRE = lazyRegexp(`(?:^|\b(?:[Tt]he|UK|US|U\.S\.|British|French|Japanese|German|our)\s+)` +
	`(Crown Prince and Prime Minister|Crown Prince|Prime Minister|PM|EAM|Head of State|Head of Government|President of the Republic|Federal Chancellor|Foreign Secretary|Secretary of State|Secretary-General|Secretary General|Secretary|Minister for Europe and Foreign Affairs|Minister for Foreign Affairs|Minister of Foreign Affairs|Foreign Minister|Minister|President|Chancellor|Vice President|Emir|Amir|King|Sultan|Taoiseach)((?: of (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3})?)\s*,?\s*$`)

// unnamedPerson reads a principal named by office only at the end of s
// ("The Prime Minister", "the Prime Minister of Japan"); an "of" phrase
// after the office must name a country ("Secretary of State Jane Doe" is
// a named person).
func unnamedPerson(s string) (person, bool) {
	s = strings.TrimSpace(s)
	// A match has no comma but one after its last letter: it starts
	// after the comma before that, and is looked for from that comma on
	// (which keeps "^" from matching there and "\b" as it was).
	if k := strings.LastIndexByte(strings.TrimRight(s, " ,\t\n\v\f\r"), ','); k > 0 {
		s = s[k:]
	}
	// "The Minister of Foreign Affairs and International Cooperation":
	// the ministry's other portfolios follow the office.
	list := ""
	if i := strings.LastIndex(s, "Affairs"); i > 0 && portfolioTail(s[i+len("Affairs"):]) {
		list = strings.TrimRight(s[i+len("Affairs"):], " ,")
		s = s[:i+len("Affairs")]
	}
	m := findUnnamed(s)
	if m == nil || m[2] != "" && len(findCountries(m[2])) == 0 {
		return person{}, false
	}
	// "The Foreign Minister of Bhutan Karma Dorji": words after the
	// country are a name, and the office is no unnamed one.
	// (A country of one word has no room for a name after it.)
	if m[2] != "" && strings.Count(strings.TrimPrefix(strings.TrimPrefix(m[2], " of "), "the "), " ") > 0 {
		if ms := findCountryMentions(m[2]); len(ms) > 0 && strings.TrimSpace(m[2][ms[len(ms)-1].End:]) != "" {
			return person{}, false
		}
	}
	return person{title: m[1] + list + m[2], countryText: m[2], unnamed: true}, true
}

// portfolioTail reports whether s is a list of a ministry's other
// portfolios and nothing else (but a comma): " and International
// Cooperation", ", Regional Integration and International Trade"; each
// ends with a portfolio's noun, so that " and Trade Peter Szijjarto" is
// none.
func portfolioTail(s string) bool {
	s = strings.TrimRight(s, " ,")
	n := 0
	for s != "" {
		var sep string
		for _, p := range []string{", and ", " and ", ", "} {
			if strings.HasPrefix(s, p) {
				sep = p
				break
			}
		}
		if sep == "" {
			return false
		}
		k := portfolioPhrase(s[len(sep):])
		if k == 0 {
			return false
		}
		s = s[len(sep)+k:]
		n++
	}
	return n > 0
}

// counterpartRE reads "his new Japanese counterpart, Yoshimasa Hayashi"; a
// style after the first word ("Senator the Hon X") is read with the name,
// which loses it as any style.
var counterpartRE = lazyRegexp(`^(?:his|her|their|my)(?: new)? ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?) (?:counterparts?|colleagues?|peers?),? ((?:\p{Lu}[\p{L}'’.-]*|der|del|de|van|von|al|bin)(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|the (?:Rt\.? )?Hon(?:\.|ourable)?)){0,5})`)

// counterpartOfficeRE reads "his Zambian counterpart, the " and "her
// counterpart from Peru, the ": a counterpart whose office, after "the",
// comes before the name (counterpartOffice).
var counterpartOfficeRE = lazyRegexp(`^(?:his|her|their|my)(?: new)? (?:([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?) counterpart|counterpart (?:from|of) ((?:the )?[A-Z][\p{L}]+(?: (?:of |and |the )?[A-Z][\p{L}]+){0,4})), the \p{Lu}`)

// counterpartOffice reads a counterpart named by demonym or country and
// then by office and name: "his Zambian counterpart, the Minister of
// Foreign Affairs, Honourable Mulambo Haimbe, SC, MP" is Mulambo Haimbe,
// Minister of Foreign Affairs, of Zambia. The office and name are read as
// any counterpart's; the demonym gives the country where they name none.
func counterpartOffice(s string) ([]person, int) {
	m := counterpartOfficeRE.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, 0
	}
	where := ""
	if m[2] >= 0 {
		where = s[m[2]:m[3]]
		if len(findCountries(where)) == 0 {
			return nil, 0
		}
	} else if where = s[m[4]:m[5]]; !isCountryName(strings.TrimPrefix(where, "the ")) {
		return nil, 0
	}
	at := m[1] - len("the X")
	ps, n := counterpartPersons(s[at:])
	if len(ps) != 1 || ps[0].name == "" || n == 0 {
		return nil, 0
	}
	p := ps[0]
	if len(findCountries(p.countryText)) == 0 {
		p.countryText = where + " " + p.countryText
	}
	p.end += at
	return []person{p}, n + at
}

// counterpartFromRE reads "his counterpart from Panama, Javier
// Martínez-Acha": the country after "from" or "of", then the name.
var counterpartFromRE = lazyRegexp(`^(?:his|her|their|my)(?: new)? counterpart (?:from|of) ((?:the )?[A-Z][\p{L}]+(?: (?:of |and |the )?[A-Z][\p{L}]+){0,4}),? ((?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|(?:der|del|de|la|van|von|al|bin|dos|da)\b)){0,5})`)

// ofCountryNameRE reads "the President of Türkiye, Recep Tayyip Erdoğan"
// and "the Prime Minister of Canada Mark Carney": a title, "of", a country
// and the name after it. ofCountryCommaNameRE, tried first, has the comma
// before the name: "the Prime Minister of the United Arab Emirates, H.E.
// X" reads the whole country, where the lazy country of ofCountryNameRE
// stops at "United" and takes "Arab Emirates" for the name.
var (
	ofCountryNameRE      = lazyRegexp(ofCountryName(",? ", "{1,4}"))
	ofCountryCommaNameRE = lazyRegexp(ofCountryName(", ", "{1,4}"))
	// ofCountryMononymRE reads one name after the country: "Minister of
	// Foreign Affairs of the Republic of Indonesia Sugiono" (mononym).
	ofCountryMononymRE = lazyRegexp(ofCountryName(",? ", "{0}"))
)

// ofCountryMononym is ofCountryMononymRE's match in s, taken only where
// the words before the name are a country's whole name and the name is
// no word of a country, a place or a body ("of the Republic of Guatemala"
// names no one).
func ofCountryMononym(s string) []int {
	m := ofCountryMononymRE.FindStringSubmatchIndex(s)
	if m == nil || m[8] >= 0 {
		return nil
	}
	country, name := strings.TrimPrefix(s[m[6]:m[7]], "the "), s[m[10]:m[11]]
	if !isCountryName(country) || len(name) < 3 || isCountryName(name) || countryOf(name) != "" ||
		placeWords[name] || institutionWords[name] || titleVocab[name] {
		return nil
	}
	return m
}

// ofCountryName is the expression of ofCountryNameRE with sep before the
// name and moreWords (a repeat) the name's words after its first. A country's long form may hold "of the" ("the Republic of the
// Philippines") and a courtesy styles ("H.E. Mr.", "Sheikh").
func ofCountryName(sep, moreWords string) string {
	return `^(?:the )?((?:[A-Z][\p{L}.-]* ){0,3}(?:` + strings.Join(ofCountryTitles, "|") + `)(?:,? Extraordinary and Plenipotentiary| a\.i\.| Designate|-designate)?) (of|to) ((?:the )?[A-Z][\p{L}'’.-]*(?: (?:of |and |the |of the )?[A-Z][\p{L}'’.-]*){0,4}?)` +
		// An envoy's post: "Ambassador of Azerbaijan to the Russian
		// Federation Rahman Mustafayev".
		`(?: to ((?:the )?[A-Z][\p{L}'’.-]*(?: (?:of |and |the |of the )?[A-Z][\p{L}'’.-]*){0,4}?))?` +
		sep + `(?:(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.|(?:His|Her) (?:Excellency|Eminence|Highness|Royal Highness|Majesty)|H\.H\.|H\.R\.H\.|Madame|Mme\.?|Prof\.|Eng\.|(?:the |The )?(?:Most |Rt\.? |Right )?Hon\.|Amb\.|Sayyid|Seyed|Sheikh|Sheikha|Prince|Princess) )*((?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|as|ash|an)-\p{Lu}[\p{L}'’.-]*|(?:bin|al|del|der|dos|das|de|la|do|da|van|von|di|du|le|e)\b))` + moreWords + `)`
}

// ofCountryTitles are the titles of ofCountryName's expressions.
var ofCountryTitles = []string{"Prime Minister", "President", "Chancellor", "King", "Foreign Minister", "Minister for Foreign Affairs",
	"Minister of Foreign Affairs", "Secretary of State", "Minister", "Ambassador", "High Commissioner", "Permanent Representative",
	"Chargé d'Affaires",
	// "Chief Advisor to the President of Brazil Celso Amorim", "National
	// Security Adviser to the Prime Minister of India Ajit Doval": an
	// office held to a head's, then the country.
	"Advisor to the President", "Adviser to the President", "Advisor to the Prime Minister", "Adviser to the Prime Minister",
	"Assistant to the President"}

// mayOpenOfCountryName reports whether s may hold a match of
// ofCountryName's expressions: one of their titles stands at its start
// or after one of its first four spaces (their "the " and up to three
// words, each followed by one space, come before the title). Where none
// does, as in most text, the three expressions are not run.
func mayOpenOfCountryName(s string) bool {
	for i, at := 0, 0; i <= 4; i++ {
		if hasAnyPrefix(s[at:], ofCountryTitles) {
			return true
		}
		j := strings.IndexByte(s[at:], ' ')
		if j < 0 {
			return false
		}
		at += j + 1
	}
	return false
}

// titleCommaName is titleCommaNameRE's match in s, looked for only when s
// holds one of titleCommaEnds.
func titleCommaName(s string) []int {
	if !containsAny(s, titleCommaEnds...) {
		return nil
	}
	return titleCommaNameRE.FindStringSubmatchIndex(s)
}

// titleCommaEnds are the ends of titleCommaNameRE's titles with the comma
// after them, one of which each of its matches holds.
var titleCommaEnds = []string{"Minister, ", "President, ", "Chancellor, ", "Secretary, ", "Affairs, ", "State, "}

// titleCommaNameRE reads "the Australian Prime Minister, Anthony Albanese".
var titleCommaNameRE = lazyRegexp(`^(?:the |The )?((?:[A-Z][\p{L}'’.-]* ){0,3}(?:Prime Minister|President|Chancellor|Foreign Minister|Foreign Secretary|Minister for Europe and Foreign Affairs|Minister for Foreign Affairs|Secretary of State|Minister)), ((?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|bin|al|der|del|de|dos|das|do|da|van|von)){1,4}),`)

// leadParticipants reads the subject and the counterparts of a lead's
// main sentence, whose frame is at loc (findFrame(main)). after is the
// text following the counterparts.
func leadParticipants(main string, loc []int) (subj, counter []person, after string, kind string) {
	// "… the trilateral meeting … was held in Gabala, with the
	// participation of Minister … X, Minister … Y and Minister … Z":
	// those who took part are its sides.
	if ps := participationOf(main); len(ps) >= 2 {
		ps[0].subject = true
		return ps[:1], ps[1:], "", "meeting"
	}
	// (loc is findFrame(main), found by the caller.)
	// ("X and his French counterpart Y co-hosted a meeting of …": the
	// host's frame inside "co-hosted" is none; the pair are the sides.)
	if loc != nil && loc[0] >= 3 && main[loc[0]-3:loc[0]] == "co-" {
		loc = nil
	}
	// "The Task Force met virtually on June 22 convened by co-chairs X
	// …": a frame right after the first names the sides.
	if loc != nil && hasAnyPrefix(main[loc[1]:], []string{"convened by ", "co-chaired by ", "chaired by "}) {
		if inner := findFrame(main[loc[1]:]); inner != nil && inner[0] == 0 {
			loc = []int{loc[1], loc[1] + inner[1]}
		}
	}
	if loc == nil {
		// "X and Y met in London": both sides are the subject.
		if i := indexText(main, " met"); i > 0 {
			if ps := conjoinedPersons(main[:i]); len(ps) == 2 {
				return ps[:1], ps[1:], main[i:], "meeting"
			}
		}
		// "Foreign Minister X and her Tunisian counterpart Y discussed
		// …", "X and the Minister of … of Kenya, Y, signed …", "The two
		// foreign ministers, X of Hungary and Y of Tunisia, met …": two
		// sides joined as the subject of the sentence's verb.
		if i := firstIndex(main, pairVerbs); i > 0 {
			if a, b, ok := pairSubject(main[:i]); ok {
				a.subject = true
				return []person{a}, []person{b}, main[i:], "meeting"
			}
			// (Offices with "and" inside and styles before the names, read
			// as "X and Y met" reads them.)
			if ps := conjoinedPersons(main[:i]); len(ps) == 2 && ps[0].name != "" && ps[1].name != "" {
				return ps[:1], ps[1:], main[i:], "meeting"
			}
		}
		return nil, nil, "", ""
	}
	left, right := main[:loc[0]], main[loc[1]:]
	// "At the invitation of President X, the President of Colombia, Y,
	// paid a State Visit to Brazil": the one who invites is the host, a
	// counterpart of the subject who follows.
	// ("At the request of President X, the Prime Minister held a call
	// with him": the one who asked for the call is the counterpart.)
	var inviter []person
	if rest, ok := cutAnyPrefix(left, askerOpeners...); ok {
		if ps := titleFirstPersons(rest, true); len(ps) == 1 && ps[0].name != "" {
			if i := indexText(rest, ps[0].name+", "); i >= 0 {
				inviter, left = ps, rest[i+len(ps[0].name)+2:]
			}
		}
		// "At the invitation of the Minister of Foreign Affairs of the
		// Republic of Cyprus, Dr Constantinos Kombos, the …", "At the
		// request of President X of Ukraine, the …"
		if inviter == nil {
			if ps, n := counterpartPersons(rest); len(ps) == 1 && ps[0].name != "" && strings.HasPrefix(rest[n:], ", ") {
				inviter, left = ps, rest[n+2:]
			}
		}
		// "At the invitation of the Federal Minister for European and
		// International Affairs, X, the Foreign Minister of Moldova, Y,
		// paid …": an office of no country's name, then its holder, the
		// host at home.
		if inviter == nil && (strings.HasPrefix(rest, "the ") || strings.HasPrefix(rest, "The ")) {
			if p, ok := officeThenName(rest[len("the "):], false); ok && isCapWord(rest[len("the "):]) && strings.HasPrefix(rest[len("the ")+p.end:], ", ") {
				inviter, left = []person{p}, rest[len("the ")+p.end+2:]
			}
		}
		// "At the invitation of His Excellency Mr. X, President of the
		// Republic of Senegal, His Excellency Mr. Y, President of …":
		// the name first, then the office, then the subject.
		if inviter == nil {
			if ps := nameFirstPersons(rest); len(ps) >= 2 && ps[0].name != "" && ps[0].end > 0 && ps[0].end < len(rest) {
				if k := ps[0].end - 1; strings.HasPrefix(rest[k:], ", ") {
					inviter, left = ps[:1], rest[k+2:]
				} else if strings.HasPrefix(rest[k+1:], ", ") {
					inviter, left = ps[:1], rest[k+3:]
				}
			}
		}
	}
	// ("a telephone conversation took place between": the frame opens
	// after the call's word.)
	kind = meetingKind(main[loc[0]:loc[1]])
	if w := lastWord(main[:loc[0]]); (kind == "" || kind == "meeting") && (w == "telephone" || w == "phone" || w == "video") {
		kind = meetingKind(w + " " + main[loc[0]:loc[1]])
	}
	if kind == "" && strings.HasPrefix(main[loc[0]:], "received") {
		// "received the President of …": a meeting at home.
		kind = "meeting"
	}
	if f := main[loc[0]:loc[1]]; containsFold(f, "between") || containsFold(f, "chaired by") || containsFold(f, "convened by") || containsFold(f, "signed") {
		// "convened by co-chairs X, U.S. Senior Advisor …, and Y, Head
		// of Cabinet of the European Commission President, and under the
		// leadership of Z, …": a list of names, each before its office.
		if !containsFold(f, "between") {
			if ps := nameFirstPersons(right); len(ps) > 2 {
				ps[0].subject = true
				return ps[:1], ps[1:], "", "meeting"
			}
			// "co-chaired by Deputy National Security Advisor X, Deputy
			// Prime Minister for Restoration of Ukraine Y, and … Z, with
			// participation by Minister of Finance of Ukraine W": a list
			// of offices each before its name, and those taking part.
			clause := right[:chunkEnd(right, []string{". ", ";"})]
			tail := ""
			if k := indexText(clause, ", with participation"); k > 0 {
				clause, tail = clause[:k], clause[k:]
			}
			if ps := listPersons(clause); len(ps) > 2 {
				if k := indexText(tail, " by "); k >= 0 {
					if more, _ := counterpartPersons(strings.TrimRight(tail[k+4:], ". ")); len(more) == 1 && more[0].name != "" {
						ps = append(ps, more...)
					}
				}
				ps[0].subject = true
				return ps[:1], ps[1:], "", "meeting"
			}
		}
		// "A meeting between Foreign Minister X and the Minister of
		// Foreign Affairs of Kenya, Y, took place …"
		end := len(right)
		// ("…, the Rt Hon Y MP, in London yesterday": the place after the
		// pair's last comma.)
		for _, stop := range []string{" took place", " was held", " were held", " is held", ", held", " held", ", in ", ", at ", ", on "} {
			if j := indexText(right, stop); j > 0 && j < end {
				end = j
			}
		}
		if a, b, ok := splitPair(right[:end]); ok {
			a.subject = true
			return []person{a}, []person{b}, right[end:], kind
		}
		// "The call between X and Y took place …"
		if i := indexText(right, " and "); i > 0 {
			a := loosePerson(right[:i])
			rest := right[i+5:]
			end := len(rest)
			for _, stop := range []string{" took place", " was held", " on ", " in ", ",", "."} {
				if j := indexText(rest, stop); j > 0 && j < end {
					end = j
				}
			}
			b := rest[:end]
			var bp person
			if j := indexText(b, " of "); j > 0 {
				bp = loosePerson(b[:j])
				bp.title = strings.TrimSpace(bp.title + " " + b[j+1:])
				bp.countryText = b
			} else {
				bp = loosePerson(b)
			}
			b2 := bp
			if a.name != "" && b2.name != "" {
				a.subject = true
				return []person{a}, []person{b2}, rest[end:], kind
			}
		}
	}
	// "On March 5, Minister X received …": the day that opens the
	// sentence is no part of the subject's title.
	if rest, ok := strings.CutPrefix(left, "On "); ok {
		// (A subject opens with a capital: "On March 20, commencing at
		// 5:35 p.m., Mr. X …" is read as before.)
		// "On 12 May, …" and "On the afternoon of 2 April 2025, …" too.
		if k := strings.Index(rest, ", "); k > 0 && k < 40 && isCapWord(nextWord(rest[k+2:])) {
			w := strings.TrimRight(nextWord(rest), ",")
			_, dated := findDate(rest[:k])
			if _, month := months[lowerText(w)]; month || weekdays[w] != 0 || w == "Sunday" || dated {
				left = rest[k+2:]
			}
		}
	}
	left = trimDayBeforeVerb(left)
	// "X, Y and Z travelled to Kyiv, where they met …": the travellers
	// are the subject.
	if rest, ok := cutAnySuffix(strings.TrimRight(left, " "), ", where they", ", where he", ", where she"); ok {
		if k := firstIndex(rest, tripVerbs); k > 0 {
			left = rest[:k] + " "
		}
	}
	// "Secretary X, joined by Secretary Y, met with …", "President X,
	// along with Vice President Y, met …": those who come with the
	// subject are of its side.
	left, companions := cutCompanions(left)
	subj = subjectPersons(left)
	for i := range subj {
		countryWordsToTitle(&subj[i])
	}
	// (The members a led delegation comprises are no subjects of their
	// own: ledDelegationRE.)
	if ps := listPersons(strings.TrimRight(left, ", ")); len(ps) > len(subj) && !(containsText(left, "delegation") && ledDelegationRE.MatchString(left)) {
		subj = ps
	}
	// "President of the European Council X and President of the European
	// Commission Y met with …": two offices with "and" and "of" inside,
	// each before its name.
	// (Not a name before its offices: "X, Deputy Prime Minister, Minister
	// of Foreign Affairs and International Cooperation of …".)
	if len(subj) == 1 && containsText(subj[0].title, " and ") && !strings.HasPrefix(strings.TrimSpace(left), subj[0].name) {
		if a, b, ok := splitPair(strings.TrimSpace(left)); ok && a.name != "" && b.name != "" && headWordSeen(strings.Fields(a.title)) && headWordSeen(strings.Fields(b.title)) {
			subj = []person{a, b}
		}
	}
	// "President X, Prime Minister Y and Prime Minister Z met in …": a
	// list of three or more, each an office before a name, that is the
	// whole subject.
	if len(subj) < 3 && strings.Contains(left, ", ") {
		if ps := wholeTitleList(strings.TrimRight(left, ", ")); len(ps) >= 3 {
			subj = ps
		}
	}
	// "Minister X, Minister Y of Egypt and Minister Z of Iraq held a
	// trilateral meeting": each of those listed is a side.
	if f := main[loc[0]:loc[1]]; hasAnyPrefix(f, []string{"held ", "hold", "has held", "have held"}) &&
		!containsText(f, " with") && !containsText(f, " between") {
		if ps := titleFirstPersons(strings.TrimSpace(left), false); len(ps) > len(subj) {
			subj = ps
		}
		// "Minister of Foreign Affairs of Ghana X and Kenyan Foreign
		// Minister Y held talks": two sides written in any of their forms.
		if len(subj) < 2 {
			if a, b, ok := splitPair(left); ok {
				subj = []person{a, b}
			}
		}
	}
	// "The Foreign Ministers of India, Australia, Japan and the United
	// States met in …", "The leaders of A, B and C met": an office in the
	// plural over the countries, each holder unnamed.
	if len(subj) == 0 && hasAnyPrefix(left, []string{"The ", "the "}) {
		subj = pluralOfCountries(strings.TrimRight(left[4:], ", "))
	}
	if len(subj) == 0 {
		// "X traveled to Mexico City as the Head of the Delegation to
		// the inauguration of Y": the traveller, before the trip's verb,
		// is the subject.
		// An opening phrase ("From May 2 – 4, …") is no part of the
		// traveller's title.
		if k := firstIndex(left, tripVerbs); k > 0 {
			seg := left[:k]
			if j := strings.LastIndex(seg, ", "); j >= 0 {
				if ps := subjectPersons(seg[j+2:]); len(ps) > 0 && ps[0].name != "" {
					seg = seg[j+2:]
				}
			}
			subj = subjectPersons(seg)
		}
	}
	// "Member of the Political Bureau of the CPC Central Committee and
	// Foreign Minister Wang Yi": offices joined by "and" before the
	// title are the subject's too.
	if len(subj) == 1 && subj[0].title != "" && !subj[0].unnamed {
		subj[0].title = joinedOffices(left, subj[0].title)
	}
	if len(subj) > 0 {
		subj = append(subj, companions...)
	}
	for i := range subj {
		subj[i].subject = true
	}
	// "received in audience at the State House, Abuja, the Prime
	// Minister of Spain, X": the venue (the place reads it) before the
	// guest is no part of the guest's office.
	if hasAnyPrefix(right, []string{"at ", "in "}) {
		if k := indexText(right[:min(len(right), 100)], ", the "); k > 3 && venueWords(right[3:k]) {
			right = right[k+2:]
		} else {
			// ("received in audience at Al Alam Palace the President of
			// …": no comma after the venue; "at the Palace the Special
			// Envoy …": the venue's own "the" first.)
			head := right[:min(len(right), 100)]
			for from := 0; ; {
				k := indexText(head[from:], " the ")
				if k < 0 {
					break
				}
				k += from
				if k > 3 && venueWords(strings.TrimPrefix(right[3:k], "the ")) && isCapWord(right[k+5:]) {
					right = right[k+1:]
					break
				}
				from = k + 4
			}
		}
	}
	// "held a working session with a delegation from the United Nations
	// led by X": the delegation's leader is the counterpart, of its body
	// or country.
	delegation := ""
	if rest, ok := delegationOpening(right); ok && !hasAnyPrefix(main[loc[0]:], []string{"received", "hosted", "welcomed", "hosts", "welcomes"}) {
		head := rest[:min(len(rest), 100)]
		for _, by := range []string{" led by ", " headed by "} {
			if k := indexText(head, by); k >= 0 && !strings.ContainsAny(head[:k], ",;.") {
				delegation = right[:len(right)-len(rest)+k]
				right = rest[k+len(by):]
				// ("led by Hon. Keisuke Suzuki at …": a style before a
				// leader named with no office.)
				right = stripHonorifics(right)
				break
			}
		}
	}
	// "received a special message from President X of South Sudan,
	// delivered by Foreign Minister Y": the envoy is of the sender's
	// country; "conveyed by his envoy, Minister Z": "his envoy" is no
	// office of his.
	if f := strings.TrimSpace(main[loc[0]:loc[1]]); strings.HasSuffix(f, " by") && (containsText(f, "message") || containsText(f, "letter")) {
		if delegation == "" {
			delegation = f
		}
		right = strings.TrimPrefix(strings.TrimPrefix(right, "his "), "her ")
		right = strings.TrimPrefix(strings.TrimPrefix(right, "special "), "Special ")
		if r, ok := cutAnyPrefix(right, "envoy, ", "Envoy, "); ok {
			right = r
		} else if len(right) < len(main[loc[1]:]) {
			right = main[loc[1]:]
		}
	}
	counter, n := counterpartPersons(right)
	if ps := listPersons(right); len(ps) > len(counter) {
		counter = ps
	}
	// "received a delegation from Japan.": the leader unnamed here (a
	// later sentence may name him), of the delegation's country.
	if len(counter) == 0 {
		if m := delegationFromRE.FindStringSubmatch(right); m != nil && countryOf(m[1]) != "" {
			counter = []person{{title: delegationHead, countryText: m[1], unnamed: true}}
		}
	}
	if delegation != "" {
		for i := range counter {
			if personCountry(counter[i]) == "" {
				counter[i].countryText = delegation + " " + counter[i].countryText
			}
		}
	}
	// "held bilateral meetings with the Prime Minister of Fiji, X, the
	// Prime Minister of Samoa, Y, and the President of Palau, Z, on …":
	// more of the same form after the first, each of his own country.
	if len(counter) == 1 && counter[0].name != "" && countryOf(counter[0].countryText) != "" && n > 0 && n < len(right) && strings.HasPrefix(right[n:], ", ") {
		if more, k := moreOfficeCommaNames(right[n:]); len(more) > 0 {
			counter, n = append(counter, more...), n+k
		}
	}
	// "met with European leaders, including President X and Chancellor
	// Y", "his G7 counterparts: …", "her counterparts X of France and Y
	// of Poland": a group named, then its members listed.
	if ps, k := groupList(right); len(ps) > len(counter) {
		counter, n = ps, k
	}
	// "hosted the leaders of Australia, India and Japan in Wilmington",
	// "met with the foreign ministers of A, B and C": an unnamed holder
	// of each country.
	if (len(counter) == 0 || len(counter) == 1 && !isCapWord(counter[0].title)) && strings.HasPrefix(right, "the ") {
		r := right[len("the "):]
		end := listEnd(r, chunkEnd(r, []string{" in ", " at ", " on ", " for ", " to ", ". ", ";", " during ", " who "}))
		if ps := pluralOfCountries(strings.TrimRight(r[:end], ",. ")); len(ps) > 0 {
			counter, n = ps, len("the ")+end
		}
	}
	// "hosted Israeli National Security Advisor X and Minister of
	// Strategic Affairs Y": a second of the same side, after "and".
	// (Only after the first one's name: "X, Deputy Prime Minister and
	// Minister of Foreign Affairs" is one person's offices.)
	// ("the Rt Hon X, Prime Minister of New Zealand, and the Hon Y, …":
	// the "and" after the first one's office.)
	if len(counter) == 1 && counter[0].name != "" && (containsText(right, counter[0].name+" and ") || containsText(right, counter[0].name+", and ") ||
		n < len(right) && hasAnyPrefix(right[n:], []string{", and ", " and "})) {
		// (The stops are looked for after the first one's name: "Minister
		// Delegate for the Budget X and Minister of Finance Y".)
		from := indexText(right, counter[0].name)
		if from < 0 {
			from = 0
		} else {
			from += len(counter[0].name)
		}
		clause := right[:from+chunkEnd(right[from:], []string{";", " to discuss", " at the ", " in ", " on ", " for ", " about "})]
		clause = clause[:fullStop(clause)]
		if ps := andPersons(clause, counter); len(ps) == 2 {
			if countryOf(ps[1].countryText) == "" {
				ps[1].countryText = ps[0].countryText
			}
			ps[1].name = stripHonorifics(ps[1].name)
			counter = ps
			if k := indexText(right, ps[1].name); k > n {
				n = k + len(ps[1].name)
			}
		}
	}
	// "met with Japanese Foreign Minister X and Defense Minister Y": the
	// second of two joined by "and", whose office names no country, is
	// of the first one's.
	// (The first one's country may be a known holder's: "Foreign
	// Minister Penny Wong and Deputy Prime Minister Richard Marles".)
	if len(counter) == 2 && personCountry(counter[1]) == "" && country.Holder(counter[1].name) == "" && containsText(right, counter[0].name+" and ") {
		if countryOf(counter[0].countryText) != "" {
			counter[1].countryText = counter[0].countryText
		} else if c, ok := country.ByCode(country.Holder(counter[0].name)); ok {
			counter[1].countryText = c.Name
		}
	}
	// "called on Hon'ble Foreign Minister today", "paid a courtesy call
	// on the Prime Minister at the Kantei": an office alone, the
	// publisher's (resolved as a subject's is).
	if len(counter) == 0 && (hasAnyPrefix(right, []string{"the ", "The "}) || titleVocab[nextWord(right)] || honorificWords(strings.Fields(right[:min(len(right), 40)])) > 0) {
		clause := right[:chunkEnd(right, chunkStops)]
		if p, ok := unnamedPerson(stripHonorifics(clause)); ok && p.countryText == "" {
			counter, n = []person{p}, len(clause)
		} else if p, ok := demonymOffice(clause); ok {
			// "received … the Jordanian Foreign Minister": a guest of
			// the country its demonym names, unnamed.
			counter, n = []person{p}, len(clause)
		}
	}
	// "met with his counterpart Dmytro Kuleba": "his counterpart" is no
	// office; he is read as "his Ukrainian counterpart, X" is.
	if len(counter) == 1 && counterpartWords[counter[0].title] {
		counter[0].title = "Foreign Minister"
	}
	// "President X … held talks with his Burkinabè counterpart, Captain
	// Y": a counterpart holds the subject's office, not a foreign
	// minister's (counterpartsAt's default).
	if len(counter) == 1 && len(subj) == 1 && counter[0].title == "Foreign Minister" && hasAnyPrefix(right, []string{"his ", "her ", "their "}) &&
		containsText(right[:min(len(right), 48)], "counterpart") {
		o := subj[0].title
		if countryOf(o) != "" {
			o = officeOf(o)
		}
		switch {
		// ("National Chancellor", "Canciller": Latin America's foreign
		// ministers.)
		// ("Minister of International Relations and Cooperation": South
		// Africa's.)
		case o == "" || containsAny(o, "Foreign", "External", "International Relations", "Canciller", "Chanceler", "National Chancellor") || !headWordSeen(strings.Fields(o)):
		case headOfGovernment.MatchString(o) && !strings.HasPrefix(o, "President") && !strings.HasPrefix(o, "Prime Minister"):
			// A chancellor's or a king's counterpart may hold another
			// office: none is given.
			counter[0].title = ""
		default:
			counter[0].title = o
		}
	}
	after = right[min(n, len(right)):]
	// "spoke to President X, together with President Y and Chancellor
	// Z", "met Y in Kyiv, alongside President X", "met with Y, joined by
	// Deputy Prime Minister W": those named with the counterpart are
	// sides too; one whose office names no country and who holds no
	// known office of another is of the subject's side.
	if len(counter) > 0 && len(subj) > 0 {
		for _, p := range companionsAfter(after) {
			if personCountry(p) == "" && country.Holder(p.name) == "" {
				p.subject, p.sameSide = true, true
			}
			counter = append(counter, p)
		}
	}
	// "X, Chief Foreign Policy Advisor, and Y, Chief National Security
	// Advisor, to President Z of Lithuania": the office they serve gives
	// the country their own offices do not.
	// ("to discuss Ukraine" is no office: the words after "to" open one.)
	if rest, ok := strings.CutPrefix(strings.TrimLeft(after, ", "), "to "); ok && len(counter) > 0 && titleVocab[nextWord(strings.TrimPrefix(rest, "the "))] {
		rest = rest[:chunkEnd(rest, []string{". ", ";", ", "})]
		if c := countryOf(rest); c != "" {
			for i := range counter {
				if countryOf(counter[i].countryText) == "" {
					counter[i].countryText += " to " + rest
				}
			}
		}
	}
	if len(counter) == 0 && len(subj) < 2 {
		// "The two foreign ministers, X of Hungary and Y of Tunisia, met
		// in Budapest", "The Minister of Foreign Affairs of Hungary, X,
		// and the Minister of Foreign Affairs of Chile, Y, met …": both
		// sides before the verb. (Without "The two", only two of
		// different countries: a list of one side's officials who
		// "hosted a roundtable" is no pair.)
		if a, b, ok := pairSubject(left); ok {
			ca, cb := countryOf(a.countryText), countryOf(b.countryText)
			if hasAnyPrefix(left, []string{"The two ", "the two "}) || ca != "" && cb != "" && ca != cb {
				a.subject = true
				subj, counter = []person{a}, []person{b}
			}
		}
	}
	if f := main[loc[0]:loc[1]]; strings.HasPrefix(f, "was ") || strings.HasPrefix(f, "were ") {
		// "Y was received by X": the host is the subject.
		for i := range subj {
			subj[i].subject = false
		}
		for i := range counter {
			counter[i].subject, counter[i].host = true, true
		}
		subj, counter = counter, subj
		if kind == "" {
			kind = "meeting"
		}
	}
	// "received a delegation of Japan led by State Minister Y", "hosted
	// a delegation from China led by …": the delegation's country is its
	// leader's.
	if f := main[loc[0]:loc[1]]; hasAnyPrefix(f, []string{"received", "hosted", "welcomed", "hosts", "welcomes"}) && containsText(f, "delegation") {
		for i := range counter {
			if countryOf(counter[i].countryText) == "" {
				counter[i].countryText = f + counter[i].countryText
			}
		}
	}
	// "X paid an official visit to Sri Lanka from 2 to 4 March at the
	// invitation of Minister Y": the one who invites is the host, as
	// when the invitation opens the sentence.
	if len(counter) == 0 && inviter == nil {
		if k := indexText(right, " at the invitation of "); k >= 0 {
			if ps := titleFirstPersons(right[k+len(" at the invitation of "):], true); len(ps) == 1 && ps[0].name != "" {
				inviter = ps
			}
		}
	}
	if inviter != nil {
		for i := range subj {
			subj[i].title = strings.TrimRight(subj[i].title, ", ")
		}
		counter = append(inviter, counter...)
	}
	// "held a … Summit Meeting at Camp David", "convened a call with the
	// leaders of the Bucharest Nine": words read as a counterpart whose
	// "office" opens with a preposition or an article ("at", "a call with
	// the leaders of the") and holds no office's word nor country name
	// no one.
	counter = slices.DeleteFunc(counter, func(p person) bool {
		ws := strings.Fields(p.title)
		return len(ws) > 0 && notOfficeOpeners[ws[0]] && !headWordSeen(ws) && countryOf(p.title) == ""
	})
	return subj, counter, after, kind
}

// demonymOffice reads an office named by its country's demonym alone,
// "the Jordanian Foreign Minister", as an unnamed person of that
// country; ok is false for any other words.
func demonymOffice(s string) (person, bool) {
	s = strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")), ".,;:")
	d, office, ok := strings.Cut(s, " ")
	if !ok || len(findCountries(d)) != 1 || !officeWords(office) || !headWordSeen(strings.Fields(office)) || len(findCountries(office)) > 0 {
		return person{}, false
	}
	if ws := strings.Fields(office); len(ws) > 4 || !headWords[ws[len(ws)-1]] && !titleVocab[ws[len(ws)-1]] {
		return person{}, false
	}
	return person{title: s, countryText: s, unnamed: true}, true
}

// venueWords reports whether s, the words between "at" and the guest,
// are a venue's and its city's: capitalized words, "the", "of" and
// commas, with no office's head word.
func venueWords(s string) bool {
	ws := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		// ("the Palais de la Marina in Cotonou": a venue's Romance
		// connectors, and its city after "in".)
		if w != "the" && w != "of" && w != "in" && !isNameConnector(w) && !isCapWord(w) || headWords[w] {
			return false
		}
	}
	return true
}

// askerOpeners open a lead with the one who invited its subject or asked
// for its call.
var askerOpeners = append(slices.Clone(invitationOpeners), "At the request of ", "On the request of ", "Upon the request of ")

// dayBeforeVerb are the days and adverbs written between a subject and
// its verb: "Secretary-General of ASEAN, Dr. Kao Kim Hourn, today met
// with …".
var dayBeforeVerb = []string{" today", " yesterday", " this morning", " this afternoon", " this evening", " also",
	" on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " on Saturday", " on Sunday",
	// "X is scheduled to meet …", "X will hold talks with …": the
	// auxiliaries of a meeting announced.
	" is", " are", " will", " shall", " to", " due", " scheduled", " set", " expected",
	// "Baroness X has met …": the perfect's auxiliary.
	" has", " have",
	// "The Prime Minister was pleased to welcome …".
	" pleased", " delighted", " honoured", " honored", " glad", " was"}

// trimDayBeforeVerb returns left without the days and adverbs that end
// it.
func trimDayBeforeVerb(left string) string {
	for changed := true; changed; {
		changed = false
		t := strings.TrimRight(left, " ")
		for _, d := range dayBeforeVerb {
			if strings.HasSuffix(t, d) {
				left, changed = t[:len(t)-len(d)]+" ", true
				break
			}
		}
		// "X, on 20 May 2025 hosted …": a date after "on", the comma
		// after it left out.
		if k := strings.LastIndex(t, " on "); !changed && k > 0 && len(t)-k <= 28 && dayPhrase(t[k+1:]) {
			left, changed = strings.TrimSuffix(t[:k], ",")+" ", true
		}
		// "X, today, 12 September 2025, received …": a day set off by
		// commas.
		// ("X, on Thursday, February 20, 2025, received …": a day with
		// commas of its own.)
		if body, ok := strings.CutSuffix(t, ","); ok && !changed {
			for k, n := strings.LastIndex(body, ", "), 0; k > 0 && n < 3; k, n = strings.LastIndex(body[:k], ", "), n+1 {
				// ("X, during her working visit to Tokyo, held …": an
				// aside of the occasion.)
				if dayPhrase(body[k+2:]) || hasAnyPrefix(body[k+2:], occasionAsides) && !strings.Contains(body[k+2:], ", ") {
					left, changed = body[:k+1]+" ", true
					break
				}
			}
		}
	}
	return left
}

// occasionAsides open an aside between a subject and its verb that says
// on what occasion the meeting was: "X, during her working visit to
// Tokyo, held …".
var occasionAsides = []string{"during his ", "during her ", "during their ", "during the ", "while in ", "while on ",
	"on the sidelines of ", "on the margins of ", "in the framework of ", "as part of "}

// dayPhrase reports whether s is a day and nothing else: "today", "on
// Friday", "12 September 2025", "on 12 September".
func dayPhrase(s string) bool {
	s = strings.TrimPrefix(s, "on ")
	// ("Thursday, February 20, 2025")
	if w, rest, ok := strings.Cut(s, ", "); ok && (weekdays[w] != 0 || w == "Sunday") {
		s = rest
	} else if w, rest, ok := strings.Cut(s, " "); ok && (weekdays[w] != 0 || w == "Sunday") && rest != "" && isDigit(rest[0]) {
		// ("Wednesday 5 March 2025")
		s = rest
	}
	if s == "today" || s == "yesterday" || weekdays[s] != 0 || s == "Sunday" {
		return true
	}
	if len(s) > 30 {
		return false
	}
	d, ok := findDate(s)
	return ok && d.start == 0 && d.end == len(s)
}

// participationOf reads the people listed after "with the participation
// of", each with an office of any form: items separated by commas or
// "and", each opening with a word of titles.
func participationOf(main string) []person {
	const cue = "with the participation of "
	k := indexText(main, cue)
	if k < 0 {
		return nil
	}
	rest := strings.TrimRight(main[k+len(cue):], ". ")
	var out []person
	for rest != "" {
		end := len(rest)
		for _, sep := range []string{", ", " and "} {
			for from := 0; ; {
				i := indexText(rest[from:], sep)
				if i < 0 {
					break
				}
				i += from
				from = i + len(sep)
				if titleVocab[nextWord(rest[i+len(sep):])] {
					end = min(end, i)
					break
				}
			}
		}
		ps, _ := counterpartPersons(rest[:end])
		if len(ps) == 0 || ps[0].name == "" || ps[0].unnamed {
			return nil
		}
		out = append(out, ps[0])
		rest = strings.TrimPrefix(strings.TrimPrefix(rest[end:], ", "), " and ")
	}
	return out
}

// joinedOffices returns title with the offices joined to it by "and"
// before it in left, from the start of left's last clause: "Member of the
// Political Bureau of the CPC Central Committee and Foreign Minister".
func joinedOffices(left, title string) string {
	i := indexText(left, " and "+title+" ")
	if i <= 0 {
		return title
	}
	head := left[:i]
	if j := strings.LastIndex(head, ", "); j >= 0 {
		head = head[j+2:]
	}
	ws := strings.Fields(head)
	if len(ws) < 2 || !(headWordSeen(ws) || ws[0] == "Member") || !officeWords(head) || len(findCountries(head)) > 0 {
		return title
	}
	return head + " and " + title
}

// tripVerbs open the report of a trip after its traveller.
var tripVerbs = []string{" traveled to ", " travelled to ", " visited ", " arrived in "}

// subjectPersons reads the person (or, joined by "and", the people) who
// open a lead.
func subjectPersons(left string) []person {
	// "Dr. X and a delegation of high-level U.S. officials, including
	// Y, traveled …": the delegation is its leader's.
	if i := firstIndex(left, delegationTails); i > 0 {
		left = left[:i]
	}
	// "Yesterday, Assistant to the President … X": the day is no part
	// of the office.
	for _, o := range leadOpeners {
		if rest, ok := strings.CutPrefix(left, o); ok && isCapWord(rest) {
			left = rest
			break
		}
	}
	if firstPersonSubject(left) {
		return []person{{unnamed: true, firstPerson: true}}
	}
	// "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al
	// Saud, Crown Prince and Prime Minister, received …": the style goes,
	// so that the prince's long name is read before his office, as a
	// counterpart's is (counterpartPersons).
	if r, ok := withoutRoyalStyle(left); ok && containsText(r, ", ") {
		left = r
	}
	// "Head of Government Brigitte Haas welcomed …", as Liechtenstein's
	// and Monaco's pages write it, "Chairman of the Cabinet of Ministers
	// X", "President of the Council of Ministers X": "Government" and
	// "Ministers" are no name's words.
	for _, o := range []string{"Head of Government ", " of Ministers "} {
		i := indexText(left, o)
		if i < 0 || o[0] == ' ' && !titleVocab[nextWord(strings.TrimPrefix(left, "The "))] {
			continue
		}
		title := strings.TrimPrefix(left[:i+len(o)-1], "The ")
		if ws := strings.Fields(left[i+len(o):]); len(ws) >= 2 && len(ws) <= 4 && !slices.ContainsFunc(ws, func(w string) bool { return !isCapWord(w) || titleVocab[w] }) {
			return []person{{name: strings.Join(ws, " "), title: title, countryText: title}}
		}
	}
	// "The Head of State, President X, granted …": the role before the
	// comma says what the office after it says.
	if rest, ok := cutAnyPrefix(left, "The Head of State, ", "the Head of State, ", "The Head of Government, ", "the Head of Government, "); ok && isCapWord(rest) {
		if ps := subjectPersons(rest); len(ps) == 1 && ps[0].name != "" && ps[0].title != "" {
			return ps
		}
	}
	// "An Egyptian delegation led by Foreign Minister X and comprising
	// …, paid a working visit to …": the leader is the subject, of the
	// delegation's country.
	if m := ledDelegationRE.FindStringSubmatch(left); m != nil {
		if ps := subjectPersons(m[2]); len(ps) == 1 && ps[0].name != "" {
			if countryOf(ps[0].countryText) == "" && countryOf(m[1]) != "" {
				ps[0].countryText = m[1] + " " + ps[0].countryText
			}
			return ps
		}
	}
	// "For his first trip abroad as Minister for Europe and Foreign
	// Affairs, Stéphane Séjourné travelled …": a phrase of its own opens
	// the sentence before the subject's comma; the office it names with
	// "as" is his title.
	if isIntroWord(nextWord(left)) {
		if i := strings.Index(left, ", "); i > 0 {
			// ("Following the talks, the Austrian Foreign Minister was
			// received by …": an office of a country named, unnamed.)
			if ps := subjectPersons(left[i+2:]); len(ps) == 1 && (ps[0].name != "" || ps[0].unnamed && countryOf(ps[0].countryText) != "") {
				if j := indexText(left[:i], " as "); ps[0].title == "" && j >= 0 && isCapWord(left[j+4:i]) && headWordSeen(strings.Fields(left[j+4:i])) {
					ps[0].title, ps[0].countryText = left[j+4:i], left[j+4:i]
				}
				return ps
			}
		}
	}
	// "Minister for Africa Lord Collins of Highbury met": a peer's
	// place ends the subject; the person is read without it.
	if i := peerPlaceAt(left); i > 0 {
		if ps := subjectPersons(left[:i]); len(ps) == 1 && strings.HasSuffix(ps[0].name, lastWord(left[:i])) {
			ps[0].name += strings.TrimRight(left[i:], " ")
			return ps
		}
	}
	nameFirst := nameFirstPersons(left)
	if ps := nameFirst; len(ps) > 0 {
		p := ps[len(ps)-1]
		// The rest of a title ("Senior Advisor to the President, met
		// …") is no person of its own.
		rest := strings.TrimSpace(strings.Trim(left[min(p.end, len(left)):], ", "))
		if rest == "" || p.end >= len(left)-2 || strings.HasPrefix(rest, "to the ") && !containsText(rest, ", ") {
			return nameFirstList(left, ps)
		}
	}
	if p, ok := jointOffice(left); ok {
		return []person{p}
	}
	if ps := conjoinedPersons(left); len(ps) == 2 {
		return ps
	}
	if p, ok := unnamedPerson(left); ok {
		return []person{p}
	}
	if p, ok := unnamedOwnOffice(left); ok {
		return []person{p}
	}
	// "The Austrian Foreign Minister was received by …": an office of
	// a country by its demonym alone.
	if p, ok := demonymOffice(left); ok && (strings.HasPrefix(left, "The ") || strings.HasPrefix(left, "the ")) {
		return []person{p}
	}
	// "The Foreign Secretary and the Defence Secretary met …": two
	// offices of the publisher's, each unnamed.
	if a, b, ok := strings.Cut(strings.TrimSpace(left), " and the "); ok {
		p, okP := unnamedPerson(a)
		q, okQ := unnamedPerson("the " + b)
		// ("the Defence Secretary": any office of capitalized words
		// with a head's word.)
		if ws := strings.Fields(b); !okQ && len(ws) > 0 && len(ws) <= 4 && headWords[ws[len(ws)-1]] &&
			!slices.ContainsFunc(ws, func(w string) bool { return !isCapWord(w) }) {
			q, okQ = person{title: b, unnamed: true}, true
		}
		if okP && okQ {
			q.sameSide = true
			return []person{p, q}
		}
	}
	if ps := lastTitleFirst(left); len(ps) > 0 {
		return ps
	}
	if len(nameFirst) > 0 {
		return nameFirstList(left, nameFirst)
	}
	// "The President of the Republic, His Excellency Mohamed Ould Cheikh
	// El Ghazouani,": an office, a comma and a long name after styles,
	// which loosePerson's last three names would cut.
	if rest, ok := cutAnyPrefix(strings.TrimSpace(left), "The ", "the "); ok {
		if p, ok := officeThenName(rest, false); ok && strings.Trim(rest[min(p.end, len(rest)):], ", ") == "" && len(strings.Fields(p.name)) > 3 {
			return []person{p}
		}
	}
	if ps := bareNamePair(left); ps != nil {
		return ps
	}
	if p := loosePerson(left); p.name != "" {
		return []person{p}
	}
	// "Tajani met his counterpart from …", "Lavrov held talks with …":
	// the publisher's minister by family name alone opens the lead.
	if w := strings.TrimSpace(left); w != "" && !strings.ContainsAny(w, " ,") && bareFamilySubject(w) {
		return []person{{name: w}}
	}
	// "Foreign Minister of the Republic of Indonesia, Sugiono, held …":
	// a name of one word, set off by commas after an office.
	if m := mononymRE.FindStringSubmatch(left); m != nil && headWordSeen(strings.Fields(m[1])) && !notNames[m[2]] &&
		len(findCountries(m[2])) == 0 {
		return []person{{name: m[2], title: m[1], countryText: m[1]}}
	}
	return nil
}

// jointOffice reads a subject who holds two offices joined by "and":
// "Prime Minister and Minister of Foreign Affairs Dr. X" (no article: one
// title), "The Prime Minister and Foreign Minister, X," (the name set off
// by commas after both). "The Prime Minister and Foreign Minister X" is
// left to be two people.
func jointOffice(left string) (person, bool) {
	s := strings.TrimSpace(left)
	a, b, ok := strings.Cut(s, " and ")
	if !ok {
		return person{}, false
	}
	article := strings.HasPrefix(a, "The ") || strings.HasPrefix(a, "the ")
	ws := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(a, "The "), "the "))
	if len(ws) == 0 || !headWords[ws[len(ws)-1]] || slices.ContainsFunc(ws, func(w string) bool { return !titleVocab[w] }) {
		return person{}, false
	}
	if article {
		// The name set off by commas after the second office.
		i := strings.Index(b, ", ")
		if i < 0 || !headWordSeen(strings.Fields(b[:i])) || !strings.HasSuffix(strings.TrimRight(s, " "), ",") {
			return person{}, false
		}
		n, _ := commaName(b[i:])
		if n == "" {
			return person{}, false
		}
		title := strings.Join(ws, " ") + " and " + b[:i]
		return person{name: stripHonorifics(n), title: title, countryText: title}, true
	}
	ps := titleFirstPersons(s, false)
	if len(ps) != 1 || ps[0].name == "" || !strings.HasPrefix(ps[0].title, strings.Join(ws, " ")+" and ") {
		return person{}, false
	}
	return ps[0], true
}

// ledDelegationRE reads a subject that is a delegation and its leader:
// "An Egyptian delegation led by Foreign Minister X and comprising …",
// "A high-level delegation of Japan headed by Y,".
var ledDelegationRE = lazyRegexp(`^(?:An?|The) ((?:[\p{L}-]+ ){0,2}?delegation(?: of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})?) (?:led|headed) by ((?:[^,]|, (?:Dr|Mr|Ms|Mrs|H\.E|Prof)\.)+?)(?:,? (?:and )?(?:comprising|including|composed of|consisting of|accompanied by)\b.*)?,?\s*$`)

// unnamedOwnOfficeRE is an office of any portfolio named alone as a
// sentence's subject: "The Defence Secretary", "The Deputy Prime
// Minister", "The Minister for Development", "The Chancellor of the
// Exchequer".
var unnamedOwnOfficeRE = lazyRegexp(`^[Tt]he ((?:[A-Z][\p{L}-]+ ){0,3}(?:Minister|Secretary|President|Chancellor|Premier|Adviser|Advisor|Envoy|Commissioner|Representative|Spokesperson|Taoiseach|Tánaiste)(?: (?:for|of State for) (?:the )?[A-Z][\p{L}-]+(?: (?:and )?[A-Z][\p{L}-]+){0,3}| of the Exchequer)?)$`)

// unnamedOwnOffice reads a subject named by an office alone that
// unnamedPerson's fixed offices do not hold ("The Defence Secretary met
// …"): the publisher's, so no word of it may name a country.
func unnamedOwnOffice(left string) (person, bool) {
	left = strings.TrimSpace(left)
	if len(left) > 80 || !strings.HasPrefix(left, "The ") && !strings.HasPrefix(left, "the ") {
		return person{}, false
	}
	m := unnamedOwnOfficeRE.FindStringSubmatch(left)
	if m == nil || len(findCountries(m[1])) > 0 || len(findOrgs(m[1])) > 0 {
		return person{}, false
	}
	return person{title: m[1], unnamed: true}, true
}

// counterpartNamed open a counterpart named with or without a comma:
// counterpartCommas and each without its comma.
var counterpartNamed = func() []string {
	out := slices.Clone(counterpartCommas)
	for _, c := range counterpartCommas {
		out = append(out, strings.TrimSuffix(c, ", ")+" ")
	}
	return out
}()

// nameOfCountryRE reads a name of two to four capitalized words and the
// words of a country after "of": "Giulia Conti of Italy this morning".
var nameOfCountryRE = lazyRegexp(`^((?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’-]+) of ((?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3})`)

// leadingCountry is the country's name that opens s, with its "the"
// ("the United Kingdom" of "the United Kingdom this morning"); "" when
// none does.
func leadingCountry(s string) string {
	off := 0
	if strings.HasPrefix(s, "the ") {
		off = len("the ")
	}
	m, ok := country.FirstMention(s, off)
	if !ok || m.Start != off || !isCountryName(s[off:m.End]) {
		return ""
	}
	return s[:m.End]
}

// counterpartWords name a person as someone's counterpart, no office:
// counterpartCommas without their commas.
var counterpartWords = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range counterpartCommas {
		m[strings.TrimSuffix(c, ", ")] = true
	}
	return m
}()

// introWords open a phrase that may stand before a sentence's subject
// ("For his first trip abroad as …, X travelled").
var introWords = setOf("For", "During", "After", "Following", "Ahead", "Before", "While", "As", "At", "On", "In")

// isIntroWord reports whether w is one of introWords, in either case of
// its first letter: a second phrase may follow the first ("On Monday, on
// the third anniversary of …, Speaker X met").
func isIntroWord(w string) bool {
	if introWords[w] {
		return true
	}
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		return introWords[string(w[0]-'a'+'A')+w[1:]]
	}
	return false
}

// peerPlaceAt is where " of <Place>" ends left after a peer's style and
// name ("… Lord Collins of Highbury"), or 0.
func peerPlaceAt(left string) int {
	var buf [64]string
	ws := fieldsInto(buf[:0], left)
	n := len(ws)
	if n < 4 || ws[n-2] != "of" || !peerStyles[ws[n-4]] || !isCapWord(ws[n-3]) || !isCapWord(ws[n-1]) {
		return 0
	}
	return strings.LastIndex(left, " of ")
}

// notFamilyWords open a sentence as its subject and are no one's name.
var notFamilyWords = setOf("He", "She", "They", "We", "It", "Both", "Each", "All", "Everyone", "Participants", "Delegations",
	"Ministers", "Leaders", "Officials", "Sides", "Talks", "Discussions", "Consultations", "Negotiations")

// bareFamilySubject reports whether w, a lead's whole subject, can be a
// family name standing alone: a capitalized word of letters that is no
// office's, country's, organisation's, day's or opener's word.
func bareFamilySubject(w string) bool {
	if !isCapWord(w) || notFamilyWords[w] || notNames[w] || titleVocab[w] || headWords[w] || institutionWords[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	if isMonthOrDay(w) {
		return false
	}
	return len(findCountries(w)) == 0 && len(findOrgs(w)) == 0
}

// cutAnyPrefix is strings.CutPrefix with the first of prefixes that s
// opens with.
func cutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// delegationTails join a delegation to its leader as a subject.
var delegationTails = []string{" and a delegation", " and his delegation", " and her delegation", " and the delegation",
	" and a U.S. delegation", " and a team of", " and an interagency delegation",
	// "X, as well as other senior officials from the White House, met
	// with …": those with the subject are no subject of their own.
	", as well as other", ", along with other", ", together with other", ", as well as senior", ", along with senior",
	// "X, on behalf of President Y, received …": the one represented
	// is no subject.
	", on behalf of ", ", representing ", ", on the instructions of "}

// firstPersonSubject reports whether a lead's subject is "I": "Today I
// spoke with …", "In Suva, I met …", "This week I travelled …".
func firstPersonSubject(left string) bool {
	// (A statement quoted whole opens with its quotation mark.)
	left = strings.TrimLeft(strings.TrimSpace(left), "\"“'‘")
	if i := strings.LastIndex(left, ", "); i >= 0 {
		left = left[i+2:]
	}
	for _, w := range []string{"Today ", "Yesterday ", "This week ", "This morning ", "This afternoon ", "Earlier today ", "Tonight "} {
		left = strings.TrimPrefix(left, w)
	}
	return left == "I"
}

// bylineOf reads the minister a page is issued by from its first lines:
// a name with a style ("Senator the Hon Penny Wong", "Hon Jane Roe")
// opening a line, the office after it on the same line or the next
// ("Minister for Foreign Affairs"). Both are "" when there is none.
func bylineOf(text string) (name, office string) {
	lines := strings.SplitN(text, "\n", 12)
	for i, l := range lines {
		l = strings.TrimSpace(l)
		style := ""
		for _, h := range bylineStyles {
			if strings.HasPrefix(l, h) {
				style = h
				break
			}
		}
		ws := strings.Fields(l[len(style):])
		if style == "" || len(ws) > 12 || strings.ContainsAny(l, ",.;:") {
			continue
		}
		// The name's words end at the office's first.
		k := 0
		for k < len(ws) && k < 4 && isCapWord(ws[k]) && !titleVocab[ws[k]] {
			k++
		}
		if k < 2 {
			continue
		}
		rest := ws[k:]
		if len(rest) == 0 && i+1 < len(lines) {
			rest = strings.Fields(lines[i+1])
		}
		if len(rest) > 0 && len(rest) <= 8 && headWordSeen(rest) {
			return style + strings.Join(ws[:k], " "), strings.Join(rest, " ")
		}
	}
	return signatureOf(text)
}

// signatureDashes open the line that signs a statement.
var signatureDashes = []string{"- ", "– ", "— ", "―", "-", "–", "—"}

// signatureOf reads the minister who signs a statement in its last
// lines: "- Jane Roe, Minister of Foreign Affairs". Both are "" when
// there is none.
func signatureOf(text string) (name, office string) {
	lines := strings.Split(strings.TrimSpace(text[max(0, len(text)-400):]), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		l, dash := cutAnyPrefix(strings.TrimSpace(lines[i]), signatureDashes...)
		// ("Senator the Hon Jane Roe, Minister for Foreign Affairs": a
		// minister's style signs without a dash.)
		l, styled := cutAnyPrefix(strings.TrimSpace(l), bylineStyles...)
		// ("David Lammy, Foreign Secretary" alone on the last line, as
		// a statement on gov.uk is signed.)
		if !dash && !styled && (i != len(lines)-1 || strings.HasSuffix(l, ".")) {
			continue
		}
		if n, o, ok := nameAndOffice(l); ok {
			return n, o
		}
	}
	return "", ""
}

// bylineStyles open the name of a minister who issues a page.
var bylineStyles = []string{"Senator the Hon ", "The Hon ", "the Hon ", "Hon ", "The Rt Hon "}

// nameAndOffice reads "Jane Roe, Minister of Foreign Affairs": a name of
// two to four capitalized words, a comma and an office with a head's
// word.
func nameAndOffice(l string) (name, office string, ok bool) {
	n, o, ok := strings.Cut(l, ", ")
	ws := strings.Fields(n)
	if !ok || len(ws) < 2 || len(ws) > 4 || slices.ContainsFunc(ws, func(w string) bool { return !isCapWord(w) || titleVocab[w] }) ||
		len(o) > 80 || !headWordSeen(strings.Fields(o)) {
		return "", "", false
	}
	return n, strings.TrimRight(o, "."), true
}

// mononymRE reads an office and a name of one word after it, between
// commas, ending a lead's subject.
var mononymRE = lazyRegexp(`^(?:[Tt]he )?((?:[A-Z][\p{L}'’-]*|of|the|for)(?: (?:[A-Z][\p{L}'’-]*|of|the|for))*), (\p{Lu}\p{Ll}+),\s*$`)

// nameFirstList returns the "Name, Title" people of ps that end left
// one after another: "Jane Doe, Economic Advisor, and John Roe, Senior
// Advisor, met with …" has two subjects. The last of ps ends left.
func nameFirstList(left string, ps []person) []person {
	k := len(ps) - 1
	for k > 0 {
		prev := min(ps[k-1].end, len(left))
		i := indexText(left[prev:], ps[k].name)
		if i < 0 {
			break
		}
		gap := strings.TrimSpace(strings.Trim(left[prev:prev+i], ", "))
		// ("X, Minister … of Australia, and the Rt Hon Y, Minister …":
		// the second's styles stand between them.)
		if g, ok := strings.CutPrefix(gap, "and "); ok && styleOnly(g) {
			gap = "and"
		}
		if gap != "" && gap != "and" {
			break
		}
		k--
	}
	out := ps[k:]
	for i := 1; i < len(out); i++ {
		out[i].sameSide = true
	}
	return out
}

// invitedBy reads the host of a visit's text that opens with its place
// and days and goes on "at the invitation of" him (see counterpartsAt).
func invitedBy(s string) ([]person, int) {
	if !isCapWord(s) {
		return nil, 0
	}
	k := indexText(s[:min(len(s), 90)], " at the invitation of ")
	if k <= 0 || headWordSeen(strings.Fields(s[:k])) {
		return nil, 0
	}
	at := k + len(" at the invitation of ")
	ps, n := counterpartsAt(s[at:])
	if len(ps) == 0 || ps[0].name == "" {
		return nil, 0
	}
	for i := range ps {
		ps[i].end += at
	}
	return ps, n + at
}

// withoutRoyalStyle returns s without "His Royal Highness " (or "Her
// …") where a prince's or a princess's name follows it, so that the name
// is read before the office after it.
func withoutRoyalStyle(s string) (string, bool) {
	r, ok := cutAnyPrefix(s, "His Royal Highness ", "Her Royal Highness ")
	return r, ok && hasAnyPrefix(r, []string{"Prince ", "Princess "})
}

// bareNamePair reads two names joined by "and" with no office: "Penny
// Wong and Winston Peters met …" (their countries are the holders' known
// ones, or the page's). Each is two to four capitalized words, none an
// office's, a body's or a country's.
func bareNamePair(left string) []person {
	a, b, ok := strings.Cut(strings.TrimSpace(left), " and ")
	if !ok {
		return nil
	}
	bare := func(s string) bool {
		ws := strings.Fields(s)
		if len(ws) < 2 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if !isCapWord(w) && !isNameParticle(w) || titleVocab[w] || institutionWords[w] || honorificWords([]string{w, ""}) > 0 || strings.ContainsAny(w, ",;:()") {
				return false
			}
		}
		return len(findCountries(s)) == 0 && !notNames[s]
	}
	if !bare(a) || !bare(b) {
		return nil
	}
	return []person{{name: a}, {name: b}}
}

// styleOnly reports whether s is a name's styles and nothing else: "the
// Rt Hon", "H.E. Mr.".
func styleOnly(s string) bool {
	for _, h := range extraHonorifics {
		if r, ok := strings.CutPrefix(s, h); ok && (r == "" || r[0] == ' ') {
			s = strings.TrimSpace(r)
			break
		}
	}
	if s == "" {
		return true
	}
	ws := strings.Fields(s + " X")
	return honorificWords(ws) == len(ws)-1
}

// conjoinedPersons reads "The UK Foreign Secretary James Cleverly and
// Australian Minister for Foreign Affairs Penny Wong". The split is at
// the last " and " that leaves a person on each side: a title may hold
// "and" itself ("Director of the Office of the Central Foreign Affairs
// Commission and Foreign Minister Wang Yi").
func conjoinedPersons(s string) []person {
	// "The Minister … of Albania, H.E. Mr. X, and the Minister of Foreign
	// Affairs and Foreign Trade of North Macedonia, H.E. Mr. Y": the
	// "and" after a comma joins the two; one inside an office does not.
	if containsText(s, ", and ") {
		if ps := conjoinedAt(s, ", and "); ps != nil {
			return ps
		}
	}
	return conjoinedAt(s, " and ")
}

// conjoinedAt is conjoinedPersons of s split at one of its sep, the last
// that gives two persons.
func conjoinedAt(s, sep string) []person {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			return nil
		}
		end = i
		a, b := s[:i], s[i+len(sep):]
		if len(b) > 160 {
			return nil
		}
		var pa []person
		if p, ok := unnamedPerson(a); ok {
			pa = []person{p}
		} else {
			pa = lastTitleFirst(a)
		}
		// "The Minister … of the Republic of Albania, H.E. Mr. X" before
		// ", and": a long office with its country, then the name.
		if len(pa) != 1 && sep == ", and " {
			if p := loosePerson(a); p.name != "" && countryOf(p.title) != "" {
				pa = []person{p}
			}
		}
		if len(pa) != 1 {
			continue
		}
		// The person must end a: "Secretary X and <long title> and
		// Foreign Minister Y" is not split after the title.
		if ta := strings.TrimRight(a, ", "); !pa[0].unnamed && !strings.HasSuffix(ta, pa[0].name) && !strings.HasSuffix(ta, lastWord(pa[0].title)) {
			continue
		}
		if pb := titleFirstPersons(b, true); len(pb) > 0 {
			return []person{pa[0], pb[0]}
		}
		// A long title with a country in it, then the name.
		// ("Secretary of State X and Secretary of Commerce Gina
		// Raimondo": an office of a portfolio, a name in full.)
		if pb := loosePerson(b); pb.name != "" && (countryOf(pb.title) != "" ||
			!pa[0].unnamed && pa[0].title != "" && strings.Contains(pb.name, " ") && headWordSeen(strings.Fields(pb.title)) && strings.Count(pb.title, " ") < 6) {
			return []person{pa[0], pb}
		}
	}
}

// counterpartPersons reads the counterparts at the start of s, in any of
// the common forms; n is the offset in s past them.
func counterpartPersons(s string) ([]person, int) {
	// "the visiting Emirati Foreign Minister X", "the newly accredited
	// Ambassador of Korea, X": n counts the words skipped, so that it is
	// where the counterparts end in s as given.
	t := strings.TrimPrefix(s, "the ")
	for _, w := range []string{"visiting ", "newly accredited ", "newly appointed ", "outgoing ", "incoming "} {
		t = strings.TrimPrefix(t, w)
	}
	// ("met former Prime Minister X": the office is read as any other,
	// and the title says it is a former one.)
	former := strings.HasPrefix(t, "former ")
	t = strings.TrimPrefix(t, "former ")
	// "His Royal Highness Prince Khalid bin Salman bin Abdulaziz Al
	// Saud, Minister of Defence of …": the style goes, and the prince's
	// name is read before his office, as without it.
	if r, ok := withoutRoyalStyle(t); ok {
		t = r
	}
	skip := len(s) - len(t)
	// "the Secretary-General of ASEAN, Dr. X": an abbreviated courtesy
	// of honorifics between the office and the name goes, as every
	// reader of the form drops it.
	cut, styleLen := -1, 0
	if i := indexText(t, ", "); i > 0 && i < 160 {
		for _, h := range honorifics {
			// (Abbreviated courtesies only: after an office's comma,
			// "Ambassador" or "General" opens the next office.)
			if strings.HasSuffix(h, ".") && hasPrefixSpace(t[i+2:], h) {
				cut, styleLen = i+2, len(h)+1
				t = t[:cut] + t[cut+styleLen:]
				break
			}
		}
	}
	// "Poland's Ambassador to Peru Piotr Nowak", "X, Ambassador … of
	// Qatar to Peru,": the post an envoy holds goes, so that his office
	// is read as any other and his country is the one he is of.
	post, postLen := envoyPost(t)
	postText, whole := "", t
	if post >= 0 {
		postText = t[post : post+postLen]
		t = t[:post] + t[post+postLen:]
	}
	ps, n := counterpartsAt(t)
	// (The title keeps the post, as the page writes it.)
	for i := range ps {
		if postText != "" && ps[i].title != "" && containsText(whole, ps[i].title+postText) {
			ps[i].title += postText
		}
	}
	if former && len(ps) == 1 && ps[0].title != "" {
		ps[0].title = "former " + ps[0].title
	}
	if n > 0 {
		if post >= 0 && n > post {
			n += postLen
		}
		if cut >= 0 && n > cut {
			n += styleLen
		}
		n += skip
	}
	return ps, n
}

// envoyOffices are the offices an envoy holds "to" the country he is
// posted in.
var envoyOffices = []string{"Ambassador", "High Commissioner", "Permanent Representative", "Chargé d", "Consul General"}

// delegationHead is the title of a delegation's leader the lead leaves
// unnamed.
const delegationHead = "Head of delegation"

// delegationLeader reads the leader of a delegation a later sentence
// names: "The delegation was led by the Parliamentary Vice-Minister for
// Foreign Affairs, X", "The delegation, headed by Minister Y, …".
func delegationLeader(text string) (person, bool) {
	for _, cue := range []string{"elegation was led by ", "elegation was headed by ", "elegation, led by ", "elegation, headed by ", "elegation is led by ", "elegation is headed by "} {
		i := indexText(text, cue)
		if i < 0 {
			continue
		}
		rest := text[i+len(cue):]
		rest = rest[:chunkEnd(rest, []string{". ", ".\n", ";"})]
		if ps, _ := counterpartPersons(rest); len(ps) == 1 && ps[0].name != "" {
			return ps[0], true
		}
	}
	return person{}, false
}

// delegationFromRE reads the country of a delegation received with no
// leader named: "a delegation from Japan", "a parliamentary delegation of
// the Republic of Korea".
var delegationFromRE = lazyRegexp(`^(?:a |an |the )?(?:[a-z-]+ )?delegation (?:from|of) ((?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of |and |the )?\p{Lu}[\p{L}'’-]*){0,4})[.,;]`)

// envoyHeads are the last words of envoyOffices.
var envoyHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range envoyOffices {
		m[o[strings.LastIndexByte(o, ' ')+1:]] = true
	}
	return m
}()

// envoyPost returns where the post of an envoy's office ("to Peru", "to
// the Russian Federation", "in Peru") is in s and its length, or -1: " to "
// or " in " and a country's name right after an envoy's office and before
// a comma.
func envoyPost(s string) (int, int) {
	head := s[:min(len(s), 160)]
	k := firstIndex(head, envoyOffices)
	if k < 0 {
		return -1, 0
	}
	// ("the Ambassador of the Republic of Korea in Peru": "in" as "to".)
	for from := k; ; {
		j, n := indexText(head[from:], " to "), len(" to ")
		if i := indexText(head[from:], " in "); i >= 0 && (j < 0 || i < j) {
			j, n = i, len(" in ")
		}
		if j < 0 || containsText(head[k:from+j], ", ") {
			return -1, 0
		}
		at := from + j
		rest := s[at+n:]
		if m, ok := country.FirstMention(rest, len("the ")); ok && (m.Start == 0 || m.Start == 4 && strings.HasPrefix(rest, "the ")) {
			// (Not "Ambassador to the United Nations": no country.)
			return at, n + m.End
		}
		from = at + n
	}
}

// counterpartCommas open a counterpart named in apposition.
var counterpartCommas = []string{"his counterpart, ", "her counterpart, ", "their counterpart, ", "my counterpart, ", "his new counterpart, ", "her new counterpart, "}

// counterpartsAt is counterpartPersons of s without its "the" and
// "visiting".
func counterpartsAt(s string) ([]person, int) {
	// "X and Y met in Adelaide on 28 March for the annual Foreign
	// Ministers' Consultations": a purpose after the verb names no one.
	if strings.HasPrefix(s, "for ") {
		return nil, 0
	}
	// "paid an official visit to Cyprus on 15-16 June at the invitation
	// of the President of the Republic of Cyprus, H.E. Mr. X": the host
	// is the one who invited, after the place and the days.
	// (Searched only where s opens with a capital, as a place does.)
	if ps, n := invitedBy(s); len(ps) > 0 {
		return ps, n
	}
	if ps, n := pluralCounterparts(s); len(ps) > 0 {
		return ps, n
	}
	if ps, n := pluralOffice(s); len(ps) > 0 {
		return ps, n
	}
	if ps, n := namesOfCountries(s); len(ps) > 0 {
		return ps, n
	}
	if ps, n := respectiveOffice(s); len(ps) > 0 {
		return ps, n
	}
	if strings.HasPrefix(s, "h") || strings.HasPrefix(s, "t") || strings.HasPrefix(s, "m") {
		// "her counterpart, Indonesian Foreign Minister X, in Jakarta":
		// the counterpart named in apposition, as any counterpart is.
		if rest, ok := cutAnyPrefix(s, counterpartCommas...); ok {
			k := len(s) - len(rest)
			if ps, n := counterpartsAt(rest); len(ps) == 1 && ps[0].name != "" {
				ps[0].end += k
				return ps, n + k
			}
		}
		// "his counterpart Giulia Conti of Italy", "his counterpart,
		// Giulia Conti of Italy,": a name and the country it is of.
		if rest, ok := cutAnyPrefix(s, counterpartNamed...); ok {
			k := len(s) - len(rest)
			if m := nameOfCountryRE.FindStringSubmatchIndex(rest); m != nil {
				if c := leadingCountry(rest[m[4]:m[5]]); c != "" {
					end := m[4] + len(c)
					return []person{{name: rest[m[2]:m[3]], title: "Foreign Minister", countryText: c, end: k + end}}, k + end
				}
			}
		}
		if ps, n := counterpartOffice(s); len(ps) > 0 {
			return ps, n
		}
		if m := counterpartFromRE.FindStringSubmatchIndex(s); m != nil && isCountryName(s[m[2]:m[3]]) {
			return []person{{name: trimName(s[m[4]:m[5]]), title: "Foreign Minister", countryText: s[m[2]:m[3]], end: m[5]}}, m[5]
		}
	}
	if m := counterpartRE.FindStringSubmatchIndex(s); m != nil {
		name, title := trimName(s[m[4]:m[5]]), "Foreign Minister"
		// "his Israeli counterpart, National Security Advisor Dr. Eyal
		// Hulata": an office before the name is the title.
		if ws := strings.Fields(name); len(ws) >= 2 && titleVocab[ws[0]] {
			k := 0
			for k < len(ws)-1 && titleVocab[ws[k]] {
				k++
			}
			if headWordSeen(ws[:k]) {
				title, name = strings.Join(ws[:k], " "), stripHonorifics(strings.Join(ws[k:], " "))
			}
		}
		// "his Tongan counterpart, Prime Minister Dr ʻAisake Eke,": the
		// expression's name stopped at a style, before a letter it does
		// not read; the office and name after the comma are read whole.
		if name == "" || honorificWords([]string{name, ""}) == 1 {
			if c := indexText(s[:m[5]], ", "); c > 0 {
				if ps, n := counterpartsAt(s[c+2:]); len(ps) == 1 && ps[0].name != "" && honorificWords([]string{ps[0].name, ""}) == 0 {
					ps[0].countryText = s[m[2]:m[3]] + " " + ps[0].countryText
					ps[0].end += c + 2
					return ps, n + c + 2
				}
			}
		}
		return []person{{name: name, title: title, countryText: s[m[2]:m[3]], end: m[5]}}, m[5]
	}
	// "Minister of Foreign Affairs Dato' Seri Mohamad Hasan": "Foreign
	// Affairs" is the office's, not a country after "of".
	// (The three expressions run only where one of their titles opens
	// the text or one of its first words: mostly none does.)
	m := []int(nil)
	if mayOpenOfCountryName(s) {
		if containsText(s, ", ") {
			m = ofCountryCommaNameRE.FindStringSubmatchIndex(s)
		}
		if m == nil {
			m = ofCountryNameRE.FindStringSubmatchIndex(s)
		}
		if m == nil {
			m = ofCountryMononym(s)
		}
	}
	if m != nil && !strings.HasPrefix(s[m[6]:m[7]], "Foreign") {
		title := s[m[2]:m[3]] + " " + s[m[4]:m[5]] + " " + s[m[6]:m[7]]
		// An envoy's country is the one he is of, not the one he is
		// posted to: the post is the title's, not the country's.
		countryText, country := "", strings.TrimPrefix(s[m[6]:m[7]], "the ")
		if m[8] >= 0 {
			countryText = title
			title += " to " + s[m[8]:m[9]]
			country = strings.TrimPrefix(s[m[8]:m[9]], "the ")
		}
		m = append(m[:8], m[10:]...)
		name := trimName(s[m[8]:m[9]])
		// "…, Her Excellency Ms Rosa Elena de la Caridad Reyes Díaz, at
		// …": a name with particles may run past the expression's five
		// words, to the comma that ends it.
		if more := particleNameTail(name, s[m[9]:]); more > 0 {
			name, m[9] = trimName(s[m[8]:m[9]+more]), m[9]+more
		}
		// "of the Democratic People's Republic of Korea Choe Son Hui": a
		// country's name with "of" in it runs past the expression's
		// country; the name is the capitalized words after the whole.
		if countryText == "" {
			if mt, ok := countryOpening(s[m[6]:]); ok && m[6]+mt.End > m[7] && m[6]+mt.End < len(s) && s[m[6]+mt.End] == ' ' {
				after := m[6] + mt.End + 1
				if n := capitalizedRun(s[after:], 4); strings.Contains(n, " ") {
					full := s[m[6] : m[6]+mt.End]
					title = s[m[2]:m[3]] + " " + s[m[4]:m[5]] + " " + full
					country, name = strings.TrimPrefix(full, "the "), n
					m[8], m[9] = after, after+len(n)
				}
			}
		}
		// "of the Republic of North Macedonia Timčo Mucunski": the lazy
		// country stopped at "North"; the words that go on with it are
		// the country's, not the name's.
		// ("of the Syrian Arab Republic Ahmed al-Sharaa": up to three
		// words at once, "Syrian Arab" being no country's name.)
		for {
			ws := strings.Fields(name)
			took := 0
			for k := 1; k <= 3 && k < len(ws); k++ {
				if isCountryName(country + " " + strings.Join(ws[:k], " ")) {
					took = k
				}
			}
			if took == 0 || len(ws)-took < 2 && len(ws[len(ws)-1]) < 2 {
				break
			}
			more := strings.Join(ws[:took], " ")
			title, name, country = title+" "+more, strings.Join(ws[took:], " "), country+" "+more
		}
		// "the Prime Minister of the Palestinian Authority Muhammad
		// Mustafa": a body's word ends the country's phrase.
		if w, rest, ok := strings.Cut(name, " "); ok && institutionWords[w] && containsText(rest, " ") {
			title, name = title+" "+w, rest
		}
		// "the Chairman of the People's Committee of Ho Chi Minh City,
		// Phan Van Mai": a place's name ends the office, and the holder
		// follows its comma.
		if placeWords[lastWord(name)] || institutionWords[lastWord(name)] {
			if n, end := commaName(s[m[9]:]); n != "" {
				return []person{{name: n, title: title + " " + name, countryText: title + " " + name, end: m[9] + end}}, m[9] + end
			}
		}
		// "the President of the Commission of the Economic Community of
		// West African States (ECOWAS), Dr. X": a body's abbreviation
		// after the words ends the office, and its holder follows.
		if rest := s[m[9]:]; strings.HasPrefix(rest, " (") {
			if j := strings.IndexByte(rest, ')'); j > 2 && j < 14 && !strings.Contains(rest[2:j], " ") && strings.ToUpper(rest[2:j]) == rest[2:j] {
				if n, end := commaName(rest[j+1:]); n != "" {
					t := title + " " + name + rest[:j+1]
					return []person{{name: n, title: t, countryText: t, end: m[9] + j + 1 + end}}, m[9] + j + 1 + end
				}
			}
		}
		if countryText == "" {
			countryText = title
		}
		return []person{{name: name, title: title, countryText: countryText, end: m[9]}}, m[9]
	}
	if m := titleCommaName(s); m != nil {
		title := s[m[2]:m[3]]
		return []person{{name: trimName(s[m[4]:m[5]]), title: title, countryText: title, end: m[5]}}, m[5]
	}
	// "Name, Title of Country" (the MOFA style) when a name opens s.
	nameFirst := nameFirstPersons(s)
	if ps := nameFirst; len(ps) > 0 && nameNear(s, ps[0].name, 40) {
		ps = beforeRelativeClause(s, ps)
		return ps, ps[len(ps)-1].end
	}
	if ps := titleFirstPersons(s, false); len(ps) > 0 {
		return ps, titleFirstEnd(s, ps)
	}
	if p, ok := officeCommaName(s); ok {
		return []person{p}, p.end
	}
	if ps := nameFirst; len(ps) > 0 {
		return ps, ps[len(ps)-1].end
	}
	end := chunkEnd(s, chunkStops)
	// "the Chairman of the People's Committee of Ho Chi Minh City, Phan
	// Van Mai": an office that ends with a place's or a body's word,
	// and its holder after the comma.
	// ("the Secretary General of NATO, Mark Rutte", "the
	// Secretary-General of ASEAN, Dr. Kao Kim Hourn": a body's name.)
	if w := lastWord(s[:end]); (placeWords[w] || institutionWords[w] || isCapWord(w) && len(findOrgs(s[:end])) > 0) && headWordSeen(strings.Fields(s[:end])) {
		if n, k := commaName(s[end:]); n != "" {
			title := strings.TrimPrefix(s[:end], "the ")
			return []person{{name: n, title: title, countryText: title, end: end + k}}, end + k
		}
	}
	if p := loosePerson(s[:end]); p.name != "" {
		return []person{p}, end
	}
	// "UN High Commissioner for Human Rights X in Geneva": an office's
	// portfolio after "for", before the name.
	if strings.HasPrefix(s[end:], " for ") {
		if e := chunkEnd(s, portfolioChunkStops); e > end {
			if p := loosePerson(s[:e]); p.name != "" {
				return []person{p}, e
			}
		}
	}
	// "Special Envoy of the President of the United States to the Middle
	// East Steve Witkoff": an envoy's post after "to", before the name.
	if strings.HasPrefix(s[end:], " to ") && !strings.HasPrefix(s[end:], " to discuss") {
		if e := chunkEnd(s, postChunkStops); e > end {
			if p := loosePerson(s[:e]); p.name != "" && headWordSeen(strings.Fields(p.title)) {
				return []person{p}, e
			}
		}
	}
	// A long title with "of" and "and" in it: read to the end of the
	// clause.
	end = chunkEnd(s, clauseStops)
	if p := loosePerson(s[:end]); p.name != "" {
		return []person{p}, end
	}
	// "His Excellency the Ambassador of Japan to Cambodia": an office
	// and its country, no name.
	if m := unnamedOfficeRE.FindStringSubmatchIndex(s); m != nil {
		title := strings.TrimRight(s[m[2]:m[3]], ".,")
		return []person{{title: title, countryText: title, unnamed: true, end: m[3]}}, m[3]
	}
	// "her Chilean counterpart": the guest named by the demonym alone.
	if m := unnamedCounterpartRE.FindStringSubmatchIndex(s); m != nil && countryOf(s[m[2]:m[3]]) != "" {
		return []person{{title: "Foreign Minister", countryText: s[m[2]:m[3]], unnamed: true, counterpart: true, end: m[1]}}, m[1]
	}
	// "his counterpart from Senegal in Banjul": by the country alone.
	if m := unnamedCounterpartFromRE.FindStringSubmatchIndex(s); m != nil && isCountryName(strings.TrimPrefix(s[m[2]:m[3]], "the ")) {
		return []person{{title: "Foreign Minister", countryText: s[m[2]:m[3]], unnamed: true, counterpart: true, end: m[3]}}, m[3]
	}
	// "received H.E. Mr. Shigeru Ishiba at the Peace Palace": a name after
	// a style, with no office, is a known holder's, of his country.
	if p, ok := styledHolder(s); ok {
		return []person{p}, p.end
	}
	return nil, 0
}

// styledHolderRE reads a name after one style or more and before a stop
// or a lower-case word: "H.E. Mr. Shigeru Ishiba at …".
var styledHolderRE = lazyRegexp(`^((?:(?:H\.E\.|His Excellency|Her Excellency|Mr\.?|Ms\.?|Mrs\.?|Dr\.?) )+)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})\b`)

// styledHolder reads a guest named by style and name alone when the name is
// a known holder's (country.Holder), in either order ("Ishiba Shigeru").
func styledHolder(s string) (person, bool) {
	if s == "" || !(s[0] == 'H' || s[0] == 'M' || s[0] == 'D') {
		return person{}, false
	}
	m := styledHolderRE.FindStringSubmatchIndex(s)
	if m == nil {
		return person{}, false
	}
	name := s[m[4]:m[5]]
	code := country.Holder(name)
	if ws := strings.Fields(name); code == "" && len(ws) == 2 {
		name = ws[1] + " " + ws[0]
		code = country.Holder(name)
	}
	if code == "" || strings.HasPrefix(s[m[5]:], ", ") && titleVocab[nextWord(s[m[5]+2:])] {
		return person{}, false
	}
	return person{name: name, countryText: country.Name(code), end: m[5]}, true
}

// unnamedCounterpartFromRE reads a counterpart named by the country
// alone: "his counterpart from Senegal", "her counterpart of the
// Republic of Korea". (The country's words stop at a lower-case word;
// the longest run that is a country's name is taken.)
var unnamedCounterpartFromRE = lazyRegexp(`^(?:his|her|their|my) counterpart (?:from|of) ((?:the )?[A-Z][\p{L}]+(?: (?:of |and |the )?[A-Z][\p{L}]+){0,4})`)

// unnamedCounterpartRE reads a counterpart named by the demonym alone:
// "his Chilean counterpart", "her New Zealand counterpart".
var unnamedCounterpartRE = lazyRegexp(`^(?:his|her|their|my) ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?) (?:counterparts?|peers?)\b`)

// placeWords end the name of a place below a country's: "Ho Chi Minh
// City", "Cao Bang Province".
var placeWords = setOf("City", "Province", "Region", "Prefecture", "County", "District", "Municipality", "Governorate",
	"Oblast", "Island", "Islands", "Territory", "Emirate")

// givenNameAt reports whether ws[k] is a title's word that is a given
// name too (givenTitleWords: "Amir Ohana") where a name opens after an
// office's comma: the first word after the styles (at h), before a
// capitalized word that is no title's.
func givenNameAt(ws []string, k, h int) bool {
	if k != h || k+1 >= len(ws) || !givenTitleWords[ws[k]] {
		return false
	}
	next := strings.TrimRight(ws[k+1], ",.;")
	return isCapWord(next) && !titleVocab[next] && len(honorificFields[next]) == 0
}

// commaName reads a name of two to five capitalized words set off by a
// comma at the start of s (", Phan Van Mai, and …"); end is where it
// ends.
func commaName(s string) (name string, end int) {
	rest, ok := strings.CutPrefix(s, ", ")
	if !ok {
		return "", 0
	}
	ws := strings.Fields(rest[:min(len(rest), 80)])
	h := honorificWords(ws)
	n := 0
	for k := h; k < len(ws) && k-h < 5; k++ {
		bare := strings.TrimRight(ws[k], ",.;")
		if !isCapWord(bare) && !isNameParticle(bare) || titleVocab[bare] && !givenNameAt(ws, k, h) {
			return "", 0
		}
		n++
		if bare != ws[k] || k == len(ws)-1 {
			if n < 2 {
				return "", 0
			}
			name = strings.Join(append(ws[h:k:k], bare), " ")
			return name, 2 + strings.Index(rest, name) + len(name)
		}
	}
	return "", 0
}

// pluralOfficeRE reads an office in the plural before the names of its
// holders: "Leaders Schumer and Jeffries", "Presidents Gabriel Boric of
// Chile and Gustavo Petro of Colombia", "Senators Jane Doe, John Roe and
// Ann Poe".
var pluralOfficeRE = lazyRegexp(`^(Presidents|Prime Ministers|Foreign Ministers|Ministers|Leaders|Senators|Representatives|Governors|Ambassadors|Chancellors|Secretaries|Speakers|Mayors) ((?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: of (?:the )?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2})?)(?:(?:, | and |, and )\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: of (?:the )?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2})?)+)`)

// pluralOffice reads the holders of an office in the plural
// (pluralOfficeRE), each with the office in the singular, and where they
// end.
func pluralOffice(s string) ([]person, int) {
	if s == "" || !isCapWord(s) || !strings.Contains(s[:min(len(s), 20)], "s ") {
		return nil, 0
	}
	m := pluralOfficeRE.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, 0
	}
	office := strings.TrimSuffix(s[m[2]:m[3]], "s")
	if office == "Secretarie" {
		office = "Secretary"
	}
	var out []person
	for _, item := range splitList(s[m[4]:m[5]]) {
		name, country, _ := strings.Cut(item, " of ")
		title := office
		if country != "" {
			title += " of " + country
		}
		out = append(out, person{name: trimName(name), title: title, countryText: title})
	}
	return out, m[5]
}

// pluralOffices are the offices in the plural respectiveOffice reads, with
// each one's singular.
var pluralOffices = map[string]string{"Foreign Ministers": "Foreign Minister", "Presidents": "President",
	"Prime Ministers": "Prime Minister", "Ministers of Foreign Affairs": "Minister of Foreign Affairs",
	"Ministers for Foreign Affairs": "Minister for Foreign Affairs", "Ministers": "Minister", "Leaders": "Leader",
	"Heads of State": "Head of State", "Defence Ministers": "Defence Minister", "Defense Ministers": "Defense Minister",
	"leaders": ""}

// respectiveOffice reads an office in the plural whose countries and
// holders are listed apart, in the same order: "the Foreign Ministers of
// Japan and the Republic of Korea, Takeshi Iwaya and Cho Tae-yul". Each
// holder takes the office in the singular with his country; n is where
// the last name ends.
func respectiveOffice(s string) ([]person, int) {
	// (Every office of them ends its plural with "s" or "Affairs".)
	// ("the leaders of Japan and the Philippines, Prime Minister X and
	// President Y": the plain word, each holder with his office.)
	if !isCapWord(s) && !strings.HasPrefix(s, "leaders of ") || !containsText(s[:min(len(s), 40)], "s of ") {
		return nil, 0
	}
	k, single := -1, ""
	for office, one := range pluralOffices {
		if len(office) > k && strings.HasPrefix(s, office+" of ") {
			k, single = len(office), one
		}
	}
	if k < 0 {
		return nil, 0
	}
	rest := s[k+len(" of "):]
	// ("of Denmark, Norway and Sweden, X, Y and Z": the countries' list
	// ends at the first comma no country follows.)
	c := -1
	for from := 0; from < len(rest); {
		j := indexText(rest[from:], ", ")
		if j < 0 {
			break
		}
		j += from
		if m, ok := country.FirstMention(rest[j+2:], len("and the ")); ok && (m.Start == 0 || hasAnyPrefix(rest[j+2:], []string{"and ", "the "}) && m.Start <= len("and the ")) {
			from = j + 2
			continue
		}
		c = j
		break
	}
	if c < 0 {
		return nil, 0
	}
	// ("of Bosnia and Herzegovina and Estonia": the countries are read
	// by their names, which may hold "and".)
	var countries []string
	list, at := rest[:c], 0
	for _, m := range findCountryMentions(list) {
		gap := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(list[at:m.Start], ","), " and"), " ")
		gap = strings.TrimPrefix(strings.TrimPrefix(gap, "and "), "the ")
		// ("the Hashemite Kingdom of Jordan": a long form's words.)
		if gap != "" && (!isCapWord(gap) || !strings.HasSuffix(gap, " of ") || len(gap) > 40) {
			return nil, 0
		}
		countries = append(countries, list[m.Start:m.End])
		at = m.End
	}
	if at != len(list) {
		return nil, 0
	}
	names := rest[c+2:]
	end := chunkEnd(names, []string{", ", " in ", " on ", " at ", " to ", " during ", " for ", ". ", ";"})
	// ("B1 and B2", "B1, B2 and B3": the names' list may hold commas.)
	for len(strings.Split(strings.ReplaceAll(names[:end], " and ", ", "), ", ")) < len(countries) && end < len(names) && strings.HasPrefix(names[end:], ", ") {
		more := chunkEnd(names[end+2:], []string{", ", " in ", " on ", " at ", " to ", " during ", " for ", ". ", ";"})
		end += 2 + more
	}
	items := splitList(names[:end])
	if len(countries) < 2 || len(items) != len(countries) {
		return nil, 0
	}
	var out []person
	for i, item := range items {
		name, office := trimName(item), single
		// (Only "leaders" give each his own office: after "the Prime
		// Ministers of", "Emir Hodzic" is a name.)
		if ps := titleFirstPersons(item, true); single == "" && len(ps) == 1 && ps[0].name != "" && !ps[0].unnamed {
			name, office = ps[0].name, ps[0].title
		}
		if name == "" || !isCapWord(name) || len(findCountries(name)) > 0 || office == "" {
			return nil, 0
		}
		title := office + " of " + countries[i]
		out = append(out, person{name: name, title: title, countryText: title})
	}
	n := k + len(" of ") + c + 2 + end
	return out, n
}

// officeCommaName reads an office of any form that names a country, a
// comma and the holder's name set off by a comma: "the Prime Cabinet
// Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of the
// Republic of Kenya, Mr. Musalia Mudavadi, bearer of …". The name is two
// to six words, capitalized or particles ("dos", "bin"), after the
// honorifics.
func officeCommaName(s string) (person, bool) {
	return officeThenName(s, true)
}

// officeThenName is officeCommaName, with the office's country needed
// only when withCountry is set.
func officeThenName(s string, withCountry bool) (person, bool) {
	i := indexText(s[:min(len(s), 180)], ", ")
	if i <= 0 {
		return person{}, false
	}
	office := s[:i]
	// (A body's office counts as a country's: "the European
	// Commissioner for the Mediterranean, X".)
	if !headWordSeen(strings.Fields(office)) || withCountry && countryOf(office) == "" && len(findOrgs(office)) == 0 && legislatureCountry(office) == "" {
		return person{}, false
	}
	rest := s[i+2:]
	ws := strings.Fields(rest[:min(len(rest), 120)])
	h := honorificWords(ws)
	n, end := 0, i+2
	for _, w := range ws[:h] {
		end += len(w) + 1
	}
	for k := h; k < len(ws) && n < 6; k++ {
		w := ws[k]
		bare := strings.TrimRight(w, ",.;")
		if !isCapWord(bare) && !isNameParticle(bare) || titleVocab[bare] && !givenNameAt(ws, k, h) {
			return person{}, false
		}
		n++
		end += len(bare)
		if bare != w {
			if n < 2 || w[len(w)-1] != ',' && w[len(w)-1] != '.' || isNameParticle(bare) {
				return person{}, false
			}
			return person{name: trimName(s[i+2 : end]), title: office, countryText: office, end: end}, true
		}
		end++
	}
	return person{}, false
}

// unnamedOfficeRE reads a counterpart named by office and country only:
// "His Excellency the Ambassador of Japan to Cambodia".
// ("His Majesty the King of Jordan", "the Emir of Qatar": a sovereign's
// too.)
var unnamedOfficeRE = lazyRegexp(`^(?:(?:His|Her) (?:Excellency|Majesty|Royal Highness|Highness) )?(?:the |The )?((?:[A-Z][\p{L}-]* ){0,3}(?:Ambassador|Prime Minister|President|Foreign Minister|Minister|Chancellor|Secretary|Envoy|King|Queen|Emir|Amir|Sultan|Crown Prince|Grand Duke)` +
	`(?: (?:of|to|for) (?:the )?[A-Z][\p{L}'’.-]*(?: (?:of |and |the )?[A-Z][\p{L}'’.-]*){0,4})+)`)

// titleFirstEnd estimates where the last of ps ends in s.
func titleFirstEnd(s string, ps []person) int {
	last := ps[len(ps)-1]
	i := indexText(s, last.name)
	if i < 0 {
		return 0
	}
	i += len(last.name)
	if j := indexText(s[i:], " of "); j == 0 {
		i += 4 + chunkEnd(s[i+4:], chunkStops)
	}
	return i
}

// chunkStops end the noun phrase of a counterpart.
var chunkStops = []string{" to discuss", " to ", " about ", " on the ", " on ", " at ", " in ", " during ", " following ",
	" ahead of ", " today", " yesterday", " this ", " who ", ", who", " for ", " and reaffirmed", " and ", ";", ". ", ","}

// portfolioChunkStops are chunkStops but " for ", which may open an
// office's portfolio.
var portfolioChunkStops = slices.DeleteFunc(slices.Clone(chunkStops), func(s string) bool { return s == " for " })

// particleNameTail returns the length of the words of a name that go
// on in rest after name, where name has a particle ("de", "la") and up
// to three capitalized words or particles run on to a comma; 0 when
// they do not.
func particleNameTail(name, rest string) int {
	if !strings.HasPrefix(rest, " ") || !slices.ContainsFunc(strings.Fields(name), isNameParticle) {
		return 0
	}
	n := 0
	for k := 0; k < 3; k++ {
		w := nextWord(rest[n+1:])
		bare := strings.TrimRight(w, ",")
		if bare == "" || !isCapWord(bare) && !isNameParticle(bare) || titleVocab[bare] {
			return 0
		}
		n += 1 + len(bare)
		if bare != w {
			return n
		}
		if n >= len(rest) || rest[n] != ' ' {
			return 0
		}
	}
	return 0
}

// beforeRelativeClause keeps the persons of ps read before a relative
// clause of the first ("X, President of Ecuador, who subsequently met
// with Cardinal Y, Secretary of State, …": Y is whom the guest met later,
// not a guest).
func beforeRelativeClause(s string, ps []person) []person {
	for k := 1; k < len(ps); k++ {
		from := min(ps[k-1].end, len(s))
		i := indexText(s[from:], ps[k].name)
		if i < 0 {
			break
		}
		if gap := s[from : from+i]; containsText(gap, "who ") || containsText(gap, "which ") {
			return ps[:k]
		}
	}
	return ps
}

// postChunkStops are chunkStops but " to ", which may open an envoy's
// post.
var postChunkStops = slices.DeleteFunc(slices.Clone(chunkStops), func(s string) bool { return s == " to " })

// dottedCountry reports whether w and the full stop after it are a
// country's dotted abbreviation ("U.S", "U.K").
func dottedCountry(w string) bool {
	return strings.Contains(w, ".") && countryOf(w+".") != ""
}

// courtesyAbbrevs are the courtesies written abbreviated before a name.
// (nameStyleAbbrevs, the Also line's, holds "Hon", "Rt", "Rep", "Md" and
// "Engr" too; reading past their full stops here changed a held-out
// readout's parse, so the two sets stay apart.)
var courtesyAbbrevs = setOf("Mr", "Ms", "Mrs", "Dr", "Prof", "Amb", "Eng")

// militaryRanks are the abbreviated ranks written before a name.
var militaryRanks = setOf("Gen", "Adm", "Lt", "Col", "Maj", "Capt", "Brig", "Cmdr", "Sgt")

// clauseStops end a clause.
var clauseStops = []string{" to discuss", " to ", " about ", " on the ", " during ", " following ", " today", " yesterday", " this ", " who ", ", who", ";", ". ",
	" at the ", " on January", " on February", " on March", " on April", " on May", " on June", " on July", " on August",
	" on September", " on October", " on November", " on December"}

// chunkEnd returns the end of the noun phrase that opens s, at the first
// of stops.
func chunkEnd(s string, stops []string) int {
	end := len(s)
	for _, stop := range stops {
		i := indexText(s, stop)
		// "Army Gen. Pablo Soto": the full stop of a military rank
		// before a name ends nothing.
		// ("Amina J. Mohammed": nor does a middle initial's.)
		// ("… to the Middle East Mr. Steve Witkoff": nor does a
		// courtesy's.)
		// ("U.S. Assistant Secretary …": nor does a country's dotted
		// abbreviation.)
		for stop == ". " && i > 0 && i < end && (militaryRanks[lastWord(s[:i])] || courtesyAbbrevs[lastWord(s[:i])] || dottedCountry(lastWord(s[:i])) || middleInitialAt(s, i)) && isCapWord(nextWord(s[i+2:])) {
			j := indexText(s[i+2:], stop)
			if j < 0 {
				i = -1
				break
			}
			i += 2 + j
		}
		if i > 0 && i < end {
			end = i
		}
	}
	return end
}

// countryWordsToTitle moves the words that open p's name to its title
// when they end the country the title names ("President of the Swiss" /
// "Confederation Karin Keller-Sutter": "the Swiss Confederation").
func countryWordsToTitle(p *person) {
	ws := strings.Fields(p.name)
	last := lastWord(p.title)
	if last == "" || !strings.Contains(p.title, " of ") {
		return
	}
	for k := 1; k <= 2 && len(ws)-k >= 2; k++ {
		more := strings.Join(ws[:k], " ")
		if isCountryName(last + " " + more) {
			p.title += " " + more
			p.name = strings.Join(ws[k:], " ")
			if p.countryText != "" {
				p.countryText += " " + more
			}
			return
		}
	}
}

// delegationOpening returns s after the delegation that opens it, with up
// to three words between its article and "delegation" ("a delegation ",
// "a Japanese parliamentary delegation ", "a high-level delegation ").
func delegationOpening(s string) (string, bool) {
	rest, ok := cutAnyPrefix(s, "a ", "an ", "the ")
	if !ok {
		return s, false
	}
	for range 4 {
		w, r, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		if w == "delegation" {
			return r, true
		}
		if strings.ContainsAny(w, ",;.") {
			break
		}
		rest = r
	}
	return s, false
}

// middleInitialAt says whether the full stop at i of s ends a middle
// initial: one capital after a capitalized word ("Amina J. Mohammed").
func middleInitialAt(s string, i int) bool {
	if i < 3 || s[i-2] != ' ' || !isUpperByte(s[i-1]) {
		return false
	}
	prev := lastWord(s[:i-2])
	return len(prev) > 1 && isCapWord(prev)
}

// loosePerson reads a person from a noun phrase with no fixed form, such as
// "Member of the Political Bureau … of China Yang Jiechi" or "the president
// of the European Council Charles Michel": the name is the last run of up to
// three capitalized words (or "al-", "bin" connectors) that are not a title;
// the country is the phrase's own.
func loosePerson(phrase string) person {
	phrase = strings.TrimRight(strings.TrimSpace(phrase), ".,;:")
	var buf [32]string
	words := fieldsInto(buf[:0], phrase)
	end := len(words)
	start := end
	// Up to three names; particles between them ("bin", "Al" before a
	// name) do not count: "Haitham bin Tariq Al Said".
	for names := 0; start > 0 && names < 3; {
		w := trimPunct(words[start-1])
		// ("Minister of Mines Robert X", "EU Commissioner for
		// International Partnerships Jozef Y": a portfolio's word ends
		// the office, not the name.)
		if !(isCapWord(w) || strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || isNameParticle(w)) ||
			titleVocab[w] || w == "Excellency" || w == "Majesty" || w == "Highness" || institutionWords[w] || strings.HasSuffix(words[start-1], ",") && start != end || strings.HasSuffix(w, ")") ||
			start != end && portfolioNouns[w] {
			break
		}
		if !isNameParticle(w) || start == end {
			names++
		}
		start--
	}
	// "…, Eduardo Enrique Reina García": a fourth name, when the office's
	// comma stands right before it.
	if end-start >= 3 && start >= 2 && strings.HasSuffix(words[start-2], ",") && isCapWord(words[start-1]) &&
		!titleVocab[words[start-1]] && !institutionWords[words[start-1]] && !portfolioNouns[words[start-1]] && len(findCountries(words[start-1])) == 0 {
		start--
	}
	// ("…, General Brice Clotaire Oligui Nguema": so when a rank or a
	// style stands between the comma and the fourth.)
	if end-start >= 3 && start >= 3 && strings.HasSuffix(words[start-3], ",") && honorificWords([]string{words[start-2], ""}) == 1 &&
		isCapWord(words[start-1]) && !titleVocab[words[start-1]] && !institutionWords[words[start-1]] && !portfolioNouns[words[start-1]] &&
		len(findCountries(words[start-1])) == 0 {
		start--
	}
	for start < end && (isNameConnector(words[start]) || words[start] == "ibn" || words[start] == "bint") {
		start++
	}
	// "Special Envoy for Yemen Hans Grundberg": the country ends the
	// title, not the name.
	// "Special Envoy for the Arctic Region Mike Sfraga", "for the Horn of
	// Africa Mike Hammer": so does a region.
	for end-start > 2 && (len(findCountries(trimPunct(words[start]))) > 0 || regionWords[trimPunct(words[start])]) {
		start++
	}
	// "of the PLO Hussein al-Sheikh": a word right after "the" names the
	// body, not the person (no one writes "the Hussein").
	// ("representatives of the Global South": no one at all, when two
	// words or fewer are left.)
	if start > 0 && strings.EqualFold(words[start-1], "the") {
		if end-start <= 2 {
			return person{}
		}
		start++
	}
	// (A place's word ends no name: "… of Ho Chi Minh City". Nor does
	// a venue after "at" or "in" name one: "the President of Kenya at
	// Downing Street".)
	if end-start < 2 || placeWords[trimPunct(words[end-1])] || start > 0 && placePrepositions[strings.TrimRight(words[start-1], ",")] {
		return person{}
	}
	name := stripHonorifics(strings.Join(words[start:end], " "))
	if namesCountry(name) || len(findOrgs(name)) > 0 {
		return person{}
	}
	title := strings.TrimRight(strings.TrimSpace(strings.Join(words[:start], " ")), ",")
	title = strings.TrimPrefix(strings.TrimPrefix(title, "the "), "The ")
	// "The Prime Minister of Samoa, H.E. Fiamē Naomi Mataʻafa": the
	// styles before a name of three words stay out of the title.
	if k := strings.LastIndex(title, ", "); k >= 0 {
		if tail := strings.Fields(title[k+2:]); honorificWords(append(tail, "")) == len(tail) {
			title = title[:k]
		}
	}
	// ("His Highness Sheikh Tamim bin Hamad Al-Thani": styles alone are
	// no office.)
	if ws := strings.Fields(title); len(ws) > 0 && honorificWords(append(ws, "")) == len(ws) {
		title = ""
	}
	return person{name: name, title: title, countryText: title}
}

// placePrepositions open a place, not a name, after an office.
var placePrepositions = setOf("at", "in", "on", "from", "to", "near", "inside")

// namesCountry reports whether a name read from a lead holds a country,
// which then is no one's name ("Prime Minister of Japan" read too far).
// A demonym that ends a name of several words is a family name ("Volker
// Türk", "Bill English").
func namesCountry(name string) bool {
	for _, m := range country.Find(name) {
		if m.End == len(name) && m.Start > 0 && name[m.Start-1] == ' ' {
			// (The country's own name or an alias is no family name.)
			c, _ := country.ByCode(m.Code)
			if !strings.EqualFold(m.Text, c.Name) && !slices.ContainsFunc(c.Aliases, func(a string) bool { return strings.EqualFold(a, m.Text) }) {
				continue
			}
		}
		return true
	}
	return false
}

// regionWords end the object of an office ("Special Envoy for the Arctic
// Region", "… for the Great Lakes", "… for the Horn of Africa"), never a
// person's name.
var regionWords = setOf("Region", "Regions", "Lakes", "Sea", "Seas", "Peninsula", "Coast", "Basin", "Gulf", "Islands",
	"Africa", "Asia", "Europe", "Americas", "Arctic", "Antarctic", "Pacific", "Indo-Pacific", "Atlantic", "Caribbean", "Sahel", "Balkans",
	"Caucasus", "Levant", "Affairs", "Issues")

// isNameParticle reports whether w links the parts of a name rather than
// being one: "bin", "ibn", "bint", "al", and "Al" or "El" before a name.
func isNameParticle(w string) bool {
	switch w {
	case "ibn", "bint", "Al", "El", "Bin", "Ibn":
		return true
	}
	return isNameConnector(w)
}

// fullerName gives a principal named by the family name alone ("President
// Tshisekedi") the given names the headline or the text writes before it
// ("President Felix Tshisekedi"); else name unchanged.
func fullerName(name string, texts ...string) string {
	if name == "" || strings.ContainsRune(name, ' ') {
		return name
	}
	for _, t := range texts {
		for from := 0; ; {
			i := indexText(t[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			// "Gërvalla" for "Donika Gërvalla-Schwarz": a family name of
			// two joined by a hyphen is one.
			family := name
			if from+1 < len(t) && t[from] == '-' && isUpperByte(t[from+1]) {
				end := from + 1
				for end < len(t) && (isWordByte(t[end]) || t[end] >= 0x80) {
					end++
				}
				family = t[i:end]
				from = end
			}
			if i == 0 || t[i-1] != ' ' || from < len(t) && isWordByte(t[from]) {
				continue
			}
			// The given names stand between a title and the family name:
			// "President Felix Tshisekedi", "Mr. Felix Tshisekedi".
			words := strings.Fields(afterLastHonorific(readNameBackward(t[:i])))
			k := len(words)
			// ("Gilberto C. Teodoro Jr.": a middle initial is a given
			// name's.)
			for names := 0; k > 0 && names < 2 && !slashedTitle(words[k-1]) && !strings.HasSuffix(words[k-1], ":") && (!strings.HasSuffix(words[k-1], ".") || isInitial(words[k-1])); k-- {
				if !isNameParticle(words[k-1]) && !isInitial(words[k-1]) {
					names++
				}
			}
			for k < len(words) && isNameParticle(words[k]) {
				k++
			}
			given := words[k:]
			// (After an office and its comma too: "Minister of Foreign
			// Affairs and Diaspora, Donika Gërvalla-Schwarz".)
			afterComma := family != name && strings.HasSuffix(strings.TrimRight(strings.TrimSuffix(strings.TrimRight(t[:i], " "), strings.Join(given, " ")), " "), ",")
			// (A field's label before them too: "Attendees: Philippines:
			// Gilberto C. Teodoro Jr., Secretary of …".)
			if len(given) == 0 || !afterComma && (k == 0 || !slashedTitle(words[k-1]) && !strings.HasSuffix(words[k-1], ".") && !strings.HasSuffix(words[k-1], ":")) {
				continue
			}
			full := strings.Join(given, " ") + " " + family
			if w := strings.TrimRight(nextWord(strings.TrimPrefix(t[from:], " ")), ",;"); strings.HasPrefix(t[from:], " ") && nameSuffixes[w] {
				full += " " + w
			}
			// ("Prime Minister Luís Montenegro": a known holder's name
			// may hold a country's.)
			if (len(findCountries(full)) > 0 || len(findOrgs(full)) > 0 || institutionWords[given[len(given)-1]]) && country.Holder(full) == "" {
				continue
			}
			return full
		}
	}
	// "NAKATANI Gen, Minister of Defense" in a form's field: the family
	// name in capitals before the given name.
	up := strings.ToUpper(name)
	for _, t := range texts {
		if i := indexText(t, up+" "); i >= 0 && (i == 0 || t[i-1] == ' ') && up != name {
			rest := t[i+len(up)+1:]
			g := nextWord(rest)
			if bare := strings.TrimRight(g, ",;."); bare != g && isCapWord(bare) && !isUpperName(bare) && !titleVocab[bare] {
				return bare + " " + name
			}
		}
	}
	return name
}

// slashedTitle reports whether w is a word of titles, or offices joined
// by a slash each of whose ends is one: "Representative/Vice-President"
// of "High Representative/Vice-President", "Minister/Foreign" of "Deputy
// Prime Minister/Foreign Minister".
func slashedTitle(w string) bool {
	if titleVocab[w] {
		return true
	}
	a, b, ok := strings.Cut(w, "/")
	return ok && titleVocab[a] && titleVocab[b]
}

// institutionWords end the names of institutions and regions, not of
// people: "… of the Council of Representatives Mohammed al-Halbusi".
var institutionWords = setOf("Council", "Representatives", "Committee", "Commission", "Assembly", "Party", "Bureau",
	"League", "Friendship", "Association", "Society", "Alliance", "Foundation", "Institute", "Chamber", "Coalition",
	"Office", "Union", "Nations", "States", "Federation", "Republic", "Kingdom", "Affairs", "Development",
	"Cooperation", "Relations", "Africa", "East", "Asia", "Europe", "America", "Pacific", "Congress",
	"Parliament", "Senate", "Agency", "Organization", "Organisation", "Bank", "Fund", "Forum", "Caucus", "Authority")

// trimName drops a trailing comma or full stop from a name that is not an
// initial ("Jr.").
func trimName(s string) string {
	s = strings.TrimRight(s, ",;:")
	if !strings.HasSuffix(s, "Jr.") && !strings.HasSuffix(s, "Sr.") {
		s = strings.TrimRight(s, ".")
	}
	return stripHonorifics(s)
}

// nameNear reports whether name occurs in s within its first n bytes.
func nameNear(s, name string, n int) bool {
	i := indexText(s, name)
	return i >= 0 && i < n
}

// groupWords are the plural offices of a lead's group of counterparts:
// "leaders from Argentina, Brazil, and the UAE", "the national security
// advisors of France, Germany, and the United Kingdom".
var groupWords = []string{"leaders", "Leaders", "advisors", "advisers", "counterparts", "ministers", "Ministers",
	"officials", "representatives"}

// groupMembers are the members of a group a lead names as its
// counterpart by its label alone ("met virtually with G7 Leaders").
var groupMembers = map[string][]string{
	"G7": {"US", "CA", "FR", "DE", "IT", "JP", "GB"},
}

// groupSides returns the countries of a group of counterparts that right,
// the lead's main sentence after its verb frame, names without naming
// each person: the list of countries after "leaders from" or "advisors
// of", or the members of a group named by its label ("G7 Leaders", "the
// G7 leaders", "leaders of the G7"). It reads up to the end of the
// counterparts' phrase.
func groupSides(right string) []string {
	right = right[:chunkEnd(right, groupStops)]
	for _, w := range groupWords {
		i := indexText(right, w)
		if i < 0 || i > 0 && right[i-1] != ' ' {
			continue
		}
		rest := strings.TrimRight(right[i+len(w):], ".,; ")
		if rest != "" && rest[0] != ' ' {
			continue
		}
		// ("G7 Foreign Ministers", "G7 Finance Ministers": the
		// portfolio's words between the label and the group's word.)
		before := strings.Fields(right[:i])
		for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
			if members, ok := groupMembers[before[k]]; ok {
				return members
			}
			if !isCapWord(before[k]) {
				break
			}
		}
		for _, prep := range []string{" of ", " from "} {
			if after, ok := strings.CutPrefix(rest, prep); ok {
				if members, ok := groupMembers[strings.TrimPrefix(after, "the ")]; ok {
					return members
				}
				if codes := countryList(after); len(codes) > 0 {
					return codes
				}
			}
		}
	}
	return nil
}

// groupStops end the phrase of a lead's counterparts.
var groupStops = []string{" to ", " at ", " on ", " in ", " during ", " for ", " today", ";", ". "}

// countryList returns the countries of a list at the start of s ("France,
// Germany, Italy, and the United Kingdom"), up to the first word that is
// neither a country nor a separator.
func countryList(s string) []string {
	var codes []string
	at := 0
	for _, m := range findCountryMentions(s) {
		gap := strings.TrimSpace(s[at:m.Start])
		gap = strings.TrimSpace(strings.TrimSuffix(gap, "the"))
		gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
		gap = strings.TrimSpace(strings.TrimPrefix(gap, "and"))
		if gap != "" {
			break
		}
		codes = appendUnique(codes, m.Code)
		at = m.End
	}
	return codes
}

// joinedLeaders reads the heads of state or government who join a call or
// meeting in a sentence of its lead: "President Volodymyr Zelenskyy of
// Ukraine joined the call at the conclusion", "Joining President Biden on
// the call were Prime Minister A of X and President B of Y". They are its
// principals, as aides who join are not.
func joinedLeaders(s string) []person {
	var ps []person
	if i := indexText(s, " joined the "); i > 0 && joinedEvent(s[i+len(" joined the "):]) {
		ps = titleFirstPersons(strings.TrimPrefix(s[:i], "Then "), false)
	} else if k := joinedByEnd(s); k > 0 {
		// "He was joined by President X of France, Chancellor Y of
		// Germany and …", "The President was joined on the call by …".
		ps = joinerList(s[k:])
	} else if k := joinersEnd(s); k > 0 {
		ps = joinerList(strings.TrimLeft(s[k:], ": "))
	}
	out := ps[:0]
	for _, p := range ps {
		if isLeaderTitle(p.title) {
			out = append(out, p)
		}
	}
	return out
}

// joinerWords open the subject of a sentence that lists those who took
// part in a call: "Joining President X on the call were …",
// "Participating were …", "Leaders joining the call included …".
var joinerWords = []string{"Joining ", "joining ", "Participating ", "participating ", "Also participating", "Also joining", "Attending ", "attending "}

// joinersEnd returns the offset in s past the verb of a sentence that
// lists those who took part ("Joining … were ", "Also participating
// were ", "Leaders joining the call included "), or -1.
func joinersEnd(s string) int {
	head := s[:min(len(s), 80)]
	for _, verb := range []string{" were", " was", " included", " includes"} {
		k := indexText(head, verb)
		if k <= 0 || k+len(verb) < len(head) && head[k+len(verb)] != ' ' && head[k+len(verb)] != ':' {
			continue
		}
		if containsAny(s[:k+1], joinerWords...) && (strings.HasPrefix(s, "Joining ") || !containsText(s[:k], ", ")) {
			return k + len(verb)
		}
	}
	return -1
}

// joinerList reads the people of a list of those who took part in a
// call, each an office before a name: "President X of France,
// Chancellor Y of Germany and …"; "Prime Minister X (Canada); President
// Y (France); and …"; "…, President of the European Commission Z, and
// …". The list read item by item is taken when it reads more.
func joinerList(list string) []person {
	list = strings.TrimSpace(list)
	ps := titleFirstPersons(list, false)
	sep := ", "
	if strings.Contains(list, "; ") {
		sep = "; "
	}
	var each []person
	for _, it := range strings.Split(list, sep) {
		it = strings.TrimRight(strings.TrimPrefix(strings.TrimPrefix(it, "and "), "the "), ".; ")
		for _, part := range strings.Split(it, " and ") {
			if p, ok := joinerItem(part); ok {
				each = append(each, p)
			}
		}
	}
	if len(each) > len(ps) {
		return each
	}
	return ps
}

// joinerItem reads one person of a list of those who took part:
// "Prime Minister X of Canada", "Prime Minister X (Canada)", "President
// of the European Council Y".
func joinerItem(it string) (person, bool) {
	if q := titleFirstPersons(it, true); len(q) == 1 && q[0].name != "" && !q[0].unnamed {
		p := q[0]
		// ("Prime Minister X (Canada)": the country in brackets.)
		if i := strings.Index(it, " ("); i > 0 && strings.HasSuffix(it, ")") && countryOf(p.countryText) == "" {
			if c := it[i+2 : len(it)-1]; countryOf(c) != "" {
				p.countryText = p.title + " of " + c
				p.title = p.countryText
			}
		}
		return p, true
	}
	if p := loosePerson(it); p.name != "" && p.title != "" && strings.Count(p.title, " ") < 8 {
		return p, true
	}
	return person{}, false
}

// joinedEvent reports whether s, after "joined the", names the meeting:
// "call", "meeting", "conversation", "discussion", "talks".
func joinedEvent(s string) bool {
	for _, w := range []string{"call", "meeting", "conversation", "discussion", "talks", "video"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// isLeaderTitle reports whether a title is a head of state's or
// government's ("President … of Ukraine", "Prime Minister"), not an
// aide's ("Vice President", "Advisor to the President").
func isLeaderTitle(title string) bool {
	t, _, _ := strings.Cut(title, " of ")
	if containsAny(t, "Vice", "Deputy", " to ", "Assistant", "Advisor", "Adviser", "Counselor") {
		return false
	}
	switch lastWord(t) {
	case "President", "Chancellor", "King", "Queen", "Emperor", "Sultan", "Amir", "Emir", "Premier", "Taoiseach":
		return true
	case "Minister":
		return strings.HasSuffix(t, "Prime Minister")
	case "General", "Secretary-General":
		// (The head of a body: "Secretary General X of NATO".)
		return strings.HasSuffix(t, "Secretary General") || strings.HasSuffix(t, "Secretary-General")
	}
	return false
}

// listPersons reads a list of three or more people, each with an office
// of any form, separated by commas ("National Security Advisor Jake
// Sullivan, Secretary of Defense Lloyd J. Austin III, and Chairman of
// the Joint Chiefs of Staff Gen. Mark A. Milley"; "French Diplomatic
// Counselor to the President Emmanuel Bonne, German Chancellery Foreign
// and Security Policy Advisor Jens Ploetner, …"): the fixed forms stop at
// an office they do not know. The last person ends before the first word
// in lower case that no office holds ("… Zaluzhnyi to discuss"). nil
// unless every item is a person.
func listPersons(s string) []person {
	if strings.Count(s, ", ") < 2 {
		return nil
	}
	items := strings.Split(s, ", ")
	last := strings.TrimPrefix(items[len(items)-1], "and ")
	words := strings.Fields(last)
	for i, w := range words {
		if i == 0 || !isLowerWord(w) {
			continue
		}
		switch w {
		case "of", "the", "for", "and", "de", "da", "bin", "al":
			continue
		case "to":
			if i+1 < len(words) && words[i+1] == "the" {
				continue
			}
		}
		last = strings.Join(words[:i], " ")
		break
	}
	items[len(items)-1] = last
	// A person's item is short: a long one (a clause) ends the reading
	// before any is parsed.
	for _, it := range items {
		if len(it) > 140 || strings.Count(it, " ") > 16 {
			return nil
		}
	}
	var out []person
	for _, it := range items {
		it = strings.TrimRight(strings.TrimSpace(it), ".")
		var p person
		if ps := titleFirstPersons(it, true); len(ps) == 1 {
			p = ps[0]
		} else {
			p = loosePerson(it)
		}
		// ("the Minister of Economy, Trade and Industry of Japan, X":
		// a portfolio is no one's name.)
		if p.name == "" || p.title == "" || portfolioNouns[p.name] || portfolioNouns[nextWord(p.name)] {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// laterHosts reads the hosts a readout's later sentences say its subject
// met, where the lead names only the first: a trip's later stops ("…; and
// Papua New Guinea, where they met with Prime Minister James Marape") and
// a later day ("Dr. Gordon met with Secretary General of the Executive
// Committee of the PLO Hussein al-Sheikh and Prime Minister of the
// Palestinian Authority Muhammad Mustafa."). Only a named person with an
// office, met by the lead's subject (by name, "he", "she", "they" or "the
// delegation"), whose country is one of the meeting's sides and not the
// publisher's, is a host: the sides stay those the title and the lead
// give. A host's country is his office's; else the stop's, before ",
// where"; else another host's of the same sentence; else the country of
// the last place the readout says the subject went ("traveled to
// Ramallah, the West Bank"), the meeting's place (place) first.
func laterHosts(sents []string, subject string, have []Participant, parties []string, pub string, multi bool, place string) []Participant {
	var out []Participant
	// ("… made an official visit to Viet Nam. 2. During the visit,
	// Minister X called on Prime Minister Y": the country the lead's
	// visit went to, until a later trip's.)
	lastPlace := ""
	if c, ok := countryName(place); ok && c != pub {
		lastPlace = c
	} else if c := country.Capital(place); c != "" && c != pub {
		lastPlace = c
	}
	// A readout of two sides: a host of no stated country is the other
	// side's.
	other := ""
	if len(parties) == 2 {
		for _, c := range parties {
			if c != pub {
				other = c
			}
		}
	}
	// "EAM called on …": the subject's office by its initials.
	subjectTitle := ""
	for _, p := range have {
		if p.Name == subject {
			subjectTitle = p.Title
			break
		}
	}
	// ("Gilberto Teodoro Jr." is no "Ferdinand R. Marcos Jr.": the
	// family name before a suffix.)
	add := func(p person, code string) {
		if slices.ContainsFunc(have, func(q Participant) bool { return familyName(q.Name) == familyName(p.name) }) ||
			slices.ContainsFunc(out, func(q Participant) bool { return familyName(q.Name) == familyName(p.name) }) {
			return
		}
		out = append(out, person2(p, p.name, code, RolePrincipal, ""))
	}
	for _, s := range sents {
		// "During a separate meeting with Labor Minister X, Senior
		// Advisor Y discussed …" is "Senior Advisor Y met with Labor
		// Minister X".
		if r := frontedFrame(s); r != "" {
			s = r
		}
		// "With the Minister of External Relations of Angola, H.E. Mr.
		// X, the Minister of State reviewed …": on a page of several
		// meetings, each opens with the one met.
		if rest, ok := strings.CutPrefix(s, "With "); multi && ok {
			if ps, n := counterpartPersons(rest); len(ps) == 1 && n > 0 && strings.HasPrefix(rest[n:], ", ") {
				if p := ps[0]; p.name != "" && p.title != "" && !p.unnamed {
					if code := personCountry(p); code != "" && code != pub {
						add(p, code)
					}
				}
			}
		}
		// "2. On 24 March, EAM and Foreign Minister of Japan, H.E. Mr.
		// X, co-chaired the Strategic Dialogue in Tokyo": the visitor and
		// the one he met, joined as the subject of a verb of meeting.
		if p, ok := laterPair(s, subject, subjectTitle); ok {
			if code := cmp.Or(personCountry(p), other); code != "" && code != pub {
				add(p, code)
			}
		}
		if !containsAny(s, "visited", "traveled to", "travelled to", "arrived in") {
			// no trip's place to read
		} else if m := tripPlaceRE.FindStringSubmatch(s); m != nil {
			if c := countryOf(m[1]); c != "" {
				lastPlace = c
			} else if i := indexText(s, m[1]); i >= 0 {
				// "traveled to Ramallah, the West Bank": the next phrase.
				after := s[i+len(m[1]):]
				after = after[:chunkEnd(after, []string{" to ", " on ", " for ", ". "})]
				if c := countryOf(after); c != "" {
					lastPlace = c
				}
			}
		}
		for from := 0; ; {
			i, verb := -1, ""
			rest := s[from:]
			// (Every verb holds "met", "held", "consultations",
			// "called", "received" or "courtesy": the others are not
			// looked for in a sentence without theirs.)
			for _, g := range hostVerbGroups {
				if !containsText(rest, g.key) {
					continue
				}
				for _, v := range g.verbs {
					if j := indexText(rest, v); j >= 0 && (i < 0 || j < i) {
						i, verb = j, v
					}
				}
			}
			if i < 0 {
				break
			}
			i += from
			from = i + len(verb)
			left, right := s[:i], s[from:]
			// "met today with …" is read as "met with" or not at all:
			// "met" alone is followed by the one met ("met the
			// President of the House of Councillors, X").
			if (verb == " met " || verb == " received ") && !isCapWord(right) && !(strings.HasPrefix(right, "the ") && isCapWord(right[4:])) {
				continue
			}
			// "received" is a host's verb on a page of several audiences
			// only: elsewhere a later "received" is mostly of letters,
			// guests of others and support.
			if verb == " received " && !multi {
				continue
			}
			stop := ""
			if j := strings.LastIndex(left, ", where "); j >= 0 {
				who := strings.TrimSuffix(left[j+len(", where "):], " also")
				// ("…, where he met with his counterpart X and was
				// received by President Y": the clause's subject before
				// its first verb.)
				if strings.HasSuffix(who, " and") {
					if k := strings.IndexByte(who, ' '); k > 0 {
						who = who[:k]
					}
				}
				if !hostSubject(who, subject) && !officeInitials(who, subjectTitle) {
					continue
				}
				stop = left[:j]
				if k := strings.LastIndexAny(stop, ";,"); k >= 0 && strings.HasSuffix(stop[:k+1], ";") {
					stop = stop[k+1:]
				}
				stop = countryOf(strings.TrimPrefix(strings.TrimSpace(stop), "and "))
			} else {
				who := trimLaterAdverb(left)
				if k := strings.LastIndex(who, ", "); k >= 0 {
					who = who[k+2:]
				}
				// ("Minister Iwaya held a Foreign Ministers' Meeting
				// with": the subject before "held".)
				if k := strings.LastIndex(who, " held "); k > 0 && strings.HasSuffix(verb, " Meeting with ") {
					who = trimLaterAdverb(who[:k])
				}
				// "Mr. Finer conducted bilateral and regional
				// consultations with": the subject opens the clause.
				// A name of three words is the subject's as it stands
				// ("In Abuja, Lars Løkke Rasmussen held talks with …").
				own := multi && ownOfficeAlone(who)
				if verb != " met with " && !hostSubject(who, subject) && !own {
					if ws := strings.Fields(who); len(ws) > 2 {
						who = strings.Join(ws[:2], " ")
					}
				}
				// "the Minister met with …" where the lead gave the
				// subject no office is the subject's.
				// ("Prime Minister met …", where the subject is the
				// Prime Minister.)
				// ("On 25 September, the Deputy Minister met with …": on a
				// page of several meetings, the publisher's office alone is
				// the subject's, as the page calls him.)
				if !hostSubject(who, subject) && !officeInitials(who, subjectTitle) && !officeRef(who, subjectTitle) &&
					(subjectTitle != "" || who != "the Minister" && who != "The Minister") && (who == "" || who != subjectTitle) &&
					!own {
					continue
				}
			}
			// "In Lima, Minister X met …": the stop is the capital's
			// country ("In Nigeria, …": the country's).
			if stop == "" {
				stop = capitalStop(s)
			}
			right, _ = dropPortfolios(right[:officeChunkEnd(right, hostStops)])
			ps, _ := counterpartPersons(right)
			if lp := listPersons(right); len(lp) > len(ps) {
				ps = lp
			}
			if len(ps) == 1 {
				// "<office> X and <office> Y": two, joined by "and".
				ps = append(ps[:0:0], andPersons(strings.TrimRight(right, ". "), ps)...)
			}
			shared := ""
			for _, p := range ps {
				if c := personCountry(p); c != "" && shared == "" {
					shared = c
				}
			}
			for _, p := range ps {
				if p.name == "" || p.title == "" || p.unnamed {
					continue
				}
				code := personCountry(p)
				for _, c := range []string{stop, shared, lastPlace, other} {
					if code == "" {
						code = c
					}
				}
				// A page of several meetings reports some with sides
				// its lead does not name: one whose office names its
				// country is a side of its own.
				if code == "" || code == pub || !contains(parties, code) && !(multi && personCountry(p) != "") && code != lastPlace {
					continue
				}
				add(p, code)
			}
		}
	}
	return out
}

// moreOfficeCommaNames reads more counterparts of the form "the
// <office of a country>, <name>" after the first one's, each after ", "
// or ", and ": ", the Prime Minister of Samoa, Y, and the President of
// Palau, Z"; k is where the last ends in s.
func moreOfficeCommaNames(s string) (out []person, k int) {
	for at := 0; at < len(s); {
		rest, ok := cutAnyPrefix(s[at:], ", and the ", ", the ", " and the ")
		if !ok {
			break
		}
		ps, n := counterpartPersons("the " + rest)
		if len(ps) != 1 || ps[0].name == "" || countryOf(ps[0].countryText) == "" || n <= len("the ") {
			break
		}
		out = append(out, ps[0])
		at += len(s[at:]) - len(rest) + n - len("the ")
		k = at
	}
	return out, k
}

// ownOfficeAlone reports whether who is an office of no country named
// alone, as a page calls its own minister: "the Deputy Minister".
func ownOfficeAlone(who string) bool {
	_, ok := unnamedOwnOffice(who)
	return ok
}

// familyName is a name's last word before a suffix ("Teodoro" of
// "Gilberto Teodoro Jr.", "Austin" of "Lloyd J. Austin III").
func familyName(name string) string {
	ws := strings.Fields(strings.ReplaceAll(name, ",", " "))
	for len(ws) > 1 && nameSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// laterPairVerbs are the verbs after a pair that met: "… co-chaired",
// "… held talks", "… met".
var laterPairVerbs = []string{" co-chaired ", " held talks", " met ", " met.", " held a meeting", " held a bilateral meeting"}

// laterPair reads the one met from a later sentence whose subject is the
// visitor and him joined by "and" ("On 4 March, the Minister and the
// Foreign Minister of Chile, H.E. Mr. X, co-chaired …"): the visitor by
// his name, office or initials, the other with an office and a name.
func laterPair(s, subject, subjectTitle string) (person, bool) {
	and := indexText(s[:min(len(s), 120)], " and ")
	if and < 0 {
		return person{}, false
	}
	// ("On 24 March, EAM": the opening phrase is no part of him.)
	// (Only the words a reference can hold are looked at.)
	a := s[max(0, and-48):and]
	k := len(a) - 2
	for k >= 0 && (a[k] != ',' || a[k+1] != ' ') {
		k--
	}
	if k >= 0 {
		a = a[k+2:]
	} else if and > 48 {
		return person{}, false
	}
	a = strings.TrimPrefix(a, "the ")
	// (A reference is capitalized words: "the two sides discussed trade
	// and …" is none.)
	if len(a) > 40 || !isCapWord(a) || !capsOnly(a) {
		return person{}, false
	}
	if !hostSubject(a, subject) && !officeInitials(a, subjectTitle) && !officeRef(a, subjectTitle) && !officeRef("the "+a, subjectTitle) &&
		!(subjectTitle != "" && strings.HasSuffix(subjectTitle, a)) && a != "Minister" {
		return person{}, false
	}
	// ("X, and  met …": the verb's space may be the one after "and".)
	v := firstIndex(s[and:], laterPairVerbs)
	if v < len(" and ") {
		return person{}, false
	}
	b := strings.TrimSuffix(s[and+len(" and "):and+v], ",")
	if b == "" {
		return person{}, false
	}
	ps, n := counterpartPersons(b)
	if len(ps) != 1 || n < len(b)-2 {
		return person{}, false
	}
	if p := ps[0]; p.name != "" && p.title != "" && !p.unnamed {
		return p, true
	}
	return person{}, false
}

// capsOnly reports whether every word of s after the first opens with a
// capital (or a letter outside ASCII).
func capsOnly(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ' ' && !isUpperByte(s[i+1]) && s[i+1] < 0x80 {
			return false
		}
	}
	return true
}

// multiMeetingRE finds a page that reports several meetings ("held
// bilateral meetings with several world leaders", "a series of bilateral
// meetings", "held several working sessions"), in its headline or lead.
var multiMeetingRE = lazyRegexp(`(?i)\b(?:bilateral meetings|series of (?:bilateral )?(?:meetings|talks|audiences)|several (?:bilateral )?(?:meetings|working sessions|talks|audiences)|a number of (?:bilateral )?(?:meetings|audiences|visitors)|meetings with|holds meetings|held meetings)\b`)

// multiMeeting reports whether a page whose headline and lead are title
// and lead reports several meetings.
func multiMeeting(title, lead string) bool {
	// ("eetings", "everal", "eries of", "umber of": in either case.)
	for _, s := range []string{title, lead} {
		if (containsText(s, "eetings") || containsText(s, "everal") || containsText(s, "eries of") || containsText(s, "umber of")) && multiMeetingRE.MatchString(s) {
			return true
		}
	}
	return false
}

// hostStops end the noun phrase of a later host.
var hostStops = []string{";", ", as well as ", ", including ", " to ", " for ", " on ", " in ", " during ", " at "}

// officeChunkEnd is chunkEnd, except that "for" after an office's head
// word and before a capital is the office's: "Minister for Foreign
// Affairs Dr. X"; so is "to" after an envoy's ("Ambassador to Lebanon").
func officeChunkEnd(s string, stops []string) int {
	end := chunkEnd(s, stops)
	for {
		// ("the Egyptian Ambassador to Lebanon, X": an envoy's post.)
		if strings.HasPrefix(s[end:], " to ") && envoyHeads[lastWord(s[:end])] && isCapWord(s[end+len(" to "):]) {
			from := end + len(" to ")
			end = from + chunkEnd(s[from:], stops)
			continue
		}
		if !strings.HasPrefix(s[end:], " for ") || !headWords[lastWord(s[:end])] || !isCapWord(s[end+len(" for "):]) {
			return end
		}
		from := end + len(" for ")
		end = from + chunkEnd(s[from:], stops)
	}
}

// capitalStop returns the country of the capital a sentence opens with,
// "In Lima, …", or "".
func capitalStop(s string) string {
	rest, ok := strings.CutPrefix(s, "In ")
	if !ok {
		return ""
	}
	i := indexText(rest, ", ")
	if i < 0 || i > 30 {
		return ""
	}
	// ("In Equatorial Guinea, Mr. Finer met with President X": a
	// trip's paragraph may open with the country.)
	if c := country.Capital(rest[:i]); c != "" {
		return c
	}
	if isCountryName(strings.TrimPrefix(rest[:i], "the ")) {
		return countryOf(rest[:i])
	}
	return ""
}

// officeInitials reports whether who is an office's initials: "EAM"
// for "External Affairs Minister".
func officeInitials(who, title string) bool {
	ws := strings.Fields(title)
	if len(who) < 2 || len(who) != len(ws) {
		return false
	}
	for i, w := range ws {
		if w[0] != who[i] || who[i] < 'A' || who[i] > 'Z' {
			return false
		}
	}
	return true
}

// hostSubject reports whether who, the words before "met with", is the
// lead's subject: its name ("Dr. Gordon"), a pronoun or "the
// delegation".
func hostSubject(who, subject string) bool {
	// "H.E. Mr. Bui Thanh Son paid a courtesy call on …": the styles
	// are no part of the name.
	who = stripHonorifics(strings.TrimSpace(who))
	switch who {
	case "he", "she", "they", "He", "She", "They", "the delegation", "The delegation", "I":
		return true
	}
	if subject == "" || strings.Count(who, " ") > 3 {
		return false
	}
	// ("Minister Gërvalla" for "Donika Gërvalla-Schwarz".)
	w, f := lastWord(who), lastWord(subject)
	return w == f || strings.HasPrefix(f, w+"-")
}

// andPersons reads "<office> X and <office> Y" as two people where the
// fixed forms read one (ps): each side of an " and " before a capitalized
// office is read on its own.
func andPersons(s string, ps []person) []person {
	for from := 0; ; {
		i := indexText(s[from:], " and ")
		if i < 0 {
			return ps
		}
		i += from
		from = i + len(" and ")
		// (", and the President of Chile, Y": "the" before an office.)
		if b := strings.TrimPrefix(s[from:], "the "); b == "" || !isCapWord(strings.Fields(b)[0]) {
			continue
		}
		pa, _ := counterpartPersons(s[:i])
		pb, _ := counterpartPersons(s[from:])
		// ("… and Minister of Defence Y": an office of a portfolio, which
		// the fixed forms take for a country.)
		if len(pb) != 1 || pb[0].name == "" {
			pb = titleFirstPersons(s[from:], true)
		}
		// The first must be the one the fixed forms read.
		// (A body's name is no one's: "the Chair of the Japan-Croatia
		// Parliamentary Friendship League".)
		if len(pa) == 1 && len(pb) == 1 && pa[0].name == ps[0].name && pb[0].name != "" && pa[0].title != "" && pb[0].title != "" &&
			!institutionWords[lastWord(pb[0].name)] {
			return []person{pa[0], pb[0]}
		}
	}
}

// hostVerbs report that the subject met someone in a later sentence.
var hostVerbs = []string{" met with ", " held talks with ", " consultations with ", " met ", " called on ",
	" held a bilateral meeting with ", " held a meeting with ", " was received by ", " was then received by ",
	" was later received by ", " was also received by ", " was subsequently received by ", " was received in audience by ",
	" paid a courtesy call on ",
	// ("held a Foreign Ministers' Meeting with H.E. Mr. X, Secretary of
	// Foreign Affairs": a meeting of its own name.)
	"' Meeting with ", "’ Meeting with ",
	// ("On the same day, he talked with the Minister … of Samoa, X";
	// "the Deputy Minister's talks with the Minister … of Paraguay, X,
	// concerned …".)
	" talked with ", " spoke with ", "'s talks with ", "’s talks with ",
	// ("President X then received the Minister … of Cyprus, Y": on a
	// page of several audiences only.)
	" received "}

// hostVerbGroups are hostVerbs by a word each of them holds.
var hostVerbGroups = func() []struct {
	key   string
	verbs []string
} {
	keys := []string{"met", "held", "consultations", "called", "received", "courtesy", "Meeting", "talked", "spoke", "talks"}
	out := make([]struct {
		key   string
		verbs []string
	}, len(keys))
	for i, k := range keys {
		out[i].key = k
	}
	for _, v := range hostVerbs {
		for i, k := range keys {
			if strings.Contains(v, k) {
				out[i].verbs = append(out[i].verbs, v)
				break
			}
		}
	}
	return out
}()

// laterAdverbs are the adverbs between a later meeting's subject and its
// verb: "X also met …", "the Minister then met …".
var laterAdverbs = []string{" also", " then", " later", " subsequently", " afterwards", " further"}

// trimLaterAdverb returns left without one of laterAdverbs at its end.
func trimLaterAdverb(left string) string {
	for _, a := range laterAdverbs {
		if t, ok := strings.CutSuffix(left, a); ok {
			return t
		}
	}
	return left
}

// officeRef reports whether who refers to the holder of title by its
// office: "the Minister", "The Foreign Minister" for "Minister of Foreign
// Affairs", each word of the office one of the title's.
func officeRef(who, title string) bool {
	rest, ok := strings.CutPrefix(who, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(who, "The ")
	}
	if !ok || rest == "" || title == "" {
		return false
	}
	head := false
	for _, w := range strings.Fields(rest) {
		if !titleVocab[w] || !containsText(title, w) {
			return false
		}
		head = head || headWords[w]
	}
	return head
}

// laterJoined reads the leaders who join, and the hosts they join, in
// the sentences after a lead (sents): "President Ana Lopez of Peru joined
// the call at its end", "Joining President Biden on the call were …"
// (joinedLeaders, which the lead's own sentences already give), and the
// publisher's people being joined, "Joining President Biden and Vice
// President Harris in the meeting were members of …": Harris is a host
// as Biden is. It returns the people the principals ps do not hold yet.
func laterJoined(sents []string, ps []person) []person {
	var out []person
	has := func(p person) bool {
		same := func(q person) bool { return q.name != "" && lastWord(q.name) == lastWord(p.name) }
		return slices.ContainsFunc(ps, same) || slices.ContainsFunc(out, same)
	}
	for _, s := range sents {
		if !containsAny(s, " joined ", "oining ", "articipating", "ttending ") {
			continue
		}
		for _, p := range joinedLeaders(s) {
			if p.name != "" && !has(p) {
				out = append(out, p)
			}
		}
		rest, ok := strings.CutPrefix(s, "Joining ")
		if !ok {
			continue
		}
		end := chunkEnd(rest, []string{" on the ", " in the ", " at the ", " for the ", " were ", " was ", ","})
		hosts := conjoinedPersons(rest[:end])
		if len(hosts) == 0 {
			// ("Joining President X on the call were …": one host.)
			hosts = companionPersons(rest[:end])
		}
		for _, p := range hosts {
			if p.name != "" && !p.unnamed && !has(p) {
				p.subject, p.sameSide = true, true
				out = append(out, p)
			}
		}
	}
	return out
}

// pairSubject reads the two sides of a subject joined by "and", after
// "The two foreign ministers," when the sentence opens so.
func pairSubject(s string) (a, b person, ok bool) {
	if j := indexText(s, ", "); j > 0 && hasAnyPrefix(s, []string{"The two ", "the two ", "Both "}) {
		s = s[j+2:]
	}
	return splitPair(s)
}

// splitPair reads two people joined by "and", each written in any of the
// forms a lead's sides take ("Foreign Minister X and the Minister of
// Foreign Affairs of Kenya, Y,"; "X, Minister of Foreign Affairs, and
// Estonia's Foreign Minister Y"): at the first "and" before a capital,
// "the", "his" or "her" after which both parts are one named person each.
// (A title may hold "and": "Minister for Foreign and Expatriates Affairs".)
func splitPair(s string) (a, b person, ok bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ", ")
	if len(s) > 300 {
		return person{}, person{}, false
	}
	// "X, Minister of Foreign Affairs and International Cooperation of
	// Zambia, and Y, …": the pair's own "and" has a comma before it, the
	// offices' have none.
	if i := indexText(s, ", and "); i > 0 && !containsText(s[i+6:], ", and ") {
		pa, okA := onePerson(s[:i], true)
		pb, okB := onePerson(s[i+6:], false)
		// ("between the Minister of Trade, X, and the Secretary of State
		// for Business and Trade, the Rt Hon Y MP,": two named offices
		// without a country, the second's own "and" inside it.)
		if okA && okB && (personCountry(pa) != "" && personCountry(pb) != "" ||
			pa.name != "" && pb.name != "" && pa.title != "" && pb.title != "" && !pa.unnamed && !pb.unnamed) {
			return pa, pb, true
		}
	}
	for i := 0; ; {
		j := indexText(s[i:], " and ")
		if j < 0 {
			return person{}, person{}, false
		}
		k := i + j
		i = k + 5
		right := s[k+5:]
		if w := nextWord(right); !isCapWord(w) && w != "the" && w != "his" && w != "her" {
			continue
		}
		pa, okA := onePerson(strings.TrimRight(s[:k], ", "), true)
		pb, okB := onePerson(right, false)
		if okA && okB {
			return pa, pb, true
		}
	}
}

// onePerson reads s as one named person in one of a side's forms: a
// title and the name, the name and a title, "his counterpart, Y". first
// says s opens the sentence (the subject's forms are tried first).
func onePerson(s string, first bool) (person, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return person{}, false
	}
	if first {
		if ps := nameFirstPersons(s); len(ps) == 1 && ps[0].name != "" {
			return ps[0], true
		}
		if ps := lastTitleFirst(s); len(ps) == 1 && ps[0].name != "" {
			return ps[0], true
		}
	}
	if ps, _ := counterpartPersons(s); len(ps) == 1 && ps[0].name != "" {
		return ps[0], true
	}
	if ps := titleFirstPersons(s, true); len(ps) == 1 && ps[0].name != "" {
		return ps[0], true
	}
	// "Elena Varga of Hungary": a name, then its country.
	if i := indexText(s, " of "); i > 0 && isCountryName(s[i+4:]) {
		if ws := strings.Fields(s[:i]); len(ws) >= 2 && len(ws) <= 4 && allCapWords(ws) {
			return person{name: s[:i], countryText: s[i+1:]}, true
		}
	}
	return person{}, false
}

// allCapWords reports whether each of ws opens with a capital.
func allCapWords(ws []string) bool {
	for _, w := range ws {
		if !isCapWord(w) {
			return false
		}
	}
	return true
}

// namesOfCountries reads a list of two or more names each with its
// country after "of" ("Donald Tusk of Poland, Viktor Orbán of Hungary
// and Robert Fico of Slovakia"), after a phrase of a group set off by a
// comma or none, and returns them and where the list ends; nil when s is
// not so written.
func namesOfCountries(s string) ([]person, int) {
	off := 0
	if s != "" && !isCapWord(s) {
		i := strings.Index(s, ", ")
		// ("the heads of government of the Visegrad Group countries")
		if i < 0 || i > 120 || !containsAny(s[:i], groupNouns...) && !containsAny(s[:i], "heads of", "Presidents", "presidents") {
			return nil, 0
		}
		off = i + 2
	}
	rest := s[off:]
	var ps []person
	pos, last := 0, 0
	for {
		m := nameOfCountryRE.FindStringSubmatchIndex(rest[pos:])
		if m == nil {
			break
		}
		c := leadingCountry(rest[pos+m[4] : pos+m[5]])
		// ("Prime Minister X of Estonia, President Y of Latvia and …":
		// offices before the names are read where lists of offices are.)
		if c == "" || titleVocab[nextWord(rest[pos+m[2]:])] {
			break
		}
		end := pos + m[4] + len(c)
		ps = append(ps, person{name: rest[pos+m[2] : pos+m[3]], countryText: c, end: off + end})
		pos, last = end, end
		r, ok := cutAnyPrefix(rest[pos:], ", and ", " and ", ", ")
		if !ok {
			break
		}
		pos = len(rest) - len(r)
	}
	if len(ps) < 2 {
		return nil, 0
	}
	return ps, off + last
}

// pluralCounterparts reads "his counterparts from Poland and Estonia,
// Radoslaw Sikorski and Margus Tsahkna": countries and names listed in
// the same order, each name taking its country. nil when s is not so
// written or the two lists differ in length.
func pluralCounterparts(s string) ([]person, int) {
	rest := s
	for _, p := range []string{"his ", "her ", "their "} {
		rest = strings.TrimPrefix(rest, p)
	}
	r, ok := strings.CutPrefix(rest, "counterparts from ")
	if !ok {
		if r, ok = strings.CutPrefix(rest, "counterparts of "); !ok {
			return demonymCounterparts(s, rest)
		}
	}
	rest = r
	off := len(s) - len(rest)
	// The countries end at the first comma after which no country
	// follows: "Poland, Estonia and Chile, Piotr Nowak, …".
	k := -1
	for i := 0; ; {
		j := strings.Index(rest[i:], ", ")
		if j < 0 {
			break
		}
		k = i + j
		if w := splitList(rest[k+2:]); len(w) == 0 || !isCountryName(w[0]) {
			break
		}
		i = k + 2
	}
	if k < 0 {
		return nil, 0
	}
	countries := splitList(rest[:k])
	names := rest[k+2:]
	end := len(names)
	for _, stop := range []string{". ", ".", "; ", " on ", " in ", " at ", " to ", ", who", ", where", " for ", " during "} {
		if i := strings.Index(names, stop); i > 0 && i < end {
			end = i
		}
	}
	end = listEnd(names, end)
	list := splitList(strings.TrimRight(names[:end], ", "))
	if len(countries) < 2 || len(countries) != len(list) {
		return nil, 0
	}
	var out []person
	for i, c := range countries {
		if !isCountryName(c) || !isCapWord(nextWord(list[i])) || !strings.Contains(list[i], " ") {
			return nil, 0
		}
		// ("National Security Advisor X": the office before the name.)
		name, title := list[i], "Foreign Minister"
		if ps := titleFirstPersons(name, true); len(ps) == 1 && ps[0].name != "" && !ps[0].unnamed {
			name, title = ps[0].name, ps[0].title
		}
		out = append(out, person{name: name, title: title, countryText: c})
	}
	return out, off + k + 2 + end
}

// companionCues open those who come with a lead's subject or its
// counterpart: "X, joined by Y, met …", "met Z, together with W".
var companionCues = []string{", joined by ", ", along with ", ", accompanied by ", ", together with ", ", alongside "}

// cutCompanions cuts from a lead's subject (left, before its verb) the
// people set off by commas after one of companionCues ("Secretary X,
// joined by Secretary Y, "), and returns them, each of the subject's
// side. left is returned whole when they are no named persons.
func cutCompanions(left string) (string, []person) {
	if !strings.Contains(left, ", ") {
		return left, nil
	}
	for _, c := range companionCues {
		k := indexText(left, c)
		if k <= 0 {
			continue
		}
		ps := companionPersons(left[k+len(c):])
		// ("…, together with his French and Polish counterparts X and
		// Y, met …": others' ministers, each of his country.)
		if len(ps) == 0 {
			rest := strings.TrimRight(left[k+len(c):], ", ")
			if cs, n := pluralCounterparts(rest); len(cs) > 0 && n == len(rest) {
				return left[:k] + " ", cs
			}
			return left, nil
		}
		for i := range ps {
			ps[i].sameSide = true
		}
		return left[:k] + " ", ps
	}
	return left, nil
}

// companionsAfter reads the people named after the counterparts of a
// lead (after) when one of companionCues opens it: "…, together with
// President Y and Chancellor Z, to discuss …".
func companionsAfter(after string) []person {
	// (A day or a place may come first: "… in Kyiv today, alongside
	// President X".)
	head := after[:min(len(after), 64)]
	if !strings.Contains(head, ", ") {
		return nil
	}
	for _, c := range companionCues {
		k := indexText(head, c)
		if k < 0 || containsAny(after[:k], ". ", ";", " to ", " and ") {
			continue
		}
		rest := after[k+len(c):]
		rest = rest[:listEnd(rest, chunkEnd(rest, clauseStops))]
		if ps := companionPersons(rest); len(ps) > 0 {
			return ps
		}
		// ("…, along with the Prime Ministers of Poland and Canada, at
		// …": unnamed, one of each country.)
		if t, ok := strings.CutPrefix(rest, "the "); ok {
			return pluralOfCountries(strings.TrimRight(t, ",. "))
		}
		return nil
	}
	return nil
}

// companionPersons reads a list of people, each an office before a name
// ("Secretary Y", "President X of France and Chancellor Z"), that is the
// whole of s but a full stop or comma; nil for any other words.
func companionPersons(s string) []person {
	s = strings.TrimRight(s, ".,; ")
	ps := titleFirstPersons(s, false)
	if len(ps) == 0 {
		return nil
	}
	for _, p := range ps {
		if p.name == "" || p.unnamed {
			return nil
		}
	}
	if last := ps[len(ps)-1]; !strings.HasSuffix(s, last.name) && !strings.HasSuffix(s, last.countryText) && !strings.HasSuffix(s, last.title) {
		return nil
	}
	return ps
}

// joinedByPlaces are what may stand between "joined" and "by": "was
// joined on the call by".
var joinedByPlaces = []string{"", "on the call ", "in the call ", "on the phone ", "in the meeting ", "at the meeting ", "for the meeting ", "for the call "}

// joinedByEnd returns the offset in s past " joined by " (or " joined on
// the call by "), or -1.
func joinedByEnd(s string) int {
	for from := 0; ; {
		i := indexText(s[from:], " joined ")
		if i < 0 {
			return -1
		}
		at := from + i + len(" joined ")
		for _, w := range joinedByPlaces {
			if hasPrefixSpace(s[at:], w+"by") {
				return at + len(w) + len("by ")
			}
		}
		from = at
	}
}

// groupNouns name a group of principals a lead lists after it ("the
// Quad leaders", "his G7 counterparts", "the E3 foreign ministers").
var groupNouns = []string{"leaders", "counterparts", "ministers", "Ministers", "Leaders", "colleagues", "partners"}

// memberStops end a group's list of members: clauseStops but the full
// stop, which fullStop reads.
var memberStops = slices.DeleteFunc(slices.Clone(clauseStops), func(s string) bool { return s == ". " })

// groupSeps stand between a group's noun (and its "from …") and the
// list of its members.
var groupSeps = []string{", including ", " including ", ": ", ", ", " "}

// groupList reads the members of a group a lead's counterpart phrase
// opens with (s, after the verb): a few words ending with one of
// groupNouns ("European leaders", "his G7 counterparts", "leaders from
// the Pacific Islands, including"), then a list of people, each an
// office before a name ("Prime Minister X, President Y and Chancellor
// Z") or a name and its country ("X of France and Y of Poland"). n is
// where the list ends in s.
func groupList(s string) ([]person, int) {
	head := s[:min(len(s), 80)]
	at := -1
	for _, g := range groupNouns {
		if k := indexText(head, g); k >= 0 && (at < 0 || k < at) && (k+len(g) == len(head) || !isASCIIWord(head[k+len(g)])) && (k == 0 || head[k-1] == ' ') {
			at = k + len(g)
		}
	}
	if at < 0 || strings.Count(s[:at], " ") > 6 || strings.Contains(s[:at], ", ") {
		return nil, 0
	}
	// ("President X and European leaders, including …": one named
	// before the group is a side too.)
	var before []person
	if k := strings.LastIndex(s[:at], " and "); k > 0 {
		ps, n := counterpartPersons(s[:k])
		if len(ps) != 1 || ps[0].name == "" || n != k {
			return nil, 0
		}
		before = ps
	} else if strings.Count(s[:at], " ") > 4 {
		return nil, 0
	}
	rest := s[at:]
	// ("leaders from the Pacific Islands, including …": only with
	// "including" after the group's origin.)
	if hasAnyPrefix(rest, []string{" from ", " of "}) {
		k := indexText(rest[:min(len(rest), 80)], " including ")
		if k < 0 {
			// ("his counterparts from the E3, Foreign Minister X of
			// France, …": a group's name, then its members.)
			k = indexText(rest[:min(len(rest), 40)], ", ")
			if k < 0 || !groupName(strings.TrimPrefix(rest[len(" from "):k], "the ")) {
				return nil, 0
			}
		}
		rest, at = rest[k:], at+k
	}
	// ("hosted G7 leaders in Kananaskis, including …": the place before
	// "including".)
	if hasAnyPrefix(rest, []string{" in ", " at "}) {
		if k := indexText(rest[:min(len(rest), 60)], ", including "); k > 0 && !containsText(rest[:k], ", ") {
			rest, at = rest[k:], at+k
		}
	}
	// ("his Quad counterparts today: …": a day before the colon.)
	for _, d := range []string{" today:", " yesterday:", " this week:"} {
		if strings.HasPrefix(rest, d) {
			rest, at = rest[len(d)-1:], at+len(d)-1
			break
		}
	}
	for _, sep := range groupSeps {
		list, ok := strings.CutPrefix(rest, sep)
		if !ok {
			continue
		}
		start := at + len(sep)
		// (An initial's full stop ends no list: "India's S. Jaishankar".)
		end := min(chunkEnd(list, memberStops), fullStop(list))
		// ("…, Y of Germany, in Geneva": a comma before a word in lower
		// case ends the list.)
		for from := 0; from < end; {
			k := indexText(list[from:end], ", ")
			if k < 0 {
				break
			}
			if from += k + 2; from < end && !isCapWord(list[from:]) && !strings.HasPrefix(list[from:], "and ") {
				end = from - 2
			}
		}
		list = strings.TrimRight(list[:end], ",. ")
		ps := titleFirstPersons(list, false)
		if len(ps) < 2 || slices.ContainsFunc(ps, func(p person) bool { return p.name == "" || p.unnamed }) {
			ps = nameOfCountryList(list)
		}
		if len(ps) < 2 {
			return nil, 0
		}
		for i := range ps {
			ps[i].end += start
		}
		return append(before, ps...), start + len(list)
	}
	return nil, 0
}

// nameOfCountryList reads "X of France and Y of Poland", "X of A, Y of
// B and Z of C": each item a name and the country it is of; nil unless
// every item is one.
func nameOfCountryList(s string) []person {
	var out []person
	for from := 0; from < len(s); {
		end := len(s)
		sepLen := 0
		for _, sep := range []string{", and ", ", ", " and "} {
			if k := indexText(s[from:], sep); k >= 0 && from+k < end {
				// (" and " inside a country's name: "Antigua and
				// Barbuda".)
				if sep == " and " && !containsText(s[from:from+k], " of ") && !containsAny(s[from:from+k], "'s ", "’s ") {
					continue
				}
				end, sepLen = from+k, len(sep)
			}
		}
		item := s[from:end]
		// ("Australia's Penny Wong": the country in the possessive.)
		if c, name, ok := cutPossessive(item); ok {
			if !isCountryName(c) || !isCapWord(name) || len(strings.Fields(name)) > 4 {
				return nil
			}
			out = append(out, person{name: stripHonorifics(name), countryText: c, end: end})
			from = end + sepLen
			continue
		}
		name, where, ok := strings.Cut(item, " of ")
		// ("Y of Poland in Weimar": the place after the last is no
		// part of its country.)
		where = where[:chunkEnd(where, []string{" in ", " at ", " on ", " for ", " during ", " to "})]
		if !ok || !isCapWord(name) || len(strings.Fields(name)) > 4 || len(findCountries(where)) != 1 {
			return nil
		}
		if c, _ := countryName(strings.TrimPrefix(where, "the ")); c == "" {
			return nil
		}
		out = append(out, person{name: stripHonorifics(name), countryText: where, end: end})
		from = end + sepLen
	}
	return out
}

// wholeTitleList reads s as a list of people, each an office before a
// name ("President X, Prime Minister Y of A and Prime Minister Z"), and
// returns them only when the list is the whole of s.
func wholeTitleList(s string) []person {
	ps := titleFirstPersons(s, false)
	if len(ps) == 0 || slices.ContainsFunc(ps, func(p person) bool { return p.name == "" || p.unnamed }) {
		return nil
	}
	// (Nothing but the last one's country may follow his name.)
	last := ps[len(ps)-1].name
	k := strings.LastIndex(s, last)
	if k < 0 {
		return nil
	}
	if rest := s[k+len(last):]; rest != "" && !(strings.HasPrefix(rest, " of ") && isCountryName(strings.TrimPrefix(rest[len(" of "):], "the "))) {
		return nil
	}
	return ps
}

// notOfficeOpeners are words no office opens with.
var notOfficeOpeners = setOf("at", "in", "on", "for", "a", "an", "of", "from", "to", "during", "with", "by", "after", "before")

// fullStop returns the offset of the first ". " in s that ends a
// sentence, not an initial's ("S. Jaishankar", "Lloyd J. Austin"), or
// len(s).
func fullStop(s string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], ". ")
		if k < 0 {
			return len(s)
		}
		at := from + k
		if w := lastWord(s[:at]); len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
			from = at + 2
			continue
		}
		return at
	}
}

// listEnd returns where a list of names in s[:end] ends: at a comma
// before a word in lower case but "and" ("X and Y, for a trilateral
// meeting").
func listEnd(s string, end int) int {
	for from := 0; from < end; {
		k := strings.Index(s[from:end], ", ")
		if k < 0 {
			break
		}
		at := from + k
		// ("…, the UAE and Jordan": "the" before a name goes on.)
		rest := s[at+2:]
		if w := nextWord(rest); w != "" && w != "and" && !isCapWord(w) && !(w == "the" && len(rest) > len("the ") && isCapWord(nextWord(rest[len("the "):]))) {
			return at
		}
		from = at + 2
	}
	return end
}

// demonymCounterparts reads "their Australian counterparts, X and Y"
// (rest, after the possessive): names of the country the demonym gives,
// each of two words or more; n is where the last ends in s.
func demonymCounterparts(s, rest string) ([]person, int) {
	// ("his French and Polish counterparts X and Y": a demonym each, in
	// the names' order.)
	d, after, ok := strings.Cut(rest, " counterparts")
	if !ok || !isCapWord(d) || strings.Count(d, " ") > 4 {
		return nil, 0
	}
	ds := splitList(d)
	for _, w := range ds {
		if len(findCountries(w)) != 1 {
			return nil, 0
		}
	}
	names := strings.TrimPrefix(strings.TrimPrefix(after, ","), " ")
	end := len(names)
	for _, stop := range []string{". ", "; ", " on ", " in ", " at ", " to ", ", who", ", where", " for ", " during "} {
		if i := strings.Index(names, stop); i > 0 && i < end {
			end = i
		}
	}
	end = listEnd(names, end)
	list := splitList(strings.TrimRight(names[:end], ", "))
	if len(list) < 2 || len(ds) > 1 && len(ds) != len(list) {
		return nil, 0
	}
	var out []person
	for i, it := range list {
		ws := strings.Fields(it)
		if len(ws) < 2 || len(ws) > 4 || !capsWords(ws) || titleVocab[ws[0]] {
			return nil, 0
		}
		out = append(out, person{name: it, title: "Foreign Minister", countryText: ds[min(i, len(ds)-1)]})
	}
	return out, len(s) - len(names) + end
}

// capsWords reports whether every word of ws opens with a capital.
func capsWords(ws []string) bool {
	for _, w := range ws {
		if !isCapWord(w) {
			return false
		}
	}
	return true
}

// pluralOfCountries reads s, an office in the plural (pluralOffices)
// and the countries of its holders ("Foreign Ministers of India,
// Australia, Japan and the United States", "leaders of A, B and C"), as
// one unnamed holder of each country; nil unless s is that whole.
func pluralOfCountries(s string) []person {
	office, list, ok := strings.Cut(s, " of ")
	if !ok {
		return nil
	}
	// ("foreign ministers", "Leaders": the office in any case.)
	single, ok := pluralOffices[office]
	if !ok {
		if single, ok = pluralOffices[lowerText(office[:1])+office[1:]]; !ok {
			if single, ok = pluralOffices[capitalizeWords(office)]; !ok {
				return nil
			}
		}
	}
	if single == "" {
		single = "Leader"
	}
	var out []person
	at := 0
	for _, m := range findCountryMentions(list) {
		gap := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(list[at:m.Start]), ","))
		gap = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(gap, "and"), "the"))
		if gap != "" && gap != "the" {
			return nil
		}
		name := list[m.Start:m.End]
		if strings.HasSuffix(list[:m.Start], "the ") {
			name = "the " + name
		}
		title := single + " of " + name
		out = append(out, person{title: title, countryText: title, unnamed: true})
		at = m.End
	}
	if len(out) < 2 || strings.TrimSpace(list[at:]) != "" {
		return nil
	}
	return out
}

// capitalizeWords writes each word of s with a capital: "foreign
// ministers" is "Foreign Ministers".
func capitalizeWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			ws[i] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

// groupName reports whether s names a group of countries by a short
// name in capitals or digits ("E3", "G7", "Quad", "Weimar Triangle"),
// no country's.
func groupName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 || !capsWords(ws) {
		return false
	}
	return len(findCountries(s)) == 0
}

// cutPossessive cuts "Australia's Penny Wong" at its possessive: the
// owner and what follows; ok is false without one.
func cutPossessive(s string) (owner, rest string, ok bool) {
	for _, p := range []string{"'s ", "’s "} {
		if i := strings.Index(s, p); i > 0 {
			return s[:i], strings.TrimSpace(s[i+len(p):]), true
		}
	}
	return "", "", false
}

// welcomedVisitor are the verbs with which a later sentence has the
// publisher's minister receive the lead's visitor: "2. On 5 May, the
// Minister of Foreign Affairs of Malaysia, X, received the visiting
// Minister at Wisma Putra".
var welcomedVisitor = []string{" received the visiting ", " welcomed the visiting ", " hosted the visiting ", " received his visiting ", " received her visiting "}

// homeHost returns the publisher's host of a visit whose lead names the
// visitor alone: the named subject of one of the next sentences that
// receives "the visiting" guest (welcomedVisitor), of the publisher's
// country or of none; nil when no sentence does.
func homeHost(sents []string, pub string) []Participant {
	for _, s := range sents[:min(len(sents), 4)] {
		i := firstIndex(s, welcomedVisitor)
		if i <= 0 {
			continue
		}
		left := s[:i]
		// ("On 5 May 2025, the Minister …": the day before the subject.)
		if isIntroWord(nextWord(left)) {
			if j := strings.Index(left, ", "); j > 0 {
				left = left[j+2:]
			}
		}
		ps := subjectPersons(left)
		if len(ps) != 1 || ps[0].name == "" || ps[0].unnamed {
			continue
		}
		if c := personCountry(ps[0]); c != "" && c != pub {
			continue
		}
		return []Participant{person2(ps[0], ps[0].name, pub, RolePrincipal, "")}
	}
	return nil
}

// capitalizedRun is the run of up to n capitalized words s opens with, up
// to a stop or a comma: "Choe Son Hui" of "Choe Son Hui in Moscow.".
func capitalizedRun(s string, n int) string {
	var run []string
	for _, w := range strings.Fields(s[:min(len(s), 100)]) {
		bare := strings.TrimRight(w, ",.;:")
		if len(run) == n || !isCapWord(bare) || titleVocab[bare] {
			break
		}
		run = append(run, bare)
		if bare != w {
			break
		}
	}
	return strings.Join(run, " ")
}

// countryOpening is the country's name s opens with, after "the " or
// not.
func countryOpening(s string) (country.Mention, bool) {
	return country.FirstMention(s, len("the "))
}
