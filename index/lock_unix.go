//go:build unix

package index

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock on f without waiting. The kernel
// releases it when the process dies, however it dies, so a killed build never
// leaves a stale lock behind and the next build can clean up after it.
func lockFile(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
}
