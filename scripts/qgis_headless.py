"""Start a headless QGIS with Processing and the `mbm` provider, for the demo and the benchmarks."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, ".build", "plugins")


def start_qgis():
    """Return (QgsApplication, plugin) with Processing initialised and the plugin's provider added."""
    if not os.path.exists(os.path.join(PLUGINS, "bassin_minier")):
        os.makedirs(PLUGINS, exist_ok=True)
        os.symlink(ROOT, os.path.join(PLUGINS, "bassin_minier"))
    if PLUGINS not in sys.path:
        sys.path.insert(0, PLUGINS)
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import bassin_minier

    plugin = bassin_minier.classFactory(None)
    plugin.initProcessing()
    return app, plugin
