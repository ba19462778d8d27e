package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/clsx/clsx/corpus"
)

// runCheckSeeds is `clsx crawl --check-seeds`: each seed asked once, the
// answers on stdout; exit 1 when one moved, is missing or failed, so a
// scheduled check can say the list needs updating.
func runCheckSeeds(o *crawlOptions, s *streams) int {
	seeds, err := o.seeds()
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	checks, err := corpus.CheckSeeds(ctx, o.cfg, seeds)
	if checks == nil && err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitUsage
	}
	if checks == nil {
		checks = []corpus.SeedCheck{}
	}
	code := exitOK
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		code = exitPartial
	}
	bad := 0
	for _, c := range checks {
		if c.Result != "ok" {
			bad++
		}
	}
	if bad > 0 {
		code = exitPartial
	}
	if o.out.format == "json" {
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		enc.Encode(checks)
	} else {
		var rows [][]string
		for _, c := range checks {
			status := "-"
			if c.Status != 0 {
				status = strconv.Itoa(c.Status)
			}
			rows = append(rows, []string{c.URL, c.Result, status, dashIfEmpty(c.Location), dashIfEmpty(c.Error)})
		}
		writeRows(s.out, o.out.format, []string{"url", "result", "status", "location", "error"}, rows, s.fit(o.out))
	}
	if !s.quiet {
		fmt.Fprintf(s.err, "clsx: %d seeds checked, %d ok, %d to look at\n", len(checks), len(checks)-bad, bad)
	}
	return code
}
