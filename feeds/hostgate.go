package feeds

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/readout-bot/readout/readout"
	"golang.org/x/net/publicsuffix"
)

// DefaultHostInterval is the least time between two requests to one host.
const DefaultHostInterval = time.Second

// BrowserUserAgent is what a source's UserAgent "browser" sends: a plain
// browser string, for the ministries whose firewalls refuse anything that
// names a bot (MOFA, MFAIC, State's CloudFront, DFAT).
const BrowserUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

// UserAgentBrowser is the Feed.UserAgent value that selects BrowserUserAgent.
const UserAgentBrowser = "browser"

// politeness is what every request of a Fetcher shares: one cookie jar
// (cookies stay with the host that set them, so it is in effect a jar per
// host; Korea's MOFA answers a first request with a 307 to itself that
// sets the cookie the second needs), one request at a time per host with
// a least interval between them, and the user agents sources ask for.
type politeness struct {
	jar      http.CookieJar
	interval time.Duration
	now      func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostSlot
	ua    map[string]string // host -> user agent of a source on it
}

// hostSlot serializes one host's requests.
type hostSlot struct {
	turn chan struct{} // holds a token while a request is in flight
	last time.Time     // when the last request finished
}

func newPoliteness(interval time.Duration, now func() time.Time) *politeness {
	jar, _ := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	return &politeness{jar: jar, interval: max(interval, 0), now: now, hosts: map[string]*hostSlot{}, ua: map[string]string{}}
}

// install gives clients the jar and, when an interval is set, the
// per-host turns.
func (p *politeness) install(clients ...*http.Client) {
	for _, c := range clients {
		c.Jar = p.jar
		if p.interval > 0 {
			c.Transport = &gatedTransport{next: c.Transport, p: p}
		}
	}
}

// userAgent is the user agent for a request to u on behalf of feed (nil
// for an article): the source's own, else the one a source on the same
// host asked for, else def.
func (p *politeness) userAgent(feed *readout.Feed, u *url.URL, def string) string {
	host := strings.ToLower(u.Host)
	p.mu.Lock()
	defer p.mu.Unlock()
	if feed != nil && feed.UserAgent != "" {
		ua := ResolveUserAgent(feed.UserAgent)
		p.ua[host] = ua
		return ua
	}
	if ua, ok := p.ua[host]; ok {
		return ua
	}
	return def
}

// ResolveUserAgent turns a source's UserAgent setting into the header
// value: "browser" is BrowserUserAgent, anything else is sent as written.
func ResolveUserAgent(v string) string {
	if strings.EqualFold(strings.TrimSpace(v), UserAgentBrowser) {
		return BrowserUserAgent
	}
	return strings.TrimSpace(v)
}

func (p *politeness) slot(host string) *hostSlot {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.hosts[host]
	if !ok {
		s = &hostSlot{turn: make(chan struct{}, 1)}
		p.hosts[host] = s
	}
	return s
}

// acquire waits for host's turn and its least interval; release must be
// called exactly once after a nil error.
func (p *politeness) acquire(ctx context.Context, host string) (release func(), err error) {
	s := p.slot(host)
	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
	if !s.last.IsZero() {
		if wait := s.last.Add(p.interval).Sub(p.now()); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				<-s.turn
				return nil, context.Cause(ctx)
			}
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			s.last = p.now()
			<-s.turn
		})
	}, nil
}

// gatedTransport holds a host's turn from the request until its body is
// closed: a body being read is a request still in flight.
type gatedTransport struct {
	next http.RoundTripper
	p    *politeness
}

func (t *gatedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	release, err := t.p.acquire(req.Context(), strings.ToLower(req.URL.Host))
	if err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, err
	}
	startTimeout(req.Context())
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

// releasingBody gives the host's turn back when it is closed.
type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}

// turnTimeout is a fetch's total timeout while it waits for its host's
// turn: armed by the first request to get one, so that a fetch queued
// behind others on a slow host does not time out before it is sent.
type turnTimeout struct {
	d    time.Duration
	fire func()

	once  sync.Once
	timer *time.Timer // set by the first start
}

type turnTimeoutKey struct{}

// withTimeoutOnTurn is ctx cancelled with cause d after startTimeout is
// first called on it (or on a context derived from it).
func withTimeoutOnTurn(ctx context.Context, d time.Duration, cause error) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	t := &turnTimeout{d: d, fire: func() { cancel(cause) }}
	return context.WithValue(ctx, turnTimeoutKey{}, t), func() {
		t.once.Do(func() {}) // no timer starts after this
		if t.timer != nil {
			t.timer.Stop()
		}
		cancel(context.Canceled)
	}
}

// startTimeout arms the timeout of withTimeoutOnTurn in ctx, once; it does
// nothing to a context without one.
func startTimeout(ctx context.Context) {
	if t, ok := ctx.Value(turnTimeoutKey{}).(*turnTimeout); ok {
		t.once.Do(func() { t.timer = time.AfterFunc(t.d, t.fire) })
	}
}
