"""mbm:trame_verte_status — how much of each corridor the works done cover, with totals by EPCI."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsFields, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsCoordinateTransform, QgsGeometry)

from ...mbm_qgis_plugin.compat import make_field, make_fields, number_type_double, source_type, wkb_type
from ..base import MbmAlgorithm, with_decimals


def _geometries(source, crs, context):
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    geometries = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        geometries.append((feature, geometry))
    return geometries


class TrameVerteStatusAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "trame_verte_status"
    TASK = "trame_verte"

    CORRIDORS = "CORRIDORS"
    RESERVOIRS = "RESERVOIRS"
    REALISATIONS = "REALISATIONS"
    COMMUNES = "COMMUNES"
    EPCI_FIELD = "EPCI_FIELD"
    TOLERANCE_M = "TOLERANCE_M"
    OUTPUT = "OUTPUT"
    OUTPUT_EPCI = "OUTPUT_EPCI"

    def displayName(self):
        return self.tr("Trame verte implementation status")

    def shortHelpString(self):
        return self.tr(
            "For each corridor, the share of its length outside the réservoirs that the works done cover "
            "(pct_realise, in %). Works are polygons, or lines and points counted within the tolerance for "
            "linear works.\n\n"
            "Corridors with progress: the corridors with all their fields (statut, dpc, rang…) plus "
            "longueur_utile_m, longueur_realisee_m, pct_realise and, when communes are given, the EPCI crossed "
            "by the longest part (epci).\n\n"
            "Totals by EPCI (when communes are given): one row per EPCI with nb_corridors, longueur_m, "
            "longueur_realisee_m and pct_realise, each corridor's length split between the communes it "
            "crosses.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Corridors"), [source_type("TypeVectorLine")]),
            self.tr("Corridors of mbm:trame_verte_schema."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.RESERVOIRS, self.tr("Réservoirs"), [source_type("TypeVectorPolygon")]),
            self.tr("Réservoirs of mbm:trame_verte_schema: the corridor parts inside them are not counted."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.REALISATIONS, self.tr("Works done"),
            [source_type("TypeVectorPolygon"), source_type("TypeVectorLine"), source_type("TypeVectorPoint")]),
            self.tr("Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…)."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [source_type("TypeVectorPolygon")], optional=True),
            self.tr("Communes with their EPCI, for totals by EPCI."))
        self.add_parameter(QgsProcessingParameterString(
            self.EPCI_FIELD, self.tr("EPCI field of the communes"), defaultValue="", optional=True),
            self.tr("Empty: the first of epci_nom, nom_epci, epci, epci_siren found."), advanced=True)
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.TOLERANCE_M, self.tr("Tolerance for linear works (m)"),
            number_type_double(), 10.0, minValue=0.0), 1),
            self.tr("A line of works covers the corridor within this distance."), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Corridors with progress"), source_type("TypeVectorLine")),
            self.tr("Each corridor with pct_realise."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_EPCI, self.tr("Totals by EPCI"), source_type("TypeVector"), optional=True,
            createByDefault=True),
            self.tr("One row per EPCI (only when communes are given)."))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.trame_verte.layers import working_crs
        from ...mbm_qgis_plugin.trame_verte.status import EPCI_FIELDS, corridor_progress, epci_totals

        corridors = self.parameterAsSource(parameters, self.CORRIDORS, context)
        reservoirs = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        realisations = self.parameterAsSource(parameters, self.REALISATIONS, context)
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        epci_field = (self.parameterAsString(parameters, self.EPCI_FIELD, context) or "").strip()
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE_M, context)
        for source, name in ((corridors, self.CORRIDORS), (reservoirs, self.RESERVOIRS),
                             (realisations, self.REALISATIONS)):
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if "statut" not in corridors.fields().names():
            raise QgsProcessingException(self.tr(
                "The corridors layer has no 'statut' field: give the corridors made by the trame verte schema."))
        epci_index = -1
        if communes is not None:
            names = communes.fields().names()
            candidates = [epci_field] if epci_field else list(EPCI_FIELDS)
            found = [n for n in candidates if n in names]
            if not found:
                raise QgsProcessingException(self.tr(
                    "The communes layer has no EPCI field ({}): choose the EPCI field.").format(
                        ", ".join(candidates)))
            epci_index = names.index(found[0])

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        # Lengths and the tolerance are in metres: corridors in degrees (WGS 84) are measured in Lambert-93.
        crs = working_crs([corridors])
        corridor_rows = _geometries(corridors, crs, context)
        reservoir_geometries = [g for _f, g in _geometries(reservoirs, crs, context)]
        works = [g for _f, g in _geometries(realisations, crs, context)]
        if not works:
            feedback.pushWarning(self.tr("No works in the works layer: every corridor is at 0 %."))
        steps.setCurrentStep(1)
        progress = corridor_progress([g for _f, g in corridor_rows], reservoir_geometries, works, tolerance)
        if feedback.isCanceled():
            return {}
        totals, dominant = {}, [None] * len(progress)
        if communes is not None:
            commune_rows = [(g, _epci_label(f.attribute(epci_index)))
                            for f, g in _geometries(communes, crs, context)]
            totals, dominant = epci_totals(progress, commune_rows)

        steps.setCurrentStep(2)
        fields = QgsFields(corridors.fields())
        for name, kind in (("longueur_utile_m", "Double"), ("longueur_realisee_m", "Double"),
                           ("pct_realise", "Double"), ("epci", "String")):
            if name not in fields.names():
                fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, corridors.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for (feature, geometry), done, epci in zip(corridor_rows, progress, dominant):
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            values = dict(zip(corridors.fields().names(), feature.attributes()))
            values.update(longueur_utile_m=round(done.longueur_utile_m, 2),
                          longueur_realisee_m=round(done.longueur_realisee_m, 2),
                          pct_realise=round(done.pct_realise, 1), epci=epci)
            out.setAttributes([values.get(name) for name in fields.names()])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        self.style_on_load(context, dest, "trame_verte_avancement")
        results = {self.OUTPUT: dest}
        if communes is not None:
            epci_fields = make_fields((("epci", "String"), ("nb_corridors", "Int"), ("longueur_m", "Double"),
                                       ("longueur_realisee_m", "Double"), ("pct_realise", "Double")))
            epci_sink, epci_dest = self.parameterAsSink(parameters, self.OUTPUT_EPCI, context, epci_fields,
                                                        wkb_type("NoGeometry"))
            if epci_sink is not None:
                for epci in sorted(totals):
                    count, useful, done = totals[epci]
                    row = QgsFeature(epci_fields)
                    row.setAttributes([epci, count, round(useful, 2), round(done, 2),
                                       round(100.0 * done / useful, 1) if useful else 0.0])
                    epci_sink.addFeature(row, QgsFeatureSink.Flag.FastInsert)
                results[self.OUTPUT_EPCI] = epci_dest
        return results


def _epci_label(value):
    """The EPCI of a commune as text; a commune outside any EPCI (NULL or blank) is totalled as
    "sans EPCI", not under the word NULL."""
    text = "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value).strip()
    return text if text and text != "NULL" else "sans EPCI"
