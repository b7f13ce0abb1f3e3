package bot

import (
	"context"
	"strings"
)

// Digests answers `/readout digest …`, `/readout pause …` and `/readout
// resume`, and says what `/readout list` shows of them. The digest
// package provides it; its answers are plain text that may quote commands
// in backticks, which the bot escapes. A mistake in the arguments is an
// answer explaining it (and changes nothing), not an error.
type Digests interface {
	Digest(ctx context.Context, channel, user string, args []string) (string, error)
	Pause(ctx context.Context, channel, user string, args []string) (string, error)
	Resume(ctx context.Context, channel, user string) (string, error)
	// Status is the channel's digest and pause, one line each; none when
	// neither is on.
	Status(channel string) ([]string, error)
}

// digests answers `/readout digest`, `pause` and `resume`.
func (c *Commands) digests(ctx context.Context, req Request, verb string, args []string) CommandReply {
	if c.Digests == nil {
		return textReply("Digests and pauses are not configured on this readout.")
	}
	if req.ChannelID == "" {
		return textReply("I can't tell which channel this is. Run the command in the channel itself.")
	}
	// Looking at the digest is for anyone; changing it, as subscriptions.
	if (verb != "digest" || len(args) > 0) && !c.mayChange(req.UserID) {
		return textReply(notAdmin)
	}
	var (
		reply string
		err   error
	)
	switch verb {
	case "digest":
		reply, err = c.Digests.Digest(ctx, req.ChannelID, req.UserID, args)
	case "pause":
		reply, err = c.Digests.Pause(ctx, req.ChannelID, req.UserID, args)
	default:
		if len(args) > 0 {
			return textReply("`/readout resume` takes nothing after it. Nothing was changed.")
		}
		reply, err = c.Digests.Resume(ctx, req.ChannelID, req.UserID)
	}
	if err != nil {
		return c.failed(ctx, req, verb, err)
	}
	return textReply(Escape(reply))
}

// digestStatus is what `/readout list` shows of the channel's digest and
// pause, after a blank line; nothing when neither is on.
func (c *Commands) digestStatus(ctx context.Context, req Request) []string {
	if c.Digests == nil {
		return nil
	}
	lines, err := c.Digests.Status(req.ChannelID)
	if err != nil {
		c.logger().ErrorContext(ctx, "cannot read the channel's digest state", "channel", req.ChannelID, "error", err)
		return []string{"", "_The digest and pause state cannot be read just now._"}
	}
	if len(lines) == 0 {
		return nil
	}
	out := []string{""}
	for _, l := range lines {
		if strings.HasPrefix(l, "Paused") {
			out = append(out, "⏸️ "+Escape(l))
			continue
		}
		out = append(out, "🗞️ "+Escape(l))
	}
	return out
}
