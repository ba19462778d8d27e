package wordoverlap

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	got := Words("L’ARS et la CPAM « signent » le contrat ; 2024–2028 : ﬁn.")
	want := []string{"L'ARS", "et", "la", "CPAM", "signent", "le", "contrat", "2024–2028", "fin"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestF1(t *testing.T) {
	cases := []struct {
		got, want []string
		p, r, f   float64
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, 1, 1, 1},
		{[]string{"a", "a"}, []string{"a", "b"}, 0.5, 0.5, 0.5},
		{[]string{"a"}, []string{"a", "b"}, 1, 0.5, 2.0 / 3},
		{nil, []string{"a"}, 0, 0, 0},
		{[]string{"x"}, []string{"a"}, 0, 0, 0},
	}
	for _, c := range cases {
		p, r, f := F1(c.got, c.want)
		if p != c.p || r != c.r || f != c.f {
			t.Errorf("F1(%q, %q) = %v %v %v, want %v %v %v", c.got, c.want, p, r, f, c.p, c.r, c.f)
		}
	}
}
