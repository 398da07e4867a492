"""Bad input to the concessions algorithms: a clear French message saying what to fix, nothing written."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProcessingException

from bassin_minier.mbm_qgis_plugin.i18n import install_translators, remove_translators

X0, Y0 = 690000.0, 7030000.0


@pytest.fixture()
def french():
    """The plugin's French translations, as in a French QGIS."""
    assert install_translators("fr")
    yield
    remove_translators()


def square(x, y, side=1000):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X0 + x, Y0 + y, X0 + x + side, Y0 + y + side)


@pytest.fixture()
def two_concessions(concessions_layer):
    """A path (no OGR layer object held by a failing test's traceback)."""
    return concessions_layer([("C1", square(0, 0), 100.0), ("C2", square(1000, 0), 100.0)]).source()


def refused(run_alg, algorithm, parameters):
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(algorithm, parameters)
    message = str(raised.value)
    assert "Traceback" not in message
    return message


def test_missing_declared_area_field(run_alg, two_concessions, french):
    message = refused(run_alg, "mbm:concessions_check", {
        "INPUT": two_concessions, "DECLARED_AREA_FIELD": "surface_declaree", "OUTPUT": "memory:"})
    assert "n'a pas de champ « surface_declaree »" in message
    assert "surfaces déclarées" in message


def test_layer_without_crs(run_alg, french, memory_layer):
    no_crs = memory_layer("Polygon?field=concession_id:string", [(QgsGeometry.fromWkt(square(0, 0)), ["C1"])])
    no_crs.setCrs(QgsCoordinateReferenceSystem())  # as a shapefile without .prj
    assert not no_crs.crs().isValid()
    for algorithm, key in (("mbm:concessions_check", "INPUT"), ("mbm:concessions_report", "CONCESSIONS")):
        message = refused(run_alg, algorithm, {key: no_crs, "OUTPUT": "memory:"})
        assert "n'a pas de système de coordonnées" in message
        assert "EPSG:27561" in message


def test_layer_with_a_wrong_crs(run_alg, concessions_layer, french, memory_layer):
    """Lambert-93 metres in a GeoPackage saved without CRS (GDAL's "Undefined geographic SRS", read
    as degrees), and an NTF Lambert Nord plan labelled Lambert-93: both land far from France."""
    undefined = concessions_layer([("C1", square(0, 0), 100.0)], crs="").source()
    ntf_as_l93 = memory_layer("Polygon?crs=EPSG:2154&field=concession_id:string",
                              [(QgsGeometry.fromWkt("POLYGON((630000 300000,631000 300000,631000 301000,"
                                                    "630000 301000,630000 300000))"), ["C1"])])
    for layer in (undefined, ntf_as_l93):
        for algorithm, key in (("mbm:concessions_check", "INPUT"), ("mbm:concessions_report", "CONCESSIONS")):
            message = refused(run_alg, algorithm, {key: layer, "OUTPUT": "memory:"})
            if layer is undefined:  # GDAL 3.6 reads it as an undefined geographic SRS, GDAL 3.10 as no CRS
                assert "ne tombent pas en France" in message or "n'a pas de système de coordonnées" in message
            else:
                assert "ne tombent pas en France" in message
    shafts_in_ntf_as_l93 = memory_layer("Point?crs=EPSG:2154&field=etat:string",
                                        [(QgsGeometry.fromPointXY(QgsPointXY(630500, 300500)), ["traite"])])
    concessions = concessions_layer([("C1", square(0, 0), 100.0)]).source()
    message = refused(run_alg, "mbm:concessions_report", {"CONCESSIONS": concessions, "SHAFTS": shafts_in_ntf_as_l93,
                                                          "OUTPUT": "memory:"})
    assert "ne tombent pas en France" in message and "Puits" in message


def test_empty_concessions_layer(run_alg, concessions_layer, french, tmp_path):
    source = concessions_layer([]).source()
    message = refused(run_alg, "mbm:concessions_check", {"INPUT": source, "OUTPUT": "memory:"})
    assert "ne contient aucune entité" in message
    output = tmp_path / "inventaire.gpkg"
    message = refused(run_alg, "mbm:concessions_report", {"CONCESSIONS": source, "OUTPUT": str(output),
                                                          "REPORT_FOLDER": str(tmp_path / "dossiers")})
    assert "ne contient aucune entité" in message
    assert not output.exists()


def test_point_layer_as_concessions(run_alg, french, memory_layer):
    points = memory_layer("Point?crs=EPSG:2154&field=concession_id:string",
                          [(QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)), ["C1"])])
    message = refused(run_alg, "mbm:concessions_check", {"INPUT": points, "OUTPUT": "memory:"})
    assert "doit être une couche de polygones" in message


@pytest.mark.parametrize("key", ["SHAFTS", "STATIONS"])
def test_polygon_layer_as_points(run_alg, two_concessions, french, key, memory_layer):
    polygons = memory_layer("Polygon?crs=EPSG:2154&field=etat:string",
                            [(QgsGeometry.fromWkt(square(0, 0)), ["traite"])])
    message = refused(run_alg, "mbm:concessions_report", {"CONCESSIONS": two_concessions, key: polygons,
                                                          "OUTPUT": "memory:"})
    assert "doit être une couche de points" in message


@pytest.mark.parametrize("key", ["COMMUNES", "HAZARDS"])
def test_point_layer_as_polygons(run_alg, two_concessions, french, key, memory_layer):
    points = memory_layer("Point?crs=EPSG:2154&field=nom:string&field=type:string",
                          [(QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)), ["Lens", "affaissement"])])
    message = refused(run_alg, "mbm:concessions_report", {"CONCESSIONS": two_concessions, key: points,
                                                          "OUTPUT": "memory:"})
    assert "doit être une couche de polygones" in message


def test_hazards_without_type_or_level(run_alg, two_concessions, french, memory_layer):
    zones = memory_layer("Polygon?crs=EPSG:2154&field=code:string", [(QgsGeometry.fromWkt(square(0, 0)), ["A"])])
    message = refused(run_alg, "mbm:concessions_report", {"CONCESSIONS": two_concessions, "HAZARDS": zones,
                                                          "OUTPUT": "memory:"})
    assert "champ « type » ou « niveau »" in message


def test_unusable_folder_leaves_no_output(run_alg, two_concessions, tmp_path, french):
    blocker = tmp_path / "un_fichier"
    blocker.write_text("pas un dossier")
    output = tmp_path / "inventaire.gpkg"
    message = refused(run_alg, "mbm:concessions_report", {"CONCESSIONS": two_concessions, "OUTPUT": str(output),
                                                          "REPORT_FOLDER": str(blocker / "dossiers")})
    assert "Le dossier des dossiers ne peut pas être créé" in message or "ne peut pas être créé" in message
    assert not output.exists()
