package bot_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
)

// TestHandleSubscribeFilters walks /readout subscribe's filter options on
// one channel: each step's answer, whether the channel sees it, and the
// channel's Slack subscription afterwards. Every bad argument is answered
// and changes nothing.
func TestHandleSubscribeFilters(t *testing.T) {
	s := cmdStore(t)
	c := &bot.Commands{
		Store:      s,
		Admins:     []string{"UADMIN"},
		ConfigSubs: []readout.Subscription{{Channel: "C1", Countries: []string{"VN"}, Source: "config"}},
	}
	first := map[string]readout.Filter{"KH": {Topics: []string{"security", "infrastructure"}, ExcludeTopics: []string{"economy"}, Mentions: true}}
	rare := map[string]readout.Filter{"KH": {Topics: []string{`"rare earths"`, "health"}, ExcludeTopics: []string{"economy"}, Mentions: true}}
	rareOnly := map[string]readout.Filter{"KH": {Topics: []string{`"rare earths"`, "health"}}}
	steps := []struct {
		text, user string
		want       []string
		inChannel  bool
		subs       map[string]readout.Filter // C1's Slack countries and their filters afterwards
	}{
		{"subscribe cambodia topic:security,infrastructure -topic:trade mentions", "UADMIN",
			[]string{"<@UADMIN> subscribed this channel to 🇰🇭 Cambodia: new readouts on them will be posted here, " +
				"only readouts about *security* or *infrastructure*; none about *economy*; also readouts that only mention it."}, true, first},
		// Bad arguments: a clear answer, nothing changed.
		{"subscribe cambodia topic:securty", "UADMIN",
			[]string{"I don't know the topic “securty”. Did you mean *security*? Nothing was changed.", "`topic:\"securty\"`"}, false, first},
		{"subscribe cambodia -topic:tarde", "UADMIN",
			[]string{"I don't know the topic “tarde”. Did you mean *trade* (economy)? Nothing was changed."}, false, first},
		{"subscribe cambodia topic:", "UADMIN", []string{"`topic:` needs a topic after the colon", "Nothing was changed"}, false, first},
		{"subscribe cambodia topic:\"rare earths", "UADMIN", []string{"a quotation mark is not closed", "Nothing was changed"}, false, first},
		{"subscribe cambodia topic:security -topic:defence", "UADMIN",
			[]string{"*security* is both asked for (`topic:`) and excluded (`-topic:`). Nothing was changed."}, false, first},
		{"subscribe cambodia -topic:security", "UADMIN",
			[]string{"For 🇰🇭 Cambodia, *security* would be both asked for", "Nothing was changed"}, false, first},
		{"unsubscribe cambodia topic:security", "UADMIN", []string{"`/readout unsubscribe` takes only countries. Nothing was changed."}, false, first},
		{"subscribe topic:security", "UADMIN", []string{"Which countries? For example `/readout subscribe cambodia topic:security`."}, false, first},
		{"subscribe cambodai topic:security", "UADMIN", []string{"Did you mean *Cambodia*?"}, false, first},
		{"subscribe cambodia topic:security", "U2", []string{"only readout's admins"}, false, first},
		{"subscribe cambodia topic:security infrastructure", "UADMIN",
			[]string{"“infrastructure” is a topic, not a country: put it after `topic:` with a comma and no space", "Nothing was changed."}, false, first},
		// Changing an existing subscription's filter, part by part.
		{"subscribe kh topic:\"rare earths\", health", "UADMIN",
			[]string{"<@UADMIN> changed what this channel gets on 🇰🇭 Cambodia: only readouts about *\"rare earths\"* or *health*; " +
				"none about *economy*; also readouts that only mention it."}, true, rare},
		{"subscribe kh no-mentions -topic:none", "UADMIN",
			[]string{"changed what this channel gets on 🇰🇭 Cambodia: only readouts about *\"rare earths\"* or *health*."}, true, rareOnly},
		{"subscribe kh topic:“rare earths”,HEALTH", "UADMIN",
			[]string{"Nothing to change: this channel already gets only readouts about *\"rare earths\"* or *health* on 🇰🇭 Cambodia."}, false, rareOnly},
		{"subscribe kh", "UADMIN", []string{"Already subscribed to 🇰🇭 Cambodia.", "🇰🇭 Cambodia: only readouts about *\"rare earths\"* or *health*"}, false, rareOnly},
		{"list", "U2", []string{"• 🇰🇭 Cambodia: only readouts about *\"rare earths\"* or *health*\n• 🇻🇳 Vietnam _(from the configuration file"}, false, rareOnly},
		{"subscribe laos, kh topic:all", "UADMIN",
			[]string{"<@UADMIN> subscribed this channel to 🇱🇦 Laos: new readouts on them will be posted here.",
				"<@UADMIN> changed what this channel gets on 🇰🇭 Cambodia: every readout again (no filter)."}, true,
			map[string]readout.Filter{"KH": {}, "LA": {}}},
		{"subscribe vietnam mentions", "UADMIN",
			[]string{"subscribed this channel to 🇻🇳 Vietnam: new readouts on them will be posted here, also readouts that only mention it.",
				"🇻🇳 Vietnam is also set in readout's configuration file (every readout): this channel gets a readout when either setting takes it."}, true,
			map[string]readout.Filter{"KH": {}, "LA": {}, "VN": {Mentions: true}}},
		{"list", "U2", []string{"• 🇰🇭 Cambodia\n• 🇱🇦 Laos\n• 🇻🇳 Vietnam: also readouts that only mention it _(and from the configuration file: every readout)_"}, false,
			map[string]readout.Filter{"KH": {}, "LA": {}, "VN": {Mentions: true}}},
		// Slack sends & as an entity; the keyword is stored as written.
		{"subscribe laos topic:\"R&amp;D\"", "UADMIN", []string{"only readouts about *\"R&amp;D\"*"}, true,
			map[string]readout.Filter{"KH": {}, "LA": {Topics: []string{`"R&D"`}}, "VN": {Mentions: true}}},
		{"topics", "U2", []string{"• *security* (also defence, defense", "• *south china sea*", "`topic:\"rare earths\"`"}, false,
			map[string]readout.Filter{"KH": {}, "LA": {Topics: []string{`"R&D"`}}, "VN": {Mentions: true}}},
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
		have := map[string]readout.Filter{}
		for _, sub := range subs {
			if sub.Channel == "C1" {
				for _, code := range sub.Countries {
					have[code] = sub.Filter
				}
			}
		}
		if !reflect.DeepEqual(have, st.subs) {
			t.Errorf("after %q: C1 has %+v, want %+v", st.text, have, st.subs)
		}
	}
}
