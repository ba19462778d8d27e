package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Python's json module limits that the reference script inherits: an input it
// cannot load makes it print no figures, so the port refuses the same inputs.
const (
	// maxIntDigits is sys.get_int_max_str_digits(): json turns an integer
	// literal of more digits into a ValueError.
	maxIntDigits = 4300
	// predMaxDepth and goldMaxDepth are the deepest nesting of arrays and
	// objects json.load accepts in clsscore.py under CPython 3.11 (recursion
	// limit 1000 less the frames above the decoder: main → json.load for the
	// prediction, main → score → json.load for a gold file). Measured, not
	// derived: deeper inputs raise RecursionError.
	predMaxDepth = 993
	goldMaxDepth = 992
)

// decodePy parses JSON into the values of pyvalue.go, as json.load would:
// integers stay exact, objects keep their key order, a repeated key keeps its
// first place and its last value.
func decodePy(data []byte, maxDepth int) (any, error) {
	// json.load reads the file as UTF-8 first and fails on invalid bytes.
	if !utf8.Valid(data) {
		return nil, errors.New("invalid UTF-8 in JSON input")
	}
	if !json.Valid(data) {
		var v any
		err := json.Unmarshal(data, &v)
		if err == nil {
			err = errors.New("invalid JSON")
		}
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec, 1, maxDepth)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("extra data after the JSON value")
	}
	return v, nil
}

func decodeValue(dec *json.Decoder, depth, maxDepth int) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if depth > maxDepth {
			return nil, errors.New("RecursionError: maximum recursion depth exceeded while decoding JSON")
		}
		switch t {
		case '[':
			list := []any{}
			for dec.More() {
				v, err := decodeValue(dec, depth+1, maxDepth)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			_, err := dec.Token() // ']'
			return list, err
		case '{':
			d := newPyDict()
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("invalid object key %v", kt)
				}
				v, err := decodeValue(dec, depth+1, maxDepth)
				if err != nil {
					return nil, err
				}
				d.set(k, v)
			}
			_, err := dec.Token() // '}'
			return d, err
		}
		return nil, fmt.Errorf("unexpected delimiter %v", t)
	case json.Number:
		return pyNumberLiteral(string(t))
	case string, bool, nil:
		return t, nil
	}
	return nil, fmt.Errorf("unexpected JSON token %v", tok)
}

// pyNumberLiteral converts a JSON number like json's scanner: a literal with
// a fraction or an exponent is a float (overflowing to inf, as float() does),
// any other is an int.
func pyNumberLiteral(s string) (any, error) {
	if strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, err
		}
		return f, nil
	}
	if len(strings.TrimPrefix(s, "-")) > maxIntDigits {
		return nil, fmt.Errorf("ValueError: Exceeds the limit (%d digits) for integer string conversion", maxIntDigits)
	}
	i, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("invalid number %q", s)
	}
	return i, nil
}
