// Package pipeline owns the daemon's workflow: pick the feeds that are due,
// fetch them, parse each new item into a readout, and store it together
// with one outbox delivery per subscribed channel.
//
// It imports neither the feeds nor the storage package: it speaks to them
// through the small interfaces below, in its own and the readout package's
// types, which adapters (internal/adapters) implement. It tells the
// delivery side that work is waiting through a callback.
package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/readout-bot/readout/internal/backoff"
	"github.com/readout-bot/readout/internal/redact"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/subscriptions"
	"golang.org/x/sync/errgroup"
)

// Fetcher fetches feeds and linked articles.
type Fetcher interface {
	// Fetch polls a feed once, conditionally on the validators in st.
	Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (Fetched, error)
	// FetchArticle fetches the page an item links to: its HTML and the
	// URL it was finally served from.
	FetchArticle(ctx context.Context, rawURL string) (html string, finalURL string, err error)
	// IsTeaser reports whether an item carries only a teaser, so that
	// its article is worth fetching.
	IsTeaser(it readout.Item) bool
}

// Fetched is the outcome of one successful (or not-modified) feed fetch.
type Fetched struct {
	// NotModified is true when the server answered 304; Items is then
	// empty.
	NotModified bool
	// Items are the feed's entries in document order.
	Items []readout.Item
	// Runs, when set, gives the entries in document order a run at a time
	// in place of Items (a large document, parsed as it is read, so that a
	// poll never holds all its items); a run that could not be parsed ends
	// it with an error. Count is then the number of entries.
	Runs  iter.Seq2[[]readout.Item, error]
	Count int
	// ETag and LastModified are the validators to store with the items.
	ETag, LastModified string
	// BodyHash is the digest of a page without validators, stored like
	// them (readout.FeedState.BodyHash).
	BodyHash string
	// RetryAfter is the publisher's hint for the earliest next poll (also
	// set with an error, from Retry-After); zero when none.
	RetryAfter time.Duration
}

// Len is the number of entries: len(Items), or Count when given in Runs.
func (f Fetched) Len() int {
	if f.Runs != nil {
		return f.Count
	}
	return len(f.Items)
}

// batches gives the entries a batch at a time: the runs, or Items as one.
func (f Fetched) batches() iter.Seq2[[]readout.Item, error] {
	if f.Runs != nil {
		return f.Runs
	}
	return func(yield func([]readout.Item, error) bool) { yield(f.Items, nil) }
}

// Store keeps feed states, seen items, readouts and the outbox.
type Store interface {
	FeedState(feedID string) (readout.FeedState, error)
	SaveFeedState(feedID string, st readout.FeedState) error
	SaveFeedStates(states map[string]readout.FeedState) error
	// Seen returns the content hash of each of keys already seen in the
	// feed.
	Seen(feedID string, keys []string) (map[string]string, error)
	// Ingest records one poll in one transaction: the feed's state, each
	// new item's readout and seen mark, and one delivery per channel.
	Ingest(feedID string, st readout.FeedState, items []NewItem) (Ingested, error)
	Subscriptions(all bool) ([]readout.Subscription, error)
	Inactive() (map[string]string, error)
	EnqueueText(channel, kind, text string) (uint64, error)
}

// NewItem is one item of a poll, handed to Store.Ingest.
type NewItem struct {
	Key  string // readout.Item.Key
	Hash string // readout.Item.Hash
	// Readout is the parsed readout; nil records the item as seen only.
	Readout *readout.Readout
	// Channels get one delivery each, committed with the readout.
	Channels []string
	// Matches holds, by channel, what its filters matched
	// (readout.Delivery.Match).
	Matches map[string]string
}

// Ingested counts what Store.Ingest did.
type Ingested struct {
	Saved      int // new readouts stored
	Edited     int // items seen before whose content changed (not re-posted)
	Deliveries int // outbox rows enqueued
	// IDs maps the key of each new readout stored to its ID.
	IDs map[string]string
}

const (
	// feedConcurrency bounds the feeds fetched at once.
	feedConcurrency = 4
	// articleConcurrency bounds the articles one poll fetches at once.
	articleConcurrency = 4
	// maxNewPerPoll caps the new items one poll of a feed stores; a feed
	// with more (one that rotates its GUIDs, or a first poll of a long
	// archive) gives the rest, oldest first, to the following polls, so
	// that one document cannot flood the outbox or the store.
	maxNewPerPoll = 200
	// articleBudget is how long into a cycle articles may still be
	// fetched; items whose article is not in by then wait for the next
	// cycle, so that slow article pages cannot hold the schedule.
	articleBudget = time.Minute
)

// pollBackoff is the wait after a feed's n-th consecutive failure: one
// minute doubling up to an hour, with ±10% jitter, and never less than
// what the server asked for. Every delay a server gives (Retry-After,
// max-age, Expires, <ttl>) is capped at its hour, so that one response
// cannot stop a feed for years.
var pollBackoff = backoff.Policy{Initial: time.Minute, Max: time.Hour, Jitter: 0.1}

// Pipeline polls feeds into the store.
type Pipeline struct {
	Store   Store
	Fetcher Fetcher
	// Parse turns a document into a readout (readout.Parse).
	Parse func(readout.Document) (*readout.Readout, error)
	// Subscriptions from the configuration file; Slack-made ones come
	// from the store.
	Subscriptions []readout.Subscription
	// PostLatestOnFirstPoll posts the newest N items of a feed's first
	// successful poll; the rest are stored without being posted.
	PostLatestOnFirstPoll int
	// NextTick, when set, tells when the schedule next polls a feed after t,
	// so that logs can say when a failing feed is tried again.
	NextTick func(feedID string, t time.Time) time.Time
	// Notify is called after a poll enqueued deliveries.
	Notify func()
	// Learn, when set, is called with each readout a poll stored (its ID
	// set), e.g. to learn the anniversaries it mentions.
	Learn func(ctx context.Context, r *readout.Readout)
	// AlertChannel, when set, is told once when a feed has failed
	// AlertAfter times in a row, and once when it works again.
	AlertChannel string
	AlertAfter   int
	Logger       *slog.Logger
	Now          func() time.Time

	mu sync.Mutex // serializes polls of the same feed
	// busy holds the IDs of feeds being polled.
	busy map[string]bool
	// articleBudget overrides the package's articleBudget (tests).
	articleBudget time.Duration
	// unsaved holds, by feed, the state of a poll whose results could
	// not be stored (its storage error in LastError), until a later
	// poll of the feed is stored; storeErr is the latest such error.
	unsaved  map[string]readout.FeedState
	storeErr error
}

// cycle is what the polls of one PollDue share.
type cycle struct {
	// save records the state of a feed that answered 304 or failed.
	save func(feedID string, st readout.FeedState) error
	// articlesBy is when article fetches give way to the next cycle.
	articlesBy time.Time
}

// Status says how a poll of one feed went.
type Status int

// Poll outcomes.
const (
	StatusNew         Status = iota // fetched and parsed; New counts the new items
	StatusNotModified               // the server answered 304
	StatusError                     // Err says why; NextTry says when it is tried again
	StatusSkipped                   // in backoff; NextTry says until when
	StatusBusy                      // already being polled (by an earlier cycle still running)
)

// Result is the outcome of polling one feed.
type Result struct {
	FeedID     string
	Status     Status
	New        int // new readouts stored
	Pending    int // new items left for the next poll
	Edited     int // items changed by their publisher (not posted again)
	Deliveries int // outbox rows enqueued
	FirstPoll  bool
	Err        error
	NextTry    time.Time
}

// String renders r as one line of `readout poll --once`.
func (r Result) String() string {
	switch r.Status {
	case StatusNotModified:
		return fmt.Sprintf("%s: not modified", r.FeedID)
	case StatusError:
		if r.NextTry.IsZero() { // the poll was cancelled
			return fmt.Sprintf("%s: error: %v", r.FeedID, r.Err)
		}
		return fmt.Sprintf("%s: error: %v (next try %s)", r.FeedID, r.Err, r.NextTry.Format(time.RFC3339))
	case StatusSkipped:
		return fmt.Sprintf("%s: backing off until %s", r.FeedID, r.NextTry.Format(time.RFC3339))
	case StatusBusy:
		return fmt.Sprintf("%s: already being polled", r.FeedID)
	}
	s := fmt.Sprintf("%s: %s", r.FeedID, plural(r.New, "new item", "new items"))
	switch {
	case r.FirstPoll && r.New > 0 && r.Deliveries > 0:
		s += fmt.Sprintf(" (first poll: stored; %s for the newest)", plural(r.Deliveries, "delivery", "deliveries"))
	case r.FirstPoll && r.New > 0:
		s += " (first poll: stored for lookups, not posted)"
	case r.Deliveries > 0:
		s += ", " + plural(r.Deliveries, "delivery", "deliveries")
	}
	if r.Edited > 0 {
		s += fmt.Sprintf(", %d edited by the publisher (not posted again)", r.Edited)
	}
	if r.Pending > 0 {
		s += fmt.Sprintf(", %d left for the next poll", r.Pending)
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pipeline) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// PollDue polls the feeds whose next try has come (all of them when force
// is set), a few at a time, and returns one result per feed in input order.
func (p *Pipeline) PollDue(ctx context.Context, list []readout.Feed, force bool) []Result {
	results := make([]Result, len(list))
	// The states of feeds that answered 304 or failed are written together
	// at the end of the cycle: one transaction (one fsync) instead of one
	// per feed. Losing them in a crash costs nothing but a repeated request.
	var (
		mu       sync.Mutex
		deferred = map[string]readout.FeedState{}
	)
	save := func(id string, st readout.FeedState) error {
		mu.Lock()
		defer mu.Unlock()
		deferred[id] = st
		return nil
	}
	c := &cycle{save: save, articlesBy: time.Now().Add(cmp.Or(p.articleBudget, articleBudget))}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(feedConcurrency)
	for i, f := range list {
		g.Go(func() error {
			results[i] = p.pollOne(gctx, f, force, c)
			return nil // one feed's failure never stops the others
		})
	}
	_ = g.Wait()
	if err := p.Store.SaveFeedStates(deferred); err != nil {
		p.logger().Error("feed states not stored", "feeds", len(deferred), "error", err)
		for id, st := range deferred {
			p.storeFailed(id, st, err)
		}
	} else {
		for id := range deferred {
			p.stored(id)
		}
	}
	return results
}

// storeFailed records that the state st of a feed's poll could not be
// stored.
func (p *Pipeline) storeFailed(feedID string, st readout.FeedState, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.unsaved == nil {
		p.unsaved = map[string]readout.FeedState{}
	}
	p.unsaved[feedID] = st
	p.storeErr = err
}

// stored records that a feed's poll was stored.
func (p *Pipeline) stored(feedID string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.unsaved, feedID)
	if len(p.unsaved) == 0 {
		p.storeErr = nil
	}
}

// StorageErr returns the latest error storing a poll's results (a full
// disk, a failing database) while some feed's latest poll is unstored, and
// nil once every feed's latest poll is stored. Readiness reports it.
func (p *Pipeline) StorageErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.storeErr
}

// UnsavedStates returns, by feed, the state of each latest poll whose
// results could not be stored, with the storage error in LastError: what
// `readout feeds` shows in place of the stored state, which is older.
func (p *Pipeline) UnsavedStates() map[string]readout.FeedState {
	p.mu.Lock()
	defer p.mu.Unlock()
	return maps.Clone(p.unsaved)
}

func (p *Pipeline) claim(id string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.busy == nil {
		p.busy = map[string]bool{}
	}
	if p.busy[id] {
		return false
	}
	p.busy[id] = true
	return true
}

func (p *Pipeline) release(id string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.busy, id)
}

func (p *Pipeline) pollOne(ctx context.Context, f readout.Feed, force bool, c *cycle) (res Result) {
	if !p.claim(f.ID) {
		return Result{FeedID: f.ID, Status: StatusBusy}
	}
	res = Result{FeedID: f.ID, Status: StatusSkipped}
	defer p.release(f.ID)
	defer func() {
		// A bug in parsing one feed must not take the daemon down.
		if v := recover(); v != nil {
			res = Result{FeedID: f.ID, Status: StatusError, Err: fmt.Errorf("panic: %v", v)}
			p.logger().Error("poll panicked", "feed_id", f.ID, "panic", v)
		}
	}()
	st, err := p.Store.FeedState(f.ID)
	if err != nil {
		err = fmt.Errorf("read feed state: %w", err)
		p.logger().Error("feed not polled: storage failed", "feed_id", f.ID, "error", err)
		return Result{FeedID: f.ID, Status: StatusError, Err: err, NextTry: p.nextTick(f.ID, p.now())}
	}
	if !force && st.NextPoll.After(p.now()) {
		res.NextTry = st.NextPoll
		return res
	}
	return p.poll(ctx, f, st, c)
}

// poll fetches one feed now and records the outcome, with the feed state
// of a 304 or a failure written through c.save, so that PollDue can write
// a cycle's states together.
func (p *Pipeline) poll(ctx context.Context, f readout.Feed, st readout.FeedState, c *cycle) Result {
	save := c.save
	log := p.logger().With("feed_id", f.ID)
	start := p.now()
	st.LastPoll = start
	fr, err := p.Fetcher.Fetch(ctx, f, st)
	if err != nil {
		return p.failed(ctx, log, f, st, start, err, fr.RetryAfter, save)
	}
	before := st // the state to record if the document's items cannot be read
	failures, was := st.Failures, st.Broken
	st.Failures, st.LastError, st.LastSuccess = 0, "", start
	st.NextPoll = start.Add(pollBackoff.Cap(fr.RetryAfter))
	if fr.NotModified {
		ev := noEvent
		if st.ItemFailures < itemAlertAfter {
			ev = judge(&st, "")
		}
		if err := save(f.ID, st); err != nil {
			return Result{FeedID: f.ID, Status: StatusError, Err: err}
		}
		p.notifyRecovered(log, ev, f, st, was, failures)
		log.Debug("feed not modified")
		return Result{FeedID: f.ID, Status: StatusNotModified}
	}
	first := !st.Polled
	items, pending, ih, err := p.prepare(ctx, f, fr, first, c)
	if ie, ok := errors.AsType[*itemsError](err); ok {
		return p.failed(ctx, log, f, before, start, ie.err, 0, save)
	}
	if err != nil {
		return p.storageFailed(log, f, st, start, err)
	}
	ev := judge(&st, countItems(&st, ih))
	if pending == 0 {
		st.ETag, st.LastModified, st.BodyHash = fr.ETag, fr.LastModified, fr.BodyHash
		st.Polled = true
	} else {
		// Items are left for the next cycle: keep the old validators, so
		// that the next request gets the whole document again rather than
		// a 304, keep a first poll a first poll (the newest items are
		// still to come), and poll again at the next tick.
		st.NextPoll = start
		log.Info("new items left for the next poll", "stored", len(items), "pending", pending)
	}
	ir, err := p.Store.Ingest(f.ID, st, items)
	if err != nil {
		return p.storageFailed(log, f, st, start, err)
	}
	p.stored(f.ID)
	p.notifyRecovered(log, ev, f, st, was, failures)
	p.learn(ctx, f.ID, items, ir.IDs)
	res := Result{FeedID: f.ID, Status: StatusNew, New: ir.Saved, Pending: pending, Edited: ir.Edited, Deliveries: ir.Deliveries, FirstPoll: first}
	log.Debug("feed polled", "items", fr.Len(), "new", ir.Saved, "edited", ir.Edited, "deliveries", ir.Deliveries, "first_poll", first)
	if ir.Deliveries > 0 && p.Notify != nil {
		p.Notify()
	}
	return res
}

// failed records a poll whose document could not be had or read: the
// feed backs off (at least as long as the server's retryAfter), and the
// admin channel hears of it once it has failed often enough.
func (p *Pipeline) failed(ctx context.Context, log *slog.Logger, f readout.Feed, st readout.FeedState, start time.Time, err error, retryAfter time.Duration, save func(string, readout.FeedState) error) Result {
	if ctx.Err() != nil {
		return Result{FeedID: f.ID, Status: StatusError, Err: err}
	}
	errText := redact.Text(err.Error(), f.URL)
	st.Failures++
	st.LastError = errText
	st.NextPoll = start.Add(max(pollBackoff.Wait(st.Failures), pollBackoff.Cap(retryAfter)))
	next := st.NextPoll
	if p.NextTick != nil {
		next = p.NextTick(f.ID, st.NextPoll.Add(-time.Nanosecond))
	}
	ev := noEvent
	if st.Failures >= p.brokenAfter() {
		ev = judge(&st, errText)
	}
	if serr := save(f.ID, st); serr != nil {
		log.Error("save feed state", "error", serr)
	}
	log.Warn("feed poll failed", "feed_url", redact.URL(f.URL), "error", errText, "failures", st.Failures, "next_try", next.Format(time.RFC3339))
	p.notify(log, ev, f, st, "", next)
	return Result{FeedID: f.ID, Status: StatusError, Err: err, NextTry: next}
}

// storageFailed reports a poll whose results could not be stored: logged
// at ERROR, remembered for readiness and `readout feeds` (the stored state
// cannot say it: writing it fails too), and tried again at the next tick.
// Nothing of the poll was stored, so nothing is lost: the items are new
// again next time.
func (p *Pipeline) storageFailed(log *slog.Logger, f readout.Feed, st readout.FeedState, start time.Time, err error) Result {
	err = fmt.Errorf("store poll: %w", err)
	st.Failures++
	st.LastError = err.Error()
	st.NextPoll = start
	p.storeFailed(f.ID, st, err)
	next := p.nextTick(f.ID, start)
	log.Error("feed poll not stored", "error", err, "failures", st.Failures, "next_try", next.Format(time.RFC3339))
	return Result{FeedID: f.ID, Status: StatusError, Err: err, NextTry: next}
}

// nextTick is when the schedule next polls a feed at or after t: t itself
// when the pipeline runs without a schedule (`poll --once`).
func (p *Pipeline) nextTick(feedID string, t time.Time) time.Time {
	if p.NextTick != nil {
		return p.NextTick(feedID, t)
	}
	return t
}

// learn passes each readout that Ingest stored to Learn.
func (p *Pipeline) learn(ctx context.Context, feedID string, items []NewItem, ids map[string]string) {
	if p.Learn == nil {
		return
	}
	for _, it := range items {
		if id, ok := ids[it.Key]; ok && it.Readout != nil {
			r := *it.Readout
			r.ID, r.FeedID = id, feedID
			p.Learn(ctx, &r)
		}
	}
}

func (p *Pipeline) alerting() bool { return p.AlertChannel != "" && p.AlertAfter > 0 }

// alert enqueues a notice for the admin channel.
func (p *Pipeline) alert(log *slog.Logger, text string) {
	if _, err := p.Store.EnqueueText(p.AlertChannel, readout.KindNotice, text); err != nil {
		log.Error("feed alert not enqueued", "error", err)
		return
	}
	if p.Notify != nil {
		p.Notify()
	}
}

func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2 Jan 2006 15:04 MST")
}

// prepare parses the feed's unseen items and routes them to channels. It
// reads the items a batch at a time (a large document's runs), asks the
// store which of each batch it has seen, and keeps only what the poll
// needs: the seen items whose content changed (to record the edit), the
// oldest maxNewPerPoll unseen ones and, on a first poll, the keys of the
// newest PostLatestOnFirstPoll; so a document of 100,000 new items costs
// one batch and a few hundred items at a time. It returns the items to
// ingest, in document order, and how many new items it left for the next
// poll: those past the oldest maxNewPerPoll, and those whose article was
// still being fetched when the cycle's article time ran out. An error is
// the store's, or a run of the document that could not be parsed.
func (p *Pipeline) prepare(ctx context.Context, f readout.Feed, fr Fetched, first bool, c *cycle) ([]NewItem, int, itemHealth, error) {
	type indexed struct {
		i  int // position in the document
		it readout.Item
	}
	// oldest keeps the unseen items that go into this poll: the oldest
	// first, then the earliest in the document, as a stable sort by age
	// would pick them.
	oldest := best[indexed]{k: maxNewPerPoll, before: func(a, b indexed) bool {
		ta, tb := cmp.Or(a.it.Published, a.it.Updated), cmp.Or(b.it.Published, b.it.Updated)
		return ta.Before(tb) || ta.Equal(tb) && a.i < b.i
	}}
	// newest keeps, on a first poll, the items that are posted: the
	// newest published, then the earliest in the document.
	type dated struct {
		i   int
		key string
		pub time.Time
	}
	newest := best[dated]{before: func(a, b dated) bool {
		return a.pub.After(b.pub) || a.pub.Equal(b.pub) && a.i < b.i
	}}
	if first {
		newest.k = p.PostLatestOnFirstPoll
	}
	type edit struct {
		i  int
		ni NewItem
	}
	var (
		edited []edit // seen items whose content changed
		unseen int
		n      int
	)
	for batch, err := range fr.batches() {
		if err != nil {
			return nil, 0, itemHealth{}, &itemsError{err}
		}
		keys := make([]string, len(batch))
		for i, it := range batch {
			keys[i] = it.Key
		}
		seen, err := p.Store.Seen(f.ID, keys)
		if err != nil {
			return nil, 0, itemHealth{}, err
		}
		for _, it := range batch {
			newest.offer(dated{n, it.Key, it.Published})
			if h, ok := seen[it.Key]; ok {
				if h != it.Hash { // the store records it as edited
					edited = append(edited, edit{n, NewItem{Key: it.Key, Hash: it.Hash}})
				}
			} else {
				unseen++
				oldest.offer(indexed{n, it})
			}
			n++
		}
	}
	fresh := oldest.kept
	slices.SortFunc(fresh, func(a, b indexed) int { return cmp.Compare(a.i, b.i) })
	pending := unseen - len(fresh)
	if pending > 0 {
		p.logger().Warn("more new items than one poll stores; the newest wait for the next polls",
			"feed_id", f.ID, "new", unseen, "stored", len(fresh), "cap", maxNewPerPoll)
	}
	items := make([]readout.Item, len(fresh))
	for j, x := range fresh {
		items[j] = x.it
	}
	docs := p.articles(ctx, f, items, c.articlesBy)
	postable := map[string]bool{} // on the first poll only the newest N are posted
	for _, d := range newest.kept {
		postable[d.key] = true
	}
	subs, err := p.subscriptions()
	if err != nil {
		return nil, 0, itemHealth{}, err
	}
	router := NewRouter(subs, p.logger())
	out := make([]NewItem, 0, len(edited)+len(fresh))
	var ih itemHealth
	for j, it := range items {
		// Edited items go in at their place in the document.
		for len(edited) > 0 && edited[0].i < fresh[j].i {
			out = append(out, edited[0].ni)
			edited = edited[1:]
		}
		d := docs[j]
		if d.pending {
			pending++
			continue
		}
		if d.err != nil {
			ih.failed++
			ih.err = cmp.Or(ih.err, d.err)
		}
		r, err := p.parse(f, it, d)
		if err == nil && d.err == nil {
			ih.read++
		}
		if err != nil {
			p.logger().Warn("item not parsed; recorded as seen", "feed_id", f.ID, "item_link", it.Link, "error", err)
			out = append(out, NewItem{Key: it.Key, Hash: it.Hash})
			continue
		}
		ni := NewItem{Key: it.Key, Hash: it.Hash, Readout: r}
		if !first || postable[it.Key] {
			ni.Channels, ni.Matches = router.Route(f.ID, r)
		}
		out = append(out, ni)
	}
	for _, e := range edited {
		out = append(out, e.ni)
	}
	return out, pending, ih, nil
}

// itemsError is a feed document that failed part way through its items.
type itemsError struct{ err error }

func (e *itemsError) Error() string { return e.err.Error() }
func (e *itemsError) Unwrap() error { return e.err }

// best keeps the k values offered that come first by before, in a heap
// whose root is the last of them, so that choosing k of n costs O(n log k)
// time and O(k) memory.
type best[T any] struct {
	k      int
	before func(a, b T) bool
	kept   []T
}

func (b *best[T]) offer(v T) {
	switch {
	case b.k <= 0:
		return
	case len(b.kept) < b.k:
		b.kept = append(b.kept, v)
		for i := len(b.kept) - 1; i > 0; { // up
			up := (i - 1) / 2
			if !b.before(b.kept[up], b.kept[i]) {
				break
			}
			b.kept[up], b.kept[i] = b.kept[i], b.kept[up]
			i = up
		}
	case b.before(v, b.kept[0]):
		b.kept[0] = v
		for i := 0; ; { // down
			last := i
			for _, c := range []int{2*i + 1, 2*i + 2} {
				if c < len(b.kept) && b.before(b.kept[last], b.kept[c]) {
					last = c
				}
			}
			if last == i {
				break
			}
			b.kept[i], b.kept[last] = b.kept[last], b.kept[i]
			i = last
		}
	}
}

// article is the text an item is parsed from: the linked page when it was
// fetched, else the feed's own text.
type article struct {
	body, link string
	// pending is set when the article was still being fetched when the
	// cycle's article time ran out (or the poll was cancelled).
	pending bool
	// err is why the page could not be had.
	err error
}

// articles returns the text to parse each of items from, fetching the
// linked pages of teasers a few at a time until the cycle's deadline.
func (p *Pipeline) articles(ctx context.Context, f readout.Feed, items []readout.Item, deadline time.Time) []article {
	docs := make([]article, len(items))
	var need []int
	for i, it := range items {
		docs[i] = article{body: it.Content, link: it.Link}
		if f.FetchArticle && it.Link != "" && p.Fetcher.IsTeaser(it) {
			need = append(need, i)
		}
	}
	if len(need) == 0 {
		return docs
	}
	actx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	var g errgroup.Group
	g.SetLimit(articleConcurrency)
	for _, i := range need {
		g.Go(func() error {
			docs[i] = p.fetchArticle(actx, f, items[i]) // each goroutine its own index
			return nil
		})
	}
	_ = g.Wait()
	return docs
}

// fetchArticle fetches an item's linked page. A page that cannot be had
// leaves the feed's text; one cut off by the cycle's deadline is pending.
func (p *Pipeline) fetchArticle(ctx context.Context, f readout.Feed, it readout.Item) article {
	d := article{body: it.Content, link: it.Link}
	if ctx.Err() != nil {
		d.pending = true
		return d
	}
	html, final, err := p.Fetcher.FetchArticle(ctx, it.Link)
	switch {
	case err != nil && ctx.Err() != nil:
		d.pending = true
	case err != nil:
		d.err = err
		p.logger().Info("article not fetched; using the feed's text", "feed_id", f.ID, "item_link", it.Link, "error", err)
	default:
		d.body = html
		if final != "" {
			d.link = final
		}
	}
	return d
}

func (p *Pipeline) parse(f readout.Feed, it readout.Item, d article) (*readout.Readout, error) {
	body, link := d.body, d.link
	parse := p.Parse
	if parse == nil {
		parse = readout.Parse
	}
	return parse(readout.Document{
		Title:            it.Title,
		URL:              link,
		Publisher:        f.Publisher,
		PublisherCountry: f.Country,
		Published:        cmp.Or(it.Published, it.Updated),
		Body:             body,
	})
}

func (p *Pipeline) subscriptions() ([]readout.Subscription, error) {
	return subscriptions.Routes(p.Store, p.Subscriptions)
}
