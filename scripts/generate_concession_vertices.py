#!/usr/bin/env python3
"""Write the decree vertex table of the sample concessions.

Run from the repository root with the system Python that has QGIS::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/generate_concession_vertices.py

It reads the layer ``concessions`` of ``resources/sample_data/bassin_minier_synthetique.gpkg`` (Lambert-93)
and writes ``resources/sample_data/concessions_sommets_decrets.csv`` as the vertex lists of the decrees would
be typed: cp1252, ``;`` separator, CRLF, a title line above the header, coordinates in NTF Lambert Nord
(EPSG:27561) with a decimal comma, to the centimetre. Deliberate differences with the drawn perimeters,
for ``mbm:concessions_perimeter`` to find:

* ``DRIFTED`` (CON20): the decree's perimeter lies 25 m east of the drawn one (statut ``ecart``);
* ``MISSING`` (CON06): its decree is not in the table (statut ``absent``);
* ``NAMED`` (CON11): its vertices are named A, B, C… instead of numbered (file order);
* ``REVERSED`` (CON14): its rows are written last vertex first (the numbers give the order).

The script is deterministic: the same GeoPackage gives the same file.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsVectorLayer,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DIR = os.path.join(ROOT, "resources", "sample_data")
SOURCE = os.path.join(SAMPLE_DIR, "bassin_minier_synthetique.gpkg")
OUT_CSV = os.path.join(SAMPLE_DIR, "concessions_sommets_decrets.csv")

DECREE_CRS = "EPSG:27561"
DRIFTED, DRIFT_M = "CON20", 25.0
MISSING = "CON06"
NAMED = "CON11"
REVERSED = "CON14"
TITLE = "Sommets des périmètres des concessions (décrets de concession) — NTF Lambert Nord (EPSG:27561), en mètres"
HEADER = ("Concession", "Nom", "Sommet", "X", "Y")


def french(value):
    """691234.567 → '691234,57' (as a spreadsheet exports a coordinate to the centimetre)."""
    return "{:.2f}".format(value).replace(".", ",")


def vertex_rows():
    """The CSV rows (without title and header) of the concessions' vertices, in the decree CRS."""
    layer = QgsVectorLayer("{}|layername=concessions".format(SOURCE), "concessions", "ogr")
    if not layer.isValid():
        raise SystemExit("cannot read {}".format(SOURCE))
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(DECREE_CRS),
                                       QgsCoordinateTransformContext())
    rows = []
    for feature in sorted(layer.getFeatures(), key=lambda f: f["concession_id"]):
        concession_id = feature["concession_id"]
        if concession_id == MISSING:
            continue
        geometry = feature.geometry()
        if concession_id == DRIFTED:
            geometry.translate(DRIFT_M, 0.0)
        geometry.transform(transform)
        ring = geometry.asMultiPolygon()[0][0][:-1]  # the outer ring, without its closing vertex
        names = [chr(ord("A") + i) for i in range(len(ring))] if concession_id == NAMED else \
            [str(i + 1) for i in range(len(ring))]
        concession_rows = [(concession_id, feature["nom"], name, french(point.x()), french(point.y()))
                           for name, point in zip(names, ring)]
        if concession_id == REVERSED:
            concession_rows.reverse()
        rows.extend(concession_rows)
    return rows


def main():
    app = QgsApplication([], False)
    app.initQgis()
    rows = vertex_rows()
    lines = [TITLE, ""] + [";".join(HEADER)] + [";".join(row) for row in rows]
    with open(OUT_CSV, "w", encoding="cp1252", newline="") as handle:
        handle.write("\r\n".join(lines) + "\r\n")
    print("{}: {} vertices of {} concessions".format(os.path.relpath(OUT_CSV, ROOT), len(rows),
                                                   len({row[0] for row in rows})))
    app.exitQgis()


if __name__ == "__main__":
    main()
