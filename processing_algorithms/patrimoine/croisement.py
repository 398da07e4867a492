"""mbm:patrimoine_croisement — each cité with its VRD works (base Sandt), the mining hazards under it and its
UNESCO status."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsSpatialIndex,
)

from ...mbm_qgis_plugin.compat import source_type
from ...mbm_qgis_plugin.patrimoine import crossing
from ...mbm_qgis_plugin.patrimoine.grid import PatrimoineError
from ..base import MbmAlgorithm
from .common import CITE_ID, CitesInput, extended_fields, no_geometry_check, output_feature, plain

CROSSING_FIELDS = (("unesco", "String", 11), ("avancement_pct", "Double", 5, 1), ("reseaux_restants", "Int"),
                   ("alea_max", "String", 6), ("aleas", "String", 1000))
BASE_FIELDS = (("nom", "String", 254), ("commune", "String", 254))


class Zones:
    """Polygons of a layer (hazards or UNESCO perimeters) in the cités' CRS, repaired in memory, with a
    spatial index, and the attributes the crossing needs."""

    def __init__(self, source, fields, target_crs, transform_context, feedback):
        self.geometries, self.values = {}, {}
        self.index = QgsSpatialIndex()
        transform = None
        if source.sourceCrs().isValid() and target_crs.isValid() and source.sourceCrs() != target_crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context)
        indexes = [source.fields().lookupField(name) for name in fields]
        request = QgsFeatureRequest()
        request.setInvalidGeometryCheck(no_geometry_check())  # repaired below, never dropped
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                return
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            fid = feature.id()
            self.geometries[fid] = geometry
            self.values[fid] = [plain(feature.attribute(i)) for i in indexes]
            self.index.addFeature(fid, geometry.boundingBox())

    def over(self, geometry, engine):
        """The attribute lists of the zones whose area overlaps ``geometry`` (touching its edge only does
        not count)."""
        found = []
        for fid in self.index.intersects(geometry.boundingBox()):
            zone = self.geometries[fid]
            if engine.intersects(zone.constGet()) and not engine.touches(zone.constGet()):
                found.append(self.values[fid])
        return found


class PatrimoineCroisementAlgorithm(CitesInput, MbmAlgorithm):
    ALGORITHM_ID = "patrimoine_croisement"
    TASK = "patrimoine"

    CITES = "CITES"
    BASE = "BASE"
    HAZARDS = "HAZARDS"
    HAZARD_TYPE_FIELD = "HAZARD_TYPE_FIELD"
    HAZARD_LEVEL_FIELD = "HAZARD_LEVEL_FIELD"
    UNESCO = "UNESCO"
    UNESCO_TYPE_FIELD = "UNESCO_TYPE_FIELD"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Cross the cités with the Sandt base, the hazards and UNESCO")

    def shortHelpString(self):
        return self.tr(
            "One polygon per cité, keeping every field of the cités (the ranking's note, rang, classe, "
            "stabilite, scores…), with nom and commune from the Sandt base when the layer lacks them, and: "
            "unesco (bien, zone_tampon or hors: the strongest UNESCO perimeter that overlaps the cité), "
            "avancement_pct and reseaux_restants (how many of the four networks have a latest status in the base "
            "that is not achevé), alea_max (aucun, faible, moyen, fort) and aleas (the \"type — niveau\" pairs of "
            "the mining hazard zones that overlap the cité, each once). A zone that only touches the edge of a "
            "cité does not count. Without a hazards or UNESCO layer, those fields stay empty. Typical filters: "
            "\"unesco\" = 'bien' AND \"reseaux_restants\" > 0 (UNESCO cités whose works are not finished); "
            "\"classe\" = 'exceptionnelle' AND \"alea_max\" = 'fort'.")

    def initAlgorithm(self, config=None):
        polygon = source_type("TypeVectorPolygon")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.CITES, self.tr("Cités"), [polygon]),
                           self.tr("Polygons of the cités with cite_id: the heritage ranking's output, or any layer "
                                   "with classe."))
        self.add_parameter(QgsProcessingParameterString(self.BASE, self.tr("Sandt base")),
                           self.tr("GeoPackage path, or postgis:connection/schema for a PostGIS base."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.HAZARDS, self.tr("Mining hazards"), [polygon], optional=True),
            self.tr("Optional polygons of the mining hazard zones, with a type and a level (faible, moyen, fort)."))
        self.add_parameter(QgsProcessingParameterField(
            self.HAZARD_TYPE_FIELD, self.tr("Hazard type field"), parentLayerParameterName=self.HAZARDS,
            optional=True),
            self.tr("Field of the hazard type; empty: the first of type, type_alea, alea, nature, phenomene."),
            advanced=True)
        self.add_parameter(QgsProcessingParameterField(
            self.HAZARD_LEVEL_FIELD, self.tr("Hazard level field"), parentLayerParameterName=self.HAZARDS,
            optional=True),
            self.tr("Field of the hazard level (faible, moyen, fort); empty: the first of niveau, niveau_alea, "
                    "intensite, level."), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.UNESCO, self.tr("UNESCO perimeters"), [polygon], optional=True),
            self.tr("Optional polygons of the UNESCO World Heritage property (bien) and its buffer zone "
                    "(zone_tampon)."))
        self.add_parameter(QgsProcessingParameterField(
            self.UNESCO_TYPE_FIELD, self.tr("UNESCO perimeter field"), parentLayerParameterName=self.UNESCO,
            optional=True),
            self.tr("Field telling bien from zone_tampon; empty: the first of type, perimetre, zone, statut, "
                    "nature."), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Cités crossed"), polygon),
            self.tr("The cités with every field kept and unesco, avancement_pct, reseaux_restants, alea_max, aleas."))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.patrimoine.base_reader import read_base

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        if feedback.isCanceled():  # a child feedback only hears of later cancels
            steps.cancel()
        cites = self.cites_source(parameters, self.CITES, context)
        hazards = self.optional_source(parameters, self.HAZARDS, context, self.tr("Mining hazards"))
        unesco = self.optional_source(parameters, self.UNESCO, context, self.tr("UNESCO perimeters"))
        hazard_fields = unesco_field = None
        if hazards is not None:
            label = self.tr("Mining hazards")
            hazard_fields = (
                self.checked_field(hazards, self.parameterAsString(parameters, self.HAZARD_TYPE_FIELD, context),
                                   crossing.HAZARD_TYPE_FIELDS, label, self.tr("the hazard type")),
                self.checked_field(hazards, self.parameterAsString(parameters, self.HAZARD_LEVEL_FIELD, context),
                                   crossing.HAZARD_LEVEL_FIELDS, label, self.tr("the hazard level")))
        if unesco is not None:
            unesco_field = self.checked_field(
                unesco, self.parameterAsString(parameters, self.UNESCO_TYPE_FIELD, context),
                crossing.UNESCO_TYPE_FIELDS, self.tr("UNESCO perimeters"), self.tr("bien / zone_tampon"))
        features = list(cites.getFeatures())
        self._refuse_duplicates(features, cites)
        try:
            base = read_base(self.parameterAsString(parameters, self.BASE, context))
        except PatrimoineError as error:
            raise QgsProcessingException(str(error)) from None
        steps.setCurrentStep(1)

        crs = cites.sourceCrs()
        hazard_zones = unesco_zones = None
        if hazards is not None:
            hazard_zones = Zones(hazards, hazard_fields, crs, context.transformContext(), steps)
            self._check_levels(hazard_zones, steps)
        if unesco is not None:
            unesco_zones = Zones(unesco, (unesco_field,), crs, context.transformContext(), steps)
            self._check_unesco(unesco_zones, unesco_field, steps)
        if steps.isCanceled():
            return {}
        steps.setCurrentStep(2)

        names = cites.fields().names()
        specs = tuple(spec for spec in BASE_FIELDS if spec[0] not in names) + CROSSING_FIELDS
        fields, index = extended_fields(cites.fields(), specs)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, cites.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        id_index = cites.fields().lookupField(CITE_ID)
        not_in_base, tally = [], {"bien": 0, "zone_tampon": 0, "works": 0, "fort": 0}
        for number, feature in enumerate(features, 1):
            if steps.isCanceled():
                return {}
            cite_id = str(plain(feature.attribute(id_index)) or "")
            values = self._cite_values(feature, base.get(cite_id), hazard_zones, unesco_zones, index, fields)
            if cite_id not in base:
                not_in_base.append(cite_id or "#{}".format(number))
            tally["bien"] += values[index["unesco"]] == crossing.BIEN
            tally["zone_tampon"] += values[index["unesco"]] == crossing.ZONE_TAMPON
            tally["works"] += (values[index["reseaux_restants"]] or 0) > 0
            tally["fort"] += values[index["alea_max"]] == "fort"
            sink.addFeature(output_feature(feature, fields, values), QgsFeatureSink.Flag.FastInsert)
            steps.setProgress(100.0 * number / max(1, len(features)))
        steps.setCurrentStep(3)
        if not_in_base:
            steps.pushWarning(self.tr("Cités not in the Sandt base ({}): their progress and remaining networks "
                                      "stay empty: {}").format(len(not_in_base), ", ".join(not_in_base[:30]) +
                                                              (" …" if len(not_in_base) > 30 else "")))
        steps.pushInfo(self.tr("{} cités: {} in the UNESCO property, {} in its buffer zone; {} with networks still "
                               "to renovate; {} under a fort hazard.").format(
            len(features), tally["bien"], tally["zone_tampon"], tally["works"], tally["fort"]))
        if hazards is None:
            steps.pushInfo(self.tr("No hazards layer: alea_max and aleas are left empty."))
        if unesco is None:
            steps.pushInfo(self.tr("No UNESCO layer: unesco is left empty."))
        if fields.lookupField("classe") >= 0:
            self.style_on_load(context, dest_id, "patrimoine_classes")
        return {self.OUTPUT: dest_id}

    def _cite_values(self, feature, in_base, hazard_zones, unesco_zones, index, fields):
        values = {}
        for name in ("nom", "commune"):
            position = fields.lookupField(name)
            if in_base is not None and plain(feature.attribute(position) if position < len(feature.attributes())
                                             else None) is None:
                values[position] = in_base.get(name)
        if in_base is not None:
            values[index["avancement_pct"]], values[index["reseaux_restants"]] = \
                crossing.vrd_progress(in_base["operations"])
        else:
            values[index["avancement_pct"]] = values[index["reseaux_restants"]] = None
        geometry = QgsGeometry(feature.geometry())
        values.update({index[name]: None for name in ("unesco", "alea_max", "aleas")})
        if geometry.isNull() or geometry.isEmpty():
            return values
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        if hazard_zones is not None:
            values[index["alea_max"]], values[index["aleas"]] = crossing.hazard_summary(
                hazard_zones.over(geometry, engine))
        if unesco_zones is not None:
            kinds = {crossing.unesco_kind(value[0]) for value in unesco_zones.over(geometry, engine)}
            values[index["unesco"]] = crossing.strongest_unesco(kinds)
        return values

    def _refuse_duplicates(self, features, source):
        id_index = source.fields().lookupField(CITE_ID)
        seen, duplicates, empty = set(), set(), 0
        for feature in features:
            cite_id = plain(feature.attribute(id_index))
            if cite_id is None or not str(cite_id).strip():
                empty += 1
                continue
            (duplicates if cite_id in seen else seen).add(cite_id)
        if duplicates or empty:
            problems = []
            if duplicates:
                problems.append(self.tr("cite_id given to several cités: {}").format(", ".join(sorted(
                    str(d) for d in duplicates)[:20])))
            if empty:
                problems.append(self.tr("{} cités without cite_id").format(empty))
            raise QgsProcessingException(self.tr("{}. Give each cité its own cite_id (the one of the Sandt base), "
                                                 "then run again.").format("; ".join(problems)))

    def _check_levels(self, zones, feedback):
        unknown = sorted({str(v[1]) for v in zones.values.values() if crossing.hazard_level(v[1]) is None})
        if unknown:
            feedback.pushWarning(self.tr("Hazard levels that are not faible, moyen or fort: {}. They are listed in "
                                         "aleas; alea_max stays empty where one of them could be the highest.").format(", ".join(unknown[:10])))

    def _check_unesco(self, zones, field, feedback):
        values = [v[0] for v in zones.values.values()]
        unknown = sorted({str(v) for v in values if crossing.unesco_kind(v) is None})
        if values and len(unknown) == len({str(v) for v in values}):
            raise QgsProcessingException(self.tr(
                "The field {} of the UNESCO layer holds neither bien nor zone_tampon (values: {}): choose the field "
                "that tells the property from its buffer zone.").format(field, ", ".join(unknown[:10])))
        if unknown:
            feedback.pushWarning(self.tr("UNESCO perimeters neither bien nor zone_tampon, left out: {}").format(
                ", ".join(unknown[:10])))
