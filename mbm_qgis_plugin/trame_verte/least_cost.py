"""Least-cost corridors on a friction raster: rasterise (GDAL), accumulate cost (raster sweeps, numpy), trace.

Friction follows the BioDispersal scale (0 = habitat … 10 000 = barrier). A cell costs max(friction, 1)
per metre crossed, so distance always counts, even across habitat; a step between two cells costs the
mean of their two costs times the step length (resolution, or resolution × √2 diagonally), with 8
neighbours — the cost model of GRASS r.cost. The accumulated cost of a corridor is therefore in
"metres × friction": a straight corridor across land of friction 1 costs its length.

The accumulated cost is computed by alternate downward and upward sweeps of the raster (a label-correcting
shortest-path method): a downward sweep relaxes each row from the row above (3 neighbours), then along
the row both ways at once (a running minimum over cumulative step costs). A sweep settles every path that
does not turn back upwards; sweeps repeat, each over the rows that can still change, until one changes
nothing. The result is the exact least cost (the same as Dijkstra's), with 16 bytes a cell: friction
(float32), accumulated cost (float64) and the source each cell is reached from (int32).
"""

import math

import numpy

SQRT2 = math.sqrt(2.0)
# The 8 neighbours (row offset, column offset).
NEIGHBOURS = tuple((dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
# Half of them: each unordered pair of neighbouring cells once.
FORWARD = ((0, 1), (1, -1), (1, 0), (1, 1))
# An improvement smaller than this (relative) is rounding, not a cheaper path: the sweeps stop.
RELATIVE_TOLERANCE = 1e-12

# Bytes a cell of a window needs at the peak: friction (4), zone (4), accumulated cost (8), and the masks
# of the zone boundaries (3). Measured in tests/trame_verte/test_trame_verte_least_cost.py.
BYTES_PER_CELL = 20
# The largest window computed at once: 150 million cells is about 3 GB, which leaves QGIS room on a
# machine with 8 GB. A window is one group of réservoirs linked by corridors, plus the margin around it.
MAX_CELLS = 150000000
# How many rows a sweep does between two looks at the Cancel button (a fraction of a second).
ROWS_BETWEEN_CANCEL_CHECKS = 32


class Canceled(Exception):
    """The user cancelled while the raster was being made or the cost accumulated."""


class GridTooLarge(ValueError):
    """A window of the friction raster would not fit in memory at this resolution."""

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


class Grid:
    """A north-up raster grid: top-left corner (x_min, y_max), square cells of `resolution` metres."""

    def __init__(self, x_min, y_max, resolution, columns, rows):
        self.x_min, self.y_max, self.resolution = x_min, y_max, resolution
        self.columns, self.rows = columns, rows

    @classmethod
    def covering(cls, rectangle, resolution):
        """The grid of cells snapped to multiples of resolution that covers a QgsRectangle: windows of one
        schema all lie on the same lattice."""
        x_min = math.floor(rectangle.xMinimum() / resolution) * resolution
        y_min = math.floor(rectangle.yMinimum() / resolution) * resolution
        x_max = math.ceil(rectangle.xMaximum() / resolution) * resolution
        y_max = math.ceil(rectangle.yMaximum() / resolution) * resolution
        return cls(x_min, y_max, resolution, max(1, int(round((x_max - x_min) / resolution))),
                   max(1, int(round((y_max - y_min) / resolution))))

    @property
    def size(self):
        return self.rows * self.columns

    @property
    def shape(self):
        return self.rows, self.columns

    def geotransform(self):
        return (self.x_min, self.resolution, 0.0, self.y_max, 0.0, -self.resolution)

    def cell_of(self, x, y):
        """(row, column) of the cell holding the point, clipped to the grid."""
        column = int((x - self.x_min) // self.resolution)
        row = int((self.y_max - y) // self.resolution)
        return min(max(row, 0), self.rows - 1), min(max(column, 0), self.columns - 1)

    def centre(self, row, column):
        return (self.x_min + (column + 0.5) * self.resolution, self.y_max - (row + 0.5) * self.resolution)

    def window(self, rectangle):
        """(row0, row1, col0, col1) of the cells covering a rectangle, clipped to the grid."""
        row0, col0 = self.cell_of(rectangle.xMinimum(), rectangle.yMaximum())
        row1, col1 = self.cell_of(rectangle.xMaximum(), rectangle.yMinimum())
        return row0, row1 + 1, col0, col1 + 1

    def sub_grid(self, row0, row1, col0, col1):
        return Grid(self.x_min + col0 * self.resolution, self.y_max - row0 * self.resolution, self.resolution,
                    col1 - col0, row1 - row0)


class ShapeLayer:
    """(QgsGeometry, value) shapes in an OGR memory layer, kept for burning into several windows: each
    burn reads only the shapes that meet its window (spatial filter), in the order they were given."""

    def __init__(self, shapes, wkt_crs=""):
        from osgeo import ogr, osr

        self.reference = None
        if wkt_crs:
            self.reference = osr.SpatialReference()
            self.reference.ImportFromWkt(wkt_crs)
        self.wkt_crs = wkt_crs
        self.source = ogr.GetDriverByName("Memory").CreateDataSource("")
        self.layer = self.source.CreateLayer("shapes", self.reference, ogr.wkbUnknown)
        self.layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
        definition = self.layer.GetLayerDefn()
        self.count = 0
        for geometry, value in shapes:
            feature = ogr.Feature(definition)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
            feature.SetField("value", float(value))
            self.layer.CreateFeature(feature)
            feature = None
            self.count += 1

    def close(self):
        """Free the layer before its data source (GDAL crashes the other way round)."""
        self.layer = None
        self.source = None

    def __del__(self):
        self.close()

    def burn(self, array, grid, all_touched=False, is_canceled=None):
        """Burn the shapes meeting the grid into `array` (rows, columns; float32 or int32), in place: at
        cell centres, or in every cell a shape touches with all_touched. A later shape overwrites an
        earlier one. Raises Canceled when is_canceled() turns true."""
        from osgeo import gdal, gdal_array

        if self.count == 0:
            return array
        raster = gdal_array.OpenArray(array)  # GDAL writes into the numpy array itself: no copy
        raster.SetGeoTransform(grid.geotransform())
        if self.wkt_crs:
            raster.SetProjection(self.wkt_crs)
        x_max = grid.x_min + grid.columns * grid.resolution
        y_min = grid.y_max - grid.rows * grid.resolution
        self.layer.SetSpatialFilterRect(grid.x_min, y_min, x_max, grid.y_max)

        def progress(_complete, _message, _data):
            return 0 if is_canceled is not None and is_canceled() else 1

        options = ["ATTRIBUTE=value"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
        try:
            gdal.RasterizeLayer(raster, [1], self.layer, options=options, callback=progress)
        except RuntimeError:  # GDAL's exceptions on (QGIS 3.40): a stop asked by the callback raises
            if is_canceled is None or not is_canceled():
                raise
        finally:
            self.layer.SetSpatialFilter(None)
            raster = None
        if is_canceled is not None and is_canceled():
            raise Canceled()
        return array


def rasterise(grid, shapes, fill, dtype, wkt_crs="", all_touched=False):
    """A (rows, columns) array: `fill`, then each (QgsGeometry, value) of shapes burnt in order (a later
    shape overwrites an earlier one) at cell centres — or, with all_touched, in every cell a shape
    touches —, with GDAL's rasteriser."""
    array = numpy.full(grid.shape, fill, dtype=dtype)
    layer = ShapeLayer(shapes, wkt_crs)
    try:
        return layer.burn(array, grid, all_touched)
    finally:
        layer.close()


def accumulated_cost(friction, zone, resolution, is_canceled=None, on_sweep=None):
    """The least accumulated cost from the source cells to every cell of a friction raster.

    friction: (rows, columns) float32, cells cost max(friction, 1) per metre; zone: (rows, columns) int32,
    the source's number (> 0) at source cells, 0 elsewhere — on return, every cell holds the number of the
    source it is cheapest to reach from. Returns the accumulated cost (float64, 0 at sources, inf where
    nothing is reached). Checks is_canceled() every few rows and raises Canceled; on_sweep(number) is called
    after each sweep."""
    rows, columns = friction.shape
    cost = numpy.full((rows, columns), numpy.inf)
    cost[zone > 0] = 0.0
    half_step = resolution / 2.0
    half_diagonal = resolution * SQRT2 / 2.0
    here, above = numpy.empty(columns), numpy.empty(columns)
    candidate, best, along = numpy.empty(columns), numpy.empty(columns), numpy.empty(columns)
    shifted, running = numpy.empty(columns), numpy.empty(columns)
    cumulated = numpy.zeros(columns)
    positions = numpy.arange(columns)
    keep = 1.0 - RELATIVE_TOLERANCE
    changed_before = numpy.ones(rows, dtype=bool)
    sweep = 0
    while True:
        downward = sweep % 2 == 0
        changed = numpy.zeros(rows, dtype=bool)
        neighbour_offset = -1 if downward else 1
        order = range(rows) if downward else range(rows - 1, -1, -1)
        for done, row in enumerate(order):
            if is_canceled is not None and done % ROWS_BETWEEN_CANCEL_CHECKS == 0 and is_canceled():
                raise Canceled()
            previous = row + neighbour_offset
            has_previous = 0 <= previous < rows
            # After the first sweep, a row can only get cheaper when the row it is relaxed from changed
            # since this row was last done (in this sweep, or in the previous one, which ran the other way).
            if sweep > 0 and (not has_previous or not (changed[previous] or changed_before[previous])):
                continue
            row_cost, row_zone = cost[row], zone[row]
            numpy.maximum(friction[row], 1.0, out=here)
            row_changed = False
            if has_previous:
                previous_cost, previous_zone = cost[previous], zone[previous]
                numpy.maximum(friction[previous], 1.0, out=above)
                numpy.add(above, here, out=best)  # straight step
                best *= half_step
                best += previous_cost
                best_zone = previous_zone.copy()
                # Diagonal steps: from the previous row's column c-1, then c+1.
                numpy.add(above[:-1], here[1:], out=candidate[1:])
                candidate[1:] *= half_diagonal
                candidate[1:] += previous_cost[:-1]
                candidate[0] = numpy.inf
                cheaper = candidate < best
                if cheaper.any():
                    numpy.copyto(best, candidate, where=cheaper)
                    best_zone[1:][cheaper[1:]] = previous_zone[:-1][cheaper[1:]]
                numpy.add(above[1:], here[:-1], out=candidate[:-1])
                candidate[:-1] *= half_diagonal
                candidate[:-1] += previous_cost[1:]
                candidate[-1] = numpy.inf
                cheaper = candidate < best
                if cheaper.any():
                    numpy.copyto(best, candidate, where=cheaper)
                    best_zone[:-1][cheaper[:-1]] = previous_zone[1:][cheaper[:-1]]
                improved = best < row_cost * keep
                if improved.any():
                    row_cost[improved] = best[improved]
                    row_zone[improved] = best_zone[improved]
                    row_changed = True
                elif sweep > 0:
                    continue  # unchanged, and already consistent along the row
            if row_changed or sweep == 0:
                if _along_row(row_cost, row_zone, here, half_step, cumulated, along, shifted, running, candidate,
                              positions, keep):
                    row_changed = True
            # The first sweep counts every reached row as changed: the next one, the other way, starts there.
            changed[row] = row_changed or (sweep == 0 and row_cost.min() < numpy.inf)
        sweep += 1
        if on_sweep is not None:
            on_sweep(sweep)
        if sweep >= 2 and not changed.any():
            return cost
        changed_before = changed


def _along_row(row_cost, row_zone, here, half_step, cumulated, along, shifted, running, candidate, positions,
               keep):
    """Relax one row along itself, rightwards then leftwards, in place. The cheapest way to reach column c
    from the left is min over c' ≤ c of cost[c'] + S[c] − S[c'] (S: cumulated step costs), a running
    minimum of cost − S; leftwards, a running minimum from the right of cost + S. True when a cell changed."""
    if not numpy.isfinite(row_cost).any():
        return False
    columns = row_cost.size
    numpy.add(here[:-1], here[1:], out=along[:-1])
    along[:-1] *= half_step
    numpy.cumsum(along[:-1], out=cumulated[1:])
    changed = False
    numpy.subtract(row_cost, cumulated, out=shifted)
    numpy.minimum.accumulate(shifted, out=running)
    numpy.add(running, cumulated, out=candidate)
    improved = candidate < row_cost * keep
    if improved.any():
        # The column each running minimum comes from: the last column up to c where it was reached.
        origin = numpy.maximum.accumulate(numpy.where(shifted <= running, positions, 0))
        row_zone[improved] = row_zone[origin[improved]]
        row_cost[improved] = candidate[improved]
        changed = True
    numpy.add(row_cost, cumulated, out=shifted)
    running[::-1] = numpy.minimum.accumulate(shifted[::-1])
    numpy.subtract(running, cumulated, out=candidate)
    improved = candidate < row_cost * keep
    if improved.any():
        origin = numpy.minimum.accumulate(numpy.where(shifted <= running, positions, columns - 1)[::-1])[::-1]
        row_zone[improved] = row_zone[origin[improved]]
        row_cost[improved] = candidate[improved]
        changed = True
    return changed


def step_cost(friction, resolution, row_a, col_a, row_b, col_b):
    """Cost of the steps between neighbouring cells (arrays of rows and columns)."""
    diagonal = (row_a != row_b) & (col_a != col_b)
    length = numpy.where(diagonal, resolution * SQRT2, resolution)
    return length * (numpy.maximum(friction[row_a, col_a], 1.0).astype(numpy.float64)
                     + numpy.maximum(friction[row_b, col_b], 1.0)) / 2.0


def zone_boundaries(zone, cost, friction, resolution):
    """For each pair of neighbouring cost zones (a, b) with a < b: (cost, cell_a, cell_b) of the cheapest
    crossing of their boundary — the least-cost path between their sources through the two zones —, cells
    as (row, column).

    zone: (rows, columns) number of the source each cell is reached from (≥ 1), 0 where none."""
    rows, columns = zone.shape
    found = []
    for dy, dx in FORWARD:
        source_rows, target_rows = slice(0, rows - dy), slice(dy, rows)
        source_cols = slice(max(0, -dx), columns - max(0, dx))
        target_cols = slice(max(0, dx), columns + min(0, dx))
        here, there = zone[source_rows, source_cols], zone[target_rows, target_cols]
        mask = here != there
        mask &= here > 0
        mask &= there > 0
        row_a, col_a = numpy.nonzero(mask)
        del mask
        if row_a.size == 0:
            continue
        col_a += source_cols.start
        row_b, col_b = row_a + dy, col_a + dx
        total = cost[row_a, col_a] + cost[row_b, col_b] + step_cost(friction, resolution, row_a, col_a, row_b,
                                                                    col_b)
        found.append((zone[row_a, col_a], zone[row_b, col_b], total, row_a, col_a, row_b, col_b))
    if not found:
        return {}
    zone_a, zone_b, total, row_a, col_a, row_b, col_b = (numpy.concatenate(parts) for parts in zip(*found))
    swap = zone_a > zone_b
    zone_a, zone_b = numpy.where(swap, zone_b, zone_a), numpy.where(swap, zone_a, zone_b)
    row_a, row_b = numpy.where(swap, row_b, row_a), numpy.where(swap, row_a, row_b)
    col_a, col_b = numpy.where(swap, col_b, col_a), numpy.where(swap, col_a, col_b)
    order = numpy.lexsort((total, zone_b, zone_a))
    first_of_pair = numpy.ones(order.size, dtype=bool)
    first_of_pair[1:] = (zone_a[order][1:] != zone_a[order][:-1]) | (zone_b[order][1:] != zone_b[order][:-1])
    chosen = order[first_of_pair]
    return {(int(a), int(b)): (float(c), (int(ra), int(ca)), (int(rb), int(cb))) for a, b, c, ra, ca, rb, cb in zip(
        zone_a[chosen], zone_b[chosen], total[chosen], row_a[chosen], col_a[chosen], row_b[chosen], col_b[chosen])}


def trace_back(cost, zone, friction, resolution, cell):
    """Cells (row, column) from `cell` back to its source (inclusive): each step goes to the neighbour of
    the same zone through which the cell is reached at its least cost."""
    rows, columns = cost.shape
    row, column = cell
    label = zone[row, column]
    path = [(row, column)]
    for _step in range(cost.size):
        here = cost[row, column]
        if here <= 0.0:
            break
        own = max(float(friction[row, column]), 1.0)
        best = None
        for dy, dx in NEIGHBOURS:
            r, c = row + dy, column + dx
            if 0 <= r < rows and 0 <= c < columns and zone[r, c] == label and cost[r, c] < here:
                length = resolution * (SQRT2 if dy and dx else 1.0)
                through = cost[r, c] + length * (max(float(friction[r, c]), 1.0) + own) / 2.0
                if best is None or through < best[0]:
                    best = (through, r, c)
        if best is None:
            break
        row, column = best[1], best[2]
        path.append((row, column))
    return path


def least_cost_between(friction, sources, targets, resolution, is_canceled=None):
    """Least-cost path between two sets of cells of a (small) window: (cost, cells (row, column) from a
    source to the cheapest target) or None when no target is reached.

    sources, targets: boolean (rows, columns) masks."""
    zone = sources.astype(numpy.int32)
    cost = accumulated_cost(friction, zone, resolution, is_canceled)
    reached = targets & numpy.isfinite(cost)
    if not reached.any():
        return None
    rows, columns = numpy.nonzero(reached)
    cheapest = int(numpy.argmin(cost[rows, columns]))
    target = (int(rows[cheapest]), int(columns[cheapest]))
    return float(cost[target]), list(reversed(trace_back(cost, zone, friction, resolution, target)))
