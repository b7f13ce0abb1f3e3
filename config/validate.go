package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/robfig/cron/v3"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/digest"
	"github.com/readout-bot/readout/listing"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/topics"
)

// Problem is one thing wrong with a configuration.
type Problem struct {
	// Key is the offending key as a path ("feeds[1].url",
	// "reminders.offsets_days[0]") or, for a value taken from the
	// environment, the variable's name ("READOUT_HTTP_ADDR"). It is empty
	// for problems with the file as a whole, such as a YAML syntax error.
	Key string
	// Message says what is wrong. It never contains a secret's value.
	Message string
	// Line is the line of the file where Key is set, or 0 when unknown or
	// not from the file.
	Line int
}

// String formats the problem as one line, e.g.
// `config: feeds[1].url: must be an http or https URL (line 7)`.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString("config: ")
	if p.Key != "" {
		b.WriteString(p.Key)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Line > 0 {
		fmt.Fprintf(&b, " (line %d)", p.Line)
	}
	return b.String()
}

// ValidationError lists every problem found in a configuration, in file
// order, then problems with no line (environment variables, cross-checks).
type ValidationError struct {
	Problems []Problem
}

// Error formats one line per problem.
func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// cronParser accepts the five-field specs and the @descriptors
// ("@hourly", "@every 5m") that the daemon's scheduler accepts.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

var (
	feedIDRe   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	channelRe  = regexp.MustCompile(`^[CGD][A-Z0-9]{2,}$`)
	userRe     = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	countryRe  = regexp.MustCompile(`^[A-Z]{2}$`)
	languageRe = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

// Validate checks every field and returns a *ValidationError listing every
// problem, or nil. It does not know the built-in feed catalog: references to
// feed ids that the file does not define are checked by
// [Config.ResolveFeeds].
func (c Config) Validate() error {
	if ps := c.problems(); len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

// problems lists what is wrong with c, in the order of the file's keys in
// [Example].
func (c Config) problems() []Problem {
	var v validator
	if strings.TrimSpace(c.DataDir) == "" {
		v.add("data_dir", "must not be empty")
	} else if strings.ContainsRune(c.DataDir, 0) {
		v.add("data_dir", "must not contain a NUL byte")
	}
	v.spec("poll_schedule", c.PollSchedule)
	if c.PostLatestOnFirstPoll < 0 {
		v.addf("post_latest_on_first_poll", "must be 0 or more, got %d", c.PostLatestOnFirstPoll)
	}
	v.feeds(c.Feeds)
	v.subscriptions(c.Subscriptions)

	if msg := checkHostPort(c.HTTPAddr); msg != "" {
		v.add("http_addr", msg)
	}
	switch c.LogLevel.Level() {
	case slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError:
	default:
		v.addf("log_level", "must be one of debug, info, warn, error, got %s", c.LogLevel)
	}
	switch c.LogFormat {
	case LogFormatAuto, LogFormatText, LogFormatJSON:
	default:
		v.addf("log_format", "must be one of auto, text, json, got %q", c.LogFormat)
	}

	if msg := checkHTTPURL(c.SlackAPIURL); msg != "" {
		v.add("slack_api_url", msg)
	}
	switch c.SlackMode {
	case SlackModeSocket, SlackModeHTTP:
	default:
		v.addf("slack_mode", "must be socket or http, got %q", c.SlackMode)
	}
	for i, u := range c.Admins {
		if !userRe.MatchString(u) {
			v.addf(fmt.Sprintf("admins[%d]", i), "must be a Slack user ID such as U0123456789, got %q", u)
		}
	}
	if c.AdminChannel != "" && !channelRe.MatchString(c.AdminChannel) {
		v.addf("admin_channel", "must be a Slack channel ID such as C0123456789, got %q", c.AdminChannel)
	}
	if c.FeedFailureAlertAfter < 0 {
		v.addf("feed_failure_alert_after", "must be 0 (never) or more, got %d", c.FeedFailureAlertAfter)
	}

	if strings.IndexFunc(c.UserAgent, unicode.IsControl) >= 0 {
		v.add("user_agent", "must not contain control characters")
	}
	if c.MaxFeedBytes <= 0 {
		v.addf("max_feed_bytes", "must be positive, got %d", c.MaxFeedBytes)
	}
	if c.FetchTimeout <= 0 {
		v.addf("fetch_timeout", "must be positive, got %s", c.FetchTimeout)
	}
	if c.HostInterval <= 0 {
		v.addf("host_interval", "must be positive, got %s", c.HostInterval)
	}

	if c.Delivery.RetryInitial <= 0 {
		v.addf("delivery.retry_initial", "must be positive, got %s", c.Delivery.RetryInitial)
	}
	if c.Delivery.RetryMax < c.Delivery.RetryInitial {
		v.addf("delivery.retry_max", "must be at least retry_initial (%s), got %s", c.Delivery.RetryInitial, c.Delivery.RetryMax)
	}
	if c.Delivery.PerChannelBurst < 1 {
		v.addf("delivery.per_channel_burst", "must be 1 or more, got %d", c.Delivery.PerChannelBurst)
	}
	if c.Delivery.MaxConcurrent < 1 {
		v.addf("delivery.max_concurrent", "must be 1 or more, got %d", c.Delivery.MaxConcurrent)
	}
	v.spec("reminders.schedule", c.Reminders.Schedule)
	if _, err := loadLocation(c.Reminders.Timezone); err != nil {
		v.add("reminders.timezone", err.Error())
	}
	seen := make(map[int]int)
	for i, d := range c.Reminders.OffsetsDays {
		key := fmt.Sprintf("reminders.offsets_days[%d]", i)
		if d < 0 {
			v.addf(key, "must be 0 or more, got %d", d)
		} else if j, dup := seen[d]; dup {
			v.addf(key, "duplicate offset %d, also at offsets_days[%d]", d, j)
		} else {
			seen[d] = i
		}
	}

	v.secret("SLACK_BOT_TOKEN", c.SlackBotToken, "xoxb-")
	v.secret("SLACK_APP_TOKEN", c.SlackAppToken, "xapp-")
	v.secret("SLACK_SIGNING_SECRET", c.SlackSigningSecret, "")
	// A bot token alone is valid in socket mode (the default): the daemon
	// posts but answers no commands until SLACK_APP_TOKEN is set, and says
	// so when it starts. Choosing http mode without a signing secret is a
	// mistake: requests could not be verified.
	if c.SlackBotToken != "" && c.SlackMode == SlackModeHTTP && c.SlackSigningSecret == "" {
		v.add("SLACK_SIGNING_SECRET", "must be set when SLACK_BOT_TOKEN is set and slack_mode is http")
	}
	return v.problems
}

// validator collects problems.
type validator struct {
	problems []Problem
}

func (v *validator) add(key, msg string) {
	v.problems = append(v.problems, Problem{Key: key, Message: msg})
}

func (v *validator) addf(key, format string, args ...any) {
	v.add(key, fmt.Sprintf(format, args...))
}

func (v *validator) spec(key, spec string) {
	if msg := checkSpec(spec); msg != "" {
		v.add(key, msg)
	}
}

// secret checks a token's shape. Its messages never include the value.
func (v *validator) secret(key string, s Secret, prefix string) {
	if s == "" {
		return
	}
	if strings.IndexFunc(string(s), unicode.IsSpace) >= 0 {
		v.add(key, "must not contain whitespace")
	}
	if prefix != "" && !strings.HasPrefix(string(s), prefix) {
		v.addf(key, "must start with %q", prefix)
	}
}

func (v *validator) feeds(feeds []Feed) {
	ids := make(map[string]int)
	for i, f := range feeds {
		key := func(field string) string { return fmt.Sprintf("feeds[%d].%s", i, field) }
		switch {
		case f.ID == "":
			v.add(key("id"), "must not be empty")
		case !feedIDRe.MatchString(f.ID):
			v.addf(key("id"), "must be lower-case letters, digits, '.', '-' or '_', got %q", f.ID)
		default:
			if j, dup := ids[f.ID]; dup {
				v.addf(key("id"), "duplicate id %q, also feeds[%d]", f.ID, j)
			} else {
				ids[f.ID] = i
			}
		}
		if f.URL != "" {
			if msg := checkHTTPURL(f.URL); msg != "" {
				v.add(key("url"), msg)
			}
			if !languageRe.MatchString(f.Language) {
				v.addf(key("language"), "must be a language tag such as en or pt-BR, got %q", f.Language)
			}
		} else if f.Publisher != "" || f.Country != "" || f.Language != "" {
			v.add(key("url"), "is required when publisher, country or language is set "+
				"(an entry without url only adjusts a built-in feed's enabled, schedule or fetch_article)")
		}
		switch {
		case f.Country == "" || sideCode(f.Country):
		case !countryRe.MatchString(f.Country):
			v.addf(key("country"), "must be a two-letter ISO 3166-1 code such as JP, or an organisation's such as EU, got %q", f.Country)
		default:
			v.addf(key("country"), "unknown country code %q (ISO 3166-1 alpha-2, such as JP, or an organisation's such as EU)", f.Country)
		}
		if f.Schedule != "" {
			v.spec(key("schedule"), f.Schedule)
		}
		v.listing(key, f)
	}
}

// listing checks a feed's kind and a listing's selectors.
func (v *validator) listing(key func(string) string, f Feed) {
	switch f.Kind {
	case "", readout.KindFeed:
		if f.Listing != nil {
			v.add(key("listing"), `is only read when kind is "listing"`)
		}
	case readout.KindListing:
		if f.Listing == nil {
			v.add(key("listing"), "is required for a listing: item, and optionally title, link, date and date_layout (`readout feeds add URL` proposes them)")
		} else if err := listing.Validate(*f.Listing); err != nil {
			v.add(key("listing"), strings.TrimPrefix(err.Error(), "listing: "))
		}
	default:
		v.addf(key("kind"), `must be "feed" or "listing", got %q`, f.Kind)
	}
}

func (v *validator) subscriptions(subs []Subscription) {
	channels := make(map[string]int)
	for i, s := range subs {
		key := func(field string) string { return fmt.Sprintf("subscriptions[%d].%s", i, field) }
		switch {
		case !channelRe.MatchString(s.Channel):
			v.addf(key("channel"), "must be a Slack channel ID such as C0123456789, got %q", s.Channel)
		default:
			if j, dup := channels[s.Channel]; dup {
				v.addf(key("channel"), "duplicate channel %s, also subscriptions[%d]", s.Channel, j)
			} else {
				channels[s.Channel] = i
			}
		}
		if len(s.Countries) == 0 && len(s.Feeds) == 0 {
			v.addf(fmt.Sprintf("subscriptions[%d]", i), "needs countries or feeds")
		}
		for j, c := range s.Countries {
			key := fmt.Sprintf("subscriptions[%d].countries[%d]", i, j)
			switch {
			case sideCode(c):
			case !countryRe.MatchString(c):
				v.addf(key, "must be a two-letter ISO 3166-1 code such as KH, or an organisation's such as EU, got %q", c)
			default:
				v.addf(key, "unknown country code %q (ISO 3166-1 alpha-2, such as KH, or an organisation's such as EU)", c)
			}
		}
		for j, id := range s.Feeds {
			if !feedIDRe.MatchString(id) {
				v.addf(fmt.Sprintf("subscriptions[%d].feeds[%d]", i, j), "must be a feed id, got %q", id)
			}
		}
		if s.Timezone != "" {
			if _, err := time.LoadLocation(s.Timezone); err != nil {
				v.addf(key("timezone"), "unknown timezone %q", s.Timezone)
			}
		}
		v.topics(key("topics"), s.Topics)
		v.topics(key("exclude_topics"), s.ExcludeTopics)
		if s.Mentions && len(s.Countries) == 0 {
			v.add(key("mentions"), "applies to countries, and this subscription has none")
		}
		v.digest(key("digest"), s)
	}
}

// digest checks a subscription's digest schedule.
func (v *validator) digest(key string, s Subscription) {
	if strings.TrimSpace(s.Digest) == "" {
		return
	}
	_, err := s.DigestSchedule()
	switch {
	case errors.Is(err, digest.ErrUsage):
		v.add(key, strings.TrimPrefix(err.Error(), digest.ErrUsage.Error()+": "))
	case err != nil && s.Timezone == "":
		v.add(key, err.Error())
	}
	// An unknown timezone is reported under its own key.
}

// topics checks a list of topics and keywords (see package topics).
func (v *validator) topics(key string, list []string) {
	for j, s := range list {
		if _, err := topics.Resolve(s); err != nil {
			var ue *topics.UnknownError
			msg := err.Error()
			if errors.As(err, &ue) {
				msg += ` (to look for the word itself, quote it inside the YAML string: '"` + ue.Name + `"')`
			}
			v.add(fmt.Sprintf("%s[%d]", key, j), msg)
		}
	}
}

// checkSpec returns what is wrong with a cron spec, or "".
func checkSpec(spec string) (msg string) {
	if strings.TrimSpace(spec) == "" {
		return "must be a cron spec such as \"@every 5m\" or \"*/10 * * * *\", got \"\""
	}
	defer func() {
		// robfig/cron v3.0.1 panics on some malformed TZ= prefixes.
		if r := recover(); r != nil {
			msg = fmt.Sprintf("invalid cron spec %q", spec)
		}
	}()
	sched, err := cronParser.Parse(spec)
	if err != nil {
		return fmt.Sprintf("invalid cron spec %q: %v", spec, err)
	}
	body := spec
	for strings.HasPrefix(body, "TZ=") || strings.HasPrefix(body, "CRON_TZ=") {
		_, body, _ = strings.Cut(body, " ")
		body = strings.TrimSpace(body)
	}
	if msg := checkSteps(body); msg != "" {
		return fmt.Sprintf("invalid cron spec %q: %s", spec, msg)
	}
	if rest, ok := strings.CutPrefix(body, "@every "); ok {
		// robfig/cron silently raises anything under 1s (even negative) to 1s.
		if d, err := time.ParseDuration(strings.TrimSpace(rest)); err == nil && d < time.Second {
			return fmt.Sprintf("invalid cron spec %q: @every needs a duration of at least 1s", spec)
		}
	}
	// A spec such as "0 0 30 2 *" (30 February) parses but never fires.
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if sched.Next(start).IsZero() {
		return fmt.Sprintf("cron spec %q never fires", spec)
	}
	return ""
}

// cronFields are the five fields of a cron spec: their names and ranges.
var cronFields = [...]struct {
	name     string
	min, max int
}{{"minute", 0, 59}, {"hour", 0, 23}, {"day of month", 1, 31}, {"month", 1, 12}, {"day of week", 0, 6}}

// checkSteps returns what is wrong with the steps of a five-field spec, or
// "". robfig/cron accepts a step larger than its field's range ("*/61" in
// the minute field) and then fires at the range's start only, which is
// never what the spec meant.
func checkSteps(spec string) string {
	fields := strings.Fields(spec)
	if len(fields) != len(cronFields) {
		return "" // a descriptor such as @hourly
	}
	for i, f := range fields {
		for _, part := range strings.Split(f, ",") {
			rng, step, ok := strings.Cut(part, "/")
			if !ok {
				continue
			}
			n, err := strconv.Atoi(step)
			if err != nil {
				continue // the parser has refused it already
			}
			lo, hi := cronFields[i].min, cronFields[i].max
			if a, b, ok := strings.Cut(rng, "-"); ok {
				lo, _ = strconv.Atoi(a)
				hi, _ = strconv.Atoi(b)
			} else if rng != "*" && rng != "?" {
				lo, _ = strconv.Atoi(rng)
			}
			if n > hi-lo {
				return fmt.Sprintf("the %s step /%d is larger than its range %d-%d allows, so it would fire only at %d",
					cronFields[i].name, n, lo, hi, lo)
			}
		}
	}
	return ""
}

// loadLocation loads an IANA timezone, refusing "" (which Go reads as UTC).
func loadLocation(name string) (*time.Location, error) {
	if strings.TrimSpace(name) == "" {
		return nil, errors.New("must be an IANA timezone name such as UTC or Asia/Tokyo")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("unknown timezone %q", name)
	}
	return loc, nil
}

// checkHTTPURL returns what is wrong with an absolute http(s) URL, or "".
func checkHTTPURL(raw string) string {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		// Not echoed: an unparsable URL might hold credentials.
		return "must be an absolute http or https URL; it does not parse"
	case u.User != nil:
		// Credentials in a URL end up in logs; refuse them, unechoed.
		return "must not contain a user name or password"
	case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return fmt.Sprintf("must be an absolute http or https URL, got %q", raw)
	}
	return ""
}

// checkHostPort returns what is wrong with a listen address, or "".
func checkHostPort(addr string) string {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Sprintf("must be host:port such as 127.0.0.1:8080 or :8080, got %q", addr)
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 0 || n > 65535 {
		return fmt.Sprintf("port must be a number from 0 to 65535, got %q", port)
	}
	return ""
}

// sideCode reports whether code names a side a readout can have: a
// country's ISO code ("KH") or an organisation's ("EU", "UN", "NATO"),
// as readouts of the EU Council and of NATO make them parties.
func sideCode(code string) bool {
	if _, ok := country.ByCode(code); ok {
		return countryRe.MatchString(code)
	}
	o, ok := country.OrgByName(code)
	return ok && o.Code == code
}
