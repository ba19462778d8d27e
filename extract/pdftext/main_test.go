package pdftext

import (
	"bytes"
	"fmt"
	"os"
	"testing"
	"time"
)

// workerEnv switches the test binary into a worker: Isolated's tests run
// the test binary itself as the child process. "1" serves; "envcheck"
// serves and checks its environment; "hang", "crash" and "oom" misbehave
// on purpose.
const workerEnv = "PDFTEXT_TEST_WORKER"

func TestMain(m *testing.M) {
	switch os.Getenv(workerEnv) {
	case "":
		os.Exit(m.Run())
	case "hang":
		time.Sleep(time.Hour)
	case "crash":
		fmt.Fprintln(os.Stderr, "fatal error: something broke")
		fmt.Fprintln(os.Stderr, "goroutine 1 [running]:")
		os.Exit(2)
	case "envcheck":
		// Serve, and answer only if the options left the environment.
		var out bytes.Buffer
		if err := ServeWorker(os.Stdin, &out, Options{}); err != nil {
			os.Exit(1)
		}
		if _, set := os.LookupEnv(OptionsEnv); set {
			fmt.Fprintln(os.Stderr, OptionsEnv, "still set")
			os.Exit(3)
		}
		os.Stdout.Write(out.Bytes())
		os.Exit(0)
	case "oom":
		// Cap memory as ServeWorker does, then allocate past the cap.
		capMemory(64 << 20)
		var keep [][]byte
		for i := 0; i < 1000; i++ {
			b := make([]byte, 16<<20)
			for j := range b {
				b[j] = 1
			}
			keep = append(keep, b)
		}
		fmt.Println(len(keep))
		os.Exit(0)
	}
	if err := ServeWorker(os.Stdin, os.Stdout, Options{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// testWorker is an Isolated that runs this test binary as its worker.
func testWorker(t testing.TB) *Isolated {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return &Isolated{Command: []string{exe}, Env: []string{workerEnv + "=1"}}
}
