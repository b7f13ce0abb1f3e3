package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// cmdStore opens a real database holding five Cambodian readouts (the
// newest is "…consultation 5"), a parsed Japan–Laos readout and a hostile
// French one.
func cmdStore(t *testing.T) *storage.Store {
	t.Helper()
	s := storagetest.Open(t, storage.Options{})
	base := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	var items []storage.NewItem
	for i := 1; i <= 5; i++ {
		r := &readout.Readout{
			Title:     fmt.Sprintf("Japan-Cambodia Policy Consultation %d", i),
			URL:       fmt.Sprintf("https://mofa.example/kh/%d.html", i),
			Publisher: "Test Ministry of Foreign Affairs",
			Published: base.Add(time.Duration(i) * 24 * time.Hour),
			Parties:   []string{"JP", "KH"},
			Sections: []readout.Section{
				{Number: "1", Heading: "Trade", Level: 1, Summary: fmt.Sprintf("Round %d on rice exports.", i), Text: "The two sides discussed rice exports."},
				{Number: "2", Heading: "Demining", Level: 1, Summary: "Japan will fund mine clearance.", Text: "Japan will fund mine clearance in Battambang."},
			},
		}
		items = append(items, storage.NewItem{Key: fmt.Sprintf("kh-%d", i), Readout: r})
	}
	src, err := os.ReadFile("testdata/commands_japan_laos.txt")
	if err != nil {
		t.Fatal(err)
	}
	laos, err := readout.Parse(readout.Document{Title: "Japan-Laos Foreign Ministers' Meeting", Body: string(src),
		URL: "https://mofa.example/la/1.html", Publisher: "Test Ministry of Foreign Affairs", PublisherCountry: "JP",
		Published: base})
	if err != nil {
		t.Fatal(err)
	}
	items = append(items, storage.NewItem{Key: "la-1", Readout: laos})
	evil := &readout.Readout{
		Title:     "France talks <!channel> @here <@U123> <https://evil.example|bank>",
		URL:       "javascript:alert(1)",
		Published: base,
		Parties:   []string{"JP", "FR"},
		Sections: []readout.Section{{Heading: "Ping <!everyone>", Level: 1, Summary: "Visit <https://evil.example|your bank> @channel now.",
			Text: "Visit <https://evil.example|your bank> @channel now."}},
	}
	items = append(items, storage.NewItem{Key: "fr-1", Readout: evil})
	if _, err := s.Ingest("test", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	return s
}

// replyText is every text in a reply's blocks, one per line.
func replyText(t *testing.T, r bot.CommandReply) string {
	t.Helper()
	raw, err := json.Marshal(r.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				out = append(out, s)
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(v)
	return strings.Join(out, "\n")
}

// checkReplyLimits fails when a reply breaks a Block Kit limit or carries a live
// mention other than the asker's.
func checkReplyLimits(t *testing.T, r bot.CommandReply, asker string) {
	t.Helper()
	if r.Text == "" {
		t.Errorf("reply has no fallback text")
	}
	if len(r.Blocks) == 0 || len(r.Blocks) > 50 {
		t.Errorf("reply has %d blocks, want 1 to 50", len(r.Blocks))
	}
	raw, _ := json.Marshal(r.Blocks)
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		t.Fatal(err)
	}
	for i, b := range blocks {
		if b.Text != nil && len([]rune(b.Text.Text)) > 3000 {
			t.Errorf("block %d (%s) has %d characters, want at most 3000", i, b.Type, len([]rune(b.Text.Text)))
		}
	}
	all := replyText(t, r) + "\n" + r.Text
	all = strings.ReplaceAll(all, "<@"+asker+">", "")
	for _, live := range []string{"<!", "<@", "@here", "@channel", "@everyone", "<https://evil", "<javascript"} {
		if strings.Contains(all, live) {
			t.Errorf("reply holds a live %q:\n%s", live, all)
		}
	}
}

func TestHandleLookup(t *testing.T) {
	s := cmdStore(t)
	c := &bot.Commands{Store: s}
	tests := []struct {
		name, text string
		want       []string // substrings of the blocks' text, in order
		notWant    []string
	}{
		{"default three newest first", "cambodia",
			[]string{"Cambodia: the latest 3 readouts", "Consultation 5", "Round 5 on rice exports", "Consultation 4", "Consultation 3"},
			[]string{"Consultation 2"}},
		{"ISO code and count", "KH 5", []string{"latest 5 readouts", "Consultation 5", "Consultation 1"}, nil},
		{"count over the maximum", "kh 50", []string{"all I have; you asked for 10", "Consultation 1"}, nil},
		{"demonym", "Cambodian", []string{"Consultation 5"}, nil},
		{"long form", "kingdom of cambodia 1", []string{"the latest readout", "Consultation 5"}, []string{"Consultation 4"}},
		{"source linked", "cambodia 1", []string{"<https://mofa.example/kh/5.html|Japan-Cambodia Policy Consultation 5>"}, nil},
		{"keyword shows the matching section", "laos ukraine",
			[]string{"Laos: the readout mentioning “ukraine”", "Japan-Laos Foreign Ministers", "*Regional and international situations*", "*Ukraine*"},
			[]string{"Bilateral relations"}},
		{"keyword phrase in any case", "LAOS Unexploded Ordnance", []string{"*Bilateral relations*", "*unexploded ordnance*"}, nil},
		{"heading match wins", "cambodia demining", []string{"*Demining*: Japan will fund mine clearance."}, []string{"*Trade*"}},
		{"keyword matches several", "cambodia battambang", []string{"3 readouts mentioning", "Consultation 5", "Battambang"}, nil},
		{"keyword not found", "laos kangaroo", []string{"Nothing mentions “kangaroo” in any readout on 🇱🇦 Laos"}, nil},
		{"multi-word country", "lao people's democratic republic", []string{"Japan-Laos Foreign Ministers"}, nil},
		{"multi-word country with no readouts", "south korea", []string{"No readouts on 🇰🇷 South Korea yet", "/readout subscribe south korea"}, nil},
		{"near miss", "cambodai", []string{"Did you mean *Cambodia*?"}, nil},
		{"near miss of two words", "untied kingdom", []string{"Did you mean *United Kingdom*?"}, nil},
		{"unknown word", "frobnicate", []string{"“frobnicate”", "/readout help"}, nil},
		{"zero", "cambodia 0", []string{"Ask for 1 to 10 readouts"}, nil},
		{"help", "help", []string{"/readout cambodia", "/readout subscribe cambodia, laos", "/readout anniversaries"}, nil},
		{"empty is help", "  ", []string{"/readout list"}, nil},
		{"hostile feed text", "france", []string{"&lt;!channel&gt;", "@\u200dhere", "&lt;@U123&gt;", "&lt;https://evil.example|bank&gt;"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Handle(t.Context(), bot.Request{Text: tt.text, ChannelID: "C1", UserID: "U1"})
			checkReplyLimits(t, r, "U1")
			if r.InChannel {
				t.Errorf("lookup reply is in_channel, want ephemeral")
			}
			got := replyText(t, r)
			rest := got
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("reply lacks %q (in order); got:\n%s", w, got)
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("reply holds %q; got:\n%s", w, got)
				}
			}
		})
	}
}

func TestHandleSubscriptions(t *testing.T) {
	s := cmdStore(t)
	c := &bot.Commands{
		Store:      s,
		Admins:     []string{"UADMIN"},
		ConfigSubs: []readout.Subscription{{Channel: "C1", Countries: []string{"VN"}, Feeds: []string{"kantei-en"}, Source: "config"}},
	}
	steps := []struct {
		text, user string
		want       []string
		inChannel  bool
		subs       []string // C1's Slack subscription afterwards
	}{
		{"list", "U2", []string{"🇻🇳 Vietnam _(from the configuration file; not removable from Slack)_", "`kantei-en`"}, false, nil},
		{"subscribe cambodia", "U2", []string{"only readout's admins"}, false, nil},
		{"subscribe cambodia, lao PDR south korea", "UADMIN",
			[]string{"<@UADMIN> subscribed this channel to 🇰🇭 Cambodia, 🇱🇦 Laos and 🇰🇷 South Korea"}, true, []string{"KH", "KR", "LA"}},
		{"subscribe kh", "UADMIN", []string{"Already subscribed to 🇰🇭 Cambodia."}, false, []string{"KH", "KR", "LA"}},
		{"subscribe cambodai", "UADMIN", []string{"Did you mean *Cambodia*?"}, false, []string{"KH", "KR", "LA"}},
		{"subscribe", "UADMIN", []string{"Which countries?"}, false, []string{"KH", "KR", "LA"}},
		{"LIST", "U2", []string{"• 🇰🇭 Cambodia\n• 🇰🇷 South Korea\n• 🇱🇦 Laos\n• 🇻🇳 Vietnam _(from the configuration file"}, false, []string{"KH", "KR", "LA"}},
		{"unsubscribe Korean and viet nam, france", "UADMIN",
			[]string{"unsubscribed this channel from 🇰🇷 South Korea.", "not subscribed to 🇫🇷 France",
				"🇻🇳 Vietnam comes from readout's configuration file"}, true, []string{"KH", "LA"}},
	}
	for _, st := range steps {
		r := c.Handle(t.Context(), bot.Request{Text: st.text, ChannelID: "C1", UserID: st.user})
		checkReplyLimits(t, r, st.user)
		got := replyText(t, r)
		for _, w := range st.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: reply lacks %q; got:\n%s", st.text, w, got)
			}
		}
		if r.InChannel != st.inChannel {
			t.Errorf("%q: in_channel %v, want %v", st.text, r.InChannel, st.inChannel)
		}
		subs, err := s.Subscriptions(true)
		if err != nil {
			t.Fatal(err)
		}
		var have []string
		for _, sub := range subs {
			if sub.Channel == "C1" {
				have = sub.Countries
			}
		}
		if !slices.Equal(have, st.subs) {
			t.Errorf("after %q: C1 subscribed to %v, want %v", st.text, have, st.subs)
		}
	}

	// A channel the bot cannot post to is listed as paused, with the
	// reason; subscribing again resumes it.
	if err := s.SetInactive("C1", "not_in_channel"); err != nil {
		t.Fatal(err)
	}
	got := replyText(t, c.Handle(t.Context(), bot.Request{Text: "list", ChannelID: "C1", UserID: "U2"}))
	if !strings.Contains(got, "*Paused:*") || !strings.Contains(got, "invite it") {
		t.Errorf("list of an inactive channel does not say it is paused and why:\n%s", got)
	}
	c.Handle(t.Context(), bot.Request{Text: "subscribe laos", ChannelID: "C1", UserID: "UADMIN"})
	if in, _ := s.Inactive(); in["C1"] != "" {
		t.Errorf("subscribe did not reactivate C1: inactive %v", in)
	}
}

// fakeAnniversaries records its calls.
type fakeAnniversaries struct {
	calls []string
	err   error
}

var _ bot.Anniversaries = (*fakeAnniversaries)(nil)

func (f *fakeAnniversaries) Upcoming(_ context.Context, country string, from time.Time, days int) (readout.AnniversaryList, error) {
	f.calls = append(f.calls, fmt.Sprintf("upcoming %q %s %d", country, from.Format(time.DateOnly), days))
	return readout.AnniversaryList{Heading: "Anniversaries", Entries: []readout.AnniversaryEntry{{When: "2026", Text: "70 years of diplomatic relations"}}}, f.err
}

func (f *fakeAnniversaries) Add(_ context.Context, user string, args []string) (string, error) {
	f.calls = append(f.calls, "add "+user+" "+strings.Join(args, " "))
	return "Added <!channel>.", f.err
}

func (f *fakeAnniversaries) Remove(_ context.Context, user string, args []string) (string, error) {
	f.calls = append(f.calls, "remove "+user+" "+strings.Join(args, " "))
	return "Removed.", f.err
}

func TestHandleAnniversaries(t *testing.T) {
	s := cmdStore(t)
	now := time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, user string
		ann              *fakeAnniversaries
		want, call       string
	}{
		{"not configured", "anniversaries", "U1", nil, "not configured", ""},
		{"all", "anniversaries", "U1", &fakeAnniversaries{}, "70 years of diplomatic relations", `upcoming "" 2026-06-01 0`},
		{"one country", "Anniversaries south korea", "U1", &fakeAnniversaries{}, "70 years", `upcoming "south korea" 2026-06-01 0`},
		{"add by admin", "anniversaries add japan cambodia 1953-01-09 diplomatic relations", "UADMIN", &fakeAnniversaries{},
			"Added &lt;!channel&gt;.", "add UADMIN japan cambodia 1953-01-09 diplomatic relations"},
		{"add refused", "anniversaries add japan cambodia 1953", "U1", &fakeAnniversaries{}, "only readout's admins", ""},
		{"remove by admin", "anniversaries remove japan cambodia", "UADMIN", &fakeAnniversaries{}, "Removed.", "remove UADMIN japan cambodia"},
		{"failure", "anniversaries", "U1", &fakeAnniversaries{err: fmt.Errorf("disk on fire")}, "something went wrong", `upcoming "" 2026-06-01 0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &bot.Commands{Store: s, Admins: []string{"UADMIN"}, Now: func() time.Time { return now }}
			if tt.ann != nil {
				c.Anniversaries = tt.ann
			}
			r := c.Handle(t.Context(), bot.Request{Text: tt.text, ChannelID: "C1", UserID: tt.user})
			checkReplyLimits(t, r, tt.user)
			if got := replyText(t, r); !strings.Contains(got, tt.want) {
				t.Errorf("reply lacks %q; got:\n%s", tt.want, got)
			}
			if tt.ann != nil {
				var want []string
				if tt.call != "" {
					want = []string{tt.call}
				}
				if !slices.Equal(tt.ann.calls, want) {
					t.Errorf("calls: got %q, want %q", tt.ann.calls, want)
				}
			}
		})
	}
}

// TestHandleLongReadouts looks up ten readouts of eight sections with a
// 10,000-character paragraph each: the reply stays within the limits. A
// paragraph is over a block's 3,000 characters, and eight section lines
// (420 characters at most each) are over a readout's share of the reply
// and a block, so the reply is cut at every level.
func TestHandleLongReadouts(t *testing.T) {
	t.Parallel()
	s := storagetest.Open(t, storage.Options{})
	defer s.Close()
	para := strings.Repeat("Cooperation on mine action continues in every province. ", 180)[:10000]
	var items []storage.NewItem
	for i := range 10 {
		r := &readout.Readout{Title: fmt.Sprintf("Long readout %d %s", i, strings.Repeat("title ", 40)), Parties: []string{"KH"},
			Published: time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC)}
		for j := range 8 {
			r.Sections = append(r.Sections, readout.Section{Number: fmt.Sprint(j + 1), Heading: fmt.Sprintf("Heading %d", j), Level: 1,
				Summary: para, Text: para})
		}
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Readout: r})
	}
	if _, err := s.Ingest("long", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	c := &bot.Commands{Store: s}
	for _, text := range []string{"cambodia 10", "cambodia province"} {
		r := c.Handle(t.Context(), bot.Request{Text: text, ChannelID: "C1", UserID: "U1"})
		checkReplyLimits(t, r, "U1")
		if n := len([]rune(replyText(t, r))); n > 13000 {
			t.Errorf("%q: reply has %d characters of text, want at most 13,000", text, n)
		}
	}
}

// `/readout eu` and `/readout european union` look up the readouts whose
// side is the European Union, as a country's are; so do NATO's.
func TestLookupOrganisation(t *testing.T) {
	st := storagetest.Open(t, storage.Options{})
	var items []storage.NewItem
	for _, r := range []*readout.Readout{
		{ID: "eu1", Title: "Call between the President of the European Council and the President of Ruritania", Parties: []string{"EU", "RU"},
			Published: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), Meeting: readout.Meeting{Kind: "call", Date: "2025-03-01"},
			Lead: "The President of the European Council spoke with the President of Russia about energy."},
		{ID: "nato1", Title: "Meeting with the NATO Secretary General", Parties: []string{"US", "NATO"},
			Published: time.Date(2025, 3, 2, 9, 0, 0, 0, time.UTC), Meeting: readout.Meeting{Kind: "meeting", Date: "2025-03-02"},
			Lead: "The Adviser met the NATO Secretary General about defence production."},
	} {
		items = append(items, storage.NewItem{Key: r.ID, Readout: r})
	}
	if _, err := st.Ingest("org-feed", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	c := &bot.Commands{Store: st}
	for _, tt := range []struct{ q, want string }{
		{"eu", "🇪🇺 EU: the latest readout"},
		{"european union", "🇪🇺 EU: the latest readout"},
		{"EU energy", "the readout mentioning “energy”"},
		{"nato", "NATO: the latest readout"},
	} {
		rep := c.Handle(t.Context(), bot.Request{Text: tt.q, ChannelID: "C1", UserID: "U1"})
		if !strings.Contains(rep.Text, tt.want) {
			t.Errorf("/readout %s = %q, want it to hold %q", tt.q, rep.Text, tt.want)
		}
	}
}
