package score

import (
	"math"
	"math/big"
	"strings"
	"unicode"
)

// scalars are SCALARS, in the script's order.
var scalars = []string{"territory_kind", "region", "kind", "generation", "signed",
	"start_year", "end_year", "duration_years"}

// normScalar is norm_scalar(): the value a scalar field is compared by, one
// of nil (None), *big.Int or string.
//
//	if v is None or v == "": return None
//	if field in (years, generation): try int(v) except (TypeError, ValueError): str(v)
//	if field == "region": return fold(str(v))
//	return str(v)
func normScalar(field string, v any) any {
	if v == nil || v == "" {
		return nil
	}
	switch field {
	case "start_year", "end_year", "duration_years", "generation":
		if i, ok := pyInt(v); ok {
			return i
		}
		return pyStr(v)
	case "region":
		return fold(pyStr(v))
	}
	return pyStr(v)
}

// pyInt is int(v) for a JSON value; ok is false where int() raises TypeError
// or ValueError (which norm_scalar catches). int(inf) raises OverflowError,
// which it does not catch.
func pyInt(v any) (*big.Int, bool) {
	switch x := v.(type) {
	case bool:
		return boolInt(x), true
	case *big.Int:
		return x, true
	case float64:
		if math.IsInf(x, 0) {
			raise("OverflowError: cannot convert float infinity to integer")
		}
		if math.IsNaN(x) {
			return nil, false
		}
		i, _ := new(big.Float).SetFloat64(math.Trunc(x)).Int(nil)
		return i, true
	case string:
		return parsePyInt(x)
	}
	return nil, false // list, dict: TypeError
}

// parsePyInt is int(s) in base 10. CPython first maps every non-ASCII
// whitespace character to ' ' and every non-ASCII decimal digit (category Nd)
// to its ASCII digit, then accepts: ASCII whitespace (" \t\n\v\f\r", not
// U+001C..U+001F), an optional sign, digits with single underscores between
// them, ASCII whitespace. More than maxIntDigits digits is a ValueError.
func parsePyInt(s string) (*big.Int, bool) {
	rs := []rune(s)
	for i, r := range rs {
		if r < 0x80 {
			continue
		}
		switch {
		case pyIsSpace(r):
			rs[i] = ' '
		case unicode.Is(unicode.Nd, r):
			rs[i] = '0' + rune(decimalValue(r))
		default:
			return nil, false
		}
	}
	isSpace := func(r rune) bool { return strings.ContainsRune(" \t\n\v\f\r", r) }
	p, n := 0, len(rs)
	for p < n && isSpace(rs[p]) {
		p++
	}
	for n > p && isSpace(rs[n-1]) {
		n--
	}
	neg := false
	if p < n && (rs[p] == '+' || rs[p] == '-') {
		neg = rs[p] == '-'
		p++
	}
	var digits strings.Builder
	prevDigit := false
	for ; p < n; p++ {
		switch r := rs[p]; {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
			prevDigit = true
		case r == '_' && prevDigit && p+1 < n && rs[p+1] >= '0' && rs[p+1] <= '9':
			prevDigit = false
		default:
			return nil, false
		}
	}
	if digits.Len() == 0 || digits.Len() > maxIntDigits {
		return nil, false
	}
	i, _ := new(big.Int).SetString(digits.String(), 10)
	if neg {
		i.Neg(i)
	}
	return i, true
}

// decimalValue is the digit value of a character of category Nd. Unicode
// allocates decimal digits in contiguous runs of ten from zero, so the value
// is the distance from the start of its run modulo ten.
func decimalValue(r rune) int {
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// scalarEqual is scalar_equal(): signed is judged at the gold's precision
// (gold 2019 accepts 2019-08), other fields by equality.
func scalarEqual(field string, g, p any) bool {
	if field == "signed" {
		return p != nil && strings.HasPrefix(pyStr(p), pyStr(g))
	}
	switch x := g.(type) {
	case *big.Int:
		y, ok := p.(*big.Int)
		return ok && x.Cmp(y) == 0
	case string:
		y, ok := p.(string)
		return ok && x == y
	}
	return false
}
