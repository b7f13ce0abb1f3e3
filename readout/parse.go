package readout

import (
	"errors"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrEmpty is returned by Parse for a document with neither title nor body.
var ErrEmpty = errors.New("readout: empty document")

// maxBody caps the body Parse reads; longer input is cut (at a line end
// where possible) so that parsing time stays bounded.
const maxBody = 4 << 20

var (
	tagRE           = regexp.MustCompile(`<[^<>]*>`)
	categoryRE      = regexp.MustCompile(`(?i)^(?:.{0,60}\brelations|press releases?|news(?: releases?)?|statements?|readouts?|diplomatic (?:relations|activities)|speeches and statements(?: by the prime minister)?|the prime minister in action|briefing room|statements and releases|briefings? (?:&|and) statements|foreign policy|press conferences?|top page|home)$`)
	summarySuffixRE = regexp.MustCompile(`\s*[(（](?:Summary|Overview|Outline)[)）]$`)
	pairRE          = regexp.MustCompile(`^(.+?)\s+Relations$`)
)

// Parse turns a document into a Readout. The body may be HTML (the main
// content is extracted, see ExtractHTML) or plain text. Parse fills the
// title (taking the meeting title when the page title is a category such
// as "Japan-Cambodia Relations"), the meeting facts and participants of the
// lead, the numbered sections with a summary each, key points, the parties
// and the countries merely mentioned, anniversaries, pledges, attachments
// and the full plain text. It is pure and deterministic.
func Parse(doc Document) (*Readout, error) {
	body := doc.Body
	if len(body) > maxBody {
		cut := strings.LastIndexByte(body[:maxBody], '\n')
		if cut < maxBody/2 {
			cut = maxBody
		}
		body = body[:cut]
	}
	var lines []string
	var attachments []Attachment
	pageTitle := ""
	if looksHTML(body) {
		text, atts, t, err := ExtractHTML(body, doc.URL)
		if err == nil {
			lines, attachments, pageTitle = strings.Split(text, "\n"), atts, t
		} else {
			// Markup the HTML parser refuses (e.g. nested too deeply):
			// drop the tags and read what is left as text.
			lines = textLines(unescapeText(tagRE.ReplaceAllString(body, "\n")))
		}
	} else {
		lines = textLines(unescapeText(body))
	}
	c := cleanLines(lines)
	attachments = mergeAttachments(attachments, c.attachments)

	title := normalizeSpace(doc.Title)
	if title == "" && len(c.lines) == 0 {
		return nil, ErrEmpty
	}

	// Header: category, title and date lines before the lead.
	h := readHeader(c.lines)
	rest := c.lines[h.end:]
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
		for _, cap := range c.captions {
			if t := captionTitle(cap); t != "" && meetingKind(t) != "" {
				title = t
				break
			}
		}
	}
	title = summarySuffixRE.ReplaceAllString(title, "")

	published := doc.Published
	if published.IsZero() {
		published = h.date
	}
	if published.IsZero() {
		if d, ok := findDate(title); ok && d.year != 0 {
			published = d.time()
		}
	}
	ref := published
	if !h.date.IsZero() {
		ref = h.date
	}

	// Lead: the first paragraph (plus any unnumbered ones before the
	// first numbered section).
	lead := ""
	numbered := hasMarkers(rest)
	switch {
	case len(rest) == 0:
	case !numbered:
		lead = rest[leadLine(rest)]
	default:
		i := 0
		for ; i < len(rest); i++ {
			if _, ok := parseMarker(rest[i]); ok {
				break
			}
		}
		lead = strings.Join(rest[:i], " ")
		rest = rest[i:]
		if lead == "" {
			if m, _ := parseMarker(rest[0]); !isHeading(m.rest) {
				lead = m.rest
			}
		}
	}
	titleDate := ""
	if d, ok := findDate(title); ok {
		if d, ok := d.resolveYear(ref); ok && (ref.IsZero() || !d.time().After(ref)) {
			titleDate = d.time().Format(time.DateOnly)
		}
	}
	f := parseLead(lead, titleDate, ref)

	r := &Readout{
		URL:       doc.URL,
		Publisher: doc.Publisher,
		Published: published,
		Lead:      lead,
	}
	pub := doc.PublisherCountry
	if pub == "" {
		pub = inferPublisherCountry(doc.URL, title)
	}
	if r.Publisher == "" {
		r.Publisher = publisherName(doc.URL)
	}

	// Meeting facts and title.
	r.Meeting = f.meeting
	kind := meetingKind(title)
	if kind == "" {
		kind = f.kindFromLead
		if kind == "meeting" && len(f.principals) >= 2 && allHeads(f.principals) {
			kind = "summit meeting"
		}
	}
	r.Meeting.Kind = kind
	if isCall(kind) || isCall(f.kindFromLead) {
		// A call has no place; one in its lead is a later meeting's.
		r.Meeting.Location = ""
	}
	if title == "" && kind != "" {
		if m := pairRE.FindStringSubmatch(category); m != nil {
			title = m[1] + " " + titleCase(kind)
		}
	}
	if title == "" {
		title = category
	}
	r.Title = title

	r.Participants = participantsOf(f, pub, title, strings.Join(c.lines, "\n"))
	r.FollowOn = f.followOn

	// Parties: the publisher, the countries of the title, the principals.
	r.Parties = []string{}
	if pub != "" {
		r.Parties = append(r.Parties, pub)
	}
	for _, code := range findCountries(title) {
		r.Parties = appendUnique(r.Parties, code)
	}
	for _, p := range r.Participants {
		if p.Role == RolePrincipal && p.Country != "" {
			r.Parties = appendUnique(r.Parties, p.Country)
		}
	}

	// Sections.
	var bodyLines []string
	if numbered {
		r.Sections = buildSections(rest)
		if lead != "" && !strings.HasSuffix(rest[0], lead) {
			bodyLines = append(bodyLines, lead)
		}
		bodyLines = append(bodyLines, rest...)
	} else {
		bodyLines = rest
		if len(rest) > 0 {
			r.Sections = []Section{{Level: 1, Text: strings.Join(rest, "\n")}}
		}
	}
	if r.Sections == nil {
		r.Sections = []Section{}
	}
	cache := newSentCache()
	analyses := make([]analyzed, len(r.Sections))
	budget := int(summaryShare * float64(utf8.RuneCountInString(strings.Join(bodyLines, "\n"))))
	textLen := 0
	for i := range r.Sections {
		textLen += utf8.RuneCountInString(r.Sections[i].Text)
	}
	var used []string
	for i := range r.Sections {
		s := &r.Sections[i]
		analyses[i] = analyze(s.Text, cache)
		s.Summary = summarizeAnalyzed(analyses[i], sectionLimit(s.Text, textLen, budget), cache)
		if s.Summary != "" {
			used = append(used, s.Summary)
			budget -= utf8.RuneCountInString(s.Summary)
		}
		s.Countries = findCountries(s.Heading + "\n" + s.Text)
	}
	// A heading without text of its own covers its subsections' countries.
	for i := range r.Sections {
		s := &r.Sections[i]
		if s.Level != 1 || s.Text != "" {
			continue
		}
		for j := i + 1; j < len(r.Sections) && r.Sections[j].Level > 1; j++ {
			for _, c := range r.Sections[j].Countries {
				s.Countries = appendUnique(s.Countries, c)
			}
		}
	}
	r.Body = strings.Join(bodyLines, "\n")

	r.Mentioned = []string{}
	for _, code := range findCountries(r.Body) {
		if !contains(r.Parties, code) {
			r.Mentioned = appendUnique(r.Mentioned, code)
		}
	}
	r.KeyPoints = keyPoints(analyses, used, budget, cache)

	var sents []string
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
	return r, nil
}

// leadLine picks the lead among the first lines of an unnumbered
// readout: the first that names the meeting in a verb frame ("The Prime
// Minister spoke to …"), else the first.
func leadLine(lines []string) int {
	for i := 0; i < len(lines) && i < 4; i++ {
		if findFrame(lines[i]) != nil {
			return i
		}
	}
	return 0
}

// header is what precedes the lead: category and title lines, the date.
type header struct {
	titles   []string
	category string
	date     time.Time
	end      int // index of the first line after the header
}

// readHeader reads the short lines before the lead.
func readHeader(lines []string) header {
	var h header
	for h.end < len(lines) && h.end < 8 {
		l := lines[h.end]
		if _, ok := parseMarker(l); ok {
			break
		}
		if d, ok := parseDateLine(l); ok {
			if h.date.IsZero() {
				h.date = d
			}
			h.end++
			continue
		}
		if len(l) > 160 || endsSentence(l) && !strings.HasSuffix(l, ")") {
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
	return h
}

// sectionLimit is the length a section's summary may take: its share of
// the budget of all summaries (most of it, leaving room for key points),
// within [minSummary, maxSummary].
func sectionLimit(text string, allText, budget int) int {
	if allText == 0 {
		return maxSummary
	}
	n := int(0.6 * float64(budget) * float64(utf8.RuneCountInString(text)) / float64(allText))
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
	for _, q := range list {
		if q.Name == p.Name || p.Written != "" && (q.Written == p.Written || q.Name == p.Written) {
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
	usTitleRE = regexp.MustCompile(`(?i)\b(?:president (?:joseph r\. )?biden|president (?:donald j\. )?trump|vice president|secretary (?:blinken|rubio|austin|hegseth)|national security advis[eo]r (?:jake )?sullivan|white house)\b`)
	ukTitleRE = regexp.MustCompile(`^(?:PM|Prime Minister)(?:'s)? (?:call|meeting|talks?|phone call|bilateral)\b|^Foreign Secretary\b`)
)

// siteOf returns the publisher entry for a URL's host.
func siteOf(pageURL string) (country, name string, ok bool) {
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return "", "", false
	}
	host := strings.ToLower(u.Hostname())
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
	for i, p := range f.principals {
		code := personCountry(p)
		if code == "" && p.subject && (i == 0 || p.unnamed) {
			code = pub
		}
		if i == 0 && code != "" {
			subjectCountry = code
		}
		name := p.name
		if p.unnamed {
			name = nameOfOffice(p.title, text, names)
		}
		out = appendParticipant(out, person2(p, name, code, RolePrincipal, text))
	}
	// A principal whose title names no country takes the title's country
	// that no other principal has.
	for i := range out {
		if out[i].Country != "" {
			continue
		}
		for _, c := range findCountries(title) {
			if !slices.ContainsFunc(out, func(p Participant) bool { return p.Country == c }) {
				out[i].Country = c
				break
			}
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

// person2 makes a Participant of a person read from the text.
func person2(p person, name, code, role, text string) Participant {
	display := displayName(name, countryOf(p.countryText) == "JP" && familyFirstIn(stripHonorifics(name), text))
	q := Participant{Name: display, Title: p.title, Country: code, Role: role}
	if display != name {
		q.Written = name
	}
	return q
}

// personCountry is the country of a person's title: the last country it
// names, except in "Ambassador to X", where X is the host country.
func personCountry(p person) string {
	t := p.countryText
	if i := strings.Index(t, "Ambassador to "); i >= 0 {
		t = t[:i]
	}
	if c := countryOf(t); c != "" {
		return c
	}
	for _, o := range findOrgs(t) {
		if o == "EU" || o == "UN" {
			return o
		}
	}
	return ""
}
