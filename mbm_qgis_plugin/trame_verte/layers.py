"""Reading the project's layers into the working CRS: habitat patches, barrier lines, resistance polygons."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry,
                       QgsWkbTypes)

from ..compat import LAMBERT_93, distance_meters, text_or_empty, wkb_type
from ..i18n import translate

from .reservoirs import HabitatPatch
from .schema import Barrier

FALLBACK_CRS = LAMBERT_93
NAME_FIELDS = ("nom", "name", "libelle", "toponyme")



def working_crs(layers):
    """The first layer's CRS when it is projected in metres, else Lambert-93."""
    for layer in layers:
        crs = layer.sourceCrs() if hasattr(layer, "sourceCrs") else layer.crs()
        if crs.isValid():
            if not crs.isGeographic() and crs.mapUnits() == distance_meters():
                return crs
            break
    return QgsCoordinateReferenceSystem(FALLBACK_CRS)


def _transform(layer, crs, transform_context):
    source = layer.sourceCrs() if hasattr(layer, "sourceCrs") else layer.crs()
    if not source.isValid() or source == crs:
        return None
    return QgsCoordinateTransform(source, crs, transform_context)


def _layer_name(layer):
    return layer.sourceName() if hasattr(layer, "sourceName") else layer.name()


def _features(layer):
    request = QgsFeatureRequest()
    return layer.getFeatures(request)


def _is_polygon(geometry):
    return QgsWkbTypes.flatType(geometry.wkbType()) in (wkb_type("Polygon"), wkb_type("MultiPolygon"))


def clean_polygon(geometry):
    """A valid polygon geometry, or None (empty, not a polygon after repair)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
        if geometry.isNull() or geometry.isEmpty():
            return None
        polygons = [part for part in geometry.asGeometryCollection() if _is_polygon(part) and part.area() > 0]
        if not polygons:
            return None
        geometry = QgsGeometry.unaryUnion(polygons) if len(polygons) > 1 else polygons[0]
    return geometry


def read_patches(layers, crs, transform_context, sous_trame_field="", warn=print, is_canceled=lambda: False):
    """HabitatPatch list from polygon layers (sources or vector layers), reprojected to crs.

    The sous-trame is the feature's sous_trame_field when the layer has it and it is filled, else the
    layer's name."""
    patches = []
    for layer in layers:
        name = _layer_name(layer)
        if layer.featureCount() == 0:
            warn(translate("TrameVerteLayers", "The habitat layer '{}' is empty: it is ignored.").format(name))
            continue
        transform = _transform(layer, crs, transform_context)
        field_index = layer.fields().lookupField(sous_trame_field) if sous_trame_field else -1
        if sous_trame_field and field_index < 0:
            warn(translate("TrameVerteLayers", "The layer '{}' has no field '{}': its sous-trame is its name.")
                 .format(name, sous_trame_field))
        repaired = dropped = 0
        for feature in _features(layer):
            if is_canceled():
                return patches
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                dropped += 1
                continue
            if transform is not None:
                geometry.transform(transform)
            valid = geometry.isGeosValid()
            geometry = clean_polygon(geometry)
            if geometry is None:
                dropped += 1
                continue
            repaired += 0 if valid else 1
            sous_trame = name
            if field_index >= 0:
                value = feature.attribute(field_index)
                if text_or_empty(value):
                    sous_trame = str(value).strip()
            patches.append(HabitatPatch(geometry, sous_trame, "{} #{}".format(name, feature.id())))
        if repaired:
            warn(translate("TrameVerteLayers", "{} invalid polygon(s) of '{}' repaired (makeValid).")
                 .format(repaired, name))
        if dropped:
            warn(translate("TrameVerteLayers", "{} feature(s) of '{}' without a usable polygon: ignored.")
                 .format(dropped, name))
    return patches


def feature_name(layer, feature):
    """The feature's name (nom/name field) or 'layer name #fid'."""
    for field in NAME_FIELDS:
        index = layer.fields().lookupField(field)
        if index >= 0:
            value = feature.attribute(index)
            if text_or_empty(value):
                return str(value).strip()
    return "{} #{}".format(_layer_name(layer), feature.id())


def read_barriers(layers, crs, transform_context, warn=print):
    """Barrier list (line geometry, name) from line layers, reprojected to crs."""
    barriers = []
    for layer in layers:
        if layer.featureCount() == 0:
            warn(translate("TrameVerteLayers", "The barrier layer '{}' is empty: it is ignored.")
                 .format(_layer_name(layer)))
            continue
        transform = _transform(layer, crs, transform_context)
        for feature in _features(layer):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            barriers.append(Barrier(geometry, feature_name(layer, feature)))
    return barriers


def read_resistance(layer, field, table, crs, transform_context, warn=print):
    """[(polygon, friction)] from a resistance layer: the field's number, or its class in table."""
    from .friction import friction_of

    shapes = []
    unknown = {}
    if layer.featureCount() == 0:
        warn(translate("TrameVerteLayers", "The resistance layer '{}' is empty: default friction everywhere.")
             .format(_layer_name(layer)))
        return shapes
    index = layer.fields().lookupField(field)
    transform = _transform(layer, crs, transform_context)
    for feature in _features(layer):
        friction = friction_of(feature.attribute(index), table)
        if friction is None:
            key = str(feature.attribute(index))
            unknown[key] = unknown.get(key, 0) + 1
            continue
        geometry = QgsGeometry(feature.geometry())
        if transform is not None:
            geometry.transform(transform)
        geometry = clean_polygon(geometry)
        if geometry is not None:
            shapes.append((geometry, friction))
    for key, count in sorted(unknown.items()):
        warn(translate("TrameVerteLayers", "Class '{}' is not in the friction table ({} feature(s)): default "
                       "friction.").format(key, count))
    return shapes
