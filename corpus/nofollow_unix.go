//go:build unix

package corpus

import "syscall"

// oNoFollow makes opening a symbolic link fail.
const oNoFollow = syscall.O_NOFOLLOW
