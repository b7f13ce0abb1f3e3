package readout

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/internal/testmain"
)

// The hand-written scanners and cheap tests that spare Parse its slowest
// regular expressions must agree with those expressions exactly; the
// expressions stay in the package as their definition. These
// tests compare them on hand-picked text, on the sentences of the
// fixtures and on random text built from the fragments the expressions
// look for.

// scanFragments are the pieces random test text is built from.
var scanFragments = []string{
	" ", " ", " ", "  ", "\t", "\n", ",", ";", ".", ". ", "-", "(", ")", "（", "）", "[", "'", "’", "&",
	"0", "1", "2", "3", "19", "20", "2022", "1953", "30", "70", "150", "1234",
	"st", "nd", "rd", "th", "a", "x", "S", "ſ", "\u212a", "é", "\xff", "\u00a0", "\u1680", "\u200b",
	"this", "next", "last", "year", "years", "in", "of", "for", "by", "marks", "will mark", "is", "was",
	"anniversary", "first", "fifth", "twenty-fifth", "seventieth", "one hundredth", "hundredth", "the",
	"Deputy ", "Vice ", "Vice-Minister", "Chief Cabinet Secretary", "Minister", "Secretary", "Ambassador",
	"Envoy", "Kihara", "Mr. ", "Ms. ", "Hun Sen", "Foreign Affairs", "UnderSecretary", " for Japan",
	"joint", "Joint", "statement", "press", "conference", "signing ceremony", "exchange of notes",
	"working ", "state ", "dinner", "lunch", "luncheon", "breakfast", "banquet", "welcome", "guard of honour",
	"ceremony", "would", "would like to", "wouldn't", "Would", "which", "that", "as", "Which", "whoſe",
	"courtesy call", "telephone", "phone talks", "video", "video-conference", "virtual summit", "Summit",
	"summit", "calls", "spoke", "speaks", "met", "meets", "Meeting", "talks", "talkſ", "tal\u212as",
	"ASEAN", "(ASEAN)", " (PKO)", "(A&B)", "(ACMECS2)", "(Photo", "photo", "source", "pdf", "PDF", "Word",
	"by 2022", "In 1999", "for 2030", "of 2019", "2022 marks", "2023 will mark", "1990 is", "2001 was",
	"30th ", "30 th ", "1st", "2nd ", "3rd\t", "Welcome ceremony", "Working lunch", "Guard of Honour",
	"Principal Deputy Secretary Smith", "Special Envoy Kerry", "Senior Advisor Ito", "Parliamentary ",
	"State Minister for Foreign Affairs Yamada", "Counsellor Li", "Director Kim", "Adviser Ng",
	"In response", "In reply", "Responding", "In responses", "as a part of", "as part of", "regarding",
}

// randomText joins n random fragments.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(scanFragments[r.IntN(len(scanFragments))])
	}
	return b.String()
}

// randomInputs is how many random texts scanInputs adds: 4,000, or 200
// under -race. The comparisons are of pure functions, in which the race
// detector finds nothing and costs ten times the CPU; .ci/run runs this
// package's tests without -race too, over all 4,000 (the 200 are the
// first of them, the generator being seeded).
func randomInputs() int {
	if testmain.Race {
		return 200
	}
	return 4000
}

// scanInputs returns hand-picked text, the sentences of the fixtures and
// random text, built once for all the tests that compare over them (which
// only read it).
func scanInputs(t *testing.T) []string {
	t.Helper()
	in, err := scanInputsOnce()
	if err != nil {
		t.Fatal(err)
	}
	return in
}

var scanInputsOnce = sync.OnceValues(func() ([]string, error) {
	in := []string{
		"", "this year", "In 2023 marks", "the 30th anniversary of the UN PKO this year",
		"1953 marks the 70th anniversary", "by 20199", "xthis year", "next yearly", "of 2022_",
		"Deputy Chief Cabinet Secretary Kihara and others attended.",
		"They attended a signing ceremony and a joint press conference, followed by a dinner.",
		"He would like to come; Would he? wouldn't", "Mr. KISHIDA Fumio, Prime Minister of Japan",
		"by 2022 marks", "for 1999", "a Welcome ceremony and a Working Dinner", "the state banquet",
		"Principal Deputy Secretary Smith and Special Envoy Kerry attended",
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, l := range strings.Split(string(b), "\n") {
			in = append(in, l)
			in = append(in, splitSentences(l)...)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range randomInputs() {
		in = append(in, randomText(r, 1+r.IntN(24)))
	}
	return in, nil
})

func TestYearPhrases(t *testing.T) {
	t.Parallel()
	for _, s := range scanInputs(t) {
		lower := asciiLower(s)
		got, want := yearPhrases(lower), yearPhraseRE.FindAllStringSubmatchIndex(lower, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("yearPhrases(%q): got %v, want %v", lower, got, want)
		}
	}
}

func TestOrdinalBefore(t *testing.T) {
	t.Parallel()
	for _, s := range scanInputs(t) {
		lower := asciiLower(s)
		for _, w := range []string{lower, lower[max(0, len(lower)-30):]} {
			got := ordinalBefore(w)
			want := ordinalBeforeRE.FindStringSubmatchIndex(w)
			if got == nil || want == nil {
				if (got == nil) != (want == nil) {
					t.Errorf("ordinalBefore(%q): got %v, want %v", w, got, want)
				}
				continue
			}
			if !reflect.DeepEqual(got[2:], want[2:]) {
				t.Errorf("ordinalBefore(%q): got groups %v, want %v", w, got[2:], want[2:])
			}
		}
	}
}

func TestFindAttendeesB(t *testing.T) {
	t.Parallel()
	for _, s := range scanInputs(t) {
		got, want := findTitleFirstAttendees(s), attendeeTitleFirstRE.FindAllStringSubmatch(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findTitleFirstAttendees(%q): got %q, want %q", s, got, want)
		}
	}
}

func TestFindFollowOns(t *testing.T) {
	t.Parallel()
	for _, s := range scanInputs(t) {
		got, want := findFollowOns(s), followOnRE.FindAllString(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findFollowOns(%q): got %q, want %q", s, got, want)
		}
		// findFollowOns gives the expression followOnWindow bytes.
		for _, m := range want {
			if len(m) > followOnWindow/2 {
				t.Errorf("followOnRE matches %q, too near followOnWindow", m)
			}
		}
	}
}

func TestMeetingKindCheapTests(t *testing.T) {
	t.Parallel()
	slow := func(s string) string {
		for _, r := range kindRules {
			if r.re.MatchString(s) {
				return r.kind
			}
		}
		return ""
	}
	for _, s := range scanInputs(t) {
		if got, want := meetingKind(s), slow(s); got != want {
			t.Errorf("meetingKind(%q): got %q, want %q", s, got, want)
		}
	}
}

func TestWordHelpers(t *testing.T) {
	t.Parallel()
	midFrameRE := regexp.MustCompile(`\band (?:also )?(?:stated|said|noted|explained) that `)
	for _, s := range []string{"X spoke of Y and stated that Z", "X and also said that Y", "band stated that x, and noted that y",
		"and also also said that x", "and also x and said that y", "Sand said that", "and stated thatx", "and explained  that x"} {
		if got, want := findMidFrame(s), midFrameRE.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("findMidFrame(%q): got %v, want %v", s, got, want)
		}
	}
	words := []string{"would", "would like to", "joint statement", "photo", "xl"}
	res := make([]*regexp.Regexp, len(words))
	for i, w := range words {
		res[i] = regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`)
	}
	for _, s := range scanInputs(t) {
		for i, w := range words {
			want := -1
			if loc := res[i].FindStringIndex(s); loc != nil {
				want = loc[0]
			}
			if got := indexWord(s, w); got != want {
				t.Errorf("indexWord(%q, %q): got %d, want %d", s, w, got, want)
			}
			if got, want := containsFold(s, w), strings.Contains(asciiLower(s), w); got != want {
				t.Errorf("containsFold(%q, %q): got %v, want %v", s, w, got, want)
			}
		}
		for _, w := range strings.Fields(s) {
			if got, want := isSubjectStop(w), subjectStop.MatchString(w); got != want {
				t.Errorf("isSubjectStop(%q): got %v, want %v", w, got, want)
			}
			if got, want := isYearWord(w), yearWordRE.MatchString(w); got != want {
				t.Errorf("isYearWord(%q): got %v, want %v", w, got, want)
			}
		}
		if got, want := isResponse(s), responseRE.MatchString(s); got != want {
			t.Errorf("isResponse(%q): got %v, want %v", s, got, want)
		}
		if partOfRE.MatchString(s) && !hasAnyPrefix(s, partOfStarts) {
			t.Errorf("hasAnyPrefix(%q, partOfStarts): got false, want true", s)
		}
		if acronymRE.MatchString(s) && !hasAcronymParen(s) {
			t.Errorf("hasAcronymParen(%q): got false, want true", s)
		}
		if got, want := findMidFrame(s), midFrameRE.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("findMidFrame(%q): got %v, want %v", s, got, want)
		}
		if captionRE.MatchString(s) && !isCaption(s) {
			t.Errorf("isCaption(%q): got false, want true", s)
		}
		if attachmentRE.MatchString(s) && !mayBeAttachment(s) {
			t.Errorf("mayBeAttachment(%q): got false, want true", s)
		}
	}
}

func TestNormalizeSpaceMatchesFields(t *testing.T) {
	// The definition normalizeSpace implements in one pass.
	slow := func(s string) string {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000', '\t', '\v', '\f':
				return ' '
			case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
				return -1
			}
			return r
		}, s)
		return strings.Join(strings.Fields(s), " ")
	}
	for _, s := range scanInputs(t) {
		if isNormalSpace(s) {
			// Returned as is: it must be as the slow way writes it
			// (isNormalSpace leaves invalid UTF-8 and U+1680 to the
			// callers that care).
			if utf8.ValidString(s) && !strings.Contains(s, "\u1680") && slow(s) != s {
				t.Errorf("isNormalSpace(%q), but normalized it is %q", s, slow(s))
			}
			continue
		}
		if got, want := normalizeSpace(s), slow(s); got != want {
			t.Errorf("normalizeSpace(%q): got %q, want %q", s, got, want)
		}
	}
}

// TestParseShortcuts checks the searches that Parse makes cheaper
// against the ones they replace, on the same inputs.
func TestParseShortcuts(t *testing.T) {
	t.Parallel()
	speakerVerbRE := regexp.MustCompile(`,? and (?:also )?(?:expressed|stated|said|added|emphasized|emphasised|stressed|underlined|noted|explained|asked|requested|called|mentioned|indicated|conveyed|hoped|sought) `)
	fillerCue := func(s string) bool {
		return strings.Contains(s, " also ") || strings.Contains(s, " in a") || strings.Contains(s, " in detail") || strings.Contains(s, "(PDF)") ||
			strings.Contains(s, " once ") || strings.Contains(s, " from a ") || strings.Contains(s, " if c")
	}
	extra := []string{
		"Kishida stated that Japan would help, and expressed his wish to visit.",
		"Kishida stated that Japan would help and also stated that it would", " and and stated x", "a, and sought ",
		"Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting the Kingdom of Cambodia, met the Prime Minister of Cambodia,",
		"On March 20, the President ,", "X,Prime Minister", ",The Foreign Minister of Japan", "x\u2003y", "a\u0085",
		"once again in a wide range of fields (PDF)", "He expressed his support for X and expressed their deep concern at Y.",
		"unexpressed his support for", "They agreed to STAY IN CLOSE TOUCH.", "He looked forward to meeting again soon",
		"They agreed to speak again", "issued a disjoint statementary note", "stay in\ttouch", "keep in touch", "expressed expressed its gratitude for", "Both expressed their firm opposition to", "Both hope to stay in close touch and issued a Joint Statement.",
	}
	stances := []struct {
		re                   *regexp.Regexp
		verbs, owners, nouns []string
	}{
		{regexp.MustCompile(`\bexpressed (?:his|her) (?:desire|wish|intention) to\b`), desireVerbs, singularOwners, desireNouns},
		{regexp.MustCompile(`\b(?:expressed|shared|conveyed) (?:his|her) (?:intention|hope|expectation|willingness|readiness) to\b`), intentVerbs, singularOwners, intentNouns},
		{regexp.MustCompile(`\bexpressed their (?:desire|wish|intention) to\b`), desireVerbs, pluralOwners, desireNouns},
	}
	extra = append(extra, "He expressed his wish to visit and expressed her hope to meet.", "unexpressed his wish to", "expressed his wish tomorrow",
		"expressed his wish to_x", "shared her hope to, conveyed his readiness to", "expressed their desire to expressed their wish to",
		"expressed his  wish to", "éexpressed his wish to", "expressed his wish to")
	extra = append(extra, " to the Fund, which", "to the  Fund", "to  the Fund", "to the", "to the ", "to the  ", "towards a goal and will",
		"into the fund and island", "for x", "to ,", "to the ,x", "in aid to Ukraine", "worth of arms to Kyiv", "to x.y. z", "to x.", "to the fund that",
		"to é"+strings.Repeat("é", 200), "to the"+strings.Repeat(" x", 100)+" which", "tow the", "to\tthe\tfund and\thas", "to the fund in order", "On 20 March 2022", "the 1st Jan.", "x 3rd  May", "123 March", "a1 May", "(5 June)", "22nd October",
		"A, as the pillar of peace, and B, which is x, , who y; z", "A, as an ally of B, C, as a, b, c", "A, as another, B, as the x", "A, which"+strings.Repeat("é", 158)+", B",
		"A, which"+strings.Repeat("é", 160)+", B", "A, which"+strings.Repeat("é", 161)+", B", "A, which ab, B", "A, which abc, B", "A, who,x, who is here, and", "A, in light of x,y, in light of it, B",
		"the Australian Prime Minister, Anthony Albanese, said", "The Minister for Europe and Foreign Affairs, Catherine Colonna, met", "US Secretary of State, Antony Blinken,",
		"Kishida has held talks with Albanese", "unheld with x, held with y", "X spoke by phone to Y and met with Z", "shad met with Y", "the President received a call from X",
		"X had a meeting and held talks with Y", "Y, whom X received, met Z", "X telephoned Y", "x metwith", "X Met with Y",
		"Prime Minister Kishida expressed his expectation that that, the", "The two leaders pointed out that, x", "Kishida also stated that Japan", "Both stated, that",
		"met at the Office", "met in London", "flew to Paris", "sat in Éire", "at x in Tokyo", "cat in Rome", "into Berlin", "in the", "at the Élysée",
		"In response, Prime Minister Kishida also stated that", "In reply Hun Sen said", "The two leaders noted that", "Both sides stated that", "Both ministers firmly stated that",
		"Furthermore, the Minister of Foreign Affairs of Japan stated that", "relations between Japan and Cambodia", "ties with", "ties with ", "ties with  ",
		"ties  with\tx", "ties within x", "ties\nwith x", "ties with\nx", "ties withx with y", " with x", "between x", "a \t between  b", "He then stated that", "the leaders stated that", "X  Y stated that", "Moreover X again said")
	// The text after each " to " or " for " of the inputs, as
	// pledgePurpose reads it.
	var afters []string
	for _, s := range append(extra, scanInputs(t)...) {
		afters = append(afters, s)
		for k := range len(s) {
			if strings.HasPrefix(s[k:], " to ") || strings.HasPrefix(s[k:], " for ") || strings.HasPrefix(s[k:], " in ") {
				afters = append(afters, s[k:])
			}
		}
	}
	// findFrame as it was, each expression on the whole sentence.
	wholeFrame := func(s string) []int {
		var best []int
		for _, re := range frameREs {
			if loc := re.FindStringSubmatchIndex(s); loc != nil && (best == nil || loc[0] < best[0]) {
				if len(loc) > 2 {
					loc[1] = loc[2]
				}
				best = loc[:2]
			}
		}
		return best
	}
	for _, s := range append(extra, scanInputs(t)...) {
		if got, want := dropPairTail(s), pairTailRE.ReplaceAllString(s, ""); got != want {
			t.Errorf("dropPairTail(%q) = %q, want %q", s, got, want)
		}
		want := venueRE.FindAllStringSubmatchIndex(s, -1)
		if k := firstVenueWord(s); k < 0 && want != nil || k >= 0 && want != nil && want[0][0] < k {
			t.Errorf("firstVenueWord(%q) = %d, but venueRE matches at %v", s, k, want)
		}
		if v := firstFrameVerb(s); v >= 0 && v < 110 && !mayOpenFrame(s[:v]) && frameRE.MatchString(s) {
			t.Errorf("mayOpenFrame(%q) is false, but frameRE matches %q", s[:v], s)
		}
		if v := firstFrameVerb(s); v >= 0 && v < 110 {
			if got, want := frameRE.FindStringSubmatchIndex(s[:min(len(s), v+frameEnd)]), frameRE.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("frameRE on %q to its frame's end: got %v, want %v", s, got, want)
			}
		}
		if got, want := findFrame(s), wholeFrame(s); !slices.Equal(got, want) {
			t.Errorf("findFrame(%q): got %v, want %v", s, got, want)
		}
		if !containsAny(s, titleCommaEnds...) && titleCommaNameRE.MatchString(s) {
			t.Errorf("%q holds none of titleCommaEnds, but titleCommaNameRE matches", s)
		}
		if !mayBeDayMonth(s) && dmyRE.MatchString(s) {
			t.Errorf("mayBeDayMonth(%q) is false, but dmyRE matches", s)
		}
	}
	asideRE := regexp.MustCompile(`, (?:as (?:the|a|an)|which|who|bearing in mind|in light of)\b[^,;]{3,160}, `)
	for _, s := range append(extra, scanInputs(t)...) {
		if got, want := dropAsides(s), asideRE.ReplaceAllString(s, " "); got != want {
			t.Errorf("dropAsides(%q):\ngot  %q\nwant %q", s, got, want)
		}
	}
	for _, s := range afters {
		if i := strings.IndexAny(s, ",;"); i >= 0 {
			s = s[:i+1]
		}
		if g1, g2, ok := purposeAfterVerb(strings.TrimLeft(s, " \t\n\f\r")); ok {
			if m := purposeRE.FindStringSubmatch(s); m == nil || m[1] != g1 || m[2] != g2 {
				t.Errorf("purposeAfterVerb(%q): got %q, %q; want %q", s, g1, g2, m)
			}
		}
	}
	if len(fillerPhraseCue) != len(fillerPhrases) {
		t.Fatalf("%d cues for %d filler phrases", len(fillerPhraseCue), len(fillerPhrases))
	}
	for k, f := range fillerPhrases {
		if s := "x" + f[0] + " y"; fillerCues(s)&fillerPhraseCue[k] == 0 {
			t.Errorf("%q: no cue of %q", s, f[0])
		}
	}
	for _, s := range append(extra, scanInputs(t)...) {
		for _, st := range stances {
			want := st.re.ReplaceAllStringFunc(s, func(m string) string { return "<" + lastWord(strings.TrimSuffix(m, " to")) + ">" })
			if got := replaceStance(s, st.verbs, st.owners, st.nouns, func(n string) string { return "<" + n + ">" }); got != want {
				t.Errorf("replaceStance(%q): got %q, want %q", s, got, want)
			}
		}
		want := -1
		if m := speakerVerbRE.FindStringIndex(s); m != nil {
			want = m[0]
		}
		if got := speakerVerbIndex(s); got != want {
			t.Errorf("speakerVerbIndex(%q): got %d, want %d", s, got, want)
		}
		if got, want := findExpressed(s), expressedRE.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("findExpressed(%q): got %v, want %v", s, got, want)
		}
		for k, f := range fillerPhrases {
			if strings.Contains(s, f[0]) && fillerCues(s)&fillerPhraseCue[k] == 0 {
				t.Errorf("%q holds %q, but not its cue", s, f[0])
			}
		}
		if got, want := hasFillerCue(s), fillerCue(s); got != want {
			t.Errorf("hasFillerCue(%q): got %v, want %v", s, got, want)
		}
		var buf [3]string
		if got, want := firstFields(s, buf[:0]), strings.Fields(s)[:min(3, len(strings.Fields(s)))]; !slices.Equal(got, want) {
			t.Errorf("firstFields(%q): got %q, want %q", s, got, want)
		}
		fields, lw := strings.Fields(s), ""
		if len(fields) > 0 {
			lw = fields[len(fields)-1]
		}
		if got := lastWord(s); got != lw {
			t.Errorf("lastWord(%q): got %q, want %q", s, got, lw)
		}
		m := unnamedRE.FindStringSubmatch(strings.TrimSpace(s))
		wantOK := m != nil && (m[2] == "" || len(findCountries(m[2])) > 0)
		if p, ok := unnamedPerson(s); ok != wantOK || ok && p.title != m[1]+m[2] {
			t.Errorf("unnamedPerson(%q): got %q, %v; want %q", s, p.title, ok, m)
		}
		a, st, co := wordFeatures(s)
		wa, wst, wco := wordFeatures(s + " joint statement warm welcome")
		if wa != true || wst != true || wco != true {
			t.Errorf("wordFeatures(%q + phrases): got %v %v %v, want all true", s, wa, wst, wco)
		}
		if containsFold(s, "joint statement") && !(a && st) || (containsFold(s, "warm welcome") || containsAnyFold(s, closers)) && !co {
			t.Errorf("wordFeatures(%q): got %v %v %v, missed a phrase", s, a, st, co)
		}
	}
}

// TestIndexText checks indexText against strings.Index, which it
// replaces, for the phrases the parser looks for in the sentences of
// the seed and the fixtures, and in texts made to defeat its choice of
// byte.
func TestIndexText(t *testing.T) {
	t.Parallel()
	texts := []string{"", "a", strings.Repeat("x", 64), strings.Repeat("x", 65) + "y", strings.Repeat("xy", 200) + "xz",
		strings.Repeat("zzzq", 100) + "zzzz", strings.Repeat(" his", 50) + " his ", strings.Repeat("é’", 80) + " her "}
	needles := []string{"", "x", "y", "xz", "zzzz", "zzzzz", " his ", " her ", "’ ", "é’ h", strings.Repeat("x", 66), strings.Repeat("xy", 40) + "xz",
		" and ", " that ", "expressed ", " met with ", "Prime Minister", "2022", ", and ", ". ", "Cambodia", "qz", "’s "}
	if b, err := os.ReadFile(seedPath); err == nil {
		texts = append(texts, string(b))
		texts = append(texts, splitSentences(string(b))...)
	}
	for _, fx := range fixtures {
		if b, err := os.ReadFile(filepath.Join("testdata", fx.file)); err == nil {
			texts = append(texts, splitSentences(string(b))...)
		}
	}
	for _, s := range texts {
		// The text's own words and pairs of words are needles too.
		words := strings.Fields(s)
		ns := needles
		for i, w := range words {
			ns = append(ns, w, " "+w+" ")
			if i > 0 {
				ns = append(ns, words[i-1]+" "+w)
			}
		}
		for _, sub := range ns {
			if got, want := indexText(s, sub), strings.Index(s, sub); got != want {
				t.Errorf("indexText(%q, %q) = %d, want %d", s, sub, got, want)
			}
			if got, want := containsText(s, sub), strings.Contains(s, sub); got != want {
				t.Errorf("containsText(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// TestTrimWordPunct checks trimWordPunct against strings.TrimFunc with
// isWordPunct, which it replaces, on words of the seed and on random
// strings of punctuation, quotes, letters and broken UTF-8.
func TestTrimWordPunct(t *testing.T) {
	t.Parallel()
	words := []string{"", "“", "”’", "\xe2\x80", "\xe2\x80\x99\x80", "a\xe2\x80\x99", "\x80\x99", "(Japan’s),"}
	if b, err := os.ReadFile(seedPath); err == nil {
		words = append(words, strings.Fields(string(b))...)
	}
	parts := []string{",", ".", ";", ":", "(", ")", `"`, "'", "“", "”", "’", "‘", "a", "É", "\xe2", "\x80", "\x99", "\xe2\x80", "–", " "}
	rng := rand.New(rand.NewPCG(12, 12))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		if got, want := trimWordPunct(w), strings.TrimFunc(w, isWordPunct); got != want {
			t.Errorf("trimWordPunct(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCleanLinesPrefilters checks that trailerLine and provisional match
// only lines that pass the cheap tests cleanLines puts before them.
func TestCleanLinesPrefilters(t *testing.T) {
	t.Parallel()
	lines := []string{"Media enquiries", "media enquiries: x", "Related links", "related content", "Updates to this page", "tags:", "See also",
		"\u212Aeywords:", "\u017Fee also", "Keywords", "Explore the topic", "[Provisional translation]", "(Tentative Translation)", "unofficial translation",
		"【UNOFFICIAL TRANSLATION】", "［provisional translation ］", " provisional translation", "provisional translatio", "TRANSLATION"}
	lines = append(lines, scanInputs(t)...)
	for _, l := range lines {
		if trailerLine.MatchString(l) && !mayBeTrailer(l) {
			t.Errorf("trailerLine matches %q, but mayBeTrailer is false", l)
		}
		if provisional.MatchString(l) && !containsFold(l, "tion") {
			t.Errorf("provisional matches %q, which has no \"tion\"", l)
		}
	}
}

// TestPhraseSet checks dayVerbSet.in against containsAny with dayVerbs,
// which it replaces.
func TestPhraseSet(t *testing.T) {
	t.Parallel()
	in := []string{"", " ", "met ", "met", "helmet ", "xmet", "e ", "had a", "had a ", "She had a  call", "a phone call with ", "call with",
		"they traveled to ", "traveled  to ", "He joined ", "joined", "convened", "Biden spoke with Merkel", "spoke\tto"}
	in = append(in, dayVerbs...)
	// Each phrase with a byte changed, before its last eight bytes and
	// within them, alone (where fewer than eight bytes end at its last)
	// and after a word.
	for _, v := range dayVerbs {
		for _, i := range []int{0, len(v) / 2, len(v) - 2} {
			x := v[:i] + "#" + v[i+1:]
			in = append(in, x, "He "+x, "He then "+x+"and")
		}
	}
	for _, s := range append(in, scanInputs(t)...) {
		if got, want := dayVerbSet.in(s), containsAny(s, dayVerbs...); got != want {
			t.Errorf("dayVerbSet.in(%q) = %v, want %v", s, got, want)
		}
		for _, v := range dayVerbs {
			// Each phrase at the end, at the start and within.
			for _, x := range []string{s + v, v + s, s[:len(s)/2] + v + s[len(s)/2:]} {
				if !dayVerbSet.in(x) {
					t.Errorf("dayVerbSet.in(%q) = false, want true", x)
				}
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("newPhraseSet accepted phrases that end with different bytes")
		}
	}()
	newPhraseSet("met ", "visited")
}

// TestIsNormalSpace checks isNormalSpace's table against the byte tests
// it replaces.
func TestIsNormalSpace(t *testing.T) {
	t.Parallel()
	slow := func(s string) bool {
		if s == "" {
			return true
		}
		if s[0] == ' ' || s[len(s)-1] == ' ' {
			return false
		}
		prevSpace := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
				continue
			case c == 0xe2 && i+2 < len(s) && utf8.ValidString(s[i:i+3]):
				if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) || r >= '\u200b' && r <= '\u200d' || r == '\u2060' {
					return false
				}
				i += 2
			case c < ' ' || c >= 0x80 && (c == 0xc2 || c == 0xe2 || c == 0xe3 || c == 0xef):
				return false
			}
			prevSpace = false
		}
		return true
	}
	in := []string{"", " ", "a", "a b", "a  b", "a b ", " a", "a\tb", "a\u00a0b", "a\u3000b", "é b", "a\x1fb", "a\x7fb", "\xc2", "ab\xef"}
	parts := []string{" ", "  ", "a", "é", "\t", "\n", "\u00a0", "\u2009", "\ufeff", "\u3000", "\x00", "\x1f", "\x7f", "’", "\xc2", "\xe2",
		"—", "“", "\u2000", "\u200a", "\u200b", "\u200d", "\u200e", "\u2028", "\u2029", "\u202f", "\u205f", "\u2060", "\u2061", "\xe2\x80", "\xe2\x80\x41", "\x80"}
	rng := rand.New(rand.NewPCG(7, 7))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		in = append(in, b.String())
	}
	for _, s := range append(in, scanInputs(t)...) {
		if got, want := isNormalSpace(s), slow(s); got != want {
			t.Errorf("isNormalSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLaterCueSet checks laterCueSet against containsAny on each line,
// which it replaces.
func TestLaterCueSet(t *testing.T) {
	t.Parallel()
	in := scanInputs(t)
	in = append(in, "", "met with ", " met with ", "He visited", "visited Japan and visited Korea", "Joining ", "x Joining", "arrived in", "arrived i", " ", "a ")
	// Each cue at a line's end (where fewer than eight bytes may be left
	// after its space), one byte short, and with a byte changed in its
	// first eight and after them.
	for _, q := range laterCues {
		in = append(in, "He"+q, "He"+q[:len(q)-1], q+"x", "x"+q[1:])
		for _, i := range []int{1, len(q) / 2, len(q) - 1} {
			in = append(in, "He"+q[:i]+"#"+q[i+1:]+" then")
		}
	}
	for _, l := range in {
		if got, want := laterCueSet.in(l), containsAny(l, laterCues...); got != want {
			t.Errorf("laterCueSet.in(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestRuneCount checks runeCount against utf8.RuneCountInString, which it
// replaces, on the seed and random strings of ASCII, letters beyond it
// and broken UTF-8.
func TestRuneCount(t *testing.T) {
	t.Parallel()
	in := []string{"", "a", "abcdefgh", "abcdefghé", "é", "\xff", "abcdefg\xe2\x80", "\xe2\x80\x99abcdefgh"}
	if b, err := os.ReadFile(seedPath); err == nil {
		in = append(in, string(b))
	}
	parts := []string{"a", "abcdefgh", " ", "é", "’", "\xe2", "\x80", "\xff", "\xf0\x9f\x98\x80", "\xf0\x9f"}
	rng := rand.New(rand.NewPCG(3, 3))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		in = append(in, b.String())
	}
	for _, s := range append(in, scanInputs(t)...) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestHasPrefixSpace checks hasPrefixSpace against strings.HasPrefix with
// the joined prefix, which it replaces.
func TestHasPrefixSpace(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", " ", "Mr", "Mr ", "Mr. A", "Mr.", "Mr.A", "Mrs. B", "H.E. Mr. X", "March 5", "March", "Marc h"} {
		for _, p := range []string{"", "Mr", "Mr.", "Mrs.", "H.E.", "March", "Mar"} {
			if got, want := hasPrefixSpace(s, p), strings.HasPrefix(s, p+" "); got != want {
				t.Errorf("hasPrefixSpace(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}
