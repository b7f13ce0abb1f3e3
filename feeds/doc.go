// Package feeds is the publishers' side of the readout bot: the built-in
// catalog of ministry feeds, an HTTP fetcher with conditional GET, timeouts,
// size caps and charset handling, the translation of RSS, RDF, Atom and JSON
// Feed documents into readout.Item values, item identity (ItemKey) and edit
// detection (ContentHash), the fetching of a linked article when an item
// carries only a teaser, and the per-feed poll schedule.
//
// Third-party types (gofeed's) never leave this package: callers exchange
// readout.Feed, readout.FeedState and readout.Item only.
package feeds
