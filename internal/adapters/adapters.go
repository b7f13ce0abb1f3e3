// Package adapters implements the pipeline's interfaces with the feeds and
// storage packages, converting between their types and the pipeline's, so
// that none of the three imports another.
package adapters

import (
	"context"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// Fetcher is a feeds.Fetcher as a pipeline.Fetcher.
type Fetcher struct{ *feeds.Fetcher }

var _ pipeline.Fetcher = Fetcher{}

// Fetch polls a feed once, a large document's items given a run at a time
// (feeds.Fetcher.Stream).
func (f Fetcher) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	res, err := f.Stream(ctx, feed, st)
	return Fetched(res), err
}

// IsTeaser reports whether an item carries only a teaser (feeds.IsTeaser).
func (Fetcher) IsTeaser(it readout.Item) bool { return feeds.IsTeaser(it) }

// Fetched converts a feeds.Result to the pipeline's type.
func Fetched(r feeds.Result) pipeline.Fetched {
	return pipeline.Fetched{
		NotModified:  r.NotModified,
		Items:        r.Items,
		Runs:         r.Runs,
		Count:        r.Count,
		ETag:         r.ETag,
		LastModified: r.LastModified,
		BodyHash:     r.BodyHash,
		RetryAfter:   r.RetryAfter,
	}
}

// Store is a storage.Store as a pipeline.Store.
type Store struct{ *storage.Store }

var _ pipeline.Store = Store{}

// Ingest records one poll of a feed in one transaction (storage.Store.Ingest).
func (s Store) Ingest(feedID string, st readout.FeedState, items []pipeline.NewItem) (pipeline.Ingested, error) {
	in := make([]storage.NewItem, len(items))
	for i, it := range items {
		in[i] = storage.NewItem{Key: it.Key, Hash: it.Hash, Readout: it.Readout, Channels: it.Channels, Matches: it.Matches}
	}
	res, err := s.Store.Ingest(feedID, st, in)
	if err != nil {
		return pipeline.Ingested{}, err
	}
	stored := make(map[string]bool, len(res.IDs))
	for _, id := range res.IDs {
		stored[id] = true
	}
	ids := make(map[string]string, len(res.IDs))
	for _, it := range items {
		if id := storage.ReadoutID(feedID, it.Key); it.Readout != nil && stored[id] {
			ids[it.Key] = id
		}
	}
	return pipeline.Ingested{Saved: res.Saved, Edited: res.Edited, Deliveries: res.Deliveries, IDs: ids}, nil
}
