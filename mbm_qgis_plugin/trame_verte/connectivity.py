"""Which réservoir and which corridor matter most: the probability of connectivity (PC, Saura &
Pascual-Hortal 2007) of the schema's graph, its equivalent connected area, and each element's share (dPC).

- a corridor of cost c is crossed with probability p = 0.5 ^ (c / dispersal distance);
- p*_ij is the largest product of p along a path of corridors from i to j (p*_ii = 1), i.e. 0.5 raised to
  the least total cost between i and j, divided by the dispersal distance;
- PC_num = Σ_i Σ_j a_i a_j p*_ij (a: areas in ha), EC = √PC_num (ha);
- dPC of an element = 100 (PC_num − PC_num without it) / PC_num: a réservoir goes with its corridors, a
  corridor goes alone.

Shortest paths come from scipy's Dijkstra, per connected group of réservoirs (p* is 0 between groups, so
removing an element only changes its group) and only from the réservoirs whose shortest-path tree the
element is part of."""

import math

# Two path costs closer than this (relative) are the same path cost.
RELATIVE_TOLERANCE = 1e-12


class ConnectivityUnavailable(RuntimeError):
    """scipy is missing: the connectivity metrics cannot be computed."""


class Connectivity:
    """pc_num and ec_ha of the whole graph; reservoir_dpc[i] and link_dpc[k] in % (same order as given)."""

    def __init__(self, pc_num, reservoir_dpc, link_dpc):
        self.pc_num = pc_num
        self.ec_ha = math.sqrt(pc_num)
        self.reservoir_dpc = reservoir_dpc
        self.link_dpc = link_dpc


def _scipy():
    try:
        import numpy
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra
    except ImportError as error:  # scipy ships with QGIS on Windows/macOS, is python3-scipy on Debian
        raise ConnectivityUnavailable(str(error)) from error
    return numpy, csr_matrix, dijkstra


class _Group:
    """One connected group of réservoirs: its local graph and its all-pairs least costs."""

    def __init__(self, nodes, links, areas, dispersal_distance):
        numpy, csr_matrix, dijkstra = _scipy()
        self.numpy, self.csr_matrix, self.dijkstra = numpy, csr_matrix, dijkstra
        self.nodes = nodes
        self.local = {node: k for k, node in enumerate(nodes)}
        self.areas = numpy.array([areas[node] for node in nodes], dtype=float)
        self.scale = math.log(2.0) / dispersal_distance  # p = exp(-scale × cost)
        # Parallel corridors between the same two réservoirs: the cheapest one counts.
        self.pair_costs = {}
        for number, (a, b, cost) in links:
            key = (min(self.local[a], self.local[b]), max(self.local[a], self.local[b]))
            self.pair_costs.setdefault(key, []).append((cost, number))
        self.distance, self.predecessor = dijkstra(self._matrix(), directed=False, return_predecessors=True)
        self.pc = self._pc(self.distance)

    def _matrix(self, skip_node=None, skip_link=None):
        rows, columns, costs = [], [], []
        for (a, b), candidates in self.pair_costs.items():
            if skip_node is not None and skip_node in (a, b):
                continue
            kept = [cost for cost, number in candidates if number != skip_link]
            if kept:
                rows.append(a)
                columns.append(b)
                costs.append(max(min(kept), 1e-300))  # a zero cost would read as "no edge"
        size = len(self.nodes)
        return self.csr_matrix((costs, (rows, columns)), shape=(size, size))

    def _pc(self, distance, skip_node=None):
        numpy = self.numpy
        probability = numpy.exp(-self.scale * distance)  # exp(-inf) = 0 between unlinked réservoirs
        areas = self.areas.copy()
        if skip_node is not None:
            areas[skip_node] = 0.0
        return float(areas @ probability @ areas)

    def _recomputed(self, affected, skip_node=None, skip_link=None):
        """The distance matrix with the rows of the `affected` sources computed again without the element."""
        numpy = self.numpy
        distance = self.distance.copy()
        sources = numpy.flatnonzero(affected)
        if sources.size:
            distance[sources] = self.dijkstra(self._matrix(skip_node, skip_link), directed=False, indices=sources)
        if skip_node is not None:
            distance[skip_node, :] = numpy.inf
            distance[:, skip_node] = numpy.inf
        return distance

    def pc_without_node(self, node):
        """PC_num of the group without the réservoir and its corridors. Only sources whose shortest-path
        tree passes through it (it has a child there) can see their distances change."""
        affected = (self.predecessor == node).any(axis=1)
        affected[node] = False
        distance = self._recomputed(affected, skip_node=node)
        return self._pc(distance, skip_node=node)

    def pc_without_link(self, a, b, number, cost):
        """PC_num of the group without one corridor. Unchanged when a parallel corridor is as cheap, or when
        the corridor is on no shortest path (its cost exceeds the least cost between its ends)."""
        key = (min(a, b), max(a, b))
        others = [c for c, n in self.pair_costs[key] if n != number]
        if others and min(others) <= cost * (1 + RELATIVE_TOLERANCE):
            return self.pc
        if cost > self.distance[a, b] * (1 + RELATIVE_TOLERANCE):
            return self.pc
        affected = (self.predecessor[:, b] == a) | (self.predecessor[:, a] == b)
        distance = self._recomputed(affected, skip_link=number)
        return self._pc(distance)


def probability_of_connectivity(areas, links, dispersal_distance, is_canceled=None):
    """Connectivity of réservoirs of `areas` (ha, index = position) joined by `links` [(i, j, cost)].

    Raises ConnectivityUnavailable without scipy, and the Canceled of least_cost when is_canceled() turns
    true (checked for every element)."""
    from .least_cost import Canceled
    from .reservoirs import UnionFind

    if dispersal_distance <= 0:
        raise ValueError("dispersal distance must be positive")
    count = len(areas)
    groups = UnionFind(count)
    for a, b, _cost in links:
        groups.union(a, b)
    members = {}
    for node in range(count):
        members.setdefault(groups.find(node), []).append(node)
    links_of = {}
    for number, (a, b, cost) in enumerate(links):
        links_of.setdefault(groups.find(a), []).append((number, (a, b, cost)))

    pc_of_group = {}
    solved = {}
    for root, nodes in members.items():
        if root in links_of:
            solved[root] = _Group(nodes, links_of[root], areas, dispersal_distance)
            pc_of_group[root] = solved[root].pc
        else:
            pc_of_group[root] = float(areas[nodes[0]]) ** 2  # a réservoir alone: a_i² (p*_ii = 1)
    pc_num = sum(pc_of_group.values())
    reservoir_dpc = [0.0] * count
    link_dpc = [0.0] * len(links)
    if pc_num <= 0:
        return Connectivity(0.0, reservoir_dpc, link_dpc)
    for root, nodes in members.items():
        group = solved.get(root)
        for node in nodes:
            if is_canceled is not None and is_canceled():
                raise Canceled()
            without = 0.0 if group is None else group.pc_without_node(group.local[node])
            reservoir_dpc[node] = 100.0 * (pc_of_group[root] - without) / pc_num
        for number, (a, b, cost) in links_of.get(root, []):
            if is_canceled is not None and is_canceled():
                raise Canceled()
            without = group.pc_without_link(group.local[a], group.local[b], number, cost)
            link_dpc[number] = 100.0 * (pc_of_group[root] - without) / pc_num
    return Connectivity(pc_num, reservoir_dpc, link_dpc)


def ranks(values, keys):
    """Rank of each value, 1 for the largest; equal values are ranked by their key (ascending)."""
    order = sorted(range(len(values)), key=lambda k: (-values[k], keys[k]))
    rank = [0] * len(values)
    for position, index in enumerate(order, 1):
        rank[index] = position
    return rank


def schema_connectivity(reservoirs, corridors, conflicts, dispersal_distance, is_canceled=None):
    """Set dpc on the réservoirs, dpc and rang on the corridors and the conflict points (a conflict point
    takes the dpc of the corridor it cuts), from the corridors' cost. Returns the equivalent connected area
    (ha). Raises ConnectivityUnavailable without scipy (nothing is set then)."""
    position = {reservoir.reservoir_id: index for index, reservoir in enumerate(reservoirs)}
    links = [(position[c.reservoir_a], position[c.reservoir_b], c.cout) for c in corridors]
    result = probability_of_connectivity([r.surface_ha for r in reservoirs], links, dispersal_distance,
                                         is_canceled)
    for reservoir, dpc in zip(reservoirs, result.reservoir_dpc):
        reservoir.dpc = dpc
    for corridor, dpc in zip(corridors, result.link_dpc):
        corridor.dpc = dpc
    for corridor, rank in zip(corridors, ranks([c.dpc for c in corridors], [c.corridor_id for c in corridors])):
        corridor.rang = rank
    dpc_of = {corridor.corridor_id: corridor.dpc for corridor in corridors}
    for conflict in conflicts:
        conflict.dpc = dpc_of.get(conflict.corridor_id)
    order = [(conflict.corridor_id, number) for number, conflict in enumerate(conflicts)]
    for conflict, rank in zip(conflicts, ranks([c.dpc or 0.0 for c in conflicts], order)):
        conflict.rang = rank
    return result.ec_ha
