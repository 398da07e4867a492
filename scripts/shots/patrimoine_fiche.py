"""The rendered sheets of docs/images: page 1 of a sheet, and page 2 of a cité with a long history of works.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/shots/patrimoine_fiche.py [OUT_DIR]

Runs the three patrimoine algorithms on the sample data, with a base Sandt made from the sample cités and
the sample GIRZOM programme, plus a made-up history of 20 years of works for one cité (so that its sheet
continues on a second page); then renders the pages with pdftoppm into OUT_DIR (default docs/images).
"""

import csv
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from qgis_headless import ROOT, start_qgis  # noqa: E402

SAMPLE = os.path.join(ROOT, "resources", "sample_data")
SYNTH = os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg")
HEADER = ["Code INSEE", "Commune", "Cité", "Réseau", "Statut", "Année programme", "Montant HT (€)", "Longueur (m)",
          "Date fin travaux"]
NETWORKS = ("Voirie", "Assainissement", "Eau potable", "Eclairage public")


def history_rows(cite, first_year=2006, last_year=2025):
    """Works on the four networks of one cité, every year or two, as successive programmes recorded them."""
    rows = []
    for year in range(first_year, last_year + 1):
        for number, network in enumerate(NETWORKS):
            if (year + number) % 2:
                continue
            status = "Achevé" if year < 2023 else "En cours" if year < 2025 else "Programmé"
            amount = 40000 + 7919 * ((year * 7 + number * 13) % 23)
            end = "15/{:02d}/{}".format(3 + (year + number) % 9, year + 1) if status == "Achevé" else ""
            rows.append([cite["insee"], cite["commune"], cite["nom"], network, status, str(year),
                         "{:,.2f}".format(amount).replace(",", " ").replace(".", ","), "", end])
    return rows


def main(out_dir):
    app, plugin = start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    from bassin_minier.mbm_qgis_plugin.i18n import install_translators

    install_translators("fr")
    work = tempfile.mkdtemp(prefix="mbm_fiche_")
    cites = SYNTH + "|layername=cites"
    base = os.path.join(work, "base_sandt.gpkg")
    processing.run("mbm:sandt_create", {"CITES": cites, "OUTPUT": base})
    processing.run("mbm:sandt_update", {"BASE": base, "TABLE": os.path.join(SAMPLE, "programme_girzom_2026.csv"),
                                        "DRY_RUN": False, "MATCH_THRESHOLD": 85, "REPORT": "TEMPORARY_OUTPUT"})
    ranked = processing.run("mbm:patrimoine_hierarchie", {"INPUT": cites, "OUTPUT": os.path.join(work, "rang.gpkg")})
    crossed = processing.run("mbm:patrimoine_croisement", {
        "CITES": ranked["OUTPUT"], "BASE": base, "HAZARDS": SYNTH + "|layername=aleas",
        "UNESCO": SYNTH + "|layername=unesco", "OUTPUT": os.path.join(work, "croisement.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(crossed, "croisement", "ogr")
    # the long one: the best-ranked cité of the UNESCO property under a mining hazard; the short one: the
    # best-ranked cité of the property with works in the sample programme
    features = sorted(layer.getFeatures(), key=lambda f: f["rang"] if f["rang"] is not None else 10 ** 6)
    long_row = next(f for f in features if f["unesco"] == "bien" and f["alea_max"] not in (None, "aucun"))
    short_one = next(f["cite_id"] for f in features if f["unesco"] == "bien" and f["reseaux_restants"] not in (None, 4)
                     and f["cite_id"] != long_row["cite_id"])
    long_one = {name: long_row[name] for name in ("cite_id", "nom", "commune", "insee")}
    del layer, features, long_row
    history = os.path.join(work, "historique.csv")
    with open(history, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(history_rows(long_one))
    processing.run("mbm:sandt_update", {"BASE": base, "TABLE": history, "DRY_RUN": False, "MATCH_THRESHOLD": 85,
                                        "REPORT": "TEMPORARY_OUTPUT"})
    crossed = processing.run("mbm:patrimoine_croisement", {
        "CITES": ranked["OUTPUT"], "BASE": base, "HAZARDS": SYNTH + "|layername=aleas",
        "UNESCO": SYNTH + "|layername=unesco", "OUTPUT": os.path.join(work, "croisement2.gpkg")})["OUTPUT"]
    folder = os.path.join(work, "fiches")
    processing.run("mbm:patrimoine_fiches", {
        "CITES": crossed, "BASE": base, "FILTER": "\"cite_id\" IN ('{}', '{}')".format(short_one, long_one["cite_id"]),
        "COMMUNES": os.path.join(SAMPLE, "bassin_minier_communes.gpkg") + "|layername=communes",
        "HAZARDS": SYNTH + "|layername=aleas", "UNESCO": SYNTH + "|layername=unesco", "OUTPUT_FOLDER": folder})
    os.makedirs(out_dir, exist_ok=True)
    for cite_id, page, name in ((short_one, 1, "patrimoine_fiche"), (long_one["cite_id"], 2, "patrimoine_fiche_suite")):
        stem = os.path.join(work, name)
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", str(page), "-l", str(page), "-singlefile",
                        os.path.join(folder, cite_id + ".pdf"), stem], check=True)
        shutil.copy(stem + ".png", os.path.join(out_dir, name + ".png"))
        print("{} ({} page {}) → {}".format(name, cite_id, page, os.path.join(out_dir, name + ".png")))
    print("PDF in", folder)
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "images"))
