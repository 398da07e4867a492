"""mbm:concessions_check on layers holding each anomaly alone, then all together."""

import pytest
from qgis.core import QgsProcessingException


def kinds(anomalies):
    return [(a[1], a[0]) for a in anomalies]


def test_clean_tiling_reports_nothing(concessions_layer, check, tiling):
    assert check(concessions_layer(tiling.clean())) == []


def test_clean_tiling_in_ntf_lambert_nord_reports_nothing(concessions_layer, check, tiling):
    layer = concessions_layer(tiling.clean(), crs="EPSG:27561")
    assert layer.crs().authid() == "EPSG:27561"
    assert check(layer) == []


def test_bow_tie_is_reported_with_where(concessions_layer, check, tiling):
    tiles = tiling.clean()
    x, y = tiling.X0 + 5000, tiling.Y0
    tiles["C10"] = ["POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(x, y, x + 1000, y + 1000), 50.0]
    anomalies = check(concessions_layer(tiles))
    assert kinds(anomalies) == [("geometrie_invalide", "C10")]
    detail = anomalies[0][3]
    assert "auto-intersection" in detail
    assert "X = 695 500 ; Y = 7 030 500" in detail.replace("\u202f", " ")
    assert "réparée en mémoire" in detail
    # Repaired surface: both lobes of the bow-tie (2 × 25 ha), not one of them.
    assert anomalies[0][2] == pytest.approx(500000.0)


def test_invalid_ring_neither_hides_an_overlap(concessions_layer, check, tiling):
    tiles = tiling.clean()
    x, y = tiling.X0 + 900, tiling.Y0
    # C2 as a bow-tie from x=900 to x=2000: its left lobe enters C1.
    tiles["C2"] = ["POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(x, y, x + 1100, y + 1000), None]
    anomalies = check(concessions_layer(tiles))
    found = kinds(anomalies)
    assert ("geometrie_invalide", "C2") in found
    overlaps = [a for a in anomalies if a[1] == "chevauchement"]
    assert [a[0] for a in overlaps] == ["C1,C2"]
    # Left lobe: triangle (900,0) (900,1000) (1450,500); its part with x < 1000.
    assert overlaps[0][2] == pytest.approx(1000 * (100 - 100 ** 2 / (2 * 550.0)), rel=1e-6)


def test_empty_geometry(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C10"] = [None, None]
    anomalies = check(concessions_layer(tiles))
    assert kinds(anomalies) == [("geometrie_vide", "C10")]
    assert anomalies[0][2] is None or str(anomalies[0][2]) == "NULL"
    assert anomalies[0][4].isNull() or anomalies[0][4].isEmpty()


def test_duplicate_id(concessions_layer, check, tiling):
    rows = [(cid if cid != "C6" else "C5", wkt, declared) for cid, (wkt, declared) in tiling.clean().items()]
    anomalies = check(concessions_layer(rows))
    assert kinds(anomalies) == [("identifiant_duplique", "C5")]
    assert "2 entités" in anomalies[0][3]


def test_ten_hectare_overlap(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=100), 110.0]
    anomalies = check(concessions_layer(tiles))
    assert kinds(anomalies) == [("chevauchement", "C1,C2")]
    assert anomalies[0][2] == pytest.approx(100000.0)
    assert anomalies[0][4].area() == pytest.approx(100000.0)
    assert "10,000 ha" in anomalies[0][3]


def test_enclosed_gap(concessions_layer, check, tiling):
    tiles = tiling.clean()
    del tiles["C5"]
    anomalies = check(concessions_layer(tiles))
    # Bordered by the four tiles sharing a side with it; the corner tiles only touch a point.
    assert kinds(anomalies) == [("lacune", "C2,C4,C6,C8")]
    assert anomalies[0][2] == pytest.approx(1e6)


def test_one_metre_open_gap_is_a_sliver(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C1"] = [tiling.square_wkt(0, 0, right=-1), 100.0]
    anomalies = check(concessions_layer(tiles))
    assert [a[1] for a in anomalies] == ["micro_surface"]
    assert {"C1", "C2"} <= set(anomalies[0][0].split(","))
    assert anomalies[0][2] == pytest.approx(1000.0, rel=1e-3)


def test_one_metre_enclosed_gap_is_a_sliver_not_a_gap(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C5"] = [tiling.square_wkt(1, 1, right=-1), 100.0]
    anomalies = check(concessions_layer(tiles))
    assert [a[1] for a in anomalies] == ["micro_surface"]
    assert {"C5", "C6"} <= set(anomalies[0][0].split(","))
    assert anomalies[0][2] == pytest.approx(1000.0)


def test_one_metre_overlap_is_a_sliver_and_width_is_a_parameter(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=1), 100.0]
    layer = concessions_layer(tiles)
    anomalies = check(layer)
    assert kinds(anomalies) == [("micro_surface", "C1,C2")]
    assert anomalies[0][2] == pytest.approx(1000.0)
    assert kinds(check(layer, SLIVER_MAX_WIDTH_M=0.5)) == [("chevauchement", "C1,C2")]


def test_declared_area_mismatch_and_tolerance(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C3"][1] = 120.0
    layer = concessions_layer(tiles)
    anomalies = check(layer)
    assert kinds(anomalies) == [("ecart_surface", "C3")]
    assert "100,00 ha pour 120,00 ha" in anomalies[0][3].replace("\u202f", " ")
    assert "-16,7 %" in anomalies[0][3]
    assert check(layer, AREA_TOLERANCE_PCT=20) == []
    assert check(layer, DECLARED_AREA_FIELD=None) == []


def test_layer_in_epsg_27561_is_measured_in_lambert_93(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=100), 110.0]
    layer = concessions_layer(tiles, crs="EPSG:27561")
    anomalies = check(layer)
    assert kinds(anomalies) == [("chevauchement", "C1,C2")]
    # Same area as the Lambert-93 original, to the transformation's accuracy.
    assert anomalies[0][2] == pytest.approx(100000.0, rel=1e-3)
    center = anomalies[0][4].centroid().asPoint()
    assert center.x() == pytest.approx(tiling.X0 + 950, abs=5)


def test_multipart_concession(concessions_layer, check, tiling):
    tiles = tiling.clean()
    x, y = tiling.X0, tiling.Y0
    tiles["C10"] = ["MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})),(({4} {1},{5} {1},{5} {3},{4} {3},{4} {1})))"
                    .format(x + 2900, y, x + 3100, y + 1000, x + 5000, x + 6000), 120.0]
    anomalies = check(concessions_layer(tiles))
    assert kinds(anomalies) == [("chevauchement", "C3,C10")]
    assert anomalies[0][2] == pytest.approx(100000.0)


def test_curved_concessions_are_segmentized(concessions_layer, check, tiling):
    tiles = tiling.clean()
    x, y = tiling.X0, tiling.Y0
    # C3's outer side bulges outward (harmless); C2's right side bulges 50 m into C3.
    tiles["C3"] = ["CURVEPOLYGON(COMPOUNDCURVE(({0} {1},{2} {1}),CIRCULARSTRING({2} {1},{3} {4},{2} {5}),"
                   "({2} {5},{0} {5},{0} {1})))".format(x + 2000, y, x + 3000, x + 3050, y + 500, y + 1000), None]
    tiles["C2"] = ["CURVEPOLYGON(COMPOUNDCURVE(({0} {1},{2} {1}),CIRCULARSTRING({2} {1},{3} {4},{2} {5}),"
                   "({2} {5},{0} {5},{0} {1})))".format(x + 1000, y, x + 2000, x + 2050, y + 500, y + 1000), None]
    anomalies = check(concessions_layer(tiles))
    assert kinds(anomalies) == [("chevauchement", "C2,C3")]
    assert anomalies[0][2] == pytest.approx(tiling.circular_segment_area(1000, 50), rel=5e-3)


def all_defects(tiling):
    """One layer with every anomaly, apart from each other (see the expected list in the test)."""
    tiles = tiling.clean()
    x, y = tiling.X0, tiling.Y0
    del tiles["C5"]  # lacune C2,C4,C6,C8
    tiles["C2"] = [tiling.square_wkt(1, 0, left=100), 110.0]  # 10 ha overlap with C1
    tiles["C3"][1] = 120.0  # declared area mismatch
    rows = [(cid if cid != "C9" else "C7", wkt, declared) for cid, (wkt, declared) in tiles.items()]
    rows += [
        ("C10", tiling.square_wkt(3, 0, top=-1), 100.0),  # 1 m sliver under C11
        ("C11", tiling.square_wkt(3, 1), 100.0),
        ("C12", "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(
            x + 6000, y, x + 7000, y + 1000), 50.0),  # bow-tie
        ("C13", None, 100.0),  # empty
        ("C14", "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})),(({4} {5},{6} {5},{6} {7},{4} {7},{4} {5})))"
         .format(x + 3900, y + 1000, x + 4100, y + 2000, x + 6000, y + 2000, x + 7000, y + 3000), None),
        ("C15", "CURVEPOLYGON(COMPOUNDCURVE(({0} {1},{2} {1},{2} {3},{0} {3}),CIRCULARSTRING({0} {3},{4} {5},{0} {1})))"
         .format(x + 4000, y - 2000, x + 5000, y - 1000, x + 3950, y - 1500), None),
        ("C16", tiling.square_wkt(3, -2), None),  # C15's arc enters it
    ]
    return rows


def test_all_anomalies_together_in_a_fixed_order(concessions_layer, check, tiling):
    layer = concessions_layer(all_defects(tiling))
    before = [(f.id(), f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
    anomalies = check(layer)
    found = kinds(anomalies)
    slivers = [a for a in anomalies if a[1] == "micro_surface"]
    assert len(slivers) == 1 and {"C10", "C11"} <= set(slivers[0][0].split(","))
    expected = [
        ("geometrie_vide", "C13"),
        ("geometrie_invalide", "C12"),
        ("identifiant_duplique", "C7"),
        ("chevauchement", "C1,C2"),
        ("chevauchement", "C11,C14"),
        ("chevauchement", "C15,C16"),
        ("lacune", "C2,C4,C6,C8"),
        ("micro_surface", slivers[0][0]),
        ("ecart_surface", "C3"),
    ]
    assert found == expected
    areas = {(a[1], a[0]): a[2] for a in anomalies}
    assert areas[("chevauchement", "C1,C2")] == pytest.approx(1e5)
    assert areas[("chevauchement", "C11,C14")] == pytest.approx(1e5)
    assert areas[("chevauchement", "C15,C16")] == pytest.approx(tiling.circular_segment_area(1000, 50), rel=5e-3)
    assert areas[("lacune", "C2,C4,C6,C8")] == pytest.approx(1e6)
    # Deterministic, and the input is untouched.
    assert kinds(check(layer)) == found
    after = [(f.id(), f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
    assert after == before


def test_output_fields_and_crs(concessions_layer, run_alg, tiling):
    tiles = tiling.clean()
    tiles["C3"][1] = 120.0
    result = run_alg("mbm:concessions_check", {"INPUT": concessions_layer(tiles, crs="EPSG:27561"),
                                               "OUTPUT": "memory:", "DECLARED_AREA_FIELD": "surface_ha"})
    output = result["OUTPUT"]
    assert [f.name() for f in output.fields()] == ["concession_id", "anomalie", "surface_m2", "detail"]
    assert output.crs().authid() == "EPSG:2154"


def test_missing_id_field_is_a_clear_error(concessions_layer, run_alg, tiling):
    source = concessions_layer(tiling.clean()).source()  # a path: no layer object kept by the traceback
    with pytest.raises(QgsProcessingException, match="numero"):
        run_alg("mbm:concessions_check", {"INPUT": source, "ID_FIELD": "numero", "OUTPUT": "memory:"})


@pytest.mark.parametrize("setting", ["AbortOnInvalid", "SkipInvalid"])
def test_invalid_geometry_reported_whatever_the_processing_setting(concessions_layer, run_alg, tiling, setting,
                                                                   toolbox_context):
    """The toolbox applies the user's "invalid features filtering" setting (default: stop at the first
    invalid geometry); the check must still see and report the bow-tie."""
    tiles = tiling.clean()
    x, y = tiling.X0 + 5000, tiling.Y0
    tiles["C10"] = ["POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(x, y, x + 1000, y + 1000), 50.0]
    result = run_alg("mbm:concessions_check", {"INPUT": concessions_layer(tiles).source(), "OUTPUT": "memory:"},
                     context=toolbox_context(setting))
    assert [(f["anomalie"], f["concession_id"]) for f in result["OUTPUT"].getFeatures()] == [
        ("geometrie_invalide", "C10")]
