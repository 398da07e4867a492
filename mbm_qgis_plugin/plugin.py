"""The plugin class QGIS instantiates: menu, toolbar button, dock and Processing provider."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import Translatable, install_translators, remove_translators

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "bassin_minier.svg")


class BassinMinierPlugin(Translatable, QObject):
    TOOLBAR_OBJECT_NAME = "mBassinMinierToolBar"

    def __init__(self, iface):
        super().__init__()
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        self.menu_name = None
        self.toolbar = None
        install_translators()

    # --- Processing (also called by qgis_process, which has no GUI) ---------------------------------
    def initProcessing(self):
        if self.provider is not None:
            return
        from ..processing_algorithms.provider import MbmProvider

        self.provider = MbmProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # --- Desktop ------------------------------------------------------------------------------------
    def initGui(self):
        self.initProcessing()
        from .gui.dock import BassinMinierDock

        self.menu_name = self.tr("&Bassin minier")
        self.action = QAction(QIcon(ICON_PATH), self.tr("Bassin minier"), self.iface.mainWindow())
        self.action.setObjectName("mBassinMinierDockAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show or hide the Bassin minier panel"))
        self.action.toggled.connect(self._set_dock_visible)

        self.toolbar = self.iface.addToolBar(self.tr("Bassin minier"))
        self.toolbar.setObjectName(self.TOOLBAR_OBJECT_NAME)
        self.toolbar.addAction(self.action)
        self.iface.addPluginToMenu(self.menu_name, self.action)

        self.dock = BassinMinierDock(self.iface, self.iface.mainWindow())
        self.dock.visibilityChanged.connect(self._on_dock_visibility)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

    def _set_dock_visible(self, visible):
        if self.dock is not None:
            self.dock.setVisible(visible)
            if visible:
                self.dock.raise_()

    def _on_dock_visibility(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._on_dock_visibility)
            self.dock.unload()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.action.toggled.disconnect(self._set_dock_visible)
            self.iface.removePluginMenu(self.menu_name, self.action)
            if self.toolbar is not None:
                self.toolbar.removeAction(self.action)
            self.action.deleteLater()
            self.action = None
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
