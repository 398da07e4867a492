"""The inventory of each concession: shafts by status, pumping stations, communes, hazards.

Counts use a QgsSpatialIndex of the perimeters and a prepared GEOS geometry per perimeter, so each
point is tested against the one or two perimeters whose box holds it, never against all of them.
"""

import unicodedata
from dataclasses import dataclass, field

from qgis.core import QgsGeometry, QgsSpatialIndex

from .checks import fr_number, natural_key
from .geometry import AREA_NOISE_M2, is_empty

TRAITE = "traite"
NON_TRAITE = "non_traite"
INCONNU = "inconnu"
SHAFT_STATUSES = (TRAITE, NON_TRAITE, INCONNU)

# A commune counts for a concession when it holds at least this share of its area: boundaries drawn
# from different sources leave slivers that are not "communes of the concession".
COMMUNE_MIN_SHARE = 0.001


def shaft_status(value):
    """'Non traité', 'NON_TRAITE', 'non traite' → 'non_traite'; anything unknown or empty → 'inconnu'."""
    if value is None:
        return INCONNU
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().strip().lower()
    text = "_".join(text.replace("-", " ").split())
    return text if text in SHAFT_STATUSES else INCONNU


@dataclass
class CommuneShare:
    nom: str
    insee: str
    share: float  # 0..1 of the concession's area

    def label(self):
        percent = 100.0 * self.share
        return "{} ({} %)".format(self.nom, "< 1" if percent < 0.5 else "{:.0f}".format(percent))


@dataclass
class ConcessionInventory:
    """What lies inside one concession. Lists are None when the layer was not given."""

    fid: int
    concession_id: str
    nom: str
    geometry: QgsGeometry
    shafts: list = None  # of dicts: puits_id, nom, etat (normalised), plus the raw attributes
    stations: list = None
    communes: list = None  # of CommuneShare, largest first
    hazards: list = None  # of dicts: type, niveau, surface_ha
    extra: dict = field(default_factory=dict)

    @property
    def surface_ha(self):
        return self.geometry.area() / 10000.0 if not is_empty(self.geometry) else 0.0

    @property
    def nb_puits(self):
        return None if self.shafts is None else len(self.shafts)

    @property
    def nb_puits_non_traites(self):
        if self.shafts is None:
            return None
        return sum(1 for shaft in self.shafts if shaft["etat"] in (NON_TRAITE, INCONNU))

    @property
    def nb_stations(self):
        return None if self.stations is None else len(self.stations)

    @property
    def nb_communes(self):
        return None if self.communes is None else len(self.communes)

    @property
    def communes_text(self):
        """'Lens (42 %), Liévin (31 %)' by decreasing share of the concession's area."""
        if self.communes is None:
            return None
        return ", ".join(share.label() for share in self.communes)

    def shafts_by_status(self):
        counts = {status: 0 for status in SHAFT_STATUSES}
        for shaft in self.shafts or []:
            counts[shaft["etat"]] += 1
        return counts


class PerimeterIndex:
    """Perimeters in a spatial index with prepared geometries, to place points and cut polygons."""

    def __init__(self, inventories):
        self.inventories = {inv.fid: inv for inv in inventories if not is_empty(inv.geometry)}
        self.index = QgsSpatialIndex()
        self.engines = {}
        for fid, inventory in self.inventories.items():
            self.index.addFeature(fid, inventory.geometry.boundingBox())
            engine = QgsGeometry.createGeometryEngine(inventory.geometry.constGet())
            engine.prepareGeometry()
            self.engines[fid] = engine

    def containing(self, point_geometry):
        """The fids of the perimeters holding this point (on the boundary counts as inside)."""
        found = []
        for fid in self.index.intersects(point_geometry.boundingBox()):
            if self.engines[fid].intersects(point_geometry.constGet()):
                found.append(fid)
        return found

    def overlapping(self, polygon):
        """(fid, area in m² of the intersection) for each perimeter sharing area with ``polygon``."""
        found = []
        for fid in self.index.intersects(polygon.boundingBox()):
            if not self.engines[fid].intersects(polygon.constGet()):
                continue
            area = self.inventories[fid].geometry.intersection(polygon).area()
            if area > AREA_NOISE_M2:
                found.append((fid, area))
        return found


def place_points(perimeters, points, attribute, feedback=None):
    """Append each point's record to ``attribute`` (``'shafts'`` / ``'stations'``) of the inventories
    holding it. ``points`` yields (geometry in the working CRS, record dict)."""
    for inventory in perimeters.inventories.values():
        setattr(inventory, attribute, [])
    for number, (geometry, record) in enumerate(points):
        if number % 5000 == 0 and feedback is not None and feedback.isCanceled():
            return
        if is_empty(geometry):
            continue
        for fid in perimeters.containing(geometry):
            getattr(perimeters.inventories[fid], attribute).append(record)


def share_communes(perimeters, communes):
    """Set ``communes`` of each inventory: ``communes`` yields (geometry, nom, insee)."""
    shares = {fid: [] for fid in perimeters.inventories}
    for geometry, nom, insee in communes:
        if is_empty(geometry):
            continue
        for fid, area in perimeters.overlapping(geometry):
            total = perimeters.inventories[fid].geometry.area()
            if total > 0 and area / total >= COMMUNE_MIN_SHARE:
                shares[fid].append(CommuneShare(str(nom or insee or "?"), str(insee or ""), area / total))
    for fid, found in shares.items():
        perimeters.inventories[fid].communes = sorted(found, key=lambda s: (-s.share, s.nom))


def sum_hazards(perimeters, hazards):
    """Set ``hazards`` of each inventory: ``hazards`` yields (geometry, type, niveau); areas are summed
    per (type, niveau)."""
    sums = {fid: {} for fid in perimeters.inventories}
    for geometry, kind, level in hazards:
        if is_empty(geometry):
            continue
        for fid, area in perimeters.overlapping(geometry):
            key = (str(kind or "?"), str(level or "?"))
            sums[fid][key] = sums[fid].get(key, 0.0) + area
    for fid, found in sums.items():
        perimeters.inventories[fid].hazards = [
            {"type": kind, "niveau": level, "surface_ha": area / 10000.0}
            for (kind, level), area in sorted(found.items(), key=lambda item: (-item[1], item[0]))]


def sort_inventories(inventories):
    return sorted(inventories, key=lambda inv: (natural_key(inv.concession_id), inv.fid))


def _count(number, singular, plural):
    """'1 station de relevage', '0 station de relevage', '2 stations de relevage' (French: 0 and 1 take
    the singular)."""
    return "{} {}".format(number, singular if number < 2 else plural)


def summary_sentence(inventory):
    """One French sentence for the log and the index page."""
    parts = ["{} ha".format(fr_number(inventory.surface_ha, 1))]
    if inventory.nb_puits is not None:
        parts.append("{} puits dont {}".format(inventory.nb_puits, _count(
            inventory.nb_puits_non_traites, "non traité ou inconnu", "non traités ou inconnus")))
    if inventory.nb_stations is not None:
        parts.append(_count(inventory.nb_stations, "station de relevage", "stations de relevage"))
    if inventory.nb_communes is not None:
        parts.append(_count(inventory.nb_communes, "commune", "communes"))
    return ", ".join(parts)
