package rules

import (
	"strings"
)

// Names as texts write them differ from the official ones in ways that carry
// no meaning: accents, case, hyphens ("La Seyne sur Mer"), abbreviations
// ("St-Martin"), typographic quotes, and — for an EPCI — the words that say
// what it is ("l'Agglomération d'Agen" is the official "CA Agglomération
// d'Agen"). A name key drops exactly those, so that two spellings of one name
// get one key, and nothing else, so that two places keep two keys.

// nameStopWords are linking words: "Terres des Confluences" and "Terres
// Confluences" are one name.
var nameStopWords = map[string]bool{"de": true, "du": true, "des": true, "d": true, "et": true, "en": true}

// articles open a name and are often left out ("Seyne sur Mer").
var articles = map[string]bool{"le": true, "la": true, "les": true, "l": true}

// epciWords designate an intercommunality rather than name it.
var epciWords = map[string]bool{
	"cc": true, "ca": true, "cu": true, "communaute": true, "communautes": true, "communes": true, "commune": true,
	"agglomeration": true, "agglo": true, "urbaine": true, "metropole": true, "intercommunalite": true,
}

// abbreviations expand as they are read.
var abbreviations = map[string]string{"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}

// nameWords folds a name and splits it into words: letters and digits only,
// abbreviations expanded, linking words dropped. It never fails: any string
// has words, possibly none.
func nameWords(name string) []string {
	f := Fold(name)
	words := strings.FieldsFunc(f, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
	})
	out := words[:0]
	for _, w := range words {
		if x, ok := abbreviations[w]; ok {
			w = x
		}
		if nameStopWords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// CommuneKey is the key of a commune's name: "La Seyne-sur-Mer" and "la seyne
// sur mer" give "la seyne sur mer".
func CommuneKey(name string) string { return strings.Join(nameWords(name), " ") }

// communeKeyBare is the key without a leading article: "seyne sur mer".
func communeKeyBare(name string) string {
	w := nameWords(name)
	if len(w) > 1 && articles[w[0]] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// EPCIKey is the key of an intercommunality's name: the words that say what
// it is are dropped, and articles, so "l'Agglomération d'Agen",
// "CA Agglomération d'Agen" and "Communauté d'agglomération d'Agen" all give
// "agen". A name that is only designation ("la Communauté de Communes") gives "".
func EPCIKey(name string) string {
	var out []string
	for _, w := range nameWords(name) {
		if epciWords[w] || articles[w] {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// quotedAliases returns the names an official EPCI name quotes, between two
// apostrophes or double quotes:
//
//	CA de Blois ''Agglopolys''                  → Agglopolys
//	CA "Saintes - Grandes Rives - L'Agglo"      → Saintes - Grandes Rives - L'Agglo
func quotedAliases(name string) []string {
	var out []string
	for _, q := range []string{"''", `"`} {
		rest := name
		for {
			i := strings.Index(rest, q)
			if i < 0 {
				break
			}
			j := strings.Index(rest[i+len(q):], q)
			if j < 0 {
				break
			}
			if a := strings.TrimSpace(rest[i+len(q) : i+len(q)+j]); a != "" {
				out = append(out, a)
			}
			rest = rest[i+len(q)+j+len(q):]
		}
	}
	return out
}

// nameIndex maps name keys to places.
type nameIndex struct {
	communes     map[string][]*Place // CommuneKey → communes
	communesBare map[string][]*Place // key without the article → communes
	epcis        map[string][]*Place // EPCIKey (of the name and of its quoted aliases) → EPCIs
}

func buildNameIndex(o *Official) nameIndex {
	ix := nameIndex{communes: map[string][]*Place{}, communesBare: map[string][]*Place{}, epcis: map[string][]*Place{}}
	for i := range o.Communes {
		c := &o.Communes[i]
		ix.communes[CommuneKey(c.Name)] = append(ix.communes[CommuneKey(c.Name)], c)
		if b := communeKeyBare(c.Name); b != CommuneKey(c.Name) {
			ix.communesBare[b] = append(ix.communesBare[b], c)
		}
	}
	for i := range o.EPCIs {
		e := &o.EPCIs[i]
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, quotedAliases(e.Name)...) {
			if k := EPCIKey(n); k != "" && !seen[k] {
				seen[k] = true
				ix.epcis[k] = append(ix.epcis[k], e)
			}
		}
	}
	return ix
}

// Bears reports whether some commune or some intercommunality bears name as
// its official name (written as texts write it), whichever one it is: it
// tells a place name from other capitalised words, where Resolve, which must
// pick one place, would refuse a name that several communes share.
func (o *Official) Bears(name string) (commune, epci bool) {
	k := CommuneKey(name)
	commune = len(o.names.communes[k]) > 0 || len(o.names.communesBare[k]) > 0
	if ek := EPCIKey(name); ek != "" && ek == k {
		epci = len(o.names.epcis[ek]) > 0
	}
	return commune, epci
}
