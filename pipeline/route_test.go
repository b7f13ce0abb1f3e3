package pipeline_test

import (
	"reflect"
	"testing"

	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
)

func TestRouteFilters(t *testing.T) {
	// A readout between Japan and Cambodia about missiles and railways that
	// also names Laos, and one between Japan and Thailand about trade.
	security := &readout.Readout{
		Title:     "Japan-Cambodia Foreign Ministers' Meeting",
		Parties:   []string{"JP", "KH"},
		Mentioned: []string{"LA"},
		Sections: []readout.Section{
			{Heading: "Regional affairs", Text: "The ministers condemned the missile launches and discussed Laos."},
			{Heading: "Cooperation", Text: "They welcomed progress on the railway to Sihanoukville."},
		},
	}
	trade := &readout.Readout{
		Title:     "Japan-Thailand Summit",
		Parties:   []string{"JP", "TH"},
		Mentioned: []string{"KH"},
		Sections:  []readout.Section{{Heading: "Economy", Text: "They agreed to expand trade and investment."}},
	}
	sub := func(ch string, f readout.Filter, codes ...string) readout.Subscription {
		return readout.Subscription{Channel: ch, Countries: codes, Filter: f}
	}
	tests := []struct {
		name    string
		subs    []readout.Subscription
		r       *readout.Readout
		want    []string
		matches map[string]string
	}{
		{
			name: "include topic that is there",
			subs: []readout.Subscription{sub("C1", readout.Filter{Topics: []string{"security", "infrastructure"}}, "KH")},
			r:    security, want: []string{"C1"},
			matches: map[string]string{"C1": "Matched: security (missile), infrastructure (railway)"},
		},
		{
			name: "include topic that is not there",
			subs: []readout.Subscription{sub("C1", readout.Filter{Topics: []string{"health"}}, "KH")},
			r:    security,
		},
		{
			name: "exclude topic that is there",
			subs: []readout.Subscription{sub("C1", readout.Filter{ExcludeTopics: []string{"economy"}}, "TH")},
			r:    trade,
		},
		{
			name: "exclude topic that is not there",
			subs: []readout.Subscription{sub("C1", readout.Filter{ExcludeTopics: []string{"economy"}}, "KH")},
			r:    security, want: []string{"C1"},
		},
		{
			name: "keyword",
			subs: []readout.Subscription{sub("C1", readout.Filter{Topics: []string{`"sihanoukville"`}}, "KH")},
			r:    security, want: []string{"C1"},
			matches: map[string]string{"C1": `Matched: "sihanoukville"`},
		},
		{
			name: "only mentioned, without mentions",
			subs: []readout.Subscription{sub("C1", readout.Filter{}, "LA")},
			r:    security,
		},
		{
			name: "only mentioned, with mentions",
			subs: []readout.Subscription{sub("C1", readout.Filter{Mentions: true}, "LA")},
			r:    security, want: []string{"C1"},
			matches: map[string]string{"C1": "Mentions Laos"},
		},
		{
			name: "mentions and a topic",
			subs: []readout.Subscription{sub("C1", readout.Filter{Mentions: true, Topics: []string{"economy"}}, "KH")},
			r:    trade, want: []string{"C1"},
			matches: map[string]string{"C1": "Mentions Cambodia · Matched: economy"},
		},
		{
			name: "mentions but the topic is not there",
			subs: []readout.Subscription{sub("C1", readout.Filter{Mentions: true, Topics: []string{"health"}}, "LA")},
			r:    security,
		},
		{
			name: "a party takes precedence over a mention in one channel",
			subs: []readout.Subscription{
				sub("C1", readout.Filter{Mentions: true}, "LA"),
				sub("C1", readout.Filter{}, "KH"),
			},
			r: security, want: []string{"C1"},
		},
		{
			name: "an unfiltered subscription of the channel takes what a filtered one refuses",
			subs: []readout.Subscription{
				sub("C1", readout.Filter{Topics: []string{"health"}}, "KH"),
				sub("C1", readout.Filter{}, "JP"),
			},
			r: security, want: []string{"C1"},
		},
		{
			name: "channels decide apart",
			subs: []readout.Subscription{
				sub("C1", readout.Filter{Topics: []string{"security"}}, "KH"),
				sub("C2", readout.Filter{Topics: []string{"trade"}}, "KH"),
				sub("C3", readout.Filter{}, "JP"),
			},
			r: security, want: []string{"C1", "C3"},
			matches: map[string]string{"C1": "Matched: security (missile)"},
		},
		{
			name: "feed subscription filtered",
			subs: []readout.Subscription{{Channel: "C1", Feeds: []string{"mofa"}, Filter: readout.Filter{ExcludeTopics: []string{"security"}}}},
			r:    security,
		},
		{
			name: "a stored topic no longer known routes unfiltered",
			subs: []readout.Subscription{sub("C1", readout.Filter{Topics: []string{"securty"}}, "KH")},
			r:    security, want: []string{"C1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, matches := pipeline.Route(tt.subs, "mofa", tt.r)
			if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(matches, tt.matches) {
				t.Errorf("Route = %v, %q; want %v, %q", got, matches, tt.want, tt.matches)
			}
		})
	}
}
