package rules_test

import (
	"os"
	"testing"
)

// knownIssue skips a test that shows a known bug or a missing rule, so the
// suite stays green until it is fixed. Run with CLSX_KNOWN_ISSUES=1 to see
// them fail:
//
//	CLSX_KNOWN_ISSUES=1 go test ./rules/
func knownIssue(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CLSX_KNOWN_ISSUES") == "" {
		t.Skip(why)
	}
	t.Log("known issue: " + why)
}
