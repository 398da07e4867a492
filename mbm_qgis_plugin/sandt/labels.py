"""What a person reads instead of the stored codes: actions, états, statuts, réseaux, fields, and numbers
with the separators of the user's language (1 234,5 in a French QGIS).

The codes stay in the base and in the REPORT's fields (the contract); these labels are for the dock, the
messages and the guides. Every label goes through translation when it is asked for, never at import time.
"""

from ..i18n import translate


def action_label(code):
    """"insere" → "inséré" (in a French QGIS)."""
    labels = {
        "insere": translate("SandtLabels", "inserted"),
        "mis_a_jour": translate("SandtLabels", "updated"),
        "inchange": translate("SandtLabels", "unchanged"),
        "non_trouve": translate("SandtLabels", "not found"),
        "ambigu": translate("SandtLabels", "ambiguous"),
        "invalide": translate("SandtLabels", "invalid"),
        "doublon": translate("SandtLabels", "duplicate"),
    }
    return labels.get(code, code or "")


def etat_label(code):
    """The state of a cité or the status of an operation: "en_cours" → "en cours"."""
    labels = {
        "non_engage": translate("SandtLabels", "not started"),
        "programme": translate("SandtLabels", "programmed"),
        "en_cours": translate("SandtLabels", "in progress"),
        "acheve": translate("SandtLabels", "finished"),
    }
    return labels.get(code, code or "")


def reseau_label(code):
    """"eau_potable" → "eau potable"."""
    labels = {
        "voirie": translate("SandtLabels", "roads"),
        "assainissement": translate("SandtLabels", "sewerage"),
        "eau_potable": translate("SandtLabels", "drinking water"),
        "eclairage": translate("SandtLabels", "street lighting"),
    }
    return labels.get(code, code or "")


def import_state_label(code):
    """The state of an import: "applique" → "appliqué"."""
    labels = {
        "applique": translate("SandtLabels", "applied"),
        "annule": translate("SandtLabels", "undone"),
    }
    return labels.get(code, code or "")


def field_label(name):
    """A field of the operations or cités as the history shows it: "montant_ht" → "montant HT"."""
    labels = {
        "*": translate("SandtLabels", "operation"),
        "statut": translate("SandtLabels", "status"),
        "montant_ht": translate("SandtLabels", "amount excl. VAT"),
        "longueur_m": translate("SandtLabels", "length (m)"),
        "date_fin_travaux": translate("SandtLabels", "end of works"),
        "import_id": translate("SandtLabels", "import"),
        "maj_le": translate("SandtLabels", "updated on"),
        "etat": translate("SandtLabels", "state"),
        "avancement_pct": translate("SandtLabels", "progress (%)"),
    }
    return labels.get(name, name or "")


def value_label(field, value):
    """A stored value of ``field`` as a person reads it: codes as words, numbers with the user's
    separators, dates as dd/mm/yyyy, "insertion"/"suppression" of a whole operation in words."""
    import datetime

    if value is None or value == "":
        return translate("SandtLabels", "empty")
    if field == "statut" or field == "etat":
        return etat_label(value)
    if field == "reseau":
        return reseau_label(value)
    if field == "*":
        return {"insertion": translate("SandtLabels", "added"),
                "suppression": translate("SandtLabels", "removed")}.get(value, str(value))
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    if field in ("montant_ht", "longueur_m", "avancement_pct", "import_id"):
        try:
            return format_number(float(value))
        except ValueError:
            return str(value)
    if field in ("date_fin_travaux", "maj_le"):
        try:
            return datetime.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    return str(value)


def format_number(value, decimals=None):
    """``value`` with the separators of the user's locale (QLocale(), which QGIS sets from its settings):
    "1 234,5" in French. ``decimals`` None: as many as needed, at most two."""
    from qgis.PyQt.QtCore import QLocale

    if value is None:
        return ""
    if decimals is None:
        number = float(value)
        decimals = 0 if number == int(number) else (1 if round(number, 1) == round(number, 2) else 2)
    return QLocale().toString(float(value), "f", decimals)
