package config

import (
	"reflect"
)

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

// schemaKeys lists every key the file accepts as a path, with "[]" for list
// elements ("feeds[].url"), in the struct's order.
func schemaKeys() []string {
	var keys []string
	var visit func(prefix string, t reflect.Type)
	visit = func(prefix string, t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			k := yamlName(f)
			if k == "" {
				continue
			}
			keys = append(keys, prefix+k)
			ft := f.Type
			switch {
			case ft.Kind() == reflect.Struct:
				visit(prefix+k+".", ft)
			case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct:
				visit(prefix+k+".", ft.Elem())
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				visit(prefix+k+"[].", ft.Elem())
			}
		}
	}
	visit("", reflect.TypeFor[Config]())
	return keys
}
