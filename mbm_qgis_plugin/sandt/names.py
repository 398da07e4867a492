"""Cité and commune names: normalisation and matching against the cités of the base.

A wrong match is the worst outcome (the programme of one cité written on another), so matching is
strict where names carry meaning — the estate kind (cité / coron / cité-jardin) and the numbers must
agree — and typo-tolerant only on the rest of the name.
"""

import difflib
import functools
import re
import unicodedata

from ..i18n import translate

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


@functools.lru_cache(maxsize=65536)
def _name_tokens(name):
    """The tokens of a cité name without case, accents or punctuation, articles kept."""
    text = strip_accents(name).lower()
    text = text.replace("n°", " n ").replace("nº", " n ").replace("n.°", " n ")
    text = re.sub(r"\bcit[e]s?[\s\-_]+jardins?\b", " citejardin ", text)
    text = simplify(text)
    tokens = []
    text_tokens = text.split()
    for position, token in enumerate(text_tokens):
        # "n9", "no9" glued to their number
        glued = re.fullmatch(r"(n|no|num|numero)(\d+)", token)
        if glued:
            tokens.append(str(int(glued.group(2))))
            continue
        if token in _NUMBER_WORDS:
            continue
        if _is_number_word_slip(token, text_tokens, position):
            continue
        if token.isdigit():
            token = str(int(token))
        token = _ABBREVIATIONS.get(token, token)
        token = KIND_WORDS.get(token, token)
        tokens.append(token)
    return tuple(tokens)


def _is_number_word_slip(token, tokens, position):
    """"numéroo 7", "numréo 7", "nmero 7": "numéro" typed with a slip, followed by its number."""
    if len(token) < 4 or position + 1 >= len(tokens) or not tokens[position + 1].isdigit():
        return False
    return typo_distance(token, "numero") == 1


@functools.lru_cache(maxsize=65536)
def _reduced(name):
    return " ".join(t for t in _name_tokens(name) if t not in _STOP_WORDS)


def normalize_cite_name(name):
    """The comparable form of a cité name: tokens without case, accents, punctuation or articles.

    "n°9", "No 9", "numéro 9" become "9"; "St"/"Ste" become "saint"/"sainte"; the kind word stays a
    token of its own ("cite", "coron", "citejardin"). (The alias table stores this form.)
    """
    return _reduced(str(name or ""))


def exact_cite_name(name):
    """The form of a cité name that keeps its articles: "Cité du Bois" and "Cité des Bois" differ here,
    while case, accents, punctuation, "n°"/"No" and "St"/"Saint" still do not count."""
    return " ".join(_name_tokens(str(name or "")))


@functools.lru_cache(maxsize=4096)
def normalize_commune_name(name):
    """Commune names: "Noeux-les-Mines", "NOEUX LES MINES" and "Nœux-les-Mines" compare equal."""
    tokens = [_ABBREVIATIONS.get(t, t) for t in simplify(name).split()]
    return " ".join(tokens)


_KINDS = ("cite", "coron", "citejardin")
# What a kind word typed with a slip looks like: one letter missing, added, changed or swapped.
_KIND_SPELLINGS = {"cite": ("cite", "cites"), "coron": ("coron", "corons")}


def _one_slip(a, b):
    """True when ``a`` and ``b`` differ by one letter added, removed, changed, or two neighbours swapped."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@functools.lru_cache(maxsize=4096)
def kind_of_slip(token):
    """The kind ("cite", "coron") a mistyped estate word stands for ("cie", "cit", "ctie", "cte" → cite;
    "coorn" → coron), or "" when ``token`` is no slip of exactly one kind word."""
    if len(token) < 3 or token.isdigit() or token in KIND_WORDS or token in _STOP_WORDS:
        return ""
    kinds = {kind for kind, spellings in _KIND_SPELLINGS.items() if any(_one_slip(token, s) for s in spellings)}
    return kinds.pop() if len(kinds) == 1 else ""


@functools.lru_cache(maxsize=65536)
def split_name(normalized):
    """(kind, numbers, words, kind_mistyped) of a normalised name. The estate word typed with a slip
    ("Cié n°2") counts as its kind when it opens the name, flagged ``kind_mistyped``."""
    kinds, numbers, words = [], [], []
    for token in normalized.split():
        if token in _KINDS:
            kinds.append(token)
        elif token.isdigit():
            numbers.append(token)
        else:
            words.append(token)
    mistyped = False
    if not kinds and words and normalized.split()[0] == words[0]:
        kind = kind_of_slip(words[0])
        if kind:
            mistyped = True
            words = words[1:]
            if kind == "cite" and words and words[0] in ("jardin", "jardins"):
                kind, words = "citejardin", words[1:]
            kinds.append(kind)
    return kinds[0] if kinds else "", tuple(sorted(numbers)), tuple(words), mistyped


def _ratio(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


@functools.lru_cache(maxsize=262144)
def typo_distance(a, b):
    """Letters added, removed, changed, or two neighbours swapped, to go from ``a`` to ``b``."""
    if a == b:
        return 0
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def _slips_allowed(word):
    """How many slips a word of the name may carry and still be that word, by the length of the longer of
    the two: none up to four letters (Foch and Koch are two names), one from five letters, two from nine."""
    return 0 if len(word) <= 4 else (1 if len(word) < 9 else 2)


@functools.lru_cache(maxsize=262144)
def word_slips(word, other):
    """The slips between two words when ``word`` may be ``other`` typed with slips, else None."""
    if word == other:
        return 0
    allowed = _slips_allowed(max(word, other, key=len))
    if not allowed or abs(len(word) - len(other)) > allowed:
        return None
    slips = typo_distance(word, other)
    return slips if slips <= allowed else None


def _slips(left, right):
    """The slips of the words of ``left`` against their closest words in ``right``, or None when a word
    of ``left`` has no counterpart (another word, not a typo)."""
    total = 0
    for word in left:
        found = [n for n in (word_slips(word, other) for other in right) if n is not None]
        if not found:
            return None
        total += min(found)
    return total


#: Points taken off per slip (a letter added, removed, changed or two swapped) in the words of a name.
SLIP_PENALTY = 6
#: Points taken off when the estate word itself was mistyped: such a name wins only when nothing else fits.
KIND_SLIP_PENALTY = 6


@functools.lru_cache(maxsize=262144)
def name_score(normalized_a, normalized_b):
    """Similarity 0–100 of two normalised names; 0 when their kind or their numbers disagree, or when a
    word of one has no counterpart in the other (another word rather than a typo)."""
    if normalized_a == normalized_b:
        return 100
    kind_a, numbers_a, words_a, slip_a = split_name(normalized_a)
    kind_b, numbers_b, words_b, slip_b = split_name(normalized_b)
    if kind_a and kind_b and kind_a != kind_b:
        return 0
    if numbers_a != numbers_b:
        return 0
    penalty = KIND_SLIP_PENALTY if (slip_a or slip_b) else 0
    if not words_a and not words_b:
        # "Cité 9" against "Cité n°9" (numbers equal, no words): only the kind may differ by absence.
        return (100 if kind_a == kind_b else 90) - penalty
    if not words_a or not words_b:
        return 0
    slips_a, slips_b = _slips(words_a, words_b), _slips(words_b, words_a)
    if slips_a is None or slips_b is None:
        return 0
    score = 100 - SLIP_PENALTY * max(slips_a, slips_b)
    if sorted(words_a) != sorted(words_b) or len(words_a) != len(words_b):
        score = min(score, 99)
    if kind_a != kind_b:  # one side omits the kind word: plausible, slightly less sure
        score -= 5
    return int(min(score - penalty, 99))


class Match:
    """Outcome of matching one row: ``status`` ∈ {ok, ambigu, non_trouve}, the cité, score, message."""

    __slots__ = ("status", "cite_id", "score", "message", "candidates")

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
        self.exact = {}  # (insee, exact name) → [cite_id]
        for cite in cites:
            insee = str(cite.get("insee") or "").strip()
            nom = cite.get("nom") or ""
            normalized = normalize_cite_name(nom)
            self.by_insee.setdefault(insee, []).append((cite["cite_id"], normalized, nom))
            self.exact.setdefault((insee, exact_cite_name(nom)), []).append(cite["cite_id"])
            commune = normalize_commune_name(cite.get("commune"))
            if commune:
                self.insee_by_commune.setdefault(commune, set()).add(insee)
                self.communes_by_insee.setdefault(insee, {})[commune] = cite.get("commune")
            self.names[cite["cite_id"]] = nom
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

    def ranked(self, insee, commune, name):
        """Every cité of the commune (by INSEE code, or by commune name when the code is missing) as
        (score, cite_id, nom, insee, commune name), the closest to ``name`` first, then by name: the
        choice offered to a cartographer who resolves a row by hand."""
        normalized = normalize_cite_name(name)
        exact = exact_cite_name(name)
        ranked = []
        for code, (cite_id, cite_norm, cite_nom) in self.candidates((insee or "").strip(), commune):
            score = 100 if exact_cite_name(cite_nom) == exact else name_score(normalized, cite_norm)
            commune_name = sorted(self.communes_by_insee.get(code, {}).values() or [code])[0]
            ranked.append((score, cite_id, cite_nom, code, commune_name))
        ranked.sort(key=lambda item: (-item[0], strip_accents(item[2]).lower(), item[1]))
        return ranked


def match_cite(index, insee, commune, name, threshold=MATCH_THRESHOLD):
    """Find the cité of ``name`` in the commune given by ``insee`` (or by ``commune`` when the code is
    missing). Returns a :class:`Match`. Never guesses: two close candidates give ``ambigu``, a best
    score under ``threshold`` gives ``non_trouve``. A name that is exactly one cité's name (articles
    included) wins over a cité that differs from it only by an article."""
    insee = (insee or "").strip()
    normalized = normalize_cite_name(name)
    codes = index.communes_insee(insee, commune)
    if not codes:
        if insee:
            message = translate("SandtNames", "No cité of the base for the INSEE code {}: check the commune.")
            return Match("non_trouve", message=message.format(insee))
        message = translate("SandtNames", "No cité of the base for the commune \"{}\": check the commune.")
        return Match("non_trouve", message=message.format(commune or ""))
    for code in codes:
        alias = index.aliases.get((code, normalized))
        if alias:  # a cartographer's choice wins, even over a code/commune disagreement they saw
            return Match("ok", alias, 100, translate("SandtNames", "Cité recognised by a saved alias."))
    if insee:
        other = index.commune_disagrees(insee, commune)
        if other:
            message = translate("SandtNames", "The INSEE code {} is that of {} in the base, not of \"{}\": correct "
                                              "the INSEE code or the commune.")
            return Match("non_trouve", message=message.format(insee, other, commune))
    candidates = index.candidates(insee, commune)
    if not candidates:
        message = translate("SandtNames", "No cité of the base for the INSEE code {}: check the code.")
        return Match("non_trouve", message=message.format(insee))
    exact = exact_cite_name(name)
    same = [cite_id for code in codes for cite_id in index.exact.get((code, exact), ())]
    if len(same) == 1:
        return Match("ok", same[0], 100, "")
    scored = []
    for _code, (cite_id, cite_norm, cite_nom) in candidates:
        score = name_score(normalized, cite_norm)
        if score > 0:
            scored.append((score, cite_id, cite_nom))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if not scored or scored[0][0] < threshold:
        if scored:
            message = translate("SandtNames", "Cité \"{}\" is not in the base for this commune. The closest, \"{}\" "
                                              "({}), is under the threshold {}. Correct the name or choose the cité.")
            message = message.format(name, scored[0][2], scored[0][0], threshold)
        else:
            message = translate("SandtNames", "Cité \"{}\" is not in the base for this commune. Correct the name or "
                                              "choose the cité.").format(name)
        return Match("non_trouve", score=scored[0][0] if scored else 0, message=message, candidates=scored[:5])
    best = scored[0]
    close = [s for s in scored[1:] if s[0] >= threshold and best[0] - s[0] < AMBIGUITY_MARGIN]
    if close:
        quoted = translate("SandtNames", "\"{}\" ({})")
        names = ", ".join(quoted.format(s[2], s[1]) for s in [best] + close)
        message = translate("SandtNames", "Cité \"{}\": several cités are possible ({}). Choose the cité.")
        return Match("ambigu", score=best[0], message=message.format(name, names), candidates=[best] + close)
    if best[0] == 100:
        return Match("ok", best[1], 100, "")
    message = translate("SandtNames", "Name matched to \"{}\".").format(best[2])
    return Match("ok", best[1], best[0], message)
