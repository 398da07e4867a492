"""The least-cost engine: exact against Dijkstra and GRASS r.cost, memory measured, cancellable."""

import math
import shutil
import subprocess
import tracemalloc

import numpy
import pytest

from bassin_minier.mbm_qgis_plugin.trame_verte import least_cost

X0, Y0 = 680000.0, 7030000.0
RESOLUTION = 25.0


def _landscape(rows, columns, seed, sources=5):
    """A friction raster on the BioDispersal scale with blocks, a wall with one gap, and numbered sources."""
    rng = numpy.random.default_rng(seed)
    friction = rng.choice(numpy.array([0, 5, 30, 100, 10000], dtype=numpy.float32), size=(rows, columns),
                          p=[0.1, 0.2, 0.3, 0.3, 0.1])
    friction[:, columns // 2] = 10000.0  # a motorway…
    friction[rows // 3, columns // 2] = 100.0  # …with one crossing
    zone = numpy.zeros((rows, columns), dtype=numpy.int32)
    for number in range(1, sources + 1):
        row, column = rng.integers(0, rows), rng.integers(0, columns)
        zone[row, column] = number
        friction[row, column] = 0.0
    return friction, zone


def _dijkstra(friction, zone, resolution):
    """Reference: scipy's Dijkstra on the explicit 8-neighbour graph (cost, source number of each cell)."""
    csgraph = pytest.importorskip("scipy.sparse.csgraph")
    from scipy.sparse import coo_matrix

    rows, columns = friction.shape
    cost = numpy.maximum(friction.astype(numpy.float64), 1.0)
    index = numpy.arange(rows * columns).reshape(rows, columns)
    heads, tails, weights = [], [], []
    for dy, dx in least_cost.NEIGHBOURS:
        source = index[max(0, -dy):rows - max(0, dy), max(0, -dx):columns - max(0, dx)]
        target = index[max(0, dy):rows + min(0, dy), max(0, dx):columns + min(0, dx)]
        length = resolution * (math.sqrt(2) if dy and dx else 1.0)
        heads.append(source.ravel())
        tails.append(target.ravel())
        weights.append(length * (cost.ravel()[source.ravel()] + cost.ravel()[target.ravel()]) / 2)
    graph = coo_matrix((numpy.concatenate(weights), (numpy.concatenate(heads), numpy.concatenate(tails))),
                       shape=(rows * columns, rows * columns)).tocsr()
    sources = numpy.flatnonzero(zone.ravel())
    distance, _predecessor, origin = csgraph.dijkstra(graph, indices=sources, min_only=True,
                                                      return_predecessors=True)
    return distance.reshape(rows, columns), zone.ravel()[origin].reshape(rows, columns)


@pytest.mark.parametrize("rows, columns, seed", [(1, 40, 1), (37, 1, 2), (60, 90, 3), (120, 70, 4)])
def test_accumulated_cost_is_the_least_cost_of_dijkstra(rows, columns, seed):
    friction, zone = _landscape(rows, columns, seed, sources=1 if min(rows, columns) == 1 else 5)
    expected, expected_zone = _dijkstra(friction, zone, RESOLUTION)
    cost = least_cost.accumulated_cost(friction, zone, RESOLUTION)
    assert numpy.allclose(cost, expected, rtol=1e-9, atol=0)
    # Each cell is reached from the source Dijkstra reaches it from (ties aside: none on this raster).
    assert (zone == expected_zone).mean() > 0.999


def test_accumulated_cost_equals_grass_r_cost_on_a_shared_raster(tmp_path):
    """The same friction raster and start cells through GRASS r.cost (8 neighbours): the same costs."""
    grass = shutil.which("grass")
    if grass is None:
        pytest.skip("GRASS is not installed")
    from osgeo import gdal

    friction, zone = _landscape(150, 210, 7)
    cost_per_metre = numpy.maximum(friction, 1.0)
    for name, array, kind in (("cost.tif", cost_per_metre, gdal.GDT_Float32), ("start.tif", zone, gdal.GDT_Int32)):
        raster = gdal.GetDriverByName("GTiff").Create(str(tmp_path / name), 210, 150, 1, kind)
        raster.SetGeoTransform((X0, RESOLUTION, 0, Y0, 0, -RESOLUTION))
        raster.GetRasterBand(1).WriteArray(array)
        raster = None
    script = tmp_path / "r_cost.sh"
    script.write_text("set -e\ncd {}\n"
                      "r.in.gdal -o input=cost.tif output=cost --quiet\n"
                      "r.in.gdal -o input=start.tif output=start --quiet\n"
                      "g.region raster=cost\nr.null map=start setnull=0\n"
                      "r.cost input=cost output=acc start_raster=start --quiet\n"
                      "r.out.gdal input=acc output=acc.tif format=GTiff type=Float64 --quiet\n".format(tmp_path))
    subprocess.run([grass, "--tmp-location", "EPSG:2154", "--exec", "bash", str(script)], check=True,
                   capture_output=True, timeout=300)
    dataset = gdal.Open(str(tmp_path / "acc.tif"))
    grass_cost = dataset.GetRasterBand(1).ReadAsArray()
    dataset = None
    cost = least_cost.accumulated_cost(friction, zone.copy(), RESOLUTION)
    assert numpy.allclose(cost / RESOLUTION, grass_cost, rtol=1e-9, atol=1e-9)  # r.cost counts in cells


def test_accumulated_cost_stops_soon_after_cancel():
    friction, zone = _landscape(400, 300, 11)
    asked = []

    def is_canceled():
        asked.append(True)
        return len(asked) > 3  # cancelled after about 3 × 32 rows

    with pytest.raises(least_cost.Canceled):
        least_cost.accumulated_cost(friction, zone, RESOLUTION, is_canceled)
    assert len(asked) == 4  # it looked at the button every few rows and stopped at the first "yes"


def test_rasterising_stops_on_cancel(qgis_app):
    from qgis.core import QgsGeometry

    shapes = [(QgsGeometry.fromWkt("POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(
        x=X0 + 10 * k, y=Y0, x2=X0 + 10 * k + 5, y2=Y0 + 500)), 100.0) for k in range(50)]
    grid = least_cost.Grid(X0, Y0 + 500, 1.0, 600, 500)
    with pytest.raises(least_cost.Canceled):
        least_cost.ShapeLayer(shapes).burn(numpy.zeros(grid.shape, numpy.float32), grid, is_canceled=lambda: True)


def test_a_schema_window_needs_at_most_60_bytes_a_cell(qgis_app):
    """Peak of the numpy buffers (traced by tracemalloc; GDAL writes into them) while least-cost corridors
    are made in one window of 2.6 million cells: within 60 bytes a cell of the study area."""
    from qgis.core import QgsGeometry

    from bassin_minier.mbm_qgis_plugin.trame_verte.reservoirs import Reservoir
    from bassin_minier.mbm_qgis_plugin.trame_verte.schema import least_cost_corridors, least_cost_windows, linked_pairs

    def square(x, y, side):
        return QgsGeometry.fromWkt("POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(
            x=x, y=y, x2=x + side, y2=y + side))

    reservoirs = [Reservoir(k + 1, "boisement", square(X0 + (k % 6) * 700, Y0 + (k // 6) * 700, 300), 9.0, 1)
                  for k in range(36)]
    resistance = [(square(X0 + 350 * i, Y0 + 350 * j, 350), (5.0, 100.0, 10000.0)[(i * 7 + j * 3) % 3])
                  for i in range(12) for j in range(12)]
    pairs = linked_pairs(reservoirs, 1000.0)
    windows = least_cost_windows(reservoirs, pairs, 3.0, 1000.0)
    assert len(windows) == 1
    cells = windows[0][2].size
    assert cells > 2.5e6
    tracemalloc.start()
    try:
        corridors = least_cost_corridors(reservoirs, pairs, resistance, 3.0, 100.0, 1000.0, 1000.0)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(corridors) == len(pairs) > 30
    assert peak / cells <= 60, "{:.1f} bytes a cell".format(peak / cells)
    assert peak / cells <= least_cost.BYTES_PER_CELL + 4  # what the window's memory check assumes


def test_windows_are_refused_before_any_raster_when_too_large():
    grid = least_cost.Grid(X0, Y0, 1.0, 20000, 10000)
    with pytest.raises(least_cost.GridTooLarge) as error:
        least_cost.check_grid_size(grid, max_cells=150e6)
    assert error.value.suggested_resolution == 5 * math.ceil(math.sqrt(200e6 / 150e6) / 5)
