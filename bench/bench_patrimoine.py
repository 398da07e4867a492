"""Benchmark of the patrimoine task: ranking 5,000 cités with the stability draws, crossing them with hazards and
a base Sandt, printing sheets — each against what a user would otherwise run in QGIS."""

import csv
import os
import random
import resource
import tempfile
import time

N_CITES = 5000
N_HAZARDS = 2000
N_SHEETS = 20
COLUMNS = 100
X0, Y0 = 650000.0, 7000000.0


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _timed(label, function, log, rows):
    start = time.perf_counter()
    result = function()
    seconds = time.perf_counter() - start
    rows.append((label, seconds, _peak_mb()))
    log("  {:<66} {:8.2f} s".format(label, seconds))
    return result, seconds


def _square(x, y, side):
    return "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(x, y, x + side, y + side)


def build_layers():
    """5,000 cités of 200 m on a 300 m grid with seeded scores (a few empty), 2,000 hazard zones."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    generator = random.Random(2006)
    cites = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=cite_id:string&field=nom:string&field=insee:string"
                           "&field=commune:string&field=architecture:double&field=urbanisme:double"
                           "&field=paysage:double&field=histoire:double&field=symbolique:double", "cites", "memory")
    features = []
    for number in range(N_CITES):
        feature = QgsFeature(cites.fields())
        x, y = X0 + (number % COLUMNS) * 300, Y0 + (number // COLUMNS) * 300
        feature.setGeometry(QgsGeometry.fromWkt(_square(x, y, 200)))
        scores = [generator.randrange(7) / 2 if generator.random() > 0.01 else None for _ in range(5)]
        feature.setAttributes(["B{:05d}".format(number), "Cité n°{}".format(number), "62498", "Lens"] + scores)
        features.append(feature)
    cites.dataProvider().addFeatures(features)
    hazards = QgsVectorLayer("Polygon?crs=EPSG:2154&field=type:string&field=niveau:string", "aleas", "memory")
    features = []
    for _number in range(N_HAZARDS):
        feature = QgsFeature(hazards.fields())
        x, y = X0 + generator.uniform(0, COLUMNS * 300), Y0 + generator.uniform(0, N_CITES / COLUMNS * 300)
        feature.setGeometry(QgsGeometry.fromPointXY(_point(x, y)).buffer(generator.uniform(30, 250), 12))
        feature.setAttributes([generator.choice(("effondrement_localise", "affaissement", "gaz_de_mine")),
                               generator.choice(("faible", "moyen", "fort"))])
        features.append(feature)
    hazards.dataProvider().addFeatures(features)
    return cites, hazards


def _point(x, y):
    from qgis.core import QgsPointXY

    return QgsPointXY(x, y)


def run(log):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run_alg(alg, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())

    cites, hazards = build_layers()
    work = tempfile.mkdtemp(prefix="mbm_bench_patrimoine_")
    base = os.path.join(work, "base.gpkg")
    run_alg("mbm:sandt_create", {"CITES": cites, "OUTPUT": base})
    programme = os.path.join(work, "programme.csv")
    with open(programme, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Code INSEE", "Commune", "Cité", "Réseau", "Statut", "Année programme", "Montant HT (€)",
                         "Longueur (m)", "Date fin travaux"])
        for number in range(0, N_CITES, 2):
            for year, network in ((2020, "Voirie"), (2022, "Assainissement")):
                writer.writerow(["62498", "Lens", "Cité n°{}".format(number), network, "Achevé", str(year),
                                 "100 000", "", ""])
    run_alg("mbm:sandt_update", {"BASE": base, "TABLE": programme, "DRY_RUN": False, "MATCH_THRESHOLD": 85,
                                 "REPORT": "TEMPORARY_OUTPUT"})
    log("cités: {}; hazard zones: {}; base Sandt of {} operations".format(N_CITES, N_HAZARDS, N_CITES))

    rows = []
    ranked, ours_s = _timed("mbm:patrimoine_hierarchie, seuils (note, rank, class, 200 draws)", lambda: run_alg(
        "mbm:patrimoine_hierarchie", {"INPUT": cites, "OUTPUT": "memory:"})["OUTPUT"], log, rows)
    _timed("mbm:patrimoine_hierarchie, effectifs (each draw re-ranked)", lambda: run_alg(
        "mbm:patrimoine_hierarchie", {"INPUT": cites, "METHOD": "effectifs", "OUTPUT": "memory:"}), log, rows)
    present = " + ".join('("{0}" IS NOT NULL)'.format(c) for c in ("architecture", "urbanisme", "paysage", "histoire",
                                                                    "symbolique"))
    total = " + ".join('coalesce("{0}", 0)'.format(c) for c in ("architecture", "urbanisme", "paysage", "histoire",
                                                                 "symbolique"))
    expression = "CASE WHEN {0} >= 3 THEN round(100 / 3 * ({1}) / ({0}), 2) END".format(present, total)
    _note, calc_s = _timed("native:fieldcalculator, the note only (no rank, class, stability)", lambda: run_alg(
        "native:fieldcalculator", {"INPUT": cites, "FIELD_NAME": "note", "FIELD_TYPE": 0, "FIELD_LENGTH": 6,
                                   "FIELD_PRECISION": 2, "FORMULA": expression, "OUTPUT": "memory:"}), log, rows)
    crossed, cross_s = _timed("mbm:patrimoine_croisement (base Sandt, hazards)", lambda: run_alg(
        "mbm:patrimoine_croisement", {"CITES": ranked, "BASE": base, "HAZARDS": hazards, "OUTPUT": "memory:"})[
        "OUTPUT"], log, rows)
    from qgis.core import QgsApplication

    summary = next(a for a in ("native:joinbylocationsummary", "qgis:joinbylocationsummary")
                   if QgsApplication.processingRegistry().algorithmById(a) is not None)
    _joined, join_s = _timed("{}, hazard levels only (no base)".format(summary), lambda: run_alg(
        summary, {"INPUT": ranked, "JOIN": hazards, "PREDICATE": [0], "JOIN_FIELDS": ["niveau"],
                                         "SUMMARIES": [6], "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"}),
        log, rows)
    folder = os.path.join(work, "fiches")
    _sheets, sheets_s = _timed("mbm:patrimoine_fiches, {} sheets".format(N_SHEETS), lambda: run_alg(
        "mbm:patrimoine_fiches", {"CITES": crossed, "BASE": base, "HAZARDS": hazards,
                                  "FILTER": "\"rang\" <= {}".format(N_SHEETS), "OUTPUT_FOLDER": folder}), log, rows)
    written = len([n for n in os.listdir(folder) if n.endswith(".pdf")])

    lines = [
        "## Patrimoine — ranking, crossing, sheets",
        "",
        "Data built by `bench/bench_patrimoine.py`: {} cités (200 m squares, scores 0–3 in steps of 0.5, 1 % empty), "
        "{} hazard zones, a base Sandt of the cités with {} operations. Both sides run through Processing on the "
        "same memory layers, in the same process.".format(N_CITES, N_HAZARDS, N_CITES),
        "",
        "- The ranking computes notes, ranks with ties, classes and 200 seeded draws of the weights; the field "
        "calculator computes the note alone (what a user would do by hand, before ranking and classing in a "
        "spreadsheet).",
        "- The crossing reads the base and the hazards (zones touching a cité's edge only are left out); "
        "the join by location summary gives the hazard levels of each cité and nothing of the base.",
        "- The sheets: {} PDF written ({:.2f} s per sheet, map and table included).".format(
            written, sheets_s / max(1, written)),
        "",
        "| step | seconds | peak RSS (MB) |",
        "|---|---:|---:|",
    ]
    lines += ["| {} | {:.2f} | {:.0f} |".format(label, seconds, mb) for label, seconds, mb in rows]
    lines += ["", "Ranking with stability vs the note alone: {:.2f} s vs {:.2f} s; crossing vs a spatial join of the "
              "hazards: {:.2f} s vs {:.2f} s.".format(ours_s, calc_s, cross_s, join_s), ""]
    return "\n".join(lines)
