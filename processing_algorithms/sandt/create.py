"""mbm:sandt_create — a new base Sandt from a layer of cités."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...mbm_qgis_plugin.compat import LAMBERT_93, source_type
from ..base import MbmAlgorithm


class SandtCreateAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "sandt_create"
    TASK = "sandt"

    CITES = "CITES"
    OUTPUT = "OUTPUT"
    POSTGIS_BASE = "POSTGIS_BASE"
    BASE = "BASE"

    def displayName(self):
        return self.tr("Create the Sandt base")

    def shortHelpString(self):
        return self.tr(
            "Creates a new Sandt base (GeoPackage, or a PostGIS schema) from a polygon layer of cités minières "
            "with the fields cite_id, nom, insee and optionally commune and nb_logements. The base holds the "
            "tables cites, operations, historique, imports and alias. A duplicate or empty cite_id is refused "
            "and listed.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CITES, self.tr("Cités minières"), [source_type("TypeVectorPolygon")]),
            self.tr("Polygons of the cités with cite_id (unique), nom, insee; commune and nb_logements optional."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Sandt base (GeoPackage)"), self.tr("GeoPackage (*.gpkg)")),
            self.tr("The new GeoPackage. An existing file is replaced, unless it is a Sandt base that holds imports."))
        self.add_parameter(QgsProcessingParameterString(
            self.POSTGIS_BASE, self.tr("PostGIS base instead (postgis:connection/schema)"), optional=True),
            self.tr("To create the base in PostgreSQL: postgis: followed by the name of a QGIS saved connection, "
                    "a slash and the schema. Credentials come from the connection's QGIS authentication."),
            advanced=True)
        self.addOutput(QgsProcessingOutputString(self.BASE, self.tr("Base location")))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.sandt.rules import parse_count
        from ...mbm_qgis_plugin.sandt.storage import SandtBase, SandtError

        steps = QgsProcessingMultiStepFeedback(2, feedback)
        source = self.parameterAsSource(parameters, self.CITES, context)
        if source is None:
            raise QgsProcessingException(self.tr("The layer of cités cannot be read."))
        names = {name.lower(): name for name in source.fields().names()}
        missing = [name for name in ("cite_id", "nom", "insee") if name not in names]
        if missing:
            raise QgsProcessingException(self.tr("The layer of cités lacks the fields: {}. Rename its columns.")
                                         .format(", ".join(missing)))
        postgis = self.parameterAsString(parameters, self.POSTGIS_BASE, context).strip()
        location = postgis or self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        target = QgsCoordinateReferenceSystem(LAMBERT_93)
        transform = None
        if source.sourceCrs().isValid() and source.sourceCrs() != target:
            transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        cites, unreadable = [], []
        total = max(1, source.featureCount())
        for number, feature in enumerate(source.getFeatures(), 1):
            if steps.isCanceled():
                return {}
            geometry = feature.geometry()
            if transform is not None and not geometry.isNull():
                geometry.transform(transform)
            cite = {"ligne": number, "geometry": geometry}
            for name in ("cite_id", "nom", "insee", "commune", "nb_logements"):
                value = feature[names[name]] if name in names else None
                cite[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
            if cite["nb_logements"] is not None:
                try:  # 120, 120.0, "120", "1 200" — the amounts' parser: finite, not negative
                    cite["nb_logements"] = parse_count(cite["nb_logements"])
                except ValueError:
                    unreadable.append("{} ({})".format(cite["cite_id"], cite["nb_logements"]))
                    cite["nb_logements"] = None
            cites.append(cite)
            steps.setProgress(100.0 * number / total)
        if unreadable:
            # not a refusal (the field is optional), but the totals of dwellings would silently miss them
            steps.reportError(self.tr("nb_logements is not a number for {} cités, left empty: {}").format(
                len(unreadable), ", ".join(unreadable[:20])), False)
        steps.setCurrentStep(1)
        try:
            SandtBase(location).create(cites)
        except SandtError as error:
            raise QgsProcessingException(str(error)) from error
        steps.pushInfo(self.tr("Sandt base created with {} cités: {}").format(len(cites), location))
        return {self.OUTPUT: location if not postgis else "", self.BASE: location}
