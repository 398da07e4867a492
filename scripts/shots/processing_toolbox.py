"""Setup for desktop_screenshot.sh: the Processing toolbox filtered on the plugin's provider, wide enough
for the algorithms' whole names, every group and the shipped models unfolded."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit, QTreeView

plugin.action.setChecked(False)  # noqa: F821 (plugin, iface given by desktop_screenshot.py)
toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")  # noqa: F821
toolbox.show()
toolbox.raise_()
iface.mainWindow().resizeDocks([toolbox], [560], Qt.Orientation.Horizontal)  # noqa: F821
search = toolbox.findChild(QLineEdit)
if search is not None:
    search.setText("mbm:")
for tree in toolbox.findChildren(QTreeView):
    tree.expandAll()
