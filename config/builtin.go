package config

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Builtin is the file's builtin_feeds: which built-in sources are polled.
// true (the default) polls those on by default, the sources seen working
// recently (`readout feeds catalog` marks them); false polls none; "all"
// polls the whole catalog; a list of source IDs and country codes
// ([jp-mofa, kh-mfaic], [KH]) polls those besides the default ones.
type Builtin struct {
	On bool `yaml:"-"`
	// Names are the IDs, country codes or "all" named besides the
	// default sources; the feeds package resolves them.
	Names []string `yaml:"-"`
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (b *Builtin) UnmarshalYAML(n *yaml.Node) error {
	bad := func() error {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: must be true, false, all, or a list of built-in source IDs and country codes such as [jp-mofa, KH]%s", n.Line, got(n))}}
	}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.ShortTag() == "!!bool" && (n.Value == "true" || n.Value == "false") {
			v, _ := strconv.ParseBool(n.Value)
			*b = Builtin{On: v}
			return nil
		}
		if strings.EqualFold(strings.TrimSpace(n.Value), "all") && n.ShortTag() == "!!str" {
			*b = Builtin{On: true, Names: []string{"all"}}
			return nil
		}
		return bad()
	case yaml.SequenceNode:
		out := Builtin{On: true}
		for _, e := range n.Content {
			if e.Kind != yaml.ScalarNode || e.ShortTag() != "!!str" || strings.TrimSpace(e.Value) == "" {
				return bad()
			}
			out.Names = append(out.Names, strings.TrimSpace(e.Value))
		}
		*b = out
		return nil
	}
	return bad()
}

// MarshalYAML implements yaml.Marshaler: true, false, or the names.
func (b Builtin) MarshalYAML() (any, error) {
	if !b.On || len(b.Names) == 0 {
		return b.On, nil
	}
	if len(b.Names) == 1 && strings.EqualFold(b.Names[0], "all") {
		return "all", nil
	}
	return b.Names, nil
}
