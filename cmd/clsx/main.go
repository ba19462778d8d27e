package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK      = 0 // everything done
	exitPartial = 1 // some inputs failed; the others were processed
	exitUsage   = 2 // bad command line or bad rules: nothing done
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// commands are clsx's commands, each given its arguments and where data and
// messages go.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"extract": cmdExtract,
	"show":    cmdShow,
	"eval":    cmdEval,
	"rules":   cmdRules,
	"demo":    cmdDemo,
	"index":   cmdIndex,
	"search":  cmdSearch,
	"compare": cmdCompare,
	"themes":  cmdThemes,
	"crawl":   cmdCrawl,
	"corpus":  cmdCorpus,
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	if f, ok := commands[cmd]; ok {
		return f(rest, stdout, stderr)
	}
	switch cmd {
	case pdfWorkerCommand:
		return cmdPDFWorker()
	case "help", "-h", "--help":
		usage(stdout)
		return exitOK
	case "version", "--version":
		fmt.Fprintln(stdout, "clsx", version)
		return exitOK
	}
	fmt.Fprintf(stderr, "clsx: unknown command %q\n\n", cmd)
	usage(stderr)
	return exitUsage
}
