"""Progress of the VRD renovation of a group of cités (a commune or an EPCI). Plain Python."""

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
