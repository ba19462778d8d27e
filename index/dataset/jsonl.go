package dataset

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/index"
)

// jsonlName is the file of a JSONL export.
const jsonlName = "contracts.jsonl"

// jsonlWriter writes one contract record per line, as the index keeps it
// (the extraction record, its source and the sentences its values were
// read from).
type jsonlWriter struct {
	file *os.File
	buf  *bufio.Writer
	enc  *json.Encoder
}

func newJSONLWriter(dir string) (*jsonlWriter, error) {
	f, err := os.Create(filepath.Join(dir, jsonlName))
	if err != nil {
		return nil, err
	}
	w := &jsonlWriter{file: f, buf: bufio.NewWriterSize(f, 64<<10)}
	w.enc = json.NewEncoder(w.buf)
	w.enc.SetEscapeHTML(false)
	return w, nil
}

// record writes a record and its line end (the encoder ends each value
// with "\n" and never writes one inside).
func (w *jsonlWriter) record(r *index.Record) error {
	return w.enc.Encode(r)
}

func (w *jsonlWriter) close() error {
	err := w.buf.Flush()
	if cerr := w.file.Close(); err == nil {
		err = cerr
	}
	return err
}
