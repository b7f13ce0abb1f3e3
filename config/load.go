package config

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
)

// Environment variables read by Load.
const (
	EnvDataDir            = "READOUT_DATA_DIR"
	EnvHTTPAddr           = "READOUT_HTTP_ADDR"
	EnvLogLevel           = "READOUT_LOG_LEVEL"
	EnvSlackAPIURL        = "SLACK_API_URL"
	EnvSlackBotToken      = "SLACK_BOT_TOKEN"
	EnvSlackAppToken      = "SLACK_APP_TOKEN"
	EnvSlackSigningSecret = "SLACK_SIGNING_SECRET"
	// FileSuffix turns a secret's variable into one naming a file that holds
	// the secret, e.g. SLACK_BOT_TOKEN_FILE.
	FileSuffix = "_FILE"
)

// Load builds the configuration: [Default], then the YAML file at path (when
// path is not ""), then the environment read through getenv (nil reads
// nothing), then normalization (country codes upper-cased, slack_api_url
// ending in "/") and [Config.Validate].
//
// An empty variable counts as unset. A relative READOUT_DATA_DIR or data_dir
// is relative to the working directory.
//
// Problems with the file or the environment are returned together as a
// *ValidationError, in file order; a file that cannot be read is returned as
// a wrapped I/O error. On error the Config is the zero value. No error ever
// contains a secret.
func Load(path string, getenv func(string) string) (Config, error) {
	var data []byte
	if path != "" {
		var err error
		data, err = os.ReadFile(path)
		if err != nil {
			return Config{}, fmt.Errorf("config: read file: %w", err)
		}
	}
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	return build(data, getenv)
}

// Parse builds the configuration from [Default] and the YAML read from r,
// ignoring the environment, then normalizes and validates it like [Load].
// It is meant for `readout config check` and tests; the daemon uses Load.
func Parse(r io.Reader) (Config, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Config{}, fmt.Errorf("config: read: %w", err)
	}
	return build(data, func(string) string { return "" })
}

// build runs defaults -> file -> environment -> normalize -> validate and
// merges all problems into one error.
func build(data []byte, getenv func(string) string) (Config, error) {
	c := Default()
	d := newDecoder()
	d.decodeFile(data, &c)
	fromEnv, envProblems := c.applyEnv(getenv)
	c.normalize()

	problems := d.problems
	for _, p := range c.problems() {
		if name, ok := fromEnv[p.Key]; ok {
			p.Key = name
			problems = append(problems, p)
			continue
		}
		if p, ok := d.locate(p); ok {
			problems = append(problems, p)
		}
	}
	problems = append(problems, envProblems...)
	if len(problems) > 0 {
		// File order; problems without a line (environment, cross-checks)
		// last, each group in the order found.
		slices.SortStableFunc(problems, func(a, b Problem) int {
			return cmp.Compare(sortLine(a), sortLine(b))
		})
		return Config{}, &ValidationError{Problems: problems}
	}
	return c, nil
}

func sortLine(p Problem) int {
	if p.Line <= 0 {
		return int(^uint(0) >> 1)
	}
	return p.Line
}

// applyEnv overrides c with the environment. It returns, for each key whose
// value came from the environment, the variable's name (so that later
// problems name the variable, not the key), and the problems found reading
// the variables themselves.
func (c *Config) applyEnv(getenv func(string) string) (map[string]string, []Problem) {
	from := make(map[string]string)
	var problems []Problem
	plain := []struct {
		name, key string
		set       func(string) string // returns a problem, or ""
	}{
		{EnvDataDir, "data_dir", func(v string) string { c.DataDir = v; return "" }},
		{EnvHTTPAddr, "http_addr", func(v string) string { c.HTTPAddr = v; return "" }},
		{EnvLogLevel, "log_level", func(v string) string {
			l, ok := parseLevel(v)
			if !ok {
				return fmt.Sprintf("must be one of debug, info, warn, error, got %q", v)
			}
			c.LogLevel = l
			return ""
		}},
		{EnvSlackAPIURL, "slack_api_url", func(v string) string { c.SlackAPIURL = v; return "" }},
	}
	for _, e := range plain {
		v := getenv(e.name)
		if v == "" {
			continue
		}
		if msg := e.set(v); msg != "" {
			problems = append(problems, Problem{Key: e.name, Message: msg})
			continue
		}
		from[e.key] = e.name
	}

	secrets := []struct {
		name string
		dst  *Secret
	}{
		{EnvSlackBotToken, &c.SlackBotToken},
		{EnvSlackAppToken, &c.SlackAppToken},
		{EnvSlackSigningSecret, &c.SlackSigningSecret},
	}
	for _, s := range secrets {
		fileVar := s.name + FileSuffix
		v, path := getenv(s.name), getenv(fileVar)
		switch {
		case v != "" && path != "":
			problems = append(problems, Problem{Key: s.name,
				Message: fmt.Sprintf("both %s and %s are set; set only one", s.name, fileVar)})
		case v != "":
			*s.dst = Secret(v)
		case path != "":
			b, err := os.ReadFile(path)
			if err != nil {
				// *fs.PathError names the operation and path, never content.
				problems = append(problems, Problem{Key: fileVar, Message: err.Error()})
				continue
			}
			val := strings.TrimRight(string(b), "\r\n")
			if val == "" {
				problems = append(problems, Problem{Key: fileVar,
					Message: fmt.Sprintf("file %s is empty", path)})
				continue
			}
			*s.dst = Secret(val)
			from[s.name] = fileVar
		}
	}
	return from, problems
}

// normalize applies the canonical forms Validate expects.
func (c *Config) normalize() {
	for i := range c.Feeds {
		c.Feeds[i].Country = strings.ToUpper(c.Feeds[i].Country)
	}
	for i := range c.Subscriptions {
		for j, cc := range c.Subscriptions[i].Countries {
			c.Subscriptions[i].Countries[j] = strings.ToUpper(cc)
		}
	}
	if c.SlackAPIURL != "" && !strings.HasSuffix(c.SlackAPIURL, "/") {
		c.SlackAPIURL += "/"
	}
	// Validate reports a timezone that does not load.
	c.Reminders.Location, _ = loadLocation(c.Reminders.Timezone)
	nilEmptySlices(reflect.ValueOf(c).Elem())
}

// nilEmptySlices makes every empty list in v nil: "feeds: []" in the file
// means the same as no feeds.
func nilEmptySlices(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				nilEmptySlices(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.SetZero()
		}
		for i := range v.Len() {
			nilEmptySlices(v.Index(i))
		}
	}
}
