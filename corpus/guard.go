package corpus

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A crawl writes, truncates and deletes files: it must only ever do so to a
// corpus's own. A marker file says a folder is a corpus; a folder of the
// user's that is not empty and holds no marker is refused; and no name of
// the corpus's layout is followed through a symbolic link (a tmp/ pointing
// at the user's home would otherwise be emptied, a manifest.jsonl pointing
// at another file cut and appended to).

// markerName is the file that makes a folder a corpus clsx may write into.
const markerName = "clsx-corpus"

const markerText = "This folder is a clsx corpus: clsx crawl writes into it, and into nothing else.\n"

// Permissions of everything a corpus holds: the documents are published
// texts and their records are for sharing among the researchers of a team,
// so files are readable by all (0644) and folders listable (0755), and the
// user's umask narrows that where wanted (umask 077 makes a corpus private).
// clsx's records, WARC export and index follow the same policy.
const (
	filePerm = 0o644
	dirPerm  = 0o755
)

// layoutNames are the entries of a corpus clsx writes, deletes or truncates.
var layoutNames = []string{markerName, manifestName, frontierName, frontierName + ".new", objectsDir, tmpDir, lockName}

// claimDir makes sure dir is a corpus a crawl may write into: a new or empty
// folder becomes one (its marker written), a corpus an earlier clsx made
// (a manifest and objects/, no marker) gets its marker, anything else is
// refused, as is any name of the layout that is a symbolic link.
func claimDir(dir string) error {
	fi, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(dir, dirPerm); err != nil {
			return err
		}
		return writeMarker(dir)
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	for _, name := range layoutNames {
		if fi, err := os.Lstat(filepath.Join(dir, name)); err == nil && fi.Mode()&os.ModeSymlink != 0 {
			return fmt.Errorf("%s: %s is a symbolic link: a crawl never writes through one (remove it, or crawl into a new folder)", dir, name)
		}
	}
	if fi, err := os.Lstat(filepath.Join(dir, markerName)); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: %s is not a file", dir, markerName)
		}
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) == 0 || madeByEarlierClsx(dir) {
		return writeMarker(dir)
	}
	return fmt.Errorf("%s is not empty and is not a clsx corpus (no %s file): a crawl writes only into a new or empty folder, or a corpus", dir, markerName)
}

// madeByEarlierClsx reports whether dir holds what a crawl of a clsx from
// before the marker left: a manifest file and an objects folder.
func madeByEarlierClsx(dir string) bool {
	m, err := os.Lstat(filepath.Join(dir, manifestName))
	if err != nil || !m.Mode().IsRegular() {
		return false
	}
	o, err := os.Lstat(filepath.Join(dir, objectsDir))
	return err == nil && o.IsDir()
}

func writeMarker(dir string) error {
	f, err := openNoFollow(filepath.Join(dir, markerName), os.O_CREATE|os.O_EXCL|os.O_WRONLY, filePerm)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(markerText); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return syncDir(dir)
}

// realDir makes sure path is a folder of its own, creating it if need be:
// a symbolic link or a file there is refused.
func realDir(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		if err := os.Mkdir(path, dirPerm); err != nil && !errors.Is(err, os.ErrExist) {
			return err
		}
		fi, err = os.Lstat(path)
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder (a symbolic link or a file): a crawl never writes through it", path)
	}
	return nil
}

// openNoFollow opens a file of the corpus, refusing a symbolic link in its
// place (O_NOFOLLOW where the system has it, an Lstat check everywhere).
func openNoFollow(path string, flag int, perm os.FileMode) (*os.File, error) {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return nil, fmt.Errorf("%s is a symbolic link: a crawl never writes through one", path)
	}
	return os.OpenFile(path, flag|oNoFollow, perm)
}

// clearTmp removes the downloads a killed crawl left in tmp/: only regular
// files named as tmpFile names them, never a folder or a link.
func clearTmp(dir string) {
	tmp := filepath.Join(dir, tmpDir)
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasPrefix(e.Name(), tmpPrefix) {
			os.Remove(filepath.Join(tmp, e.Name()))
		}
	}
}

// tmpPrefix starts the name of every download in progress.
const tmpPrefix = "fetch-"

// newTmpFile creates a file for a download in progress, with the corpus's
// permissions (os.CreateTemp would make it 0600).
func newTmpFile(dir string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, tmpDir, tmpPrefix+strconv.FormatUint(rand.Uint64(), 36))
		f, err := openNoFollow(name, os.O_CREATE|os.O_EXCL|os.O_RDWR, filePerm)
		if !errors.Is(err, os.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("%s: no free name for a download", filepath.Join(dir, tmpDir))
}
