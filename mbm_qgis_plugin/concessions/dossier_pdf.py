"""The PDF of a concession's dossier, printed from ``resources/layouts/concessions_dossier.qpt``.

Page 1 of the template holds the title, the map (the concession outlined and lightly filled, the rest veiled),
under it the scale bar (on a white box), the north arrow, the round scale in words and the legend, and the footer;
page 2 is the model of the continuation pages (title "(suite)", footer, and the model labels of a section
heading and of an empty section). The sections of ``dossier.dossier_sections`` are laid out below the legend
as tables cut at row boundaries: a table that does not fit continues on a new page under its heading
"(suite)", so every row is printed and no frame is ever clipped. The footer says "Page n / N".

The layers are memory copies in a private QgsProject: the user's project is left alone.
"""

import os

from qgis.core import (
    QgsBasicNumericFormat,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
from qgis.PyQt.QtWidgets import QStyleOptionGraphicsItem
from qgis.PyQt.QtXml import QDomDocument

from ..compat import make_field, text_render_always_text
from ..hazards import hazard_level
from .checks import fr_number
from .dossier import dossier_title
from .geometry import WORKING_CRS_AUTHID, is_empty

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAYOUT_PATH = os.path.join(PLUGIN_DIR, "resources", "layouts", "concessions_dossier.qpt")
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")

# Ids of the template's items.
CONTINUATION_ITEMS = ("titre_suite", "pied_suite", "page_suite")
HEADING_MODEL, EMPTY_MODEL = "modele_titre_section", "modele_vide"
GAP_MM = 3.0  # between a table and the next heading
FOOTER_GAP_MM = 3.0  # between the last table of a page and the footer
CELL_MARGIN_MM = 1.0
GRID_MM = 0.15
TEXT_COLOURS = {"non_traite": "#c00000", "fort": "#c00000", "inconnu": "#b35900", "moyen": "#b35900",
                "traite": "#287d1e"}
NICE_STEPS = (1, 2, 2.5, 5, 10)
KEEP_TOGETHER_ROWS = 12  # a table this short is never cut: it starts on the next page instead


def round_scale(scale):
    """The round scale at or above ``scale``: 1, 2, 2.5 or 5 × 10^n (1 : 27 300 → 1 : 50 000)."""
    if scale <= 0:
        return scale
    power = 10 ** max(0, len(str(int(scale))) - 1)
    return next(step * power for step in NICE_STEPS if step * power >= scale)


def _memory_layer(kind, name, fields, rows, style):
    """A memory layer in the working CRS from ``rows`` = (geometry, attribute list), styled from a .qml."""
    layer = QgsVectorLayer("{}?crs={}".format(kind, WORKING_CRS_AUTHID), name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(field_name, "String") for field_name in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None and not is_empty(geometry):
            feature.setGeometry(geometry)
        feature.setAttributes([None if value is None else str(value) for value in attributes])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
    return layer


def _text_format(size, bold=False, colour="#222222"):
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    text_format = QgsTextFormat()
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setColor(QColor(colour))
    return text_format


class DossierPrinter:
    """Prints the PDF dossiers of a list of inventories, one call of :meth:`print_dossier` each."""

    def __init__(self, inventories, context_rows, today):
        """``context_rows``: dict with optional 'shafts' (geometry, [puits_id, nom, fosse, etat]), 'stations'
        (geometry, [station_id, nom, commune]), 'communes' (geometry, [insee, nom]) and 'hazards'
        (geometry, [type, niveau]) rows, in the working CRS."""
        self.date_text = today.strftime("%d/%m/%Y")
        self.project = QgsProject()
        perimeters = [(inv.geometry, [inv.concession_id, inv.nom, inv.extra.get("basename")])
                      for inv in inventories if not is_empty(inv.geometry)]
        fields = ("concession_id", "nom", "fichier")
        outline = _memory_layer("MultiPolygon", "Concessions", fields, perimeters, "concessions_perimetre_dossier.qml")
        veil = _memory_layer("MultiPolygon", "Hors de la concession", fields, perimeters,
                             "concessions_masque_dossier.qml")
        legend = [outline]
        self.map_layers = [outline, veil]
        for key, kind, name, fields, style in (
                ("stations", "Point", "Stations de relevage", ("station_id", "nom", "commune"),
                 "concessions_stations.qml"),
                ("shafts", "Point", "Puits", ("puits_id", "nom", "fosse", "etat"), "concessions_puits.qml"),
                ("hazards", "MultiPolygon", "Aléas miniers", ("type", "niveau"), "concessions_aleas.qml"),
                ("communes", "MultiPolygon", "Communes", ("insee", "nom"), "concessions_communes.qml")):
            rows = context_rows.get(key)
            if rows is None:
                continue
            if key == "hazards":  # the style classes faible / moyen / fort, whatever the case written
                rows = [(g, [kind_, hazard_level(level) or level]) for g, (kind_, level) in rows]
            layer = _memory_layer(kind, name, fields, rows, style)
            self.map_layers.append(layer)
            legend.append(layer)
        # The legend reads top-down as the map is drawn: the concession, the points, the hazards, the communes.
        self.legend_layers = [legend[0]] + [layer for layer in legend[1:] if layer.name() == "Puits"] + \
            [layer for layer in legend[1:] if layer.name() != "Puits"]
        self.project.addMapLayers(self.map_layers)
        self.project.setCrs(outline.crs())
        self.template = QDomDocument()
        with open(LAYOUT_PATH, encoding="utf-8") as handle:
            self.template.setContent(handle.read())

    def close(self):
        if self.project is not None:
            self.project.removeAllMapLayers()
            self.project = None

    # --- one dossier ---------------------------------------------------------------------------------
    def print_dossier(self, inventory, sections, path):
        """Write the PDF of ``inventory`` to ``path``; True when written."""
        layout = self.layout_for(inventory, sections)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        settings.textRenderFormat = text_render_always_text()  # real text: searchable, copyable
        result = QgsLayoutExporter(layout).exportToPdf(path, settings)
        return result == QgsLayoutExporter.ExportResult.Success

    def layout_for(self, inventory, sections):
        """The print layout of one dossier, every section laid out (also used by the tests)."""
        layout = QgsPrintLayout(self.project)
        layout.loadFromTemplate(self.template, QgsReadWriteContext())
        for name, value in (("mbm_titre", dossier_title(inventory)), ("mbm_dossier", inventory.extra.get("basename")),
                            ("mbm_pied", "Concession {} — dossier édité le {} par la Mission Bassin Minier "
                                         "(plugin QGIS Bassin minier)".format(inventory.concession_id,
                                                                              self.date_text))):
            QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
        models = self._take_continuation_models(layout)
        map_item = self._set_map(layout, inventory)
        top = self._set_legend(layout, map_item)
        _SectionFlow(layout, models).lay_out(sections, top)
        return layout

    def _set_map(self, layout, inventory):
        map_item = layout.itemById("carte")
        map_item.setLayers(self.map_layers)  # the first is drawn on top
        map_item.setKeepLayerSet(True)
        box = QgsRectangle(inventory.geometry.boundingBox()) if not is_empty(inventory.geometry) else \
            self.map_layers[0].extent()
        box.scale(1.12)
        ratio = map_item.rect().width() / max(map_item.rect().height(), 1e-9)
        centre, width, height = box.center(), max(box.width(), 1.0), max(box.height(), 1.0)
        if width / height < ratio:
            width = height * ratio
        else:
            height = width / ratio
        map_item.zoomToExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                           centre.x() + width / 2, centre.y() + height / 2))
        map_item.setScale(round_scale(map_item.scale()))
        scale_text = "Échelle 1 : {}".format(fr_number(map_item.scale(), 0))
        QgsExpressionContextUtils.setLayoutVariable(layout, "mbm_echelle", scale_text)
        for item in layout.items():
            if isinstance(item, QgsLayoutItemScaleBar):
                number_format = QgsBasicNumericFormat()
                number_format.setDecimalSeparator(",")
                number_format.setThousandsSeparator("\u00a0")
                number_format.setShowTrailingZeros(False)
                item.setNumericFormat(number_format)
                item.attemptResize(item.minimumSize())  # the box as tall as its bar and numbers
        return map_item

    def _set_legend(self, layout, map_item):
        """Fill the legend under the map; returns where the sections start (below the legend)."""
        legend = layout.itemById("legende")
        bottom = map_item.pos().y() + map_item.rect().height()
        for item in layout.items():  # what sits under the map: scale bar, north arrow, scale in words
            if getattr(item, "id", None) is not None and item.id() in ("echelle", "nord", "echelle_texte"):
                bottom = max(bottom, item.pos().y() + item.rect().height())
        if not isinstance(legend, QgsLayoutItemLegend):
            return bottom + GAP_MM
        legend.attemptMove(QgsLayoutPoint(legend.pos().x(), bottom + 1.0))  # under the scale bar, whatever its height
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for layer in self.legend_layers:
            root.addLayer(layer)
        legend.setLinkedMap(map_item)
        legend.setLegendFilterByMapEnabled(True)
        legend.updateFilterByMap(False)
        # The legend knows its size only once painted (QGIS computes it at the first paint): paint it on a
        # scratch image, then size it to its contents.
        image = QImage(20, 20, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        legend.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        legend.adjustBoxSize()
        return max(bottom, legend.pos().y() + legend.rect().height()) + GAP_MM

    @staticmethod
    def _take_continuation_models(layout):
        """Remove page 2 and its items from ``layout``; return {id: (document, root, top on the page)} of
        their XML."""
        pages = layout.pageCollection()
        models = {}
        if pages.pageCount() < 2:
            return models
        second = pages.page(1)
        top = second.pos().y()
        for item in list(layout.items()):
            if isinstance(item, QgsLayoutItemPage) or not hasattr(item, "writeXml") or not hasattr(item, "id"):
                continue
            if item.pos().y() >= top - 0.01:
                document = QDomDocument()
                root = document.createElement("items")
                document.appendChild(root)
                item.writeXml(root, document, QgsReadWriteContext())
                models[item.id()] = (document, root, item.pos().y() - top)
                layout.removeLayoutItem(item)
        while pages.pageCount() > 1:
            pages.deletePage(pages.pageCount() - 1)
        return models


class _SectionFlow:
    """Lays the sections out from a height on page 1 down, adding continuation pages as needed."""

    def __init__(self, layout, models):
        self.layout = layout
        self.models = models
        self.pages = layout.pageCollection()
        self.page_number = 0
        footer = layout.itemById("pied")
        self.bottom = (footer.pos().y() if footer is not None else 287.0) - FOOTER_GAP_MM
        self.left = layout.itemById("carte").pos().x()
        self.width = layout.itemById("carte").rect().width()
        title = models.get("titre_suite")
        self.continuation_top = (title[2] + 12.0) if title else 20.0
        self.context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        self.content_top = None  # where the content of a continuation page starts

    def _page_top(self):
        return self.pages.page(self.page_number).pos().y()

    def new_page(self):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(self.pages.page(0).pageSize())
        self.pages.addPage(page)
        self.page_number = self.pages.pageCount() - 1
        top = self._page_top()
        for name in CONTINUATION_ITEMS:
            if name in self.models:
                document, root, _offset = self.models[name]
                self.layout.addItemsFromXml(root, document, QgsReadWriteContext(), QPointF(0, top + 1), True)
        self.content_top = top + self.continuation_top
        return self.content_top

    def _label(self, model, text, y):
        document, root, _offset = self.models[model]
        items = self.layout.addItemsFromXml(root, document, QgsReadWriteContext(),
                                            QPointF(0, self._page_top() + 1), True)
        label = items[0]
        label.setId("")
        label.setText(text)
        label.attemptMove(QgsLayoutPoint(self.left, y))
        return label.pos().y() + label.rect().height()

    def lay_out(self, sections, top):
        y = top + self.pages.page(0).pos().y()
        for section in sections:
            y = self._section(section, y)

    def _section(self, section, y):
        heading = self.models[HEADING_MODEL][1].firstChildElement()
        heading_height = float(heading.attribute("size", "0,6,mm").split(",")[1])
        empty_height = float(self.models[EMPTY_MODEL][1].firstChildElement().attribute("size", "0,5,mm").split(",")[1])
        if not section.rows:
            if y + heading_height + empty_height > self.bottom + self._page_top():
                y = self.new_page()
            y = self._label(HEADING_MODEL, section.title, y)
            return self._label(EMPTY_MODEL, section.empty, y) + GAP_MM
        remaining = list(section.rows)
        title = section.title
        while remaining:
            table, frame = self._table(section, remaining)
            count = self._rows_fitting(table, frame, y + heading_height)
            at_top = self.content_top is not None and abs(y - self.content_top) < 0.01
            # A new page when not even one row fits under the heading, or when a short table would be cut
            # although a page holds it whole.
            if not at_top and (count == 0 or (title == section.title and count < len(remaining) <= KEEP_TOGETHER_ROWS)):
                self._drop(table)
                y = self.new_page()
                continue
            y = self._label(HEADING_MODEL, title, y)
            count = max(1, count)  # a row taller than a page: never seen, but never an endless loop
            table.setTableContents(self._cells(section, remaining[:count]))
            height = self._fit(table, frame, y, count) or self.bottom + self._page_top() - y
            frame.attemptSetSceneRect(QRectF(self.left, y, self.width, height))
            remaining = remaining[count:]
            y += height + GAP_MM
            if remaining:
                y = self.new_page()
                title = "{} (suite)".format(section.title)
        return y

    # --- tables -------------------------------------------------------------------------------------
    def _cells(self, section, rows):
        cells = []
        for row in rows:
            line = []
            for number, (text, css) in enumerate(row):
                cell = QgsTableCell(text)
                if css in TEXT_COLOURS:
                    cell.setForegroundColor(QColor(TEXT_COLOURS[css]))
                if number in section.numeric:
                    cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
                line.append(cell)
            cells.append(line)
        return cells

    def _table(self, section, rows):
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        count = len(section.headers)
        usable = self.width - count * 2 * CELL_MARGIN_MM - (count + 1) * GRID_MM
        weights = sum(section.widths)
        widths = [usable * weight / weights for weight in section.widths]
        columns = []
        for number, heading in enumerate(section.headers):
            column = QgsLayoutTableColumn()
            column.setHeading(heading)
            column.setWidth(widths[number])
            if number in section.numeric:
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            columns.append(column)
        table.setHeaders(columns)
        table.setColumnWidths(widths)
        table.setIncludeTableHeader(section.key != "sources")
        table.setShowGrid(section.key != "sources")
        table.setGridStrokeWidth(GRID_MM)
        table.setGridColor(QColor("#9a9a9a"))
        table.setCellMargin(CELL_MARGIN_MM)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setHeaderTextFormat(_text_format(7.5, True, "#3c1450"))
        table.setContentTextFormat(_text_format(7.5))
        header_style = QgsLayoutTableStyle()
        header_style.enabled = True
        header_style.cellBackgroundColor = QColor("#f1e8f4")
        table.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, header_style)
        table.setTableContents(self._cells(section, rows))
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame, False)
        return table, frame

    def _drop(self, table):
        for index in reversed(range(table.frameCount())):
            table.removeFrame(index, True)
        self.layout.removeMultiFrame(table)

    def _rows_shown(self, table, frame, y, height):
        frame.attemptSetSceneRect(QRectF(self.left, y, self.width, height))
        if frame.rect().height() > height + 0.01:  # the frame could not be made that small
            return 0
        return table.rowRange(self.context, 0)[1]

    def _rows_fitting(self, table, frame, y):
        return self._rows_shown(table, frame, y, self.bottom + self._page_top() - y)

    def _fit(self, table, frame, y, count):
        """The smallest frame height (mm) showing ``count`` rows from ``y``; None when even the rest of the
        page is too short."""
        high = self.bottom + self._page_top() - y
        if high <= 0 or self._rows_shown(table, frame, y, high) < count:
            return None
        low = 0.0
        while high - low > 0.25:
            middle = (low + high) / 2
            if self._rows_shown(table, frame, y, middle) >= count:
                high = middle
            else:
                low = middle
        return high + 0.2
