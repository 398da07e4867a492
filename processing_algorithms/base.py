"""Shared base of every ``mbm`` algorithm: tr(), createInstance(), icon, group, help."""

import os

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..mbm_qgis_plugin.i18n import Translatable

ICONS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")


class MbmAlgorithm(Translatable, QgsProcessingAlgorithm):
    """Base class. Subclasses set ``ALGORITHM_ID``, ``TASK`` (sandt, concessions, trame_verte) and
    implement ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``."""

    ALGORITHM_ID = ""
    TASK = ""

    def name(self):
        return self.ALGORITHM_ID

    def createInstance(self):  # noqa: N802
        return type(self)()

    def group(self):
        return self.group_names().get(self.TASK, "")

    def groupId(self):  # noqa: N802
        return self.TASK

    def group_names(self):
        return {
            "sandt": self.tr("Base Sandt"),
            "concessions": self.tr("Concessions"),
            "trame_verte": self.tr("Trame verte"),
        }

    def icon(self):
        path = os.path.join(ICONS_DIR, "{}.svg".format(self.TASK))
        if not os.path.exists(path):
            path = os.path.join(ICONS_DIR, "bassin_minier.svg")
        return QIcon(path)

    def helpUrl(self):  # noqa: N802
        return "https://example.invalid/bassin_minier#{}".format(self.ALGORITHM_ID)

    def add_parameter(self, parameter, help_text, advanced=False):
        """addParameter with its help (setHelp where QGIS has it) and the advanced flag."""
        from ..mbm_qgis_plugin.compat import processing_flag

        if hasattr(parameter, "setHelp"):
            parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | processing_flag("FlagAdvanced"))
        self.addParameter(parameter)
        return parameter
