package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/clsx/clsx/cmd/clsx/web"
	"github.com/clsx/clsx/index"
	"github.com/spf13/cobra"
)

// defaultAddr is where clsx serve listens: this machine only.
const defaultAddr = "127.0.0.1:8080"

// newServeCmd is `clsx serve`: the web interface over an index.
func newServeCmd(s *streams) *cobra.Command {
	var dir, corpusDir, addr string
	c := &cobra.Command{
		Use:   "serve",
		Short: "the web interface: search, contracts with their evidence, compare, themes, map",
		Long: `Serve, in French, the web interface over an index: Recherche (the query
language of clsx search, facets, results by territory), each contract with
the sentence every value was read from, Comparer, the territory × theme
heatmap (with its CSV) and the map by département; and a JSON API that
answers what --format json prints:

  /api/search?q=QUERY&theme=…&region=…   as clsx search (same parameters as its flags)
  /api/contracts/ID                      as clsx show ID
  /api/compare?a=ID&b=ID                 as clsx compare A B
  /api/themes?region=…                   as clsx themes

It reads the index and never writes. It listens on 127.0.0.1 (this machine
only) unless --addr says otherwise. With --corpus, a contract's page links
to the stored copy of its source document. Ctrl-C stops it.`,
		Example: `  clsx serve
  clsx serve --index demo/index --corpus demo
  clsx demo --serve`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return exitWith(serveIndex(ctx, dir, corpusDir, addr, s))
		},
	}
	addIndexFlag(c, &dir)
	c.Flags().StringVar(&corpusDir, "corpus", "", "the corpus `DIR` the index was built from: links to stored copies")
	c.Flags().StringVar(&addr, "addr", defaultAddr, "listen on `HOST:PORT`")
	return c
}

// serveIndex serves the web interface over the index in dir until ctx ends.
func serveIndex(ctx context.Context, dir, corpusDir, addr string, s *streams) int {
	srv, err := web.New(web.Options{IndexDir: dir, CorpusDir: corpusDir, Compare: comparePair})
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	defer srv.Close()
	if ix, err := index.Open(dir); err != nil {
		// served all the same: the pages say it, and a build may come
		fmt.Fprintln(s.err, "clsx: warning:", err)
	} else {
		ix.Close()
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(s.err, "clsx: serve:", err)
		return exitUsage
	}
	defer l.Close()
	if !loopback(l.Addr()) {
		fmt.Fprintf(s.err, "clsx: warning: listening on %s: other machines can reach this index\n", l.Addr())
	}
	fmt.Fprintf(s.err, "clsx: serving %s on http://%s/ (Ctrl-C stops)\n", termSafe(dir), l.Addr())
	prepared := make(chan struct{})
	go func() { srv.Prepare(); close(prepared) }()
	defer func() { <-prepared }() // before the index closes
	if err := web.Serve(ctx, l, srv); err != nil {
		fmt.Fprintln(s.err, "clsx: serve:", err)
		return exitPartial
	}
	return exitOK
}

func loopback(a net.Addr) bool {
	t, ok := a.(*net.TCPAddr)
	return ok && t.IP.IsLoopback()
}
