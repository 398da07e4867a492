"""Which réservoirs to link: candidate pairs by edge-to-edge distance, pruning that keeps connectivity."""

from collections import defaultdict

from qgis.core import QgsSpatialIndex


def candidate_links(geometries, max_corridor_m):
    """Pairs (i, j, distance) with i < j of geometries whose edges are closer than max_corridor_m."""
    index = QgsSpatialIndex()
    for number, geometry in enumerate(geometries):
        index.addFeature(number, geometry.boundingBox())
    pairs = []
    for number, geometry in enumerate(geometries):
        box = geometry.boundingBox()
        box.grow(max_corridor_m)
        for other in sorted(index.intersects(box)):
            if other <= number:
                continue
            distance = geometry.distance(geometries[other])
            if distance < max_corridor_m:
                pairs.append((number, other, distance))
    return pairs


def prune_links(pairs):
    """The pairs of the relative-neighbourhood graph of the candidate graph: (a, b) is dropped when some c
    is a candidate neighbour of both and strictly closer to each of them than they are to each other.

    This graph contains every minimum spanning forest of the candidate graph, so two réservoirs connected
    by candidate links stay connected: only redundant links (the long side of a triangle) go."""
    weight = {}
    neighbours = defaultdict(set)
    for a, b, distance in pairs:
        weight[(a, b)] = weight[(b, a)] = distance
        neighbours[a].add(b)
        neighbours[b].add(a)
    kept = []
    for a, b, distance in pairs:
        common = neighbours[a] & neighbours[b]
        if any(weight[(a, c)] < distance and weight[(b, c)] < distance for c in common):
            continue
        kept.append((a, b, distance))
    return kept
