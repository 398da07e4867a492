"""Setup of the dock screenshot (scripts/desktop_screenshot.sh docs/images/concessions_dock.png concessions
scripts/shots/concessions_dock.py): sample layers loaded, check run, first anomaly zoomed, dossiers built."""

import os
import tempfile

import processing
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject, QgsVectorLayer

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sample = os.path.join(root, "resources", "sample_data")
styles = os.path.join(root, "resources", "styles")
synthetic = os.path.join(sample, "bassin_minier_synthetique.gpkg")


def load(path, layer_name, title, style=None):
    layer = QgsVectorLayer("{}|layername={}".format(path, layer_name), title, "ogr")
    if style:
        layer.loadNamedStyle(os.path.join(styles, style))
    QgsProject.instance().addMapLayer(layer)
    return layer


communes = load(os.path.join(sample, "bassin_minier_communes.gpkg"), "communes", "Communes", "concessions_communes.qml")
concessions = load(synthetic, "concessions", "Concessions", "concessions_perimetre.qml")
shafts = load(synthetic, "puits", "Puits", "concessions_puits.qml")
stations = load(synthetic, "stations_relevage", "Stations de relevage", "concessions_stations.qml")

tab = next(dock.tabs.widget(i) for i in range(dock.tabs.count()) if dock.tabs.widget(i).TASK == "concessions")
tab.concessions_combo.setLayer(concessions)
tab.shafts_combo.setLayer(shafts)
tab.stations_combo.setLayer(stations)
tab.communes_combo.setLayer(communes)
# QGIS's default width of a docked panel: the check's controls fit it.
iface.mainWindow().resizeDocks([dock], [480], Qt.Orientation.Horizontal)  # noqa: F821

# The same algorithm the "Run the check" button starts, run here synchronously for a stable picture.
context = QgsProcessingContext()
context.setProject(QgsProject.instance())
result = processing.run("mbm:concessions_check", tab.check_parameters(), context=context)
tab.show_anomalies(result["OUTPUT"].materialize(QgsFeatureRequest()))  # a copy the project can own
tab.tolerance_spin.setFocus()
tab.table.selectRow(1)

tab.folder_widget.setFilePath(os.path.join(tempfile.mkdtemp(), "dossiers"))
tab.build_dossiers()
tab.dossiers_list.setCurrentRow(5)
tab.table.setFocus()
# After QGIS has zoomed to the first layers loaded: zoom to the sliver between CON04 and CON05.
QTimer.singleShot(800, lambda: tab.zoom_to_anomaly(1))
