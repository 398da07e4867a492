"""mbm:sandt_progress — progress of the VRD renovation per commune or per EPCI, as a choropleth."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...mbm_qgis_plugin.compat import make_fields, source_type, wkb_type
from ...mbm_qgis_plugin.sandt.rules import ETATS
from ..base import MbmAlgorithm
from .common import base_parameter


def progress_fields(group_by):
    key = "insee" if group_by == "commune" else "epci"
    return make_fields([(key, "String"), ("nom", "String"), ("nb_cites", "Int"), ("nb_logements", "Int")]
                       + [("nb_cites_" + etat, "Int") for etat in ETATS]
                       + [("pct_logements_acheve", "Double"), ("montant_ht_total", "Double")])


class SandtProgressAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "sandt_progress"
    TASK = "sandt"

    BASE = "BASE"
    COMMUNES = "COMMUNES"
    GROUP_BY = "GROUP_BY"
    INSEE_FIELD = "INSEE_FIELD"
    EPCI_FIELD = "EPCI_FIELD"
    OUTPUT = "OUTPUT"
    GROUPS = ("commune", "epci")

    def displayName(self):
        return self.tr("Sandt progress by commune or EPCI")

    def shortHelpString(self):
        return self.tr(
            "Summarises the Sandt base per commune or per EPCI (communes dissolved): number of cités and "
            "dwellings, cités per state (non_engage, programme, en_cours, acheve), share of dwellings in cités "
            "whose four networks are finished, total amount excl. VAT. The output is styled as a choropleth "
            "on pct_logements_acheve.")

    def initAlgorithm(self, config=None):
        self.add_parameter(base_parameter(self.BASE, self.tr("Sandt base")),
                           self.tr("GeoPackage path, or postgis:connection/schema for a PostGIS base."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [source_type("TypeVectorPolygon")]),
            self.tr("Commune polygons with their INSEE code and their EPCI."))
        group = QgsProcessingParameterEnum(self.GROUP_BY, self.tr("Group by"), list(self.GROUPS), defaultValue=0)
        if hasattr(group, "setUsesStaticStrings"):
            group.setUsesStaticStrings(True)
            group.setDefaultValue("commune")
        self.add_parameter(group, self.tr("commune: one polygon per commune; epci: communes dissolved per EPCI."))
        self.add_parameter(QgsProcessingParameterField(
            self.INSEE_FIELD, self.tr("INSEE code field"), "insee", self.COMMUNES, optional=True),
            self.tr("Field of the communes holding the INSEE code (blank: insee)."), advanced=True)
        self.add_parameter(QgsProcessingParameterField(
            self.EPCI_FIELD, self.tr("EPCI field"), "epci_siren", self.COMMUNES, optional=True),
            self.tr("Field of the communes holding the EPCI code (needed to group by EPCI)."), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Sandt progress"), source_type("TypeVectorPolygon")),
            self.tr("Polygons with nb_cites, nb_logements, nb_cites per state, pct_logements_acheve and "
                    "montant_ht_total."))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.sandt.progress import (
            cites_by_insee,
            cites_outside,
            group_communes,
            group_outline,
            group_values,
        )
        from ...mbm_qgis_plugin.sandt.storage import SandtBase, SandtError

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        base = None
        try:
            base = SandtBase(self.parameterAsString(parameters, self.BASE, context))
            base.check()
            summary = base.cites_summary()
        except SandtError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            if base is not None:
                base.close()  # no layer kept alive by a traceback
        source = self.parameterAsSource(parameters, self.COMMUNES, context)
        if source is None:
            raise QgsProcessingException(self.tr("The communes layer cannot be read."))
        if hasattr(self, "parameterAsEnumString"):
            group_by = self.parameterAsEnumString(parameters, self.GROUP_BY, context) or "commune"
        else:  # pragma: no cover
            group_by = self.GROUPS[self.parameterAsEnum(parameters, self.GROUP_BY, context)]
        if group_by not in self.GROUPS:
            group_by = self.GROUPS[self.parameterAsEnum(parameters, self.GROUP_BY, context)]
        insee_field = self.parameterAsString(parameters, self.INSEE_FIELD, context) or "insee"
        epci_field = self.parameterAsString(parameters, self.EPCI_FIELD, context) or "epci_siren"
        names = source.fields().names()
        if insee_field not in names:
            raise QgsProcessingException(self.tr("The communes layer has no field {}.").format(insee_field))
        if group_by == "epci" and (not epci_field or epci_field not in names):
            raise QgsProcessingException(self.tr("Grouping by EPCI needs the EPCI field of the communes."))
        by_insee = cites_by_insee(summary)
        steps.setCurrentStep(1)
        groups = group_communes(source.getFeatures(), group_by, insee_field, epci_field, steps.isCanceled)
        if groups is None:
            return {}
        if not groups:
            raise QgsProcessingException(self.tr("The communes layer has no feature."))
        outside = cites_outside(summary, set().union(*(group["codes"] for group in groups.values())))
        if summary and len(outside) == len(summary):
            raise QgsProcessingException(self.tr(
                "No cité of the base lies in these communes: check that the field {} holds the INSEE codes "
                "of the communes of the base.").format(insee_field))
        if outside:
            steps.reportError(self.tr("{} cités of the base are in no commune of the layer and are left out of "
                                      "the totals: {}").format(len(outside), ", ".join(outside[:20])), False)
        steps.setCurrentStep(2)
        fields = progress_fields(group_by)
        (sink, dest_id) = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type("MultiPolygon"),
                                               source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for number, (key, group) in enumerate(sorted(groups.items()), 1):
            if steps.isCanceled():
                return {}
            feature = QgsFeature(fields)
            feature.setGeometry(group_outline(group["geometries"]))
            feature.setAttributes([key, group["nom"]] + group_values(group, by_insee))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            steps.setProgress(100.0 * number / max(1, len(groups)))
        self.style_on_load(context, dest_id, "sandt_progress")
        return {self.OUTPUT: dest_id}
