package index

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/clsx/clsx/extract"
)

// ReadRecords reads extraction records and hands each document to fn. It
// accepts what `clsx extract --format json` prints ({"documents": [...]}),
// JSON Lines of documents (one per line, as the corpus store's
// records.jsonl, which also carry a "text"), or any sequence of either. A value that is neither is an
// error naming its position.
func ReadRecords(r io.Reader, fn func(*extract.Document) error) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	for n := 1; ; n++ {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("record %d (byte %d): %w", n, dec.InputOffset(), err)
		}
		var probe struct {
			Documents []json.RawMessage `json:"documents"`
			Source    *string           `json:"source"`
		}
		if err := json.Unmarshal(raw, &probe); err != nil {
			return fmt.Errorf("record %d: not a JSON object (%v)", n, err)
		}
		docs := []json.RawMessage{raw}
		switch {
		case probe.Documents != nil:
			docs = probe.Documents
		case probe.Source == nil:
			return fmt.Errorf("record %d: neither a document (no \"source\") nor {\"documents\": [...]}", n)
		}
		for i, d := range docs {
			var doc extract.Document
			if err := json.Unmarshal(d, &doc); err != nil {
				return fmt.Errorf("record %d, document %d: %v", n, i+1, err)
			}
			// The corpus's records.jsonl carries each document's normalised
			// text (what the evidence spans point into); extract's printed
			// records do not.
			var withText struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(d, &withText) == nil {
				doc.Text = withText.Text
			}
			if err := fn(&doc); err != nil {
				return err
			}
		}
	}
}
