package feeds

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// A large RSS or Atom document is parsed a run of items at a time: gofeed
// builds its whole parse tree before handing over the first item (about
// 500 bytes per item for 40 bytes of XML, 66 MB for a document of 100,000
// tiny items), so parsing the document whole makes memory grow with the
// item count rather than the body cap. Each run is parsed as a document of
// its own, made of the original bytes: everything before the first item
// (the XML declaration, the root and channel start tags with their
// namespaces, the channel's header), the run of items, and everything after
// the last item (the closing tags). Namespaces, xml:base, entities and
// CDATA read the same as in the whole document, and the header is the same
// in every run, so every item comes out as a whole parse would give it.
const (
	// chunkFrom is the document size from which parse reads it in runs;
	// smaller documents are parsed whole.
	chunkFrom = 1 << 20
	// chunkBytes is the size a run of items grows to before the next
	// starts (a single larger item is a run of its own).
	chunkBytes = 256 << 10
)

// itemRuns is a feed document cut into runs of items.
type itemRuns struct {
	head, tail []byte // before the first item, after the last
	starts     []int  // the offset of each item in the document
	end        int    // the end of the last item
	// cuts are the offsets in the document where each run starts,
	// followed by the end of the last item: run i is doc[cuts[i]:cuts[i+1]].
	cuts []int
}

// cut groups the items into runs of about runBytes each (a larger item is
// a run of its own).
func (r *itemRuns) cut(runBytes int) {
	r.cuts = r.cuts[:0]
	for _, s := range r.starts {
		if len(r.cuts) == 0 || s-r.cuts[len(r.cuts)-1] >= runBytes {
			r.cuts = append(r.cuts, s)
		}
	}
	r.cuts = append(r.cuts, r.end)
}

// runs returns the number of runs.
func (r *itemRuns) runs() int { return len(r.cuts) - 1 }

// doc writes run i as a document of its own into buf and returns it.
func (r *itemRuns) doc(buf, data []byte, i int) []byte {
	buf = append(buf[:0], r.head...)
	buf = append(buf, data[r.cuts[i]:r.cuts[i+1]]...)
	return append(buf, r.tail...)
}

// splitItems finds the items of an RSS (0.9x, 1.0, 2.0) or Atom document,
// to be cut into runs. It reports false, and the document is then parsed
// whole, unless the document tokenizes cleanly with matching tags, its
// root is <rss>, <rdf:RDF> or <feed>, and all its items (unprefixed <item>
// or <entry> elements where the format puts them) are children of one
// element. data is UTF-8 (parse's toUTF8 has run).
func splitItems(data []byte) (itemRuns, bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	// No CharsetReader: parse has made the document UTF-8 and says so in
	// its declaration, and offsets into a converted stream would not be
	// offsets into data. A document still declaring another charset fails
	// the scan and is parsed whole.
	d.Strict = false // as gofeed reads documents
	var (
		stack  []openElem
		serial int
		root   string
		parent = -1 // serial of the element holding the items
		first  = -1 // offset of the first item
		last   = -1 // end of the last item
		inItem = -1 // depth of the item being read, or -1
		starts []int
	)
	for {
		off := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return itemRuns{}, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			serial++
			if len(stack) == 0 {
				if root != "" {
					return itemRuns{}, false // a second root
				}
				root = strings.ToLower(t.Name.Space + ":" + t.Name.Local)
				if root != ":rss" && root != "rdf:rdf" && root != ":feed" {
					return itemRuns{}, false
				}
			}
			if inItem < 0 && isItem(root, stack, t.Name) {
				p := stack[len(stack)-1].serial
				if parent >= 0 && p != parent {
					return itemRuns{}, false // items under two elements
				}
				parent = p
				if first < 0 {
					first = off
				}
				starts = append(starts, off)
				inItem = len(stack)
			}
			stack = append(stack, openElem{t.Name, serial})
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1].name != t.Name {
				return itemRuns{}, false
			}
			stack = stack[:len(stack)-1]
			if len(stack) == inItem {
				inItem = -1
				last = int(d.InputOffset())
			}
		}
	}
	if len(stack) != 0 || len(starts) == 0 {
		return itemRuns{}, false
	}
	return itemRuns{head: data[:first], tail: data[last:], starts: starts, end: last}, true
}

// openElem is an element the scan of splitItems is inside.
type openElem struct {
	name   xml.Name
	serial int // tells apart two elements of the same name
}

// isItem reports whether an element opening below stack is one of the
// document's items: an unprefixed <item> (any case, as gofeed reads it)
// that is a child of the root or of an unprefixed <channel> under it, in
// RSS and RDF, and an unprefixed <entry> child of the root in Atom.
func isItem(root string, stack []openElem, name xml.Name) bool {
	if name.Space != "" {
		return false
	}
	switch root {
	case ":feed":
		return len(stack) == 1 && strings.EqualFold(name.Local, "entry")
	case ":rss", "rdf:rdf":
		if !strings.EqualFold(name.Local, "item") {
			return false
		}
		if len(stack) == 1 {
			return true
		}
		ch := stack[len(stack)-1].name
		return len(stack) == 2 && ch.Space == "" && strings.EqualFold(ch.Local, "channel")
	}
	return false
}
