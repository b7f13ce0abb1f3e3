package reminders_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/reminders"
)

// The slash-command helper calls the service through this interface.
var _ interface {
	Upcoming(ctx context.Context, country string, from time.Time, days int) (readout.AnniversaryList, error)
	Add(ctx context.Context, userID string, args []string) (string, error)
	Remove(ctx context.Context, userID string, args []string) (string, error)
} = (*reminders.Service)(nil)

func TestAddReplies(t *testing.T) {
	tests := []struct {
		args string
		want string // prefix of the reply
	}{
		{"japan cambodia 1953-01-09 diplomatic relations", "Saved: Japan–Cambodia diplomatic relations, established 9 January 1953. Next: 75th anniversary on 9 Jan 2028."},
		{"South Korea and Japan 1965-06-22", "Saved: Japan–South Korea diplomatic relations, established 22 June 1965. Next: 63rd anniversary on 22 Jun 2028."},
		{"asean, japan 1973 friendship and cooperation", "Saved: ASEAN–Japan friendship and cooperation, established 1973. Next: 55th anniversary in 2028."},
		{"japan-laos 1955-03 treaty of amity", "Saved: Japan–Laos treaty of amity, signed March 1955. Next: 73rd anniversary in Mar 2028."},
		{"cambodia 1953-11-09 independence", "Saved: Cambodia's independence, established 9 November 1953."},
		{"japan cambodia", "Usage: "},
		{"1953-01-09 diplomatic relations", "Usage: "},
		{"japan cambodia 1953-02-30 diplomatic relations", `"1953-02-30" is not a date that exists.`},
		{"japan narnia 1953-01-09", `I don't know "narnia". Usage: `},
		{"cambodai 1953-01-09", `I don't know "cambodai". Did you mean Cambodia? Usage: `},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			e := newEnv(t, time.Date(2027, 12, 1, 9, 0, 0, 0, time.UTC))
			got, err := e.svc.Add(t.Context(), "U0ADMIN", strings.Fields(tt.args))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %q\nwant %q…", got, tt.want)
			}
		})
	}
}

func TestAddStoresUserFact(t *testing.T) {
	e := newEnv(t, time.Date(2027, 12, 1, 9, 0, 0, 0, time.UTC))
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	rec, err := e.store.Fact("JP-KH/diplomatic relations")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Source != "user:U0ADMIN" || rec.Since.Format(rec.Precision) != "1953-01-09" {
		t.Errorf("stored: got %+v", rec.Fact)
	}
	// Adding again replaces, also a coarser date: a person settles.
	e.add("cambodia japan 1953 diplomatic relations")
	if rec, _ := e.store.Fact("JP-KH/diplomatic relations"); rec.Since.Format(rec.Precision) != "1953" {
		t.Errorf("after a second add: got %s, want 1953", rec.Since.Format(rec.Precision))
	}
}

func TestUpcoming(t *testing.T) {
	e := newEnv(t, time.Date(2027, 11, 1, 9, 0, 0, 0, time.UTC))
	e.svc.Builtin = nil // the real table
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	e.add("cambodia thailand 1950-12-19 <!channel> relations")
	from := time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC)

	got, err := e.svc.Upcoming(t.Context(), "Kingdom of Cambodia", from, 60)
	if err != nil {
		t.Fatal(err)
	}
	want := readout.AnniversaryList{
		Heading: "Anniversaries of Cambodia, 1 Dec 2027 – 29 Jan 2028",
		Entries: []readout.AnniversaryEntry{
			{When: "19 Dec 2027", Text: "77 years of <!channel> relations between Cambodia and Thailand (established 19 December 1950)", SourceTitle: "added in Slack"},
			{When: "19 Dec 2027", Text: "77 years of diplomatic relations between Cambodia and Thailand (established 19 December 1950)",
				SourceTitle: "camm-media.com", SourceURL: "https://camm-media.com/thai-pm-to-pay-official-visit-marking-75-years-of-diplomatic-ties"},
			{When: "Jan 2028", Text: "76 years of diplomatic relations between Australia and Cambodia (established January 1952)",
				SourceTitle: "phnompenhpost.com", SourceURL: "http://www.phnompenhpost.com/post-plus/message-australias-ambassador-cambodia-angela-corcoran"},
			{When: "2028", Text: "75 years of diplomatic relations between United Kingdom and Cambodia (established 1953)", Milestone: true,
				SourceTitle: "thestar.com.my", SourceURL: "https://thestar.com.my/aseanplus/aseanplus-news/2024/06/07/british-embassy-in-cambodia-marks-king-charles-iii-birthday-celebrates-educational-ties"},
			{When: "2028", Text: "76 years of diplomatic relations between India and Cambodia (established 1952)",
				SourceTitle: "business-standard.com", SourceURL: "https://www.business-standard.com/india-news/cambodian-king-to-visit-india-from-may-29-to-31-mea-says-will-deepen-ties-123052600933_1.html"},
			{When: "2028", Text: "58 years of diplomatic relations between Cambodia and South Korea (established 1970)",
				SourceTitle: "devex.com", SourceURL: "https://www.devex.com/organizations/embassy-of-the-republic-of-korea-in-the-kingdom-of-cambodia-180530"},
			{When: "2028", Text: "71 years of diplomatic relations between Cambodia and Malaysia (established 1957)",
				SourceTitle: "theborneopost.com", SourceURL: "https://www.theborneopost.com/2023/03/26/pm-anwar-to-arrive-in-cambodia-tomorrow-for-first-official-visit/"},
			{When: "2028", Text: "71 years of diplomatic relations between Cambodia and Philippines (established 1957)",
				SourceTitle: "a24now.com", SourceURL: "https://a24now.com/2022/08/cambodia-the-philippines-exchange-diplomatic-greetings-on-65th-anniversary"},
			{When: "9 Jan 2028", Text: "75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953)", Milestone: true, SourceTitle: "added in Slack"},
			{When: "18 Jan 2028", Text: "36 years of re-established diplomatic relations between Cambodia and Singapore (re-established 18 January 1992)",
				SourceTitle: "iric.gov.kh", SourceURL: "https://iric.gov.kh/cambodia-singapore-55-years-after-diplomatic-ties/"},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Upcoming:\ngot  %+v\nwant %+v", got, want)
	}

	got, err = e.svc.Upcoming(t.Context(), "us", time.Date(2028, 7, 1, 0, 0, 0, 0, time.UTC), 31)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []readout.AnniversaryEntry{
		{When: "4 Jul 2028", Text: "82 years of diplomatic relations between Philippines and United States (established 4 July 1946)",
			SourceTitle: "history.state.gov", SourceURL: "https://history.state.gov/countries/philippines"},
		{When: "20 Jul 2028", Text: "13 years of re-established diplomatic relations between Cuba and United States (re-established 20 July 2015)",
			SourceTitle: "history.state.gov", SourceURL: "https://history.state.gov/countries/cuba"},
	} {
		if !slices.Contains(got.Entries, w) {
			t.Errorf("US in July 2028 lacks %+v:\n%+v", w, got.Entries)
		}
	}

	got, err = e.svc.Upcoming(t.Context(), "jpan", from, 0)
	if err != nil || got.Message != `I don't know "jpan". Did you mean Japan?` || len(got.Entries) > 0 {
		t.Errorf("unknown country: got %+v, %v", got, err)
	}
	got, err = e.svc.Upcoming(t.Context(), "tuvalu", from, 30)
	if err != nil || got.Heading == "" || len(got.Entries) != 0 {
		t.Errorf("no anniversaries: got %+v, %v", got, err)
	}
}

func TestRemove(t *testing.T) {
	e := newEnv(t, time.Date(2027, 11, 1, 9, 0, 0, 0, time.UTC))
	e.svc.Builtin = nil
	remove := func(args string) string {
		t.Helper()
		got, err := e.svc.Remove(t.Context(), "U0ADMIN", strings.Fields(args))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	has := func(key string) bool {
		t.Helper()
		facts, err := e.svc.Facts()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range facts {
			if f.Key() == key {
				return true
			}
		}
		return false
	}

	// A built-in fact is hidden.
	if got := remove("united states brunei"); got != "Removed: Brunei–United States diplomatic relations, established 28 May 1984. No more reminders of it." {
		t.Errorf("remove BN-US: got %q", got)
	}
	if has("BN-US/diplomatic relations") {
		t.Error("BN-US still listed after its removal")
	}
	// A pair with several facts needs the subject.
	if got := remove("japan uk"); !strings.HasPrefix(got, "United Kingdom–Japan has several: diplomatic relations; friendship treaty.") {
		t.Errorf("ambiguous: got %q", got)
	}
	if got := remove("japan uk friendship treaty"); !strings.HasPrefix(got, "Removed: United Kingdom–Japan friendship treaty") {
		t.Errorf("with subject: got %q", got)
	}
	if !has("GB-JP/diplomatic relations") || has("GB-JP/friendship treaty") {
		t.Error("the wrong GB-JP fact was removed")
	}
	// A user's fact over a built-in one: removing it hides both; adding
	// again brings it back.
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	remove("japan cambodia")
	if has("JP-KH/diplomatic relations") {
		t.Error("JP-KH still listed after its removal")
	}
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	if !has("JP-KH/diplomatic relations") {
		t.Error("JP-KH not listed after adding it again")
	}
	// A fact only users added is deleted.
	e.add("laos cambodia 1956-06-15")
	remove("laos cambodia")
	if _, err := e.store.Fact("KH-LA/diplomatic relations"); err == nil {
		t.Error("KH-LA still stored after its removal")
	}
	for args, want := range map[string]string{
		"laos cambodia":               "No anniversary of Cambodia–Laos is known.",
		"japan cambodia peace treaty": `No "peace treaty" anniversary of Japan–Cambodia is known.`,
		"narnia":                      `I don't know "narnia": name a country`,
		"":                            "Usage: ",
	} {
		if got := remove(args); !strings.HasPrefix(got, want) {
			t.Errorf("remove %q: got %q, want %q…", args, got, want)
		}
	}
}

// TestCambodia2028 is the listing `readout anniversaries --from 2028-01-01
// --days 365 cambodia` prints from the built-in table: at least five
// partners, each line with its date and its source.
func TestCambodia2028(t *testing.T) {
	e := newEnv(t, time.Date(2027, 12, 1, 9, 0, 0, 0, time.UTC))
	e.svc.Builtin = nil
	got, err := e.svc.UpcomingPlain(t.Context(), "cambodia", time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC), 365)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := e.svc.List(t.Context(), "KH", time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC), 365)
	if err != nil {
		t.Fatal(err)
	}
	partners := map[string]bool{}
	for _, en := range entries {
		for _, p := range en.Fact.Parties {
			if p != "KH" {
				partners[p] = true
			}
		}
		if en.SourceURL == "" {
			t.Errorf("%s: no source link", en.Text)
		}
	}
	if len(partners) < 5 {
		t.Errorf("Cambodia in 2028: %d partners, want at least 5:\n%s", len(partners), got)
	}
	for _, want := range []string{
		"★ 19 Jul 2028 70 years of diplomatic relations between China and Cambodia (established 19 July 1958)\n              source: https://jingcity.com/",
		"★ 2028        75 years of diplomatic relations between Japan and Cambodia (established 1953)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Cambodia in 2028 lacks %q:\n%s", want, got)
		}
	}
}
