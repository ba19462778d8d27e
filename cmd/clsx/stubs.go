package main

import (
	"io"

	"github.com/clsx/clsx/extract"
)

func cmdShow(args []string, stdout, stderr io.Writer) int                           { return exitUsage }
func cmdEval(args []string, stdout, stderr io.Writer) int                           { return exitUsage }
func cmdRules(args []string, stdout, stderr io.Writer) int                          { return exitUsage }
func cmdDemo(args []string, stdout, stderr io.Writer) int                           { return exitUsage }
func writeContractTable(w io.Writer, format string, docs []*extract.Document) error { return nil }
