"""What the sandt algorithms share."""

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
