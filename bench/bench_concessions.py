"""Benchmark of the concessions task (`make bench TASKS=concessions`).

Data made here, the same for both sides: 50 concessions in a 10 × 5 tiling whose shared boundaries are
wiggly lines of 1,250 vertices (≈ 5,000 vertices per concession), with one concession missing (a gap),
one extra perimeter overlapping two others and one duplicated id; 100,000 shafts spread over them.

Compared, in the same run on the same layers:
- mbm:concessions_check against the two chains of native algorithms a user would build: (a) validity
  (qgis:checkvalidity, GEOS), repair (native:fixgeometries) and overlaps by self-intersection overlay
  (native:intersection of the repaired layer with itself); (b) the same plus native:union of the
  repaired layer (the pieces of the union, from which gaps can be read);
- the counts of mbm:concessions_report (shafts by status, without dossiers) against
  native:countpointsinpolygon (one total only, no status).
"""

import math
import random
import resource
import time

N_COLS, N_ROWS = 10, 5
TILE = 2000.0
X0, Y0 = 680000.0, 7020000.0
EDGE_VERTICES = 1250
N_POINTS = 100000


def _edge(p, q, seed):
    """A wiggly line from p to q, the same whichever tile asks for it."""
    points = []
    for i in range(EDGE_VERTICES + 1):
        t = i / EDGE_VERTICES
        x = p[0] + (q[0] - p[0]) * t
        y = p[1] + (q[1] - p[1]) * t
        # Displacement across the edge, zero at both ends.
        offset = 25.0 * math.sin(math.pi * t) * math.sin(seed + 37.0 * t) + 3.0 * math.sin(seed * 3 + 400 * t)
        offset *= math.sin(math.pi * t)
        nx, ny = (-(q[1] - p[1]), q[0] - p[0])
        length = math.hypot(nx, ny)
        points.append((x + offset * nx / length, y + offset * ny / length))
    return points


def build_layers():
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    node = lambda c, r: (X0 + c * TILE, Y0 + r * TILE)  # noqa: E731
    edges = {}

    def edge(a, b):
        key = (min(a, b), max(a, b))
        if key not in edges:
            edges[key] = _edge(node(*key[0]), node(*key[1]), seed=len(edges) + 1)
        line = edges[key]
        return line if key[0] == a else list(reversed(line))

    concessions = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=concession_id:string&field=surface_ha:double",
                                 "concessions", "memory")
    features = []
    number = 0
    for row in range(N_ROWS):
        for col in range(N_COLS):
            number += 1
            if (col, row) == (4, 2):
                continue  # a gap enclosed by its neighbours
            corners = [(col, row), (col + 1, row), (col + 1, row + 1), (col, row + 1)]
            ring = []
            for a, b in zip(corners, corners[1:] + corners[:1]):
                ring.extend(edge(a, b)[:-1])
            ring.append(ring[0])
            feature = QgsFeature(concessions.fields())
            feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
            cid = "C{:02d}".format(number if number != 12 else 11)  # C11 twice
            feature.setAttributes([cid, TILE * TILE / 10000.0])
            features.append(feature)
    # An extra perimeter overlapping two tiles: a 5,000-vertex circle.
    cx, cy, radius = X0 + 7 * TILE, Y0 + 1 * TILE, 600.0
    circle = [QgsPointXY(cx + radius * math.cos(2 * math.pi * i / 5000), cy + radius * math.sin(2 * math.pi * i / 5000))
              for i in range(5000)]
    feature = QgsFeature(concessions.fields())
    feature.setGeometry(QgsGeometry.fromPolygonXY([circle + [circle[0]]]))
    feature.setAttributes(["C99", math.pi * radius ** 2 / 10000.0])
    features.append(feature)
    concessions.dataProvider().addFeatures(features)

    shafts = QgsVectorLayer("Point?crs=EPSG:2154&field=puits_id:string&field=etat:string", "puits", "memory")
    rng = random.Random(20061)
    statuses = ("traite", "non_traite", "inconnu")
    points = []
    for i in range(N_POINTS):
        feature = QgsFeature(shafts.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(
            X0 + rng.uniform(0, N_COLS * TILE), Y0 + rng.uniform(0, N_ROWS * TILE))))
        feature.setAttributes(["P{}".format(i), statuses[rng.randrange(3)]])
        points.append(feature)
    shafts.dataProvider().addFeatures(points)
    return concessions, shafts


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _timed(label, function, log, rows):
    start = time.perf_counter()
    result = function()
    seconds = time.perf_counter() - start
    rows.append((label, seconds, _peak_mb()))
    log("  {:<60} {:8.2f} s".format(label, seconds))
    return result, seconds


def run(log):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    concessions, shafts = build_layers()
    vertices = sum(f.geometry().constGet().nCoordinates() for f in concessions.getFeatures())
    log("concessions: {} features, {} vertices; shafts: {}".format(
        concessions.featureCount(), vertices, shafts.featureCount()))

    def run_alg(alg, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())

    rows = []
    check, check_s = _timed("mbm:concessions_check (all checks)", lambda: run_alg("mbm:concessions_check", {
        "INPUT": concessions, "DECLARED_AREA_FIELD": "surface_ha", "OUTPUT": "memory:"})["OUTPUT"], log, rows)
    found = sorted({f["anomalie"] for f in check.getFeatures()})

    validity, t1 = _timed("native chain: qgis:checkvalidity (GEOS)", lambda: run_alg("qgis:checkvalidity", {
        "INPUT_LAYER": concessions, "METHOD": 2, "VALID_OUTPUT": "memory:", "INVALID_OUTPUT": "memory:",
        "ERROR_OUTPUT": "memory:"}), log, rows)
    fixed, t2 = _timed("native chain: native:fixgeometries", lambda: run_alg(
        "native:fixgeometries", {"INPUT": concessions, "OUTPUT": "memory:"})["OUTPUT"], log, rows)
    overlay, t3 = _timed("native chain: native:intersection (self-overlay)", lambda: run_alg(
        "native:intersection", {"INPUT": fixed, "OVERLAY": fixed, "OUTPUT": "memory:"})["OUTPUT"], log, rows)
    chain_a = t1 + t2 + t3
    rows.append(("native chain (a): validity + repair + self-intersection, total", chain_a, _peak_mb()))
    pieces, t4 = _timed("native chain: native:union (single layer)", lambda: run_alg(
        "native:union", {"INPUT": fixed, "OUTPUT": "memory:"})["OUTPUT"], log, rows)
    chain_b = chain_a + t4
    rows.append(("native chain (b): the same + native:union, total", chain_b, _peak_mb()))

    report, report_s = _timed("mbm:concessions_report counts (100,000 shafts by status)", lambda: run_alg(
        "mbm:concessions_report", {"CONCESSIONS": concessions, "SHAFTS": shafts, "OUTPUT": "memory:"})["OUTPUT"],
        log, rows)
    counted, count_s = _timed("native:countpointsinpolygon (one total, no status)", lambda: run_alg(
        "native:countpointsinpolygon", {"POLYGONS": concessions, "POINTS": shafts, "FIELD": "NUMPOINTS",
                                        "OUTPUT": "memory:"})["OUTPUT"], log, rows)
    ours = sum(f["nb_puits"] for f in report.getFeatures())
    theirs = sum(f["NUMPOINTS"] for f in counted.getFeatures())

    lines = [
        "## Concessions — perimeter check and inventory counts",
        "",
        "Data built by `bench/bench_concessions.py`: {} concessions (a 10 × 5 tiling of 2 km tiles whose "
        "shared boundaries are wiggly lines of {} vertices, {} vertices in all, about 5,000 per concession; "
        "one tile missing = an enclosed gap, one 5,000-vertex perimeter overlapping two tiles, one duplicated "
        "id) and {} shafts with a status. Both sides run through Processing on the same memory layers, in "
        "the same process.".format(concessions.featureCount(), EDGE_VERTICES, vertices, shafts.featureCount()),
        "",
        "- `mbm:concessions_check` runs every check (validity with repair, empty, duplicate ids, overlaps, "
        "enclosed and open gaps with sliver test, declared areas) and found: {}.".format(", ".join(found)),
        "- The native chains find invalid rings and repair them, overlapping pieces (self-overlay, which "
        "also returns each perimeter intersected with itself) and, with native:union, the pieces from which "
        "gaps can be read by hand; no duplicate ids, no slivers, no area check. Each chain's time is the "
        "sum of its steps.",
        "- `mbm:concessions_report` counts shafts by status with a spatial index and prepared geometries "
        "({} shafts placed); `native:countpointsinpolygon` gives one total per polygon ({}).".format(ours, theirs),
        "",
        "| step | seconds | peak RSS (MB) |",
        "|---|---:|---:|",
    ]
    lines += ["| {} | {:.2f} | {:.0f} |".format(label, seconds, mb) for label, seconds, mb in rows]
    lines += ["", "Check vs native chain (a): {:.2f} s vs {:.2f} s, ratio {:.2f}× ({}).".format(
        check_s, chain_a, check_s / chain_a, "no slower" if check_s <= chain_a else "slower"),
        "Check vs native chain (b): {:.2f} s vs {:.2f} s, ratio {:.2f}× ({}).".format(
        check_s, chain_b, check_s / chain_b, "no slower" if check_s <= chain_b else "slower"),
        "Report counts vs native:countpointsinpolygon: {:.2f} s vs {:.2f} s.".format(report_s, count_s), ""]
    del validity, overlay, pieces
    return "\n".join(lines)
