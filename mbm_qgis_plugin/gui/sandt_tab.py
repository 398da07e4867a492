"""Dock tab "Base Sandt"."""

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout

from .base_tab import TaskTab


class SandtTab(TaskTab):
    TASK = "sandt"
    OBJECT_NAME = "SandtTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Base Sandt tools are being built."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def title(self):
        return self.tr("Base Sandt")
