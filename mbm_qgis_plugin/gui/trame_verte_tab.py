"""Dock tab "Trame verte": pick the project's layers per role, set distances, draw the schema through
mbm:trame_verte_schema in the background, load the styled results, print the PDF (mbm:trame_verte_layout)."""

import os

from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (QDoubleSpinBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                                 QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
                                 QScrollArea, QVBoxLayout, QWidget)

from ..compat import layer_filter
from ...processing_algorithms.trame_verte.layout import TrameVerteLayoutAlgorithm as Layout
from ...processing_algorithms.trame_verte.schema import TrameVerteSchemaAlgorithm as Schema
from ...processing_algorithms.trame_verte.status import TrameVerteStatusAlgorithm as Status
from .base_tab import ErrorKeepingFeedback, TaskTab

# Layers with these names are ticked by default (the names of the Mission's layers and of the sample data).
HABITAT_NAMES = ("boisements", "zones_humides", "terrils", "parcs")
BARRIER_NAMES = ("autoroutes", "voies_ferrees")
RESULTS_GROUP = "Trame verte"



def _alive(layer):
    """False for None and for a layer QGIS has already deleted (removed from the project)."""
    from qgis.PyQt import sip

    return layer is not None and not sip.isdeleted(layer)


def _polygon_filter():
    return layer_filter("PolygonLayer")


class TrameVerteTab(TaskTab):
    TASK = "trame_verte"
    OBJECT_NAME = "TrameVerteTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        from qgis.core import QgsProject
        from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox

        self.context = None  # the context of the last finished run, which holds its result layers
        self.results = {}
        self.progress_layers = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)

        layers_box = QGroupBox(self.tr("Layers of the project"), self)
        layers_form = QFormLayout(layers_box)
        self.habitats = QListWidget(layers_box)
        self.habitats.setObjectName("habitats")
        self.habitats.setMaximumHeight(110)
        layers_form.addRow(self.tr("Habitats (polygons)"), self.habitats)
        self.sous_trame_field = QLineEdit("sous_trame", layers_box)
        self.sous_trame_field.setToolTip(self.tr("Empty: each layer's name is its sous-trame."))
        layers_form.addRow(self.tr("Sous-trame field"), self.sous_trame_field)
        self.barriers = QListWidget(layers_box)
        self.barriers.setObjectName("barriers")
        self.barriers.setMaximumHeight(80)
        layers_form.addRow(self.tr("Barriers (lines)"), self.barriers)
        self.resistance = QgsMapLayerComboBox(layers_box)
        self.resistance.setObjectName("resistance")
        self.resistance.setFilters(_polygon_filter())
        self.resistance.setAllowEmptyLayer(True)
        self.resistance.setLayer(None)
        layers_form.addRow(self.tr("Resistance (optional)"), self.resistance)
        self.resistance_field = QgsFieldComboBox(layers_box)
        layers_form.addRow(self.tr("Friction field"), self.resistance_field)
        layout.addWidget(layers_box)

        distances = QGroupBox(self.tr("Distances"), self)
        form = QFormLayout(distances)
        self.min_reservoir_ha = self._spin(5.0, 0.0, 10000.0, " ha", 1)
        form.addRow(self.tr("Minimum réservoir area"), self.min_reservoir_ha)
        self.merge_distance = self._spin(50.0, 0.0, 5000.0, " m", 0)
        form.addRow(self.tr("Merge patches closer than"), self.merge_distance)
        self.max_corridor = self._spin(1000.0, 0.0, 50000.0, " m", 0)
        form.addRow(self.tr("Link réservoirs closer than"), self.max_corridor)
        self.resolution = self._spin(25.0, 1.0, 1000.0, " m", 0)
        form.addRow(self.tr("Raster resolution (least-cost)"), self.resolution)
        self.dispersal_distance = self._spin(1000.0, 1.0, 100000.0, " m", 0)
        self.dispersal_distance.setToolTip(self.tr(
            "Corridor cost crossed with a probability of 0.5: it weighs the corridors in the connectivity "
            "(dpc, rang)."))
        form.addRow(self.tr("Dispersal distance"), self.dispersal_distance)
        layout.addWidget(distances)

        run_row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Draw the schema"), self)
        self.run_button.setObjectName("run_schema")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        layout.addLayout(run_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        print_box = QGroupBox(self.tr("Print"), self)
        print_form = QFormLayout(print_box)
        self.title_edit = QLineEdit(self.tr("Trame verte du Bassin minier"), print_box)
        print_form.addRow(self.tr("Title"), self.title_edit)
        self.background = QgsMapLayerComboBox(print_box)
        self.background.setFilters(_polygon_filter())
        self.background.setAllowEmptyLayer(True)
        self.background.setLayer(None)
        print_form.addRow(self.tr("Background"), self.background)
        self.pdf_button = QPushButton(self.tr("Export the PDF…"), print_box)
        self.pdf_button.setObjectName("export_pdf")
        self.pdf_button.setEnabled(False)
        print_form.addRow(self.pdf_button)
        layout.addWidget(print_box)

        tracking = QGroupBox(self.tr("Implementation tracking"), self)
        tracking_form = QFormLayout(tracking)
        self.works = QgsMapLayerComboBox(tracking)
        self.works.setObjectName("works")
        self.works.setFilters(layer_filter("HasGeometry"))
        self.works.setAllowEmptyLayer(True)
        self.works.setLayer(None)
        tracking_form.addRow(self.tr("Works done"), self.works)
        self.communes = QgsMapLayerComboBox(tracking)
        self.communes.setFilters(_polygon_filter())
        self.communes.setAllowEmptyLayer(True)
        self.communes.setLayer(None)
        tracking_form.addRow(self.tr("Communes (totals by EPCI)"), self.communes)
        self.status_button = QPushButton(self.tr("Compute the progress"), tracking)
        self.status_button.setObjectName("run_status")
        self.status_button.setEnabled(False)
        tracking_form.addRow(self.status_button)
        layout.addWidget(tracking)
        layout.addStretch(1)

        project = QgsProject.instance()
        self.connect(project.layersAdded, self.refresh_layers)
        self.connect(project.layersRemoved, self.refresh_layers)
        self.connect(self.resistance.layerChanged, self.resistance_field.setLayer)
        self.connect(self.run_button.clicked, self.run_schema)
        self.connect(self.cancel_button.clicked, self.cancel)
        self.connect(self.pdf_button.clicked, self.ask_pdf)
        self.connect(self.status_button.clicked, self.run_status)
        self.refresh_layers()

    def title(self):
        return self.tr("Trame verte")

    def _spin(self, value, minimum, maximum, suffix, decimals):
        spin = QDoubleSpinBox(self)
        spin.setRange(minimum, maximum)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    # Layers -----------------------------------------------------------------------------------------
    def refresh_layers(self, *_args):
        """Fill the habitat and barrier lists with the project's polygon and line layers, keeping ticks."""
        from qgis.core import QgsProject, QgsVectorLayer

        from ..compat import is_line, is_polygon

        results = {layer.id() for layer in list(self.results.values()) + self.progress_layers if _alive(layer)}
        for widget, accepts, defaults in ((self.habitats, is_polygon, HABITAT_NAMES),
                                          (self.barriers, is_line, BARRIER_NAMES)):
            ticked = {widget.item(i).data(Qt.ItemDataRole.UserRole): widget.item(i).checkState()
                      for i in range(widget.count())}
            widget.clear()
            for layer in QgsProject.instance().mapLayers().values():
                if not isinstance(layer, QgsVectorLayer) or not accepts(layer) or layer.id() in results:
                    continue
                item = QListWidgetItem(layer.name(), widget)
                item.setData(Qt.ItemDataRole.UserRole, layer.id())
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                default = Qt.CheckState.Checked if layer.name() in defaults else Qt.CheckState.Unchecked
                item.setCheckState(ticked.get(layer.id(), default))
            widget.sortItems()

    def _checked(self, widget):
        from qgis.core import QgsProject

        layers = []
        for i in range(widget.count()):
            if widget.item(i).checkState() == Qt.CheckState.Checked:
                layer = QgsProject.instance().mapLayer(widget.item(i).data(Qt.ItemDataRole.UserRole))
                if layer is not None:
                    layers.append(layer)
        return layers

    def schema_parameters(self):
        """The parameters of mbm:trame_verte_schema as the tab is filled in."""
        parameters = {
            Schema.HABITATS: self._checked(self.habitats),
            Schema.SOUS_TRAME_FIELD: self.sous_trame_field.text().strip(),
            Schema.MIN_RESERVOIR_HA: self.min_reservoir_ha.value(),
            Schema.MERGE_DISTANCE_M: self.merge_distance.value(),
            Schema.MAX_CORRIDOR_M: self.max_corridor.value(),
            Schema.BARRIERS: self._checked(self.barriers),
            Schema.RESOLUTION_M: self.resolution.value(),
            Schema.DISPERSAL_DISTANCE_M: self.dispersal_distance.value(),
            Schema.OUTPUT_RESERVOIRS: "TEMPORARY_OUTPUT",
            Schema.OUTPUT_CORRIDORS: "TEMPORARY_OUTPUT",
            Schema.OUTPUT_CONFLITS: "TEMPORARY_OUTPUT",
        }
        if self.resistance.currentLayer() is not None:
            parameters[Schema.RESISTANCE] = self.resistance.currentLayer()
            parameters[Schema.RESISTANCE_FIELD] = self.resistance_field.currentField()
        return parameters

    # Running ----------------------------------------------------------------------------------------
    def _message(self, text, warning=False):
        self.status.setText(text)
        bar = self.iface.messageBar() if self.iface is not None and hasattr(self.iface, "messageBar") else None
        if bar is not None:
            from qgis.core import Qgis

            bar.pushMessage(self.tr("Trame verte"), text,
                            Qgis.MessageLevel.Warning if warning else Qgis.MessageLevel.Info, 8)

    def run_schema(self):
        """Run mbm:trame_verte_schema in a background task; results are loaded when it ends."""
        parameters = self.schema_parameters()
        if not parameters[Schema.HABITATS]:
            self._message(self.tr("Tick at least one habitat layer."), warning=True)
            return None
        self.status.setText(self.tr("Drawing the schema…"))
        return self._start("mbm:" + Schema.ALGORITHM_ID, parameters, self.load_results)

    def status_parameters(self):
        """The parameters of mbm:trame_verte_status for the loaded schema and the chosen layers."""
        corridors = self.results.get(Schema.OUTPUT_CORRIDORS)
        reservoirs = self.results.get(Schema.OUTPUT_RESERVOIRS)
        parameters = {Status.CORRIDORS: corridors if _alive(corridors) and _alive(reservoirs) else None,
                      Status.RESERVOIRS: reservoirs if _alive(reservoirs) else None,
                      Status.REALISATIONS: self.works.currentLayer(), Status.OUTPUT: "TEMPORARY_OUTPUT"}
        if self.communes.currentLayer() is not None:
            parameters[Status.COMMUNES] = self.communes.currentLayer()
            parameters[Status.OUTPUT_EPCI] = "TEMPORARY_OUTPUT"
        return parameters

    def run_status(self):
        """Run mbm:trame_verte_status on the loaded corridors in a background task."""
        parameters = self.status_parameters()
        if parameters[Status.CORRIDORS] is None:
            self._message(self.tr("Draw the schema first."), warning=True)
            return None
        if parameters[Status.REALISATIONS] is None:
            self._message(self.tr("Choose the layer of works done."), warning=True)
            return None
        self.status.setText(self.tr("Computing the progress…"))
        return self._start("mbm:" + Status.ALGORITHM_ID, parameters, self.load_progress)

    def _start(self, algorithm_id, parameters, on_success):
        """Run a Processing algorithm of the provider in the background, with progress and cancel."""
        if self.busy():
            self._message(self.tr("A computation is already running."), warning=True)
            return None
        self._on_success = on_success
        run = self.start_algorithm(algorithm_id, parameters, self._on_executed, self._on_progress)
        if run is None:
            self._message(self.tr("The Bassin minier Processing provider is not loaded."), warning=True)
            return None
        self._set_running(True)
        self.progress.setValue(0)
        return run

    def _set_running(self, running):
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.pdf_button.setEnabled(not running and len(self.results) == 3)
        self.status_button.setEnabled(not running and len(self.results) == 3)

    def _on_progress(self, value):
        self.progress.setValue(int(value))

    def cancel(self):
        self.cancel_algorithm()

    def _on_executed(self, ok, results, run):
        self.context = run.context
        if ok:
            self._on_success(results)
        self._set_running(False)
        if run.canceled():
            self._message(self.tr("The computation was cancelled."), warning=True)
        elif not ok:
            # The algorithm's own sentence says what to fix; nothing else shows it for a task run from here.
            error = run.error() or self.tr("see the QGIS message log")
            self._message(self.tr("The computation failed: {}").format(error), warning=True)

    def _take_layer(self, value):
        from qgis.core import QgsProject

        layer = self.context.takeResultLayer(value) if isinstance(value, str) else value
        if layer is None and isinstance(value, str):
            layer = QgsProject.instance().mapLayer(value)
        return layer

    def _results_group(self):
        from qgis.core import QgsProject

        root = QgsProject.instance().layerTreeRoot()
        return root.findGroup(RESULTS_GROUP) or root.insertGroup(0, RESULTS_GROUP)

    def load_results(self, results):
        """Add the three outputs to the project, styled, in a "Trame verte" group (replacing older ones)."""
        from qgis.core import QgsProject

        from ..trame_verte.layout import apply_style

        project = QgsProject.instance()
        old = [layer.id() for layer in self.results.values() if _alive(layer) and
               project.mapLayer(layer.id()) is not None]
        if old:
            project.removeMapLayers(old)
        group = self._results_group()
        self.results = {}
        for key, role, name in ((Schema.OUTPUT_CONFLITS, "conflits", self.tr("Conflict points")),
                                (Schema.OUTPUT_CORRIDORS, "corridors", self.tr("Corridors")),
                                (Schema.OUTPUT_RESERVOIRS, "reservoirs", self.tr("Réservoirs de biodiversité"))):
            layer = self._take_layer(results.get(key))
            if layer is None:
                continue
            layer.setName(name)
            apply_style(layer, role)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            self.results[key] = layer
        self.refresh_layers()  # the results are not inputs
        counts = [self.results[k].featureCount() if k in self.results else 0
                  for k in (Schema.OUTPUT_RESERVOIRS, Schema.OUTPUT_CORRIDORS, Schema.OUTPUT_CONFLITS)]
        self.progress.setValue(100)
        message = self.tr("{} réservoirs, {} corridors, {} conflict points.").format(*counts)
        if results.get(Schema.EC_HA) is not None:
            message += " " + self.tr("Equivalent connected area: {} ha.").format(
                QLocale().toString(float(results[Schema.EC_HA]), "f", 0))
        self._message(message)

    def load_progress(self, results):
        """Add the corridors with their progress (styled by pct_realise) and the totals by EPCI."""
        from qgis.core import QgsProject

        from ..trame_verte.layout import apply_style

        project = QgsProject.instance()
        old = [layer.id() for layer in self.progress_layers if _alive(layer) and
               project.mapLayer(layer.id()) is not None]
        if old:
            project.removeMapLayers(old)
        self.progress_layers = []
        group = self._results_group()
        corridors = self._take_layer(results.get(Status.OUTPUT))
        if corridors is not None:
            corridors.setName(self.tr("Corridor progress"))
            apply_style(corridors, "avancement")
            project.addMapLayer(corridors, False)
            group.insertLayer(0, corridors)
            self.progress_layers.append(corridors)
            useful = sum(f["longueur_utile_m"] or 0 for f in corridors.getFeatures())
            done = sum(f["longueur_realisee_m"] or 0 for f in corridors.getFeatures())
            locale = QLocale()  # "12,5 %" in a French QGIS
            self._message(self.tr("Corridors done: {} % of {} km.").format(
                locale.toString(100.0 * done / useful if useful else 0.0, "f", 1),
                locale.toString(useful / 1000.0, "f", 1)))
        totals = self._take_layer(results.get(Status.OUTPUT_EPCI)) if results.get(Status.OUTPUT_EPCI) else None
        if totals is not None:
            totals.setName(self.tr("Progress by EPCI"))
            project.addMapLayer(totals, False)
            group.addLayer(totals)
            self.progress_layers.append(totals)
        self.refresh_layers()
        self.progress.setValue(100)

    # Printing ---------------------------------------------------------------------------------------
    def ask_pdf(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the PDF"),
                                                    os.path.expanduser("~/trame_verte.pdf"),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.export_pdf(path)

    def export_pdf(self, path):
        """Print the loaded results with mbm:trame_verte_layout (main thread: layouts need it)."""
        from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

        if len(self.results) != 3 or not all(_alive(layer) for layer in self.results.values()):
            self._message(self.tr("Draw the schema first."), warning=True)
            return False
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("mbm:" + Layout.ALGORITHM_ID)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        parameters = {Layout.RESERVOIRS: self.results[Schema.OUTPUT_RESERVOIRS],
                      Layout.CORRIDORS: self.results[Schema.OUTPUT_CORRIDORS],
                      Layout.CONFLITS: self.results[Schema.OUTPUT_CONFLITS],
                      Layout.TITLE: self.title_edit.text(), Layout.OUTPUT_PDF: path}
        if self.background.currentLayer() is not None:
            parameters[Layout.BACKGROUND] = self.background.currentLayer()
        if self._checked(self.barriers):  # the obstacles of the schema are drawn, as in the demo's PDF
            parameters[Layout.BARRIERS] = self._checked(self.barriers)
        feedback = ErrorKeepingFeedback()
        _results, ok = algorithm.run(parameters, context, feedback)
        if ok:
            self._message(self.tr("PDF written: {}").format(path))
        else:
            error = feedback.errors[-1] if feedback.errors else self.tr("see the QGIS message log")
            self._message(self.tr("The PDF could not be written: {}").format(error), warning=True)
        return ok
