"""mbm:patrimoine_fiches — one A4 PDF sheet per cité (heritage, VRD works, hazards, UNESCO) and an index.html."""

import datetime
import os

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsRectangle,
)

from ...mbm_qgis_plugin.compat import no_threading_flag, source_type
from ...mbm_qgis_plugin.concessions.checks import natural_key
from ...mbm_qgis_plugin.patrimoine import crossing
from ...mbm_qgis_plugin.patrimoine.grid import DEFAULT_CRITERIA, PatrimoineError, parse_number
from ..base import MbmAlgorithm
from .common import CITE_ID, CitesInput, no_geometry_check, plain

CONTEXT_MARGIN_M = 3000.0


class PatrimoineFichesAlgorithm(CitesInput, MbmAlgorithm):
    ALGORITHM_ID = "patrimoine_fiches"
    TASK = "patrimoine"

    CITES = "CITES"
    BASE = "BASE"
    FILTER = "FILTER"
    COMMUNES = "COMMUNES"
    HAZARDS = "HAZARDS"
    UNESCO = "UNESCO"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    NB_FICHES = "NB_FICHES"

    def flags(self):
        # The sheets are printed by a print layout: QGIS renders layouts in the main thread only.
        return super().flags() | no_threading_flag()

    def displayName(self):
        return self.tr("Heritage sheets of the cités (PDF)")

    def shortHelpString(self):
        return self.tr(
            "Writes one A4 PDF sheet per cité, named <cite_id>.pdf, and an index.html listing them, from the "
            "crossed cités (the output of « Cross the cités with the Sandt base, the hazards and UNESCO »): a map "
            "of the cité on its commune, its class, note, rank and stability, its five criterion scores as a "
            "small chart, its VRD operations from the Sandt base (network, year, status, amount, end of works), "
            "its mining hazards, its UNESCO status, sources and date. In French. A cité with many operations "
            "continues on a second page (and more if needed): no operation is left out. The filter (an "
            "expression, e.g. \"classe\" = 'exceptionnelle') chooses the cités; the optional communes, hazards "
            "and UNESCO layers are drawn on the maps.")

    def initAlgorithm(self, config=None):
        polygon = source_type("TypeVectorPolygon")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.CITES, self.tr("Crossed cités"), [polygon]),
                           self.tr("The output of the crossing (cite_id, classe, note, rang, stabilite, unesco, "
                                   "alea_max, aleas…)."))
        self.add_parameter(QgsProcessingParameterString(self.BASE, self.tr("Sandt base")),
                           self.tr("GeoPackage path, or postgis:connection/schema for a PostGIS base: the VRD "
                                   "operations of each cité come from it."))
        self.add_parameter(QgsProcessingParameterExpression(
            self.FILTER, self.tr("Cités to print (filter)"), parentLayerParameterName=self.CITES, optional=True),
            self.tr('Optional expression choosing the cités, e.g. "note" >= 75. Empty: every cité.'))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes (map background)"), [polygon], optional=True),
            self.tr("Optional polygons of the communes (insee, nom): each map shows the cité on its commune."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.HAZARDS, self.tr("Mining hazards (map)"), [polygon], optional=True),
            self.tr("Optional hazard zones (type, niveau) drawn on the maps."), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.UNESCO, self.tr("UNESCO perimeters (map)"), [polygon], optional=True),
            self.tr("Optional UNESCO perimeters (bien, zone_tampon) drawn on the maps."), advanced=True)
        self.add_parameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Sheets folder")),
                           self.tr("Folder receiving <cite_id>.pdf for each cité and index.html."))
        self.addOutput(QgsProcessingOutputNumber(self.NB_FICHES, self.tr("Number of sheets written")))

    # --- reading -----------------------------------------------------------------------------------------
    def _cite_record(self, feature, names, in_base, transform):
        from ...mbm_qgis_plugin.patrimoine.sheet import to_sheet_crs

        def value(name):
            return plain(feature[name]) if name in names else None

        cite_id = str(value(CITE_ID))
        base_row = in_base.get(cite_id)
        record = {"cite_id": cite_id, "in_base": base_row is not None,
                  "operations": base_row["operations"] if base_row else [],
                  "geometry": to_sheet_crs(feature.geometry(), transform)}
        for name in ("nom", "commune", "insee"):
            record[name] = value(name) or (base_row or {}).get(name)
        for name in ("classe", "criteres_manquants", "unesco", "alea_max", "aleas"):
            record[name] = value(name)
        for name in ("note", "stabilite"):
            number = value(name)
            record[name] = float(number) if isinstance(number, (int, float)) else None
        record["rang"] = int(value("rang")) if isinstance(value("rang"), (int, float)) else None
        scores = {}
        for criterion in DEFAULT_CRITERIA:
            try:
                scores[criterion] = parse_number(value(criterion))
            except ValueError:
                scores[criterion] = None
        record["scores"] = scores
        return record

    def _context_rows(self, source, wanted, transform, area, feedback):
        """[(geometry in EPSG:2154, values of ``wanted`` fields…)] of the features of ``source`` near ``area``."""
        from ...mbm_qgis_plugin.patrimoine.sheet import sheet_transform, to_sheet_crs

        layer_transform = sheet_transform(source.sourceCrs(), transform)
        indexes = [source.fields().lookupField(name) for name in wanted]
        rows = []
        request = QgsFeatureRequest()
        request.setInvalidGeometryCheck(no_geometry_check())
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            geometry = to_sheet_crs(feature.geometry(), layer_transform)
            if geometry.isNull() or not geometry.boundingBox().intersects(area):
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            rows.append(tuple([geometry] + [plain(feature.attribute(i)) if i >= 0 else None for i in indexes]))
        return rows

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.patrimoine.base_reader import read_base
        from ...mbm_qgis_plugin.patrimoine.sheet import SheetError, SheetPrinter, sheet_basename, sheet_transform
        from ...mbm_qgis_plugin.patrimoine.sheet_text import index_html

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        if feedback.isCanceled():  # a child feedback only hears of later cancels
            steps.cancel()
        cites = self.cites_source(parameters, self.CITES, context)
        names = cites.fields().names()
        if "classe" not in names:
            raise QgsProcessingException(self.tr(
                "The layer of cités has no field classe: run « Heritage ranking of the cités » (then the crossing) "
                "first, and give its output here."))
        # parameterAsExpression would turn a wrong expression into "" (every cité): read it as typed, then check
        expression = self.parameterAsString(parameters, self.FILTER, context).strip()
        if expression:
            parsed = QgsExpression(expression)
            if parsed.hasParserError():
                raise QgsProcessingException(self.tr("The filter « {} » is not a valid expression: {}").format(
                    expression, parsed.parserErrorString()))
        communes = self.optional_source(parameters, self.COMMUNES, context, self.tr("Communes (map background)"))
        hazards = self.optional_source(parameters, self.HAZARDS, context, self.tr("Mining hazards (map)"))
        unesco = self.optional_source(parameters, self.UNESCO, context, self.tr("UNESCO perimeters (map)"))
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        self._prepare_folder(folder)
        base_location = self.parameterAsString(parameters, self.BASE, context)
        try:
            in_base = read_base(base_location)
        except PatrimoineError as error:
            raise QgsProcessingException(str(error)) from None

        # Every cité counts in "rank n of N" and in the ties; the filter only chooses the sheets.
        notes, ranks = [], {}
        for feature in cites.getFeatures():
            rank = plain(feature["rang"]) if "rang" in names else None
            notes.append(plain(feature["note"]) if "note" in names else None)
            if isinstance(rank, (int, float)):
                ranks[int(rank)] = ranks.get(int(rank), 0) + 1
        request = QgsFeatureRequest()
        if expression:
            request.setFilterExpression(expression)
            request.setExpressionContext(context.expressionContext())
        transform = sheet_transform(cites.sourceCrs(), context.transformContext())
        records, taken = [], set()
        for feature in cites.getFeatures(request):
            if steps.isCanceled():
                return {}
            record = self._cite_record(feature, names, in_base, transform)
            record["ex_aequo"] = ranks.get(record["rang"], 1)
            record["fichier"] = sheet_basename(record["cite_id"], taken)
            records.append(record)
        if not records:
            raise QgsProcessingException(self.tr("No cité matches the filter « {} »: nothing to print.").format(
                expression) if expression else self.tr("The layer of cités holds no feature."))
        records.sort(key=lambda r: (r["rang"] is None, r["rang"] or 0, natural_key(r["cite_id"])))
        area = QgsRectangle()
        for record in records:
            if not record["geometry"].isNull():
                area.combineExtentWith(record["geometry"].boundingBox())
        area.grow(CONTEXT_MARGIN_M)
        steps.setCurrentStep(1)

        context_layers = {}
        if communes is not None:
            fields = communes.fields()
            insee = next((n for n in ("insee", "code_insee", "insee_com") if fields.lookupField(n) >= 0), "insee")
            nom = next((n for n in ("nom", "nom_commune", "libelle") if fields.lookupField(n) >= 0), "nom")
            context_layers["communes"] = self._context_rows(communes, (insee, nom), context.transformContext(), area,
                                                            steps)
        if hazards is not None:
            label = self.tr("Mining hazards (map)")
            wanted = (self.checked_field(hazards, "", crossing.HAZARD_TYPE_FIELDS, label, self.tr("the hazard type")),
                      self.checked_field(hazards, "", crossing.HAZARD_LEVEL_FIELDS, label, self.tr("the hazard level")))
            context_layers["hazards"] = self._context_rows(hazards, wanted, context.transformContext(), area, steps)
        if unesco is not None:
            wanted = (self.checked_field(unesco, "", crossing.UNESCO_TYPE_FIELDS, self.tr("UNESCO perimeters (map)"),
                                         self.tr("bien / zone_tampon")),)
            context_layers["unesco"] = self._context_rows(unesco, wanted, context.transformContext(), area, steps)
        if steps.isCanceled():
            return {}
        steps.setCurrentStep(2)

        sources = self._sources_text(cites, base_location, communes, hazards, unesco)
        today = datetime.date.today()
        printer = SheetPrinter(records, sum(1 for n in notes if n is not None),
                               {"unesco": "unesco" in names, "aleas": "alea_max" in names}, sources,
                               today.strftime("%d/%m/%Y"), context_layers.get("communes"),
                               context_layers.get("hazards"), context_layers.get("unesco"))
        try:
            written = printer.print_sheets(folder, steps)
        except SheetError as error:
            raise QgsProcessingException(self.tr("The sheets cannot be printed: {}").format(error)) from None
        missing = [r["cite_id"] for r in records if r["cite_id"] not in written]
        if missing and not steps.isCanceled():
            steps.reportError(self.tr(
                "The PDF sheet could not be written for {}: check that the folder can be written to and that no such "
                "PDF is open in another program, then run again.").format(", ".join(missing[:30])), False)
        entries = [(r, os.path.basename(written[r["cite_id"]]) if r["cite_id"] in written else None) for r in records]
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as handle:
            handle.write(index_html(entries, sources, today))
        if steps.isCanceled():
            steps.pushWarning(self.tr("Cancelled: {} sheets of {} written.").format(len(written), len(records)))
        else:
            steps.pushInfo(self.tr("{} sheets written to {}.").format(len(written), folder))
        steps.setCurrentStep(3)
        return {self.OUTPUT_FOLDER: folder, self.NB_FICHES: len(written)}

    def _prepare_folder(self, folder):
        if not folder:
            raise QgsProcessingException(self.tr("Choose the folder of the sheets."))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise QgsProcessingException(self.tr("The sheets folder cannot be created: {}").format(error)) from None
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(self.tr("The sheets folder {} cannot be written to: choose another folder.")
                                         .format(folder))

    def _sources_text(self, cites, base_location, communes, hazards, unesco):
        base_name = base_location if base_location.startswith("postgis:") else os.path.basename(base_location)
        parts = ["cités « {} » (classement patrimonial)".format(cites.sourceName()),
                 "base Sandt « {} »".format(base_name)]
        for source, label in ((communes, "communes"), (hazards, "aléas miniers"), (unesco, "périmètres UNESCO")):
            if source is not None:
                parts.append("{} « {} »".format(label, source.sourceName()))
        return ", ".join(parts) + " — Mission Bassin Minier Nord-Pas-de-Calais"
