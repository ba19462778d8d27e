package corpus

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// ErrPrivateAddress is the error of a connection refused because its address
// is private, loopback, link-local or otherwise not on the public Internet.
var ErrPrivateAddress = errors.New("refusing to connect to a non-public address (--allow-loopback and --allow-private allow some)")

// What a crawl may be allowed to reach besides the public Internet: loopback
// (tests, a local mirror) and private ranges (an intranet), each asked for on
// its own. Link-local addresses are never reached: 169.254.169.254 is the
// cloud metadata service, whose answers hold credentials.
var (
	loopbackPrefixes = prefixes("127.0.0.0/8", "::1/128")
	privatePrefixes  = prefixes("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)

func prefixes(ss ...string) []netip.Prefix {
	var out []netip.Prefix
	for _, s := range ss {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}

func inPrefixes(ip netip.Addr, ps []netip.Prefix) bool {
	for _, p := range ps {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// addressPolicy is what a crawl may connect to besides public addresses.
type addressPolicy struct {
	loopback, private bool
}

// refuses reports whether the policy refuses ip: every blocked address,
// but loopback and private ones where allowed.
func (p addressPolicy) refuses(ip netip.Addr) bool {
	if !blockedAddr(ip) {
		return false
	}
	ip = ip.Unmap().WithZone("")
	switch {
	case p.loopback && inPrefixes(ip, loopbackPrefixes):
		return false
	case p.private && inPrefixes(ip, privatePrefixes):
		return false
	}
	return true
}

// blockedPrefixes are the ranges a crawler of public web sites has no
// business reaching: a page (or a redirect, or a DNS answer) pointing there
// is an attempt to make the crawler probe the network it runs in.
var blockedPrefixes = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",      // "this network", 0.0.0.0 reaches the local host
		"10.0.0.0/8",     // private
		"100.64.0.0/10",  // carrier-grade NAT
		"127.0.0.0/8",    // loopback
		"169.254.0.0/16", // link-local, cloud metadata services
		"172.16.0.0/12",  // private
		"192.0.0.0/24",   // IETF protocol assignments
		"192.168.0.0/16", // private
		"198.18.0.0/15",  // benchmarking
		"224.0.0.0/4",    // multicast
		"240.0.0.0/4",    // reserved, broadcast
		"::/128",         // unspecified
		"::1/128",        // loopback
		"64:ff9b:1::/48", // local-use NAT64
		"fc00::/7",       // unique local
		"fe80::/10",      // link-local
		"ff00::/8",       // multicast
		"2001:db8::/32",  // documentation
		"100::/64",       // discard
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// blockedAddr reports whether a crawl must not connect to ip. IPv4 addresses
// written as IPv6 (::ffff:10.0.0.1) are judged as IPv4, so they cannot slip
// through.
func blockedAddr(ip netip.Addr) bool {
	ip = ip.Unmap().WithZone("") // Prefix.Contains is false for any zoned address
	if !ip.IsValid() {
		return true
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// control is a net.Dialer Control function: it runs after the socket is
// created and before it connects, with the address actually dialled — after
// DNS, for every address a host name resolved to, and for every hop of a
// redirect. Checking here rather than on URLs is what defeats a host name
// that resolves to 127.0.0.1 or a DNS answer that changes between a check and
// the connection.
func (p addressPolicy) control(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, ErrPrivateAddress)
	}
	if p.refuses(ip) {
		return fmt.Errorf("dial %s: %w", ip, ErrPrivateAddress)
	}
	return nil
}

// dialer connects the crawler's HTTP transport. Addresses named in resolve
// ("host:port" → "ip:port") are dialled as given, without the safety check:
// they are the caller's explicit configuration (tests serving several host
// names from one loopback server, clsx demo), not something a web page chose.
type dialer struct {
	safe    net.Dialer
	trusted net.Dialer
	resolve map[string]string
}

func newDialer(connectTimeout time.Duration, policy addressPolicy, resolve map[string]string) *dialer {
	d := &dialer{resolve: map[string]string{}}
	d.safe.Timeout = connectTimeout
	d.trusted.Timeout = connectTimeout
	d.safe.Control = policy.control
	for k, v := range resolve {
		d.resolve[strings.ToLower(k)] = v
	}
	return d
}

// DialContext is the transport's dial function.
func (d *dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if to, ok := d.resolve[strings.ToLower(addr)]; ok {
		return d.trusted.DialContext(ctx, network, to)
	}
	return d.safe.DialContext(ctx, network, addr)
}
