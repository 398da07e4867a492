"""What the sandt algorithms share."""

import contextlib
import gc

#: The widget of the "Base Sandt" field in the toolbox dialogs (a GeoPackage picker that takes PostGIS too),
#: imported by Processing only when a dialog is built.
BASE_WIDGET_WRAPPER = __name__.rsplit(".processing_algorithms", 1)[0] + \
    ".mbm_qgis_plugin.gui.sandt_base_wrapper.SandtBaseWidgetWrapper"


def base_parameter(name, description):
    """The "Base Sandt" string parameter (a GeoPackage path or postgis:<connection>/<schema>, issue 3 contract),
    shown in the dialogs with its GeoPackage / PostGIS picker."""
    from qgis.core import QgsProcessingParameterString

    parameter = QgsProcessingParameterString(name, description)
    parameter.setMetadata({"widget_wrapper": {"class": BASE_WIDGET_WRAPPER}})
    return parameter


@contextlib.contextmanager
def without_garbage_collection():
    """Python's cycle collector paused for a bulk run (tens of thousands of rows, features and dicts, none
    of them in a cycle): each of its full passes would walk QGIS's whole Python heap again, a fifth of the
    time of an import. It is switched back on afterwards (then collects whatever is left)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
