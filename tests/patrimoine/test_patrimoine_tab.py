"""The "Patrimoine" tab: criteria and weights, a background ranking with counts and chart, a real cancel, the
crossing, the sheets printed with progress and a cancel that stops them."""

import time

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from bassin_minier.mbm_qgis_plugin.gui.patrimoine_tab import PatrimoineTab


def wait_for(condition, timeout=60):
    end = time.time() + timeout
    while not condition() and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return condition()


@pytest.fixture()
def tab(qgis_iface, mbm_provider, qgis_new_project):
    widget = PatrimoineTab(qgis_iface)
    yield widget
    widget.unload()
    QgsProject.instance().removeAllMapLayers()
    root = QgsProject.instance().layerTreeRoot()
    for group in root.findGroups():
        root.removeChildNode(group)
    widget.deleteLater()


@pytest.fixture()
def cites(patrimoine):
    layer = patrimoine.make_cites([(3,) * 5, (2.5, 2.5, 2.5, 2.5, 2), (2,) * 5, (1,) * 5, (1, None, None, 1, 1),
                                   (3, None, None, None, 1)])
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_criteria_come_from_the_layer_and_weights_are_edited(tab, cites):
    tab.cites_combo.setLayer(cites)
    assert tab.criteria() == [(name, 1.0) for name in ("architecture", "urbanisme", "paysage", "histoire",
                                                       "symbolique")]
    tab.criteria_table.cellWidget(0, 1).setValue(2.5)
    tab.criteria_table.selectRow(4)
    tab.remove_criterion()
    assert tab.criteria() == [("architecture", 2.5), ("urbanisme", 1.0), ("paysage", 1.0), ("histoire", 1.0)]
    tab.add_criterion(field="symbolique", weight=0.5)
    tab.method_combo.setCurrentIndex(1)
    tab.nb_exceptionnelles.setValue(1)
    parameters = tab.rank_parameters()
    assert parameters["CRITERIA"] == ["architecture", 2.5, "urbanisme", 1.0, "paysage", 1.0, "histoire", 1.0,
                                      "symbolique", 0.5]
    assert (parameters["METHOD"], parameters["NB_EXCEPTIONNELLES"], parameters["NB_REMARQUABLES"]) == \
        ("effectifs", 1, 169)
    assert tab.method_pages.currentIndex() == 1


def test_ranking_in_the_background_fills_counts_and_chart(tab, cites):
    tab.cites_combo.setLayer(cites)
    assert tab.rank() is not None
    assert not tab.rank_button.isEnabled() and tab.cancel_button.isEnabled()
    assert wait_for(lambda: tab.run is None)
    layer = tab.ranked_layer
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is not None
    assert layer.renderer().type() == "categorizedSymbol"
    group = QgsProject.instance().layerTreeRoot().findGroup("Patrimoine")
    assert group is not None and group.findLayer(layer.id()) is not None
    # notes 100, 80, 66.67, 33.33, 33.33 (three scores), à compléter (two scores)
    counts = [[tab.counts_table.item(row, column).text() for column in range(3)] for row in range(4)]
    assert [row[1] for row in counts] == ["2", "1", "2", "1"]
    assert counts[0][2].replace("\u00a0", " ") in ("80.00 – 100.00", "80,00 – 100,00")
    assert sum(sum(c.values()) for c in tab.chart.bands.values()) == 5
    assert tab.chart.bands[19] == {"exceptionnelle": 1} and tab.chart.bands[16] == {"exceptionnelle": 1}  # 100, 80
    assert tab.chart.thresholds == (50.0, 75.0)
    assert "2" in tab.status.text() and tab.rank_button.isEnabled() and not tab.cancel_button.isEnabled()
    tab.chart.resize(460, 200)
    assert not tab.chart.grab().isNull()  # paints without error


def test_cancel_stops_the_ranking_and_changes_nothing(tab, patrimoine):
    many = patrimoine.make_cites([((n % 7) / 2, (n % 5) / 2, (n % 3) / 2, 1, 2) for n in range(3000)])
    QgsProject.instance().addMapLayer(many)
    tab.cites_combo.setLayer(many)
    run = tab.rank()
    assert run is not None
    tab.cancel()
    assert wait_for(lambda: tab.run is None)
    assert run.canceled()
    assert tab.ranked_layer is None
    assert "Cancelled" in tab.status.text()
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_a_failure_shows_the_algorithm_sentence(tab, patrimoine):
    bad = patrimoine.make_cites([(4, 1, 1, 1, 1)])
    QgsProject.instance().addMapLayer(bad)
    tab.cites_combo.setLayer(bad)
    assert tab.rank() is not None
    assert wait_for(lambda: tab.run is None)
    assert "C1 architecture = « 4 »" in tab.status.text()


def test_crossing_then_sheets_with_progress_and_cancel(tab, cites, hand_base, hazards, tmp_path):
    QgsProject.instance().addMapLayer(hazards)
    tab.cites_combo.setLayer(cites)
    tab.rank()
    assert wait_for(lambda: tab.run is None)
    tab.base_edit.setText(hand_base)
    tab.hazards_combo.setLayer(hazards)
    assert tab.cross() is not None
    assert wait_for(lambda: tab.run is None)
    crossed = tab.crossed_layer
    assert crossed is not None and crossed.fields().lookupField("reseaux_restants") >= 0
    assert {f["cite_id"]: f["alea_max"] for f in crossed.getFeatures()}["C1"] == "fort"
    assert "Crossed" in tab.status.text()

    folder = tmp_path / "fiches"
    tab.folder_widget.setFilePath(str(folder))
    tab.filter_widget.setExpression("\"classe\" = 'exceptionnelle'")
    assert tab.build_sheets() == str(folder)
    assert sorted(p.name for p in folder.glob("*.pdf")) == ["C1.pdf", "C2.pdf"]
    assert [tab.sheets_list.item(i).text() for i in range(tab.sheets_list.count())] == ["index.html", "C1.pdf",
                                                                                      "C2.pdf"]
    assert tab.progress.value() == 100

    # Cancel, clicked once the first sheet is printed: the others are not.
    stopped = tmp_path / "annule"
    tab.folder_widget.setFilePath(str(stopped))
    tab.filter_widget.setExpression("")
    clicks = []

    def click_cancel(_value):
        if not clicks and tab.cancel_button.isEnabled() and list(stopped.glob("*.pdf")):
            clicks.append(True)
            tab.cancel_button.click()

    tab.progress.valueChanged.connect(click_cancel)
    tab.build_sheets()
    tab.progress.valueChanged.disconnect(click_cancel)
    assert clicks
    assert 0 < len(list(stopped.glob("*.pdf"))) < 6
    assert "Cancelled" in tab.status.text()
    assert tab.sheets_button.isEnabled() and not tab.cancel_button.isEnabled()
