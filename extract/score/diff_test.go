package score

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestScoreDiffAccountsForEveryError checks, on every perturbation of the
// agreement tests, that ScoreDiff gives Score's figures and that its
// differences are exactly the errors counted: per document and field, each
// missed value is one false negative, each invented one a false positive,
// each wrong one both; each missed or invented contract one of `contracts`.
// With -short, one case in four (some 60, from every group of
// perturbations), since each scoring takes some 20 ms.
func TestScoreDiffAccountsForEveryError(t *testing.T) {
	cases, stride := agreementCases(t, 10), 1
	if testing.Short() {
		stride = 4
	}
	for i := 0; i < len(cases); i += stride {
		c := cases[i]
		rep, err := Score(goldDir, c.data)
		drep, derr := ScoreDiff(goldDir, c.data)
		if (err == nil) != (derr == nil) {
			t.Fatalf("%s: Score error %v, ScoreDiff error %v", c.name, err, derr)
		}
		if err != nil {
			continue
		}
		if !reflect.DeepEqual(rep.Fields, drep.Fields) || rep.Micro != drep.Micro {
			t.Fatalf("%s: ScoreDiff's figures differ from Score's", c.name)
		}
		for _, d := range drep.Docs {
			got := map[string][3]int{} // field → {unused, fp, fn} from the diff
			count := func(field string, fp, fn int) {
				v := got[field]
				got[field] = [3]int{0, v[1] + fp, v[2] + fn}
			}
			for _, cd := range d.Diff {
				switch cd.Change {
				case Missed:
					count("contracts", 0, 1)
				case Invented:
					count("contracts", 1, 0)
				case Paired:
					if len(cd.Differences) == 0 {
						t.Errorf("%s/%s: a pair without differences is listed", c.name, d.Base)
					}
				}
				if (cd.Gold == nil) == (cd.Change != Invented) || (cd.Got == nil) == (cd.Change != Missed) {
					t.Errorf("%s/%s: %s contract with gold %v, got %v", c.name, d.Base, cd.Change, cd.Gold, cd.Got)
				}
				for _, x := range cd.Differences {
					switch x.Change {
					case Missed:
						count(x.Field, 0, 1)
					case Invented:
						count(x.Field, 1, 0)
					case Wrong:
						count(x.Field, 1, 1)
					default:
						t.Errorf("%s/%s: change %q", c.name, d.Base, x.Change)
					}
				}
			}
			for _, name := range fieldNames {
				want := d.Fields[name]
				if g := got[name]; g[1] != want[1] || g[2] != want[2] {
					t.Errorf("%s/%s: %s fp=%d fn=%d, the diff lists fp=%d fn=%d",
						c.name, d.Base, name, want[1], want[2], g[1], g[2])
				}
			}
		}
	}
}

// TestScoreDiffNamesTheValues changes one contract of the gold in known
// ways and checks the diff names each change with its gold and extracted
// values.
func TestScoreDiffNamesTheValues(t *testing.T) {
	golds := loadGolds(t)
	docs := basePrediction(golds)
	var agen predDoc
	for i, g := range golds {
		if g.base == "agen" {
			agen = docs[i]
		}
	}
	c := contractsOf(agen)[0].(contract)
	sigs := c["signatories"].([]any)
	dropped := sigs[0].(map[string]any)["name"].(string)
	c["signatories"] = append(sigs[1:], map[string]any{"name": "Office du tourisme", "kind": "other"})
	sigs[1].(map[string]any)["kind"] = "other" // the kind of the signatory now first
	c["start_year"] = json.Number("2018")
	c["themes"] = append(c["themes"].([]any), "zz_theme")
	data := encodeCase("agen", map[string]any{"documents": docs}).data

	rep, err := ScoreDiff(goldDir, data)
	if err != nil {
		t.Fatal(err)
	}
	var diff []ContractDiff
	for _, d := range rep.Docs {
		if d.Base == "agen" {
			diff = d.Diff
		} else if len(d.Diff) != 0 {
			t.Errorf("%s is unchanged but has differences %+v", d.Base, d.Diff)
		}
	}
	if len(diff) != 1 || diff[0].Change != Paired || diff[0].Gold.Index != 0 || diff[0].Got.Index != 0 {
		t.Fatalf("want one pair, contract 0 with 0; got %+v", diff)
	}
	want := []Difference{
		{Field: "start_year", Change: Wrong, Gold: "2019", Got: "2018"},
		{Field: "signatories", Change: Missed, Gold: dropped},
		{Field: "signatories", Change: Invented, Got: "Office du tourisme"},
		{Field: "signatory_kind", Change: Wrong, Item: "Agglomération d’Agen", Gold: "epci", Got: "other"},
		{Field: "themes", Change: Invented, Got: "zz_theme"},
	}
	if !reflect.DeepEqual(diff[0].Differences, want) {
		t.Errorf("differences\n%+v\nwant\n%+v", diff[0].Differences, want)
	}
}
