"""The Processing models the provider ships: resources/models/*.model3 (built by scripts/build_models.py).

Each chains `mbm` algorithms and appears in the provider like an algorithm (toolbox, modeler, batch,
`qgis_process run mbm:<name>`), in the group of its task, with a translated name, help and the task's
French guide behind the Help button.
"""

import glob
import os

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..mbm_qgis_plugin.i18n import Translatable
from .base import ICONS_DIR, MbmAlgorithm, guide_url

MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "models")


class MbmModel(Translatable, QgsProcessingModelAlgorithm):
    """A shipped model, read from its .model3 file."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        if not self.fromFile(path):
            raise ValueError("cannot read the model {}".format(path))
        if hasattr(self, "updateDestinationParameters"):
            self.updateDestinationParameters()
        # The model file holds English labels and help; show them in the user's language.
        texts = self.texts()
        help_content = self.helpContent()
        for definition in self.parameterDefinitions():
            definition.setDescription(texts.get(definition.description(), definition.description()))
            help_text = help_content.get(definition.name(), "")
            if hasattr(definition, "setHelp") and help_text:
                definition.setHelp(texts.get(help_text, help_text))
        for output in self.outputDefinitions():
            output.setDescription(texts.get(output.description(), output.description()))
        self._order_inputs()

    def _order_inputs(self):
        """Inputs in the dialog in the chain's order (top to bottom in the modeler), not sorted by
        name as QGIS 3.22 reads them from the file; outputs after them."""
        definitions = list(self.parameterDefinitions())

        def rank(definition):
            if definition.isDestination():
                return float("inf")
            return self.parameterComponent(definition.name()).position().y()

        ordered = sorted(definitions, key=rank)
        if [d.name() for d in ordered] == [d.name() for d in definitions]:
            return
        outputs = len(self.outputDefinitions())
        clones = [d.clone() for d in ordered]
        for definition in definitions:
            self.removeParameter(definition.name())
        for clone in clones:
            self.addParameter(clone, createOutput=len(self.outputDefinitions()) < outputs)

    def createInstance(self):
        return MbmModel(self.path)

    def displayName(self):
        return self.display_names().get(self.name(), self.name())

    def display_names(self):
        return {
            "chaine_dossiers_concessions": self.tr("Chain: check the concessions and build their dossiers"),
            "chaine_trame_verte": self.tr("Chain: trame verte schema, progress and PDF"),
            "chaine_sandt_annuelle": self.tr("Chain: yearly review of the GIRZOM programme (dry run)"),
        }

    def shortHelpString(self):
        return self.help_texts().get(self.name(), super().shortHelpString())

    def help_texts(self):
        return {
            "chaine_dossiers_concessions": self.tr(
                "Runs Check concession perimeters, then Concession inventory and dossiers: the anomalies of "
                "the perimeters (ANOMALIES), one row per concession with its shafts, pumping stations and "
                "communes (INVENTORY), and one PDF and HTML dossier per concession in the dossiers folder."),
            "chaine_trame_verte": self.tr(
                "Runs Trame verte schema (réservoirs, corridors, conflict points), then Trame verte "
                "implementation status against the works done (share of each corridor restored, totals by EPCI "
                "when communes are given), then Trame verte schema map (PDF) on an A3 landscape page."),
            "chaine_sandt_annuelle": self.tr(
                "Simulates the import of the year's programme into the base Sandt (dry run: nothing is "
                "written) and maps the base's progress by commune. Review the report, then apply the "
                "programme with Update the Sandt base from a programme table, Dry run unticked."),
        }

    def texts(self):
        """English labels and help of the .model3 files → the user's language (tests check that every
        label and help of a shipped model is here)."""
        return {
            "Communes": self.tr("Communes"),
            "Polygon layer of the communes, with fields insee and nom.":
                self.tr("Polygon layer of the communes, with fields insee and nom."),
            "Concessions": self.tr("Concessions"),
            "Polygon layer of the concession perimeters, in any CRS.":
                self.tr("Polygon layer of the concession perimeters, in any CRS."),
            "Declared area field (hectares)": self.tr("Declared area field (hectares)"),
            "Optional numeric field with the area declared in the mining title, in hectares.":
                self.tr("Optional numeric field with the area declared in the mining title, in hectares."),
            "Mining hazards": self.tr("Mining hazards"),
            "Polygon layer of the mining hazard zones, with fields type and niveau.":
                self.tr("Polygon layer of the mining hazard zones, with fields type and niveau."),
            "Concession id field": self.tr("Concession id field"),
            "Field holding the concession's identifier (default concession_id).":
                self.tr("Field holding the concession's identifier (default concession_id)."),
            "Shafts": self.tr("Shafts"),
            "Point layer of the mine shafts (puits).": self.tr("Point layer of the mine shafts (puits)."),
            "Shaft status field": self.tr("Shaft status field"),
            "Field of the shaft treatment status: traite, non_traite or inconnu.":
                self.tr("Field of the shaft treatment status: traite, non_traite or inconnu."),
            "Pumping stations": self.tr("Pumping stations"),
            "Point layer of the pumping stations (stations de relevage).":
                self.tr("Point layer of the pumping stations (stations de relevage)."),
            "Anomalies of the perimeters": self.tr("Anomalies of the perimeters"),
            "One feature per anomaly: kind, concessions, message, area.":
                self.tr("One feature per anomaly: kind, concessions, message, area."),
            "Concession inventory": self.tr("Concession inventory"),
            "One polygon per concession with its shafts, pumping stations and communes.":
                self.tr("One polygon per concession with its shafts, pumping stations and communes."),
            "Dossiers folder": self.tr("Dossiers folder"),
            "Folder receiving one PDF and one HTML dossier per concession and index.html.":
                self.tr("Folder receiving one PDF and one HTML dossier per concession and index.html."),
            "Sandt base": self.tr("Sandt base"),
            "GeoPackage path, or postgis:connection/schema for a PostGIS base.":
                self.tr("GeoPackage path, or postgis:connection/schema for a PostGIS base."),
            "Commune polygons with their INSEE code and their EPCI.":
                self.tr("Commune polygons with their INSEE code and their EPCI."),
            "Match threshold (0–100)": self.tr("Match threshold (0–100)"),
            "Lowest name similarity accepted; below it the row is not found.":
                self.tr("Lowest name similarity accepted; below it the row is not found."),
            "Programme table": self.tr("Programme table"),
            "CSV, XLSX or ODS file of the year's programme.": self.tr("CSV, XLSX or ODS file of the year's programme."),
            "Import report (dry run)": self.tr("Import report (dry run)"),
            "One row per programme row: what the import would do and what to fix.":
                self.tr("One row per programme row: what the import would do and what to fix."),
            "Sandt progress": self.tr("Sandt progress"),
            "One polygon per commune with its cités, dwellings and renovation progress.":
                self.tr("One polygon per commune with its cités, dwellings and renovation progress."),
            "Barrier layers (lines)": self.tr("Barrier layers (lines)"),
            "Motorways, railways…: where a corridor crosses one, a conflict point.":
                self.tr("Motorways, railways…: where a corridor crosses one, a conflict point."),
            "Communes with their EPCI: totals by EPCI, and the background of the map.":
                self.tr("Communes with their EPCI: totals by EPCI, and the background of the map."),
            "Habitat layers (polygons)": self.tr("Habitat layers (polygons)"),
            "Polygon layers of habitat patches: woods, wetlands, terrils, parks…":
                self.tr("Polygon layers of habitat patches: woods, wetlands, terrils, parks…"),
            "Maximum corridor distance (m)": self.tr("Maximum corridor distance (m)"),
            "Réservoirs whose edges are closer than this are linked by a corridor.":
                self.tr("Réservoirs whose edges are closer than this are linked by a corridor."),
            "Merge distance (m)": self.tr("Merge distance (m)"),
            "Patches closer than this form one réservoir.": self.tr("Patches closer than this form one réservoir."),
            "Minimum réservoir area (ha)": self.tr("Minimum réservoir area (ha)"),
            "Groups of patches smaller than this are not réservoirs.":
                self.tr("Groups of patches smaller than this are not réservoirs."),
            "Works done": self.tr("Works done"),
            "Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…).":
                self.tr("Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…)."),
            "Sous-trame field": self.tr("Sous-trame field"),
            "Field holding the sous-trame of each patch; empty: each layer's name is its sous-trame.":
                self.tr("Field holding the sous-trame of each patch; empty: each layer's name is its sous-trame."),
            "Title": self.tr("Title"),
            "Title printed at the top of the page.": self.tr("Title printed at the top of the page."),
            "Réservoirs de biodiversité": self.tr("Réservoirs de biodiversité"),
            "reservoir_id, sous_trame, surface_ha": self.tr("reservoir_id, sous_trame, surface_ha"),
            "Conflict points": self.tr("Conflict points"),
            "corridor_id, barriere": self.tr("corridor_id, barriere"),
            "Corridors with progress": self.tr("Corridors with progress"),
            "Each corridor with its status and pct_realise.": self.tr("Each corridor with its status and pct_realise."),
            "Totals by EPCI": self.tr("Totals by EPCI"),
            "One row per EPCI (only when communes are given).":
                self.tr("One row per EPCI (only when communes are given)."),
            "PDF file": self.tr("PDF file"),
            "Where to write the A3 landscape PDF.": self.tr("Where to write the A3 landscape PDF."),
        }

    def group(self):
        return MbmAlgorithm().group_names().get(self.groupId(), self.groupId())

    def icon(self):
        path = os.path.join(ICONS_DIR, "{}.svg".format(self.groupId()))
        return QIcon(path if os.path.exists(path) else os.path.join(ICONS_DIR, "bassin_minier.svg"))

    def helpUrl(self):
        return guide_url(self.groupId(), self.name())


def shipped_models():
    """One MbmModel per resources/models/*.model3, in name order."""
    return [MbmModel(path) for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3")))]
