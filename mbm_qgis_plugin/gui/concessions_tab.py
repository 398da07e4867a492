"""Dock tab "Concessions": check the perimeters, list the anomalies, rebuild the perimeters from the
decrees' vertices, build and open the dossiers.

The tab runs the same Processing algorithms as the toolbox (mbm:concessions_check and
mbm:concessions_perimeter in a background task, mbm:concessions_report in the main thread because it prints
layouts), so GUI and batch agree.
"""

import collections
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QLocale, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..compat import LAMBERT_93, field_filter, is_null, layer_filter
from ..concessions.checks import anomaly_label
from ..concessions.perimeter import TOLERANCE_M, status_label, status_sentence
from .base_tab import TaskTab

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
#: NTF (Paris) / Lambert Nord France: the CRS of most decrees (the default of mbm:concessions_perimeter).
DECREES_CRS = "EPSG:27561"


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
        self.perimeters_layer = None
        self.perimeters = []  # the rebuilt perimeters not 'ok': (concession_id, statut, detail, QgsGeometry)
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
        # The tab is taller than the dock: it scrolls rather than squeezing its table and lists.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)

        self.check_box = check_box = QGroupBox(self.tr("Check the perimeters"), self)
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
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 2)

        self.perimeters_box = self._build_perimeters_box()
        layout.addWidget(self.perimeters_box)

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
        self.dossiers_list.setMinimumHeight(100)
        self.open_button = QPushButton(self.tr("Open the dossier"), self)
        form.addRow(self.dossiers_list)
        form.addRow(self.open_button)
        layout.addWidget(report_box, 1)

        self.connect(self.concessions_combo.layerChanged, self._on_concessions_changed)
        self.connect(self.shafts_combo.layerChanged, self._on_shafts_changed)
        self.connect(self.check_button.clicked, self.run_check)
        self.connect(self.cancel_button.clicked, self.cancel)
        self.connect(self.table.cellDoubleClicked, self._on_anomaly_double_clicked)
        self.connect(self.perimeters_button.clicked, self.run_perimeters)
        self.connect(self.perimeters_cancel_button.clicked, self.cancel_algorithm)
        self.connect(self.perimeters_list.itemDoubleClicked, self._on_perimeter_double_clicked)
        self.connect(self.report_button.clicked, self.build_dossiers)
        self.connect(self.dossiers_cancel_button.clicked, self.cancel_dossiers)
        self.connect(self.dossiers_list.itemDoubleClicked, self._open_item)
        self.connect(self.open_button.clicked, self.open_selected_dossier)
        self._on_concessions_changed(self.concessions_combo.currentLayer())
        self._on_shafts_changed(self.shafts_combo.currentLayer())

    def _build_perimeters_box(self):
        """The group of mbm:concessions_perimeter: the decrees' vertex table, its CRS, the tolerance; the
        drawn perimeters compared are the concessions layer and id field chosen above."""
        box = QGroupBox(self.tr("Perimeters from the decrees"), self)
        box.setObjectName("perimetersBox")
        form = QFormLayout(box)
        self.vertices_widget = QgsFileWidget(box)
        self.vertices_widget.setObjectName("verticesFile")
        self.vertices_widget.setFilter(self.tr("Tables (*.csv *.xlsx *.ods);;All files (*)"))
        self.vertices_widget.setToolTip(self.tr(
            "CSV, XLSX or ODS file listing the vertices of each decree: concession, vertex order, X, Y."))
        self.vertices_crs_widget = QgsProjectionSelectionWidget(box)
        self.vertices_crs_widget.setObjectName("verticesCrs")
        self.vertices_crs_widget.setCrs(QgsCoordinateReferenceSystem(DECREES_CRS))
        self.vertices_crs_widget.setToolTip(self.tr("The CRS the decree gives its coordinates in."))
        self.perimeter_tolerance_spin = QDoubleSpinBox(box)
        self.perimeter_tolerance_spin.setObjectName("perimeterTolerance")
        self.perimeter_tolerance_spin.setRange(0, 10000)
        self.perimeter_tolerance_spin.setDecimals(1)
        self.perimeter_tolerance_spin.setValue(TOLERANCE_M)
        self.perimeter_tolerance_spin.setSuffix(" m")
        self.perimeter_tolerance_spin.setToolTip(self.tr(
            "Largest accepted distance between the rebuilt and the drawn boundary."))
        form.addRow(self.tr("Vertex table"), self.vertices_widget)
        form.addRow(self.tr("Vertex CRS"), self.vertices_crs_widget)
        form.addRow(self.tr("Tolerance"), self.perimeter_tolerance_spin)
        buttons = QHBoxLayout()
        self.perimeters_button = QPushButton(self.tr("Rebuild the perimeters"), box)
        self.perimeters_button.setObjectName("rebuildPerimeters")
        self.perimeters_button.setToolTip(self.tr(
            "Compared with the concessions layer and id field chosen above."))
        self.perimeters_cancel_button = QPushButton(self.tr("Cancel"), box)
        self.perimeters_cancel_button.setObjectName("cancelPerimeters")
        self.perimeters_cancel_button.setEnabled(False)
        buttons.addWidget(self.perimeters_button)
        buttons.addWidget(self.perimeters_cancel_button)
        form.addRow(buttons)
        # Its own bar: scrolled down to this group, the check's bar is out of sight.
        self.perimeters_progress = QProgressBar(box)
        self.perimeters_progress.setRange(0, 100)
        self.perimeters_progress.setValue(0)
        form.addRow(self.perimeters_progress)
        self.perimeters_label = QLabel(self.tr("Choose the vertex table of the decrees, then rebuild the "
                                               "perimeters."), box)
        self.perimeters_label.setObjectName("perimetersSummary")
        self.perimeters_label.setWordWrap(True)
        form.addRow(self.perimeters_label)
        self.perimeters_list = QListWidget(box)
        self.perimeters_list.setObjectName("perimetersList")
        self.perimeters_list.setWordWrap(True)
        self.perimeters_list.setMinimumHeight(100)
        self.perimeters_list.setToolTip(self.tr("Double-click a perimeter to zoom to it."))
        form.addRow(self.perimeters_list)
        return box

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

    # --- the perimeters rebuilt from the decrees, in a background task ------------------------------------
    def perimeter_parameters(self):
        return {
            "VERTICES": self.vertices_widget.filePath(),
            "VERTICES_CRS": self.vertices_crs_widget.crs(),
            "COMPARE_WITH": self.concessions_combo.currentLayer(),
            "COMPARE_ID_FIELD": self.id_field_combo.currentField() or "concession_id",
            "TOLERANCE_M": self.perimeter_tolerance_spin.value(),
            "OUTPUT": "memory:",
        }

    def run_perimeters(self):
        """Start mbm:concessions_perimeter in the background; returns the run (or None). A missing or
        unreadable table is reported by the algorithm itself, in the user's language."""
        if self.busy():
            return None
        run = self.start_algorithm("mbm:concessions_perimeter", self.perimeter_parameters(),
                                   self._on_perimeters_done, self._on_perimeters_progress)
        if run is None:
            self._message(self.tr("The Bassin minier Processing provider is not loaded."), warning=True)
            return None
        self.perimeters_button.setEnabled(False)
        self.perimeters_cancel_button.setEnabled(True)
        self.perimeters_progress.setValue(0)
        self.perimeters_label.setText(self.tr("Rebuilding the perimeters…"))
        return run

    def _on_perimeters_progress(self, value):
        self.perimeters_progress.setValue(int(value))

    def _on_perimeters_done(self, ok, results, run):
        self.perimeters_button.setEnabled(True)
        self.perimeters_cancel_button.setEnabled(False)
        if not ok:
            if run.error() and not run.canceled():
                self._message(run.error(), warning=True, label=self.perimeters_label)
            else:
                self.perimeters_label.setText(self.tr(
                    "Rebuilding the perimeters was cancelled or failed (see the Processing log)."))
            return
        self.show_perimeters(run.context.takeResultLayer(results["OUTPUT"]))

    def show_perimeters(self, layer):
        """Sum up a layer of rebuilt perimeters, list the ones not in agreement, add it to the project."""
        counts = collections.Counter()
        self.perimeters = []
        for feature in layer.getFeatures():
            counts[feature["statut"]] += 1
            if feature["statut"] != "ok":
                self.perimeters.append((feature["concession_id"], feature["statut"], feature["detail"],
                                        feature.geometry()))
        self.perimeters_progress.setValue(100)
        self.perimeters_label.setText(self.tr("Rebuilt perimeters: {}.").format(status_sentence(counts)))
        self.perimeters_list.clear()
        for concession_id, statut, detail, _geometry in self.perimeters:
            text = self.tr("{} ({}): {}").format(concession_id, status_label(statut), detail)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.perimeters_list.addItem(item)
        self.perimeters_layer = self._replace_layer(self.perimeters_layer, layer,
                                                    self.tr("Perimeters from the decrees"),
                                                    "concessions_perimetres_decrets.qml")

    def _on_perimeter_double_clicked(self, item):
        self.zoom_to_perimeter(self.perimeters_list.row(item))

    def zoom_to_perimeter(self, row):
        """Zoom the map canvas to the rebuilt perimeter of ``row`` of the list (not in agreement)."""
        if not 0 <= row < len(self.perimeters):
            return False
        return self.zoom_to(self.perimeters[row][3], margin=0.15)

    def area_text(self, square_metres):
        """An area in the user's language, hectares from 1 ha, square metres below, thousands grouped
        ("1 234,5 m²" in French) even where QGIS is set to omit the group separator (its default)."""
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        if square_metres >= 10000.0:
            return self.tr("{} ha").format(locale.toString(square_metres / 10000.0, "f", 2))
        return self.tr("{} m²").format(locale.toString(square_metres, "f", 1))

    def _replace_anomalies_layer(self, layer):
        self.anomalies_layer = self._replace_layer(self.anomalies_layer, layer, self.tr("Concession anomalies"),
                                                   "concessions_anomalies.qml")

    @staticmethod
    def _replace_layer(previous_id, layer, name, style):
        """Add ``layer`` to the project, named and styled, in place of the one of the previous run; returns
        its id."""
        project = QgsProject.instance()
        if previous_id is not None and project.mapLayer(previous_id) is not None:
            project.removeMapLayer(previous_id)
        layer.setName(name)
        layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
        project.addMapLayer(layer)
        return layer.id()

    def _on_anomaly_double_clicked(self, row, _column):
        self.zoom_to_anomaly(row)

    def zoom_to_anomaly(self, row):
        """Zoom the map canvas to the anomaly of ``row`` and flash its geometry."""
        if not 0 <= row < len(self.anomalies):
            return False
        # A sliver is a metre wide: show its surroundings too.
        return self.zoom_to(self.anomalies[row][4], margin=0.3, extra=20)

    def zoom_to(self, geometry, margin, extra=0.0):
        """Zoom the map canvas to ``geometry`` (in EPSG:2154), with ``margin`` × its size and ``extra``
        metres around, and flash it."""
        canvas = self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None
        if canvas is None or geometry is None or geometry.isNull() or geometry.isEmpty():
            return False
        source_crs = QgsCoordinateReferenceSystem(LAMBERT_93)
        target_crs = canvas.mapSettings().destinationCrs()
        extent = geometry.boundingBox()
        if target_crs.isValid() and target_crs != source_crs:
            transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
            extent = transform.transformBoundingBox(extent)
        extent.grow(max(extent.width(), extent.height()) * margin + extra)
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
    def _message(self, text, warning=False, label=None):
        (label or self.status_label).setText(text)
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
