"""Benchmark of the trame verte schema on a synthetic whole basin, and its cost-distance step against
GRASS r.cost (BioDispersal's engine) on the same raster, in the same run.

run(log) returns the Markdown section of docs/benchmarks.md (make bench TASKS=trame_verte)."""

import math
import os
import resource
import shutil
import subprocess
import tempfile
import time

import numpy

X_MIN, Y_MIN, WIDTH, HEIGHT = 640000.0, 7010000.0, 100000.0, 40000.0  # 100 × 40 km, Lambert-93
PATCHES = 5000
MOTORWAYS = 4
RESOLUTION = 25.0
BLOCK = 500.0  # land-use blocks of the synthetic resistance layer
CLASSES = (("culture", 0.50), ("prairie", 0.20), ("tissu_urbain", 0.12), ("friche", 0.10),
           ("boisement_feuillus", 0.05), ("zone_activite", 0.03))


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def synthetic_basin(seed=2026):
    """Memory layers: habitat patches (5 000), motorways (4 lines), land-use blocks with a class."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    rng = numpy.random.default_rng(seed)
    patches = QgsVectorLayer("Polygon?crs=EPSG:2154&field=sous_trame:string", "habitats", "memory")
    features = []
    areas = numpy.clip(rng.lognormal(math.log(2.5e4), 0.9, PATCHES), 3e3, 3e5)  # median 2.5 ha
    for area, x, y, kind in zip(areas, rng.uniform(X_MIN, X_MIN + WIDTH, PATCHES),
                                rng.uniform(Y_MIN, Y_MIN + HEIGHT, PATCHES),
                                rng.choice(["boisement", "zone_humide", "terril", "parc"], PATCHES)):
        radius = math.sqrt(area / math.pi)
        count = int(rng.integers(7, 13))
        angles = numpy.sort(rng.uniform(0, 2 * math.pi, count))
        radii = radius * rng.uniform(0.75, 1.25, count)
        ring = [QgsPointXY(x + r * math.cos(a), y + r * math.sin(a)) for a, r in zip(angles, radii)]
        feature = QgsFeature(patches.fields())
        feature.setGeometry(QgsGeometry.fromPolygonXY([ring + ring[:1]]))
        feature.setAttributes([str(kind)])
        features.append(feature)
    patches.dataProvider().addFeatures(features)

    motorways = QgsVectorLayer("LineString?crs=EPSG:2154&field=nom:string", "autoroutes", "memory")
    lines = []
    for number in range(MOTORWAYS):
        y = Y_MIN + HEIGHT * (number + 0.5) / MOTORWAYS
        points = []
        for x in numpy.linspace(X_MIN, X_MIN + WIDTH, 41):
            y = min(max(y + rng.normal(0, 400), Y_MIN), Y_MIN + HEIGHT)
            points.append(QgsPointXY(x, y))
        feature = QgsFeature(motorways.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY(points))
        feature.setAttributes(["A{}".format(number + 1)])
        lines.append(feature)
    motorways.dataProvider().addFeatures(lines)

    land_use = QgsVectorLayer("Polygon?crs=EPSG:2154&field=classe:string", "occupation_sol", "memory")
    names = [c for c, _p in CLASSES]
    weights = numpy.array([p for _c, p in CLASSES])
    blocks = []
    columns, rows = int(WIDTH / BLOCK), int(HEIGHT / BLOCK)
    picks = rng.choice(len(names), columns * rows, p=weights / weights.sum())
    for k in range(columns * rows):
        row, column = divmod(k, columns)
        x, y = X_MIN + column * BLOCK, Y_MIN + row * BLOCK
        feature = QgsFeature(land_use.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
            x, y, x + BLOCK, y + BLOCK)))
        feature.setAttributes([names[picks[k]]])
        blocks.append(feature)
    for line in lines:  # the motorways themselves, 40 m wide, on top
        feature = QgsFeature(land_use.fields())
        feature.setGeometry(line.geometry().buffer(20, 2))
        feature.setAttributes(["autoroute"])
        blocks.append(feature)
    land_use.dataProvider().addFeatures(blocks)
    return patches, motorways, land_use


def _schema(patches, motorways, land_use, least_cost):
    import processing

    params = {"HABITATS": [patches], "BARRIERS": [motorways], "MIN_RESERVOIR_HA": 5, "MERGE_DISTANCE_M": 50,
              "MAX_CORRIDOR_M": 1000, "OUTPUT_RESERVOIRS": "TEMPORARY_OUTPUT",
              "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT", "OUTPUT_CONFLITS": "TEMPORARY_OUTPUT"}
    if least_cost:
        params.update(RESISTANCE=land_use, RESISTANCE_FIELD="classe", RESOLUTION_M=RESOLUTION)
    start = time.perf_counter()
    result = processing.run("mbm:trame_verte_schema", params)
    seconds = time.perf_counter() - start
    return seconds, [result[k].featureCount() for k in ("OUTPUT_RESERVOIRS", "OUTPUT_CORRIDORS",
                                                         "OUTPUT_CONFLITS")]


def _cost_rasters(patches, land_use, folder):
    """The plugin's own cost raster and source cells for the basin, written as GeoTIFF for GRASS."""
    from osgeo import gdal
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from bassin_minier.mbm_qgis_plugin.trame_verte.friction import load_friction_table
    from bassin_minier.mbm_qgis_plugin.trame_verte.layers import read_patches, read_resistance
    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import Grid, cell_costs, rasterise
    from bassin_minier.mbm_qgis_plugin.trame_verte.reservoirs import reservoirs_from_patches

    crs = QgsCoordinateReferenceSystem("EPSG:2154")
    context = QgsProject.instance().transformContext()
    reservoirs = reservoirs_from_patches(read_patches([patches], crs, context, warn=lambda m: None), 5, 50)
    shapes = read_resistance(land_use, "classe", load_friction_table(), crs, context, warn=lambda m: None)
    extent = land_use.extent()
    extent.grow(1000)
    grid = Grid.covering(extent, RESOLUTION)
    friction = rasterise(grid, sorted(shapes, key=lambda s: s[1]), 100.0, numpy.float32, crs.toWkt())
    labels = rasterise(grid, [(r.geometry, k + 1) for k, r in enumerate(reservoirs)], 0, numpy.int32,
                       crs.toWkt())
    friction[labels > 0] = 0
    costs = cell_costs(friction)
    for name, array, kind in (("cost.tif", costs, gdal.GDT_Float32), ("sources.tif", labels, gdal.GDT_Int32)):
        raster = gdal.GetDriverByName("GTiff").Create(os.path.join(folder, name), grid.columns, grid.rows, 1, kind)
        raster.SetGeoTransform(grid.geotransform())
        raster.SetProjection(crs.toWkt())
        raster.GetRasterBand(1).WriteArray(array)
        raster = None
    return grid, costs, labels


def _grass_r_cost(folder):
    """Seconds of r.cost alone (import/export excluded) and its accumulated cost, or (None, None, why)."""
    grass = shutil.which("grass")
    if grass is None:
        return None, None, "GRASS absent"
    script = os.path.join(folder, "r_cost.sh")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write("""set -e
cd {d}
r.in.gdal -o input=cost.tif output=cost --quiet
r.in.gdal -o input=sources.tif output=sources --quiet
g.region raster=cost
r.null map=sources setnull=0
start=$(date +%s.%N)
r.cost input=cost output=acc start_raster=sources memory=2000 --quiet
end=$(date +%s.%N)
echo "RCOST_SECONDS $start $end"
r.out.gdal input=acc output=acc.tif format=GTiff type=Float64 --quiet
""".format(d=folder))
    completed = subprocess.run([grass, "--tmp-location", "EPSG:2154", "--exec", "bash", script],
                               capture_output=True, text=True, timeout=1800)
    line = [text for text in completed.stdout.splitlines() if text.startswith("RCOST_SECONDS")]
    if not line or not os.path.exists(os.path.join(folder, "acc.tif")):
        return None, None, (completed.stderr or completed.stdout)[-300:]
    _tag, start, end = line[0].split()
    from osgeo import gdal

    dataset = gdal.Open(os.path.join(folder, "acc.tif"))
    acc = dataset.GetRasterBand(1).ReadAsArray()
    dataset = None
    return float(end) - float(start), acc, ""


def run(log=print):
    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import cost_distance

    patches, motorways, land_use = synthetic_basin()
    log("basin: {} patches, {} motorways, {} land-use polygons".format(
        patches.featureCount(), motorways.featureCount(), land_use.featureCount()))
    base_mb = _peak_mb()
    straight_s, straight_counts = _schema(patches, motorways, land_use, least_cost=False)
    log("straight schema: {:.1f} s {}".format(straight_s, straight_counts))
    least_s, least_counts = _schema(patches, motorways, land_use, least_cost=True)
    schema_peak_mb = _peak_mb()
    log("least-cost schema: {:.1f} s {} peak {:.0f} MB".format(least_s, least_counts, schema_peak_mb))

    folder = tempfile.mkdtemp(prefix="bench_tv_")
    try:
        grid, costs, labels = _cost_rasters(patches, land_use, folder)
        sources = numpy.flatnonzero(labels.reshape(-1))
        start = time.perf_counter()
        accumulated, _pred, _origin = cost_distance(costs, sources, RESOLUTION)
        plugin_s = time.perf_counter() - start
        log("plugin cost-distance: {:.1f} s on {} × {} cells".format(plugin_s, grid.columns, grid.rows))
        grass_s, grass_acc, why = _grass_r_cost(folder)
        if grass_s is not None:
            ours = accumulated.reshape(grid.rows, grid.columns) / RESOLUTION  # r.cost counts in cells
            valid = numpy.isfinite(ours) & numpy.isfinite(grass_acc) & (grass_acc > 0)
            relative = numpy.abs(ours[valid] - grass_acc[valid]) / grass_acc[valid]
            agreement = "median {:.2%}, 99th percentile {:.2%}".format(float(numpy.median(relative)),
                                                                       float(numpy.percentile(relative, 99)))
            log("r.cost: {:.1f} s; difference {}".format(grass_s, agreement))
        else:
            agreement = "r.cost not run: {}".format(why)
            log(agreement)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    cells = grid.columns * grid.rows
    rows = [
        "## Trame verte — schema of a whole basin, and cost distance against GRASS r.cost",
        "",
        "Synthetic basin of {:.0f} × {:.0f} km (seeded): {} habitat patches (median 2.5 ha), {} motorways "
        "(barriers, and 40 m of friction 10 000 in the resistance), {} land-use blocks of {:.0f} m classed "
        "with the default friction table. `mbm:trame_verte_schema` with MIN_RESERVOIR_HA 5, MERGE_DISTANCE_M "
        "50, MAX_CORRIDOR_M 1000; least-cost corridors at {:.0f} m ({} cells, 8 neighbours). The "
        "cost-distance step (accumulated cost from every réservoir at once) is timed alone and compared with "
        "GRASS `r.cost` (8 neighbours, the engine BioDispersal uses) on the same cost raster and the same "
        "start cells, in the same run; import/export into GRASS is not counted.".format(
            WIDTH / 1000, HEIGHT / 1000, PATCHES, MOTORWAYS, land_use.featureCount() - MOTORWAYS, BLOCK,
            RESOLUTION, "{:,}".format(cells).replace(",", " ")),
        "",
        "| step | seconds | result |",
        "|---|---:|---|",
        "| schema, straight corridors | {:.1f} | {} réservoirs, {} corridors, {} conflict points |".format(
            straight_s, *straight_counts),
        "| schema, least-cost corridors at {:.0f} m | {:.1f} | {} réservoirs, {} corridors, {} conflict points |"
        .format(RESOLUTION, least_s, *least_counts),
        "| cost distance, plugin (scipy Dijkstra) | {:.1f} | {} cells |".format(
            plugin_s, "{:,}".format(cells).replace(",", " ")),
        "| cost distance, GRASS r.cost | {} | same raster; difference {} |".format(
            "{:.1f}".format(grass_s) if grass_s is not None else "—", agreement),
        "",
        "Peak memory of the process after the least-cost schema (QGIS included): {:.0f} MB "
        "(before the schema: {:.0f} MB). Budget: schema under 60 s, memory under 2 GB.".format(
            schema_peak_mb, base_mb),
    ]
    return "\n".join(rows)
