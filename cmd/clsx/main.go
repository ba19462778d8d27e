package main

import (
	"fmt"
	"os"
)

// Exit codes.
const (
	exitOK      = 0 // everything done
	exitPartial = 1 // some inputs failed; the others were processed
	exitUsage   = 2 // bad command line or bad rules: nothing done
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) == 0 {
		usage(os.Stderr)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return cmdExtract(rest, os.Stdout, os.Stderr)
	case "show":
		return cmdShow(rest, os.Stdout, os.Stderr)
	case "eval":
		return cmdEval(rest, os.Stdout, os.Stderr)
	case "rules":
		return cmdRules(rest, os.Stdout, os.Stderr)
	case "demo":
		return cmdDemo(rest, os.Stdout, os.Stderr)
	case "index":
		return cmdIndex(rest, os.Stdout, os.Stderr)
	case "search":
		return cmdSearch(rest, os.Stdout, os.Stderr)
	case "compare":
		return cmdCompare(rest, os.Stdout, os.Stderr)
	case "themes":
		return cmdThemes(rest, os.Stdout, os.Stderr)
	case "crawl":
		return cmdCrawl(rest, os.Stdout, os.Stderr)
	case "corpus":
		return cmdCorpus(rest, os.Stdout, os.Stderr)
	case pdfWorkerCommand:
		return cmdPDFWorker()
	case "help", "-h", "--help":
		usage(os.Stdout)
		return exitOK
	case "version", "--version":
		fmt.Println("clsx", version)
		return exitOK
	}
	fmt.Fprintf(os.Stderr, "clsx: unknown command %q\n\n", cmd)
	usage(os.Stderr)
	return exitUsage
}
