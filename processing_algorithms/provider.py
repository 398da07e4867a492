"""The ``mbm`` Processing provider, "Bassin minier"."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..mbm_qgis_plugin.i18n import Translatable
from .base import ICONS_DIR


def algorithm_classes():
    """Every algorithm class, task by task. Each task sub-package exposes ``algorithm_classes()``."""
    from . import concessions, patrimoine, sandt, trame_verte

    classes = []
    for task in (sandt, concessions, trame_verte, patrimoine):
        classes.extend(task.algorithm_classes())
    return classes


class MbmProvider(Translatable, QgsProcessingProvider):
    def id(self):
        return "mbm"

    def name(self):
        return self.tr("Bassin minier")

    def longName(self):
        return self.tr("Bassin minier — Mission Bassin Minier Nord-Pas-de-Calais")

    def icon(self):
        return QIcon(os.path.join(ICONS_DIR, "bassin_minier.svg"))

    def svgIconPath(self):
        return os.path.join(ICONS_DIR, "bassin_minier.svg")

    def loadAlgorithms(self):
        from .models import shipped_models

        for klass in algorithm_classes():
            self.addAlgorithm(klass())
        for model in shipped_models():  # resources/models/*.model3: chains of the algorithms above
            self.addAlgorithm(model)
