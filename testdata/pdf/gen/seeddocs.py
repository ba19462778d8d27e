"""Lay out the five seed texts (testdata/seeds/*.txt) as contract documents.

Every line of a seed is taken, in order, with L.take(prefix): the words stay the seed's;
only the structure (headings, lists, columns), the running header/footer and the
fiche-action table rows are added. L.done() checks that no line was left out.
"""
import os
import re

from fodt import Doc, H, P, UL, OL, TABLE, COLS, BREAK, header, footer

SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seeds")


class Lines:
    def __init__(self, name):
        with open(os.path.join(SEEDS, name + ".txt"), encoding="utf-8") as f:
            self.lines = [l.strip() for l in f.read().split("\n")]
        self.lines = [l for l in self.lines if l]
        self.i = 0

    def take(self, prefix=""):
        line = self.lines[self.i]
        if not line.replace("\xa0", " ").startswith(prefix):
            raise AssertionError("expected %r, got %r" % (prefix, line))
        self.i += 1
        return line

    def peek(self):
        return self.lines[self.i] if self.i < len(self.lines) else None

    def item(self, marker):
        """A list line: the marker (bullet, dash, "1.") is dropped, the list style draws it."""
        line = self.take()
        m = re.match(marker, line)
        if not m:
            raise AssertionError("no %r in %r" % (marker, line))
        return line[m.end():].strip()

    def items(self, marker):
        out = []
        while self.peek() is not None and re.match(marker, self.peek()):
            out.append(self.item(marker))
        return out

    def done(self):
        if self.i != len(self.lines):
            raise AssertionError("lines left: %r" % self.lines[self.i:])


BUL = r"•\s*"
DASH = r"-\s+"


def agen():
    L = Lines("agen")
    d = Doc("Contrat Local de Santé de l’Agglomération d’Agen", font="Liberation Serif", size="11pt",
            masters=[("Standard", header("Contrat Local de Santé – Agglomération d’Agen"),
                      footer("page_of"))])
    d.add(P(L.take("Signature du Contrat Local"), "Title"),
          P(L.take("Mieux coordonner"), "Subtitle"),
          P(L.take("Ce mardi 3 décembre 2019")))
    cols = [H(1, L.take("Le Contrat Local de Santé")),
            P(L.take("Le Contrat Local de Santé (CLS) est issu")),
            P(L.take("La dynamique impulsée")),
            P(L.take("Pour mémoire")),
            UL(L.items(BUL)),
            P(L.take("Le CLS concerne toute la santé")),
            H(1, L.take("Les champs d’application du CLS"))]
    for _ in range(4):
        cols.append(P(L.take()))
    cols.append(H(1, L.take("Les 4 axes stratégiques du CLS")))
    for n in range(1, 5):
        cols.append(H(2, L.take("AXE %d :" % n)))
        cols.append(UL(L.items(BUL)))
    d.add(COLS(cols))
    d.add(H(1, L.take("Les « plus » du CLS")))
    for label in ("Deux objectifs majeurs", "La gouvernance élargie", "Les termes du contrat", "Un travail collaboratif"):
        d.add(H(3, L.take(label)), UL(L.items(BUL)))
    d.add(H(3, L.take("Le calendrier de mise en œuvre : 2019-2024")),
          P(L.take("Publié le 03/12/2019"), "Small"))
    L.done()
    return d


def agglopolys():
    L = Lines("agglopolys")
    d = Doc("Contrat Local de Santé d’Agglopolys", font="Liberation Sans", size="10pt", head_font="Liberation Sans",
            masters=[("Standard", header("Contrat Local de Santé – Agglopolys", "2022-2027"),
                      footer("n", align="right"))])
    cols = []
    for _ in range(13):
        cols.append(P(L.take()))
    d.add(COLS(cols))
    d.add(P(L.take("Le CLS résultant de l’expression")))
    first = True
    while L.peek() and (L.peek().startswith("AXE") or L.peek().startswith("EN TRANSVERSALITE")):
        d.add(H(2, L.take()))
        items = []
        while L.peek() and re.match(r"\d+ - ", L.peek()):
            title = L.item(r"\d+ - ")
            lead = L.take("piloté par")
            items.append([title, lead])
        d.add(OL(items, style="LNDASH", cont=not first))
        first = False
    # The fiche action of action 1: its pilot is the one the seed gives; the partners are
    # organisations the seed already names; the calendar's years are inside 2022-2027.
    d.add(TABLE([["Fiche action n° 1", "Promouvoir l’aide au répit des aidants"],
                 ["Pilote", "Centre Intercommunal d’Action Sociale du Blaisois"],
                 ["Partenaires", "Agglopolys, Caisse Primaire de l’Assurance Maladie 41, Département de Loir-et-Cher, "
                                 "Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre"],
                 ["Calendrier", "2023 : recensement des solutions de répit existantes sur le territoire ; "
                                "2024 à 2027 : information des aidants et développement de l’offre de répit"],
                 ["Objectifs", "Faire connaître aux aidants les solutions de répit et d’accompagnement ; prévenir "
                               "l’épuisement des aidants ; favoriser l’accès des aidants à une offre de répit de proximité"]],
                [3.5, 13.5], header=True, label_col=True))
    d.add(H(3, L.take("Agglopolys")))
    for _ in range(4):
        d.add(P(L.take(), "Text_20_body"))
    L.done()
    return d


def ars_paca():
    L = Lines("ars-paca")
    d = Doc("Contrats locaux de santé – ARS Provence-Alpes-Côte d’Azur", font="DejaVu Sans", size="9.5pt",
            head_font="DejaVu Sans",
            masters=[("Standard", header("Contrats locaux de santé – région Provence-Alpes-Côte d’Azur"),
                      footer("of"))])
    d.add(P(L.take("Une agence, pour une meilleure santé"), "Small"),
          P(L.take("Contrats locaux de santé"), "Title"))
    for w in ("Article", "Visuel", "Image Source"):
        d.add(P(L.take(w), "Small"))
    d.add(H(2, L.take("CLS")),
          P(L.take("Le contrat local de santé (CLS) est un engagement"), "Quote"),
          P(L.take("Corps de texte"), "Small"))
    for _ in range(4):
        d.add(P(L.take()))
    cols = []
    while L.peek() and not L.peek().startswith("Aller plus loin"):
        cols.append(P(L.take()))
        cols.append(UL(L.items(BUL)))
    d.add(COLS(cols))
    d.add(H(2, L.take("Aller plus loin")), P(L.take("Documents à télécharger")))
    L.done()
    return d


def aunis():
    L = Lines("aunis-atlantique")
    d = Doc("Contrat Local de Santé – Aunis Atlantique", font="Liberation Sans Narrow", size="11pt",
            head_font="Liberation Sans", bullet="–",
            masters=[("Standard", header("Contrat Local de Santé – Aunis Atlantique"),
                      footer("page_of", left="Communauté de Communes Aunis Atlantique"))])
    d.add(P(L.take("Contrat Local de Santé"), "Title"), P(L.take("La réflexion")), P(L.take("Après plusieurs mois")))
    d.add(H(1, L.take("Qu’est ce qu’un Contrat Local de Santé ?")))
    for _ in range(3):
        d.add(P(L.take()))
    d.add(H(1, L.take("La signature du 2ème contrat local de santé")),
          P(L.take("Aunis Atlantique a signé")),
          UL(L.items(DASH), "LD"))
    for _ in range(3):
        d.add(P(L.take()))
    d.add(H(1, L.take("Quels enjeux pour Aunis Atlantique ?")), UL(L.items(DASH), "LD"),
          P(L.take("Le CLS s’appuie")))
    d.add(H(1, L.take("Les axes stratégiques du Contrat")), P(L.take("Suite à la réalisation")))
    d.add(H(1, L.take("Le plan d’action")), P(L.take("Les axes stratégiques sont déclinés")))
    # The fiche action of action 5, inside the columns right after the action's steps: pilot and
    # partners are parties the page already names.
    fiche5 = TABLE([["Fiche action 5", "Relancer le conseil local en santé mentale"],
                    ["Pilote", "Communauté de Communes Aunis Atlantique"],
                    ["Partenaires", "Agence Régionale de Santé (ARS), Groupement Hospitalier La Rochelle-Ré-Aunis, "
                                    "Communauté Professionnelle Territoriales de Santé (CPTS) Aunis Nord, Education Nationale"],
                    ["Calendrier", "2025 : rédaction et adoption de la charte de participation ; 2026 à 2029 : "
                                   "réunions plénières annuelles et groupes de travail thématiques"],
                    ["Objectifs", "Remobiliser les partenaires autour d’une charte commune ; animer une coordination "
                                  "partenariale régulière ; partager une culture commune en santé mentale avec les élus"]],
                   [2.4, 5.7], label_col=True, keep=True)
    cols = []
    while L.peek().startswith("- Action"):
        title = L.item(DASH)
        cols.append(H(3, title))
        cols.append(OL(L.items(r"\d+\.\s")))
        if title.startswith("Action 5 :"):
            cols.append(fiche5)
    d.add(COLS(cols))
    d.add(H(1, L.take("Le calendrier de mise en oeuvre")))
    rows = []
    while L.peek() == "-":
        L.take("-")
        line = L.take()
        m = re.match(r"((?:Depuis )?[A-Za-zéûÉ]+ \d{4})(.+)$", line)
        rows.append([m.group(1), m.group(2)])
    d.add(TABLE(rows, [4.5, 12.5], label_col=True))
    d.add(UL(L.items(r"→\s*"), "LA"))
    d.add(H(2, L.take("Contact")))
    line = L.take("Centre Intercommunal d'Action Sociale")
    d.add(P(line[:-len("Horaires")]), P(line[-len("Horaires"):], "Heading_20_3"))
    hours = [L.take("Du lundi au"), L.take("vendredi :"), L.take("9h-12h"), L.take("et 14h-17h")]
    d.add(P(" ".join(hours)))
    L.done()
    return d


def terres():
    L = Lines("terres-des-confluences")
    d = Doc("Contrat Local de Santé – Terres des Confluences", font="DejaVu Serif", size="10pt",
            head_font="DejaVu Sans", bullet="▪",
            masters=[("Standard", header("Contrat Local de Santé – Terres des Confluences"),
                      footer("dash"))])
    d.add(P(L.take("Contrat Local de Santé, un outil"), "Title"), P(L.take("Depuis Août 2019")))
    d.add(H(1, L.take("Le Contrat Local de Santé, qu’est-ce que c’est ?")))
    d.add(COLS([P(L.take()) for _ in range(7)]))
    d.add(H(3, L.take("Pour toute information complémentaire")))
    for _ in range(3):
        d.add(P(L.take()))
    d.add(H(1, L.take("Le Contrat Local de Santé 2 : perspectives jusqu'en 2027")),
          P(L.take("Le Contrat Local de Santé dans sa deuxième version")),
          OL(L.items(r"\d\.\s")),
          P(L.take("Pour plus de détails")),
          P(L.take("Le cadre logique et les fiches actions- CLS 2"), "Quote"),
          P(L.take("En synthèse")),
          UL(L.items(BUL)))
    d.add(H(2, L.take("Les partenaires")), UL(L.items(BUL)))
    d.add(H(1, L.take("Le CLS en Action !")), P(L.take("Focus sur les actions en cours")))
    for y in ("2024", "2023"):
        d.add(H(2, L.take(y)), UL(L.items(BUL)))
    d.add(H(3, L.take("les partenaires")), P(L.take("Les partenaires CLS Terres des Confluences"), "Small"))
    L.done()
    return d


DOCS = {
    "agen-cls": agen,
    "agglopolys-cls": agglopolys,
    "ars-paca-cls": ars_paca,
    "aunis-atlantique-cls": aunis,
    "terres-des-confluences-cls": terres,
}
