package index

import (
	"io/fs"
	"os"
	"path/filepath"
)

// An index follows the policy of every file clsx writes: files 0644,
// folders 0755, narrowed by the user's umask (the records it holds are read
// from published documents, for sharing within a team; umask 077 makes it
// private). bleve makes its folders 0700 and its files 0600: they are
// widened to the policy once the generation is complete.

// widen gives the folders under dir the permissions of like, a folder
// created with 0755 (so, with the user's umask applied), and the files the
// same without execution: 0644 under umask 022, 0600 under umask 077.
func widen(dir, like string) error {
	fi, err := os.Stat(like)
	if err != nil {
		return err
	}
	dirPerm := fi.Mode().Perm()
	filePerm := dirPerm & 0o666
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return os.Chmod(path, dirPerm)
		case d.Type().IsRegular():
			return os.Chmod(path, filePerm)
		}
		return nil
	})
}
