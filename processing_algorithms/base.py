"""Shared base of every ``mbm`` algorithm: tr(), createInstance(), icon, group, help."""

import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtGui import QIcon

from ..mbm_qgis_plugin.i18n import Translatable

ICONS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")
STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")


DOCS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "docs")


def with_decimals(parameter, decimals):
    """The number parameter, shown in the toolbox dialog with this many decimals (not 1000,000000)."""
    metadata = parameter.metadata()
    metadata["widget_wrapper"] = dict(metadata.get("widget_wrapper") or {}, decimals=decimals)
    parameter.setMetadata(metadata)
    return parameter


def guide_url(task, anchor=""):
    """The local URL of the task's French guide, at the anchor's section: docs/<task>.html (rendered
    from docs/<task>.md by `make setup` and shipped in the zip), else the Markdown source itself in a
    development tree not yet built. Never empty: for an empty help URL QGIS opens its own online
    documentation, a dead page for a plugin's algorithm."""
    from qgis.PyQt.QtCore import QUrl

    for name in ("{}.html".format(task), "{}.md".format(task)):
        path = os.path.join(DOCS_DIR, name)
        if os.path.exists(path):
            url = QUrl.fromLocalFile(path)
            if anchor and name.endswith(".html"):
                url.setFragment(anchor)
            return url.toString()
    return QUrl.fromLocalFile(os.path.dirname(DOCS_DIR)).toString()  # no guide yet: the plugin's folder


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a .qml style of resources/styles to an output once Processing has loaded it in the project."""

    _instances = []  # Processing keeps only a C++ pointer: Python must keep the object alive

    def __init__(self, style_path):
        super().__init__()
        self.style_path = style_path
        StyleOnLoad._instances.append(self)

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and os.path.exists(self.style_path):
            layer.loadNamedStyle(self.style_path)
            layer.triggerRepaint()


class MbmAlgorithm(Translatable, QgsProcessingAlgorithm):
    """Base class. Subclasses set ``ALGORITHM_ID``, ``TASK`` (sandt, concessions, trame_verte) and
    implement ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``."""

    ALGORITHM_ID = ""
    TASK = ""

    def name(self):
        return self.ALGORITHM_ID

    def createInstance(self):
        return type(self)()

    def group(self):
        return self.group_names().get(self.TASK, "")

    def groupId(self):
        return self.TASK

    def group_names(self):
        return {
            "sandt": self.tr("Base Sandt"),
            "concessions": self.tr("Concessions"),
            "trame_verte": self.tr("Trame verte"),
            "patrimoine": self.tr("Patrimoine"),
        }

    def icon(self):
        path = os.path.join(ICONS_DIR, "{}.svg".format(self.TASK))
        if not os.path.exists(path):
            path = os.path.join(ICONS_DIR, "bassin_minier.svg")
        return QIcon(path)

    def helpUrl(self):
        return guide_url(self.TASK, self.ALGORITHM_ID)

    def add_parameter(self, parameter, help_text, advanced=False):
        """addParameter with its help (setHelp where QGIS has it) and the advanced flag."""
        from ..mbm_qgis_plugin.compat import processing_flag

        if hasattr(parameter, "setHelp"):
            parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | processing_flag("FlagAdvanced"))
        self.addParameter(parameter)
        return parameter

    def style_on_load(self, context, dest_id, style_name):
        """When Processing loads the output dest_id into the project, style it with
        resources/styles/<style_name>.qml (toolbox, models and docks alike; qgis_process loads nothing)."""
        if dest_id and context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(StyleOnLoad(os.path.join(STYLES_DIR, style_name + ".qml")))
