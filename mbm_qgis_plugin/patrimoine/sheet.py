"""One PDF sheet per cité, printed by the atlas of ``resources/layouts/patrimoine_fiche.qpt``.

The layout's texts come from fields of a memory coverage layer computed here (French words and numbers, see
sheet_text.py); its layers are memory copies in a private QgsProject, so the user's project is left alone.
The VRD operations fill an attribute table whose first frame is on page 1 and second frame on page 2 (a
page that is not printed when its frame stays empty); a cité with more operations than both frames hold
gets further pages, each a copy of page 2, so that no operation is ever cut off.
"""

import os
import re
import unicodedata

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtXml import QDomDocument

from ..compat import LAMBERT_93, make_field, text_render_always_text
from ..i18n import translate
from . import sheet_text
from ..hazards import hazard_level, hazard_type_label
from .crossing import unesco_kind
from .grid import DEFAULT_CRITERIA

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAYOUT_PATH = os.path.join(PLUGIN_DIR, "resources", "layouts", "patrimoine_fiche.qpt")
STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
SHEET_CRS = LAMBERT_93
# (field, heading, right-aligned, width in mm): with the 1 mm margins of each cell, the 190 mm of the frames
OPERATION_COLUMNS = (("annee", "Année", False, 20), ("reseau", "Réseau", False, 43), ("statut", "Statut", False, 33),
                     ("montant", "Montant HT", True, 42), ("fin", "Fin des travaux", False, 40))
MIN_MAP_WIDTH_M = 1200.0


class SheetError(RuntimeError):
    """The layout could not be prepared (a missing or broken template)."""


def sheet_basename(cite_id, taken):
    """'C0012' as a file name (letters, digits, _ and - only), unique within ``taken`` (which it updates)."""
    text = unicodedata.normalize("NFKD", str(cite_id or "")).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^0-9A-Za-z_-]+", "_", text).strip("_") or "cite"
    name, number = stem, 1
    while name.lower() in taken:
        number += 1
        name = "{}_{}".format(stem, number)
    taken.add(name.lower())
    return name


def map_extent(cite_box, commune_box, ratio):
    """The map's extent: the cité's commune (or, without it, at least 1.2 km around the cité), a margin, and the
    map item's width / height ``ratio``."""
    box = QgsRectangle(cite_box)
    if commune_box is not None and not commune_box.isEmpty():
        box.combineExtentWith(commune_box)
    box.scale(1.08)
    if box.width() < MIN_MAP_WIDTH_M:
        box.scale(MIN_MAP_WIDTH_M / max(box.width(), 1.0))
    centre, width, height = box.center(), box.width(), max(box.height(), 1e-9)
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def _memory_layer(kind, name, fields, rows, style=None):
    """A memory layer (``kind``: MultiPolygon or None for a table) from rows (geometry or None, attributes)."""
    uri = "{}?crs={}".format(kind, SHEET_CRS) if kind else "None"
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([make_field(*spec) for spec in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None and not geometry.isNull():
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    if style:
        layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
    return layer


def coverage_fields():
    fields = [("cite_id", "String"), ("nom", "String"), ("commune", "String"), ("insee", "String"),
              ("titre", "String"), ("classe", "String"), ("classe_texte", "String"), ("classe_couleur", "String"),
              ("chiffres_texte", "String")]
    for criterion in DEFAULT_CRITERIA:
        fields += [("score_" + criterion, "Double"), ("score_texte_" + criterion, "String")]
    fields += [("unesco_texte", "String"), ("aleas_texte", "String"), ("vrd_texte", "String"),
               ("carte_xmin", "Double"), ("carte_ymin", "Double"), ("carte_xmax", "Double"), ("carte_ymax", "Double"),
               ("fichier", "String")]
    return fields


class SheetPrinter:
    """Prints the sheets of a list of cités (dicts, see :meth:`print_sheets`)."""

    def __init__(self, cites, graded_count, known, sources, date_text, communes=None, hazards=None, unesco=None):
        """``cites``: dicts with cite_id, nom, commune, insee, classe, note, rang, stabilite, criteres_manquants,
        scores {criterion: value}, unesco, alea_max, aleas, in_base, operations, geometry (in EPSG:2154),
        fichier. ``known``: {'unesco': bool, 'aleas': bool}, whether the crossing had those layers.
        ``communes`` [(geometry, insee, nom)], ``hazards`` [(geometry, type, niveau)], ``unesco``
        [(geometry, type)]: optional context of the maps, in EPSG:2154."""
        self.cites = cites
        self.graded_count = graded_count
        self.known = known
        self.sources = sources
        self.date_text = date_text
        self.communes = communes
        self.hazards = hazards
        self.unesco = unesco
        self.project = None
        self.layout = None
        self.table = None
        self._extra = []  # (kind, object) added for a long cité, removed before the next one

    # --- the layers -------------------------------------------------------------------------------------
    def _commune_boxes(self):
        by_insee, by_name = {}, {}
        for geometry, insee, nom in self.communes or []:
            if geometry is None or geometry.isNull():
                continue
            for index, key in ((by_insee, insee), (by_name, sheet_text_key(nom))):
                if key:
                    box = index.get(key)
                    index[key] = QgsRectangle(geometry.boundingBox()) if box is None else _union(box, geometry)
        return by_insee, by_name

    def _coverage(self, ratio):
        by_insee, by_name = self._commune_boxes()
        ranks = {}
        for cite in self.cites:
            if cite.get("rang") is not None:
                ranks[cite["rang"]] = ranks.get(cite["rang"], 0) + 1
        rows = []
        for cite in self.cites:
            geometry = cite.get("geometry")
            cite_box = geometry.boundingBox() if geometry is not None and not geometry.isNull() else QgsRectangle()
            commune_box = by_insee.get(cite.get("insee")) or by_name.get(sheet_text_key(cite.get("commune")))
            box = map_extent(cite_box, commune_box, ratio) if not cite_box.isEmpty() else QgsRectangle()
            attributes = [cite.get("cite_id"), cite.get("nom"), cite.get("commune"), cite.get("insee"),
                          sheet_text.title(cite), cite.get("classe"), sheet_text.class_text(cite.get("classe")),
                          sheet_text.class_colour(cite.get("classe")),
                          sheet_text.numbers_text(cite, self.graded_count, cite.get("ex_aequo") or
                                                  ranks.get(cite.get("rang"), 1))]
            for criterion in DEFAULT_CRITERIA:
                score = cite.get("scores", {}).get(criterion)
                attributes += [score, sheet_text.score_text(score)]
            attributes += [sheet_text.unesco_text(cite.get("unesco"), self.known.get("unesco", False)),
                           sheet_text.hazards_text(cite.get("alea_max"), cite.get("aleas"),
                                                   self.known.get("aleas", False)),
                           sheet_text.vrd_text(cite.get("in_base"), cite.get("operations") or []),
                           box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), cite["fichier"]]
            rows.append((geometry, attributes))
        return _memory_layer("MultiPolygon", "Cités minières", coverage_fields(), rows, "patrimoine_fiche_cites.qml")

    def _operations(self):
        rows = []
        for cite in self.cites:
            for operation in cite.get("operations") or []:
                rows.append((None, [cite["cite_id"]] + sheet_text.operation_row(operation)))
        return _memory_layer(None, "Opérations", [("cite_id", "String")] + [(column[0], "String") for column in
                                                                           OPERATION_COLUMNS], rows)

    def _context_layers(self):
        layers = []
        if self.unesco is not None:
            layers.append(_memory_layer("MultiPolygon", "Patrimoine mondial UNESCO", [("type", "String")],
                                        [(g, [unesco_kind(t)]) for g, t in self.unesco], "patrimoine_unesco.qml"))
        if self.hazards is not None:
            layers.append(_memory_layer("MultiPolygon", "Aléas miniers", [("type", "String"), ("niveau", "String")],
                                        [(g, [hazard_type_label(t), hazard_level(n)]) for g, t, n in self.hazards],
                                        "concessions_aleas.qml"))
        return layers

    # --- the layout -------------------------------------------------------------------------------------
    def _load_layout(self):
        self.project = QgsProject()
        layout = QgsPrintLayout(self.project)
        document = QDomDocument()
        try:
            with open(LAYOUT_PATH, encoding="utf-8") as handle:
                document.setContent(handle.read())
        except OSError as error:
            raise SheetError(translate("PatrimoineSheet", "the layout template cannot be read: {} ({})").format(
                LAYOUT_PATH, error)) from None
        layout.loadFromTemplate(document, QgsReadWriteContext())
        map_item = layout.itemById("carte")
        table_frame = layout.itemById("operations_1")
        if not isinstance(map_item, QgsLayoutItemMap) or table_frame is None or layout.pageCollection().pageCount() < 2:
            raise SheetError(translate("PatrimoineSheet", "the layout template lacks the map, the table or its second "
                                       "page: {}").format(LAYOUT_PATH))
        self.layout = layout
        self.table = table_frame.multiFrame()
        return layout, map_item

    def _continuation_template(self):
        """The XML of page 2's items (title, sources) other than the table's frame, to copy onto further pages."""
        document = QDomDocument()
        root = document.createElement("items")
        document.appendChild(root)
        second = self.layout.pageCollection().page(1)
        top, bottom = second.pos().y(), second.pos().y() + second.rect().height()
        for item in self.layout.items():
            if not hasattr(item, "writeXml") or isinstance(item, (QgsLayoutFrame, QgsLayoutItemPage)):
                continue
            if not hasattr(item, "id") or not item.id():
                continue
            if top <= item.pos().y() < bottom:
                item.writeXml(root, document, QgsReadWriteContext())
        return document, root

    def _frame_geometry(self):
        frame = self.table.frame(1)
        page = self.layout.pageCollection().page(1)
        return frame, QRectF(frame.pos().x(), frame.pos().y() - page.pos().y(), frame.rect().width(),
                             frame.rect().height())

    def _rows_left_out(self):
        """How many rows of the table no frame shows."""
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        rows = len(self.table.contents())
        if rows == 0:
            return 0
        _first, end = self.table.rowRange(context, self.table.frameCount() - 1)
        return max(0, rows - end)

    def _extend_pages(self, template):
        """Add pages (a copy of page 2 and a table frame) until every operation is shown."""
        document, root = template
        model, geometry = self._frame_geometry()
        pages = self.layout.pageCollection()
        while self._rows_left_out() > 0 and pages.pageCount() < 50:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(pages.page(1).pageSize())
            pages.addPage(page)
            self._extra.append(("page", page))
            top = page.pos().y()
            for item in self.layout.addItemsFromXml(root, document, QgsReadWriteContext(), QPointF(0, top + 1), True):
                self._extra.append(("item", item))
            frame = QgsLayoutFrame(self.layout, self.table)
            frame.attemptSetSceneRect(QRectF(geometry.x(), top + geometry.y(), geometry.width(), geometry.height()))
            frame.setFrameEnabled(model.frameEnabled())
            frame.setBackgroundEnabled(model.hasBackground())
            self.table.addFrame(frame, True)
            self._extra.append(("frame", frame))
            self.table.recalculateFrameSizes()

    def _remove_extra_pages(self):
        for kind, item in reversed(self._extra):
            if kind == "frame":
                index = self.table.frameIndex(item)
                if index >= 0:
                    self.table.removeFrame(index, False)
            elif kind == "item":
                self.layout.removeLayoutItem(item)
        for kind, item in reversed(self._extra):
            if kind == "page":
                self.layout.pageCollection().deletePage(item)
        self._extra = []

    def print_sheets(self, folder, feedback=None):
        """Write ``<fichier>.pdf`` of every cité into ``folder``; returns {cite_id: pdf path} of those written."""
        layout, map_item = self._load_layout()
        ratio = map_item.rect().width() / max(map_item.rect().height(), 1e-9)
        coverage = self._coverage(ratio)
        operations = self._operations()
        layers = self._context_layers() + [coverage]
        communes = None
        if self.communes is not None:
            communes = _memory_layer("MultiPolygon", "Communes", [("insee", "String"), ("nom", "String")],
                                     [(g, [i, n]) for g, i, n in self.communes], "patrimoine_fiche_communes.qml")
            layers.append(communes)
        self.project.addMapLayers(layers + [operations])
        self.project.setCrs(QgsCoordinateReferenceSystem(SHEET_CRS))
        QgsExpressionContextUtils.setLayoutVariable(layout, "mbm_sources", self.sources)
        QgsExpressionContextUtils.setLayoutVariable(layout, "mbm_date", self.date_text)
        map_item.setCrs(QgsCoordinateReferenceSystem(SHEET_CRS))
        map_item.setLayers(layers)  # the first is drawn on top
        map_item.setKeepLayerSet(True)
        # A start with the item's own proportions (setExtent would otherwise resize the item), then each
        # sheet zooms to its commune (zoomToExtent keeps the item's size).
        map_item.setExtent(map_extent(coverage.extent(), None, ratio))

        self.table.setVectorLayer(operations)
        self.table.setMaximumNumberOfFeatures(max(1000, operations.featureCount()))  # never cut a history off
        self.table.setFilterFeatures(True)
        self.table.setFeatureFilter("\"cite_id\" = attribute(@atlas_feature, 'cite_id')")
        _set_columns(self.table, OPERATION_COLUMNS)
        template = self._continuation_template()

        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        atlas.setPageNameExpression('"cite_id"')
        atlas.setFilenameExpression('"fichier"')
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        settings.textRenderFormat = text_render_always_text()  # real text: searchable, copyable
        exporter = QgsLayoutExporter(layout)
        by_file = {cite["fichier"]: cite["cite_id"] for cite in self.cites}
        written = {}
        atlas.beginRender()
        total = atlas.count()
        for number in range(total):
            if feedback is not None and feedback.isCanceled():
                break
            self._remove_extra_pages()
            if not atlas.seekTo(number):
                continue
            feature = layout.reportContext().feature()
            if feature["carte_xmin"] is not None and feature["carte_xmax"] is not None:
                map_item.zoomToExtent(QgsRectangle(feature["carte_xmin"], feature["carte_ymin"], feature["carte_xmax"],
                                                   feature["carte_ymax"]))
            self._extend_pages(template)
            name = atlas.currentFilename()
            path = os.path.join(folder, "{}.pdf".format(name))
            if exporter.exportToPdf(path, settings) == QgsLayoutExporter.ExportResult.Success:
                written[by_file.get(name)] = path
            if feedback is not None:
                feedback.setProgress(100.0 * (number + 1) / total)
        atlas.endRender()
        self._remove_extra_pages()
        self.layout = self.table = None
        del exporter, layout
        self.project.removeAllMapLayers()
        self.project = None
        return written


def sheet_text_key(name):
    """A commune name compared whatever its case and accents."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().replace("-", " ").split())


def _union(box, geometry):
    box = QgsRectangle(box)
    box.combineExtentWith(geometry.boundingBox())
    return box


def _set_columns(table, columns):
    result = []
    for name, heading, right, width in columns:
        column = QgsLayoutTableColumn()
        column.setAttribute(name)
        column.setHeading(heading)
        column.setWidth(width)
        if right:
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        result.append(column)
    if hasattr(table, "setColumns"):
        table.setColumns(result)
    if hasattr(table, "setDisplayColumns"):
        table.setDisplayColumns(result)


def to_sheet_crs(geometry, transform):
    """A copy of ``geometry`` in EPSG:2154 (``transform`` None when it already is)."""
    copy = QgsGeometry(geometry)
    if transform is not None and not copy.isNull():
        copy.transform(transform)
    return copy


def sheet_transform(crs, transform_context):
    target = QgsCoordinateReferenceSystem(SHEET_CRS)
    if not crs.isValid() or crs == target:
        return None
    return QgsCoordinateTransform(crs, target, transform_context)
