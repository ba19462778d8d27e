package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// formatVersion changes when what the index stores changes incompatibly;
// an index of another version must be rebuilt. Format 2 keeps the
// documents a generation was built from (sources.go) and merges contracts.
const formatVersion = 2

// manifest describes a complete generation. It is written last, so a
// generation without one is unfinished; its checksums let Open tell a
// damaged index (a disk error, a file truncated by hand) from a good one
// before bleve reads it: bleve maps segment files into memory, and a
// truncated mapping faults the process where no error can be returned.
type manifest struct {
	Format    int        `json:"format"`
	Built     time.Time  `json:"built"`
	BuiltBy   string     `json:"built_by"`
	Stats     Stats      `json:"stats"`
	Documents uint64     `json:"documents"` // bleve documents: contracts, axes, actions
	Files     []fileInfo `json:"files"`
}

type fileInfo struct {
	Path   string `json:"path"` // slash-separated, relative to the generation
	Size   int64  `json:"size"`
	CRC32C uint32 `json:"crc32c"`
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sumFiles checksums every file of a generation but the manifest, syncing
// each to disk on the way when sync is set (a build's last step: bleve's
// segments must be on disk before CURRENT names them).
func sumFiles(gen string, sync bool) ([]fileInfo, error) {
	var out []fileInfo
	err := filepath.WalkDir(gen, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if sync {
				return syncDir(path)
			}
			return nil
		}
		rel, _ := filepath.Rel(gen, path)
		if rel == manifestName {
			return nil
		}
		flag := os.O_RDONLY
		if sync {
			flag = os.O_RDWR // fsync of a read-only descriptor is not portable
		}
		f, err := os.OpenFile(path, flag, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		h := crc32.New(castagnoli)
		n, err := io.Copy(h, f)
		if err != nil {
			return err
		}
		if sync {
			if err := f.Sync(); err != nil {
				return err
			}
		}
		out = append(out, fileInfo{Path: filepath.ToSlash(rel), Size: n, CRC32C: h.Sum32()})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

func writeManifest(gen string, m manifest) error {
	data, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	return writeSynced(filepath.Join(gen, manifestName), append(data, '\n'))
}

// verify reads a generation's manifest and checks its files against it. The
// error says what is wrong, in words.
func verify(gen string) (*manifest, error) {
	m, err := readManifest(gen)
	if err != nil {
		return nil, err
	}
	got, err := sumFiles(gen, false)
	if err != nil {
		return nil, fmt.Errorf("cannot read its files (%v)", err)
	}
	have := map[string]fileInfo{}
	for _, f := range got {
		have[f.Path] = f
	}
	for _, want := range m.Files {
		f, ok := have[want.Path]
		switch {
		case !ok:
			return nil, fmt.Errorf("file %s is missing", want.Path)
		case f.Size != want.Size:
			return nil, fmt.Errorf("file %s has %d bytes, %d were written", want.Path, f.Size, want.Size)
		case f.CRC32C != want.CRC32C:
			return nil, fmt.Errorf("file %s does not hold what was written (checksum mismatch)", want.Path)
		}
	}
	return m, nil
}

// errOtherFormat is a generation written by a clsx of another format.
var errOtherFormat = errors.New("another index format")

// readManifest reads a generation's manifest of this clsx's format, without
// checking the files it lists.
func readManifest(gen string) (*manifest, error) {
	data, err := os.ReadFile(filepath.Join(gen, manifestName))
	if err != nil {
		return nil, fmt.Errorf("no readable %s (%v)", manifestName, err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s is damaged (%v)", manifestName, err)
	}
	if m.Format != formatVersion {
		return nil, fmt.Errorf("written in format %d, this clsx reads format %d: %w", m.Format, formatVersion, errOtherFormat)
	}
	return &m, nil
}
