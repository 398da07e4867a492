"""mbm:trame_verte_schema — réservoirs, corridors and conflict points from the project's layers."""

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsProcessingOutputNumber)

from ...mbm_qgis_plugin.compat import is_line, is_polygon, make_fields, number_type_double, source_type, wkb_type
from ...mbm_qgis_plugin.i18n import format_number
from ..base import MbmAlgorithm, with_decimals
from .common import LayerSnapshot


def reservoir_fields():
    return make_fields((("reservoir_id", "Int"), ("sous_trame", "String"), ("surface_ha", "Double"),
                        ("dpc", "Double")))


def corridor_fields():
    return make_fields((("corridor_id", "Int"), ("reservoir_a", "Int"), ("reservoir_b", "Int"),
                        ("longueur_m", "Double"), ("cout", "Double"), ("statut", "String"), ("dpc", "Double"),
                        ("rang", "Int")))


def conflict_fields():
    return make_fields((("corridor_id", "Int"), ("barriere", "String"), ("dpc", "Double"), ("rang", "Int")))


def _dpc(value):
    """dpc as written: % with 6 decimals, NULL when it could not be computed."""
    return None if value is None else round(value, 6)


class TrameVerteSchemaAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "trame_verte_schema"
    TASK = "trame_verte"

    HABITATS = "HABITATS"
    SOUS_TRAME_FIELD = "SOUS_TRAME_FIELD"
    MIN_RESERVOIR_HA = "MIN_RESERVOIR_HA"
    MERGE_DISTANCE_M = "MERGE_DISTANCE_M"
    MAX_CORRIDOR_M = "MAX_CORRIDOR_M"
    BARRIERS = "BARRIERS"
    RESISTANCE = "RESISTANCE"
    RESISTANCE_FIELD = "RESISTANCE_FIELD"
    RESOLUTION_M = "RESOLUTION_M"
    FRICTION_TABLE = "FRICTION_TABLE"
    DEFAULT_FRICTION = "DEFAULT_FRICTION"
    UNSUITABLE_FRICTION = "UNSUITABLE_FRICTION"
    DISPERSAL_DISTANCE_M = "DISPERSAL_DISTANCE_M"
    EC_HA = "EC_HA"
    OUTPUT_RESERVOIRS = "OUTPUT_RESERVOIRS"
    OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
    OUTPUT_CONFLITS = "OUTPUT_CONFLITS"

    def displayName(self):
        return self.tr("Trame verte schema (réservoirs, corridors, conflict points)")

    def shortHelpString(self):
        return self.tr(
            "Draws the trame verte schema from habitat layers and ranks what matters most for connectivity.\n\n"
            "Patches closer than the merge distance form one réservoir; réservoirs of at least the minimum "
            "area are kept. Réservoirs whose edges are closer than the maximum corridor distance are linked: "
            "every such pair ends up connected, directly or through others (a link is dropped only when two "
            "shorter links join the same réservoirs through a third one).\n\n"
            "Without a resistance layer, corridors are straight lines between the nearest edges and their "
            "cost is their length. With one, corridors follow least-cost paths on a friction raster "
            "(BioDispersal scale: 0 habitat … 10 000 barrier; a cell costs max(friction, 1) per metre), "
            "computed window by window around each group of linked réservoirs, and their cost is the "
            "accumulated cost. A corridor is to be restored (à remettre en bon état) when it crosses a barrier "
            "line or land whose friction reaches the unsuitable land friction, else to be preserved. Each "
            "crossing of a barrier is a conflict point.\n\n"
            "Connectivity (probability of connectivity, Saura & Pascual-Hortal 2007): a corridor is crossed "
            "with the probability 0.5 ^ (cost / dispersal distance); the equivalent connected area (ha) sums "
            "the réservoirs' areas weighted by the best chain of corridors between them. The dpc field of a "
            "réservoir or a corridor is the share (%) of that connectivity lost without it; rang ranks "
            "corridors and conflict points (1 = the largest dpc; a conflict point takes the dpc of the "
            "corridor it cuts).\n\n"
            "Layers in other CRSs are reprojected to the first habitat layer's CRS (Lambert-93 if it is "
            "not metric).")

    def initAlgorithm(self, config=None):
        polygon = source_type("TypeVectorPolygon")
        line = source_type("TypeVectorLine")
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.HABITATS, self.tr("Habitat layers (polygons)"), polygon),
            self.tr("Polygon layers of habitat patches: woods, wetlands, terrils, parks…"))
        self.add_parameter(QgsProcessingParameterString(
            self.SOUS_TRAME_FIELD, self.tr("Sous-trame field"), defaultValue="", optional=True),
            self.tr("Field holding the sous-trame of each patch; when empty or missing, each layer's name is "
                    "its sous-trame."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.MIN_RESERVOIR_HA, self.tr("Minimum réservoir area (ha)"),
            number_type_double(), 5.0, minValue=0.0), 1),
            self.tr("Groups of patches smaller than this are not réservoirs."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.MERGE_DISTANCE_M, self.tr("Merge distance (m)"),
            number_type_double(), 50.0, minValue=0.0), 0),
            self.tr("Patches closer than this form one réservoir; its area is the area of its patches."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.MAX_CORRIDOR_M, self.tr("Maximum corridor distance (m)"),
            number_type_double(), 1000.0, minValue=0.0), 0),
            self.tr("Réservoirs whose edges are closer than this are linked by a corridor."))
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.BARRIERS, self.tr("Barrier layers (lines)"), line, optional=True),
            self.tr("Motorways, railways…: where a corridor crosses one, a conflict point."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.RESISTANCE, self.tr("Resistance layer (polygons)"), [polygon], optional=True),
            self.tr("Land-use polygons with a friction; when given, corridors follow least-cost paths."))
        self.add_parameter(QgsProcessingParameterField(
            self.RESISTANCE_FIELD, self.tr("Friction field"), parentLayerParameterName=self.RESISTANCE,
            optional=True),
            self.tr("Friction value (number) or land-use class code looked up in the friction table."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.RESOLUTION_M, self.tr("Raster resolution (m)"),
            number_type_double(), 25.0, minValue=1.0), 0),
            self.tr("Cell size of the friction raster for least-cost paths: 25 m for the whole basin, 10 m "
                    "for finer paths (the raster is only made around the réservoirs to link)."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.DISPERSAL_DISTANCE_M, self.tr("Dispersal distance (m)"),
            number_type_double(), 1000.0, minValue=1.0), 0),
            self.tr("The corridor cost at which a species crosses with a probability of 0.5 (metres on land of "
                    "friction 1): it weighs the corridors in the connectivity (dpc, rang)."))
        self.add_parameter(QgsProcessingParameterFile(
            self.FRICTION_TABLE, self.tr("Friction table (CSV)"), extension="csv", optional=True),
            self.tr("CSV 'classe;libelle;friction' used when the friction field holds class codes; default: "
                    "the plugin's table for the wooded sous-trame."), advanced=True)
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.DEFAULT_FRICTION, self.tr("Friction outside resistance polygons"),
            number_type_double(), 100.0, minValue=0.0), 0),
            self.tr("Friction of cells that no resistance polygon covers."), advanced=True)
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.UNSUITABLE_FRICTION, self.tr("Unsuitable land friction"),
            number_type_double(), 1000.0, minValue=0.0), 0),
            self.tr("A least-cost corridor through a cell of at least this friction is to be restored."),
            advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_RESERVOIRS, self.tr("Réservoirs de biodiversité"), source_type("TypeVectorPolygon")),
            self.tr("Fields reservoir_id, sous_trame, surface_ha (ha) and dpc (% of the connectivity lost "
                    "without the réservoir and its corridors)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CORRIDORS, self.tr("Corridors"), source_type("TypeVectorLine")),
            self.tr("Fields corridor_id, reservoir_a, reservoir_b, longueur_m, cout, statut (to preserve or to "
                    "restore), dpc (% of the connectivity lost without the corridor) and rang (1 = the largest "
                    "dpc)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CONFLITS, self.tr("Conflict points"), source_type("TypeVectorPoint")),
            self.tr("Fields corridor_id, barriere, dpc and rang (those of the corridor it cuts)."))
        self.addOutput(QgsProcessingOutputNumber(self.EC_HA, self.tr("Equivalent connected area (ha)")))

    def prepareAlgorithm(self, parameters, context, feedback):
        # Main thread: snapshot the project layers so that the worker thread never touches them.
        self.habitat_layers = [LayerSnapshot(layer)
                               for layer in self.parameterAsLayerList(parameters, self.HABITATS, context) or []]
        self.barrier_layers = [LayerSnapshot(layer)
                               for layer in self.parameterAsLayerList(parameters, self.BARRIERS, context) or []]
        return True

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.trame_verte.friction import (DEFAULT_FRICTION_TABLE, FrictionTableError,
                                                              load_friction_table)
        from ...mbm_qgis_plugin.trame_verte.layers import (read_barriers, read_patches, read_resistance,
                                                            working_crs)
        from ...mbm_qgis_plugin.trame_verte.least_cost import Canceled, GridTooLarge
        from ...mbm_qgis_plugin.trame_verte.reservoirs import reservoirs_from_patches
        from ...mbm_qgis_plugin.trame_verte.schema import Schema, build_schema

        habitats = self.habitat_layers
        if not habitats:
            raise QgsProcessingException(self.tr("Choose at least one habitat layer (polygons)."))
        # The parameter's type is not enforced for layers given by path or object: say which is wrong.
        for layer in habitats:
            if not is_polygon(layer):
                raise QgsProcessingException(self.tr(
                    "The habitat layer '{}' is not a polygon layer: give polygon layers of habitat patches.")
                    .format(layer.sourceName()))
        for layer in self.barrier_layers:
            if not is_line(layer):
                raise QgsProcessingException(self.tr(
                    "The barrier layer '{}' is not a line layer: give line layers (motorways, railways…).")
                    .format(layer.sourceName()))
        sous_trame_field = (self.parameterAsString(parameters, self.SOUS_TRAME_FIELD, context) or "").strip()
        min_reservoir_ha = self.parameterAsDouble(parameters, self.MIN_RESERVOIR_HA, context)
        merge_distance = self.parameterAsDouble(parameters, self.MERGE_DISTANCE_M, context)
        max_corridor = self.parameterAsDouble(parameters, self.MAX_CORRIDOR_M, context)
        barrier_layers = self.barrier_layers
        resistance = self.parameterAsSource(parameters, self.RESISTANCE, context)
        resistance_field = self.parameterAsString(parameters, self.RESISTANCE_FIELD, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION_M, context)
        friction_table = self.parameterAsFile(parameters, self.FRICTION_TABLE, context) or DEFAULT_FRICTION_TABLE
        default_friction = self.parameterAsDouble(parameters, self.DEFAULT_FRICTION, context)
        unsuitable = self.parameterAsDouble(parameters, self.UNSUITABLE_FRICTION, context)
        dispersal_distance = self.parameterAsDouble(parameters, self.DISPERSAL_DISTANCE_M, context)
        if resistance is not None and not resistance_field:
            raise QgsProcessingException(self.tr(
                "A resistance layer is given without its friction field: choose the friction field."))
        if resistance is not None and resistance.fields().lookupField(resistance_field) < 0:
            raise QgsProcessingException(self.tr(
                "The resistance layer has no field '{}': choose one of its fields ({}).").format(
                    resistance_field, ", ".join(resistance.fields().names())))

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        crs = working_crs(habitats)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        for layer in habitats + barrier_layers + ([resistance] if resistance is not None else []):
            if not layer.sourceCrs().isValid():  # e.g. a shapefile without its .prj
                feedback.pushWarning(self.tr(
                    "The layer '{}' has no CRS: its coordinates are taken as {}. Set its CRS if they are not.")
                    .format(layer.sourceName(), crs.authid()))
        transform_context = context.transformContext()
        patches = read_patches(habitats, crs, transform_context, sous_trame_field, feedback.pushWarning,
                               feedback.isCanceled)
        barriers = read_barriers(barrier_layers, crs, transform_context, feedback.pushWarning)
        shapes = None
        if resistance is not None:
            try:
                table = load_friction_table(friction_table)
            except FrictionTableError as error:
                raise QgsProcessingException(self.tr("Friction table unreadable: {}").format(error)) from error
            shapes = read_resistance(resistance, resistance_field, table, crs, transform_context,
                                     feedback.pushWarning)
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(1)
        reservoirs = reservoirs_from_patches(patches, min_reservoir_ha, merge_distance, steps)
        feedback.pushInfo(self.tr("{} patches, {} réservoirs").format(len(patches), len(reservoirs)))
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(2)
        if reservoirs:
            try:
                schema = build_schema(reservoirs, max_corridor, barriers, shapes, resolution, default_friction,
                                      unsuitable, steps, crs.toWkt(), dispersal_distance)
            except Canceled:
                return {}
            except GridTooLarge as error:
                raise QgsProcessingException(self.tr(
                    "At {} m the friction raster would have {} million cells, too many for the memory: choose "
                    "a raster resolution of at least {} m, or habitat layers covering a smaller area.").format(
                        "{:g}".format(error.resolution), int(round(error.cells / 1e6)), error.suggested_resolution)) from error
        else:
            feedback.pushWarning(self.tr("No réservoir: no habitat patch group reaches the minimum area."))
            schema = Schema([], [], [], [])
        for message in schema.messages:
            feedback.pushWarning(message)
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(3)
        reservoir_sink, reservoir_id = self.parameterAsSink(
            parameters, self.OUTPUT_RESERVOIRS, context, reservoir_fields(), wkb_type("MultiPolygon"), crs)
        corridor_sink, corridor_id = self.parameterAsSink(
            parameters, self.OUTPUT_CORRIDORS, context, corridor_fields(), wkb_type("LineString"), crs)
        conflict_sink, conflict_id = self.parameterAsSink(
            parameters, self.OUTPUT_CONFLITS, context, conflict_fields(), wkb_type("Point"), crs)
        for sink, name in ((reservoir_sink, self.OUTPUT_RESERVOIRS), (corridor_sink, self.OUTPUT_CORRIDORS),
                           (conflict_sink, self.OUTPUT_CONFLITS)):
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
        for reservoir in schema.reservoirs:
            feature = QgsFeature(reservoir_fields())
            geometry = reservoir.geometry
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([reservoir.reservoir_id, reservoir.sous_trame, round(reservoir.surface_ha, 4),
                                   _dpc(reservoir.dpc)])
            reservoir_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        for corridor in schema.corridors:
            feature = QgsFeature(corridor_fields())
            feature.setGeometry(corridor.geometry)
            feature.setAttributes([corridor.corridor_id, corridor.reservoir_a, corridor.reservoir_b,
                                   round(corridor.longueur_m, 2), round(corridor.cout, 2), corridor.statut,
                                   _dpc(corridor.dpc), corridor.rang])
            corridor_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        for conflict in schema.conflicts:
            feature = QgsFeature(conflict_fields())
            feature.setGeometry(conflict.geometry)
            feature.setAttributes([conflict.corridor_id, conflict.barriere, _dpc(conflict.dpc), conflict.rang])
            conflict_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("{} corridors, {} conflict points").format(
            len(schema.corridors), len(schema.conflicts)))
        for dest, style in ((reservoir_id, "trame_verte_reservoirs"), (corridor_id, "trame_verte_corridors"),
                            (conflict_id, "trame_verte_conflits")):
            self.style_on_load(context, dest, style)
        results = {self.OUTPUT_RESERVOIRS: reservoir_id, self.OUTPUT_CORRIDORS: corridor_id,
                   self.OUTPUT_CONFLITS: conflict_id, self.EC_HA: None}
        if schema.ec_ha is not None:
            results[self.EC_HA] = round(schema.ec_ha, 2)
            feedback.pushInfo(self.tr("Equivalent connected area: {} ha (dispersal distance {} m)").format(
                format_number(schema.ec_ha, 1), format_number(dispersal_distance, 0)))
        return results
