"""Screenshot of the real QGIS desktop with the plugin, under Xvfb.

    scripts/desktop_screenshot.sh OUTPUT.png [TAB] [SETUP.py]

Runs inside QGIS (``qgis --code``): waits for the plugin, shows the "Bassin minier" dock on TAB
(sandt, concessions, trame_verte), runs SETUP.py if given (a file executed with ``iface`` and ``dock``
in its namespace, to load layers or fill the tab), opens the plugin's menu when BM_SHOT_MENU=1,
grabs the screen, then quits QGIS.
"""

import os

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMenu
from qgis.utils import iface, plugins

OUTPUT = os.environ["BM_SHOT_OUT"]
TAB = os.environ.get("BM_SHOT_TAB", "sandt")
SETUP = os.environ.get("BM_SHOT_SETUP", "")
WAIT_MS = int(os.environ.get("BM_SHOT_WAIT_MS", "1500"))
_state = {"tries": 0}


def _grab_and_quit():
    QApplication.primaryScreen().grabWindow(0).save(OUTPUT)
    print("screenshot:", OUTPUT, flush=True)
    QTimer.singleShot(200, iface.actionExit().trigger)


def _open_menu():
    for menu in iface.mainWindow().menuBar().findChildren(QMenu):
        if menu.title().replace("&", "") in ("Extensions", "Plugins"):
            iface.mainWindow().menuBar().setActiveAction(menu.menuAction())
            for action in menu.actions():
                if action.menu() is not None and action.text().replace("&", "") == "Bassin minier":
                    menu.setActiveAction(action)
                    action.menu().popup(menu.geometry().topRight())
            break


def _go():
    plugin = plugins.get("bassin_minier")
    if plugin is None or plugin.dock is None:
        _state["tries"] += 1
        if _state["tries"] > 60:
            print("bassin_minier did not load", flush=True)
            iface.actionExit().trigger()
            return
        QTimer.singleShot(500, _go)
        return
    iface.mainWindow().setGeometry(QApplication.primaryScreen().geometry())
    plugin.action.setChecked(True)
    dock = plugin.dock
    names = [dock.tabs.widget(i).TASK for i in range(dock.tabs.count())]
    dock.tabs.setCurrentIndex(names.index(TAB))
    if SETUP:
        namespace = {"iface": iface, "dock": dock, "plugin": plugin, "__file__": SETUP}
        exec(compile(open(SETUP, encoding="utf-8").read(), SETUP, "exec"), namespace)
    if os.environ.get("BM_SHOT_MENU") == "1":
        QTimer.singleShot(WAIT_MS // 2, _open_menu)
    QTimer.singleShot(WAIT_MS, _grab_and_quit)


QTimer.singleShot(1000, _go)
