package index

import (
	"sort"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// A contract is usually published several times — a news page, the signed
// PDF, an annex of fiches actions — and each document is extracted on its
// own. merge tells which documents' contracts are one contract, so that
// every count (territories per theme, contracts per région) counts it once.
//
// Two readings are one contract when they are of one territory (TerritoryKey:
// the official code, else the folded name) and their dates agree: the same
// start year; a signature in the start year or the year before it; the same
// signature year; else the same end year. A generation stated by both must
// be the same, so a territory's first and second contracts never merge; and
// two contracts of one document never merge (its extraction told them apart).
// A reading that gives no date joins its territory's contract when there is
// exactly one it could be.

// member is one document's reading of a contract.
type member struct {
	doc *sourceDoc
	c   *sourceContract
}

// mergeDocuments turns documents into the index's records, one per contract,
// in a deterministic order with ids that do not depend on the order the
// documents came in.
func mergeDocuments(docs []*sourceDoc) []*Record {
	sorted := append([]*sourceDoc{}, docs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Key < sorted[j].Key })
	byTerritory := map[string][]member{}
	var territories []string
	for _, d := range sorted {
		for i := range d.Contracts {
			c := &d.Contracts[i]
			key := TerritoryKey(&c.Contract)
			if c.Territory == nil && c.TerritoryCode == nil {
				key = "contract:" + d.Key + "\x00" + strconv.Itoa(i) // no territory: nothing to merge it with
			}
			if _, ok := byTerritory[key]; !ok {
				territories = append(territories, key)
			}
			byTerritory[key] = append(byTerritory[key], member{doc: d, c: c})
		}
	}
	sort.Strings(territories)
	var out []*Record
	for _, t := range territories {
		for _, cl := range cluster(byTerritory[t]) {
			out = append(out, mergeCluster(cl))
		}
	}
	assignIDs(out)
	return out
}

// cluster splits one territory's readings into contracts. Dated readings are
// placed first, so an undated one is placed knowing every contract it could
// belong to.
func cluster(ms []member) [][]member {
	sort.SliceStable(ms, func(i, j int) bool { return datedness(&ms[i].c.Contract) > datedness(&ms[j].c.Contract) })
	var out [][]member
	for _, m := range ms {
		var yes, maybe []int
		for ci, cl := range out {
			switch joinVerdict(cl, m) {
			case same:
				yes = append(yes, ci)
			case unknown:
				maybe = append(maybe, ci)
			}
		}
		switch {
		case len(yes) > 0:
			out[yes[0]] = append(out[yes[0]], m)
		case len(maybe) == 1:
			out[maybe[0]] = append(out[maybe[0]], m)
		default:
			out = append(out, []member{m})
		}
	}
	return out
}

type verdict int

const (
	different verdict = iota - 1
	unknown
	same
)

// joinVerdict says whether a reading belongs with a contract's readings:
// different when any of them tells it apart, same when one dates it alike.
func joinVerdict(cl []member, m member) verdict {
	v := unknown
	for _, x := range cl {
		if x.doc == m.doc {
			return different
		}
		switch sameContract(&x.c.Contract, &m.c.Contract) {
		case different:
			return different
		case same:
			v = same
		}
	}
	return v
}

// sameContract compares two readings of one territory by their dates.
func sameContract(a, b *extract.Contract) verdict {
	if a.Generation != nil && b.Generation != nil && *a.Generation != *b.Generation {
		return different
	}
	agree := func(ok bool) verdict {
		if ok {
			return same
		}
		return different
	}
	sa, sb := signedYear(a), signedYear(b)
	switch {
	case a.StartYear != nil && b.StartYear != nil:
		return agree(*a.StartYear == *b.StartYear)
	case sa != 0 && sb != 0:
		return agree(sa == sb)
	case sa != 0 && b.StartYear != nil:
		return agree(sa == *b.StartYear || sa == *b.StartYear-1)
	case sb != 0 && a.StartYear != nil:
		return agree(sb == *a.StartYear || sb == *a.StartYear-1)
	case a.EndYear != nil && b.EndYear != nil:
		return agree(*a.EndYear == *b.EndYear)
	case a.Generation != nil && b.Generation != nil:
		return same
	}
	return unknown
}

// signedYear is the year of a reading's signature date, 0 without one.
func signedYear(c *extract.Contract) int {
	if c.Signed == nil || len(*c.Signed) < 4 {
		return 0
	}
	y, err := strconv.Atoi((*c.Signed)[:4])
	if err != nil {
		return 0
	}
	return y
}

// datedness orders readings by how well they date their contract.
func datedness(c *extract.Contract) int {
	n := 0
	if c.StartYear != nil {
		n += 8
	}
	if c.Signed != nil {
		n += 4
	}
	if c.EndYear != nil {
		n += 2
	}
	if c.Generation != nil {
		n++
	}
	return n
}

// assignIDs gives each merged contract the id its documents' extractions
// gave it most often (the territory's name and first year), with a suffix
// where two contracts would share one. Records come sorted by territory and
// contract, so ids are the same at every build of the same documents.
func assignIDs(recs []*Record) {
	type keyed struct {
		r    *Record
		base string
		sort string
	}
	ks := make([]keyed, len(recs))
	for i, r := range recs {
		count := map[string]int{}
		base := ""
		for _, d := range r.Documents {
			id := d.ContractID
			if id == "" {
				id = "contract"
			}
			count[id]++
			if base == "" || count[id] > count[base] || count[id] == count[base] && id < base {
				base = id
			}
		}
		ks[i] = keyed{r, base, base + "\x00" + TerritoryKey(&r.Contract) + "\x00" + r.Documents[0].Source}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].sort < ks[j].sort })
	used := map[string]bool{}
	for _, k := range ks {
		id := k.base
		for n := 2; used[id]; n++ {
			id = k.base + "-" + strconv.Itoa(n)
		}
		used[id] = true
		k.r.ID = id
	}
}

// foldValue is how list values are compared across documents: case,
// accents and spacing aside.
func foldValue(s string) string {
	return strings.Join(strings.Fields(rules.Fold(s)), " ")
}
