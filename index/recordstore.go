package index

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// The contracts' full records live beside bleve, in one file of
// individually compressed JSON records, and each contract document stores
// only where its record is ("offset:length"). Stored in bleve, the records
// were most of the index's bytes, and scorch copies stored fields again at
// every merge of segments: the build was several times slower for data that
// is never searched, only read back by id.
const recordsName = "records.bin"

type recordWriter struct {
	f   *os.File
	w   *bufio.Writer
	off int64
	buf bytes.Buffer
	zw  *flate.Writer
}

func newRecordWriter(path string) (*recordWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	zw, _ := flate.NewWriter(nil, flate.BestSpeed)
	return &recordWriter{f: f, w: bufio.NewWriterSize(f, 1<<20), zw: zw}, nil
}

// put appends a record and returns its reference.
func (w *recordWriter) put(r *Record) (string, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return "", err
	}
	w.buf.Reset()
	w.zw.Reset(&w.buf)
	w.zw.Write(data)
	if err := w.zw.Close(); err != nil {
		return "", err
	}
	n, err := w.w.Write(w.buf.Bytes())
	if err != nil {
		return "", err
	}
	ref := strconv.FormatInt(w.off, 10) + ":" + strconv.Itoa(n)
	w.off += int64(n)
	return ref, nil
}

// close flushes and syncs the file.
func (w *recordWriter) close() error {
	if err := w.w.Flush(); err != nil {
		w.f.Close()
		return err
	}
	if err := w.f.Sync(); err != nil {
		w.f.Close()
		return err
	}
	return w.f.Close()
}

// maxRecord bounds the bytes of one record read back: a damaged reference
// must not make us allocate gigabytes.
const maxRecord = 64 << 20

// readRecord reads the record a reference points at.
func readRecord(f *os.File, ref string) (*Record, error) {
	o, l, ok := strings.Cut(ref, ":")
	off, err1 := strconv.ParseInt(o, 10, 64)
	n, err2 := strconv.Atoi(l)
	if !ok || err1 != nil || err2 != nil || off < 0 || n <= 0 || n > maxRecord {
		return nil, fmt.Errorf("bad record reference %q", ref)
	}
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, off); err != nil {
		return nil, fmt.Errorf("record at %s: %v", ref, err)
	}
	zr := flate.NewReader(bytes.NewReader(buf))
	defer zr.Close()
	data, err := io.ReadAll(io.LimitReader(zr, maxRecord))
	if err != nil {
		return nil, fmt.Errorf("record at %s: %v", ref, err)
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("record at %s: %v", ref, err)
	}
	return &r, nil
}
