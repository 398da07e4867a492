"""Concession perimeters rebuilt from the vertex table of their decree, and compared with the drawn ones.

A decree lists the vertices of a concession's perimeter (often in NTF Lambert Nord), each with an order:
an integer (1, 2, 3…) or a point name (A, B, C…) read in the order of the file. ``rebuild_perimeters``
turns such rows into rings, says which cannot form a perimeter (fewer than 3 vertices, a vertex order
given twice, a ring that crosses itself) and measures how far the drawn perimeter lies from the rebuilt
one: the Hausdorff distance between the two boundaries, in metres, and the difference of areas.
"""

import collections
import re

from qgis.core import QgsCsException, QgsGeometry, QgsPointXY

from ..compat import is_null
from ..i18n import translate
from ..sandt.names import simplify
from ..sandt.planning import TableError
from .checks import french_number
from .geometry import is_empty

#: Default largest distance (m) between the rebuilt and the drawn boundary for the perimeter to be "ok".
TOLERANCE_M = 5.0

STATUSES = ("ok", "ecart", "invalide", "absent")

#: Role → header synonyms (compared without case, accents nor punctuation) of a decree's vertex table.
VERTEX_COLUMNS = collections.OrderedDict([
    ("concession", ("concession", "concession id", "id concession", "code concession", "identifiant",
                    "id", "titre", "titre minier", "nom concession")),
    ("ordre", ("sommet", "point", "ordre", "n sommet", "no sommet", "numero sommet", "num sommet",
               "numero", "n", "no", "n point", "no point", "numero point", "borne")),
    ("x", ("x", "x m", "abscisse", "coord x", "coordonnee x", "x lambert", "est", "easting")),
    ("y", ("y", "y m", "ordonnee", "coord y", "coordonnee y", "y lambert", "nord", "northing")),
])

_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d*)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


def column_label(role):
    return {
        "concession": translate("ConcessionsPerimeter", "concession"),
        "ordre": translate("ConcessionsPerimeter", "vertex order"),
        "x": translate("ConcessionsPerimeter", "X"),
        "y": translate("ConcessionsPerimeter", "Y"),
    }[role]


def detect_vertex_columns(headers, overrides=None):
    """role → header of a vertex table: ``overrides`` (role → header, blank = detect) win, else the
    French header names. Raises TableError naming the missing columns and the columns read."""
    overrides = {role: name for role, name in (overrides or {}).items() if name}
    mapping = {}
    for role, name in overrides.items():
        if name not in headers:
            raise TableError(translate(
                "ConcessionsPerimeter", "The column \"{}\" given for the {} does not exist in the vertex table "
                                        "(columns: {}).").format(name, column_label(role), ", ".join(headers)))
        mapping[role] = name
    keys = [(simplify(header), header) for header in headers]
    for role, synonyms in VERTEX_COLUMNS.items():
        if role in mapping:
            continue
        for synonym in synonyms:
            found = [h for key, h in keys if key == synonym and h not in mapping.values()]
            if not found and role in ("concession", "ordre"):  # "Sommet n°", "Concession (id)"
                found = [h for key, h in keys if key.startswith(synonym + " ") and h not in mapping.values()]
            if found:
                mapping[role] = found[0]
                break
    missing = [column_label(role) for role in VERTEX_COLUMNS if role not in mapping]
    if missing:
        raise TableError(translate(
            "ConcessionsPerimeter", "Vertex table: no column found for {}. Columns read: {}. The header row "
                                    "must name the columns (Concession, Sommet or Point or Ordre, X, Y), or give "
                                    "them in the fields of the algorithm (ID_FIELD, ORDER_FIELD, X_FIELD, "
                                    "Y_FIELD).").format(", ".join(missing), ", ".join(str(h) for h in headers)
                                                        or translate("ConcessionsPerimeter", "none")))
    return mapping


def is_vertex_header(header):
    """True when ``header`` names a column of a vertex table (to find the header row under title lines)."""
    key = simplify(header)
    return any(key in synonyms for synonyms in VERTEX_COLUMNS.values())


detect_vertex_columns.known_header = is_vertex_header


def coordinate(value):
    """A coordinate typed in a table as a float: 691234.5, "691 234,50" (decimal comma, spaces or
    no-break spaces between thousands). None when empty; ValueError when it is no number."""
    if is_null(value):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = _SPACES.sub("", str(value))
    if not text:
        return None
    if not _NUMBER.match(text):
        raise ValueError(text)
    return float(text.replace(",", "."))


def cell_text(value):
    """A cell as text, so that 12, 12.0 and "12 " match (a concession id, a vertex name); "" when empty."""
    if is_null(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def order_number(value):
    """The integer of a vertex order (3, "3", "3,0"), or None for a point name (A, B, P1…)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    text = _SPACES.sub("", str(value))
    if re.match(r"^\d+([.,]0*)?$", text):
        return int(re.split(r"[.,]", text)[0])
    return None


class Vertex:
    """One row of the vertex table: its line, its order as written, its coordinates."""

    __slots__ = ("ligne", "order", "x", "y")

    def __init__(self, ligne, order, x, y):
        self.ligne = ligne
        self.order = order
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vertex({!r}, {!r}, {!r}, {!r})".format(self.ligne, self.order, self.x, self.y)


class Perimeter:
    """A concession's perimeter: rebuilt from its vertices (``ring``: points of the vertex CRS, closed;
    ``geometry`` in the working CRS) or only drawn (``absent``). ``statut`` and ``detail`` say how it
    compares with the drawn one."""

    def __init__(self, concession_id, vertices=()):
        self.concession_id = concession_id
        self.vertices = list(vertices)
        self.ring = []
        self.problems = []
        self.geometry = QgsGeometry()
        self.drawn = None
        self.ecart_max_m = None
        self.ecart_surface_pct = None
        self.statut = "ok"
        self.detail = ""

    @property
    def nb_sommets(self):
        return max(len(self.ring) - 1, 0) if self.ring else len(self.vertices)

    @property
    def surface_ha(self):
        if is_empty(self.geometry) or self.statut == "invalide":
            return None
        return self.geometry.area() / 10000.0


def vertices_by_concession(table, mapping):
    """({concession id: [Vertex…] in file order}, [warnings], {concession id: [bad rows]}) of a read vertex
    table (a ProgrammeTable of sandt.table_reader); lines are counted in the file (title lines and header included), or are the row
    numbers of a table layer. Rows without concession id are left out with a warning; a row whose
    coordinates are not numbers is kept with None coordinates, and its concession is refused later."""
    grouped = collections.OrderedDict()
    warnings = []
    bad = collections.defaultdict(list)
    for record in table.records:
        line = table.header_line + record.ligne  # the line (or row) of the file, as its reader sees it
        if record.values is None:
            warnings.append(translate("ConcessionsPerimeter", "Line {}: {}. The line is ignored.").format(
                line, record.problem))
            continue
        concession = cell_text(record.values.get(mapping["concession"]))
        if not concession:
            warnings.append(translate("ConcessionsPerimeter", "Line {}: no concession id. The line is ignored.")
                            .format(line))
            continue
        order = record.values.get(mapping["ordre"])
        coordinates = []
        for role in ("x", "y"):
            raw = record.values.get(mapping[role])
            try:
                coordinates.append(coordinate(raw))
            except ValueError:
                coordinates.append(None)
                bad[concession].append(translate("ConcessionsPerimeter", "line {}: {} \"{}\" is not a number")
                                       .format(line, column_label(role), raw))
                continue
            if coordinates[-1] is None:
                bad[concession].append(translate("ConcessionsPerimeter", "line {}: {} is empty")
                                       .format(line, column_label(role)))
        grouped.setdefault(concession, []).append(Vertex(line, order, *coordinates))
    return grouped, warnings, dict(bad)


def ordered_ring(vertices):
    """(points [(x, y)…] closed, problems [French sentences]) of one concession's vertices.

    Orders that are all integers sort the vertices; otherwise (point names) the file order is kept.
    A last row repeating the first vertex closes the ring and is not counted. Problems: an order given
    twice, fewer than 3 vertices, a side crossing another one."""
    problems = []
    names = [cell_text(v.order) for v in vertices]
    orders = [order_number(name) if name else None for name in names]
    vertices = list(vertices)
    if len(vertices) > 1 and _closes_ring(vertices):
        vertices, orders, names = vertices[:-1], orders[:-1], names[:-1]
    missing = [v.ligne for v, name in zip(vertices, names) if not name]
    if missing:
        problems.append(translate("ConcessionsPerimeter", "vertex without order (line(s) {})").format(
            ", ".join(str(n) for n in missing)))
    repeated = [name for name, count in collections.Counter(n for n in names if n).items() if count > 1]
    if repeated:
        problems.append(translate("ConcessionsPerimeter", "vertex order given more than once: {}").format(
            ", ".join(repeated)))
    if all(order is not None for order in orders):
        ranked = sorted(zip(orders, range(len(vertices))))
        vertices = [vertices[index] for _order, index in ranked]
        names = [names[index] for _order, index in ranked]
    points = [(v.x, v.y) for v in vertices if v.x is not None and v.y is not None]
    distinct = []
    for point in points:
        if not distinct or point != distinct[-1]:
            distinct.append(point)
    if len(distinct) > 1 and distinct[0] == distinct[-1]:
        distinct.pop()
    if len(distinct) < 3:
        problems.append(translate("ConcessionsPerimeter", "{} distinct vertex(es): a perimeter needs at least 3")
                        .format(len(distinct)))
        return [], problems
    if len(distinct) == len(points) and len(names) == len(points):
        labels = names
    else:
        labels = [str(i + 1) for i in range(len(distinct))]
    simple = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in distinct + [distinct[0]]]]).isGeosValid()
    crossing = None if simple else crossing_sides(distinct)
    if crossing is not None:
        (a, b), (c, d) = crossing
        problems.append(translate(
            "ConcessionsPerimeter", "the ring crosses itself: side {}–{} crosses side {}–{} (vertices in the "
                                    "wrong order?)").format(labels[a], labels[b], labels[c], labels[d]))
    return distinct + [distinct[0]], problems


def _closes_ring(vertices):
    first, last = vertices[0], vertices[-1]
    return first.x is not None and (first.x, first.y) == (last.x, last.y)


def crossing_sides(points):
    """((i, j), (k, l)) indexes of the first two sides (in ring order) of the closed ring through
    ``points`` (not closed themselves) that cross or overlap; None when the ring is simple. Sides are
    swept by x, so that only sides whose extents overlap are compared."""
    n = len(points)
    sides = [(i, (i + 1) % n) for i in range(n)]
    boxes = []
    for index, (start, end) in enumerate(sides):
        (x1, y1), (x2, y2) = points[start], points[end]
        boxes.append((min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2), index))
    boxes.sort()
    found = []
    for position, (_x_min, x_max, y_min, y_max, first) in enumerate(boxes):
        for other_x_min, _other_x_max, other_y_min, other_y_max, second in boxes[position + 1:]:
            if other_x_min > x_max:
                break
            if other_y_min > y_max or other_y_max < y_min:
                continue
            pair = (min(first, second), max(first, second))
            if _sides_cross(points, sides[pair[0]], sides[pair[1]], n):
                found.append(pair)
    if not found:
        return None
    first, second = min(found)
    return sides[first], sides[second]


def _sides_cross(points, side_a, side_b, n):
    if side_b[0] == side_a[1] or side_a[0] == side_b[1]:  # consecutive sides share a vertex
        return _adjacent_overlap(points, side_a, side_b)
    return _segments_meet(points[side_a[0]], points[side_a[1]], points[side_b[0]], points[side_b[1]])


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _on_segment(p, q, r):
    return min(p[0], r[0]) <= q[0] <= max(p[0], r[0]) and min(p[1], r[1]) <= q[1] <= max(p[1], r[1])


def _segments_meet(p1, p2, p3, p4):
    d1, d2 = _cross(p3, p4, p1), _cross(p3, p4, p2)
    d3, d4 = _cross(p1, p2, p3), _cross(p1, p2, p4)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True
    return any(d == 0 and _on_segment(a, q, b) for d, a, q, b in
               ((d1, p3, p1, p4), (d2, p3, p2, p4), (d3, p1, p3, p2), (d4, p1, p4, p2)))


def _adjacent_overlap(points, side_a, side_b):
    """Two consecutive sides folding back on each other (A→B→A')."""
    shared = set(side_a) & set(side_b)
    if not shared:
        return False
    pivot = points[shared.pop()]
    other_a = points[side_a[0] if points[side_a[1]] == pivot else side_a[1]]
    other_b = points[side_b[0] if points[side_b[1]] == pivot else side_b[1]]
    if _cross(pivot, other_a, other_b) != 0:
        return False
    return (other_a[0] - pivot[0]) * (other_b[0] - pivot[0]) + (other_a[1] - pivot[1]) * (other_b[1] - pivot[1]) > 0


def boundary_distance(rebuilt, drawn):
    """Hausdorff distance (m) between the boundaries of two polygons of the working CRS: the farthest
    point of either boundary from the other one, sides included (each boundary is sampled every metre or
    so and measured against the other's segments), so that a drift between vertices is measured too."""
    a, b = rebuilt.constGet().boundary(), drawn.constGet().boundary()
    if a is None or b is None:
        return None
    line_a, line_b = QgsGeometry(a), QgsGeometry(b)
    # QGIS's discrete Hausdorff measures the vertices of each geometry against the other one: one
    # geometry sampled densely against the other kept as it is, then the reverse, cover both directions
    # at a cost in samples × vertices rather than samples².
    count_a, count_b = _vertex_count(line_a), _vertex_count(line_b)
    return max(_sampled(line_a, count_b).hausdorffDistance(line_b),
               line_a.hausdorffDistance(_sampled(line_b, count_a)))


#: Sampling step (m) of a boundary for the Hausdorff distance (the distance is then exact to half of it)…
HAUSDORFF_STEP_M = 1.0
#: … unless samples × vertices of the other boundary would exceed this: the step then grows (a ring of
#: thousands of vertices is measured every few metres, in about a second, instead of every metre in ten).
HAUSDORFF_BUDGET = 20000000


def _vertex_count(line):
    return sum(1 for _vertex in line.vertices())


def _sampled(line, other_vertices):
    samples = max(1000, HAUSDORFF_BUDGET // max(other_vertices, 1))
    return line.densifyByDistance(max(HAUSDORFF_STEP_M, line.length() / samples))


def rebuild_perimeters(vertices, drawn=None, tolerance_m=TOLERANCE_M, transform=None, bad_rows=None,
                       feedback=None):
    """[Perimeter…] of each concession of ``vertices`` ({id: [Vertex…]}), then of each drawn perimeter
    (``drawn``: {id: QgsGeometry in the working CRS}, or None: nothing to compare) without vertices
    (statut ``absent``, the drawn geometry kept). ``transform`` (a QgsCoordinateTransform, or None) puts
    the rings in the working CRS; ``bad_rows`` {id: [French sentence]} are rows whose coordinates could not be read."""
    bad_rows = bad_rows or {}
    perimeters = []
    for concession_id, rows in vertices.items():
        if feedback is not None and feedback.isCanceled():
            break
        perimeter = Perimeter(concession_id, rows)
        ring, problems = ordered_ring(rows)
        perimeter.problems = list(bad_rows.get(concession_id, [])) + problems
        perimeter.ring = ring
        if ring:
            geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    geometry = QgsGeometry()
                    perimeter.problems.append(translate(
                        "ConcessionsPerimeter", "its vertices cannot be put in Lambert-93 from the CRS of the table"))
            perimeter.geometry = geometry
        if drawn is not None:
            perimeter.drawn = drawn.get(concession_id)
        compare(perimeter, tolerance_m, drawn is not None)
        perimeters.append(perimeter)
    if drawn is not None:
        for concession_id, geometry in drawn.items():
            if concession_id in vertices:
                continue
            perimeter = Perimeter(concession_id)
            perimeter.geometry = QgsGeometry(geometry) if geometry is not None else QgsGeometry()
            perimeter.statut = "absent"
            perimeter.detail = translate("ConcessionsPerimeter", "no vertex of this concession in the table: the "
                                                                 "drawn perimeter is copied, not rebuilt")
            perimeters.append(perimeter)
    return perimeters


def compare(perimeter, tolerance_m=TOLERANCE_M, compared=False):
    """Set the perimeter's statut, detail and, with a drawn perimeter, ecart_max_m and ecart_surface_pct."""
    if perimeter.problems:
        perimeter.statut = "invalide"
        perimeter.detail = "; ".join(perimeter.problems)
        return
    if not perimeter.geometry.isGeosValid():  # GEOS sees what the side test does not (e.g. a NaN)
        perimeter.statut = "invalide"
        perimeter.detail = translate("ConcessionsPerimeter", "the rebuilt ring is not a valid polygon")
        return
    drawn = perimeter.drawn
    if drawn is None or is_empty(drawn):
        perimeter.statut = "ok"
        if compared:
            perimeter.detail = translate("ConcessionsPerimeter", "no drawn perimeter with this id to compare")
        return
    perimeter.ecart_max_m = boundary_distance(perimeter.geometry, drawn)
    drawn_area = drawn.area()
    if drawn_area > 0:
        perimeter.ecart_surface_pct = (perimeter.geometry.area() - drawn_area) / drawn_area * 100.0
    if perimeter.ecart_max_m is not None and perimeter.ecart_max_m > tolerance_m:
        perimeter.statut = "ecart"
        perimeter.detail = translate("ConcessionsPerimeter", "the drawn perimeter lies up to {} m from the decree's "
                                                             "(tolerance {} m)").format(
            french_number(perimeter.ecart_max_m, 1), french_number(tolerance_m, 1))
    else:
        perimeter.statut = "ok"


def status_summary(perimeters):
    """A French sentence counting the perimeters per statut: '38 conformes, 1 en écart, 1 absent'."""
    counts = collections.Counter(p.statut for p in perimeters)
    return status_sentence(counts)


def status_sentence(counts):
    """The French words of ``counts`` ({statut: number}), singular or plural, in the order of STATUSES."""
    words = {
        "ok": (translate("ConcessionsPerimeter", "{} perimeter in agreement"),
               translate("ConcessionsPerimeter", "{} perimeters in agreement")),
        "ecart": (translate("ConcessionsPerimeter", "{} perimeter drifted"),
                  translate("ConcessionsPerimeter", "{} perimeters drifted")),
        "invalide": (translate("ConcessionsPerimeter", "{} invalid perimeter"),
                     translate("ConcessionsPerimeter", "{} invalid perimeters")),
        "absent": (translate("ConcessionsPerimeter", "{} perimeter missing from the table"),
                   translate("ConcessionsPerimeter", "{} perimeters missing from the table")),
    }
    parts = [words[statut][counts[statut] > 1].format(french_number(counts[statut]))
             for statut in STATUSES if counts.get(statut)]
    return ", ".join(parts) or translate("ConcessionsPerimeter", "no perimeter")


def status_label(statut):
    """The French word of a statut, for a person to read."""
    return {
        "ok": translate("ConcessionsPerimeter", "in agreement"),
        "ecart": translate("ConcessionsPerimeter", "drifted"),
        "invalide": translate("ConcessionsPerimeter", "invalid"),
        "absent": translate("ConcessionsPerimeter", "missing from the table"),
    }.get(statut, statut)


def drawn_by_id(concessions):
    """{id: geometry} of drawn concessions (checks.Concession records of layers.read_concessions); a
    repeated id keeps its first perimeter."""
    drawn = collections.OrderedDict()
    for concession in concessions:
        key = cell_text(concession.concession_id)
        if key and key not in drawn:
            drawn[key] = concession.geometry
    return drawn


def require_vertices(grouped):
    if not grouped:
        raise TableError(translate("ConcessionsPerimeter", "The vertex table holds no vertex row: check that each "
                                                           "row gives a concession, a vertex order, X and Y."))
