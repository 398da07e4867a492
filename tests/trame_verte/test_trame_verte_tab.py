"""The dock tab "Trame verte": layers per role, a background run of the same algorithm, styled results."""

import shutil
import subprocess
import time

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt

X0, Y0 = 680000.0, 7030000.0
SIDE = 316.2278


def _wait(tab):
    deadline = time.time() + 60
    while tab.run is not None and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert tab.run is None, "the background task did not end"


def _rect(x, y, width, height):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(
        x=x, y=y, x2=x + width, y2=y + height)


def _square(x, y):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(x=x, y=y, x2=x + SIDE, y2=y + SIDE)


@pytest.fixture()
def project_layers(polygons, lines):
    woods = polygons("boisements", [_square(X0, Y0), _square(X0 + SIDE + 600, Y0)])
    other = polygons("cites", [_square(X0 + 5000, Y0)])
    road = lines("autoroutes", [("LINESTRING({x} {y0}, {x} {y1})".format(x=X0 + SIDE + 300, y0=Y0 - 500,
                                                                         y1=Y0 + 800), {"nom": "A1"})])
    QgsProject.instance().addMapLayers([woods, other, road])
    yield woods, other, road
    QgsProject.instance().removeAllMapLayers()
    root = QgsProject.instance().layerTreeRoot()
    for group in root.findGroups():
        root.removeChildNode(group)


def test_tab_runs_the_schema_and_loads_styled_results(qgis_iface, mbm_provider, project_layers, tmp_path, lines,
                                                      polygons):
    from bassin_minier.mbm_qgis_plugin.gui.trame_verte_tab import TrameVerteTab

    woods, other, road = project_layers
    tab = TrameVerteTab(qgis_iface)
    try:
        names = {tab.habitats.item(i).text(): tab.habitats.item(i).checkState() for i in range(tab.habitats.count())}
        assert names == {"boisements": Qt.CheckState.Checked, "cites": Qt.CheckState.Unchecked}
        assert [tab.barriers.item(i).text() for i in range(tab.barriers.count())] == ["autoroutes"]
        parameters = tab.schema_parameters()
        assert parameters["HABITATS"] == [woods] and parameters["BARRIERS"] == [road]
        assert parameters["MAX_CORRIDOR_M"] == 1000 and parameters["MIN_RESERVOIR_HA"] == 5
        assert "RESISTANCE" not in parameters
        assert not tab.pdf_button.isEnabled()

        connections = len(tab._connections)
        task = tab.run_schema()
        assert task is not None
        _wait(tab)
        assert len(tab._connections) == connections  # the finished run's task and feedback are let go
        assert set(tab.results) == {"OUTPUT_RESERVOIRS", "OUTPUT_CORRIDORS", "OUTPUT_CONFLITS"}
        corridors = tab.results["OUTPUT_CORRIDORS"]
        assert QgsProject.instance().mapLayer(corridors.id()) is not None
        assert isinstance(corridors.renderer(), QgsCategorizedSymbolRenderer)
        assert [c.label() for c in corridors.renderer().categories()] == [  # in the user's language
            "Corridor to preserve", "Corridor to restore"]
        assert [f["statut"] for f in corridors.getFeatures()] == ["a_remettre_en_bon_etat"]
        assert tab.results["OUTPUT_CONFLITS"].featureCount() == 1
        group = QgsProject.instance().layerTreeRoot().findGroup("Trame verte")
        assert group is not None and len(group.findLayers()) == 3
        # Results are not offered as inputs.
        assert tab.habitats.count() == 2
        assert tab.pdf_button.isEnabled()
        pdf = tmp_path / "tab.pdf"
        assert tab.export_pdf(str(pdf))
        assert pdf.stat().st_size > 10000
        if shutil.which("pdftotext"):  # the ticked barriers are printed as obstacles
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            assert "Barrier (motorway, railway)" in text

        # Tracking: the works done cover half of the corridor; the communes give totals by EPCI.
        assert tab.status_button.isEnabled()
        assert tab.run_status() is None  # no works layer chosen yet
        line = next(corridors.getFeatures()).geometry()
        works = lines("travaux", [line.asWkt()])
        half = polygons("communes", [
            (_rect(X0 - 1000, Y0 - 1000, SIDE + 1300, 3000), {"epci_nom": "CA de Lens-Liévin"}),
            (_rect(X0 + SIDE + 300, Y0 - 1000, 3000, 3000), {"epci_nom": "CA Hénin-Carvin"})],
            fields=(("epci_nom", "string"),))
        QgsProject.instance().addMapLayers([works, half])
        tab.works.setLayer(works)
        tab.communes.setLayer(half)
        assert tab.run_status() is not None
        _wait(tab)
        progress = [layer for layer in tab.progress_layers if layer.name() == "Corridor progress"]
        assert len(progress) == 1
        assert [round(f["pct_realise"]) for f in progress[0].getFeatures()] == [100]
        totals = {f["epci"]: f["longueur_m"] for f in tab.progress_layers[1].getFeatures()}
        assert totals == {"CA de Lens-Liévin": pytest.approx(300, abs=0.5),
                          "CA Hénin-Carvin": pytest.approx(300, abs=0.5)}
        assert progress[0].renderer().type() == "graduatedSymbol"
    finally:
        tab.unload()
        tab.deleteLater()


def test_tab_without_habitats_says_so(qgis_iface, mbm_provider):
    from bassin_minier.mbm_qgis_plugin.gui.trame_verte_tab import TrameVerteTab

    tab = TrameVerteTab(qgis_iface)
    try:
        assert tab.run_schema() is None
        assert tab.status.text()
    finally:
        tab.unload()
        tab.deleteLater()


def test_tab_shows_why_the_algorithm_failed(qgis_iface, mbm_provider, project_layers, polygons):
    from bassin_minier.mbm_qgis_plugin.gui.trame_verte_tab import TrameVerteTab

    # A resistance layer without any field: the algorithm refuses it, and the tab must say why.
    land = polygons("occupation_sol", [_rect(X0 - 1000, Y0 - 1000, 3000, 3000)], fields=())
    QgsProject.instance().addMapLayer(land)
    tab = TrameVerteTab(qgis_iface)
    try:
        tab.resistance.setLayer(land)
        assert tab.schema_parameters()["RESISTANCE_FIELD"] == ""
        assert tab.run_schema() is not None
        _wait(tab)
        assert tab.results == {}
        assert "friction field" in tab.status.text()
        assert "Processing log" not in tab.status.text()
        assert tab.run_button.isEnabled()
    finally:
        tab.unload()
        tab.deleteLater()


def test_unloading_the_tab_during_a_run_keeps_what_the_task_uses_until_it_ends(qgis_iface, mbm_provider,
                                                                             project_layers):
    from qgis.core import QgsApplication

    from bassin_minier.mbm_qgis_plugin.gui import base_tab, trame_verte_tab

    tab = trame_verte_tab.TrameVerteTab(qgis_iface)
    run = tab.run_schema()
    assert run is not None
    tab.unload()
    tab.deleteLater()
    assert run.canceled()
    assert base_tab.ABANDONED_RUNS == [run]  # its context and feedback stay alive while the task works
    deadline = time.time() + 60
    while base_tab.ABANDONED_RUNS and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert base_tab.ABANDONED_RUNS == []  # released once the task has ended
    assert QgsApplication.taskManager().countActiveTasks() == 0


@pytest.fixture()
def large_schema_inputs(polygons):
    """Nine réservoirs 900 m apart on a 50 m patchwork of friction: at 1 m, one window of about 4.8 × 4.8 km
    (23 million cells) whose schema takes several seconds."""
    squares = [_rect(X0 + i * (SIDE + 900), Y0 + j * (SIDE + 900), SIDE, SIDE) for i in range(3) for j in range(3)]
    woods = polygons("boisements", squares)
    blocks = [(_rect(X0 - 1000 + 50 * i, Y0 - 1000 + 50 * j, 50, 50), {"friction": (5.0, 100.0, 1000.0, 30.0)[(i + 2 * j) % 4]})
              for i in range(90) for j in range(90)]
    land = polygons("occupation_sol", blocks, fields=(("friction", "double"),))
    QgsProject.instance().addMapLayers([woods, land])
    yield woods, land
    QgsProject.instance().removeAllMapLayers()


@pytest.mark.parametrize("step", ["rasterising", "cost accumulation"])
def test_cancel_stops_the_schema_within_a_second_and_the_tab_says_cancelled(qgis_iface, mbm_provider,
                                                                           large_schema_inputs, monkeypatch, step):
    import threading

    from qgis.core import QgsApplication, QgsTask

    from bassin_minier.mbm_qgis_plugin.gui.trame_verte_tab import TrameVerteTab
    from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators
    from bassin_minier.mbm_qgis_plugin.trame_verte import least_cost

    started = threading.Event()

    def watched(function):
        def wrapper(*args, **kwargs):
            started.set()  # the worker thread has reached the step
            return function(*args, **kwargs)
        return wrapper

    if step == "rasterising":
        monkeypatch.setattr(least_cost.ShapeLayer, "burn", watched(least_cost.ShapeLayer.burn))
    else:
        monkeypatch.setattr(least_cost, "accumulated_cost", watched(least_cost.accumulated_cost))
    statuses = []

    def record(_task_id, status):
        statuses.append(status)

    QgsApplication.taskManager().statusChanged.connect(record)
    woods, land = large_schema_inputs
    install_translators("fr")
    tab = TrameVerteTab(qgis_iface)
    try:
        tab.resistance.setLayer(land)
        tab.resistance_field.setField("friction")
        tab.resolution.setValue(1)
        assert tab.run_schema() is not None
        deadline = time.time() + 60
        while not started.is_set() and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        assert started.is_set() and tab.run is not None
        time.sleep(0.3)  # well into the step
        assert tab.run is not None  # several seconds of work remain
        clicked = time.time()
        tab.cancel_button.click()
        _wait(tab)
        assert time.time() - clicked < 2.0  # "about a second", with room for a busy machine
        assert "annulé" in tab.status.text()
        assert tab.results == {} and tab.run_button.isEnabled() and not tab.cancel_button.isEnabled()
        # The task ended as completed, not terminated: QGIS shows no "Task failed" notification for it.
        assert int(QgsTask.TaskStatus.Terminated) not in [int(s) for s in statuses]
        assert int(QgsTask.TaskStatus.Complete) in [int(s) for s in statuses]
    finally:
        QgsApplication.taskManager().statusChanged.disconnect(record)
        remove_translators()
        tab.unload()
        tab.deleteLater()
