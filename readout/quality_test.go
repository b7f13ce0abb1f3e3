package readout

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The quality measurement: readouts of the shared corpus against ground
// truth written by hand in testdata/truth (facts, not text). Each truth
// file is named after the corpus folder its readouts come from; the files
// named "whitehouse-…" are further sets of corpus/whitehouse readouts.
// whitehouse-shapes and whitehouse-shapes2 are tuned sets of the genre's
// harder shapes (several officials in a list, advisors' meetings, trips,
// groups, counterparts given by a demonym); their truth was written before
// the parser ran on them, and they count in the row "all".
const (
	worldDir    = "../../shared/corpus/world"
	truthDir    = "testdata/truth"
	genreDir    = "testdata/genre"
	qualityFile = "../QUALITY.md"
)

// heldOut holds the truth files of readouts the summarizer was never tuned
// on: their rows show how far the tuned figures carry to readouts not seen,
// and they are left out of the row "all". Two are sets of White House
// readouts, five of readouts in other ministries' styles (outside):
// genre-heldout, genre7, genre8, genre11 (written in session 18, held
// out, figures only), genre13 (written in session 19, likewise) and
// genre16 (written in session 22, likewise).
var heldOut = map[string]bool{"whitehouse-heldout": true, "whitehouse-heldout2": true, "genre-heldout": true,
	"genre7": true, "genre8": true, "genre11": true, "genre13": true, "genre16": true}

// outside holds the truth files of readouts kept in this repository
// (testdata/genre: readouts written in the house styles of ministries the
// corpus lacks). Like the held-out rows they are left out of the row
// "all", so that it stays the corpus's figure; unlike them, their misses
// are logged and rules are made on them. They need no ../shared: without
// it, TestQuality measures and checks these rows alone.
//
// genre-heldout is a second such set, held out as well (in heldOut): its
// truth was written before the parser ran on it, after the rules made on
// genre, to show how far they carry. genre2 is a third, tuned like genre:
// more ministries' and offices' styles, so that the rules are made on a
// wider set than genre's fourteen publishers. genre3 is a fourth, tuned
// too: thirty readouts of ministries and offices none of the others covers.
// genre4 is a fifth: twenty-four readouts of publishers none of the
// others covers, its truth written before the parser ran on them. It was
// held out for one session (its first figures are in QUALITY.md) and is
// tuned on since session 14, when a new held-out set replaced it.
// genre5 is that set: twenty-four readouts of publishers none of the
// others covers, its truth written and committed before the parser ran
// on them. It was held out through session 14 (its last held-out figures
// are in QUALITY.md) and is tuned on since session 15: its misses show
// which forms of readouts never seen the rules miss.
// genre6 is a seventh, tuned on from the start: thirty readouts of
// publishers none of the others covers, written with their truth before
// the parser ran on them, to widen the set the rules are made on.
// genre7 is an eighth, held out (in heldOut) like genre5: twenty-four
// readouts of publishers none of the others covers, its truth written and
// committed before the parser ran on them; only its figures are read.
// genre8 is a ninth, held out (in heldOut) like genre7: twenty-four
// readouts in the house styles of the major ministries the product
// targets (most of them also in the tuned sets), so that it measures new
// readouts of those publishers rather than new publishers; its truth was
// written and committed before the parser ran on them, and only its
// figures are read.
// genre9 is tuned on from the start, like genre6: thirty readouts in the
// house styles of major ministries, chosen for the shapes they write a
// meeting in, their truth written and committed before the parser ran on
// them.
// genre10 is tuned on from the start too: thirty readouts chosen for the
// shapes none of the others has (bodies as publishers, defence, trade and
// parliamentary principals, deputy ministers, bulletins of several
// meetings under dated headings, joint press releases, translated
// "received in audience", field layouts, calls made at the other side's
// initiative), their truth written and committed before the parser ran on
// them; its first figures are the fresh measure of readouts never seen.
// genre11 is held out (in heldOut), written in session 18: thirty readouts
// of ministries, offices, a parliament and international bodies of every
// region, its truth written and committed before the parser ran on them,
// by a writer who had not read the parser; only its figures are read and
// no rule is made from it.
// genre12 is tuned on from the start, written in session 19: thirty
// readouts of ministries, offices, parliaments, news agencies and bodies
// of every region in shapes none of the others has (Hijri and numeric
// date lines, breadcrumbs and kickers, bulletins under countries as
// headings, times as "10h30", "11.00" and "14:00 hours", relative days
// under datelines, anniversaries in words), their truth written and
// committed before the parser ran on them.
// genre13 is held out (in heldOut), written in session 19 like genre11:
// thirty readouts of publishers none of the other sets names (ministries,
// presidencies, defence ministries, a parliament, regional bodies,
// development banks and UN agencies of every region), its truth written
// and committed before the parser ran on them by a writer who had not read
// the parser; only its figures are read and no rule is made from it.
// genre14 is tuned on from the start, written in session 20 like genre12:
// thirty readouts of news agencies, presidencies, royal courts, a military
// press service, regional and international bodies in shapes none of the
// tuned sets has (KCNA's Juche year, a solar Hijri date line, ISPR's
// "12 Mar 25", transcripts under speaker labels, a first-person post, an
// agenda item with Date/Time/Location fields, a four-party summit under
// headings of two levels), its truth written and committed before the
// parser ran on them.
// genre15 is tuned on after its first figures, written in session 21:
// thirty everyday readouts of the busiest publishers (G20 foreign
// ministries, presidencies and prime ministers' offices, and a few smaller
// states and regional bodies), its truth written and committed before the
// parser ran on them by a writer who had not read the parser, so that its
// first figures are an outside estimate.
// genre16 is held out (in heldOut), written in session 22: thirty readouts
// of thirty publishers in the shapes an outside tester meets that are not
// everyday (numbered sections with "(1)" subsections, joint statements, a
// trilateral, several meetings on one page, breadcrumbs, photo captions and
// share bars, a page flattened to one line, a "Remarks by" transcript,
// translated styles, calls at the other side's request, relative dates,
// margins of summits, deputy ministers, envoys, royals, heads of
// international bodies), its truth written and committed before the parser
// ran on them by a writer who had not read the parser; only its figures are
// read and no rule is made from it.
// genre17 is tuned on after its first figures, written in session 22 like
// genre15: twenty readouts of twenty publishers in odd shapes chosen for
// their structure and places (MOFA Japan's numbered sections with "(1)"
// sub-headings, a page flattened to one line, Roman and decimal numbering,
// "##" and "###", bold, capitalised, plain, question and colon headings
// among breadcrumbs, photo captions, share bars, tags, bullet lists and
// "Related links"; places as a dateline, a hotel, palaces, an office, the
// margins of a summit, a video call with none, future venues that are not
// the meeting's), its truth written and committed before the parser ran on
// them by a writer who had not read the parser, so that its first figures
// are an outside estimate.
// genre18 is tuned on after its first figures, written in session 23 like
// genre17: twenty-five readouts of twenty-five publishers that are not
// genre17's shapes, in other forms of the shapes genre16 is described to
// have (bold and colon run-in headings, Roman/lettered and "1."/"a)"
// nesting, a flat page with inline numbering, numbered paragraphs that are
// no headings, pages of several meetings, a transcript, calls at the other
// side's request, datelines as the only place, venues without a city,
// future venues, relative days), its truth written and committed before
// the parser ran on them.
// genre19 is tuned on after its first figures, written in session 23:
// twenty-five everyday readouts of twenty-five ministries and leaders'
// offices (short calls, meetings of a few paragraphs, long readouts with
// and without headings, pledges with amounts, anniversaries), whose key
// facts are only the kinds issue 12 names (principals' family names, the
// counterpart country, pledges, anniversaries, the topics of the headings,
// the main topics of a page without them), 6-9 a readout; its truth
// written and committed before the parser ran on them.
var outside = map[string]string{"genre": genreDir, "genre-heldout": "testdata/genre-heldout", "genre2": "testdata/genre2",
	"genre3": "testdata/genre3", "genre4": "testdata/genre4", "genre5": "testdata/genre5", "genre6": "testdata/genre6",
	"genre7": "testdata/genre7", "genre8": "testdata/genre8", "genre9": "testdata/genre9",
	"genre10": "testdata/genre10", "genre11": "testdata/genre11", "genre12": "testdata/genre12",
	"genre13": "testdata/genre13", "genre14": "testdata/genre14",
	"genre15": "testdata/genre15", "genre16": "testdata/genre16", "genre17": "testdata/genre17",
	"genre18": "testdata/genre18", "genre19": "testdata/genre19"}

// truth is what a reader of one readout knows it says.
type truth struct {
	File       string `json:"file"`
	Sides      []string
	Principals []struct {
		Name    string `json:"name"` // "" for a principal the page does not name
		Country string `json:"country"`
	} `json:"principals"`
	Date  string `json:"date"`  // YYYY-MM-DD; "" when the page does not say
	Start string `json:"start"` // HH:MM local; "" when not stated (not checked)
	Kind  string `json:"kind"`  // "call" for a call of any kind; "" for in person
	// Place is the stated place of an in-person meeting, alternatives
	// separated by "|"; "" when none is stated (none is expected); "*"
	// when it is not checked.
	Place string `json:"place"`
	// Headings are "LEVEL TEXT", in order.
	Headings []string `json:"headings"`
	// Anniversaries are "ORDINAL YEAR".
	Anniversaries []string `json:"anniversaries"`
	// Facts are the readout's key facts, each a set of spellings separated
	// by "|".
	Facts []string `json:"facts"`
}

// publisherScore sums one publisher's figures.
type publisherScore struct {
	readouts                               int
	sides                                  int
	principals, principalsOK, namesWritten int
	dates, datesOK, starts, startsOK       int
	places, placesOK, placesWrong          int
	headings, headingsOK, headingsSpurious int
	annivs, annivsOK, annivsFalse          int
	summaryRunes, bodyRunes, maxSharePct   int
	summaries, summariesCut                int
	facts, factsSummary, factsLead         int
}

// row is how a publisherScore appears in QUALITY.md's table.
func (s *publisherScore) row(name string) []string {
	return []string{
		name,
		strconv.Itoa(s.readouts),
		frac(s.sides, s.readouts),
		frac(s.principalsOK, s.principals),
		frac(s.namesWritten, s.principals),
		frac(s.datesOK, s.dates),
		frac(s.startsOK, s.starts),
		frac(s.placesOK, s.places),
		strconv.Itoa(s.placesWrong),
		frac(s.headingsOK, s.headings),
		strconv.Itoa(s.headingsSpurious),
		frac(s.annivsOK, s.annivs),
		strconv.Itoa(s.annivsFalse),
		pct(s.summaryRunes, s.bodyRunes),
		strconv.Itoa(s.maxSharePct) + "%",
		strconv.Itoa(s.summariesCut),
		pct(s.factsSummary, s.facts),
		pct(s.factsLead, s.facts),
	}
}

var qualityHeader = []string{"publisher", "readouts", "sides exact", "principals with country",
	"names as a reader writes them", "date", "start time", "stated places", "wrong places",
	"headings found", "spurious headings", "anniversaries", "false anniversaries",
	"summary share of body", "largest share", "cut summaries", "key facts in summaries + key points",
	"key facts in a lead cut"}

// higherIsBetter tells, per column, in which direction a figure may move
// without failing; columns with neither (the name, counts, the lead cut)
// are not checked.
var columnRule = map[int]int{2: +1, 3: +1, 4: +1, 5: +1, 6: +1, 7: +1, 8: -1, 9: +1, 10: -1,
	11: +1, 12: -1, 13: -1, 14: -1, 15: -1, 16: +1}

func frac(ok, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d (%d%%)", ok, n, ok*100/n)
}

func pct(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%d%%", (a*100+b/2)/b)
}

// TestQuality parses the corpus readouts that have ground truth, prints
// the table of QUALITY.md (run with -v) and fails when a figure is worse
// than the table's.
func TestQuality(t *testing.T) {
	_, err := os.Stat(worldDir)
	haveCorpus := err == nil
	if !haveCorpus && *update {
		t.Skipf("corpus %s absent: -update needs every row", worldDir)
	}
	files, err := filepath.Glob(filepath.Join(truthDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no truth files in %s: %v", truthDir, err)
	}
	scores := map[string]*publisherScore{}
	var order []string
	all := &publisherScore{}
	for _, f := range files {
		folder := strings.TrimSuffix(filepath.Base(f), ".json")
		dir := filepath.Join(worldDir, folder)
		if folder == "whitehouse" || strings.HasPrefix(folder, "whitehouse-") {
			dir = corpusDir
		}
		if d, ok := outside[folder]; ok {
			dir = d
		} else if !haveCorpus {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var truths []truth
		if err := json.Unmarshal(b, &truths); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s := &publisherScore{}
		scores[folder] = s
		order = append(order, folder)
		for _, tr := range truths {
			src, err := os.ReadFile(filepath.Join(dir, tr.File))
			if err != nil {
				t.Fatalf("%s: %v", folder, err)
			}
			doc, err := ParseMarkdown(src)
			if err != nil {
				t.Fatalf("%s: %v", tr.File, err)
			}
			r, err := Parse(doc)
			if err != nil {
				t.Fatalf("%s: %v", tr.File, err)
			}
			if heldOut[folder] {
				// A held-out row's misses are not logged: only its
				// figures are to be seen, so that nothing is tuned on
				// them.
				score(t, "", tr, doc, r, s)
				continue
			}
			score(t, folder+"/"+tr.File, tr, doc, r, s)
			if _, ok := outside[folder]; !ok {
				score(t, "", tr, doc, r, all)
			}
		}
	}
	slices.Sort(order)
	got := map[string][]string{}
	var lines []string
	lines = append(lines, "| "+strings.Join(qualityHeader, " | ")+" |")
	lines = append(lines, "|"+strings.Repeat(" --- |", len(qualityHeader)))
	for _, name := range order {
		got[name] = scores[name].row(name)
		lines = append(lines, "| "+strings.Join(got[name], " | ")+" |")
		if os.Getenv("QDETAIL") != "" {
			sc := scores[name]
			t.Logf("DETAIL %s facts %d/%d lead %d share %.2f%% max %d", name, sc.factsSummary, sc.facts, sc.factsLead, float64(sc.summaryRunes)*100/float64(max(sc.bodyRunes, 1)), sc.maxSharePct)
		}
	}
	if haveCorpus {
		got["all"] = all.row("all")
		lines = append(lines, "| "+strings.Join(got["all"], " | ")+" |")
	} else {
		t.Logf("corpus %s absent: only the rows of %v are measured", worldDir, outside)
	}
	t.Logf("quality on %d readouts (truth in %s):\n%s", all.readouts, truthDir, strings.Join(lines, "\n"))

	if *update {
		if err := writeQualityTable(qualityFile, lines); err != nil {
			t.Fatal(err)
		}
	}
	want, err := readQualityTable(qualityFile)
	if err != nil {
		t.Fatalf("read the reference table: %v", err)
	}
	for name, row := range got {
		ref, ok := want[name]
		if !ok {
			t.Errorf("%s: no row in %s", name, qualityFile)
			continue
		}
		for col, dir := range columnRule {
			g, gok := figure(row[col])
			w, wok := figure(ref[col])
			if !gok || !wok {
				if row[col] != ref[col] {
					t.Errorf("%s, %s: got %s, table has %s", name, qualityHeader[col], row[col], ref[col])
				}
				continue
			}
			if dir > 0 && g < w || dir < 0 && g > w {
				t.Errorf("%s, %s: got %s, worse than the table's %s", name, qualityHeader[col], row[col], ref[col])
			}
		}
	}
}

// figure reads a table cell: "18/19 (94%)" gives 94.7, "25%" 25, "3" 3.
func figure(cell string) (float64, bool) {
	cell = strings.TrimSpace(cell)
	if a, b, ok := strings.Cut(cell, "/"); ok {
		n, err1 := strconv.Atoi(a)
		d, err2 := strconv.Atoi(strings.Fields(b)[0])
		if err1 != nil || err2 != nil || d == 0 {
			return 0, false
		}
		return 100 * float64(n) / float64(d), true
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(cell, "%"), 64)
	return v, err == nil
}

// writeQualityTable replaces the table in QUALITY.md with lines.
func writeQualityTable(path string, lines []string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var out []string
	in, done := false, false
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == lines[0] && !done {
			in, done = true, true
			out = append(out, lines...)
			continue
		}
		if in && strings.HasPrefix(strings.TrimSpace(l), "|") {
			continue
		}
		in = false
		out = append(out, l)
	}
	if !done {
		return fmt.Errorf("%s: no table to replace", path)
	}
	return os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644)
}

// readQualityTable reads the rows of the table in QUALITY.md whose header
// is qualityHeader, keyed by publisher.
func readQualityTable(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows := map[string][]string{}
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "|") {
			in = false
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if slices.Equal(cells, qualityHeader) {
			in = true
			continue
		}
		if in && len(cells) == len(qualityHeader) && cells[0] != "---" {
			rows[cells[0]] = cells
		}
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no table with the header %q", path, strings.Join(qualityHeader, " | "))
	}
	return rows, sc.Err()
}

// score compares one parsed readout with its truth; name, when set, logs
// each miss.
func score(t *testing.T, name string, tr truth, doc Document, r *Readout, s *publisherScore) {
	t.Helper()
	miss := func(format string, args ...any) {
		if name != "" && testing.Verbose() {
			t.Logf("%s: "+format, append([]any{name}, args...)...)
		}
	}
	s.readouts++
	if sameSet(r.Parties, tr.Sides) {
		s.sides++
	} else {
		miss("sides %v, want %v", r.Parties, tr.Sides)
	}

	used := map[int]bool{}
	for _, p := range tr.Principals {
		s.principals++
		i := findPrincipal(r.Participants, p.Name, p.Country, used)
		if i < 0 {
			miss("principal %q (%s) not found in %v", p.Name, p.Country, r.Participants)
			continue
		}
		used[i] = true
		if r.Participants[i].Country == p.Country {
			s.principalsOK++
		} else {
			miss("principal %q: country %q, want %s", p.Name, r.Participants[i].Country, p.Country)
		}
		if p.Name == "" || foldName(r.Participants[i].Name) == foldName(p.Name) {
			s.namesWritten++
		} else {
			miss("principal name %q, want %q", r.Participants[i].Name, p.Name)
		}
	}

	if tr.Date != "" {
		s.dates++
		if r.Meeting.Date == tr.Date {
			s.datesOK++
		} else {
			miss("date %q, want %s", r.Meeting.Date, tr.Date)
		}
	}
	if tr.Start != "" {
		s.starts++
		if r.Meeting.StartLocal == tr.Start {
			s.startsOK++
		} else {
			miss("start %q, want %s", r.Meeting.StartLocal, tr.Start)
		}
	}

	loc := r.Meeting.Location
	switch tr.Place {
	case "*":
	case "":
		if loc != "" {
			s.placesWrong++
			miss("place %q, but none is stated", loc)
		}
	default:
		s.places++
		switch {
		case loc == "":
			miss("no place, want %s", tr.Place)
		case matchesAny(loc, tr.Place):
			s.placesOK++
		default:
			s.placesWrong++
			miss("place %q, want %s", loc, tr.Place)
		}
	}

	var got []string
	for _, sec := range r.Sections {
		if sec.Heading != "" {
			got = append(got, fmt.Sprintf("%d %s", sec.Level, strings.ToLower(sec.Heading)))
		}
	}
	for _, h := range tr.Headings {
		s.headings++
		if i := slices.Index(got, strings.ToLower(h)); i >= 0 {
			s.headingsOK++
			got = slices.Delete(got, i, i+1)
		} else {
			miss("heading %q not found", h)
		}
	}
	s.headingsSpurious += len(got)
	for _, h := range got {
		miss("spurious heading %q", h)
	}

	var gotAnn []string
	for _, a := range r.Anniversaries {
		gotAnn = append(gotAnn, fmt.Sprintf("%d %d", a.Ordinal, a.Year))
	}
	for _, a := range tr.Anniversaries {
		s.annivs++
		if i := slices.Index(gotAnn, a); i >= 0 {
			s.annivsOK++
			gotAnn = slices.Delete(gotAnn, i, i+1)
		} else {
			miss("anniversary %q not found", a)
		}
	}
	s.annivsFalse += len(gotAnn)
	for _, a := range gotAnn {
		miss("false anniversary %q", a)
	}

	var summ []string
	for _, sec := range r.Sections {
		if sec.Summary == "" {
			continue
		}
		summ = append(summ, sec.Summary)
		s.summaries++
		if cutSummary(sec.Summary) {
			s.summariesCut++
			miss("cut summary %q", sec.Summary)
		}
	}
	summ = append(summ, r.KeyPoints...)
	text := strings.Join(summ, "\n")
	n := utf8.RuneCountInString(text)
	body := utf8.RuneCountInString(r.Body)
	s.summaryRunes += n
	s.bodyRunes += body
	if body > 0 {
		s.maxSharePct = max(s.maxSharePct, n*100/body)
		if os.Getenv("QDETAIL") != "" && name != "" {
			t.Logf("SHARE %s %d/%d %d%%", name, n, body, n*100/body)
		}
	}
	page := strings.Join(strings.Fields(doc.Body), " ")
	lead := page
	if i := runeOffset(page, n); i < len(page) {
		lead = page[:i]
	}
	for _, f := range tr.Facts {
		s.facts++
		inSumm, inLead := matchesAny(text, f), matchesAny(lead, f)
		if inSumm {
			s.factsSummary++
		}
		if inLead {
			s.factsLead++
		}
		if !inSumm {
			miss("key fact %q not in the summaries (lead cut: %v)", f, inLead)
		}
	}
}

// findPrincipal returns the index of the principal that matches a truth
// entry: by family or given name, or for an unnamed one by country.
func findPrincipal(ps []Participant, name, country string, used map[int]bool) int {
	for i, p := range ps {
		if used[i] || p.Role != RolePrincipal {
			continue
		}
		if name == "" {
			if p.Country == country {
				return i
			}
			continue
		}
		got := strings.Fields(foldName(p.Name))
		want := strings.Fields(foldName(name))
		// ("Gilberto C. Teodoro Jr.": the family name is before the
		// suffix.)
		if n := len(want); n > 1 && (want[n-1] == "jr" || want[n-1] == "sr") {
			want = want[:n-1]
		}
		if len(want) > 0 && (slices.Contains(got, want[len(want)-1]) || slices.Contains(got, want[0])) {
			return i
		}
	}
	return -1
}

// foldName lower-cases a name and drops its punctuation.
func foldName(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}), " ")
}

// matchesAny reports whether text holds one of the "|"-separated
// spellings, ignoring case and the form of apostrophes.
func matchesAny(text, alts string) bool {
	text = foldText(text)
	for _, a := range strings.Split(alts, "|") {
		if a = foldText(a); a != "" && strings.Contains(text, a) {
			return true
		}
	}
	return false
}

func foldText(s string) string {
	return strings.ToLower(strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ").Replace(s))
}

// cutSummary reports whether a summary stops mid-sentence.
func cutSummary(s string) bool {
	s = strings.TrimRight(s, `"”’')`)
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...") ||
		!strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}

// runeOffset returns the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func sameSet(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(x string) bool { return !slices.Contains(b, x) })
}
