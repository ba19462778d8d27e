package main

import (
	"encoding/json"
	"testing"
)

func TestTermSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Agglomération d’Agen « La Candélie »", "Agglomération d’Agen « La Candélie »"},
		{"a\x1b[31mred", `a\x1b[31mred`},
		{"line\nbreak\ttab\rcr", `line\x0abreak\x09tab\x0dcr`},
		{"del\x7f", `del\x7f`},
		{"csi\u009b2J nel\u0085", `csi\u009b2J nel\u0085`},
		{"\u202eesrever\u202c \u2066iso\u2069 \u200f", `\u202eesrever\u202c \u2066iso\u2069 \u200f`},
		{"sep\u2028", `sep\u2028`},
		{"bad\xff\xfeutf8", `bad\xff\xfeutf8`},
		{"", ""},
	} {
		if got := termSafe(c.in); got != c.want {
			t.Errorf("termSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// textSafe keeps the layout of running text (lines, tabs) and escapes the rest.
func TestTextSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ligne\n\tsuite", "ligne\n\tsuite"},
		{"titre\x1b]0;pwned\x07\nfin\r", `titre\x1b]0;pwned\x07` + "\n" + `fin\x0d`},
		{"\u009b2J\x1b[2J", `\u009b2J\x1b[2J`},
	} {
		if got := textSafe(c.in); got != c.want {
			t.Errorf("textSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// jsonTermSafe leaves no unsafe character raw and keeps every value.
func TestJSONTermSafe(t *testing.T) {
	in := map[string]string{"name": "a\x1b[2J\u009b\u202e\x7f é\nz"}
	data, err := json.MarshalIndent(in, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	out := jsonTermSafe(data)
	for _, r := range string(out) {
		if r != '\n' && unsafeRune(r) {
			t.Errorf("%U left raw in %s", r, out)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["name"] != in["name"] {
		t.Errorf("value changed: %q, %v", back["name"], err)
	}
}
