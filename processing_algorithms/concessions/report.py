"""mbm:concessions_report — inventory of each concession and its dossier (HTML + PDF)."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
)

from ...mbm_qgis_plugin.compat import make_fields, no_threading_flag, source_type, wkb_type
from ...mbm_qgis_plugin.concessions.geometry import crs_label, repaired, working_crs
from ...mbm_qgis_plugin.concessions.layers import (
    features_as_they_are,
    read_concessions,
    transform_for,
    working_geometry,
)
from ...mbm_qgis_plugin.concessions.report import (
    ConcessionInventory,
    PerimeterIndex,
    place_points,
    shaft_status,
    share_communes,
    sort_inventories,
    sum_hazards,
    summary_sentence,
)
from ..base import MbmAlgorithm
from .common import ConcessionsInputs


HAZARD_TYPE_FIELDS = ("type", "type_alea", "alea")
HAZARD_LEVEL_FIELDS = ("niveau", "niveau_alea", "level")


def report_fields():
    return make_fields((("concession_id", "String", 254), ("surface_ha", "Double", 20, 2), ("nb_puits", "Int"),
                        ("nb_puits_non_traites", "Int"), ("nb_stations", "Int"), ("nb_communes", "Int"),
                        ("communes", "String", 1000)))


def _first_field(fields, candidates):
    for name in candidates:
        index = fields.lookupField(name)
        if index >= 0:
            return index
    return -1


def _attr(feature, index):
    if index < 0:
        return None
    value = feature.attribute(index)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


class ConcessionsReportAlgorithm(ConcessionsInputs, MbmAlgorithm):
    ALGORITHM_ID = "concessions_report"
    TASK = "concessions"

    CONCESSIONS = "CONCESSIONS"
    ID_FIELD = "ID_FIELD"
    SHAFTS = "SHAFTS"
    SHAFT_STATUS_FIELD = "SHAFT_STATUS_FIELD"
    STATIONS = "STATIONS"
    COMMUNES = "COMMUNES"
    HAZARDS = "HAZARDS"
    OUTPUT = "OUTPUT"
    REPORT_FOLDER = "REPORT_FOLDER"

    def flags(self):
        # The PDF dossiers are printed by a layout: QGIS renders layouts in the main thread.
        return super().flags() | no_threading_flag()

    def displayName(self):
        return self.tr("Concession inventory and dossiers")

    def shortHelpString(self):
        return self.tr(
            "For each concession: area in hectares, shafts and shafts not treated or of unknown status, "
            "pumping stations, communes with their share of the concession's area, mining hazards. With a "
            "dossiers folder, writes one dossier per concession as an HTML page and a PDF, and an index.html "
            "listing them. The PDF: page 1 shows the map of the concession (outlined, its surroundings "
            "veiled) and the summary; every shaft (not treated and unknown status first), pumping station, "
            "commune and hazard follows in tables continued on as many pages as needed. Cancelling keeps "
            "only whole dossiers. Layers may be in any CRS; everything is measured in Lambert-93.")

    def initAlgorithm(self, config=None):
        polygon, point = source_type("TypeVectorPolygon"), source_type("TypeVectorPoint")
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CONCESSIONS, self.tr("Concessions"), [polygon]),
            self.tr("Polygon layer of the concession perimeters."))
        self.add_parameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Concession id field"), "concession_id", self.CONCESSIONS,
            optional=True),
            self.tr("Field holding the concession's identifier."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.SHAFTS, self.tr("Shafts"), [point], optional=True),
            self.tr("Optional point layer of the mine shafts (puits)."))
        self.add_parameter(QgsProcessingParameterField(
            self.SHAFT_STATUS_FIELD, self.tr("Shaft status field"), "etat", self.SHAFTS, optional=True),
            self.tr("Field of the shaft treatment status: traite, non_traite or inconnu (anything else "
                    "counts as inconnu)."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.STATIONS, self.tr("Pumping stations"), [point], optional=True),
            self.tr("Optional point layer of the pumping stations (stations de relevage)."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes"), [polygon], optional=True),
            self.tr("Optional polygon layer of the communes, with fields insee and nom."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.HAZARDS, self.tr("Mining hazards"), [polygon], optional=True),
            self.tr("Optional polygon layer of the mining hazard zones, with fields type and niveau."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Concession inventory"), polygon),
            self.tr("One polygon per concession: concession_id, surface_ha, nb_puits, nb_puits_non_traites, "
                    "nb_stations, nb_communes, communes."))
        self.add_parameter(QgsProcessingParameterFolderDestination(
            self.REPORT_FOLDER, self.tr("Dossiers folder"), optional=True, createByDefault=False),
            self.tr("Optional folder receiving one HTML and one PDF dossier per concession and index.html."))

    # --- reading ------------------------------------------------------------------------------------
    def _optional_source(self, parameters, name, context, geometry):
        if not parameters.get(name):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.tr("The layer given as '{}' cannot be read.").format(
                self._layer_label(name)))
        self.check_input_layer(source, name, geometry, context)
        return source

    def _rows(self, source, context, fields_wanted, feedback, repair=False):
        """(geometry in the working CRS, {field: value}) for each feature; ``fields_wanted`` maps an
        output key to a field index. With ``repair``, invalid polygons are repaired in memory (an
        invalid commune or hazard zone would otherwise cut nothing)."""
        transform = transform_for(source, context.transformContext())
        for feature in features_as_they_are(source):
            if feedback.isCanceled():
                return
            record = {key: _attr(feature, index) for key, index in fields_wanted.items()}
            geometry = working_geometry(feature.geometry(), transform)
            yield (repaired(geometry) if repair else geometry), record

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(6, feedback)
        concessions_source, id_field = self.concessions_input(parameters, self.CONCESSIONS, self.ID_FIELD, context)
        shafts = self._optional_source(parameters, self.SHAFTS, context, "Point")
        status_field = self.parameterAsString(parameters, self.SHAFT_STATUS_FIELD, context) or "etat"
        if shafts is not None and shafts.fields().lookupField(status_field) < 0:
            raise QgsProcessingException(self.tr(
                "The shafts layer has no field '{}': choose the field of the treatment status.")
                .format(status_field))
        stations = self._optional_source(parameters, self.STATIONS, context, "Point")
        communes = self._optional_source(parameters, self.COMMUNES, context, "Polygon")
        if communes is not None and _first_field(communes.fields(), ("nom", "nom_commune", "NOM")) < 0:
            raise QgsProcessingException(self.tr(
                "The communes layer needs a field 'nom' (and 'insee'): choose the communes layer."))
        hazards = self._optional_source(parameters, self.HAZARDS, context, "Polygon")
        if hazards is not None and _first_field(hazards.fields(), HAZARD_TYPE_FIELDS + HAZARD_LEVEL_FIELDS) < 0:
            raise QgsProcessingException(self.tr(
                "The hazards layer needs a field 'type' or 'niveau' (the kind and level of the hazard): "
                "choose the layer of the mining hazard zones."))
        folder = self.parameterAsString(parameters, self.REPORT_FOLDER, context) if parameters.get(
            self.REPORT_FOLDER) else ""
        if folder:
            # Before anything is written: a folder that cannot be made must not leave a half-done output.
            self._prepare_folder(folder)
        feedback.pushInfo(self.tr("Concessions CRS: {}; everything measured in {}.").format(
            crs_label(concessions_source.sourceCrs()), crs_label(working_crs())))

        # 1. Perimeters, repaired in memory (an invalid ring must not lose its shafts).
        name_index = _first_field(concessions_source.fields(), ("nom", "name"))
        names = {f.id(): _attr(f, name_index) for f in features_as_they_are(concessions_source)} if name_index >= 0 else {}
        inventories = []
        for record in read_concessions(concessions_source, id_field, None, context.transformContext(), steps):
            inventories.append(ConcessionInventory(record.fid, record.label, names.get(record.fid) or "",
                                                   repaired(record.geometry)))
        perimeters = PerimeterIndex(inventories)
        steps.setCurrentStep(1)

        # 2–4. Shafts, stations, communes, hazards.
        context_rows = {}
        if shafts is not None:
            fields = shafts.fields()
            wanted = {"puits_id": _first_field(fields, ("puits_id", "id")), "nom": _first_field(fields, ("nom",)),
                      "fosse": _first_field(fields, ("fosse",)), "etat": fields.lookupField(status_field)}
            rows = []
            for geometry, record in self._rows(shafts, context, wanted, steps):
                record["etat"] = shaft_status(record["etat"])
                rows.append((geometry, record))
            place_points(perimeters, rows, "shafts", steps)
            if folder:
                context_rows["shafts"] = [(g, [r["puits_id"], r["nom"], r["fosse"], r["etat"]]) for g, r in rows]
        steps.setCurrentStep(2)
        if stations is not None:
            fields = stations.fields()
            wanted = {"station_id": _first_field(fields, ("station_id", "id")), "nom": _first_field(fields, ("nom",)),
                      "commune": _first_field(fields, ("commune",))}
            rows = list(self._rows(stations, context, wanted, steps))
            place_points(perimeters, rows, "stations", steps)
            if folder:
                context_rows["stations"] = [(g, [r["station_id"], r["nom"], r["commune"]]) for g, r in rows]
        steps.setCurrentStep(3)
        if communes is not None:
            fields = communes.fields()
            wanted = {"nom": _first_field(fields, ("nom", "nom_commune", "NOM")),
                      "insee": _first_field(fields, ("insee", "code_insee", "INSEE_COM"))}
            rows = list(self._rows(communes, context, wanted, steps, repair=True))
            share_communes(perimeters, ((g, r["nom"], r["insee"]) for g, r in rows))
            if folder:
                context_rows["communes"] = [(g, [r["insee"], r["nom"]]) for g, r in rows
                                            if perimeters.overlapping(g)]
        if hazards is not None:
            fields = hazards.fields()
            wanted = {"type": _first_field(fields, HAZARD_TYPE_FIELDS),
                      "niveau": _first_field(fields, HAZARD_LEVEL_FIELDS)}
            rows = list(self._rows(hazards, context, wanted, steps, repair=True))
            sum_hazards(perimeters, ((g, r["type"], r["niveau"]) for g, r in rows))
            if folder:
                context_rows["hazards"] = [(g, [r["type"], r["niveau"]]) for g, r in rows]
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(4)

        # 5. The inventory layer.
        inventories = sort_inventories(inventories)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, report_fields(),
                                             wkb_type("MultiPolygon"), working_crs())
        if sink is None:
            raise QgsProcessingException(self.tr("The inventory output cannot be created."))
        for inventory in inventories:
            feature = QgsFeature(report_fields())
            feature.setAttributes([inventory.concession_id, round(inventory.surface_ha, 2), inventory.nb_puits,
                                   inventory.nb_puits_non_traites, inventory.nb_stations, inventory.nb_communes,
                                   inventory.communes_text])
            if not inventory.geometry.isNull():
                geometry = type(inventory.geometry)(inventory.geometry)
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.pushInfo("{} : {}".format(inventory.concession_id, summary_sentence(inventory)))
        steps.setCurrentStep(5)

        results = {self.OUTPUT: dest_id}
        if folder:
            self._write_dossiers(folder, inventories, context_rows, parameters, steps)
            results[self.REPORT_FOLDER] = folder
        steps.setCurrentStep(6)
        return results

    def _write_dossiers(self, folder, inventories, context_rows, parameters, feedback):
        from ...mbm_qgis_plugin.concessions.dossier import dossier_basename, write_dossiers

        sources = self._sources_text(parameters)
        taken = set()
        for inventory in inventories:
            inventory.extra["basename"] = dossier_basename(inventory, taken)

        def starting(inventory):
            feedback.setProgressText(self.tr("Dossier of {}…").format(inventory.concession_id))

        run = write_dossiers(inventories, folder, context_rows, sources, feedback, starting)
        if run.missing_pdf:
            feedback.reportError(self.tr(
                "The PDF dossier could not be written for {}: check that the folder can be written to and "
                "that no such PDF is open in another program, then run again.").format(", ".join(run.missing_pdf)))
        if run.canceled:
            feedback.pushWarning(self.tr("Building the dossiers was cancelled: {} of {} dossiers written to {}, "
                                         "each whole (HTML and PDF); the others were not started or were removed.")
                                 .format(len(run.entries), len(inventories), folder))
        else:
            feedback.pushInfo(self.tr("{} dossiers written to {} ({} PDF).").format(
                len(run.entries), folder, sum(1 for entry in run.entries if entry[2])))

    def _prepare_folder(self, folder):
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise QgsProcessingException(self.tr("The dossiers folder cannot be created: {}").format(error)) from error
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(self.tr(
                "The dossiers folder {} cannot be written to: choose another folder.").format(folder))

    def _sources_text(self, parameters):
        names = []
        for key in (self.CONCESSIONS, self.SHAFTS, self.STATIONS, self.COMMUNES, self.HAZARDS):
            value = parameters.get(key)
            if not value:
                continue
            if hasattr(value, "name") and callable(value.name):
                names.append(value.name())
            elif hasattr(value, "source") and hasattr(value.source, "staticValue"):
                names.append(os.path.basename(str(value.source.staticValue())))
            else:
                names.append(os.path.basename(str(value)).split("|")[0] + (
                    " ({})".format(str(value).split("layername=")[1]) if "layername=" in str(value) else ""))
        return ", ".join(names) or "—"
