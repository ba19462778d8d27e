package dataset

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/clsx/clsx/rules"
)

// readmeName is the README written beside the data.
const readmeName = "README.md"

// writeReadme writes the dataset's README: what it holds, every column of
// every table (from the same description as the Table Schemas), the ids
// the values take, how they were obtained and under what licence.
func writeReadme(dir string, opt Options, res *Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Contrats locaux de santé (CLS)\n\n%s\n\n", datasetDescription)
	fmt.Fprintf(&b, "Export du %s", opt.Created.UTC().Format("2006-01-02"))
	if opt.Generator != "" {
		fmt.Fprintf(&b, " par %s", opt.Generator)
	}
	fmt.Fprintf(&b, " : %d contrats.\n\n", res.Contracts)
	readmeFiles(&b, opt, res)
	readmeTables(&b)
	readmeValues(&b)
	b.WriteString(readmeMethod)
	return os.WriteFile(filepath.Join(dir, readmeName), []byte(b.String()), 0o644)
}

// readmeFiles says which files hold what, in this format.
func readmeFiles(b *strings.Builder, opt Options, res *Result) {
	b.WriteString("## Fichiers\n\n")
	switch opt.Format {
	case "jsonl":
		fmt.Fprintf(b, "- `%s` : un contrat par ligne, l'enregistrement complet que garde l'index de clsx "+
			"(les champs des tables ci-dessous, avec pour chaque valeur le passage du texte dont elle a été lue : "+
			"`field_evidence`, `evidence`, `sentences`).\n", jsonlName)
	case "csv":
		sep := "virgule"
		if opt.Excel {
			sep = "point-virgule, avec une marque d'ordre des octets (BOM) pour Excel"
		}
		fmt.Fprintf(b, "Fichiers CSV en UTF-8 (RFC 4180, séparateur %s), une ligne d'en-tête ; une cellule vide est une valeur inconnue.\n\n", sep)
		for _, t := range Tables {
			fmt.Fprintf(b, "- `%s` : %s (%d lignes)\n", csvName(t), strings.ToLower(t.Title), res.Rows[t.Name])
		}
		fmt.Fprintf(b, "- `%s` : le dictionnaire des données (Data Package Frictionless, un Table Schema par table, clés primaires et étrangères)\n", datapackageName)
	case "xlsx":
		fmt.Fprintf(b, "Le classeur `%s` a une feuille par table ; une cellule vide est une valeur inconnue.\n\n", xlsxName)
		for _, t := range Tables {
			fmt.Fprintf(b, "- feuille `%s` : %s (%d lignes)\n", t.Name, strings.ToLower(t.Title), res.Rows[t.Name])
		}
	}
	b.WriteString("\nLes tables se joignent par `contract_id`. Les listes (porteurs, étapes, thèmes, adresses) " +
		"tiennent dans une cellule, leurs valeurs séparées par « | ».\n\n")
}

// readmeTables is the data dictionary: every column of every table.
func readmeTables(b *strings.Builder) {
	b.WriteString("## Tables et colonnes\n\n")
	for _, t := range Tables {
		fmt.Fprintf(b, "### %s — %s\n\n%s Clé : %s.\n\n", t.Name, t.Title, t.Description, strings.Join(t.PrimaryKey, ", "))
		b.WriteString("| colonne | type | intitulé | description |\n|---|---|---|---|\n")
		for _, f := range t.Fields {
			req := ""
			if f.Required {
				req = " (toujours renseignée)"
			}
			fmt.Fprintf(b, "| `%s` | %s | %s | %s%s |\n", f.Name, f.Type, f.Title, strings.ReplaceAll(f.Description, "|", "\\|"), req)
		}
		b.WriteString("\n")
	}
}

// readmeValues lists the ids the coded columns take.
func readmeValues(b *strings.Builder) {
	b.WriteString("## Valeurs codées\n\n### Thèmes (`theme`, `themes`)\n\n| identifiant | intitulé |\n|---|---|\n")
	for _, id := range rules.ThemeIDs {
		fmt.Fprintf(b, "| `%s` | %s |\n", id, ThemeTitle(id))
	}
	b.WriteString("\n### Types de contrat (`kind`)\n\n" +
		"- `cls` : contrat local de santé\n- `protocole` : protocole d'accord préfigurant un CLS\n" +
		"- `clsm` : contrat local de santé mentale, quand le contrat lui-même en est un\n\n")
	b.WriteString("### Types de territoire (`territory_kind`)\n\n" +
		"- `commune`\n- `epci` : communauté de communes, d'agglomération, urbaine, métropole\n" +
		"- `pays` : pays, PETR, pôle\n- `departement`\n- `quartier`\n- `other` : autre, ou non dit\n\n")
	b.WriteString("### Types de signataire (`kind` de signatories)\n\n" +
		"`ars` (agence régionale de santé, délégation départementale), `prefecture` (préfecture, État), " +
		"`departement` (conseil départemental), `region` (conseil régional), `commune`, `epci` (intercommunalité, PETR, pays), " +
		"`cpam`, `msa`, `caf`, `hospital` (centre hospitalier, CHU, GHT, EPSM, clinique), `education` (Éducation nationale), " +
		"`cpts`, `mutual` (mutualité, mutuelle), `social` (CCAS, CIAS, mission locale, associations nommées), `other`.\n\n")
}

// readmeMethod says how the values were obtained and under what licence.
const readmeMethod = `## Comment les valeurs ont été obtenues

Les pages et documents (HTML, PDF, DOCX) publiés par les ARS et les collectivités ont été collectés, puis lus
par les règles d'extraction de clsx : chaque valeur est copiée du texte ou déduite d'une règle écrite
(une année de fin = l'année de début plus la durée énoncée), jamais devinée ; une valeur que le texte ne donne
pas reste vide. Le code officiel, le département, la région et la population d'un territoire viennent de la
géographie officielle de l'INSEE quand le nom du territoire s'y résout sans ambiguïté. Les thèmes sont ceux du
titre de chaque axe, objectif et action, d'après la liste du guide d'annotation. Pour voir le passage du texte
dont une valeur a été lue : ` + "`clsx show CONTRACT_ID`" + `, ou l'export JSONL.

L'extraction automatique se trompe parfois : citez le document source (table sources) pour toute valeur
reprise.

## Licence

Le jeu de données est publié sous la Licence Ouverte / Open Licence version 2.0 (etalab-2.0). Il reprend des
faits (territoires, dates, signataires, intitulés d'axes et d'actions) lus dans des documents administratifs
publiés par les ARS et les collectivités, dont la réutilisation relève du Code des relations entre le public et
l'administration (livre III) ; les textes eux-mêmes ne sont pas redistribués : chaque contrat renvoie à
l'adresse de ses sources. Populations et codes : INSEE, Code officiel géographique et populations municipales.
`
