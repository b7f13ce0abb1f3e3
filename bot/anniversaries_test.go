package bot_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
)

func TestRenderAnniversaries(t *testing.T) {
	list := readout.AnniversaryList{
		Heading: "Anniversaries of Cambodia, 1 Dec 2027 – 29 Jan 2028",
		Entries: []readout.AnniversaryEntry{
			{When: "19 Dec 2027", Text: "77 years of <!channel> relations between Cambodia and Thailand (established 19 December 1950)", SourceTitle: "added in Slack"},
			{When: "2028", Text: "71 years of diplomatic relations between Cambodia and Philippines (established 1957)",
				SourceTitle: "a24now.com", SourceURL: "https://a24now.com/2022/08/cambodia?x=1&y=2"},
			{When: "9 Jan 2028", Text: "75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953)", Milestone: true,
				SourceTitle: "a <b> readout", SourceURL: "javascript:alert(1)"},
		},
	}
	want := "*Anniversaries of Cambodia, 1 Dec 2027 – 29 Jan 2028*\n" +
		"• *19 Dec 2027* 77 years of &lt;!channel&gt; relations between Cambodia and Thailand (established 19 December 1950) · added in Slack\n" +
		"• *2028* 71 years of diplomatic relations between Cambodia and Philippines (established 1957) · <https://a24now.com/2022/08/cambodia?x=1&amp;y=2|a24now.com>\n" +
		"• *9 Jan 2028* 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953) :star: · a &lt;b&gt; readout"
	if got := bot.RenderAnniversaries(list); got != want {
		t.Errorf("RenderAnniversaries:\ngot\n%s\nwant\n%s", got, want)
	}

	tests := []struct {
		name string
		list readout.AnniversaryList
		want string
	}{
		{"message", readout.AnniversaryList{Message: `I don't know "<@U1>".`}, `I don't know "&lt;@U1&gt;".`},
		{"none", readout.AnniversaryList{Heading: "Anniversaries of Tuvalu"}, "*Anniversaries of Tuvalu*\nNo anniversaries known in that time."},
	}
	for _, tt := range tests {
		if got := bot.RenderAnniversaries(tt.list); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRenderAnniversariesCut(t *testing.T) {
	tests := []struct {
		name    string
		n, size int
	}{
		{"many short", 300, 40},
		{"few long", 30, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := readout.AnniversaryList{Heading: "Anniversaries, 1 Jan 2028 – 30 Dec 2028"}
			for i := range tt.n {
				list.Entries = append(list.Entries, readout.AnniversaryEntry{When: "1 Jan 2028", Text: fmt.Sprintf("%d %s", i, strings.Repeat("x", tt.size)),
					SourceTitle: "history.state.gov", SourceURL: "https://history.state.gov/countries/x"})
			}
			got := bot.RenderAnniversaries(list)
			lines := strings.Split(got, "\n")
			if n := len(lines); n > 27 || !strings.HasPrefix(lines[n-1], "…and ") {
				t.Errorf("%d entries: %d lines ending %q, want a heading, at most 25 entries and a '…and N more' line", tt.n, n, lines[n-1])
			}
			if n := utf8.RuneCountInString(got); n > 3000 {
				t.Errorf("answer is %d characters, want at most 3000", n)
			}
		})
	}
}
