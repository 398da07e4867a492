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
        from scipy.sparse.csgraph import connected_components, dijkstra
    except ImportError as error:  # scipy ships with QGIS on Windows/macOS, is python3-scipy on Debian
        raise ConnectivityUnavailable(str(error)) from error
    return numpy, csr_matrix, dijkstra, connected_components


class _Group:
    """One connected group of réservoirs: its local graph, its all-pairs least costs and what each pair
    weighs in PC_num (a_i · a_j · p*_ij)."""

    def __init__(self, nodes, links, areas, dispersal_distance):
        numpy, self.csr_matrix, self.dijkstra, self.components = _scipy()
        self.numpy = numpy
        self.nodes = nodes
        self.local = {node: k for k, node in enumerate(nodes)}
        self.areas = numpy.array([areas[node] for node in nodes], dtype=float)
        self.scale = math.log(2.0) / dispersal_distance  # p = exp(-scale × cost)
        # Parallel corridors between the same two réservoirs: the cheapest one counts.
        self.pair_costs = {}
        for number, (a, b, cost) in links:
            key = (min(self.local[a], self.local[b]), max(self.local[a], self.local[b]))
            self.pair_costs.setdefault(key, []).append((cost, number))
        self.pairs = numpy.array(sorted(self.pair_costs), dtype=numpy.int64).reshape(-1, 2)
        self.pair_cost = numpy.array([max(min(c for c, _n in self.pair_costs[tuple(pair)]), 1e-300)
                                      for pair in self.pairs])  # a zero cost would read as "no edge"
        # Beyond this cost, a_i · a_j · p* is under 1e-12 of PC_num for any pair (PC_num ≥ a_max², and there
        # are fewer than n² pairs): the searches stop there, the sums are the same to double precision.
        self.limit = dispersal_distance * (40.0 + 2.0 * math.log2(max(2, len(nodes))))
        self.distance, self.predecessor = self.dijkstra(self._matrix(), directed=False, return_predecessors=True,
                                                        limit=self.limit)
        self.weight = self._weights(self.distance)
        self.row_weight = self.weight.sum(axis=1)
        self.pc = float(self.row_weight.sum())

    def _weights(self, distance, sources=None):
        """a_i · a_j · p*_ij for the rows of `distance`, those of `sources` (all when None); exp(-inf) = 0
        between unlinked réservoirs."""
        rows = self.areas if sources is None else self.areas[sources]
        return self.numpy.exp(-self.scale * distance) * self.areas[None, :] * rows[:, None]

    def _matrix(self, keep=None, cost=None):
        numpy = self.numpy
        keep = numpy.ones(len(self.pairs), dtype=bool) if keep is None else keep
        cost = self.pair_cost if cost is None else cost
        size = len(self.nodes)
        return self.csr_matrix((cost[keep], (self.pairs[keep, 0], self.pairs[keep, 1])), shape=(size, size))

    def pc_without_node(self, node):
        """PC_num of the group without the réservoir and its corridors.

        Without it the group may fall apart: between pieces, p* becomes 0. Inside a piece that held one of
        its neighbours only, no shortest path went through it (it would enter and leave the piece): those
        distances stay. In a piece that held several, only the sources whose shortest-path tree passes
        through it (it has a child there) are searched again."""
        numpy = self.numpy
        keep = (self.pairs[:, 0] != node) & (self.pairs[:, 1] != node)
        matrix = self._matrix(keep)
        _count, piece = self.components(matrix, directed=False)
        piece[node] = -1
        neighbours = numpy.concatenate([self.pairs[~keep, 0], self.pairs[~keep, 1]])
        neighbours = neighbours[neighbours != node]
        shared = numpy.bincount(piece[neighbours], minlength=piece.max() + 1) >= 2
        affected = shared[numpy.maximum(piece, 0)] & (piece >= 0) & (self.predecessor == node).any(axis=1)
        total = 0.0
        for label in numpy.unique(piece[piece >= 0]):
            members = numpy.flatnonzero(piece == label)
            total += float(self.weight[numpy.ix_(members, members)].sum())
        sources = numpy.flatnonzero(affected)
        if sources.size:
            distance = self.dijkstra(matrix, directed=False, indices=sources, limit=self.limit)
            old = self.weight[sources]
            new = self._weights(distance, sources)
            for row, source in enumerate(sources):  # the sources' own piece only (p* = 0 elsewhere)
                members = piece == piece[source]
                total += float(new[row, members].sum() - old[row, members].sum())
        return total

    def pc_without_link(self, a, b, number, cost):
        """PC_num of the group without one corridor. Unchanged when a parallel corridor is as cheap, or when
        the corridor is on no shortest path (its cost exceeds the least cost between its ends). A corridor
        whose loss splits the group (a bridge) only takes away the pairs across it; otherwise the sources
        whose shortest-path tree uses it are searched again."""
        numpy = self.numpy
        key = (min(a, b), max(a, b))
        others = [c for c, n in self.pair_costs[key] if n != number]
        if others and min(others) <= cost * (1 + RELATIVE_TOLERANCE):
            return self.pc
        if cost > self.distance[a, b] * (1 + RELATIVE_TOLERANCE):
            return self.pc
        index = int(numpy.flatnonzero((self.pairs[:, 0] == key[0]) & (self.pairs[:, 1] == key[1]))[0])
        keep = numpy.ones(len(self.pairs), dtype=bool)
        costs = self.pair_cost
        if others:  # a dearer parallel corridor takes over
            costs = self.pair_cost.copy()
            costs[index] = max(min(others), 1e-300)
        else:
            keep[index] = False
        matrix = self._matrix(keep, costs)
        _count, piece = self.components(matrix, directed=False)
        if piece[a] != piece[b]:
            side_a, side_b = piece == piece[a], piece == piece[b]
            return self.pc - 2.0 * float(self.weight[numpy.ix_(side_a, side_b)].sum())
        sources = numpy.flatnonzero((self.predecessor[:, b] == a) | (self.predecessor[:, a] == b))
        distance = self.dijkstra(matrix, directed=False, indices=sources, limit=self.limit)
        new = self._weights(distance, sources).sum(axis=1)
        return self.pc - float(self.row_weight[sources].sum()) + float(new.sum())


def probability_of_connectivity(areas, links, dispersal_distance, is_canceled=None, on_progress=None):
    """Connectivity of réservoirs of `areas` (ha, index = position) joined by `links` [(i, j, cost)].

    Raises ConnectivityUnavailable without scipy, and the Canceled of least_cost when is_canceled() turns
    true (checked for every element); on_progress(share done, 0 to 1) is called as elements are done."""
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
    done, elements = 0, float(count + len(links))

    def step():
        nonlocal done
        if is_canceled is not None and is_canceled():
            raise Canceled()
        done += 1
        if on_progress is not None and done % 20 == 0:
            on_progress(done / elements)

    for root, nodes in members.items():
        group = solved.get(root)
        for node in nodes:
            step()
            without = 0.0 if group is None else group.pc_without_node(group.local[node])
            reservoir_dpc[node] = 100.0 * (pc_of_group[root] - without) / pc_num
        for number, (a, b, cost) in links_of.get(root, []):
            step()
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


def schema_connectivity(reservoirs, corridors, conflicts, dispersal_distance, is_canceled=None, on_progress=None):
    """Set dpc on the réservoirs, dpc and rang on the corridors and the conflict points (a conflict point
    takes the dpc of the corridor it cuts), from the corridors' cost. Returns the equivalent connected area
    (ha). Raises ConnectivityUnavailable without scipy (nothing is set then)."""
    position = {reservoir.reservoir_id: index for index, reservoir in enumerate(reservoirs)}
    links = [(position[c.reservoir_a], position[c.reservoir_b], c.cout) for c in corridors]
    result = probability_of_connectivity([r.surface_ha for r in reservoirs], links, dispersal_distance,
                                         is_canceled, on_progress)
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
