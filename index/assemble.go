package index

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
)

// ErrCannotUpdate is returned when an index cannot be updated in place: it
// was written by an earlier clsx that did not keep the documents it was
// built from. Rebuilding it from its sources works.
var ErrCannotUpdate = errors.New("this index was built by an earlier clsx, which did not keep its documents: it cannot be updated, only rebuilt")

// previous is what a build needs of the generation it replaces.
type previous struct {
	gen       string // its directory, "" when there is none
	builtBy   string
	documents int
}

// readPrevious reads the current generation's manifest, if there is one
// that this clsx can read. Only the manifest: checksumming every file of a
// large index at each build would read it whole for two numbers, and an
// update reads the one file it needs (sources), whose damage it reports.
func (b *Builder) readPrevious() (previous, error) {
	cur, err := readCurrent(b.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return previous{}, nil
	}
	if err != nil {
		return previous{}, err
	}
	gen := filepath.Join(b.dir, cur.Generation)
	m, err := readManifest(gen)
	if err != nil {
		if b.update && errors.Is(err, errOtherFormat) {
			return previous{}, ErrCannotUpdate
		}
		if !b.update {
			return previous{}, nil // replaced anyway
		}
		return previous{}, &CorruptError{Dir: b.dir, Problem: err.Error(), BuiltBy: cur.BuiltBy}
	}
	return previous{gen: gen, builtBy: cur.BuiltBy, documents: m.Stats.Documents}, nil
}

// assemble gathers the documents of the new generation — those given, and
// in an update those of the previous generation not given again — keeps
// them beside bleve, merges their contracts and indexes them.
func (b *Builder) assemble() error {
	prev, err := b.readPrevious()
	if err != nil {
		return err
	}
	if len(b.docs) == 0 && prev.documents > 0 {
		return ErrNothingToIndex
	}
	var all []*sourceDoc
	if b.update && prev.gen != "" {
		err := readSources(prev.gen, func(d *sourceDoc) error {
			if _, again := b.docs[d.Key]; again {
				b.stats.Replaced++
				return nil
			}
			b.stats.Kept++
			all = append(all, d)
			return nil
		})
		if errors.Is(err, fs.ErrNotExist) {
			return ErrCannotUpdate
		}
		if err != nil {
			return &CorruptError{Dir: b.dir, Problem: err.Error(), BuiltBy: prev.builtBy}
		}
		b.builtBy = updatedBy(prev.builtBy, b.builtBy)
	}
	for _, k := range b.order {
		all = append(all, b.docs[k])
	}
	b.stats.Added = len(b.docs)
	b.stats.Documents = len(all)
	if err := writeSources(filepath.Join(b.tmp, sourcesName), all); err != nil {
		return fmt.Errorf("writing %s: %w", sourcesName, err)
	}
	b.docs, b.order = nil, nil
	for _, r := range mergeDocuments(all) {
		if err := b.indexRecord(r); err != nil {
			return err
		}
	}
	return nil
}

// maxBuiltBy bounds the commands an updated index remembers.
const maxBuiltBy = 8

// updatedBy is the command line that rebuilds an index built by prev and
// then updated by cmd: both, in order, each once.
func updatedBy(prev, cmd string) string {
	if prev == "" {
		return cmd
	}
	parts := strings.Split(prev, " && ")
	for _, p := range parts {
		if p == cmd {
			return prev
		}
	}
	parts = append(parts, cmd)
	if len(parts) > maxBuiltBy {
		parts = parts[len(parts)-maxBuiltBy:]
	}
	return strings.Join(parts, " && ")
}
