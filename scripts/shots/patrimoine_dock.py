"""Screenshot set-up of the "Patrimoine" tab: the sample cités ranked with the default grid, then crossed with a
base Sandt made from the sample data, the hazards and the UNESCO perimeters — both through the tab's buttons,
in the background.

Run by BM_SHOT_WAIT_MS=8000 scripts/desktop_screenshot.sh docs/images/patrimoine_dock.png patrimoine
scripts/shots/patrimoine_dock.py (exec'd inside QGIS with iface, dock and plugin in its namespace)."""

import os
import tempfile

import processing
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QScrollArea

_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_sample = os.path.join(_root, "resources", "sample_data")
_synth = os.path.join(_sample, "bassin_minier_synthetique.gpkg")
_styles = os.path.join(_root, "resources", "styles")


def _load(path, name, title, style=None):
    layer = QgsVectorLayer("{}|layername={}".format(path, name), title, "ogr")
    if style:
        layer.loadNamedStyle(os.path.join(_styles, style))
    QgsProject.instance().addMapLayer(layer)
    return layer


_communes = _load(os.path.join(_sample, "bassin_minier_communes.gpkg"), "communes", "communes", "concessions_communes.qml")
_unesco = _load(_synth, "unesco", "unesco", "patrimoine_unesco.qml")
_aleas = _load(_synth, "aleas", "aleas", "concessions_aleas.qml")
_cites = _load(_synth, "cites", "cites")

# A base Sandt of the sample cités with the sample GIRZOM programme, as the Sandt tab makes it.
_base = os.path.join(tempfile.mkdtemp(prefix="mbm_shot_"), "base_sandt.gpkg")
processing.run("mbm:sandt_create", {"CITES": _cites, "OUTPUT": _base})
processing.run("mbm:sandt_update", {"BASE": _base, "TABLE": os.path.join(_sample, "programme_girzom_2026.csv"),
                                    "DRY_RUN": False, "MATCH_THRESHOLD": 85, "REPORT": "TEMPORARY_OUTPUT"})

_tab = [dock.tabs.widget(i) for i in range(dock.tabs.count()) if dock.tabs.widget(i).TASK == "patrimoine"][0]
_tab.cites_combo.setLayer(_cites)
_tab.criteria_table.cellWidget(0, 1).setValue(1.5)  # architecture counts a little more
_tab.base_edit.setText(_base)
_tab.hazards_combo.setLayer(_aleas)
_tab.unesco_combo.setLayer(_unesco)
_tab.communes_combo.setLayer(_communes)
_tab.folder_widget.setFilePath(os.path.join(tempfile.gettempdir(), "fiches_patrimoine"))
_tab.rank()


def _cross():
    if _tab.busy():  # still ranking
        QTimer.singleShot(200, _cross)
        return
    _tab.cross()
    QTimer.singleShot(200, _after_cross)


def _after_cross():
    if _tab.busy():
        QTimer.singleShot(200, _after_cross)
        return
    _tab.filter_widget.setExpression("\"unesco\" = 'bien' AND \"reseaux_restants\" > 0")
    QgsProject.instance().layerTreeRoot().findLayer(_cites.id()).setItemVisibilityChecked(False)
    iface.mapCanvas().setExtent(_communes.extent())
    iface.mapCanvas().refresh()
    # the chart whole in view, the criteria above it
    _tab.findChild(QScrollArea).ensureWidgetVisible(_tab.chart, 0, 6)


QTimer.singleShot(300, _cross)
