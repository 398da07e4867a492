"""What the concessions algorithms share."""

from qgis.core import QgsProcessingException, QgsWkbTypes

from ...mbm_qgis_plugin.compat import source_geometry_is, wkb_type
from ...mbm_qgis_plugin.concessions.geometry import plausible_in_working_crs


class ConcessionsInputs:
    """Checks of the input layers shared by the concessions algorithms (a mixin of MbmAlgorithm): each
    refusal says, in the user's language, which layer is wrong and what to do."""

    def concessions_input(self, parameters, name, id_name, context, collections=False):
        """(source, id field) of the concessions layer parameter ``name``, checked. With
        ``collections``, a layer of generic geometries (GeometryCollection) is accepted as well: its
        features are sorted by the check, which reports what is not a surface."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.tr("The concessions layer cannot be read: choose a polygon layer."))
        id_field = self.parameterAsString(parameters, id_name, context) or "concession_id"
        if source.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(self.tr(
                "The concessions layer has no field '{}': choose the field holding the concession ids.")
                .format(id_field))
        self.check_input_layer(source, name, "Polygon", context, required_features=True,
                               collections=collections)
        return source, id_field

    def _layer_label(self, name):
        definition = self.parameterDefinition(name)
        return definition.description() if definition is not None else name

    def check_input_layer(self, source, name, geometry, context, required_features=False, collections=False):
        """Refuse a layer of the wrong geometry type ('Point' / 'Polygon'), without a CRS or whose CRS
        puts it far from France (its coordinates could not be put in Lambert-93), or, with
        ``required_features``, without features."""
        label = self._layer_label(name)
        generic = collections and QgsWkbTypes.flatType(source.wkbType()) in (
            wkb_type("GeometryCollection"), wkb_type("Unknown"))
        if not generic and not source_geometry_is(source, geometry):
            if geometry == "Point":
                message = self.tr("The layer '{}' must be a point layer: choose a layer of points.")
            else:
                message = self.tr("The layer '{}' must be a polygon layer: choose a layer of polygons.")
            raise QgsProcessingException(message.format(label))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr(
                "The layer '{}' has no coordinate reference system: set it in the layer properties (e.g. "
                "EPSG:27561 for a plan in NTF Lambert Nord, EPSG:2154 for Lambert-93), then run again.")
                .format(label))
        if not plausible_in_working_crs(source.sourceExtent(), source.sourceCrs(), context.transformContext()):
            raise QgsProcessingException(self.tr(
                "The coordinates of the layer '{}' do not fall in France once its CRS ({}) is applied: "
                "its CRS is probably wrong. Set the right one in the layer properties (e.g. EPSG:27561 "
                "for a plan in NTF Lambert Nord), then run again.").format(
                    label, source.sourceCrs().authid() or source.sourceCrs().description()))
        if required_features and source.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "The layer '{}' holds no feature: choose the layer of the concession perimeters.")
                .format(label))
