"""Benchmark of the trame verte schema on a synthetic whole basin (at 25 m and 10 m) and on the sample data
(at 10 m), each in its own process so that its peak memory is its own; and the plugin's cost accumulation
against GRASS r.cost (BioDispersal's engine) on the same raster, in the same run.

run(log) returns the Markdown section of docs/benchmarks.md (make bench TASKS=trame_verte).
`python3 bench/bench_trame_verte.py --measure synthetic 25` runs one measured schema and prints its JSON."""

import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
X_MIN, Y_MIN, WIDTH, HEIGHT = 640000.0, 7010000.0, 100000.0, 40000.0  # 100 × 40 km, Lambert-93
PATCHES = 5000
MOTORWAYS = 4
BLOCK = 500.0  # land-use blocks of the synthetic resistance layer
CLASSES = (("culture", 0.50), ("prairie", 0.20), ("tissu_urbain", 0.12), ("friche", 0.10),
           ("boisement_feuillus", 0.05), ("zone_activite", 0.03))
MAX_CORRIDOR_M = 1000.0
SCHEMA = {"MIN_RESERVOIR_HA": 5, "MERGE_DISTANCE_M": 50, "MAX_CORRIDOR_M": MAX_CORRIDOR_M}


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


def sample_basin():
    """The sample data as the demo uses it: habitat layers, barriers, and a land-use layer built from the
    sample layers (cités = urban fabric, terrils, cavaliers, railways, motorways; crops elsewhere)."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import demo_trame_verte as demo

    habitats = [demo._layer(demo.SYNTH, name) for name in ("boisements", "zones_humides", "terrils", "parcs")]
    barriers = [demo._layer(demo.SYNTH, name) for name in ("autoroutes", "voies_ferrees")]
    return habitats, barriers, demo.land_use_layer()


class PeakMemory:
    """Peak resident memory of this process while a block runs, above what it held when the block began:
    Linux's high-water mark (VmHWM) is reset at the start (/proc/self/clear_refs), so the peak is the
    block's own, numpy buffers, GDAL and GEOS included."""

    def __enter__(self):
        self.reset = False
        try:
            with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
                handle.write("5")
            self.reset = True
        except OSError:
            pass
        self.start_kb = self._status("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return self

    def __exit__(self, *_exc):
        peak_kb = self._status("VmHWM") if self.reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.peak_bytes = max(0, peak_kb - self.start_kb) * 1024

    @staticmethod
    def _status(key):
        try:
            with open("/proc/self/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith(key + ":"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None


def _study_area_cells(reservoirs, resolution):
    """Cells of the study area: the raster covering every réservoir and MAX_CORRIDOR_M around them (the one
    grid the schema used before it worked window by window)."""
    from qgis.core import QgsRectangle

    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import Grid

    extent = QgsRectangle(reservoirs[0].geometry.boundingBox())
    for reservoir in reservoirs[1:]:
        extent.combineExtentWith(reservoir.geometry.boundingBox())
    extent.grow(MAX_CORRIDOR_M)
    return Grid.covering(extent, resolution).size


def measure(case, resolution):
    """One measured least-cost schema (run in a fresh process): a dict of seconds, memory and counts."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from qgis_headless import start_qgis

    app, plugin = start_qgis()
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from bassin_minier.mbm_qgis_plugin.trame_verte.friction import load_friction_table
    from bassin_minier.mbm_qgis_plugin.trame_verte.layers import read_patches, read_resistance
    from bassin_minier.mbm_qgis_plugin.trame_verte.reservoirs import reservoirs_from_patches
    from bassin_minier.mbm_qgis_plugin.trame_verte.schema import (least_cost_corridors, least_cost_windows,
                                                                  linked_pairs)

    if case == "synthetic":
        patches, motorways, land_use = synthetic_basin()
        habitats, barriers, sous_trame = [patches], [motorways], "sous_trame"
    else:
        habitats, barriers, land_use = sample_basin()
        sous_trame = "sous_trame"
    result = {"case": case, "resolution": resolution}
    params = dict(SCHEMA, HABITATS=habitats, BARRIERS=barriers, SOUS_TRAME_FIELD=sous_trame,
                  OUTPUT_RESERVOIRS="TEMPORARY_OUTPUT", OUTPUT_CORRIDORS="TEMPORARY_OUTPUT",
                  OUTPUT_CONFLITS="TEMPORARY_OUTPUT")
    if case == "synthetic" and resolution == 25:
        start = time.perf_counter()
        straight = processing.run("mbm:trame_verte_schema", params)
        result["straight_seconds"] = time.perf_counter() - start
        result["straight_counts"] = [straight[k].featureCount() for k in
                                     ("OUTPUT_RESERVOIRS", "OUTPUT_CORRIDORS", "OUTPUT_CONFLITS")]
        del straight
    params.update(RESISTANCE=land_use, RESISTANCE_FIELD="classe", RESOLUTION_M=resolution)
    with PeakMemory() as memory:
        start = time.perf_counter()
        schema = processing.run("mbm:trame_verte_schema", params)
        result["schema_seconds"] = time.perf_counter() - start
        result["counts"] = [schema[k].featureCount() for k in
                            ("OUTPUT_RESERVOIRS", "OUTPUT_CORRIDORS", "OUTPUT_CONFLITS")]
    result["schema_peak_bytes"] = memory.peak_bytes
    del schema

    # The least-cost step alone (rasters, cost accumulation, tracing), on the same réservoirs.
    crs = QgsCoordinateReferenceSystem("EPSG:2154")
    context = QgsProject.instance().transformContext()
    patches = read_patches(habitats, crs, context, sous_trame, warn=lambda m: None)
    reservoirs = reservoirs_from_patches(patches, SCHEMA["MIN_RESERVOIR_HA"], SCHEMA["MERGE_DISTANCE_M"])
    shapes = read_resistance(land_use, "classe", load_friction_table(), crs, context, warn=lambda m: None)
    pairs = linked_pairs(reservoirs, MAX_CORRIDOR_M)
    windows = least_cost_windows(reservoirs, pairs, resolution, MAX_CORRIDOR_M)
    start = time.perf_counter()
    least_cost_corridors(reservoirs, pairs, shapes, resolution, 100.0, 1000.0, MAX_CORRIDOR_M, None, crs.toWkt())
    result["step_seconds"] = time.perf_counter() - start
    result["windows"] = len(windows)
    result["window_cells"] = sum(grid.size for _m, _p, grid in windows)
    result["largest_window_cells"] = max((grid.size for _m, _p, grid in windows), default=0)
    result["study_area_cells"] = _study_area_cells(reservoirs, resolution)
    plugin.unload()
    del app
    return result


def _measured(case, resolution, log):
    """measure() in a fresh Python process (its own peak memory), or None when it failed."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, os.path.abspath(__file__), "--measure", case, str(resolution)],
                               capture_output=True, text=True, env=environment, timeout=3600)
    lines = [line for line in completed.stdout.splitlines() if line.startswith("BENCH_JSON ")]
    if completed.returncode != 0 or not lines:
        log("{} at {:g} m failed: {}".format(case, resolution, (completed.stderr or completed.stdout)[-500:]))
        return None
    result = json.loads(lines[-1][len("BENCH_JSON "):])
    log("{} at {:g} m: schema {:.1f} s, least-cost step {:.1f} s, peak {:.0f} MB = {:.1f} bytes a cell of {} cells"
        .format(case, resolution, result["schema_seconds"], result["step_seconds"],
                result["schema_peak_bytes"] / 2 ** 20, result["schema_peak_bytes"] / result["study_area_cells"],
                result["study_area_cells"]))
    return result


def _cost_rasters(patches, land_use, folder, resolution):
    """The whole basin's friction raster and start cells (every réservoir), written as GeoTIFF for GRASS
    (cost per metre = max(friction, 1), as the plugin counts it)."""
    from osgeo import gdal
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from bassin_minier.mbm_qgis_plugin.trame_verte.friction import load_friction_table
    from bassin_minier.mbm_qgis_plugin.trame_verte.layers import read_patches, read_resistance
    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import Grid, rasterise
    from bassin_minier.mbm_qgis_plugin.trame_verte.reservoirs import reservoirs_from_patches

    crs = QgsCoordinateReferenceSystem("EPSG:2154")
    context = QgsProject.instance().transformContext()
    reservoirs = reservoirs_from_patches(read_patches([patches], crs, context, warn=lambda m: None), 5, 50)
    shapes = read_resistance(land_use, "classe", load_friction_table(), crs, context, warn=lambda m: None)
    extent = land_use.extent()
    extent.grow(MAX_CORRIDOR_M)
    grid = Grid.covering(extent, resolution)
    friction = rasterise(grid, sorted(shapes, key=lambda s: s[1]), 100.0, numpy.float32, crs.toWkt())
    labels = rasterise(grid, [(r.geometry, k + 1) for k, r in enumerate(reservoirs)], 0, numpy.int32,
                       crs.toWkt())
    friction[labels > 0] = 0
    for name, array, kind in (("cost.tif", numpy.maximum(friction, 1.0), gdal.GDT_Float32),
                              ("sources.tif", labels, gdal.GDT_Int32)):
        raster = gdal.GetDriverByName("GTiff").Create(os.path.join(folder, name), grid.columns, grid.rows, 1, kind)
        raster.SetGeoTransform(grid.geotransform())
        raster.SetProjection(crs.toWkt())
        raster.GetRasterBand(1).WriteArray(array)
        raster = None
    return grid, friction, labels


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


def _compare_with_r_cost(log, resolution=25.0):
    """The plugin's cost accumulation and r.cost on the whole basin's raster: seconds of each, agreement."""
    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import accumulated_cost

    patches, _motorways, land_use = synthetic_basin()
    folder = tempfile.mkdtemp(prefix="bench_tv_")
    try:
        grid, friction, labels = _cost_rasters(patches, land_use, folder, resolution)
        start = time.perf_counter()
        accumulated = accumulated_cost(friction, labels, resolution)
        plugin_s = time.perf_counter() - start
        log("plugin cost accumulation: {:.1f} s on {} × {} cells".format(plugin_s, grid.columns, grid.rows))
        grass_s, grass_acc, why = _grass_r_cost(folder)
        if grass_s is not None:
            ours = accumulated / resolution  # r.cost counts in cells
            valid = numpy.isfinite(ours) & numpy.isfinite(grass_acc) & (grass_acc > 0)
            relative = numpy.abs(ours[valid] - grass_acc[valid]) / grass_acc[valid]
            agreement = "relative difference: median {:.1e}, maximum {:.1e}".format(
                float(numpy.median(relative)), float(relative.max()))
            log("r.cost: {:.1f} s; {}".format(grass_s, agreement))
        else:
            agreement = "r.cost not run: {}".format(why)
            log(agreement)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return grid.size, plugin_s, grass_s, agreement


def _spaced(number):
    return "{:,}".format(int(number)).replace(",", " ")


def run(log=print):
    at_25 = _measured("synthetic", 25, log)
    at_10 = _measured("synthetic", 10, log)
    sample_10 = _measured("sample", 10, log)
    cells, plugin_s, grass_s, agreement = _compare_with_r_cost(log)

    def counts(result):
        return "{} réservoirs, {} corridors, {} conflict points".format(*result["counts"]) if result else "failed"

    def seconds(result, key):
        return "{:.1f}".format(result[key]) if result else "—"

    rows = [
        "## Trame verte — schema of a whole basin, least-cost step against GRASS r.cost, memory",
        "",
        "Synthetic basin of {:.0f} × {:.0f} km (seeded): {} habitat patches (median 2.5 ha), {} motorways "
        "(barriers, and 40 m of friction 10 000 in the resistance), {} land-use blocks of {:.0f} m classed "
        "with the default friction table. `mbm:trame_verte_schema` with MIN_RESERVOIR_HA 5, MERGE_DISTANCE_M "
        "50, MAX_CORRIDOR_M 1000, least-cost corridors (8 neighbours). Each schema runs in a fresh process: "
        "its peak memory is the rise of the process's resident memory above what it held when the schema "
        "started (Linux high-water mark VmHWM, reset just before: numpy, GDAL and GEOS included), divided by "
        "the cells of the study area — the raster covering every réservoir and MAX_CORRIDOR_M around it. "
        "The least-cost step (rasters, cost accumulation, tracing) is also timed alone. GRASS `r.cost` "
        "(8 neighbours, the engine BioDispersal uses) then runs on the whole basin's friction raster at 25 m "
        "with every réservoir as start cells, against the plugin's cost accumulation on the same raster, in "
        "the same run; import/export into GRASS is not counted. The machine is shared (2 cores): timings "
        "are noisy.".format(WIDTH / 1000, HEIGHT / 1000, _spaced(PATCHES), MOTORWAYS, _spaced(WIDTH / BLOCK * HEIGHT / BLOCK),
                            BLOCK),
        "",
        "| step | seconds | result |",
        "|---|---:|---|",
    ]
    if at_25:
        rows.append("| schema, straight corridors | {:.1f} | {} réservoirs, {} corridors, {} conflict points |"
                    .format(at_25["straight_seconds"], *at_25["straight_counts"]))
    for label, result in (("synthetic basin at 25 m", at_25), ("synthetic basin at 10 m", at_10),
                          ("sample data at 10 m", sample_10)):
        rows.append("| schema, least-cost corridors, {} | {} | {} |".format(label, seconds(result, "schema_seconds"),
                                                                           counts(result)))
        if result:
            rows.append("| least-cost step alone, {} | {:.1f} | {} windows, {} cells computed of {} in the "
                        "study area |".format(label, result["step_seconds"], result["windows"],
                                              _spaced(result["window_cells"]), _spaced(result["study_area_cells"])))
    rows += [
        "| cost accumulation on the whole raster at 25 m, plugin (numpy sweeps) | {:.1f} | {} cells |".format(
            plugin_s, _spaced(cells)),
        "| cost accumulation on the same raster, GRASS r.cost | {} | {} |".format(
            "{:.1f}".format(grass_s) if grass_s is not None else "—", agreement),
        "",
        "| least-cost schema | study area (cells) | largest window (cells) | peak memory (MB) | bytes per cell |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, result in (("synthetic basin at 25 m", at_25), ("synthetic basin at 10 m", at_10),
                          ("sample data at 10 m", sample_10)):
        if result:
            rows.append("| {} | {} | {} | {:.0f} | {:.1f} |".format(
                label, _spaced(result["study_area_cells"]), _spaced(result["largest_window_cells"]),
                result["schema_peak_bytes"] / 2 ** 20, result["schema_peak_bytes"] / result["study_area_cells"]))
    rows += ["", "Budget: least-cost step at least as fast as r.cost on the same raster; at most 60 bytes per cell "
             "of the study area; the whole basin at 10 m on a machine with 8 GB."]
    return "\n".join(rows)


if __name__ == "__main__" and len(sys.argv) >= 4 and sys.argv[1] == "--measure":
    print("BENCH_JSON " + json.dumps(measure(sys.argv[2], float(sys.argv[3]))), flush=True)
