package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"

	"github.com/readout-bot/readout/internal/redact"
)

// Defaults applied by NewFetcher to zero Options fields.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 10 << 20 // 10 MiB
	DefaultMaxRedirects = 5
	// DefaultUserAgent looks like a browser, because several ministries
	// (State's CloudFront, MOFA) answer 403 to bot user agents, and names
	// the bot so that a webmaster can find it.
	DefaultUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 readout-bot/1.0 (+https://github.com/readout-bot/readout)"
)

// Network timeouts of both HTTP clients.
const (
	dialTimeout           = 10 * time.Second
	tlsHandshakeTimeout   = 10 * time.Second
	responseHeaderTimeout = 15 * time.Second
)

// Errors callers can test for with errors.Is.
var (
	// ErrTooLarge is returned when a body exceeds Options.MaxBytes after
	// decompression.
	ErrTooLarge = errors.New("response too large")
	// ErrForbiddenAddress is returned when a feed or article fetch (or one
	// of its redirects) would connect to a loopback, private, link-local,
	// unspecified or multicast address, or to an IPv6 address that embeds
	// one of those, and AllowPrivate is false.
	ErrForbiddenAddress = errors.New("address not allowed")
	// ErrTooManyRedirects is returned after Options.MaxRedirects redirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrNotFeed is returned when a document is neither RSS, RDF, Atom nor
	// JSON Feed.
	ErrNotFeed = errors.New("not a feed")
)

// Options configures a Fetcher. Zero fields take the defaults above.
type Options struct {
	// UserAgent is sent with every request; DefaultUserAgent when empty.
	UserAgent string
	// Timeout bounds a whole fetch, body included; DefaultTimeout when 0.
	Timeout time.Duration
	// MaxBytes caps a body after decompression; DefaultMaxBytes when 0.
	MaxBytes int64
	// MaxRedirects is how many redirects a fetch follows;
	// DefaultMaxRedirects when 0, none when negative.
	MaxRedirects int
	// AllowPrivate lets feed and article fetches reach loopback, private
	// and link-local addresses: an explicit opt-in for feeds served on the
	// machine or an intranet (tests, the demo). Off by default, because a
	// publisher's redirect can point anywhere.
	AllowPrivate bool
	// HostInterval, when positive, makes requests to one host one at a
	// time with at least this long between them (DefaultHostInterval for
	// the daemon). Zero leaves hosts unpaced, as tests want.
	HostInterval time.Duration
	// Now is the clock used to read HTTP dates; time.Now when nil.
	Now func() time.Time
	// Logger receives debug records of fetches; discarded when nil.
	Logger *slog.Logger
}

// Fetcher fetches feeds and articles. It is safe for concurrent use.
type Fetcher struct {
	opts Options
	// client makes every request, feeds and articles alike, through one
	// dialer that refuses non-public addresses unless AllowPrivate.
	client *http.Client
	log    *slog.Logger
	polite *politeness // cookie jar, per-host turns, per-source user agents
}

// NewFetcher returns a Fetcher with o's zero fields set to their defaults.
func NewFetcher(o Options) *Fetcher {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.MaxRedirects < 0 {
		o.MaxRedirects = 0
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	var check func(netip.AddrPort) string
	if !o.AllowPrivate {
		check = func(ap netip.AddrPort) string { return forbidden(ap.Addr()) }
	}
	f := &Fetcher{
		opts:   o,
		client: newClient(o.MaxRedirects, guard(check)),
		log:    o.Logger, // the caller names the component
		polite: newPoliteness(o.HostInterval, o.Now),
	}
	f.polite.install(f.client)
	return f
}

// newClient builds the HTTP client with the package's network timeouts. A
// non-nil control vets every connection at dial time. Connections are
// direct, never through a proxy from the environment: the guard must see
// the real peer.
func newClient(maxRedirects int, control func(network, address string, c syscall.RawConn) error) *http.Client {
	d := &net.Dialer{Timeout: dialTimeout, KeepAlive: 30 * time.Second, Control: control}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   tlsHandshakeTimeout,
		ResponseHeaderTimeout: responseHeaderTimeout,
		ExpectContinueTimeout: time.Second,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: only http and https are followed", redact.URL(req.URL.String()))
			}
			return nil
		},
	}
}

// guard returns the dial-time address check built on check (which says
// why an address is refused, or ""), or nil when check is nil. Checking the
// connected IP rather than the URL's host means neither DNS rebinding nor a
// redirect can get round it. The check runs after the socket is created and
// before it connects: no packet is sent to a refused address, so no byte of
// its answer can reach an error message.
func guard(check func(netip.AddrPort) string) func(network, address string, c syscall.RawConn) error {
	if check == nil {
		return nil
	}
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: cannot parse %q", ErrForbiddenAddress, address)
		}
		if why := check(ap); why != "" {
			return fmt.Errorf("%w: %s is %s", ErrForbiddenAddress, ap.Addr(), why)
		}
		return nil
	}
}

// IPv6 prefixes that carry an IPv4 address.
var (
	// nat64 is the well-known NAT64 prefix (RFC 6052): the IPv4 address is
	// the last 32 bits.
	nat64 = netip.MustParsePrefix("64:ff9b::/96")
	// nat64Local is the local-use NAT64 prefix (RFC 8215), where the
	// operator chooses where the IPv4 address sits: refused whole.
	nat64Local = netip.MustParsePrefix("64:ff9b:1::/48")
	// compat is the deprecated IPv4-compatible form ::a.b.c.d (RFC 4291),
	// which no public host uses: refused whole (:: and ::1 are refused
	// for their own reasons).
	compat = netip.MustParsePrefix("::/96")
	// sixToFour is 6to4 (RFC 3056): the IPv4 address is bits 16–47.
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// forbidden says why a fetch may not connect to ip, or "" when it may. An
// IPv6 address that embeds an IPv4 address is judged by that address.
func forbidden(ip netip.Addr) string {
	ip = ip.Unmap() // ::ffff:a.b.c.d
	switch {
	case nat64Local.Contains(ip):
		return "a local-use NAT64 address"
	case ip.Is6() && !ip.IsLoopback() && !ip.IsUnspecified() && compat.Contains(ip):
		return "an IPv4-compatible IPv6 address"
	case nat64.Contains(ip):
		a := ip.As16()
		if why := forbidden(netip.AddrFrom4([4]byte(a[12:16]))); why != "" {
			return "a NAT64 address of " + why
		}
		return ""
	case sixToFour.Contains(ip):
		a := ip.As16()
		if why := forbidden(netip.AddrFrom4([4]byte(a[2:6]))); why != "" {
			return "a 6to4 address of " + why
		}
		return ""
	}
	switch {
	case ip.IsLoopback():
		return "a loopback address"
	case ip.IsPrivate(): // 10/8, 172.16/12, 192.168/16, fc00::/7
		return "a private address"
	case ip.IsLinkLocalUnicast(): // 169.254/16 (cloud metadata), fe80::/10
		return "a link-local address"
	case ip.IsUnspecified():
		return "the unspecified address"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "a multicast address"
	case ip.Is4() && ip.As4()[0] == 0: // 0.0.0.0/8 "this network"
		return "in 0.0.0.0/8"
	case ip.Is4() && ip.As4()[0] == 100 && ip.As4()[1]&0xc0 == 64: // 100.64/10 carrier-grade NAT
		return "a shared (CGNAT) address"
	case ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "the broadcast address"
	}
	return ""
}

// readCapped reads r to the end, failing with ErrTooLarge as soon as more
// than limit bytes arrive. It reads into blocks of growing size and joins
// them at the end, so refusing an endless body or a gzip bomb costs about
// limit bytes of memory, not the doubling growth of one slice.
func readCapped(r io.Reader, limit int64, what string) ([]byte, error) {
	size := 32 << 10
	var parts [][]byte
	var total int64
	for {
		buf := make([]byte, size)
		n, err := io.ReadFull(r, buf)
		total += int64(n)
		if total > limit {
			return nil, &tooLargeError{what: what, limit: limit}
		}
		parts = append(parts, buf[:n])
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		size = min(size*2, 1<<20)
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return bytes.Join(parts, nil), nil
}

// tooLargeError reads "feed larger than 10 MiB" and matches ErrTooLarge.
type tooLargeError struct {
	what  string
	limit int64
}

func (e *tooLargeError) Error() string {
	return e.what + " larger than " + humanBytes(e.limit)
}

func (e *tooLargeError) Is(target error) bool { return target == ErrTooLarge }

// humanBytes formats a byte count as "10 MiB", "512 KiB" or "1000 bytes".
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// withTimeout applies the fetcher's total timeout to ctx. When hosts are
// paced, it starts when the fetch's first request gets its host's turn
// (see startTimeout), not before: time queued behind other requests to the
// host is not the fetch's own.
func (f *Fetcher) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	cause := fmt.Errorf("timed out after %s: %w", f.opts.Timeout, context.DeadlineExceeded)
	if f.polite.interval <= 0 {
		return context.WithTimeoutCause(ctx, f.opts.Timeout, cause)
	}
	return withTimeoutOnTurn(ctx, f.opts.Timeout, cause)
}
