"""From a programme table to an import plan: columns, matching, validation, and the diff against the base.

Plain Python: the plan says, for every data row, which action it gets and what would be written.
Nothing here writes; :mod:`.storage` applies a plan in one transaction.
"""

import collections
import datetime

from ..i18n import translate
from .labels import field_label, reseau_label, value_label
from .names import MATCH_THRESHOLD, CiteIndex, simplify
from .rules import ACTIONS, total_line_label, validate_row

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


def role_label(role):
    """How a message names a role: the header the services use, and the dialog's field that points at it."""
    labels = {
        "insee": translate("SandtPlanning", "INSEE code (field \"INSEE code column\")"),
        "commune": translate("SandtPlanning", "Commune (field \"Commune column\")"),
        "cite": translate("SandtPlanning", "Cité (field \"Cité column\")"),
        "reseau": translate("SandtPlanning", "Network (field \"Network column\")"),
        "statut": translate("SandtPlanning", "Status (field \"Status column\")"),
        "annee": translate("SandtPlanning", "Programme year (field \"Programme year column\")"),
        "montant": translate("SandtPlanning", "Amount excl. VAT (field \"Amount excl. VAT column\")"),
        "longueur": translate("SandtPlanning", "Length (field \"Length column\")"),
        "date_fin": translate("SandtPlanning", "End of works date (field \"End of works date column\")"),
    }
    return labels.get(role, role)


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
            raise TableError(translate("SandtPlanning", "The column \"{}\" given for {} does not exist in the table "
                                                        "(columns: {}).").format(name, role_label(role),
                                                                                 ", ".join(headers)))
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
    missing = [role_label(role) for role in REQUIRED_ROLES if role not in mapping]
    if "insee" not in mapping and "commune" not in mapping:
        missing.insert(0, translate("SandtPlanning", "{} or {}").format(role_label("insee"), role_label("commune")))
    if missing:
        raise TableError(translate(
            "SandtPlanning", "No usable header for: {}. Columns read: {}. The header row must name the columns "
                             "(Code INSEE, Commune, Cité, Réseau, Statut, Année programme…), or give the columns in "
                             "the fields of the dialog.")
            .format(", ".join(missing), ", ".join(str(h) for h in headers) or translate("SandtPlanning", "none")))
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
    """What an import would do. ``inserts``: operation dicts; ``updates``: (key, fid, {field: (old, new)}).

    ``operations`` and ``cites`` are the base as the plan read it (key → operation, cite_id → cité with
    fid, etat, avancement_pct): when nothing was written since, the import writes from them without
    reading the base again."""

    def __init__(self, base_revision):
        self.base_revision = base_revision
        self.report = []
        self.inserts = []
        self.updates = []
        self.operations = {}
        self.cites = {}

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


def _records(raw_rows):
    """(ligne, values, problem, text, note) of each data row: TableRecords as read_programme gives them, or
    plain dicts (numbered from 1, None for a blank line)."""
    for number, record in enumerate(raw_rows, 1):
        if record is None:
            continue
        if isinstance(record, dict):
            yield number, record, None, "", ""
        else:
            yield record.ligne, record.values, record.problem, record.text, record.note


def plan_import(raw_rows, mapping, index, existing, base_revision=0, threshold=MATCH_THRESHOLD, feedback=None):
    """Plan the import of ``raw_rows`` (TableRecords, or dicts header → value) with the columns of
    ``mapping`` (role → header) against the cités of ``index`` (:class:`CiteIndex`) and the ``existing``
    operations (key → dict with fid and the operation fields). Every data row gets one report row.
    Returns an :class:`ImportPlan`, or None when ``feedback`` was cancelled."""
    plan = ImportPlan(base_revision)
    plan.operations = existing
    seen = {}
    total = max(1, len(raw_rows))
    separator = translate("SandtPlanning", "; ")
    # the sentences are translated once, not once a row (20,000 rows: the lookups would add up)
    unreadable = translate("SandtPlanning", "Unreadable line: {}. Line as typed: \"{}\"")
    total_line = translate("SandtPlanning", "Total line (\"{}\"): a total or sub-total line is never imported.")
    invalid = translate("SandtPlanning", "Invalid line: {}.")
    new_operation = translate("SandtPlanning", "New operation: {} {}.")
    changed = translate("SandtPlanning", "Changed: {}.")
    change = translate("SandtPlanning", "{} {} → {}")
    up_to_date = translate("SandtPlanning", "Already up to date.")
    new_messages = {}
    report = plan.report.append
    roles = list(mapping.items())
    today = datetime.date.today()
    match_row, inserts = index.match, plan.inserts.append  # looked up once, not once a row
    for number, (ligne, record, problem, text, note) in enumerate(_records(raw_rows), 1):
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                return None
            feedback.setProgress(100.0 * number / total)
        if problem is not None:
            report(ReportRow(ligne, None, 0, "invalide", unreadable.format(problem, text)))
            continue
        total_label = total_line_label(record.values())
        if total_label is not None:
            report(ReportRow(ligne, None, 0, "invalide", total_line.format(total_label)))
            continue
        raw = {role: record.get(header) for role, header in roles}
        row = validate_row(ligne, raw, today)
        if row.errors:
            message = invalid.format(separator.join(row.errors))
            report(ReportRow(ligne, None, 0, "invalide", _noted(message, note), insee=row.insee, cite_name=row.cite))
            continue
        match = match_row(row.insee, row.commune, row.cite, threshold)
        if match.status != "ok":
            report(ReportRow(ligne, None, match.score, match.status, _noted(match.message, note), match.candidates,
                             insee=row.insee, cite_name=row.cite))
            continue
        key = operation_key(match.cite_id, row.reseau, row.annee)
        values = row.values
        if key in seen:
            first, first_values = seen[key]
            differences = [translate("SandtPlanning", "{} {} ≠ {}").format(
                field_label(f), value_label(f, first_values.get(f)), value_label(f, values.get(f)))
                for f in OPERATION_FIELDS if not _same(first_values.get(f), values.get(f))]
            if differences:
                message = translate("SandtPlanning", "Same cité, network and year as line {} but other values ({}): "
                                                     "only line {} is taken; correct the file and import it again.")
                message = message.format(first, ", ".join(differences), first)
            else:
                message = translate("SandtPlanning", "Repeats line {} (same values): line ignored.").format(first)
            report(ReportRow(ligne, match.cite_id, match.score, "doublon", _noted(message, note),
                             insee=row.insee, cite_name=row.cite))
            continue
        seen[key] = (ligne, values)
        old = existing.get(key)
        if old is None:
            operation = {"key": key, "cite_id": match.cite_id, "reseau": row.reseau, "annee_programme": row.annee}
            operation.update({field: values.get(field) for field in OPERATION_FIELDS})
            inserts(operation)
            action = "insere"
            message = new_messages.get((row.reseau, row.annee))
            if message is None:
                message = new_messages[row.reseau, row.annee] = new_operation.format(reseau_label(row.reseau),
                                                                                      row.annee)
        else:
            changes = {field: (old.get(field), value) for field, value in values.items()
                       if not _same(old.get(field), value)}
            if changes:
                plan.updates.append((key, old.get("fid"), changes))
                action = "mis_a_jour"
                message = changed.format(", ".join(change.format(field_label(f), value_label(f, o), value_label(f, n))
                                                   for f, (o, n) in sorted(changes.items())))
            else:
                action, message = "inchange", up_to_date
        if match.message:
            message = "{} {}".format(message, match.message)
        report(ReportRow(ligne, match.cite_id, match.score, action, _noted(message, note),
                         insee=row.insee, cite_name=row.cite))
    return plan


def _noted(message, note):
    return "{} {}".format(message, note) if note else message


__all__ = ["CiteIndex", "ImportPlan", "ReportRow", "TableError", "detect_columns", "operation_key",
           "plan_import", "OPERATION_FIELDS"]
