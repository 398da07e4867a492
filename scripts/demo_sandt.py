"""`make demo`, base Sandt: create the base from the sample cités, dry-run and apply the sample GIRZOM
programme, show the undo refusal rule, and map the progress per EPCI."""

import collections
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "sample_data")


def run(out_dir, log):
    from qgis.PyQt.QtCore import QLocale

    # A French QGIS sets QLocale from its settings: numbers in the messages are then written 1 234,5.
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        _run(out_dir, log)
    finally:
        QLocale.setDefault(previous)


def _run(out_dir, log):
    import processing
    from qgis.core import QgsVectorLayer

    from bassin_minier.mbm_qgis_plugin.sandt.labels import action_label, etat_label

    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, "base_sandt.gpkg")
    cites = os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg") + "|layername=cites"
    programme = os.path.join(SAMPLE, "programme_girzom_2026.csv")
    communes = os.path.join(SAMPLE, "bassin_minier_communes.gpkg") + "|layername=communes"

    if os.path.exists(base):  # a fresh demo base: sandt_create refuses to erase one holding imports
        os.remove(base)
    processing.run("mbm:sandt_create", {"CITES": cites, "OUTPUT": base})
    log("Base Sandt créée : {} ({} cités)".format(base, QgsVectorLayer(base + "|layername=cites", "c", "ogr")
                                                  .featureCount()))
    report_path = os.path.join(out_dir, "rapport_simulation.csv")
    dry = processing.run("mbm:sandt_update", {"BASE": base, "TABLE": programme, "DRY_RUN": True,
                                              "MATCH_THRESHOLD": 85, "REPORT": report_path})
    log("Simulation sur {} : {}".format(os.path.basename(programme), _counts(dry)))
    report = QgsVectorLayer(dry["REPORT"], "rapport", "ogr")
    flagged = [f for f in report.getFeatures() if f["action"] not in ("insere", "mis_a_jour", "inchange")]
    for feature in flagged:
        log("  ligne {:>3} {:<11} {}".format(feature["ligne"], action_label(feature["action"]), feature["message"]))
    applied = processing.run("mbm:sandt_update", {"BASE": base, "TABLE": programme, "DRY_RUN": False,
                                                  "BASE_REVISION": dry["BASE_REVISION"],
                                                  "REPORT": os.path.join(out_dir, "rapport_import.csv")})
    log("Import {} appliqué : {}".format(applied["IMPORT_ID"], _counts(applied)))
    etats = collections.Counter(f["etat"] for f in QgsVectorLayer(base + "|layername=cites", "c", "ogr")
                                .getFeatures())
    log("États des cités après import : {}".format(", ".join("{} {}".format(n, etat_label(e))
                                                             for e, n in sorted(etats.items()))))
    again = processing.run("mbm:sandt_update", {"BASE": base, "TABLE": programme, "DRY_RUN": True,
                                                "REPORT": "TEMPORARY_OUTPUT"})
    log("Le même fichier une seconde fois : {}".format(_counts(again)))
    for group_by in ("epci", "commune"):
        output = os.path.join(out_dir, "avancement_{}.gpkg".format(group_by))
        processing.run("mbm:sandt_progress", {"BASE": base, "COMMUNES": communes, "GROUP_BY": group_by,
                                              "OUTPUT": output})
        layer = QgsVectorLayer(output, "avancement", "ogr")
        layer.loadNamedStyle(os.path.join(ROOT, "resources", "styles", "sandt_progress.qml"))
        layer.saveNamedStyle(os.path.join(out_dir, "avancement_{}.qml".format(group_by)))
        if group_by == "epci":
            for feature in sorted(layer.getFeatures(), key=lambda f: -(f["pct_logements_acheve"] or 0)):
                amount = "{:,.0f}".format(feature["montant_ht_total"]).replace(",", "\u202f")  # French grouping
                percent = "{:.1f}".format(feature["pct_logements_acheve"] or 0).replace(".", ",")
                log("  {:<45} {:>3} cités, {:>6} logements, {:>5} % achevés, {:>12} € HT".format(
                    feature["nom"] or feature["epci"], feature["nb_cites"], feature["nb_logements"], percent, amount))
        log("Avancement par {} : {} ({} entités, style {})".format(group_by, output, layer.featureCount(),
                                                                  "avancement_{}.qml".format(group_by)))
    undo = processing.run("mbm:sandt_undo_import", {"BASE": base, "IMPORT_ID": applied["IMPORT_ID"]})
    log("Annulation de l'import {} : {} opérations rétablies".format(undo["IMPORT_ID"], undo["NB_OPERATIONS"]))
    reapplied = processing.run("mbm:sandt_update", {"BASE": base, "TABLE": programme, "DRY_RUN": False,
                                                    "REPORT": "TEMPORARY_OUTPUT"})
    log("Import {} réappliqué (la base de démonstration reste à jour)".format(reapplied["IMPORT_ID"]))


def _counts(results):
    from bassin_minier.mbm_qgis_plugin.sandt.labels import action_label
    from bassin_minier.mbm_qgis_plugin.sandt.rules import ACTIONS

    return ", ".join("{} {}".format(int(results["NB_" + action.upper()]), action_label(action)) for action in ACTIONS)
