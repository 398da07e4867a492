"""mbm:patrimoine_croisement against a hand-made base Sandt, hazards and UNESCO perimeters drawn by hand.

The cités C1…C5 are 200 m squares in a row, 300 m apart: C1 x∈[0,200], C2 [300,500], C3 [600,800],
C4 [900,1100], C5 [1200,1400] (metres from X0, Y0), all y∈[0,200].
"""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingException, QgsProject

from bassin_minier.mbm_qgis_plugin.patrimoine import crossing

EXPECTED = {  # cite_id: (unesco, avancement_pct, reseaux_restants, alea_max, aleas)
    "C1": ("bien", 100.0, 0, "fort", "effondrement localisé — fort, émission de gaz de mine — moyen"),
    "C2": ("zone_tampon", 25.0, 3, "fort", "effondrement localisé — fort"),
    "C3": ("zone_tampon", 0.0, 4, "moyen", "émission de gaz de mine — moyen"),
    "C4": ("zone_tampon", 75.0, 1, "aucun", ""),
    "C5": ("hors", None, None, "faible", "tassement — faible"),
}


@pytest.fixture()
def unesco(patrimoine):
    """The bien around C1 and a buffer zone over C1…C4 (C4 partly), drawn in NTF Lambert Nord (EPSG:27561)."""
    from qgis.core import QgsGeometry

    to_ntf = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                    QgsCoordinateReferenceSystem("EPSG:27561"), QgsProject.instance())

    def ntf(box):
        geometry = QgsGeometry.fromWkt(patrimoine.rectangle(*box))
        geometry = geometry.densifyByCount(10)
        geometry.transform(to_ntf)
        return geometry.asWkt()

    return patrimoine.make_layer("Polygon?crs=EPSG:27561&field=statut:string",
                                 [(ntf((-10, -10, 210, 210)), {"statut": "Bien inscrit"}),
                                  (ntf((-300, -300, 1000, 500)), {"statut": "Zone tampon"})], "unesco")


@pytest.fixture()
def ranked_cites(patrimoine):
    return patrimoine.make_cites([(3,) * 5, (2,) * 5, (1,) * 5, (2.5,) * 5, (0,) * 5],
                                 extra_fields=[("classe", "string")])


def cross(run_alg, cites, base, feedback=None, **parameters):
    params = {"CITES": cites, "BASE": base, "OUTPUT": "memory:"}
    params.update(parameters)
    return run_alg("mbm:patrimoine_croisement", params, feedback=feedback)["OUTPUT"]


def test_crossing_against_a_hand_made_base(run_alg, ranked_cites, hand_base, hazards, unesco, rows_by_id,
                                           recording_feedback):
    feedback = recording_feedback()
    output = cross(run_alg, ranked_cites, hand_base, feedback, HAZARDS=hazards, UNESCO=unesco)
    names = output.fields().names()
    assert names == ranked_cites.fields().names() + ["commune", "unesco", "avancement_pct", "reseaux_restants",
                                                      "alea_max", "aleas"]
    rows = rows_by_id(output)
    for cite_id, (status, pct, remaining, worst, pairs) in EXPECTED.items():
        row = rows[cite_id]
        assert (row["unesco"], row["avancement_pct"], row["reseaux_restants"], row["alea_max"], row["aleas"]) == \
            (status, pct, remaining, worst, pairs), cite_id
    assert rows["C1"]["commune"] == "Lens" and rows["C5"]["commune"] is None
    assert rows["C1"]["nom"] == "Cité n°1"  # the layer's own name wins over the base's
    assert any("Cités not in the Sandt base (1)" in w and "C5" in w for w in feedback.warnings), feedback.warnings
    # reseaux_restants = 4 × (1 − avancement_pct / 100)
    assert all(r["reseaux_restants"] == 4 * (1 - r["avancement_pct"] / 100) for r in rows.values()
               if r["avancement_pct"] is not None)
    # the question in one filter: UNESCO cités whose works are not finished
    request_ids = {f["cite_id"] for f in output.getFeatures(
        "\"unesco\" IN ('bien', 'zone_tampon') AND \"reseaux_restants\" > 0")}
    assert request_ids == {"C2", "C3", "C4"}


def test_nom_and_commune_come_from_the_base_when_the_layer_lacks_them(run_alg, patrimoine, hand_base, rows_by_id):
    cites = patrimoine.make_layer("MultiPolygon?crs=EPSG:2154&field=cite_id:string&field=classe:string",
                                  [(patrimoine.square(0), {"cite_id": "C1", "classe": "remarquable"}),
                                   (patrimoine.square(1), {"cite_id": "C2", "classe": "temoin"})])
    output = cross(run_alg, cites, hand_base)
    assert output.fields().names() == ["cite_id", "classe", "nom", "commune", "unesco", "avancement_pct",
                                       "reseaux_restants", "alea_max", "aleas"]
    rows = rows_by_id(output)
    assert (rows["C1"]["nom"], rows["C1"]["commune"]) == ("Cité des Fleurs", "Lens")
    assert (rows["C2"]["nom"], rows["C2"]["reseaux_restants"]) == ("Cité du Moulin", 3)
    # without hazards nor UNESCO layer: unknown, not "aucun" / "hors"
    assert rows["C1"]["alea_max"] is None and rows["C1"]["unesco"] is None


def test_running_again_on_its_output_keeps_one_of_each_field(run_alg, ranked_cites, hand_base, hazards):
    first = cross(run_alg, ranked_cites, hand_base, HAZARDS=hazards)
    again = cross(run_alg, first, hand_base, HAZARDS=hazards)
    assert again.fields().names() == first.fields().names()


def test_unknown_hazard_level_is_listed_and_leaves_the_maximum_unknown(run_alg, ranked_cites, hand_base, patrimoine, rows_by_id,
                                                  recording_feedback):
    layer = patrimoine.make_layer("Polygon?crs=EPSG:2154&field=nature:string&field=intensite:string",
                                  [(patrimoine.rectangle(10, 10, 50, 50), {"nature": "fontis", "intensite": "élevé"})])
    feedback = recording_feedback()
    rows = rows_by_id(cross(run_alg, ranked_cites, hand_base, feedback, HAZARDS=layer))
    assert (rows["C1"]["alea_max"], rows["C1"]["aleas"]) == (None, "fontis — élevé")  # not "aucun"
    assert any("élevé" in w for w in feedback.warnings)


def test_duplicate_cite_ids_are_refused(run_alg, patrimoine, hand_base):
    cites = patrimoine.make_layer("MultiPolygon?crs=EPSG:2154&field=cite_id:string",
                                  [(patrimoine.square(0), {"cite_id": "C1"}), (patrimoine.square(1), {"cite_id": "C1"}),
                                   (patrimoine.square(2), {})])
    with pytest.raises(QgsProcessingException, match="cite_id given to several cités: C1; 1 cités without cite_id"):
        cross(run_alg, cites, hand_base)


def test_unesco_field_without_bien_nor_zone_tampon_is_refused(run_alg, ranked_cites, hand_base, patrimoine):
    layer = patrimoine.make_layer("Polygon?crs=EPSG:2154&field=type:string&field=nom:string",
                                  [(patrimoine.rectangle(0, 0, 50, 50), {"type": "patrimoine", "nom": "bien"})])
    with pytest.raises(QgsProcessingException, match="neither bien nor zone_tampon"):
        cross(run_alg, ranked_cites, hand_base, UNESCO=layer)
    rows = cross(run_alg, ranked_cites, hand_base, UNESCO=layer, UNESCO_TYPE_FIELD="nom")
    assert {f["cite_id"]: f["unesco"] for f in rows.getFeatures()}["C1"] == "bien"


def test_missing_base_and_missing_field_say_what_to_do(run_alg, ranked_cites, tmp_path, hand_base, hazards,
                                                      french_qgis):
    with pytest.raises(QgsProcessingException, match="n'existe pas"):
        cross(run_alg, ranked_cites, str(tmp_path / "absente.gpkg"))
    with pytest.raises(QgsProcessingException, match="n'a pas de champ gravite"):
        cross(run_alg, ranked_cites, hand_base, HAZARDS=hazards, HAZARD_LEVEL_FIELD="gravite")


@pytest.mark.parametrize("value, kind", [("bien", "bien"), ("Bien inscrit", "bien"), ("ZONE_TAMPON", "zone_tampon"),
                                         ("Zone tampon", "zone_tampon"), ("autre", None), (None, None)])
def test_unesco_words(value, kind):
    assert crossing.unesco_kind(value) == kind


def test_hazard_summary_and_progress_rules():
    assert crossing.hazard_summary([]) == ("aucun", "")
    assert crossing.hazard_summary([("tassement", "faible"), ("gaz_de_mine", "Fort"), ("tassement", "FAIBLE")]) == \
        ("fort", "émission de gaz de mine — fort, tassement — faible")
    assert crossing.hazard_summary([("fontis", "élevé"), ("tassement", "fort")]) == \
        ("fort", "tassement — fort, fontis — élevé")
    assert crossing.vrd_progress([]) == (0.0, 4)
    assert crossing.vrd_progress([{"reseau": "voirie", "annee_programme": 2020, "statut": "acheve"},
                                  {"reseau": "voirie", "annee_programme": 2024, "statut": "en_cours"}]) == (0.0, 4)
