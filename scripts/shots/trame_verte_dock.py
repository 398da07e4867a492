"""Screenshot set-up of the "Trame verte" tab: sample layers in the project, the schema drawn from them.

Run by scripts/desktop_screenshot.sh docs/images/trame_verte_dock.png trame_verte scripts/shots/trame_verte_dock.py
(exec'd inside QGIS with iface, dock and plugin in its namespace)."""

import os

from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_sample = os.path.join(_root, "resources", "sample_data")
_communes = QgsVectorLayer(os.path.join(_sample, "bassin_minier_communes.gpkg") + "|layername=communes",
                           "communes", "ogr")
_communes.loadNamedStyle(os.path.join(_root, "resources", "styles", "trame_verte_fond.qml"))
_layers = [QgsVectorLayer(os.path.join(_sample, "bassin_minier_synthetique.gpkg") + "|layername=" + name, name, "ogr")
           for name in ("autoroutes", "voies_ferrees", "boisements", "zones_humides", "terrils", "parcs")]
QgsProject.instance().addMapLayers(_layers + [_communes])
for _layer in _layers[2:]:
    QgsProject.instance().layerTreeRoot().findLayer(_layer.id()).setItemVisibilityChecked(False)

_tab = [dock.tabs.widget(i) for i in range(dock.tabs.count()) if dock.tabs.widget(i).TASK == "trame_verte"][0]
_tab.refresh_layers()
_tab.background.setLayer(_communes)
_tab.communes.setLayer(_communes)
_cavaliers = QgsVectorLayer(os.path.join(_sample, "bassin_minier_synthetique.gpkg") + "|layername=cavaliers",
                            "cavaliers_restaures", "ogr")
QgsProject.instance().addMapLayer(_cavaliers)
_tab.works.setLayer(_cavaliers)
_tab.title_edit.setText("Trame verte du Bassin minier — 2026")
_tab.run_schema()


def _status():
    if _tab.busy():  # the schema is still being drawn
        QTimer.singleShot(200, _status)
        return
    _tab.run_status()
    QTimer.singleShot(200, _clean)


def _clean():
    """Once the progress is computed, the project counts as saved: QGIS then quits without asking."""
    if _tab.busy():
        QTimer.singleShot(200, _clean)
        return
    QgsProject.instance().setDirty(False)
    # The results are temporary layers: without this QGIS would ask whether to lose them before quitting.
    QgsSettings().setValue("askToSaveMemoryLayers", False, QgsSettings.Section.App)


def _zoom():
    iface.mapCanvas().setExtent(_communes.extent())
    iface.mapCanvas().refresh()


QTimer.singleShot(500, _status)
QTimer.singleShot(5000, _zoom)
