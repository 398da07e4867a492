"""The heritage grid: a cité's note from its criterion scores and their weights, ranks with ties, classes
by thresholds or by counts, and how stable each class is when the weights move.

Plain Python (no QGIS). A refusal is a :class:`PatrimoineError` whose message says what to fix, in the
user's language.
"""

import math
import numpy
from decimal import ROUND_HALF_UP, Decimal

from ..compat import is_null
from ..i18n import translate

DEFAULT_CRITERIA = ("architecture", "urbanisme", "paysage", "histoire", "symbolique")
EXCEPTIONNELLE, REMARQUABLE, TEMOIN, A_COMPLETER = "exceptionnelle", "remarquable", "temoin", "a_completer"
CLASSES = (EXCEPTIONNELLE, REMARQUABLE, TEMOIN, A_COMPLETER)
SEUILS, EFFECTIFS = "seuils", "effectifs"
METHODS = (SEUILS, EFFECTIFS)
MIN_CRITERIA_PRESENT = 3
SCORE_MAX = 3.0
DEFAULT_THRESHOLDS = (75.0, 50.0)
DEFAULT_COUNTS = (40, 169)
STABILITY_DRAWS = 200
WEIGHT_FACTOR_RANGE = (0.8, 1.2)
STABILITY_SEED = 2006  # the year the Mission built the grid: the same draws on every run and machine


class PatrimoineError(Exception):
    """A refusal or a failure, with a message saying what to fix."""


def parse_number(value):
    """A float from 2, 2.5, "2,5", " 2.5 "; None for a blank or NULL value. Raises ValueError otherwise."""
    if is_null(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if not text:
            return None
        number = float(text.replace(",", "."))  # ValueError for "bon", "2,5,1"
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def read_score(value):
    """A criterion score in [0, 3] (decimals allowed), or None when missing. Raises ValueError when the value
    is not a number or lies outside 0–3."""
    number = parse_number(value)
    if number is not None and not 0.0 <= number <= SCORE_MAX:
        raise ValueError(value)
    return number


def parse_criteria(flat):
    """[(field, weight)…] from the flat matrix [field, weight, field, weight, …]; the five criteria of the
    grid with weight 1 when ``flat`` is empty. Refuses odd lengths, empty fields, fields given twice,
    weights that are not numbers or negative, fewer than three criteria, and all-zero weights."""
    values = list(flat or [])
    if not values:
        return [(name, 1.0) for name in DEFAULT_CRITERIA]
    if len(values) % 2:
        raise PatrimoineError(translate(
            "PatrimoineGrid", "The criteria must come as pairs of field and weight: {} values given.").format(len(values)))
    criteria, seen = [], set()
    for row, start in enumerate(range(0, len(values), 2), 1):
        field = "" if is_null(values[start]) else str(values[start]).strip()
        if not field:
            raise PatrimoineError(translate("PatrimoineGrid", "Criterion row {}: the field is empty.").format(row))
        try:
            weight = parse_number(values[start + 1])
        except ValueError:
            weight = math.nan
        if weight is None or math.isnan(weight):
            raise PatrimoineError(translate(
                "PatrimoineGrid", "Criterion {}: the weight « {} » is not a number.").format(field, values[start + 1]))
        if weight < 0:
            raise PatrimoineError(translate(
                "PatrimoineGrid", "Criterion {}: a weight cannot be negative ({}).").format(field, values[start + 1]))
        if field in seen:
            raise PatrimoineError(translate("PatrimoineGrid", "The criterion {} is given twice.").format(field))
        seen.add(field)
        criteria.append((field, weight))
    if len(criteria) < MIN_CRITERIA_PRESENT:
        raise PatrimoineError(translate(
            "PatrimoineGrid", "The grid needs at least {} criteria (a note needs three scores): {} given.").format(
            MIN_CRITERIA_PRESENT, len(criteria)))
    if not any(weight > 0 for _field, weight in criteria):
        raise PatrimoineError(translate(
            "PatrimoineGrid", "Every weight is zero: give at least one criterion a positive weight."))
    return criteria


def check_thresholds(exceptionnelle, remarquable):
    """Refuse thresholds outside 0–100 or a remarquable threshold not below the exceptionnelle one."""
    for value in (exceptionnelle, remarquable):
        if not 0.0 <= value <= 100.0:
            raise PatrimoineError(translate(
                "PatrimoineGrid", "A threshold is a note between 0 and 100: {} given.").format(value))
    if remarquable >= exceptionnelle:
        raise PatrimoineError(translate(
            "PatrimoineGrid", "The remarquable threshold ({}) must be lower than the exceptionnelle threshold ({})."
        ).format(remarquable, exceptionnelle))


def check_counts(exceptionnelles, remarquables):
    for value in (exceptionnelles, remarquables):
        if value < 0:
            raise PatrimoineError(translate(
                "PatrimoineGrid", "A number of cités per class cannot be negative: {} given.").format(value))


def round_note(value):
    """A note rounded half up to 2 decimals (77.775 → 77.78), as a person rounds it."""
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def raw_note(scores, weights):
    """100 / 3 × Σ wᵢ·sᵢ / Σ wᵢ over the scores present (None = missing), unrounded; None with fewer than
    three scores present or when their weights are all zero."""
    total_weight = total = 0.0
    present = 0
    for score, weight in zip(scores, weights):
        if score is None:
            continue
        present += 1
        total_weight += weight
        total += weight * score
    if present < MIN_CRITERIA_PRESENT or total_weight <= 0:
        return None
    return 100.0 * total / (SCORE_MAX * total_weight)


def note(scores, weights):
    """The rounded note of one cité (see :func:`raw_note`)."""
    value = raw_note(scores, weights)
    return None if value is None else round_note(value)


def competition_ranks(notes):
    """1 = best note; equal notes share a rank and the next rank skips (1, 2, 2, 4); None stays None."""
    first = {}
    for position, value in enumerate(sorted((n for n in notes if n is not None), reverse=True), 1):
        first.setdefault(value, position)
    return [None if value is None else first[value] for value in notes]


def classes_by_thresholds(notes, thresholds):
    exceptionnelle, remarquable = thresholds
    classes = []
    for value in notes:
        if value is None:
            classes.append(A_COMPLETER)
        elif value >= exceptionnelle:
            classes.append(EXCEPTIONNELLE)
        elif value >= remarquable:
            classes.append(REMARQUABLE)
        else:
            classes.append(TEMOIN)
    return classes


def classes_by_counts(ranks, counts):
    """Classes from ranks: rank ≤ NB_EXCEPTIONNELLES, else ≤ NB_EXCEPTIONNELLES + NB_REMARQUABLES; cités
    tied at a boundary all take the higher class."""
    exceptionnelles, remarquables = counts
    classes = []
    for rank in ranks:
        if rank is None:
            classes.append(A_COMPLETER)
        elif rank <= exceptionnelles:
            classes.append(EXCEPTIONNELLE)
        elif rank <= exceptionnelles + remarquables:
            classes.append(REMARQUABLE)
        else:
            classes.append(TEMOIN)
    return classes


def classify(notes, method, thresholds=DEFAULT_THRESHOLDS, counts=DEFAULT_COUNTS):
    """(ranks, classes) of rounded ``notes`` by ``method`` (seuils or effectifs)."""
    ranks = competition_ranks(notes)
    if method == EFFECTIFS:
        return ranks, classes_by_counts(ranks, counts)
    return ranks, classes_by_thresholds(notes, thresholds)


class CountExcess:
    """Cités tied at a boundary of the counts method: ``count`` cités took the classes down to
    ``classe`` where ``asked`` were asked; the last of them has rank ``rank`` and note ``note``."""

    def __init__(self, classe, count, asked, rank, note_value):
        self.classe, self.count, self.asked, self.rank, self.note = classe, count, asked, rank, note_value

    @property
    def extra(self):
        return self.count - self.asked


def count_excesses(notes, ranks, classes, counts):
    """The boundaries of the counts method where ties gave more cités than asked ([] when none)."""
    excesses, upper, asked = [], [], 0
    for classe, wanted in zip((EXCEPTIONNELLE, REMARQUABLE), counts):
        upper.append(classe)
        asked += wanted
        members = [i for i, c in enumerate(classes) if c in upper]
        if len(members) > asked:
            last = max(members, key=lambda i: ranks[i])
            excesses.append(CountExcess(classe, len(members), asked, ranks[last], notes[last]))
    return excesses


class Ranking:
    """The result of :func:`rank_cites`, one entry per cité in the order given."""

    def __init__(self, notes, missing, ranks, classes, stabilities, excesses):
        self.notes = notes
        self.missing = missing
        self.ranks = ranks
        self.classes = classes
        self.stabilities = stabilities
        self.excesses = excesses

    def counts(self):
        return {classe: self.classes.count(classe) for classe in CLASSES}


def weight_draws(criteria_count, draws=STABILITY_DRAWS, seed=STABILITY_SEED):
    """``draws`` lists of ``criteria_count`` weight factors, each uniform in [0.8, 1.2], from a seeded
    generator: the same on every run and every machine."""
    # numpy's generator, not the random module: its stream is specified and stable across versions.
    low, high = WEIGHT_FACTOR_RANGE
    return numpy.random.default_rng(seed).uniform(low, high, size=(draws, criteria_count)).tolist()


def rank_cites(score_rows, criteria, method=SEUILS, thresholds=DEFAULT_THRESHOLDS, counts=DEFAULT_COUNTS,
               draws=STABILITY_DRAWS, seed=STABILITY_SEED, feedback=None):
    """Notes, missing criteria, ranks, classes and stabilities of the cités.

    ``score_rows``: one list per cité of its scores (float or None when missing) in the order of
    ``criteria`` ([(field, weight)…]). Stability is the share of ``draws`` seeded draws — every weight
    multiplied by its own factor in [0.8, 1.2], notes rounded, classes recomputed by the same method (by
    counts: re-ranked) — in which a cité keeps its class; None for a cité à compléter. ``feedback`` (a
    QgsFeedback or None) gets the progress of the draws and may cancel them (then stabilities are None).
    """
    if method not in METHODS:
        raise PatrimoineError(translate("PatrimoineGrid", "Unknown method « {} »: seuils or effectifs.").format(method))
    if method == SEUILS:
        check_thresholds(*thresholds)
    else:
        check_counts(*counts)
    fields = [field for field, _weight in criteria]
    weights = [weight for _field, weight in criteria]
    notes = [note(scores, weights) for scores in score_rows]
    missing = [[field for field, score in zip(fields, scores) if score is None] for scores in score_rows]
    ranks, classes = classify(notes, method, thresholds, counts)
    excesses = count_excesses(notes, ranks, classes, counts) if method == EFFECTIFS else []

    graded = [i for i, value in enumerate(notes) if value is not None]
    kept = [0] * len(score_rows)
    done = 0
    for number, factors in enumerate(weight_draws(len(criteria), draws, seed), 1):
        if feedback is not None and feedback.isCanceled():
            break
        drawn = [w * f for w, f in zip(weights, factors)]
        draw_notes = [None] * len(score_rows)
        for i in graded:
            value = raw_note(score_rows[i], drawn)
            draw_notes[i] = None if value is None else round_note(value)
        _ranks, draw_classes = classify(draw_notes, method, thresholds, counts)
        for i in graded:
            if draw_classes[i] == classes[i]:
                kept[i] += 1
        done = number
        if feedback is not None:
            feedback.setProgress(100.0 * number / draws)
    complete = done == draws and draws > 0
    stabilities = [round(kept[i] / draws, 3) if complete and notes[i] is not None else None
                   for i in range(len(score_rows))]
    return Ranking(notes, missing, ranks, classes, stabilities, excesses)
