package fuzzlimit

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// Limit is the time one fuzz input may take: every parser of untrusted input
// reads a small input in milliseconds, so a second is a stall, not a slow
// machine.
const Limit = time.Second

// hangFactor times Limit is the wall-clock time after which an input that
// does not use the processor (blocked, deadlocked) is a hang.
const hangFactor = 30

// Run runs fn, the body of one fuzz input, and fails the input when it
// takes more than Limit of CPU time (and of wall time), or more than thirty
// times Limit of wall time. fn runs on the calling goroutine, so t.Fatal
// works inside it. An input still running past the limit crashes the
// process with every goroutine's stack: the fuzzer keeps the input as a
// failure, where waiting for it might never end.
func Run(t testing.TB, fn func()) {
	t.Helper()
	start, cpu0 := time.Now(), cpuTime()
	done := make(chan struct{})
	go watch(start, cpu0, done)
	fn()
	close(done)
	wall, cpu := time.Since(start), cpuTime()-cpu0
	if over(wall, cpu) {
		t.Fatalf("input took %v (%v of CPU time), limit %v", wall.Round(time.Millisecond), cpu.Round(time.Millisecond), Limit)
	}
}

// over tells whether an input that took wall time and cpu time is past the
// limit. Where CPU time cannot be measured (cpuTime returns 0), the wall
// clock decides.
func over(wall, cpu time.Duration) bool {
	if wall > hangFactor*Limit {
		return true
	}
	return wall > Limit && (cpu > Limit || cpu == 0)
}

// overrun crashes the process: a panic on a goroutine of its own cannot be
// recovered by the code under test. Tests of this package replace it.
var overrun = func(msg string) { panic(msg) }

// watch panics, with every goroutine's stack, once the input running since
// start is over the limit; it returns when done is closed.
func watch(start time.Time, cpu0 time.Duration, done <-chan struct{}) {
	select {
	case <-done:
		return
	case <-time.After(Limit):
	}
	tick := time.NewTicker(Limit / 20)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		wall, cpu := time.Since(start), cpuTime()-cpu0
		if over(wall, cpu) {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			overrun(fmt.Sprintf("fuzz input still running after %v (%v of CPU time), limit %v:\n%s",
				wall.Round(time.Millisecond), cpu.Round(time.Millisecond), Limit, buf[:n]))
			return
		}
	}
}
