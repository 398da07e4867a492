"""`make demo`, concessions part: check the sample concessions, then build their inventory and dossiers."""

import os
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "sample_data")


def _layer(gpkg, name):
    return "{}|layername={}".format(os.path.join(SAMPLE, gpkg), name)


def run(out_dir, log):
    import processing

    os.makedirs(out_dir, exist_ok=True)
    synthetic = "bassin_minier_synthetique.gpkg"
    anomalies_path = os.path.join(out_dir, "anomalies_concessions.gpkg")
    result = processing.run("mbm:concessions_check", {
        "INPUT": _layer(synthetic, "concessions"),
        "ID_FIELD": "concession_id",
        "DECLARED_AREA_FIELD": "surface_ha",
        "AREA_TOLERANCE_PCT": 5,
        "SLIVER_MAX_WIDTH_M": 5,
        "OUTPUT": anomalies_path,
    })
    from bassin_minier.mbm_qgis_plugin.concessions.checks import anomaly_label
    from qgis.core import QgsVectorLayer

    anomalies = QgsVectorLayer(result["OUTPUT"], "anomalies", "ogr")
    features = list(anomalies.getFeatures())
    counts = Counter(anomaly_label(f["anomalie"]).lower() for f in features)
    log("Contrôle des périmètres : {} anomalies ({}) → {}".format(
        len(features), ", ".join("{} {}".format(n, k) for k, n in sorted(counts.items())) or "aucune",
        os.path.relpath(anomalies_path, os.path.dirname(out_dir))))
    for feature in features:
        log("  {:<14} {:<22} {}".format(feature["concession_id"], anomaly_label(feature["anomalie"]),
                                        feature["detail"]))
    del anomalies

    folder = os.path.join(out_dir, "dossiers")
    inventory_path = os.path.join(out_dir, "inventaire_concessions.gpkg")
    result = processing.run("mbm:concessions_report", {
        "CONCESSIONS": _layer(synthetic, "concessions"),
        "ID_FIELD": "concession_id",
        "SHAFTS": _layer(synthetic, "puits"),
        "SHAFT_STATUS_FIELD": "etat",
        "STATIONS": _layer(synthetic, "stations_relevage"),
        "COMMUNES": _layer("bassin_minier_communes.gpkg", "communes"),
        "HAZARDS": _layer(synthetic, "aleas"),
        "OUTPUT": inventory_path,
        "REPORT_FOLDER": folder,
    })
    inventory = QgsVectorLayer(result["OUTPUT"], "inventaire", "ogr")
    rows = list(inventory.getFeatures())
    log("Inventaire : {} concessions, {} puits dont {} non traités ou d'état inconnu, {} stations de relevage"
        .format(len(rows), sum(r["nb_puits"] or 0 for r in rows), sum(r["nb_puits_non_traites"] or 0 for r in rows),
                sum(r["nb_stations"] or 0 for r in rows)))
    for row in rows[:5]:
        log("  {} : {} ha, puits : {} (non traités ou inconnus : {}), stations de relevage : {}, communes : {}"
            .format(row["concession_id"], "{:,.2f}".format(row["surface_ha"]).replace(",", " ").replace(".", ","),
                    row["nb_puits"], row["nb_puits_non_traites"], row["nb_stations"], row["communes"]))
    del inventory
    pdfs = sorted(name for name in os.listdir(folder) if name.endswith(".pdf"))
    log("Dossiers : {} PDF et {} HTML dans {}, sommaire {}".format(
        len(pdfs), sum(1 for n in os.listdir(folder) if n.endswith(".html")) - 1, folder,
        os.path.join(folder, "index.html")))
