package topics_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/topics"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		in      string
		want    topics.Term
		wantErr string
	}{
		{in: "security", want: topics.Term{Topic: "security"}},
		{in: "Security", want: topics.Term{Topic: "security"}},
		{in: "defence", want: topics.Term{Topic: "security"}},
		{in: "trade", want: topics.Term{Topic: "economy"}},
		{in: "human-rights", want: topics.Term{Topic: "human rights"}},
		{in: `"human rights"`, want: topics.Term{Topic: "human rights"}},
		{in: "south_china_sea", want: topics.Term{Topic: "south china sea"}},
		{in: "DPRK", want: topics.Term{Topic: "north korea"}},
		{in: `"rare earths"`, want: topics.Term{Keyword: "rare earths"}},
		{in: "rare earths", want: topics.Term{Keyword: "rare earths"}},
		{in: "lithium", want: topics.Term{Keyword: "lithium"}},
		{in: `“rare   earths”`, want: topics.Term{Keyword: "rare earths"}},
		{in: `"securty"`, want: topics.Term{Keyword: "securty"}},
		{in: "securty", wantErr: `unknown topic "securty": did you mean "security"?`},
		{in: "secuirty", wantErr: `unknown topic "secuirty": did you mean "security"?`},
		{in: "infra", wantErr: `unknown topic "infra": did you mean "infrastructure"?`},
		{in: "enrgy", wantErr: `unknown topic "enrgy": did you mean "energy"?`},
		{in: "defnce", wantErr: `unknown topic "defnce": did you mean "defence" (security)?`},
		{in: "myanmr", wantErr: `unknown topic "myanmr": did you mean "myanmar"?`},
		{in: "", wantErr: "empty topic"},
		{in: `""`, wantErr: "empty topic"},
		{in: `"--"`, wantErr: "no letters or digits"},
		{in: `"a"b"`, wantErr: "quotation mark"},
	}
	for _, tt := range tests {
		got, err := topics.Resolve(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Resolve(%q) = %v, %v; want error %q", tt.in, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Resolve(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		// The stored form reads back as the same term.
		if back, err := topics.Resolve(got.String()); err != nil || back != got {
			t.Errorf("Resolve(%q.String() = %q) = %+v, %v", tt.in, got.String(), back, err)
		}
	}
}

func TestUnknownErrorIsTyped(t *testing.T) {
	_, err := topics.Resolve("helth")
	var ue *topics.UnknownError
	if !errors.As(err, &ue) || ue.Topic != "health" {
		t.Fatalf("Resolve(helth) = %v; want an *UnknownError suggesting health", err)
	}
}

func TestEveryTopicResolvesByNameAndAlias(t *testing.T) {
	for _, name := range topics.Names() {
		for _, n := range append([]string{name}, topics.Aliases(name)...) {
			if got, err := topics.Resolve(n); err != nil || got.Topic != name {
				t.Errorf("Resolve(%q) = %+v, %v; want topic %q", n, got, err, name)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name             string
		include, exclude []string
		text             []string
		ok               bool
		hits             string // topics.Join of the hits
		excluded         string
	}{
		{name: "no filter takes everything", text: []string{"Anything at all."}, ok: true},
		{
			name: "topic term in text", include: []string{"security"},
			text: []string{"Talks", "The two ministers discussed missile launches."}, ok: true, hits: "security (missile)",
		},
		{
			name: "earliest term named", include: []string{"security"},
			text: []string{"Defence cooperation", "They agreed on missiles."}, ok: true, hits: "security (defence)",
		},
		{
			name: "term equal to the name shows the name alone", include: []string{"infrastructure"},
			text: []string{"Quality infrastructure investment was welcomed."}, ok: true, hits: "infrastructure",
		},
		{
			name: "several topics in filter order", include: []string{"security", "infrastructure", "health"},
			text: []string{"Railways and a coast guard vessel."}, ok: true, hits: "security (coast guard), infrastructure (railways)",
		},
		{
			name: "trade is not trademark", include: []string{"trade"},
			text: []string{"The trademark office and its trademarks."}, ok: false,
		},
		{
			name: "energy is not synergy", include: []string{"energy"},
			text: []string{"Synergy and energetic cooperation."}, ok: false,
		},
		{
			name: "aid is not said", include: []string{"development"},
			text: []string{"The minister said the meeting was fruitful."}, ok: false,
		},
		{
			name: "oil is not spoil", include: []string{"energy"},
			text: []string{"Nothing should spoil the turmoil-free talks."}, ok: false,
		},
		{
			name: "case-insensitive", include: []string{"north korea"},
			text: []string{"On NORTH KOREA, they agreed."}, ok: true, hits: "north korea",
		},
		{
			name: "hyphenated term", include: []string{"people-to-people"},
			text: []string{"People-to-people exchanges will grow."}, ok: true, hits: "people-to-people",
		},
		{
			name: "phrase split by a sentence end does not match", include: []string{`"rare earths"`},
			text: []string{"The supply was rare. Earths and metals were not discussed."}, ok: false,
		},
		{
			name: "phrase split between heading and text does not match", include: []string{`"rare earths"`},
			text: []string{"Something rare", "Earths were mentioned."}, ok: false,
		},
		{
			name: "free keyword", include: []string{`"rare earths"`},
			text: []string{"Cooperation on Rare Earths processing."}, ok: true, hits: `"rare earths"`,
		},
		{
			name: "plural form", include: []string{"security"},
			text: []string{"Several submarines were seen."}, ok: true, hits: "security (submarines)",
		},
		{
			name: "exclude wins over include", include: []string{"security"}, exclude: []string{"trade"},
			text: []string{"Missile defence and trade."}, ok: false, excluded: "economy (trade)",
		},
		{
			name: "exclude only", exclude: []string{"trade"},
			text: []string{"A courtesy call on culture."}, ok: true,
		},
		{
			name: "exclude only, excluded", exclude: []string{"climate"},
			text: []string{"The Paris Agreement was reaffirmed."}, ok: false, excluded: "climate (Paris Agreement)",
		},
		{
			name: "WHO the pronoun is not health", include: []string{"health"},
			text: []string{"The minister, who arrived today, met the envoy."}, ok: false,
		},
		{
			name: "Security Council is not security", include: []string{"security"},
			text: []string{"They discussed reform of the UN Security Council."}, ok: false,
		},
		{
			name: "food security is agriculture, not security", include: []string{"security", "agriculture"},
			text: []string{"Japan will support food security in the region."}, ok: true, hits: "agriculture (food security)",
		},
		{
			name: "a term past its exception still counts", include: []string{"security"},
			text: []string{"On the Security Council they agreed.", "They discussed security cooperation."}, ok: true, hits: "security",
		},
		{
			name: "an exception does not hide another term", include: []string{"security"},
			text: []string{"Security Council reform and missile launches."}, ok: true, hits: "security (missile)",
		},
		{
			name: "energy security is energy", include: []string{"energy", "security"},
			text: []string{"Energy security was discussed."}, ok: true, hits: "energy (energy security)",
		},
		{
			name: "apostrophes", include: []string{"north korea"},
			text: []string{"The Democratic People’s Republic of Korea was discussed."}, ok: true,
			hits: "north korea (Democratic People's Republic of Korea)",
		},
		{
			name: "term glued to CJK letters is no word of its own", include: []string{"ukraine"},
			text: []string{"会談ではUkraine情勢について。"}, ok: false,
		},
		{
			name: "term surrounded by non-word text", include: []string{"ukraine"},
			text: []string{"（Ukraine）"}, ok: true, hits: "ukraine",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := topics.Compile(tt.include, tt.exclude)
			if err != nil {
				t.Fatal(err)
			}
			res := f.Match(topics.NewText(tt.text...))
			if res.OK != tt.ok || topics.Join(res.Hits) != tt.hits {
				t.Errorf("Match = ok %v, hits %q; want ok %v, hits %q", res.OK, topics.Join(res.Hits), tt.ok, tt.hits)
			}
			excluded := ""
			if res.Excluded != nil {
				excluded = res.Excluded.String()
			}
			if excluded != tt.excluded {
				t.Errorf("Excluded = %q, want %q", excluded, tt.excluded)
			}
		})
	}
}

func TestCompileRefusesUnknown(t *testing.T) {
	if _, err := topics.Compile([]string{"security"}, []string{"tarde"}); err == nil || !strings.Contains(err.Error(), `did you mean "trade" (economy)?`) {
		t.Errorf("Compile = %v; want did you mean trade", err)
	}
}

func TestNilFilterTakesEverything(t *testing.T) {
	var f *topics.Filter
	if res := f.Match(topics.NewText("x")); !res.OK {
		t.Error("nil filter refused a text")
	}
}

func TestOfReadsHeadingsAndSections(t *testing.T) {
	r := &readout.Readout{
		Title: "Foreign Ministers' Meeting",
		Lead:  "The ministers met in Tokyo.",
		Sections: []readout.Section{
			{Heading: "Maritime issues", Text: "They discussed the South China Sea."},
			{Heading: "Energy", Text: "Cooperation continues."},
		},
		Body: "not read when sections carry text: hydrogen",
	}
	f, _ := topics.Compile([]string{"south china sea", "energy"}, nil)
	res := f.Match(topics.Of(r))
	if got := topics.Join(res.Hits); got != "south china sea, energy" {
		t.Errorf("hits = %q", got)
	}
	// The body stands in for sections without text.
	r2 := &readout.Readout{Title: "Talks", Body: "They spoke of hydrogen."}
	if res := f.Match(topics.Of(r2)); !res.OK || !reflect.DeepEqual(res.Hits, []topics.Hit{{Topic: "energy", Term: "hydrogen"}}) {
		t.Errorf("body: %+v", res)
	}
}

func TestParseListDropsRepeats(t *testing.T) {
	ts, err := topics.ParseList([]string{"security", "defence", `"rare earths"`, "rare earths"})
	if err != nil {
		t.Fatal(err)
	}
	if got := topics.Strings(ts); !reflect.DeepEqual(got, []string{"security", `"rare earths"`}) {
		t.Errorf("got %q", got)
	}
}
