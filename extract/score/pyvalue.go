package score

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// The scorer works on JSON values as Python's json module builds them and
// applies Python's semantics to them, because the reference script does: it
// never validates a record, it calls .get(), iterates, compares and str()s
// whatever it finds. A value is one of
//
//	nil       None (JSON null)
//	bool      True / False
//	*big.Int  int (Python ints are unbounded)
//	float64   float
//	string    str
//	[]any     list
//	*pyDict   dict (keys in insertion order, as Python keeps them)

// pyDict is a JSON object with its keys in first-seen order: Python iterates
// a dict in that order and the scorer's matching depends on list order.
type pyDict struct {
	keys []string
	vals map[string]any
}

func newPyDict() *pyDict { return &pyDict{vals: map[string]any{}} }

// set stores v under k; a repeated key keeps its first position and takes the
// last value, as dict(pairs) does for json's object_pairs.
func (d *pyDict) set(k string, v any) {
	if _, ok := d.vals[k]; !ok {
		d.keys = append(d.keys, k)
	}
	d.vals[k] = v
}

// pyError is an exception the Python script would raise: the script then
// prints no figures at all, so Score turns it into an error.
type pyError struct{ msg string }

func (e pyError) Error() string { return e.msg }

// raise aborts the scoring like an uncaught Python exception. Score recovers
// it; no other panic is recovered.
func raise(format string, args ...any) {
	panic(pyError{fmt.Sprintf(format, args...)})
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []any:
		return "list"
	case *pyDict:
		return "dict"
	}
	return fmt.Sprintf("%T", v)
}

// pyGet is v.get(key): v must be a dict; a missing key gives None.
func pyGet(v any, key string) any {
	return pyGetDefault(v, key, nil)
}

// pyGetDefault is v.get(key, def).
func pyGetDefault(v any, key string, def any) any {
	d, ok := v.(*pyDict)
	if !ok {
		raise("AttributeError: '%s' object has no attribute 'get'", typeName(v))
	}
	if x, ok := d.vals[key]; ok {
		return x
	}
	return def
}

// pyIter lists what `for x in v` yields: a list's items, a string's
// characters, a dict's keys. Anything else is not iterable.
func pyIter(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case string:
		out := make([]any, 0, len(x))
		for _, r := range x {
			out = append(out, string(r))
		}
		return out
	case *pyDict:
		out := make([]any, len(x.keys))
		for i, k := range x.keys {
			out[i] = k
		}
		return out
	}
	raise("TypeError: '%s' object is not iterable", typeName(v))
	return nil
}

// pyOr is `v or def`.
func pyOr(v, def any) any {
	if pyTruthy(v) {
		return v
	}
	return def
}

// pyTruthy is bool(v).
func pyTruthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case *big.Int:
		return x.Sign() != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case *pyDict:
		return len(x.keys) > 0
	}
	return true
}

// pyNumber reports whether v is a number for ==: bool, int and float compare
// by value across types (True == 1 == 1.0).
func pyNumber(v any) bool {
	switch v.(type) {
	case bool, *big.Int, float64:
		return true
	}
	return false
}

func boolInt(b bool) *big.Int {
	if b {
		return big.NewInt(1)
	}
	return big.NewInt(0)
}

// numEqual compares two numbers exactly, as Python does between int and float
// (no rounding of the int to a float).
func numEqual(a, b any) bool {
	if x, ok := a.(bool); ok {
		a = boolInt(x)
	}
	if x, ok := b.(bool); ok {
		b = boolInt(x)
	}
	switch x := a.(type) {
	case *big.Int:
		switch y := b.(type) {
		case *big.Int:
			return x.Cmp(y) == 0
		case float64:
			return intFloatEqual(x, y)
		}
	case float64:
		switch y := b.(type) {
		case *big.Int:
			return intFloatEqual(y, x)
		case float64:
			return x == y
		}
	}
	return false
}

func intFloatEqual(i *big.Int, f float64) bool {
	if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
		return false
	}
	bf := new(big.Float).SetFloat64(f)
	return new(big.Float).SetInt(i).Cmp(bf) == 0
}

// pyEqual is a == b for JSON values.
func pyEqual(a, b any) bool {
	if pyNumber(a) && pyNumber(b) {
		return numEqual(a, b)
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !pyEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case *pyDict:
		y, ok := b.(*pyDict)
		if !ok || len(x.keys) != len(y.keys) {
			return false
		}
		for _, k := range x.keys {
			yv, ok := y.vals[k]
			if !ok || !pyEqual(x.vals[k], yv) {
				return false
			}
		}
		return true
	}
	return false
}

// pyHashKey gives a string that is equal for two values iff they are the
// same element of a Python set (so 1, 1.0 and True collapse). Lists and
// dicts are unhashable, as in Python.
func pyHashKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "N"
	case string:
		return "S" + x
	case bool:
		return "I" + boolInt(x).String()
	case *big.Int:
		return "I" + x.String()
	case float64:
		if !math.IsInf(x, 0) && !math.IsNaN(x) && x == math.Trunc(x) {
			i, _ := new(big.Float).SetFloat64(x).Int(nil)
			return "I" + i.String()
		}
		return "F" + pyFloatRepr(x)
	}
	raise("TypeError: unhashable type: '%s'", typeName(v))
	return ""
}

// pyStr is str(v).
func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

// pyRepr is repr(v), which is what str() of a container shows of its items.
func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case *big.Int:
		return x.String()
	case float64:
		return pyFloatRepr(x)
	case string:
		return pyStrRepr(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *pyDict:
		parts := make([]string, len(x.keys))
		for i, k := range x.keys {
			parts[i] = pyStrRepr(k) + ": " + pyRepr(x.vals[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

// pyStrRepr is repr() of a str: single quotes unless the text holds a single
// quote and no double quote; non-printable characters escaped as \xhh,
// \uhhhh or \Uhhhhhhhh. Go's unicode.IsPrint has Python's definition of
// printable (categories L, M, N, P, S and the ASCII space).
func pyStrRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// pyFloatRepr is repr(float): the shortest digits that round-trip (Go's
// shortest formatting finds the same digits), laid out like Python's
// 'r' format — positional unless the decimal exponent is < -4 or >= 16,
// always with a ".0" or an exponent of at least two digits.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±xx
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // value = 0.digits × 10^decpt
	if decpt <= -4 || decpt > 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		x := decpt - 1
		if x < 0 {
			es = "-"
			x = -x
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, x)
	}
	switch {
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	default:
		return sign + digits[:decpt] + "." + digits[decpt:]
	}
}
