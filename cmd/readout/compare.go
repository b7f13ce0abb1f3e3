package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/meeting"
	"github.com/readout-bot/readout/readout"
)

func runCompare(ctx context.Context, e env, args []string) error {
	fs := newFlags("compare", e)
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "print the verdict and the comparison as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: readout compare [flags] FILE|URL FILE|URL\n\n"+
			"Says whether two readouts (files as `readout parse` reads them, `readout parse --json`\n"+
			"output, or pages fetched from a URL) describe the same meeting, with the reasons, and\n"+
			"lists what each side's readout has that the other's lacks.")
		fs.PrintDefaults()
	}
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usageError{errors.New("compare takes two readouts: FILE|URL FILE|URL")}
	}
	fetcher := feeds.NewFetcher(feeds.Options{
		UserAgent:    cfg.UserAgent,
		Timeout:      cfg.FetchTimeout,
		MaxBytes:     cfg.MaxFeedBytes,
		AllowPrivate: cfg.AllowPrivateAddresses,
	})
	var rs [2]*readout.Readout
	for i, src := range fs.Args() {
		r, err := loadReadout(ctx, fetcher, src)
		if err != nil {
			return err
		}
		rs[i] = r
	}
	v := meeting.Match(rs[0], rs[1])
	c := meeting.Compare(rs[0], rs[1])
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Same       bool               `json:"same"`
			Checks     []meeting.Check    `json:"checks"`
			Comparison meeting.Comparison `json:"comparison"`
		}{v.Same, v.Checks, c})
	}
	_, err = io.WriteString(e.stdout, compareText(v, c))
	return err
}

// loadReadout reads one readout: a page fetched from an http(s) URL, a
// JSON readout as `readout parse --json` prints it, Markdown with front
// matter, or plain text or HTML.
func loadReadout(ctx context.Context, f *feeds.Fetcher, src string) (*readout.Readout, error) {
	var doc readout.Document
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		html, final, err := f.FetchArticle(ctx, src)
		if err != nil {
			return nil, fmt.Errorf("fetch %s: %w", src, err)
		}
		doc = readout.Document{URL: final, Body: html}
	} else {
		b, err := os.ReadFile(src)
		if err != nil {
			return nil, fmt.Errorf("read %w", err)
		}
		trimmed := bytes.TrimLeft(b, "\ufeff \t\r\n")
		switch {
		case bytes.HasPrefix(trimmed, []byte("{")):
			var r readout.Readout
			if err := json.Unmarshal(b, &r); err != nil {
				return nil, fmt.Errorf("read %s as a JSON readout: %w", src, err)
			}
			return &r, nil
		case bytes.HasPrefix(trimmed, []byte("---")):
			doc, err = readout.ParseMarkdown(b)
			if err != nil {
				return nil, fmt.Errorf("read front matter of %s: %w", src, err)
			}
		default:
			doc.Body = string(b)
		}
	}
	r, err := readout.Parse(doc)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", src, err)
	}
	return r, nil
}

// compareText is the verdict with every check, then each side's naming
// and what only it has.
func compareText(v meeting.Verdict, c meeting.Comparison) string {
	var b strings.Builder
	if v.Same {
		b.WriteString("Same meeting: yes\n")
	} else {
		b.WriteString("Same meeting: no\n")
	}
	for _, ch := range v.Checks {
		mark := "✓"
		if !ch.OK {
			mark = "✗"
		}
		fmt.Fprintf(&b, "  %s %s: %s\n", mark, ch.Name, ch.Detail)
	}
	for i, s := range []meeting.Side{c.A, c.B} {
		fmt.Fprintf(&b, "\n%c. %s", 'A'+i, s.Publisher)
		if s.Country != "" {
			fmt.Fprintf(&b, " (%s)", s.Country)
		}
		fmt.Fprintf(&b, "\n   calls it: %s", s.Title)
		if s.Kind != "" {
			fmt.Fprintf(&b, " (%s)", s.Kind)
		}
		b.WriteByte('\n')
		if len(s.Principals) > 0 {
			fmt.Fprintf(&b, "   principals: %s\n", strings.Join(s.Principals, "; "))
		}
		if s.URL != "" {
			fmt.Fprintf(&b, "   %s\n", s.URL)
		}
		diffs := s.Differences()
		if len(diffs) == 0 {
			b.WriteString("   only here: nothing the other side lacks\n")
			continue
		}
		b.WriteString("   only here:\n")
		for _, d := range diffs {
			fmt.Fprintf(&b, "     %s: %s\n", d.What, strings.Join(d.Items, "; "))
		}
	}
	return b.String()
}
