"""Dock tab "Patrimoine": choose the cités and the criteria of the grid, edit the weights, rank them, see the
class counts and the notes by class, cross them with the base Sandt, the hazards and UNESCO, print the sheets.

The tab runs the same Processing algorithms as the toolbox: mbm:patrimoine_hierarchie and
mbm:patrimoine_croisement in background tasks (progress, cancel), mbm:patrimoine_fiches in the main thread
because QGIS prints layouts there only (the tab stays alive between two sheets, and Cancel stops after the
sheet being printed).
"""

import os

from qgis.PyQt.QtCore import QLocale, QRectF, Qt, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices, QFont, QPainter, QPen
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..compat import plain
from ..patrimoine.grid import (
    A_COMPLETER,
    DEFAULT_CRITERIA,
    DEFAULT_COUNTS,
    DEFAULT_THRESHOLDS,
    EFFECTIFS,
    EXCEPTIONNELLE,
    REMARQUABLE,
    SEUILS,
    TEMOIN,
)
from ..patrimoine.labels import CLASS_COLOURS
from .base_tab import TaskTab

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
RESULTS_GROUP = "Patrimoine"
GRADED = (EXCEPTIONNELLE, REMARQUABLE, TEMOIN)


def _alive(layer):
    """False for None and for a layer QGIS has already deleted (removed from the project)."""
    from qgis.PyQt import sip

    return layer is not None and not sip.isdeleted(layer)


def _align_right(item):
    """Right-align a table cell (PyQt5 wants an int, PyQt6 the flag itself)."""
    alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    try:
        item.setTextAlignment(alignment)
    except TypeError:
        item.setTextAlignment(int(alignment))



class NotesChart(QWidget):
    """Bar chart of the notes by class: the number of cités in each band of 5 points, each bar stacked in the
    colours of the classes, with the thresholds of the grid as dashed lines."""

    BAND = 5

    def __init__(self, class_names, parent=None):
        super().__init__(parent)
        self.setObjectName("patrimoineChart")
        self.class_names = class_names  # classe → the word shown (translated)
        self.bands = {}  # band index → {classe: count}
        self.thresholds = ()
        self.empty_text = ""
        self.setMinimumHeight(180)

    def set_notes(self, notes_by_class, thresholds=()):
        """``notes_by_class``: {classe: [notes]}; ``thresholds``: the notes drawn as dashed lines."""
        self.bands = {}
        last = 100 // self.BAND - 1
        for classe, notes in notes_by_class.items():
            for value in notes:
                band = min(last, max(0, int(value // self.BAND)))
                counts = self.bands.setdefault(band, {})
                counts[classe] = counts.get(classe, 0) + 1
        self.thresholds = tuple(thresholds)
        self.setToolTip("\n".join("{}–{} : {}".format(band * self.BAND, (band + 1) * self.BAND,
                                                    ", ".join("{} {}".format(n, self.class_names[c])
                                                              for c, n in sorted(counts.items())))
                                  for band, counts in sorted(self.bands.items())))
        self.update()

    def highest_band(self):
        return max((sum(counts.values()) for counts in self.bands.values()), default=0)

    def paintEvent(self, _event):  # noqa: N802 — Qt's override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        left, right, top, bottom = metrics.horizontalAdvance("0000") + 6, 8, metrics.height() + 10, metrics.height() + 8
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        grey = QColor(120, 120, 120)
        # legend on top: a square in the colour of each class and its word
        x = left
        for classe in GRADED:
            painter.fillRect(QRectF(x, 4, 10, 10), QColor(CLASS_COLOURS[classe]))
            painter.setPen(QColor(40, 40, 40))
            text = self.class_names[classe]
            painter.drawText(QRectF(x + 13, 0, metrics.horizontalAdvance(text) + 4, metrics.height() + 4),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
            x += 13 + metrics.horizontalAdvance(text) + 14
        highest = self.highest_band()
        painter.setPen(QPen(grey, 1))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))
        for note in (0, 25, 50, 75, 100):
            px = plot.left() + plot.width() * note / 100.0
            painter.drawText(QRectF(px - 20, plot.bottom() + 2, 40, metrics.height()),
                             int(Qt.AlignmentFlag.AlignHCenter), str(note))
        if highest:
            for count in sorted({0, highest // 2, highest}):
                py = plot.bottom() - plot.height() * count / highest
                painter.drawText(QRectF(0, py - metrics.height() / 2, left - 4, metrics.height()),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(count))
        band_width = plot.width() / (100 / self.BAND)
        for band, counts in self.bands.items():
            y = plot.bottom()
            for classe in (TEMOIN, REMARQUABLE, EXCEPTIONNELLE):
                count = counts.get(classe, 0)
                if not count:
                    continue
                height = plot.height() * count / highest
                painter.fillRect(QRectF(plot.left() + band * band_width + 1, y - height, band_width - 2, height),
                                 QColor(CLASS_COLOURS[classe]))
                y -= height
        pen = QPen(QColor(40, 40, 40), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for threshold in self.thresholds:
            px = plot.left() + plot.width() * threshold / 100.0
            painter.drawLine(int(px), int(plot.top()), int(px), int(plot.bottom()))
        if not highest:
            painter.setPen(grey)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
        painter.end()


class PatrimoineTab(TaskTab):
    TASK = "patrimoine"
    OBJECT_NAME = "PatrimoineTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.context = None  # the context of the last finished run, which holds its result layer
        self.ranked_layer = None
        self.crossed_layer = None
        self._feedback = None  # of the sheets being printed (main thread), for Cancel
        self._on_success = None
        self._build()

    def title(self):
        return self.tr("Patrimoine")

    def class_names(self):
        return {EXCEPTIONNELLE: self.tr("exceptionnelle"), REMARQUABLE: self.tr("remarquable"),
                TEMOIN: self.tr("témoin"), A_COMPLETER: self.tr("à compléter")}

    # --- widgets ----------------------------------------------------------------------------------------
    def _layer_combo(self, parent, kind, optional):
        from qgis.gui import QgsMapLayerComboBox

        from ..compat import layer_filter

        combo = QgsMapLayerComboBox(parent)
        combo.setFilters(layer_filter(kind))
        combo.setAllowEmptyLayer(optional)
        if optional:
            combo.setLayer(None)
        return combo

    def _build(self):
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)

        # 1. the grid
        grid_box = QGroupBox(self.tr("Heritage grid"), content)
        grid_layout = QVBoxLayout(grid_box)
        form = QFormLayout()
        self.cites_combo = self._layer_combo(grid_box, "PolygonLayer", False)
        self.cites_combo.setObjectName("patrimoineCites")
        form.addRow(self.tr("Cités"), self.cites_combo)
        grid_layout.addLayout(form)
        self.criteria_table = QTableWidget(0, 2, grid_box)
        self.criteria_table.setObjectName("patrimoineCriteria")
        self.criteria_table.setHorizontalHeaderLabels([self.tr("Criterion field"), self.tr("Weight")])
        self.criteria_table.verticalHeader().setVisible(False)
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria_table.setToolTip(self.tr("One row per criterion: the field of its scores (0 to 3) and its weight."))
        grid_layout.addWidget(self.criteria_table)
        criteria_buttons = QHBoxLayout()
        self.add_criterion_button = QPushButton(self.tr("Add a criterion"), grid_box)
        self.remove_criterion_button = QPushButton(self.tr("Remove"), grid_box)
        criteria_buttons.addWidget(self.add_criterion_button)
        criteria_buttons.addWidget(self.remove_criterion_button)
        criteria_buttons.addStretch(1)
        grid_layout.addLayout(criteria_buttons)

        method_form = QFormLayout()
        self.method_combo = QComboBox(grid_box)
        self.method_combo.setObjectName("patrimoineMethod")
        self.method_combo.addItem(self.tr("Thresholds on the note"), SEUILS)
        self.method_combo.addItem(self.tr("Numbers of cités"), EFFECTIFS)
        method_form.addRow(self.tr("Classes by"), self.method_combo)
        self.method_pages = QStackedWidget(grid_box)
        # the two values of each method on one line: the chart stays in view at the dock's usual width
        thresholds = QWidget(self.method_pages)
        thresholds_row = QHBoxLayout(thresholds)
        thresholds_row.setContentsMargins(0, 0, 0, 0)
        self.seuil_exceptionnelle = self._note_spin(DEFAULT_THRESHOLDS[0])
        self.seuil_remarquable = self._note_spin(DEFAULT_THRESHOLDS[1])
        for text, spin in ((self.tr("Exceptionnelle ≥"), self.seuil_exceptionnelle),
                           (self.tr("Remarquable ≥"), self.seuil_remarquable)):
            thresholds_row.addWidget(QLabel(text, thresholds))
            thresholds_row.addWidget(spin, 1)
        counts = QWidget(self.method_pages)
        counts_row = QHBoxLayout(counts)
        counts_row.setContentsMargins(0, 0, 0, 0)
        self.nb_exceptionnelles = self._count_spin(DEFAULT_COUNTS[0])
        self.nb_remarquables = self._count_spin(DEFAULT_COUNTS[1])
        for text, spin in ((self.tr("Exceptionnelles"), self.nb_exceptionnelles),
                           (self.tr("Remarquables"), self.nb_remarquables)):
            counts_row.addWidget(QLabel(text, counts))
            counts_row.addWidget(spin, 1)
        self.method_pages.addWidget(thresholds)
        self.method_pages.addWidget(counts)
        method_form.addRow(self.method_pages)
        grid_layout.addLayout(method_form)
        self.rank_button = QPushButton(self.tr("Rank the cités"), grid_box)
        self.rank_button.setObjectName("patrimoineRank")
        grid_layout.addWidget(self.rank_button)
        layout.addWidget(grid_box)

        run_row = QHBoxLayout()
        self.progress = QProgressBar(content)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.cancel_button = QPushButton(self.tr("Cancel"), content)
        self.cancel_button.setObjectName("patrimoineCancel")
        self.cancel_button.setEnabled(False)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        layout.addLayout(run_row)
        self.status = QLabel(self.tr("Choose the layer of cités and the criteria, then rank them."), content)
        self.status.setObjectName("patrimoineStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        # 2. the classes
        results_box = QGroupBox(self.tr("Classes"), content)
        results_layout = QVBoxLayout(results_box)
        self.counts_table = QTableWidget(4, 3, results_box)
        self.counts_table.setObjectName("patrimoineCounts")
        self.counts_table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Cités"), self.tr("Notes")])
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts_table.setFixedHeight(self.counts_table.horizontalHeader().sizeHint().height() +
                                         4 * self.counts_table.verticalHeader().defaultSectionSize() + 4)
        results_layout.addWidget(self.counts_table)
        self.chart = NotesChart(self.class_names(), results_box)
        self.chart.empty_text = self.tr("Rank the cités to see their notes by class.")
        results_layout.addWidget(self.chart)
        layout.addWidget(results_box)
        self._fill_counts({})

        # 3. the crossing
        cross_box = QGroupBox(self.tr("Crossing with the works and the hazards"), content)
        cross_form = QFormLayout(cross_box)
        base_row = QHBoxLayout()
        self.base_edit = QLineEdit(cross_box)
        self.base_edit.setObjectName("patrimoineBase")
        self.base_edit.setPlaceholderText(self.tr("GeoPackage, or postgis:connection/schema"))
        self.base_button = QToolButton(cross_box)
        self.base_button.setText("…")
        self.base_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.base_button)
        self.open_gpkg_action = menu.addAction(self.tr("GeoPackage…"))
        self.open_postgis_action = menu.addAction(self.tr("PostGIS connection…"))
        self.base_button.setMenu(menu)
        base_row.addWidget(self.base_edit, 1)
        base_row.addWidget(self.base_button)
        cross_form.addRow(self.tr("Sandt base"), base_row)
        self.hazards_combo = self._layer_combo(cross_box, "PolygonLayer", True)
        self.hazards_combo.setObjectName("patrimoineHazards")
        cross_form.addRow(self.tr("Mining hazards"), self.hazards_combo)
        self.unesco_combo = self._layer_combo(cross_box, "PolygonLayer", True)
        self.unesco_combo.setObjectName("patrimoineUnesco")
        cross_form.addRow(self.tr("UNESCO"), self.unesco_combo)
        self.cross_button = QPushButton(self.tr("Cross"), cross_box)
        self.cross_button.setObjectName("patrimoineCross")
        cross_form.addRow(self.cross_button)
        layout.addWidget(cross_box)

        # 4. the sheets
        from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget

        sheets_box = QGroupBox(self.tr("Sheets (PDF)"), content)
        sheets_form = QFormLayout(sheets_box)
        self.communes_combo = self._layer_combo(sheets_box, "PolygonLayer", True)
        self.communes_combo.setObjectName("patrimoineCommunes")
        sheets_form.addRow(self.tr("Communes (maps)"), self.communes_combo)
        self.filter_widget = QgsFieldExpressionWidget(sheets_box)
        self.filter_widget.setObjectName("patrimoineFilter")
        self.filter_widget.setToolTip(self.tr('Which cités get a sheet, e.g. "note" >= 75. Empty: all.'))
        sheets_form.addRow(self.tr("Filter"), self.filter_widget)
        self.folder_widget = QgsFileWidget(sheets_box)
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        sheets_form.addRow(self.tr("Folder"), self.folder_widget)
        self.sheets_button = QPushButton(self.tr("Build the sheets"), sheets_box)
        self.sheets_button.setObjectName("patrimoineSheets")
        sheets_form.addRow(self.sheets_button)
        self.sheets_list = QListWidget(sheets_box)
        self.sheets_list.setObjectName("patrimoineSheetsList")
        self.sheets_list.setToolTip(self.tr("Double-click a sheet to open it."))
        self.sheets_list.setMaximumHeight(120)
        sheets_form.addRow(self.sheets_list)
        layout.addWidget(sheets_box)
        layout.addStretch(1)

        self.connect(self.cites_combo.layerChanged, self._on_cites_changed)
        self.connect(self.add_criterion_button.clicked, self.add_criterion)
        self.connect(self.remove_criterion_button.clicked, self.remove_criterion)
        self.connect(self.method_combo.currentIndexChanged, self.method_pages.setCurrentIndex)
        self.connect(self.rank_button.clicked, self.rank)
        self.connect(self.cancel_button.clicked, self.cancel)
        self.connect(self.open_gpkg_action.triggered, self.choose_geopackage)
        self.connect(self.open_postgis_action.triggered, self.choose_postgis)
        self.connect(self.cross_button.clicked, self.cross)
        self.connect(self.sheets_button.clicked, self.build_sheets)
        self.connect(self.sheets_list.itemDoubleClicked, self._open_item)
        self._on_cites_changed(self.cites_combo.currentLayer())

    def _note_spin(self, value):
        spin = QDoubleSpinBox(self)
        spin.setRange(0.0, 100.0)
        spin.setDecimals(2)
        spin.setValue(value)
        return spin

    def _count_spin(self, value):
        spin = QSpinBox(self)
        spin.setRange(0, 100000)
        spin.setValue(value)
        return spin

    # --- criteria ---------------------------------------------------------------------------------------
    def _on_cites_changed(self, layer):
        """Offer the grid's five criteria that the layer has (weight 1), and the layer for the sheets' filter."""
        names = layer.fields().names() if layer is not None else []
        self.set_criteria([(name, 1.0) for name in DEFAULT_CRITERIA if name in names] or
                          [(name, 1.0) for name in DEFAULT_CRITERIA])
        if not _alive(self.crossed_layer) and layer is not None:
            self.filter_widget.setLayer(layer)

    def set_criteria(self, criteria):
        """Fill the table with (field, weight) rows."""
        self.criteria_table.setRowCount(0)
        for field, weight in criteria:
            self.add_criterion(field=field, weight=weight)

    def add_criterion(self, _checked=False, field="", weight=1.0):
        from qgis.gui import QgsFieldComboBox

        row = self.criteria_table.rowCount()
        self.criteria_table.insertRow(row)
        combo = QgsFieldComboBox(self.criteria_table)
        combo.setLayer(self.cites_combo.currentLayer())
        combo.setAllowEmptyFieldName(True)
        combo.setField(field)
        self.criteria_table.setCellWidget(row, 0, combo)
        spin = QDoubleSpinBox(self.criteria_table)
        spin.setRange(0.0, 100.0)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setValue(weight)
        self.criteria_table.setCellWidget(row, 1, spin)
        self._fit_criteria()

    def _fit_criteria(self):
        """The criteria table as high as its rows (3 to 8), no empty space below them."""
        rows = min(8, max(3, self.criteria_table.rowCount()))
        self.criteria_table.setFixedHeight(self.criteria_table.horizontalHeader().sizeHint().height() + 4 +
                                           rows * self.criteria_table.verticalHeader().defaultSectionSize())

    def remove_criterion(self):
        rows = sorted({index.row() for index in self.criteria_table.selectionModel().selectedIndexes()}, reverse=True)
        if not rows and self.criteria_table.rowCount():
            rows = [self.criteria_table.rowCount() - 1]
        for row in rows:
            self.criteria_table.removeRow(row)
        self._fit_criteria()

    def criteria(self):
        """[(field, weight)] as the table shows them (rows without a field are left out)."""
        rows = []
        for row in range(self.criteria_table.rowCount()):
            field = self.criteria_table.cellWidget(row, 0).currentField()
            if field:
                rows.append((field, self.criteria_table.cellWidget(row, 1).value()))
        return rows

    def method(self):
        return self.method_combo.currentData()

    def rank_parameters(self):
        """The parameters of mbm:patrimoine_hierarchie as the tab is filled in."""
        return {"INPUT": self.cites_combo.currentLayer(),
                "CRITERIA": [value for field, weight in self.criteria() for value in (field, weight)],
                "METHOD": self.method(),
                "SEUIL_EXCEPTIONNELLE": self.seuil_exceptionnelle.value(),
                "SEUIL_REMARQUABLE": self.seuil_remarquable.value(),
                "NB_EXCEPTIONNELLES": self.nb_exceptionnelles.value(),
                "NB_REMARQUABLES": self.nb_remarquables.value(),
                "OUTPUT": "TEMPORARY_OUTPUT"}

    # --- running ----------------------------------------------------------------------------------------
    def busy(self):
        return super().busy() or self._feedback is not None

    def _message(self, text, warning=False):
        self.status.setText(text)
        bar = self.iface.messageBar() if self.iface is not None and hasattr(self.iface, "messageBar") else None
        if bar is not None and warning:
            from qgis.core import Qgis

            bar.pushMessage(self.tr("Patrimoine"), text, Qgis.MessageLevel.Warning, 8)

    def _set_running(self, running):
        for button in (self.rank_button, self.cross_button, self.sheets_button):
            button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)

    def _start(self, algorithm_id, parameters, on_success, text):
        if self.busy():
            self._message(self.tr("A computation is already running."), warning=True)
            return None
        self._on_success = on_success
        run = self.start_algorithm(algorithm_id, parameters, self._on_executed, self._on_progress)
        if run is None:
            self._message(self.tr("The Bassin minier Processing provider is not loaded."), warning=True)
            return None
        self._set_running(True)
        self.status.setText(text)
        return run

    def _on_progress(self, value):
        self.progress.setValue(int(value))

    def cancel(self):
        self.cancel_algorithm()
        if self._feedback is not None:
            self._feedback.cancel()

    def _on_executed(self, ok, results, run):
        self.context = run.context
        self._set_running(False)
        if ok:
            self._on_success(results)
        elif run.canceled():
            self._message(self.tr("Cancelled: nothing was changed."), warning=True)
        else:
            error = run.error() or self.tr("see the QGIS message log")
            self._message(self.tr("The computation failed: {}").format(error), warning=True)

    def _results_group(self):
        from qgis.core import QgsProject

        root = QgsProject.instance().layerTreeRoot()
        return root.findGroup(RESULTS_GROUP) or root.insertGroup(0, RESULTS_GROUP)

    def _replace_layer(self, old, results, name):
        """Take the output layer of ``results`` from the run's context, style it by class and put it in the
        project's "Patrimoine" group in place of ``old``."""
        from qgis.core import QgsProject

        layer = self.context.takeResultLayer(results.get("OUTPUT")) if self.context is not None else None
        if layer is None:
            return None
        project = QgsProject.instance()
        if _alive(old) and project.mapLayer(old.id()) is not None:
            project.removeMapLayer(old.id())
        layer.setName(name)
        if layer.fields().lookupField("classe") >= 0:
            layer.loadNamedStyle(os.path.join(STYLES_DIR, "patrimoine_classes.qml"))
        project.addMapLayer(layer, False)
        self._results_group().insertLayer(0, layer)
        return layer

    # --- ranking ----------------------------------------------------------------------------------------
    def rank(self):
        """Run mbm:patrimoine_hierarchie in the background; the ranked cités are loaded when it ends."""
        parameters = self.rank_parameters()
        if parameters["INPUT"] is None:
            self._message(self.tr("Choose the layer of cités first."), warning=True)
            return None
        if len(self.criteria()) < 3:
            self._message(self.tr("Give at least three criteria (a note needs three scores)."), warning=True)
            return None
        return self._start("mbm:patrimoine_hierarchie", parameters, self._ranked,
                           self.tr("Ranking: notes, then 200 draws of the weights…"))

    def _ranked(self, results):
        layer = self._replace_layer(self.ranked_layer, results, self.tr("Heritage ranking"))
        if layer is None:
            return
        self.ranked_layer = layer
        self.show_classes(layer)
        self.filter_widget.setLayer(layer)
        counts = {c: int(results.get(k, 0)) for c, k in (
            (EXCEPTIONNELLE, "NB_EXCEPTIONNELLE"), (REMARQUABLE, "NB_REMARQUABLE"), (TEMOIN, "NB_TEMOIN"),
            (A_COMPLETER, "NB_A_COMPLETER"))}
        names = self.class_names()
        self.progress.setValue(100)
        self._message(self.tr("Ranked: {}.").format(", ".join("{} {}".format(counts[c], names[c]) for c in counts)))

    def show_classes(self, layer):
        """The counts, the range of notes per class and the chart, from a ranked layer."""
        notes = {classe: [] for classe in GRADED}
        counts = {classe: 0 for classe in GRADED + (A_COMPLETER,)}
        for feature in layer.getFeatures():
            classe = plain(feature["classe"])
            if classe in counts:
                counts[classe] += 1
            note = plain(feature["note"])
            if classe in notes and note is not None:
                notes[classe].append(float(note))
        self._fill_counts(counts, notes)
        thresholds = (self.seuil_remarquable.value(), self.seuil_exceptionnelle.value()) \
            if self.method() == SEUILS else ()
        self.chart.set_notes(notes, thresholds)

    def _fill_counts(self, counts, notes=None):
        locale = QLocale()
        names = self.class_names()
        for row, classe in enumerate(GRADED + (A_COMPLETER,)):
            values = (notes or {}).get(classe) or []
            span = "{} – {}".format(locale.toString(min(values), "f", 2), locale.toString(max(values), "f", 2)) \
                if values else ""
            for column, text in enumerate((names[classe], str(counts.get(classe, "")), span)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setForeground(QColor(CLASS_COLOURS[classe]) if classe != TEMOIN else QColor(150, 110, 20))
                if column:
                    _align_right(item)
                self.counts_table.setItem(row, column, item)

    # --- crossing ---------------------------------------------------------------------------------------
    def choose_geopackage(self):
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a Sandt base"), "",
                                                    self.tr("GeoPackage (*.gpkg)"))
        if path:
            self.base_edit.setText(path)

    def choose_postgis(self):
        from qgis.core import QgsProviderRegistry

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        names = sorted(metadata.connections().keys()) if metadata is not None else []
        if not names:
            self._message(self.tr("No saved PostgreSQL connection: add one in the Data Source Manager."), warning=True)
            return
        name, ok = QInputDialog.getItem(self, self.tr("PostGIS base"), self.tr("Saved connection"), names, 0, False)
        if not ok:
            return
        schema, ok = QInputDialog.getText(self, self.tr("PostGIS base"), self.tr("Schema"), text="sandt")
        if ok and schema:
            self.base_edit.setText("postgis:{}/{}".format(name, schema))

    def cross_parameters(self):
        cites = self.ranked_layer if _alive(self.ranked_layer) else self.cites_combo.currentLayer()
        parameters = {"CITES": cites, "BASE": self.base_edit.text().strip(), "OUTPUT": "TEMPORARY_OUTPUT"}
        if self.hazards_combo.currentLayer() is not None:
            parameters["HAZARDS"] = self.hazards_combo.currentLayer()
        if self.unesco_combo.currentLayer() is not None:
            parameters["UNESCO"] = self.unesco_combo.currentLayer()
        return parameters

    def cross(self):
        """Run mbm:patrimoine_croisement on the ranked cités (or the chosen layer) in the background."""
        parameters = self.cross_parameters()
        if parameters["CITES"] is None:
            self._message(self.tr("Choose the layer of cités first."), warning=True)
            return None
        if not parameters["BASE"]:
            self._message(self.tr("Choose the Sandt base (GeoPackage or PostGIS)."), warning=True)
            return None
        return self._start("mbm:patrimoine_croisement", parameters, self._crossed,
                           self.tr("Crossing with the Sandt base, the hazards and UNESCO…"))

    def _crossed(self, results):
        layer = self._replace_layer(self.crossed_layer, results, self.tr("Cités crossed (patrimoine)"))
        if layer is None:
            return
        self.crossed_layer = layer
        self.filter_widget.setLayer(layer)
        bien = tampon = works = 0
        for feature in layer.getFeatures():
            bien += plain(feature["unesco"]) == "bien"
            tampon += plain(feature["unesco"]) == "zone_tampon"
            works += (plain(feature["reseaux_restants"]) or 0) > 0
        self.progress.setValue(100)
        self._message(self.tr("Crossed: {} cités in the UNESCO property and {} in its buffer zone; {} with networks "
                              "still to renovate.").format(bien, tampon, works))

    # --- sheets, in the main thread ---------------------------------------------------------------------
    def sheets_parameters(self):
        cites = next((layer for layer in (self.crossed_layer, self.ranked_layer) if _alive(layer)),
                     self.cites_combo.currentLayer())
        parameters = {"CITES": cites, "BASE": self.base_edit.text().strip(),
                      "FILTER": self.filter_widget.expression().strip(), "OUTPUT_FOLDER": self.folder_widget.filePath()}
        for key, combo in (("COMMUNES", self.communes_combo), ("HAZARDS", self.hazards_combo),
                           ("UNESCO", self.unesco_combo)):
            if combo.currentLayer() is not None:
                parameters[key] = combo.currentLayer()
        return {key: value for key, value in parameters.items() if value not in (None, "")}

    def build_sheets(self):
        """Run mbm:patrimoine_fiches (main thread: QGIS prints layouts there), the tab staying alive between two
        sheets; returns the folder, or None."""
        import processing
        from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProject

        from .base_tab import ErrorKeepingFeedback

        if self.busy():
            self._message(self.tr("A computation is already running."), warning=True)
            return None
        parameters = self.sheets_parameters()
        for key, text in (("CITES", self.tr("Choose the layer of cités first.")),
                          ("BASE", self.tr("Choose the Sandt base (GeoPackage or PostGIS).")),
                          ("OUTPUT_FOLDER", self.tr("Choose the folder of the sheets."))):
            if key not in parameters:
                self._message(text, warning=True)
                return None
        feedback = ErrorKeepingFeedback()
        self._feedback = feedback

        def progress(value):
            self.progress.setValue(int(value))
            QgsApplication.processEvents()  # the dock, and its Cancel button, stay alive

        feedback.progressChanged.connect(progress)
        self._set_running(True)
        self.status.setText(self.tr("Printing the sheets…"))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = None
        try:
            results = processing.run("mbm:patrimoine_fiches", parameters, context=context, feedback=feedback)
        except QgsProcessingException as error:
            message = feedback.errors[-1] if feedback.errors else str(error)
            self._message(self.tr("The sheets could not be printed: {}").format(message), warning=True)
        finally:
            feedback.progressChanged.disconnect(progress)
            self._feedback = None
            self._set_running(False)
        if results is None:
            return None
        folder = parameters["OUTPUT_FOLDER"]
        self.list_sheets(folder)
        written = int(results.get("NB_FICHES", 0)) if results else 0
        if feedback.isCanceled():
            self._message(self.tr("Cancelled: {} sheets written in {}.").format(written, folder), warning=True)
        else:
            self.progress.setValue(100)
            self._message(self.tr("{} sheets written in {}.").format(written, folder))
        return folder

    def list_sheets(self, folder):
        self.sheets_list.clear()
        if not folder or not os.path.isdir(folder):
            return
        names = sorted(name for name in os.listdir(folder) if name.endswith(".pdf"))
        for name in (["index.html"] if os.path.exists(os.path.join(folder, "index.html")) else []) + names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, os.path.join(folder, name))
            self.sheets_list.addItem(item)

    def _open_item(self, item):
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))

    def unload(self):
        if self._feedback is not None:
            self._feedback.cancel()
        super().unload()
