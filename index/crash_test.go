package index

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The crash test re-executes this test binary as a child that builds an
// index; TestMain turns the child into the builder when these variables are
// set.
const (
	envCrashDir  = "CLSX_INDEX_CRASH_DIR"
	envCrashDocs = "CLSX_INDEX_CRASH_DOCS"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(envCrashDir); dir != "" {
		os.Exit(crashChild(dir))
	}
	code := m.Run()
	if benchDir != "" && os.Getenv("CLSX_BENCH_INDEX") == "" {
		os.RemoveAll(benchDir)
	}
	if fuzzDir != "" {
		os.RemoveAll(fuzzDir)
	}
	os.Exit(code)
}

// crashChild builds an index of a synthetic corpus into dir, says "halfway"
// on stdout when half the documents are in, then goes on slowly, so that the
// parent's SIGKILL lands in the middle of the build whatever the machine's
// speed. It exits by itself after a minute if no one kills it.
func crashChild(dir string) int {
	n, _ := strconv.Atoi(os.Getenv(envCrashDocs))
	var tb fakeTB
	docs := synthCorpus(&tb, n, 7)
	b, err := Create(dir, "crash child")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	deadline := time.Now().Add(time.Minute)
	for i, d := range docs {
		if err := b.Add(d); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
		if i == len(docs)/2 {
			b.flush() // some segments on disk: a realistic half-written build
			b.wait()
			fmt.Println("halfway")
		}
		if i > len(docs)/2 {
			time.Sleep(5 * time.Millisecond)
			if time.Now().After(deadline) {
				return 3
			}
		}
	}
	b.Commit()
	return 0
}

// fakeTB lets synthCorpus run outside a test (in the crash child).
type fakeTB struct{ testing.TB }

func (fakeTB) Helper()                           {}
func (fakeTB) Fatal(args ...any)                 { panic(fmt.Sprint(args...)) }
func (fakeTB) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

// A build killed half way leaves the previous index answering, and the next
// build cleans up after it.
func TestKilledBuildKeepsIndex(t *testing.T) {
	dir := t.TempDir()
	ix := build(t, dir, seeds(t))
	before, err := ix.Search(Request{Query: "santé mentale"})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envCrashDir+"="+dir, envCrashDocs+"=400")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "halfway" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q, %v", line, err)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed: %v", err)
	}
	_, unfinished, _ := generations(dir)
	if len(unfinished) != 1 {
		t.Errorf("unfinished generations after the kill: %v", unfinished)
	}

	after, err := Open(dir)
	if err != nil {
		t.Fatalf("the previous index does not open after a killed build: %v", err)
	}
	res, err := after.Search(Request{Query: "santé mentale"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(territories(res), "|") != strings.Join(territories(before), "|") {
		t.Errorf("after the killed build: %v, before: %v", territories(res), territories(before))
	}
	if after.Stats.Contracts != ix.Stats.Contracts {
		t.Errorf("%d contracts after, %d before", after.Stats.Contracts, ix.Stats.Contracts)
	}
	after.Close()

	// the next build removes what the killed one left and takes its place
	again := build(t, dir, seeds(t))
	if _, unfinished, _ := generations(dir); len(unfinished) != 0 {
		t.Errorf("left over: %v", unfinished)
	}
	done, _, _ := generations(dir)
	if len(done) != 1 || done[0] != again.Generation {
		t.Errorf("generations %v, current %s", done, again.Generation)
	}
}

// A damaged index says so, and how to rebuild it.
func TestCorruptIndex(t *testing.T) {
	dir := t.TempDir()
	ix := build(t, dir, seeds(t))
	ix.Close()
	gen := filepath.Join(dir, ix.Generation)
	var biggest string
	var size int64
	filepath.Walk(gen, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && info.Size() > size && filepath.Base(p) != manifestName {
			biggest, size = p, info.Size()
		}
		return nil
	})
	data, _ := os.ReadFile(biggest)
	data[len(data)/2] ^= 0xff
	os.WriteFile(biggest, data, 0o644)
	_, err := Open(dir)
	var c *CorruptError
	if !errors.As(err, &c) {
		t.Fatalf("flipped byte in %s: %v", biggest, err)
	}
	for _, want := range []string{"corrupt", "checksum", "rebuild it with: clsx index test"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
	os.Truncate(biggest, size/2)
	if _, err := Open(dir); !errors.As(err, &c) {
		t.Errorf("truncated file: %v", err)
	}
	os.WriteFile(filepath.Join(dir, currentName), []byte(`{"generation":"../../etc"}`), 0o644)
	if _, err := Open(dir); !errors.As(err, &c) {
		t.Errorf("CURRENT pointing outside: %v", err)
	}
	os.Remove(filepath.Join(dir, currentName))
	var nf *NotFoundError
	if _, err := Open(dir); !errors.As(err, &nf) || !strings.Contains(err.Error(), "clsx index") {
		t.Errorf("no index: %v", err)
	}
}

// Two builds into one directory: the second is refused, not interleaved.
func TestConcurrentBuildRefused(t *testing.T) {
	dir := t.TempDir()
	b, err := Create(dir, "first")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Abort()
	if _, err := Create(dir, "second"); !errors.Is(err, ErrBusy) {
		t.Errorf("second build: %v", err)
	}
}
