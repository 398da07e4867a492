"""The schema: corridors between réservoirs (straight or least-cost), their status, conflict points."""

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from ..compat import wkb_type
from ..i18n import format_number, translate

from .connectivity import ConnectivityUnavailable, schema_connectivity
from .links import candidate_links, prune_links

A_PRESERVER = "a_preserver"
A_REMETTRE_EN_BON_ETAT = "a_remettre_en_bon_etat"
# BioDispersal scale 0 / 5 / 30 / 100 / 10 000: from 1 000 up, land is unsuitable (urban, main roads).
UNSUITABLE_FRICTION = 1000.0
DEFAULT_FRICTION = 100.0
# The corridor cost at which the probability of dispersal is 0.5 (metres at friction 1).
DISPERSAL_DISTANCE_M = 1000.0


class Barrier:
    __slots__ = ("geometry", "name")

    def __init__(self, geometry, name):
        self.geometry = geometry
        self.name = name


class Corridor:
    __slots__ = ("corridor_id", "reservoir_a", "reservoir_b", "geometry", "cout", "unsuitable", "statut", "dpc",
                 "rang")

    def __init__(self, reservoir_a, reservoir_b, geometry, cout, unsuitable=False):
        self.corridor_id = 0
        self.dpc = self.rang = None  # set by connectivity.schema_connectivity
        self.reservoir_a, self.reservoir_b = reservoir_a, reservoir_b
        self.geometry, self.cout, self.unsuitable = geometry, cout, unsuitable
        self.statut = A_PRESERVER

    @property
    def longueur_m(self):
        return self.geometry.length()


class ConflictPoint:
    __slots__ = ("corridor_id", "barriere", "geometry", "dpc", "rang")

    def __init__(self, corridor_id, barriere, geometry):
        self.corridor_id, self.barriere, self.geometry = corridor_id, barriere, geometry
        self.dpc = self.rang = None  # those of the corridor it cuts, set by connectivity.schema_connectivity


class Schema:
    def __init__(self, reservoirs, corridors, conflicts, messages, ec_ha=None):
        self.reservoirs, self.corridors, self.conflicts, self.messages = reservoirs, corridors, conflicts, messages
        self.ec_ha = ec_ha  # equivalent connected area (ha); None when it could not be computed


def linked_pairs(reservoirs, max_corridor_m, prune=True):
    """(index_a, index_b, distance) of the réservoirs to link: edges closer than max_corridor_m, without
    the links made redundant by two shorter ones (connectivity is kept)."""
    pairs = candidate_links([r.geometry for r in reservoirs], max_corridor_m)
    return prune_links(pairs) if prune else pairs


def straight_corridor(reservoir_a, reservoir_b):
    """The shortest segment between the edges of two réservoirs; its cost is its length (friction 1)."""
    line = reservoir_a.geometry.shortestLine(reservoir_b.geometry)
    return Corridor(reservoir_a.reservoir_id, reservoir_b.reservoir_id, line, line.length())


def conflict_points(corridors, barriers, is_canceled=None):
    """Points where corridors cross barrier lines, one per crossing."""
    from .least_cost import Canceled

    index = QgsSpatialIndex()
    for number, barrier in enumerate(barriers):
        index.addFeature(number, barrier.geometry.boundingBox())
    conflicts = []
    for corridor in corridors:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        seen = set()
        for number in sorted(index.intersects(corridor.geometry.boundingBox())):
            barrier = barriers[number]
            crossing = corridor.geometry.intersection(barrier.geometry)
            if crossing.isNull() or crossing.isEmpty():
                continue
            for part in crossing.asGeometryCollection():
                if QgsWkbTypes.flatType(part.wkbType()) == wkb_type("Point"):
                    point = part.asPoint()
                else:  # a corridor running along a barrier: one conflict where it meets it
                    point = QgsPointXY(part.vertexAt(0))
                key = (round(point.x(), 1), round(point.y(), 1), barrier.name)
                if key in seen:
                    continue
                seen.add(key)
                conflicts.append(ConflictPoint(corridor.corridor_id, barrier.name,
                                               QgsGeometry.fromPointXY(point)))
    return conflicts


def build_schema(reservoirs, max_corridor_m, barriers=(), resistance=None, resolution_m=25.0,
                 default_friction=DEFAULT_FRICTION, unsuitable_friction=UNSUITABLE_FRICTION, feedback=None,
                 wkt_crs="", dispersal_distance_m=DISPERSAL_DISTANCE_M):
    """Corridors and conflict points between réservoirs (already numbered), and the connectivity metrics
    (dpc, rang, equivalent connected area) with the given dispersal distance.

    resistance: None for straight corridors, or a list of (polygon QgsGeometry, friction) for
    least-cost corridors on a raster of resolution_m. A corridor is `a_remettre_en_bon_etat` when it
    crosses a barrier line or a cell of friction ≥ unsuitable_friction, else `a_preserver`.
    Raises least_cost.Canceled when the feedback is cancelled (checked at least every second)."""
    from .least_cost import Canceled

    is_canceled = feedback.isCanceled if feedback is not None else None
    messages = []
    pairs = linked_pairs(reservoirs, max_corridor_m)
    if feedback is not None:
        feedback.setProgress(5)
    if resistance is None:
        corridors = []
        for a, b, _d in pairs:
            if is_canceled is not None and is_canceled():
                raise Canceled()
            corridors.append(straight_corridor(reservoirs[a], reservoirs[b]))
    else:
        corridors = least_cost_corridors(reservoirs, pairs, resistance, resolution_m, default_friction,
                                         unsuitable_friction, max_corridor_m, feedback, wkt_crs)
    corridors = [c for c in corridors if c is not None and not c.geometry.isEmpty()]
    corridors.sort(key=lambda c: (c.reservoir_a, c.reservoir_b))
    for number, corridor in enumerate(corridors, 1):
        corridor.corridor_id = number
    conflicts = conflict_points(corridors, list(barriers), is_canceled)
    crossing = {conflict.corridor_id for conflict in conflicts}
    for corridor in corridors:
        if corridor.corridor_id in crossing or corridor.unsuitable:
            corridor.statut = A_REMETTRE_EN_BON_ETAT
    if feedback is not None:
        feedback.setProgress(95)
    ec_ha = None
    costs = sorted(corridor.cout for corridor in corridors)
    if costs and 0.5 ** (costs[len(costs) // 2] / dispersal_distance_m) < 0.01:
        messages.append(translate(
            "TrameVerteSchema", "With a dispersal distance of {} and corridors costing {} (median), most corridors "
            "are crossed with a probability under 1 %: their dpc is close to 0. The cost of a least-cost corridor "
            "is in metres × friction: give the dispersal distance in the same unit (e.g. 30 000 for 1 km of land "
            "of friction 30).").format(format_number(dispersal_distance_m), format_number(costs[len(costs) // 2])))
    try:
        on_progress = (lambda share: feedback.setProgress(95 + 5 * share)) if feedback is not None else None
        ec_ha = schema_connectivity(reservoirs, corridors, conflicts, dispersal_distance_m, is_canceled,
                                    on_progress)
    except ConnectivityUnavailable as error:
        messages.append(translate(
            "TrameVerteSchema", "scipy is missing ({}): the connectivity metrics (dpc, rang, equivalent connected "
            "area) are left empty. Install scipy (python3-scipy) to compute them.").format(error))
    if feedback is not None:
        feedback.setProgress(100)
    return Schema(reservoirs, corridors, conflicts, messages, ec_ha)


def _end_on(polygon, inside, outside):
    """Where the segment inside → outside leaves the polygon (its point nearest `outside`), or the point of
    the polygon nearest `inside` when the segment does not cross its edge."""
    segment = QgsGeometry.fromPolylineXY([inside, outside])
    boundary = QgsGeometry(polygon.constGet().boundary())
    crossing = segment.intersection(boundary)
    if not crossing.isNull() and not crossing.isEmpty():
        points = [QgsPointXY(v) for v in crossing.vertices()]
        return min(points, key=lambda p: p.sqrDist(outside))
    return polygon.nearestPoint(QgsGeometry.fromPointXY(inside)).asPoint()


def path_geometry(grid, cells, polygon_a, polygon_b):
    """The corridor line through the centres of `cells`, its ends moved onto the edges of its réservoirs
    and its raster staircase simplified (tolerance: half a cell)."""
    points = [QgsPointXY(*grid.centre(row, column)) for row, column in cells]
    if len(points) == 1:
        points = points * 2
    start = _end_on(polygon_a, points[0], points[1])
    end = _end_on(polygon_b, points[-1], points[-2])
    line = QgsGeometry.fromPolylineXY([start] + points[1:-1] + [end])
    simplified = line.simplify(grid.resolution / 2.0)
    return simplified if not simplified.isEmpty() else line


def linked_groups(count, pairs):
    """Lists of réservoir indices joined by chains of pairs (each réservoir of a pair in one list)."""
    from .reservoirs import UnionFind

    groups = UnionFind(count)
    for a, b, _distance in pairs:
        groups.union(a, b)
    members = {}
    for a, b, _distance in pairs:
        for index in (a, b):
            members.setdefault(groups.find(index), set()).add(index)
    return [sorted(group) for _root, group in sorted(members.items())]


def least_cost_windows(reservoirs, pairs, resolution_m, margin_m):
    """[(réservoir indices, pairs, Grid)]: one raster window per group of linked réservoirs, covering them
    and margin_m around them — the only land a corridor between them may cross. Windows share one lattice
    of cells. Raises GridTooLarge before any raster is made when one would not fit in memory."""
    from .least_cost import Grid, check_grid_size

    windows = []
    for members in linked_groups(len(reservoirs), pairs):
        extent = QgsRectangle(reservoirs[members[0]].geometry.boundingBox())
        for index in members[1:]:
            extent.combineExtentWith(reservoirs[index].geometry.boundingBox())
        extent.grow(margin_m)
        inside = set(members)
        group_pairs = [pair for pair in pairs if pair[0] in inside]
        windows.append((members, group_pairs, Grid.covering(extent, resolution_m)))
    for _members, _pairs, grid in windows:
        check_grid_size(grid)
    return windows


def least_cost_corridors(reservoirs, pairs, resistance, resolution_m, default_friction, unsuitable_friction,
                         margin_m, feedback=None, wkt_crs=""):
    """Least-cost corridors for the index pairs, window by window (one per group of linked réservoirs).

    In each window, one cost accumulation from all its réservoirs at once: each cell is reached from its
    cheapest réservoir (its cost zone); the corridor between two réservoirs whose zones touch is the
    cheapest path through their common boundary. A pair whose zones do not touch (a third réservoir lies
    between them) gets its own search in a window around the pair."""
    from .least_cost import ShapeLayer

    windows = least_cost_windows(reservoirs, pairs, resolution_m, margin_m)
    # Later shapes overwrite earlier ones: burn by increasing friction, so the highest friction wins.
    shapes = sorted(resistance, key=lambda shape: shape[1])
    layers = {
        "friction": ShapeLayer(shapes, wkt_crs),
        # Unsuitable land again in every cell it touches: a road 20 m wide sampled at cell centres every
        # 25 m leaves holes a path slips through diagonally; burnt this way it is a continuous wall.
        "walls": ShapeLayer([shape for shape in shapes if shape[1] >= unsuitable_friction], wkt_crs),
        "reservoirs": ShapeLayer([(r.geometry, k + 1) for k, r in enumerate(reservoirs)], wkt_crs),
    }
    total = float(sum(grid.size for _m, _p, grid in windows)) or 1.0
    done = 0
    corridors = []
    try:
        for members, group_pairs, grid in windows:
            corridors += _window_corridors(reservoirs, members, group_pairs, grid, layers, default_friction,
                                           unsuitable_friction, feedback)
            done += grid.size
            if feedback is not None:
                feedback.setProgress(5 + 85 * done / total)
    finally:
        for layer in layers.values():
            layer.close()
    return corridors


def _window_corridors(reservoirs, members, pairs, grid, layers, default_friction, unsuitable_friction, feedback):
    """The corridors of one window's pairs (see least_cost_corridors)."""
    import numpy

    from .least_cost import Canceled, accumulated_cost, least_cost_between, trace_back, zone_boundaries

    is_canceled = feedback.isCanceled if feedback is not None else None
    resolution = grid.resolution
    friction = numpy.full(grid.shape, default_friction, dtype=numpy.float32)
    layers["friction"].burn(friction, grid, is_canceled=is_canceled)
    layers["walls"].burn(friction, grid, all_touched=True, is_canceled=is_canceled)
    zone = numpy.zeros(grid.shape, dtype=numpy.int32)
    layers["reservoirs"].burn(zone, grid, is_canceled=is_canceled)
    numpy.putmask(friction, zone > 0, 0.0)  # every réservoir is habitat…
    sources = numpy.zeros(len(reservoirs) + 1, dtype=bool)
    sources[[index + 1 for index in members]] = True
    numpy.putmask(zone, ~sources[zone], 0)  # …but only this window's réservoirs are sources
    present = numpy.bincount(zone.ravel(), minlength=len(reservoirs) + 1) > 0
    for index in members:
        if not present[index + 1]:  # smaller than a cell's centre: give it the cell under an inner point
            point = reservoirs[index].geometry.pointOnSurface().asPoint()
            cell = grid.cell_of(point.x(), point.y())
            zone[cell], friction[cell] = index + 1, 0.0
    cost = accumulated_cost(friction, zone, resolution, is_canceled)
    boundaries = zone_boundaries(zone, cost, friction, resolution)
    corridors = []
    for a, b, _distance in pairs:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        reservoir_a, reservoir_b = reservoirs[a], reservoirs[b]
        found = boundaries.get((a + 1, b + 1))
        if found is not None:
            total, cell_a, cell_b = found
            cells = (list(reversed(trace_back(cost, zone, friction, resolution, cell_a)))
                     + trace_back(cost, zone, friction, resolution, cell_b))
        else:
            shortest = reservoir_a.geometry.shortestLine(reservoir_b.geometry)
            area = shortest.boundingBox()
            area.grow(max(shortest.length(), 10 * resolution))
            row0, row1, col0, col1 = grid.window(area)
            window_cost, window_zone = cost[row0:row1, col0:col1], zone[row0:row1, col0:col1]
            at_a = (window_cost == 0.0) & (window_zone == a + 1)
            at_b = (window_cost == 0.0) & (window_zone == b + 1)
            result = None
            if at_a.any() and at_b.any():
                result = least_cost_between(friction[row0:row1, col0:col1], at_a, at_b, resolution, is_canceled)
            if result is None:
                corridors.append(Corridor(reservoir_a.reservoir_id, reservoir_b.reservoir_id, shortest,
                                          shortest.length()))
                continue
            total, window_cells = result
            cells = [(row0 + row, col0 + column) for row, column in window_cells]
        geometry = path_geometry(grid, cells, reservoir_a.geometry, reservoir_b.geometry)
        unsuitable = any(friction[cell] >= unsuitable_friction for cell in cells)
        corridors.append(Corridor(reservoir_a.reservoir_id, reservoir_b.reservoir_id, geometry, total,
                                  unsuitable))
    return corridors
