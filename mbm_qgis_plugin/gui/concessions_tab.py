"""Dock tab "Concessions": check the perimeters, list the anomalies, build and open the dossiers.

The tab runs the same Processing algorithms as the toolbox (mbm:concessions_check in a background
task, mbm:concessions_report in the main thread because it prints layouts), so GUI and batch agree.
"""

import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QLocale, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..compat import LAMBERT_93, field_filter, is_null, layer_filter
from ..concessions.checks import anomaly_label
from .base_tab import TaskTab

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")




def _align_right(item):
    """Right-align a table cell (PyQt5 wants an int, PyQt6 the flag itself)."""
    alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    try:
        item.setTextAlignment(alignment)
    except TypeError:
        item.setTextAlignment(int(alignment))


class ConcessionsTab(TaskTab):
    TASK = "concessions"
    OBJECT_NAME = "ConcessionsTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self._feedback = None  # of the dossiers being built (in the GUI thread), for cancel
        self.anomalies_layer = None
        self.anomalies = []  # (concession_id, anomalie, surface_m2, detail, QgsGeometry in EPSG:2154)
        self._build()

    # --- widgets ----------------------------------------------------------------------------------------
    def _layer_combo(self, kind, optional):
        combo = QgsMapLayerComboBox(self)
        combo.setFilters(layer_filter(kind))
        combo.setAllowEmptyLayer(optional)
        if optional:
            combo.setLayer(None)
        return combo

    def _build(self):
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        check_box = QGroupBox(self.tr("Check the perimeters"), self)
        form = QFormLayout(check_box)
        self.concessions_combo = self._layer_combo("PolygonLayer", False)
        self.concessions_combo.setObjectName("concessionsLayer")
        self.id_field_combo = QgsFieldComboBox(self)
        self.area_field_combo = QgsFieldComboBox(self)
        self.area_field_combo.setFilters(field_filter("Numeric"))
        self.area_field_combo.setAllowEmptyFieldName(True)
        self.tolerance_spin = QDoubleSpinBox(self)
        self.tolerance_spin.setRange(0, 100)
        self.tolerance_spin.setValue(5.0)
        self.tolerance_spin.setSuffix(" %")
        self.sliver_spin = QDoubleSpinBox(self)
        self.sliver_spin.setRange(0, 1000)
        self.sliver_spin.setValue(5.0)
        self.sliver_spin.setSuffix(" m")
        self.min_area_spin = QDoubleSpinBox(self)
        self.min_area_spin.setObjectName("minGapArea")
        self.min_area_spin.setRange(0, 1e9)
        self.min_area_spin.setDecimals(1)
        self.min_area_spin.setValue(0.0)
        self.min_area_spin.setSuffix(" m²")
        self.min_area_spin.setToolTip(self.tr(
            "Gaps and overlaps (slivers included) of a smaller area are not reported; 0 reports them all."))
        # One setting a row: side by side they would not fit the dock's default width (480 px).
        form.addRow(self.tr("Concessions"), self.concessions_combo)
        form.addRow(self.tr("Id field"), self.id_field_combo)
        form.addRow(self.tr("Declared area (ha)"), self.area_field_combo)
        form.addRow(self.tr("Tolerance"), self.tolerance_spin)
        form.addRow(self.tr("Sliver width"), self.sliver_spin)
        form.addRow(self.tr("Smallest area reported"), self.min_area_spin)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Run the check"), self)
        self.check_button.setObjectName("runCheck")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        layout.addWidget(check_box)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status_label = QLabel(self.tr("Choose the concessions layer, then run the check."), self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("anomaliesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Concession"), self.tr("Anomaly"), self.tr("Area"),
                                              self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Double-click an anomaly to zoom to it."))
        layout.addWidget(self.table, 2)

        report_box = QGroupBox(self.tr("Dossiers"), self)
        form = QFormLayout(report_box)
        self.shafts_combo = self._layer_combo("PointLayer", True)
        self.status_field_combo = QgsFieldComboBox(self)
        self.stations_combo = self._layer_combo("PointLayer", True)
        self.communes_combo = self._layer_combo("PolygonLayer", True)
        self.hazards_combo = self._layer_combo("PolygonLayer", True)
        self.folder_widget = QgsFileWidget(self)
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        form.addRow(self.tr("Shafts"), self.shafts_combo)
        form.addRow(self.tr("Shaft status"), self.status_field_combo)
        form.addRow(self.tr("Pumping stations"), self.stations_combo)
        form.addRow(self.tr("Communes"), self.communes_combo)
        form.addRow(self.tr("Hazards"), self.hazards_combo)
        form.addRow(self.tr("Folder"), self.folder_widget)
        self.report_button = QPushButton(self.tr("Build the dossiers"), self)
        self.report_button.setObjectName("buildDossiers")
        self.dossiers_cancel_button = QPushButton(self.tr("Cancel"), self)
        self.dossiers_cancel_button.setObjectName("cancelDossiers")
        self.dossiers_cancel_button.setEnabled(False)
        dossier_buttons = QHBoxLayout()
        dossier_buttons.addWidget(self.report_button)
        dossier_buttons.addWidget(self.dossiers_cancel_button)
        form.addRow(dossier_buttons)
        self.dossiers_list = QListWidget(self)
        self.dossiers_list.setObjectName("dossiersList")
        self.dossiers_list.setToolTip(self.tr("Double-click a dossier to open it."))
        self.open_button = QPushButton(self.tr("Open the dossier"), self)
        form.addRow(self.dossiers_list)
        form.addRow(self.open_button)
        layout.addWidget(report_box, 1)

        self.connect(self.concessions_combo.layerChanged, self._on_concessions_changed)
        self.connect(self.shafts_combo.layerChanged, self._on_shafts_changed)
        self.connect(self.check_button.clicked, self.run_check)
        self.connect(self.cancel_button.clicked, self.cancel)
        self.connect(self.table.cellDoubleClicked, self._on_anomaly_double_clicked)
        self.connect(self.report_button.clicked, self.build_dossiers)
        self.connect(self.dossiers_cancel_button.clicked, self.cancel_dossiers)
        self.connect(self.dossiers_list.itemDoubleClicked, self._open_item)
        self.connect(self.open_button.clicked, self.open_selected_dossier)
        self._on_concessions_changed(self.concessions_combo.currentLayer())
        self._on_shafts_changed(self.shafts_combo.currentLayer())

    def title(self):
        return self.tr("Concessions")

    # --- layer choices ----------------------------------------------------------------------------------
    def _on_concessions_changed(self, layer):
        self.id_field_combo.setLayer(layer)
        self.area_field_combo.setLayer(layer)
        if layer is not None:
            if layer.fields().lookupField("concession_id") >= 0:
                self.id_field_combo.setField("concession_id")
            if layer.fields().lookupField("surface_ha") >= 0:
                self.area_field_combo.setField("surface_ha")
            else:
                self.area_field_combo.setField("")

    def _on_shafts_changed(self, layer):
        self.status_field_combo.setLayer(layer)
        if layer is not None and layer.fields().lookupField("etat") >= 0:
            self.status_field_combo.setField("etat")

    def check_parameters(self):
        layer = self.concessions_combo.currentLayer()
        return {
            "INPUT": layer,
            "ID_FIELD": self.id_field_combo.currentField() or "concession_id",
            "DECLARED_AREA_FIELD": self.area_field_combo.currentField() or None,
            "AREA_TOLERANCE_PCT": self.tolerance_spin.value(),
            "SLIVER_MAX_WIDTH_M": self.sliver_spin.value(),
            "MIN_GAP_AREA_M2": self.min_area_spin.value(),
            "OUTPUT": "memory:",
        }

    # --- the check, in a background task ----------------------------------------------------------------
    def run_check(self):
        """Start mbm:concessions_check in the background; returns the run (or None)."""
        if self.busy():
            return None
        layer = self.concessions_combo.currentLayer()
        if layer is None:
            self._message(self.tr("Choose the concessions layer first."), warning=True)
            return None
        run = self.start_algorithm("mbm:concessions_check", self.check_parameters(), self._on_check_done,
                                   self._on_progress)
        if run is None:
            self._message(self.tr("The Bassin minier Processing provider is not loaded."), warning=True)
            return None
        self.check_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Checking {}…").format(layer.name()))
        return run

    def cancel(self):
        self.cancel_algorithm()
        if self._feedback is not None:  # the dossiers, built in the GUI thread
            self._feedback.cancel()

    def _on_progress(self, value):
        self.progress.setValue(int(value))

    def _on_check_done(self, ok, results, run):
        self.check_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if not ok:
            if run.error() and not run.canceled():
                self._message(run.error(), warning=True)  # what to fix, in the user's language
            else:
                self.status_label.setText(self.tr("The check was cancelled or failed (see the Processing log)."))
            return
        self.show_anomalies(run.context.takeResultLayer(results["OUTPUT"]))

    def show_anomalies(self, layer):
        """Fill the table from an anomalies layer and add the layer to the project, styled."""
        self.anomalies = [(f["concession_id"], f["anomalie"], f["surface_m2"], f["detail"], f.geometry())
                          for f in layer.getFeatures()]
        self.table.setRowCount(len(self.anomalies))
        for row, (concession_id, kind, surface, detail, _geometry) in enumerate(self.anomalies):
            area = "" if is_null(surface) else self.area_text(float(surface))
            for column, text in enumerate((concession_id, anomaly_label(kind), area, detail)):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(detail))
                if column == 2:
                    _align_right(item)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.progress.setValue(100)
        if self.anomalies:
            self.status_label.setText(self.tr("{} anomalies. Double-click one to zoom to it.").format(
                len(self.anomalies)))
        else:
            self.status_label.setText(self.tr("No anomaly: the perimeters are clean."))
        self._replace_anomalies_layer(layer)

    def area_text(self, square_metres):
        """An area in the user's language, hectares from 1 ha, square metres below, thousands grouped
        ("1 234,5 m²" in French) even where QGIS is set to omit the group separator (its default)."""
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        if square_metres >= 10000.0:
            return self.tr("{} ha").format(locale.toString(square_metres / 10000.0, "f", 2))
        return self.tr("{} m²").format(locale.toString(square_metres, "f", 1))

    def _replace_anomalies_layer(self, layer):
        project = QgsProject.instance()
        if self.anomalies_layer is not None and project.mapLayer(self.anomalies_layer) is not None:
            project.removeMapLayer(self.anomalies_layer)
        layer.setName(self.tr("Concession anomalies"))
        layer.loadNamedStyle(os.path.join(STYLES_DIR, "concessions_anomalies.qml"))
        project.addMapLayer(layer)
        self.anomalies_layer = layer.id()

    def _on_anomaly_double_clicked(self, row, _column):
        self.zoom_to_anomaly(row)

    def zoom_to_anomaly(self, row):
        """Zoom the map canvas to the anomaly of ``row`` and flash its geometry."""
        if not 0 <= row < len(self.anomalies):
            return False
        geometry = self.anomalies[row][4]
        canvas = self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None
        if canvas is None or geometry is None or geometry.isNull() or geometry.isEmpty():
            return False
        source_crs = QgsCoordinateReferenceSystem(LAMBERT_93)
        target_crs = canvas.mapSettings().destinationCrs()
        extent = geometry.boundingBox()
        if target_crs.isValid() and target_crs != source_crs:
            transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
            extent = transform.transformBoundingBox(extent)
        # A sliver is a metre wide: show its surroundings too.
        extent.grow(max(extent.width(), extent.height()) * 0.3 + 20)
        canvas.setExtent(extent)
        canvas.refresh()
        if hasattr(canvas, "flashGeometries"):
            canvas.flashGeometries([geometry], source_crs)
        return True

    # --- the dossiers, in the main thread (layout printing) --------------------------------------------
    def report_parameters(self):
        return {
            "CONCESSIONS": self.concessions_combo.currentLayer(),
            "ID_FIELD": self.id_field_combo.currentField() or "concession_id",
            "SHAFTS": self.shafts_combo.currentLayer(),
            "SHAFT_STATUS_FIELD": self.status_field_combo.currentField() or "etat",
            "STATIONS": self.stations_combo.currentLayer(),
            "COMMUNES": self.communes_combo.currentLayer(),
            "HAZARDS": self.hazards_combo.currentLayer(),
            "OUTPUT": "memory:",
            "REPORT_FOLDER": self.folder_widget.filePath(),
        }

    def build_dossiers(self):
        """Run mbm:concessions_report; list the dossiers written. Returns the folder or None."""
        import processing
        from qgis.core import QgsProcessingException

        parameters = {k: v for k, v in self.report_parameters().items() if v not in (None, "")}
        if "CONCESSIONS" not in parameters:
            self._message(self.tr("Choose the concessions layer first."), warning=True)
            return None
        if "REPORT_FOLDER" not in parameters:
            self._message(self.tr("Choose the folder of the dossiers."), warning=True)
            return None
        feedback = WarningKeepingFeedback()
        self._feedback = feedback
        feedback.progressChanged.connect(self._on_progress_with_events)
        self.dossiers_cancel_button.setEnabled(True)
        self.report_button.setEnabled(False)
        self.status_label.setText(self.tr("Building the dossiers…"))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            results = processing.run("mbm:concessions_report", parameters, context=context, feedback=feedback)
        except QgsProcessingException as error:
            self._message(str(error), warning=True)
            return None
        finally:
            self.dossiers_cancel_button.setEnabled(False)
            self.report_button.setEnabled(True)
            self._feedback = None
        folder = results.get("REPORT_FOLDER") or parameters["REPORT_FOLDER"]
        self.list_dossiers(folder)
        pdfs = [name for name in os.listdir(folder) if name.endswith(".pdf")] if folder and os.path.isdir(folder) else []
        if feedback.isCanceled():
            # The algorithm's own sentence: how many dossiers were written, each whole.
            self.status_label.setText(feedback.warnings[-1] if feedback.warnings else
                                      self.tr("Building the dossiers was cancelled."))
            return None
        self.status_label.setText(self.tr("{} dossiers in {}.").format(len(pdfs), folder))
        return folder

    def cancel_dossiers(self):
        """Stop building the dossiers after the one under way (which is then not kept)."""
        if self._feedback is not None:
            self._feedback.cancel()

    def _on_progress_with_events(self, value):
        self.progress.setValue(int(value))
        QgsApplication.processEvents()  # keep the dock (and its Cancel button) alive

    def list_dossiers(self, folder):
        self.dossiers_list.clear()
        if not folder or not os.path.isdir(folder):
            return
        for name in sorted(os.listdir(folder)):
            if name.endswith(".pdf") or name == "index.html":
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, os.path.join(folder, name))
                self.dossiers_list.addItem(item)

    def open_selected_dossier(self):
        item = self.dossiers_list.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item):
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))

    # --- plumbing ---------------------------------------------------------------------------------------
    def _message(self, text, warning=False):
        self.status_label.setText(text)
        bar = self.iface.messageBar() if self.iface is not None and hasattr(self.iface, "messageBar") else None
        if bar is not None:
            from qgis.core import Qgis

            bar.pushMessage(self.tr("Concessions"), text, Qgis.MessageLevel.Warning if warning else Qgis.MessageLevel.Info, 5)

    def unload(self):
        if self._feedback is not None:
            try:
                self._feedback.progressChanged.disconnect()
            except (TypeError, RuntimeError):
                pass
        super().unload()


class WarningKeepingFeedback(QgsProcessingFeedback):
    """The feedback of the dossiers: keeps the algorithm's warnings (the cancel sentence says how many
    dossiers were written)."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)
