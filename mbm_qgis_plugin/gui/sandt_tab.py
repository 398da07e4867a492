"""Dock tab "Base Sandt": open or create a base, review a dry run, resolve names, apply, undo, inspect.

The work runs through the same Processing algorithms as batch use (mbm:sandt_update…), in a
QgsProcessingAlgRunnerTask with progress and cancel, so the GUI and qgis_process cannot drift apart.
"""

import os

from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
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
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .base_tab import TaskTab

ACTIONS = ("insere", "mis_a_jour", "inchange", "non_trouve", "ambigu", "invalide", "doublon")
REPORT_COLUMNS = ("ligne", "cite_id", "score", "action", "message")


class ReportFilter(QSortFilterProxyModel):
    """Filters the report by action (column 3); sorting on numbers stays numeric."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.action = ""

    def set_action(self, action):
        self.action = action or ""
        self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):
        if not self.action:
            return True
        return self.sourceModel().index(row, 3, parent).data() == self.action


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
        self._build()

    # --- widgets ----------------------------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        source = QGroupBox(self.tr("Base and programme"), self)
        grid = QGridLayout(source)
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
        self.browse_table_button = browse
        grid.addWidget(QLabel(self.tr("Programme"), source), 1, 0)
        grid.addWidget(self.table_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        layout.addWidget(source)

        buttons = QHBoxLayout()
        self.dry_run_button = QPushButton(self.tr("Dry run"), self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        for button in (self.dry_run_button, self.apply_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        report_box = QWidget(splitter)
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show"), report_box))
        self.action_filter = QComboBox(report_box)
        self.action_filter.addItem(self.tr("All rows"), "")
        for action in ACTIONS:
            self.action_filter.addItem(action, action)
        filter_row.addWidget(self.action_filter, 1)
        report_layout.addLayout(filter_row)
        self.report_model = QStandardItemModel(0, len(REPORT_COLUMNS), self)
        self.report_model.setHorizontalHeaderLabels(list(REPORT_COLUMNS))
        self.report_proxy = ReportFilter(self)
        self.report_proxy.setSourceModel(self.report_model)
        self.report_view = QTableWidgetLikeView(report_box)
        self.report_view.setModel(self.report_proxy)
        report_layout.addWidget(self.report_view, 1)
        resolve_row = QHBoxLayout()
        self.cite_choice = QComboBox(report_box)
        self.cite_choice.setEnabled(False)
        self.resolve_button = QPushButton(self.tr("Keep this cité"), report_box)
        self.resolve_button.setEnabled(False)
        self.resolve_button.setToolTip(self.tr("Saved as an alias in the base: later imports will recognise "
                                               "this name."))
        resolve_row.addWidget(QLabel(self.tr("Cité for the selected row"), report_box))
        resolve_row.addWidget(self.cite_choice, 1)
        resolve_row.addWidget(self.resolve_button)
        report_layout.addLayout(resolve_row)

        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Imports"), lower))
        self.imports_table = QTableWidget(0, 5, lower)
        self.imports_table.setHorizontalHeaderLabels([self.tr("Import"), self.tr("Date"), self.tr("File"),
                                                      self.tr("Rows"), self.tr("State")])
        self.imports_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.imports_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.imports_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.imports_table.horizontalHeader().setStretchLastSection(True)
        lower_layout.addWidget(self.imports_table, 1)
        imports_buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo the selected import"), lower)
        self.show_cites_button = QPushButton(self.tr("Show the cités on the map"), lower)
        imports_buttons.addWidget(self.undo_button)
        imports_buttons.addWidget(self.show_cites_button)
        lower_layout.addLayout(imports_buttons)
        self.cite_details = QTextBrowser(lower)
        self.cite_details.setPlaceholderText(self.tr("Select a cité on the map to see its operations and history."))
        lower_layout.addWidget(self.cite_details, 1)
        splitter.addWidget(report_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.connect(self.open_gpkg_action.triggered, self.choose_geopackage)
        self.connect(self.open_postgis_action.triggered, self.choose_postgis)
        self.connect(self.create_action.triggered, self.create_base)
        self.connect(self.browse_table_button.clicked, self.choose_table)
        self.connect(self.base_edit.editingFinished, self.refresh_imports)
        self.connect(self.dry_run_button.clicked, self.dry_run)
        self.connect(self.apply_button.clicked, self.apply)
        self.connect(self.cancel_button.clicked, self.cancel)
        self.connect(self.action_filter.currentIndexChanged, self._filter_changed)
        self.connect(self.report_view.selectionModel().selectionChanged, self._report_selection_changed)
        self.connect(self.resolve_button.clicked, self.resolve_selected)
        self.connect(self.undo_button.clicked, self.undo_selected)
        self.connect(self.show_cites_button.clicked, self.show_cites)

    def title(self):
        return self.tr("Base Sandt")

    # --- helpers ----------------------------------------------------------------------------
    def _message(self, text, level="info"):
        self.status_label.setText(text)
        bar = getattr(self.iface, "messageBar", None) if self.iface is not None else None
        if callable(bar) and level == "critical":
            try:
                from qgis.core import Qgis

                bar().pushMessage(self.tr("Base Sandt"), text, Qgis.MessageLevel.Critical, 10)
            except Exception:  # noqa: BLE001 — a test stub without a message bar
                pass

    def _base(self):
        from ..sandt.storage import SandtBase

        return SandtBase(self.base_edit.text().strip())

    # --- choosing ---------------------------------------------------------------------------
    def choose_geopackage(self):
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a Sandt base"), "",
                                                    self.tr("GeoPackage (*.gpkg)"))
        if path:
            self.set_base(path)

    def choose_postgis(self):
        from qgis.core import QgsProviderRegistry

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        names = sorted(metadata.connections().keys()) if metadata is not None else []
        if not names:
            self._message(self.tr("No saved PostgreSQL connection: add one in the Data Source Manager."), "critical")
            return
        name, ok = QInputDialog.getItem(self, self.tr("PostGIS base"), self.tr("Saved connection"), names, 0, False)
        if not ok:
            return
        schema, ok = QInputDialog.getText(self, self.tr("PostGIS base"), self.tr("Schema"), text="sandt")
        if ok and schema:
            self.set_base("postgis:{}/{}".format(name, schema))

    def create_base(self):
        from ..compat import is_polygon

        layer = self.iface.activeLayer() if self.iface is not None else None
        if layer is None or not hasattr(layer, "geometryType") or not is_polygon(layer):
            self._message(self.tr("Select the polygon layer of cités in the Layers panel first."), "critical")
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New Sandt base"), "", self.tr("GeoPackage (*.gpkg)"))
        if not path:
            return
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        self.run_algorithm("mbm:sandt_create", {"CITES": layer, "OUTPUT": path},
                           lambda ok, results: self.set_base(path) if ok else None)

    def choose_table(self):
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Programme file"), "",
                                                    self.tr("Tables (*.csv *.txt *.xlsx *.ods);;All files (*)"))
        if path:
            self.table_edit.setText(path)

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
                self._message(self.tr("Cancelled."))
            else:
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
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)

    def cancel(self):
        self.cancel_algorithm()

    # --- dry run and apply --------------------------------------------------------------------
    def _update_parameters(self, dry_run):
        return {"BASE": self.base_edit.text().strip(), "TABLE": self.table_edit.text().strip(),
                "DRY_RUN": dry_run, "MATCH_THRESHOLD": 85, "REPORT": "TEMPORARY_OUTPUT",
                "BASE_REVISION": -1 if dry_run else self.base_revision}

    def dry_run(self):
        self.base_revision = -1
        self.reviewed_table = self._table_fingerprint()
        self.apply_button.setEnabled(False)
        self._message(self.tr("Dry run in progress…"))
        return self.run_algorithm("mbm:sandt_update", self._update_parameters(True), self._dry_run_done)

    def _table_fingerprint(self):
        """(path, SHA-256) of the programme file, to apply only what the dry run showed."""
        from ..sandt.table_reader import file_sha256

        path = self.table_edit.text().strip()
        try:
            return path, file_sha256(path.split("|")[0])
        except OSError:
            return path, None  # a project layer, or a missing file (the algorithm says so)

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
        layer_id = results.get("REPORT")
        if self.context is None or not layer_id:
            return None
        return self.context.getMapLayer(layer_id) if hasattr(self.context, "getMapLayer") else \
            self.context.temporaryLayerStore().mapLayer(layer_id)

    def _fill_report(self, results):
        layer = self._report_layer(results)
        self.report_model.removeRows(0, self.report_model.rowCount())
        if layer is None:
            return
        for feature in layer.getFeatures():
            items = []
            for name in REPORT_COLUMNS:
                value = feature[name]
                item = QStandardItem()
                item.setEditable(False)
                if value is None or (hasattr(value, "isNull") and value.isNull()):
                    value = ""
                item.setData(value, Qt.ItemDataRole.DisplayRole)
                if name == "message":
                    item.setToolTip(str(value))
                items.append(item)
            self.report_model.appendRow(items)
        self.report_view.resizeColumnsToContents()
        self.report_view.horizontalHeader().setStretchLastSection(True)
        self._remember_rows()

    def _remember_rows(self):
        """The typed insee/commune/cité of each line, to offer cités when resolving a row."""
        from ..sandt.planning import TableError, detect_columns
        from ..sandt.table_reader import read_table

        self.rows_by_line = {}
        try:
            headers, rows, _description = read_table(self.table_edit.text().strip())
            mapping = detect_columns(headers)
        except (TableError, OSError):
            return
        for number, row in enumerate(rows, 1):
            if row is not None:
                self.rows_by_line[number] = {role: row.get(header) for role, header in mapping.items()}

    def _counts_text(self, results):
        return ", ".join("{} {}".format(int(results.get("NB_" + a.upper(), 0)), a) for a in ACTIONS)

    def _dry_run_done(self, ok, results):
        if not ok:
            return
        self._fill_report(results)
        self.base_revision = int(results.get("BASE_REVISION", -1))
        changes = int(results.get("NB_INSERE", 0)) + int(results.get("NB_MIS_A_JOUR", 0))
        self.apply_button.setEnabled(changes > 0)
        self._message(self.tr("Dry run: {}. Nothing was written.").format(self._counts_text(results)))

    def _apply_done(self, ok, results):
        if not ok:
            return
        self._fill_report(results)
        self.base_revision = -1
        self.apply_button.setEnabled(False)
        self._message(self.tr("Import {} applied: {}.").format(int(results.get("IMPORT_ID", 0)),
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
        return {name: self.report_model.index(source.row(), column).data()
                for column, name in enumerate(REPORT_COLUMNS)}

    def _report_selection_changed(self, *_args):
        from ..sandt.names import name_score, normalize_cite_name, normalize_commune_name
        from ..sandt.rules import normalize_insee

        self.cite_choice.clear()
        row = self._selected_report_row()
        resolvable = row is not None and row["action"] in ("ambigu", "non_trouve")
        self.cite_choice.setEnabled(resolvable)
        self.resolve_button.setEnabled(resolvable)
        if not resolvable:
            return
        typed = self.rows_by_line.get(int(row["ligne"]), {})
        try:
            insee = normalize_insee(typed.get("insee"))
        except ValueError:
            insee = ""
        commune = normalize_commune_name(typed.get("commune"))
        name = normalize_cite_name(typed.get("cite"))
        try:
            cites = self._base().read_cites()
        except Exception as error:  # noqa: BLE001 — shown to the user
            self._message(str(error), "critical")
            return
        candidates = [c for c in cites if (insee and c["insee"] == insee) or
                      (not insee and normalize_commune_name(c["commune"]) == commune)]
        candidates.sort(key=lambda c: (-name_score(name, normalize_cite_name(c["nom"])), c["nom"] or ""))
        for cite in candidates:
            self.cite_choice.addItem("{} — {} ({})".format(cite["nom"], cite["commune"] or cite["insee"],
                                                           cite["cite_id"]), (cite["cite_id"], cite["insee"]))

    def resolve_selected(self):
        from ..sandt.storage import SandtError

        row = self._selected_report_row()
        choice = self.cite_choice.currentData()
        if row is None or choice is None:
            return False
        typed = self.rows_by_line.get(int(row["ligne"]), {})
        cite_id, insee = choice
        try:
            self._base().add_alias(insee, str(typed.get("cite") or ""), cite_id)
        except SandtError as error:
            self._message(str(error), "critical")
            return False
        self._message(self.tr("Alias saved: « {} » is {} from now on.").format(typed.get("cite"), cite_id))
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
        except Exception as error:  # noqa: BLE001 — shown to the user
            self._message(str(error), "critical")
            return
        for record in reversed(imports):
            number = self.imports_table.rowCount()
            self.imports_table.insertRow(number)
            rows = self.tr("{} inserted, {} updated, {} set aside").format(
                record["nb_insere"] or 0, record["nb_mis_a_jour"] or 0,
                (record["nb_non_trouve"] or 0) + (record["nb_ambigu"] or 0) + (record["nb_invalide"] or 0) +
                (record["nb_doublon"] or 0))
            date = record["date_import"]
            values = [record["import_id"], date.strftime("%d/%m/%Y %H:%M") if date else "",
                      record["fichier"] or "", rows, record["etat"]]
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                self.imports_table.setItem(number, column, item)

    def undo_selected(self):
        rows = self.imports_table.selectionModel().selectedRows()
        if not rows:
            self._message(self.tr("Select an import in the list first."))
            return False
        import_id = int(self.imports_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.DisplayRole))
        self._message(self.tr("Undoing import {}…").format(import_id))

        def done(ok, results):
            if ok:
                self._message(self.tr("Import {} undone.").format(import_id))
            self.refresh_imports()
            if self.cites_layer is not None:
                self.cites_layer.reload()

        return self.run_algorithm("mbm:sandt_undo_import", {"BASE": self.base_edit.text().strip(),
                                                            "IMPORT_ID": import_id}, done)

    # --- cités on the map ----------------------------------------------------------------------
    def show_cites(self):
        from qgis.core import QgsProject, QgsVectorLayer

        try:
            base = self._base()
            uri, provider = base.layer_uri("cites")
        except Exception as error:  # noqa: BLE001 — shown to the user
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
        if self.cites_layer is not None:
            try:
                self.cites_layer.selectionChanged.disconnect(self._cite_selection_changed)
            except (TypeError, RuntimeError):
                pass
        self.cites_layer = layer
        layer.selectionChanged.connect(self._cite_selection_changed)
        layer.willBeDeleted.connect(self._cites_layer_removed)

    def _cites_layer_removed(self):
        self.cites_layer = None

    def _cite_selection_changed(self, *_args):
        if self.cites_layer is None:
            return
        features = list(self.cites_layer.getSelectedFeatures())
        if not features:
            self.cite_details.clear()
            return
        self.show_cite(str(features[0]["cite_id"]))

    def show_cite(self, cite_id):
        """Operations and history of one cité in the details panel."""
        import html

        base = self._base()
        cite = next((c for c in base.read_cites() if c["cite_id"] == cite_id), None)
        if cite is None:
            self.cite_details.setHtml("")
            return
        operations = sorted((o for o in base.read_operations(cite_ids={cite_id}).values() if o["cite_id"] == cite_id),
                            key=lambda o: (o["annee_programme"], o["reseau"]))
        parts = ["<h3>{} <small>({}, {})</small></h3>".format(html.escape(cite["nom"] or ""), html.escape(cite_id),
                                                             html.escape(cite["commune"] or cite["insee"] or "")),
                 "<p>{}: <b>{}</b> — {} %</p>".format(self.tr("State"), html.escape(cite["etat"] or ""),
                                                      int(cite["avancement_pct"] or 0)),
                 "<table border='1' cellspacing='0' cellpadding='2'><tr><th>{}</th><th>{}</th><th>{}</th>"
                 "<th>{}</th><th>{}</th></tr>".format(self.tr("Year"), self.tr("Network"), self.tr("Status"),
                                                     self.tr("Amount excl. VAT"), self.tr("Import"))]
        for operation in operations:
            amount = operation["montant_ht"]
            parts.append("<tr><td>{}</td><td>{}</td><td>{}</td><td align='right'>{}</td><td>{}</td></tr>".format(
                operation["annee_programme"], operation["reseau"], operation["statut"],
                "" if amount is None else "{:,.2f} €".format(amount).replace(",", "\u202f").replace(".", ","),
                operation["import_id"]))
        parts.append("</table><h4>{}</h4><ul>".format(self.tr("History")))
        for entry in base.history(cite_id):
            parts.append("<li>{} {} — {} {}: {} → {}</li>".format(
                self.tr("import"), entry["import_id"], html.escape(entry["cle"] or ""),
                html.escape(entry["champ"] or ""), html.escape(str(entry["ancienne_valeur"] or "∅")),
                html.escape(str(entry["nouvelle_valeur"] or "∅"))))
        parts.append("</ul>")
        self.cite_details.setHtml("".join(parts))

    def unload(self):
        if self.cites_layer is not None:
            try:
                self.cites_layer.selectionChanged.disconnect(self._cite_selection_changed)
                self.cites_layer.willBeDeleted.disconnect(self._cites_layer_removed)
            except (TypeError, RuntimeError):
                pass
            self.cites_layer = None
        super().unload()





def QTableWidgetLikeView(parent):
    from qgis.PyQt.QtWidgets import QTableView

    view = QTableView(parent)
    view.setObjectName("sandtReport")
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    return view
