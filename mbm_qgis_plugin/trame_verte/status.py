"""Implementation status of the trame verte: which share of each corridor the works done cover."""

from collections import defaultdict

from qgis.core import Qgis, QgsGeometry, QgsSpatialIndex, QgsWkbTypes

from ..compat import wkb_type

EPCI_FIELDS = ("epci_nom", "nom_epci", "epci", "epci_siren", "siren_epci")


def _is_line(geometry):
    return QgsWkbTypes.flatType(geometry.wkbType()) in (wkb_type("LineString"), wkb_type("MultiLineString"))


def works_areas(geometries, tolerance_m):
    """Areas counted as done: polygons as they are, lines and points buffered by tolerance_m."""
    areas = []
    for geometry in geometries:
        if geometry is None or geometry.isEmpty():
            continue
        if QgsWkbTypes.flatType(geometry.wkbType()) in (wkb_type("Polygon"), wkb_type("MultiPolygon")):
            areas.append(geometry if geometry.isGeosValid() else geometry.makeValid())
        else:
            # Flat ends: a 250 m hedge covers 250 m of corridor, not 250 m plus two caps.
            areas.append(geometry.buffer(tolerance_m, 8, Qgis.EndCapStyle.Flat, Qgis.JoinStyle.Round, 2.0))
    return areas


class _Index:
    def __init__(self, geometries):
        self.geometries = geometries
        self.index = QgsSpatialIndex()
        for number, geometry in enumerate(geometries):
            self.index.addFeature(number, geometry.boundingBox())

    def near(self, geometry):
        return [self.geometries[n] for n in self.index.intersects(geometry.boundingBox())
                if self.geometries[n].intersects(geometry)]


def _length(geometry):
    return 0.0 if geometry is None or geometry.isNull() or geometry.isEmpty() else geometry.length()


class CorridorProgress:
    __slots__ = ("useful", "longueur_utile_m", "longueur_realisee_m", "pct_realise")

    def __init__(self, useful, useful_length, done_length):
        self.useful = useful
        self.longueur_utile_m = useful_length
        self.longueur_realisee_m = done_length
        self.pct_realise = 100.0 * done_length / useful_length if useful_length > 0 else 0.0


def corridor_progress(corridors, reservoirs, realisations, tolerance_m=10.0):
    """For each corridor line: its length outside the réservoirs (where works matter), the part of it the
    works cover and their share in percent (pct_realise)."""
    reservoir_index = _Index([g for g in reservoirs if g is not None and not g.isEmpty()])
    works_index = _Index(works_areas(realisations, tolerance_m))
    progress = []
    for corridor in corridors:
        useful = QgsGeometry(corridor)
        around = reservoir_index.near(useful)
        if around:
            useful = useful.difference(QgsGeometry.unaryUnion(around) if len(around) > 1 else around[0])
        useful_length = _length(useful)
        done = 0.0
        works = works_index.near(useful) if useful_length > 0 else []
        if works:
            covered = useful.intersection(QgsGeometry.unaryUnion(works) if len(works) > 1 else works[0])
            done = min(useful_length, _length(covered) if _is_line(covered) or covered.isEmpty()
                       else sum(_length(p) for p in covered.asGeometryCollection() if _is_line(p)))
        progress.append(CorridorProgress(useful, useful_length, done))
    return progress


def epci_totals(corridors_progress, communes):
    """Totals by EPCI: {epci: [corridor count, useful length, done length]} from communes = [(geometry,
    epci)], splitting each corridor's useful part between the communes it crosses (works in proportion)."""
    index = _Index([geometry for geometry, _epci in communes])
    epci_of = {id(geometry): epci for geometry, epci in communes}
    totals = defaultdict(lambda: [set(), 0.0, 0.0])
    dominant = []
    for number, progress in enumerate(corridors_progress):
        share = progress.longueur_realisee_m / progress.longueur_utile_m if progress.longueur_utile_m else 0.0
        lengths = defaultdict(float)
        if progress.longueur_utile_m > 0:
            for commune in index.near(progress.useful):
                inside = _length(progress.useful.intersection(commune))
                if inside > 0:
                    lengths[epci_of[id(commune)]] += inside
        for epci, length in lengths.items():
            totals[epci][0].add(number)
            totals[epci][1] += length
            totals[epci][2] += length * share
        dominant.append(max(sorted(lengths), key=lambda e: lengths[e]) if lengths else None)
    return {epci: (len(ids), useful, done) for epci, (ids, useful, done) in totals.items()}, dominant
