package corpus

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestFailureTextSaysTimeout(t *testing.T) {
	cases := []struct {
		err         error
		wantTimeout bool
	}{
		{&url.Error{Op: "Get", URL: "http://a/b", Err: context.DeadlineExceeded}, true},
		{fmt.Errorf("reading body: %w", context.DeadlineExceeded), true},
		{&url.Error{Op: "Get", URL: "http://a/b", Err: errors.New("connection refused")}, false},
	}
	for _, c := range cases {
		got := failureText(c.err)
		if strings.Contains(got, "http://a/b") {
			t.Errorf("%v: %q repeats the URL", c.err, got)
		}
		if strings.Contains(strings.ToLower(got), "timeout") != c.wantTimeout {
			t.Errorf("%v: %q, timeout said = %v, want %v", c.err, got, !c.wantTimeout, c.wantTimeout)
		}
	}
}
