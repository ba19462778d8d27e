package fuzzlimit

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestOver(t *testing.T) {
	for _, c := range []struct {
		wall, cpu time.Duration
		want      bool
	}{
		{100 * time.Millisecond, 100 * time.Millisecond, false},
		{3 * time.Second, 200 * time.Millisecond, false}, // a loaded machine, not a slow input
		{3 * time.Second, 2 * time.Second, true},
		{1500 * time.Millisecond, 0, true}, // CPU time unknown: the clock decides
		{31 * time.Second, 0, true},
		{8 * time.Second, 900 * time.Millisecond, false}, // a fast input on a crowded machine
		{31 * time.Second, time.Millisecond, true},       // blocked: a hang
	} {
		if got := over(c.wall, c.cpu); got != c.want {
			t.Errorf("over(%v, %v) = %v, want %v", c.wall, c.cpu, got, c.want)
		}
	}
}

// A body that spins past the limit is caught while it runs and failed
// when it returns.
func TestRunFailsASlowBody(t *testing.T) {
	if testing.Short() {
		t.Skip("spins for over a second of CPU time")
	}
	if cpuTime() == 0 {
		t.Skip("no CPU time here")
	}
	caught := make(chan string, 1)
	overrun = func(msg string) { caught <- msg }
	defer func() { overrun = func(msg string) { panic(msg) } }()
	ft := &fakeTB{TB: t}
	Run(ft, func() {
		end := cpuTime() + Limit + 200*time.Millisecond
		for cpuTime() < end {
		}
	})
	if !ft.failed {
		t.Fatal("a body that spun past the limit passed")
	}
	select {
	case msg := <-caught:
		if !strings.Contains(msg, "FuzzLimitSpin") && !strings.Contains(msg, "TestRunFailsASlowBody") {
			t.Errorf("the overrun message has no stack of the body: %.300s", msg)
		}
	default:
		t.Fatal("the watchdog did not see the body run past the limit")
	}
}

func TestRunPassesAFastBody(t *testing.T) {
	ft := &fakeTB{TB: t}
	Run(ft, func() {})
	if ft.failed {
		t.Fatal("an empty body failed")
	}
}

type fakeTB struct {
	testing.TB
	failed bool
}

func (f *fakeTB) Fatalf(string, ...any) { f.failed = true }
func (f *fakeTB) Helper()               {}

// Every fuzz target of the module runs its inputs under the limit (Run, or
// corpus's copy of it, limitInput): one without it could stall unseen.
func TestEveryFuzzTargetIsLimited(t *testing.T) {
	root := filepath.Join("..", "..")
	target := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(f \*testing\.F\) \{\n((?:.*\n)*?)\}\n`)
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range target.FindAllStringSubmatch(string(data), -1) {
			n++
			i := strings.Index(m[2], "f.Fuzz(")
			if i < 0 {
				t.Errorf("%s: %s calls no f.Fuzz", path, m[1])
				continue
			}
			body := m[2][i:]
			if !strings.Contains(body, "fuzzlimit.Run(t, func() {") && !strings.Contains(body, "limitInput(t, func() {") {
				t.Errorf("%s: %s runs its inputs without the per-input limit", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 30 {
		t.Errorf("found %d fuzz targets: the walk missed some", n)
	}
}
