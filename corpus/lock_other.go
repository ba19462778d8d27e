//go:build !unix

package corpus

import "os"

// lockFile does nothing where flock is not available: there, running two
// crawls on one corpus at once is the user's to avoid.
func lockFile(f *os.File) error { return nil }

func unlockFile(f *os.File) {}
