"""mbm:sandt_update — match a programme table to the cités, report, and write it in one transaction."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ...mbm_qgis_plugin.compat import make_fields, scoped_enum, source_type, wkb_type
from ...mbm_qgis_plugin.sandt.rules import ACTIONS, REPORT_FIELDS
from ..base import MbmAlgorithm
from .common import base_parameter, without_garbage_collection

#: First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = frozenset("=+-@\t\r")


def report_fields():
    types = {"ligne": "Int", "cite_id": "String", "score": "Int", "action": "String", "message": "String"}
    return make_fields([(name, types[name]) for name in REPORT_FIELDS])


def spreadsheet_safe(value):
    """A text cell of the REPORT that a spreadsheet cannot take for a formula: a leading =, +, -, @, tab or
    carriage return is preceded by an apostrophe, as OWASP recommends against CSV injection."""
    if value and value.__class__ is str and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


class SandtUpdateAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "sandt_update"
    TASK = "sandt"

    BASE = "BASE"
    TABLE = "TABLE"
    INSEE_FIELD = "INSEE_FIELD"
    COMMUNE_FIELD = "COMMUNE_FIELD"
    CITE_FIELD = "CITE_FIELD"
    RESEAU_FIELD = "RESEAU_FIELD"
    STATUT_FIELD = "STATUT_FIELD"
    ANNEE_FIELD = "ANNEE_FIELD"
    MONTANT_FIELD = "MONTANT_FIELD"
    LONGUEUR_FIELD = "LONGUEUR_FIELD"
    DATE_FIN_FIELD = "DATE_FIN_FIELD"
    MATCH_THRESHOLD = "MATCH_THRESHOLD"
    DRY_RUN = "DRY_RUN"
    BASE_REVISION = "BASE_REVISION"
    REPORT = "REPORT"
    IMPORT_ID = "IMPORT_ID"

    SHEET = "SHEET"
    FIELD_ROLES = (("INSEE_FIELD", "insee"), ("COMMUNE_FIELD", "commune"), ("CITE_FIELD", "cite"),
                   ("RESEAU_FIELD", "reseau"), ("STATUT_FIELD", "statut"), ("ANNEE_FIELD", "annee"),
                   ("MONTANT_FIELD", "montant"), ("LONGUEUR_FIELD", "longueur"), ("DATE_FIN_FIELD", "date_fin"))

    def displayName(self):
        return self.tr("Update the Sandt base from a programme table")

    def shortHelpString(self):
        return self.tr(
            "Reads a programme table (CSV in UTF-8 or cp1252 with ; or , separators, XLSX, ODS, or a table "
            "layer), matches each row to a cité of the base by INSEE code (or commune name) and cité name, "
            "checks the values and writes the operations in one transaction. The header row may stand below "
            "title lines; total lines are never imported. The import report has one row per data line of the "
            "file: ligne (counted from the line after the header), cite_id, score, action (insere = inserted, "
            "mis_a_jour = updated, inchange = unchanged, non_trouve = not found, ambigu = ambiguous, invalide = "
            "invalid, doublon = duplicate) and a message saying what to fix. While \"Dry run (write nothing)\" "
            "is checked (the default), nothing is written: review the report, then uncheck it to apply.")

    def initAlgorithm(self, config=None):
        self.add_parameter(base_parameter(self.BASE, self.tr("Sandt base")),
                           self.tr("GeoPackage path, or postgis:connection/schema for a PostGIS base."))
        self.add_parameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Programme table"), scoped_enum("ProcessingFileParameterBehavior", QgsProcessingParameterFile, "File"),
            # "(*)" and not "(*.*)": a layer id has no dot and must pass Processing's check
            fileFilter=self.tr("Tables (*.csv *.txt *.xlsx *.ods);;All files (*)")),
            self.tr("CSV, XLSX or ODS file, or the id or name of a table layer of the project."))
        self.add_parameter(QgsProcessingParameterString(self.SHEET, self.tr("Sheet"), optional=True),
                           self.tr("The sheet of an XLSX or ODS workbook to read; blank: the first sheet that has "
                                   "a header row with the needed columns."))
        overrides = {
            self.INSEE_FIELD: self.tr("INSEE code column"), self.COMMUNE_FIELD: self.tr("Commune column"),
            self.CITE_FIELD: self.tr("Cité column"), self.RESEAU_FIELD: self.tr("Network column"),
            self.STATUT_FIELD: self.tr("Status column"), self.ANNEE_FIELD: self.tr("Programme year column"),
            self.MONTANT_FIELD: self.tr("Amount excl. VAT column"), self.LONGUEUR_FIELD: self.tr("Length column"),
            self.DATE_FIN_FIELD: self.tr("End of works date column"),
        }
        for name, description in overrides.items():
            self.add_parameter(QgsProcessingParameterString(name, description, optional=True),
                               self.tr("Header of this column when it is not recognised; blank = detected from "
                                       "the French headers."), advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(
            self.MATCH_THRESHOLD, self.tr("Match threshold (0–100)"), scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, "Integer"),
            85, minValue=0, maxValue=100),
            self.tr("Lowest name similarity accepted; below it the row is reported \"not found\". Raise it to be "
                    "stricter."))
        self.add_parameter(QgsProcessingParameterBoolean(self.DRY_RUN, self.tr("Dry run (write nothing)"), True),
                           self.tr("Checked (the default): only produce the report, the base is not modified. "
                                   "Uncheck it to write the import."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.BASE_REVISION, self.tr("Base revision reviewed"), scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, "Integer"), -1,
            minValue=-1),
            self.tr("The \"Base revision read\" that the reviewed dry run gave: the import is refused when another "
                    "import changed the same operations since. -1: the revision read now."), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Import report"), source_type("TypeVector")),
            self.tr("One row per data line of the table: ligne, cite_id, score, action, message."))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORT_ID, self.tr("Import id (0 for a dry run)")))
        self.addOutput(QgsProcessingOutputNumber(self.BASE_REVISION, self.tr("Base revision read")))
        from ...mbm_qgis_plugin.sandt.labels import action_label

        for action in ACTIONS:
            self.addOutput(QgsProcessingOutputNumber("NB_" + action.upper(),
                                                     self.tr("Rows: {}").format(action_label(action))))

    def _table(self, parameters, context):
        """A project layer (by id or name) or a file path for the TABLE parameter."""
        value = self.parameterAsString(parameters, self.TABLE, context).strip()
        if not value:
            raise QgsProcessingException(self.tr("No programme table given."))
        path = value.split("|")[0]
        if not os.path.exists(path):
            layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
            if isinstance(layer, QgsVectorLayer):
                return layer, layer.name(), None
        return value, os.path.basename(path), path

    def processAlgorithm(self, parameters, context, feedback):
        self._base = None
        try:
            with without_garbage_collection():
                return self._update(parameters, context, feedback)
        finally:
            # Free the base's layers now: an exception's traceback would keep them alive until QGIS exits.
            if self._base is not None:
                self._base.close()
            self._base = None

    def _update(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.sandt.labels import action_label
        from ...mbm_qgis_plugin.sandt.planning import TableError
        from ...mbm_qgis_plugin.sandt.storage import SandtBase, SandtConflict, SandtError
        from ...mbm_qgis_plugin.sandt.table_reader import file_sha256, read_programme

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        location = self.parameterAsString(parameters, self.BASE, context)
        threshold = self.parameterAsInt(parameters, self.MATCH_THRESHOLD, context)
        dry_run = self.parameterAsBool(parameters, self.DRY_RUN, context)
        reviewed = self.parameterAsInt(parameters, self.BASE_REVISION, context)
        sheet = self.parameterAsString(parameters, self.SHEET, context).strip()
        overrides = {role: self.parameterAsString(parameters, name, context).strip()
                     for name, role in self.FIELD_ROLES}
        try:
            base = self._base = SandtBase(location)
            base.check()
        except SandtError as error:
            raise QgsProcessingException(str(error)) from error
        source, source_name, path = self._table(parameters, context)
        try:
            table = read_programme(source, overrides, sheet or None)
        except TableError as error:
            raise QgsProcessingException(self.tr("The programme table cannot be used: {}").format(error)) from error
        steps.pushInfo(self.tr("Read {} data lines from {}; columns: {}").format(
            table.data_lines, table.description,
            ", ".join("{} = {}".format(role, header) for role, header in table.mapping.items())))
        if not table.records:
            raise QgsProcessingException(self.tr("The programme table {} has a header but no data line.").format(
                source_name))
        if steps.isCanceled():
            return {}
        steps.setCurrentStep(1)
        try:
            plan = base.plan(table.records, table.mapping, threshold, steps)
        except SandtError as error:
            raise QgsProcessingException(str(error)) from error
        if plan is None:
            return {}
        if len(plan.report) != table.data_lines:  # every data line of the file has its report row
            raise QgsProcessingException(self.tr("{} data lines read but {} report rows: nothing was written.")
                                         .format(table.data_lines, len(plan.report)))
        if reviewed >= 0:
            plan.base_revision = reviewed
        steps.setCurrentStep(2)
        counts = plan.counts
        steps.pushInfo(", ".join("{} {}".format(count, action_label(action)) for action, count in counts.items()))
        import_id = 0
        if steps.isCanceled():
            return {}
        if dry_run:
            steps.pushInfo(self.tr("Dry run: nothing written."))
        elif not plan.has_changes:
            steps.pushInfo(self.tr("Nothing to write: the base is already up to date for this table."))
        else:
            try:
                import_id = base.apply(plan, source_name, file_sha256(path) if path else "")
            except SandtConflict as error:
                raise QgsProcessingException(self.tr("Concurrent import: {}").format(error)) from error
            except SandtError as error:
                raise QgsProcessingException(self.tr("Nothing was written: {}").format(error)) from error
            steps.pushInfo(self.tr("Import {} applied: {} inserted, {} updated.").format(
                import_id, counts["insere"], counts["mis_a_jour"]))
        # The report is written once the import landed (or for a dry run): a refused import leaves no
        # report saying "insere" for rows that were not written.
        steps.setCurrentStep(3)
        try:
            (sink, dest_id) = self.parameterAsSink(parameters, self.REPORT, context, report_fields(),
                                                   wkb_type("NoGeometry"), QgsCoordinateReferenceSystem())
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.REPORT))
        except QgsProcessingException as error:
            if import_id:
                raise QgsProcessingException(self.tr(
                    "Import {} was applied, but its report could not be written ({}): see the imports of the "
                    "base, or undo it.").format(import_id, error.args[0] if error.args else "")) from error
            raise
        features = []
        for row in plan.report:
            feature = QgsFeature()
            # the line, the score and the action are numbers and codes: only the cité and the message can
            # carry what the file or the base hold
            feature.setAttributes([row.ligne, spreadsheet_safe(row.cite_id), row.score, row.action,
                                   spreadsheet_safe(row.message)])
            features.append(feature)
        if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            message = self.tr("The import report could not be written: {}").format(
                sink.lastError() if hasattr(sink, "lastError") else "")
            if import_id:
                message = self.tr("Import {} was applied, but its report could not be written ({}): see the imports "
                                  "of the base, or undo it.").format(import_id, message)
            raise QgsProcessingException(message)
        results = {self.REPORT: dest_id, self.IMPORT_ID: import_id, self.BASE_REVISION: plan.base_revision}
        for action, count in counts.items():
            results["NB_" + action.upper()] = count
        return results
