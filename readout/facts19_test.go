package readout

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestHostCountryInSummary: a trip's host named only in a later
// paragraph is a counterpart as one the lead names: the summary that
// names him gives his country ("Roe of Chile"), which a reader of the
// summaries alone would not know.
func TestHostCountryInSummary(t *testing.T) {
	r, err := Parse(Document{
		Title:            "Readout of Special Envoy Tom Lee’s Travel to Chile",
		Publisher:        "The White House",
		PublisherCountry: "US",
		Body: "Special Envoy Tom Lee and a delegation of senior U.S. officials traveled to Santiago on May 3 and met with government officials and business leaders.\n\n" +
			"In a meeting with President Ana Roe, Lee emphasized the importance of the bilateral relationship, the need to uphold labor rights, and the potential to expand trade.\n\n" +
			"In a discussion with union leaders, Lee and the delegation reaffirmed the U.S. commitment to labor protections and fair wages for workers in the mining sector.\n\n" +
			"During a visit to a port, Lee and the delegation saw how new customs procedures speed the export of copper and lithium to the United States.\n\n" +
			"At a roundtable with exporters, Lee heard how shipping delays and higher insurance costs weigh on small firms, and he described the financing programs that support their sales abroad.\n\n" +
			"The visit follows a series of meetings between the two governments this year on supply chains, scientific exchanges and the protection of forests in the south of the country.",
	})
	if err != nil {
		t.Fatal(err)
	}
	var sums []string
	for _, s := range r.Sections {
		sums = append(sums, s.Summary)
	}
	text := strings.Join(append(sums, r.KeyPoints...), "\n")
	if !strings.Contains(text, "Roe of Chile") {
		t.Errorf("post %q, want %q", text, "Roe of Chile")
	}
}

// TestMeetingDayOpeners: the post shows the meeting's day, so a summary
// opens with none: a span of days after "On" ("On September 30–October
// 1,") and a part of the day after "This" ("This afternoon,") go as "On
// 17 June," and "Today," do.
func TestMeetingDayOpeners(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"On September 30–October 1, Envoy Tom Lee traveled to Chile to meet with Roe.", "Envoy Tom Lee traveled to Chile to meet with Roe."},
		{"On May 3-5, Envoy Tom Lee visited Lima and Quito.", "Envoy Tom Lee visited Lima and Quito."},
		{"On 12 – 14 June, the Minister met Roe in Oslo.", "On 12 – 14 June, the Minister met Roe in Oslo."},
		{"This afternoon, President Lee spoke with Roe about the budget.", "President Lee spoke with Roe about the budget."},
		{"This morning, the Minister met Roe.", "The Minister met Roe."},
		{"On 17 June, the Minister met Roe.", "The Minister met Roe."},
		// Not the meeting's day.
		{"This year marks the tenth anniversary of the treaty.", "This year marks the tenth anniversary of the treaty."},
	} {
		if got := dropMeetingTime(c.in); got != c.want {
			t.Errorf("dropMeetingTime(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestSituationTopic: "the security situation" is the matter discussed,
// not "security"; it ranks after the matters of its weight named beside
// it.
func TestSituationTopic(t *testing.T) {
	got := topicPhrases(strings.Fields("They discussed the security situation in the region"))
	if !slices.Contains(got, "security situation") {
		t.Errorf("topicPhrases: %q, want %q", got, "security situation")
	}
	sents := []string{"They discussed economic security and the security situation in Europe."}
	if got := mentionsLine(mentionsOf(sents, speakers{}), "", 16+len("economic security, Europe")+4); !strings.Contains(got, "economic security") {
		t.Errorf("mentionsLine: %q, want %q first", got, "economic security")
	}
}

// TestListNotInKeyPoints: the list of mentions is made again once the key
// points are chosen, without what they name: a post says nothing twice
// ("…; Fiji, where they met with Frank Bainimarama." and "Also
// mentioned: …, Fiji, Frank Bainimarama, …"), and the room goes to the
// next mentions. Checked on the readouts of the tuned genre sets.
func TestListNotInKeyPoints(t *testing.T) {
	var files []string
	for _, d := range []string{"genre", "genre2", "genre3", "genre4", "genre5", "genre6", "genre9"} {
		fs, _ := filepath.Glob(filepath.Join("testdata", d, "*.md"))
		files = append(files, fs...)
	}
	twice := 0
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ParseMarkdown(src)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Parse(doc)
		if err != nil || len(r.KeyPoints) < 2 {
			continue
		}
		list := r.KeyPoints[len(r.KeyPoints)-1]
		if !IsMentionsList(list) {
			continue
		}
		points := strings.ToLower(strings.Join(r.KeyPoints[:len(r.KeyPoints)-1], "\n"))
		for _, item := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(list, mentionsLabel), "."), ", ") {
			if len(item) > 3 && strings.Contains(points, strings.ToLower(item)) {
				t.Errorf("%s: %q is in a key point and in the list %q", f, item, list)
				twice++
			}
		}
	}
	if len(files) > 0 && twice > 0 {
		t.Logf("%d mentions said twice", twice)
	}
}

// TestMentionsLabel: the list opens with "Also: "; a list stored with the
// label it had before ("Also mentioned: ") is still one.
func TestMentionsLabel(t *testing.T) {
	for _, c := range []struct {
		k    string
		want bool
	}{
		{"Also: Ukraine, NATO, Vilnius.", true},
		{"Also mentioned: Ukraine, NATO, Vilnius.", true},
		{"Also discussed was the summit in Vilnius.", false},
		{"Both will meet again in Vilnius.", false},
	} {
		if got := IsMentionsList(c.k); got != c.want {
			t.Errorf("IsMentionsList(%q) = %v, want %v", c.k, got, c.want)
		}
	}
}

// TestLongReadoutList: the list of mentions of a long readout may pass
// maxMentions by longExtra; any other list stays within it.
func TestLongReadoutList(t *testing.T) {
	var sents []string
	for _, c := range []string{"Chile", "Peru", "Brazil", "Argentina", "Uruguay", "Paraguay", "Bolivia", "Ecuador", "Colombia",
		"Venezuela", "Guyana", "Suriname", "Panama", "Costa Rica", "Nicaragua", "Honduras", "Guatemala", "Belize", "Mexico",
		"Cuba", "Jamaica", "Haiti", "Barbados", "Grenada", "Dominica"} {
		sents = append(sents, "They discussed "+c+".")
	}
	ms := mentionsOf(sents, speakers{})
	short, _ := mentionsKeeping(ms, "", 1000, maxMentions, nil)
	long, _ := mentionsKeeping(ms, "", 1000, maxMentions+longExtra, nil)
	if n := runeCount(short); n > maxMentions {
		t.Errorf("list of %d characters: %q", n, short)
	}
	if n := runeCount(long); n <= maxMentions || n > maxMentions+longExtra {
		t.Errorf("long list of %d characters: %q", n, long)
	}
}

// TestBillTopic: a bill is a matter of a readout with legislators when
// qualified ("a clean bill", "the infrastructure bill"); "the bill" alone
// says nothing out of its sentence.
func TestBillTopic(t *testing.T) {
	for _, c := range []struct {
		s, want string
	}{
		{"They agreed Congress should pass a clean bill without conditions", "clean bill"},
		{"They discussed the bipartisan infrastructure bill", "bipartisan infrastructure bill"},
		{"They said the bill would pass", ""},
	} {
		got := topicPhrases(strings.Fields(c.s))
		if c.want != "" && !slices.Contains(got, c.want) || c.want == "" && slices.ContainsFunc(got, func(p string) bool { return strings.HasSuffix(p, "bill") }) {
			t.Errorf("topicPhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
