package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout-bot/readout/readout"
)

func TestMainFindsTheReadout(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "ministry-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Main(string(b), "https://www.example.go.jp/region/cl/page3.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<h1>Japan-Chile Foreign Ministers&#39; Meeting</h1><p>March 3, 2025</p>",
		"On March 3, commencing at 5:50 p.m.",
		"<li>The two ministers agreed to deepen cooperation",
		`href="https://www.example.go.jp/region/files/joint-statement.pdf"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Main lacks %q:\n%s", want, got)
		}
	}
	for _, furniture := range []string{"Foreign Policy", "Latin America</a>", "shake hands", "Post", "Copyright", "title1"} {
		if strings.Contains(got, furniture) {
			t.Errorf("Main keeps furniture %q:\n%s", furniture, got)
		}
	}
}

func TestMainUnknownLayout(t *testing.T) {
	page := `<html><head><title>PM call with President Lopez: 3 March 2025 - GOV.UK</title></head><body>` +
		`<div class="menu"><p>Menu</p></div><div class="body"><p>` + strings.Repeat("The Prime Minister spoke to President Ana Lopez of Chile today. ", 4) +
		`</p><p>They agreed to stay in touch.</p></div></body></html>`
	got, err := Main(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, "<html><body><h1>PM call with President Lopez: 3 March 2025</h1>") || strings.Contains(got, "Menu") {
		t.Errorf("Main: got %s", got)
	}
}

func TestDateLine(t *testing.T) {
	for in, want := range map[string]string{"November 28, 2023": "2023-11-28", "Published 3 March 2025": "2025-03-03",
		"Monday, March 3, 2025": "2025-03-03", "Sept. 4, 2024": "", "The leaders met.": "",
		// Plone's byline, a Gulf ministry's Hijri and Gregorian dates, a dateline with its place
		"published May 13, 2024 04:32 PM": "2024-05-13", "11/09/1446 H - 11 March 2025": "2025-03-11",
		"Bern, 22.11.2024": "2024-11-22", "Bern, the leaders met on 22.11.2024": "", "03/04/2025": ""} {
		d, ok := dateLine(in)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("dateLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMainGovUKLeadParagraph: gov.uk sets a one-sentence summary between
// the headline and the body, which alone names the Prime Minister ("Prime
// Minister Tom Hale spoke to …"); the body says "The Prime Minister". The
// summary opens the readout, so the post names him.
func TestMainGovUKLeadParagraph(t *testing.T) {
	const pageURL = "https://www.example.org/government/news/pm-call"
	page, text, title := extractLayout(t, "govuk-lead-paragraph.html", pageURL)
	if !strings.Contains(text, "Prime Minister Tom Hale spoke to Prime Minister of Denmark Karen Lund.") || strings.Contains(text, "Share this page") {
		t.Errorf("text:\n%s", text)
	}
	r, err := readout.Parse(readout.Document{Title: title, URL: pageURL, PublisherCountry: "GB", Body: page})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Participants) < 2 || r.Participants[0].Name != "Tom Hale" || r.Participants[1].Country != "DK" {
		t.Errorf("participants %+v", r.Participants)
	}
}
