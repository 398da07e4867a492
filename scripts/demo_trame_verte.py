"""Demo of the trame verte task on the sample data: schema (straight, then least-cost), status, PDF.

Called by scripts/demo.py (`make demo`) with QGIS started and the `mbm` provider registered."""

import os

import processing
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QLocale

from bassin_minier.mbm_qgis_plugin.i18n import format_number
from bassin_minier.mbm_qgis_plugin.trame_verte.layout import format_dpc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "sample_data")
SYNTH = os.path.join(SAMPLE, "bassin_minier_synthetique.gpkg")
COMMUNES = os.path.join(SAMPLE, "bassin_minier_communes.gpkg")


def _layer(path, name):
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    if not layer.isValid():
        raise RuntimeError("couche {} introuvable dans {}".format(name, path))
    return layer


def _classed(layer, classe, buffer_m=0.0):
    """The layer's polygons (or its lines buffered) with a field classe = the land-use class code."""
    if buffer_m:
        layer = processing.run("native:buffer", {"INPUT": layer, "DISTANCE": buffer_m, "SEGMENTS": 4,
                                                 "DISSOLVE": False, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return processing.run("native:fieldcalculator", {
        "INPUT": layer, "FIELD_NAME": "classe", "FIELD_TYPE": 2, "FIELD_LENGTH": 30,
        "FORMULA": "'{}'".format(classe), "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def _outputs(folder, prefix):
    return {"OUTPUT_RESERVOIRS": os.path.join(folder, prefix + "_reservoirs.gpkg"),
            "OUTPUT_CORRIDORS": os.path.join(folder, prefix + "_corridors.gpkg"),
            "OUTPUT_CONFLITS": os.path.join(folder, prefix + "_conflits.gpkg")}


def _summary(result, log, label):
    reservoirs = QgsVectorLayer(result["OUTPUT_RESERVOIRS"], "r", "ogr")
    corridors = QgsVectorLayer(result["OUTPUT_CORRIDORS"], "c", "ogr")
    conflicts = QgsVectorLayer(result["OUTPUT_CONFLITS"], "p", "ogr")
    statuts = {}
    for feature in corridors.getFeatures():
        statuts[feature["statut"]] = statuts.get(feature["statut"], 0) + 1
    words = {"a_preserver": "à préserver", "a_remettre_en_bon_etat": "à remettre en bon état"}
    log("{} : {} réservoirs ({} ha), {} corridors ({} km ; {}), {} points de conflit ; surface connectée "
        "équivalente {} ha".format(
            label, reservoirs.featureCount(), format_number(sum(f["surface_ha"] for f in reservoirs.getFeatures())),
            corridors.featureCount(), format_number(sum(f["longueur_m"] for f in corridors.getFeatures()) / 1000, 1),
            ", ".join("{} {}".format(n, words.get(s, s)) for s, n in sorted(statuts.items())),
            conflicts.featureCount(), format_number(result["EC_HA"])))
    first = sorted(corridors.getFeatures(), key=lambda f: f["rang"])[:3]
    log("  corridors prioritaires (dPC) : " + " ; ".join("n° {} entre les réservoirs {} et {} ({} %)".format(
        f["rang"], f["reservoir_a"], f["reservoir_b"], format_dpc(f["dpc"])) for f in first))


def land_use_layer(output="TEMPORARY_OUTPUT"):
    """A land-use (resistance) layer made of the sample layers, field classe: cités = urban fabric, terrils,
    cavaliers (15 m wide), railways (10 m), motorways (20 m); crops elsewhere (the default friction)."""
    return processing.run("native:mergevectorlayers", {"LAYERS": [
        _classed(_layer(SYNTH, "cites"), "tissu_urbain"),
        _classed(_layer(SYNTH, "terrils"), "terril_boise"),
        _classed(_layer(SYNTH, "cavaliers"), "cavalier", 15.0),
        _classed(_layer(SYNTH, "voies_ferrees"), "voie_ferree", 10.0),
        _classed(_layer(SYNTH, "autoroutes"), "autoroute", 20.0)],
        "CRS": "EPSG:2154", "OUTPUT": output})["OUTPUT"]


def run(out_dir, log=print):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))  # numbers as a French QGIS
    try:
        _run(out_dir, log)
    finally:
        QLocale.setDefault(previous)


def _run(out_dir, log):
    os.makedirs(out_dir, exist_ok=True)
    habitats = [_layer(SYNTH, name) for name in ("boisements", "zones_humides", "terrils", "parcs")]
    barriers = [_layer(SYNTH, name) for name in ("autoroutes", "voies_ferrees")]
    communes = _layer(COMMUNES, "communes")

    # 1. Schema with straight corridors (distance only).
    params = {"HABITATS": habitats, "SOUS_TRAME_FIELD": "sous_trame", "MIN_RESERVOIR_HA": 5,
              "MERGE_DISTANCE_M": 50, "MAX_CORRIDOR_M": 1000, "BARRIERS": barriers}
    params.update(_outputs(out_dir, "schema_droit"))
    straight = processing.run("mbm:trame_verte_schema", params)
    _summary(straight, log, "Schéma (corridors rectilignes)")

    # 2. Least-cost corridors on a land-use resistance made of the sample layers, classes of the default
    #    friction table (resources/trame_verte/friction_sous_trame_boisee.csv), 100 elsewhere (crops).
    land_use = land_use_layer(os.path.join(out_dir, "occupation_sol_demo.gpkg"))
    params = {"HABITATS": habitats, "SOUS_TRAME_FIELD": "sous_trame", "BARRIERS": barriers,
              "RESISTANCE": land_use, "RESISTANCE_FIELD": "classe", "RESOLUTION_M": 25,
              # Costs are metres × friction: 30 000 is 1 km of land of friction 30 (a dispersal probability of 0.5).
              "DISPERSAL_DISTANCE_M": 30000}
    params.update(_outputs(out_dir, "schema_moindre_cout"))
    least_cost = processing.run("mbm:trame_verte_schema", params)
    _summary(least_cost, log, "Schéma (chemins de moindre coût, 25 m)")

    # 3. Status: the cavaliers already restored count as works done; totals by EPCI.
    status = processing.run("mbm:trame_verte_status", {
        "CORRIDORS": least_cost["OUTPUT_CORRIDORS"], "RESERVOIRS": least_cost["OUTPUT_RESERVOIRS"],
        "REALISATIONS": _layer(SYNTH, "cavaliers"), "COMMUNES": communes,
        "OUTPUT": os.path.join(out_dir, "avancement_corridors.gpkg"),
        "OUTPUT_EPCI": os.path.join(out_dir, "avancement_epci.csv")})
    totals = QgsVectorLayer(status["OUTPUT_EPCI"], "epci", "ogr")
    for feature in totals.getFeatures():
        log("  {:<45} {:>3} corridors, {:>6} km, {:>5} % réalisé".format(
            feature["epci"], int(feature["nb_corridors"]), format_number(float(feature["longueur_m"]) / 1000.0, 1),
            format_number(float(feature["pct_realise"]), 1)))

    # 4. The printed schema, A3 landscape.
    pdf = os.path.join(out_dir, "schema_trame_verte.pdf")
    processing.run("mbm:trame_verte_layout", {
        "RESERVOIRS": least_cost["OUTPUT_RESERVOIRS"], "CORRIDORS": least_cost["OUTPUT_CORRIDORS"],
        "CONFLITS": least_cost["OUTPUT_CONFLITS"], "BACKGROUND": communes, "BARRIERS": barriers,
        "TITLE": "Trame verte du Bassin minier — schéma (données d'exemple)", "OUTPUT_PDF": pdf})
    log("PDF A3 paysage : {}".format(pdf))
