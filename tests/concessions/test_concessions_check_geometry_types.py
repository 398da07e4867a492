"""mbm:concessions_check: nothing vanishes. A line, a point or a collection mixing polygons and lines in a
polygon layer is reported; gaps and overlaps below MIN_GAP_AREA_M2 are not."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

from bassin_minier.mbm_qgis_plugin.compat import is_polygon, wkb_type


def kinds(anomalies):
    return [(a[1], a[0]) for a in anomalies]


def odd_rows(tiling):
    """The clean tiling plus C10, a line; C11, a point; C12, a polygon entering C3 by 100 m beside a line."""
    x, y = tiling.X0, tiling.Y0
    line = "LINESTRING({} {},{} {})".format(x + 4000, y, x + 4500, y + 800)
    point = "POINT({} {})".format(x + 5000, y + 500)
    polygon = tiling.square_wkt(3, 0, left=100)[len("POLYGON"):]
    mixed = "GEOMETRYCOLLECTION(POLYGON{},LINESTRING({} {},{} {}))".format(
        polygon, x + 4200, y + 100, x + 4300, y + 900)
    rows = [(cid, wkt, declared) for cid, (wkt, declared) in tiling.clean().items()]
    return rows + [("C10", line, None), ("C11", point, None), ("C12", mixed, 110.0)]


def assert_nothing_vanished(anomalies):
    found = kinds(anomalies)
    assert found == [("geometrie_invalide", "C10"), ("geometrie_invalide", "C11"),
                     ("geometrie_invalide", "C12"), ("chevauchement", "C3,C12")], found
    details = {a[0]: a[3] for a in anomalies if a[1] == "geometrie_invalide"}
    assert "géométrie de type ligne" in details["C10"]
    assert "géométrie de type point" in details["C11"]
    assert "collection mélangeant polygones et lignes : la ligne est ignorée" in details["C12"]
    # The line and the point are shown as a thin band (the output is polygonal), with no surface.
    for anomaly in anomalies[:3]:
        assert anomaly[2] is None or str(anomaly[2]) == "NULL"
        assert not anomaly[4].isEmpty() and 0 < anomaly[4].area() < 5000
    # C12's polygon is still checked: it overlaps C3 over 100 m × 1 km, and its area matches 110 ha.
    assert anomalies[3][2] == pytest.approx(100000.0)


def test_line_point_and_mixed_collection_in_a_polygon_geopackage(concessions_layer, check, tiling):
    layer = concessions_layer(odd_rows(tiling), geometry_type="MultiPolygon")
    assert is_polygon(layer)
    types = {f["concession_id"]: f.geometry().wkbType() for f in layer.getFeatures()}
    assert types["C10"] != types["C1"] and types["C12"] != types["C1"]  # written as they are
    assert_nothing_vanished(check(layer))


def test_geometry_collection_layer(concessions_layer, check, tiling):
    layer = concessions_layer(odd_rows(tiling), geometry_type="GeometryCollection")
    assert QgsWkbTypes.flatType(layer.wkbType()) == wkb_type("GeometryCollection")
    if not layer.crs().isValid():
        # QGIS 3.22 opens a GeoPackage GeometryCollection layer without its CRS: the check then refuses it
        # as any layer without CRS (test_concessions_bad_input::test_layer_without_crs; not run here: a
        # GeometryCollection layer refused for its CRS makes QGIS 3.22 crash when pytest exits), and runs
        # once the user has set the CRS in the layer properties, as here.
        layer.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    assert_nothing_vanished(check(layer))


def test_min_gap_area_on_both_sides(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=100), 110.0]  # a 10 ha overlap with C1
    del tiles["C5"]  # a 100 ha enclosed gap
    tiles["C9"] = [tiling.square_wkt(2, 2, left=-1), 99.9]  # a 1 m × 1 km open sliver beside C8
    layer = concessions_layer(tiles)
    everything = ["chevauchement", "lacune", "micro_surface"]

    def found(**parameters):
        anomalies = check(layer, **parameters)
        assert all(a[2] >= parameters.get("MIN_GAP_AREA_M2", 0) for a in anomalies)
        return [a[1] for a in anomalies]

    assert found() == everything
    assert found(MIN_GAP_AREA_M2=0) == everything
    # Equal to the threshold is still reported; just above it is not (the sliver: 1 m × 1 km).
    assert found(MIN_GAP_AREA_M2=1000.0) == everything
    assert found(MIN_GAP_AREA_M2=1000.5) == everything[:2]
    assert found(MIN_GAP_AREA_M2=100000.0) == everything[:2]
    assert found(MIN_GAP_AREA_M2=100001.0) == ["lacune"]
    assert found(MIN_GAP_AREA_M2=1000000.0) == ["lacune"]
    assert found(MIN_GAP_AREA_M2=1000001.0) == []


def test_min_gap_area_leaves_other_anomalies(concessions_layer, check, tiling):
    tiles = tiling.clean()
    tiles["C3"][1] = 120.0
    rows = [(cid, wkt, declared) for cid, (wkt, declared) in tiles.items()] + [("C3", None, None)]
    found = kinds(check(concessions_layer(rows), MIN_GAP_AREA_M2=1e9))
    assert found == [("geometrie_vide", "C3"), ("identifiant_duplique", "C3"), ("ecart_surface", "C3")]
