package feeds

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"iter"
	"mime"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
	"github.com/readout-bot/readout/readout"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// parsed is a feed document turned into domain terms.
type parsed struct {
	title string
	items []readout.Item
	ttl   time.Duration // RSS <ttl>
	runs  int           // runs of items parsed one at a time; 0 when whole
	// each, set by parseStream in place of items, yields the items a run
	// at a time; count is then the number of item elements.
	each  iter.Seq2[[]readout.Item, error]
	count int
}

// parse decodes a feed document to UTF-8, parses it with gofeed (the format
// is detected from the document) and normalizes its items. contentType is
// the HTTP Content-Type (for its charset), baseURL the feed's final URL
// (for relative links). Fetch and the fuzz target share this path. An RSS
// or Atom document of chunkFrom bytes or more is parsed a run of items at
// a time (see splitItems); JSON Feed is always parsed whole, its size
// bounded by the fetcher's body cap.
func parse(data []byte, contentType, baseURL, feedID string) (parsed, error) {
	return parseSplit(data, contentType, baseURL, feedID, chunkFrom, 0, false)
}

// parseStream is parse for a caller that takes the items of a large
// document a run at a time: the parse it returns of an RSS or Atom document
// of chunkFrom bytes or more has each in place of items (see parseRuns).
func parseStream(data []byte, contentType, baseURL, feedID string) (parsed, error) {
	return parseSplit(data, contentType, baseURL, feedID, chunkFrom, 0, true)
}

// parseSplit is parse with documents of from bytes or more cut into runs
// of about runBytes, given through each when stream is set. Zero runBytes
// makes runs of chunkBytes, or of four times the header and tail when they
// are larger, so that parsing the header again for each run costs at most
// about a quarter of the work.
func parseSplit(data []byte, contentType, baseURL, feedID string, from, runBytes int, stream bool) (p parsed, err error) {
	defer func() {
		// A parser bug must not take the daemon down with it: the
		// document is untrusted input.
		if r := recover(); r != nil {
			p, err = parsed{}, fmt.Errorf("feed parser panicked: %v", r)
		}
	}()
	data = toUTF8(data, contentType)
	base, _ := url.Parse(baseURL)
	if len(data) >= from {
		if runs, ok := splitItems(data); ok {
			runs.cut(cmp.Or(runBytes, max(chunkBytes, 4*(len(runs.head)+len(runs.tail)))))
			p, err := parseRuns(data, runs, base, feedID)
			if err == nil && !stream {
				p, err = p.collect()
			}
			if err == nil {
				return p, nil
			}
			// A run gofeed refused: the whole document decides, so
			// that its error (or its items) are what a whole parse gives.
		}
	}
	return parseWhole(data, base, feedID)
}

// parseWhole parses a document whole with gofeed.
func parseWhole(data []byte, base *url.URL, feedID string) (parsed, error) {
	tr := newTranslator(base, feedID)
	feed, err := tr.parse(data)
	if err != nil {
		return parsed{}, err
	}
	for _, gi := range feed.Items { // JSON Feed; RSS and Atom items went through tr
		tr.norm.add(gi)
	}
	return tr.result(feed), nil
}

// parseRuns parses an RSS or Atom document one run of items at a time, so
// that gofeed's parse tree never holds more than one run's items. It parses
// the first run at once, for the feed's title and ttl (every run carries
// the same header) and so that a document gofeed refuses fails here, and
// returns the others in each, parsed one by one as they are asked for. One
// normalizer sees the items of all runs in document order, as in a whole
// parse. A run that cannot be parsed ends each with its error. each can be
// ranged over once.
func parseRuns(data []byte, runs itemRuns, base *url.URL, feedID string) (parsed, error) {
	count, n := len(runs.starts), runs.runs()
	runs.starts = nil
	tr := newTranslator(base, feedID)
	buf := runs.doc(nil, data, 0)
	feed, err := tr.parse(buf)
	if err != nil {
		return parsed{}, err
	}
	if len(feed.Items) != 0 {
		return parsed{}, errors.New("items outside the translator")
	}
	p := tr.result(feed)
	first := tr.norm.take()
	p.items, p.runs, p.count = nil, n, count
	done := false
	p.each = func(yield func([]readout.Item, error) bool) {
		if done {
			yield(nil, errors.New("the items of this document were already read"))
			return
		}
		// Once read (or abandoned), the document, the runs and the
		// duplicate check are let go, while the caller stores what it kept.
		defer func() { done, data, buf, tr, runs = true, nil, nil, nil, itemRuns{} }()
		items := first
		first = nil
		if !yield(items, nil) {
			return
		}
		for i := 1; i < n; i++ {
			buf = runs.doc(buf, data, i)
			if err := tr.parseRun(buf); err != nil {
				yield(nil, fmt.Errorf("run %d of %d: %w", i+1, n, err))
				return
			}
			if !yield(tr.norm.take(), nil) {
				return
			}
		}
	}
	return p, nil
}

// collect gathers the items of a parse given a run at a time into items.
func (p parsed) collect() (parsed, error) {
	if p.each == nil {
		return p, nil
	}
	p.items = make([]readout.Item, 0, p.count)
	for run, err := range p.each {
		if err != nil {
			return parsed{}, err
		}
		p.items = append(p.items, run...)
	}
	p.each = nil
	return p, nil
}

// parse parses one document with gofeed, RSS and Atom items going through
// t as they are translated.
func (t *translator) parse(data []byte) (*gofeed.Feed, error) {
	fp := gofeed.NewParser()
	fp.RSSTranslator, fp.AtomTranslator = t, t
	feed, err := fp.Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("%w: no RSS, RDF, Atom or JSON Feed document (%s)", ErrNotFeed, describe(data))
		}
		return nil, err
	}
	return feed, nil
}

// parseRun parses a run of items (a document made by itemRuns.doc) whose
// items t takes; a parser panic is an error, as in parse.
func (t *translator) parseRun(doc []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("feed parser panicked: %v", r)
		}
	}()
	feed, err := t.parse(doc)
	if err == nil && len(feed.Items) != 0 {
		err = errors.New("items outside the translator")
	}
	return err
}

// result is the parse of a document whose channel gofeed translated to
// feed and whose items went through t.
func (t *translator) result(feed *gofeed.Feed) parsed {
	p := parsed{title: cleanText(feed.Title), items: t.norm.out}
	if n, err := strconv.Atoi(strings.TrimSpace(t.ttl)); err == nil && n > 0 {
		p.ttl = time.Duration(min(n, 7*24*60)) * time.Minute
	}
	return p
}

// translator is gofeed's RSS and Atom translation, item by item: each
// parsed item is translated, normalized and dropped before the next, so
// that a document of 100,000 items never holds gofeed's parse, its
// universal feed and the readout items all at once (the peak was three
// copies). It also skips gofeed's search of every item's HTML for a first
// image (a full HTML parse per item, 840 MB of garbage for 100,000 items,
// for a field readout never reads), and keeps the one field of the
// original feed parse needs, <ttl>, rather than the whole original feed.
type translator struct {
	norm *normalizer
	ttl  string
}

func newTranslator(base *url.URL, feedID string) *translator {
	return &translator{norm: newNormalizer(base, feedID)}
}

func (t *translator) Translate(feed any) (*gofeed.Feed, error) {
	switch f := feed.(type) {
	case *rss.Feed:
		t.ttl = f.TTL
		items := f.Items
		t.norm.grow(len(items))
		tr := &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
		f.Items = nil
		out, err := tr.Translate(f) // the channel alone
		if err != nil {
			return nil, err
		}
		for i, it := range items {
			items[i] = nil
			f.Items = []*rss.Item{it}
			one, err := tr.Translate(f)
			if err != nil {
				return nil, err
			}
			t.norm.add(one.Items[0])
		}
		f.Items = nil
		return out, nil
	case *atom.Feed:
		entries := f.Entries
		t.norm.grow(len(entries))
		tr := &gofeed.DefaultAtomTranslator{}
		f.Entries = nil
		out, err := tr.Translate(f)
		if err != nil {
			return nil, err
		}
		for i, e := range entries {
			entries[i] = nil
			f.Entries = []*atom.Entry{e}
			one, err := tr.Translate(f)
			if err != nil {
				return nil, err
			}
			t.norm.add(one.Items[0])
		}
		f.Entries = nil
		return out, nil
	}
	return nil, fmt.Errorf("unexpected feed type %T", feed)
}

// normalizer turns gofeed items into readout items, one at a time. Items
// with neither title, link nor content are dropped; so is an exact repeat
// (same key, same hash). A repeated key with different content (a GUID
// reused for two entries) gets a key derived from its hash, which stays
// stable across polls.
type normalizer struct {
	base   *url.URL
	feedID string
	// seen holds the key and hash of every item so far, as the digests
	// they are written in: 64 bytes an item rather than two strings of 64
	// bytes and their headers, for documents of 100,000 items.
	seen map[digest]digest
	out  []readout.Item
}

// digest is the SHA-256 an item key or content hash is the hex form of.
type digest [sha256.Size]byte

// digestOf returns the digest s is the hex form of, or (for a string that
// is not one, which ItemKey and ContentHash never give) the digest of s.
func digestOf(s string) digest {
	var d digest
	if len(s) == hex.EncodedLen(len(d)) {
		if _, err := hex.Decode(d[:], []byte(s)); err == nil {
			return d
		}
	}
	return sha256.Sum256([]byte(s))
}

func newNormalizer(base *url.URL, feedID string) *normalizer {
	return &normalizer{base: base, feedID: feedID, seen: map[digest]digest{}}
}

// grow makes room for k more items.
func (n *normalizer) grow(k int) { n.out = slices.Grow(n.out, k) }

// take returns the items normalized since the last take.
func (n *normalizer) take() []readout.Item {
	out := n.out
	n.out = nil
	return out
}

func (n *normalizer) add(gi *gofeed.Item) {
	if gi == nil {
		return
	}
	it := normalizeItem(gi, n.base, n.feedID)
	if it.Title == "" && it.Link == "" && it.Content == "" {
		return
	}
	hash := digestOf(it.Hash)
	if h, dup := n.seen[digestOf(it.Key)]; dup {
		if h == hash {
			return
		}
		it.Key = sum("dup:" + it.Key + ":" + it.Hash)
		if _, dup := n.seen[digestOf(it.Key)]; dup {
			return
		}
	}
	n.seen[digestOf(it.Key)] = hash
	n.out = append(n.out, it)
}

// normalizeItem translates one gofeed item.
func normalizeItem(gi *gofeed.Item, base *url.URL, feedID string) readout.Item {
	it := readout.Item{
		FeedID: feedID,
		GUID:   strings.TrimSpace(gi.GUID),
		Title:  cleanText(gi.Title),
	}
	it.Link = resolveLink(base, gi.Link)
	for _, l := range gi.Links {
		if it.Link != "" {
			break
		}
		it.Link = resolveLink(base, l)
	}
	if it.Link == "" && it.GUID != "" {
		// An RSS guid that is a permalink stands in for a missing link.
		if u, err := url.Parse(it.GUID); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			it.Link = u.String()
		}
	}
	content := strings.TrimSpace(gi.Content)
	desc := strings.TrimSpace(gi.Description)
	if content != "" {
		it.Content, it.Summary = content, desc
	} else {
		it.Content = desc
	}
	if gi.UpdatedParsed != nil {
		it.Updated = *gi.UpdatedParsed
	}
	switch {
	case gi.PublishedParsed != nil:
		it.Published = *gi.PublishedParsed
	case gi.UpdatedParsed != nil:
		it.Published = *gi.UpdatedParsed
	}
	it.Key = ItemKey(it.GUID, it.Link, it.Title, it.Content)
	it.Hash = ContentHash(it.Title, it.Content)
	return it
}

// resolveLink makes raw absolute against base and keeps it only if it is
// http or https.
func resolveLink(base *url.URL, raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		u, err = url.Parse(strings.ReplaceAll(raw, " ", "%20"))
		if err != nil {
			return ""
		}
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

var tagRE = regexp.MustCompile(`<[a-zA-Z/!?][^>]*>`)

// cleanText makes a one-line plain string of a title: tags removed, HTML
// entities decoded, whitespace (non-breaking spaces included) collapsed.
func cleanText(s string) string {
	if strings.ContainsRune(s, '<') {
		s = tagRE.ReplaceAllString(s, " ")
	}
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// describe names the kind of a document that is not a feed ("an HTML
// page, 1234 bytes") without quoting it: the bytes came from wherever a
// redirect pointed, and error texts reach logs and the admin channel.
func describe(b []byte) string {
	t := bytes.TrimSpace(b)
	t = bytes.ToLower(t[:min(len(t), 64)])
	kind := "a document"
	switch {
	case len(t) == 0:
		return "an empty document"
	case bytes.HasPrefix(t, []byte("<!doctype html")) || bytes.HasPrefix(t, []byte("<html")):
		kind = "an HTML page"
	case t[0] == '<':
		kind = "another XML document"
	case t[0] == '{' || t[0] == '[':
		kind = "JSON that is not a JSON Feed"
	case utf8.Valid(t):
		kind = "plain text"
	}
	return fmt.Sprintf("%s, %d bytes", kind, len(b))
}

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
	// declRE matches the encoding pseudo-attribute of a leading XML
	// declaration; group 2 is the label.
	declRE = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*(["'])([A-Za-z0-9._:-]*)(["'])`)
)

// toUTF8 converts a feed document to UTF-8 and makes its XML declaration
// say so, so that the parser never converts twice. The encoding is taken
// from the byte order mark, else the XML declaration, else the charset of
// the HTTP Content-Type, else UTF-8. Bytes that are still not UTF-8 become
// U+FFFD, and control characters XML forbids are removed: one bad byte
// should not cost a whole feed.
func toUTF8(b []byte, contentType string) []byte {
	var decoded bool
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		b, decoded = b[len(utf8BOM):], true
	case bytes.HasPrefix(b, utf16LEBOM), bytes.HasPrefix(b, utf16BEBOM):
		if d, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b); err == nil {
			b, decoded = d, true
		}
	}
	if !decoded {
		label := ""
		if m := declRE.FindSubmatch(b); m != nil {
			label = string(m[2])
		}
		if l := strings.ToLower(label); label == "" || strings.HasPrefix(l, "utf-16") || strings.HasPrefix(l, "utf-32") {
			// A declaration readable as ASCII cannot be in UTF-16 or -32.
			label = headerCharset(contentType)
		}
		if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" {
			if d, err := enc.NewDecoder().Bytes(b); err == nil {
				b = d
			}
		}
	}
	if m := declRE.FindSubmatchIndex(b); m != nil && !strings.EqualFold(string(b[m[4]:m[5]]), "utf-8") {
		b = append(append(append([]byte(nil), b[:m[4]]...), "UTF-8"...), b[m[5]:]...)
	}
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return stripControls(b)
}

// headerCharset returns the charset parameter of a Content-Type value.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// stripControls removes the C0 control characters other than tab, line
// feed and carriage return, which XML 1.0 forbids even as references.
func stripControls(b []byte) []byte {
	i := bytes.IndexFunc(b, isForbiddenControl)
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:i]...)
	for _, c := range b[i:] {
		if c >= 0x20 || c == '\t' || c == '\n' || c == '\r' {
			out = append(out, c)
		}
	}
	return out
}

func isForbiddenControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r'
}
