"""What a programme row means: labels to codes, amounts, years, dates, validation, status of a cité.

Plain Python. Messages are data written into the report, in French, saying what to fix.
"""

import datetime
import re

from .names import simplify

RESEAUX = ("voirie", "assainissement", "eau_potable", "eclairage")
STATUTS = ("programme", "en_cours", "acheve")
ETATS = ("non_engage", "programme", "en_cours", "acheve")
ACTIONS = ("insere", "mis_a_jour", "inchange", "non_trouve", "ambigu", "invalide", "doublon")

#: GIRZOM exists since 1972; a programme year after next decade is a typo.
FIRST_YEAR = 1972
LAST_YEAR_AHEAD = 10

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


def reseau_code(label):
    """The réseau code of a label ("AEP" → eau_potable), or None when unknown."""
    return _RESEAU_LABELS.get(simplify(label).strip())


def statut_code(label):
    """The statut code of a label ("Travaux en cours" → en_cours), or None when unknown."""
    return _STATUT_LABELS.get(simplify(label).strip())


def is_blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def parse_amount(value):
    """A non-negative number from "125 000,50", "12 500 €", "1.250,5", 125000.5. Raises ValueError."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError("pas un nombre")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        text = re.sub(r"[\s\u00a0\u202f']", "", text)
        text = re.sub(r"(€|eur|euros?|ht|m|ml)$", "", text, flags=re.IGNORECASE)
        if "," in text and "." in text:
            # the last separator is the decimal one: "1.250,50" or "1,250.50"
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif re.fullmatch(r"[+-]?\d{1,3}(\.\d{3}){2,}", text):
            text = text.replace(".", "")  # "1.250.000": dots between thousands
        elif re.fullmatch(r"[+-]?\d{1,3}\.\d{3}", text):
            # "125.000": 125 000 written the French way with a dot, or 125 with three decimals? Never guess.
            raise ValueError("ambigu")
        else:
            text = text.replace(",", ".")
        if not re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
            raise ValueError("pas un nombre")
        number = float(text)
    if number < 0:
        raise ValueError("négatif")
    return number


def parse_year(value, today=None):
    """A programme year between 1972 and ten years ahead. Raises ValueError."""
    today = today or datetime.date.today()
    if is_blank(value):
        raise ValueError("vide")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{4}\.0+", text):
        text = text.split(".")[0]
    if not re.fullmatch(r"\d{4}", text):
        raise ValueError("illisible")
    year = int(text)
    if not FIRST_YEAR <= year <= today.year + LAST_YEAR_AHEAD:
        raise ValueError("impossible")
    return year


def parse_date(value):
    """A date from dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, or a date object. Raises ValueError."""
    if is_blank(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text)
        if not match:
            raise ValueError("illisible")
        year, month, day = (int(g) for g in match.groups())
    return datetime.date(year, month, day)  # ValueError for 31/02


def normalize_insee(value):
    """"62498", 62498.0 → "62498"; "" → ""; a malformed code raises ValueError."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().upper()
    if re.fullmatch(r"\d{5}\.0+", text):
        text = text.split(".")[0]
    if re.fullmatch(r"\d{4}", text):  # a spreadsheet dropped the leading zero (01–09)
        text = "0" + text
    if not re.fullmatch(r"\d{5}|2[AB]\d{3}", text):
        raise ValueError(text)
    return text


class ProgrammeRow:
    """One data row of a programme table, read and checked. ``errors`` lists French reasons."""

    def __init__(self, ligne, raw):
        self.ligne = ligne
        self.raw = raw
        self.errors = []
        self.insee = ""
        self.commune = str(raw.get("commune") or "").strip()
        self.cite = str(raw.get("cite") or "").strip()
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


def validate_row(ligne, raw, today=None):
    """Read one raw row (dict with keys insee, commune, cite, reseau, statut, annee, montant,
    longueur, date_fin) into a :class:`ProgrammeRow`, collecting every reason it is invalid."""
    row = ProgrammeRow(ligne, raw)
    try:
        row.insee = normalize_insee(raw.get("insee"))
    except ValueError as error:
        row.errors.append("code INSEE « {} » mal formé (5 chiffres attendus)".format(error))
    if not row.insee and not row.commune and not row.errors:
        row.errors.append("ni code INSEE ni commune : renseigner l'un des deux")
    if not row.cite:
        row.errors.append("nom de cité vide : renseigner la cité")
    reseau = raw.get("reseau")
    row.reseau = reseau_code(reseau)
    if row.reseau is None:
        row.errors.append("réseau « {} » inconnu (voirie, assainissement, eau potable ou éclairage)".format(
            reseau if not is_blank(reseau) else ""))
    statut = raw.get("statut")
    row.statut = statut_code(statut)
    if row.statut is None:
        row.errors.append("statut « {} » inconnu (programmé, en cours ou achevé)".format(
            statut if not is_blank(statut) else ""))
    try:
        row.annee = parse_year(raw.get("annee"), today)
    except ValueError as error:
        value = raw.get("annee")
        if str(error) == "impossible":
            row.errors.append("année de programme {} impossible (entre {} et {})".format(
                value, FIRST_YEAR, (today or datetime.date.today()).year + LAST_YEAR_AHEAD))
        elif str(error) == "vide":
            row.errors.append("année de programme vide : la renseigner")
        else:
            row.errors.append("année de programme « {} » illisible (4 chiffres attendus)".format(value))
    for key, attribute, label in (("montant", "montant_ht", "montant HT"), ("longueur", "longueur_m", "longueur")):
        value = raw.get(key)
        try:
            setattr(row, attribute, parse_amount(value))
        except ValueError as error:
            if str(error) == "négatif":
                row.errors.append("{} négatif ({}) : corriger le montant".format(label, value)
                                  if key == "montant" else "longueur négative ({})".format(value))
            elif str(error) == "ambigu":
                row.errors.append("{} « {} » ambigu : écrire {} ou {}".format(
                    label, value, str(value).replace(".", " "), str(value).replace(".", ",")))
            else:
                row.errors.append("{} « {} » non numérique".format(label, value))
    try:
        row.date_fin_travaux = parse_date(raw.get("date_fin"))
    except ValueError:
        row.errors.append("date de fin de travaux « {} » illisible (jj/mm/aaaa attendu)".format(raw.get("date_fin")))
    return row


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
