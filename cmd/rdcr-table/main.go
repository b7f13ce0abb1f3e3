// Command rdcr-table turns the U.S. Office of the Historian's guide to the
// United States' recognition and diplomatic relations by country (TEI XML,
// one file per country) into rows of the anniversary table: the
// establishment of diplomatic relations with each country, and the
// re-establishment after a break as a row of its own, each citing the
// Historian's page for the country.
//
//	go run ./cmd/rdcr-table -o anniversary/us_rdcr.csv ../shared/corpus/relations/us-rdcr/articles
//
// It reports on standard error the articles that gave no row and why.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	out := flag.String("o", "", "write the table to `file` (default: standard output)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "Usage: rdcr-table [-o file] ARTICLES_DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "rdcr-table:", err)
		os.Exit(1)
	}
}

func run(dir, out string, stdout, stderr io.Writer) (err error) {
	facts, skipped, err := readDir(dir)
	if err != nil {
		return err
	}
	for _, s := range skipped {
		fmt.Fprintf(stderr, "skipped %s: %s\n", s.slug, s.reason)
	}
	w := stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return fmt.Errorf("write table: %w", err)
		}
		defer func() {
			if cerr := f.Close(); cerr != nil && err == nil {
				err = fmt.Errorf("write table: %w", cerr)
			}
		}()
		w = f
	}
	if err := writeCSV(w, facts); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	fmt.Fprintf(stderr, "%d rows from %s\n", len(facts), dir)
	return nil
}
