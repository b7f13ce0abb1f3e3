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

// Forbidden exposes the address check.
func Forbidden(ip netip.Addr) string { return forbidden(ip) }

// NewGuardedFetcher returns a fetcher whose client refuses the addresses
// check refuses, so tests can allow their loopback server while keeping the
// guard on for everything else.
func NewGuardedFetcher(o Options, check func(netip.Addr) string) *Fetcher {
	f := NewFetcher(o)
	f.client = newClient(f.opts.MaxRedirects, guard(func(ap netip.AddrPort) string { return check(ap.Addr()) }))
	f.polite.install(f.client)
	return f
}

// NewFetcherAllowing returns a fetcher with the production guard, except
// that it may connect to the given addresses and ports (test servers).
func NewFetcherAllowing(o Options, allowed ...netip.AddrPort) *Fetcher {
	f := NewFetcher(o)
	f.client = newClient(f.opts.MaxRedirects, guard(func(ap netip.AddrPort) string {
		for _, a := range allowed {
			if ap == a {
				return ""
			}
		}
		return forbidden(ap.Addr())
	}))
	f.polite.install(f.client)
	return f
}
