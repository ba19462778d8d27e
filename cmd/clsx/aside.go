package main

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Files clsx writes for a user (records, WARC exports) follow the policy of
// the corpus and the index: files 0644, folders 0755, narrowed by the
// user's umask. The texts are published documents and what is read from
// them is meant for sharing within a team; a user who wants them private
// sets umask 077, and every file clsx writes follows.
const filePerm = 0o644

// createAside creates a new file beside the one it will be renamed to, so
// that a reader never sees half a file: named like pattern, its last "*"
// replaced by a random string, with the policy's permissions (os.CreateTemp
// would make it 0600).
func createAside(dir, pattern string) (*os.File, error) {
	prefix, suffix := pattern, ""
	if i := strings.LastIndex(pattern, "*"); i >= 0 {
		prefix, suffix = pattern[:i], pattern[i+1:]
	}
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, filePerm)
		if !errors.Is(err, os.ErrExist) {
			return f, err
		}
	}
	return nil, &os.PathError{Op: "createAside", Path: filepath.Join(dir, pattern), Err: os.ErrExist}
}
