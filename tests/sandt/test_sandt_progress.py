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
                                 "DRY_RUN": False, "REPORT": "TEMPORARY_OUTPUT"})
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


def _communes(rows, insee_type="string"):
    from qgis.core import QgsFeature, QgsVectorLayer

    from bassin_minier.mbm_qgis_plugin.sandt.progress import commune_code  # noqa: F401 — core importable

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=insee:{}&field=nom:string&field=epci_siren:string"
                           "&field=epci_nom:string".format(insee_type), "communes", "memory")
    features = []
    for insee, nom, x in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([insee, nom, "200039865", "CA de Lens-Liévin"])
        from qgis.core import QgsGeometry

        feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON((({x} 7029000,{x2} 7029000,{x2} 7039000,{x} 7039000,"
                                                "{x} 7029000)))".format(x=x, x2=x + 10000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_progress_counts_a_commune_in_two_parts_once(run_alg, gpkg_base):
    # Lens drawn as two polygons (a commune with an exclave): its 5 cités are still 5, not 10.
    communes = _communes([("62498", "Lens", 689000), ("62498", "Lens", 669000), ("62510", "Liévin", 679000)])
    by_commune = {f["insee"]: f for f in run_progress(run_alg, gpkg_base, communes, "commune")["OUTPUT"].getFeatures()}
    assert by_commune["62498"]["nb_cites"] == 5 and by_commune["62498"]["nb_logements"] == 1210
    by_epci = list(run_progress(run_alg, gpkg_base, communes, "epci")["OUTPUT"].getFeatures())
    assert [f["nb_cites"] for f in by_epci] == [8]


def test_progress_reads_numeric_insee_and_warns_of_cites_left_out(run_alg, gpkg_base, recording_feedback):
    # INSEE codes typed as real numbers (a spreadsheet-made layer); Liévin is missing from the layer.
    feedback = recording_feedback()
    result = run_alg("mbm:sandt_progress", {"BASE": gpkg_base, "COMMUNES": _communes([(62498.0, "Lens", 689000)],
                                                                                      "double"),
                                            "GROUP_BY": "commune", "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    (lens,) = list(result["OUTPUT"].getFeatures())
    assert lens["insee"] == "62498" and lens["nb_cites"] == 5
    assert any("3" in e and "LIEV-ABB" in e for e in feedback.errors), feedback.errors


def test_progress_refuses_communes_that_hold_no_cite(run_alg, gpkg_base):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="insee"):
        run_progress(run_alg, gpkg_base, _communes([("59350", "Lille", 689000)]), "commune")
    with pytest.raises(QgsProcessingException):
        run_progress(run_alg, gpkg_base, _communes([]), "commune")


def test_an_invalid_commune_outline_still_gives_its_epci_a_shape(run_alg, gpkg_base):
    from qgis.core import QgsFeatureRequest, QgsGeometry

    from bassin_minier.mbm_qgis_plugin.compat import scoped_enum

    communes = _communes([("62498", "Lens", 689000), ("62510", "Liévin", 679000)])
    bow_tie = QgsGeometry.fromWkt("MULTIPOLYGON(((679000 7029000,689000 7039000,689000 7029000,679000 7039000,"
                                  "679000 7029000)))")
    lievin = [f.id() for f in communes.getFeatures() if f["insee"] == "62510"][0]
    communes.dataProvider().changeGeometryValues({lievin: bow_tie})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(scoped_enum("InvalidGeometryCheck", QgsFeatureRequest, "GeometryNoCheck"))
    (epci,) = list(run_progress(run_alg, gpkg_base, communes, "epci", context=context)["OUTPUT"].getFeatures())
    assert epci["nb_cites"] == 8
    assert not epci.geometry().isEmpty() and epci.geometry().isGeosValid()
    assert epci.geometry().area() > 1e8  # Lens and the repaired Liévin
