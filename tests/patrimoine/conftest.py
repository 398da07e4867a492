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


PROGRAMME_HEADER = ["Code INSEE", "Commune", "Cité", "Réseau", "Statut", "Année programme", "Montant HT (€)",
                    "Longueur (m)", "Date fin travaux"]
# The hand-made base: four cités of Lens, C5 left out of it.
BASE_CITES = [("C1", "Cité des Fleurs"), ("C2", "Cité du Moulin"), ("C3", "Cité Sainte-Barbe"),
              ("C4", "Coron des Alouettes")]
PROGRAMME = [
    # C1: the four networks achevés → avancement 100 %, 0 networks left
    ["62498", "Lens", "Cité des Fleurs", "Voirie", "Achevé", "2020", "150 000", "420", "12/11/2020"],
    ["62498", "Lens", "Cité des Fleurs", "Assainissement EU/EP", "Terminé", "2021", "98 500,50", "", "01/07/2021"],
    ["62498", "Lens", "Cité des Fleurs", "AEP", "Réalisé", "2022", "45 000", "", "15/03/2023"],
    ["62498", "Lens", "Cité des Fleurs", "Eclairage public", "Achevé", "2023", "30 000", "", "20/10/2023"],
    # C2: voirie programmed in 2019 then achevée in 2021 (the latest year decides), assainissement en cours
    # → 25 %, 3 networks left
    ["62498", "Lens", "Cité du Moulin", "Voirie", "Programmé", "2019", "200 000", "", ""],
    ["62498", "Lens", "Cité du Moulin", "Voirie", "Achevé", "2021", "210 000", "", "30/06/2022"],
    ["62498", "Lens", "Cité du Moulin", "Assainissement", "En cours", "2022", "120 000", "", ""],
    # C3: nothing → 0 %, 4 left. C4: three achevés, assainissement programmed → 75 %, 1 left
    ["62498", "Lens", "Coron des Alouettes", "Eau potable", "Achevé", "2023", "40 000", "", "01/12/2023"],
    ["62498", "Lens", "Coron des Alouettes", "Éclairage public", "Achevé", "2024", "25 000", "", "01/06/2024"],
    ["62498", "Lens", "Coron des Alouettes", "Voirie", "Achevé", "2024", "180 000", "", "15/09/2024"],
    ["62498", "Lens", "Coron des Alouettes", "Assainissement", "Programmé", "2025", "95 000", "", ""],
]


def write_programme(path, rows):
    """A programme CSV as the State services send it: cp1252, semicolons."""
    import csv

    with open(path, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(PROGRAMME_HEADER)
        writer.writerows(rows)
    return str(path)


def make_base(path, run_alg, cites=BASE_CITES, rows=PROGRAMME, tmp_dir=None):
    """A base Sandt made by mbm:sandt_create from ``cites`` (cite_id, nom) in Lens, then one import of ``rows``
    through mbm:sandt_update, as a user builds it."""
    definition = ("MultiPolygon?crs=EPSG:2154&field=cite_id:string&field=nom:string&field=insee:string"
                  "&field=commune:string")
    layer = make_layer(definition, [(square(number), {"cite_id": cite_id, "nom": nom, "insee": "62498",
                                                     "commune": "Lens"})
                                    for number, (cite_id, nom) in enumerate(cites)])
    run_alg("mbm:sandt_create", {"CITES": layer, "OUTPUT": str(path)})
    if rows:
        table = write_programme(str(path) + ".csv", rows)
        result = run_alg("mbm:sandt_update", {"BASE": str(path), "TABLE": table, "MATCH_THRESHOLD": 85,
                                              "DRY_RUN": False, "REPORT": "TEMPORARY_OUTPUT"})
        assert result["NB_INSERE"] == len(rows), result
    return str(path)


@pytest.fixture()
def hand_base(tmp_path, run_alg):
    return make_base(tmp_path / "base_sandt.gpkg", run_alg)


HAZARDS = [  # (x1, y1, x2, y2) from X0, Y0, type, niveau; cités C1… are 200 m squares 300 m apart from x = 0
    ((100, -50, 350, 100), "effondrement_localise", "Fort"),  # C1 and C2
    ((150, 150, 250, 250), "gaz_de_mine", "moyen"),           # C1
    ((600, 0, 700, 50), "gaz_de_mine", "moyen"),              # C3
    ((750, 0, 800, 50), "gaz_de_mine", "MOYEN "),             # C3 again: the same pair, once
    ((1100, 0, 1200, 200), "affaissement", "faible"),         # touches C4 and C5 on their edges only
    ((1250, 50, 1300, 100), "tassement", "faible"),           # inside C5
]


@pytest.fixture()
def hazards(qgis_app):
    return make_layer("Polygon?crs=EPSG:2154&field=type:string&field=niveau:string",
                      [(rectangle(*box), {"type": kind, "niveau": level}) for box, kind, level in HAZARDS], "aleas")


class _Helpers:
    X0, Y0, CRITERIA = X0, Y0, CRITERIA
    square = staticmethod(square)
    rectangle = staticmethod(rectangle)
    make_layer = staticmethod(make_layer)
    make_cites = staticmethod(make_cites)
    make_base = staticmethod(make_base)
    write_programme = staticmethod(write_programme)
    PROGRAMME = PROGRAMME


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
