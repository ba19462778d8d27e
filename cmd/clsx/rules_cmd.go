package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// newRulesCmd is `clsx rules`: the rule files extraction follows.
func newRulesCmd(s *streams) *cobra.Command {
	c := &cobra.Command{
		Use:   "rules",
		Short: "check or export the rule files extraction follows",
		Long: `Extraction follows rule files: themes, signatory kinds, territory words…
Export the bundled ones to a directory, edit them, check them, then give the
directory to extract, show, eval or index with --rules DIR.`,
		Example: `  clsx rules export mes-regles
  clsx rules check mes-regles
  clsx extract --rules mes-regles contrat.txt`,
		RunE: needSubcommand,
	}
	c.AddCommand(newRulesCheckCmd(s), newRulesExportCmd(s))
	return c
}

// newRulesCheckCmd is `clsx rules check DIR`.
func newRulesCheckCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:     "check DIR",
		Short:   "validate a directory of rule files (FILE:LINE: message for each error)",
		Example: "  clsx rules check mes-regles",
		Args:    cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if _, err := rules.Load(args[0]); err != nil {
				fmt.Fprintln(s.err, "clsx: rules:", err)
				return exitWith(exitUsage)
			}
			fmt.Fprintf(s.out, "%s: rules are valid\n", args[0])
			return nil
		},
	}
}

// newRulesExportCmd is `clsx rules export DIR`.
func newRulesExportCmd(s *streams) *cobra.Command {
	var force bool
	c := &cobra.Command{
		Use:   "export DIR",
		Short: "write the bundled rule files into DIR, to edit",
		Long: `Write the bundled rule files into DIR, created if need be. A directory that
already holds files is left alone (they may be your edited rules) unless
--force is given: then the bundled files replace those of the same name.`,
		Example: "  clsx rules export mes-regles\n  clsx rules export --force mes-regles   # back to the bundled rules",
		Args:    cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return exitWith(exportRules(args[0], force, s))
		},
	}
	c.Flags().BoolVar(&force, "force", false, "write into a directory that is not empty, replacing its rule files")
	return c
}

func exportRules(dir string, force bool, s *streams) int {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 && !force {
		fmt.Fprintf(s.err, "clsx: %s is not empty: its rule files may be edited ones; --force replaces them\n", dir)
		return exitUsage
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	for _, name := range rules.FileNames() {
		data, err := rules.Bundled(name)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
		if err != nil {
			fmt.Fprintln(s.err, "clsx:", err)
			return exitPartial
		}
	}
	if !s.quiet {
		fmt.Fprintf(s.err, "clsx: wrote %d rule files to %s\n", len(rules.FileNames()), dir)
	}
	return exitOK
}
