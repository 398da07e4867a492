"""mbm:concessions_check — anomalies of concession perimeters."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...mbm_qgis_plugin.compat import make_fields, number_type_double, source_type, wkb_type
from ...mbm_qgis_plugin.concessions.checks import ANOMALY_KINDS, anomaly_label, check_concessions
from ...mbm_qgis_plugin.concessions.geometry import crs_label, working_crs
from ...mbm_qgis_plugin.concessions.layers import read_concessions
from ..base import MbmAlgorithm, with_decimals
from .common import ConcessionsInputs


def anomaly_fields():
    return make_fields((("concession_id", "String", 254), ("anomalie", "String", 32),
                        ("surface_m2", "Double", 20, 2), ("detail", "String", 1000)))


class ConcessionsCheckAlgorithm(ConcessionsInputs, MbmAlgorithm):
    ALGORITHM_ID = "concessions_check"
    TASK = "concessions"

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    DECLARED_AREA_FIELD = "DECLARED_AREA_FIELD"
    AREA_TOLERANCE_PCT = "AREA_TOLERANCE_PCT"
    SLIVER_MAX_WIDTH_M = "SLIVER_MAX_WIDTH_M"
    MIN_GAP_AREA_M2 = "MIN_GAP_AREA_M2"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Check concession perimeters")

    def shortHelpString(self):
        return self.tr(
            "Checks the perimeters of mining concessions before a stop-of-works or renunciation file: "
            "invalid geometries (bow-tie rings…, with where), empty geometries, duplicate ids, overlaps "
            "between concessions, gaps enclosed by concessions, digitizing slivers narrower than the "
            "sliver width, and drawn areas that differ from the declared ones. Invalid geometries are "
            "repaired in memory for the other checks; the input layer is never modified. Areas are "
            "computed in Lambert-93 (EPSG:2154) whatever the layer's CRS, and the anomalies are written "
            "in Lambert-93.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Concessions"), [source_type("TypeVectorPolygon")]),
            self.tr("Polygon layer of the concession perimeters, in any CRS."))
        self.add_parameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Concession id field"), "concession_id", self.INPUT,
            optional=True),
            self.tr("Field holding the concession's identifier (default concession_id); each value must be unique."))
        self.add_parameter(QgsProcessingParameterField(
            self.DECLARED_AREA_FIELD, self.tr("Declared area field (hectares)"), None, self.INPUT,
            optional=True),
            self.tr("Optional numeric field with the area declared in the mining title, in hectares."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.AREA_TOLERANCE_PCT, self.tr("Area tolerance (%)"), number_type_double(),
            5.0, minValue=0.0), 1),
            self.tr("Largest accepted difference between drawn and declared area, in percent."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.SLIVER_MAX_WIDTH_M, self.tr("Sliver maximum width (m)"), number_type_double(),
            5.0, minValue=0.0), 1),
            self.tr("An overlap or gap nowhere wider than this is a digitizing sliver (micro_surface)."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.MIN_GAP_AREA_M2, self.tr("Smallest gap or overlap reported (m²)"), number_type_double(),
            0.0, optional=True, minValue=0.0), 1),
            self.tr("Gaps and overlaps (slivers included) of a smaller area are not reported; 0 reports them all."),
            advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Concession anomalies"), source_type("TypeVectorPolygon")),
            self.tr("One feature per anomaly: concession_id, anomalie, surface_m2, detail."))

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        source, id_field = self.concessions_input(parameters, self.INPUT, self.ID_FIELD, context, collections=True)
        area_field = self.parameterAsString(parameters, self.DECLARED_AREA_FIELD, context) or None
        if area_field and source.fields().lookupField(area_field) < 0:
            raise QgsProcessingException(self.tr(
                "The concessions layer has no field '{}': choose the field of the declared areas (hectares) "
                "or leave it empty.").format(area_field))
        if area_field and not source.fields().field(source.fields().lookupField(area_field)).isNumeric():
            raise QgsProcessingException(self.tr(
                "The declared area field '{}' is not numeric: choose a field of hectares.").format(area_field))
        tolerance = self.parameterAsDouble(parameters, self.AREA_TOLERANCE_PCT, context)
        sliver_width = self.parameterAsDouble(parameters, self.SLIVER_MAX_WIDTH_M, context)
        min_gap_area = self.parameterAsDouble(parameters, self.MIN_GAP_AREA_M2, context) \
            if parameters.get(self.MIN_GAP_AREA_M2) is not None else 0.0

        feedback.pushInfo(self.tr("Layer CRS: {}; areas and anomalies computed in {}.").format(
            crs_label(source.sourceCrs()), crs_label(working_crs())))
        concessions = read_concessions(source, id_field, area_field, context.transformContext(), steps)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)
        anomalies = check_concessions(concessions, sliver_width, tolerance, steps, min_gap_area)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(2)

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, anomaly_fields(),
                                             wkb_type("MultiPolygon"), working_crs())
        if sink is None:
            raise QgsProcessingException(self.tr("The anomalies output cannot be created."))
        for anomaly in anomalies:
            feature = QgsFeature(anomaly_fields())
            feature.setAttributes([anomaly.concession_id, anomaly.anomalie, anomaly.surface_m2, anomaly.detail])
            if not anomaly.geometry.isNull():
                geometry = anomaly.geometry
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        counts = {kind: sum(1 for a in anomalies if a.anomalie == kind) for kind in ANOMALY_KINDS}
        feedback.pushInfo(self.tr("{} concessions checked, {} anomalies: {}").format(
            len(concessions), len(anomalies),
            ", ".join("{} × {}".format(n, anomaly_label(kind)) for kind, n in counts.items() if n) or "-"))
        steps.setCurrentStep(3)
        self.style_on_load(context, dest_id, "concessions_anomalies")
        return {self.OUTPUT: dest_id}
