"""Progress of the VRD renovation of a group of cités (a commune or an EPCI). Plain Python."""

from ..compat import plain
from .rules import ETATS, normalize_insee


def commune_code(value):
    """The INSEE code of a commune attribute as the base writes it: 62498, 62498.0, "62498" → "62498";
    a value that is no INSEE code is kept as text (it then simply matches no cité)."""
    if value is None:
        return ""
    try:
        return normalize_insee(value)
    except ValueError:
        return str(value).strip()


def group_progress(cites):
    """The progress values of a group of cités (dicts with nb_logements, etat, montant_ht_total), in the
    order of the output fields after the key and the name: nb_cites, nb_logements, nb_cites_<etat> for
    each etat, pct_logements_acheve (dwellings in cités whose four réseaux are achevés; None without
    dwellings), montant_ht_total."""
    logements = sum(c["nb_logements"] or 0 for c in cites)
    done = sum(c["nb_logements"] or 0 for c in cites if c["etat"] == "acheve")
    values = [len(cites), logements]
    values += [sum(1 for c in cites if c["etat"] == etat) for etat in ETATS]
    values += [round(100.0 * done / logements, 1) if logements else None,
               round(sum(c["montant_ht_total"] or 0.0 for c in cites), 2)]
    return values


def cites_outside(summary, commune_codes):
    """The cités of ``summary`` (cite_id → dict with insee) whose INSEE code is none of ``commune_codes``:
    they would silently be missing from every total."""
    return sorted(cite_id for cite_id, cite in summary.items() if (cite["insee"] or "") not in commune_codes)


#: Which field of the communes names a group: the commune's own name, or its EPCI's.
GROUP_NAME_FIELDS = {"commune": "nom", "epci": "epci_nom"}



def group_communes(communes, group_by, insee_field, epci_field, canceled=None):
    """Commune features grouped per commune (``group_by`` "commune", key: INSEE code) or per EPCI ("epci",
    key: the value of ``epci_field``): key → {"nom", "geometries", "codes"}. A commune in two parts (two
    features) is one group holding both outlines. Returns None when ``canceled()`` becomes true."""
    name_field = GROUP_NAME_FIELDS[group_by]
    groups = {}
    for feature in communes:
        if canceled is not None and canceled():
            return None
        names = feature.fields().names()
        insee = commune_code(plain(feature[insee_field]))
        key = insee if group_by == "commune" else str(plain(feature[epci_field]) or "")
        group = groups.setdefault(key, {"nom": None, "geometries": [], "codes": set()})
        group["codes"].add(insee)
        if name_field in names and not group["nom"]:
            value = plain(feature[name_field])
            group["nom"] = None if value is None else str(value)
        group["geometries"].append(feature.geometry())
    return groups


def group_outline(geometries):
    """One multipolygon for the outlines of a group. An invalid commune outline (a bow-tie) is repaired
    first: it would make the union of its whole EPCI come out empty."""
    from qgis.core import QgsGeometry

    parts = [g if g.isGeosValid() else g.makeValid() for g in geometries if g is not None and not g.isNull()]
    if not parts:
        return QgsGeometry()
    geometry = parts[0] if len(parts) == 1 else QgsGeometry.unaryUnion(parts)
    geometry.convertToMultiType()
    return geometry


def group_values(group, cites_by_insee):
    """The progress values of a group (see :func:`group_progress`), counting its cités once by INSEE code,
    not per feature (a commune in two parts counts its cités once)."""
    cites = [cite for code in sorted(group["codes"]) for cite in cites_by_insee.get(code, [])]
    return group_progress(cites)


def cites_by_insee(summary):
    """The cités of ``summary`` (cite_id → dict with insee) per INSEE code."""
    by_insee = {}
    for cite in summary.values():
        by_insee.setdefault(cite["insee"], []).append(cite)
    return by_insee
