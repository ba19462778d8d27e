//go:build !unix

package index

import "os"

// lockFile does nothing where flock is not available: there, running two
// builds into one directory at once is the user's to avoid.
func lockFile(f *os.File) error { return nil }
