"""`make demo`: run the plugin's algorithms through Processing on the bundled sample data.

Each task adds its steps in scripts/demo_<task>.py, a module with run(out_dir, log) that runs the
task's algorithms with processing.run and logs what it wrote.
"""

import importlib
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_headless import ROOT, start_qgis  # noqa: E402

TASKS = ("sandt", "concessions", "concessions_perimetres", "trame_verte", "patrimoine")


def _size_kb(folder, name):
    return max(1, os.path.getsize(os.path.join(folder, name)) // 1024)


def main(out_dir):
    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    app, plugin = start_qgis()
    from qgis.core import Qgis, QgsApplication, QgsVectorLayer

    from bassin_minier.mbm_qgis_plugin.i18n import install_translators

    install_translators(os.environ.get("BM_LOCALE", "fr"))  # the users' QGIS is French

    print("QGIS {} — provider « {} » ({} algorithmes)".format(
        Qgis.QGIS_VERSION, plugin.provider.name(), len(plugin.provider.algorithms())))
    for alg in plugin.provider.algorithms():
        print("  {:<32} {}".format(alg.id(), alg.displayName()))
    sample = os.path.join(ROOT, "resources", "sample_data")
    for name in sorted(os.listdir(sample)):
        if name.endswith(".gpkg"):
            path = os.path.join(sample, name)
            from osgeo import ogr

            dataset = ogr.Open(path)
            layers = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
            dataset = None
            counts = ", ".join("{} {}".format(
                QgsVectorLayer("{}|layername={}".format(path, layer), layer, "ogr").featureCount(), layer)
                for layer in layers)
            print("Données d'exemple {} : {}".format(name, counts))

    failures = 0
    for task in TASKS:
        if not os.path.exists(os.path.join(ROOT, "scripts", "demo_{}.py".format(task))):
            continue
        print("\n== {} ==".format(task))
        try:
            importlib.import_module("demo_{}".format(task)).run(os.path.join(out_dir, task), print)
        except Exception:  # noqa: BLE001 — report every task, then fail
            traceback.print_exc()
            failures += 1
    print("\nRésultats dans {}".format(out_dir))
    for folder, _dirs, files in sorted(os.walk(out_dir)):
        files = sorted(f for f in files if not f.endswith(("-wal", "-shm")))
        if len(files) > 8:  # e.g. one dossier per concession: say how many, not each
            kinds = sorted({os.path.splitext(f)[1] for f in files})
            print("  {}/ : {} fichiers ({}), {} Ko".format(
                os.path.relpath(folder, out_dir), len(files), ", ".join(kinds), sum(_size_kb(folder, f) for f in files)))
            continue
        for name in files:
            print("  {} ({} Ko)".format(os.path.relpath(os.path.join(folder, name), out_dir), _size_kb(folder, name)))
    plugin.unload()
    QgsApplication.exitQgis()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "demo_output"))
