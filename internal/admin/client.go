package admin

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/readout-bot/readout/readout"
)

// Client is the Service of a running daemon, over its admin socket.
type Client struct {
	http *http.Client
}

var _ Service = (*Client)(nil)

// NewClient returns a client of the admin socket at path.
func NewClient(path string) *Client {
	return &Client{http: &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		}},
	}}
}

// errNoAnswer wraps a failure to reach the daemon.
const errNoAnswer = "the database is in use, and the running daemon did not answer on its admin socket"

// remoteError is the daemon's error, with the status it came with.
type remoteError struct {
	status int
	msg    string
}

func (e *remoteError) Error() string { return "daemon: " + e.msg }

// Unwrap makes a 404 ErrNotFound, as it was on the daemon's side.
func (e *remoteError) Unwrap() error {
	if e.status == http.StatusNotFound {
		return ErrNotFound
	}
	return nil
}

// do sends method path to the admin socket, with in as JSON when it is not
// nil, and decodes the answer into out.
func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	resp, err := c.send(ctx, c.http, method, path, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("read daemon's answer: %w", err)
	}
	if err := json.Unmarshal(answer, out); err != nil {
		return fmt.Errorf("decode daemon's answer: %w", err)
	}
	return nil
}

// send sends one request and turns an answer other than 200 into the
// daemon's error.
func (c *Client) send(ctx context.Context, hc *http.Client, method, path string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, "http://readout"+path, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", errNoAnswer, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		return nil, &remoteError{status: resp.StatusCode, msg: string(bytes.TrimRight(msg, "\r\n"))}
	}
	return resp, nil
}

func (c *Client) Outbox(ctx context.Context) (v Outbox, err error) {
	return v, c.do(ctx, http.MethodGet, "/outbox", nil, &v)
}

func (c *Client) Retry(ctx context.Context, id uint64) error {
	var out map[string]uint64
	return c.do(ctx, http.MethodPost, fmt.Sprintf("/outbox/retry/%d", id), nil, &out)
}

func (c *Client) Feeds(ctx context.Context) (v []FeedStatus, err error) {
	return v, c.do(ctx, http.MethodGet, "/feeds", nil, &v)
}

func (c *Client) Export(ctx context.Context) (v []readout.Feed, err error) {
	return v, c.do(ctx, http.MethodGet, "/feeds/export", nil, &v)
}

func (c *Client) Import(ctx context.Context, incoming []readout.Feed) (v ImportResult, err error) {
	if incoming == nil {
		incoming = []readout.Feed{}
	}
	return v, c.do(ctx, http.MethodPost, "/feeds/import", incoming, &v)
}

func (c *Client) RemoveFeed(ctx context.Context, id string) error {
	var out map[string]string
	return c.do(ctx, http.MethodDelete, "/feeds/imported/"+url.PathEscape(id), nil, &out)
}

func (c *Client) Anniversaries(ctx context.Context, q AnniversaryQuery) (text string, err error) {
	return text, c.do(ctx, http.MethodPost, "/anniversaries", q, &text)
}

// Compact has the daemon compact its database. It has no timeout of its
// own (a large database takes a while): ctx bounds it.
func (c *Client) Compact(ctx context.Context) (v CompactResult, err error) {
	cl := Client{http: &http.Client{Transport: c.http.Transport}}
	return v, cl.do(ctx, http.MethodPost, "/compact", nil, &v)
}

// Backup streams the daemon's copy of the database to w. It has no
// timeout of its own (a large database takes a while): ctx bounds it.
func (c *Client) Backup(ctx context.Context, w io.Writer) (int64, error) {
	hc := *c.http
	hc.Timeout = 0
	resp, err := c.send(ctx, &hc, http.MethodGet, "/backup", nil)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(w, resp.Body)
	if err != nil {
		return n, fmt.Errorf("read the daemon's copy: %w", err)
	}
	return n, nil
}
