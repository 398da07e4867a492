"""The Processing models the provider ships (resources/models/*.model3), run as a user runs them in
batch: through qgis_process, on the sample data, in a throw-away profile."""

import csv
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
CHAINS = ("mbm:chaine_dossiers_concessions", "mbm:chaine_sandt_annuelle", "mbm:chaine_trame_verte")


@pytest.fixture()
def qgis_process(tmp_path, plugin_root):
    """Run `qgis_process.bin <args>` with the plugin enabled in a throw-away profile; return stdout."""
    profile = tmp_path / "profile"
    profile.mkdir()
    env = dict(os.environ)
    env.update(HOME=str(profile), QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile),
               QGIS_OPTIONS_PATH=str(profile), QGIS_PLUGINPATH=str(Path(plugin_root) / ".build" / "plugins"))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "bassin_minier"], env=env, check=True,
                   capture_output=True, timeout=120)

    def run(*args, timeout=600):
        completed = subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout)
        assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
        return completed.stdout

    return run


def _layer(path, name=None):
    uri = "{}|layername={}".format(path, name) if name else str(path)
    layer = QgsVectorLayer(uri, name or "layer", "ogr")
    assert layer.isValid(), uri
    return layer


def _base_state(base):
    """What a Sandt base holds: row counts of its tables and each cité's state."""
    state = {name: _layer(base, name).featureCount() for name in ("cites", "operations", "historique", "imports")}
    state["etats"] = sorted((f["cite_id"], f["etat"], f["avancement_pct"]) for f in _layer(base, "cites").getFeatures())
    return state


def test_models_are_in_the_provider(mbm_provider):
    models = {alg.id(): alg for alg in mbm_provider.algorithms() if isinstance(alg, QgsProcessingModelAlgorithm)}
    assert sorted(models) == list(CHAINS)
    for alg in models.values():
        assert alg.groupId() in ("sandt", "concessions", "trame_verte")
        assert alg.displayName().startswith("Chain: ")
        assert alg.helpUrl().startswith("file://") and "#" in alg.helpUrl()
        # Every input of the chain feeds a step (a model parameter nobody reads would be a dead field).
        used = set()
        for child in alg.childAlgorithms().values():
            for sources in child.parameterSources().values():
                used.update(s.parameterName() for s in sources if s.parameterName())
        inputs = {d.name() for d in alg.parameterDefinitions() if not d.isDestination()}
        assert inputs <= used, inputs - used
        # Labels and help are all known to the translation table.
        texts = alg.texts()
        for definition in alg.parameterDefinitions():
            assert definition.description() in texts.values(), definition.description()
            assert definition.help(), definition.name()


def test_sandt_chain_sets_dry_run_itself(mbm_provider):
    model = mbm_provider.algorithm("chaine_sandt_annuelle")
    source = model.childAlgorithm("dry_run").parameterSources()["DRY_RUN"][0]
    assert source.staticValue() is True  # whatever sandt_update's own default, the chain writes nothing


def test_models_listed_by_qgis_process(qgis_process):
    listed = json.loads(qgis_process("--json", "list"))["providers"]["mbm"]["algorithms"]
    for chain in CHAINS:
        assert chain in listed


def test_concessions_chain_on_the_sample_data(qgis_process, sample_data, tmp_path):
    synthetic = sample_data / "bassin_minier_synthetique.gpkg"
    out = tmp_path / "out"
    out.mkdir()
    result = json.loads(qgis_process(
        "--json", "run", "mbm:chaine_dossiers_concessions", "--",
        "CONCESSIONS={}|layername=concessions".format(synthetic), "DECLARED_AREA_FIELD=surface_ha",
        "SHAFTS={}|layername=puits".format(synthetic), "STATIONS={}|layername=stations_relevage".format(synthetic),
        "COMMUNES={}|layername=communes".format(sample_data / "bassin_minier_communes.gpkg"),
        "HAZARDS={}|layername=aleas".format(synthetic),
        "check:ANOMALIES={}".format(out / "anomalies.gpkg"), "report:INVENTORY={}".format(out / "inventaire.gpkg"),
        "report:DOSSIERS={}".format(out / "dossiers")))
    assert _layer(out / "anomalies.gpkg").featureCount() > 0  # the sample concessions hold a sliver, overlaps…
    inventory = _layer(out / "inventaire.gpkg")
    assert inventory.featureCount() == 40
    assert sum(f["nb_puits"] for f in inventory.getFeatures()) > 0
    dossiers = out / "dossiers"
    assert (dossiers / "index.html").exists()
    assert len(list(dossiers.glob("*.pdf"))) == 40
    assert set(result["results"]) >= {"check:ANOMALIES", "report:INVENTORY", "report:DOSSIERS"}


def test_trame_verte_chain_on_the_sample_data(qgis_process, sample_data, tmp_path):
    synthetic = sample_data / "bassin_minier_synthetique.gpkg"
    out = tmp_path / "out"
    out.mkdir()
    habitats = ["HABITATS={}|layername={}".format(synthetic, name)
                for name in ("boisements", "zones_humides", "terrils", "parcs")]
    barriers = ["BARRIERS={}|layername={}".format(synthetic, name) for name in ("autoroutes", "voies_ferrees")]
    qgis_process(
        "--json", "run", "mbm:chaine_trame_verte", "--", *habitats, *barriers,
        "REALISATIONS={}|layername=cavaliers".format(synthetic),
        "COMMUNES={}|layername=communes".format(sample_data / "bassin_minier_communes.gpkg"),
        "schema:RESERVOIRS={}".format(out / "reservoirs.gpkg"), "schema:CONFLITS={}".format(out / "conflits.gpkg"),
        "status:CORRIDORS={}".format(out / "corridors.gpkg"), "status:EPCI={}".format(out / "epci.csv"),
        "layout:PDF={}".format(out / "schema.pdf"))
    assert _layer(out / "reservoirs.gpkg").featureCount() > 0
    corridors = _layer(out / "corridors.gpkg")
    assert corridors.featureCount() > 0
    assert {"statut", "pct_realise"} <= set(corridors.fields().names())
    with open(out / "epci.csv", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) >= 1
    pdf = out / "schema.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    width, height = [float(v) for v in info.split("Page size:")[1].split("pts")[0].split("x")]
    assert width > height and abs(width - 1190.55) < 2  # A3 landscape


def test_sandt_chain_is_a_dry_run_on_the_sample_data(qgis_process, sample_data, tmp_path):
    synthetic = sample_data / "bassin_minier_synthetique.gpkg"
    base = tmp_path / "base_sandt.gpkg"
    qgis_process("run", "mbm:sandt_create", "--", "CITES={}|layername=cites".format(synthetic),
                 "OUTPUT={}".format(base))
    before = _base_state(base)
    assert before["cites"] == 563
    programme = sample_data / "programme_girzom_2026.csv"
    out = tmp_path / "out"
    out.mkdir()
    qgis_process(
        "--json", "run", "mbm:chaine_sandt_annuelle", "--", "BASE={}".format(base), "TABLE={}".format(programme),
        "COMMUNES={}|layername=communes".format(sample_data / "bassin_minier_communes.gpkg"),
        "dry_run:REPORT={}".format(out / "rapport.csv"), "progress:PROGRESS={}".format(out / "avancement.gpkg"))
    with open(out / "rapport.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(programme, encoding="cp1252") as handle:
        programme_rows = sum(1 for _ in handle) - 1
    assert len(rows) == programme_rows
    assert {row["action"] for row in rows} & {"insere", "mis_a_jour"}  # what the import would do…
    assert _base_state(base) == before  # …and nothing written: the apply is a separate, reviewed step
    assert before["imports"] == 0
    progress = _layer(out / "avancement.gpkg")
    assert progress.featureCount() > 0 and "nb_cites" in progress.fields().names()


def test_models_speak_french_in_a_french_qgis(qgis_app):
    from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators
    from bassin_minier.processing_algorithms.models import shipped_models

    install_translators("fr")
    try:
        models = {model.name(): model for model in shipped_models()}
        sandt = models["chaine_sandt_annuelle"]
        assert sandt.displayName() == "Chaîne : revue annuelle du programme GIRZOM (simulation)"
        assert sandt.group() == "Base Sandt"
        assert sandt.parameterDefinition("TABLE").description() == "Tableau de programmation"
        assert "rien n'est écrit" in sandt.shortHelpString()
        concessions = models["chaine_dossiers_concessions"]
        assert concessions.parameterDefinition("SHAFTS").description() == "Puits"
        assert concessions.parameterDefinition("report:DOSSIERS").description() == "Dossier de sortie des dossiers"
    finally:
        remove_translators()
