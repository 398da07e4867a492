"""What the patrimoine algorithms share: reading the cités layer and writing it back with new fields."""

from qgis.core import QgsFeature, QgsFields, QgsProcessingException

from ...mbm_qgis_plugin.compat import make_field, plain  # noqa: F401 (the patrimoine algorithms take it from here)

CITE_ID = "cite_id"


def no_geometry_check():
    """The "no check" of invalid geometries for a feature request (Qgis.InvalidGeometryCheck from QGIS 3.36):
    invalid zones are repaired in memory, never dropped."""
    from qgis.core import Qgis, QgsFeatureRequest

    if hasattr(Qgis, "InvalidGeometryCheck"):
        return Qgis.InvalidGeometryCheck.NoCheck
    return QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck



def extended_fields(source_fields, specs):
    """(QgsFields, {name: index}) of ``source_fields`` followed by the fields of ``specs`` (name, type…) that
    the source lacks; a field the source already has (a ranking run again on its own output) keeps its
    place and gets the new values."""
    fields = QgsFields(source_fields)
    for spec in specs:
        if fields.lookupField(spec[0]) < 0:
            fields.append(make_field(*spec))
    return fields, {spec[0]: fields.lookupField(spec[0]) for spec in specs}


def output_feature(feature, fields, values_by_index):
    """A copy of ``feature`` (geometry and attributes) with ``fields`` and the values of ``values_by_index``."""
    attributes = list(feature.attributes()) + [None] * (fields.count() - len(feature.attributes()))
    for index, value in values_by_index.items():
        attributes[index] = value
    copy = QgsFeature(fields)
    copy.setGeometry(feature.geometry())
    copy.setAttributes(attributes)
    return copy


class CitesInput:
    """Checks of the cités layer shared by the patrimoine algorithms (a mixin of MbmAlgorithm)."""

    def cites_source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.tr("The layer of cités cannot be read: choose a polygon layer."))
        if source.fields().lookupField(CITE_ID) < 0:
            raise QgsProcessingException(self.tr(
                "The layer of cités has no field cite_id: the cités are known by their cite_id in the base "
                "Sandt and on the sheets. Rename the identifier column to cite_id."))
        return source

    def optional_source(self, parameters, name, context, label):
        if not parameters.get(name):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.tr("The layer given as « {} » cannot be read.").format(label))
        return source

    def checked_field(self, source, wanted, candidates, label, role):
        """The field named ``wanted`` (when given) or the first of ``candidates`` that ``source`` has; a French
        sentence naming what to choose when there is none."""
        names = source.fields().names()
        if wanted:
            if wanted not in names:
                raise QgsProcessingException(self.tr("The layer « {} » has no field {}: choose the field of {}.")
                                             .format(label, wanted, role))
            return wanted
        lower = {n.lower(): n for n in names}
        for candidate in candidates:
            if candidate in lower:
                return lower[candidate]
        raise QgsProcessingException(self.tr(
            "The layer « {} » has none of the fields {}: choose the field of {}.").format(
            label, ", ".join(candidates), role))
