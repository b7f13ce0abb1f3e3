package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// The file is decoded by yaml itself into Config, with unknown keys
// refused (KnownFields): the struct's yaml tags are the only list of keys.
// yaml reports every unknown key, duplicate key and ill-typed value of the
// file at once, each with its line, in one *yaml.TypeError; the decoder
// turns each into a Problem naming its key path ("feeds[1].url") by
// finding the line in the document's node tree.

// decoder collects the problems of one file and remembers where each key was
// set, so that problems found later by Validate can be given a line.
type decoder struct {
	problems []Problem
	lines    map[string]int  // key path -> line
	bad      map[string]bool // key paths whose value could not be decoded
	index    map[int][]entry // line -> the keys and values on it, in document order
}

// entry is a key or a value of the document, with its key path.
type entry struct {
	path  string
	node  *yaml.Node
	isKey bool
}

func newDecoder() *decoder {
	return &decoder{lines: make(map[string]int), bad: make(map[string]bool), index: make(map[int][]entry)}
}

var (
	yamlLineRe     = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	typeErrLineRe  = regexp.MustCompile(`^line (\d+): (.*)$`)
	unknownFieldRe = regexp.MustCompile(`^field (.+) not found in type (\S+)$`)
	cannotRe       = regexp.MustCompile("^cannot unmarshal (!!\\w+)(?: `.*`)? into (\\S+)$")
	duplicateRe    = regexp.MustCompile(`^mapping key "(.*)" already defined at line (\d+)$`)
)

// decodeFile decodes a YAML document onto c. Problems with the file are
// recorded in d; c keeps its previous value for every key that could not be
// decoded.
func (d *decoder) decodeFile(data []byte, c *Config) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if !errors.Is(err, io.EOF) {
			d.syntax(err)
		}
		return
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		d.syntax(err)
		return
	default:
		d.problems = append(d.problems, Problem{
			Message: "must hold one YAML document; another starts here",
			Line:    next.Line,
		})
		return
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return
		}
		root = resolve(root.Content[0])
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return
	}
	if root.Kind != yaml.MappingNode {
		d.problems = append(d.problems, Problem{Message: "must be a mapping of keys to values", Line: root.Line})
		return
	}
	d.walk("", root)

	// yaml decodes onto c's defaults; a value it cannot decode leaves the
	// default in place (and its problem makes the configuration unusable).
	strict := yaml.NewDecoder(bytes.NewReader(data))
	strict.KnownFields(true)
	err := strict.Decode(c)
	var te *yaml.TypeError
	switch {
	case errors.As(err, &te):
		for _, msg := range te.Errors {
			d.typeError(msg)
		}
	case err != nil:
		d.syntax(err)
		return
	}
	d.strictBools()
	d.presenceDefaults(c)
}

// strictBools refuses a boolean written as anything but true or false.
// yaml decodes YAML 1.1's yes, no, on and off into a bool; the file takes
// only YAML 1.2's two words, as a reader of "enabled: off" may well
// misread it.
func (d *decoder) strictBools() {
	lines := slices.Sorted(maps.Keys(d.index))
	for _, line := range lines {
		for _, e := range d.index[line] {
			if e.isKey || d.bad[e.path] || e.node.Kind != yaml.ScalarNode || e.node.ShortTag() == "!!bool" {
				continue
			}
			if t, ok := schemaType(e.path); ok && t.Kind() == reflect.Bool {
				d.problems = append(d.problems, Problem{Key: e.path, Line: e.node.Line,
					Message: "must be true or false" + got(e.node)})
				d.bad[e.path] = true
			}
		}
	}
}

// schemaType returns the Go type the file's key path ("feeds[1].enabled")
// decodes into.
func schemaType(path string) (reflect.Type, bool) {
	t := reflect.TypeFor[Config]()
	for _, part := range strings.Split(strings.ReplaceAll(path, "[", ".["), ".") {
		switch {
		case part == "":
		case strings.HasPrefix(part, "["):
			if t.Kind() != reflect.Slice {
				return nil, false
			}
			t = t.Elem()
		default:
			if t.Kind() != reflect.Struct {
				return nil, false
			}
			found := false
			for i := range t.NumField() {
				if yamlName(t.Field(i)) == part {
					t, found = t.Field(i).Type, true
					break
				}
			}
			if !found {
				return nil, false
			}
		}
	}
	return t, true
}

// walk indexes the document below n, whose key path is path.
func (d *decoder) walk(path string, n *yaml.Node) {
	n = resolve(n)
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
			key := joinKey(path, k.Value)
			if _, dup := d.lines[key]; !dup {
				d.lines[key] = k.Line
			}
			d.index[k.Line] = append(d.index[k.Line], entry{path: key, node: k, isKey: true})
			d.index[v.Line] = append(d.index[v.Line], entry{path: key, node: v})
			d.walk(key, v)
		}
	case yaml.SequenceNode:
		for i, e := range n.Content {
			e = resolve(e)
			key := fmt.Sprintf("%s[%d]", path, i)
			d.lines[key] = e.Line
			d.index[e.Line] = append(d.index[e.Line], entry{path: key, node: e})
			d.walk(key, e)
		}
	}
}

// typeError turns one of yaml's type errors ("line 7: field urll not found
// in type config.Feed") into a Problem with its key path.
func (d *decoder) typeError(msg string) {
	m := typeErrLineRe.FindStringSubmatch(msg)
	if m == nil {
		d.problems = append(d.problems, Problem{Message: msg})
		return
	}
	line, _ := strconv.Atoi(m[1])
	text := m[2]
	p := Problem{Line: line, Message: text}
	decoded := true // the value was read, as with an unknown or duplicate key
	switch {
	case unknownFieldRe.MatchString(text):
		f := unknownFieldRe.FindStringSubmatch(text)
		p.Key = d.keyOn(line, f[1])
		p.Message = unknownKey(f[1], keysOfType(f[2]))
	case duplicateRe.MatchString(text):
		f := duplicateRe.FindStringSubmatch(text)
		p.Key = d.keyOn(line, f[1])
		p.Message = "duplicate key, first set on line " + f[2]
	case cannotRe.MatchString(text):
		f := cannotRe.FindStringSubmatch(text)
		e := d.valueOn(line, f[1])
		p.Key = e.path
		p.Message = mustBe(f[2])
		if e.node.Kind == yaml.ScalarNode && !strings.HasPrefix(f[2], "[]") && !strings.HasPrefix(f[2], "config.") && f[2] != "string" {
			p.Message += got(e.node) // a scalar of the wrong kind: say which
		}
		decoded = false
	default:
		// An error of one of the package's own types (Level): "must be …".
		p.Key = d.valueOn(line, "").path
		decoded = false
	}
	d.problems = append(d.problems, p)
	if !decoded && p.Key != "" {
		// Validate's problems with this value would only repeat this one.
		d.bad[p.Key] = true
	}
}

// keyOn returns the path of the key named name on line.
func (d *decoder) keyOn(line int, name string) string {
	for _, e := range slices.Backward(d.index[line]) {
		if e.isKey && e.node.Value == name {
			return e.path
		}
	}
	return name
}

// valueOn returns the last value on line whose tag is tag ("!!str"), or
// the last value on it when tag is "" or none matches.
func (d *decoder) valueOn(line int, tag string) entry {
	var last entry
	for _, e := range d.index[line] {
		if e.isKey {
			continue
		}
		if tag != "" && e.node.ShortTag() == tag {
			return d.deepest(line, e)
		}
		last = e
	}
	if last.node == nil {
		return entry{node: &yaml.Node{}}
	}
	return last
}

// deepest returns, among the values on line with e's tag, the one last
// in the document (a list item rather than the list on the same line).
func (d *decoder) deepest(line int, e entry) entry {
	for _, x := range d.index[line] {
		if !x.isKey && x.node.ShortTag() == e.node.ShortTag() {
			e = x
		}
	}
	return e
}

// mustBe says what a Go type wants, for a value yaml could not decode.
func mustBe(goType string) string {
	switch {
	case goType == "int" || goType == "int64":
		return "must be an integer"
	case goType == "bool":
		return "must be true or false"
	case goType == "time.Duration":
		return `must be a duration such as "20s" or "1m30s"`
	case goType == "string":
		return "must be a string"
	case strings.HasPrefix(goType, "[]"):
		return "must be a list"
	case strings.HasPrefix(goType, "config."), strings.HasPrefix(goType, "map["):
		return "must be a mapping of keys to values"
	}
	return "must be a " + goType
}

// presenceDefaults applies the defaults that depend on whether a key is in
// the file: a feed is enabled, and a feed with a url is in English, unless
// the file says otherwise.
func (d *decoder) presenceDefaults(c *Config) {
	for i := range c.Feeds {
		key := fmt.Sprintf("feeds[%d].", i)
		if _, ok := d.lines[key+"enabled"]; !ok {
			c.Feeds[i].Enabled = true
		}
		if _, ok := d.lines[key+"language"]; !ok && c.Feeds[i].URL != "" {
			c.Feeds[i].Language = "en"
		}
	}
}

// syntax records a YAML syntax error, keeping its line.
func (d *decoder) syntax(err error) {
	p := Problem{Message: "invalid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLineRe.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Message = "invalid YAML: " + m[2]
	}
	d.problems = append(d.problems, p)
}

// locate gives a problem found by Validate the line of its key (or of the
// nearest enclosing key set in the file). It reports false for problems at,
// under or above a key whose value could not be decoded: the decoding
// problem was reported already and explains this one.
func (d *decoder) locate(p Problem) (Problem, bool) {
	for k := p.Key; k != ""; k = parentKey(k) {
		if d.bad[k] {
			return p, false
		}
	}
	for k := range d.bad {
		if strings.HasPrefix(k, p.Key+".") || strings.HasPrefix(k, p.Key+"[") {
			return p, false
		}
	}
	for k := p.Key; k != ""; k = parentKey(k) {
		if line, ok := d.lines[k]; ok {
			p.Line = line
			break
		}
	}
	return p, true
}

// parentKey strips the last element of a key path: "feeds[1].url" ->
// "feeds[1]" -> "feeds" -> "".
func parentKey(k string) string {
	i := strings.LastIndexAny(k, ".[")
	if i < 0 {
		return ""
	}
	return k[:i]
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// unknownKey explains an unknown key, suggesting the nearest known one.
func unknownKey(key string, known []string) string {
	lower := strings.ToLower(key)
	if strings.Contains(lower, "token") || strings.Contains(lower, "secret") {
		return "unknown key; Slack credentials are read only from the environment: " +
			"SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET or the same names with _FILE"
	}
	best, bestDist := "", 3
	for _, k := range known {
		if dist := editDistance(lower, k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown key (did you mean %q?)", best)
	}
	return "unknown key"
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// got describes a value for a type error; other nodes are described by
// kind. Only non-secret keys are decoded, so echoing values is safe.
// decodeScalar reads a scalar node with parse into *dst; a parse error or
// a node that is not a scalar is a yaml.TypeError naming the node's line
// (what must be there is want, for a mapping or a list).
func decodeScalar[T any](n *yaml.Node, dst *T, parse func(string) (T, error), want string) error {
	if n.Kind != yaml.ScalarNode {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %s%s", n.Line, want, got(n))}}
	}
	v, err := parse(n.Value)
	if err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", n.Line, err)}}
	}
	*dst = v
	return nil
}

func got(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return fmt.Sprintf(", got %q", n.Value)
	case yaml.MappingNode:
		return ", got a mapping"
	case yaml.SequenceNode:
		return ", got a list"
	}
	return ""
}

// UnmarshalYAML implements yaml.Unmarshaler: one of debug, info, warn (or
// warning) and error, in any case.
func (l *Level) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		if v, ok := parseLevel(n.Value); ok {
			*l = Level(v)
			return nil
		}
	}
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: must be one of debug, info, warn, error%s", n.Line, got(n))}}
}

// MarshalYAML implements yaml.Marshaler: the level's name in lower case,
// as the file writes it.
func (l Level) MarshalYAML() (any, error) { return strings.ToLower(l.String()), nil }

// The schema, read from the struct tags.

// yamlName is a field's key in the file, or "" when it has none.
func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	if name == "" {
		return strings.ToLower(f.Name)
	}
	return name
}

// keysOfType lists the keys of the file's mapping decoded into the named
// type ("config.Feed"), from its struct tags.
func keysOfType(name string) []string {
	var out []string
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t == reflect.TypeFor[time.Location]() {
			return
		}
		if t.String() == name {
			for i := range t.NumField() {
				if k := yamlName(t.Field(i)); k != "" {
					out = append(out, k)
				}
			}
			return
		}
		for i := range t.NumField() {
			if yamlName(t.Field(i)) != "" {
				visit(t.Field(i).Type)
			}
		}
	}
	visit(reflect.TypeFor[Config]())
	return out
}

// parseLevel parses one of slog's four level names, in any case.
func parseLevel(s string) (Level, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return Level(slog.LevelDebug), true
	case "info":
		return Level(slog.LevelInfo), true
	case "warn", "warning":
		return Level(slog.LevelWarn), true
	case "error":
		return Level(slog.LevelError), true
	}
	return 0, false
}
