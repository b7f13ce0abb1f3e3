// Package statm reads the process's resident memory from
// /proc/self/statm: one pread of a file kept open, a few microseconds,
// where /proc/self/status costs an open, a read of a larger file and a
// close.
package statm

import (
	"bytes"
	"os"
	"strconv"
)

// Open opens /proc/self/statm for Read; the error is the system's where
// there is no such file (outside Linux).
func Open() (*os.File, error) { return os.Open("/proc/self/statm") }

// Read returns the resident bytes of the process and, of them, the
// shared ones (file-backed pages: the binary's code and mapped files,
// and shared memory) from f, an open /proc/self/statm, using buf (128
// bytes suffice) so that it allocates nothing for the read. ok is false
// when f does not read as statm.
func Read(f *os.File, buf []byte) (resident, shared int64, ok bool) {
	n, _ := f.ReadAt(buf, 0) // io.EOF after the short read of the whole file
	fields := bytes.Fields(buf[:n])
	if len(fields) < 3 {
		return 0, 0, false
	}
	res, err1 := strconv.ParseInt(string(fields[1]), 10, 64)
	sh, err2 := strconv.ParseInt(string(fields[2]), 10, 64)
	if err1 != nil || err2 != nil || sh > res {
		return 0, 0, false
	}
	page := int64(os.Getpagesize())
	return res * page, sh * page, true
}
