//go:build !race

package testmain

// Race reports whether the test binary was built with -race.
const Race = false
