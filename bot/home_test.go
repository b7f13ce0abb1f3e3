package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

func openStore(t *testing.T) *storage.Store {
	t.Helper()
	return storagetest.Open(t, storage.Options{})
}

// homeBlocks returns the view's blocks and their texts, joined.
func homeBlocks(t *testing.T, v slack.HomeTabViewRequest) (int, string) {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Type   string `json:"type"`
		Blocks []struct {
			Type string `json:"type"`
			Text *struct {
				Text string `json:"text"`
			} `json:"text"`
			Elements []struct {
				Text string `json:"text"`
			} `json:"elements"`
		} `json:"blocks"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Type != "home" {
		t.Errorf("view type: got %q, want home", doc.Type)
	}
	var texts []string
	for i, b := range doc.Blocks {
		if b.Text != nil {
			if len(b.Text.Text) > 3000 {
				t.Errorf("block %d: text of %d characters, over Block Kit's 3000", i, len(b.Text.Text))
			}
			texts = append(texts, b.Text.Text)
		}
		for _, e := range b.Elements {
			texts = append(texts, e.Text)
		}
	}
	return len(doc.Blocks), strings.Join(texts, "\n")
}

func TestHomeViewContent(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s := openStore(t)
	if err := s.Subscribe("C0SLACK1", "KH", "LA"); err != nil {
		t.Fatal(err)
	}
	if err := s.SubscribeFiltered("C0SLACK2", map[string]readout.Filter{
		"TH": {Topics: []string{"security", `"rare earths"`}, ExcludeTopics: []string{"economy"}, Mentions: true}}); err != nil {
		t.Fatal(err)
	}
	failingSince := now.Add(-3 * time.Hour)
	if err := s.SaveFeedState("mofa-ja", readout.FeedState{LastPoll: now, LastSuccess: failingSince, Failures: 4, LastError: "HTTP 503"}); err != nil {
		t.Fatal(err)
	}
	items := []storage.NewItem{{Key: "k1", Hash: "h", Readout: &readout.Readout{
		Title: "Japan-Cambodia Summit <Meeting>", URL: "https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000001.html",
		Published: time.Date(2026, 2, 27, 9, 0, 0, 0, time.UTC), Parties: []string{"JP", "KH"}}}}
	if _, err := s.Ingest("kantei-en", readout.FeedState{Polled: true, LastPoll: now, LastSuccess: now}, items); err != nil {
		t.Fatal(err)
	}
	h := &bot.Home{
		Store:      s,
		ConfigSubs: []readout.Subscription{{Channel: "C0FILE1", Countries: []string{"VN"}, Feeds: []string{"kantei-en"}}},
		Feeds:      []readout.Feed{{ID: "kantei-en"}, {ID: "mofa-ja"}, {ID: "new-feed"}},
		Anniversaries: func(ctx context.Context, from time.Time, days int) ([]bot.HomeAnniversary, error) {
			if !from.Equal(now) || days <= 0 {
				t.Errorf("anniversaries asked from %v for %d days", from, days)
			}
			return []bot.HomeAnniversary{{When: "9 Jan 2028", Text: "75th anniversary of Japan–Cambodia diplomatic relations"}}, nil
		},
		Now: func() time.Time { return now },
	}
	v, err := h.View(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	n, text := homeBlocks(t, v)
	if n > 100 {
		t.Errorf("%d blocks, over 100", n)
	}
	for _, want := range []string{
		"<#C0FILE1>: Vietnam, feed kantei-en",
		"<#C0SLACK1>: Cambodia, Laos",
		`<#C0SLACK2>: Thailand (security, "rare earths"; not economy; mentions)`,
		"*9 Jan 2028* 75th anniversary of Japan–Cambodia diplomatic relations",
		"`kantei-en` :white_check_mark: ok",
		"`mofa-ja` :warning: failing (4 in a row, since 1 Mar 09:00 UTC)",
		"`new-feed` not polled yet",
		"Japan-Cambodia Summit &lt;Meeting&gt;",
		"27 Feb 2026",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("home view lacks %q:\n%s", want, text)
		}
	}
}

// failingStore fails every read.
type failingStore struct{}

var errDown = errors.New("database not open")

func (failingStore) Subscriptions(bool) ([]readout.Subscription, error) { return nil, errDown }
func (failingStore) Inactive() (map[string]string, error)               { return nil, errDown }
func (failingStore) FeedStates() (map[string]readout.FeedState, error)  { return nil, errDown }
func (failingStore) Latest(int) ([]*readout.Readout, error)             { return nil, errDown }

func TestHomeViewSaysWhatItCannotRead(t *testing.T) {
	h := &bot.Home{Store: failingStore{}, Feeds: []readout.Feed{{ID: "x"}}}
	v, err := h.View(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	_, text := homeBlocks(t, v)
	for _, want := range []string{"Subscriptions could not be read", "Feed states could not be read", "Readouts could not be read"} {
		if !strings.Contains(text, want) {
			t.Errorf("home view lacks %q:\n%s", want, text)
		}
	}
}

// Twice as many channels and feeds as the Home lists (homeMaxLines, 150)
// still fit in 100 blocks of at most 3000 characters, with a note that the
// rest is elsewhere. The view lists the same 150 of each for any number
// over the cap, so 300 test the limits as thousands would.
func TestHomeViewWithinBlockKitLimits(t *testing.T) {
	t.Parallel()
	s := openStore(t)
	var feeds []readout.Feed
	for i := range 300 {
		if err := s.Subscribe(fmt.Sprintf("C%08d", i), "KH", "LA", "VN", "TH", "MM", "PH", "ID", "MY"); err != nil {
			t.Fatal(err)
		}
		feeds = append(feeds, readout.Feed{ID: fmt.Sprintf("feed-%04d-%s", i, strings.Repeat("x", 40))})
	}
	var many []bot.HomeAnniversary
	for i := range 50 {
		many = append(many, bot.HomeAnniversary{When: "1 Jan 2027", Text: fmt.Sprintf("anniversary %d", i)})
	}
	h := &bot.Home{Store: s, Feeds: feeds,
		Anniversaries: func(context.Context, time.Time, int) ([]bot.HomeAnniversary, error) { return many, nil }}
	v, err := h.View(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	n, text := homeBlocks(t, v)
	if n > 100 {
		t.Fatalf("%d blocks, over Block Kit's 100", n)
	}
	for _, want := range []string{"…and 150 more channels", "…and 150 more feeds"} {
		if !strings.Contains(text, want) {
			t.Errorf("a long list does not end with %q", want)
		}
	}
	if !strings.Contains(text, "…and 40 more") {
		t.Errorf("anniversaries beyond 10 are not summarized")
	}
	// The fake Slack enforces the limits too.
	fake := slackfake.New(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
	if _, err := api.PublishViewContext(t.Context(), slack.PublishViewContextRequest{UserID: "U1", View: v}); err != nil {
		t.Fatalf("views.publish rejected the view: %v", err)
	}
}

// app_home_opened over Socket Mode publishes the Home tab; a subscription
// made from Slack republishes it for the users who opened it.
func TestHomePublishedOnOpenAndRefreshedOnSubscribe(t *testing.T) {
	s := openStore(t)
	fake := slackfake.New(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()), slack.OptionAppLevelToken("xapp-test"))
	ctx, cancel := context.WithCancel(context.Background())
	home := &bot.Home{API: api, Store: s, Feeds: []readout.Feed{{ID: "kantei-en"}}}
	cmds := &bot.Commands{Store: home.WatchStore(ctx, s)}
	var connected sync.Map
	var commandTimes sync.WaitGroup
	commandTimes.Add(1)
	var wg sync.WaitGroup
	wg.Go(func() {
		hooks := bot.SocketHooks{
			OnConnection: func(up bool) { connected.Store("up", up) },
			OnCommand:    func(time.Duration) { commandTimes.Done() },
			Home:         home,
		}
		if err := bot.RunSocketModeWith(ctx, api, cmds, nil, hooks); err != nil {
			t.Errorf("RunSocketModeWith: %v", err)
		}
	})
	t.Cleanup(func() { cancel(); wg.Wait() })

	tctx, tcancel := context.WithTimeout(ctx, 20*time.Second)
	defer tcancel()
	if err := fake.WaitConnected(tctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.SendEvent(tctx, "app_home_opened", map[string]any{"user": "U42", "channel": "D42", "tab": "home"}); err != nil {
		t.Fatal(err)
	}
	views, err := fake.WaitViews(tctx, "U42", 1)
	if err != nil {
		t.Fatal(err)
	}
	if v := string(views[0].View); !strings.Contains(v, "No channel is subscribed yet") || !strings.Contains(v, "kantei-en") {
		t.Errorf("first view: got %s", v)
	}
	// The messages tab is not the Home tab: nothing is published.
	if _, err := fake.SendEvent(tctx, "app_home_opened", map[string]any{"user": "U43", "channel": "D43", "tab": "messages"}); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.SendSlashCommand(tctx, slackfake.SlashCommand{Command: "/readout", Text: "subscribe cambodia", ChannelID: "C0NEWCHAN", UserID: "U42"}); err != nil {
		t.Fatal(err)
	}
	views, err = fake.WaitViews(tctx, "U42", 2)
	if err != nil {
		t.Fatal(err)
	}
	if v := string(views[1].View); !strings.Contains(v, `\u003c#C0NEWCHAN\u003e: Cambodia`) {
		t.Errorf("refreshed view lacks the new subscription: %s", v)
	}
	commandTimes.Wait()
	if up, _ := connected.Load("up"); up != true {
		t.Errorf("OnConnection was not told the connection is up")
	}
	if got := fake.Views("U43"); len(got) != 0 {
		t.Errorf("messages tab: %d views published, want 0", len(got))
	}
	if got := home.Viewers(); len(got) != 1 || got[0] != "U42" {
		t.Errorf("viewers: got %v, want [U42]", got)
	}
}
