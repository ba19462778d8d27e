package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// clsxProcess is clsx as a real process (the test binary standing in).
func clsxProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "CLSX_TEST_AS_CLSX=1", "NO_COLOR=")
	return cmd
}

// onTerminal runs cmd with its standard error on a pseudo-terminal 100
// columns wide and returns what the terminal received.
func onTerminal(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 100})
	cmd.Stderr = tty
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	var screen bytes.Buffer
	copied := make(chan error, 1)
	go func() {
		_, err := io.Copy(&screen, ptmx)
		copied <- err
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd.Args, err, screen.String())
	}
	select {
	case err := <-copied:
		if err != nil && !errors.Is(err, syscall.EIO) {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("terminal output never ended")
	}
	return screen.String()
}

// extract and index draw a progress line on a terminal (documents, bytes,
// time), erase it, and end with one summary line; into a pipe, only the
// summary.
func TestProgressOnTerminalOnly(t *testing.T) {
	ix := filepath.Join(t.TempDir(), "index")
	for _, c := range []struct {
		args    []string
		bar     string
		summary string
	}{
		{[]string{"extract", seeds, "--format", "csv"}, "clsx extract [", "5 documents extracted: 14 contracts, 0 warnings, 0 failed"},
		{[]string{"index", seeds, "--index", ix}, "clsx index [", "indexed 14 contracts"},
	} {
		t.Run(c.args[0], func(t *testing.T) {
			var out bytes.Buffer
			cmd := clsxProcess(t, c.args...)
			cmd.Stdout = &out
			screen := onTerminal(t, cmd)
			for _, want := range []string{c.bar, "5/5 documents", " kB", "\r\x1b[K", c.summary} {
				if !strings.Contains(screen, want) {
					t.Errorf("terminal lacks %q:\n%q", want, screen)
				}
			}
			if strings.Contains(out.String(), "documents ·") {
				t.Error("progress written to standard output")
			}
			var stderr bytes.Buffer
			piped := clsxProcess(t, c.args...)
			piped.Stdout, piped.Stderr = io.Discard, &stderr
			if err := piped.Run(); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(stderr.String(), "\r") || strings.Contains(stderr.String(), "documents ·") || !strings.Contains(stderr.String(), c.summary) {
				t.Errorf("piped stderr: %q", stderr.String())
			}
			quiet := clsxProcess(t, append(c.args, "--quiet")...)
			quiet.Stdout = io.Discard
			if screen := onTerminal(t, quiet); screen != "" {
				t.Errorf("--quiet on a terminal: %q", screen)
			}
		})
	}
}

func TestProgressLine(t *testing.T) {
	for _, c := range []struct {
		done, total int
		bytes, all  int64
		elapsed     time.Duration
		want        string
	}{
		{0, 4, 0, 4_000_000, 0, "clsx extract [                    ] 0/4 documents · 0 B/4.0 MB · 0s"},
		{2, 4, 2_000_000, 4_000_000, 2 * time.Second, "clsx extract [==========          ] 2/4 documents · 2.0 MB/4.0 MB · 1.0 MB/s · 2s left · 2s"},
		{3, 0, 1500, 0, time.Second, "clsx extract 3 documents · 1.5 kB · 1.5 kB/s · 1s"},
	} {
		if got := progressLine("extract", c.done, c.total, c.bytes, c.all, c.elapsed, 200); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}
