package bot_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/testmain"
	"github.com/readout-bot/readout/meeting"
	"github.com/readout-bot/readout/readout"
)

func loadMeetingFixture(t *testing.T, name string) *readout.Readout {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "meeting", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := readout.ParseMarkdown(src)
	if err != nil {
		t.Fatal(err)
	}
	r, err := readout.Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRenderPaired(t *testing.T) {
	first := loadMeetingFixture(t, "jp-kh-summit.mofa.md")
	second := loadMeetingFixture(t, "jp-kh-summit.mfaic.md")
	m := bot.RenderPaired(second, first)
	checkLimits(t, "paired", m.Text, m.Blocks)
	for i, rep := range m.Replies {
		checkLimits(t, fmt.Sprintf("reply %d", i+1), rep.Text, rep.Blocks)
	}
	if got := blocksText(m.Blocks[:1]); !strings.Contains(got, "Cambodia's readout of this meeting") {
		t.Errorf("first block = %q, want it to say whose readout this is", got)
	}
	if !strings.Contains(m.Text, second.Title) {
		t.Errorf("fallback text lacks the readout's title:\n%s", m.Text)
	}
	if len(m.Replies) == 0 {
		t.Fatal("no comparison reply")
	}
	if !strings.HasPrefix(m.Replies[0].Text, "How the two readouts differ") {
		t.Errorf("comparison fallback = %q", m.Replies[0].Text)
	}
	cmp := blocksText(m.Replies[0].Blocks)
	for _, want := range []string{
		"calls it “Japan-Cambodia Summit Meeting” (summit meeting)",
		"only in Japan's readout",
		"pledges: JPY 1.5 billion (demining activities)",
		"countries: Indonesia; Myanmar; North Korea",
		"only in Cambodia's readout",
		"topics: digital; agriculture; tourism",
	} {
		if !strings.Contains(cmp, want) {
			t.Errorf("comparison lacks %q:\n%s", want, cmp)
		}
	}
	for _, judgement := range []string{"better", "worse", "omits", "fails", "ignores"} {
		if strings.Contains(strings.ToLower(cmp), judgement) {
			t.Errorf("comparison judges (%q):\n%s", judgement, cmp)
		}
	}
}

func TestRenderComparisonEscapes(t *testing.T) {
	c := meeting.Comparison{
		A: meeting.Side{Publisher: "<!channel> Ministry", Title: "Talk <https://evil.example|click> & more", Terms: []string{"<@U123>"}},
		B: meeting.Side{Publisher: "Other", Country: "KH", Title: "Summit"},
	}
	rep := bot.RenderComparison(c)
	checkLimits(t, "hostile", rep.Text, rep.Blocks)
	got := blocksText(rep.Blocks)
	for _, bad := range []string{"<!channel>", "<https://evil", "<@U123>"} {
		if strings.Contains(got, bad) {
			t.Errorf("comparison carries raw %q:\n%s", bad, got)
		}
	}
}

// TestRenderPairedCorpus pairs the 12 longest readouts of
// ../shared/corpus with each other (under -race the 4 longest of its
// sample, corpusReadouts; .ci/run runs it in full without -race): every
// message of the thread stays within Block Kit's limits.
func TestRenderPairedCorpus(t *testing.T) {
	t.Parallel()
	var rs []*readout.Readout
	n := 0
	for _, g := range corpusSets {
		for _, c := range corpusReadouts(t, g) {
			n++
			if c.err == nil {
				rs = append(rs, c.r)
			}
		}
	}
	if n == 0 {
		t.Skip("corpus not available")
	}
	slices.SortFunc(rs, func(a, b *readout.Readout) int { return len(b.Body) - len(a.Body) })
	k := 12
	if testmain.Race {
		k = 4 // RenderPaired compares the two readouts' terms: 0.15 s a pair under -race
	}
	longest := rs[:min(k, len(rs))]
	for i, a := range longest {
		b := longest[(i+1)%len(longest)]
		name := fmt.Sprintf("%.40s + %.40s", a.Title, b.Title)
		m := bot.RenderPaired(a, b)
		checkLimits(t, name, m.Text, m.Blocks)
		for j, rep := range m.Replies {
			checkLimits(t, fmt.Sprintf("%s reply %d", name, j+1), rep.Text, rep.Blocks)
		}
		if len(m.Replies) > 10 {
			t.Errorf("%s: %d replies, want at most 10", name, len(m.Replies))
		}
	}
	t.Logf("paired the %d longest of %d corpus readouts (longest body %d bytes)", len(longest), len(rs), len(longest[0].Body))
}

// A paired readout's thread holds the comparison and r's own replies
// within the cap, and a cut thread still ends with the note saying what
// it leaves out (with the source button), not with a section cut off
// silently.
func TestRenderPairedLongThreadKeepsLeftOutNote(t *testing.T) {
	const src = "https://www.mfaic.example/news/2026/0412.html"
	first := loadMeetingFixture(t, "jp-kh-summit.mofa.md")
	for _, sections := range []int{9, 10, 40} {
		t.Run(fmt.Sprint(sections, " sections"), func(t *testing.T) {
			r := &readout.Readout{Title: "Press Release on the Official Visit", URL: src, Parties: []string{"KH", "JP"}}
			for i := range sections {
				r.Sections = append(r.Sections, readout.Section{Number: fmt.Sprint(i + 1), Heading: fmt.Sprintf("Topic %d", i+1), Level: 1,
					Text: fmt.Sprintf("Both sides exchanged views on topic %d.", i+1)})
			}
			alone := bot.RenderReadout(r)
			m := bot.RenderPaired(r, first)
			if len(m.Replies) > 10 {
				t.Fatalf("%d thread replies, want at most 10", len(m.Replies))
			}
			if len(alone.Replies)+1 <= 10 {
				if len(m.Replies) != len(alone.Replies)+1 {
					t.Errorf("%d replies, want the comparison and the readout's %d", len(m.Replies), len(alone.Replies))
				}
				return
			}
			last := m.Replies[len(m.Replies)-1]
			if !strings.Contains(last.Text, "not shown") {
				t.Errorf("last reply %.300q does not say what the thread leaves out", last.Text)
			}
			if btn := findButton(t, last.Blocks); btn == nil || btn.URL != src {
				t.Errorf("last reply links no source: %+v", btn)
			}
		})
	}
}
