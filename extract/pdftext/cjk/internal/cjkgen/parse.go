package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

// A cmapFile is one CMap resource, its mappings expanded code by code.
type cmapFile struct {
	name   string
	parent string // usecmap
	wmode  int
	space  [][2][]byte
	cids   map[uint64]uint32 // n<<32 | code → CID
}

// parseCMapFile reads the PostScript of a CMap resource: its code space,
// cid ranges and chars, usecmap and WMode. notdef ranges are left out: they
// give the glyph shown for a code without a character.
func parseCMapFile(path string) (*cmapFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := &cmapFile{cids: map[uint64]uint32{}}
	toks := tokens(string(data))
	var args []string
	section := ""
	for i, t := range toks {
		switch t {
		case "begincodespacerange", "begincidrange", "begincidchar", "beginnotdefrange":
			section, args = t, args[:0]
			continue
		case "endcodespacerange":
			for j := 0; j+1 < len(args); j += 2 {
				lo, hi := hexBytes(args[j]), hexBytes(args[j+1])
				if lo == nil || len(lo) != len(hi) {
					return nil, fmt.Errorf("bad code space range %s %s", args[j], args[j+1])
				}
				m.space = append(m.space, [2][]byte{lo, hi})
			}
		case "endcidrange":
			if err := m.addRanges(args); err != nil {
				return nil, err
			}
		case "endcidchar":
			for j := 0; j+1 < len(args); j += 2 {
				c := hexBytes(args[j])
				cid, err := strconv.Atoi(args[j+1])
				if c == nil || err != nil {
					return nil, fmt.Errorf("bad cidchar %s %s", args[j], args[j+1])
				}
				m.cids[key(c)] = uint32(cid)
			}
		case "usecmap":
			if i > 0 {
				m.parent = strings.TrimPrefix(toks[i-1], "/")
			}
		case "def":
			if i >= 2 && toks[i-2] == "/WMode" {
				m.wmode, _ = strconv.Atoi(toks[i-1])
			}
			if i >= 2 && toks[i-2] == "/CMapName" {
				m.name = strings.TrimPrefix(toks[i-1], "/")
			}
		}
		if strings.HasPrefix(t, "end") {
			section = ""
		}
		if section != "" {
			args = append(args, t)
		}
	}
	if m.name == "" {
		return nil, fmt.Errorf("no /CMapName")
	}
	return m, nil
}

func (m *cmapFile) addRanges(args []string) error {
	for j := 0; j+2 < len(args); j += 3 {
		lo, hi := hexBytes(args[j]), hexBytes(args[j+1])
		cid, err := strconv.Atoi(args[j+2])
		if lo == nil || len(lo) != len(hi) || err != nil {
			return fmt.Errorf("bad cidrange %s %s %s", args[j], args[j+1], args[j+2])
		}
		// Adobe's ranges vary their last byte only (Technical Note
		// 5014): then counting from lo to hi is the range.
		if string(lo[:len(lo)-1]) != string(hi[:len(hi)-1]) {
			return fmt.Errorf("cidrange %s %s varies more than its last byte", args[j], args[j+1])
		}
		l, h := val(lo), val(hi)
		for c := l; c <= h; c++ {
			m.cids[uint64(len(lo))<<32|uint64(c)] = uint32(cid) + uint32(c-l)
		}
	}
	return nil
}

// own keeps of a CMap with a usecmap parent only what differs from the
// parent (a V CMap overrides a few codes of its H): the reader looks in the
// CMap, then in its parent.
func own(m *cmapFile, files map[string]*cmapFile) error {
	if m.parent == "" {
		return nil
	}
	p, ok := files[m.parent]
	if !ok {
		return fmt.Errorf("usecmap %s not found", m.parent)
	}
	for k, v := range m.cids {
		if pv, in := p.cids[k]; in && pv == v {
			delete(m.cids, k)
		}
	}
	return nil
}

// tokens splits PostScript into hex strings, names, numbers and keywords,
// dropping % comments.
func tokens(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '%'); i >= 0 {
			line = line[:i]
		}
		line = strings.NewReplacer("<", " <", ">", "> ", "[", " [ ", "]", " ] ").Replace(line)
		out = append(out, strings.FieldsFunc(line, unicode.IsSpace)...)
	}
	return out
}

func hexBytes(t string) []byte {
	if len(t) < 4 || t[0] != '<' || t[len(t)-1] != '>' {
		return nil
	}
	h := t[1 : len(t)-1]
	if len(h)%2 != 0 || len(h) > 8 || !hexRun.MatchString(h) {
		return nil
	}
	b := make([]byte, len(h)/2)
	for i := range b {
		v, _ := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		b[i] = byte(v)
	}
	return b
}

func val(b []byte) uint32 {
	var v uint32
	for _, x := range b {
		v = v<<8 | uint32(x)
	}
	return v
}

func key(b []byte) uint64 { return uint64(len(b))<<32 | uint64(val(b)) }
