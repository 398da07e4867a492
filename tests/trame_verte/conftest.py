"""Fixtures of the trame_verte tests: small synthetic layers with known answers, made by code."""

import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry,
                       QgsProject, QgsVectorLayer)


def square(x, y, side):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(x=x, y=y, x2=x + side, y2=y + side)


def rectangle(x, y, width, height):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(
        x=x, y=y, x2=x + width, y2=y + height)


def make_layer(kind, name, features, fields=(), crs="EPSG:2154", source_crs="EPSG:2154"):
    """A memory layer of `kind` (Polygon, LineString, Point) in crs; features = [(wkt, {field: value})]
    with wkt in source_crs (reprojected into crs)."""
    uri = "{}?crs={}".format(kind, crs) + "".join("&field={}:{}".format(n, t) for n, t in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    transform = None
    if source_crs != crs:
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(source_crs),
                                           QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    added = []
    for wkt, values in features:
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry.fromWkt(wkt)
        if transform is not None:
            geometry.densifyByCount(20)
            geometry.transform(transform)
        feature.setGeometry(geometry)
        for key, value in values.items():
            feature[key] = value
        added.append(feature)
    layer.dataProvider().addFeatures(added)
    layer.updateExtents()
    return layer


@pytest.fixture()
def polygons():
    def _make(name, features, fields=(("nom", "string"),), crs="EPSG:2154", source_crs="EPSG:2154"):
        return make_layer("Polygon", name, [(f, {}) if isinstance(f, str) else f for f in features], fields,
                          crs, source_crs)
    return _make


@pytest.fixture()
def lines():
    def _make(name, features, fields=(("nom", "string"),), crs="EPSG:2154", source_crs="EPSG:2154"):
        return make_layer("LineString", name, [(f, {}) if isinstance(f, str) else f for f in features], fields,
                          crs, source_crs)
    return _make


@pytest.fixture()
def schema(run_alg, recording_feedback):
    """Run mbm:trame_verte_schema and return (réservoirs, corridors, conflits) as lists of dicts with
    their geometry under 'geometry', plus the feedback (errors, warnings, infos) and the results."""
    class InfoRecordingFeedback(recording_feedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, info):
            self.infos.append(info)
            super().pushInfo(info)

    def _run(**parameters):
        params = {"OUTPUT_RESERVOIRS": "TEMPORARY_OUTPUT", "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT",
                  "OUTPUT_CONFLITS": "TEMPORARY_OUTPUT"}
        params.update(parameters)
        feedback = InfoRecordingFeedback()
        result = run_alg("mbm:trame_verte_schema", params, feedback=feedback)
        out = []
        for key in ("OUTPUT_RESERVOIRS", "OUTPUT_CORRIDORS", "OUTPUT_CONFLITS"):
            layer = result[key]
            rows = []
            for feature in layer.getFeatures():
                row = dict(zip(layer.fields().names(), feature.attributes()))
                row["geometry"] = QgsGeometry(feature.geometry())
                rows.append(row)
            out.append(rows)
        return out[0], out[1], out[2], feedback, result
    return _run
