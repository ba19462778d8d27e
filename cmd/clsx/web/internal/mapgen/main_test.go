package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestConvert(t *testing.T) {
	var locs []string
	for i := 96; i >= 1; i-- { // out of order: the output is sorted
		code := fmt.Sprintf("%02d", i)
		if i == 20 {
			code = "2A"
		}
		if i == 96 {
			code = "2B"
		}
		locs = append(locs, fmt.Sprintf(`{"name":"D%s","id":"%s","path":"m 1,2 3,4 z"}`, code, code))
	}
	js := `export default {"label":"x","viewBox":"0 0 613 585","locations":[` + strings.Join(locs, ",") + `]};`
	m, err := convert([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	if m.ViewBox != "0 0 613 585" || len(m.Departments) != 96 || m.Departments[0].Code != "01" || m.Departments[95].Code != "95" || m.License != "CC-BY-4.0" {
		t.Errorf("%s %d %v", m.ViewBox, len(m.Departments), m.Departments[0])
	}
	for _, bad := range []string{
		`export default {"viewBox":"0 0 1 1","locations":[{"id":"971","name":"x","path":"m 0,0"}]}`, // not a metropolitan code
		`export default {"viewBox":"0 0 1 1","locations":[{"id":"01","name":"x","path":"m 0,0"}]}`,  // one of 96
		`module.exports = 1`,
	} {
		if _, err := convert([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
