// Package score scores extraction records (the JSON printed by
// `clsx extract --format json`, shared/spec/output.md) against gold
// annotations (NAME.gold.json files in a directory), with the metric of
// shared/spec/scoring.md.
//
// It is a line-for-line port of the reference scorer
// shared/tools/clsscore.py. The figures `clsx eval` reports are compared
// with the ones that script prints, and a difference of a single true
// positive — or of the last digit of a ratio — would make an improvement
// of the extractor impossible to tell from a bug of the scorer. So the port
// reproduces the Python's behaviour, not only its intent:
//
//   - records are read as generic JSON, with Python's semantics for the
//     shapes the script tolerates (strings iterate as characters, objects as
//     their keys in document order, 1 == 1.0 == true, str() of any value) and
//     an error wherever the script would raise (pyvalue.go, pyjson.go);
//   - text is folded with Python's Unicode rules (NFKD, combining classes,
//     Unicode \s, \b and lower() with its final sigma), and the script's
//     regular expressions are written out by hand with the same backtracking
//     outcome, since Go's RE2 classes are ASCII-only (fold.go, clean.go);
//   - difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() is ported
//     on code points, with its tie-breaking (difflib.go);
//   - greedy matching sorts (score, i, j) tuples in reverse like Python's
//     pairs.sort(reverse=True) (match.go);
//   - the report is printed byte for byte like the script's text, --per-doc
//     and --json outputs, including Python's round() and float repr
//     (report.go).
//
// The package depends on no other clsx package so that the metric cannot
// drift with the extractor it judges.
//
// Even the script's failures are reproduced: where it would stop with an
// exception and print nothing (invalid JSON, JSON nested deeper than CPython's
// recursion limit lets json.load go, a list where it calls .get(), int(inf)),
// Score returns an error.
//
// Known, deliberate limits: Unicode tables are Go's and x/text's (Python 3.11
// uses Unicode 14.0), so characters assigned after 14.0 may fold differently;
// JSON strings holding lone UTF-16 surrogates ("\ud800") decode to U+FFFD
// instead of a surrogate; the JSON literals NaN and Infinity, which Python's
// json module accepts, are refused as invalid JSON.
package score
