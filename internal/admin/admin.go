// Package admin is what the operator's commands (outbox, feeds, backup,
// anniversaries) ask of the daemon's state, whether or not the daemon runs.
//
// The daemon holds bbolt's exclusive lock, so while it runs these commands
// go through it: it serves this API on a Unix socket in the data directory,
// reachable only by users who can reach the database file itself. When no
// daemon runs, a command opens the database and uses [Local] directly.
// Both sides implement [Service], and give the same answers.
package admin

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"path/filepath"
	"strings"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// SocketPath is the admin socket's path in a data directory.
func SocketPath(dataDir string) string {
	return filepath.Join(dataDir, "readout.sock")
}

// ErrNotFound is returned, wrapped with what was not found, for an unknown
// delivery or imported feed. It is storage.ErrNotFound, on both sides of
// the socket.
var ErrNotFound = storage.ErrNotFound

// Service is what the admin commands need from the daemon's state.
type Service interface {
	// Outbox lists the pending, retrying and dead deliveries.
	Outbox(ctx context.Context) (Outbox, error)
	// Retry makes delivery id due now, moving it back from the dead
	// letters if it is there.
	Retry(ctx context.Context, id uint64) error
	// Feeds reports every polled feed with its state.
	Feeds(ctx context.Context) ([]FeedStatus, error)
	// Export lists every polled feed: built-in, configured and imported.
	Export(ctx context.Context) ([]readout.Feed, error)
	// Import stores the incoming feeds that are new (polled from the
	// daemon's next start); an invalid one refuses the whole import.
	Import(ctx context.Context, incoming []readout.Feed) (ImportResult, error)
	// RemoveFeed deletes an imported feed (polled no more from the
	// daemon's next start).
	RemoveFeed(ctx context.Context, id string) error
	// Backup writes a consistent copy of the database to w.
	Backup(ctx context.Context, w io.Writer) (int64, error)
	// Compact rewrites the database file without its free pages and
	// swaps it in, the daemon serving on.
	Compact(ctx context.Context) (CompactResult, error)
	// Anniversaries lists the coming anniversaries as plain text.
	Anniversaries(ctx context.Context, q AnniversaryQuery) (string, error)
}

// Outbox is the outbox's listing.
type Outbox struct {
	Pending []readout.Delivery `json:"pending"`
	Dead    []readout.Delivery `json:"dead"`
}

// CompactResult is the database file's size before and after Compact.
type CompactResult struct {
	Path   string `json:"path"`
	Before int64  `json:"before"`
	After  int64  `json:"after"`
}

// FeedStatus is one polled feed and what the poller remembers of it.
type FeedStatus struct {
	ID        string            `json:"id"`
	URL       string            `json:"url"`
	Publisher string            `json:"publisher"`
	State     readout.FeedState `json:"state"`
}

// ImportResult is what an import did.
type ImportResult struct {
	Added   []readout.Feed  `json:"added"`
	Skipped []feeds.Skipped `json:"skipped"`
}

// AnniversaryQuery selects the anniversaries to list.
type AnniversaryQuery struct {
	Country string    `json:"country"` // a country's code or name; "" for all
	From    time.Time `json:"from"`
	Days    int       `json:"days"`
}

// InvalidFeedsError lists why feeds offered for import were refused, one
// line per feed.
type InvalidFeedsError struct {
	Problems []string
}

func (e *InvalidFeedsError) Error() string {
	return "feeds refused, nothing imported:\n  " + strings.Join(e.Problems, "\n  ")
}

// Local is the Service on an open store: the daemon's own, or a command's
// when no daemon runs.
type Local struct {
	Store *storage.Store
	// Polled is every feed polled: built-in, configured and imported.
	Polled []readout.Feed
	// Wake, when set, tells the deliverer a delivery is due.
	Wake func()
	// Upcoming lists the coming anniversaries (the reminders service's
	// UpcomingPlain); nil when there are none to list.
	Upcoming func(ctx context.Context, country string, from time.Time, days int) (string, error)
	// Unsaved, when set, gives the states of polls that could not be
	// stored (the pipeline's UnsavedStates), shown over the stored ones.
	Unsaved func() map[string]readout.FeedState
	Logger  *slog.Logger
}

var _ Service = (*Local)(nil)

func (l *Local) Outbox(context.Context) (Outbox, error) {
	pending, err := l.Store.Pending()
	if err != nil {
		return Outbox{}, err
	}
	dead, err := l.Store.DeadLetters()
	if err != nil {
		return Outbox{}, err
	}
	return Outbox{Pending: pending, Dead: dead}, nil
}

func (l *Local) Retry(_ context.Context, id uint64) error {
	err := l.Store.Requeue(id)
	if errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("no delivery %d in the outbox or the dead letters: %w", id, ErrNotFound)
	}
	if err != nil {
		return err
	}
	if l.Wake != nil {
		l.Wake()
	}
	return nil
}

func (l *Local) Feeds(context.Context) ([]FeedStatus, error) {
	states, err := l.States()
	if err != nil {
		return nil, err
	}
	out := make([]FeedStatus, 0, len(l.Polled))
	for _, f := range l.Polled {
		out = append(out, FeedStatus{ID: f.ID, URL: f.URL, Publisher: f.Publisher, State: states[f.ID]})
	}
	return out, nil
}

// States returns every feed's state by ID: the stored one, or the state
// of a latest poll that could not be stored (Unsaved), which is newer.
func (l *Local) States() (map[string]readout.FeedState, error) {
	states, err := l.Store.FeedStates()
	if err != nil {
		return nil, err
	}
	if l.Unsaved != nil {
		maps.Copy(states, l.Unsaved())
	}
	return states, nil
}

func (l *Local) Export(context.Context) ([]readout.Feed, error) {
	return l.Polled, nil
}

// Import adds the incoming feeds to the imported feeds, skipping
// duplicates (by normalized URL) of every polled feed. A feed the
// configuration would refuse (its schedule, country, language) refuses
// the whole import, so nothing invalid reaches the database.
func (l *Local) Import(_ context.Context, incoming []readout.Feed) (ImportResult, error) {
	add, skipped := feeds.MergeImport(l.Polled, incoming)
	if err := CheckFeeds(add); err != nil {
		return ImportResult{}, err
	}
	if len(add) > 0 {
		if err := l.Store.AddImportedFeeds(add); err != nil {
			return ImportResult{}, err
		}
		if l.Logger != nil {
			l.Logger.Info("feeds imported; they are polled from the next start", "added", len(add), "skipped", len(skipped))
		}
	}
	return ImportResult{Added: add, Skipped: skipped}, nil
}

func (l *Local) RemoveFeed(_ context.Context, id string) error {
	err := l.Store.RemoveImportedFeed(id)
	if errors.Is(err, storage.ErrNotFound) {
		for _, f := range l.Polled {
			if f.ID == id {
				return fmt.Errorf("feed %s is built in or configured, not imported: set `enabled: false` for it in the configuration: %w", id, ErrNotFound)
			}
		}
		return fmt.Errorf("no imported feed %s (see `readout feeds`): %w", id, ErrNotFound)
	}
	if err != nil {
		return err
	}
	if l.Logger != nil {
		l.Logger.Info("imported feed removed; it is polled until the next start", "feed_id", id)
	}
	return nil
}

func (l *Local) Backup(_ context.Context, w io.Writer) (int64, error) {
	return l.Store.Backup(w)
}

func (l *Local) Compact(context.Context) (CompactResult, error) {
	before, after, err := l.Store.Compact()
	if err == nil && l.Logger != nil {
		l.Logger.Info("database compacted", "path", l.Store.Path(), "bytes_before", before, "bytes_after", after)
	}
	return CompactResult{Path: l.Store.Path(), Before: before, After: after}, err
}

func (l *Local) Anniversaries(ctx context.Context, q AnniversaryQuery) (string, error) {
	if l.Upcoming == nil {
		return "", errors.New("anniversaries are not available")
	}
	return l.Upcoming(ctx, q.Country, q.From, q.Days)
}

// ConfigFeed is a polled feed as the configuration file's entry for it
// (enabled).
func ConfigFeed(f readout.Feed) config.Feed {
	return config.Feed{ID: f.ID, URL: f.URL, Publisher: f.Publisher, Country: f.Country,
		Language: f.Language, Schedule: f.Schedule, FetchArticle: f.FetchArticle, Enabled: true,
		Kind: f.Kind, Listing: f.Listing, UserAgent: f.UserAgent}
}

// CheckFeeds checks feeds as the configuration checks its own feeds
// (schedule, country, language, ID, URL), and lists every problem, one
// line per feed.
func CheckFeeds(list []readout.Feed) error {
	var problems []string
	for _, f := range list {
		c := config.Default()
		cf := ConfigFeed(f)
		if cf.Language == "" {
			cf.Language = "en" // an OPML outline need not say; the poller assumes English
		}
		c.Feeds = []config.Feed{cf}
		err := c.Validate()
		var ve *config.ValidationError
		if errors.As(err, &ve) {
			var msgs []string
			for _, p := range ve.Problems {
				msgs = append(msgs, strings.TrimPrefix(p.Key, "feeds[0].")+": "+p.Message)
			}
			problems = append(problems, fmt.Sprintf("%s (%s): %s", f.ID, f.URL, strings.Join(msgs, "; ")))
		} else if err != nil {
			problems = append(problems, fmt.Sprintf("%s (%s): %v", f.ID, f.URL, err))
		}
	}
	if len(problems) > 0 {
		return &InvalidFeedsError{Problems: problems}
	}
	return nil
}
