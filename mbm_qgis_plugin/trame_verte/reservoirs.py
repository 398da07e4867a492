"""Réservoirs de biodiversité from habitat patches."""

from collections import defaultdict

from qgis.core import QgsGeometry, QgsSpatialIndex

SQUARE_METRES_PER_HECTARE = 10000.0


class HabitatPatch:
    """One habitat polygon in the working (metric) CRS, with its sous-trame."""

    __slots__ = ("geometry", "sous_trame", "origin")

    def __init__(self, geometry, sous_trame, origin=""):
        self.geometry = geometry
        self.sous_trame = sous_trame
        self.origin = origin


class Reservoir:
    """A réservoir de biodiversité: merged patches, their dominant sous-trame and their area."""

    __slots__ = ("reservoir_id", "sous_trame", "geometry", "surface_ha", "patch_count", "dpc")

    def __init__(self, reservoir_id, sous_trame, geometry, surface_ha, patch_count):
        self.dpc = None  # share of the connectivity (%), set by connectivity.schema_connectivity
        self.reservoir_id = reservoir_id
        self.sous_trame = sous_trame
        self.geometry = geometry
        self.surface_ha = surface_ha
        self.patch_count = patch_count


class UnionFind:
    def __init__(self, size):
        self.parent = list(range(size))

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, first, second):
        first, second = self.find(first), self.find(second)
        if first != second:
            self.parent[max(first, second)] = min(first, second)


def group_patches(geometries, merge_distance_m):
    """Groups (lists of indices) of geometries linked by chains of gaps shorter than merge_distance_m.

    Equivalent to buffering every patch by merge_distance_m / 2 and taking the union's parts, without
    building the buffers."""
    index = QgsSpatialIndex()
    for number, geometry in enumerate(geometries):
        index.addFeature(number, geometry.boundingBox())
    groups = UnionFind(len(geometries))
    for number, geometry in enumerate(geometries):
        box = geometry.boundingBox()
        box.grow(merge_distance_m)
        for other in index.intersects(box):
            if other <= number or groups.find(other) == groups.find(number):
                continue
            if geometry.distance(geometries[other]) < merge_distance_m:
                groups.union(number, other)
    members = defaultdict(list)
    for number in range(len(geometries)):
        members[groups.find(number)].append(number)
    return list(members.values())


def reservoirs_from_patches(patches, min_reservoir_ha, merge_distance_m, feedback=None):
    """The réservoirs: groups of patches closer than merge_distance_m whose area (the union of the member
    patches, not of any buffer) is at least min_reservoir_ha. A group mixing sous-trames takes the one
    covering the largest area. Réservoirs are numbered from 1 by decreasing area."""
    patches = [p for p in patches if p.geometry is not None and not p.geometry.isEmpty()]
    geometries = [p.geometry for p in patches]
    reservoirs = []
    for members in group_patches(geometries, merge_distance_m):
        if feedback is not None and feedback.isCanceled():
            return []
        if len(members) == 1:
            geometry = QgsGeometry(geometries[members[0]])
        else:
            geometry = QgsGeometry.unaryUnion([geometries[m] for m in members])
        area_ha = geometry.area() / SQUARE_METRES_PER_HECTARE
        if area_ha < min_reservoir_ha:
            continue
        by_sous_trame = defaultdict(float)
        for member in members:
            by_sous_trame[patches[member].sous_trame] += geometries[member].area()
        sous_trame = max(sorted(by_sous_trame), key=lambda name: by_sous_trame[name])
        reservoirs.append(Reservoir(0, sous_trame, geometry, area_ha, len(members)))
    reservoirs.sort(key=lambda r: (-r.surface_ha, r.geometry.centroid().asPoint().x(),
                                   r.geometry.centroid().asPoint().y()))
    for number, reservoir in enumerate(reservoirs, 1):
        reservoir.reservoir_id = number
    return reservoirs
