"""The French texts of a cité's sheet, from its fields and its operations in the base Sandt.

Plain Python. The sheet is a French document (see labels.py); every stored code is turned into words here
and every number gets French separators.
"""

import datetime
import html

from ..sandt.rules import RESEAUX, STATUTS
from .grid import A_COMPLETER, EXCEPTIONNELLE, REMARQUABLE, TEMOIN
from .labels import (
    CLASS_COLOURS,
    CLASS_LABELS,
    CRITERION_LABELS,
    RESEAU_LABELS,
    STATUT_LABELS,
    UNESCO_LABELS,
    french_amount,
    french_number,
    word,
)


def title(cite):
    nom = cite.get("nom") or "Cité {}".format(cite.get("cite_id"))
    return "{} — {}".format(nom, cite["commune"]) if cite.get("commune") else nom


def class_text(classe):
    if classe in (EXCEPTIONNELLE, REMARQUABLE, TEMOIN):
        return "Cité {}".format(CLASS_LABELS[classe])
    if classe == A_COMPLETER:
        return "Classe à compléter"
    return "Classe non renseignée" if not classe else "Classe : {}".format(word(CLASS_LABELS, classe))


def class_colour(classe):
    return CLASS_COLOURS.get(classe, CLASS_COLOURS[A_COMPLETER])


def numbers_text(cite, graded_count, tied):
    """Note, rank (with the cités tied with it), stability and criteria not scored, one a line."""
    lines = []
    note = cite.get("note")
    lines.append("Note : {} / 100".format(french_number(note, 2)) if note is not None else
                 "Note : aucune (moins de trois critères notés)" if cite.get("classe") == A_COMPLETER else
                 "Note : non renseignée")
    rank = cite.get("rang")
    if rank is not None:
        text = "Rang : {} sur {} cités notées".format(rank, graded_count)
        if tied > 1:
            text += " (ex æquo avec {} autre{})".format(tied - 1, "s" if tied > 2 else "")
        lines.append(text)
    stability = cite.get("stabilite")
    if stability is not None:
        lines.append("Stabilité : {} — garde sa classe dans {} % des 200 tirages des poids".format(
            french_number(stability, 2), french_number(100 * stability, 0)))
    missing = cite.get("criteres_manquants")
    if missing:
        lines.append("Critères non notés : {}".format(missing))
    elif cite.get("classe") in (EXCEPTIONNELLE, REMARQUABLE, TEMOIN):
        lines.append("Tous les critères sont notés.")
    return "\n".join(lines)


def score_text(score):
    return "non noté" if score is None else french_number(score, 2).rstrip("0").rstrip(",")


def unesco_text(status, known=True):
    if not known or status is None:
        return "Patrimoine mondial (UNESCO) : non renseigné (croisement fait sans les périmètres UNESCO)"
    return "Patrimoine mondial (UNESCO) : {}".format(word(UNESCO_LABELS, status))


def hazards_text(alea_max, aleas, known=True, max_pairs=8):
    """The hazards line; beyond ``max_pairs`` pairs (three lines of the sheet) it says how many more there are."""
    if not known or (alea_max is None and not aleas):
        return "Aléas miniers : non renseignés (croisement fait sans la couche des aléas)"
    if alea_max == "aucun" and not aleas:
        return "Aléas miniers : aucune zone d'aléa connue sur la cité."
    head = "niveau le plus fort : {}".format(alea_max) if alea_max else "niveau le plus fort inconnu"
    pairs = aleas.split(", ")
    text = " ; ".join(pairs[:max_pairs])
    if len(pairs) > max_pairs:
        text += " ; et {} autres (liste complète dans le champ aleas du croisement)".format(len(pairs) - max_pairs)
    return "Aléas miniers ({}) : {}.".format(head, text)


def latest_statuses(operations):
    """{reseau: statut} of the latest programme year of each network (the base's own rule)."""
    order = {s: i for i, s in enumerate(STATUTS)}
    latest = {}
    for operation in operations:
        key = (operation.get("annee_programme") or 0, order.get(operation.get("statut"), -1))
        if operation.get("reseau") not in latest or key > latest[operation["reseau"]][0]:
            latest[operation.get("reseau")] = (key, operation.get("statut"))
    return {reseau: status for reseau, (_key, status) in latest.items()}


def vrd_text(in_base, operations):
    if not in_base:
        return "Cité absente de la base Sandt : aucun suivi des travaux de voirie et réseaux."
    if not operations:
        return "Aucune opération dans la base Sandt : les 4 réseaux restent à rénover."
    latest = latest_statuses(operations)
    done = [r for r in RESEAUX if latest.get(r) == "acheve"]
    left = ["{} ({})".format(RESEAU_LABELS[r], STATUT_LABELS.get(latest[r], latest[r]) if r in latest else
                             "non programmé") for r in RESEAUX if r not in done]
    if not done:
        count = "aucun réseau achevé sur {}".format(len(RESEAUX))
    else:
        count = "{} réseau{} achevé{} sur {}".format(len(done), "x" if len(done) > 1 else "", "s" if len(done) > 1 else "",
                                                   len(RESEAUX))
    text = "Avancement : {} % — {}".format(french_number(100.0 * len(done) / len(RESEAUX), 0), count)
    if left:
        text += " ; reste{} : {}.".format("nt" if len(left) > 1 else "", ", ".join(left))
    else:
        text += " : travaux terminés."
    return text


def operation_row(operation):
    """[année, réseau, statut, montant HT, fin des travaux] in French words and numbers."""
    end = operation.get("date_fin_travaux")
    if isinstance(end, (datetime.date, datetime.datetime)):
        end = end.strftime("%d/%m/%Y")
    return [str(operation.get("annee_programme") or ""), word(RESEAU_LABELS, operation.get("reseau")).capitalize(),
            word(STATUT_LABELS, operation.get("statut")), french_amount(operation.get("montant_ht")), end or ""]


def criterion_label(name):
    return CRITERION_LABELS.get(name, name.replace("_", " ").capitalize())


# --- index.html --------------------------------------------------------------------------------------------
STYLE = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:70em}
h1{color:#a50f15}table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}th{background:#f6ece9}
td.n{text-align:right}footer{margin-top:2em;font-size:.85em;color:#666}
"""


def _e(value):
    return html.escape("" if value is None else str(value))


def index_html(entries, sources, today=None):
    """``entries``: (cite dict, pdf file name or None), in the order of the list."""
    today = today or datetime.date.today()
    rows = []
    for cite, pdf_name in entries:
        name = '<a href="{}">{}</a>'.format(_e(pdf_name), _e(cite.get("cite_id"))) if pdf_name else \
            _e(cite.get("cite_id"))
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
                    "<td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>".format(
                        name, _e(cite.get("nom")), _e(cite.get("commune")), _e(word(CLASS_LABELS, cite.get("classe"))),
                        _e(french_number(cite["note"], 2) if cite.get("note") is not None else ""),
                        _e(cite.get("rang") if cite.get("rang") is not None else ""),
                        _e(word(UNESCO_LABELS, cite.get("unesco")) if cite.get("unesco") else ""),
                        _e(cite.get("alea_max") or ""),
                        _e(cite.get("reseaux_restants") if cite.get("reseaux_restants") is not None else "")))
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Fiches patrimoniales des cités"
            "</title><style>{}</style></head><body><h1>Fiches patrimoniales des cités ({})</h1><table><thead><tr>"
            "<th>Cité</th><th>Nom</th><th>Commune</th><th>Classe</th><th>Note</th><th>Rang</th><th>UNESCO</th>"
            "<th>Aléa le plus fort</th><th>Réseaux restants</th></tr></thead><tbody>{}</tbody></table>"
            "<footer>Sources : {}. Édité le {} par l'extension Bassin minier (Mission Bassin Minier).</footer>"
            "</body></html>").format(STYLE, len(entries), "".join(rows), _e(sources), today.strftime("%d/%m/%Y"))
