"""The checks of concession perimeters: what `mbm:concessions_check` reports.

Input: ``Concession`` records whose geometries are already in the working (metric) CRS. Output: a list
of ``Anomaly``, sorted by kind (in the order of ``ANOMALY_KINDS``), then concession id, then place.
Nothing given is modified: every geometry is copied before it is repaired or cut.
"""

from dataclasses import dataclass, field

from qgis.core import QgsGeometry, QgsSpatialIndex

from ..i18n import translate

from .geometry import (
    AREA_NOISE_M2,
    closing,
    is_empty,
    is_sliver,
    linearized,
    parts_by_dimension,
    polygonal_part,
    repaired,
    validity_errors,
)

GEOMETRIE_VIDE = "geometrie_vide"
GEOMETRIE_INVALIDE = "geometrie_invalide"
IDENTIFIANT_DUPLIQUE = "identifiant_duplique"
CHEVAUCHEMENT = "chevauchement"
LACUNE = "lacune"
MICRO_SURFACE = "micro_surface"
ECART_SURFACE = "ecart_surface"

# The order of the output: first what prevents the other checks, then between concessions, then areas.
ANOMALY_KINDS = (GEOMETRIE_VIDE, GEOMETRIE_INVALIDE, IDENTIFIANT_DUPLIQUE, CHEVAUCHEMENT, LACUNE,
                 MICRO_SURFACE, ECART_SURFACE)



def anomaly_label(kind):
    """The words of an anomaly kind, in the user's language: what a person reads, never the stored code."""
    labels = {
        GEOMETRIE_VIDE: translate("ConcessionAnomalies", "Empty geometry"),
        GEOMETRIE_INVALIDE: translate("ConcessionAnomalies", "Invalid geometry"),
        IDENTIFIANT_DUPLIQUE: translate("ConcessionAnomalies", "Duplicate id"),
        CHEVAUCHEMENT: translate("ConcessionAnomalies", "Overlap"),
        LACUNE: translate("ConcessionAnomalies", "Gap"),
        MICRO_SURFACE: translate("ConcessionAnomalies", "Sliver"),
        ECART_SURFACE: translate("ConcessionAnomalies", "Area difference"),
    }
    return labels.get(kind, translate("ConcessionAnomalies", "Other anomaly"))


# Open slivers (not enclosed) smaller than this are rounding noise of the closing, not gaps.
OPEN_SLIVER_NOISE_M2 = 0.01
# Two perimeters closer than this (m) are neighbours of a gap.
NEIGHBOUR_TOLERANCE_M = 0.01
# A line or a point of a concession is reported as this band (m) around it: the anomalies are polygons.
NON_SURFACE_BAND_M = 1.0


def non_surface_reason(has_polygons, has_lines, has_points):
    """Why a feature of a polygon layer that is not (only) a surface is reported, in French."""
    if not has_polygons:
        what = {(True, False): "géométrie de type ligne", (False, True): "géométrie de type point",
                (True, True): "collection de lignes et de points"}[(has_lines, has_points)]
        return "{} dans une couche de polygones : aucune surface, ignorée par les autres contrôles".format(what)
    mixed, ignored = {(True, False): ("polygones et lignes", "la ligne est ignorée"),
                      (False, True): ("polygones et points", "le point est ignoré"),
                      (True, True): ("polygones, lignes et points", "les lignes et les points sont ignorés")
                      }[(has_lines, has_points)]
    return "collection mélangeant {} : {}, les polygones sont contrôlés".format(mixed, ignored)


@dataclass
class Concession:
    """One feature of the concessions layer, geometry in the working CRS."""

    fid: int
    concession_id: object  # the raw value of ID_FIELD (None when NULL)
    geometry: QgsGeometry
    declared_ha: object = None  # float or None

    @property
    def label(self):
        """The id as written in the reports; a feature without id is named by its fid."""
        if self.concession_id is None or str(self.concession_id).strip() == "":
            return "(fid {})".format(self.fid)
        return str(self.concession_id)


@dataclass
class Anomaly:
    concession_id: str
    anomalie: str
    surface_m2: object  # float or None
    detail: str
    geometry: QgsGeometry = field(default_factory=QgsGeometry)

    def sort_key(self):
        point = self.geometry.boundingBox().center() if not is_empty(self.geometry) else None
        return (ANOMALY_KINDS.index(self.anomalie), natural_key(self.concession_id),
                (point.x(), point.y()) if point else (0.0, 0.0), self.detail)


def natural_key(text):
    """'C2' before 'C10'."""
    import re

    return [(0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk)
            for chunk in re.split(r"(\d+)", str(text)) if chunk]


def fr_number(value, decimals=1):
    """1234.56 → '1 234,6' (French separators)."""
    text = "{:,.{}f}".format(value, decimals)
    return text.replace(",", " ").replace(".", ",")


def french_number(value, decimals=0):
    """1234567.5 → '1 234 567,50' with no-break spaces (a number never splits across two lines)."""
    return fr_number(value, decimals).replace(" ", "\u00a0")


def joined_ids(concessions):
    return ",".join(sorted({c.label for c in concessions}, key=natural_key))


class ConcessionChecker:
    """Runs every check on a list of concessions. ``feedback`` (optional) is a QgsFeedback."""

    def __init__(self, concessions, sliver_max_width_m=5.0, area_tolerance_pct=5.0, feedback=None,
                 min_gap_area_m2=0.0):
        self.concessions = list(concessions)
        self.sliver_max_width_m = float(sliver_max_width_m)
        self.area_tolerance_pct = float(area_tolerance_pct)
        # Gaps and overlaps (slivers included) of a smaller area are not reported.
        self.min_gap_area_m2 = float(min_gap_area_m2 or 0.0)
        self.feedback = feedback
        self.anomalies = []
        self.fixed = {}  # fid → valid polygonal geometry (repaired copy) for the checks between them
        self._union = None  # of the repaired perimeters, computed once

    # --- public ---------------------------------------------------------------------------------
    def run(self):
        steps = (self.check_geometries, self.check_duplicate_ids, self.check_overlaps, self.check_gaps,
                 self.check_declared_areas)
        for number, step in enumerate(steps):
            if self._canceled():
                break
            step()
            self._progress(100.0 * (number + 1) / len(steps))
        return sorted(self.anomalies, key=Anomaly.sort_key)

    # --- one concession at a time ----------------------------------------------------------------
    def check_geometries(self):
        """geometrie_vide and geometrie_invalide; keep a repaired copy of every perimeter."""
        for concession in self.concessions:
            geometry = concession.geometry
            if is_empty(geometry):
                self._add(concession.label, GEOMETRIE_VIDE, None,
                          "La concession n'a pas de géométrie (géométrie nulle ou vide) : "
                          "elle est ignorée par les autres contrôles.", QgsGeometry())
                continue
            geometry = self._surface_of(concession, linearized(geometry))
            if geometry is None:
                continue
            errors = validity_errors(geometry)
            fixed = repaired(geometry)
            if errors:
                shown = ["{}{}".format(what, " en X = {} ; Y = {}".format(
                    fr_number(where.x(), 0), fr_number(where.y(), 0)) if where is not None else "")
                    for what, where in errors[:3]]
                more = " et {} autre(s) erreur(s)".format(len(errors) - 3) if len(errors) > 3 else ""
                repair = ("réparée en mémoire pour les autres contrôles (couche d'origine inchangée)"
                          if not is_empty(fixed) else
                          "irréparable (aucune surface) : ignorée par les autres contrôles")
                self._add(concession.label, GEOMETRIE_INVALIDE, fixed.area() if not is_empty(fixed) else 0.0,
                          "Géométrie invalide : {}{} — {}.".format(" ; ".join(shown), more, repair),
                          QgsGeometry(geometry))
            if not is_empty(fixed):
                self.fixed[concession.fid] = fixed

    def _surface_of(self, concession, geometry):
        """The polygons of ``geometry``; a line or a point (alone or beside polygons) is reported as
        geometrie_invalide, never dropped without a word. None when nothing is left to check."""
        polygons, lines, points = parts_by_dimension(geometry)
        if is_empty(lines) and is_empty(points):
            return geometry
        kinds = (not is_empty(polygons), not is_empty(lines), not is_empty(points))
        bands = [g.buffer(NON_SURFACE_BAND_M, 4) for g in (lines, points) if not is_empty(g)]
        self._add(concession.label, GEOMETRIE_INVALIDE, None,
                  "Géométrie invalide : {}.".format(non_surface_reason(*kinds)),
                  QgsGeometry.unaryUnion(bands))
        return polygons if kinds[0] else None

    def check_duplicate_ids(self):
        groups = {}
        for concession in self.concessions:
            if concession.concession_id is None or str(concession.concession_id).strip() == "":
                continue
            groups.setdefault(str(concession.concession_id), []).append(concession)
        for key, members in groups.items():
            if len(members) < 2:
                continue
            geometries = [self.fixed[c.fid] for c in members if c.fid in self.fixed]
            geometry = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
            self._add(key, IDENTIFIANT_DUPLIQUE, geometry.area() if not is_empty(geometry) else None,
                      "L'identifiant « {} » est porté par {} entités (fid {}) : chaque concession doit "
                      "avoir un identifiant unique.".format(
                          key, len(members), ", ".join(str(c.fid) for c in members)),
                      geometry)

    def check_declared_areas(self):
        for concession in self.concessions:
            declared = concession.declared_ha
            if declared is None or concession.fid not in self.fixed:
                continue
            try:
                declared = float(declared)
            except (TypeError, ValueError):
                continue
            if declared <= 0:
                continue
            drawn_m2 = self.fixed[concession.fid].area()
            drawn_ha = drawn_m2 / 10000.0
            gap_pct = 100.0 * (drawn_ha - declared) / declared
            if abs(gap_pct) > self.area_tolerance_pct:
                self._add(concession.label, ECART_SURFACE, drawn_m2,
                          "Surface dessinée {} ha pour {} ha déclarés : écart de {}{} % (tolérance {} %)."
                          .format(fr_number(drawn_ha, 2), fr_number(declared, 2),
                                  "+" if gap_pct > 0 else "", fr_number(gap_pct, 1),
                                  fr_number(self.area_tolerance_pct, 1)),
                          QgsGeometry(self.fixed[concession.fid]))

    # --- between concessions ---------------------------------------------------------------------
    def union(self):
        """The union of the repaired perimeters (the costliest operation of the check: done once)."""
        if self._union is None:
            geometries = [self.fixed[c.fid] for c in self.concessions if c.fid in self.fixed]
            self._union = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
        return self._union

    def _index(self):
        index = QgsSpatialIndex()
        for concession in self.concessions:
            if concession.fid in self.fixed:
                index.addFeature(concession.fid, self.fixed[concession.fid].boundingBox())
        return index

    def check_overlaps(self):
        """chevauchement (or micro_surface) for every pair of perimeters sharing some area."""
        by_fid = {c.fid: c for c in self.concessions}
        index = self._index()
        for concession in self.concessions:
            if self._canceled():
                return
            geometry = self.fixed.get(concession.fid)
            if geometry is None:
                continue
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            for other_fid in sorted(index.intersects(geometry.boundingBox())):
                if other_fid <= concession.fid:
                    continue
                other = by_fid[other_fid]
                # Two copies of one id are a duplicate, already reported: not an overlap as well.
                if other.label == concession.label:
                    continue
                other_geometry = self.fixed[other_fid]
                if not engine.intersects(other_geometry.constGet()):
                    continue
                shared = geometry.intersection(other_geometry)
                # Neighbours sharing an edge give back lines (thousands of pieces along wiggly
                # boundaries): their area, summed by QGIS, rules them out before any piece is sorted.
                if is_empty(shared) or shared.area() <= AREA_NOISE_M2:
                    continue
                shared = polygonal_part(shared)
                self._report_surface(shared, [concession, other], CHEVAUCHEMENT,
                                     "Les concessions {} se chevauchent sur {} m² ({} ha).")

    def check_gaps(self):
        """lacune (or micro_surface): holes of the union that belong to no concession, and narrow
        open gaps between two or more concessions."""
        union = self.union()
        if is_empty(union):
            return
        index = self._index()
        by_fid = {c.fid: c for c in self.concessions}
        holes = []
        parts = union.asGeometryCollection()
        for part in parts:
            for ring in part.asPolygon()[1:]:
                hole = QgsGeometry.fromPolygonXY([ring])
                # A concession lying wholly inside the hole (an island) is not part of the gap.
                if any(hole.boundingBox().contains(island.boundingBox()) and hole.contains(island)
                       for island in parts):
                    hole = polygonal_part(hole.difference(union))
                if not is_empty(hole):
                    holes.append(hole)
        for hole in holes:
            if self._canceled():
                return
            neighbours = self._neighbours(hole, index, by_fid)
            if len({c.label for c in neighbours}) == 1:
                # A hole in one perimeter: an enclave excluded from the title, or a digitizing error.
                sentence = ("Lacune de {1} m² ({2} ha) enclose dans la concession {0} (trou de son "
                            "périmètre), qui n'appartient à aucune concession.")
            else:
                sentence = "Lacune de {1} m² ({2} ha) enclose entre les concessions {0}, qui n'appartient à aucune."
            self._report_surface(hole, neighbours, LACUNE, sentence)
        self._check_open_slivers(union, holes, index, by_fid)

    def _check_open_slivers(self, union, holes, index, by_fid):
        """Gaps narrower than SLIVER_MAX_WIDTH_M that open onto the outside: the morphological closing
        of the union fills them, and a piece bordered by two concessions or more is a sliver."""
        if self.sliver_max_width_m <= 0:
            return
        filled = closing(union, self.sliver_max_width_m / 2.0)
        if is_empty(filled):
            return
        added = polygonal_part(filled.difference(union))
        if holes and not is_empty(added):
            added = polygonal_part(added.difference(QgsGeometry.unaryUnion(holes)))
        if is_empty(added):
            return
        for piece in added.asGeometryCollection():
            if piece.area() <= OPEN_SLIVER_NOISE_M2 or self._below_min_area(piece) \
                    or not is_sliver(piece, self.sliver_max_width_m):
                continue
            neighbours = self._neighbours(piece, index, by_fid)
            if len({c.label for c in neighbours}) < 2:
                continue  # an inlet of a single perimeter, not a gap between concessions
            self._add(joined_ids(neighbours), MICRO_SURFACE, piece.area(),
                      "Micro-lacune ouverte de {} m² entre les concessions {}, nulle part plus large "
                      "que {} m : reliquat de numérisation.".format(
                          fr_number(piece.area(), 1), joined_ids(neighbours),
                          fr_number(self.sliver_max_width_m, 1)),
                      piece)

    def _neighbours(self, surface, index, by_fid):
        """The concessions sharing a stretch of boundary with ``surface`` (a corner is not enough):
        the thin band of ``surface`` grown by the tolerance overlaps them over more than 10 × that
        tolerance in length."""
        band = surface.buffer(NEIGHBOUR_TOLERANCE_M, 2)
        box = band.boundingBox()
        engine = QgsGeometry.createGeometryEngine(band.constGet())
        engine.prepareGeometry()
        found = []
        for fid in sorted(index.intersects(box)):
            candidate = self.fixed[fid]
            if not engine.intersects(candidate.constGet()):
                continue
            contact = band.intersection(candidate).area() / NEIGHBOUR_TOLERANCE_M
            if contact >= 10 * NEIGHBOUR_TOLERANCE_M:
                found.append(by_fid[fid])
        return found

    def _report_surface(self, surface, concessions, kind, sentence):
        """Report ``surface`` as ``kind``, or its narrow parts as micro_surface."""
        wide, narrow = [], []
        for part in surface.asGeometryCollection():
            if part.area() <= AREA_NOISE_M2 or self._below_min_area(part):
                continue
            (narrow if is_sliver(part, self.sliver_max_width_m) else wide).append(part)
        ids = joined_ids(concessions) if concessions else "(aucune)"
        if wide:
            geometry = QgsGeometry.collectGeometry(wide)
            area = geometry.area()
            self._add(ids, kind, area, sentence.format(ids, fr_number(area, 1), fr_number(area / 1e4, 3)),
                      geometry)
        if narrow:
            geometry = QgsGeometry.collectGeometry(narrow)
            area = geometry.area()
            what = "Chevauchement" if kind == CHEVAUCHEMENT else "Lacune"
            self._add(ids, MICRO_SURFACE, area,
                      "{} de {} m² entre les concessions {}, nulle part plus large que {} m : "
                      "reliquat de numérisation.".format(what, fr_number(area, 1), ids,
                                                        fr_number(self.sliver_max_width_m, 1)),
                      geometry)

    def _below_min_area(self, surface):
        """A gap or overlap smaller than MIN_GAP_AREA_M2 is not reported."""
        return surface.area() < self.min_gap_area_m2

    # --- plumbing --------------------------------------------------------------------------------
    def _add(self, concession_id, kind, surface_m2, detail, geometry):
        self.anomalies.append(Anomaly(concession_id, kind, surface_m2, detail, geometry))

    def _canceled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def _progress(self, value):
        if self.feedback is not None:
            self.feedback.setProgress(value)


def check_concessions(concessions, sliver_max_width_m=5.0, area_tolerance_pct=5.0, feedback=None,
                      min_gap_area_m2=0.0):
    """Every anomaly of ``concessions`` (geometries in a metric CRS), in a deterministic order; gaps and
    overlaps smaller than ``min_gap_area_m2`` are left out."""
    return ConcessionChecker(concessions, sliver_max_width_m, area_tolerance_pct, feedback,
                             min_gap_area_m2).run()
