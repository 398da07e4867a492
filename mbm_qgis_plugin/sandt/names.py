"""Cité and commune names: normalisation and matching against the cités of the base.

A wrong match is the worst outcome (the programme of one cité written on another), so matching is
strict where names carry meaning — the estate kind (cité / coron / cité-jardin) and the numbers must
agree — and typo-tolerant only on the rest of the name.
"""

import difflib
import re
import unicodedata

#: Default score (0–100) below which a row is ``non_trouve``.
MATCH_THRESHOLD = 85
#: Two candidates whose scores are this close are ``ambigu``: never guess between them.
AMBIGUITY_MARGIN = 5

# The kind of estate is a separate token: "Cité des Brebis" and "Coron des Brebis" are two cités.
KIND_WORDS = {
    "cite": "cite", "cites": "cite",
    "coron": "coron", "corons": "coron",
    "citejardin": "citejardin",
}
_STOP_WORDS = {"de", "des", "du", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "dite", "dit"}
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
_NUMBER_WORDS = {"n", "no", "num", "numero", "nr"}


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def simplify(text):
    """Lower case, no accents, punctuation as spaces, single spaces."""
    if text is None:
        return ""
    text = strip_accents(str(text)).lower()
    text = text.replace("œ", "oe").replace("æ", "ae")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())


def normalize_cite_name(name):
    """The comparable form of a cité name: tokens without case, accents, punctuation or articles.

    "n°9", "No 9", "numéro 9" become "9"; "St"/"Ste" become "saint"/"sainte"; the kind word stays a
    token of its own ("cite", "coron", "citejardin").
    """
    text = strip_accents(str(name or "")).lower()
    text = text.replace("n°", " n ").replace("nº", " n ").replace("n.°", " n ")
    text = re.sub(r"\bcit[e]s?[\s\-_]+jardins?\b", " citejardin ", text)
    text = simplify(text)
    tokens = []
    for token in text.split():
        # "n9", "no9" glued to their number
        glued = re.fullmatch(r"(n|no|num|numero)(\d+)", token)
        if glued:
            tokens.append(str(int(glued.group(2))))
            continue
        if token in _NUMBER_WORDS or token in _STOP_WORDS:
            continue
        if token.isdigit():
            token = str(int(token))
        token = _ABBREVIATIONS.get(token, token)
        token = KIND_WORDS.get(token, token)
        tokens.append(token)
    return " ".join(tokens)


def normalize_commune_name(name):
    """Commune names: "Noeux-les-Mines", "NOEUX LES MINES" and "Nœux-les-Mines" compare equal."""
    tokens = [_ABBREVIATIONS.get(t, t) for t in simplify(name).split()]
    return " ".join(tokens)


def split_name(normalized):
    """(kind, numbers, words) of a normalised name."""
    kinds, numbers, words = [], [], []
    for token in normalized.split():
        if token in ("cite", "coron", "citejardin"):
            kinds.append(token)
        elif token.isdigit():
            numbers.append(token)
        else:
            words.append(token)
    return kinds[0] if kinds else "", tuple(sorted(numbers)), words


def _ratio(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def name_score(normalized_a, normalized_b):
    """Similarity 0–100 of two normalised names; 0 when their kind or their numbers disagree."""
    if normalized_a == normalized_b:
        return 100
    kind_a, numbers_a, words_a = split_name(normalized_a)
    kind_b, numbers_b, words_b = split_name(normalized_b)
    if kind_a and kind_b and kind_a != kind_b:
        return 0
    if numbers_a != numbers_b:
        return 0
    if not words_a and not words_b:
        # "Cité 9" against "Cité n°9" (numbers equal, no words): only the kind may differ by absence.
        return 100 if kind_a == kind_b else 90
    if not words_a or not words_b:
        return 0
    # Each distinctive word must have a close counterpart on the other side (typo, not another word).
    for left, right in ((words_a, words_b), (words_b, words_a)):
        for word in left:
            if not any(word == other or (len(word) >= 4 and _ratio(word, other) >= 0.8) for other in right):
                return 0
    score = 100 * max(_ratio(" ".join(words_a), " ".join(words_b)),
                      _ratio(" ".join(sorted(words_a)), " ".join(sorted(words_b))))
    if kind_a != kind_b:  # one side omits the kind word: plausible, slightly less sure
        score -= 5
    return int(round(min(score, 99)))


class Match:
    """Outcome of matching one row: ``status`` ∈ {ok, ambigu, non_trouve}, the cité, score, message."""

    def __init__(self, status, cite_id=None, score=0, message="", candidates=()):
        self.status = status
        self.cite_id = cite_id
        self.score = score
        self.message = message
        self.candidates = list(candidates)

    def __repr__(self):
        return "Match({!r}, {!r}, {!r})".format(self.status, self.cite_id, self.score)


class CiteIndex:
    """The cités of the base indexed by INSEE code and by normalised commune name, for matching.

    ``cites`` is an iterable of dicts with cite_id, nom, insee, commune. ``aliases`` maps
    (insee, normalised name) to a cite_id chosen by a user for a name the matcher could not decide.
    """

    def __init__(self, cites, aliases=None):
        self.by_insee = {}
        self.insee_by_commune = {}
        self.communes_by_insee = {}
        self.names = {}
        for cite in cites:
            insee = str(cite.get("insee") or "").strip()
            normalized = normalize_cite_name(cite.get("nom"))
            self.by_insee.setdefault(insee, []).append((cite["cite_id"], normalized, cite.get("nom") or ""))
            commune = normalize_commune_name(cite.get("commune"))
            if commune:
                self.insee_by_commune.setdefault(commune, set()).add(insee)
                self.communes_by_insee.setdefault(insee, {})[commune] = cite.get("commune")
            self.names[cite["cite_id"]] = cite.get("nom") or ""
        self.aliases = dict(aliases or {})
        self._cache = {}

    def communes_insee(self, insee, commune):
        if insee:
            return [insee]
        return sorted(self.insee_by_commune.get(normalize_commune_name(commune), ()))

    def commune_disagrees(self, insee, commune):
        """The base's name of commune ``insee`` when the row's ``commune`` is another commune (not the
        same name written otherwise, nor a typo of it), else None. A mistyped INSEE code that happens to be
        another commune of the base would otherwise send the row to a cité of that commune."""
        known = self.communes_by_insee.get(insee)
        typed = normalize_commune_name(commune)
        if not known or not typed or typed in known:
            return None
        if any(_ratio(typed, name) >= 0.8 for name in known):
            return None
        return sorted(known.values())[0]

    def candidates(self, insee, commune):
        result = []
        for code in self.communes_insee(insee, commune):
            result.extend((code, c) for c in self.by_insee.get(code, ()))
        return result

    def match(self, insee, commune, name, threshold=MATCH_THRESHOLD):
        key = (insee or "", normalize_commune_name(commune) if not insee else "", name, threshold)
        if key not in self._cache:
            self._cache[key] = match_cite(self, insee, commune, name, threshold)
        return self._cache[key]


def match_cite(index, insee, commune, name, threshold=MATCH_THRESHOLD):
    """Find the cité of ``name`` in the commune given by ``insee`` (or by ``commune`` when the code is
    missing). Returns a :class:`Match`. Never guesses: two close candidates give ``ambigu``, a best
    score under ``threshold`` gives ``non_trouve``."""
    insee = (insee or "").strip()
    normalized = normalize_cite_name(name)
    codes = index.communes_insee(insee, commune)
    if not codes:
        where = "le code INSEE {}".format(insee) if insee else "la commune « {} »".format(commune or "")
        return Match("non_trouve", message="Aucune cité de la base pour {} : vérifier la commune.".format(where))
    for code in codes:
        alias = index.aliases.get((code, normalized))
        if alias:  # a cartographer's choice wins, even over a code/commune disagreement they saw
            return Match("ok", alias, 100, "Cité reconnue par un alias enregistré.")
    if insee:
        other = index.commune_disagrees(insee, commune)
        if other:
            return Match("non_trouve", message="Le code INSEE {} est celui de {} dans la base, pas de « {} » : "
                                               "corriger le code INSEE ou la commune.".format(insee, other, commune))
    scored = []
    for _code, (cite_id, cite_norm, cite_nom) in index.candidates(insee, commune):
        score = name_score(normalized, cite_norm)
        if score > 0:
            scored.append((score, cite_id, cite_nom))
    if not index.candidates(insee, commune):
        return Match("non_trouve", message="Aucune cité de la base pour le code INSEE {} : vérifier le code.".format(
            insee))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if not scored or scored[0][0] < threshold:
        hint = ""
        if scored:
            hint = " La plus proche, « {} » ({}), est sous le seuil {}.".format(scored[0][2], scored[0][0], threshold)
        return Match("non_trouve", score=scored[0][0] if scored else 0,
                     message="Cité « {} » absente de la base pour cette commune.{} "
                             "Corriger le nom ou choisir la cité.".format(name, hint),
                     candidates=scored[:5])
    best = scored[0]
    close = [s for s in scored[1:] if s[0] >= threshold and best[0] - s[0] < AMBIGUITY_MARGIN]
    if close:
        names = ", ".join("« {} » ({})".format(s[2], s[1]) for s in [best] + close)
        return Match("ambigu", score=best[0],
                     message="Cité « {} » : plusieurs cités possibles ({}). Choisir la cité.".format(name, names),
                     candidates=[best] + close)
    return Match("ok", best[1], best[0], "" if best[0] == 100 else "Nom rapproché de « {} ».".format(best[2]))
