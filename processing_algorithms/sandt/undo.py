"""mbm:sandt_undo_import — restore what one import changed."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterNumber,
)

from ...mbm_qgis_plugin.compat import scoped_enum
from ..base import MbmAlgorithm
from .common import base_parameter, without_garbage_collection


class SandtUndoImportAlgorithm(MbmAlgorithm):
    ALGORITHM_ID = "sandt_undo_import"
    TASK = "sandt"

    BASE = "BASE"
    IMPORT_ID = "IMPORT_ID"
    NB_OPERATIONS = "NB_OPERATIONS"

    def displayName(self):
        return self.tr("Undo a Sandt import")

    def shortHelpString(self):
        return self.tr(
            "Restores the operations of the Sandt base as they were before an import, from the history table. "
            "Refused when a later import changed the same operations: undo that one first.")

    def initAlgorithm(self, config=None):
        self.add_parameter(base_parameter(self.BASE, self.tr("Sandt base")),
                           self.tr("GeoPackage path, or postgis:connection/schema for a PostGIS base."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.IMPORT_ID, self.tr("Import to undo"), scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, "Integer"), minValue=1),
            self.tr("The import_id shown in the imports table or in the dock."))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORT_ID, self.tr("Undone import")))
        self.addOutput(QgsProcessingOutputNumber(self.NB_OPERATIONS, self.tr("Operations restored")))

    def processAlgorithm(self, parameters, context, feedback):
        from ...mbm_qgis_plugin.sandt.storage import SandtBase, SandtError

        location = self.parameterAsString(parameters, self.BASE, context)
        import_id = self.parameterAsInt(parameters, self.IMPORT_ID, context)
        base = None
        try:
            base = SandtBase(location)
            base.check()
            with without_garbage_collection():
                count = base.undo(import_id)
        except SandtError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            if base is not None:
                base.close()  # no layer kept alive by a traceback
        feedback.pushInfo(self.tr("Import {} undone: {} operations restored.").format(import_id, count))
        return {self.IMPORT_ID: import_id, self.NB_OPERATIONS: count}
