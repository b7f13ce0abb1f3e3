package config

// KnownKeys exposes the schema's keys, read from the struct tags, to the
// external tests.
var KnownKeys = schemaKeys

// CommentOut exposes the helper that builds Example's samples.
var CommentOut = commentOut

// ExampleFeeds and ExampleSubscriptions are Example's commented samples.
const (
	ExampleFeeds         = exampleFeeds
	ExampleSubscriptions = exampleSubscriptions
)
