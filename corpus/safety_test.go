package corpus

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestBlockedAddr(t *testing.T) {
	for _, s := range []string{
		"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
		"169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255",
		"::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
	} {
		if !blockedAddr(netip.MustParseAddr(s)) {
			t.Errorf("%s is not blocked", s)
		}
	}
	for _, s := range []string{"8.8.8.8", "172.32.0.1", "192.169.0.1", "193.51.24.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"} {
		if blockedAddr(netip.MustParseAddr(s)) {
			t.Errorf("%s is blocked", s)
		}
	}
}

// Loopback and private ranges are allowed each on its own; link-local
// addresses (the cloud metadata service) and the other reserved ranges never.
func TestAddressPolicy(t *testing.T) {
	none, loop, priv, both := addressPolicy{}, addressPolicy{loopback: true}, addressPolicy{private: true}, addressPolicy{true, true}
	for _, c := range []struct {
		addr    string
		refused []addressPolicy
	}{
		{"127.0.0.1:80", []addressPolicy{none, priv}},
		{"[::1]:443", []addressPolicy{none, priv}},
		{"[::ffff:127.0.0.1]:80", []addressPolicy{none, priv}},
		{"10.0.0.1:8080", []addressPolicy{none, loop}},
		{"192.168.1.1:80", []addressPolicy{none, loop}},
		{"[fd12::1]:80", []addressPolicy{none, loop}},
		{"169.254.169.254:80", []addressPolicy{none, loop, priv, both}},
		{"[fe80::1%eth0]:80", []addressPolicy{none, loop, priv, both}},
		{"[fe80::1]:80", []addressPolicy{none, loop, priv, both}},
		{"0.0.0.0:80", []addressPolicy{none, loop, priv, both}},
		{"224.0.0.1:80", []addressPolicy{none, loop, priv, both}},
		{"93.184.215.14:80", nil},
		{"[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:443", nil},
	} {
		for _, p := range []addressPolicy{none, loop, priv, both} {
			want := slices.Contains(c.refused, p)
			err := p.control("tcp", c.addr, nil)
			if got := errors.Is(err, ErrPrivateAddress); got != want {
				t.Errorf("%s with %+v: refused %v, want %v (%v)", c.addr, p, got, want, err)
			}
		}
	}
}

// A page redirecting the crawler to a private address, or a host name that
// resolves to one, is refused by default, in the dialer: the request never
// leaves. Run with the check on (AllowLoopback and AllowPrivate false), on loopback.
func TestPrivateAddressRefused(t *testing.T) {
	s := newTestSite(t)
	port := s.srv.Listener.Addr().(interface{ AddrPort() netip.AddrPort }).AddrPort().Port()
	loop := "http://127.0.0.1:" + itoa(int(port))
	site := newMux(nil)
	site.add("/cls", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Contrat local de santé", `<a href="/cls-loopback">CLS (miroir)</a><a href="/cls-private">CLS (intranet)</a>`))
	})
	site.add("/cls-loopback", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, loop+"/secret-cls", http.StatusFound)
	})
	site.add("/cls-private", func(w http.ResponseWriter, r *http.Request) {
		// Never dialled: the dialer refuses before connecting.
		http.Redirect(w, r, "http://10.255.255.1/cls", http.StatusFound)
	})
	s.handle("www.agglo-agen.fr", site)
	secret := newMux(nil)
	secret.add("/secret-cls", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Contrat local de santé (interne)", ""))
	})
	s.handle("127.0.0.1", secret)
	s.handle("localhost", secret)

	dir := t.TempDir()
	cfg := s.config(dir, "http://www.agglo-agen.fr/cls", "http://localhost:"+itoa(int(port))+"/secret-cls")
	delete(cfg.Resolve, "127.0.0.1:80")
	delete(cfg.Resolve, "localhost:80")
	cfg.AnyHost = true // so that scope does not stop the redirects before the dialer does
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.requests("127.0.0.1", "")) + len(s.requests("localhost", "")); n != 0 {
		t.Errorf("%d requests reached loopback host names", n)
	}
	recs := byURL(t, dir)
	for _, u := range []string{
		"http://www.agglo-agen.fr/cls-loopback",
		"http://www.agglo-agen.fr/cls-private",
		"http://localhost:" + itoa(int(port)) + "/secret-cls",
	} {
		es := recs[u]
		if len(es) != 1 || es[0].Outcome != Failed || !strings.Contains(es[0].Error, ErrPrivateAddress.Error()) {
			t.Errorf("%s: %+v", u, es)
		}
	}
	if rep.Failed != 3 {
		t.Errorf("report %+v", rep)
	}

	// The same crawl with --allow-loopback follows the loopback redirect:
	// the refusal above is the check's doing. (No 10.x link here: nothing
	// is ever sent to a private network.)
	site.add("/cls", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Contrat local de santé", `<a href="/cls-loopback">CLS (miroir)</a>`))
	})
	dir2 := t.TempDir()
	cfg2 := s.config(dir2, "http://www.agglo-agen.fr/cls")
	delete(cfg2.Resolve, "127.0.0.1:80")
	delete(cfg2.Resolve, "localhost:80")
	cfg2.AnyHost, cfg2.AllowLoopback = true, true
	if _, err := Crawl(context.Background(), cfg2); err != nil {
		t.Fatal(err)
	}
	if es := byURL(t, dir2)["http://www.agglo-agen.fr/cls-loopback"]; len(es) != 1 || es[0].Outcome != New || !strings.HasPrefix(es[0].FinalURL, loop) {
		t.Errorf("with AllowLoopback: %+v", es)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
