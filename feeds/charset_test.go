package feeds_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// rssDoc is a one-item RSS 2.0 feed with the given XML declaration.
func rssDoc(decl, channel, title string) string {
	return decl + `<rss version="2.0"><channel><title>` + channel + `</title><link>https://example.go.jp/</link>` +
		`<item><title>` + title + `</title><link>https://example.go.jp/a.html</link>` +
		`<description>` + title + `</description></item></channel></rss>`
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	if enc == nil {
		return []byte(s)
	}
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestFetchCharsets(t *testing.T) {
	const jaChannel = "首相官邸 新着情報"
	const jaTitle = "日・カンボジア首脳会談"
	const koTitle = "한-캄보디아 외교장관회담"
	const deTitle = "Außenminister trifft Amtskollegin – „Gespräch über Zusammenarbeit“"
	const frTitle = "Déclaration conjointe – l’Union européenne et l’ASEAN"
	utf16 := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)

	tests := []struct {
		name        string
		body        []byte
		contentType string
		wantChannel string
		wantTitle   string
	}{
		{
			name:        "Shift_JIS in the prolog",
			body:        encode(t, japanese.ShiftJIS, rssDoc(`<?xml version="1.0" encoding="Shift_JIS"?>`, jaChannel, jaTitle)),
			contentType: "text/xml",
			wantChannel: jaChannel, wantTitle: jaTitle,
		},
		{
			name:        "Shift_JIS only in the header",
			body:        encode(t, japanese.ShiftJIS, rssDoc(`<?xml version="1.0"?>`, jaChannel, jaTitle)),
			contentType: "application/rss+xml; charset=Shift_JIS",
			wantChannel: jaChannel, wantTitle: jaTitle,
		},
		{
			name:        "Shift_JIS header, no prolog at all",
			body:        encode(t, japanese.ShiftJIS, rssDoc("", jaChannel, jaTitle)),
			contentType: "text/xml; charset=shift_jis",
			wantChannel: jaChannel, wantTitle: jaTitle,
		},
		{
			name:        "EUC-JP in the prolog, header silent",
			body:        encode(t, japanese.EUCJP, rssDoc(`<?xml version='1.0' encoding='EUC-JP' ?>`, jaChannel, jaTitle)),
			contentType: "application/xml",
			wantChannel: jaChannel, wantTitle: jaTitle,
		},
		{
			name:        "EUC-KR in the header",
			body:        encode(t, korean.EUCKR, rssDoc(`<?xml version="1.0"?>`, "외교부", koTitle)),
			contentType: "text/xml;charset=EUC-KR",
			wantChannel: "외교부", wantTitle: koTitle,
		},
		{
			name:        "windows-1252 in the prolog",
			body:        encode(t, charmap.Windows1252, rssDoc(`<?xml version="1.0" encoding="windows-1252"?>`, "Ministère", frTitle)),
			wantChannel: "Ministère", wantTitle: frTitle,
		},
		{
			name:        "ISO-8859-1 in the header",
			body:        encode(t, charmap.ISO8859_1, rssDoc(`<?xml version="1.0"?>`, "Auswärtiges Amt", "Außenminister in Brüssel")),
			contentType: "text/xml; charset=ISO-8859-1",
			wantChannel: "Auswärtiges Amt", wantTitle: "Außenminister in Brüssel",
		},
		{
			name:        "UTF-16 with a BOM",
			body:        encode(t, utf16, rssDoc(`<?xml version="1.0" encoding="UTF-16"?>`, jaChannel, jaTitle)),
			wantChannel: jaChannel, wantTitle: jaTitle,
		},
		{
			name:        "UTF-8 BOM beats a wrong prolog",
			body:        append([]byte{0xEF, 0xBB, 0xBF}, rssDoc(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "Auswärtiges Amt", deTitle)...),
			wantChannel: "Auswärtiges Amt", wantTitle: deTitle,
		},
		{
			name:        "UTF-8 prolog beats a wrong header",
			body:        []byte(rssDoc(`<?xml version="1.0" encoding="utf-8"?>`, jaChannel, jaTitle)),
			contentType: "text/xml; charset=Shift_JIS",
			wantChannel: jaChannel, wantTitle: jaTitle,
		},
		{
			name:        "stray Latin-1 byte in a UTF-8 feed",
			body:        []byte(rssDoc(`<?xml version="1.0" encoding="UTF-8"?>`, "Caf\xe9", "Foreign Minister\x0b meets counterpart")),
			wantChannel: "Caf\uFFFD", wantTitle: "Foreign Minister meets counterpart",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			}))
			defer srv.Close()
			res, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{URL: srv.URL + "/index-jnews.rdf"}, readout.FeedState{})
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if res.Title != tt.wantChannel {
				t.Errorf("feed Title = %q, want %q", res.Title, tt.wantChannel)
			}
			if len(res.Items) != 1 {
				t.Fatalf("got %d items, want 1", len(res.Items))
			}
			if got := res.Items[0].Title; got != tt.wantTitle {
				t.Errorf("item Title = %q, want %q", got, tt.wantTitle)
			}
			if got := res.Items[0].Content; got != tt.wantTitle {
				t.Errorf("item Content = %q, want %q", got, tt.wantTitle)
			}
		})
	}
}
