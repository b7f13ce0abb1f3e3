package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/extract"
	"github.com/readout-bot/readout/readout"
)

func runParse(_ context.Context, e env, args []string) error {
	fs := newFlags("parse", e)
	fs.String("config", "", "YAML configuration `file` (optional; unused)")
	title := fs.String("title", "", "the readout's title (default: from the document)")
	link := fs.String("url", "", "the readout's source URL")
	published := fs.String("published", "", "publication date, YYYY-MM-DD")
	publisher := fs.String("publisher", "", "the publisher's name")
	country := fs.String("country", "", "ISO code of the publisher's country, e.g. JP")
	asJSON := fs.Bool("json", false, "print the parsed document as JSON instead of the message")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: readout parse [flags] FILE|-\n\nParses a readout (plain text, HTML, or Markdown with YAML front matter) and prints the Slack message, or --json.\nA saved web page is first reduced to its readout, as pages fetched from a feed are.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("parse takes one FILE, or - for standard input")}
	}
	src, err := readInput(fs.Arg(0), e.stdin)
	if err != nil {
		return err
	}
	var doc readout.Document
	if bytes.HasPrefix(bytes.TrimLeft(src, "\ufeff \t\r\n"), []byte("---")) {
		doc, err = readout.ParseMarkdown(src)
		if err != nil {
			return fmt.Errorf("read front matter of %s: %w", fs.Arg(0), err)
		}
	} else {
		doc.Body = string(src)
		if wholePage(src) {
			// A saved web page is reduced to its readout as the fetching
			// side reduces the pages it fetches.
			if main, err := extract.Main(doc.Body, *link); err == nil {
				doc.Body = main
			}
		}
	}
	if *title != "" {
		doc.Title = *title
	}
	if *link != "" {
		doc.URL = *link
	}
	if *publisher != "" {
		doc.Publisher = *publisher
	}
	if *country != "" {
		doc.PublisherCountry = *country
	}
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usageError{fmt.Errorf("--published %q: want YYYY-MM-DD", *published)}
		}
		doc.Published = t
	}
	r, err := readout.Parse(doc)
	if err != nil {
		return fmt.Errorf("parse %s: %w", fs.Arg(0), err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	}
	_, err = io.WriteString(e.stdout, bot.RenderReadout(r).Console())
	return err
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return b, nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read %w", err)
	}
	return b, nil
}

// wholePage reports whether src is a whole web page (a doctype, <html> or
// <body> near its start) rather than a readout's fragment or plain text.
func wholePage(src []byte) bool {
	head := bytes.ToLower(src[:min(len(src), 1024)])
	return bytes.Contains(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<body"))
}
