package bot

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// RunSocketModeWait is RunSocketMode with wait instead of about 2 seconds
// for a reply to go in the ack.
func RunSocketModeWait(ctx context.Context, api *slack.Client, h *Commands, log *slog.Logger, wait time.Duration) error {
	s := newSocketRunner(h, log)
	s.wait = wait
	return s.run(ctx, api)
}

// SlashHandlerWait is SlashHandler with wait instead of about 2 seconds for
// a reply to go in the response.
func SlashHandlerWait(secret string, h *Commands, log *slog.Logger, wait time.Duration) http.Handler {
	return &slashHandler{secret: secret, h: h, log: log, wait: wait, replays: newReplayCache(replayCacheSize)}
}
