"""Fixtures of the concessions tests: concession layers built by code, as GeoPackages.

The base is a clean 3 × 3 tiling of 1 km squares (100 ha each) near Lens, in Lambert-93, ids C1…C9:

    C7 C8 C9
    C4 C5 C6
    C1 C2 C3
"""

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from bassin_minier.mbm_qgis_plugin.compat import make_field, wkb_type

X0, Y0 = 690000.0, 7030000.0
SIDE = 1000.0


def square_wkt(col, row, left=0.0, right=0.0, bottom=0.0, top=0.0):
    """WKT of the tile at (col, row), each side moved outward by the given metres."""
    x1, y1 = X0 + col * SIDE - left, Y0 + row * SIDE - bottom
    x2, y2 = X0 + (col + 1) * SIDE + right, Y0 + (row + 1) * SIDE + top
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x1, y1, x2, y2)


def clean_tiling():
    """{id: [wkt, declared_ha]} of the clean 3 × 3 tiling."""
    tiles = {}
    for row in range(3):
        for col in range(3):
            tiles["C{}".format(row * 3 + col + 1)] = [square_wkt(col, row), 100.0]
    return tiles


def write_layer(path, rows, crs="EPSG:2154", source_crs="EPSG:2154", geometry_type="MultiSurface",
                layer_name="concessions", extra_fields=()):
    """A GeoPackage layer ``concession_id, nom, surface_ha`` from rows (id, wkt or None, declared_ha).
    Geometries given in ``source_crs`` are written in ``crs``."""
    fields = QgsFields()
    # compat.make_field: QVariant field types are gone in QGIS 4 (QMetaType).
    fields.append(make_field("concession_id", "String"))
    fields.append(make_field("nom", "String"))
    fields.append(make_field("surface_ha", "Double"))
    for name in extra_fields:
        fields.append(make_field(name, "String"))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    wkb = wkb_type(geometry_type)
    writer = QgsVectorFileWriter.create(str(path), fields, wkb, QgsCoordinateReferenceSystem(crs),
                                        QgsProject.instance().transformContext(), options)
    transform = None
    if crs and crs != source_crs:
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(source_crs),
                                           QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    for row in rows:
        concession_id, wkt, declared = row[:3]
        feature = QgsFeature(fields)
        if wkt:
            geometry = QgsGeometry.fromWkt(wkt)
            if transform is not None:
                geometry.transform(transform)
            feature.setGeometry(geometry)
        feature.setAttributes([concession_id, "Concession {}".format(concession_id), declared] + list(row[3:]))
        assert writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer("{}|layername={}".format(path, layer_name), layer_name, "ogr")
    assert layer.isValid()
    return layer


def rows_of(tiles):
    return [(cid, wkt, declared) for cid, (wkt, declared) in tiles.items()]


@pytest.fixture()
def memory_layer():
    """memory_layer(definition, [(QgsGeometry, [attributes]), …]): a filled memory layer."""
    from qgis.core import QgsFeature, QgsVectorLayer

    def make(definition, rows):
        layer = QgsVectorLayer(definition, "layer", "memory")
        features = []
        for geometry, attributes in rows:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry)
            feature.setAttributes(attributes)
            features.append(feature)
        assert layer.dataProvider().addFeatures(features)[0]
        return layer

    return make


@pytest.fixture()
def concessions_layer(tmp_path):
    """make(tiles or rows, **write_layer options) → a GeoPackage layer in tmp_path."""
    counter = {"n": 0}

    def make(tiles, **options):
        counter["n"] += 1
        rows = rows_of(tiles) if isinstance(tiles, dict) else tiles
        return write_layer(tmp_path / "concessions_{}.gpkg".format(counter["n"]), rows, **options)

    return make


@pytest.fixture()
def check(run_alg):
    """check(layer, **parameters) → list of (concession_id, anomalie, surface_m2, detail, geometry)."""

    def _check(layer, **parameters):
        params = {"INPUT": layer, "ID_FIELD": "concession_id", "DECLARED_AREA_FIELD": "surface_ha",
                  "OUTPUT": "memory:"}
        params.update(parameters)
        result = run_alg("mbm:concessions_check", params)
        output = result["OUTPUT"]
        return [(f["concession_id"], f["anomalie"], f["surface_m2"], f["detail"], f.geometry())
                for f in output.getFeatures()]

    return _check


def circular_segment_area(chord, sagitta):
    radius = (chord ** 2 / 4 + sagitta ** 2) / (2 * sagitta)
    theta = 2 * math.asin(chord / 2 / radius)
    return radius ** 2 / 2 * (theta - math.sin(theta))


class TilingHelpers:
    X0, Y0, SIDE = X0, Y0, SIDE
    square_wkt = staticmethod(square_wkt)
    clean = staticmethod(clean_tiling)
    circular_segment_area = staticmethod(circular_segment_area)


@pytest.fixture()
def tiling():
    """The helpers above (test modules cannot import this conftest)."""
    return TilingHelpers


def invalid_geometry_check(name):
    """The Processing "invalid features filtering" value 'AbortOnInvalid' / 'SkipInvalid'
    (Qgis.InvalidGeometryCheck from QGIS 3.36, QgsFeatureRequest.Geometry… before)."""
    from qgis.core import Qgis, QgsFeatureRequest

    if hasattr(Qgis, "InvalidGeometryCheck"):
        return getattr(Qgis.InvalidGeometryCheck, name)
    return getattr(QgsFeatureRequest, "Geometry" + name)


@pytest.fixture()
def toolbox_context():
    """toolbox_context('AbortOnInvalid') → a Processing context with that invalid-geometry setting, as
    the toolbox builds it from the user's settings."""
    from qgis.core import QgsProcessingContext

    def make(name):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(invalid_geometry_check(name))
        return context

    return make
