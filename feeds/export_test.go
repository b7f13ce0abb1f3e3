package feeds

import (
	"math"
	"net/netip"
	"time"

	"github.com/readout-bot/readout/readout"
)

// ParseDocument exposes the parse path Fetch uses, without the network.
func ParseDocument(data []byte, contentType, baseURL, feedID string) (title string, items []readout.Item, ttl time.Duration, err error) {
	p, err := parse(data, contentType, baseURL, feedID)
	return p.title, p.items, p.ttl, err
}

// ParseDocumentInRuns is ParseDocument with every RSS and Atom document
// that splitItems accepts parsed in runs of about runBytes, whatever its
// size; runs is how many (0 when it was parsed whole).
func ParseDocumentInRuns(data []byte, contentType, baseURL, feedID string, runBytes int) (title string, items []readout.Item, ttl time.Duration, runs int, err error) {
	p, err := parseSplit(data, contentType, baseURL, feedID, 0, runBytes, false)
	return p.title, p.items, p.ttl, p.runs, err
}

// ParseDocumentWhole is ParseDocument with every document parsed whole,
// as documents smaller than chunkFrom are.
func ParseDocumentWhole(data []byte, contentType, baseURL, feedID string) (title string, items []readout.Item, ttl time.Duration, err error) {
	p, err := parseSplit(data, contentType, baseURL, feedID, math.MaxInt, 0, false)
	return p.title, p.items, p.ttl, err
}

// ParseDocumentRuns is ParseDocument, reporting how many runs of items
// the document was parsed in (0 when whole).
func ParseDocumentRuns(data []byte, contentType, baseURL, feedID string) (title string, items []readout.Item, ttl time.Duration, runs int, err error) {
	p, err := parse(data, contentType, baseURL, feedID)
	return p.title, p.items, p.ttl, p.runs, err
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
