package pdftext

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/clsx/clsx/extract/textdoc"
)

// Isolation. Some files make the parser do what no recover catches: one
// fuzzed file has it allocate 137 GB (a fatal out-of-memory), two loop
// forever in its page lookup. Read guards against the ones it can see
// coming (the cross-reference preflight, its own page-tree walk), but a
// program that reads PDFs from the web runs each in a child process: the
// worker caps its own memory, the parent kills it on a timeout, and a
// crash becomes an error for that one file.

// OptionsEnv is the environment variable through which Isolated hands its
// Options to the worker (JSON); ServeWorker reads it.
const OptionsEnv = "CLSX_PDFTEXT_OPTIONS"

// progressEnv names the file descriptor on which the worker writes a byte
// before each page it OCRs: its parent then gives it one page's deadline
// more, so that a long scan is not killed as a hang.
const progressEnv = "CLSX_PDFTEXT_PROGRESS_FD"

// ocrGrace is added to a page's OCR deadline in the parent: the worker
// kills its own programs at the deadline, and must still answer.
const ocrGrace = 15 * time.Second

// maxInput bounds what a worker reads: no CLS document is near it.
const maxInput = 512 << 20

// workerReply is the worker's one JSON answer on its standard output.
type workerReply struct {
	Doc   *textdoc.Document `json:"doc,omitempty"`
	Error *workerError      `json:"error,omitempty"`
}

type workerError struct {
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// ServeWorker is the worker side of Isolated: it caps its own memory (the
// address space with RLIMIT_AS, the Go heap target with SetMemoryLimit, both
// from Options.MemoryLimit, default 1 GiB), reads one PDF from in, and
// writes to out the Document as JSON, or {"error":{"kind","message"}}.
// Options in the CLSX_PDFTEXT_OPTIONS environment variable (set by
// Isolated) take precedence over opt. It returns an error only when it
// cannot read its input or write its answer.
func ServeWorker(in io.Reader, out io.Writer, opt Options) error {
	if s := os.Getenv(OptionsEnv); s != "" {
		if err := json.Unmarshal([]byte(s), &opt); err != nil {
			return fmt.Errorf("pdftext worker: bad %s: %v", OptionsEnv, err)
		}
		// Not for the programs OCR runs: the options may hold a password.
		os.Unsetenv(OptionsEnv)
	}
	if os.Getenv(progressEnv) == "3" {
		syscall.CloseOnExec(3) // not for the programs OCR runs either
		progress := os.NewFile(3, "progress")
		opt.beforeOCRPage = func() { progress.Write([]byte{'.'}) }
	}
	capMemory(opt.memoryLimit())
	data, err := io.ReadAll(io.LimitReader(in, maxInput+1))
	if err != nil {
		return fmt.Errorf("pdftext worker: reading input: %w", err)
	}
	var reply workerReply
	if len(data) > maxInput {
		reply.Error = &workerError{"damaged", fmt.Sprintf("%v: larger than %d bytes", ErrDamaged, maxInput)}
	} else if doc, err := Read(data, opt); err != nil {
		reply.Error = &workerError{kindOf(err), err.Error()}
	} else {
		reply.Doc = doc
	}
	if err := json.NewEncoder(out).Encode(&reply); err != nil {
		return fmt.Errorf("pdftext worker: writing answer: %w", err)
	}
	return nil
}

// capMemory caps the process's memory: the Go heap target a quarter below
// the limit, so the GC works hard before the kernel refuses a mapping
// (which is fatal), and the address space at the limit on top of what the
// Go runtime has reserved at start (about a gigabyte it never touches:
// page allocator indexes).
func capMemory(limit int64) {
	debug.SetMemoryLimit(limit / 4 * 3)
	as := uint64(limit) + vmSize()
	lim := syscall.Rlimit{Cur: as, Max: as}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		fmt.Fprintf(os.Stderr, "pdftext worker: cannot cap memory: %v\n", err)
	}
}

// vmSize is the process's current address-space size (Linux), 0 if unknown.
func vmSize() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmSize:"); ok {
			f := strings.Fields(rest)
			if len(f) >= 1 {
				var kb uint64
				fmt.Sscan(f[0], &kb)
				return kb << 10
			}
		}
	}
	return 0
}

// Isolated reads PDFs in a child process: Command is started for each
// document (for instance the program itself with a hidden subcommand that
// calls ServeWorker), the PDF is piped to it, and its JSON answer read
// back. A worker that outlives Timeout (default 60 s) or the context is
// killed with its whole process group; one that dies gives
// ErrWorkerCrashed with its exit status and the last words of its
// standard error. The worker's errors come back as the same sentinel
// errors as Read's.
type Isolated struct {
	Command []string
	Timeout time.Duration
	// Env is added to the worker's environment (the parent's is kept).
	Env []string
	Options
}

const defaultTimeout = 60 * time.Second

// Read reads one PDF in a fresh worker process.
func (w *Isolated) Read(ctx context.Context, data []byte) (*textdoc.Document, error) {
	if len(w.Command) == 0 {
		return nil, errors.New("pdftext: Isolated.Command is empty")
	}
	timeout := w.Timeout
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	opts, err := json.Marshal(w.Options)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(w.Command[0], w.Command[1:]...)
	cmd.Env = append(append(os.Environ(), w.Env...), OptionsEnv+"="+string(opts), progressEnv+"=3")
	beats, err := progressPipe(cmd)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorkerCrashed, err)
	}
	cmd.Stdin = bytes.NewReader(data)
	var stdout bytes.Buffer
	stderr := &tailBuffer{max: 64 << 10}
	cmd.Stdout = &stdout
	cmd.Stderr = stderr
	// Its own process group, so that a kill reaches anything it started.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	start := time.Now()
	err = cmd.Start()
	cmd.ExtraFiles[0].Close() // the worker's end
	if err != nil {
		return nil, fmt.Errorf("%w: cannot start %q: %v", ErrWorkerCrashed, w.Command[0], err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	waitErr, err := w.wait(ctx, cmd, done, beats, timeout, start)
	if err != nil {
		return nil, err
	}
	var reply workerReply
	if err := json.Unmarshal(stdout.Bytes(), &reply); err == nil && (reply.Doc != nil || reply.Error != nil) {
		if reply.Error != nil {
			s, ok := kinds[reply.Error.Kind]
			if !ok {
				s = ErrDamaged
			}
			return nil, &kindError{sentinel: s, msg: reply.Error.Message}
		}
		return reply.Doc, nil
	}
	return nil, fmt.Errorf("%w: %s%s", ErrWorkerCrashed, exitStatus(cmd, waitErr), stderr.reason())
}

// wait waits for the worker to end, killing it at its deadline: timeout
// from the start, and from each OCR'd page on, that page's deadline.
func (w *Isolated) wait(ctx context.Context, cmd *exec.Cmd, done <-chan error, beats <-chan struct{}, timeout time.Duration, start time.Time) (error, error) {
	page := w.OCRPageTimeout
	if page <= 0 {
		page = defaultOCRPageTimeout
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case err := <-done:
			return err, nil
		case <-beats:
			timer.Reset(page + ocrGrace)
		case <-timer.C:
			killGroup(cmd)
			<-done
			return nil, fmt.Errorf("%w: no answer after %v, worker killed", ErrTimeout, time.Since(start).Round(time.Millisecond))
		case <-ctx.Done():
			killGroup(cmd)
			<-done
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w: %v after %v, worker killed", ErrTimeout, ctx.Err(), time.Since(start).Round(time.Millisecond))
			}
			return nil, fmt.Errorf("pdftext: %w, worker killed", ctx.Err())
		}
	}
}

// progressPipe gives the worker a pipe as its file descriptor 3 and returns
// a channel that receives a value for each byte it writes there.
func progressPipe(cmd *exec.Cmd) (<-chan struct{}, error) {
	r, wr, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd.ExtraFiles = []*os.File{wr}
	beats := make(chan struct{}, 16)
	go func() {
		defer r.Close()
		buf := make([]byte, 64)
		for {
			n, err := r.Read(buf)
			for range n {
				select {
				case beats <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return beats, nil
}

func killGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	// The negative pid is the process group (Setpgid above).
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		cmd.Process.Kill()
	}
}

// exitStatus says how the worker ended.
func exitStatus(cmd *exec.Cmd, err error) string {
	st := cmd.ProcessState
	if st == nil {
		return fmt.Sprintf("worker failed: %v", err)
	}
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		s := fmt.Sprintf("worker killed by signal %v", ws.Signal())
		if ws.Signal() == syscall.SIGKILL {
			s += " (out of memory?)"
		}
		return s
	}
	if st.ExitCode() == 0 {
		return "worker exited without an answer"
	}
	return fmt.Sprintf("worker exit status %d", st.ExitCode())
}

// tailBuffer keeps the first and the last bytes of a stream: a Go fatal
// error states its cause first and then dumps every goroutine.
type tailBuffer struct {
	max  int
	head []byte
	tail []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	n := len(p)
	if room := t.max/2 - len(t.head); room > 0 {
		k := min(room, len(p))
		t.head = append(t.head, p[:k]...)
		p = p[k:]
	}
	t.tail = append(t.tail, p...)
	if len(t.tail) > t.max/2 {
		t.tail = append(t.tail[:0], t.tail[len(t.tail)-t.max/2:]...)
	}
	return n, nil
}

// reason is the line of the worker's standard error that says why it died:
// a Go "fatal error:" or "panic:" line if there is one, else the last
// non-empty line.
func (t *tailBuffer) reason() string {
	all := string(t.head) + string(t.tail)
	lines := strings.Split(all, "\n")
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") {
			return ": " + l
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return ": " + l
		}
	}
	return ""
}
