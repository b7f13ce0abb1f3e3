package readout

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// lazyRE is a regular expression compiled when it is first used. The
// package holds about a hundred; compiled at init they cost every process
// that links readout (each CLI command, each test binary, the daemon
// before it has polled anything) 15-25 ms and 3.8 MB before it parsed a
// single readout. TestRegexpsCompile compiles every one, so a bad
// expression still fails the tests rather than a first parse.
type lazyRE struct {
	c   atomic.Pointer[compiledRE]
	src string
}

// compiledRE is a lazyRE's expression, compiled.
type compiledRE struct {
	re *regexp.Regexp
	// first is, for an expression anchored at the start of the text
	// ("^…") that cannot match the empty string, the bytes its match can
	// begin with; nil for any other. A text that begins with another byte
	// holds no match, which the test of its first byte tells without the
	// cost of a call to regexp, about 100 ns even when it fails at once.
	first *[256]bool
	// suffix is, for an expression that ends with a literal text before
	// the end of the text ("…, $"), that literal: a text that does not end
	// with it holds no match.
	suffix string
}

// misses reports whether s certainly holds no match of c.
func (c *compiledRE) misses(s string) bool {
	return c.first != nil && (s == "" || !c.first[s[0]]) || c.suffix != "" && !strings.HasSuffix(s, c.suffix)
}

// lazyREs is every expression made by lazyRegexp, for TestRegexpsCompile.
var lazyREs []*lazyRE

// lazyRegexp returns src compiled on first use; it panics then, as
// regexp.MustCompile does, if src is not a valid expression.
func lazyRegexp(src string) *lazyRE {
	l := &lazyRE{src: src}
	lazyREs = append(lazyREs, l)
	return l
}

func (l *lazyRE) get() *regexp.Regexp { return l.compiled().re }

func (l *lazyRE) compiled() *compiledRE {
	if c := l.c.Load(); c != nil {
		return c
	}
	return l.compile()
}

// compile compiles l, once in all but a race between two first uses, where
// both compile and the first stored is kept.
func (l *lazyRE) compile() *compiledRE {
	l.c.CompareAndSwap(nil, &compiledRE{re: regexp.MustCompile(l.src), first: firstBytes(l.src), suffix: lastLiteral(l.src)})
	return l.c.Load()
}

// firstBytes returns, for an expression anchored at the start of the text
// that cannot match the empty string, the bytes that may begin a match:
// the first bytes of the runes its first instructions accept, every byte
// from 0x80 for a rune beyond ASCII (an invalid byte reads as U+FFFD), and
// the other cases of a rune matched without regard to case. It returns nil
// for any other expression. It compiles src as regexp.Compile does.
func firstBytes(src string) *[256]bool {
	if !strings.Contains(src, "^") && !strings.Contains(src, `\A`) {
		return nil // not anchored: spare the second compilation
	}
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return nil
	}
	var first [256]bool
	seen := make([]bool, len(prog.Inst))
	// walk adds the first bytes of the runes that the instruction at pc
	// and those it leads to without reading a rune accept; false when one
	// of them is a match, which would then read no rune.
	var walk func(pc uint32) bool
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		switch i := &prog.Inst[pc]; i.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(i.Out) && walk(i.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return walk(i.Out)
		case syntax.InstFail:
			return true
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			addFirstBytes(&first, i)
			return true
		default: // InstMatch
			return false
		}
	}
	if !walk(uint32(prog.Start)) {
		return nil
	}
	return &first
}

// lastLiteral returns the literal text that src, a sequence, reads last
// before the end of the text ("…, $" gives ", "), matched with its case;
// "" for any other expression.
func lastLiteral(src string) string {
	if !strings.HasSuffix(src, "$") {
		return "" // spare the second parse
	}
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return ""
	}
	end, lit := re.Sub[len(re.Sub)-1], re.Sub[len(re.Sub)-2]
	if end.Op != syntax.OpEndText || lit.Op != syntax.OpLiteral || lit.Flags&syntax.FoldCase != 0 {
		return ""
	}
	return string(lit.Rune)
}

// addFirstBytes marks in first the first bytes of the runes that the rune
// instruction i accepts.
func addFirstBytes(first *[256]bool, i *syntax.Inst) {
	add := func(lo, hi rune) {
		for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
			first[r] = true
		}
		if hi >= utf8.RuneSelf {
			for b := utf8.RuneSelf; b < 256; b++ {
				first[b] = true
			}
		}
	}
	switch i.Op {
	case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		add(0, unicode.MaxRune) // '\n' too: a superset is safe
	case syntax.InstRune1:
		add(i.Rune[0], i.Rune[0])
	default:
		if len(i.Rune) == 1 {
			r0 := i.Rune[0]
			add(r0, r0)
			if syntax.Flags(i.Arg)&syntax.FoldCase != 0 {
				for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
					add(r, r)
				}
			}
			return
		}
		for k := 0; k+1 < len(i.Rune); k += 2 {
			add(i.Rune[k], i.Rune[k+1])
		}
	}
}

// The methods of regexp.Regexp that the package uses, on the compiled
// expression.

func (l *lazyRE) String() string { return l.src }

func (l *lazyRE) MatchString(s string) bool {
	c := l.compiled()
	return !c.misses(s) && c.re.MatchString(s)
}

func (l *lazyRE) FindString(s string) string {
	if c := l.compiled(); !c.misses(s) {
		return c.re.FindString(s)
	}
	return ""
}

func (l *lazyRE) FindStringIndex(s string) []int {
	if c := l.compiled(); !c.misses(s) {
		return c.re.FindStringIndex(s)
	}
	return nil
}

func (l *lazyRE) FindStringSubmatch(s string) []string {
	if c := l.compiled(); !c.misses(s) {
		return c.re.FindStringSubmatch(s)
	}
	return nil
}

func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	if c := l.compiled(); !c.misses(s) {
		return c.re.FindStringSubmatchIndex(s)
	}
	return nil
}

func (l *lazyRE) FindAllString(s string, n int) []string {
	if c := l.compiled(); !c.misses(s) {
		return c.re.FindAllString(s, n)
	}
	return nil
}

func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}

func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}

func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}

func (l *lazyRE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(src, repl)
}

func (l *lazyRE) Split(s string, n int) []string { return l.get().Split(s, n) }
