package extract

import (
	"testing"

	"github.com/clsx/clsx/rules"
)

// This file tests generations: a contract's rank in its territory's
// sequence, read from ordinals, never from ranks among territories.

func TestGeneration(t *testing.T) {
	cases := []struct {
		text string
		gen  int
	}{
		{"Le premier contrat local de santé de la ville de Poitiers a été signé le 12 juin 2012.", 1},
		{"La première génération du contrat local de santé de la ville de Lille a été signée en 2011.", 1},
		{"La Communauté de communes du Pays de Mirepoix a signé son 2ème contrat local de santé le 3 mars 2021.", 2},
		{"La Communauté de communes du Pays de Mirepoix a signé son 2e contrat local de santé le 3 mars 2021.", 2},
		{"Le deuxième contrat local de santé de la ville de Saint-Étienne a été signé le 2 décembre 2019.", 2},
		{"Le second contrat local de santé de la commune de Hyères a été signé en 2019.", 2},
		{"La ville de Grenoble a signé son second CLS en mars 2019.", 2},
		{"Le CLS 2 de la ville de Montreuil, signé en décembre 2018, couvre la période 2018-2022.", 2},
		{"Le Contrat Local de Santé n°3 de la ville de Strasbourg a été signé le 20 janvier 2021.", 3},
		{"La troisième génération du contrat local de santé de la ville de Toulouse a été signée en 2020.", 3},
		{"Le 3ème CLS de la ville de Nancy a été signé en 2022.", 3},
		{"La ville de Besançon a renouvelé son contrat local de santé le 15 janvier 2020.", 2},
		{"La Communauté de communes du Pays de Lure a signé en 2022 un contrat de deuxième génération.", 2},
		{"La ville de Laval et l'ARS signent un CLS de 3ème génération le 4 avril 2023.", 3},
		{"Le CLS (2ème génération) de la ville d'Hazebrouck a été signé en 2021.", 2},
		{"Pour la 3e fois, le contrat local de santé de la ville de Dole a été signé le 2 mai 2022.", 3},
		{"Pour la troisième fois, la commune de Vitré signe son CLS, le 6 juin 2023.", 3},
		{"Le CLS 2023-2027 de la ville de Tulle a été signé en mars 2023. Ce renouvellement du contrat élargit les partenariats.", 2},
		// a renewal to come is no generation of the contract
		{"Le CLS 2019-2023 de la ville de Brive a été signé en 2019. Il sera renouvelé en 2024.", 0},
		{"Le CLS de la ville de Guéret, signé en 2018, est en cours de renouvellement.", 0},
		// the first of a kind, not the territory's first contract
		{"Le premier CLS intercommunal de la Communauté de communes du Val d'Ille-Aubigné a été signé le 6 mai 2021.", 0},
		{"Le premier contrat local de santé départemental a été signé en 2019 pour le département de la Lozère.", 0},
		{"Le premier CLS rural de la Communauté de communes du Pays de Nay a été signé en 2016.", 0},
		// numbers that count
		{"Le CLS de la commune de Digne-les-Bains comporte 5 axes, signé en 2018.", 0},
		{"Le CLS 2 ans après sa signature en 2018 : bilan de la ville de Fréjus.", 0},
		{"Le contrat local de santé de la ville de Saintes, signé en 2018, compte 3 fiches actions.", 0},
		// "premier" with a previous version of the contract before it
		{"Le premier CLS intercommunal pour la période 2022-2027 est déployé sur le territoire de Blois Agglomération. Instauré à l'échelle de la Ville de Blois dans sa précédente version, il est désormais intercommunal.", 0},
		// renewing later is not a generation of this contract
		{"Le CLS 2019-2023 de la ville de Metz a été signé le 4 avril 2019. En 2024, la ville a décidé de renouveler son CLS.", 0},
		// no ordinal
		{"Le contrat local de santé de la ville de Niort a été signé en 2018.", 0},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			checkInt(t, "generation", doc.Contracts[0].Generation, c.gen)
		})
	}
}

func TestGenerationOf(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		clause string
		gen    int
	}{
		{"le premier contrat local de sante", 1},
		{"son deuxieme contrat local de sante", 2},
		{"le 2eme contrat local de sante", 2},
		{"le second cls", 2},
		{"la seconde convention", 2},
		{"le cls 2", 2},
		{"le cls 2 : perspectives jusqu'en 2027", 2},
		{"le contrat local de sante n°3", 3},
		{"le contrat local de sante no 4", 4},
		{"la troisieme generation du contrat local de sante", 3},
		{"le premier cls intercommunal", 0},
		{"le premier contrat local de sante communal", 0},
		{"le cls 2 ans apres", 0},
		{"le cls 5 axes", 0},
		{"le cls 2019 2024", 0},
		{"le cls 12", 0},
		{"le contrat local de sante", 0},
	}
	for _, c := range cases {
		refs := l.findRefs(c.clause)
		if len(refs) == 0 {
			t.Errorf("findRefs(%q): no reference", c.clause)
			continue
		}
		g, _, _ := l.generationOf(c.clause, refs[0])
		if g != c.gen {
			t.Errorf("generationOf(%q) = %d, want %d", c.clause, g, c.gen)
		}
	}
}

// Ranks among territories are not generations; the territory's own
// ordinals are.
func TestRanksAreNoGenerations(t *testing.T) {
	for _, c := range []struct {
		text string
		gen  int
	}{
		{"La ville de Mende a signé le 2 mai 2019 le premier contrat local de santé du département.", 0},
		{"Le quatrième CLS de la région a été signé par la commune de Lunel le 3 mars 2020.", 0},
		{"Le premier CLS de Mayotte a été signé le 9 octobre 2013 par la commune de Mamoudzou.", 0},
		{"Le 1er contrat local de santé des Hautes-Alpes, signé le 18 décembre 2014 par la commune de Briançon.", 0},
		{"Le premier CLS de Vienne Condrieu Agglomération a été signé en 2017.", 1},
		{"Le deuxième contrat local de santé de la commune de Lunel a été signé le 3 mars 2020.", 2},
	} {
		t.Run(c.text, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			checkInt(t, "generation", doc.Contracts[0].Generation, c.gen)
		})
	}
}
