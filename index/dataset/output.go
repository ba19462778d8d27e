package dataset

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
)

// markerName is the file that marks a folder as written by clsx export, so
// that a later export may replace it.
const markerName = ".clsx-export"

// ownNames are every file an export of any format writes: a folder marked
// as an export and holding nothing else may be replaced by a new export.
func ownNames() []string {
	names := []string{markerName, datapackageName, readmeName, xlsxName, jsonlName}
	for _, t := range Tables {
		names = append(names, csvName(t))
	}
	return names
}

// RefusedError says why an output folder is not written to.
type RefusedError struct {
	Dir    string
	Reason string
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("%s: %s; nothing written (give a new or empty folder, or a previous export's)", e.Dir, e.Reason)
}

// checkOutput refuses a folder that is not new, empty or a previous export:
// the user's own files are never replaced nor mixed with the dataset. It
// reports whether the folder exists.
func checkOutput(dir string) (exists bool, err error) {
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		return true, &RefusedError{Dir: dir, Reason: "it is a symbolic link"}
	case !fi.IsDir():
		return true, &RefusedError{Dir: dir, Reason: "it is a file, not a folder"}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true, err
	}
	if len(entries) == 0 {
		return true, nil
	}
	marked := false
	var foreign []string
	for _, e := range entries {
		switch {
		case e.Name() == markerName && e.Type().IsRegular():
			marked = true
		case !slices.Contains(ownNames(), e.Name()) || !e.Type().IsRegular():
			foreign = append(foreign, e.Name())
		}
	}
	if !marked {
		return true, &RefusedError{Dir: dir, Reason: "it is not empty and not a previous clsx export"}
	}
	if len(foreign) > 0 {
		sort.Strings(foreign)
		return true, &RefusedError{Dir: dir, Reason: fmt.Sprintf("it is a previous export that now also holds %q, which is not clsx's", foreign[0])}
	}
	return true, nil
}

// staging is a folder beside the output where an export is written before
// it takes the output's place in one rename: a failed or killed export
// leaves the previous one whole.
type staging struct {
	dir, tmp string
	exists   bool
}

// stage checks the output folder and makes the staging folder beside it.
func stage(dir string) (*staging, error) {
	dir = filepath.Clean(dir)
	exists, err := checkOutput(dir)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	return &staging{dir: dir, tmp: tmp, exists: exists}, nil
}

// commit puts the staged export in the output's place. A previous export
// is moved aside first, then its own files removed one by one: anything
// else found in it by then stays where it is.
func (s *staging) commit() error {
	if err := os.WriteFile(filepath.Join(s.tmp, markerName), []byte("written by clsx export; a later export may replace this folder\n"), 0o644); err != nil {
		return err
	}
	if !s.exists {
		return os.Rename(s.tmp, s.dir)
	}
	if _, err := checkOutput(s.dir); err != nil { // changed since the export began
		return err
	}
	old, err := os.MkdirTemp(filepath.Dir(s.dir), "."+filepath.Base(s.dir)+".old-")
	if err != nil {
		return err
	}
	os.Remove(old) // only its unique name is wanted
	if err := os.Rename(s.dir, old); err != nil {
		return err
	}
	if err := os.Rename(s.tmp, s.dir); err != nil {
		os.Rename(old, s.dir)
		return err
	}
	for _, n := range ownNames() {
		os.Remove(filepath.Join(old, n))
	}
	os.Remove(old) // fails, harmlessly, if anything else is in it
	return nil
}

// abort removes the staging folder, which holds only what the export wrote.
func (s *staging) abort() {
	os.RemoveAll(s.tmp)
}
