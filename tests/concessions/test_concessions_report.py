"""mbm:concessions_report: counts checked against hand-computed ones, and the dossiers."""

import re
import shutil
import subprocess

import pytest
from qgis.core import QgsGeometry, QgsPointXY

X0, Y0 = 690000.0, 7030000.0


def rectangle(x1, y1, x2, y2):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X0 + x1, Y0 + y1, X0 + x2, Y0 + y2)


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


@pytest.fixture()
def inventory_layers(concessions_layer, memory_layer):
    """C1 = [0,1000]², C2 = [1000,2000]×[0,1000] (100 ha each), and what lies in them:

    shafts  C1: P1 traite, P2 non_traite, P3 NULL (inconnu)   → 3, of which 2 untreated
            C2: P4 'Non traité', P6 'TRAITE '                   → 2, of which 1 untreated
            P5 outside both
    stations C2: S1, S2                                         → C1 0, C2 2
    communes Lens x∈[-500,420], Liévin [420,1500], Béthune <script> [1500,3000]
            → C1: Liévin 58 %, Lens 42 %; C2: Béthune 50 %, Liévin 50 %
    hazard  effondrement localisé / fort over the south half of C1 → 50 ha
    """
    concessions = concessions_layer([("C1", rectangle(0, 0, 1000, 1000), 100.0),
                                     ("C2", rectangle(1000, 0, 2000, 1000), 100.0)])
    shafts = memory_layer(
        "Point?crs=EPSG:2154&field=puits_id:string&field=nom:string&field=fosse:string&field=etat:string",
        [(point(100, 100), ["P1", "Fosse 1 <b>bis</b>", "1", "traite"]),
         (point(200, 800), ["P2", "Puits 2", "1", "non_traite"]),
         (point(700, 300), ["P3", "Puits 3", "2", None]),
         (point(1500, 500), ["P4", "Puits 4", "3", "Non traité"]),
         (point(2500, 500), ["P5", "Puits 5", "4", "traite"]),
         (point(1900, 100), ["P6", "Puits 6", "5", "TRAITE "])])
    stations = memory_layer(
        "Point?crs=EPSG:2154&field=station_id:string&field=nom:string&field=commune:string",
        [(point(1200, 300), ["S1", "Station du Marais", "Lens"]),
         (point(1800, 900), ["S2", "Station B & C", "Liévin"])])
    communes = memory_layer(
        "Polygon?crs=EPSG:2154&field=insee:string&field=nom:string",
        [(QgsGeometry.fromWkt(rectangle(-500, -500, 420, 1500)), ["62498", "Lens"]),
         (QgsGeometry.fromWkt(rectangle(420, -500, 1500, 1500)), ["62510", "Liévin"]),
         (QgsGeometry.fromWkt(rectangle(1500, -500, 3000, 1500)), ["62119", "Béthune <script>"])])
    hazards = memory_layer(
        "Polygon?crs=EPSG:2154&field=type:string&field=niveau:string",
        [(QgsGeometry.fromWkt(rectangle(0, 0, 1000, 500)), ["effondrement localisé", "fort"])])
    layers = {"CONCESSIONS": concessions, "SHAFTS": shafts, "STATIONS": stations, "COMMUNES": communes,
              "HAZARDS": hazards}
    del concessions, shafts, stations, communes, hazards
    yield layers
    # pytest keeps fixture values until the session ends, after QGIS has exited: an OGR layer freed
    # then crashes the interpreter. Drop them now.
    layers.clear()


def rows_of(layer):
    return {f["concession_id"]: f for f in layer.getFeatures()}


def test_counts_match_hand_computed_ones(run_alg, inventory_layers):
    result = run_alg("mbm:concessions_report", dict(inventory_layers, OUTPUT="memory:"))
    output = result["OUTPUT"]
    assert [f.name() for f in output.fields()] == [
        "concession_id", "surface_ha", "nb_puits", "nb_puits_non_traites", "nb_stations", "nb_communes",
        "communes"]
    rows = rows_of(output)
    assert list(rows) == ["C1", "C2"]
    c1, c2 = rows["C1"], rows["C2"]
    assert c1["surface_ha"] == pytest.approx(100.0)
    assert (c1["nb_puits"], c1["nb_puits_non_traites"], c1["nb_stations"], c1["nb_communes"]) == (3, 2, 0, 2)
    assert c1["communes"] == "Liévin (58 %), Lens (42 %)"
    assert (c2["nb_puits"], c2["nb_puits_non_traites"], c2["nb_stations"], c2["nb_communes"]) == (2, 1, 2, 2)
    assert c2["communes"] == "Béthune <script> (50 %), Liévin (50 %)"
    assert "REPORT_FOLDER" not in result


def test_concessions_in_ntf_give_the_same_counts(run_alg, inventory_layers, concessions_layer):
    ntf = concessions_layer([("C1", rectangle(0, 0, 1000, 1000), 100.0),
                             ("C2", rectangle(1000, 0, 2000, 1000), 100.0)], crs="EPSG:27561")
    result = run_alg("mbm:concessions_report", dict(inventory_layers, CONCESSIONS=ntf, OUTPUT="memory:"))
    rows = rows_of(result["OUTPUT"])
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"
    assert (rows["C1"]["nb_puits"], rows["C1"]["nb_puits_non_traites"], rows["C2"]["nb_stations"]) == (3, 2, 2)
    assert rows["C1"]["surface_ha"] == pytest.approx(100.0, rel=1e-3)


def test_without_optional_layers_counts_are_null(run_alg, inventory_layers):
    result = run_alg("mbm:concessions_report", {"CONCESSIONS": inventory_layers["CONCESSIONS"], "OUTPUT": "memory:"})
    c1 = rows_of(result["OUTPUT"])["C1"]
    for name in ("nb_puits", "nb_puits_non_traites", "nb_stations", "nb_communes", "communes"):
        assert c1[name] is None or str(c1[name]) == "NULL", name


def test_dossiers_html_pdf_and_index(run_alg, inventory_layers, tmp_path):
    folder = tmp_path / "dossiers"
    result = run_alg("mbm:concessions_report", dict(inventory_layers, OUTPUT="memory:", REPORT_FOLDER=str(folder)))
    assert result["REPORT_FOLDER"] == str(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["dossier_C1.html", "dossier_C1.pdf", "dossier_C2.html", "dossier_C2.pdf", "index.html"]
    c1 = (folder / "dossier_C1.html").read_text(encoding="utf-8")
    c2 = (folder / "dossier_C2.html").read_text(encoding="utf-8")
    # Values from the data are escaped.
    assert "Fosse 1 &lt;b&gt;bis&lt;/b&gt;" in c1 and "<b>bis" not in c1
    assert "Béthune &lt;script&gt;" in c2 and "<script>" not in c2
    assert "Station B &amp; C" in c2
    assert "effondrement localisé" in c1 and "50,00" in c1
    assert 'href="dossier_C1.pdf"' in c1
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="dossier_C1.html"' in index and 'href="dossier_C2.pdf"' in index
    pdf = folder / "dossier_C1.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Concession C1" in text
        # C1's shafts only, the untreated and unknown first; its communes with their share; French words.
        assert "P1" in text and "P3" in text and "P4" not in text
        assert text.index("P2") < text.index("P3") < text.index("P1")
        assert re.search(r"Liévin\s+62510\s+58,0 %", text) and re.search(r"Lens\s+62498\s+42,0 %", text)
        assert "non traité" in text and "état inconnu" in text and "non_traite" not in text


def test_invalid_perimeter_and_commune_counted_with_toolbox_setting(run_alg, concessions_layer, toolbox_context, memory_layer):
    """With the toolbox's default "stop at the first invalid geometry", a bow-tie perimeter or commune
    is repaired in memory and counted, not an error."""
    bow_tie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(X0, Y0, X0 + 1000, Y0 + 1000)
    concessions = concessions_layer([("C1", bow_tie, 50.0)]).source()  # a path: no OGR layer in a traceback
    communes = memory_layer("Polygon?crs=EPSG:2154&field=insee:string&field=nom:string",
                            [(QgsGeometry.fromWkt(bow_tie), ["62498", "Lens"])])
    shafts = memory_layer("Point?crs=EPSG:2154&field=etat:string",
                          [(point(100, 500), ["traite"]), (point(900, 500), ["non_traite"])])
    result = run_alg("mbm:concessions_report", {"CONCESSIONS": concessions, "COMMUNES": communes,
                                                "SHAFTS": shafts, "OUTPUT": "memory:"},
                     context=toolbox_context("AbortOnInvalid"))
    c1 = rows_of(result["OUTPUT"])["C1"]
    assert c1["surface_ha"] == pytest.approx(50.0)
    assert (c1["nb_puits"], c1["nb_puits_non_traites"]) == (2, 1)
    assert (c1["nb_communes"], c1["communes"]) == (1, "Lens (100 %)")


def test_pdf_that_cannot_be_written_is_reported(run_alg, inventory_layers, tmp_path, recording_feedback):
    folder = tmp_path / "dossiers"
    (folder / "dossier_C1.pdf").mkdir(parents=True)  # a folder where the PDF should go
    feedback = recording_feedback()
    run_alg("mbm:concessions_report", dict(inventory_layers, OUTPUT="memory:", REPORT_FOLDER=str(folder)),
            feedback=feedback)
    assert any("C1" in error and "C2" not in error for error in feedback.errors), feedback.errors
    assert 'href="dossier_C1.pdf"' not in (folder / "index.html").read_text(encoding="utf-8")
    assert (folder / "dossier_C2.pdf").is_file()
