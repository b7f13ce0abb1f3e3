package slackfake_test

import (
	"testing"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/internal/slackfake"
)

func TestStartOutsideTest(t *testing.T) {
	s, err := slackfake.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	api := slack.New("xoxb-start", slack.OptionAPIURL(s.APIURL()))
	if _, _, err := api.PostMessageContext(t.Context(), "C1", slack.MsgOptionText("hello", false)); err != nil {
		t.Fatal(err)
	}
	posts, err := s.WaitPosts(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := posts[0].Text, "hello"; got != want {
		t.Errorf("text: got %q, want %q", got, want)
	}
	s.Close()
	s.Close() // idempotent
}
