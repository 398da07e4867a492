"""Shared fixtures. Tests run inside real QGIS (pytest-qgis); the plugin is imported as `bassin_minier`."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / ".build" / "plugins"
PLUGIN_NAME = "bassin_minier"
SAMPLE_DATA = ROOT / "resources" / "sample_data"


def _make_importable():
    """`make test` links the repository as .build/plugins/bassin_minier; do it here too for plain pytest."""
    link = PLUGINS / PLUGIN_NAME
    if not link.exists():
        PLUGINS.mkdir(parents=True, exist_ok=True)
        link.symlink_to(ROOT, target_is_directory=True)
    if str(PLUGINS) not in sys.path:
        sys.path.insert(0, str(PLUGINS))
    os.environ.setdefault("QGIS_PLUGINPATH", str(PLUGINS))


_make_importable()


def pytest_report_header(config):
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return "QGIS {} ({}), Qt {}, GDAL {}".format(
        Qgis.QGIS_VERSION, Qgis.QGIS_VERSION_INT, QT_VERSION_STR, gdal.__version__
    )


@pytest.fixture(scope="session")
def plugin_root():
    return ROOT


@pytest.fixture(scope="session")
def sample_data():
    return SAMPLE_DATA


_PROVIDERS = []  # Python must keep the provider alive, or QGIS is left with its empty C++ half


def _register_provider():
    from qgis.core import QgsApplication

    from bassin_minier.processing_algorithms.provider import MbmProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("mbm") is None:
        _PROVIDERS.append(MbmProvider())
        registry.addProvider(_PROVIDERS[-1])
    return registry.providerById("mbm")


@pytest.fixture(scope="session")
def register_mbm_provider(qgis_processing):
    """A function that registers the `mbm` provider when it is not (and returns it)."""
    return _register_provider


@pytest.fixture()
def mbm_provider(register_mbm_provider):
    """The `mbm` provider registered in the Processing registry, as the plugin's initProcessing does."""
    return register_mbm_provider()


@pytest.fixture()
def recording_feedback(qgis_app):
    """A class of QgsProcessingFeedback that keeps what the algorithm reports: .errors and .warnings."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []
            self.warnings = []

        def reportError(self, error, fatalError=False):
            self.errors.append(error)
            super().reportError(error, fatalError)

        def pushWarning(self, warning):
            self.warnings.append(warning)
            super().pushWarning(warning)

    return RecordingFeedback


@pytest.fixture()
def run_alg(mbm_provider):
    """processing.run for an `mbm` algorithm, with a fresh context and feedback."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(algorithm_id, parameters, context=None, feedback=None):
        if context is None:
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())

    return _run


@pytest.fixture()
def french_qgis(qgis_app):
    """The users' QGIS is French: the plugin's translations installed and QLocale French, as QGIS sets them
    from its settings; messages and numbers are checked as a cartographer reads them."""
    from qgis.PyQt.QtCore import QLocale

    from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators

    previous = QLocale()
    assert install_translators("fr"), "compile the translations first (make compile-translations)"
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    remove_translators()
    QLocale.setDefault(previous)
