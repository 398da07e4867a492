"""The "Base Sandt" dock tab, driven like a user: dry run, filter, resolve by alias, apply, undo, details."""

import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QItemSelectionModel, Qt

from bassin_minier.mbm_qgis_plugin.gui.sandt_tab import SandtTab
from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase


def wait(tab, timeout=60):
    end = time.time() + timeout
    while tab.busy() and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    assert not tab.busy(), "the background task did not finish"


def shown_actions(tab):
    proxy = tab.report_proxy
    return [proxy.index(r, 3).data() for r in range(proxy.rowCount())]


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


def test_dock_workflow(tab, gpkg_base, tmp_path, sandt):
    rows = [["62498", "Lens", "Cite No 9", "Voirie", "Programmé", "2025", "125 000,50", "", ""],
            ["62498", "Lens", "Brebis", "Voirie", "En cours", "2025", "", "", ""],
            ["62498", "Lens", "Cité n°9", "Gaz", "Programmé", "2025", "", "", ""],
            ["62510", "Liévin", "Cité des Alouettes", "Voirie", "Programmé", "2025", "", "", ""]]
    tab.set_base(gpkg_base)
    tab.table_edit.setText(sandt.write_csv(tmp_path / "p.csv", rows))
    assert tab.dry_run()
    wait(tab)
    assert sorted(shown_actions(tab)) == ["ambigu", "insere", "invalide", "non_trouve"]
    assert tab.apply_button.isEnabled() and tab.base_revision == 0
    assert SandtBase(gpkg_base).read_operations() == {}  # dry run wrote nothing
    # Filter by action, sort by score.
    tab.action_filter.setCurrentIndex(tab.action_filter.findData("ambigu"))
    assert shown_actions(tab) == ["ambigu"]
    tab.action_filter.setCurrentIndex(0)
    tab.report_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    scores = [tab.report_proxy.index(r, 2).data() for r in range(tab.report_proxy.rowCount())]
    assert scores == sorted(scores)
    # Resolve the ambiguous "Brebis" as the coron: kept as an alias, the dry run runs again.
    select_line(tab, 2)
    assert tab.resolve_button.isEnabled()
    choices = [tab.cite_choice.itemData(i)[0] for i in range(tab.cite_choice.count())]
    assert {"LENS-BRC", "LENS-BRO"} <= set(choices) and all(c.startswith("LENS") for c in choices)
    tab.cite_choice.setCurrentIndex(choices.index("LENS-BRO"))
    assert tab.resolve_selected()
    wait(tab)
    assert sorted(shown_actions(tab)) == ["insere", "insere", "invalide", "non_trouve"]
    assert SandtBase(gpkg_base).aliases() == {("62498", "brebis"): "LENS-BRO"}
    # Apply, see the import, undo it.
    assert tab.apply()
    wait(tab)
    ops = SandtBase(gpkg_base).read_operations()
    assert set(ops) == {"LENS-09|voirie|2025", "LENS-BRO|voirie|2025"}
    assert tab.imports_table.rowCount() == 1 and tab.imports_table.item(0, 4).text() == "applique"
    tab.show_cite("LENS-BRO")
    assert "Coron des Brebis" in tab.cite_details.toHtml() and "en_cours" in tab.cite_details.toHtml()
    tab.imports_table.selectRow(0)
    assert tab.undo_selected()
    wait(tab)
    assert SandtBase(gpkg_base).read_operations() == {}
    assert tab.imports_table.item(0, 4).text() == "annule"


def test_dock_shows_selected_cite_from_map(tab, gpkg_base):
    tab.set_base(gpkg_base)
    layer = tab.show_cites()
    try:
        assert layer is not None and layer.featureCount() == 8
        layer.selectByExpression("\"cite_id\" = 'LIEV-CAL'")
        QCoreApplication.processEvents()
        assert "Cité du Calvaire" in tab.cite_details.toHtml()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_dock_reports_a_failure(tab, gpkg_base, tmp_path):
    tab.set_base(gpkg_base)
    bad = tmp_path / "vide.csv"
    bad.write_bytes(b"")
    tab.table_edit.setText(str(bad))
    tab.dry_run()
    wait(tab)
    assert "vide" in tab.status_label.text() and not tab.apply_button.isEnabled()


def test_unload_while_a_task_runs_leaves_the_tab_alone(qgis_iface, mbm_provider, gpkg_base, tmp_path, sandt):
    """Unloading the plugin during a dry run: the task ends later, and must not call into the unloaded tab."""
    from qgis.core import QgsApplication

    widget = SandtTab(qgis_iface)
    widget.set_base(gpkg_base)
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", str(2000 + i % 26), "1 000", "", ""]
            for i in range(200)]
    widget.table_edit.setText(sandt.write_csv(tmp_path / "p.csv", rows))
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
    tab.table_edit.setText(path)
    tab.dry_run()
    wait(tab)
    assert tab.apply_button.isEnabled()
    sandt.write_csv(tmp_path / "p.csv", [["62498", "Lens", "Cité n°19", "Voirie", "Achevé", "2025", "", "", ""]])
    assert not tab.apply()
    wait(tab)
    assert SandtBase(gpkg_base).read_operations() == {}
    assert not tab.apply_button.isEnabled() and tab.status_label.text()
