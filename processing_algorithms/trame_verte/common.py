"""What the trame verte algorithms share: a snapshot of a project layer."""


class LayerSnapshot:
    """What the domain core reads of a project layer (name, CRS, fields, count, features), taken in the
    main thread in prepareAlgorithm: the features come from a QgsVectorLayerFeatureSource, which may be
    iterated from the Processing worker thread, unlike the layer itself."""

    def __init__(self, layer):
        from qgis.core import QgsVectorLayerFeatureSource

        self._name = layer.name()
        self._crs = layer.crs()
        self._fields = layer.fields()
        self._count = layer.featureCount()
        self._geometry_type = layer.geometryType()
        self._source = QgsVectorLayerFeatureSource(layer)

    def sourceName(self):
        return self._name

    def sourceCrs(self):
        return self._crs

    def fields(self):
        return self._fields

    def featureCount(self):
        return self._count

    def geometryType(self):
        return self._geometry_type

    def getFeatures(self, request=None):
        from qgis.core import QgsFeatureRequest

        return self._source.getFeatures(request or QgsFeatureRequest())
