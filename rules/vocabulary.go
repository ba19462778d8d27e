package rules

// The ids of the annotation guide. Rule files may only use these.
var (
	ThemeIDs = []string{
		"acces_soins", "sante_mentale", "prevention", "depistage_vaccination", "addictions",
		"nutrition_activite", "sante_environnement", "vieillissement", "handicap",
		"enfance_jeunesse", "precarite_droits", "maladies_chroniques", "coordination",
		"communication", "mobilite", "sante_travail", "violences_sexualite",
	}
	OrgKinds = []string{
		"ars", "prefecture", "departement", "region", "commune", "epci", "cpam", "msa", "caf",
		"hospital", "education", "cpts", "mutual", "social", "other",
	}
	TerritoryKinds = []string{"commune", "epci", "pays", "departement", "quartier", "other"}
)

// CueClasses are the classes of cues.txt; each is read by one extractor.
var CueClasses = []string{
	"contract.cls", "contract.protocole", "contract.clsm", "contract.other", "contract.plural", "determiner.plural",
	"signing", "signing.verb", "signing.closing",
	"date.publication", "date.meeting", "date.law", "date.other",
	"dateline.label", "date.future", "date.relative.day", "date.relative.recent",
	"period.cue", "end.cue", "start.cue",
	"start.verb",
	"generation.renew", "generation.qualifier", "generation.previous", "generation.prospect", "generation.wish", "generation.rank",
	"axis.intro", "axis.exclude", "axis.label", "objective.label", "action.label", "axis.transversal",
	"lead", "fiche.field",
	"action.intro", "action.intro.exclude", "action.list.intro", "axis.intro.weak", "axis.anaphor", "axis.example", "axis.open", "axis.count.adjective",
	"party.intro", "party.single", "party.heading", "party.generic", "party.end",
	"party.context", "party.subject", "party.role", "party.continues",
	"party.announce",
	"party.listed", "party.notname", "party.preamble.end", "party.partnership", "party.context.not", "party.present",
	"territory.not.demonym", "place.name.head", "territory.generic.epci", "territory.generic.commune", "departement.number",
}
