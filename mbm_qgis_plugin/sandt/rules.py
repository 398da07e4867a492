"""What a programme row means: labels to codes, amounts, years, dates, validation, status of a cité.

Plain Python. Messages are data written into the report, in the user's language (through translation),
saying what to fix.
"""

import datetime
import functools
import math
import re

from ..i18n import translate
from .names import simplify, strip_accents

RESEAUX = ("voirie", "assainissement", "eau_potable", "eclairage")
STATUTS = ("programme", "en_cours", "acheve")
ETATS = ("non_engage", "programme", "en_cours", "acheve")
#: The action of each REPORT row (issue 3 contract), in the order the counts are given. The one definition:
#: the algorithm's outputs NB_<ACTION>, the imports table's nb_<action> and the dock all come from it.
ACTIONS = ("insere", "mis_a_jour", "inchange", "non_trouve", "ambigu", "invalide", "doublon")
#: The fields of the REPORT (issue 3 contract).
REPORT_FIELDS = ("ligne", "cite_id", "score", "action", "message")

#: GIRZOM exists since 1972; a programme year after next decade is a typo.
FIRST_YEAR = 1972
LAST_YEAR_AHEAD = 10
#: Above these an amount or a length is a typing slip (the whole VRD programme left in 2006 was 96 M€ and
#: 74 km): refused, never stored.
MAX_MONTANT_HT = 1e9
MAX_LONGUEUR_M = 1e5

# Labels as typed in the spreadsheets (already simplified: lower case, no accents, no punctuation).
_RESEAU_LABELS = {
    "voirie": "voirie", "voiries": "voirie", "voirie trottoirs": "voirie", "voirie et trottoirs": "voirie",
    "chaussee": "voirie", "chaussees": "voirie", "vrd voirie": "voirie", "routes": "voirie",
    "assainissement": "assainissement", "assainissement eu": "assainissement",
    "assainissement ep": "assainissement", "assainissement eu ep": "assainissement",
    "assainissement eu et ep": "assainissement", "eu": "assainissement", "ep": "assainissement",
    "eu ep": "assainissement", "eaux usees": "assainissement", "eaux pluviales": "assainissement",
    "reseau eu": "assainissement", "egouts": "assainissement", "egout": "assainissement",
    "eau potable": "eau_potable", "eau_potable": "eau_potable", "aep": "eau_potable",
    "adduction eau potable": "eau_potable", "adduction d eau potable": "eau_potable",
    "reseau aep": "eau_potable", "alimentation en eau potable": "eau_potable", "eau": "eau_potable",
    "eclairage": "eclairage", "eclairage public": "eclairage", "ecl": "eclairage", "ecl public": "eclairage",
    "eclairage_public": "eclairage",
}
_STATUT_LABELS = {
    "programme": "programme", "programmee": "programme", "programmes": "programme", "prevu": "programme",
    "prevus": "programme", "a realiser": "programme", "inscrit": "programme", "inscrit au programme": "programme",
    "en cours": "en_cours", "en_cours": "en_cours", "travaux en cours": "en_cours", "commence": "en_cours",
    "demarre": "en_cours", "en travaux": "en_cours",
    "acheve": "acheve", "achevee": "acheve", "acheves": "acheve", "termine": "acheve", "terminee": "acheve",
    "termines": "acheve", "realise": "acheve", "realisee": "acheve", "realises": "acheve", "fini": "acheve",
    "receptionne": "acheve", "travaux termines": "acheve", "travaux acheves": "acheve",
}


@functools.lru_cache(maxsize=4096)
def reseau_code(label):
    """The réseau code of a label ("AEP" → eau_potable), or None when unknown."""
    return _RESEAU_LABELS.get(simplify(label).strip())


@functools.lru_cache(maxsize=4096)
def statut_code(label):
    """The statut code of a label ("Travaux en cours" → en_cours), or None when unknown."""
    return _STATUT_LABELS.get(simplify(label).strip())


# Words that say the typist was not sure ("Terminé ?", "achevé (à confirmer)", "prévu?").
_DOUBT_WORDS = re.compile(r"\b(a confirmer|a verifier|a valider|a preciser|sous reserve|peut etre|probablement|"
                          r"probable|sans doute|en principe|normalement|incertain|presume|suppose|non confirme)\b")


@functools.lru_cache(maxsize=4096)
def doubt_in(label):
    """True when a typed label carries doubt ("Terminé ?", "achevé (à confirmer)", "prévu?")."""
    if label is None or not isinstance(label, str):
        return False
    if "?" in label or "¿" in label:
        return True
    text = " ".join(re.sub(r"[^0-9a-z]+", " ", strip_accents(label).lower()).split())
    return _DOUBT_WORDS.search(text) is not None


_TOTAL_WORDS = ("total", "totaux", "sous total", "sous totaux", "s total", "ss total", "total general",
                "montant total", "cumul", "recapitulatif")


def is_total_label(value):
    """True for a cell that starts a total or sub-total line: "Total", "Sous-total Lens", "TOTAL GÉNÉRAL"."""
    if not isinstance(value, str):
        return False
    lowered = value.lower()
    if "total" not in lowered and "cumul" not in lowered and "capitulatif" not in lowered:
        return False
    text = simplify(value)
    return any(text == word or text.startswith(word + " ") for word in _TOTAL_WORDS)


def total_line_label(values):
    """The cell that makes ``values`` (the cells of one row) a total line, or None."""
    lowered = "\t".join([value for value in values if value.__class__ is str]).lower()
    if "total" not in lowered and "cumul" not in lowered and "capitulatif" not in lowered:
        return None
    for value in values:
        if is_total_label(value):
            return value
    return None


def is_blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_UNIT = re.compile(r"(€|eur|euros?|ht|m|ml)$", re.IGNORECASE)
_PLAIN = re.compile(r"[+-]?\d+(\.\d+)?")
_THOUSAND_DOTS = re.compile(r"[+-]?\d{1,3}(\.\d{3}){2,}")
_ONE_THOUSAND_DOT = re.compile(r"[+-]?\d{1,3}\.\d{3}")
_NOT_FINITE = re.compile(r"[+-]?(nan|inf|infinity|infini)", re.IGNORECASE)
_EXPONENT = re.compile(r"[+-]?\d+(\.\d+)?e[+-]?\d+", re.IGNORECASE)


_FRENCH_AMOUNT = re.compile(r"\d{1,3}(?: \d{3})*(?:,\d+)?|\d+(?:,\d+)?")


def parse_amount(value):
    """A non-negative finite number from "125 000,50", "12 500 €", "1.250,5", "1.5e5", 125000.5.

    Raises ValueError("négatif"), ValueError("ambigu") ("125.000": 125 000 or 125?), ValueError("infini")
    (NaN, an overflow to infinity such as a 400-digit number or 1e309) or ValueError("pas un nombre")."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) < 20 and _FRENCH_AMOUNT.fullmatch(value):  # "125 000,50", as mostly typed
            return float(value.replace(" ", "").replace(",", "."))
        if not value.strip():
            return None
    if isinstance(value, bool):
        raise ValueError("pas un nombre")
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an int too large for a float
            raise ValueError("infini") from None
    else:
        text = _SPACES.sub("", str(value).strip())
        text = _UNIT.sub("", text)
        if "," in text and "." in text:
            # the last separator is the decimal one: "1.250,50" or "1,250.50"
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif _THOUSAND_DOTS.fullmatch(text):
            text = text.replace(".", "")  # "1.250.000": dots between thousands
        elif _ONE_THOUSAND_DOT.fullmatch(text):
            # "125.000": 125 000 written the French way with a dot, or 125 with three decimals? Never guess.
            raise ValueError("ambigu")
        else:
            text = text.replace(",", ".")
        if _NOT_FINITE.fullmatch(text):  # "NaN", "inf" as a spreadsheet cell reads
            raise ValueError("infini")
        # digits, or the exponent notation GDAL gives for a spreadsheet's very large or small number cell
        if not (_PLAIN.fullmatch(text) or _EXPONENT.fullmatch(text)):
            raise ValueError("pas un nombre")
        number = float(text)
    if not math.isfinite(number):
        raise ValueError("infini")
    if number < 0:
        raise ValueError("négatif")
    return number


@functools.lru_cache(maxsize=256)
def _year(text, last):
    if re.fullmatch(r"\d{4}\.0+", text):
        text = text.split(".")[0]
    if not re.fullmatch(r"\d{4}", text):
        raise ValueError("illisible")
    year = int(text)
    if not FIRST_YEAR <= year <= last:
        raise ValueError("impossible")
    return year


def parse_year(value, today=None):
    """A programme year between 1972 and ten years ahead. Raises ValueError."""
    today = today or datetime.date.today()
    if is_blank(value):
        raise ValueError("vide")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _year(str(value).strip(), today.year + LAST_YEAR_AHEAD)


_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
# ISO, and the "2025/10/12" GDAL gives for a date cell of a spreadsheet read as text
_YEAR_FIRST = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][0-9:.]*)?")


@functools.lru_cache(maxsize=4096)
def _date(text):
    match = _DAY_FIRST.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _YEAR_FIRST.fullmatch(text)
        if not match:
            raise ValueError("illisible")
        year, month, day = (int(g) for g in match.groups())
    return datetime.date(year, month, day)  # ValueError for 31/02


def parse_date(value):
    """A date from dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd, or a date object.
    Raises ValueError."""
    if is_blank(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return _date(str(value).strip())


@functools.lru_cache(maxsize=4096)
def _insee(text):
    if re.fullmatch(r"\d{5}\.0+", text):
        text = text.split(".")[0]
    if re.fullmatch(r"\d{4}", text):  # a spreadsheet dropped the leading zero (01–09)
        text = "0" + text
    if not re.fullmatch(r"\d{5}|2[AB]\d{3}", text):
        raise ValueError(text)
    return text


def normalize_insee(value):
    """"62498", 62498.0 → "62498"; "" → ""; a malformed code raises ValueError."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _insee(str(value).strip().upper())


def parse_count(value):
    """A whole number of dwellings from 120, 120.0, "120", "1 200" (the amount parser: same spaces and
    separators, finite, not negative), rounded. Raises ValueError."""
    number = parse_amount(value)
    return None if number is None else int(round(number))


class ProgrammeRow:
    """One data row of a programme table, read and checked. ``errors`` lists the reasons it is invalid,
    in the user's language."""

    __slots__ = ("ligne", "raw", "errors", "insee", "commune", "cite", "reseau", "statut", "annee", "montant_ht",
                 "longueur_m", "date_fin_travaux")

    def __init__(self, ligne, raw):
        self.ligne = ligne
        self.raw = raw
        self.errors = []
        self.insee = ""
        self.commune = _text(raw.get("commune"))
        self.cite = _text(raw.get("cite"))
        self.reseau = None
        self.statut = None
        self.annee = None
        self.montant_ht = None
        self.longueur_m = None
        self.date_fin_travaux = None

    @property
    def values(self):
        """The operation fields this row sets (blank cells leave the base's value as it is)."""
        values = {"statut": self.statut}
        for name in ("montant_ht", "longueur_m", "date_fin_travaux"):
            value = getattr(self, name)
            if value is not None:
                values[name] = value
        return values


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _shown(value):
    return "" if is_blank(value) else _text(value)


@functools.lru_cache(maxsize=4096)
def _label_code(kind, label):
    """(code, problem) of a typed réseau (kind "reseau") or statut label: problem is None, "vide",
    "incertain" or "inconnu". Cached: a programme repeats a handful of labels over thousands of rows."""
    if is_blank(label):
        return None, "vide"
    text = _text(label)
    if doubt_in(text):
        return None, "incertain"
    code = reseau_code(text) if kind == "reseau" else statut_code(text)
    return code, (None if code is not None else "inconnu")


def validate_row(ligne, raw, today=None):
    """Read one raw row (dict with keys insee, commune, cite, reseau, statut, annee, montant,
    longueur, date_fin) into a :class:`ProgrammeRow`, collecting every reason it is invalid."""
    row = ProgrammeRow(ligne, raw)
    errors = row.errors
    try:
        row.insee = normalize_insee(raw.get("insee"))
    except ValueError as error:
        errors.append(translate("SandtRules", "INSEE code \"{}\" is malformed (5 digits expected)").format(error))
    if not row.insee and not row.commune and not errors:
        errors.append(translate("SandtRules", "neither INSEE code nor commune: fill in one of them"))
    if not row.cite:
        errors.append(translate("SandtRules", "empty cité name: fill in the cité"))
    elif doubt_in(row.cite):
        errors.append(translate("SandtRules", "cité name \"{}\" is uncertain: give the cité for sure")
                      .format(row.cite))
    reseau = raw.get("reseau")
    row.reseau, problem = _label_code("reseau", reseau) if isinstance(reseau, str) or reseau is None else \
        _label_code("reseau", _text(reseau))
    if problem == "incertain":
        errors.append(translate("SandtRules", "network \"{}\" is uncertain: give the network for sure")
                      .format(_shown(reseau)))
    elif problem is not None:
        errors.append(translate("SandtRules", "unknown network \"{}\" (roads, sewerage, drinking water or street "
                                              "lighting)").format(_shown(reseau)))
    statut = raw.get("statut")
    row.statut, problem = _label_code("statut", statut) if isinstance(statut, str) or statut is None else \
        _label_code("statut", _text(statut))
    if problem == "incertain":
        errors.append(translate("SandtRules", "status \"{}\" is uncertain: import only a confirmed status")
                      .format(_shown(statut)))
    elif problem is not None:
        errors.append(translate("SandtRules", "unknown status \"{}\" (programmed, in progress or finished)")
                      .format(_shown(statut)))
    try:
        row.annee = parse_year(raw.get("annee"), today)
    except ValueError as error:
        value = _shown(raw.get("annee"))
        if str(error) == "impossible":
            errors.append(translate("SandtRules", "programme year {} is impossible (between {} and {})").format(
                value, FIRST_YEAR, (today or datetime.date.today()).year + LAST_YEAR_AHEAD))
        elif str(error) == "vide":
            errors.append(translate("SandtRules", "empty programme year: fill it in"))
        else:
            errors.append(translate("SandtRules", "programme year \"{}\" is unreadable (4 digits expected)")
                          .format(value))
    for key, attribute, limit in (("montant", "montant_ht", MAX_MONTANT_HT), ("longueur", "longueur_m", MAX_LONGUEUR_M)):
        value = raw.get(key)
        if value is None:
            continue
        try:
            number = parse_amount(value)
        except ValueError as error:
            errors.append(_number_error(key, _shown(value), str(error)))
            continue
        if number is not None and number > limit:
            errors.append(_number_error(key, _shown(value), "invraisemblable"))
            continue
        setattr(row, attribute, number)
    date = raw.get("date_fin")
    if date is not None:
        try:
            row.date_fin_travaux = parse_date(date)
        except ValueError:
            errors.append(translate("SandtRules", "end of works date \"{}\" is unreadable (dd/mm/yyyy expected)")
                          .format(_shown(date)))
    return row


def _number_error(key, value, reason):
    """The reason an amount (key "montant") or a length (key "longueur") is refused."""
    if key == "montant":
        messages = {
            "négatif": translate("SandtRules", "negative amount excl. VAT ({}): correct the amount"),
            "ambigu": translate("SandtRules", "amount excl. VAT \"{0}\" is ambiguous: write {1} or {2}"),
            "infini": translate("SandtRules", "amount excl. VAT \"{}\" is not a finite number: correct the cell"),
            "invraisemblable": translate("SandtRules", "amount excl. VAT \"{}\" is implausible (over one billion "
                                                       "euros): correct the cell"),
        }
        fallback = translate("SandtRules", "amount excl. VAT \"{}\" is not a number")
    else:
        messages = {
            "négatif": translate("SandtRules", "negative length ({}): correct the length"),
            "ambigu": translate("SandtRules", "length \"{0}\" is ambiguous: write {1} or {2}"),
            "infini": translate("SandtRules", "length \"{}\" is not a finite number: correct the cell"),
            "invraisemblable": translate("SandtRules", "length \"{}\" is implausible (over 100 km): correct the "
                                                       "cell"),
        }
        fallback = translate("SandtRules", "length \"{}\" is not a number")
    template = messages.get(reason, fallback)
    if len(value) > 40:  # a 400-digit number is not worth showing whole
        value = value[:20] + "…" + value[-5:]
    return template.format(value, value.replace(".", " "), value.replace(".", ","))


def cite_status(operations):
    """(etat, avancement_pct) of a cité from its operations (dicts with reseau, annee_programme, statut).

    Per réseau the latest programme year decides; avancement_pct is the share of the four réseaux whose
    latest status is ``acheve``. etat: no operation → non_engage; all four achevés → acheve; any work
    started or finished → en_cours; otherwise programme.
    """
    order = {s: i for i, s in enumerate(STATUTS)}
    latest = {}
    for op in operations:
        reseau = op["reseau"]
        key = (op["annee_programme"] or 0, order.get(op["statut"], -1))
        if reseau not in latest or key > latest[reseau][0]:
            latest[reseau] = (key, op["statut"])
    if not latest:
        return "non_engage", 0.0
    statuses = [status for _key, status in latest.values()]
    done = sum(1 for r in RESEAUX if r in latest and latest[r][1] == "acheve")
    pct = 100.0 * done / len(RESEAUX)
    if done == len(RESEAUX):
        return "acheve", pct
    if done or "en_cours" in statuses:
        return "en_cours", pct
    return "programme", pct
