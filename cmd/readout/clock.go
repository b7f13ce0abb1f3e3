package main

// testClockEnv names a file holding an RFC 3339 time that digests and
// pauses end by instead of the system clock, read afresh at every look.
// Only a binary built with the testclock build tag reads it (see
// clock_testclock.go): the end-to-end tests build one so that they move
// time forward by writing the file rather than wait for a period to end.
// The daemon as built by `go build` or `go run` ignores the variable.
const testClockEnv = "READOUT_TEST_CLOCK_FILE"
