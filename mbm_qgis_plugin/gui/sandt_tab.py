"""Dock tab "Base Sandt": open or create a base, review a dry run, resolve names, apply, undo, inspect.

The work runs through the same Processing algorithms as batch use (mbm:sandt_update…), in a
QgsProcessingAlgRunnerTask with progress and cancel, so the GUI and qgis_process cannot drift apart.
What a person reads is words (inséré, en cours, eau potable…), never the stored codes; a click that
stores something for good (an alias) or undoes an import asks first.
"""

import html
import os

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..compat import plain
from ...processing_algorithms.sandt.create import SandtCreateAlgorithm
from ...processing_algorithms.sandt.undo import SandtUndoImportAlgorithm
from ...processing_algorithms.sandt.update import SandtUpdateAlgorithm
from ..i18n import Translatable, translate
from ..sandt.labels import action_label, etat_label, field_label, format_number, import_state_label, reseau_label
from ..sandt.labels import value_label
from ..sandt.rules import ACTIONS, REPORT_FIELDS
from .base_tab import TaskTab

#: The data role holding a report row's stored action code (the cell shows its label).
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: A row of the report that needs a cartographer's choice.
RESOLVABLE = ("ambigu", "non_trouve")
#: The "Aucune de ces cités" entry of the candidates.
NONE_OF_THEM = "__none__"


class ReportFilter(QSortFilterProxyModel):
    """Filters the report by action code (kept in CODE_ROLE of the action column)."""

    ACTION_COLUMN = REPORT_FIELDS.index("action")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.action = ""

    def set_action(self, action):
        self.action = action or ""
        self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):
        if not self.action:
            return True
        return self.sourceModel().index(row, self.ACTION_COLUMN, parent).data(CODE_ROLE) == self.action


class SandtTab(TaskTab):
    TASK = "sandt"
    OBJECT_NAME = "SandtTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.context = None  # the context of the last finished run, which holds its report layer
        self.rows_by_line = {}
        self.base_revision = -1
        self.cites_layer = None
        self.reviewed_table = None
        self.cite_names = {}
        self._build()

    # --- widgets ----------------------------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        source = QGroupBox(self.tr("Base and programme"), self)
        grid = QGridLayout(source)
        grid.setColumnStretch(1, 1)
        self.base_edit = QLineEdit(source)
        self.base_edit.setObjectName("sandtBase")
        self.base_edit.setPlaceholderText(self.tr("GeoPackage, or postgis:connection/schema"))
        open_button = QToolButton(source)
        open_button.setText(self.tr("Open…"))
        open_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(open_button)
        self.open_gpkg_action = menu.addAction(self.tr("GeoPackage…"))
        self.open_postgis_action = menu.addAction(self.tr("PostGIS connection…"))
        self.create_action = menu.addAction(self.tr("Create from the active layer of cités…"))
        open_button.setMenu(menu)
        self.open_button = open_button
        grid.addWidget(QLabel(self.tr("Base"), source), 0, 0)
        grid.addWidget(self.base_edit, 0, 1)
        grid.addWidget(open_button, 0, 2)
        self.table_edit = QLineEdit(source)
        self.table_edit.setObjectName("sandtTable")
        self.table_edit.setPlaceholderText(self.tr("CSV, XLSX or ODS programme file"))
        browse = QToolButton(source)
        browse.setText("…")
        browse.setToolTip(self.tr("Choose the programme file"))
        self.browse_table_button = browse
        grid.addWidget(QLabel(self.tr("Programme"), source), 1, 0)
        grid.addWidget(self.table_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        self.sheet_label = QLabel(self.tr("Sheet"), source)
        self.sheet_choice = QComboBox(source)
        self.sheet_choice.setObjectName("sandtSheet")
        grid.addWidget(self.sheet_label, 2, 0)
        grid.addWidget(self.sheet_choice, 2, 1, 1, 2)
        self._show_sheets([])
        layout.addWidget(source)

        buttons = QHBoxLayout()
        self.dry_run_button = QPushButton(self.tr("Dry run"), self)
        self.dry_run_button.setToolTip(self.tr("Read the programme and show what the import would do, without "
                                               "writing anything."))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setToolTip(self.tr("Write the reviewed import into the base, in one transaction."))
        self.apply_button.setEnabled(False)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop the dry run or the import under way (nothing is written)."))
        self.stop_button.setEnabled(False)
        for button in (self.dry_run_button, self.apply_button, self.stop_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("sandtStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        report_box = QWidget(splitter)
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show"), report_box))
        self.action_filter = QComboBox(report_box)
        filter_row.addWidget(self.action_filter, 1)
        report_layout.addLayout(filter_row)
        self.report_model = QStandardItemModel(0, len(REPORT_FIELDS), self)
        self.report_model.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Cité"), self.tr("Score"),
                                                     self.tr("Action"), self.tr("Message")])
        self.report_proxy = ReportFilter(self)
        self.report_proxy.setSourceModel(self.report_model)
        self.report_proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.report_view = report_table_view(report_box)
        self.report_view.setModel(self.report_proxy)
        self.report_view.viewport().installEventFilter(self)  # columns re-shared when the dock is resized
        self._fill_filter({})
        report_layout.addWidget(self.report_view, 1)
        # The selected row's whole message: the column is narrow in a dock of 480 px.
        self.row_details = QLabel("", report_box)
        self.row_details.setObjectName("sandtRowDetails")
        self.row_details.setWordWrap(True)
        self.row_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        report_layout.addWidget(self.row_details)
        report_layout.addWidget(QLabel(self.tr("Cité for the selected line:"), report_box))
        resolve_row = QHBoxLayout()
        self.cite_choice = QComboBox(report_box)
        self.cite_choice.setObjectName("sandtCiteChoice")
        self.cite_choice.setEnabled(False)
        self.cite_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cite_choice.setMinimumContentsLength(12)
        self.resolve_button = QPushButton(self.tr("Keep this cité…"), report_box)
        self.resolve_button.setEnabled(False)
        self.resolve_button.setToolTip(self.tr("Saved as an alias in the base, after confirmation: later imports "
                                               "will recognise this name."))
        resolve_row.addWidget(self.cite_choice, 1)
        resolve_row.addWidget(self.resolve_button)
        report_layout.addLayout(resolve_row)

        # Below the report, two pages: the imports (to undo one) and the cité selected on the map. One page at a
        # time leaves each enough height in the dock.
        self.lower_tabs = QTabWidget(splitter)
        self.lower_tabs.setObjectName("sandtLowerTabs")
        imports_page = QWidget(self.lower_tabs)
        imports_layout = QVBoxLayout(imports_page)
        imports_layout.setContentsMargins(2, 2, 2, 2)
        self.imports_table = QTableWidget(0, 4, imports_page)
        self.imports_table.setObjectName("sandtImports")
        # the file and its counts on two lines of one column: five columns do not fit a dock of 480 px
        self.imports_table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Date"), self.tr("File and lines"),
                                                      self.tr("State")])
        self.imports_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.imports_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.imports_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.imports_table.verticalHeader().setVisible(False)
        self.imports_table.setWordWrap(True)
        header = self.imports_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        imports_layout.addWidget(self.imports_table, 1)
        self.undo_button = QPushButton(self.tr("Undo the selected import…"), imports_page)
        self.undo_button.setToolTip(self.tr("Restore what the import changed, after confirmation."))
        imports_layout.addWidget(self.undo_button)
        self.lower_tabs.addTab(imports_page, self.tr("Imports"))
        cite_page = QWidget(self.lower_tabs)
        cite_layout = QVBoxLayout(cite_page)
        cite_layout.setContentsMargins(2, 2, 2, 2)
        self.show_cites_button = QPushButton(self.tr("Cités on the map"), cite_page)
        self.show_cites_button.setToolTip(self.tr("Add the cités of the base to the map; select one to see its "
                                                  "operations and history here."))
        cite_layout.addWidget(self.show_cites_button)
        self.cite_details = QTextBrowser(cite_page)
        self.cite_details.setPlaceholderText(self.tr("Select a cité on the map to see its operations and history."))
        cite_layout.addWidget(self.cite_details, 1)
        self.lower_tabs.addTab(cite_page, self.tr("Cité"))
        splitter.addWidget(report_box)
        splitter.addWidget(self.lower_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout.addWidget(splitter, 1)

        self.connect(self.open_gpkg_action.triggered, self.choose_geopackage)
        self.connect(self.open_postgis_action.triggered, self.choose_postgis)
        self.connect(self.create_action.triggered, self.create_base)
        self.connect(self.browse_table_button.clicked, self.choose_table)
        self.connect(self.table_edit.editingFinished, self._table_changed)
        self.connect(self.base_edit.editingFinished, self.refresh_imports)
        self.connect(self.dry_run_button.clicked, self.dry_run)
        self.connect(self.apply_button.clicked, self.apply)
        self.connect(self.stop_button.clicked, self.stop)
        self.connect(self.action_filter.currentIndexChanged, self._filter_changed)
        self.connect(self.report_view.selectionModel().selectionChanged, self._report_selection_changed)
        self.connect(self.report_view.horizontalHeader().sortIndicatorChanged, self._sorted)
        self.connect(self.resolve_button.clicked, self.resolve_selected)
        self.connect(self.undo_button.clicked, self.undo_selected)
        self.connect(self.show_cites_button.clicked, self.show_cites)

    def title(self):
        return self.tr("Base Sandt")

    # --- helpers ----------------------------------------------------------------------------
    def _message(self, text, level="info"):
        self.status_label.setText(text)
        if level == "critical" and self.iface is not None and hasattr(self.iface, "messageBar"):
            from qgis.core import Qgis

            self.iface.messageBar().pushMessage(self.tr("Base Sandt"), text, Qgis.MessageLevel.Critical, 10)

    def _base(self):
        from ..sandt.storage import SandtBase

        return SandtBase(self.base_edit.text().strip())

    def confirm(self, title, text):
        """Ask before a click that stores or undoes something; True when the user says yes (No is the
        default button, so Enter does no harm)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("sandtConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No"))
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- choosing ---------------------------------------------------------------------------
    def choose_geopackage(self):
        path = ask_geopackage(self, self.base_edit.text().strip())
        if path:
            self.set_base(path)

    def choose_postgis(self):
        location = ask_postgis_base(self)
        if location:
            self.set_base(location)

    def create_base(self):
        from ..compat import is_polygon

        layer = self.iface.activeLayer() if self.iface is not None else None
        if layer is None or not hasattr(layer, "geometryType") or not is_polygon(layer):
            self._message(self.tr("Select the polygon layer of cités in the Layers panel first."), "critical")
            return False
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New Sandt base"), "", self.tr("GeoPackage (*.gpkg)"))
        if not path:
            return False
        return self.create_base_from(layer, path)

    def create_base_from(self, layer, path):
        """Create a base at ``path`` from the polygon ``layer`` of cités (mbm:sandt_create), then open it."""
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        self._message(self.tr("Creating the base…"))

        def done(ok, results):
            if not ok:
                return
            self.set_base(path)
            count = layer.featureCount()
            self._message(self.tr("Sandt base created with {} cités: {}").format(format_number(count), path))

        algorithm = SandtCreateAlgorithm
        return self.run_algorithm("mbm:sandt_create", {algorithm.CITES: layer, algorithm.OUTPUT: path}, done)

    def choose_table(self):
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Programme file"), "",
                                                    self.tr("Tables (*.csv *.txt *.xlsx *.ods);;All files (*)"))
        if path:
            self.set_table(path)

    def set_table(self, path):
        self.table_edit.setText(path)
        self._table_changed()

    def _table_changed(self):
        """Offer the sheets of a workbook (blank: the first sheet with a usable header)."""
        from ..sandt.table_reader import SPREADSHEET_EXTENSIONS

        path = self.table_edit.text().strip()
        sheets = []
        if os.path.splitext(path)[1].lower() in SPREADSHEET_EXTENSIONS and os.path.isfile(path):
            sheets = workbook_sheets(path)
        self._show_sheets(sheets)

    def _show_sheets(self, sheets):
        self.sheet_choice.clear()
        self.sheet_choice.addItem(self.tr("First sheet with the columns"), "")
        for sheet in sheets:
            self.sheet_choice.addItem(sheet, sheet)
        self.sheet_label.setVisible(bool(sheets))
        self.sheet_choice.setVisible(bool(sheets))

    def set_base(self, location):
        self.base_edit.setText(location)
        self.refresh_imports()

    # --- background work --------------------------------------------------------------------
    def run_algorithm(self, algorithm_id, parameters, on_done):
        """Run a Processing algorithm in the background; on_done(ok, results) in the GUI thread."""
        if self.busy():
            return False

        def finished(ok, results, run):
            self.context = run.context
            self._set_running(False)
            if ok:
                self.progress.setValue(100)
            elif run.canceled():
                self._message(self.tr("Stopped: nothing was written."))
            else:
                self._clear_report()
                self._message(self.tr("Failed: {}").format(" ".join(run.feedback.errors)), "critical")
            on_done(ok, results)

        if self.start_algorithm(algorithm_id, parameters, finished, self._on_progress) is None:
            self._message(self.tr("The Processing provider of the plugin is not loaded."), "critical")
            return False
        self._set_running(True)
        return True

    def _on_progress(self, value):
        self.progress.setValue(int(value))

    def _set_running(self, running):
        self.dry_run_button.setEnabled(not running)
        self.apply_button.setEnabled(not running and self.base_revision >= 0)
        self.undo_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        if running:
            self.progress.setValue(0)

    def stop(self):
        self.cancel_algorithm()

    # --- dry run and apply --------------------------------------------------------------------
    def _update_parameters(self, dry_run):
        algorithm = SandtUpdateAlgorithm
        return {algorithm.BASE: self.base_edit.text().strip(), algorithm.TABLE: self.table_edit.text().strip(),
                algorithm.SHEET: self.sheet_choice.currentData() or "", algorithm.DRY_RUN: dry_run,
                algorithm.MATCH_THRESHOLD: 85, algorithm.REPORT: "TEMPORARY_OUTPUT",
                algorithm.BASE_REVISION: -1 if dry_run else self.base_revision}

    def dry_run(self):
        self.base_revision = -1
        self.reviewed_table = self._table_fingerprint()
        self.apply_button.setEnabled(False)
        self._message(self.tr("Dry run in progress…"))
        return self.run_algorithm("mbm:sandt_update", self._update_parameters(True), self._dry_run_done)

    def _table_fingerprint(self):
        """(path, sheet, SHA-256) of the programme file, to apply only what the dry run showed."""
        from ..sandt.table_reader import file_sha256

        path = self.table_edit.text().strip()
        sheet = self.sheet_choice.currentData() or ""
        try:
            return path, sheet, file_sha256(path.split("|")[0])
        except OSError:
            return path, sheet, None  # a project layer, or a missing file (the algorithm says so)

    def apply(self):
        if self._table_fingerprint() != self.reviewed_table:
            self.base_revision = -1
            self.apply_button.setEnabled(False)
            self._message(self.tr("The programme file changed since the dry run: run the dry run again and "
                                  "review it before applying."), "critical")
            return False
        self._message(self.tr("Import in progress…"))
        return self.run_algorithm("mbm:sandt_update", self._update_parameters(False), self._apply_done)

    def _report_layer(self, results):
        layer_id = results.get(SandtUpdateAlgorithm.REPORT)
        if self.context is None or not layer_id:
            return None
        return self.context.getMapLayer(layer_id) if hasattr(self.context, "getMapLayer") else \
            self.context.temporaryLayerStore().mapLayer(layer_id)

    def _clear_report(self):
        """No report from an earlier run stays on screen after a failure: it would describe another file."""
        self.report_model.removeRows(0, self.report_model.rowCount())
        self.rows_by_line = {}
        self.base_revision = -1
        self.apply_button.setEnabled(False)
        self._fill_filter({})
        self.row_details.clear()
        self._report_selection_changed()

    def _fill_report(self, results):
        layer = self._report_layer(results)
        self.report_model.removeRows(0, self.report_model.rowCount())
        self.row_details.clear()
        if layer is None:
            return
        self._load_cite_names()
        self.report_view.setSortingEnabled(False)
        counts = {}
        for feature in layer.getFeatures():
            values = {name: plain(feature[name]) for name in REPORT_FIELDS}
            action = values["action"] or ""
            counts[action] = counts.get(action, 0) + 1
            cite_id = values["cite_id"] or ""
            cells = [(values["ligne"], values["ligne"], ""),
                     (self.cite_names.get(cite_id, cite_id), cite_id, cite_id),
                     (values["score"], values["score"], ""),
                     (action_label(action), action, ""),
                     (values["message"] or "", None, values["message"] or "")]
            items = []
            for shown, code, tooltip in cells:
                item = QStandardItem()
                item.setEditable(False)
                item.setData(shown if shown is not None else "", Qt.ItemDataRole.DisplayRole)
                item.setData(code, CODE_ROLE)
                if tooltip:
                    item.setToolTip(str(tooltip))
                items.append(item)
            self.report_model.appendRow(items)
        self.report_view.setSortingEnabled(True)
        self.report_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._fill_filter(counts)
        self._size_report_columns()
        self._remember_rows()

    def _size_report_columns(self):
        """Narrow columns for the line, the cité, the score and the action, the rest for the message: in a
        dock of 480 px the message keeps about half the width (and shows whole below the table)."""
        header = self.report_view.horizontalHeader()
        metrics = self.report_view.fontMetrics()
        padding = metrics.horizontalAdvance("0")

        def text_width(texts):
            return max(metrics.horizontalAdvance(str(text)) for text in texts) + padding

        rows = range(self.report_model.rowCount())
        cells = {column: [self.report_model.index(r, column).data() or "" for r in rows] or [""]
                 for column in range(len(REPORT_FIELDS) - 1)}
        header.setMinimumSectionSize(metrics.horizontalAdvance("0000"))
        shown = set(self.report_model.index(r, 3).data(CODE_ROLE) for r in rows)
        widths = {0: text_width(["0000"] + cells[0]), 2: text_width(["100"]),
                  3: text_width([action_label(a) for a in ACTIONS if a in shown] or [""])}
        style = header.style()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin

        def title_width(column):
            # never narrower than the header's title, and its sort arrow on the sorted column ("Score" must
            # not read "Sco")
            title = metrics.horizontalAdvance(str(self.report_model.headerData(column, Qt.Orientation.Horizontal)))
            return title + margin + padding + (arrow if column == header.sortIndicatorSection() else 0)

        for column, width in widths.items():
            widths[column] = max(width, title_width(column))
        # The cité gets what the message can spare beyond some twenty characters (the whole message shows
        # below the table): at 480 px, "Cité Jeanne d'Arc" whole rather than "Cité-j…".
        spare = self.report_view.viewport().width() - sum(widths.values()) - metrics.averageCharWidth() * 22
        cite_room = max(metrics.horizontalAdvance("M") * 5, spare)
        widths[1] = max(min(text_width(cells[1]), cite_room), title_width(1))
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Resize and watched is self.report_view.viewport() \
                and self.report_model.rowCount():
            self._size_report_columns()
        return super().eventFilter(watched, event)

    def _sorted(self, *_args):
        if self.report_model.rowCount():
            self._size_report_columns()

    def _fill_filter(self, counts):
        current = self.action_filter.currentData() if self.action_filter.count() else ""
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("All lines ({})").format(format_number(sum(counts.values()))), "")
        for action in ACTIONS:
            if counts.get(action):
                self.action_filter.addItem("{} ({})".format(action_label(action), format_number(counts[action])),
                                           action)
        index = self.action_filter.findData(current)
        self.action_filter.setCurrentIndex(max(index, 0))
        self.action_filter.blockSignals(False)
        self.report_proxy.set_action(self.action_filter.currentData())

    def _load_cite_names(self):
        try:
            self.cite_names = {c["cite_id"]: c["nom"] or c["cite_id"] for c in self._base().read_cites()}
        except Exception as error:  # noqa: BLE001 — any failure of the base is shown, the report stays usable
            self.cite_names = {}
            self._message(str(error), "critical")

    def _remember_rows(self):
        """The typed insee/commune/cité of each line, to offer cités when resolving a row."""
        from ..sandt.planning import TableError
        from ..sandt.table_reader import read_programme

        self.rows_by_line = {}
        try:
            table = read_programme(self.table_edit.text().strip(), sheet=self.sheet_choice.currentData() or None)
        except (TableError, OSError) as error:
            self._message(str(error), "critical")
            return
        for record in table.records:
            if record.values is not None:
                self.rows_by_line[record.ligne] = {role: record.values.get(header)
                                                   for role, header in table.mapping.items()}

    def _counts_text(self, results):
        counts = [(action, int(results.get("NB_" + action.upper(), 0))) for action in ACTIONS]
        return ", ".join(self.tr("{}: {}").format(action_label(action), format_number(count))
                         for action, count in counts if count) or self.tr("no line")

    def _dry_run_done(self, ok, results):
        if not ok:
            return
        self._fill_report(results)
        self.base_revision = int(results.get(SandtUpdateAlgorithm.BASE_REVISION, -1))
        changes = int(results.get("NB_INSERE", 0)) + int(results.get("NB_MIS_A_JOUR", 0))
        self.apply_button.setEnabled(changes > 0)
        self._message(self.tr("Dry run: {}. Nothing was written.").format(self._counts_text(results)))

    def _apply_done(self, ok, results):
        if not ok:
            return
        self._fill_report(results)
        self.base_revision = -1
        self.apply_button.setEnabled(False)
        self._message(self.tr("Import {} applied: {}.").format(int(results.get(SandtUpdateAlgorithm.IMPORT_ID, 0)),
                                                             self._counts_text(results)))
        self.refresh_imports()
        if self.cites_layer is not None:
            self.cites_layer.reload()
            self.cites_layer.triggerRepaint()

    def _filter_changed(self, _index):
        self.report_proxy.set_action(self.action_filter.currentData())

    # --- resolving names ----------------------------------------------------------------------
    def _selected_report_row(self):
        indexes = self.report_view.selectionModel().selectedRows()
        if not indexes:
            return None
        source = self.report_proxy.mapToSource(indexes[0])
        row = {}
        for column, name in enumerate(REPORT_FIELDS):
            index = self.report_model.index(source.row(), column)
            code = index.data(CODE_ROLE)
            row[name] = code if code is not None else index.data()
        return row

    def _report_selection_changed(self, *_args):
        from ..sandt.names import CiteIndex
        from ..sandt.rules import normalize_insee

        self.cite_choice.clear()
        row = self._selected_report_row()
        if row is None:
            self.row_details.clear()
        elif row["cite_id"]:
            self.row_details.setText(self.tr("Line {} — {} — {}: {}").format(
                row["ligne"], self.cite_names.get(row["cite_id"], row["cite_id"]), action_label(row["action"]),
                row["message"]))
        else:
            self.row_details.setText(self.tr("Line {} — {}: {}").format(row["ligne"], action_label(row["action"]),
                                                                       row["message"]))
        resolvable = row is not None and row["action"] in RESOLVABLE
        self.cite_choice.setEnabled(resolvable)
        self.resolve_button.setEnabled(resolvable)
        if not resolvable:
            return
        typed = self.rows_by_line.get(int(row["ligne"]), {})
        try:
            insee = normalize_insee(typed.get("insee"))
        except ValueError:
            insee = ""
        try:
            index = CiteIndex(self._base().read_cites())
        except Exception as error:  # noqa: BLE001 — any failure of the base is shown to the user
            self._message(str(error), "critical")
            return
        # Starts empty: no cité is chosen for the user, not even the closest.
        self.cite_choice.addItem(self.tr("Choose the cité…"), None)
        for score, cite_id, nom, _code, commune in index.ranked(insee, typed.get("commune"), typed.get("cite")):
            self.cite_choice.addItem(self.tr("{} — {} ({}), score {}").format(nom, commune, cite_id, score),
                                     (cite_id, nom, _code))
        self.cite_choice.addItem(self.tr("None of these cités"), NONE_OF_THEM)
        self.cite_choice.setCurrentIndex(0)

    def resolve_selected(self):
        """Store the chosen cité as an alias of the typed name (after confirmation), then dry-run again."""
        from ..sandt.storage import SandtError

        row = self._selected_report_row()
        choice = self.cite_choice.currentData()
        if row is None or choice is None:
            self._message(self.tr("Choose the cité of the selected line first."))
            return False
        typed = self.rows_by_line.get(int(row["ligne"]), {})
        typed_name = str(typed.get("cite") or "")
        if choice == NONE_OF_THEM:
            self._message(self.tr("Line {} stays unresolved: correct the name in the file, or add the cité to the "
                                  "base, then run the dry run again.").format(row["ligne"]))
            return False
        cite_id, nom, insee = choice
        question = self.tr("From now on, \"{}\" typed in the programmes of {} will mean the cité \"{}\" ({}), for "
                           "this import and every later one.\n\nSave this alias in the base?").format(
            typed_name, typed.get("commune") or insee, nom, cite_id)
        if not self.confirm(self.tr("Keep this cité"), question):
            self._message(self.tr("Nothing saved."))
            return False
        try:
            self._base().add_alias(insee, typed_name, cite_id)
        except SandtError as error:
            self._message(str(error), "critical")
            return False
        self._message(self.tr("Alias saved: \"{}\" is \"{}\" from now on.").format(typed_name, nom))
        return self.dry_run()

    # --- imports and undo ---------------------------------------------------------------------
    def refresh_imports(self):
        self.imports_table.setRowCount(0)
        location = self.base_edit.text().strip()
        if not location:
            return
        try:
            base = self._base()
            if not base.exists():
                return
            imports = base.imports()
        except Exception as error:  # noqa: BLE001 — any failure of the base is shown to the user
            self._message(str(error), "critical")
            return
        for record in reversed(imports):
            number = self.imports_table.rowCount()
            self.imports_table.insertRow(number)
            date = record["date_import"]
            values = [record["import_id"], date.strftime("%d/%m/%Y %H:%M") if date else "",
                      "{}\n{}".format(record["fichier"] or "", self._import_counts(record)),
                      import_state_label(record["etat"])]
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if column == 3:
                    item.setData(CODE_ROLE, record["etat"])
                self.imports_table.setItem(number, column, item)
        self.imports_table.resizeRowsToContents()

    def _import_counts(self, record):
        set_aside = sum(record["nb_" + action] or 0 for action in ("non_trouve", "ambigu", "invalide", "doublon"))
        return self.tr("{} inserted, {} updated, {} set aside").format(
            format_number(record["nb_insere"] or 0), format_number(record["nb_mis_a_jour"] or 0),
            format_number(set_aside))

    def undo_selected(self):
        """Undo the selected import (mbm:sandt_undo_import) once the user confirmed it, seeing its date, file
        and counts."""
        rows = self.imports_table.selectionModel().selectedRows()
        if not rows:
            self._message(self.tr("Select an import in the list first."))
            return False
        row = rows[0].row()
        import_id = int(self.imports_table.item(row, 0).data(Qt.ItemDataRole.DisplayRole))
        file_name, counts = (self.imports_table.item(row, 2).text().split("\n", 1) + [""])[:2]
        question = self.tr("Undo import {} of {} (file \"{}\": {})?\n\nThe operations it added are removed and those "
                           "it changed get back their previous values.").format(
            import_id, self.imports_table.item(row, 1).text(), file_name, counts)
        if not self.confirm(self.tr("Undo an import"), question):
            self._message(self.tr("Nothing undone."))
            return False
        self._message(self.tr("Undoing import {}…").format(import_id))

        def done(ok, results):
            if ok:
                self._message(self.tr("Import {} undone.").format(import_id))
            self.refresh_imports()
            if self.cites_layer is not None:
                self.cites_layer.reload()

        algorithm = SandtUndoImportAlgorithm
        return self.run_algorithm("mbm:sandt_undo_import", {algorithm.BASE: self.base_edit.text().strip(),
                                                            algorithm.IMPORT_ID: import_id}, done)

    # --- cités on the map ----------------------------------------------------------------------
    def show_cites(self):
        from qgis.core import QgsProject, QgsVectorLayer

        from ..sandt.storage import SandtError

        try:
            uri, provider = self._base().layer_uri("cites")
        except SandtError as error:
            self._message(str(error), "critical")
            return None
        layer = QgsVectorLayer(uri, self.tr("Cités (base Sandt)"), provider)
        if not layer.isValid():
            self._message(self.tr("The cités of this base cannot be read."), "critical")
            return None
        style = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "styles",
                             "sandt_cites.qml")
        if os.path.exists(style):
            layer.loadNamedStyle(style)
        QgsProject.instance().addMapLayer(layer)
        self._watch_cites(layer)
        return layer

    def _watch_cites(self, layer):
        self._unwatch_cites()
        self.cites_layer = layer
        layer.selectionChanged.connect(self._cite_selection_changed)
        layer.willBeDeleted.connect(self._cites_layer_removed)

    def _unwatch_cites(self):
        layer, self.cites_layer = self.cites_layer, None
        if layer is not None and not sip.isdeleted(layer):
            layer.selectionChanged.disconnect(self._cite_selection_changed)
            layer.willBeDeleted.disconnect(self._cites_layer_removed)

    def _cites_layer_removed(self):
        self._unwatch_cites()

    def _cite_selection_changed(self, *_args):
        if self.cites_layer is None:
            return
        features = list(self.cites_layer.getSelectedFeatures())
        if not features:
            self.cite_details.clear()
            return
        self.show_cite(str(features[0]["cite_id"]))

    def show_cite(self, cite_id):
        """Operations and history of one cité in the details panel, in words."""
        base = self._base()
        cite = next((c for c in base.read_cites() if c["cite_id"] == cite_id), None)
        if cite is None:
            self.cite_details.setHtml("")
            return
        operations = sorted(base.read_operations(cite_ids={cite_id}).values(),
                            key=lambda o: (o["annee_programme"], o["reseau"]))
        parts = ["<h3>{} <small>({}, {})</small></h3>".format(html.escape(cite["nom"] or ""), html.escape(cite_id),
                                                             html.escape(cite["commune"] or cite["insee"] or "")),
                 "<p>{} <b>{}</b> — {} %</p>".format(self.tr("State:"), html.escape(etat_label(cite["etat"])),
                                                     format_number(cite["avancement_pct"] or 0, 0)),
                 "<table border='1' cellspacing='0' cellpadding='2'><tr><th>{}</th><th>{}</th><th>{}</th>"
                 "<th>{}</th><th>{}</th></tr>".format(self.tr("Year"), self.tr("Network"), self.tr("Status"),
                                                     self.tr("Amount excl. VAT"), self.tr("Import"))]
        for operation in operations:
            amount = operation["montant_ht"]
            parts.append("<tr><td>{}</td><td>{}</td><td>{}</td><td align='right'>{}</td><td>{}</td></tr>".format(
                operation["annee_programme"], html.escape(reseau_label(operation["reseau"])),
                html.escape(etat_label(operation["statut"])),
                "" if amount is None else html.escape(format_number(amount, 2)) + "&nbsp;€",
                operation["import_id"] or ""))
        parts.append("</table><h4>{}</h4><ul>".format(self.tr("History")))
        for entry in base.history(cite_id):
            parts.append("<li>{}</li>".format(html.escape(self._history_text(entry))))
        parts.append("</ul>")
        self.cite_details.setHtml("".join(parts))
        self.lower_tabs.setCurrentIndex(1)

    def _history_text(self, entry):
        """One history entry in words: "import 2 — voirie 2025 — statut : programmé → achevé"."""
        key = (entry["cle"] or "").split("|")
        what = "{} {}".format(reseau_label(key[1]), key[2]) if len(key) == 3 else self.tr("the cité")
        field = entry["champ"] or ""
        if field == "*":
            return self.tr("import {} — {}: operation {}").format(entry["import_id"], what,
                                                                  value_label("*", entry["nouvelle_valeur"]))
        return self.tr("import {} — {} — {}: {} → {}").format(
            entry["import_id"], what, field_label(field), value_label(field, entry["ancienne_valeur"]),
            value_label(field, entry["nouvelle_valeur"]))

    def unload(self):
        self._unwatch_cites()
        super().unload()


def workbook_sheets(path):
    """The names of the sheets of an XLSX/ODS workbook holding data ([] when it cannot be opened)."""
    from osgeo import gdal

    from ..compat import gdal_open

    dataset = gdal_open(gdal.OpenEx, path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        return []
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    return names



def report_table_view(parent):
    """The report table: sortable, one row selected at a time, read-only, messages elided (the whole message
    shows below it and in the tooltip)."""
    view = QTableView(parent)
    view.setObjectName("sandtReport")
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def ask_geopackage(parent, start=""):
    """A GeoPackage chosen in a file dialog ("" when cancelled)."""
    path, _filter = QFileDialog.getOpenFileName(parent, translate("SandtBaseField", "Open a Sandt base"), start,
                                                translate("SandtBaseField", "GeoPackage (*.gpkg);;All files (*)"))
    return path


def ask_postgis_base(parent):
    """"postgis:<connection>/<schema>" chosen among QGIS's saved PostgreSQL connections ("" when cancelled
    or when there is none, which is said)."""
    from qgis.core import QgsProviderRegistry

    title = translate("SandtBaseField", "PostGIS base")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    names = sorted(metadata.connections().keys()) if metadata is not None else []
    if not names:
        QMessageBox.information(parent, title, translate("SandtBaseField", "No saved PostgreSQL connection: add one "
                                                                           "in the Data Source Manager."))
        return ""
    name, ok = QInputDialog.getItem(parent, title, translate("SandtBaseField", "Saved connection"), names, 0, False)
    if not ok:
        return ""
    schema, ok = QInputDialog.getText(parent, title, translate("SandtBaseField", "Schema"), text="sandt")
    return "postgis:{}/{}".format(name, schema.strip()) if ok and schema.strip() else ""


class SandtBaseField(Translatable, QWidget):
    """A line edit with a "…" menu: GeoPackage… / PostGIS connection…."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("sandtBaseLocation")
        self.line_edit.setPlaceholderText(self.tr("GeoPackage, or postgis:connection/schema"))
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.geopackage_action = menu.addAction(self.tr("GeoPackage…"))
        self.postgis_action = menu.addAction(self.tr("PostGIS connection…"))
        self.button.setMenu(menu)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.button)
        self.geopackage_action.triggered.connect(self.choose_geopackage)
        self.postgis_action.triggered.connect(self.choose_postgis)

    def choose_geopackage(self):
        path = ask_geopackage(self, self.line_edit.text())
        if path:
            self.line_edit.setText(path)

    def choose_postgis(self):
        location = ask_postgis_base(self)
        if location:
            self.line_edit.setText(location)
