"""The few places where QGIS 3.22 and QGIS 3.34+/4 differ. Everything else calls QGIS directly."""

import math

from qgis.core import Qgis, QgsException, QgsProviderConnectionException, QgsWkbTypes

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT if hasattr(Qgis, "QGIS_VERSION_INT") else Qgis.versionInt()

# Lambert-93, the CRS of the Mission's data and of everything the plugin writes.
LAMBERT_93 = "EPSG:2154"


# What QGIS's provider connections raise. In the Python bindings QgsProviderConnectionException is not a
# QgsException (both derive from Exception only): catching QgsException alone lets a damaged GeoPackage or
# a PostgreSQL server gone escape as a traceback (QGIS 3.40 raises it for a file that is no GeoPackage).
PROVIDER_ERRORS = (QgsException, QgsProviderConnectionException)


def is_null(value):
    """True for None, a QGIS NULL (a null QVariant, whatever the QGIS and PyQt version) and NaN."""
    if value is None:
        return True
    if hasattr(value, "isNull") and not isinstance(value, str):
        try:
            return bool(value.isNull())
        except TypeError:
            return False
    return isinstance(value, float) and math.isnan(value)


def plain(value):
    """A QGIS attribute as plain Python: None for NULL, the value itself otherwise."""
    return None if is_null(value) else value


def text_or_empty(value):
    """An attribute as stripped text, "" for NULL."""
    return "" if is_null(value) else str(value).strip()


def geometry_type(layer_or_geometry):
    """The geometry type (point / line / polygon) as QgsWkbTypes.GeometryType or Qgis.GeometryType."""
    return layer_or_geometry.geometryType()


def is_polygon(layer_or_geometry):
    return int(_as_int(geometry_type(layer_or_geometry))) == int(_as_int(_polygon_type()))


def is_line(layer_or_geometry):
    return int(_as_int(geometry_type(layer_or_geometry))) == int(_as_int(_line_type()))


def _polygon_type():
    return Qgis.GeometryType.Polygon if hasattr(Qgis, "GeometryType") else QgsWkbTypes.GeometryType.PolygonGeometry


def _line_type():
    return Qgis.GeometryType.Line if hasattr(Qgis, "GeometryType") else QgsWkbTypes.GeometryType.LineGeometry


def _point_type():
    return Qgis.GeometryType.Point if hasattr(Qgis, "GeometryType") else QgsWkbTypes.GeometryType.PointGeometry


def _as_int(value):
    return value.value if hasattr(value, "value") and not isinstance(value, int) else value


def wkb_type(name):
    """A WKB type by name ('MultiPolygon', 'Point', 'NoGeometry'…), QgsWkbTypes or Qgis.WkbType."""
    if hasattr(Qgis, "WkbType"):
        return getattr(Qgis.WkbType, name)
    return getattr(QgsWkbTypes, name)


def field_type(name):
    """A field type by name ('String', 'Int', 'LongLong', 'Double', 'Date', 'DateTime', 'Bool').

    QGIS 3.38+ prefers QMetaType.Type; QGIS 3.22 wants QVariant.Type. QgsField accepts both where it
    exists, so take QMetaType only when QGIS has QgsField(…, QMetaType.Type).
    """
    from qgis.PyQt.QtCore import QVariant

    if QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        mapping = {"String": "QString", "Int": "Int", "LongLong": "LongLong", "Double": "Double",
                   "Date": "QDate", "DateTime": "QDateTime", "Bool": "Bool"}
        return getattr(QMetaType.Type, mapping[name])
    mapping = {"String": "String", "Int": "Int", "LongLong": "LongLong", "Double": "Double",
               "Date": "Date", "DateTime": "DateTime", "Bool": "Bool"}
    return getattr(QVariant, mapping[name])


def make_field(name, type_name, length=0, precision=0):
    from qgis.core import QgsField

    field = QgsField(name, field_type(type_name))
    if length:
        field.setLength(length)
    if precision:
        field.setPrecision(precision)
    return field


def make_fields(specs):
    """QgsFields from (name, type name[, length[, precision]]) tuples, in order."""
    from qgis.core import QgsFields

    fields = QgsFields()
    for spec in specs:
        fields.append(make_field(*spec))
    return fields


def processing_flag(name):
    """A QgsProcessingParameterDefinition flag ('FlagAdvanced' → Qgis.ProcessingParameterFlag.Advanced)."""
    from qgis.core import QgsProcessingParameterDefinition

    if hasattr(Qgis, "ProcessingParameterFlag"):
        return getattr(Qgis.ProcessingParameterFlag, name.replace("Flag", "", 1))
    return getattr(QgsProcessingParameterDefinition, name)


def source_type(name):
    """A processing source type ('TypeVectorPolygon' → Qgis.ProcessingSourceType.VectorPolygon)."""
    from qgis.core import QgsProcessing

    if hasattr(Qgis, "ProcessingSourceType"):
        return getattr(Qgis.ProcessingSourceType, name.replace("Type", "", 1))
    return getattr(QgsProcessing, name)


def scoped_enum(qgis_enum, legacy_class, name):
    """A value of an enum QGIS moved into ``Qgis`` (3.36+), e.g. scoped_enum('ProcessingNumberParameterType',
    QgsProcessingParameterNumber, 'Integer'): Qgis.ProcessingNumberParameterType.Integer where it exists,
    else the legacy ``QgsProcessingParameterNumber.Integer``."""
    if hasattr(Qgis, qgis_enum):
        return getattr(getattr(Qgis, qgis_enum), name)
    return getattr(legacy_class, name)


def is_polygon_geometry(geometry):
    """True for a (multi)polygon QgsGeometry (QgsGeometry.geometryType() does not exist before QGIS 3.30)."""
    return int(_as_int(QgsWkbTypes.geometryType(geometry.wkbType()))) == int(_as_int(_polygon_type()))


def source_geometry_is(source, name):
    """True when a feature source (it has wkbType(), not geometryType()) holds 'Point', 'Line' or
    'Polygon' geometries (QgsWkbTypes.geometryType returns Qgis.GeometryType from QGIS 3.30)."""
    return wkb_geometry_is(source.wkbType(), name)


def wkb_geometry_is(wkb, name):
    """True when the WKB type ``wkb`` is of 'Point', 'Line' or 'Polygon' geometry (multi and curved
    types included; a GeometryCollection is none of them)."""
    kind = QgsWkbTypes.geometryType(wkb)
    wanted = {"Point": _point_type, "Line": _line_type, "Polygon": _polygon_type}[name]()
    return int(_as_int(kind)) == int(_as_int(wanted))


def gdal_open(opener, *args, **kwargs):
    """Call a GDAL/OGR opener (ogr.Open, gdal.OpenEx…) and return None when it cannot open the file,
    whether GDAL's Python exceptions are on (as QGIS 3.40 / GDAL 3.10 may leave them) or off (3.22)."""
    try:
        return opener(*args, **kwargs)
    except RuntimeError:
        return None


def text_render_always_text():
    """The PDF text format "always text" (searchable, copyable): Qgis.TextRenderFormat exists since
    QGIS 3.22, the oldest QGIS this plugin runs on."""
    return Qgis.TextRenderFormat.AlwaysText


def layer_filter(name):
    """A QgsMapLayerComboBox filter by name ('PolygonLayer', 'HasGeometry'): Qgis.LayerFilter from QGIS 3.34,
    QgsMapLayerProxyModel.Filter before."""
    from qgis.core import QgsMapLayerProxyModel

    if hasattr(Qgis, "LayerFilter"):
        return getattr(Qgis.LayerFilter, name)
    return getattr(QgsMapLayerProxyModel.Filter, name)


def number_type_double():
    """QgsProcessingParameterNumber's Double type (Qgis.ProcessingNumberParameterType from 3.36)."""
    from qgis.core import QgsProcessingParameterNumber

    return scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, "Double")


def no_threading_flag():
    """The flag of algorithms that must run in the main thread (they render print layouts)."""
    from qgis.core import QgsProcessingAlgorithm

    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


def skip_geometry_checks_flag():
    """QgsProcessingFeatureSource's SkipGeometryValidityChecks flag (Qgis.ProcessingFeatureSourceFlag
    from QGIS 3.36)."""
    from qgis.core import QgsProcessingFeatureSource

    if hasattr(Qgis, "ProcessingFeatureSourceFlag"):
        return Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
    return QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


def field_filter(name):
    """A QgsFieldComboBox filter by name ('Numeric', 'String'): Qgis.FieldFilter from QGIS 3.34,
    QgsFieldProxyModel's before."""
    from qgis.core import QgsFieldProxyModel

    if hasattr(Qgis, "FieldFilter"):
        return getattr(Qgis.FieldFilter, name)
    return getattr(QgsFieldProxyModel, name)


def distance_meters():
    """The metre distance unit (Qgis.DistanceUnit from QGIS 3.30, QgsUnitTypes before)."""
    from qgis.core import QgsUnitTypes

    if hasattr(Qgis, "DistanceUnit"):
        return Qgis.DistanceUnit.Meters
    return QgsUnitTypes.DistanceUnit.DistanceMeters


def layout_millimeters():
    """The millimetre layout unit (Qgis.LayoutUnit from QGIS 3.30, QgsUnitTypes before)."""
    from qgis.core import QgsUnitTypes

    if hasattr(Qgis, "LayoutUnit"):
        return Qgis.LayoutUnit.Millimeters
    return QgsUnitTypes.LayoutUnit.LayoutMillimeters
