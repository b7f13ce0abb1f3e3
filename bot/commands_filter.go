package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/subscriptions"
	"github.com/readout-bot/readout/topics"
)

// filterArgs are the filter options of `/readout subscribe`: topic:a,b
// (include), -topic:c (exclude), mentions and no-mentions. A part not
// given leaves a subscribed country's filter as it was.
type filterArgs struct {
	include, exclude       []string // stored forms (topics.Term.String)
	setInclude, setExclude bool
	mentions, setMentions  bool
	// countries are the words that are not options.
	countries []string
}

// any reports whether any filter option was given.
func (a filterArgs) any() bool { return a.setInclude || a.setExclude || a.setMentions }

// apply returns old changed by the options given.
func (a filterArgs) apply(old readout.Filter) readout.Filter {
	f := readout.Filter{Topics: slices.Clone(old.Topics), ExcludeTopics: slices.Clone(old.ExcludeTopics), Mentions: old.Mentions}
	if a.setInclude {
		f.Topics = slices.Clone(a.include)
	}
	if a.setExclude {
		f.ExcludeTopics = slices.Clone(a.exclude)
	}
	if a.setMentions {
		f.Mentions = a.mentions
	}
	return f
}

// Option words, lower case.
var (
	mentionsOn  = []string{"mentions", "mention", "+mentions", "+mention"}
	mentionsOff = []string{"no-mentions", "nomentions", "no-mention", "-mentions", "-mention", "parties", "parties-only"}
	// allTopics and noTopics clear the include and exclude lists.
	allTopics = []string{"all", "any", "everything"}
	noTopics  = []string{"none", "nothing"}
)

// topicOption returns the value of a topic:… or -topic:… word and whether
// it excludes; ok is false for any other word.
func topicOption(word string) (value string, exclude, ok bool) {
	w := word
	for _, minus := range []string{"-", "–", "—", "−", "!"} {
		if strings.HasPrefix(w, minus) {
			w, exclude = w[len(minus):], true
			break
		}
	}
	for _, key := range []string{"topics:", "topic:"} {
		if len(w) >= len(key) && strings.EqualFold(w[:len(key)], key) {
			return w[len(key):], exclude, true
		}
	}
	return "", false, false
}

// parseFilterArgs separates the filter options of words from the country
// words. It returns a reply, changing nothing, for the first option it
// cannot read.
func parseFilterArgs(words []string) (filterArgs, *CommandReply) {
	var a filterArgs
	for i := 0; i < len(words); i++ {
		w := words[i]
		lw := strings.ToLower(w)
		switch {
		case slices.Contains(mentionsOn, lw):
			a.mentions, a.setMentions = true, true
			continue
		case slices.Contains(mentionsOff, lw):
			a.mentions, a.setMentions = false, true
			continue
		}
		value, exclude, ok := topicOption(w)
		if !ok {
			a.countries = append(a.countries, w)
			continue
		}
		// "topic:security, infrastructure": a value ending in a comma goes
		// on in the next word.
		for strings.HasSuffix(value, ",") && i+1 < len(words) {
			i++
			value += words[i]
		}
		key := "topic:"
		if exclude {
			key = "-topic:"
		}
		list, bad := parseTopicList(key, value, exclude)
		if bad != nil {
			return filterArgs{}, bad
		}
		if exclude {
			a.exclude, a.setExclude = appendNewTerms(a.exclude, list), true
		} else {
			a.include, a.setInclude = appendNewTerms(a.include, list), true
		}
	}
	for _, t := range a.include {
		if slices.Contains(a.exclude, t) {
			r := textReply(fmt.Sprintf("*%s* is both asked for (`topic:`) and excluded (`-topic:`). Nothing was changed.", termLabel(t)))
			return filterArgs{}, &r
		}
	}
	return a, nil
}

func appendNewTerms(list, add []string) []string {
	for _, t := range add {
		if !slices.Contains(list, t) {
			list = append(list, t)
		}
	}
	return list
}

// parseTopicList reads the value of a topic option: topics and keywords
// separated by commas (commas inside quotes belong to the keyword).
// "all" (include) and "none" (exclude) alone give an empty list.
func parseTopicList(key, value string, exclude bool) ([]string, *CommandReply) {
	items, err := splitOutsideQuotes(value, ',')
	example := "`" + key + "security,infrastructure`"
	if err != nil {
		v, _ := fit(value, 60)
		r := textReply(fmt.Sprintf("`%s%s`: %s. Nothing was changed. For example %s or `%s\"rare earths\"`.", key, v, err, example, key))
		return nil, &r
	}
	items = slices.DeleteFunc(items, func(s string) bool { return strings.TrimSpace(s) == "" })
	if len(items) == 0 {
		r := textReply(fmt.Sprintf("`%s` needs a topic after the colon, for example %s. Nothing was changed. `/readout topics` lists the topics.", key, example))
		return nil, &r
	}
	clear := allTopics
	if exclude {
		clear = noTopics
	}
	if len(items) == 1 && slices.Contains(clear, strings.ToLower(strings.TrimSpace(items[0]))) {
		return []string{}, nil
	}
	var out []string
	for _, it := range items {
		// Slack sends &, < and > as entities.
		it = unescape(it)
		t, err := topics.Resolve(it)
		if err != nil {
			r := textReply(topicErrorText(key, it, err))
			return nil, &r
		}
		out = append(out, t.String())
	}
	return out, nil
}

// topicErrorText explains a topic that does not resolve.
func topicErrorText(key, item string, err error) string {
	w, _ := fit(strings.TrimSpace(item), 60)
	var ue *topics.UnknownError
	if errors.As(err, &ue) {
		s := fmt.Sprintf("I don't know the topic “%s”. Did you mean *%s*", w, ue.Suggestion)
		if ue.Suggestion != ue.Topic {
			s += " (" + ue.Topic + ")"
		}
		return s + "? Nothing was changed.\n`/readout topics` lists the topics; to look for the word itself, quote it: `" + key + "\"" + w + "\"`."
	}
	msg, _ := fit(err.Error(), 120)
	return fmt.Sprintf("I can't use the topic “%s”: %s. Nothing was changed.", w, msg)
}

// splitOutsideQuotes splits s at sep where it is not inside straight or
// curly double quotes, keeping the quotes.
func splitOutsideQuotes(s string, sep rune) ([]string, error) {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"' || r == '“' || r == '”':
			quoted = !quoted
			cur.WriteRune(r)
		case r == sep && !quoted:
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	if quoted {
		return nil, errors.New("a quotation mark is not closed")
	}
	return append(out, cur.String()), nil
}

// splitArgs splits a command's text into words at spaces outside double
// quotes, so that `topic:"rare earths"` is one word.
func splitArgs(text string) ([]string, error) {
	var out []string
	var cur strings.Builder
	quoted := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r == '"' || r == '“' || r == '”':
			quoted = !quoted
			cur.WriteRune(r)
		case !quoted && (r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0'):
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	if quoted {
		return nil, errors.New("a quotation mark is not closed")
	}
	flush()
	return out, nil
}

// termLabel is a stored topic or keyword as a reply shows it, escaped.
func termLabel(t string) string {
	l, _ := fit(t, 80)
	return l
}

// describeFilter says what a filter lets through, for a reply or the list:
// "only readouts about *security* or *infrastructure*; none about
// *economy*; also those that only mention it". It is "" for the zero
// filter. them says whether several countries share it.
func describeFilter(f readout.Filter, them bool) string {
	var parts []string
	if len(f.Topics) > 0 {
		parts = append(parts, "only readouts about "+orList(f.Topics))
	}
	if len(f.ExcludeTopics) > 0 {
		none := "none about "
		if len(f.Topics) == 0 {
			none = "no readouts about "
		}
		parts = append(parts, none+orList(f.ExcludeTopics))
	}
	if f.Mentions {
		it := "it"
		if them {
			it = "them"
		}
		parts = append(parts, "also readouts that only mention "+it)
	}
	return strings.Join(parts, "; ")
}

// orList joins terms as "*a*, *b* or *c*".
func orList(terms []string) string {
	ls := make([]string, len(terms))
	for i, t := range terms {
		ls[i] = "*" + termLabel(t) + "*"
	}
	if len(ls) == 1 {
		return ls[0]
	}
	return strings.Join(ls[:len(ls)-1], ", ") + " or " + ls[len(ls)-1]
}

// subscribeFiltered answers `/readout subscribe …` given filter options:
// each country named gets its Slack filter changed by them (a country not
// yet subscribed starts from none), all in one store call.
func (c *Commands) subscribeFiltered(ctx context.Context, req Request, ch subscriptions.Channel, codes []string, a filterArgs) CommandReply {
	configFilters, slackFilters := ch.Filters()
	filters := make(map[string]readout.Filter, len(codes))
	type group struct {
		verb  string // "added", "changed", "same"
		f     readout.Filter
		codes []string
	}
	var groups []*group
	for _, code := range codes {
		old := slackFilters[code]
		f := a.apply(old)
		for _, t := range f.Topics {
			if slices.Contains(f.ExcludeTopics, t) {
				return textReply(fmt.Sprintf("For %s, *%s* would be both asked for (`topic:`) and excluded (`-topic:`). "+
					"Nothing was changed; name it in only one of them.", countryLabel(code), termLabel(t)))
			}
		}
		filters[code] = f
		verb := "same"
		switch {
		case !slices.Contains(ch.SlackCountries, code):
			verb = "added"
		case !f.Equal(old):
			verb = "changed"
		}
		i := slices.IndexFunc(groups, func(g *group) bool { return g.verb == verb && g.f.Equal(f) })
		if i < 0 {
			groups = append(groups, &group{verb: verb, f: f})
			i = len(groups) - 1
		}
		groups[i].codes = append(groups[i].codes, code)
	}
	if err := c.Store.SubscribeFiltered(req.ChannelID, filters); err != nil {
		return c.failed(ctx, req, "subscribe", err)
	}
	c.logger().InfoContext(ctx, "subscriptions changed", "command", "subscribe", "channel", req.ChannelID,
		"user", req.UserID, "countries", codes, "filters", filters)
	user := "Someone"
	if isSlackID(req.UserID) {
		user = "<@" + req.UserID + ">"
	}
	var lines []string
	changed := false
	for _, g := range groups {
		desc := describeFilter(g.f, len(g.codes) > 1)
		switch g.verb {
		case "added":
			changed = true
			line := fmt.Sprintf("%s subscribed this channel to %s: new readouts on them will be posted here", user, labels(g.codes))
			if desc != "" {
				line += ", " + desc
			}
			lines = append(lines, line+".")
		case "changed":
			changed = true
			if desc == "" {
				desc = "every readout again (no filter)"
			}
			lines = append(lines, fmt.Sprintf("%s changed what this channel gets on %s: %s.", user, labels(g.codes), desc))
		default:
			if desc == "" {
				desc = "every readout (no filter)"
			}
			lines = append(lines, fmt.Sprintf("Nothing to change: this channel already gets %s on %s.", desc, labels(g.codes)))
		}
	}
	for _, code := range codes {
		if !slices.Contains(ch.ConfigCountries, code) {
			continue
		}
		desc := describeFilter(configFilters[code], false)
		if desc == "" {
			desc = "every readout"
		}
		lines = append(lines, fmt.Sprintf("%s is also set in readout's configuration file (%s): this channel gets a readout when either setting takes it.",
			countryLabel(code), desc))
	}
	lines = append(lines, c.joinNote(ctx, req)...)
	md := strings.Join(lines, "\n")
	return CommandReply{Text: plainOf(md), Blocks: sectionBlocks(md), InChannel: changed}
}

// topicsReply answers `/readout topics`: the built-in topics with their
// other names, and how to filter by them.
func topicsReply() CommandReply {
	lines := []string{"*Topics for `/readout subscribe … topic:…`* (a name or any of its other names):"}
	for _, name := range topics.Names() {
		line := "• *" + name + "*"
		if al := topics.Aliases(name); len(al) > 0 {
			if len(al) > 4 {
				al = al[:4]
			}
			line += " (also " + strings.Join(al, ", ") + ")"
		}
		lines = append(lines, line)
	}
	lines = append(lines, "",
		"Any other word or phrase, in quotes, is looked for as it is: `topic:\"rare earths\"`. "+
			"Terms match whole words in a readout's title, headings and text.",
		"`/readout subscribe cambodia topic:security,infrastructure -topic:trade mentions`: only Cambodia's readouts "+
			"about security or infrastructure, none about trade, and also those that only mention Cambodia. "+
			"`topic:all`, `-topic:none` and `no-mentions` undo each part.")
	return textReply(strings.Join(lines, "\n"))
}

// strayTopic answers a subscribe whose country words include a topic's
// name that is no country ("topic:security infrastructure", with a space
// where a comma belongs); ok is false when there is none.
func strayTopic(words []string) (CommandReply, bool) {
	for _, w := range words {
		w = strings.Trim(w, ",")
		if _, ok := country.Lookup(w); ok {
			continue
		}
		if t, err := topics.Resolve(w); err == nil && t.Topic != "" {
			ww, _ := fit(w, 60)
			return textReply(fmt.Sprintf("“%s” is a topic, not a country: put it after `topic:` with a comma and no space, "+
				"for example `topic:security,%s`. Nothing was changed.", ww, ww)), true
		}
	}
	return CommandReply{}, false
}
