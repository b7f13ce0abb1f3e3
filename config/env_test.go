package config_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout-bot/readout/config"
)

const fileWithEverything = `data_dir: ./from-file
http_addr: 127.0.0.1:7000
log_level: error
slack_api_url: https://file.example.org/api/
`

func TestLoadEnvPrecedence(t *testing.T) {
	path := writeFile(t, "readout.yaml", fileWithEverything)
	tests := []struct {
		name string
		env  map[string]string
		want func(c config.Config) (got, want string)
	}{
		{"file value without env", nil,
			func(c config.Config) (string, string) { return c.DataDir, "./from-file" }},
		{"READOUT_DATA_DIR wins, relative stays relative", map[string]string{"READOUT_DATA_DIR": "state"},
			func(c config.Config) (string, string) { return c.DBPath(), filepath.Join("state", "readout.db") }},
		{"READOUT_HTTP_ADDR wins", map[string]string{"READOUT_HTTP_ADDR": "0.0.0.0:8081"},
			func(c config.Config) (string, string) { return c.HTTPAddr, "0.0.0.0:8081" }},
		{"READOUT_LOG_LEVEL wins", map[string]string{"READOUT_LOG_LEVEL": "DEBUG"},
			func(c config.Config) (string, string) { return c.LogLevel.String(), slog.LevelDebug.String() }},
		{"SLACK_API_URL wins and is normalized", map[string]string{"SLACK_API_URL": "http://127.0.0.1:4390/api"},
			func(c config.Config) (string, string) { return c.SlackAPIURL, "http://127.0.0.1:4390/api/" }},
		{"empty variable counts as unset", map[string]string{"READOUT_HTTP_ADDR": ""},
			func(c config.Config) (string, string) { return c.HTTPAddr, "127.0.0.1:7000" }},
		{"bot token from env", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1-env", "SLACK_APP_TOKEN": "xapp-1-env"},
			func(c config.Config) (string, string) { return c.SlackBotToken.Reveal(), "xoxb-1-env" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Load(path, env(tt.env))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got, want := tt.want(c); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestLoadSecretFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bot := write("bot", "xoxb-111-222-abc\n")
	app := write("app", "xapp-1-A1-333-def\r\n")
	signing := write("signing", "8f742231b10e8888abcd99yyyzzz85a5")

	c, err := config.Load("", env(map[string]string{
		"SLACK_BOT_TOKEN_FILE":      bot,
		"SLACK_APP_TOKEN_FILE":      app,
		"SLACK_SIGNING_SECRET_FILE": signing,
	}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for _, tt := range []struct {
		name      string
		got, want string
	}{
		{"bot token, trailing LF trimmed", c.SlackBotToken.Reveal(), "xoxb-111-222-abc"},
		{"app token, trailing CRLF trimmed", c.SlackAppToken.Reveal(), "xapp-1-A1-333-def"},
		{"signing secret, no newline", c.SlackSigningSecret.Reveal(), "8f742231b10e8888abcd99yyyzzz85a5"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if !c.SlackEnabled() {
		t.Error("SlackEnabled() = false with a bot token")
	}
}

func TestLoadEnvProblems(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	wrongKind := filepath.Join(dir, "user-token")
	if err := os.WriteFile(wrongKind, []byte("xoxp-9-user-token-value\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no-such-file")
	const fileLine = "http_addr: 127.0.0.1:7000\n"

	tests := []struct {
		name string
		env  map[string]string
		want []string // Error() lines
	}{
		{"bad level names the variable",
			map[string]string{"READOUT_LOG_LEVEL": "loud"},
			[]string{`config: READOUT_LOG_LEVEL: must be one of debug, info, warn, error, got "loud"`}},
		{"bad address names the variable, not the file's line",
			map[string]string{"READOUT_HTTP_ADDR": "8080"},
			[]string{`config: READOUT_HTTP_ADDR: must be host:port such as 127.0.0.1:8080 or :8080, got "8080"`}},
		{"bad API URL names the variable",
			map[string]string{"SLACK_API_URL": "ftp://slack.example.org/"},
			[]string{`config: SLACK_API_URL: must be an absolute http or https URL, got "ftp://slack.example.org/"`}},
		{"variable and file both set",
			map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_BOT_TOKEN_FILE": empty, "SLACK_APP_TOKEN": "xapp-1"},
			[]string{"config: SLACK_BOT_TOKEN: both SLACK_BOT_TOKEN and SLACK_BOT_TOKEN_FILE are set; set only one"}},
		{"unreadable file names variable and path",
			map[string]string{"SLACK_SIGNING_SECRET_FILE": missing},
			[]string{"config: SLACK_SIGNING_SECRET_FILE: open " + missing + ": no such file or directory"}},
		{"empty file",
			map[string]string{"SLACK_APP_TOKEN_FILE": empty},
			[]string{"config: SLACK_APP_TOKEN_FILE: file " + empty + " is empty"}},
		{"wrong kind of token from a file names the _FILE variable",
			map[string]string{"SLACK_BOT_TOKEN_FILE": wrongKind, "SLACK_APP_TOKEN": "xapp-1"},
			[]string{`config: SLACK_BOT_TOKEN_FILE: must start with "xoxb-"`}},
		{"token with inner whitespace",
			map[string]string{"SLACK_BOT_TOKEN": "xoxb-1 2", "SLACK_APP_TOKEN": "xapp-1"},
			[]string{"config: SLACK_BOT_TOKEN: must not contain whitespace"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "readout.yaml", fileLine)
			_, err := config.Load(path, env(tt.env))
			if err == nil {
				t.Fatalf("Load succeeded, want %q", tt.want)
			}
			problems(t, err)
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

// TestLoadProblemOrder checks that file problems come in file order and
// environment problems after them.
func TestLoadProblemOrder(t *testing.T) {
	path := writeFile(t, "readout.yaml", "log_format: xml\ndata_dir: \"\"\nslack_mode: rtm\n")
	_, err := config.Load(path, env(map[string]string{"READOUT_LOG_LEVEL": "loud"}))
	var keys []string
	for _, p := range problems(t, err) {
		keys = append(keys, p.Key)
	}
	got, want := strings.Join(keys, " "), "log_format data_dir slack_mode READOUT_LOG_LEVEL"
	if got != want {
		t.Errorf("got order %q, want %q", got, want)
	}
}

func TestHTTPModeNeedsSigningSecret(t *testing.T) {
	path := writeFile(t, "readout.yaml", "slack_mode: http\n")
	_, err := config.Load(path, env(map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}))
	ps := problems(t, err)
	if len(ps) != 1 || ps[0].Key != "SLACK_SIGNING_SECRET" {
		t.Fatalf("got %v, want one problem for SLACK_SIGNING_SECRET", err)
	}
	_, err = config.Load(path, env(map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "abc123"}))
	if err != nil {
		t.Errorf("with a signing secret: got %v, want nil", err)
	}
}
