package dataset

import "github.com/clsx/clsx/rules"

// Table is one table of the dataset as a Frictionless Table Schema describes
// it (https://specs.frictionlessdata.io/table-schema/): its name (the CSV
// file's and the sheet's), its fields in column order, its keys.
type Table struct {
	Name        string
	Title       string
	Description string
	Fields      []Field
	PrimaryKey  []string
	ForeignKeys []ForeignKey
}

// Field is one column. Type is a Table Schema type: string, integer,
// number, boolean, date or year. Values of a list (leads, themes) are joined
// in one cell by ListSeparator, which Table Schema cannot express as a type:
// the description says so.
type Field struct {
	Name        string
	Type        string
	Title       string // French, for the people who read the dictionary
	Description string
	Required    bool
	Pattern     string   // a regular expression the whole value matches
	Enum        []string // the only values allowed
}

// ForeignKey says that Fields of a table name a row of another table.
type ForeignKey struct {
	Fields    []string
	Reference string // the table
	RefFields []string
}

// ListSeparator joins the values of a list in one cell (" | "): not ";",
// the separator of the CSV written for a French spreadsheet, nor ",", which
// names and titles hold.
const ListSeparator = " | "

// The tables, in the order they are written.
const (
	tContracts = iota
	tSources
	tSignatories
	tAxes
	tObjectives
	tActions
	tThemes
	tableCount
)

// Tables is the dataset: every table, its columns and its keys.
var Tables = [tableCount]*Table{
	tContracts: {
		Name:  "contracts",
		Title: "Contrats",
		Description: "Un contrat local de santé (ou un protocole préfigurant un CLS, ou un contrat local de santé mentale) par ligne : " +
			"son territoire, sa période, sa génération, ses sources.",
		Fields:     contractFields,
		PrimaryKey: []string{"contract_id"},
	},
	tSources: {
		Name:        "sources",
		Title:       "Documents sources",
		Description: "Les documents publiés (pages, PDF) dont chaque contrat a été lu, un par ligne.",
		Fields: []Field{
			contractID, rank("document_index", "Rang du document", "Rang du document parmi les sources du contrat, à partir de 1."),
			{Name: "source", Type: "string", Title: "Source", Description: "Le document tel que clsx l'a lu : chemin dans le corpus ou fichier.", Required: true},
			{Name: "url", Type: "string", Title: "Adresse", Description: "L'adresse web où le document a été publié, quand il vient du crawler."},
			{Name: "title", Type: "string", Title: "Titre du document", Description: "Le titre du document (titre de la page, du PDF), quand il en a un."},
		},
		PrimaryKey:  []string{"contract_id", "document_index"},
		ForeignKeys: toContracts,
	},
	tSignatories: {
		Name:        "signatories",
		Title:       "Signataires",
		Description: "Les organisations signataires ou parties de chaque contrat, dans l'ordre du texte.",
		Fields: []Field{
			contractID, rank("signatory_index", "Rang du signataire", "Rang du signataire dans le contrat, à partir de 1, dans l'ordre du texte."),
			{Name: "name", Type: "string", Title: "Nom", Description: "Le nom de l'organisation tel que le texte le donne.", Required: true},
			{Name: "kind", Type: "string", Title: "Type d'organisation", Required: true, Enum: rules.OrgKinds,
				Description: "Le type de l'organisation (voir le README) : ars, prefecture, departement, region, commune, epci, cpam, msa, caf, hospital, education, cpts, mutual, social, other."},
		},
		PrimaryKey:  []string{"contract_id", "signatory_index"},
		ForeignKeys: toContracts,
	},
	tAxes: {
		Name:        "axes",
		Title:       "Axes stratégiques",
		Description: "Les axes stratégiques (ou thématiques prioritaires) de chaque contrat, dans l'ordre du texte.",
		Fields: []Field{
			contractID, axisIndex(true),
			number("Le numéro de l'axe tel que le texte le donne (« 1 », « II », « A »)."),
			title("Le titre de l'axe, sans son numéro."),
			themesField("Les thèmes du titre de l'axe"),
			count("objective_count", "Objectifs", "Le nombre d'objectifs listés sous l'axe."),
			count("action_count", "Actions", "Le nombre d'actions listées sous l'axe."),
		},
		PrimaryKey:  []string{"contract_id", "axis_index"},
		ForeignKeys: toContracts,
	},
	tObjectives: {
		Name:        "objectives",
		Title:       "Objectifs",
		Description: "Les objectifs listés sous les axes, dans l'ordre du texte.",
		Fields: []Field{
			contractID, axisIndex(true),
			rank("objective_index", "Rang de l'objectif", "Rang de l'objectif sous son axe, à partir de 1."),
			number("Le numéro de l'objectif tel que le texte le donne (« 1.1 »), s'il en a un."),
			title("Le titre de l'objectif, sans son numéro."),
			themesField("Les thèmes du titre de l'objectif"),
		},
		PrimaryKey: []string{"contract_id", "axis_index", "objective_index"},
		ForeignKeys: append([]ForeignKey{{Fields: []string{"contract_id", "axis_index"}, Reference: "axes",
			RefFields: []string{"contract_id", "axis_index"}}}, toContracts...),
	},
	tActions: {
		Name:  "actions",
		Title: "Actions",
		Description: "Les actions (fiches actions) de chaque contrat : celles de ses axes, dans l'ordre des axes, " +
			"puis celles qui ne relèvent d'aucun axe.",
		Fields: []Field{
			contractID,
			rank("action_index", "Rang de l'action", "Rang de l'action dans le contrat, à partir de 1 : les actions des axes dans leur ordre, puis les autres."),
			axisIndex(false),
			number("Le numéro de l'action tel que le texte le donne, s'il en a un."),
			title("Le titre de l'action, sans son numéro ni son porteur."),
			{Name: "leads", Type: "string", Title: "Porteurs",
				Description: "Les porteurs ou pilotes de l'action (« piloté par … »), séparés par « | »."},
			{Name: "steps", Type: "string", Title: "Étapes",
				Description: "Les sous-actions ou étapes listées sous l'action, dans l'ordre, séparées par « | »."},
			themesField("Les thèmes du titre de l'action"),
		},
		PrimaryKey:  []string{"contract_id", "action_index"},
		ForeignKeys: toContracts,
	},
	tThemes: {
		Name:  "themes",
		Title: "Thèmes",
		Description: "Les thèmes de santé de chaque contrat, un par ligne, avec le nombre d'axes, d'objectifs et d'actions " +
			"dont le titre relève du thème.",
		Fields: []Field{
			contractID,
			{Name: "theme", Type: "string", Title: "Thème", Required: true, Enum: rules.ThemeIDs,
				Description: "L'identifiant du thème, dans la liste du guide d'annotation (voir le README)."},
			{Name: "theme_title", Type: "string", Title: "Intitulé du thème", Required: true, Description: "L'intitulé du thème en français."},
			count("axis_count", "Axes", "Le nombre d'axes du contrat dont le titre relève du thème."),
			count("objective_count", "Objectifs", "Le nombre d'objectifs du contrat dont le titre relève du thème."),
			count("action_count", "Actions", "Le nombre d'actions du contrat dont le titre relève du thème."),
		},
		PrimaryKey:  []string{"contract_id", "theme"},
		ForeignKeys: toContracts,
	},
}

var contractID = Field{Name: "contract_id", Type: "string", Title: "Identifiant du contrat", Required: true,
	Description: "L'identifiant stable du contrat : le nom du territoire et l'année de début (« agglomeration-d-agen-2019 »)."}

var toContracts = []ForeignKey{{Fields: []string{"contract_id"}, Reference: "contracts", RefFields: []string{"contract_id"}}}

func rank(name, title, description string) Field {
	return Field{Name: name, Type: "integer", Title: title, Description: description, Required: true}
}

func count(name, title, description string) Field {
	return Field{Name: name, Type: "integer", Title: title, Description: description, Required: true}
}

func axisIndex(required bool) Field {
	f := Field{Name: "axis_index", Type: "integer", Title: "Rang de l'axe", Required: required,
		Description: "Rang de l'axe dans le contrat, à partir de 1 (la ligne de la table axes)."}
	if !required {
		f.Description += " Vide pour une action qui ne relève d'aucun axe."
	}
	return f
}

func number(description string) Field {
	return Field{Name: "number", Type: "string", Title: "Numéro", Description: description}
}

func title(description string) Field {
	return Field{Name: "title", Type: "string", Title: "Titre", Description: description, Required: true}
}

func themesField(what string) Field {
	return Field{Name: "themes", Type: "string", Title: "Thèmes", Pattern: themesPattern,
		Description: what + " : identifiants de la liste des thèmes, séparés par « | »."}
}

// themesPattern is a list of theme ids joined by ListSeparator.
const themesPattern = `[a-z_]+( \| [a-z_]+)*`

// TableNamed returns the table of that name, or nil.
func TableNamed(name string) *Table {
	for _, t := range Tables {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Header is the table's column names, in order.
func (t *Table) Header() []string {
	out := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		out[i] = f.Name
	}
	return out
}
