package pipeline

import (
	"log/slog"
	"slices"
	"strings"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/topics"
)

// Router decides which channels get a readout, and what each channel's
// filters matched: the one place routing is decided. Build it once per
// poll with [NewRouter]; it compiles the subscriptions' filters.
type Router struct {
	routes []route
}

// route is a subscription with its compiled filter.
type route struct {
	sub    readout.Subscription
	filter *topics.Filter // nil: every readout
}

// NewRouter compiles subs' filters. A filter that does not compile (a
// topic stored by a later version, say) is logged and routes as if it
// were absent, so that its channel loses nothing.
func NewRouter(subs []readout.Subscription, log *slog.Logger) *Router {
	rt := &Router{routes: make([]route, 0, len(subs))}
	for _, s := range subs {
		r := route{sub: s}
		if len(s.Filter.Topics)+len(s.Filter.ExcludeTopics) > 0 {
			f, err := topics.Compile(s.Filter.Topics, s.Filter.ExcludeTopics)
			if err != nil && log != nil {
				log.Warn("subscription's topic filter not understood; routing without it", "channel", s.Channel, "error", err)
			}
			r.filter = f
		}
		rt.routes = append(rt.routes, r)
	}
	return rt
}

// Route returns the channels that should receive a readout from a feed,
// each once, and for those whose filters had a say, the line the post
// shows about it (readout.Delivery.Match).
//
// A subscription takes the readout when it comes from one of its feeds or
// one of its countries is a party, or, with Mentions, when one of its
// countries is only mentioned; and then only when its topics filter passes
// the readout. A channel with several subscriptions takes it when any
// does; one that takes it as a party is preferred to one that takes it by
// a mention.
func (rt *Router) Route(feedID string, r *readout.Readout) (channels []string, matches map[string]string) {
	var text *topics.Text // built when a filter first needs it
	best := map[string]taken{}
	for _, rs := range rt.routes {
		s := rs.sub
		if prev, ok := best[s.Channel]; ok && prev.party {
			continue
		}
		party := slices.Contains(s.Feeds, feedID) || slices.ContainsFunc(s.Countries, r.HasParty)
		var mentioned []string
		if !party && s.Filter.Mentions {
			for _, c := range s.Countries {
				if slices.Contains(r.Mentioned, c) {
					mentioned = append(mentioned, c)
				}
			}
		}
		if !party && len(mentioned) == 0 {
			continue
		}
		var hits []topics.Hit
		if rs.filter != nil {
			if text == nil {
				text = topics.Of(r)
			}
			res := rs.filter.Match(text)
			if !res.OK {
				continue
			}
			hits = res.Hits
		}
		if _, ok := best[s.Channel]; !ok {
			channels = append(channels, s.Channel)
		} else if !party {
			continue // the first subscription to take it by a mention says so
		}
		best[s.Channel] = taken{party: party, mentioned: mentioned, hits: hits}
	}
	for ch, t := range best {
		if line := t.line(); line != "" {
			if matches == nil {
				matches = map[string]string{}
			}
			matches[ch] = line
		}
	}
	return channels, matches
}

// taken is why a subscription took a readout.
type taken struct {
	party     bool
	mentioned []string // countries only mentioned, when not a party
	hits      []topics.Hit
}

// line is what the post says about it: "Mentions Cambodia · Matched:
// security (missile), infrastructure"; "" when nothing is worth saying.
func (t taken) line() string {
	var parts []string
	if len(t.mentioned) > 0 {
		names := make([]string, len(t.mentioned))
		for i, c := range t.mentioned {
			names[i] = country.Name(c)
		}
		parts = append(parts, "Mentions "+joinAnd(names))
	}
	if len(t.hits) > 0 {
		parts = append(parts, "Matched: "+topics.Join(t.hits))
	}
	return strings.Join(parts, " · ")
}

// joinAnd joins "A", "A and B", "A, B and C".
func joinAnd(list []string) string {
	if len(list) <= 1 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// Route returns the channels that should receive a readout from a feed and
// the match lines of those whose filters had a say (see [Router.Route]).
func Route(subs []readout.Subscription, feedID string, r *readout.Readout) ([]string, map[string]string) {
	return NewRouter(subs, nil).Route(feedID, r)
}
