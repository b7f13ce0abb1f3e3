package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/sitefarm"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/storage"
)

// `readout feeds catalog` lists at least 40 publishers with their
// evidence, MOFA Japan's English press releases and Cambodia's MFAIC
// among them; builtin_feeds turns them on.
func TestFeedsCatalogCommand(t *testing.T) {
	t.Parallel()
	cfg, _ := writeConfig(t, "")
	code, out, errOut := runCLI(t, "", "feeds", "catalog", "--config", cfg)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := regexp.MustCompile(`(?m)^[a-z0-9-]+ +[A-Z]{2} +(feed|listing) `).FindAllString(out, -1)
	if len(rows) < 40 {
		t.Errorf("%d publishers listed, want at least 40:\n%s", len(rows), out)
	}
	for _, want := range []string{"jp-mofa ", "kh-mfaic ", "DiplomaticPulse urlconfig.json", "notes/sources.md", ", 0 polled"} {
		if !strings.Contains(out, want) {
			t.Errorf("catalog lacks %q:\n%s", want, out)
		}
	}
	cfg2 := filepath.Join(t.TempDir(), "r.yaml")
	writeFile(t, cfg2, "builtin_feeds: [jp-mofa, KH]\n")
	code, out, errOut = runCLI(t, "", "feeds", "catalog", "--config", cfg2)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, id := range []string{"jp-mofa", "kh-mfaic", "kantei-en"} {
		if !regexp.MustCompile(`(?m)^` + id + ` .* yes `).MatchString(out) {
			t.Errorf("%s not polled with builtin_feeds: [jp-mofa, KH]:\n%s", id, out)
		}
	}
	writeFile(t, cfg2, "builtin_feeds: [atlantis]\n")
	if code, _, errOut := runCLI(t, "", "feeds", "catalog", "--config", cfg2); code != exitConfig || !strings.Contains(errOut, `"atlantis"`) {
		t.Errorf("unknown name: exit %d, %q; want 2 naming it", code, errOut)
	}
}

// `readout feeds add` on a site that has only an HTML list gives, in one
// command, a working source whose five newest items are right; on a page
// that advertises its feed it picks the feed. Both are in the database
// and in `feeds export`.
func TestFeedsAddCommand(t *testing.T) {
	t.Parallel()
	farm := sitefarm.New(t)
	cfg, _ := newDatabaseWith(t, "allow_private_addresses: true\nhost_interval: 10ms # the farm is one host\n")

	code, out, errOut := runCLI(t, "", "feeds", "add", "--config", cfg, "--country", "JP", farm.URL(sitefarm.SiteList)+"/")
	if code != exitOK {
		t.Fatalf("feeds add (list): exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "found: a list of dated links on the page (listing)") || !strings.Contains(out, "newest 5 of 7 items:") {
		t.Errorf("feeds add output:\n%s", out)
	}
	// The five newest, newest first: the older notice pinned to the top
	// of the page is not among them.
	var order []int
	for _, r := range farm.Newest(sitefarm.SiteList, 5) {
		line := r.Published.Format(time.DateOnly) + "  " + r.Title
		i := strings.Index(out, line)
		if i < 0 {
			t.Errorf("feeds add output lacks %q:\n%s", line, out)
		}
		order = append(order, i)
	}
	for i := 1; i < len(order); i++ {
		if order[i] < order[i-1] {
			t.Errorf("newest items out of order:\n%s", out)
		}
	}
	if strings.Contains(out, "Notice on Visa Rules") {
		t.Errorf("the older pinned notice is among the five newest:\n%s", out)
	}
	if !strings.Contains(out, "added 127.0.0.1 (listing)") && !regexp.MustCompile(`added \S+ \(listing\): `+regexp.QuoteMeta(farm.URL(sitefarm.SiteList))).MatchString(out) {
		t.Errorf("no 'added' line:\n%s", out)
	}

	code, out, errOut = runCLI(t, "", "feeds", "add", "--config", cfg, "--id", "farm-news", farm.URL(sitefarm.SiteAdvertises)+"/")
	if code != exitOK {
		t.Fatalf("feeds add (advertised): exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "found: the page advertises this feed (feed)") || !strings.Contains(out, "added farm-news (feed): "+farm.URL(sitefarm.SiteAdvertises)+"/rss.xml") {
		t.Errorf("feeds add on an advertising page:\n%s", out)
	}

	code, out, errOut = runCLI(t, "", "feeds", "export", "--config", cfg)
	if code != exitOK {
		t.Fatalf("feeds export: exit %d %s", code, errOut)
	}
	if !strings.Contains(out, `type="readout-listing"`) || !strings.Contains(out, `htmlUrl="`+farm.URL(sitefarm.SiteList)+`/"`) ||
		!strings.Contains(out, `xmlUrl="`+farm.URL(sitefarm.SiteAdvertises)+`/rss.xml"`) {
		t.Errorf("feeds export lacks the added sources:\n%s", out)
	}

	// The added listing is polled like any feed: a first poll stores its
	// items.
	code, out, errOut = runCLI(t, "", "poll", "--once", "--config", cfg)
	if code != exitOK || !strings.Contains(out, "7 new items (first poll") {
		t.Errorf("poll --once: exit %d\n%s%s", code, out, errOut)
	}

	// A page with neither: a clear error, nothing added.
	code, _, errOut = runCLI(t, "", "feeds", "add", "--config", cfg, farm.URL(sitefarm.SiteList)+"/news/fmm-laos.html")
	if code != exitFail || !strings.Contains(errOut, "no feed and no list") {
		t.Errorf("feeds add on an article: exit %d %q", code, errOut)
	}
}

// `readout feeds probe --all` on the loopback farm reports each case and
// exits 1 because of the broken ones.
func TestFeedsProbeFarm(t *testing.T) {
	t.Parallel()
	farm := sitefarm.New(t)
	cfg, db := newDatabaseWith(t, "allow_private_addresses: true\nhost_interval: 10ms # the farm is one host\n")
	s, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddImportedFeeds(farm.Sources()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	farm.ChangeMarkup(true) // the site was redesigned after the source was set up

	code, out, errOut := runCLI(t, "", "feeds", "probe", "--all", "--config", cfg)
	if code != exitFail || !strings.Contains(errOut, "3 of 7 sources broken") {
		t.Errorf("probe --all: exit %d, stderr %q; want 1 and 3 of 7 broken", code, errOut)
	}
	want := map[string]string{
		"farm-feed":         `feed +200 OK +7 +2026-04-07 +yes: 2 participant\(s\) +ok`,
		"farm-list":         `listing +200 OK +7 +2026-04-07 +yes: 2 participant\(s\) +ok`,
		"farm-cookie-gate":  `listing +200 OK +7 +2026-04-07 +yes: 2 participant\(s\) +ok`,
		"farm-euc-kr":       `listing +200 OK +7 +2026-04-07 +yes: 2 participant\(s\) +ok`,
		"farm-browser-only": `listing +403 Forbidden +0 +- +- +blocked`,
		"farm-markup":       `listing +200 OK +0 +- +- +markup changed`,
		"farm-advertises":   `feed +200 OK +0 +- +- +not a feed`,
	}
	for id, row := range want {
		if !regexp.MustCompile(`(?m)^` + id + ` +` + row + `\s*$`).MatchString(out) {
			t.Errorf("no row %s %s in:\n%s", id, row, out)
		}
	}
	for _, fix := range []string{
		"fix: the site refuses non-browser user agents: set `user_agent: browser` for farm-browser-only",
		"fix: the list's markup changed: `readout feeds add " + farm.ListURL(sitefarm.SiteMarkup) + "` proposes new selectors",
		"fix: the page advertises a feed: use " + farm.URL(sitefarm.SiteAdvertises) + "/rss.xml as the URL of farm-advertises",
	} {
		if !strings.Contains(out, fix) {
			t.Errorf("probe output lacks %q:\n%s", fix, out)
		}
	}

	// One source by ID: exit 0 when it works.
	if code, out, errOut := runCLI(t, "", "feeds", "probe", "--config", cfg, "farm-cookie-gate"); code != exitOK {
		t.Errorf("probe farm-cookie-gate: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "", "feeds", "probe", "--config", cfg, "no-such"); code != exitConfig || !strings.Contains(errOut, `no source "no-such"`) {
		t.Errorf("probe no-such: exit %d %q", code, errOut)
	}
}

// newDatabaseWith is newDatabase with extra configuration.
func newDatabaseWith(t *testing.T, extra string) (cfg, db string) {
	t.Helper()
	cfg, dataDir := writeConfig(t, extra)
	db = filepath.Join(dataDir, "readout.db")
	s, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return cfg, db
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(fmt.Errorf("write %s: %w", path, err))
	}
}

// A listing source's new item is posted exactly once, end to end: the
// daemon polls an HTML-only list on loopback, stores the first poll's
// items without posting them, posts the release added later once to the
// channel following its country, and neither posts it again nor fetches
// its page again while the list stays the same.
func TestServeListingEndToEnd(t *testing.T) {
	t.Parallel()
	farm := sitefarm.New(t)
	slk := slackfake.New(t)
	dataDir := t.TempDir()
	spec := sitefarm.Spec(sitefarm.SiteList)
	cfgFile := filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
poll_schedule: "@every 1s"
builtin_feeds: false
allow_private_addresses: true
host_interval: 10ms # the list and its pages are on one host
feeds:
  - id: farm-list
    url: %s
    publisher: Farm Ministry of Foreign Affairs
    country: JP
    kind: listing
    listing: {item: %q, link: %q, date: %q}
subscriptions:
  - channel: C0TESTBN1
    countries: [BN]
`, dataDir, farm.ListURL(sitefarm.SiteList), spec.Item, spec.Link, spec.Date)
	writeFile(t, cfgFile, cfg)
	env := []string{"SLACK_BOT_TOKEN=xoxb-test-token", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0"}
	d := startDaemon(t, env, "serve", "--config", cfgFile)

	lists := func() int { return farm.ListResponses(sitefarm.SiteList) }
	waitFor(t, 60*time.Second, "two polls of the list", func() bool { return lists() >= 2 })
	if n := len(slk.Posts()); n != 0 {
		t.Fatalf("first poll posted %d messages, want 0", n)
	}
	pages := farm.PageRequests(sitefarm.SiteList)
	if pages != 7 {
		t.Errorf("first poll fetched %d item pages, want 7", pages)
	}
	title := "Foreign Ministers' Meeting with Brunei"
	farm.Add(sitefarm.SiteList, sitefarm.Release{Slug: "fmm-brunei", Title: title, Published: time.Now().UTC(),
		Guest: "H.E. Dato Erywan Yusof", GuestCountry: "Brunei Darussalam"})
	waitFor(t, 60*time.Second, "the post to C0TESTBN1", func() bool { return len(parents(slk.Posts())) >= 1 })
	before := lists()
	waitFor(t, 60*time.Second, "three more polls", func() bool { return lists() >= before+3 })
	got := parents(slk.Posts())
	if len(got) != 1 || got[0].Channel != "C0TESTBN1" || !strings.Contains(headerText(t, got[0]), "Brunei") {
		t.Fatalf("posts %+v; want one, to C0TESTBN1, on Brunei", got)
	}
	if n := farm.PageRequests(sitefarm.SiteList); n != pages+1 {
		t.Errorf("item pages fetched %d, want %d: the unchanged list was parsed again", n, pages+1)
	}
	d.stop(t)
}
