package meeting

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/readout-bot/readout/readout"
)

// load parses a fixture of testdata/ (Markdown with front matter) with
// readout.Parse, as the pipeline parses a feed item. Each fixture is
// parsed once for all the tests, which read ten of them several times
// over (Match, FactsOf and Compare only read a readout; tests running in
// parallel share it, so a write would be a race under -race).
func load(t testing.TB, name string) *readout.Readout {
	t.Helper()
	r, err := loadOnce(name)()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var (
	loadMu    sync.Mutex
	loadCache = map[string]func() (*readout.Readout, error){}
)

// loadOnce returns the function that parses fixture name the first time
// it is called and returns that result every time.
func loadOnce(name string) func() (*readout.Readout, error) {
	loadMu.Lock()
	defer loadMu.Unlock()
	f, ok := loadCache[name]
	if !ok {
		f = sync.OnceValues(func() (*readout.Readout, error) {
			src, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				return nil, err
			}
			doc, err := readout.ParseMarkdown(src)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			r, err := readout.Parse(doc)
			if err != nil {
				return nil, fmt.Errorf("parse %s: %w", name, err)
			}
			return r, nil
		})
		loadCache[name] = f
	}
	return f
}

// pairs are two sides' readouts of one meeting, each in its publisher's
// house style.
var pairs = []struct{ a, b string }{
	{"us-jp-call.wh.md", "us-jp-call.mofa.md"},
	{"jp-kh-summit.mofa.md", "jp-kh-summit.mfaic.md"},
	{"gb-jp-call.govuk.md", "gb-jp-call.mofa.md"},
	{"fr-us-call.elysee.md", "fr-us-call.wh.md"},
	{"cn-us-call.fmprc.md", "cn-us-call.wh.md"},
	{"kr-jp-summit.mofakr.md", "kr-jp-summit.mofa.md"},
	{"au-jp-fmm.dfat.md", "au-jp-fmm.mofa.md"},
	{"us-gb-meeting.wh.md", "us-gb-meeting.govuk.md"},
	{"in-jp-call.mea.md", "in-jp-call.mofa.md"},
	{"ph-jp-call.pco.md", "ph-jp-call.mofa.md"},
	{"us-cn-fm.state.md", "us-cn-fm.fmprc.md"},
	{"vn-jp-summit.mofavn.md", "vn-jp-summit.mofa.md"},
	{"asean-jp.mfaic.md", "asean-jp.mofa.md"},
}

// misses are readouts that look alike but report different meetings; the
// checks listed are those that must fail.
var misses = []struct {
	name, a, b string
	fail       []string
}{
	{"same day, another counterpart", "us-jp-call.wh.md", "ph-jp-call.mofa.md", []string{CheckSides}},
	{"same counterpart a week apart", "gb-jp-call.govuk.md", "gb-jp-call-later.mofa.md", []string{CheckDate}},
	{"multilateral summit against a side meeting", "asean-jp.mfaic.md", "jp-kh-summit.mofa.md", []string{CheckEvent}},
	{"the same leaders' calls on consecutive days", "kr-jp-call-1.mofa.md", "kr-jp-call-2.mofakr.md", []string{CheckDate}},
	{"a call is not a summit", "us-jp-summit.wh.md", "us-jp-call.mofa.md", []string{CheckKind}},
	{"the minister, not the leader", "us-cn-fm.state.md", "us-cn-xi.fmprc.md", []string{CheckPrincipals}},
	{"one side's two publishers", "jp-kh-summit.mofa.md", "jp-kh-summit.kantei.md", []string{CheckPublishers}},
	{"two events of one summit week", "asean-jp.mfaic.md", "apt.mofa.md", []string{CheckEvent}},
	{"foreign ministers the day of the summit", "kr-jp-summit.mofakr.md", "kr-jp-fmm.mofa.md", []string{CheckKind, CheckPrincipals}},
	{"the same leaders two days apart", "fr-us-call.elysee.md", "fr-us-call-later.wh.md", []string{CheckDate}},
	{"the adviser's call the same day", "cn-us-call.wh.md", "cn-us-nsa.fmprc.md", []string{CheckPrincipals}},
	{"the same prime minister, another country", "gb-jp-call.mofa.md", "gb-au-call.govuk.md", []string{CheckSides}},
	{"a call a month before the visit", "in-jp-call.mea.md", "in-jp-summit.mofa.md", []string{CheckKind, CheckDate}},
}

func TestMatchPairs(t *testing.T) {
	if len(pairs) < 12 {
		t.Fatalf("%d fixture pairs, want at least 12", len(pairs))
	}
	for _, p := range pairs {
		t.Run(strings.TrimSuffix(p.a, filepath.Ext(p.a)), func(t *testing.T) {
			a, b := load(t, p.a), load(t, p.b)
			for _, v := range []Verdict{Match(a, b), Match(b, a)} {
				if !v.Same {
					t.Errorf("%s and %s do not pair:\n  %s\nreasons:\n  %s", p.a, p.b,
						strings.Join(v.Misses(), "\n  "), strings.Join(v.Reasons(), "\n  "))
				}
				if len(v.Reasons()) != len(v.Checks) {
					t.Errorf("a match gives %d reasons for %d checks", len(v.Reasons()), len(v.Checks))
				}
			}
		})
	}
}

func TestMatchNearMisses(t *testing.T) {
	if len(misses) < 12 {
		t.Fatalf("%d near misses, want at least 12", len(misses))
	}
	for _, m := range misses {
		t.Run(m.name, func(t *testing.T) {
			a, b := load(t, m.a), load(t, m.b)
			for _, v := range []Verdict{Match(a, b), Match(b, a)} {
				if v.Same {
					t.Fatalf("%s and %s pair:\n  %s", m.a, m.b, strings.Join(v.Reasons(), "\n  "))
				}
				var failed []string
				for _, c := range v.Checks {
					if !c.OK {
						failed = append(failed, c.Name)
						if c.Detail == "" {
							t.Errorf("check %s failed without saying why", c.Name)
						}
					}
				}
				for _, want := range m.fail {
					if !slices.Contains(failed, want) {
						t.Errorf("check %s held, want it to fail; failed: %v\n  %s", want, failed, strings.Join(v.Misses(), "\n  "))
					}
				}
			}
		})
	}
}
