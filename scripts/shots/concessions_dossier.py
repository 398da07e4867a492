"""The rendered dossier of docs/images: pages 1 and 2 of the sample's longest dossier (CON14, 36 shafts).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/shots/concessions_dossier.py [OUT_DIR]

Runs mbm:concessions_report on the sample data, then renders pages 1 and 2 of CON14's PDF with pdftoppm into
OUT_DIR (default docs/images).
"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from qgis_headless import ROOT, start_qgis  # noqa: E402

SAMPLE = os.path.join(ROOT, "resources", "sample_data")
SYNTH = os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg")
CONCESSION = "CON14"


def main(out_dir):
    app, plugin = start_qgis()
    import processing

    from bassin_minier.mbm_qgis_plugin.i18n import install_translators

    install_translators("fr")
    work = tempfile.mkdtemp(prefix="mbm_dossier_")
    folder = os.path.join(work, "dossiers")
    processing.run("mbm:concessions_report", {
        "CONCESSIONS": SYNTH + "|layername=concessions", "ID_FIELD": "concession_id",
        "SHAFTS": SYNTH + "|layername=puits", "SHAFT_STATUS_FIELD": "etat",
        "STATIONS": SYNTH + "|layername=stations_relevage",
        "COMMUNES": os.path.join(SAMPLE, "bassin_minier_communes.gpkg") + "|layername=communes",
        "HAZARDS": SYNTH + "|layername=aleas", "OUTPUT": "TEMPORARY_OUTPUT", "REPORT_FOLDER": folder})
    os.makedirs(out_dir, exist_ok=True)
    pdf = os.path.join(folder, "dossier_{}.pdf".format(CONCESSION))
    for page, name in ((1, "concessions_dossier"), (2, "concessions_dossier_suite")):
        stem = os.path.join(work, name)
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", str(page), "-l", str(page), "-singlefile", pdf, stem],
                       check=True)
        shutil.copy(stem + ".png", os.path.join(out_dir, name + ".png"))
        print("{} ({} page {}) → {}".format(name, CONCESSION, page, os.path.join(out_dir, name + ".png")))
    print("PDF in", folder)
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "images"))
