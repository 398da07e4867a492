"""The schema: corridors between réservoirs (straight or least-cost), their status, conflict points."""

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from ..compat import wkb_type

from .links import candidate_links, prune_links

A_PRESERVER = "a_preserver"
A_REMETTRE_EN_BON_ETAT = "a_remettre_en_bon_etat"
# BioDispersal scale 0 / 5 / 30 / 100 / 10 000: from 1 000 up, land is unsuitable (urban, main roads).
UNSUITABLE_FRICTION = 1000.0
DEFAULT_FRICTION = 100.0


class Barrier:
    __slots__ = ("geometry", "name")

    def __init__(self, geometry, name):
        self.geometry = geometry
        self.name = name


class Corridor:
    __slots__ = ("corridor_id", "reservoir_a", "reservoir_b", "geometry", "cout", "unsuitable", "statut")

    def __init__(self, reservoir_a, reservoir_b, geometry, cout, unsuitable=False):
        self.corridor_id = 0
        self.reservoir_a, self.reservoir_b = reservoir_a, reservoir_b
        self.geometry, self.cout, self.unsuitable = geometry, cout, unsuitable
        self.statut = A_PRESERVER

    @property
    def longueur_m(self):
        return self.geometry.length()


class ConflictPoint:
    __slots__ = ("corridor_id", "barriere", "geometry")

    def __init__(self, corridor_id, barriere, geometry):
        self.corridor_id, self.barriere, self.geometry = corridor_id, barriere, geometry


class Schema:
    def __init__(self, reservoirs, corridors, conflicts, messages):
        self.reservoirs, self.corridors, self.conflicts, self.messages = reservoirs, corridors, conflicts, messages


def linked_pairs(reservoirs, max_corridor_m, prune=True):
    """(index_a, index_b, distance) of the réservoirs to link: edges closer than max_corridor_m, without
    the links made redundant by two shorter ones (connectivity is kept)."""
    pairs = candidate_links([r.geometry for r in reservoirs], max_corridor_m)
    return prune_links(pairs) if prune else pairs


def straight_corridor(reservoir_a, reservoir_b):
    """The shortest segment between the edges of two réservoirs; its cost is its length (friction 1)."""
    line = reservoir_a.geometry.shortestLine(reservoir_b.geometry)
    return Corridor(reservoir_a.reservoir_id, reservoir_b.reservoir_id, line, line.length())


def conflict_points(corridors, barriers):
    """Points where corridors cross barrier lines, one per crossing."""
    index = QgsSpatialIndex()
    for number, barrier in enumerate(barriers):
        index.addFeature(number, barrier.geometry.boundingBox())
    conflicts = []
    for corridor in corridors:
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
                 wkt_crs=""):
    """Corridors and conflict points between réservoirs (already numbered).

    resistance: None for straight corridors, or a list of (polygon QgsGeometry, friction) for
    least-cost corridors on a raster of resolution_m. A corridor is `a_remettre_en_bon_etat` when it
    crosses a barrier line or a cell of friction ≥ unsuitable_friction, else `a_preserver`."""
    messages = []
    pairs = linked_pairs(reservoirs, max_corridor_m)
    if feedback is not None:
        feedback.setProgress(10)
    if resistance is None:
        corridors = [straight_corridor(reservoirs[a], reservoirs[b]) for a, b, _d in pairs]
    else:
        from .least_cost import CostDistanceUnavailable

        try:
            corridors = least_cost_corridors(reservoirs, pairs, resistance, resolution_m, default_friction,
                                             unsuitable_friction, max_corridor_m, feedback, wkt_crs)
        except CostDistanceUnavailable as error:
            messages.append("scipy est absent ({}) : corridors rectilignes au lieu des chemins de moindre "
                            "coût. Installez scipy (python3-scipy) pour les chemins de moindre coût.".format(error))
            corridors = [straight_corridor(reservoirs[a], reservoirs[b]) for a, b, _d in pairs]
    corridors = [c for c in corridors if c is not None and not c.geometry.isEmpty()]
    corridors.sort(key=lambda c: (c.reservoir_a, c.reservoir_b))
    for number, corridor in enumerate(corridors, 1):
        corridor.corridor_id = number
    conflicts = conflict_points(corridors, list(barriers))
    crossing = {conflict.corridor_id for conflict in conflicts}
    for corridor in corridors:
        if corridor.corridor_id in crossing or corridor.unsuitable:
            corridor.statut = A_REMETTRE_EN_BON_ETAT
    return Schema(reservoirs, corridors, conflicts, messages)


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
    points = [QgsPointXY(*grid.centre(cell)) for cell in cells]
    if len(points) == 1:
        points = points * 2
    start = _end_on(polygon_a, points[0], points[1])
    end = _end_on(polygon_b, points[-1], points[-2])
    line = QgsGeometry.fromPolylineXY([start] + points[1:-1] + [end])
    simplified = line.simplify(grid.resolution / 2.0)
    return simplified if not simplified.isEmpty() else line


def least_cost_corridors(reservoirs, pairs, resistance, resolution_m, default_friction, unsuitable_friction,
                         margin_m, feedback=None, wkt_crs=""):
    """Least-cost corridors for the index pairs, from one cost-distance run from every réservoir at once.

    Each cell is reached from its cheapest réservoir (its cost zone); the corridor between two réservoirs
    whose zones touch is the cheapest path through their common boundary. A pair whose zones do not touch
    (a third réservoir lies between them) gets its own search in a window around the pair."""
    import numpy

    from .least_cost import (Grid, cell_costs, check_grid_size, cost_distance, least_cost_between, rasterise,
                             trace_back, zone_boundaries)

    extent = QgsRectangle(reservoirs[0].geometry.boundingBox())
    for reservoir in reservoirs[1:]:
        extent.combineExtentWith(reservoir.geometry.boundingBox())
    extent.grow(margin_m)
    grid = Grid.covering(extent, resolution_m)
    check_grid_size(grid)  # before any array is allocated
    # Later shapes overwrite earlier ones: burn by increasing friction, so the highest friction wins.
    shapes = sorted(resistance, key=lambda shape: shape[1])
    friction = rasterise(grid, shapes, default_friction, numpy.float32, wkt_crs)
    # Unsuitable land again in every cell it touches: a road 20 m wide sampled at cell centres every 25 m
    # leaves holes a path slips through diagonally; burnt this way it is a continuous wall.
    walls = [shape for shape in shapes if shape[1] >= unsuitable_friction]
    if walls:
        friction = numpy.maximum(friction, rasterise(grid, walls, 0.0, numpy.float32, wkt_crs, all_touched=True))
    labels = rasterise(grid, [(r.geometry, k + 1) for k, r in enumerate(reservoirs)], 0, numpy.int32, wkt_crs)
    present = numpy.zeros(len(reservoirs) + 1, dtype=bool)
    present[numpy.unique(labels)] = True
    for k, reservoir in enumerate(reservoirs):
        if not present[k + 1]:  # smaller than a cell's centre: give it the cell under an inner point
            point = reservoir.geometry.pointOnSurface().asPoint()
            labels[grid.cell_of(point.x(), point.y())] = k + 1
    friction[labels > 0] = 0.0
    cost_cells = cell_costs(friction)
    if feedback is not None:
        feedback.setProgress(25)
    labels_flat = labels.reshape(-1)
    sources = numpy.flatnonzero(labels_flat)
    cost, predecessor, origin = cost_distance(cost_cells, sources, resolution_m)
    if feedback is not None:
        feedback.setProgress(70)
    zone = numpy.where(origin >= 0, labels_flat[numpy.maximum(origin, 0)], 0).astype(numpy.int32)
    zone[sources] = labels_flat[sources]
    cost_flat = cost_cells.reshape(-1)
    boundaries = zone_boundaries(zone, cost, cost_flat, grid.columns, resolution_m)
    del origin, zone
    friction_flat = friction.reshape(-1)
    corridors = []
    for number, (a, b, _distance) in enumerate(pairs):
        if feedback is not None:
            if feedback.isCanceled():
                return []
            feedback.setProgress(70 + 25 * number / max(1, len(pairs)))
        reservoir_a, reservoir_b = reservoirs[a], reservoirs[b]
        found = boundaries.get((a + 1, b + 1))
        if found is not None:
            total, cell_a, cell_b = found
            cells = list(reversed(trace_back(predecessor, cell_a))) + trace_back(predecessor, cell_b)
        else:
            shortest = reservoir_a.geometry.shortestLine(reservoir_b.geometry)
            window = shortest.boundingBox()
            window.grow(max(shortest.length(), 10 * resolution_m))
            row0, row1, col0, col1 = grid.window(window)
            sub_labels = labels[row0:row1, col0:col1]
            width = col1 - col0
            result = None
            if (sub_labels == a + 1).any() and (sub_labels == b + 1).any():
                result = least_cost_between(numpy.ascontiguousarray(cost_cells[row0:row1, col0:col1]),
                                            numpy.flatnonzero(sub_labels == a + 1),
                                            numpy.flatnonzero(sub_labels == b + 1), resolution_m)
            if result is None:
                corridor = Corridor(reservoir_a.reservoir_id, reservoir_b.reservoir_id, shortest,
                                    shortest.length())
                corridors.append(corridor)
                continue
            total, window_cells = result
            cells = [(row0 + c // width) * grid.columns + col0 + c % width for c in window_cells]
        geometry = path_geometry(grid, cells, reservoir_a.geometry, reservoir_b.geometry)
        unsuitable = bool((friction_flat[numpy.asarray(cells)] >= unsuitable_friction).any())
        corridors.append(Corridor(reservoir_a.reservoir_id, reservoir_b.reservoir_id, geometry, total,
                                  unsuitable))
    return corridors

