package extract

import (
	"strings"
	"testing"
)

// Axes written inside a sentence: the announced count decides the cuts.
func TestInlineAxes(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // "NUMBER TITLE"; nil: no axes
	}{
		{"semicolons with a count",
			"Trois grands axes ont été retenus : agir sur l'offre de soins ; soutenir les aidants ; coordonner, animer et évaluer le contrat.",
			[]string{"1 agir sur l'offre de soins", "2 soutenir les aidants", "3 coordonner, animer et évaluer le contrat"}},
		{"commas, the count splits the last et",
			"Le contrat s'articule autour de 4 axes : l'accès aux soins, la santé mentale, la nutrition et le sport et la prévention des chutes.",
			[]string{"1 l'accès aux soins", "2 la santé mentale", "3 la nutrition et le sport", "4 la prévention des chutes"}},
		{"infinitives are parallel",
			"Quatre axes stratégiques ont été définis, favoriser l'installation des médecins, accompagner le vieillissement, prévenir les addictions et lutter contre l'isolement et promouvoir la santé des jeunes.",
			[]string{"1 favoriser l'installation des médecins", "2 accompagner le vieillissement", "3 prévenir les addictions et lutter contre l'isolement", "4 promouvoir la santé des jeunes"}},
		{"no count: the last et joins the last item",
			"Le CLS comprend plusieurs thématiques comme la vaccination, l'habitat indigne, la santé des seniors et la mobilité.",
			[]string{"1 la vaccination", "2 l'habitat indigne", "3 la santé des seniors", "4 la mobilité"}},
		{"joining words are not part of the titles",
			"Le programme compte trois axes prioritaires : la périnatalité, le dépistage des cancers et pour finir, la santé au travail.",
			[]string{"1 la périnatalité", "2 le dépistage des cancers", "3 la santé au travail"}},
		{"a parenthesis stays whole",
			"Ce CLS retient deux axes : la prévention (nutrition, sommeil, écrans) et l'accès aux droits.",
			[]string{"1 la prévention (nutrition, sommeil, écrans)", "2 l'accès aux droits"}},
		{"counted priorities",
			"Le diagnostic a permis de dégager les 3 priorités suivantes : le logement, l'emploi et la santé mentale.",
			[]string{"1 le logement", "2 l'emploi", "3 la santé mentale"}},
		{"a list after autour de",
			"Le CLS établit trois axes de travail autour de la prévention, de la santé mentale des jeunes et de l'accès aux droits.",
			[]string{"1 la prévention", "2 la santé mentale des jeunes", "3 l'accès aux droits"}},
		{"a counted list after sont",
			"Les quatre priorités retenues sont la santé mentale, les addictions, l'accès aux droits et la santé environnementale.",
			[]string{"1 la santé mentale", "2 les addictions", "3 l'accès aux droits", "4 la santé environnementale"}},
		{"a reporting clause between the announcement and the list",
			"« Nous avons retenu trois axes », explique la présidente de l'agglomération, « favoriser l'accès aux soins, prévenir les addictions et accompagner le vieillissement ».",
			[]string{"1 favoriser l'accès aux soins", "2 prévenir les addictions", "3 accompagner le vieillissement"}},
		{"an inverted speaker and straight quotes",
			"\"Le contrat fixe quatre priorités\", détaille-t-il, \"la santé mentale, la nutrition, le sport et l'accès aux droits\".",
			[]string{"1 la santé mentale", "2 la nutrition", "3 le sport", "4 l'accès aux droits"}},
		{"a quoted item keeps its quotes",
			"« Ce CLS retient deux axes », poursuit-elle, « le programme “Bien vieillir” et la prévention du suicide ».",
			[]string{"1 le programme \"Bien vieillir\"", "2 la prévention du suicide"}}, // quotes normalized
		{"a reporting clause and no announced axes",
			"« Le contrat est un outil précieux », souligne le maire, « qui permet de coordonner les acteurs, les élus et les habitants ».", nil},
		{"no list after sont without a count",
			"Les priorités du contrat sont nombreuses, variées et ambitieuses.", nil},
		{"a defining relative and mais aussi",
			"Ce CLS identifie les axes d'intervention prioritaires que sont l'accès aux soins, l'information, mais aussi les déterminants environnementaux.",
			[]string{"1 l'accès aux soins", "2 l'information", "3 les déterminants environnementaux"}},
		{"tels que with a count is the whole list",
			"Le diagnostic a permis de définir trois grands axes de travail tels que la réduction des inégalités, le renforcement de la prévention et de la promotion de la santé et l'amélioration de l'attractivité du territoire.",
			[]string{"1 la réduction des inégalités", "2 le renforcement de la prévention et de la promotion de la santé", "3 l'amélioration de l'attractivité du territoire"}},
		{"ainsi qu'un introduces the last item",
			"Il fédère les partenaires autour de 3 axes majeurs : santé mentale, santé des jeunes, ainsi qu'un axe transversal reposant sur la coordination.",
			[]string{"1 santé mentale", "2 santé des jeunes", "3 axe transversal reposant sur la coordination"}},
		{"a count that does not fit gives nothing", "Le contrat comporte cinq axes : la prévention, les soins et le médico-social.", nil},
		{"examples in narrative are no axes",
			"Les axes portent notamment sur : la prévention, la nutrition et le sport.", nil},
		{"an open list is no axes",
			"Le CLS couvre plusieurs thématiques : l'alimentation, l'environnement, la santé mentale ou encore l'accès aux soins.", nil},
		{"what a contract may cover in general",
			"Le contrat local de santé peut porter sur différentes thématiques : la prévention, les soins, le médico-social.", nil},
		{"challenges are no axes",
			"Les enjeux du territoire sont nombreux : le vieillissement, la désertification médicale et la précarité.", nil},
		{"the contract as the subject owns the list",
			"Porté par la commune et l'ARS, il réunit les acteurs autour d'objectifs communs : la vaccination, le logement et le sport.",
			[]string{"1 la vaccination", "2 le logement", "3 le sport"}},
		{"priorities of whom?",
			"Parmi les priorités : la vaccination, la nutrition et le logement.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.text)
			if got := axesOf(ct); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("axes:\n got %q\nwant %q", got, c.want)
			}
			for _, a := range ct.Axes {
				if got := []rune(FromText("test", signedLine+c.text, nil).Text); string(got[a.Evidence.Start:a.Evidence.End]) != a.Title {
					t.Errorf("evidence %v of %q is %q", a.Evidence, a.Title, string(got[a.Evidence.Start:a.Evidence.End]))
				}
			}
		})
	}
}

// An excerpt cut inside its last item leaves that item out.
func TestInlineAxesCutByTheEnd(t *testing.T) {
	ct := oneContract(t, signedLine+"Le plan d'action compte 4 axes : la nutrition, le sommeil, la santé mentale et enfin, favoris")
	want := []string{"1 la nutrition", "2 le sommeil", "3 la santé mentale"}
	if got := axesOf(ct); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("axes:\n got %q\nwant %q", got, want)
	}
}

// Axes announced by a line and set out below it.
func TestAnnouncedAxisParagraphs(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"counted paragraphs",
			"Le contrat s'articule autour de trois axes :\nLa santé des enfants.\nLe vieillissement à domicile.\nL'accès aux droits.\nLa signature a eu lieu en mairie.",
			[]string{"1 La santé des enfants", "2 Le vieillissement à domicile", "3 L'accès aux droits"}},
		{"a count that the paragraphs do not fill",
			"Le contrat s'articule autour de quatre axes :\nLa santé des enfants.\nLe vieillissement à domicile.", nil},
		{"short lines without a count, up to a long paragraph",
			"Il comporte plusieurs axes stratégiques :\nLa santé mentale.\nLa nutrition.\nCe travail a mobilisé pendant deux ans des dizaines de partenaires associatifs, institutionnels et hospitaliers du territoire, réunis en ateliers thématiques et en groupes de travail pour construire le programme et ses fiches actions détaillées.",
			[]string{"1 La santé mentale", "2 La nutrition"}},
		{"a list item's first sentence is its title",
			"Les partenaires ont retenu les 2 priorités suivantes :\n- Promouvoir la santé des jeunes. Il s'agit d'agir dès l'école.\n- Soutenir les aidants. Des actions de répit sont prévues.",
			[]string{"1 Promouvoir la santé des jeunes", "2 Soutenir les aidants"}},
		{"counted priorities that back the axes add to them",
			"Le contrat s'articule autour de deux axes :\nLa prévention.\nL'accès aux soins.\nDeux priorités transversales viennent appuyer ces axes :\nLa communication.\nL'évaluation.",
			[]string{"1 La prévention", "2 L'accès aux soins", "3 La communication", "4 L'évaluation"}},
		{"labelled and quoted items of an announced list",
			"Le contrat comporte deux axes stratégiques :\n- Axe 1 « Développer la prévention »\n- Axe 2 « Soutenir les aidants »",
			[]string{"1 Développer la prévention", "2 Soutenir les aidants"}},
		{"priorities announced as following",
			"Les partenaires travailleront sur les priorités suivantes :\n- La santé des jeunes.\n- Le bien vieillir.",
			[]string{"1 La santé des jeunes", "2 Le bien vieillir"}},
		{"challenges are no axes",
			"Les enjeux identifiés par le diagnostic sont les suivants :\n- Le vieillissement.\n- La désertification médicale.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.text)
			if got := axesOf(ct); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("axes:\n got %q\nwant %q", got, c.want)
			}
		})
	}
	// axes known from their labels take no weaker list after them
	ct := oneContract(t, signedLine+"AXE 1 : la prévention\nAXE 2 : l'accès aux soins\nDeux objectifs majeurs :\n- La présence médicale\n- L'attractivité du territoire")
	if got := axesOf(ct); strings.Join(got, "|") != "1 la prévention|2 l'accès aux soins" {
		t.Errorf("labelled axes then objectives: got %q", got)
	}
}

// Actions announced by a line and listed below it.
func TestAnnouncedActions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // actions, under their axis or not: "AXIS/TITLE"
	}{
		{"under the axis written above",
			"AXE 1 : la prévention\nDeux actions phares y sont menées :\n- Dépister les troubles visuels\n- Former les animateurs sportifs",
			[]string{"1/Dépister les troubles visuels", "1/Former les animateurs sportifs"}},
		{"without an axis",
			"Les fiches actions retenues :\n1. Créer un annuaire\n2. Ouvrir une maison de santé",
			[]string{"-/Créer un annuaire", "-/Ouvrir une maison de santé"}},
		{"initiatives under an axis, named before their description",
			"AXE 1 : l'accès aux soins\nPlusieurs initiatives verront le jour dès 2026 :\n- Allo Santé : une plateforme téléphonique pour les rendez-vous.\n- Bus Santé : un service de transport vers les consultations.",
			[]string{"1/Allo Santé", "1/Bus Santé"}},
		{"actions set out below telles que",
			"Certaines actions seront renforcées, telles que :\n- Le sport sur ordonnance\n- Les ateliers de prévention",
			[]string{"-/Le sport sur ordonnance", "-/Les ateliers de prévention"}},
		{"what actions aim at is no action",
			"Les actions du contrat ont vocation à offrir :\n- une offre lisible\n- un territoire attractif", nil},
		{"examples are no actions",
			"Parmi les actions, on trouve notamment :\n- un forum\n- des ateliers", nil},
		{"a fiche action abbreviated",
			"AXE 1 : la prévention\nFA 4 : Organiser des ateliers nutrition",
			[]string{"1/Organiser des ateliers nutrition"}},
		{"the list ends where its markers change",
			"AXE 1 : la prévention\nDeux actions phares :\n- Dépister les troubles visuels\n2. L'accès aux soins",
			[]string{"1/Dépister les troubles visuels"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.text)
			var got []string
			for _, a := range ct.Axes {
				for _, act := range a.Actions {
					got = append(got, a.Number+"/"+act.Title)
				}
			}
			for _, act := range ct.Actions {
				got = append(got, "-/"+act.Title)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("actions:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// A list of axes whose bullets each head their objectives' lines.
func TestAxisBulletsWithObjectives(t *testing.T) {
	ct := oneContract(t, signedLine+"Le contrat répond aux objectifs suivants :\n- Santé des jeunes\nPrévenir les addictions\nSoutenir la parentalité\n- Bien vieillir\nLutter contre l'isolement\n\nLes signataires sont nombreux.")
	got := []string{}
	for _, a := range ct.Axes {
		got = append(got, a.Number+" "+a.Title)
		for _, o := range a.Objectives {
			got = append(got, "  "+o.Title)
		}
	}
	want := []string{"1 Santé des jeunes", "  Prévenir les addictions", "  Soutenir la parentalité", "2 Bien vieillir", "  Lutter contre l'isolement"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("axes and objectives:\n got %q\nwant %q", got, want)
	}
}

// Axes stated one by one by their rank, and lists whose items head parts.
func TestRankedAxesAndHeadedItems(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ranked sentences",
			"Le premier axe est de renforcer l'accès aux soins. Le deuxième axe vise à soutenir les aidants. Troisième axe : la prévention des chutes.",
			[]string{"1 renforcer l'accès aux soins", "2 soutenir les aidants", "3 la prévention des chutes"}},
		{"a ranked sentence cut by the end of the excerpt",
			"Le premier axe est de renforcer l'accès aux soins. Le second axe est la p",
			[]string{"1 renforcer l'accès aux soins"}},
		{"items that head their parts",
			"Le contrat retient deux axes :\n- Promouvoir la santé des jeunes, à chaque âge :\n- dès la naissance\n- au collège\n- Soutenir les aidants :\n- par le répit",
			[]string{"1 Promouvoir la santé des jeunes, à chaque âge", "2 Soutenir les aidants"}},
		{"a rank among contracts is no axis",
			"Le premier contrat du département est celui de la ville de Vesoul.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.text)
			if got := axesOf(ct); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("axes:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
