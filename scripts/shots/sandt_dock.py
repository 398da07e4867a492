"""Setup of the "Base Sandt" dock screenshot (exec'd by scripts/desktop_screenshot.py with iface, dock,
plugin): a base made from the sample cités with the sample GIRZOM programme applied, then the dry run of a
follow-up programme in a dock of QGIS's default width (480 px), the report sorted by score, the ambiguous
row selected (its message whole, the cités to choose from, none chosen), and a cité of Lens selected on
the map. Run with BM_SHOT_WAIT_MS=4000 (the set-up's timer fires after 2.5 s)."""

import csv
import os
import tempfile

import processing
from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sample = os.path.join(root, "resources", "sample_data")
work = tempfile.mkdtemp(prefix="sandt_shot_")
base = os.path.join(work, "base_sandt.gpkg")
programme = os.path.join(sample, "programme_girzom_2026.csv")
processing.run("mbm:sandt_create", {"CITES": os.path.join(sample, "bassin_minier_synthetique.gpkg") +
                                    "|layername=cites", "OUTPUT": base})
processing.run("mbm:sandt_update", {"BASE": base, "TABLE": programme, "DRY_RUN": False, "REPORT": "TEMPORARY_OUTPUT"})

# A follow-up programme: the first rows again, works now finished, plus the rows that need a decision.
with open(programme, encoding="cp1252", newline="") as handle:
    rows = list(csv.reader(handle, delimiter=";"))
follow_up = [rows[0]]
for row in rows[1:41]:
    if row[2] and row[4] in ("Programmé", "En cours", "Travaux en cours"):
        row = row[:4] + ["Achevé"] + row[5:8] + ["30/06/2026"]
    follow_up.append(row)
follow_up.append(["62498", "Lens", "Cité des Brebis", "Voirie", "Programmé", "2027", "310 000", "420", ""])
follow_up.append(["", "Mazingarbe", "Brebis", "AEP", "Programmé", "2027", "95 000", "", ""])
follow_up.append(["62498", "Lens", "Cité des Glycines", "Voirie", "Programmé", "2027", "", "", ""])
path = os.path.join(work, "programme_2027.csv")
with open(path, "w", encoding="cp1252", newline="") as handle:
    csv.writer(handle, delimiter=";").writerows(follow_up)

communes = QgsVectorLayer(os.path.join(sample, "bassin_minier_communes.gpkg") + "|layername=communes",
                          "Communes", "ogr")
symbol = communes.renderer().symbol()
symbol.setColor(symbol.color().fromRgb(245, 243, 238))
QgsProject.instance().addMapLayer(communes)

tab = dock.findChild(type(dock.tabs.widget(0)), "SandtTab") or dock.tabs.widget(0)  # noqa: F821
tab.set_base(base)
tab.set_table(path)
cites = tab.show_cites()
canvas = iface.mapCanvas()  # noqa: F821
canvas.setExtent(QgsRectangle(681000, 7028000, 697000, 7040000))
canvas.refresh()
tab.dry_run()


def _after_dry_run():
    from qgis.PyQt.QtCore import QItemSelectionModel, Qt

    # QGIS's default width of a docked panel: what a cartographer sees first
    iface.mainWindow().resizeDocks([dock], [480], Qt.Orientation.Horizontal)  # noqa: F821
    canvas.setExtent(QgsRectangle(684000, 7030000, 694000, 7038000))
    canvas.refresh()
    tab.report_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    cites.selectByExpression("\"commune\" = 'Lens' AND \"nom\" = 'Cité n°9'")
    if not cites.selectedFeatureCount():
        cites.selectByExpression("\"commune\" = 'Lens' AND \"etat\" <> 'non_engage'")
        ids = cites.selectedFeatureIds()[:1]
        cites.selectByIds(ids)
    # the ambiguous "Brebis" of Mazingarbe: its message below the table, the cités offered by score
    proxy = tab.report_proxy
    actions = [proxy.index(row, 3).data(Qt.ItemDataRole.UserRole + 1) for row in range(proxy.rowCount())]
    row = actions.index("ambigu") if "ambigu" in actions else actions.index("non_trouve")
    tab.report_view.selectionModel().select(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect |
                                            QItemSelectionModel.SelectionFlag.Rows)
    tab.report_view.scrollTo(proxy.index(row, 0))


from qgis.PyQt.QtCore import QTimer  # noqa: E402

QTimer.singleShot(2500, _after_dry_run)
