"""mbm:trame_verte_layout — the printed schema, A3 landscape PDF."""

from qgis.core import (QgsProcessingException, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer)

from ...mbm_qgis_plugin.compat import source_type
from ..base import MbmAlgorithm
from .common import no_threading_flag


class TrameVerteLayoutAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "trame_verte_layout"
    TASK = "trame_verte"

    RESERVOIRS = "RESERVOIRS"
    CORRIDORS = "CORRIDORS"
    CONFLITS = "CONFLITS"
    BACKGROUND = "BACKGROUND"
    BARRIERS = "BARRIERS"
    TITLE = "TITLE"
    OUTPUT_PDF = "OUTPUT_PDF"

    def flags(self):
        return super().flags() | no_threading_flag()

    def displayName(self):
        return self.tr("Trame verte schema map (PDF)")

    def shortHelpString(self):
        return self.tr(
            "Prints the trame verte schema on an A3 landscape page from the plugin's print layout "
            "(resources/layouts/trame_verte_schema.qpt): title, map, French legend (Réservoir de "
            "biodiversité, Corridor à préserver, Corridor à remettre en bon état, Point de conflit), scale "
            "bar, north arrow, sources and date. Layers are drawn with the plugin's styles "
            "(resources/styles/trame_verte_*.qml); the layers of the project are not changed.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.RESERVOIRS, self.tr("Réservoirs"), [source_type("TypeVectorPolygon")]),
            self.tr("Réservoirs of mbm:trame_verte_schema."))
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.CORRIDORS, self.tr("Corridors"), [source_type("TypeVectorLine")]),
            self.tr("Corridors of mbm:trame_verte_schema (field statut)."))
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.CONFLITS, self.tr("Conflict points"), [source_type("TypeVectorPoint")]),
            self.tr("Conflict points of mbm:trame_verte_schema."))
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.BACKGROUND, self.tr("Background (e.g. communes)"), [source_type("TypeVectorPolygon")],
            optional=True),
            self.tr("Polygons drawn under the schema, e.g. the communes."))
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.BARRIERS, self.tr("Barrier layers (lines)"), source_type("TypeVectorLine"), optional=True),
            self.tr("Motorways, railways… drawn as obstacles."), advanced=True)
        self.add_parameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("Trame verte du Bassin minier")),
            self.tr("Title printed at the top of the page."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("PDF file"), self.tr("PDF files (*.pdf)")),
            self.tr("Where to write the A3 landscape PDF."))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.trame_verte.layout import LayoutError, export_schema_pdf

        layers = {}
        for name in (self.RESERVOIRS, self.CORRIDORS, self.CONFLITS):
            layers[name] = self.parameterAsVectorLayer(parameters, name, context)
            if layers[name] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if "statut" not in layers[self.CORRIDORS].fields().names():
            raise QgsProcessingException(self.tr(
                "The corridors layer has no 'statut' field: give the corridors made by the trame verte schema."))
        if layers[self.RESERVOIRS].featureCount() == 0 and layers[self.CORRIDORS].featureCount() == 0:
            feedback.pushWarning(self.tr(
                "The schema is empty (no réservoir, no corridor): the map will only show the background. "
                "Check the habitat layers and the minimum réservoir area of the schema."))
        background = self.parameterAsVectorLayer(parameters, self.BACKGROUND, context)
        barriers = self.parameterAsLayerList(parameters, self.BARRIERS, context) or []
        title = self.parameterAsString(parameters, self.TITLE, context) or self.tr("Trame verte du Bassin minier")
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        try:
            labels = export_schema_pdf(layers[self.RESERVOIRS], layers[self.CORRIDORS], layers[self.CONFLITS],
                                       background, title, pdf, context.transformContext(), barriers)
        except (LayoutError, OSError) as error:
            raise QgsProcessingException(self.tr(
                "The PDF could not be written: {}. Check that its folder exists and can be written to, and that "
                "the file is not open in another program.").format(error)) from error
        feedback.pushInfo(self.tr("Legend: {}").format(", ".join(labels)))
        return {self.OUTPUT_PDF: pdf}
