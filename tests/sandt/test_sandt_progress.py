"""mbm:sandt_progress: per commune and per EPCI, styled as a choropleth."""

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingContext, QgsProject


def run_progress(run_alg, base, communes, group_by, output="TEMPORARY_OUTPUT", context=None):
    return run_alg("mbm:sandt_progress", {"BASE": base, "COMMUNES": communes, "GROUP_BY": group_by,
                                          "OUTPUT": output}, context=context)


def test_progress_by_commune_and_epci(run_alg, gpkg_base, communes_layer, tmp_path, sandt):
    rows = [["62498", "Lens", "Cité n°9", r, "Achevé", "2024", "1 000", "", ""]
            for r in ("Voirie", "AEP", "Assainissement", "Éclairage public")]
    rows.append(["62498", "Lens", "Cité n°19", "Voirie", "En cours", "2025", "500", "", ""])
    rows.append(["62510", "Liévin", "Cité du Calvaire", "Voirie", "Programmé", "2026", "250,5", "", ""])
    run_alg("mbm:sandt_update", {"BASE": gpkg_base, "TABLE": sandt.write_csv(tmp_path / "p.csv", rows),
                                 "REPORT": "TEMPORARY_OUTPUT"})
    result = run_progress(run_alg, gpkg_base, communes_layer, "commune")
    layer = result["OUTPUT"]
    features = {f["insee"]: f for f in layer.getFeatures()}
    assert set(features) == {"62498", "62510", "62119"}
    lens = features["62498"]
    assert lens["nb_cites"] == 5 and lens["nb_logements"] == 320 + 250 + 180 + 60 + 400
    assert (lens["nb_cites_acheve"], lens["nb_cites_en_cours"], lens["nb_cites_non_engage"]) == (1, 1, 3)
    assert lens["pct_logements_acheve"] == pytest.approx(round(100 * 320 / 1210, 1))
    assert lens["montant_ht_total"] == pytest.approx(4500)
    assert features["62510"]["nb_cites_programme"] == 1 and features["62510"]["montant_ht_total"] == 250.5
    assert features["62119"]["nb_cites"] == 0
    assert lens.geometry().area() == pytest.approx(1e8)

    by_epci = run_progress(run_alg, gpkg_base, communes_layer, "epci")["OUTPUT"]
    epcis = {f["epci"]: f for f in by_epci.getFeatures()}
    assert set(epcis) == {"200039865", "200040947"}
    lens_lievin = epcis["200039865"]
    assert lens_lievin["nom"] == "CA de Lens-Liévin" and lens_lievin["nb_cites"] == 8
    assert lens_lievin.geometry().area() == pytest.approx(2e8)  # two communes dissolved
    assert lens_lievin.geometry().isGeosValid()


def test_progress_output_is_styled_when_loaded(run_alg, gpkg_base, communes_layer, tmp_path):
    """As the Processing dialog does: the output is registered for loading; the algorithm sets a
    post-processor that applies resources/styles/sandt_progress.qml."""
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    output = str(tmp_path / "avancement.gpkg")
    context.addLayerToLoadOnCompletion(output, QgsProcessingContext.LayerDetails("avancement", project, "OUTPUT"))
    result = run_progress(run_alg, gpkg_base, communes_layer, "commune", output=output, context=context)
    assert result["OUTPUT"] == output
    post_processor = context.layerToLoadOnCompletionDetails(output).postProcessor()
    assert post_processor is not None
    layer = QgsVectorLayer(output, "avancement", "ogr")
    post_processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "pct_logements_acheve" and len(renderer.ranges()) == 5
