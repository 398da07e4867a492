"""The PDF dossier read as the prefecture reads it: complete on as many pages as needed, in French, the
concession standing out on its map, items that never overlap, and a cancel that keeps only whole dossiers."""

import os
import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser

import pytest
from qgis.core import (
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutUtils,
    QgsMapRendererSequentialJob,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor

X0, Y0 = 690000.0, 7030000.0
STATUSES = ["non_traite"] * 7 + [None] * 3 + ["Inconnu"] * 2 + ["traite"] * 48  # 60 shafts, 12 to treat
HAZARD_TYPES = ("effondrement_localise", "affaissement", "tassement", "echauffement", "gaz_de_mine",
                "Effondrement localisé")
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")


def rectangle(x1, y1, x2, y2):
    return QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        X0 + x1, Y0 + y1, X0 + x2, Y0 + y2))


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


@pytest.fixture()
def long_concession(concessions_layer, memory_layer):
    """L1 = [0,3000]×[0,2000] with 60 shafts (7 non traités, 5 d'état inconnu, in a shuffled order), 8
    stations, 3 communes, 12 hazard zones (6 types × fort / faible); its neighbour L2 = [3000,5000]×[0,2000]
    with one shaft and no station."""
    concessions = concessions_layer([
        ("L1", "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X0, Y0, X0 + 3000, Y0 + 2000), 600.0),
        ("L2", "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(X0 + 3000, Y0, X0 + 5000, Y0 + 2000),
         400.0)])
    order = [(n * 37) % 60 for n in range(60)]  # ids not in status order
    shafts = memory_layer(
        "Point?crs=EPSG:2154&field=puits_id:string&field=nom:string&field=fosse:string&field=etat:string",
        [(point(100 + 45 * n, 300 + 20 * (n % 50)), ["PU{:03d}".format(n), "Puits n°{} de la fosse {}".format(
            n % 3 + 1, n // 3 + 1), "Fosse n°{} de Lensoir-sur-Souchez".format(n // 3 + 1), STATUSES[i]])
         for i, n in enumerate(order)] + [(point(4000, 1000), ["PU900", "Puits voisin", "Fosse voisine", "traite"])])
    stations = memory_layer(
        "Point?crs=EPSG:2154&field=station_id:string&field=nom:string&field=commune:string",
        [(point(200 + 300 * n, 1700), ["SR{:02d}".format(n + 1), "Station de relevage n°{}".format(n + 1), "Lens"])
         for n in range(8)])
    communes = memory_layer(
        "Polygon?crs=EPSG:2154&field=insee:string&field=nom:string",
        [(rectangle(-500, -500, 800, 2500), ["62498", "Lens"]), (rectangle(800, -500, 2000, 2500), ["62510", "Liévin"]),
         (rectangle(2000, -500, 6000, 2500), ["62065", "Avion"])])
    hazards = memory_layer(
        "Polygon?crs=EPSG:2154&field=type:string&field=niveau:string",
        [(rectangle(20 + 240 * n, 20 + 150 * (k % 2), 200 + 240 * n, 140 + 150 * (k % 2)), [kind, level])
         for n, kind in enumerate(HAZARD_TYPES) for k, level in enumerate(("Fort", "faible"))])
    layers = {"CONCESSIONS": concessions, "SHAFTS": shafts, "STATIONS": stations, "COMMUNES": communes,
              "HAZARDS": hazards}
    del concessions, shafts, stations, communes, hazards
    yield layers
    layers.clear()


class Tables(HTMLParser):
    """The cells of each table of an HTML dossier, by the heading (h2) before it."""

    def __init__(self, text):
        super().__init__()
        self.tables, self.heading, self.cell, self.in_h2 = {}, None, None, False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.in_h2, self.heading = True, ""
        elif tag == "td":
            self.cell = ""
        elif tag == "tr" and self.heading is not None:
            self.tables.setdefault(self.heading, []).append([])

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_h2 = False
        elif tag == "td":
            self.tables[self.heading][-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.in_h2:
            self.heading += data
        elif self.cell is not None:
            self.cell += data

    def table(self, start):
        heading = next(h for h in self.tables if h.startswith(start))
        return [row for row in self.tables[heading] if row]


def pdf_text(path):
    """The PDF's text as a reader searches it: the typographic ligatures (ﬀ in "eﬀondrement") read as letters."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(unicodedata.normalize("NFKC", char) if "\ufb00" <= char <= "\ufb06" else char for char in text)


def build(run_alg, layers, folder, feedback=None):
    return run_alg("mbm:concessions_report", dict(layers, OUTPUT="memory:", REPORT_FOLDER=str(folder)),
                   feedback=feedback)


@needs_pdftotext
def test_every_fact_of_the_html_is_in_the_multi_page_pdf(run_alg, long_concession, tmp_path):
    folder = tmp_path / "dossiers"
    build(run_alg, long_concession, folder)
    html = Tables((folder / "dossier_L1.html").read_text(encoding="utf-8"))
    text = pdf_text(folder / "dossier_L1.pdf")
    flat = " ".join(text.split())
    pages = text.count("\f")
    assert pages >= 2 and "Page 1 / {}".format(pages) in flat and "Page {0} / {0}".format(pages) in flat

    shafts = html.table("Puits")
    assert len(shafts) == 60
    for shaft_id, _nom, _fosse, _etat in shafts:
        assert re.search(r"\b{}\b".format(shaft_id), text), shaft_id
    assert "PU900" not in text  # the neighbour's shaft is not listed
    # Untreated and unknown first, in the HTML and in the PDF.
    statuses = [row[3] for row in shafts]
    assert statuses == ["non traité"] * 7 + ["état inconnu"] * 5 + ["traité"] * 48
    positions = [text.index(row[0]) for row in shafts]
    assert max(positions[:12]) < min(positions[12:])

    stations = html.table("Stations de relevage")
    assert [row[0] for row in stations] == ["SR{:02d}".format(n) for n in range(1, 9)]
    for row in stations:
        assert row[0] in text and row[1] in flat

    communes = html.table("Communes")
    assert [row[0] for row in communes] == ["Liévin", "Avion", "Lens"]
    for nom, insee, share in communes:
        assert re.search(r"{}\s+{}\s+{}".format(re.escape(nom), insee, re.escape(share)), flat), (nom, share)

    hazards = html.table("Aléas miniers")
    assert len(hazards) == 10  # two spellings of the same type and level make one row
    assert hazards[0][0] == "effondrement localisé — fort"  # the strongest first
    for label, surface, share in hazards:
        assert re.search(r"{}\s+{}\s+{}".format(re.escape(label), re.escape(surface), re.escape(share)), flat), label


@needs_pdftotext
def test_pdf_speaks_french_words_not_codes(run_alg, long_concession, tmp_path):
    folder = tmp_path / "dossiers"
    build(run_alg, long_concession, folder)
    text = pdf_text(folder / "dossier_L1.pdf")
    body = text.split("Sources")[0]  # the sources name the files, underscores included
    for words in ("non traité", "état inconnu", "traité", "émission de gaz de mine", "effondrement localisé — fort",
                  "échauffement des terrils — faible", "Échelle 1 : "):
        assert words in body, words
    for code in ("non_traite", "gaz_de_mine", "effondrement_localise", "echauffement", "Fort"):
        assert code not in body, code
    assert not re.search(r"\btraite\b|\binconnu\b(?! )", body.replace("état inconnu", ""))
    # The neighbour has no station: said in the feminine.
    neighbour = pdf_text(folder / "dossier_L2.pdf")
    assert "Aucune station de relevage dans le périmètre" in " ".join(neighbour.split())
    assert "Aucune station de relevage dans le périmètre" in (folder / "dossier_L2.html").read_text(encoding="utf-8")


@pytest.fixture()
def printed(long_concession, qgis_app):
    """The layout of L1's dossier, as write_dossiers prints it (the same printer and sections)."""
    import datetime

    from bassin_minier.mbm_qgis_plugin.concessions.dossier import dossier_basename, dossier_sections
    from bassin_minier.mbm_qgis_plugin.concessions.dossier_pdf import DossierPrinter
    from bassin_minier.mbm_qgis_plugin.concessions.report import (
        ConcessionInventory,
        PerimeterIndex,
        place_points,
        shaft_status,
        share_communes,
        sum_hazards,
    )

    inventories = []
    for feature in long_concession["CONCESSIONS"].getFeatures():
        inventories.append(ConcessionInventory(feature.id(), feature["concession_id"], feature["nom"],
                                               QgsGeometry(feature.geometry())))
    perimeters = PerimeterIndex(inventories)
    shafts = [(f.geometry(), {"puits_id": f["puits_id"], "nom": f["nom"], "fosse": f["fosse"],
                              "etat": shaft_status(f["etat"])}) for f in long_concession["SHAFTS"].getFeatures()]
    place_points(perimeters, shafts, "shafts")
    stations = [(f.geometry(), {"station_id": f["station_id"], "nom": f["nom"], "commune": f["commune"]})
                for f in long_concession["STATIONS"].getFeatures()]
    place_points(perimeters, stations, "stations")
    share_communes(perimeters, [(f.geometry(), f["nom"], f["insee"]) for f in long_concession["COMMUNES"].getFeatures()])
    hazards = [(f.geometry(), f["type"], f["niveau"]) for f in long_concession["HAZARDS"].getFeatures()]
    sum_hazards(perimeters, hazards)
    taken = set()
    for inventory in inventories:
        inventory.extra["basename"] = dossier_basename(inventory, taken)
    context_rows = {"shafts": [(g, [r["puits_id"], r["nom"], r["fosse"], r["etat"]]) for g, r in shafts],
                    "stations": [(g, [r["station_id"], r["nom"], r["commune"]]) for g, r in stations],
                    "hazards": [(g, [t, n]) for g, t, n in hazards]}
    printer = DossierPrinter(inventories, context_rows, datetime.date(2026, 3, 2))
    l1 = next(inv for inv in inventories if inv.concession_id == "L1")
    layout = printer.layout_for(l1, dossier_sections(l1, "essai"))
    yield layout, printer, l1
    # The layout goes before its project: pytest holds this fixture's value until its teardown is over, and
    # a layout outliving its QgsProject crashes QGIS 3.40 at the next processEvents.
    sip.delete(layout)
    printer.close()


def test_concession_of_the_dossier_stands_out(printed):
    layout, printer, l1 = printed
    outline = printer.map_layers[0]
    assert outline.renderer().type() == "RuleRenderer"
    assert [rule.filterExpression() for rule in outline.renderer().rootRule().children()] == [
        '"fichier" = @mbm_dossier', "ELSE"]
    map_item = layout.itemById("carte")
    assert isinstance(map_item, QgsLayoutItemMap)
    # The map as the layout draws it: light purple inside L1, veiled (near white) inside its neighbour.
    size = QSizeF(800, int(800 * map_item.rect().height() / map_item.rect().width()))
    settings = map_item.mapSettings(map_item.extent(), size, 96, True)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()

    def colour(x, y):
        pixel = settings.mapToPixel().transform(X0 + x, Y0 + y)
        return image.pixelColor(int(pixel.x()), int(pixel.y()))

    inside, neighbour = colour(2900, 1900), colour(3200, 1900)  # no shaft, station or hazard there
    assert inside.blue() - inside.green() > 8 and inside.red() - inside.green() > 5, inside.name()
    assert min(neighbour.red(), neighbour.green(), neighbour.blue()) > 235, neighbour.name()
    edge = colour(3000, 1000)  # on L1's outline
    assert edge.green() < 120 and edge.blue() > edge.green() + 40, edge.name()
    # A round scale.
    assert any(map_item.scale() == pytest.approx(k * 10 ** n) for k in (1, 2, 2.5, 5) for n in range(2, 7))
    assert QgsExpressionContextUtils.layoutScope(layout).variable("mbm_echelle") == "Échelle 1 : 20 000"


def _page_of(layout, item):
    return layout.pageCollection().pageNumberForPoint(item.pos())


def test_layout_items_never_overlap_and_no_table_is_clipped(printed):
    layout, _printer, _l1 = printed
    pages = layout.pageCollection()
    assert pages.pageCount() >= 2
    boxes = []
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    shown = 0
    for item in layout.items():
        if isinstance(item, QgsLayoutItemPage) or not hasattr(item, "sceneBoundingRect"):
            continue
        if not isinstance(item, (QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutFrame,
                                 QgsLayoutItemScaleBar, QgsLayoutItemPicture)):
            continue
        rect = item.mapRectToScene(item.rect())
        page = pages.page(_page_of(layout, item))
        page_rect = page.mapRectToScene(page.rect())
        assert page_rect.contains(rect), (getattr(item, "id", lambda: "")(), rect)
        if isinstance(item, QgsLayoutFrame):
            table = item.multiFrame()
            first, end = table.rowRange(context, table.frameIndex(item))
            assert (first, end) == (0, len(table.tableContents())), "a table shows only part of its rows"
            shown += end
        boxes.append((rect, item))
    assert shown == 5 + 60 + 8 + 3 + 10 + 1  # summary, shafts, stations, communes, hazards, sources
    for number, (rect, item) in enumerate(boxes):
        for other_rect, other in boxes[number + 1:]:
            overlap = rect.intersected(other_rect)
            assert overlap.isEmpty() or overlap.width() * overlap.height() < 0.01, (
                getattr(item, "id", lambda: "")(), getattr(other, "id", lambda: "")(), rect, other_rect)
    legend = layout.itemById("legende")
    assert legend.rect().height() > 5  # sized to its contents before the tables were placed


class CancelDuring(QgsProcessingFeedback):
    """Cancels while the dossier of ``concession`` is being printed."""

    def __init__(self, concession):
        super().__init__()
        self.concession = concession
        self.warnings = []

    def setProgressText(self, text):
        if self.concession in text:
            self.cancel()
        super().setProgressText(text)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_cancel_keeps_whole_dossiers_only(run_alg, concessions_layer, tiling, tmp_path, french_qgis):
    tiles = {key: value for key, value in tiling.clean().items() if key in ("C1", "C2", "C3")}
    folder = tmp_path / "dossiers"
    feedback = CancelDuring("C2")
    build(run_alg, {"CONCESSIONS": concessions_layer(tiles)}, folder, feedback)
    assert sorted(os.listdir(folder)) == ["dossier_C1.html", "dossier_C1.pdf", "index.html"]
    assert any("annulée" in w and "1 dossier" in w for w in feedback.warnings), feedback.warnings
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "dossier_C1.html" in index and "dossier_C2" not in index


def test_dock_cancel_button_stops_the_dossiers(qgis_iface, mbm_provider, qgis_new_project, concessions_layer,
                                                tiling, tmp_path, french_qgis):
    from bassin_minier.mbm_qgis_plugin.gui.concessions_tab import ConcessionsTab

    tab = ConcessionsTab(qgis_iface)
    try:
        layer = concessions_layer(tiling.clean())
        QgsProject.instance().addMapLayer(layer)
        tab.concessions_combo.setLayer(layer)
        folder = tmp_path / "dossiers"
        tab.folder_widget.setFilePath(str(folder))
        assert tab.dossiers_cancel_button.text() == "Annuler" and not tab.dossiers_cancel_button.isEnabled()
        row = tab.report_button.parentWidget().layout()
        assert row is tab.dossiers_cancel_button.parentWidget().layout()

        def cancel_after_the_first(_value):
            if folder.is_dir() and any(n.endswith(".pdf") for n in os.listdir(folder)):
                if tab.dossiers_cancel_button.isEnabled():
                    tab.dossiers_cancel_button.click()

        tab.progress.valueChanged.connect(cancel_after_the_first)
        assert tab.build_dossiers() is None
        tab.progress.valueChanged.disconnect(cancel_after_the_first)
        written = sorted(n for n in os.listdir(folder) if n.startswith("dossier_"))
        assert 2 <= len(written) < 18 and len(written) % 2 == 0
        assert all(n.replace(".pdf", ".html") in written for n in written if n.endswith(".pdf"))
        assert "annulée" in tab.status_label.text() and "{} dossier".format(len(written) // 2) in \
            tab.status_label.text()
        assert not tab.dossiers_cancel_button.isEnabled() and tab.report_button.isEnabled()
    finally:
        tab.unload()
        QgsProject.instance().removeAllMapLayers()
        tab.deleteLater()


def test_round_scale():
    from bassin_minier.mbm_qgis_plugin.concessions.dossier_pdf import round_scale

    assert [round_scale(s) for s in (27300, 50000, 50001, 180000, 9.5)] == [50000, 50000, 100000, 200000, 10]
