"""Reading concession and point layers into the working CRS (QGIS I/O at the edge of the domain core)."""

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingFeatureSource

from ..compat import plain, skip_geometry_checks_flag
from .checks import Concession
from .geometry import is_empty, linearized, transform_to_working


def read_concessions(source, id_field, declared_area_field=None, transform_context=None, feedback=None):
    """Concession records from a feature source (layer or processing source), geometries copied into
    the working CRS. The source itself is only read."""
    transform = transform_to_working(source.sourceCrs(), transform_context)
    id_index = source.fields().lookupField(id_field)
    area_index = source.fields().lookupField(declared_area_field) if declared_area_field else -1
    records = []
    for feature in features_as_they_are(source):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = working_geometry(feature.geometry(), transform)
        raw_id = plain(feature.attribute(id_index)) if id_index >= 0 else None
        declared = plain(feature.attribute(area_index)) if area_index >= 0 else None
        records.append(Concession(feature.id(), raw_id, geometry, declared))
    return records


def working_geometry(geometry, transform):
    """A linearized copy of ``geometry`` in the working CRS (an empty geometry stays empty)."""
    if is_empty(geometry):
        return QgsGeometry()
    copy = linearized(geometry)
    if transform is not None:
        copy.transform(transform)
    return copy


def features_as_they_are(source, request=None):
    """The features of ``source``, invalid geometries included: a Processing source otherwise applies
    the user's "invalid features filtering" setting (by default: stop at the first invalid geometry),
    which would abort the very check that must report them, or drop them silently."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, skip_geometry_checks_flag())
    return source.getFeatures(request)



def transform_for(source, transform_context=None):
    return transform_to_working(source.sourceCrs(), transform_context)


