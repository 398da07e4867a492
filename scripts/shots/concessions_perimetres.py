"""Setup of the screenshot of the perimeters rebuilt from the decrees (scripts/desktop_screenshot.sh
docs/images/concessions_perimetres.png concessions scripts/shots/concessions_perimetres.py): sample concessions
loaded, the sample vertex table rebuilt in the tab, the map zoomed on the drifted CON20, the tab scrolled to the
"Perimeters from the decrees" group and its summary."""

import os

import processing
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest,
                       QgsProcessingContext, QgsProject, QgsVectorLayer)

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sample = os.path.join(root, "resources", "sample_data")
styles = os.path.join(root, "resources", "styles")


def load(path, layer_name, title, style=None):
    layer = QgsVectorLayer("{}|layername={}".format(path, layer_name), title, "ogr")
    if style:
        layer.loadNamedStyle(os.path.join(styles, style))
    QgsProject.instance().addMapLayer(layer)
    return layer


load(os.path.join(sample, "bassin_minier_communes.gpkg"), "communes", "Communes", "concessions_communes.qml")
concessions = load(os.path.join(sample, "bassin_minier_synthetique.gpkg"), "concessions", "Concessions",
                   "concessions_perimetre.qml")

tab = next(dock.tabs.widget(i) for i in range(dock.tabs.count()) if dock.tabs.widget(i).TASK == "concessions")  # noqa: F821
tab.concessions_combo.setLayer(concessions)
tab.vertices_widget.setFilePath(os.path.join(sample, "concessions_sommets_decrets.csv"))
iface.mainWindow().resizeDocks([dock], [480], Qt.Orientation.Horizontal)  # noqa: F821

# The same algorithm the "Rebuild the perimeters" button starts, run here synchronously for a stable picture.
context = QgsProcessingContext()
context.setProject(QgsProject.instance())
result = processing.run("mbm:concessions_perimeter", tab.perimeter_parameters(), context=context)
tab.show_perimeters(result["OUTPUT"].materialize(QgsFeatureRequest()))  # a copy the project can own
rebuilt = QgsProject.instance().mapLayer(tab.perimeters_layer)
con20 = next(rebuilt.getFeatures("concession_id = 'CON20'")).geometry()
drawn20 = next(concessions.getFeatures("concession_id = 'CON20'")).geometry()
drawn20.transform(QgsCoordinateTransform(concessions.crs(), rebuilt.crs(), QgsProject.instance()))
drift = con20.symDifference(drawn20).boundingBox()  # where the drawn outline leaves the decree's
row = [p[0] for p in tab.perimeters].index("CON20")
tab.perimeters_list.setCurrentRow(row)


def show():
    # The stretch of CON20 where its drawn outline (violet) runs 25 m off the rebuilt one (red).
    canvas = iface.mapCanvas()  # noqa: F821
    to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                       canvas.mapSettings().destinationCrs(), QgsProject.instance())
    extent = to_canvas.transformBoundingBox(drift)
    extent.grow(max(extent.width(), extent.height()) * 0.25)
    canvas.setExtent(extent)
    canvas.refresh()
    tab.scroll.verticalScrollBar().setValue(tab.perimeters_box.y() - 4)
    tab.perimeters_list.setFocus()
    iface.messageBar().clearWidgets()  # noqa: F821 — QGIS's note on the NTF grid, not the plugin's


def scroll_and_clear():
    tab.scroll.verticalScrollBar().setValue(tab.perimeters_box.y() - 4)
    iface.messageBar().clearWidgets()  # noqa: F821


# After QGIS has zoomed to the first layers loaded.
QTimer.singleShot(800, show)
QTimer.singleShot(6000, scroll_and_clear)
