package capacity

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/readout-bot/readout/internal/capacity/synth"
)

// FeedFarm is the feed farm a capacity run polls: in this process (Farm)
// or in a child process (FarmProcess).
type FeedFarm interface {
	URL(i int) string
	Publish(i int, at time.Time) synth.Item
	Close() error
}

// FarmProcessEnv, set to "feeds,items" in a process's environment, makes
// the benchmark command serve the farm (ServeFarmProcess) instead of
// running the benchmark: StartFarmProcess starts the command's own binary
// so.
const FarmProcessEnv = "READOUT_BENCH_FARM"

// FarmProcess is a Farm served by a child process, so that the daemon's
// process holds none of the farm's thousand listeners (5 MiB of stacks),
// connections and documents, and its memory and CPU figures are the
// daemon's alone, as they are in service where the ministries' sites are
// elsewhere. It is driven over the child's standard input and output.
type FarmProcess struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
	base []string

	mu   sync.Mutex
	head []int // newest item number per feed, as the child has it
}

// StartFarmProcess starts this program again with FarmProcessEnv set and
// waits until it serves every feed. The program must call
// ServeFarmProcess when it finds the variable set.
func StartFarmProcess(feeds, items int) (*FarmProcess, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("farm process: %w", err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d,%d", FarmProcessEnv, feeds, items))
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("farm process: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("farm process: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("farm process: %w", err)
	}
	f := &FarmProcess{cmd: cmd, in: in, out: bufio.NewReader(out), base: make([]string, feeds), head: make([]int, feeds)}
	for i := range f.head {
		f.head[i] = items - 1
		line, err := f.out.ReadString('\n')
		if err != nil {
			return nil, errors.Join(fmt.Errorf("farm process: read feed %d's address: %w", i, err), f.Close())
		}
		f.base[i] = strings.TrimSpace(line)
	}
	return f, nil
}

// URL returns feed i's address.
func (f *FarmProcess) URL(i int) string { return feedURL(f.base[i], i) }

// Publish adds one item to feed i, published at at, and returns it once
// the child serves it.
func (f *FarmProcess) Publish(i int, at time.Time) synth.Item {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.head[i]++
	n := f.head[i]
	// The child is this program; a failed exchange is a broken benchmark,
	// not an outcome to measure.
	if _, err := fmt.Fprintf(f.in, "%d %d %d\n", i, n, at.UnixNano()); err != nil {
		panic(fmt.Sprintf("farm process: publish: %v", err))
	}
	if line, err := f.out.ReadString('\n'); err != nil || line != "ok\n" {
		panic(fmt.Sprintf("farm process: publish: %q, %v", line, err))
	}
	it := synth.NewItem(feedSite(f.base[i], i), i, n)
	it.Published = at
	return it
}

// Close ends the child (its input closed) and waits for it.
func (f *FarmProcess) Close() error {
	err := f.in.Close()
	if werr := f.cmd.Wait(); werr != nil {
		err = errors.Join(err, fmt.Errorf("farm process: %w", werr))
	}
	return err
}

// ServeFarmIfChild serves the farm and exits the process when this
// process is the farm's child (FarmProcessEnv set), and returns at once
// otherwise. The benchmark command and the tests that start the child
// (their TestMain) call it first.
func ServeFarmIfChild() {
	spec := os.Getenv(FarmProcessEnv)
	if spec == "" {
		return
	}
	if err := ServeFarmProcess(spec, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "readout-bench farm: %v\n", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// ServeFarmProcess is the child's side of StartFarmProcess: it serves the
// farm that spec ("feeds,items") describes, writes each feed's base
// address to out, one a line, then publishes what each line of in asks
// ("feed item unixnano", answered "ok") until in ends.
func ServeFarmProcess(spec string, in io.Reader, out io.Writer) error {
	a, b, _ := strings.Cut(spec, ",")
	feeds, err1 := strconv.Atoi(a)
	items, err2 := strconv.Atoi(b)
	if err := errors.Join(err1, err2); err != nil || feeds < 1 || items < 1 {
		return fmt.Errorf("farm process: bad %s %q", FarmProcessEnv, spec)
	}
	f, err := StartFarm(feeds, items)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	for _, base := range f.base {
		fmt.Fprintln(w, base)
	}
	if err := w.Flush(); err != nil {
		return errors.Join(err, f.Close())
	}
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		var i, n int
		var ns int64
		if _, err := fmt.Sscan(sc.Text(), &i, &n, &ns); err != nil || i < 0 || i >= feeds {
			return errors.Join(fmt.Errorf("farm process: bad request %q", sc.Text()), f.Close())
		}
		f.publishAt(i, n, time.Unix(0, ns))
		if _, err := io.WriteString(out, "ok\n"); err != nil {
			return errors.Join(err, f.Close())
		}
	}
	return errors.Join(sc.Err(), f.Close())
}
