"""The "Bassin minier" dock: one tab per task."""

import importlib

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..i18n import Translatable

# (module of mbm_qgis_plugin.gui, class name): each tab is a QWidget(iface, parent) with unload().
TABS = (
    ("sandt_tab", "SandtTab"),
    ("concessions_tab", "ConcessionsTab"),
    ("trame_verte_tab", "TrameVerteTab"),
    ("patrimoine_tab", "PatrimoineTab"),
)


class BassinMinierDock(Translatable, QgsDockWidget):
    OBJECT_NAME = "BassinMinierDock"

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(self.tr("Bassin minier"))
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(2, 2, 2, 2)
        self.tabs = QTabWidget(container)
        self.tabs.setObjectName("BassinMinierTabs")
        layout.addWidget(self.tabs)
        self.setWidget(container)
        self.task_tabs = []
        package = __name__.rsplit(".", 1)[0]
        for module_name, class_name in TABS:
            module = importlib.import_module("{}.{}".format(package, module_name))
            tab = getattr(module, class_name)(iface, self.tabs)
            self.task_tabs.append(tab)
            # Titles without icons: the four titles then fit the dock's default width (480 px) without
            # the tab bar scrolling and hiding "Patrimoine"; the task icons stay on the toolbar and menus.
            self.tabs.addTab(tab, tab.title())

    def unload(self):
        for tab in self.task_tabs:
            tab.unload()
        self.task_tabs = []
