package corpus

// The per-input time limit of the fuzz targets: a copy of rules/fuzzlimit,
// since corpus depends on no other clsx package (see that package for why
// CPU time and not the clock).

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// inputLimit is the time one fuzz input may take.
const inputLimit = time.Second

// limitInput runs fn, one fuzz input, and fails it past inputLimit of CPU
// and wall time, or past thirty times inputLimit of wall time; an input still
// running past the limit crashes the worker with every stack, which the
// fuzzer keeps as a failure.
func limitInput(t testing.TB, fn func()) {
	t.Helper()
	start, cpu0 := time.Now(), cpuTime()
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(inputLimit / 20)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			if wall, cpu := time.Since(start), cpuTime()-cpu0; overLimit(wall, cpu) {
				buf := make([]byte, 1<<20)
				n := runtime.Stack(buf, true)
				panic(fmt.Sprintf("fuzz input still running after %v (%v of CPU time):\n%s", wall, cpu, buf[:n]))
			}
		}
	}()
	fn()
	close(done)
	if wall, cpu := time.Since(start), cpuTime()-cpu0; overLimit(wall, cpu) {
		t.Fatalf("input took %v (%v of CPU time), limit %v", wall, cpu, inputLimit)
	}
}

func overLimit(wall, cpu time.Duration) bool {
	if wall > 30*inputLimit {
		return true
	}
	return wall > inputLimit && (cpu > inputLimit || cpu == 0)
}
