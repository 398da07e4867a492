"""Fixtures of the patrimoine tests: small cités layers with known scores, hazards, UNESCO perimeters and a
hand-made base Sandt, all made by code."""

import pytest

X0, Y0 = 690000.0, 7030000.0
CRITERIA = ("architecture", "urbanisme", "paysage", "histoire", "symbolique")


def square(col, row=0, side=200.0, gap=300.0):
    """WKT of a side × side square in the col-th place of a row of cités near Lens (Lambert-93)."""
    x, y = X0 + col * gap, Y0 + row * gap
    return "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(x, y, x + side, y + side)


def rectangle(x1, y1, x2, y2):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X0 + x1, Y0 + y1, X0 + x2, Y0 + y2)


def make_layer(definition, rows, name="layer"):
    """A memory layer from ``definition`` and rows (wkt or None, {field: value})."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(definition, name, "memory")
    assert layer.isValid(), definition
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def make_cites(scores, score_type="double", extra_fields=(), name="cites"):
    """Cités C1, C2… in a row of squares; ``scores``: one tuple of 5 scores (None = empty) per cité, or a
    dict of {field: value} to set as it is."""
    fields = [("cite_id", "string"), ("nom", "string")] + [(c, score_type) for c in CRITERIA] + list(extra_fields)
    definition = "MultiPolygon?crs=EPSG:2154" + "".join("&field={}:{}".format(n, t) for n, t in fields)
    rows = []
    for number, values in enumerate(scores, 1):
        if not isinstance(values, dict):
            values = dict(zip(CRITERIA, values))
        rows.append((square(number - 1), dict({"cite_id": "C{}".format(number), "nom": "Cité n°{}".format(number)},
                                              **values)))
    return make_layer(definition, rows, name)


class _Helpers:
    X0, Y0, CRITERIA = X0, Y0, CRITERIA
    square = staticmethod(square)
    rectangle = staticmethod(rectangle)
    make_layer = staticmethod(make_layer)
    make_cites = staticmethod(make_cites)


@pytest.fixture(scope="session")
def patrimoine():
    """The helpers of this folder (tests cannot import each other under --import-mode=importlib)."""
    return _Helpers


@pytest.fixture()
def rows_by_id():
    """rows_by_id(layer) → {cite_id: {field: plain value}}."""
    from bassin_minier.processing_algorithms.patrimoine.common import plain

    def rows(layer):
        names = layer.fields().names()
        return {f["cite_id"]: {n: plain(v) for n, v in zip(names, f.attributes())} for f in layer.getFeatures()}

    return rows
