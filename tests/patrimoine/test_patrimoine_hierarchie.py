"""mbm:patrimoine_hierarchie through Processing: fields and values computed by hand, both methods, bad input."""

import pytest
from qgis.core import QgsProcessingException

GRID_FIELDS = ["note", "criteres_manquants", "rang", "classe", "stabilite"]


def rank(run_alg, layer, feedback=None, **parameters):
    params = {"INPUT": layer, "OUTPUT": "memory:"}
    params.update(parameters)
    return run_alg("mbm:patrimoine_hierarchie", params, feedback=feedback)


def test_weights_missing_criteria_ranks_and_classes(run_alg, patrimoine, rows_by_id):
    layer = patrimoine.make_cites([
        (3, 2, 1, 2, 3),           # C1: (2·3 + 2 + 1 + 2 + 3) / 6 → 1400/18 = 77.78
        (3, 2, None, 2, 3),        # C2: paysage missing, 13 / 5 → 86.67
        (3, None, None, None, 1),  # C3: two scores → à compléter
        (1, 1, 1, 1, 1),           # C4: 33.33
        (1.5, 1.5, 1.5, 1.5, 1.5),  # C5: 50.00, exactly the remarquable threshold
        (1, 1, 1, 1, 1),           # C6: 33.33, tied with C4
    ])
    result = rank(run_alg, layer, CRITERIA=["architecture", 2, "urbanisme", 1, "paysage", 1, "histoire", 1,
                                            "symbolique", 1])
    output = result["OUTPUT"]
    assert output.fields().names() == ["cite_id", "nom", "architecture", "urbanisme", "paysage", "histoire",
                                       "symbolique"] + GRID_FIELDS
    rows = rows_by_id(output)
    assert [rows[c]["note"] for c in ("C1", "C2", "C3", "C4", "C5", "C6")] == [77.78, 86.67, None, 33.33, 50.0, 33.33]
    assert [rows[c]["rang"] for c in ("C1", "C2", "C3", "C4", "C5", "C6")] == [2, 1, None, 4, 3, 4]
    assert [rows[c]["classe"] for c in ("C1", "C2", "C3", "C4", "C5", "C6")] == [
        "exceptionnelle", "exceptionnelle", "a_completer", "temoin", "remarquable", "temoin"]
    assert rows["C2"]["criteres_manquants"] == "paysage"
    assert rows["C3"]["criteres_manquants"] == "urbanisme, paysage, histoire"
    assert rows["C1"]["criteres_manquants"] == ""
    assert rows["C3"]["stabilite"] is None
    assert rows["C4"]["stabilite"] == 1.0 and rows["C5"]["stabilite"] == 1.0  # equal scores never move
    assert (result["NB_EXCEPTIONNELLE"], result["NB_REMARQUABLE"], result["NB_TEMOIN"], result["NB_A_COMPLETER"]) \
        == (2, 1, 2, 1)


def test_counts_with_ties_warn_how_many_more(run_alg, patrimoine, rows_by_id, recording_feedback):
    layer = patrimoine.make_cites([(3,) * 5, (2.5,) * 5, (2.5,) * 5, (2,) * 5, (1,) * 5, (1,) * 5, (0,) * 5])
    feedback = recording_feedback()
    result = rank(run_alg, layer, feedback, METHOD="effectifs", NB_EXCEPTIONNELLES=2, NB_REMARQUABLES=2)
    rows = rows_by_id(result["OUTPUT"])
    assert [rows["C{}".format(n)]["rang"] for n in range(1, 8)] == [1, 2, 2, 4, 5, 5, 7]
    assert [rows["C{}".format(n)]["classe"] for n in range(1, 8)] == [
        "exceptionnelle"] * 3 + ["remarquable"] + ["temoin"] * 3
    assert any("3 cités are exceptionnelles where 2 were asked (1 more)" in w and "rank 2" in w
               for w in feedback.warnings), feedback.warnings


def test_stability_far_and_on_a_threshold(run_alg, patrimoine, rows_by_id):
    layer = patrimoine.make_cites([(3, 3, 3, 3, 2), (3, 3, 2.25, 1.5, 1.5), (2.25,) * 5])
    rows = rows_by_id(rank(run_alg, layer)["OUTPUT"])
    assert rows["C1"]["stabilite"] == 1.0
    assert rows["C2"]["note"] == 75.0 and rows["C2"]["classe"] == "exceptionnelle"
    assert 0.0 < rows["C2"]["stabilite"] < 1.0
    assert rows["C3"]["stabilite"] == 1.0


def test_scores_typed_as_text_with_decimal_commas(run_alg, patrimoine, rows_by_id):
    layer = patrimoine.make_cites([("3", "2,5", " 2 ", "", "1,5"), ("1", "1", "1", "1", "1")], score_type="string")
    rows = rows_by_id(rank(run_alg, layer)["OUTPUT"])
    # (3 + 2.5 + 2 + 1.5) / 4 → 900/12 = 75.00
    assert rows["C1"]["note"] == 75.0 and rows["C1"]["criteres_manquants"] == "histoire"


def test_running_again_on_its_output_replaces_the_fields(run_alg, patrimoine, rows_by_id):
    first = rank(run_alg, patrimoine.make_cites([(3,) * 5, (1,) * 5]))["OUTPUT"]
    again = rank(run_alg, first, METHOD="effectifs", NB_EXCEPTIONNELLES=0, NB_REMARQUABLES=1)["OUTPUT"]
    assert again.fields().names() == first.fields().names()
    rows = rows_by_id(again)
    assert rows["C1"]["classe"] == "remarquable" and rows["C2"]["classe"] == "temoin"


def test_scores_out_of_range_are_refused_and_listed(run_alg, patrimoine):
    layer = patrimoine.make_cites([(4, 1, 1, 1, 1), (1, 1, 1, 1, 1), ({"architecture": "bon", "urbanisme": "1"})],
                                  score_type="string")
    with pytest.raises(QgsProcessingException, match=r"Scores that are not numbers from 0 to 3 \(2\): C1 architecture = « 4 »; "
                                                     r"C3 architecture = « bon »"):
        rank(run_alg, layer)


def test_missing_criterion_field_names_the_fields_of_the_layer(run_alg, patrimoine):
    layer = patrimoine.make_cites([(1, 1, 1, 1, 1)])
    with pytest.raises(QgsProcessingException, match=r"no field patrimoine_bati.*fields of the layer: cite_id, nom"):
        rank(run_alg, layer, CRITERIA=["patrimoine_bati", 1, "urbanisme", 1, "paysage", 1])


def test_layer_without_cite_id_is_refused(run_alg, patrimoine):
    layer = patrimoine.make_layer("MultiPolygon?crs=EPSG:2154&field=id:string&field=architecture:double",
                                  [(patrimoine.square(0), {"id": "A", "architecture": 1})])
    with pytest.raises(QgsProcessingException, match="no field cite_id"):
        rank(run_alg, layer)


@pytest.mark.parametrize("parameters, words", [
    ({"SEUIL_EXCEPTIONNELLE": 50, "SEUIL_REMARQUABLE": 60}, "must be lower"),
    ({"CRITERIA": ["architecture", "-1", "urbanisme", "1", "paysage", "1"]}, "cannot be negative"),
    ({"CRITERIA": ["architecture", "1", "urbanisme", "1"]}, "at least 3 criteria"),
])
def test_bad_parameters_are_refused(run_alg, patrimoine, parameters, words):
    with pytest.raises(QgsProcessingException, match=words):
        rank(run_alg, patrimoine.make_cites([(1, 1, 1, 1, 1)]), **parameters)


def test_sample_cites_give_the_inventory_classes(run_alg, sample_data):
    result = rank(run_alg, "{}|layername=cites".format(sample_data / "bassin_minier_synthetique.gpkg"))
    assert (result["NB_EXCEPTIONNELLE"], result["NB_REMARQUABLE"], result["NB_TEMOIN"], result["NB_A_COMPLETER"]) \
        == (40, 169, 351, 3)
    output = result["OUTPUT"]
    stabilities = [f["stabilite"] for f in output.getFeatures() if f["classe"] != "a_completer"]
    assert min(stabilities) < 1.0 and max(stabilities) == 1.0
