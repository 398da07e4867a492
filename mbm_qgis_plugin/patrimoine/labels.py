"""French words for the codes stored in the layers and the base, and French numbers, for the sheets.

The sheets are French documents whatever the language of QGIS (they go to prefectures, partners and
elected officials), so these words are French here; the dock translates its own labels through tr().
"""

from ..concessions.checks import french_number
from .grid import A_COMPLETER, EXCEPTIONNELLE, REMARQUABLE, TEMOIN

CLASS_LABELS = {EXCEPTIONNELLE: "exceptionnelle", REMARQUABLE: "remarquable", TEMOIN: "témoin",
                A_COMPLETER: "à compléter"}
# The usual colours of heritage maps: dark red, orange, ochre; grey for what is not graded yet.
CLASS_COLOURS = {EXCEPTIONNELLE: "#a50f15", REMARQUABLE: "#ef6c00", TEMOIN: "#e9c46a", A_COMPLETER: "#9e9e9e"}
RESEAU_LABELS = {"voirie": "voirie", "assainissement": "assainissement", "eau_potable": "eau potable",
                 "eclairage": "éclairage public"}
STATUT_LABELS = {"programme": "programmé", "en_cours": "en cours", "acheve": "achevé"}
ETAT_LABELS = {"non_engage": "non engagé", "programme": "programmé", "en_cours": "en cours", "acheve": "achevé"}
UNESCO_LABELS = {"bien": "bien inscrit au patrimoine mondial", "zone_tampon": "zone tampon du bien inscrit",
                 "hors": "hors du bien inscrit et de sa zone tampon"}
LEVEL_LABELS = {"aucun": "aucun", "faible": "faible", "moyen": "moyen", "fort": "fort"}
CRITERION_LABELS = {"architecture": "Architecture", "urbanisme": "Urbanisme", "paysage": "Paysage",
                    "histoire": "Histoire", "symbolique": "Symbolique"}


def word(labels, code):
    """The French word of ``code`` in ``labels``; an unknown code is shown as written, underscores as spaces."""
    if code is None:
        return ""
    return labels.get(code, str(code).replace("_", " "))


def french_amount(value):
    """An amount excluding VAT in euros: '125 000,50 €'; '' when unknown."""
    if value is None:
        return ""
    return french_number(value, 2) + "\u00a0€"
