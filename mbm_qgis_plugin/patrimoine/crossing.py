"""What the crossing of a cité with the base Sandt, the mining hazards and the UNESCO perimeters says of it.

Plain Python: the geometry tests are made by the algorithm; here are the rules that turn what was found
into the values of the output fields.
"""

from ..hazards import LEVELS, hazard_level, hazard_type_label, simplify
from ..sandt.rules import RESEAUX, cite_status

NO_HAZARD = "aucun"
BIEN, ZONE_TAMPON, HORS = "bien", "zone_tampon", "hors"
UNESCO_KINDS = (BIEN, ZONE_TAMPON)  # the strongest first

HAZARD_TYPE_FIELDS = ("type", "type_alea", "alea", "nature", "phenomene")
HAZARD_LEVEL_FIELDS = ("niveau", "niveau_alea", "intensite", "level")
UNESCO_TYPE_FIELDS = ("type", "perimetre", "zone", "statut", "nature")

_UNESCO_WORDS = {
    "bien": BIEN, "bien inscrit": BIEN, "perimetre inscrit": BIEN, "site inscrit": BIEN, "inscrit": BIEN,
    "element inscrit": BIEN, "core zone": BIEN, "property": BIEN,
    "zone tampon": ZONE_TAMPON, "tampon": ZONE_TAMPON, "zt": ZONE_TAMPON, "buffer": ZONE_TAMPON,
    "buffer zone": ZONE_TAMPON, "zone tampon du bien": ZONE_TAMPON,
}


def unesco_kind(value):
    """'bien', 'Bien inscrit', 'zone_tampon', 'Zone tampon'… → bien / zone_tampon; None otherwise."""
    if value is None:
        return None
    return _UNESCO_WORDS.get(simplify(value))


def strongest_unesco(kinds):
    """bien when one of ``kinds`` is bien, else zone_tampon when one is, else hors."""
    for kind in UNESCO_KINDS:
        if kind in kinds:
            return kind
    return HORS


def hazard_summary(hazards):
    """(alea_max, aleas) of the hazards (type, level as written) over a cité.

    alea_max: the highest of faible < moyen < fort, 'aucun' when there is none; None (unknown) when a level
    that is none of the three could be the highest. aleas: the "type — niveau" pairs, each once, strongest
    first, comma-separated."""
    pairs, best, unknown = {}, -1, False
    for kind, level in hazards:
        code = hazard_level(level)
        rank = LEVELS.index(code) if code else -1
        best = max(best, rank)
        unknown = unknown or code is None
        written = str(level).strip() if level is not None and str(level).strip() else "niveau non renseigné"
        label = "{} — {}".format(hazard_type_label(kind), code or written)
        pairs[label] = max(pairs.get(label, -1), rank)
    text = ", ".join(label for label, _rank in sorted(pairs.items(), key=lambda item: (-item[1], item[0])))
    if unknown and best < len(LEVELS) - 1:
        return None, text
    return (LEVELS[best] if best >= 0 else NO_HAZARD), text


def vrd_progress(operations):
    """(avancement_pct, reseaux_restants) of a cité from its operations in the base (dicts with reseau,
    annee_programme, statut): per network the latest programme year decides (the base's own rule);
    reseaux_restants = the networks whose latest status is not achevé = 4 × (1 − avancement_pct / 100)."""
    _etat, pct = cite_status(operations)
    remaining = len(RESEAUX) - int(round(pct * len(RESEAUX) / 100.0))
    return pct, remaining
