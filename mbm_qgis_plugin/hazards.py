"""The mining hazards as the layers code them and as a reader says them, shared by the concession dossiers
and the patrimoine sheets (both print "effondrement localisé — fort", never a stored code).

Plain Python: no QGIS.
"""

import unicodedata

LEVELS = ("faible", "moyen", "fort")  # faible < moyen < fort
# Hazard types as GEODERIS / the sample data code them, and as a reader says them.
HAZARD_TYPE_LABELS = {
    "effondrement_localise": "effondrement localisé", "effondrement": "effondrement",
    "affaissement": "affaissement", "tassement": "tassement", "echauffement": "échauffement des terrils",
    "gaz_de_mine": "émission de gaz de mine", "emission_gaz": "émission de gaz de mine",
    "inondation": "inondation", "glissement": "glissement",
}


def simplify(value):
    """' Zone_Tampon ' → 'zone tampon': lower case, no accents, underscores and dashes as spaces."""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().replace("_", " ").replace("-", " ").split())


def hazard_level(value):
    """'Fort', 'FORT ', 'fort' → 'fort'; None when the value is not faible, moyen or fort."""
    if value is None:
        return None
    text = simplify(value)
    return text if text in LEVELS else None


def hazard_type_label(value):
    """The type of a hazard as a reader says it ('effondrement_localise' → 'effondrement localisé')."""
    if value is None or not str(value).strip():
        return "type non renseigné"
    code = simplify(value).replace(" ", "_")
    return HAZARD_TYPE_LABELS.get(code, str(value).strip().replace("_", " "))
