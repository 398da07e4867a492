"""`make demo`, patrimoine part: rank the sample cités on the heritage grid, cross them with a base Sandt of the
sample programme, the hazards and the UNESCO perimeters, then print the sheets of the exceptionnelles."""

import os
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "sample_data")
SYNTH = os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg")
CLASS_WORDS = (("exceptionnelle", "exceptionnelles"), ("remarquable", "remarquables"), ("temoin", "témoins"),
               ("a_completer", "à compléter"))


def _layer(name):
    return "{}|layername={}".format(SYNTH, name)


def run(out_dir, log):
    import processing
    from qgis.core import QgsVectorLayer

    from bassin_minier.processing_algorithms.patrimoine.common import plain  # QGIS NULL → None

    os.makedirs(out_dir, exist_ok=True)
    # Its own base Sandt (the sample cités and the sample GIRZOM programme), so that this part stands alone.
    base = os.path.join(out_dir, "base_sandt_patrimoine.gpkg")
    processing.run("mbm:sandt_create", {"CITES": _layer("cites"), "OUTPUT": base})
    processing.run("mbm:sandt_update", {"BASE": base, "TABLE": os.path.join(SAMPLE, "programme_girzom_2026.csv"),
                                        "DRY_RUN": False, "MATCH_THRESHOLD": 85, "REPORT": "TEMPORARY_OUTPUT"})
    log("Base Sandt du patrimoine : {}".format(os.path.relpath(base, os.path.dirname(out_dir))))

    ranking_path = os.path.join(out_dir, "classement_patrimonial.gpkg")
    result = processing.run("mbm:patrimoine_hierarchie", {"INPUT": _layer("cites"), "OUTPUT": ranking_path})
    log("Classement (grille par défaut, seuils 75 / 50) : {}".format(", ".join(
        "{} {}".format(int(result["NB_" + code.upper()]), word) for code, word in CLASS_WORDS)))
    by_counts = processing.run("mbm:patrimoine_hierarchie", {"INPUT": _layer("cites"), "METHOD": "effectifs",
                                                              "NB_EXCEPTIONNELLES": 40, "NB_REMARQUABLES": 169,
                                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    log("Classement par effectifs (40 et 169 demandées) : {}".format(", ".join(
        "{} {}".format(int(by_counts["NB_" + code.upper()]), word) for code, word in CLASS_WORDS)))
    ranked = QgsVectorLayer(result["OUTPUT"], "classement", "ogr")
    rows = sorted((f for f in ranked.getFeatures() if plain(f["rang"]) is not None), key=lambda f: f["rang"])
    for feature in rows[:3]:
        log("  rang {:>3} : {} ({}), note {}, stabilité {}".format(
            feature["rang"], feature["nom"], feature["commune"], "{:.2f}".format(feature["note"]).replace(".", ","),
            "{:.2f}".format(feature["stabilite"]).replace(".", ",")))
    unstable = [f for f in rows if plain(f["stabilite"]) is not None and f["stabilite"] < 0.9]
    log("  {} cités gardent leur classe dans moins de 90 % des 200 tirages des poids".format(len(unstable)))
    del ranked, rows, unstable

    crossing_path = os.path.join(out_dir, "cites_croisees.gpkg")
    processing.run("mbm:patrimoine_croisement", {
        "CITES": result["OUTPUT"], "BASE": base, "HAZARDS": _layer("aleas"), "UNESCO": _layer("unesco"),
        "OUTPUT": crossing_path})
    crossed = QgsVectorLayer(crossing_path, "croisement", "ogr")
    features = list(crossed.getFeatures())
    unesco = Counter(f["unesco"] for f in features)
    log("Croisement : {} cités dans le bien UNESCO, {} dans sa zone tampon, {} hors ; {} sous un aléa minier".format(
        unesco["bien"], unesco["zone_tampon"], unesco["hors"],
        sum(1 for f in features if plain(f["alea_max"]) not in (None, "aucun"))))
    unfinished = [f for f in features if f["unesco"] == "bien" and (plain(f["reseaux_restants"]) or 0) > 0]
    log("  cités UNESCO dont les travaux VRD ne sont pas finis (\"unesco\" = 'bien' AND \"reseaux_restants\" > 0) : "
        "{}".format(len(unfinished)))
    del crossed, features, unfinished

    folder = os.path.join(out_dir, "fiches")
    sheets = processing.run("mbm:patrimoine_fiches", {
        "CITES": crossing_path, "BASE": base, "FILTER": "\"classe\" = 'exceptionnelle'",
        "COMMUNES": os.path.join(SAMPLE, "bassin_minier_communes.gpkg") + "|layername=communes",
        "HAZARDS": _layer("aleas"), "UNESCO": _layer("unesco"), "OUTPUT_FOLDER": folder})
    log("Fiches des cités exceptionnelles : {} PDF dans {}, sommaire {}".format(
        int(sheets["NB_FICHES"]), folder, os.path.join(folder, "index.html")))
