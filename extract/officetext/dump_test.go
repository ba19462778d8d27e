package officetext

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints a document's blocks: OFFICETEXT_DUMP=file go test -run TestDump
func TestDump(t *testing.T) {
	p := os.Getenv("OFFICETEXT_DUMP")
	if p == "" {
		t.Skip("set OFFICETEXT_DUMP to a .docx or .odt")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("title %q\n", doc.Title)
	for _, b := range doc.Blocks {
		fmt.Printf("%-9s L%d D%d O%v N%d H%v %q\n", b.Kind, b.Level, b.Depth, b.Ordered, b.Number, b.Header, b.Text)
	}
}
