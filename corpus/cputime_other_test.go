//go:build !unix

package corpus

import "time"

// cpuTime cannot be measured here: the wall clock alone decides.
func cpuTime() time.Duration { return 0 }
