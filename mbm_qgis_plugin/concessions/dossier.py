"""The dossier of each concession: an HTML page and a PDF printed by a layout atlas, plus index.html.

The PDF comes from the print layout ``resources/layouts/concessions_dossier.qpt`` (items found by id:
``carte``, ``legende``, ``tableau_puits``, ``tableau_stations``); its layers are temporary memory layers
in a private QgsProject, so the user's project is left alone.
"""

import datetime
import html
import os
import re

from qgis.core import (
    QgsExpressionContextUtils,
    QgsFeature,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..compat import make_field, text_render_always_text
from .checks import fr_number
from .geometry import WORKING_CRS_AUTHID, is_empty
from .report import SHAFT_STATUSES, summary_sentence

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
LAYOUT_PATH = os.path.join(PLUGIN_DIR, "resources", "layouts", "concessions_dossier.qpt")
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")

STATUS_LABELS = {"traite": "traité", "non_traite": "non traité", "inconnu": "état inconnu"}


def dossier_basename(inventory, taken):
    """'dossier_C12' (file-system safe, unique within ``taken``, which it updates)."""
    stem = re.sub(r"[^0-9A-Za-z_-]+", "_", str(inventory.concession_id)).strip("_") or "sans_id"
    name = "dossier_{}".format(stem)
    if name in taken:
        name = "{}_fid{}".format(name, inventory.fid)
    taken.add(name)
    return name


def hazards_text(inventory):
    if inventory.hazards is None:
        return None
    if not inventory.hazards:
        return "aucun"
    return ", ".join("{} {} ({} ha)".format(h["type"], h["niveau"], fr_number(h["surface_ha"], 1))
                     for h in inventory.hazards)


# --- HTML ---------------------------------------------------------------------------------------------
STYLE = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:60em}
h1{color:#78288c}table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}th{background:#f1e8f4}
td.n{text-align:right}.non_traite{color:#c00}.inconnu{color:#d96d00}.traite{color:#287d1e}
footer{margin-top:2em;font-size:.85em;color:#666}
"""


def _e(value):
    return html.escape("" if value is None else str(value))


def _table(headers, rows, numeric=()):
    if not rows:
        return "<p>Aucun.</p>"
    out = ["<table><thead><tr>", "".join("<th>{}</th>".format(_e(h)) for h in headers), "</tr></thead><tbody>"]
    for row in rows:
        cells = []
        for number, (value, css) in enumerate(row):
            classes = " ".join(c for c in (css, "n" if number in numeric else "") if c)
            cells.append("<td{}>{}</td>".format(' class="{}"'.format(classes) if classes else "", _e(value)))
        out.append("<tr>{}</tr>".format("".join(cells)))
    out.append("</tbody></table>")
    return "".join(out)


def dossier_html(inventory, sources, pdf_name=None, today=None):
    """The HTML page of one concession; every value from the data is escaped."""
    today = today or datetime.date.today()
    title = "Concession {}{}".format(inventory.concession_id, " — {}".format(inventory.nom) if inventory.nom else "")
    parts = ["<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{}</title>"
             "<style>{}</style></head><body>".format(_e(title), STYLE),
             "<h1>{}</h1>".format(_e(title)),
             "<p>Dossier d'arrêt des travaux et de renonciation — inventaire de ce que contient le "
             "périmètre.{}</p>".format(' <a href="{}">Version PDF</a>.'.format(_e(pdf_name)) if pdf_name else "")]
    summary = [("Surface dessinée (Lambert-93)", "{} ha".format(fr_number(inventory.surface_ha, 2)))]
    if inventory.shafts is not None:
        counts = inventory.shafts_by_status()
        summary.append(("Puits", "{} ({})".format(inventory.nb_puits, ", ".join(
            "{} {}".format(counts[s], STATUS_LABELS[s]) for s in SHAFT_STATUSES))))
        summary.append(("Puits non traités ou d'état inconnu", inventory.nb_puits_non_traites))
    if inventory.stations is not None:
        summary.append(("Stations de relevage", inventory.nb_stations))
    if inventory.communes is not None:
        summary.append(("Communes", "{} : {}".format(inventory.nb_communes, inventory.communes_text or "aucune")))
    if inventory.hazards is not None:
        summary.append(("Aléas miniers", hazards_text(inventory)))
    parts.append("<h2>Synthèse</h2>" + _table(("Élément", "Valeur"), [((k, ""), (v, "")) for k, v in summary]))
    if inventory.shafts is not None:
        rows = [((s.get("puits_id"), ""), (s.get("nom"), ""), (s.get("fosse"), ""),
                 (STATUS_LABELS[s["etat"]], s["etat"])) for s in inventory.shafts]
        parts.append("<h2>Puits ({})</h2>".format(len(rows)) + _table(("Identifiant", "Nom", "Fosse", "État"), rows))
    if inventory.stations is not None:
        rows = [((s.get("station_id"), ""), (s.get("nom"), ""), (s.get("commune"), ""))
                for s in inventory.stations]
        parts.append("<h2>Stations de relevage ({})</h2>".format(len(rows))
                     + _table(("Identifiant", "Nom", "Commune"), rows))
    if inventory.communes is not None:
        rows = [((c.nom, ""), (c.insee, ""), ("{} %".format(fr_number(100 * c.share, 1)), ""))
                for c in inventory.communes]
        parts.append("<h2>Communes ({})</h2>".format(len(rows))
                     + _table(("Commune", "Code INSEE", "Part de la concession"), rows, numeric=(2,)))
    if inventory.hazards is not None:
        rows = [((h["type"], ""), (h["niveau"], ""), (fr_number(h["surface_ha"], 2), "")) for h in inventory.hazards]
        parts.append("<h2>Aléas miniers</h2>" + _table(("Aléa", "Niveau", "Surface (ha)"), rows, numeric=(2,)))
    parts.append("<footer>Sources : {}. Édité le {} par le plugin Bassin minier (Mission Bassin Minier).</footer>"
                 "</body></html>".format(_e(sources), today.strftime("%d/%m/%Y")))
    return "\n".join(parts)


def index_html(entries, sources, today=None):
    """``entries``: (inventory, html file name, pdf file name or None)."""
    today = today or datetime.date.today()
    rows = []
    for inventory, html_name, pdf_name in entries:
        rows.append("<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            _e(html_name), _e(inventory.concession_id), _e(inventory.nom), _e(summary_sentence(inventory)),
            '<a href="{}">PDF</a>'.format(_e(pdf_name)) if pdf_name else ""))
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Dossiers des concessions"
            "</title><style>{}</style></head><body><h1>Dossiers des concessions ({})</h1><table><thead><tr>"
            "<th>Concession</th><th>Nom</th><th>Inventaire</th><th>PDF</th></tr></thead><tbody>{}</tbody>"
            "</table><footer>Sources : {}. Édité le {}.</footer></body></html>").format(
        STYLE, len(entries), "".join(rows), _e(sources), today.strftime("%d/%m/%Y"))


# --- PDF through the print layout atlas ----------------------------------------------------------------
def _memory_layer(kind, name, fields, rows, style):
    """A memory layer in the working CRS from ``rows`` = (geometry, attribute list), styled from a .qml."""
    layer = QgsVectorLayer("{}?crs={}".format(kind, WORKING_CRS_AUTHID), name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(field_name, field_kind) for field_name, field_kind in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None and not is_empty(geometry):
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    if style:
        layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
    return layer


def coverage_layer(inventories):
    fields = [("concession_id", "String"), ("nom", "String"), ("surface_ha", "Double"), ("nb_puits", "Int"),
              ("nb_puits_non_traites", "Int"), ("nb_stations", "Int"), ("nb_communes", "Int"),
              ("communes", "String"), ("aleas", "String"), ("fichier", "String")]
    rows = [(inv.geometry, [inv.concession_id, inv.nom, round(inv.surface_ha, 2), inv.nb_puits,
                            inv.nb_puits_non_traites, inv.nb_stations, inv.nb_communes, inv.communes_text,
                            hazards_text(inv), inv.extra.get("basename")])
            for inv in inventories if not is_empty(inv.geometry)]
    return _memory_layer("MultiPolygon", "Périmètres", fields, rows, "concessions_perimetre.qml")


def export_pdf_dossiers(inventories, folder, context_layers, sources, feedback=None):
    """One PDF per inventory (``extra['basename']`` + '.pdf') through the atlas of the dossier layout.

    ``context_layers``: dict with optional 'shafts' (geometry, puits_id, nom, fosse, etat), 'stations'
    (geometry, station_id, nom, commune), 'communes' (geometry, insee, nom) and 'hazards'
    (geometry, type, niveau) rows, all in the working CRS. Returns {fid: pdf path}.
    """
    project = QgsProject()
    coverage = coverage_layer(inventories)
    layers = [coverage]
    shafts = stations = None
    if context_layers.get("shafts") is not None:
        shafts = _memory_layer("Point", "Puits", [("puits_id", "String"), ("nom", "String"), ("fosse", "String"),
                                                  ("etat", "String")], context_layers["shafts"],
                               "concessions_puits.qml")
        layers.append(shafts)
    if context_layers.get("stations") is not None:
        stations = _memory_layer("Point", "Stations de relevage", [("station_id", "String"), ("nom", "String"),
                                                                  ("commune", "String")],
                                 context_layers["stations"], "concessions_stations.qml")
        layers.append(stations)
    if context_layers.get("hazards") is not None:
        layers.append(_memory_layer("MultiPolygon", "Aléas miniers", [("type", "String"), ("niveau", "String")],
                                    context_layers["hazards"], "concessions_aleas.qml"))
    if context_layers.get("communes") is not None:
        layers.append(_memory_layer("MultiPolygon", "Communes", [("insee", "String"), ("nom", "String")],
                                    context_layers["communes"], "concessions_communes.qml"))
    project.addMapLayers(layers)
    project.setCrs(coverage.crs())

    layout = QgsPrintLayout(project)
    document = QDomDocument()
    with open(LAYOUT_PATH, encoding="utf-8") as handle:
        document.setContent(handle.read())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    QgsExpressionContextUtils.setLayoutVariable(layout, "mbm_sources", sources)

    map_item = layout.itemById("carte")
    if isinstance(map_item, QgsLayoutItemMap):
        map_item.setLayers(layers)  # first is on top
        map_item.setKeepLayerSet(True)
        # zoomToExtent keeps the item's size (the atlas derives its extents from the current one).
        map_item.zoomToExtent(coverage.extent())
    legend = layout.itemById("legende")
    if legend is not None:
        legend.setAutoUpdateModel(False)
        legend.model().rootGroup().clear()
        for layer in layers:
            legend.model().rootGroup().addLayer(layer)
        legend.setLinkedMap(map_item)
    for frame_id, layer, columns in (
            ("tableau_puits", shafts, (("puits_id", "Puits"), ("nom", "Nom"), ("fosse", "Fosse"), ("etat", "État"))),
            ("tableau_stations", stations, (("station_id", "Station"), ("nom", "Nom"), ("commune", "Commune")))):
        frame = layout.itemById(frame_id)
        if frame is None:
            continue
        table = frame.multiFrame()
        if layer is None:
            table.setVectorLayer(coverage)
            table.setFeatureFilter("false")
            table.setFilterFeatures(True)
            table.setEmptyTableMessage("Couche non fournie")
            continue
        table.setVectorLayer(layer)
        table.setFilterToAtlasFeature(True)
        _set_table_columns(table, columns)

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setPageNameExpression('"concession_id"')
    atlas.setFilenameExpression('"fichier"')
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    # Real text in the PDF (searchable, copyable), not glyph outlines.
    settings.textRenderFormat = text_render_always_text()
    exporter = QgsLayoutExporter(layout)
    by_name = {inv.extra.get("basename"): inv.fid for inv in inventories}
    written = {}
    atlas.beginRender()
    total = atlas.count()
    for number in range(total):
        if feedback is not None and feedback.isCanceled():
            break
        if not atlas.seekTo(number):
            continue
        name = atlas.currentFilename()
        path = os.path.join(folder, "{}.pdf".format(name))
        result = exporter.exportToPdf(path, settings)
        if result == QgsLayoutExporter.ExportResult.Success:
            written[by_name.get(name)] = path
        if feedback is not None and total:
            feedback.setProgress(100.0 * (number + 1) / total)
    atlas.endRender()
    # The layout and layers belong to this private project: free them before returning.
    del layout
    project.removeAllMapLayers()
    return written


def _set_table_columns(table, names):
    """Show only the (field, heading) pairs of ``names``."""
    from qgis.core import QgsLayoutTableColumn

    columns = []
    for name, heading in names:
        column = QgsLayoutTableColumn()
        column.setAttribute(name)
        column.setHeading(heading)
        columns.append(column)
    if hasattr(table, "setColumns"):
        table.setColumns(columns)
    if hasattr(table, "setDisplayColumns"):
        table.setDisplayColumns(columns)
