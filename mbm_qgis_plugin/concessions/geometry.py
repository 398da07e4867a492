"""Geometry helpers of the concessions checks: working CRS, repair, curves, slivers.

Everything here works on QgsGeometry (GEOS underneath) and never modifies what it is given.
"""

import math
import re

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)
from ..compat import LAMBERT_93, wkb_geometry_is, wkb_type

# Lambert-93: the CRS of the Mission's data and of the declared areas. Every layer is measured in it,
# whatever its own CRS, so that a perimeter digitized in NTF Lambert I (EPSG:27561) and its copy in
# Lambert-93 give the same areas, overlaps and gaps, and neighbours from different plans are compared
# in one frame.
WORKING_CRS_AUTHID = LAMBERT_93

# Below this area (m²) an intersection is numerical noise of shared edges, not an overlap.
AREA_NOISE_M2 = 1e-4

# GEOS validity messages (English, from the library) in the cartographers' words.
GEOS_ERRORS_FR = (
    ("ring self-intersection", "anneau qui se recoupe lui-même"),
    ("self-intersection", "auto-intersection (contour en nœud papillon ou qui se recoupe)"),
    ("too few points", "trop peu de sommets pour former un anneau"),
    ("hole lies outside shell", "trou situé hors du contour extérieur"),
    ("holes are nested", "trous imbriqués l'un dans l'autre"),
    ("nested holes", "trous imbriqués l'un dans l'autre"),
    ("interior is disconnected", "intérieur coupé en morceaux par les trous"),
    ("nested shells", "parties imbriquées l'une dans l'autre"),
    ("duplicate rings", "anneaux en double"),
    ("ring is not closed", "anneau non fermé"),
    ("invalid coordinate", "coordonnée invalide"),
)


# Where Lambert-93 coordinates of the basin can lie, with a wide margin (metropolitan France is about
# x 0…1,250 km, y 6,000…7,150 km). Coordinates outside once transformed mean the layer's declared CRS
# is wrong (an NTF plan labelled Lambert-93, metres labelled degrees, an "undefined" CRS).
LAMBERT93_PLAUSIBLE = (-1500000.0, 5000000.0, 2500000.0, 8000000.0)


def working_crs():
    return QgsCoordinateReferenceSystem(WORKING_CRS_AUTHID)


def crs_label(crs):
    """'EPSG:27561 (NTF (Paris) / Lambert Nord France)' for the log."""
    return "{} ({})".format(crs.authid() or "?", crs.description() or "SCR inconnu")


def transform_to_working(crs, transform_context=None):
    """A transform from ``crs`` to the working CRS, or None when no transform is needed."""
    target = working_crs()
    if not crs.isValid() or crs == target:
        return None
    context = transform_context or QgsProject.instance().transformContext()
    return QgsCoordinateTransform(crs, target, context)


def plausible_in_working_crs(extent, crs, transform_context=None):
    """False when the layer extent ``extent`` (in ``crs``) cannot be put in Lambert-93 or lands far
    from France: the layer's CRS is then wrong. An empty layer (null extent) passes."""
    if extent is None or extent.isNull():
        return True
    try:
        transform = transform_to_working(crs, transform_context)
        box = transform.transformBoundingBox(extent) if transform is not None else extent
    except QgsCsException:
        return False
    values = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    if not all(math.isfinite(value) for value in values):
        return False
    x_min, y_min, x_max, y_max = LAMBERT93_PLAUSIBLE
    return x_min <= values[0] and values[2] <= x_max and y_min <= values[1] and values[3] <= y_max


def is_empty(geometry):
    return geometry is None or geometry.isNull() or geometry.isEmpty()


def linearized(geometry):
    """The geometry with arcs replaced by segments (GEOS knows no curves)."""
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        return QgsGeometry(geometry.constGet().segmentize())
    return QgsGeometry(geometry)


def polygonal_part(geometry):
    """Only the polygons of ``geometry`` (makeValid may return lines or points beside them)."""
    if is_empty(geometry):
        return QgsGeometry()
    surfaces = (wkb_type("Polygon"), wkb_type("MultiPolygon"))
    if QgsWkbTypes.flatType(geometry.wkbType()) in surfaces:
        return geometry
    polygons = []
    for part in geometry.asGeometryCollection():
        part = linearized(part)
        if QgsWkbTypes.flatType(part.wkbType()) in surfaces and part.area() > 0:
            polygons.extend(part.asGeometryCollection())
    if not polygons:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(polygons)


def parts_by_dimension(geometry):
    """(polygons, lines, points) of ``geometry``, each a QgsGeometry, empty when absent: a feature of a
    polygon layer may hold a line, a point or a collection mixing them (GeoPackage, PostGIS and
    GeometryCollection layers let them in). Curves are linearized."""
    if is_empty(geometry):
        return QgsGeometry(), QgsGeometry(), QgsGeometry()
    if wkb_geometry_is(geometry.wkbType(), "Polygon"):
        return geometry, QgsGeometry(), QgsGeometry()
    kinds = {"Polygon": [], "Line": [], "Point": []}
    flat = QgsWkbTypes.flatType(geometry.wkbType())
    parts = [geometry] if flat != wkb_type("GeometryCollection") else geometry.asGeometryCollection()
    for part in parts:
        for kind, found in kinds.items():
            if wkb_geometry_is(part.wkbType(), kind) and not is_empty(part):
                found.extend(linearized(part).asGeometryCollection())
    return tuple(QgsGeometry.collectGeometry(kinds[kind]) if kinds[kind] else QgsGeometry()
                 for kind in ("Polygon", "Line", "Point"))


def validity_errors(geometry):
    """GEOS validity errors as (French description, QgsPointXY or None); empty when valid."""
    if geometry.isGeosValid():
        return []
    errors = []
    for error in geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos):
        where = error.where() if error.hasWhere() else None
        errors.append((french_validity_message(error.what()), where))
    return errors or [("géométrie refusée par GEOS", None)]


def french_validity_message(message):
    lowered = (message or "").lower()
    for english, french in GEOS_ERRORS_FR:
        if english in lowered:
            return french
    # An unknown message: keep GEOS's words without its trailing coordinates.
    return re.sub(r"\s*\[.*\]$", "", message or "erreur inconnue")


def repaired(geometry):
    """A valid polygonal copy of ``geometry`` (makeValid keeps every part, e.g. both bow-tie lobes)."""
    if is_empty(geometry):
        return QgsGeometry()
    if geometry.isGeosValid():
        return polygonal_part(geometry)
    fixed = geometry.makeValid()
    if is_empty(fixed):
        return QgsGeometry()
    return polygonal_part(fixed)


def is_sliver(geometry, max_width_m):
    """True when the surface is nowhere wider than ``max_width_m``: eroding it by half that width
    (a negative buffer) leaves nothing."""
    if is_empty(geometry) or max_width_m <= 0:
        return False
    eroded = geometry.buffer(-max_width_m / 2.0, 4)
    return is_empty(eroded) or eroded.area() <= AREA_NOISE_M2


def closing(geometry, distance):
    """Morphological closing (dilate then erode) with mitred corners, which fills inlets narrower than
    2 × ``distance`` but leaves square corners unchanged."""
    mitre, cap = Qgis.JoinStyle.Miter, Qgis.EndCapStyle.Round
    grown = geometry.buffer(distance, 2, cap, mitre, 10.0)
    return grown.buffer(-distance, 2, cap, mitre, 10.0)

