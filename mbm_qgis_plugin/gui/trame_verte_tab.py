"""Dock tab "Trame verte"."""

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout

from .base_tab import TaskTab


class TrameVerteTab(TaskTab):
    TASK = "trame_verte"
    OBJECT_NAME = "TrameVerteTab"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Trame verte tools are being built."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def title(self):
        return self.tr("Trame verte")
