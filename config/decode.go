package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// The file is decoded by walking yaml.v3's node tree against the tables
// below rather than with yaml.Unmarshal and KnownFields(true): the walk
// reports every unknown key, duplicate key and ill-typed value at once, with
// its full key path and line, where KnownFields stops at the first one.

// field is one key of a YAML mapping and how to decode its value.
type field struct {
	key    string
	decode func(d *decoder, path string, n *yaml.Node)
}

// decoder collects the problems of one file and remembers where each key was
// set, so that problems found later by Validate can be given a line.
type decoder struct {
	problems []Problem
	lines    map[string]int  // key path -> line
	bad      map[string]bool // key paths whose value could not be decoded
}

func newDecoder() *decoder {
	return &decoder{lines: make(map[string]int), bad: make(map[string]bool)}
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// decodeFile decodes a YAML document onto c. Problems with the file are
// recorded in d; c keeps its previous value for every key that could not be
// decoded.
func (d *decoder) decodeFile(data []byte, c *Config) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if !errors.Is(err, io.EOF) {
			d.syntax(err)
		}
		return
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		d.syntax(err)
		return
	default:
		d.problems = append(d.problems, Problem{
			Message: "must hold one YAML document; another starts here",
			Line:    next.Line,
		})
		return
	}
	root := resolve(&doc)
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return
		}
		root = resolve(root.Content[0])
	}
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		d.problems = append(d.problems, Problem{Message: "must be a mapping of keys to values", Line: root.Line})
		return
	}
	d.mapping("", root, configFields(c))
}

// syntax records a YAML syntax error, keeping its line.
func (d *decoder) syntax(err error) {
	p := Problem{Message: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLineRe.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Message = "invalid YAML: " + m[2]
	}
	d.problems = append(d.problems, p)
}

// fail records a problem with the value at path.
func (d *decoder) fail(path string, n *yaml.Node, format string, args ...any) {
	d.problems = append(d.problems, Problem{Key: path, Message: fmt.Sprintf(format, args...), Line: n.Line})
	d.bad[path] = true
}

// locate gives a problem found by Validate the line of its key (or of the
// nearest enclosing key set in the file). It reports false for problems at,
// under or above a key whose value could not be decoded: the decoding
// problem was reported already and explains this one.
func (d *decoder) locate(p Problem) (Problem, bool) {
	for k := p.Key; k != ""; k = parentKey(k) {
		if d.bad[k] {
			return p, false
		}
	}
	for k := range d.bad {
		if strings.HasPrefix(k, p.Key+".") || strings.HasPrefix(k, p.Key+"[") {
			return p, false
		}
	}
	for k := p.Key; k != ""; k = parentKey(k) {
		if line, ok := d.lines[k]; ok {
			p.Line = line
			break
		}
	}
	return p, true
}

// parentKey strips the last element of a key path: "feeds[1].url" ->
// "feeds[1]" -> "feeds" -> "".
func parentKey(k string) string {
	i := strings.LastIndexAny(k, ".[")
	if i < 0 {
		return ""
	}
	return k[:i]
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// mapping decodes a mapping node against fields and returns the keys present.
func (d *decoder) mapping(path string, n *yaml.Node, fields []field) map[string]bool {
	present := make(map[string]bool)
	n = resolve(n)
	if isNull(n) {
		return present
	}
	if n.Kind != yaml.MappingNode {
		d.fail(path, n, "must be a mapping of keys to values")
		return present
	}
	first := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		key := joinKey(path, k.Value)
		if k.Kind != yaml.ScalarNode {
			d.fail(joinKey(path, "?"), k, "keys must be plain strings")
			continue
		}
		if line, dup := first[k.Value]; dup {
			d.fail(key, k, "duplicate key, first set on line %d", line)
			continue
		}
		first[k.Value] = k.Line
		d.lines[key] = k.Line
		f, ok := lookupField(fields, k.Value)
		if !ok {
			d.problems = append(d.problems, Problem{Key: key, Message: unknownKey(k.Value, fields), Line: k.Line})
			continue
		}
		present[k.Value] = true
		f.decode(d, key, resolve(v))
	}
	return present
}

func lookupField(fields []field, key string) (field, bool) {
	for _, f := range fields {
		if f.key == key {
			return f, true
		}
	}
	return field{}, false
}

// unknownKey explains an unknown key, suggesting the nearest known one.
func unknownKey(key string, fields []field) string {
	lower := strings.ToLower(key)
	if strings.Contains(lower, "token") || strings.Contains(lower, "secret") {
		return "unknown key; Slack credentials are read only from the environment: " +
			"SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET or the same names with _FILE"
	}
	best, bestDist := "", 3
	for _, f := range fields {
		if dist := editDistance(lower, f.key); dist < bestDist {
			best, bestDist = f.key, dist
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown key (did you mean %q?)", best)
	}
	return "unknown key"
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Scalar decoders. Each leaves its target alone and records a problem when
// the value has the wrong type.

func str(dst *string) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		switch {
		case n.Kind != yaml.ScalarNode:
			d.fail(path, n, "must be a string")
		case isNull(n):
			*dst = ""
		default:
			*dst = n.Value
		}
	}
}

func boolean(dst *bool) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		var b bool
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || n.Decode(&b) != nil {
			d.fail(path, n, "must be true or false%s", got(n))
			return
		}
		*dst = b
	}
}

func integer[T int | int64](dst *T) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		var i T
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || n.Decode(&i) != nil {
			d.fail(path, n, "must be an integer%s", got(n))
			return
		}
		*dst = i
	}
}

func duration(dst *time.Duration) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		if n.Kind == yaml.ScalarNode && !isNull(n) {
			if v, err := time.ParseDuration(n.Value); err == nil {
				*dst = v
				return
			}
		}
		d.fail(path, n, "must be a duration such as \"20s\" or \"1m30s\"%s", got(n))
	}
}

func level(dst *slog.Level) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		if n.Kind == yaml.ScalarNode {
			if l, ok := parseLevel(n.Value); ok {
				*dst = l
				return
			}
		}
		d.fail(path, n, "must be one of debug, info, warn, error%s", got(n))
	}
}

func location(dst **time.Location) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		if n.Kind != yaml.ScalarNode || isNull(n) {
			d.fail(path, n, "must be an IANA timezone name such as UTC or Asia/Tokyo")
			return
		}
		loc, err := time.LoadLocation(n.Value)
		if err != nil || n.Value == "" {
			d.fail(path, n, "unknown timezone %q", n.Value)
			return
		}
		*dst = loc
	}
}

// seq decodes a sequence, calling item for each element with its key path.
func (d *decoder) seq(path string, n *yaml.Node, item func(path string, n *yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(path, n, "must be a list")
		return
	}
	for i, e := range n.Content {
		e = resolve(e)
		key := fmt.Sprintf("%s[%d]", path, i)
		d.lines[key] = e.Line
		item(key, e)
	}
}

func stringList(dst *[]string) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		var out []string
		d.seq(path, n, func(key string, e *yaml.Node) {
			var s string
			str(&s)(d, key, e)
			out = append(out, s)
		})
		if !d.bad[path] {
			*dst = out
		}
	}
}

func intList(dst *[]int) func(*decoder, string, *yaml.Node) {
	return func(d *decoder, path string, n *yaml.Node) {
		var out []int
		d.seq(path, n, func(key string, e *yaml.Node) {
			var i int
			integer(&i)(d, key, e)
			out = append(out, i)
		})
		if !d.bad[path] {
			*dst = out
		}
	}
}

// got describes a scalar value for a type error; other nodes are described
// by kind. Only non-secret keys are decoded, so echoing values is safe.
func got(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return fmt.Sprintf(", got %q", n.Value)
	case yaml.MappingNode:
		return ", got a mapping"
	case yaml.SequenceNode:
		return ", got a list"
	}
	return ""
}

// parseLevel parses one of slog's four level names, in any case.
func parseLevel(s string) (slog.Level, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return slog.LevelDebug, true
	case "info":
		return slog.LevelInfo, true
	case "warn", "warning":
		return slog.LevelWarn, true
	case "error":
		return slog.LevelError, true
	}
	return 0, false
}

// The key tables. Their order is the order of Example and of Validate.

func configFields(c *Config) []field {
	return []field{
		{"data_dir", str(&c.DataDir)},
		{"poll_schedule", str(&c.PollSchedule)},
		{"builtin_feeds", boolean(&c.BuiltinFeeds)},
		{"post_latest_on_first_poll", integer(&c.PostLatestOnFirstPoll)},
		{"feeds", func(d *decoder, path string, n *yaml.Node) {
			var out []Feed
			d.seq(path, n, func(key string, e *yaml.Node) {
				f := Feed{Enabled: true}
				present := d.mapping(key, e, feedFields(&f))
				if f.URL != "" && !present["language"] {
					f.Language = "en"
				}
				out = append(out, f)
			})
			if !d.bad[path] {
				c.Feeds = out
			}
		}},
		{"subscriptions", func(d *decoder, path string, n *yaml.Node) {
			var out []Subscription
			d.seq(path, n, func(key string, e *yaml.Node) {
				var s Subscription
				d.mapping(key, e, subscriptionFields(&s))
				out = append(out, s)
			})
			if !d.bad[path] {
				c.Subscriptions = out
			}
		}},
		{"http_addr", str(&c.HTTPAddr)},
		{"log_level", level(&c.LogLevel)},
		{"log_format", str(&c.LogFormat)},
		{"slack_api_url", str(&c.SlackAPIURL)},
		{"slack_mode", str(&c.SlackMode)},
		{"admins", stringList(&c.Admins)},
		{"admin_channel", str(&c.AdminChannel)},
		{"feed_failure_alert_after", integer(&c.FeedFailureAlertAfter)},
		{"user_agent", str(&c.UserAgent)},
		{"max_feed_bytes", integer(&c.MaxFeedBytes)},
		{"fetch_timeout", duration(&c.FetchTimeout)},
		{"allow_private_addresses", boolean(&c.AllowPrivateAddresses)},
		{"delivery", func(d *decoder, path string, n *yaml.Node) {
			d.mapping(path, n, deliveryFields(&c.Delivery))
		}},
		{"reminders", func(d *decoder, path string, n *yaml.Node) {
			d.mapping(path, n, reminderFields(&c.Reminders))
		}},
	}
}

func feedFields(f *Feed) []field {
	return []field{
		{"id", str(&f.ID)},
		{"url", str(&f.URL)},
		{"publisher", str(&f.Publisher)},
		{"country", str(&f.Country)},
		{"language", str(&f.Language)},
		{"schedule", str(&f.Schedule)},
		{"fetch_article", boolean(&f.FetchArticle)},
		{"enabled", boolean(&f.Enabled)},
	}
}

func subscriptionFields(s *Subscription) []field {
	return []field{
		{"channel", str(&s.Channel)},
		{"countries", stringList(&s.Countries)},
		{"feeds", stringList(&s.Feeds)},
		{"timezone", str(&s.Timezone)},
	}
}

func deliveryFields(dl *Delivery) []field {
	return []field{
		{"per_channel_burst", integer(&dl.PerChannelBurst)},
		{"max_concurrent", integer(&dl.MaxConcurrent)},
		{"retry_initial", duration(&dl.RetryInitial)},
		{"retry_max", duration(&dl.RetryMax)},
	}
}

func reminderFields(r *Reminders) []field {
	return []field{
		{"schedule", str(&r.Schedule)},
		{"timezone", location(&r.Location)},
		{"offsets_days", intList(&r.OffsetsDays)},
		{"every_year", boolean(&r.EveryYear)},
	}
}

// knownKeys lists every key the file accepts as a path, with "[]" for list
// elements ("feeds[].url").
func knownKeys() []string {
	var keys []string
	nested := map[string][]field{
		"feeds":         feedFields(&Feed{}),
		"subscriptions": subscriptionFields(&Subscription{}),
		"delivery":      deliveryFields(&Delivery{}),
		"reminders":     reminderFields(&Reminders{}),
	}
	for _, f := range configFields(&Config{}) {
		keys = append(keys, f.key)
		sep := "."
		if f.key == "feeds" || f.key == "subscriptions" {
			sep = "[]."
		}
		for _, g := range nested[f.key] {
			keys = append(keys, f.key+sep+g.key)
		}
	}
	return keys
}
