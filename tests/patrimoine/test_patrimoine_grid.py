"""The heritage grid without Processing: notes, ranks, both class methods, stability — values computed by hand."""

import pytest

from bassin_minier.mbm_qgis_plugin.patrimoine import grid
from bassin_minier.mbm_qgis_plugin.patrimoine.grid import (
    A_COMPLETER,
    EXCEPTIONNELLE,
    REMARQUABLE,
    TEMOIN,
    PatrimoineError,
)

# architecture counts twice: Σw = 6 with every criterion present
WEIGHTED = [("architecture", 2.0), ("urbanisme", 1.0), ("paysage", 1.0), ("histoire", 1.0), ("symbolique", 1.0)]
WEIGHTS = [w for _f, w in WEIGHTED]


def test_note_with_weights():
    # 100/3 × (2·3 + 2 + 1 + 2 + 3) / 6 = 1400/18 = 77.777… → 77.78
    assert grid.note([3, 2, 1, 2, 3], WEIGHTS) == 77.78
    # decimals: (2·2.5 + 1.5 + 0.5 + 1 + 0) / 6 → 800/18 = 44.444… → 44.44
    assert grid.note([2.5, 1.5, 0.5, 1, 0], WEIGHTS) == 44.44


def test_note_over_the_criteria_present_only():
    # paysage missing: Σw = 5, Σws = 6 + 2 + 2 + 3 = 13 → 1300/15 = 86.666… → 86.67
    assert grid.note([3, 2, None, 2, 3], WEIGHTS) == 86.67
    # three present (architecture, histoire, symbolique): (6 + 1 + 1) / 4 → 800/12 = 66.67
    assert grid.note([3, None, None, 1, 1], WEIGHTS) == 66.67
    # two present: no note
    assert grid.note([3, None, None, None, 1], WEIGHTS) is None
    assert grid.note([None] * 5, WEIGHTS) is None


def test_missing_criteria_and_class_to_complete():
    ranking = grid.rank_cites([[3, 2, None, 2, 3], [3, None, None, None, 1], [1, 1, 1, 1, 1]], WEIGHTED)
    assert ranking.notes == [86.67, None, 33.33]
    assert ranking.missing == [["paysage"], ["urbanisme", "paysage", "histoire"], []]
    assert ranking.classes == [EXCEPTIONNELLE, A_COMPLETER, TEMOIN]
    assert ranking.ranks == [1, None, 2]
    assert ranking.stabilities[1] is None


def test_note_is_rounded_half_up():
    assert grid.round_note(77.775) == 77.78
    assert grid.round_note(44.444) == 44.44
    assert grid.round_note(12.005) == 12.01


def test_ranks_share_ties():
    assert grid.competition_ranks([80.0, 90.0, 80.0, 70.0]) == [2, 1, 2, 4]
    assert grid.competition_ranks([50.0, None, 50.0, 50.0, 10.0]) == [1, None, 1, 1, 4]
    assert grid.competition_ranks([]) == []


def test_classes_by_thresholds_at_the_boundaries():
    notes = [75.0, 74.99, 50.0, 49.99, None]
    assert grid.classes_by_thresholds(notes, (75, 50)) == [EXCEPTIONNELLE, REMARQUABLE, REMARQUABLE, TEMOIN,
                                                            A_COMPLETER]


def test_class_comes_from_the_rounded_note():
    # weights 3,1,1,1,1: (9 + 3 + 3 + 0.7493 + 0) / 7 × 100/3 = 74.9967 → note 75.00 → exceptionnelle
    criteria = [("architecture", 3.0), ("urbanisme", 1.0), ("paysage", 1.0), ("histoire", 1.0), ("symbolique", 1.0)]
    scores = [3, 3, 3, 0.7493, 0]
    assert grid.raw_note(scores, [3, 1, 1, 1, 1]) < 75
    ranking = grid.rank_cites([scores], criteria, draws=0)
    assert ranking.notes == [75.0] and ranking.classes == [EXCEPTIONNELLE]


def test_classes_by_counts_with_ties_at_the_boundaries():
    notes = [90.0, 80.0, 80.0, 70.0, 60.0, 60.0, 50.0]
    ranks = grid.competition_ranks(notes)
    assert ranks == [1, 2, 2, 4, 5, 5, 7]
    # 2 exceptionnelles asked: the two cités tied at rank 2 both take the higher class → 3
    classes = grid.classes_by_counts(ranks, (2, 3))
    assert classes == [EXCEPTIONNELLE] * 3 + [REMARQUABLE] * 3 + [TEMOIN]
    excesses = grid.count_excesses(notes, ranks, classes, (2, 3))
    assert [(e.classe, e.count, e.asked, e.extra, e.rank, e.note) for e in excesses] == [
        (EXCEPTIONNELLE, 3, 2, 1, 2, 80.0),
        (REMARQUABLE, 6, 5, 1, 5, 60.0)]  # ranks 5 and 5 are both inside "2 + 3"
    classes = grid.classes_by_counts(ranks, (1, 3))
    assert classes == [EXCEPTIONNELLE] + [REMARQUABLE] * 3 + [TEMOIN] * 3
    assert grid.count_excesses(notes, ranks, classes, (1, 3)) == []


def test_rank_cites_by_counts():
    rows = [[3, 3, 3, 3, 3], [2, 2, 2, 2, 2], [2, 2, 2, 2, 2], [1, 1, 1, 1, 1], [None, None, 1, 1, 1]]
    ranking = grid.rank_cites(rows, grid.parse_criteria(None), method="effectifs", counts=(1, 1))
    assert ranking.notes == [100.0, 66.67, 66.67, 33.33, 33.33]
    assert ranking.ranks == [1, 2, 2, 4, 4]
    assert ranking.classes == [EXCEPTIONNELLE, REMARQUABLE, REMARQUABLE, TEMOIN, TEMOIN]
    assert [(e.classe, e.count, e.asked) for e in ranking.excesses] == [(REMARQUABLE, 3, 2)]
    # equal scores: no weight can move them
    assert ranking.stabilities == [1.0] * 5


def test_stability_far_from_thresholds_is_one():
    # (3, 3, 3, 3, 2): the lowest weighted mean is 3 − 1.2/4.4 = 2.727 → note 90.9 ≥ 75 in every draw
    ranking = grid.rank_cites([[3, 3, 3, 3, 2], [1, 1, 1, 0, 1]], grid.parse_criteria(None))
    assert ranking.classes == [EXCEPTIONNELLE, TEMOIN]
    assert ranking.stabilities == [1.0, 1.0]


def test_stability_on_a_threshold_with_unequal_scores_is_below_one():
    # (3, 3, 2.25, 1.5, 1.5): mean 2.25 → note 75.00, exactly the threshold; moving the weights moves the
    # note on either side. Equal scores on the same threshold never move.
    ranking = grid.rank_cites([[3, 3, 2.25, 1.5, 1.5], [2.25] * 5], grid.parse_criteria(None))
    assert ranking.notes == [75.0, 75.0]
    assert ranking.classes == [EXCEPTIONNELLE, EXCEPTIONNELLE]
    assert 0.0 < ranking.stabilities[0] < 1.0
    assert ranking.stabilities[1] == 1.0


def test_stability_is_seeded_and_draws_are_in_range():
    rows = [[3, 3, 2.25, 1.5, 1.5], [3, 0, 2, 1, 2.5], [1, 2, 3, 0.5, 2]]
    first = grid.rank_cites(rows, grid.parse_criteria(None)).stabilities
    assert grid.rank_cites(rows, grid.parse_criteria(None)).stabilities == first
    draws = grid.weight_draws(5)
    assert len(draws) == 200 and all(len(d) == 5 and all(0.8 <= f <= 1.2 for f in d) for d in draws)
    assert draws == grid.weight_draws(5) and draws != grid.weight_draws(5, seed=7)


def test_cancelled_draws_leave_no_stability(qgis_app):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    feedback.cancel()
    ranking = grid.rank_cites([[3, 3, 2.25, 1.5, 1.5]] * 3, grid.parse_criteria(None), feedback=feedback)
    assert ranking.notes == [75.0] * 3 and ranking.stabilities == [None] * 3


def test_default_criteria_and_parsing():
    assert grid.parse_criteria(None) == [(name, 1.0) for name in grid.DEFAULT_CRITERIA]
    assert grid.parse_criteria(["a", "2", "b", "1,5", "c", 0]) == [("a", 2.0), ("b", 1.5), ("c", 0.0)]


@pytest.mark.parametrize("flat, words", [
    (["a", "1", "b"], "pairs"),
    (["a", "1", "", "1", "c", "1"], "empty"),
    (["a", "un", "b", "1", "c", "1"], "not a number"),
    (["a", "-1", "b", "1", "c", "1"], "negative"),
    (["a", "1", "a", "1", "c", "1"], "twice"),
    (["a", "1", "b", "1"], "at least 3"),
    (["a", "0", "b", "0", "c", "0"], "zero"),
])
def test_bad_criteria_are_refused(flat, words):
    with pytest.raises(PatrimoineError, match=words):
        grid.parse_criteria(flat)


@pytest.mark.parametrize("value, expected", [
    (2, 2.0), (2.5, 2.5), ("2,5", 2.5), (" 1.5 ", 1.5), ("", None), (None, None), (0, 0.0), (3, 3.0)])
def test_scores(value, expected):
    assert grid.read_score(value) == expected


@pytest.mark.parametrize("value", [4, -0.5, "bon", "3,5", True])
def test_bad_scores(value):
    with pytest.raises(ValueError):
        grid.read_score(value)


def test_bad_thresholds_and_counts():
    with pytest.raises(PatrimoineError, match="lower"):
        grid.rank_cites([[1, 1, 1, 1, 1]], grid.parse_criteria(None), thresholds=(50, 75))
    with pytest.raises(PatrimoineError, match="between 0 and 100"):
        grid.rank_cites([[1, 1, 1, 1, 1]], grid.parse_criteria(None), thresholds=(120, 50))
    with pytest.raises(PatrimoineError, match="negative"):
        grid.rank_cites([[1, 1, 1, 1, 1]], grid.parse_criteria(None), method="effectifs", counts=(-1, 2))
