package feeds

import (
	"net/netip"
	"time"

	"github.com/readout-bot/readout/readout"
)

// ParseDocument exposes the parse path Fetch uses, without the network.
func ParseDocument(data []byte, contentType, baseURL, feedID string) (title string, items []readout.Item, ttl time.Duration, err error) {
	p, err := parse(data, contentType, baseURL, feedID)
	return p.title, p.items, p.ttl, err
}

// Forbidden exposes the article address check.
func Forbidden(ip netip.Addr) string { return forbidden(ip) }

// NewGuardedFetcher returns a fetcher whose article client refuses the
// addresses check refuses, so tests can allow their loopback server while
// keeping the guard on for everything else.
func NewGuardedFetcher(o Options, check func(netip.Addr) string) *Fetcher {
	f := NewFetcher(o)
	f.article = newClient(f.opts.MaxRedirects, articleGuard(false, check), nil)
	return f
}
