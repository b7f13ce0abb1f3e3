package readout

import (
	"regexp"
	"sync/atomic"
)

// lazyRE is a regular expression compiled when it is first used. The
// package holds about a hundred; compiled at init they cost every process
// that links readout (each CLI command, each test binary, the daemon
// before it has polled anything) 15-25 ms and 3.8 MB before it parsed a
// single readout. TestRegexpsCompile compiles every one, so a bad
// expression still fails the tests rather than a first parse.
type lazyRE struct {
	re  atomic.Pointer[regexp.Regexp]
	src string
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

func (l *lazyRE) get() *regexp.Regexp {
	if re := l.re.Load(); re != nil {
		return re
	}
	return l.compile()
}

// compile compiles l, once in all but a race between two first uses, where
// both compile and the first stored is kept.
func (l *lazyRE) compile() *regexp.Regexp {
	l.re.CompareAndSwap(nil, regexp.MustCompile(l.src))
	return l.re.Load()
}

// The methods of regexp.Regexp that the package uses, on the compiled
// expression.

func (l *lazyRE) String() string { return l.src }

func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRE) FindString(s string) string { return l.get().FindString(s) }

func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRE) FindStringSubmatchIndex(s string) []int { return l.get().FindStringSubmatchIndex(s) }

func (l *lazyRE) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }

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
