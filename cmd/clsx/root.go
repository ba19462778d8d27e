package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// rootLong is what `clsx --help` says before the list of commands.
const rootLong = `clsx — the Contrats Locaux de Santé as structured data.

clsx crawls the pages and documents of the Contrats Locaux de Santé (CLS),
extracts each contract (territory, dates, signatories, axes, actions,
themes), indexes them and answers questions: which territories target
mental health, how did a contract change between two generations.

Data goes to standard output, messages to standard error. Where a command
prints data, --format chooses table (the default), json or csv; tables fit
the terminal (--wide shows every cell in full), csv and json always hold
full rows. Where a file is expected, - means standard input or output.

Exit codes:
  0  done
  1  some inputs failed (each named on standard error; the others were processed)
  2  bad usage or bad rules: nothing done`

const rootExample = `  clsx demo                                   # the whole pipeline on a bundled sample
  clsx extract contrat.pdf                    # one document's contracts
  clsx crawl --corpus cls                     # fetch the ARS pages and their documents
  clsx extract --corpus cls && clsx index --corpus cls
  clsx search --theme sante_mentale           # which territories target mental health
  clsx help search                            # the query language`

// newRootCmd is clsx with every command, writing to s.
func newRootCmd(s *streams) *cobra.Command {
	root := &cobra.Command{
		Use:           "clsx",
		Short:         "the Contrats Locaux de Santé as structured data",
		Long:          rootLong,
		Example:       rootExample,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(c *cobra.Command, args []string) error {
			switch s.colorMode {
			case "auto", "always", "never":
				return nil
			}
			return usageErrorf("--color %q: auto, always or never", s.colorMode)
		},
	}
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetVersionTemplate(versionLine() + "\n")
	root.PersistentFlags().StringVar(&s.colorMode, "color", "auto",
		"colour the output `WHEN`: auto (on a terminal, unless NO_COLOR is set), always, never")
	root.PersistentFlags().BoolVarP(&s.quiet, "quiet", "q", false, "no warnings, progress or summary on standard error")
	root.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
	root.AddGroup(&cobra.Group{ID: "pipeline", Title: "Pipeline:"}, &cobra.Group{ID: "query", Title: "Questions to the index:"},
		&cobra.Group{ID: "tools", Title: "Rules, corpora and checks:"})
	for _, c := range []*cobra.Command{newCrawlCmd(s), newExtractCmd(s), newIndexCmd(s), newExportCmd(s), newDemoCmd(s)} {
		c.GroupID = "pipeline"
		root.AddCommand(c)
	}
	for _, c := range []*cobra.Command{newSearchCmd(s), newShowCmd(s), newCompareCmd(s), newThemesCmd(s), newStatsCmd(s), newServeCmd(s)} {
		c.GroupID = "query"
		root.AddCommand(c)
	}
	for _, c := range []*cobra.Command{newEvalCmd(s), newRulesCmd(s), newCorpusCmd(s)} {
		c.GroupID = "tools"
		root.AddCommand(c)
	}
	root.AddCommand(newVersionCmd(s), newManCmd(root))
	root.DisableAutoGenTag = true
	return root
}

// newVersionCmd is `clsx version`: what --version says.
func newVersionCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "print clsx's version, module version and commit",
		Args:    cobra.NoArgs,
		Example: "  clsx version\n  clsx --version",
		Run: func(c *cobra.Command, args []string) {
			fmt.Fprintln(s.out, versionLine())
		},
	}
}

// needSubcommand is the run of a command group (corpus, rules): without a
// known subcommand, a usage error that names them.
func needSubcommand(c *cobra.Command, args []string) error {
	var names []string
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	if len(args) == 0 {
		return usageErrorf("a command is needed: %s", strings.Join(names, ", "))
	}
	return usageErrorf("unknown command %q (commands: %s)", args[0], strings.Join(names, ", "))
}
