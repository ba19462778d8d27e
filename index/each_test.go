package index

import (
	"errors"
	"reflect"
	"testing"
)

// EachContract gives the contracts of Contracts, in its order, across
// pages, and stops at the first error of its function.
func TestEachContract(t *testing.T) {
	ix := build(t, t.TempDir(), seeds(t))
	defer func(n int) { recordPage = n }(recordPage)
	recordPage = 3
	want, err := ix.Contracts(Request{})
	if err != nil || len(want) <= 2*recordPage {
		t.Fatalf("%d contracts (%v): too few to read over pages", len(want), err)
	}
	var got []*Record
	if err := ix.EachContract(Request{}, func(r *Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EachContract gave %d contracts, Contracts %d, or in another order", len(got), len(want))
	}
	stop := errors.New("stop")
	n := 0
	err = ix.EachContract(Request{}, func(*Record) error {
		n++
		if n == 4 {
			return stop
		}
		return nil
	})
	if err != stop || n != 4 {
		t.Errorf("after an error: %v, %d calls", err, n)
	}
}
