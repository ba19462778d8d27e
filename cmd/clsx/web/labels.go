package web

import (
	"html/template"
	"net/url"
)

// The French names of the annotation guide's ids, for pages (the ids stay
// in URLs and the API, as the command line takes them).
var themeLabels = map[string]string{
	"acces_soins": "Accès aux soins", "sante_mentale": "Santé mentale", "prevention": "Prévention",
	"depistage_vaccination": "Dépistage, vaccination", "addictions": "Addictions",
	"nutrition_activite": "Nutrition, activité physique", "sante_environnement": "Santé-environnement",
	"vieillissement": "Vieillissement", "handicap": "Handicap", "enfance_jeunesse": "Enfance, jeunesse",
	"precarite_droits": "Précarité, accès aux droits", "maladies_chroniques": "Maladies chroniques",
	"coordination": "Coordination", "communication": "Communication", "mobilite": "Mobilité",
	"sante_travail": "Santé au travail", "violences_sexualite": "Violences, vie affective et sexuelle",
}

var kindLabels = map[string]string{
	// contracts
	"cls": "Contrat local de santé", "protocole": "Protocole d'accord", "clsm": "Conseil local de santé mentale",
	// territories
	"commune": "Commune", "epci": "Intercommunalité (EPCI)", "pays": "Pays, PETR", "departement": "Département",
	"quartier": "Quartier", "other": "Autre",
	// signatories
	"ars": "ARS", "prefecture": "Préfecture", "region": "Région", "cpam": "CPAM", "msa": "MSA", "caf": "CAF",
	"hospital": "Établissement de santé", "education": "Éducation nationale", "cpts": "CPTS",
	"mutual": "Mutuelle", "social": "Acteur social",
}

// facetLabels name the facets; facetParams the URL parameter that filters
// on each (the command line's flag), "" where none does.
var facetLabels = map[string]string{
	"region": "Région", "departement": "Département", "theme": "Thème", "kind": "Type de contrat",
	"territory_kind": "Type de territoire", "signatory_kind": "Type de signataire",
	"in_force": "Année en vigueur", "start_year": "Année de début", "end_year": "Année de fin", "generation": "Génération",
}

var facetParams = map[string]string{
	"region": "region", "departement": "departement", "theme": "theme", "kind": "kind",
	"territory_kind": "territory-kind", "signatory_kind": "signatory-kind", "in_force": "year",
}

func labelOr(m map[string]string, id string) string {
	if l, ok := m[id]; ok {
		return l
	}
	return inert(id)
}

// funcs are the templates' helpers.
var funcs = template.FuncMap{
	"txt":   inert,
	"theme": func(id string) string { return labelOr(themeLabels, id) },
	"kind":  func(id string) string { return labelOr(kindLabels, id) },
	"facet": func(id string) string { return labelOr(facetLabels, id) },
	"segs":  segments,
	"deref": deref,
	"num":   number,
	"path":  url.PathEscape,
	"add":   func(a, b int) int { return a + b },
}
