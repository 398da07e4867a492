"""A programme typed as people type it, for measuring the matching of cité names on rows it never saw.

``typed_programme(cites, count, seed)`` picks cités of the base and writes each row's names the way the
services do: upper or lower case, accents dropped, "n°9" as "No 9", "N° 9", "n9" or "9", "Saint" as "St",
hyphens and apostrophes as spaces, the INSEE code left out (the commune name then decides, itself typed
loosely), a typo in a word of the name or in the estate word itself ("Cié", "Cit", "Ctié", "Cté"), the
estate word left out. It also adds rows naming cités that are not in the base (another estate word, or a
name absent from the commune): those must never be matched.

A typo is kept only when the typed word stays closer to the true name than to any other cité of the
commune: a slip that turns one cité's name into another's cannot be told apart by anyone.
"""

import random
import unicodedata

KEYBOARD_NEIGHBOURS = {  # AZERTY neighbours, for realistic substitutions
    "a": "zqs", "z": "aeqs", "e": "zrsd", "r": "etdf", "t": "ryfg", "y": "tugh", "u": "yihj", "i": "uojk",
    "o": "iplk", "p": "olm", "q": "aszw", "s": "qdzex", "d": "sfexc", "f": "dgrcv", "g": "fhtvb", "h": "gjybn",
    "j": "hkun", "k": "jlio", "l": "kmop", "m": "lp", "w": "xqs", "x": "wcsd", "c": "xvdf", "v": "cbfg",
    "b": "vngh", "n": "bhj",
}
ESTATE_SLIPS = ("Cié", "Cit", "Ctié", "Cté", "Citée", "Cit.", "Cite")
ABSENT_NAMES = ("des Alouettes", "du Moulin Rouge", "des Tilleuls Nord", "de la Gare", "Sainte-Thérèse",
                "des Bleuets", "du Rivage")


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _plain(text):
    return " ".join(strip_accents(text).lower().replace("-", " ").replace("'", " ").split())


def distance(a, b):
    """Levenshtein distance (with transpositions)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def _typo(word, rng):
    """One slip in ``word``: a letter dropped, doubled, replaced by a neighbour key, or two swapped."""
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 2:
        return word
    i = rng.choice(letters[1:])  # the first letter is rarely wrong
    kind = rng.choice(("drop", "double", "neighbour", "swap"))
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "neighbour":
        neighbours = KEYBOARD_NEIGHBOURS.get(strip_accents(word[i]).lower())
        if not neighbours:
            return word[:i] + word[i + 1:]
        return word[:i] + rng.choice(neighbours) + word[i + 1:]
    if i + 1 < len(word) and word[i + 1].isalpha():
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def _number_style(name, rng):
    """"Cité n°9" written "No 9", "N° 9", "n9", "numéro 9" or "9"."""
    if "n°" not in name:
        return name
    style = rng.choice(("n°{}", "No {}", "N° {}", "n{}", "numéro {}", "{}", "N°{}", "no{}"))
    head, _sep, number = name.partition("n°")
    return head + style.format(number.strip())


def _saint_style(name, rng):
    for full, short in (("Sainte-", "Ste "), ("Saint-", "St "), ("Sainte-", "Ste-"), ("Saint-", "St-")):
        if full in name and rng.random() < 0.6:
            return name.replace(full, short, 1)
    return name


def _estate_word(name, rng, slip):
    for kind in ("Cité-jardin", "Cité", "Coron"):
        if name.startswith(kind):
            rest = name[len(kind):]
            if slip and kind.startswith("Cité"):
                return rng.choice(ESTATE_SLIPS) + (rest if kind == "Cité" else "-jardin" + rest)
            return name
    return name


def type_name(name, others, rng):
    """``name`` as someone types it; ``others`` are the other cités' names of the commune."""
    typed = _number_style(name, rng)
    typed = _saint_style(typed, rng)
    if rng.random() < 0.08:
        typed = _estate_word(typed, rng, slip=True)
    if rng.random() < 0.15:
        words = typed.split(" ")
        candidates = [i for i, w in enumerate(words) if len(w) >= 5 and not any(ch.isdigit() for ch in w)
                      and i > 0]
        if candidates:
            i = rng.choice(candidates)
            for _attempt in range(5):
                slipped = words[:i] + [_typo(words[i], rng)] + words[i + 1:]
                attempt = " ".join(slipped)
                mine = distance(_plain(attempt), _plain(name))
                if all(distance(_plain(attempt), _plain(other)) > mine for other in others):
                    typed = attempt
                    break
    if rng.random() < 0.25:
        typed = typed.replace("-", " ")
    if rng.random() < 0.15:
        typed = typed.replace("'", " ")
    if rng.random() < 0.3:
        typed = strip_accents(typed)
    roll = rng.random()
    if roll < 0.2:
        typed = typed.upper()
    elif roll < 0.3:
        typed = typed.lower()
    if rng.random() < 0.05:
        typed = "  {} ".format(typed)  # stray spaces
    return typed


def type_commune(commune, rng):
    typed = commune
    if rng.random() < 0.4:
        typed = typed.upper()
    if rng.random() < 0.3:
        typed = strip_accents(typed)
    if rng.random() < 0.3:
        typed = typed.replace("-", " ")
    return typed


def typed_programme(cites, count, seed, missing_insee=0.2, absent_share=0.1):
    """(rows, truths): ``count`` programme rows (lists in the order of conftest.HEADER) and, for each, the
    cite_id it names (None for a cité that is not in the base)."""
    rng = random.Random(seed)
    by_insee = {}
    for cite in cites:
        by_insee.setdefault(cite["insee"], []).append(cite)
    reseaux = {"voirie": ("Voirie", "VOIRIE", "voirie"), "eau_potable": ("AEP", "Eau potable"),
               "assainissement": ("Assainissement EU/EP", "Assainissement"), "eclairage": ("Éclairage public",)}
    statuts = ("Programmé", "En cours", "Achevé", "Terminé", "Travaux en cours", "prévu")
    rows, truths, used = [], [], set()
    while len(rows) < count:
        cite = rng.choice(cites)
        commune_cites = by_insee[cite["insee"]]
        others = [c["nom"] for c in commune_cites if c["cite_id"] != cite["cite_id"]]
        truth = cite["cite_id"]
        if rng.random() < absent_share:
            existing = {_plain(c["nom"]) for c in commune_cites}
            swapped = cite["nom"].replace("Cité ", "Coron ", 1) if cite["nom"].startswith("Cité ") else \
                cite["nom"].replace("Coron ", "Cité ", 1)
            name = swapped if swapped != cite["nom"] and _plain(swapped) not in existing else \
                "Cité " + rng.choice(ABSENT_NAMES)
            if _plain(name) in existing:
                continue
            typed, truth = type_name(name, others + [cite["nom"]], rng), None
        else:
            typed = type_name(cite["nom"], others, rng)
        # one row per cité, réseau and year: a repeated one would be a "doublon", another matter
        code, year = rng.choice(sorted(reseaux)), rng.randrange(1975, 2035)
        if (truth or typed, code, year) in used:
            continue
        used.add((truth or typed, code, year))
        insee = "" if rng.random() < missing_insee else cite["insee"]
        commune = type_commune(cite["commune"], rng)
        amount = "{:,.2f}".format(rng.uniform(5000, 900000)).replace(",", " ").replace(".", ",")
        rows.append([insee, commune, typed, rng.choice(reseaux[code]), rng.choice(statuts), str(year), amount, "",
                     ""])
        truths.append(truth)
    return rows, truths
