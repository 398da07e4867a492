"""Least-cost corridors on a friction raster: rasterise (GDAL), accumulate cost (Dijkstra, scipy), trace.

Friction follows the BioDispersal scale (0 = habitat … 10 000 = barrier). A cell costs max(friction, 1)
per metre crossed, so distance always counts, even across habitat; a step between two cells costs the
mean of their two costs times the step length (resolution, or resolution × √2 diagonally). The
accumulated cost of a corridor is therefore in "metres × friction": a straight corridor across land of
friction 1 costs its length.
"""

import math

import numpy

SQRT2 = math.sqrt(2.0)
# The 8 neighbours (row offset, column offset).
NEIGHBOURS = tuple((dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
# Half of them: each unordered pair of neighbouring cells once.
FORWARD = ((0, 1), (1, -1), (1, 0), (1, 1))


# About 200 bytes a cell at the peak (friction, labels, costs, the 8-neighbour graph, Dijkstra's arrays):
# 20 million cells is about 4 GB. Beyond, QGIS would be killed for lack of memory: refuse first.
MAX_CELLS = 20000000


class CostDistanceUnavailable(RuntimeError):
    """scipy is missing: least-cost corridors cannot be computed."""


class GridTooLarge(ValueError):
    """The friction raster would not fit in memory at this resolution."""

    def __init__(self, cells, resolution, suggested_resolution):
        super().__init__("{} cells at {} m".format(cells, resolution))
        self.cells, self.resolution, self.suggested_resolution = cells, resolution, suggested_resolution


def check_grid_size(grid, max_cells=MAX_CELLS):
    """Raise GridTooLarge, with the finest resolution that fits (rounded up to 5 m), when the grid has more
    than max_cells cells."""
    if grid.size <= max_cells:
        return
    area = grid.size * grid.resolution ** 2
    suggested = 5 * math.ceil(math.sqrt(area / max_cells) / 5.0)
    raise GridTooLarge(grid.size, grid.resolution, suggested)


def _dijkstra():
    try:
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra
    except ImportError as error:  # scipy ships with QGIS on Windows/macOS, is python3-scipy on Debian
        raise CostDistanceUnavailable(str(error)) from error
    return csr_matrix, dijkstra


class Grid:
    """A north-up raster grid: top-left corner (x_min, y_max), square cells of `resolution` metres."""

    def __init__(self, x_min, y_max, resolution, columns, rows):
        self.x_min, self.y_max, self.resolution = x_min, y_max, resolution
        self.columns, self.rows = columns, rows

    @classmethod
    def covering(cls, rectangle, resolution):
        """The grid of cells snapped to multiples of resolution that covers a QgsRectangle."""
        x_min = math.floor(rectangle.xMinimum() / resolution) * resolution
        y_min = math.floor(rectangle.yMinimum() / resolution) * resolution
        x_max = math.ceil(rectangle.xMaximum() / resolution) * resolution
        y_max = math.ceil(rectangle.yMaximum() / resolution) * resolution
        return cls(x_min, y_max, resolution, max(1, int(round((x_max - x_min) / resolution))),
                   max(1, int(round((y_max - y_min) / resolution))))

    @property
    def size(self):
        return self.rows * self.columns

    def geotransform(self):
        return (self.x_min, self.resolution, 0.0, self.y_max, 0.0, -self.resolution)

    def cell_of(self, x, y):
        column = int((x - self.x_min) // self.resolution)
        row = int((self.y_max - y) // self.resolution)
        return min(max(row, 0), self.rows - 1), min(max(column, 0), self.columns - 1)

    def centre(self, flat_index):
        row, column = divmod(int(flat_index), self.columns)
        return (self.x_min + (column + 0.5) * self.resolution, self.y_max - (row + 0.5) * self.resolution)

    def window(self, rectangle):
        """(row0, row1, col0, col1) of the cells covering a rectangle, clipped to the grid."""
        row0, col0 = self.cell_of(rectangle.xMinimum(), rectangle.yMaximum())
        row1, col1 = self.cell_of(rectangle.xMaximum(), rectangle.yMinimum())
        return row0, row1 + 1, col0, col1 + 1


def rasterise(grid, shapes, fill, dtype, wkt_crs="", all_touched=False):
    """A (rows, columns) array: `fill`, then each (QgsGeometry, value) of shapes burnt in order (a later
    shape overwrites an earlier one) at cell centres — or, with all_touched, in every cell a shape
    touches —, with GDAL's rasteriser."""
    from osgeo import gdal, ogr, osr

    gdal_type = gdal.GDT_Float32 if numpy.dtype(dtype).kind == "f" else gdal.GDT_Int32
    raster = gdal.GetDriverByName("MEM").Create("", grid.columns, grid.rows, 1, gdal_type)
    raster.SetGeoTransform(grid.geotransform())
    if wkt_crs:
        raster.SetProjection(wkt_crs)
    band = raster.GetRasterBand(1)
    band.Fill(fill)
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("")
    reference = None
    if wkt_crs:
        reference = osr.SpatialReference()
        reference.ImportFromWkt(wkt_crs)
    layer = vectors.CreateLayer("shapes", reference, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
    definition = layer.GetLayerDefn()
    for geometry, value in shapes:
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        feature.SetField("value", float(value))
        layer.CreateFeature(feature)
        feature = None
    options = ["ATTRIBUTE=value"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(raster, [1], layer, options=options)
    array = band.ReadAsArray().astype(dtype, copy=False)
    layer = vectors = band = raster = None  # free GDAL objects after reading, in this order
    return array


def step_graph(cell_cost, resolution):
    """The 8-neighbour graph of a (rows, columns) array of per-metre cell costs, as a CSR matrix.

    Each cell has exactly 8 entries (a neighbour outside the grid is replaced by a zero-cost loop on
    the cell itself), so the matrix is built in place without a COO copy: 12 bytes per edge."""
    csr_matrix, _dijkstra_function = _dijkstra()
    rows, columns = cell_cost.shape
    size = rows * columns
    index = numpy.arange(size, dtype=numpy.int32).reshape(rows, columns)
    targets = numpy.empty((rows, columns, 8), dtype=numpy.int32)
    weights = numpy.zeros((rows, columns, 8), dtype=numpy.float64)
    for k, (dy, dx) in enumerate(NEIGHBOURS):
        half_step = resolution * (SQRT2 if dy and dx else 1.0) / 2.0
        src_rows = slice(max(0, -dy), rows - max(0, dy))
        src_cols = slice(max(0, -dx), columns - max(0, dx))
        dst_rows = slice(max(0, dy), rows + min(0, dy))
        dst_cols = slice(max(0, dx), columns + min(0, dx))
        targets[:, :, k] = index
        targets[src_rows, src_cols, k] = index[dst_rows, dst_cols]
        weights[src_rows, src_cols, k] = half_step * (cell_cost[src_rows, src_cols]
                                                      + cell_cost[dst_rows, dst_cols])
    pointer_type = numpy.int64 if 8 * size >= 2 ** 31 else numpy.int32
    return csr_matrix((weights.reshape(-1), targets.reshape(-1),
                       numpy.arange(0, 8 * size + 1, 8, dtype=pointer_type)), shape=(size, size))


def step_cost(cell_cost_flat, columns, resolution, first, second):
    """Cost of the step between neighbouring flat cells first and second (arrays)."""
    diagonal = ((first // columns) != (second // columns)) & ((first % columns) != (second % columns))
    step = numpy.where(diagonal, resolution * SQRT2, resolution)
    return step * (cell_cost_flat[first] + cell_cost_flat[second]) / 2.0


def cell_costs(friction):
    """Per-metre cost of each cell: its friction, at least 1."""
    return numpy.maximum(friction.astype(numpy.float64), 1.0)


def cost_distance(cell_cost, sources, resolution):
    """Accumulated cost from the nearest of the flat `sources` cells, over the whole grid.

    Returns (cost, predecessor, origin): flat arrays; predecessor is -9999 at sources and unreached cells,
    origin is the source cell each cell is reached from."""
    _csr, dijkstra = _dijkstra()
    graph = step_graph(cell_cost, resolution)
    cost, predecessor, origin = dijkstra(graph, directed=True, indices=sources, return_predecessors=True,
                                         min_only=True)
    return cost, predecessor, origin


def zone_boundaries(zone, cost, cell_cost_flat, columns, resolution):
    """For each pair of neighbouring cost zones (a, b) with a < b: (cost, cell_a, cell_b) of the cheapest
    crossing of their boundary, i.e. the least-cost path between their réservoirs through two zones.

    zone: flat array of the réservoir number (≥ 1) each cell is reached from, 0 where none."""
    rows = zone.size // columns
    grid_zone = zone.reshape(rows, columns)
    index = numpy.arange(zone.size, dtype=numpy.int64).reshape(rows, columns)
    firsts, seconds = [], []
    for dy, dx in FORWARD:
        src_rows = slice(0, rows - dy)
        src_cols = slice(max(0, -dx), columns - max(0, dx))
        dst_rows = slice(dy, rows)
        dst_cols = slice(max(0, dx), columns + min(0, dx))
        here, there = grid_zone[src_rows, src_cols], grid_zone[dst_rows, dst_cols]
        mask = (here != there) & (here > 0) & (there > 0)
        firsts.append(index[src_rows, src_cols][mask])
        seconds.append(index[dst_rows, dst_cols][mask])
    first = numpy.concatenate(firsts)
    second = numpy.concatenate(seconds)
    if first.size == 0:
        return {}
    total = cost[first] + cost[second] + step_cost(cell_cost_flat, columns, resolution, first, second)
    swap = zone[first] > zone[second]
    cell_a = numpy.where(swap, second, first)
    cell_b = numpy.where(swap, first, second)
    zone_a, zone_b = zone[cell_a], zone[cell_b]
    order = numpy.lexsort((total, zone_b, zone_a))
    zone_a, zone_b, total, cell_a, cell_b = (array[order] for array in (zone_a, zone_b, total, cell_a, cell_b))
    first_of_pair = numpy.ones(zone_a.size, dtype=bool)
    first_of_pair[1:] = (zone_a[1:] != zone_a[:-1]) | (zone_b[1:] != zone_b[:-1])
    return {(int(a), int(b)): (float(c), int(u), int(v)) for a, b, c, u, v in zip(
        zone_a[first_of_pair], zone_b[first_of_pair], total[first_of_pair], cell_a[first_of_pair],
        cell_b[first_of_pair])}


def trace_back(predecessor, cell):
    """Cells from `cell` back to its source (inclusive), following predecessors."""
    path = [int(cell)]
    while predecessor[path[-1]] >= 0:
        path.append(int(predecessor[path[-1]]))
    return path


def least_cost_between(cell_cost_window, sources, targets, resolution):
    """Least-cost path between two sets of flat cells of a small window: (cost, cells from a source to
    the cheapest target) or None when no target is reached."""
    _csr, dijkstra = _dijkstra()
    graph = step_graph(cell_cost_window, resolution)
    cost, predecessor, _origin = dijkstra(graph, directed=True, indices=sources, return_predecessors=True,
                                          min_only=True)
    reached = targets[numpy.isfinite(cost[targets])]
    if reached.size == 0:
        return None
    target = reached[numpy.argmin(cost[reached])]
    return float(cost[target]), list(reversed(trace_back(predecessor, target)))
