package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// outputFlags are the flags of a command that prints data: --format and
// --wide.
type outputFlags struct {
	format  string
	wide    bool
	formats []string
}

// addOutputFlags registers --format (the first of formats by default) and
// --wide on c.
func addOutputFlags(c *cobra.Command, formats ...string) *outputFlags {
	o := &outputFlags{formats: formats}
	c.Flags().StringVar(&o.format, "format", formats[0], "output `FORMAT`: "+strings.Join(formats, ", "))
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	if slices.Contains(formats, "table") {
		c.Flags().BoolVar(&o.wide, "wide", false, "table: show every cell in full, however wide the terminal")
	}
	return o
}

// fit is the width tables are fitted to: the terminal's, unless --wide or
// standard output is no terminal (0: no limit).
func (s *streams) fit(o *outputFlags) fitting {
	if o.wide || !s.outTTY {
		return fitting{}
	}
	return fitting{width: s.width, notes: s.notes()}
}

// check refuses a format the command does not print.
func (o *outputFlags) check() error {
	if !slices.Contains(o.formats, o.format) {
		return usageErrorf("--format %q: %s", o.format, strings.Join(o.formats, ", "))
	}
	return nil
}

// ruleFlags are the flags of every command that extracts.
type ruleFlags struct {
	rulesDir string
	maxBytes int64
	password string
}

func addRuleFlags(c *cobra.Command) *ruleFlags {
	r := &ruleFlags{}
	c.Flags().StringVar(&r.rulesDir, "rules", "", "`DIR` of rule files that replace or extend the bundled ones")
	c.Flags().Int64Var(&r.maxBytes, "max-bytes", extract.MaxTextBytes, "largest document read, in `BYTES`")
	c.MarkFlagDirname("rules")
	return r
}

// passwordEnv gives the PDF password when --password does not: the
// environment of a process is hidden from other users, its command line is
// not.
const passwordEnv = "CLSX_PDF_PASSWORD"

// addPassword registers --password on a command that reads PDFs.
func (r *ruleFlags) addPassword(c *cobra.Command) {
	c.Flags().StringVar(&r.password, "password", "", "open encrypted PDFs with `SECRET` when the empty password does not (or set "+passwordEnv+", which other users cannot see)")
}

// pdfPassword is the password to try on encrypted PDFs: --password, else
// $CLSX_PDF_PASSWORD.
func (r *ruleFlags) pdfPassword() string {
	if r.password != "" {
		return r.password
	}
	return os.Getenv(passwordEnv)
}

// load reads the rules; an error is said on stderr (bad rules are bad usage).
func (r *ruleFlags) load(stderr io.Writer) (*rules.Set, bool) {
	if r.rulesDir == "" {
		return rules.Default(), true
	}
	set, err := rules.Load(r.rulesDir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx: rules:", err)
		return nil, false
	}
	return set, true
}
