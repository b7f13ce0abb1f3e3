// Package redact hides the secrets a URL may carry (a password, an API key
// or token in its query) before it is logged or posted to Slack.
package redact

import (
	"net/url"
	"strings"
)

// Mask replaces each hidden value.
const Mask = "REDACTED"

// secretWords mark a query parameter whose value is a secret when its
// name, lower-cased, contains one of them: api_key, apikey, key, token,
// access_token, secret, client_secret, sig, signature, X-Amz-Signature,
// X-Amz-Credential, password, auth, session.
var secretWords = []string{"key", "token", "secret", "sig", "pass", "pwd", "auth", "session", "credential"}

// URL returns raw with its password and the values of its secret-looking
// query parameters replaced by Mask. A string that does not parse as a URL
// is returned with everything after its first '?' masked.
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		if i := strings.IndexByte(raw, '?'); i >= 0 {
			return raw[:i+1] + Mask
		}
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), Mask)
	}
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		for i, p := range parts {
			name, _, hasValue := strings.Cut(p, "=")
			if n, err := url.QueryUnescape(name); err == nil {
				name = n
			}
			if hasValue && secret(name) {
				parts[i] = p[:strings.IndexByte(p, '=')+1] + Mask
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	return u.String()
}

// Text returns s with every occurrence of the URL raw replaced by its
// redacted form: for an error message that quotes the URL.
func Text(s, raw string) string {
	if raw == "" {
		return s
	}
	r := URL(raw)
	if r == raw {
		return s
	}
	return strings.ReplaceAll(s, raw, r)
}

func secret(name string) bool {
	name = strings.ToLower(name)
	for _, w := range secretWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}
