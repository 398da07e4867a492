"""What a person reads instead of the stored codes: actions, états, statuts, réseaux, fields, and numbers
with the separators of the user's language (1 234,5 in a French QGIS).

The codes stay in the base and in the REPORT's fields (the contract); these labels are for the dock, the
messages and the guides. Every label goes through translation when it is asked for, never at import time.
"""

import datetime
import functools

from qgis.PyQt.QtCore import QLocale

from ..i18n import translate


def _language():
    """What the labels depend on: the translation of one of them (it changes with the installed language)."""
    return translate("SandtLabels", "inserted")


def action_label(code):
    """"insere" → "inséré" (in a French QGIS)."""
    return _action_labels(_language()).get(code, code or "")


@functools.lru_cache(maxsize=8)
def _action_labels(_language):
    return {
        "insere": translate("SandtLabels", "inserted"),
        "mis_a_jour": translate("SandtLabels", "updated"),
        "inchange": translate("SandtLabels", "unchanged"),
        "non_trouve": translate("SandtLabels", "not found"),
        "ambigu": translate("SandtLabels", "ambiguous"),
        "invalide": translate("SandtLabels", "invalid"),
        "doublon": translate("SandtLabels", "duplicate"),
    }


def etat_label(code):
    """The state of a cité or the status of an operation: "en_cours" → "en cours"."""
    return _etat_labels(_language()).get(code, code or "")


@functools.lru_cache(maxsize=8)
def _etat_labels(_language):
    return {
        "non_engage": translate("SandtLabels", "not started"),
        "programme": translate("SandtLabels", "programmed"),
        "en_cours": translate("SandtLabels", "in progress"),
        "acheve": translate("SandtLabels", "finished"),
    }


def reseau_label(code):
    """"eau_potable" → "eau potable"."""
    return _reseau_labels(_language()).get(code, code or "")


@functools.lru_cache(maxsize=8)
def _reseau_labels(_language):
    return {
        "voirie": translate("SandtLabels", "roads"),
        "assainissement": translate("SandtLabels", "sewerage"),
        "eau_potable": translate("SandtLabels", "drinking water"),
        "eclairage": translate("SandtLabels", "street lighting"),
    }


def import_state_label(code):
    """The state of an import: "applique" → "appliqué"."""
    return _import_state_labels(_language()).get(code, code or "")


@functools.lru_cache(maxsize=8)
def _import_state_labels(_language):
    return {
        "applique": translate("SandtLabels", "applied"),
        "annule": translate("SandtLabels", "undone"),
    }


def field_label(name):
    """A field of the operations or cités as the history shows it: "montant_ht" → "montant HT"."""
    return _field_labels(_language()).get(name, name or "")


@functools.lru_cache(maxsize=8)
def _field_labels(_language):
    return {
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


def value_label(field, value):
    """A stored value of ``field`` as a person reads it: codes as words, numbers with the user's
    separators, dates as dd/mm/yyyy, "insertion"/"suppression" of a whole operation in words."""
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
    if value is None:
        return ""
    if decimals is None:
        number = float(value)
        decimals = 0 if number == int(number) else (1 if round(number, 1) == round(number, 2) else 2)
    # A locale of the user's language with its own number options: QGIS's default locale may omit the
    # thousands separator (its "show group separator" option), and "1234567,5" is hard to read.
    return QLocale(QLocale().name()).toString(float(value), "f", decimals)
