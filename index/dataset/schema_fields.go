package dataset

import "github.com/clsx/clsx/rules"

// contractFields are the columns of the contracts table.
var contractFields = []Field{
	contractID,
	{Name: "territory", Type: "string", Title: "Territoire", Required: true,
		Description: "Le territoire couvert par le contrat, tel que le document le nomme (commune, intercommunalité, pays, quartier…)."},
	{Name: "territory_kind", Type: "string", Title: "Type de territoire", Required: true, Enum: rules.TerritoryKinds,
		Description: "commune, epci (communauté de communes, d'agglomération, urbaine, métropole), pays (pays, PETR, pôle), departement, quartier ou other."},
	{Name: "territory_code", Type: "string", Title: "Code officiel du territoire",
		Description: "Le code officiel du territoire quand son nom se résout sans ambiguïté dans la géographie officielle : " +
			"code INSEE d'une commune, SIREN d'un EPCI, code d'un département. Vide sinon (pays, PETR, quartier, homonymes)."},
	{Name: "departement", Type: "string", Title: "Département", Pattern: `[0-9]{2,3}|2[AB]`,
		Description: "Le code du département du territoire : celui que le texte donne, sinon celui de la géographie officielle."},
	{Name: "departement_name", Type: "string", Title: "Nom du département",
		Description: "Le nom officiel du département (géographie officielle de l'INSEE)."},
	{Name: "region", Type: "string", Title: "Région",
		Description: "La région de l'ARS signataire, ou celle du département que le texte nomme, ou celle de la géographie officielle " +
			"quand le territoire est dans une seule région."},
	{Name: "population", Type: "integer", Title: "Population",
		Description: "La population municipale du territoire (INSEE), d'après son code officiel : celle de la commune, " +
			"la somme de celles des communes membres de l'EPCI ou du département (comme la couverture de clsx stats). " +
			"Vide sans code officiel, sauf si l'extraction en a donné une."},
	{Name: "kind", Type: "string", Title: "Type de contrat", Required: true, Enum: []string{"cls", "protocole", "clsm"},
		Description: "cls (contrat local de santé), protocole (protocole d'accord préfigurant un CLS), " +
			"clsm (contrat local de santé mentale, quand le contrat lui-même en est un)."},
	{Name: "generation", Type: "integer", Title: "Génération",
		Description: "1 pour le premier CLS du territoire, 2 pour le deuxième… quand le texte le dit."},
	{Name: "signed", Type: "string", Title: "Date de signature", Pattern: `[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?`,
		Description: "La date de signature, aussi précise que le texte : AAAA, AAAA-MM ou AAAA-MM-JJ."},
	{Name: "signed_year", Type: "year", Title: "Année de signature", Description: "L'année de la date de signature."},
	{Name: "start_year", Type: "year", Title: "Année de début",
		Description: "La première année de la période du contrat (« 2019-2024 », « depuis 2023 »), sinon l'année de signature."},
	{Name: "end_year", Type: "year", Title: "Année de fin",
		Description: "La dernière année que le texte donne, sinon l'année de début plus la durée quand les deux sont connues."},
	{Name: "duration_years", Type: "integer", Title: "Durée (années)",
		Description: "La durée que le texte énonce (« pour une durée de 5 ans ») ; jamais calculée d'une période."},
	count("signatory_count", "Signataires", "Le nombre de signataires (lignes de la table signatories)."),
	count("axis_count", "Axes", "Le nombre d'axes (lignes de la table axes)."),
	count("objective_count", "Objectifs", "Le nombre d'objectifs (lignes de la table objectives)."),
	count("action_count", "Actions", "Le nombre d'actions, des axes ou hors axe (lignes de la table actions)."),
	{Name: "themes", Type: "string", Title: "Thèmes", Pattern: themesPattern,
		Description: "Les thèmes du contrat (l'union des thèmes de ses axes, objectifs et actions), séparés par « | » ; " +
			"une ligne par thème dans la table themes."},
	{Name: "source_urls", Type: "string", Title: "Adresses des sources",
		Description: "Les adresses web des documents dont le contrat a été lu, séparées par « | » ; le détail est dans la table sources."},
}

// themeTitles are the French names of the themes of the annotation guide.
var themeTitles = map[string]string{
	"acces_soins":           "Accès aux soins",
	"sante_mentale":         "Santé mentale",
	"prevention":            "Prévention et promotion de la santé",
	"depistage_vaccination": "Dépistage et vaccination",
	"addictions":            "Addictions",
	"nutrition_activite":    "Nutrition et activité physique",
	"sante_environnement":   "Santé environnementale",
	"vieillissement":        "Vieillissement et autonomie",
	"handicap":              "Handicap",
	"enfance_jeunesse":      "Enfance, jeunesse et parentalité",
	"precarite_droits":      "Précarité et accès aux droits",
	"maladies_chroniques":   "Maladies chroniques",
	"coordination":          "Coordination des acteurs et parcours",
	"communication":         "Communication et information",
	"mobilite":              "Mobilité",
	"sante_travail":         "Santé au travail",
	"violences_sexualite":   "Violences et santé sexuelle",
}

// ThemeTitle is the French name of a theme id; an unknown id names itself.
func ThemeTitle(id string) string {
	if t, ok := themeTitles[id]; ok {
		return t
	}
	return id
}
