#!/usr/bin/env python3
"""Write the NAME.gold.json of the PDF fixtures from the seeds' gold (testdata/seeds/*.gold.json).

A seed PDF's gold is its seed's gold with the source changed and a note on the layout; the
long document's is the Agglopolys gold with the changes its added text requires.
usage: python3 testdata/pdf/gen/gold.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEEDS = os.path.join(OUT, "..", "seeds")

HF = "The running header and footer on every page (and the page numbers) are page furniture, not content. "

NOTES = {
    "agen-cls": (
        "agen",
        "PDF made by LibreOffice from agen-cls.fodt: the seed's text, words unchanged, laid out as a document: "
        "title, headings, bulleted lists; a two-column section runs from 'Le Contrat Local de Santé' to the "
        "fourth axis (page 1 is fully in two columns); hyphenation on (fr-FR). Header 'Contrat Local de Santé – "
        "Agglomération d’Agen', footer 'Page N / M'. " + HF + "No fiche action table: the page lists objectives "
        "only and a fiche would add an action. Gold unchanged from the seed."),
    "agglopolys-cls": (
        "agglopolys",
        "PDF made by LibreOffice from agglopolys-cls.fodt: the seed's text, words unchanged. The 13 opening "
        "paragraphs are in a two-column section; each axis is a Heading 2; the 19 actions are one numbered list "
        "continued across the axes (labels '1 -' … '19 -' drawn by LibreOffice, not typed), each lead a second, "
        "unnumbered paragraph of its item. Header 'Contrat Local de Santé – Agglopolys' with '2022-2027' (the "
        "contract's own period), footer: the page number alone. " + HF + "Added: a fiche action table for "
        "action 1 ('Promouvoir l’aide au répit des aidants'): Pilote is the seed's own lead (a lead is not part of "
        "the title); Partenaires are organisations the seed already names as parties (no new signatory); "
        "Calendrier gives the action's steps (2023, 2024 à 2027), not the contract's period; Objectifs are the "
        "action's, not objectives of an axis (axes keep objectives []). Gold unchanged from the seed."),
    "ars-paca-cls": (
        "ars-paca",
        "PDF made by LibreOffice from ars-paca-cls.fodt: the seed's text, words unchanged (the page's stray "
        "labels 'Article', 'Visuel', 'Image Source', 'Corps de texte' kept as small captions). The seven "
        "paragraphs that describe contracts, with their bulleted axes, are in a two-column section. The running "
        "header 'Contrats locaux de santé – région Provence-Alpes-Côte d’Azur' names the région on every page; "
        "it agrees with the gold's région (known from the départements). Footer 'N / M'. " + HF +
        "No fiche action table: the page lists no action. Gold unchanged from the seed."),
    "aunis-atlantique-cls": (
        "aunis-atlantique",
        "PDF made by LibreOffice from aunis-atlantique-cls.fodt: the seed's text, words unchanged. Dash lists "
        "drawn with '–'; the plan d’action is in a two-column section, each 'Action N : …' a Heading 3 and its "
        "steps an automatically numbered list (1., 2., … drawn by LibreOffice). The timeline's dates, glued to "
        "their labels in the seed, are a two-column table (date | event); the links are an arrow list. Header "
        "'Contrat Local de Santé – Aunis Atlantique', footer 'Communauté de Communes Aunis Atlantique … Page N / "
        "M'. " + HF + "Added: a fiche action table for action 5 ('Relancer le conseil local en santé mentale'): "
        "Pilote is the community, Partenaires are parties the second contract already lists (no new signatory), "
        "Calendrier gives the action's steps (2025, 2026 à 2029) inside the contract's period, Objectifs are "
        "the action's. Gold unchanged from the seed."),
    "terres-des-confluences-cls": (
        "terres-des-confluences",
        "PDF made by LibreOffice from terres-des-confluences-cls.fodt: the seed's text, words unchanged. The "
        "seven paragraphs under 'qu’est-ce que c’est ?' are in a two-column section; the 4 axes are an "
        "automatically numbered list (1. … 4. drawn by LibreOffice); bullets drawn as '▪'. Header 'Contrat Local "
        "de Santé – Terres des Confluences', footer '– N –'. " + HF + "No fiche action table: the page lists no "
        "action of either contract (the yearly lists are achievements). Gold unchanged from the seed."),
    "protected-empty-password": (
        "terres-des-confluences",
        "The same document as terres-des-confluences-cls.pdf, exported by LibreOffice with an owner (permission) "
        "password and an EMPTY user password: it opens without a password (copying and printing are refused by "
        "its permission flags). Its text and gold are those of terres-des-confluences-cls.pdf."),
}


def dump(name, gold):
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", name + ".gold.json")


def seed_gold(seed):
    with open(os.path.join(SEEDS, seed + ".gold.json"), encoding="utf-8") as f:
        return json.load(f)


def main():
    for name, (seed, note) in NOTES.items():
        g = seed_gold(seed)
        out = {"source": name + ".pdf", "notes": note + " Seed notes: " + g["notes"], "contracts": g["contracts"]}
        dump(name, out)

    g = seed_gold("agglopolys")
    c = copy.deepcopy(g["contracts"][0])
    c["duration_years"] = 5  # Article 3: "conclu pour une durée de cinq ans, sur la période 2022-2027"
    dump("long-cls", {
        "source": "long-cls.pdf",
        "notes": (
            "A 53-page contract built by LibreOffice from long-cls.fodt: the Agglopolys seed's text (preamble, "
            "context, the 5 axes and 19 actions with their 'piloté par' leads) plus the parts of a signed "
            "contract and long annexes written for the fixture. One contract only: Agglopolys, 2022-2027. "
            "Changes from the seed's gold: duration_years 5, stated in Article 3 ('conclu pour une durée de cinq "
            "ans, sur la période 2022-2027'). Unchanged: the same 8 parties, now also listed after 'Le présent "
            "contrat est conclu entre :' (l’Etat is 'Etat', kind prefecture; 'représenté(e) par son Président' "
            "etc. are people, not parties) and in a signature table without date ('Fait à Blois, en huit "
            "exemplaires originaux.'): signed stays null, as does generation (first intercommunal CLS after a "
            "Ville de Blois one, as in the seed). Axes and actions are the seed's; each action also heads its "
            "fiche ('Fiche action n° N : <title>') in annex 1 and appears again in the tables of annexes 3 and "
            "4: each title once. The fiche rows are not contract fields: 'Pilote' is the action's lead and "
            "'Partenaires' names organisations working on one action (e.g. the Dispositif d’Appui à la "
            "Coordination, the Education nationale): neither is a party of the contract, as the seed's gold "
            "does not count the 'piloté par' leads; 'Objectifs' are the action's, not objectives of an axis "
            "(axes keep objectives []); 'Calendrier' gives the action's steps. Dates that are not the "
            "contract's: the loi of 21 juillet 2009, the Conseil communautaire of mars 2022, the 25 janvier "
            "meeting without year, the diagnostic's years (2013, 2019, 2021, 2030), the working groups "
            "(octobre-décembre 2021), the action calendars (2023 … 2027). Numbers that are not the contract's: "
            "the contents table's page numbers ('Les parties au contrat' 5) say nothing of a generation. The diagnostic's figures and the "
            "fiches' details are invented for the fixture, and the document says so. Layout: cover page "
            "without header/footer; contents table; header 'Contrat Local de Santé – Agglopolys' with '2022 – "
            "2027' in the contract and 'Annexes' in the annexes; footer 'Page N / M'; two-column sections "
            "(synthesis of the diagnostic, glossary); 19 two-column fiche tables, data tables with a heading "
            "row, two long tables whose heading row repeats on each page; hyphenation on (fr-FR). " + HF +
            "As in the seed: the 5th axis is headed 'EN TRANSVERSALITE :' instead of 'AXE 5'; 'les associations "
            "et les habitants' are not organisations; the 19 actions are numbered 1-19 across the axes. The "
            "seed's contact person is left out of this document."),
        "contracts": [c],
    })


if __name__ == "__main__":
    main()
