"""The "Concessions" tab: check in the background, list, zoom and flash, build and list the dossiers."""

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
    assert [tab.table.item(r, 1).text() for r in range(2)] == ["chevauchement", "ecart_surface"]
    assert tab.table.item(0, 0).text() == "C1,C2"
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
