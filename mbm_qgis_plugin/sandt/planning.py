"""From a programme table to an import plan: columns, matching, validation, and the diff against the base.

Plain Python: the plan says, for every data row, which action it gets and what would be written.
Nothing here writes; :mod:`.storage` applies a plan in one transaction.
"""

import collections

from .names import MATCH_THRESHOLD, CiteIndex, simplify
from .rules import ACTIONS, validate_row

#: Column roles, with the headers (simplified) that mean them in the spreadsheets received.
COLUMN_ROLES = collections.OrderedDict([
    ("insee", ("code insee", "insee", "code commune", "code insee commune", "cog", "insee commune")),
    ("commune", ("commune", "nom commune", "nom de la commune", "ville", "libelle commune")),
    ("cite", ("cite", "nom cite", "nom de la cite", "cite miniere", "nom cite miniere", "cites", "nom")),
    ("reseau", ("reseau", "type reseau", "type de reseau", "nature", "nature travaux", "nature des travaux",
                "reseaux")),
    ("statut", ("statut", "etat", "etat travaux", "avancement", "statut travaux", "etat d avancement")),
    ("annee", ("annee programme", "annee", "annee de programme", "annee de programmation", "programme",
               "annee prog", "exercice")),
    ("montant", ("montant ht", "montant", "montant ht e", "montant ht euros", "montant travaux ht", "cout ht",
                 "montant ht eur")),
    ("longueur", ("longueur", "longueur m", "lineaire", "lineaire m", "longueur ml", "longueur en m")),
    ("date_fin", ("date fin travaux", "date fin", "date de fin", "date de fin des travaux", "fin travaux",
                  "date fin de travaux", "date achevement")),
])
REQUIRED_ROLES = ("cite", "reseau", "statut", "annee")
#: How messages name a role: the header the services use, and the parameter that points at it.
ROLE_LABELS = {"insee": "Code INSEE (INSEE_FIELD)", "commune": "Commune (COMMUNE_FIELD)", "cite": "Cité (CITE_FIELD)",
               "reseau": "Réseau (RESEAU_FIELD)", "statut": "Statut (STATUT_FIELD)",
               "annee": "Année programme (ANNEE_FIELD)", "montant": "Montant HT (MONTANT_FIELD)",
               "longueur": "Longueur (LONGUEUR_FIELD)", "date_fin": "Date fin travaux (DATE_FIN_FIELD)"}
OPERATION_FIELDS = ("statut", "montant_ht", "longueur_m", "date_fin_travaux")


class TableError(ValueError):
    """The table cannot be used (no usable header…). The message is French and says what to fix."""


def _header_key(header):
    text = simplify(header)
    return text.replace(" e ", " ").strip() if text else ""


def detect_columns(headers, overrides=None):
    """Map each role to a header of the table. ``overrides`` (role → header) win over detection.

    Raises TableError when a required column is missing or an override names no column.
    """
    overrides = {role: name for role, name in (overrides or {}).items() if name}
    by_key = {}
    for header in headers:
        by_key.setdefault(_header_key(header), header)
    mapping = {}
    for role, name in overrides.items():
        if name not in headers:
            raise TableError("La colonne « {} » indiquée pour {} n'existe pas dans le tableau (colonnes : {}).".format(
                name, ROLE_LABELS.get(role, role), ", ".join(headers)))
        mapping[role] = name
    for role, synonyms in COLUMN_ROLES.items():
        if role in mapping:
            continue
        for synonym in synonyms:
            header = by_key.get(synonym)
            if header is not None and header not in mapping.values():
                mapping[role] = header
                break
        else:
            # "Montant HT (€)" → "montant ht" ; "Année programme 2026" → starts with a synonym
            for key, header in by_key.items():
                if header in mapping.values():
                    continue
                if any(key.startswith(s + " ") for s in synonyms[:2]):
                    mapping[role] = header
                    break
    missing = [ROLE_LABELS[role] for role in REQUIRED_ROLES if role not in mapping]
    if "insee" not in mapping and "commune" not in mapping:
        missing.insert(0, "{} ou {}".format(ROLE_LABELS["insee"], ROLE_LABELS["commune"]))
    if missing:
        raise TableError(
            "Aucun en-tête utilisable pour : {}. Colonnes lues : {}. La première ligne doit porter les en-têtes "
            "(Code INSEE, Commune, Cité, Réseau, Statut, Année programme…) ou indiquer les colonnes en paramètre."
            .format(", ".join(missing), ", ".join(str(h) for h in headers) or "aucune"))
    return mapping


def operation_key(cite_id, reseau, annee):
    return "{}|{}|{}".format(cite_id, reseau, annee)


class ReportRow:
    __slots__ = ("ligne", "cite_id", "score", "action", "message", "candidates", "insee", "cite_name")

    def __init__(self, ligne, cite_id, score, action, message, candidates=(), insee="", cite_name=""):
        self.ligne = ligne
        self.cite_id = cite_id
        self.score = score
        self.action = action
        self.message = message
        self.candidates = list(candidates)
        self.insee = insee
        self.cite_name = cite_name

    def as_tuple(self):
        return (self.ligne, self.cite_id, self.score, self.action, self.message)


class ImportPlan:
    """What an import would do. ``inserts``: operation dicts; ``updates``: (key, fid, {field: (old, new)})."""

    def __init__(self, base_revision):
        self.base_revision = base_revision
        self.report = []
        self.inserts = []
        self.updates = []

    @property
    def counts(self):
        counts = collections.OrderedDict((action, 0) for action in ACTIONS)
        for row in self.report:
            counts[row.action] += 1
        return counts

    @property
    def touched_cites(self):
        return {op["cite_id"] for op in self.inserts} | {key.split("|")[0] for key, _f, _c in self.updates}

    @property
    def has_changes(self):
        return bool(self.inserts or self.updates)


def _same(old, new):
    if isinstance(old, float) or isinstance(new, float):
        try:
            return old is not None and new is not None and abs(float(old) - float(new)) < 0.005
        except (TypeError, ValueError):
            return False
    return old == new


def plan_import(raw_rows, mapping, index, existing, base_revision=0, threshold=MATCH_THRESHOLD, feedback=None):
    """Plan the import of ``raw_rows`` (lists of cell values in header order given by ``mapping`` →
    dicts) against the cités of ``index`` (:class:`CiteIndex`) and the ``existing`` operations
    (key → dict with fid and the operation fields). Returns an :class:`ImportPlan`."""
    plan = ImportPlan(base_revision)
    seen = {}
    total = max(1, len(raw_rows))
    for number, record in enumerate(raw_rows, 1):
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                return None
            feedback.setProgress(100.0 * number / total)
        if record is None:  # blank line
            continue
        raw = {role: record.get(header) for role, header in mapping.items()}
        row = validate_row(number, raw)
        if row.errors:
            plan.report.append(ReportRow(number, None, 0, "invalide", "Ligne invalide : {}.".format(
                " ; ".join(row.errors)), insee=row.insee, cite_name=row.cite))
            continue
        match = index.match(row.insee, row.commune, row.cite, threshold)
        if match.status != "ok":
            plan.report.append(ReportRow(number, None, match.score, match.status, match.message, match.candidates,
                                         insee=row.insee, cite_name=row.cite))
            continue
        key = operation_key(match.cite_id, row.reseau, row.annee)
        values = row.values
        if key in seen:
            first, first_values = seen[key]
            differences = ["{} {} ≠ {}".format(f, _text(first_values.get(f)), _text(values.get(f)))
                           for f in OPERATION_FIELDS if not _same(first_values.get(f), values.get(f))]
            if differences:
                message = ("Même cité, réseau et année que la ligne {} mais d'autres valeurs ({}) : seule la ligne {} "
                           "est prise ; corriger le fichier et le réimporter.".format(first, ", ".join(differences),
                                                                                    first))
            else:
                message = "Répète la ligne {} (mêmes valeurs) : ligne ignorée.".format(first)
            plan.report.append(ReportRow(number, match.cite_id, match.score, "doublon", message,
                                         insee=row.insee, cite_name=row.cite))
            continue
        seen[key] = (number, values)
        old = existing.get(key)
        if old is None:
            operation = {"key": key, "cite_id": match.cite_id, "reseau": row.reseau, "annee_programme": row.annee}
            operation.update({field: values.get(field) for field in OPERATION_FIELDS})
            plan.inserts.append(operation)
            action, message = "insere", "Nouvelle opération {} {}.".format(row.reseau, row.annee)
        else:
            changes = {field: (old.get(field), value) for field, value in values.items()
                       if not _same(old.get(field), value)}
            if changes:
                plan.updates.append((key, old.get("fid"), changes))
                action = "mis_a_jour"
                message = "Modifié : {}.".format(", ".join(
                    "{} {} → {}".format(f, _text(o), _text(n)) for f, (o, n) in sorted(changes.items())))
            else:
                action, message = "inchange", "Déjà à jour."
        if match.message:
            message = "{} {}".format(message, match.message)
        plan.report.append(ReportRow(number, match.cite_id, match.score, action, message,
                                     insee=row.insee, cite_name=row.cite))
    return plan


def _text(value):
    if value is None:
        return "vide"
    if isinstance(value, float):
        return "{:.2f}".format(value).rstrip("0").rstrip(".")
    return str(value)


__all__ = ["CiteIndex", "ImportPlan", "ReportRow", "TableError", "detect_columns", "operation_key",
           "plan_import", "OPERATION_FIELDS"]
