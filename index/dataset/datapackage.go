package dataset

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

// datapackageName is the data dictionary of a CSV export.
const datapackageName = "datapackage.json"

// The Data Package's JSON (https://specs.frictionlessdata.io/data-package/),
// the shape schema.data.gouv.fr and data.gouv.fr validate.
type (
	dataPackage struct {
		Profile     string     `json:"profile"`
		Name        string     `json:"name"`
		Title       string     `json:"title"`
		Description string     `json:"description"`
		Created     string     `json:"created"`
		Licenses    []pkgRef   `json:"licenses"`
		Sources     []pkgRef   `json:"sources"`
		Resources   []resource `json:"resources"`
	}
	pkgRef struct {
		Name  string `json:"name,omitempty"`
		Path  string `json:"path"`
		Title string `json:"title"`
	}
	resource struct {
		Profile     string      `json:"profile"`
		Name        string      `json:"name"`
		Path        string      `json:"path"`
		Title       string      `json:"title"`
		Description string      `json:"description"`
		Format      string      `json:"format"`
		Mediatype   string      `json:"mediatype"`
		Encoding    string      `json:"encoding"`
		Dialect     dialect     `json:"dialect"`
		Schema      tableSchema `json:"schema"`
	}
	dialect struct {
		Delimiter      string `json:"delimiter"`
		LineTerminator string `json:"lineTerminator"`
		Header         bool   `json:"header"`
	}
	tableSchema struct {
		Fields        []schemaField `json:"fields"`
		PrimaryKey    []string      `json:"primaryKey"`
		ForeignKeys   []foreignKey  `json:"foreignKeys,omitempty"`
		MissingValues []string      `json:"missingValues"`
	}
	schemaField struct {
		Name        string       `json:"name"`
		Type        string       `json:"type"`
		Title       string       `json:"title"`
		Description string       `json:"description"`
		Constraints *constraints `json:"constraints,omitempty"`
	}
	constraints struct {
		Required bool     `json:"required,omitempty"`
		Pattern  string   `json:"pattern,omitempty"`
		Enum     []string `json:"enum,omitempty"`
	}
	foreignKey struct {
		Fields    []string  `json:"fields"`
		Reference reference `json:"reference"`
	}
	reference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	}
)

// datasetLicence is the licence the dataset is published under: the
// Licence Ouverte of the French administration, data.gouv.fr's reference.
var datasetLicence = pkgRef{Name: "etalab-2.0", Path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
	Title: "Licence Ouverte / Open Licence version 2.0"}

// datasetSources are where the values come from.
var datasetSources = []pkgRef{
	{Path: "sources.csv", Title: "Les pages et documents publiés par les ARS et les collectivités, listés contrat par contrat dans la table sources"},
	{Path: "https://www.insee.fr/fr/information/2560452", Title: "Code officiel géographique et populations municipales (INSEE), via @etalab/decoupage-administratif"},
}

// writeDataPackage writes the Data Package describing the CSV files.
func writeDataPackage(dir string, excel bool, created time.Time) error {
	p := dataPackage{Profile: "tabular-data-package", Name: "contrats-locaux-de-sante",
		Title: "Contrats locaux de santé (CLS)", Description: datasetDescription, Created: created.UTC().Format(time.RFC3339),
		Licenses: []pkgRef{datasetLicence}, Sources: datasetSources}
	d := dialect{Delimiter: ",", LineTerminator: "\r\n", Header: true}
	if excel {
		d.Delimiter = ";"
	}
	for _, t := range Tables {
		p.Resources = append(p.Resources, resource{Profile: "tabular-data-resource", Name: t.Name, Path: csvName(t),
			Title: t.Title, Description: t.Description, Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
			Dialect: d, Schema: schemaOf(t)})
	}
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, datapackageName), append(data, '\n'), 0o644)
}

// schemaOf is a table's Table Schema.
func schemaOf(t *Table) tableSchema {
	s := tableSchema{PrimaryKey: t.PrimaryKey, MissingValues: []string{""}}
	for _, f := range t.Fields {
		sf := schemaField{Name: f.Name, Type: f.Type, Title: f.Title, Description: f.Description}
		if f.Required || f.Pattern != "" || len(f.Enum) > 0 {
			sf.Constraints = &constraints{Required: f.Required, Pattern: f.Pattern, Enum: f.Enum}
		}
		s.Fields = append(s.Fields, sf)
	}
	for _, k := range t.ForeignKeys {
		s.ForeignKeys = append(s.ForeignKeys, foreignKey{Fields: k.Fields, Reference: reference{Resource: k.Reference, Fields: k.RefFields}})
	}
	return s
}

// datasetDescription says what the dataset is, for the Data Package and
// the README.
const datasetDescription = "Les contrats locaux de santé (CLS) français lus dans les textes que publient les agences régionales " +
	"de santé et les collectivités : territoire, période, signataires, axes, objectifs, actions et thèmes de santé de chaque contrat. " +
	"Les valeurs sont extraites par règles par clsx ; chacune renvoie au passage du texte dont elle a été lue."
