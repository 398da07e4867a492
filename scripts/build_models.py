"""Write the Processing models the provider ships: resources/models/<name>.model3.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/plugins /usr/bin/python3 scripts/build_models.py

Each model is built with QGIS's model API (QgsProcessingModelAlgorithm), as the graphical modeler
would save it, and chains `mbm` algorithms. The .model3 files are committed; the provider loads them
(processing_algorithms/models.py), and tests/test_models.py runs them through qgis_process. Edit the
chains here (or open a .model3 in the modeler and save it back), then run this script again.

Output parameters of a model are named <step>:<output>, e.g. check:ANOMALIES.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS_DIR = os.path.join(ROOT, "resources", "models")


def _app():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))
    from bassin_minier.processing_algorithms.provider import MbmProvider

    provider = MbmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


class ModelBuilder:
    """A QgsProcessingModelAlgorithm filled step by step, laid out left to right for the modeler."""

    def __init__(self, name, group, group_id, description):
        from qgis.core import QgsProcessingModelAlgorithm

        # The group is the task id (sandt, concessions…): the provider shows the task's translated name.
        self.model = QgsProcessingModelAlgorithm(name, group_id, group_id)
        self.help = {"ALG_DESC": description, "ALG_CREATOR": "Mission Bassin Minier"}
        self.model.setHelpContent(self.help)
        self._inputs = 0
        self._steps = 0

    def parameter(self, definition, help_text):
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        definition.setHelp(help_text)
        self.help[definition.name()] = help_text  # the model's help, as the modeler's help editor keeps it
        self.model.setHelpContent(self.help)
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, 60 + 70 * self._inputs))
        self._inputs += 1
        self.model.addModelParameter(definition, component)
        return definition.name()

    def step(self, step_id, algorithm_id, description, sources, outputs=None, after=()):
        """A child algorithm. sources: {child parameter: ('param', model parameter) | ('child', step,
        output) | ('value', static value)}; outputs: {child output: (model output name, description,
        mandatory)}."""
        from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                               QgsProcessingModelChildParameterSource, QgsProcessingModelOutput)
        from qgis.PyQt.QtCore import QPointF

        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(step_id)
        child.setDescription(description)
        child.setPosition(QPointF(420 + 280 * self._steps, 120 + 90 * self._steps))
        self._steps += 1
        for name, source in sources.items():
            kind = source[0]
            if kind == "param":
                value = QgsProcessingModelChildParameterSource.fromModelParameter(source[1])
            elif kind == "child":
                value = QgsProcessingModelChildParameterSource.fromChildOutput(source[1], source[2])
            else:
                value = QgsProcessingModelChildParameterSource.fromStaticValue(source[1])
            child.addParameterSources(name, [value])
        # Mandatory parameters the chain does not expose keep the algorithm's default, as in the modeler.
        from qgis.core import QgsApplication, QgsProcessingParameterDefinition

        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        for definition in algorithm.parameterDefinitions():
            optional = definition.flags() & QgsProcessingParameterDefinition.FlagOptional
            if definition.name() not in sources and not optional and not definition.isDestination() \
                    and definition.defaultValue() is not None:
                child.addParameterSources(definition.name(), [
                    QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
        model_outputs = {}
        for child_output, (name, description, mandatory, help_text) in (outputs or {}).items():
            self.help["{}:{}".format(step_id, name)] = help_text
            output = QgsProcessingModelOutput(name, description)
            output.setChildId(step_id)
            output.setChildOutputName(child_output)
            output.setMandatory(mandatory)
            output.setPosition(QPointF(560 + 280 * (self._steps - 1), 60 + 90 * self._steps))
            model_outputs[name] = output
        child.setModelOutputs(model_outputs)
        self.model.setHelpContent(self.help)
        child.setDependencies([QgsProcessingModelChildDependency(step) for step in after])
        self.model.addChildAlgorithm(child)

    def save(self, path):
        problems = self.model.validate()[1] if hasattr(self.model, "validate") else []
        if problems:
            raise SystemExit("{}: {}".format(self.model.name(), problems))
        if not self.model.toFile(path):
            raise SystemExit("cannot write {}".format(path))


def concessions_chain():
    from qgis.core import QgsProcessingParameterFeatureSource, QgsProcessingParameterField

    from bassin_minier.mbm_qgis_plugin.compat import source_type

    polygon, point = source_type("TypeVectorPolygon"), source_type("TypeVectorPoint")
    b = ModelBuilder("chaine_dossiers_concessions", "Concessions", "concessions",
                     "Checks the concession perimeters, then counts what lies inside each one and writes "
                     "its abandonment dossier.")
    b.parameter(QgsProcessingParameterFeatureSource("CONCESSIONS", "Concessions", [polygon]),
                "Polygon layer of the concession perimeters, in any CRS.")
    b.parameter(QgsProcessingParameterField("ID_FIELD", "Concession id field", "concession_id", "CONCESSIONS",
                                            optional=True),
                "Field holding the concession's identifier (default concession_id).")
    b.parameter(QgsProcessingParameterField("DECLARED_AREA_FIELD", "Declared area field (hectares)", None,
                                            "CONCESSIONS", optional=True),
                "Optional numeric field with the area declared in the mining title, in hectares.")
    b.parameter(QgsProcessingParameterFeatureSource("SHAFTS", "Shafts", [point], optional=True),
                "Point layer of the mine shafts (puits).")
    b.parameter(QgsProcessingParameterField("SHAFT_STATUS_FIELD", "Shaft status field", "etat", "SHAFTS",
                                            optional=True),
                "Field of the shaft treatment status: traite, non_traite or inconnu.")
    b.parameter(QgsProcessingParameterFeatureSource("STATIONS", "Pumping stations", [point], optional=True),
                "Point layer of the pumping stations (stations de relevage).")
    b.parameter(QgsProcessingParameterFeatureSource("COMMUNES", "Communes", [polygon], optional=True),
                "Polygon layer of the communes, with fields insee and nom.")
    b.parameter(QgsProcessingParameterFeatureSource("HAZARDS", "Mining hazards", [polygon], optional=True),
                "Polygon layer of the mining hazard zones, with fields type and niveau.")
    b.step("check", "mbm:concessions_check", "Check the perimeters", {
        "INPUT": ("param", "CONCESSIONS"), "ID_FIELD": ("param", "ID_FIELD"),
        "DECLARED_AREA_FIELD": ("param", "DECLARED_AREA_FIELD"),
        "AREA_TOLERANCE_PCT": ("value", 5.0), "SLIVER_MAX_WIDTH_M": ("value", 5.0)},
        {"OUTPUT": ("ANOMALIES", "Anomalies of the perimeters", True,
                     "One feature per anomaly: kind, concessions, message, area.")})
    b.step("report", "mbm:concessions_report", "Inventory and dossiers", {
        "CONCESSIONS": ("param", "CONCESSIONS"), "ID_FIELD": ("param", "ID_FIELD"),
        "SHAFTS": ("param", "SHAFTS"), "SHAFT_STATUS_FIELD": ("param", "SHAFT_STATUS_FIELD"),
        "STATIONS": ("param", "STATIONS"), "COMMUNES": ("param", "COMMUNES"), "HAZARDS": ("param", "HAZARDS")},
        {"OUTPUT": ("INVENTORY", "Concession inventory", True,
                     "One polygon per concession with its shafts, pumping stations and communes."),
         "REPORT_FOLDER": ("DOSSIERS", "Dossiers folder", True,
                           "Folder receiving one PDF and one HTML dossier per concession and index.html.")}, after=["check"])
    return b


def trame_verte_chain():
    from qgis.core import (QgsProcessingParameterFeatureSource, QgsProcessingParameterMultipleLayers,
                           QgsProcessingParameterNumber, QgsProcessingParameterString)

    from bassin_minier.mbm_qgis_plugin.compat import scoped_enum, source_type

    polygon, line = source_type("TypeVectorPolygon"), source_type("TypeVectorLine")
    double = scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, "Double")
    b = ModelBuilder("chaine_trame_verte", "Trame verte", "trame_verte",
                     "Draws the trame verte schema, measures how much of each corridor the works done cover "
                     "(totals by EPCI) and prints the A3 landscape PDF.")
    b.parameter(QgsProcessingParameterMultipleLayers("HABITATS", "Habitat layers (polygons)", polygon),
                "Polygon layers of habitat patches: woods, wetlands, terrils, parks…")
    b.parameter(QgsProcessingParameterString("SOUS_TRAME_FIELD", "Sous-trame field", defaultValue="",
                                             optional=True),
                "Field holding the sous-trame of each patch; empty: each layer's name is its sous-trame.")
    b.parameter(QgsProcessingParameterNumber("MIN_RESERVOIR_HA", "Minimum réservoir area (ha)", double, 5.0,
                                             minValue=0.0),
                "Groups of patches smaller than this are not réservoirs.")
    b.parameter(QgsProcessingParameterNumber("MERGE_DISTANCE_M", "Merge distance (m)", double, 50.0, minValue=0.0),
                "Patches closer than this form one réservoir.")
    b.parameter(QgsProcessingParameterNumber("MAX_CORRIDOR_M", "Maximum corridor distance (m)", double, 1000.0,
                                             minValue=0.0),
                "Réservoirs whose edges are closer than this are linked by a corridor.")
    b.parameter(QgsProcessingParameterMultipleLayers("BARRIERS", "Barrier layers (lines)", line, optional=True),
                "Motorways, railways…: where a corridor crosses one, a conflict point.")
    b.parameter(QgsProcessingParameterFeatureSource("REALISATIONS", "Works done",
                                                    [polygon, line, source_type("TypeVectorPoint")]),
                "Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…).")
    b.parameter(QgsProcessingParameterFeatureSource("COMMUNES", "Communes", [polygon], optional=True),
                "Communes with their EPCI: totals by EPCI, and the background of the map.")
    b.parameter(QgsProcessingParameterString("TITLE", "Title", defaultValue="Trame verte du Bassin minier"),
                "Title printed at the top of the page.")
    b.step("schema", "mbm:trame_verte_schema", "Schema", {
        "HABITATS": ("param", "HABITATS"), "SOUS_TRAME_FIELD": ("param", "SOUS_TRAME_FIELD"),
        "MIN_RESERVOIR_HA": ("param", "MIN_RESERVOIR_HA"), "MERGE_DISTANCE_M": ("param", "MERGE_DISTANCE_M"),
        "MAX_CORRIDOR_M": ("param", "MAX_CORRIDOR_M"), "BARRIERS": ("param", "BARRIERS")},
        {"OUTPUT_RESERVOIRS": ("RESERVOIRS", "Réservoirs de biodiversité", True, "reservoir_id, sous_trame, surface_ha"),
         "OUTPUT_CONFLITS": ("CONFLITS", "Conflict points", True, "corridor_id, barriere")})
    b.step("status", "mbm:trame_verte_status", "Progress of the corridors", {
        "CORRIDORS": ("child", "schema", "OUTPUT_CORRIDORS"), "RESERVOIRS": ("child", "schema", "OUTPUT_RESERVOIRS"),
        "REALISATIONS": ("param", "REALISATIONS"), "COMMUNES": ("param", "COMMUNES")},
        {"OUTPUT": ("CORRIDORS", "Corridors with progress", True, "Each corridor with its status and pct_realise."),
         "OUTPUT_EPCI": ("EPCI", "Totals by EPCI", False, "One row per EPCI (only when communes are given).")})
    b.step("layout", "mbm:trame_verte_layout", "A3 PDF", {
        "RESERVOIRS": ("child", "schema", "OUTPUT_RESERVOIRS"), "CORRIDORS": ("child", "status", "OUTPUT"),
        "CONFLITS": ("child", "schema", "OUTPUT_CONFLITS"), "BACKGROUND": ("param", "COMMUNES"),
        "BARRIERS": ("param", "BARRIERS"), "TITLE": ("param", "TITLE")},
        {"OUTPUT_PDF": ("PDF", "PDF file", True, "Where to write the A3 landscape PDF.")}, after=["status"])
    return b


def sandt_chain():
    from qgis.core import (QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                           QgsProcessingParameterNumber, QgsProcessingParameterString)

    from bassin_minier.mbm_qgis_plugin.compat import scoped_enum, source_type

    integer = scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, "Integer")
    b = ModelBuilder("chaine_sandt_annuelle", "Base Sandt", "sandt",
                     "The yearly review of the GIRZOM programme: simulates its import into the base Sandt "
                     "(nothing is written) and maps the base's progress by commune. Applying the programme "
                     "stays a separate step, after the report is reviewed.")
    b.parameter(QgsProcessingParameterString("BASE", "Sandt base"),
                "GeoPackage path, or postgis:connection/schema for a PostGIS base.")
    b.parameter(QgsProcessingParameterFile("TABLE", "Programme table", fileFilter="Tables (*.csv *.txt *.xlsx *.ods)"),
                "CSV, XLSX or ODS file of the year's programme.")
    b.parameter(QgsProcessingParameterNumber("MATCH_THRESHOLD", "Match threshold (0–100)", integer, 85,
                                             minValue=0, maxValue=100),
                "Lowest name similarity accepted; below it the row is not found.")
    b.parameter(QgsProcessingParameterFeatureSource("COMMUNES", "Communes", [source_type("TypeVectorPolygon")]),
                "Commune polygons with their INSEE code and their EPCI.")
    b.step("dry_run", "mbm:sandt_update", "Dry run of the import", {
        "BASE": ("param", "BASE"), "TABLE": ("param", "TABLE"), "MATCH_THRESHOLD": ("param", "MATCH_THRESHOLD"),
        "DRY_RUN": ("value", True)},
        {"REPORT": ("REPORT", "Import report (dry run)", True,
                    "One row per programme row: what the import would do and what to fix.")})
    b.step("progress", "mbm:sandt_progress", "Progress by commune", {
        "BASE": ("param", "BASE"), "COMMUNES": ("param", "COMMUNES")},
        {"OUTPUT": ("PROGRESS", "Sandt progress", True,
                    "One polygon per commune with its cités, dwellings and renovation progress.")}, after=["dry_run"])
    return b


def main():
    app, _provider = _app()
    os.makedirs(MODELS_DIR, exist_ok=True)
    for build in (concessions_chain, trame_verte_chain, sandt_chain):
        builder = build()
        path = os.path.join(MODELS_DIR, builder.model.name() + ".model3")
        builder.save(path)
        print(os.path.relpath(path, ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()
