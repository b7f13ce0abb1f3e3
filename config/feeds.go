package config

import (
	"fmt"

	"github.com/readout-bot/readout/readout"
)

// ResolveFeeds returns the feeds to poll: the built-in catalog (when
// BuiltinFeeds is true) merged with the file's feeds, in catalog order, then
// the file's new feeds in file order. A file entry whose ID names a built-in
// feed replaces it when the entry has a URL, and otherwise adjusts it:
// Enabled false drops it, a Schedule overrides its schedule, FetchArticle
// true turns on article fetching. Disabled feeds are left out.
//
// It also checks the references Validate cannot: an entry without URL must
// name a built-in feed, and every subscription's feeds must name a feed of the
// file or (when BuiltinFeeds is true) of the catalog; a disabled feed counts.
// Problems are returned as a *ValidationError. The configuration is expected
// to have passed Validate.
func (c Config) ResolveFeeds(builtin []readout.Feed) ([]readout.Feed, error) {
	isBuiltin := make(map[string]bool, len(builtin))
	for _, b := range builtin {
		isBuiltin[b.ID] = true
	}
	byID := make(map[string]Feed, len(c.Feeds))
	var problems []Problem
	for i, f := range c.Feeds {
		byID[f.ID] = f
		if f.URL == "" && !isBuiltin[f.ID] {
			problems = append(problems, Problem{
				Key:     fmt.Sprintf("feeds[%d].url", i),
				Message: fmt.Sprintf("is required: no built-in feed has id %q", f.ID),
			})
		}
	}

	var out []readout.Feed
	if c.BuiltinFeeds.On {
		for _, b := range builtin {
			f, ok := byID[b.ID]
			switch {
			case !ok:
				out = append(out, b)
			case !f.Enabled:
			case f.URL != "":
				out = append(out, f.readout())
			default:
				if f.Schedule != "" {
					b.Schedule = f.Schedule
				}
				if f.FetchArticle {
					b.FetchArticle = true
				}
				out = append(out, b)
			}
		}
	}
	for _, f := range c.Feeds {
		if f.URL != "" && f.Enabled && !(c.BuiltinFeeds.On && isBuiltin[f.ID]) {
			out = append(out, f.readout())
		}
	}

	for i, s := range c.Subscriptions {
		for j, id := range s.Feeds {
			key := fmt.Sprintf("subscriptions[%d].feeds[%d]", i, j)
			f, inFile := byID[id]
			switch {
			case inFile && f.URL != "", c.BuiltinFeeds.On && isBuiltin[id]:
			case isBuiltin[id]:
				problems = append(problems, Problem{Key: key,
					Message: fmt.Sprintf("names built-in feed %q, but builtin_feeds is false", id)})
			default:
				problems = append(problems, Problem{Key: key,
					Message: fmt.Sprintf("names no configured feed: %q", id)})
			}
		}
	}
	if len(problems) > 0 {
		return nil, &ValidationError{Problems: problems}
	}
	return out, nil
}

// readout converts a file feed with a URL to the domain type.
func (f Feed) readout() readout.Feed {
	return readout.Feed{
		ID:           f.ID,
		URL:          f.URL,
		Publisher:    f.Publisher,
		Country:      f.Country,
		Language:     f.Language,
		Schedule:     f.Schedule,
		FetchArticle: f.FetchArticle || f.Kind == readout.KindListing,
		Kind:         f.Kind,
		Listing:      f.Listing,
		UserAgent:    f.UserAgent,
	}
}
