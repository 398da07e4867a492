"""The printed schema: A3 landscape PDF from resources/layouts/trame_verte_schema.qpt, styled with the
resources/styles/trame_verte_*.qml files, legend labels in French as in the regional atlas."""

import os

from qgis.core import (QgsCoordinateTransform, QgsLayoutExporter, QgsLegendRenderer, QgsLegendStyle,
                       QgsPrintLayout, QgsProject, QgsReadWriteContext, QgsRectangle)
from qgis.PyQt.QtXml import QDomDocument

from ..compat import text_render_always_text

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "resources")
TEMPLATE = os.path.join(RESOURCES, "layouts", "trame_verte_schema.qpt")
STYLES = os.path.join(RESOURCES, "styles")

LEGEND_RESERVOIRS = "Réservoir de biodiversité"
LEGEND_CONFLICTS = "Point de conflit"
LEGEND_CORRIDORS = "Corridors écologiques"
LEGEND_BACKGROUND = "Communes"
LEGEND_BARRIERS = "Obstacle (autoroute, voie ferrée)"


def style_path(role):
    """resources/styles/trame_verte_<role>.qml (reservoirs, corridors, conflits, fond, avancement)."""
    return os.path.join(STYLES, "trame_verte_{}.qml".format(role))


def apply_style(layer, role):
    """Load the plugin's style for a role onto a layer; True when it loaded."""
    _message, ok = layer.loadNamedStyle(style_path(role))
    layer.triggerRepaint()
    return ok


def _hidden_style():
    from qgis.core import Qgis

    return Qgis.LegendComponent.Hidden if hasattr(Qgis, "LegendComponent") else QgsLegendStyle.Style.Hidden


def _kilometres():
    from qgis.core import Qgis, QgsUnitTypes

    if hasattr(Qgis, "DistanceUnit"):
        return Qgis.DistanceUnit.Kilometers
    return QgsUnitTypes.DistanceUnit.DistanceKilometers


class LayoutError(RuntimeError):
    pass


def _extent(layers, crs, transform_context):
    extent = QgsRectangle()
    for layer in layers:
        if layer.featureCount() == 0:
            continue
        box = layer.extent()
        if layer.crs() != crs:
            box = QgsCoordinateTransform(layer.crs(), crs, transform_context).transformBoundingBox(box)
        if extent.isNull() or extent.isEmpty():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent


def export_schema_pdf(reservoirs, corridors, conflicts, background, title, pdf_path, transform_context=None,
                      barriers=()):
    """Write the A3 landscape PDF of the schema. Layers are cloned and styled: the caller's are untouched.
    barriers: optional line layers drawn as obstacles. Returns the list of legend labels."""
    layout, labels, _project = schema_layout(reservoirs, corridors, conflicts, background, title,
                                             transform_context, barriers)
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = text_render_always_text()  # real text in the PDF: searchable, copyable
    result = exporter.exportToPdf(pdf_path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        # errorMessage() only exists from QGIS 3.34; a file error is what users meet (folder, open file).
        detail = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
        if result == QgsLayoutExporter.ExportResult.FileError:
            raise LayoutError("impossible d'écrire le fichier {} {}".format(pdf_path, detail).strip())
        raise LayoutError("échec de l'export PDF (code {}) {}".format(int(result), detail).strip())
    return labels


def schema_layout(reservoirs, corridors, conflicts, background, title, transform_context=None, barriers=()):
    """The print layout of the schema: (layout, legend labels, the private project holding the styled copies
    of the layers — keep it while the layout is used)."""
    from .layers import working_crs

    project = QgsProject()
    if transform_context is not None:
        project.setTransformContext(transform_context)
    layers = []
    for layer, role, name in ((background, "fond", LEGEND_BACKGROUND), (reservoirs, "reservoirs", LEGEND_RESERVOIRS),
                              (corridors, "corridors", LEGEND_CORRIDORS), (conflicts, "conflits", LEGEND_CONFLICTS)):
        if layer is None:
            layers.append(None)
            continue
        clone = layer.clone()
        clone.setName(name)
        if not apply_style(clone, role):
            raise LayoutError("style {} illisible".format(style_path(role)))
        layers.append(clone)
    obstacles = []
    for layer in barriers or ():
        clone = layer.clone()
        clone.setName(LEGEND_BARRIERS)
        apply_style(clone, "obstacles")
        obstacles.append(clone)
    project.addMapLayers([layer for layer in layers + obstacles if layer is not None], False)
    background, reservoirs, corridors, conflicts = layers
    crs = working_crs([reservoirs])  # a schema in degrees (WGS 84) is printed in Lambert-93, as the atlas is
    project.setCrs(crs)

    document = QDomDocument()
    with open(TEMPLATE, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise LayoutError("modèle de mise en page illisible : {}".format(TEMPLATE))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise LayoutError("modèle de mise en page illisible : {}".format(TEMPLATE))
    layout.setName(title)
    title_item = layout.itemById("titre")
    title_item.setText(title)
    map_item = layout.itemById("carte")
    drawn = [layer for layer in [conflicts, corridors] + obstacles + [reservoirs, background] if layer is not None]
    map_item.setCrs(crs)
    map_item.setLayers(drawn)
    map_item.setKeepLayerSet(True)
    extent = _extent([layer for layer in (reservoirs, corridors, conflicts) if layer is not None], crs,
                     project.transformContext())
    if extent.isNull() or extent.isEmpty():
        extent = _extent(drawn, crs, project.transformContext())
    if not extent.isNull() and not extent.isEmpty():
        extent.scale(1.05)
        map_item.zoomToExtent(extent)

    legend = layout.itemById("legende")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    labels = []
    for layer in (reservoirs, corridors, conflicts, obstacles[0] if obstacles else None, background):
        if layer is None:
            continue
        node = root.addLayer(layer)
        if layer is corridors:  # only its two categories show, not the layer's name
            QgsLegendRenderer.setNodeLegendStyle(node, _hidden_style())
            labels += [category.label() for category in layer.renderer().categories()]
        else:
            labels.append(layer.name())
    legend.adjustBoxSize()
    scale_bar = layout.itemById("echelle")
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize(_kilometres())
    scale_bar.setUnitLabel("km")
    north = layout.itemById("nord")
    north.setLinkedMap(map_item)
    layout.refresh()
    return layout, labels, project
