"""The "Concessions" tab: check in the background, list, zoom and flash, build and list the dossiers."""

import os
import time

import pytest
from qgis.core import QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, Qt

from bassin_minier.mbm_qgis_plugin.gui.concessions_tab import ConcessionsTab


def wait_for(condition, timeout=30):
    end = time.time() + timeout
    while not condition() and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return condition()


@pytest.fixture()
def tab(qgis_iface, mbm_provider, qgis_new_project):
    widget = ConcessionsTab(qgis_iface)
    yield widget
    widget.unload()
    QgsProject.instance().removeAllMapLayers()
    widget.deleteLater()


def test_check_lists_anomalies_and_double_click_zooms(tab, concessions_layer, tiling, qgis_iface):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=100), 110.0]
    tiles["C3"][1] = 120.0
    layer = concessions_layer(tiles, crs="EPSG:27561")
    QgsProject.instance().addMapLayer(layer)
    tab.concessions_combo.setLayer(layer)
    assert tab.id_field_combo.currentField() == "concession_id"
    assert tab.area_field_combo.currentField() == "surface_ha"
    task = tab.run_check()
    assert task is not None
    assert wait_for(lambda: tab.table.rowCount() == 2 and tab.run is None)
    assert [tab.table.item(r, 1).text() for r in range(2)] == ["Overlap", "Area difference"]
    assert tab.table.item(0, 0).text() == "C1,C2"
    assert tab.table.item(0, 2).text() == "10.00 ha"  # the 100 m × 1 km overlap
    assert int(tab.table.item(0, 2).textAlignment()) & int(Qt.AlignmentFlag.AlignRight)
    # The anomalies layer is in the project, styled by kind.
    anomalies = QgsProject.instance().mapLayer(tab.anomalies_layer)
    assert anomalies is not None and anomalies.featureCount() == 2
    assert anomalies.renderer().type() == "categorizedSymbol"
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    tab.table.cellDoubleClicked.emit(0, 0)
    # The 100 m × 1 km overlap, seen from the canvas in EPSG:27561.
    center = canvas.extent().center()
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    to_l93 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())
    center_l93 = to_l93.transform(QgsPointXY(center))
    assert center_l93.x() == pytest.approx(tiling.X0 + 950, abs=30)
    assert center_l93.y() == pytest.approx(tiling.Y0 + 500, abs=30)


def test_smallest_area_reported_is_passed_to_the_check(tab, concessions_layer, tiling):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=100), 110.0]  # a 10 ha overlap
    tiles["C3"][1] = 120.0
    layer = concessions_layer(tiles)
    QgsProject.instance().addMapLayer(layer)
    tab.concessions_combo.setLayer(layer)
    tab.min_area_spin.setValue(100001.0)
    assert tab.check_parameters()["MIN_GAP_AREA_M2"] == 100001.0
    tab.run_check()
    assert wait_for(lambda: tab.run is None and tab.progress.value() == 100)
    assert [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())] == ["Area difference"]


def test_clean_layer_says_so(tab, concessions_layer, tiling):
    layer = concessions_layer(tiling.clean())
    QgsProject.instance().addMapLayer(layer)
    tab.concessions_combo.setLayer(layer)
    tab.run_check()
    assert wait_for(lambda: tab.run is None and tab.progress.value() == 100)
    assert tab.table.rowCount() == 0
    assert tab.status_label.text() == tab.tr("No anomaly: the perimeters are clean.")


def test_build_dossiers_lists_them(tab, concessions_layer, tiling, tmp_path):
    layer = concessions_layer(tiling.clean())
    QgsProject.instance().addMapLayer(layer)
    tab.concessions_combo.setLayer(layer)
    tab.folder_widget.setFilePath(str(tmp_path / "dossiers"))
    folder = tab.build_dossiers()
    assert folder == str(tmp_path / "dossiers")
    names = [tab.dossiers_list.item(i).text() for i in range(tab.dossiers_list.count())]
    assert names == ["dossier_C{}.pdf".format(n) for n in range(1, 10)] + ["index.html"]
    assert QgsApplication.processingRegistry().algorithmById("mbm:concessions_report") is not None


def test_refused_layer_shows_what_to_fix(tab, qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?field=concession_id:string", "sans SCR", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((690000 7030000,691000 7030000,691000 7031000,690000 7030000))"))
    feature.setAttributes(["C1"])
    layer.dataProvider().addFeatures([feature])
    layer.setCrs(QgsCoordinateReferenceSystem())  # a shapefile without .prj
    QgsProject.instance().addMapLayer(layer)
    tab.concessions_combo.setLayer(layer)
    assert tab.run_check() is not None
    assert wait_for(lambda: tab.run is None)
    assert "has no coordinate reference system" in tab.status_label.text()
    assert tab.table.rowCount() == 0


@pytest.fixture()
def french(french_qgis):
    """A French QGIS, which omits the thousands separator by default (Settings > Options > General)."""
    from qgis.PyQt.QtCore import QLocale

    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)  # french_qgis puts back the previous one


def test_anomalies_in_french_words_and_numbers(french, qgis_iface, mbm_provider, qgis_new_project,
                                               concessions_layer, tiling):
    tiles = tiling.clean()
    tiles["C2"] = [tiling.square_wkt(1, 0, left=1), 100.0]  # a 1 m × 1 km overlap: a sliver
    tiles["C3"] = [tiling.square_wkt(2, 0, left=-123.45), 120.0]  # an open gap beside C2, area off
    tiles["C8"] = [tiling.square_wkt(1, 2, right=100), 110.0]  # a 10 ha overlap with C9
    del tiles["C5"]
    rows = [(cid, wkt, declared) for cid, (wkt, declared) in tiles.items()]
    rows += [("C5", None, None), ("C7", tiling.square_wkt(4, 4), None), ("C10", "LINESTRING({0} {1},{2} {1})".format(
        tiling.X0, tiling.Y0 - 500, tiling.X0 + 900), None)]
    layer = concessions_layer(rows, crs="EPSG:2154")
    QgsProject.instance().addMapLayer(layer)
    tab = ConcessionsTab(qgis_iface)
    try:
        assert tab.min_area_spin.toolTip().startswith("Les lacunes et chevauchements")
        tab.concessions_combo.setLayer(layer)
        tab.sliver_spin.setValue(2.0)
        tab.run_check()
        assert wait_for(lambda: tab.run is None and tab.table.rowCount() > 0), tab.status_label.text()
        rows = [[tab.table.item(r, c).text() for c in range(3)] for r in range(tab.table.rowCount())]
        labels = [row[1] for row in rows]
        assert labels == ["Géométrie vide", "Géométrie invalide", "Identifiant en double", "Chevauchement",
                          "Lacune", "Micro-surface", "Écart de surface"], rows
        codes = {"geometrie_vide", "geometrie_invalide", "identifiant_duplique", "chevauchement", "lacune",
                 "micro_surface", "ecart_surface"}
        assert not codes & {text for row in rows for text in row}
        areas = {row[1]: row[2].replace("\u202f", " ").replace("\xa0", " ") for row in rows}
        assert areas["Micro-surface"] == "1 000,0 m²"
        assert areas["Chevauchement"] == "10,00 ha"
        assert areas["Lacune"] == "100,00 ha"
        assert tab.area_text(12345678.0).replace("\u202f", " ").replace("\xa0", " ") == "1 234,57 ha"
        assert areas["Écart de surface"] == "87,66 ha"  # C3 shrunk by 123.45 m: 87.655 ha drawn
        assert areas["Géométrie vide"] == ""
        assert tab.table.horizontalHeaderItem(2).text() == "Surface"
    finally:
        tab.unload()
        tab.deleteLater()


def test_check_controls_fit_the_dock_default_width(french, qgis_iface, mbm_provider):
    """The dock opens 480 px wide: the check's controls show whole at QGIS desktop's 9 pt interface font
    (not the offscreen platform's 12 pt), in French, the longer language."""
    from qgis.PyQt.QtGui import QFont

    from bassin_minier.mbm_qgis_plugin.gui.dock import BassinMinierDock

    dock = BassinMinierDock(qgis_iface)
    try:
        font = QFont(dock.font())
        font.setPointSize(9)
        dock.setFont(font)
        dock.resize(480, 800)
        tab = next(t for t in dock.task_tabs if isinstance(t, ConcessionsTab))
        assert tab.min_area_spin.isVisibleTo(tab)
        assert tab.perimeter_tolerance_spin.isVisibleTo(tab)
        # The tab scrolls vertically: its content, beside the vertical scroll bar, must not need more.
        frame = 2 * 2 + 2 * 4  # the dock's margins and the tab widget's frame
        available = 480 - frame - tab.scroll.verticalScrollBar().sizeHint().width()
        for group in (tab.check_box, tab.perimeters_box):
            assert group.minimumSizeHint().width() <= available - 2 * 4, (group.title(), group.minimumSizeHint())
            assert group.sizeHint().width() <= available - 2 * 4, (group.title(), group.sizeHint())
        assert tab.content.minimumSizeHint().width() <= available, tab.content.minimumSizeHint()
        assert tab.content.sizeHint().width() <= available, tab.content.sizeHint()
    finally:
        dock.unload()
        dock.deleteLater()


SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources",
                      "sample_data")


def test_perimeters_rebuilt_from_the_decrees_in_french(french, qgis_iface, mbm_provider, qgis_new_project):
    """The sample decrees' vertices, compared with the sample concessions chosen at the top of the tab: the
    layer of rebuilt perimeters in the project, styled by statut, and the French summary."""
    from qgis.core import QgsVectorLayer

    concessions = QgsVectorLayer(os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg") + "|layername=concessions",
                                 "Concessions", "ogr")
    assert concessions.isValid()
    QgsProject.instance().addMapLayer(concessions)
    tab = ConcessionsTab(qgis_iface)
    try:
        tab.concessions_combo.setLayer(concessions)
        assert tab.vertices_crs_widget.crs().authid() == "EPSG:27561"
        assert tab.perimeter_tolerance_spin.value() == 5.0
        tab.vertices_widget.setFilePath(os.path.join(SAMPLE, "concessions_sommets_decrets.csv"))
        tab.perimeters_button.click()
        assert tab.run is not None
        assert wait_for(lambda: tab.run is None and tab.perimeters_layer is not None), tab.perimeters_label.text()
        layer = QgsProject.instance().mapLayer(tab.perimeters_layer)
        assert layer is not None and layer.featureCount() == 40
        assert layer.name() == "Périmètres des décrets"
        assert layer.renderer().type() == "categorizedSymbol"
        assert layer.renderer().classAttribute() == "statut"
        legend = {c.value(): c.label() for c in layer.renderer().categories()}
        assert legend == {"ok": "Conforme", "ecart": "En écart", "invalide": "Invalide",
                          "absent": "Absent de la table"}
        assert "38 conformes, 1 en écart, 1 absent de la table" in tab.perimeters_label.text()
        assert tab.perimeters_progress.value() == 100
        items = [tab.perimeters_list.item(i).text() for i in range(tab.perimeters_list.count())]
        assert len(items) == 2, items
        drifted = next(text for text in items if text.startswith("CON20"))
        assert "en écart" in drifted and "25,0 m" in drifted, drifted
        assert next(text for text in items if text.startswith("CON06")).startswith("CON06 (absent de la table)")
        assert tab.perimeters_button.isEnabled() and not tab.perimeters_cancel_button.isEnabled()
        # Double-clicking CON20 zooms the map to it.
        canvas = qgis_iface.mapCanvas()
        canvas.setDestinationCrs(layer.crs())
        canvas.setExtent(QgsRectangle(0, 0, 10, 10))
        row = items.index(drifted)
        tab.perimeters_list.itemDoubleClicked.emit(tab.perimeters_list.item(row))
        con20 = next(layer.getFeatures("concession_id = 'CON20'")).geometry().boundingBox()
        assert canvas.extent().contains(con20)
        extent = canvas.extent()  # widened along one axis to the canvas's shape
        assert min(extent.width() / con20.width(), extent.height() / con20.height()) < 2, extent
        # A second run replaces the layer instead of piling up a copy.
        first = tab.perimeters_layer
        tab.run_perimeters()
        assert wait_for(lambda: tab.run is None and tab.perimeters_layer != first)
        assert QgsProject.instance().mapLayer(first) is None
        assert len(QgsProject.instance().mapLayersByName("Périmètres des décrets")) == 1
    finally:
        tab.unload()
        tab.deleteLater()


def test_perimeters_without_a_table_say_what_to_choose(french, qgis_iface, mbm_provider, qgis_new_project):
    tab = ConcessionsTab(qgis_iface)
    try:
        layers_before = set(QgsProject.instance().mapLayers())
        tab.perimeters_button.click()
        assert wait_for(lambda: tab.run is None)
        assert tab.perimeters_label.text().startswith("Aucune table des sommets"), tab.perimeters_label.text()
        assert tab.perimeters_layer is None and tab.perimeters_list.count() == 0
        assert set(QgsProject.instance().mapLayers()) == layers_before
        assert tab.perimeters_button.isEnabled()
    finally:
        tab.unload()
        tab.deleteLater()


def test_perimeters_with_a_missing_column_give_the_algorithm_s_message(french, qgis_iface, mbm_provider,
                                                                       qgis_new_project, tmp_path):
    table = tmp_path / "sommets.csv"
    table.write_text("Concession;Sommet;X\nCON01;1;603201,40\n", encoding="utf-8")
    tab = ConcessionsTab(qgis_iface)
    try:
        tab.vertices_widget.setFilePath(str(table))
        tab.run_perimeters()
        assert wait_for(lambda: tab.run is None)
        text = tab.perimeters_label.text()
        assert "Y" in text and "colonne" in text.lower(), text
        assert tab.perimeters_layer is None
    finally:
        tab.unload()
        tab.deleteLater()
