"""mbm:concessions_perimeter: perimeters rebuilt from a decree's vertex table, compared with the drawn ones.

The drawn perimeters are the 3 × 3 tiling of the conftest (1 km squares near Lens, Lambert-93); the vertex
tables are written by code, as a decree lists them: cp1252 CSV with decimal commas, XLSX, table layers.
"""

import os

import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from bassin_minier.mbm_qgis_plugin.concessions.perimeter import (
    Vertex,
    coordinate,
    crossing_sides,
    ordered_ring,
    status_sentence,
)
from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "sample_data")


@pytest.fixture()
def french():
    assert install_translators("fr")
    yield
    remove_translators()


def ring_of(tiling, col, row, dx=0.0, dy=0.0):
    """The four corners (Lambert-93) of the tile at (col, row), moved by (dx, dy), counter-clockwise."""
    x1, y1 = tiling.X0 + col * tiling.SIDE + dx, tiling.Y0 + row * tiling.SIDE + dy
    x2, y2 = x1 + tiling.SIDE, y1 + tiling.SIDE
    return [(x1, y1), (x2, y1), (x2, y2), (x1, y2)]


def in_crs(points, authid):
    if authid == "EPSG:2154":
        return list(points)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                       QgsCoordinateReferenceSystem(authid), QgsProject.instance())
    return [(p.x(), p.y()) for p in (transform.transform(QgsPointXY(x, y)) for x, y in points)]


def tiling_vertices(tiling, authid="EPSG:2154", ids=None):
    """[(concession, order, x, y)] of the tiles' corners, in ``authid``, numbered 1–4."""
    rows = []
    for row in range(3):
        for col in range(3):
            concession = "C{}".format(row * 3 + col + 1)
            if ids is not None and concession not in ids:
                continue
            for order, (x, y) in enumerate(in_crs(ring_of(tiling, col, row), authid), 1):
                rows.append((concession, order, x, y))
    return rows


def french_number(value):
    """691234.5 → '691 234,50': thousands spaced, decimal comma, as a French spreadsheet writes it."""
    return "{:,.2f}".format(value).replace(",", " ").replace(".", ",")


def write_csv(path, rows, header=("Concession", "Sommet", "X", "Y"), title=True):
    """A cp1252 CSV with ';', a title line, French numbers."""
    lines = ["Périmètres des concessions — sommets des décrets", ""] if title else []
    lines.append(";".join(header))
    for row in rows:
        lines.append(";".join(french_number(v) if isinstance(v, float) else str(v) for v in row))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return str(path)


def write_xlsx(path, rows):
    """An XLSX workbook with typed cells (text id, integer order, real coordinates)."""
    driver = ogr.GetDriverByName("XLSX")
    dataset = driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer("Sommets", geom_type=ogr.wkbNone)
    for name, kind in (("Concession", ogr.OFTString), ("Sommet", ogr.OFTInteger), ("X", ogr.OFTReal),
                       ("Y", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(row):
            feature.SetField(index, value)
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


@pytest.fixture()
def rebuild(run_alg):
    """rebuild(vertices, **parameters) → {concession_id: (attributes dict, geometry)}."""

    def _rebuild(vertices, **parameters):
        params = {"VERTICES": vertices, "OUTPUT": "memory:"}
        params.update(parameters)
        output = run_alg("mbm:concessions_perimeter", params)["OUTPUT"]
        assert output.crs().authid() == "EPSG:2154"
        names = output.fields().names()
        assert names == ["concession_id", "nb_sommets", "surface_ha", "ecart_max_m", "ecart_surface_pct",
                         "statut", "detail"]
        return {f["concession_id"]: (dict(zip(names, f.attributes())), f.geometry()) for f in output.getFeatures()}

    return _rebuild


def drawn_with_shift(concessions_layer, tiling, shifted="C5", dx=30.0, dy=0.0):
    tiles = tiling.clean()
    col, row = (int(shifted[1:]) - 1) % 3, (int(shifted[1:]) - 1) // 3
    tiles[shifted][0] = tiling.square_wkt(col, row, left=-dx, right=dx, bottom=-dy, top=dy)
    return concessions_layer(tiles)


# --- the contract of the issue ---------------------------------------------------------------------------

@pytest.mark.parametrize("authid", ["EPSG:27561", "EPSG:2154"])
def test_a_drawn_perimeter_shifted_by_30_m_is_an_ecart_of_30_m(tmp_path, tiling, concessions_layer, rebuild, authid):
    """The decree's vertices (NTF Lambert Nord or Lambert-93) rebuild the tiling; the drawn C5 lies 30 m east."""
    table = write_csv(tmp_path / "sommets.csv", tiling_vertices(tiling, authid))
    drawn = drawn_with_shift(concessions_layer, tiling)
    result = rebuild(table, VERTICES_CRS=authid, COMPARE_WITH=drawn, COMPARE_ID_FIELD="concession_id")
    assert sorted(result) == ["C{}".format(i) for i in range(1, 10)]
    c5 = result["C5"][0]
    assert c5["statut"] == "ecart"
    assert c5["ecart_max_m"] == pytest.approx(30.0, abs=0.05)
    assert c5["ecart_surface_pct"] == pytest.approx(0.0, abs=0.01)
    assert "30,0 m" in c5["detail"]
    for concession in ("C1", "C2", "C3", "C4", "C6", "C7", "C8", "C9"):
        attributes, geometry = result[concession]
        assert attributes["statut"] == "ok", attributes
        assert attributes["ecart_max_m"] < 0.05  # centimetre rounding of the table, after reprojection
        assert attributes["nb_sommets"] == 4
        assert attributes["surface_ha"] == pytest.approx(100.0, abs=0.01)
        assert attributes["detail"] in ("", None)
    # Rebuilt where the decree says, in Lambert-93: C5 is the middle tile, not the drawn one
    assert result["C5"][1].boundingBox().xMinimum() == pytest.approx(tiling.X0 + tiling.SIDE, abs=0.02)


def test_tolerance_decides_between_ok_and_ecart(tmp_path, tiling, concessions_layer, rebuild):
    table = write_csv(tmp_path / "sommets.csv", tiling_vertices(tiling))
    drawn = drawn_with_shift(concessions_layer, tiling, dx=3.0, dy=4.0)  # 5 m away, diagonally
    loose = rebuild(table, VERTICES_CRS="EPSG:2154", COMPARE_WITH=drawn, TOLERANCE_M=6)
    strict = rebuild(table, VERTICES_CRS="EPSG:2154", COMPARE_WITH=drawn, TOLERANCE_M=4)
    assert loose["C5"][0]["ecart_max_m"] == pytest.approx(5.0, abs=0.01)
    assert (loose["C5"][0]["statut"], strict["C5"][0]["statut"]) == ("ok", "ecart")


def test_drift_between_vertices_is_measured(tmp_path, tiling, concessions_layer, rebuild):
    """The drawn C5 bulges 12 m out in the middle of its east side: the vertices agree, the boundary does not."""
    x2, y1 = tiling.X0 + 2 * tiling.SIDE, tiling.Y0 + tiling.SIDE
    tiles = tiling.clean()
    tiles["C5"][0] = "POLYGON(({0} {1},{2} {1},{3} {4},{2} {5},{0} {5},{0} {1}))".format(
        x2 - 1000, y1, x2, x2 + 12, y1 + 500, y1 + 1000)
    table = write_csv(tmp_path / "sommets.csv", tiling_vertices(tiling, ids={"C5"}))
    result = rebuild(table, VERTICES_CRS="EPSG:2154", COMPARE_WITH=concessions_layer(tiles))
    assert result["C5"][0]["ecart_max_m"] == pytest.approx(12.0, abs=0.05)
    assert result["C5"][0]["statut"] == "ecart"


def test_drawn_perimeter_without_vertices_is_absent(tmp_path, tiling, concessions_layer, rebuild):
    ids = {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"}
    table = write_csv(tmp_path / "sommets.csv", tiling_vertices(tiling, ids=ids))
    result = rebuild(table, VERTICES_CRS="EPSG:2154", COMPARE_WITH=concessions_layer(tiling.clean()))
    attributes, geometry = result["C9"]
    assert attributes["statut"] == "absent"
    assert attributes["nb_sommets"] == 0
    assert str(attributes["ecart_max_m"]) == "NULL"
    assert geometry.area() == pytest.approx(1e6)  # the drawn outline, kept so the layer stays complete
    assert [result[c][0]["statut"] for c in sorted(ids)] == ["ok"] * 8


def test_without_drawn_perimeters_nothing_is_compared(tmp_path, tiling, rebuild):
    table = write_csv(tmp_path / "sommets.csv", tiling_vertices(tiling, "EPSG:27561"))
    result = rebuild(table)  # VERTICES_CRS left to its default: EPSG:27561
    assert {a["statut"] for a, _g in result.values()} == {"ok"}
    assert all(str(a["ecart_max_m"]) == "NULL" for a, _g in result.values())
    assert result["C1"][1].boundingBox().xMinimum() == pytest.approx(tiling.X0, abs=0.02)


# --- invalid perimeters ---------------------------------------------------------------------------------

def square_rows(concession, orders, corners):
    return [(concession, order, x, y) for order, (x, y) in zip(orders, corners)]


@pytest.fixture()
def corners(tiling):
    return ring_of(tiling, 0, 0)


def test_each_invalid_case_is_invalide_with_its_reason(tmp_path, corners, rebuild, french):
    a, b, c, d = corners
    rows = (square_rows("TWO", [1, 2], [a, b])
            + square_rows("REPEAT", [1, 2, 2, 3], [a, b, c, d])
            + square_rows("BOWTIE", [1, 2, 3, 4], [a, b, d, c])
            + square_rows("GOOD", [1, 2, 3, 4], [a, b, c, d]))
    result = rebuild(write_csv(tmp_path / "sommets.csv", rows), VERTICES_CRS="EPSG:2154")
    statuses = {cid: attrs["statut"] for cid, (attrs, _g) in result.items()}
    assert statuses == {"TWO": "invalide", "REPEAT": "invalide", "BOWTIE": "invalide", "GOOD": "ok"}
    assert "au moins 3" in result["TWO"][0]["detail"]
    assert result["TWO"][1].isNull()
    assert "plusieurs fois : 2" in result["REPEAT"][0]["detail"]
    bowtie = result["BOWTIE"][0]["detail"]
    assert "se recoupe" in bowtie and "2–3" in bowtie and "4–1" in bowtie
    assert str(result["BOWTIE"][0]["surface_ha"]) == "NULL"
    assert not result["BOWTIE"][1].isGeosValid()  # drawn as typed, for the user to see the knot


def test_unreadable_coordinate_makes_the_concession_invalide(tmp_path, corners, rebuild, french):
    a, b, c, d = corners
    rows = square_rows("C1", [1, 2, 3], [a, b, c]) + [("C1", 4, "à voir", d[1])]
    result = rebuild(write_csv(tmp_path / "sommets.csv", rows), VERTICES_CRS="EPSG:2154")
    assert result["C1"][0]["statut"] == "invalide"
    assert result["C1"][0]["detail"] == "ligne 7 : X « à voir » n'est pas un nombre"  # title, blank, header


# --- orders, numbers, formats ---------------------------------------------------------------------------

def test_point_names_are_taken_in_file_order(tmp_path, corners, rebuild):
    """P, A, Z, B: in file order a square; sorted by name it would be a bow-tie."""
    rows = square_rows("C1", ["P", "A", "Z", "B"], corners)
    result = rebuild(write_csv(tmp_path / "sommets.csv", rows), VERTICES_CRS="EPSG:2154")
    attributes, geometry = result["C1"]
    assert (attributes["statut"], attributes["nb_sommets"]) == ("ok", 4)
    assert geometry.area() == pytest.approx(1e6)


def test_letters_a_b_c_in_file_order(tmp_path, corners, rebuild):
    rows = square_rows("C1", ["A", "B", "C", "D"], corners)
    result = rebuild(write_csv(tmp_path / "sommets.csv", rows), VERTICES_CRS="EPSG:2154")
    assert result["C1"][0]["statut"] == "ok"
    assert result["C1"][1].area() == pytest.approx(1e6)


def test_integer_orders_sort_rows_written_in_any_order(tmp_path, corners, rebuild):
    a, b, c, d = corners
    rows = square_rows("C1", [3, 1, 4, 2], [c, a, d, b])
    result = rebuild(write_csv(tmp_path / "sommets.csv", rows), VERTICES_CRS="EPSG:2154")
    assert result["C1"][0]["statut"] == "ok"
    assert result["C1"][1].area() == pytest.approx(1e6)


def test_closing_vertex_repeated_at_the_end_is_not_counted(tmp_path, corners, rebuild):
    rows = square_rows("C1", [1, 2, 3, 4, 5], corners + [corners[0]])
    result = rebuild(write_csv(tmp_path / "sommets.csv", rows), VERTICES_CRS="EPSG:2154")
    assert (result["C1"][0]["statut"], result["C1"][0]["nb_sommets"]) == ("ok", 4)


def test_decimal_commas_and_spaced_thousands(tmp_path, corners, rebuild):
    path = tmp_path / "sommets.csv"
    write_csv(path, square_rows("C1", [1, 2, 3, 4], [(x + 0.25, y + 0.75) for x, y in corners]))
    text = path.read_bytes().decode("cp1252")
    assert "690 000,25;7 030 000,75" in text
    result = rebuild(str(path), VERTICES_CRS="EPSG:2154")
    box = result["C1"][1].boundingBox()
    assert (box.xMinimum(), box.yMinimum()) == pytest.approx((690000.25, 7030000.75))


def test_xlsx_vertex_table(tmp_path, tiling, concessions_layer, rebuild):
    table = write_xlsx(tmp_path / "sommets.xlsx", tiling_vertices(tiling, "EPSG:27561"))
    drawn = drawn_with_shift(concessions_layer, tiling)
    result = rebuild(table, VERTICES_CRS="EPSG:27561", COMPARE_WITH=drawn)
    assert result["C5"][0]["ecart_max_m"] == pytest.approx(30.0, abs=0.05)
    assert [result["C{}".format(i)][0]["statut"] for i in range(1, 10)].count("ok") == 8


def test_table_layer_with_other_headers_and_overrides(tmp_path, corners, rebuild):
    path = write_csv(tmp_path / "bornes.csv", square_rows("C1", [1, 2, 3, 4], corners),
                     header=("Titre", "Borne", "Est", "Nord"), title=False)
    layer = QgsVectorLayer(path, "bornes", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        result = rebuild(layer.id(), ID_FIELD="Titre", ORDER_FIELD="Borne", X_FIELD="Est", Y_FIELD="Nord",
                         VERTICES_CRS="EPSG:2154")
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["C1"][0]["statut"] == "ok"
    assert result["C1"][1].area() == pytest.approx(1e6)


def test_missing_column_is_a_clear_french_error(tmp_path, corners, run_alg, french):
    path = write_csv(tmp_path / "sommets.csv", [(c, o, x) for c, o, x, _y in square_rows("C1", [1, 2, 3, 4], corners)],
                     header=("Concession", "Sommet", "X"))
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("mbm:concessions_perimeter", {"VERTICES": path, "OUTPUT": "memory:"})
    message = str(raised.value)
    assert "aucune colonne trouvée pour Y" in message
    assert "Concession, Sommet, X" in message
    assert "Traceback" not in message


def test_unknown_override_column_is_named(tmp_path, corners, run_alg, french):
    path = write_csv(tmp_path / "sommets.csv", square_rows("C1", [1, 2, 3, 4], corners))
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("mbm:concessions_perimeter", {"VERTICES": path, "X_FIELD": "Xlambert", "OUTPUT": "memory:"})
    assert "« Xlambert »" in str(raised.value)


def test_coordinates_in_the_wrong_crs_are_refused(tmp_path, corners, run_alg, french):
    """Lambert-93 coordinates declared as WGS84 degrees land nowhere near France."""
    path = write_csv(tmp_path / "sommets.csv", square_rows("C1", [1, 2, 3, 4], corners))
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("mbm:concessions_perimeter", {"VERTICES": path, "VERTICES_CRS": "EPSG:4326", "OUTPUT": "memory:"})
    assert "ne tombent pas en France" in str(raised.value)


# --- the rebuilt perimeters feed the other algorithms ----------------------------------------------------

def test_rebuilt_perimeters_feed_the_check_and_the_report(tmp_path, tiling, run_alg):
    rows = tiling_vertices(tiling)
    # C5 as the decree gives it, 20 m wider to the east: it overlaps C6 by 2 ha
    rows = [(c, o, x + (20.0 if c == "C5" and o in (2, 3) else 0.0), y) for c, o, x, y in rows]
    table = write_csv(tmp_path / "sommets.csv", rows)
    rebuilt = str(tmp_path / "perimetres.gpkg")
    rebuilt = run_alg("mbm:concessions_perimeter", {"VERTICES": table, "VERTICES_CRS": "EPSG:2154",
                                                    "OUTPUT": rebuilt})["OUTPUT"]
    anomalies = run_alg("mbm:concessions_check", {"INPUT": rebuilt, "ID_FIELD": "concession_id",
                                                  "OUTPUT": "memory:"})["OUTPUT"]
    found = [(f["anomalie"], f["concession_id"]) for f in anomalies.getFeatures()]
    assert len(found) == 1 and found[0][0] == "chevauchement" and "C5" in found[0][1]
    overlap = next(anomalies.getFeatures())
    assert overlap["surface_m2"] == pytest.approx(20000.0, rel=0.01)
    inventory = run_alg("mbm:concessions_report", {"CONCESSIONS": rebuilt, "ID_FIELD": "concession_id",
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    areas = {f["concession_id"]: f["surface_ha"] for f in inventory.getFeatures()}
    assert sorted(areas) == ["C{}".format(i) for i in range(1, 10)]
    assert areas["C1"] == pytest.approx(100.0, abs=0.01)
    assert areas["C5"] == pytest.approx(102.0, abs=0.05)


# --- the sample vertex table ----------------------------------------------------------------------------

def test_sample_vertex_table_against_the_sample_concessions(rebuild):
    table = os.path.join(SAMPLE, "concessions_sommets_decrets.csv")
    with open(table, "rb") as handle:
        raw = handle.read()
    raw.decode("cp1252")
    assert b";" in raw and b"\r\n" in raw
    drawn = "{}|layername=concessions".format(os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg"))
    result = rebuild(table, COMPARE_WITH=drawn, COMPARE_ID_FIELD="concession_id")
    statuses = {cid: attrs["statut"] for cid, (attrs, _g) in result.items()}
    assert len(statuses) == 40
    assert {c for c, s in statuses.items() if s != "ok"} == {"CON06", "CON20"}
    assert statuses["CON06"] == "absent"
    assert statuses["CON20"] == "ecart"
    assert result["CON20"][0]["ecart_max_m"] == pytest.approx(25.0, abs=0.1)
    assert max(a["ecart_max_m"] for c, (a, _g) in result.items() if statuses[c] == "ok") < 0.1


# --- the domain core on its own -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("691 234,56", 691234.56), ("691\u00a0234,5", 691234.5),
                                         ("691234.56", 691234.56), (" 12 ", 12.0), (7, 7.0), ("", None)])
def test_coordinate_reads_french_numbers(text, value):
    assert coordinate(text) == value


def test_coordinate_refuses_text():
    with pytest.raises(ValueError):
        coordinate("12,3,4")


def test_crossing_sides_of_a_bow_tie_and_of_a_fold():
    assert crossing_sides([(0, 0), (10, 0), (10, 10), (0, 10)]) is None
    assert crossing_sides([(0, 0), (10, 0), (0, 10), (10, 10)]) == ((1, 2), (3, 0))
    # a spike folding back on its own side: A → B → a point back between A and B
    assert crossing_sides([(0, 0), (10, 0), (5, 0), (5, 5)]) is not None


def test_ordered_ring_closes_and_counts():
    vertices = [Vertex(i + 1, str(i + 1), x, y) for i, (x, y) in enumerate([(0, 0), (10, 0), (10, 10), (0, 0)])]
    ring, problems = ordered_ring(vertices)
    assert problems == []
    assert ring == [(0, 0), (10, 0), (10, 10), (0, 0)]


def test_status_sentence_in_french(french):
    assert status_sentence({"ok": 38, "ecart": 1, "absent": 1}) == \
        "38 conformes, 1 en écart, 1 absent de la table"


def test_rebuilt_geometry_is_the_decree_ring_in_lambert_93(tmp_path, tiling, rebuild):
    table = write_csv(tmp_path / "sommets.csv", tiling_vertices(tiling, "EPSG:27561", ids={"C1"}))
    geometry = rebuild(table)["C1"][1]
    expected = QgsGeometry.fromWkt(tiling.square_wkt(0, 0))
    assert geometry.hausdorffDistance(expected) < 0.02


def test_rows_without_id_are_reported_and_ids_without_drawn_perimeter_said(tmp_path, corners, concessions_layer,
                                                                          tiling, run_alg, french):
    from qgis.core import QgsProcessingFeedback

    class Collect(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatal_error=False):  # noqa: N802 — QGIS's name
            self.errors.append(error)

    rows = square_rows("C1", [1, 2, 3, 4], corners) + square_rows("NOUVELLE", [1, 2, 3, 4], corners)
    rows.insert(2, ("", 9, 1.0, 2.0))
    feedback = Collect()
    output = run_alg("mbm:concessions_perimeter", {
        "VERTICES": write_csv(tmp_path / "sommets.csv", rows), "VERTICES_CRS": "EPSG:2154",
        "COMPARE_WITH": concessions_layer(tiling.clean()), "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    assert feedback.errors == ["Ligne 6 : pas d'identifiant de concession. La ligne est ignorée."]
    result = {f["concession_id"]: f for f in output.getFeatures()}
    assert (result["C1"]["statut"], result["C1"]["nb_sommets"]) == ("ok", 4)
    assert result["NOUVELLE"]["statut"] == "ok"
    assert result["NOUVELLE"]["detail"] == "aucun périmètre dessiné de cet identifiant à comparer"
    assert sorted(c for c, f in result.items() if f["statut"] == "absent") == ["C{}".format(i) for i in range(2, 10)]
