"""What every task tab of the dock shares."""

import os

from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QWidget

from ..i18n import Translatable

ICONS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "icons")


class TaskTab(Translatable, QWidget):
    """Subclasses set TASK and OBJECT_NAME, implement title(), and keep the signals they connect in
    ``self._connections`` (pairs of signal, slot) so that unload() disconnects them all."""

    TASK = ""
    OBJECT_NAME = ""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(self.OBJECT_NAME)
        self._connections = []

    def connect(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def title(self):
        raise NotImplementedError

    def icon(self):
        return QIcon(os.path.join(ICONS_DIR, "{}.svg".format(self.TASK)))

    def unload(self):
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []


class ErrorKeepingFeedback(QgsProcessingFeedback):
    """A feedback that keeps the errors the algorithm reports (from the task's thread), so that a tab can
    show the algorithm's own sentence — what to fix, in the user's language — when a run fails."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)
