"""The "Base Sandt" dock tab, driven like a user: dry run, filter, resolve by alias (confirmed), apply, undo
(confirmed), details; French words where a person reads; nothing essential cut at the default dock width."""

import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import QMessageBox

from bassin_minier.mbm_qgis_plugin.gui.sandt_tab import SandtTab
from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
FRENCH_ACTIONS = {"inséré", "mis à jour", "inchangé", "non trouvé", "ambigu", "invalide", "doublon"}


def wait(tab, timeout=60):
    end = time.time() + timeout
    while tab.busy() and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    assert not tab.busy(), "the background task did not finish"


def shown_actions(tab):
    """The action codes of the rows shown (after the filter)."""
    proxy = tab.report_proxy
    return [proxy.index(r, 3).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]


def shown_cells(tab, column):
    proxy = tab.report_proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def select_line(tab, line):
    proxy = tab.report_proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data() == line:
            tab.report_view.selectionModel().select(
                proxy.index(r, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect |
                QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError("line {} not shown".format(line))


@pytest.fixture()
def tab(qgis_iface, mbm_provider):
    widget = SandtTab(qgis_iface)
    yield widget
    widget.unload()
    widget.deleteLater()


ROWS = [["62498", "Lens", "Cite No 9", "Voirie", "Programmé", "2025", "125 000,50", "", ""],
        ["62498", "Lens", "Brebis", "Voirie", "En cours", "2025", "", "", ""],
        ["62498", "Lens", "Cité n°9", "Gaz", "Programmé", "2025", "", "", ""],
        ["62510", "Liévin", "Cité des Alouettes", "Voirie", "Programmé", "2025", "", "", ""]]


def test_dock_workflow(tab, gpkg_base, tmp_path, sandt):
    tab.set_base(gpkg_base)
    tab.set_table(sandt.write_csv(tmp_path / "p.csv", ROWS))
    assert tab.dry_run()
    wait(tab)
    assert sorted(shown_actions(tab)) == ["ambigu", "insere", "invalide", "non_trouve"]
    # What a person reads: French words, not the stored codes; French headers.
    assert set(shown_cells(tab, 3)) == {"inséré", "ambigu", "invalide", "non trouvé"}
    headers = [tab.report_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Ligne", "Cité", "Score", "Action", "Message"]
    assert "Cité n°9" in shown_cells(tab, 1)  # the cité's name, its id in the tooltip
    assert "Nouvelle opération : voirie 2025." in shown_cells(tab, 4)
    assert tab.status_label.text() == ("Simulation : inséré : 1, non trouvé : 1, ambigu : 1, invalide : 1. Rien n'a été "
                                       "écrit.")
    assert tab.apply_button.isEnabled() and tab.base_revision == 0
    assert SandtBase(gpkg_base).read_operations() == {}  # dry run wrote nothing
    # Filter by action (French labels with counts), sort by score.
    filters = [tab.action_filter.itemText(i) for i in range(tab.action_filter.count())]
    assert filters == ["Toutes les lignes (4)", "inséré (1)", "non trouvé (1)", "ambigu (1)", "invalide (1)"]
    tab.action_filter.setCurrentIndex(tab.action_filter.findData("ambigu"))
    assert shown_actions(tab) == ["ambigu"]
    tab.action_filter.setCurrentIndex(0)
    tab.report_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    scores = [s for s in shown_cells(tab, 2)]
    assert scores == sorted(scores)
    # The ambiguous "Brebis": the whole message below the table, the candidates by score, none chosen.
    select_line(tab, 2)
    assert tab.row_details.text().startswith("Ligne 2 — ambigu : Cité « Brebis » : plusieurs cités possibles")
    assert tab.resolve_button.isEnabled()
    choices = [tab.cite_choice.itemData(i) for i in range(tab.cite_choice.count())]
    assert tab.cite_choice.currentIndex() == 0 and choices[0] is None  # "Choisir la cité…": nothing pre-selected
    assert tab.cite_choice.itemText(0) == "Choisir la cité…"
    assert tab.cite_choice.itemText(len(choices) - 1) == "Aucune de ces cités"
    cites = [c[0] for c in choices[1:-1]]
    assert set(cites) == {"LENS-09", "LENS-19", "LENS-BRC", "LENS-BRO", "LENS-SPI"}  # the cités of Lens only
    scores = [int(tab.cite_choice.itemText(i).rsplit(" ", 1)[1]) for i in range(1, len(choices) - 1)]
    assert scores == sorted(scores, reverse=True) and set(cites[:2]) == {"LENS-BRC", "LENS-BRO"}
    # Nothing chosen: nothing stored.
    assert not tab.resolve_selected() and SandtBase(gpkg_base).aliases() == {}
    # "Aucune de ces cités": nothing stored, the row stays to fix in the file.
    tab.cite_choice.setCurrentIndex(len(choices) - 1)
    assert not tab.resolve_selected() and SandtBase(gpkg_base).aliases() == {}
    assert "reste sans cité" in tab.status_label.text()
    # The coron, but the user says No at the confirmation: nothing stored.
    tab.cite_choice.setCurrentIndex([c[0] if c else None for c in choices].index("LENS-BRO"))
    seen = []
    sandt.answer_next_question(NO, seen)
    assert not tab.resolve_selected()
    assert SandtBase(gpkg_base).aliases() == {}
    assert "« Brebis »" in seen[0] and "« Coron des Brebis » (LENS-BRO)" in seen[0] and "Lens" in seen[0]
    # Yes: kept as an alias, the dry run runs again.
    sandt.answer_next_question(YES)
    assert tab.resolve_selected()
    wait(tab)
    assert sorted(shown_actions(tab)) == ["insere", "insere", "invalide", "non_trouve"]
    assert SandtBase(gpkg_base).aliases() == {("62498", "brebis"): "LENS-BRO"}
    # Apply, see the import (French state), undo it after a confirmation that names it.
    assert tab.apply()
    wait(tab)
    ops = SandtBase(gpkg_base).read_operations()
    assert set(ops) == {"LENS-09|voirie|2025", "LENS-BRO|voirie|2025"}
    assert tab.imports_table.rowCount() == 1 and tab.imports_table.item(0, 3).text() == "appliqué"
    assert tab.imports_table.item(0, 2).text() == "p.csv\n2 insérées, 0 mises à jour, 2 écartées"
    tab.show_cite("LENS-BRO")
    details = tab.cite_details.toPlainText()
    assert "Coron des Brebis" in details and "en cours" in details and "voirie" in details
    assert "en_cours" not in details and "LENS-BRO|voirie|2025" not in details
    tab.imports_table.selectRow(0)
    seen = []
    sandt.answer_next_question(NO, seen)
    assert not tab.undo_selected()
    assert len(SandtBase(gpkg_base).read_operations()) == 2  # "Non": nothing undone
    assert "l'import 1 du" in seen[0] and "p.csv" in seen[0] and "2 insérée" in seen[0]
    sandt.answer_next_question(YES)
    assert tab.undo_selected()
    wait(tab)
    assert SandtBase(gpkg_base).read_operations() == {}
    assert tab.imports_table.item(0, 3).text() == "annulé"


def test_two_different_cancel_buttons_have_distinct_labels(tab):
    assert tab.stop_button.text() == "Arrêter"
    assert tab.undo_button.text() == "Annuler l'import choisi…"
    labels = [b.text() for b in (tab.dry_run_button, tab.apply_button, tab.stop_button, tab.undo_button,
                                 tab.resolve_button, tab.show_cites_button)]
    assert len(set(labels)) == len(labels)


def test_dock_shows_selected_cite_from_map(tab, gpkg_base):
    tab.set_base(gpkg_base)
    layer = tab.show_cites()
    try:
        assert layer is not None and layer.featureCount() == 8
        layer.selectByExpression("\"cite_id\" = 'LIEV-CAL'")
        QCoreApplication.processEvents()
        assert "Cité du Calvaire" in tab.cite_details.toHtml() and "non engagé" in tab.cite_details.toHtml()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert tab.cites_layer is None  # the removed layer is let go


def test_a_failed_run_clears_the_previous_report(tab, gpkg_base, tmp_path, sandt):
    tab.set_base(gpkg_base)
    tab.set_table(sandt.write_csv(tmp_path / "p.csv", ROWS))
    tab.dry_run()
    wait(tab)
    assert tab.report_model.rowCount() == 4 and tab.apply_button.isEnabled()
    bad = tmp_path / "vide.csv"
    bad.write_bytes(b"")
    tab.set_table(str(bad))
    tab.dry_run()
    wait(tab)
    assert "vide" in tab.status_label.text() and not tab.apply_button.isEnabled()
    assert tab.report_model.rowCount() == 0  # no report of another file left on screen
    assert tab.action_filter.count() == 1


def test_creating_a_base_says_so(tab, tmp_path, sandt):
    path = str(tmp_path / "nouvelle")
    assert tab.create_base_from(sandt.make_cites_layer(), path)
    wait(tab)
    assert tab.base_edit.text() == path + ".gpkg"
    assert tab.status_label.text() == "Base Sandt créée avec 8 cités : {}.gpkg".format(path)


def test_sheet_choice_offers_the_sheets_of_a_workbook(tab, tmp_path, sandt):
    header = list(sandt.HEADER)
    path = sandt.write_xlsx(tmp_path / "p.xlsx", [("Notes", [["Lisez-moi"]], []),
                                                  ("Programme 2026", [header, ROWS[0]], [])])
    tab.set_table(path)
    assert not tab.sheet_choice.isHidden()
    assert [tab.sheet_choice.itemData(i) for i in range(tab.sheet_choice.count())] == ["", "Notes", "Programme 2026"]
    tab.set_table(str(tmp_path / "p.csv"))
    assert tab.sheet_choice.isHidden()


def test_nothing_essential_is_cut_at_the_default_dock_width(tab, gpkg_base, tmp_path, sandt):
    """QGIS opens a dock about 480 px wide: the buttons show their whole label, the message column keeps a
    readable width, and the selected row's whole message shows below the table."""
    from qgis.PyQt.QtGui import QFont
    from qgis.PyQt.QtWidgets import QPushButton

    # The desktop's font (9 pt on Debian's QGIS under X), not the 12 pt of the offscreen platform
    tab.setFont(QFont(tab.font().family(), 9))
    tab.resize(480, 900)
    tab.show()
    tab.set_base(gpkg_base)
    longer = [["62498", "Lens", "Cité Saint-Pierre", "Voirie", "Programmé", "2025", "", "", ""],
              ["62510", "Liévin", "Cité du Calvaire", "Voirie", "Programmé", "2025", "", "", ""]]
    tab.set_table(sandt.write_csv(tmp_path / "p.csv", ROWS + longer))
    tab.dry_run()
    wait(tab)
    QCoreApplication.processEvents()
    assert tab.width() <= 480 and tab.minimumSizeHint().width() <= 480
    for button in tab.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    header = tab.report_view.horizontalHeader()
    message_width = header.sectionSize(4)
    # the message column keeps room for some twenty characters (its whole text shows below the table)
    characters = message_width / tab.report_view.fontMetrics().averageCharWidth()
    assert characters >= 20, ([header.sectionSize(i) for i in range(5)], characters)
    assert header.sectionPosition(4) + message_width <= tab.report_view.viewport().width() + 1
    # the cités matched read whole ("Cité Saint-Pierre", not "Cité…")
    metrics = tab.report_view.fontMetrics()
    cites = [tab.report_model.index(row, 1).data() for row in range(tab.report_model.rowCount())]
    assert "Cité Saint-Pierre" in cites
    assert all(metrics.horizontalAdvance(cite or "") < header.sectionSize(1) for cite in cites), (
        cites, header.sectionSize(1))
    select_line(tab, 2)
    assert tab.row_details.isVisible() and "Choisir la cité." in tab.row_details.text()
    tab.hide()


def test_unload_while_a_task_runs_leaves_the_tab_alone(qgis_iface, mbm_provider, gpkg_base, tmp_path, sandt):
    """Unloading the plugin during a dry run: the task ends later, and must not call into the unloaded tab."""
    from qgis.core import QgsApplication

    widget = SandtTab(qgis_iface)
    widget.set_base(gpkg_base)
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", str(2000 + i % 26), "1 000", "", ""]
            for i in range(200)]
    widget.set_table(sandt.write_csv(tmp_path / "p.csv", rows))
    assert widget.dry_run()
    before = widget.status_label.text()
    widget.unload()
    end = time.time() + 60
    while QgsApplication.taskManager().countActiveTasks() and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert widget.status_label.text() == before
    widget.deleteLater()


def test_apply_refuses_a_file_changed_since_the_dry_run(tab, gpkg_base, tmp_path, sandt):
    # What is applied must be what was reviewed: the file edited after the dry run is not applied.
    path = sandt.write_csv(tmp_path / "p.csv", [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "", "",
                                                 ""]])
    tab.set_base(gpkg_base)
    tab.set_table(path)
    tab.dry_run()
    wait(tab)
    assert tab.apply_button.isEnabled()
    sandt.write_csv(tmp_path / "p.csv", [["62498", "Lens", "Cité n°19", "Voirie", "Achevé", "2025", "", "", ""]])
    assert not tab.apply()
    wait(tab)
    assert SandtBase(gpkg_base).read_operations() == {}
    assert not tab.apply_button.isEnabled() and tab.status_label.text()

