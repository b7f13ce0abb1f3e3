package config

// KnownKeys exposes the decoder's key tables to the external tests.
var KnownKeys = knownKeys

// CommentOut exposes the helper that builds Example's samples.
var CommentOut = commentOut

// ExampleFeeds and ExampleSubscriptions are Example's commented samples.
const (
	ExampleFeeds         = exampleFeeds
	ExampleSubscriptions = exampleSubscriptions
)
