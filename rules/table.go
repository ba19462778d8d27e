package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Row is one rule: its fields and where it was written.
type Row struct {
	File   string
	Line   int
	Fields []string
}

// Errorf reports a problem with this rule as FILE:LINE: message.
func (r Row) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.File, r.Line, fmt.Sprintf(format, args...))
}

// ParseTable reads a rule file: one rule per line, fields separated by "|",
// surrounding spaces trimmed, "#" to the end of the line is a comment, blank
// lines skipped. Every row must have between min and max fields; the last
// field runs to the end of the line, "|" included.
func ParseTable(file string, data []byte, min, max int) ([]Row, error) {
	var rows []Row
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM from an editor
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		// The last field takes the rest of the line: patterns use "|" too.
		parts := strings.SplitN(line, "|", max)
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		row := Row{File: file, Line: n, Fields: parts}
		if len(parts) < min || len(parts) > max {
			if min == max {
				return nil, row.Errorf("want %d fields separated by '|', found %d", min, len(parts))
			}
			return nil, row.Errorf("want %d to %d fields separated by '|', found %d", min, max, len(parts))
		}
		for i, p := range parts {
			if p == "" {
				return nil, row.Errorf("field %d is empty", i+1)
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", file, n+1, err)
	}
	return rows, nil
}
