package config_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/readout-bot/readout/config"
)

const (
	botToken      = "xoxb-1234567890-0987654321-SeCrEtBoTtOkEnVaLuE"
	appToken      = "xapp-1-A0123456789-1234567890-SeCrEtApPtOkEn"
	signingSecret = "d41d8cd98f00b204e9800998ecf8427e"
)

// secretParts are fragments any leak would contain.
var secretParts = []string{"SeCrEtBoTtOkEnVaLuE", "SeCrEtApPtOkEn", signingSecret}

func assertNoSecret(t *testing.T, what, out string) {
	t.Helper()
	for _, s := range secretParts {
		if strings.Contains(out, s) {
			t.Errorf("%s leaks a secret: %q", what, out)
		}
	}
}

func loadWithSecrets(t *testing.T) config.Config {
	t.Helper()
	c, err := config.Load("", env(map[string]string{
		"SLACK_BOT_TOKEN":      botToken,
		"SLACK_APP_TOKEN":      appToken,
		"SLACK_SIGNING_SECRET": signingSecret,
	}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if c.SlackBotToken.Reveal() != botToken {
		t.Fatalf("Reveal() = %q, want the token", c.SlackBotToken.Reveal())
	}
	return c
}

func TestSecretRedaction(t *testing.T) {
	c := loadWithSecrets(t)
	// Every verb, on the whole Config, a pointer to it, a token and a
	// slice of tokens.
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T"} {
		for name, arg := range map[string]any{
			"Config": c, "*Config": &c, "Secret": c.SlackBotToken, "[]Secret": []config.Secret{c.SlackAppToken},
		} {
			assertNoSecret(t, verb+" of "+name, fmt.Sprintf(verb, arg))
		}
	}
	assertNoSecret(t, "Println", fmt.Sprintln(c.SlackBotToken, c.SlackAppToken, c.SlackSigningSecret))
	if got := fmt.Sprintf("%v", c.SlackBotToken); got != config.Redacted {
		t.Errorf("%%v of a token = %q, want %q", got, config.Redacted)
	}
	if got := fmt.Sprintf("%q", c.SlackBotToken); got != `"[redacted]"` {
		t.Errorf("%%q of a token = %q, want %q", got, `"[redacted]"`)
	}
	if got := fmt.Sprint(config.Secret("")); got != "" {
		t.Errorf("empty Secret prints %q, want \"\"", got)
	}

	j, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	assertNoSecret(t, "json.Marshal", string(j))
	if !strings.Contains(string(j), `"SlackBotToken":"[redacted]"`) {
		t.Errorf("json.Marshal = %s, want SlackBotToken redacted", j)
	}

	text, err := c.SlackBotToken.MarshalText()
	if err != nil || string(text) != config.Redacted {
		t.Errorf("MarshalText() = %q, %v; want %q", text, err, config.Redacted)
	}

	y, err := yaml.Marshal(struct{ Token config.Secret }{c.SlackBotToken})
	if err != nil {
		t.Fatal(err)
	}
	assertNoSecret(t, "yaml.Marshal", string(y))

	out, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	assertNoSecret(t, "Config.YAML", string(out))
	if !strings.Contains(string(out), "#   SLACK_BOT_TOKEN: [redacted]") {
		t.Errorf("Config.YAML does not say the bot token is set:\n%s", out)
	}

	for name, h := range map[string]func(*bytes.Buffer) slog.Handler{
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		var buf bytes.Buffer
		l := slog.New(h(&buf))
		l.Info("config", "config", c, "token", c.SlackBotToken, "app", c.SlackAppToken)
		assertNoSecret(t, "slog "+name, buf.String())
		if !strings.Contains(buf.String(), "[redacted]") {
			t.Errorf("slog %s: no [redacted] in %q", name, buf.String())
		}
	}
}

// TestSecretsNeverInErrors puts secrets where they are malformed, so they
// reach the validator, and checks every error message.
func TestSecretsNeverInErrors(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	// A user token where a bot token belongs, with a stray space.
	if err := os.WriteFile(tokenFile, []byte("xoxp-SeCrEtBoTtOkEnVaLuE extra\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []map[string]string{
		{"SLACK_BOT_TOKEN_FILE": tokenFile},
		{"SLACK_BOT_TOKEN": "xoxp-SeCrEtBoTtOkEnVaLuE", "SLACK_APP_TOKEN": "SeCrEtApPtOkEn"},
		{"SLACK_BOT_TOKEN": botToken, "SLACK_BOT_TOKEN_FILE": tokenFile},
		{"SLACK_SIGNING_SECRET": signingSecret + " \t", "SLACK_BOT_TOKEN": botToken, "SLACK_APP_TOKEN": appToken},
	}
	for i, e := range cases {
		_, err := config.Load("", env(e))
		if err == nil {
			t.Errorf("case %d: Load succeeded, want an error", i)
			continue
		}
		assertNoSecret(t, fmt.Sprintf("case %d error", i), err.Error())
		assertNoSecret(t, fmt.Sprintf("case %d %%+v", i), fmt.Sprintf("%+v", err))
	}
}
