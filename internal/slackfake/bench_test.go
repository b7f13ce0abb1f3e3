package slackfake_test

import (
	"context"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/readout-bot/readout/internal/slackfake"
)

// BenchmarkPostMessage measures one chat.postMessage round trip through the
// real slack-go client, with blocks and metadata.
func BenchmarkPostMessage(b *testing.B) {
	s := slackfake.New(b)
	api := newAPI(s, "xoxb-bench")
	ctx := b.Context()
	opts := []slack.MsgOption{
		slack.MsgOptionText("Japan–Cambodia Summit Meeting", true),
		slack.MsgOptionBlocks(section("*Bilateral relations*"), section("*Regional situation*")),
		slack.MsgOptionMetadata(slack.SlackMetadata{EventType: "readout_item_posted", EventPayload: map[string]any{"readout_id": "jp-kh"}}),
	}
	for b.Loop() {
		if _, _, err := api.PostMessageContext(ctx, "C1", opts...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSlashCommandRoundTrip measures envelope out, ack back over one
// Socket Mode connection with a real slack-go client.
func BenchmarkSlashCommandRoundTrip(b *testing.B) {
	s := slackfake.New(b)
	ctx := b.Context()
	runSocketClient(b, s, func(_ *slack.Client, c *socketmode.Client, evt socketmode.Event) {
		if evt.Type == socketmode.EventTypeSlashCommand {
			_ = c.AckCtx(context.Background(), evt.Request.EnvelopeID, map[string]string{"text": "ok"})
		}
	})
	if err := s.WaitConnected(ctx, 1); err != nil {
		b.Fatal(err)
	}
	cmd := slackfake.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1"}
	for b.Loop() {
		if _, err := s.SendSlashCommand(ctx, cmd); err != nil {
			b.Fatal(err)
		}
	}
}
