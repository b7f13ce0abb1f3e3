package bot_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/slack-go/slack"
	"go.yaml.in/yaml/v3"
)

// apiScopes maps each slack-go client method the daemon may call to the
// Web API method it calls and the bot scopes that method needs in the
// channels readout posts to (public and private).
var apiScopes = map[string]struct {
	method string
	scopes []string
}{
	"PostMessageContext":            {"chat.postMessage", []string{"chat:write"}},
	"GetConversationHistoryContext": {"conversations.history", []string{"channels:history", "groups:history"}},
	"GetConversationRepliesContext": {"conversations.replies", []string{"channels:history", "groups:history"}},
	"JoinConversationContext":       {"conversations.join", []string{"channels:join"}},
	"PublishViewContext":            {"views.publish", nil}, // needs no scope
}

// TestManifestScopesMatchCode: slack-app-manifest.yaml asks for exactly
// the bot scopes the code's Slack API calls need, no fewer (a call would
// fail with missing_scope) and no more (an install asks for no right the
// bot does not use). The calls are found in the daemon's source: every
// *slack.Client method with a context that a non-test file calls.
func TestManifestScopesMatchCode(t *testing.T) {
	clientMethods := map[string]bool{}
	ct := reflect.TypeFor[*slack.Client]()
	for i := range ct.NumMethod() {
		if name := ct.Method(i).Name; strings.HasSuffix(name, "Context") {
			clientMethods[name] = true
		}
	}
	call := regexp.MustCompile(`\.([A-Z][A-Za-z]*Context)\(`)
	want := map[string][]string{} // scope -> what needs it
	slash := false
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != ".." || path == filepath.Join("..", "internal", "slackfake")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// Every match holds "Context(": the expression, slow under -race,
		// reads only the files that do (a seventh of them).
		var matches [][]string
		if bytes.Contains(src, []byte("Context(")) {
			matches = call.FindAllStringSubmatch(string(src), -1)
		}
		for _, m := range matches {
			name := m[1]
			if !clientMethods[name] {
				continue
			}
			api, ok := apiScopes[name]
			if !ok {
				t.Errorf("%s calls slack.Client.%s: add it and its scopes to apiScopes", path, name)
				continue
			}
			for _, s := range api.scopes {
				want[s] = append(want[s], api.method+" in "+path)
			}
		}
		if strings.Contains(string(src), "slack.SlashCommandParse(") || strings.Contains(string(src), "socketmode.EventTypeSlashCommand") {
			slash = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if slash {
		want["commands"] = append(want["commands"], "/readout")
	}
	if len(want) == 0 {
		t.Fatal("found no Slack API call in the source")
	}

	raw, err := os.ReadFile("../slack-app-manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var manifest struct {
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
	}
	if err := yaml.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	have := manifest.OAuth.Scopes.Bot
	for scope, why := range want {
		if !slices.Contains(have, scope) {
			t.Errorf("the manifest lacks scope %s, needed by %s", scope, strings.Join(why, ", "))
		}
	}
	for _, scope := range have {
		if _, ok := want[scope]; !ok {
			t.Errorf("the manifest asks for scope %s, which no code uses", scope)
		}
	}
}
