"""The plugin as QGIS sees it: load/unload, provider, metadata, translation, code hygiene, sample data."""

import configparser
import os
import shutil
import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QToolBar

import bassin_minier
from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators

ROOT = Path(bassin_minier.__file__).resolve().parent


class RecordingIface:
    """pytest-qgis's iface, with menus and docks really placed in a main window so that what the plugin
    adds and removes can be seen (pytest-qgis leaves those calls empty)."""

    def __init__(self, iface):
        self._iface = iface
        self.window = QMainWindow()
        self.plugin_menus = {}

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def mainWindow(self):
        return self.window

    def addToolBar(self, name):
        return self.window.addToolBar(name)

    def addPluginToMenu(self, name, action):
        menu = self.plugin_menus.get(name)
        if menu is None:
            menu = self.window.menuBar().addMenu(name)
            self.plugin_menus[name] = menu
        menu.addAction(action)

    def removePluginMenu(self, name, action):
        menu = self.plugin_menus.get(name)
        if menu is not None:
            menu.removeAction(action)
            if not menu.actions():
                self.window.menuBar().removeAction(menu.menuAction())
                del self.plugin_menus[name]

    def addDockWidget(self, area, dock):
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.window.removeDockWidget(dock)


def _live(widgets):
    from qgis.PyQt import sip as qsip

    return [w for w in widgets if not qsip.isdeleted(w) and w.parent() is not None]


def _menu_actions(window):
    return [a.text() for a in window.menuBar().actions()]


def test_load_unload_twice_leaves_nothing(qgis_iface, qgis_processing, register_mbm_provider):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("mbm")
    if existing is not None:  # registered by another test's fixture: start from a QGIS without it
        registry.removeProvider(existing)
    iface = RecordingIface(qgis_iface)
    try:
        for _ in range(2):
            plugin = bassin_minier.classFactory(iface)
            plugin.initGui()
            QCoreApplication.processEvents()
            assert registry.providerById("mbm") is not None
            assert [p.id() for p in registry.providers()].count("mbm") == 1
            toolbars = _live(iface.window.findChildren(QToolBar, plugin.TOOLBAR_OBJECT_NAME))
            assert len(toolbars) == 1 and plugin.action in toolbars[0].actions()
            assert len(iface.plugin_menus) == 1
            menu = next(iter(iface.plugin_menus.values()))
            assert plugin.action in menu.actions()
            docks = _live(iface.window.findChildren(QDockWidget, "BassinMinierDock"))
            assert len(docks) == 1
            assert iface.window.dockWidgetArea(docks[0]) == Qt.DockWidgetArea.RightDockWidgetArea
            tabs = docks[0].tabs
            assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
                "SandtTab", "ConcessionsTab", "TrameVerteTab", "PatrimoineTab"]
            # The toolbar button shows and hides the dock.
            iface.window.show()
            plugin.action.trigger()
            QCoreApplication.processEvents()
            assert docks[0].isVisible()
            plugin.action.trigger()
            QCoreApplication.processEvents()
            assert not docks[0].isVisible()

            plugin.unload()
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, 0)  # run deleteLater
            assert registry.providerById("mbm") is None
            assert _live(iface.window.findChildren(QToolBar, plugin.TOOLBAR_OBJECT_NAME)) == []
            assert _live(iface.window.findChildren(QDockWidget, "BassinMinierDock")) == []
            assert iface.plugin_menus == {}
            assert _menu_actions(iface.window) == []
    finally:
        iface.window.close()
        if registry.providerById("mbm") is None:
            register_mbm_provider()


def test_provider_and_algorithms(mbm_provider):
    from bassin_minier.processing_algorithms.models import shipped_models
    from bassin_minier.processing_algorithms.provider import algorithm_classes

    assert mbm_provider.id() == "mbm"
    assert mbm_provider.name() == "Bassin minier"
    assert not mbm_provider.icon().isNull()
    assert Path(mbm_provider.svgIconPath()).exists()
    ids = [alg.id() for alg in mbm_provider.algorithms()]
    assert len(ids) == len(algorithm_classes()) + len(shipped_models()) == len(set(ids))
    for alg in mbm_provider.algorithms():
        assert alg.id().startswith("mbm:")
        assert alg.displayName() and alg.group() and alg.groupId() in ("sandt", "concessions", "trame_verte", "patrimoine")
        assert alg.shortHelpString(), alg.id()
        assert not alg.icon().isNull(), alg.id()
        for parameter in alg.parameterDefinitions():
            assert parameter.description(), (alg.id(), parameter.name())
            if hasattr(parameter, "help"):
                assert parameter.help(), "{}: {} has no help".format(alg.id(), parameter.name())


def test_metadata_is_valid_and_in_range():
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version",
                "author", "hasProcessingProvider", "category", "tags", "icon"):
        assert general.get(key, "").strip(), key
    # Addresses, e-mail and changelog are written at package time (scripts/package.py), never here.
    for key in ("homepage", "tracker", "repository", "email", "changelog"):
        assert key not in general, key
    assert ".invalid" not in (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert general["name"] == "Bassin minier"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    assert (ROOT / general["icon"]).exists()
    from qgis.core import Qgis

    assert 32200 <= Qgis.QGIS_VERSION_INT <= 49999


def _ts_files():
    return sorted((ROOT / "resources" / "i18n").glob("*_fr.ts"))


def test_translations_compile_and_are_complete(tmp_path):
    assert _ts_files(), "no French translation file"
    for ts in _ts_files():
        text = ts.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, "{}: unfinished translations (make translate)".format(ts.name)
        qm = tmp_path / (ts.stem + ".qm")
        subprocess.run([os.environ.get("LRELEASE") or shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.stat().st_size > 0


def _translatable_calls_in_sources():
    """What the plugin's sources pass to translation, read with ast (so a string split over lines or
    written in any quoting is seen whole): ({literal of every tr() call}, {(context, source) of every
    translate("<context>", "<source>") / QCoreApplication.translate(...) call})."""
    return _translatable_calls_in([path for path in _plugin_sources()
                                   if path.relative_to(ROOT).parts[0] not in ("tests", "bench", "scripts")])


def _translatable_calls_in(paths):
    import ast

    tr_sources, translate_pairs = set(), set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            literals = [arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
                        for arg in node.args]
            if name == "tr" and literals[:1] and literals[0] is not None:
                tr_sources.add(literals[0])
            elif name == "translate" and len(literals) >= 2 and None not in literals[:2]:
                translate_pairs.add((literals[0], literals[1]))
    return tr_sources, translate_pairs


def _tr_strings_in_sources():
    """Every literal passed to tr() in the plugin's sources."""
    return _translatable_calls_in_sources()[0]


def _translations():
    """{(context, source): translation} of the French .ts files, finished translations only."""
    import xml.etree.ElementTree as ET

    translated = {}
    for ts in _ts_files():
        for context in ET.parse(ts).getroot().iter("context"):
            context_name = context.find("name").text
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") != "unfinished" \
                        and (translation.text or "").strip():
                    translated[(context_name, message.find("source").text or "")] = translation.text
    return translated


def test_every_tr_string_has_a_french_translation():
    translated = _translations()
    sources = {source for _context, source in translated}
    missing = sorted(s for s in _tr_strings_in_sources() if s not in sources)
    assert not missing, "not translated (run make translate, then translate): {}".format(missing[:20])


def test_every_domain_message_has_a_french_translation():
    """translate("<context>", "...") calls of the cores: translated under that very context (Qt looks
    the message up there only)."""
    translated = _translations()
    missing = sorted("{}: {}".format(*pair) for pair in _translatable_calls_in_sources()[1]
                     if pair not in translated)
    assert not missing, "not translated (run make translate, then translate): {}".format(missing[:20])


def test_translation_scan_sees_split_strings_and_domain_messages(tmp_path):
    """The scan itself: a string split over lines, in any quotes, and a translate() call are found."""
    sample = tmp_path / "sample.py"
    sample.write_text('x = self.tr("First half, "\n'
                      "           'second half')\n"
                      'y = translate(\n    "SandtRules",\n    "A {} message "\n    "on two lines").format(1)\n'
                      'z = QCoreApplication.translate("Ctx", "Plain")\n', encoding="utf-8")
    tr_sources, pairs = _translatable_calls_in([sample])
    assert tr_sources == {"First half, second half"}
    assert pairs == {("SandtRules", "A {} message on two lines"), ("Ctx", "Plain")}


def test_french_locale_shows_french(qgis_app):
    from bassin_minier.mbm_qgis_plugin.plugin import BassinMinierPlugin
    from bassin_minier.processing_algorithms.provider import MbmProvider

    plugin = BassinMinierPlugin(None)  # installs the translators of the user's locale (English here)
    loaded = install_translators("fr")
    try:
        assert loaded
        provider = MbmProvider()
        assert provider.longName().startswith("Bassin minier — Mission")
        from bassin_minier.mbm_qgis_plugin.gui.dock import BassinMinierDock

        dock = BassinMinierDock(None)
        texts = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
        assert texts == ["Base Sandt", "Concessions", "Trame verte", "Patrimoine"]
        # At the dock's default width (480 px) the four titles show whole: no scrolling tab bar
        # hiding a task (with an icon on each, "Patrimoine" was cut off behind scroll arrows).
        # Measured in the 9 pt interface font of QGIS desktop (Windows' Segoe UI, Debian's Sans), not
        # in the 12 pt default of the offscreen platform.
        from qgis.PyQt.QtGui import QFont

        font = QFont(dock.font())
        font.setPointSize(9)
        dock.setFont(font)
        dock.resize(480, 800)
        bar = dock.tabs.tabBar()
        needed = bar.sizeHint().width()
        assert needed <= 480 - 2 * 4, (needed, texts)
        # A string whose French differs from its English source.
        assert plugin.tr("Show or hide the Bassin minier panel") == \
            "Afficher ou masquer le panneau Bassin minier"
        dock.deleteLater()
    finally:
        remove_translators()
    assert plugin.tr("Show or hide the Bassin minier panel") == "Show or hide the Bassin minier panel"


def _plugin_sources():
    skip = {".venv", ".build", "dist", "demo_output", "__pycache__", ".git"}
    return [p for p in ROOT.rglob("*.py") if not skip.intersection(p.relative_to(ROOT).parts)]


EXEC_UNDERSCORE = "." + "exec_("


def test_no_direct_pyqt5_import_nor_exec_():
    offenders = []
    for path in _plugin_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(r"\s*(from|import)\s+PyQt[56]\b", line) or EXEC_UNDERSCORE in line:
                offenders.append("{}:{}".format(path.relative_to(ROOT), number))
    assert offenders == []


@pytest.mark.parametrize("layer, count", [("communes", 287), ("epci", 7)])
def test_sample_communes_open_with_expected_counts(sample_data, layer, count):
    path = sample_data / "bassin_minier_communes.gpkg"
    vl = QgsVectorLayer("{}|layername={}".format(path, layer), layer, "ogr")
    assert vl.isValid()
    assert vl.featureCount() == count
    assert vl.crs().authid() == "EPSG:2154"


@pytest.mark.parametrize("layer, count", [
    ("cites", 563), ("concessions", 40), ("puits", 622), ("stations_relevage", 75), ("aleas", 150),
    ("boisements", 300), ("zones_humides", 120), ("terrils", 230), ("parcs", 60), ("cavaliers", 25),
    ("autoroutes", 5), ("voies_ferrees", 5), ("unesco", 125)])
def test_synthetic_sample_layers_open_with_expected_counts(sample_data, layer, count):
    path = sample_data / "bassin_minier_synthetique.gpkg"
    vl = QgsVectorLayer("{}|layername={}".format(path, layer), layer, "ogr")
    assert vl.isValid() and vl.crs().authid() == "EPSG:2154"
    assert vl.featureCount() == count


def test_sample_programme_is_cp1252_with_semicolons(sample_data):
    raw = (sample_data / "programme_girzom_2026.csv").read_bytes()
    header = raw.split(b"\r\n", 1)[0].decode("cp1252")
    assert header == ("Code INSEE;Commune;Cité;Réseau;Statut;Année programme;Montant HT (€);"
                      "Longueur (m);Date fin travaux")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def _constant_for(klass, parameter_name):
    for name in dir(klass):
        if name.isupper() and getattr(klass, name, None) == parameter_name:
            return name
    return None


def test_every_declared_parameter_is_read(mbm_provider):
    """Each parameter declared in initAlgorithm is read somewhere else (processAlgorithm or a helper of
    its task package): catches a parameter declared but ignored, or read under another constant."""
    import ast
    import inspect

    from qgis.core import QgsProcessingModelAlgorithm

    unread = []
    for alg in mbm_provider.algorithms():
        if isinstance(alg, QgsProcessingModelAlgorithm):
            continue  # shipped models: tests/test_models.py checks that each input feeds a step
        klass = type(alg)
        module = inspect.getmodule(klass)
        package_dir = Path(module.__file__).parent
        sources = []
        for path in sorted(package_dir.glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name == "initAlgorithm":
                    node.body = []  # declarations don't count as reads
                if isinstance(node, ast.ClassDef):  # nor do the constants' own definitions
                    node.body = [n for n in node.body if not (
                        isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
                        and all(isinstance(t, ast.Name) and t.id.isupper() for t in n.targets))] or [ast.Pass()]
            sources.append(ast.unparse(tree))
        text = "\n".join(sources)
        for parameter in alg.parameterDefinitions():
            constant = _constant_for(klass, parameter.name())
            used = (constant is not None and re.search(r"\b{}\b".format(constant), text)) or \
                re.search(r"""['"]{}['"]""".format(re.escape(parameter.name())), text)
            if not used:
                unread.append("{}: {}".format(alg.id(), parameter.name()))
    assert unread == []
