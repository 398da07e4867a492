"""Dock tab "Concessions"."""

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout

from .base_tab import TaskTab


class ConcessionsTab(TaskTab):
    TASK = "concessions"
    OBJECT_NAME = "ConcessionsTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Concessions tools are being built."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def title(self):
        return self.tr("Concessions")
