"""mbm:concessions_perimeter — concession perimeters rebuilt from the vertex table of their decree."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRectangle,
    QgsVectorLayer,
)

from ...mbm_qgis_plugin.compat import make_fields, number_type_double, scoped_enum, source_type, wkb_type
from ...mbm_qgis_plugin.concessions.geometry import crs_label, plausible_in_working_crs, working_crs
from ...mbm_qgis_plugin.concessions.layers import read_concessions
from ...mbm_qgis_plugin.concessions.perimeter import (
    TOLERANCE_M,
    detect_vertex_columns,
    drawn_by_id,
    french_number,
    rebuild_perimeters,
    require_vertices,
    status_summary,
    vertices_by_concession,
)
from ...mbm_qgis_plugin.sandt.planning import TableError
from ...mbm_qgis_plugin.sandt.table_reader import read_programme
from ..base import MbmAlgorithm, with_decimals
from .common import ConcessionsInputs

#: NTF (Paris) / Lambert Nord France: the CRS of most decrees of the Nord-Pas-de-Calais concessions.
DEFAULT_VERTICES_CRS = "EPSG:27561"


def perimeter_fields():
    return make_fields((("concession_id", "String", 254), ("nb_sommets", "Int", 10),
                        ("surface_ha", "Double", 20, 4), ("ecart_max_m", "Double", 20, 3),
                        ("ecart_surface_pct", "Double", 20, 4), ("statut", "String", 16),
                        ("detail", "String", 1000)))


class ConcessionsPerimeterAlgorithm(ConcessionsInputs, MbmAlgorithm):
    ALGORITHM_ID = "concessions_perimeter"
    TASK = "concessions"

    VERTICES = "VERTICES"
    ID_FIELD = "ID_FIELD"
    ORDER_FIELD = "ORDER_FIELD"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    VERTICES_CRS = "VERTICES_CRS"
    COMPARE_WITH = "COMPARE_WITH"
    COMPARE_ID_FIELD = "COMPARE_ID_FIELD"
    TOLERANCE_M = "TOLERANCE_M"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Rebuild concession perimeters from decree vertices")

    def shortHelpString(self):
        return self.tr(
            "Rebuilds the perimeter of each concession from the table of vertices listed in its decree (one row "
            "per vertex: concession, vertex order, X, Y; CSV, XLSX or ODS file, or a table layer), in the CRS of "
            "the decree (NTF Lambert Nord, EPSG:27561, by default). The order is an integer, or a point name "
            "(A, B, C…) taken in the order of the file; decimal commas are accepted. A concession with fewer "
            "than 3 vertices, an order given twice or a ring that crosses itself is 'invalide', with the reason. "
            "Given the drawn perimeters, each rebuilt one is compared with its drawn one: the largest distance "
            "between their boundaries (ecart_max_m, Hausdorff distance) and the difference of areas "
            "(ecart_surface_pct); beyond the tolerance the statut is 'ecart'. A drawn perimeter without any "
            "vertex in the table is 'absent' (its drawn outline is copied). The output, in Lambert-93 "
            "(EPSG:2154), can be checked and reported by the other concessions algorithms.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFile(
            self.VERTICES, self.tr("Vertex table of the decrees"),
            scoped_enum("ProcessingFileParameterBehavior", QgsProcessingParameterFile, "File"),
            # "(*)" and not "(*.*)": a layer id has no dot and must pass Processing's check
            fileFilter=self.tr("Tables (*.csv *.txt *.xlsx *.ods);;All files (*)")),
            self.tr("CSV, XLSX or ODS file, or the id or name of a table layer of the project: one row per "
                    "vertex with the concession id, the vertex order, X and Y."))
        overrides = {
            self.ID_FIELD: self.tr("Concession id column"), self.ORDER_FIELD: self.tr("Vertex order column"),
            self.X_FIELD: self.tr("X column"), self.Y_FIELD: self.tr("Y column"),
        }
        for name, description in overrides.items():
            self.add_parameter(QgsProcessingParameterString(name, description, optional=True),
                               self.tr("Header of this column when it is not recognised; blank = detected from "
                                       "the French headers (Concession, Sommet / Point / Ordre, X, Y)."),
                               advanced=True)
        # Optional with a default: a mandatory CRS parameter of QGIS 3.22 may drop its default in dialogs.
        self.add_parameter(QgsProcessingParameterCrs(
            self.VERTICES_CRS, self.tr("CRS of the vertex coordinates"), DEFAULT_VERTICES_CRS, optional=True),
            self.tr("The CRS the decree gives its coordinates in: EPSG:27561 (NTF Lambert Nord, default), 27571, "
                    "27572, 2154 (Lambert-93), 4326…"))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMPARE_WITH, self.tr("Drawn perimeters to compare"), [source_type("TypeVectorPolygon")],
            optional=True),
            self.tr("Optional polygon layer of the drawn concession perimeters, in any CRS."))
        self.add_parameter(QgsProcessingParameterField(
            self.COMPARE_ID_FIELD, self.tr("Concession id field of the drawn perimeters"), "concession_id",
            self.COMPARE_WITH, optional=True),
            self.tr("Field of the drawn perimeters holding the concession id of the vertex table (default "
                    "concession_id)."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.TOLERANCE_M, self.tr("Tolerance (m)"), number_type_double(), TOLERANCE_M, minValue=0.0), 1),
            self.tr("Largest accepted distance between the rebuilt and the drawn boundary; beyond it the statut "
                    "is 'ecart'."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Rebuilt perimeters"), source_type("TypeVectorPolygon")),
            self.tr("One polygon per concession, in Lambert-93: concession_id, nb_sommets, surface_ha, "
                    "ecart_max_m, ecart_surface_pct, statut (ok, ecart, invalide, absent), detail."))

    def _vertex_table(self, parameters, context):
        """A project table layer (by id or name) or a file path of the VERTICES parameter."""
        value = parameters.get(self.VERTICES)
        if isinstance(value, QgsVectorLayer):
            return value
        value = self.parameterAsString(parameters, self.VERTICES, context).strip()
        if not value:
            raise QgsProcessingException(self.tr("No vertex table given: choose the CSV, XLSX or ODS file of the "
                                                 "decrees' vertices."))
        if not os.path.exists(value.split("|")[0]):
            layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
            if isinstance(layer, QgsVectorLayer):
                return layer
        return value

    def _vertices_crs(self, parameters, context):
        crs = self.parameterAsCrs(parameters, self.VERTICES_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(DEFAULT_VERTICES_CRS)
        return crs

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        overrides = {"concession": self.parameterAsString(parameters, self.ID_FIELD, context).strip(),
                     "ordre": self.parameterAsString(parameters, self.ORDER_FIELD, context).strip(),
                     "x": self.parameterAsString(parameters, self.X_FIELD, context).strip(),
                     "y": self.parameterAsString(parameters, self.Y_FIELD, context).strip()}
        try:
            table = read_programme(self._vertex_table(parameters, context), overrides,
                                   detect=detect_vertex_columns)
            grouped, warnings, bad_rows = vertices_by_concession(table, table.mapping)
            require_vertices(grouped)
        except TableError as error:
            raise QgsProcessingException(str(error.args[0])) from None
        feedback.pushInfo(self.tr("Vertex table: {}; columns: concession \"{}\", order \"{}\", X \"{}\", Y \"{}\".")
                          .format(table.description, table.mapping["concession"], table.mapping["ordre"],
                                  table.mapping["x"], table.mapping["y"]))
        for warning in warnings:
            feedback.reportError(warning, False)

        crs = self._vertices_crs(parameters, context)
        transform = None
        if crs != working_crs():
            transform = QgsCoordinateTransform(crs, working_crs(), context.transformContext())
        self._check_coordinates_in_france(grouped, crs, context)
        feedback.pushInfo(self.tr("Vertex CRS: {}; perimeters written in {}.").format(
            crs_label(crs), crs_label(working_crs())))

        drawn = None
        compare_source = self.parameterAsSource(parameters, self.COMPARE_WITH, context)
        if compare_source is not None:
            id_field = self.parameterAsString(parameters, self.COMPARE_ID_FIELD, context) or "concession_id"
            if compare_source.fields().lookupField(id_field) < 0:
                raise QgsProcessingException(self.tr(
                    "The drawn perimeters have no field '{}': choose the field holding the concession ids.")
                    .format(id_field))
            self.check_input_layer(compare_source, self.COMPARE_WITH, "Polygon", context)
            drawn = drawn_by_id(read_concessions(compare_source, id_field, None, context.transformContext(),
                                                 steps))
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)

        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE_M, context)
        perimeters = rebuild_perimeters(grouped, drawn, tolerance,
                                        transform,
                                        bad_rows, steps)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(2)

        fields = perimeter_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             wkb_type("MultiPolygon"), working_crs())
        if sink is None:
            raise QgsProcessingException(self.tr("The rebuilt perimeters output cannot be created."))
        for perimeter in perimeters:
            feature = QgsFeature(fields)
            feature.setAttributes([perimeter.concession_id, perimeter.nb_sommets, perimeter.surface_ha,
                                   perimeter.ecart_max_m, perimeter.ecart_surface_pct, perimeter.statut,
                                   perimeter.detail])
            if not perimeter.geometry.isNull():
                geometry = perimeter.geometry
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if perimeter.statut != "ok":
                feedback.pushInfo("{} : {}".format(perimeter.concession_id, perimeter.detail))
        del sink  # closes the file now, so that the next algorithm of a chain can open it
        feedback.pushInfo(self.tr("Rebuilt perimeters: {}.").format(status_summary(perimeters)))
        steps.setCurrentStep(3)
        return {self.OUTPUT: dest_id}

    def _check_coordinates_in_france(self, grouped, crs, context):
        xs = [v.x for rows in grouped.values() for v in rows if v.x is not None and v.y is not None]
        ys = [v.y for rows in grouped.values() for v in rows if v.x is not None and v.y is not None]
        if not xs:
            return
        extent = QgsRectangle(min(xs), min(ys), max(xs), max(ys))
        try:
            plausible = plausible_in_working_crs(extent, crs, context.transformContext())
        except QgsCsException:
            plausible = False
        if not plausible:
            raise QgsProcessingException(self.tr(
                "The vertex coordinates (X {} to {}, Y {} to {}) do not fall in France in the CRS {}: choose the "
                "CRS the decree uses in \"CRS of the vertex coordinates\" (EPSG:27561 for NTF Lambert Nord, "
                "EPSG:2154 for Lambert-93…), or check that X and Y are not swapped.").format(
                    french_number(min(xs)), french_number(max(xs)), french_number(min(ys)), french_number(max(ys)),
                    crs_label(crs)))
