package daemon

import (
	"log/slog"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/digest"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// newDigests wires the digests and pauses: the configuration file's
// digests by channel, the clock, and notify (the deliverer's Wake).
func newDigests(cfg config.Config, store *storage.Store, subs []readout.Subscription, o Options, log *slog.Logger, notify func()) *digest.Service {
	log = log.With("component", "digest")
	byChannel := map[string]digest.Schedule{}
	for _, s := range cfg.Subscriptions {
		sch, err := s.DigestSchedule()
		if err != nil { // config.Validate has refused it
			log.Warn("digest schedule not read; the channel gets each readout as it comes", "channel", s.Channel, "error", err)
			continue
		}
		if !sch.IsZero() {
			byChannel[s.Channel] = sch
		}
	}
	return &digest.Service{
		Store:      store,
		Config:     byChannel,
		ConfigSubs: subs,
		Split:      bot.SplitDigest,
		Now:        o.DigestClock,
		Tick:       o.DigestTick,
		Notify:     notify,
		Logger:     log,
	}
}
