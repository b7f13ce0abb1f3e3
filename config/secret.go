package config

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
)

// Redacted is what a non-empty [Secret] prints as.
const Redacted = "[redacted]"

// Secret is a credential. Every way of printing it (fmt verbs, %#v,
// encoding/json, encoding.TextMarshaler, YAML, slog) gives "[redacted]", or
// "" when it is empty. Use [Secret.Reveal] where the value is really needed.
type Secret string

// Reveal returns the secret's value, for handing to the Slack client.
func (s Secret) Reveal() string { return string(s) }

func (s Secret) redacted() string {
	if s == "" {
		return ""
	}
	return Redacted
}

// String implements fmt.Stringer; it never returns the value.
func (s Secret) String() string { return s.redacted() }

// Format implements fmt.Formatter, so that no verb (not even %d or %x,
// which bypass String) prints the value. Width and flags apply to the
// redacted text.
func (s Secret) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('#'):
		_, _ = io.WriteString(f, s.GoString())
	case verb == 'q':
		_, _ = fmt.Fprintf(f, fmt.FormatString(f, 'q'), s.redacted())
	default:
		_, _ = fmt.Fprintf(f, fmt.FormatString(f, 's'), s.redacted())
	}
}

// GoString implements fmt.GoStringer for %#v; it never returns the value.
func (s Secret) GoString() string { return `config.Secret("` + s.redacted() + `")` }

// LogValue implements slog.LogValuer; it never returns the value.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.redacted()) }

// MarshalJSON implements json.Marshaler; it never returns the value.
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.redacted()) }

// MarshalText implements encoding.TextMarshaler; it never returns the value.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.redacted()), nil }

// MarshalYAML implements yaml.Marshaler; it never returns the value.
func (s Secret) MarshalYAML() (any, error) { return s.redacted(), nil }
