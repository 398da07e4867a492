"""`make demo`, concession perimeters: rebuild the sample perimeters from the decrees' vertex table
(resources/sample_data/concessions_sommets_decrets.csv, NTF Lambert Nord), compare them with the drawn
ones, then check the rebuilt perimeters as the drawn ones are checked."""

import os
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "sample_data")


def _french(value, decimals=1):
    from bassin_minier.mbm_qgis_plugin.concessions.checks import french_number

    value = 0.0 if round(value, decimals) == 0 else value  # no "-0,00"
    return french_number(value, decimals)


def run(out_dir, log):
    import processing
    from qgis.core import QgsVectorLayer

    from bassin_minier.mbm_qgis_plugin.concessions.perimeter import status_label, status_sentence

    os.makedirs(out_dir, exist_ok=True)
    table = os.path.join(SAMPLE, "concessions_sommets_decrets.csv")
    drawn = "{}|layername=concessions".format(os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg"))
    rebuilt_path = os.path.join(out_dir, "perimetres_reconstruits.gpkg")
    result = processing.run("mbm:concessions_perimeter", {
        "VERTICES": table,
        "VERTICES_CRS": "EPSG:27561",
        "COMPARE_WITH": drawn,
        "COMPARE_ID_FIELD": "concession_id",
        "TOLERANCE_M": 5,
        "OUTPUT": rebuilt_path,
    })
    rebuilt = QgsVectorLayer(result["OUTPUT"], "perimetres", "ogr")
    rows = list(rebuilt.getFeatures())
    counts = Counter(row["statut"] for row in rows)
    log("Périmètres reconstruits depuis {} ({} sommets, NTF Lambert Nord) : {} → {}".format(
        os.path.basename(table), _french(sum(row["nb_sommets"] or 0 for row in rows), 0), status_sentence(counts),
        os.path.relpath(rebuilt_path, os.path.dirname(out_dir))))
    for row in rows:
        if row["statut"] == "ok":
            continue
        measures = ""
        if row["ecart_max_m"] is not None and str(row["ecart_max_m"]) != "NULL":
            measures = " (écart maximal {} m, surface {} %)".format(
                _french(row["ecart_max_m"]), _french(row["ecart_surface_pct"], 2))
        log("  {} : {}{} — {}".format(row["concession_id"], status_label(row["statut"]), measures, row["detail"]))
    worst = max((row["ecart_max_m"] for row in rows if row["statut"] == "ok"), default=0.0)
    log("  Écart maximal des périmètres conformes : {} m (arrondi des coordonnées du décret au centimètre)"
        .format(_french(worst, 2)))
    del rebuilt

    anomalies_path = os.path.join(out_dir, "anomalies_perimetres_reconstruits.gpkg")
    # CON06, copied from the drawing, meets its rebuilt neighbours with centimetre roundings: slivers of a
    # few m², left out by the check's minimum area.
    result = processing.run("mbm:concessions_check", {
        "INPUT": rebuilt_path, "ID_FIELD": "concession_id", "MIN_GAP_AREA_M2": 20, "OUTPUT": anomalies_path})
    anomalies = QgsVectorLayer(result["OUTPUT"], "anomalies", "ogr")
    features = list(anomalies.getFeatures())
    log("Contrôle des périmètres reconstruits (mbm:concessions_check, lacunes et chevauchements de moins de "
        "20 m² écartés) : {} anomalie(s)".format(len(features)))
    for feature in features:
        log("  {} : {}".format(feature["concession_id"], feature["detail"]))
    del anomalies
