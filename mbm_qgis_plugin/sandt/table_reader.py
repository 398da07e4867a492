"""Read a programme table (CSV in UTF-8 or cp1252 with `;` or `,`, XLSX, ODS, or any table layer)
through QGIS providers, into a header list and rows of Python values."""

import datetime
import os

from .planning import TableError

SPREADSHEET_EXTENSIONS = (".xlsx", ".xls", ".ods")
TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")


_QT_TYPES = None


def _qt_types():
    global _QT_TYPES
    if _QT_TYPES is None:
        from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

        _QT_TYPES = (QVariant, QDateTime, QDate)
    return _QT_TYPES


def python_value(value):
    """A QGIS attribute as a plain Python value (NULL → None, QDate → date)."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    qvariant, qdatetime, qdate = _qt_types()
    if isinstance(value, qvariant):
        return None if value.isNull() else python_value(value.value())
    if isinstance(value, qdatetime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, qdate):
        return value.toPyDate() if value.isValid() else None
    return value


def detect_encoding(data):
    """The delimited text provider's name of the encoding of ``data``: 'UTF-16' with a UTF-16 byte order
    mark (Excel's "Unicode text"), 'UTF-8' when the bytes decode as UTF-8 (with or without BOM), else
    'windows-1252'."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    try:
        data.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        return "windows-1252"


def detect_separator(first_line):
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    separator = max(counts, key=lambda s: counts[s])
    return separator if counts[separator] else ";"


def split_source(source):
    """'file.xlsx|layername=Feuil2' → ('file.xlsx', 'Feuil2')."""
    path, _sep, options = str(source).partition("|")
    sheet = None
    for option in options.split("|"):
        if option.startswith("layername="):
            sheet = option[len("layername="):]
    return path, sheet


def read_table(source):
    """(headers, rows, description) of ``source``: a QgsVectorLayer or a file path (optionally with
    ``|layername=sheet``). Raises TableError with a French message when it cannot be read."""
    failure = None
    try:
        return _read_table(source)
    except TableError as error:
        # a fresh error: the traceback's frames would keep the layers opened here alive
        failure = TableError(*error.args)
    raise failure


def _read_table(source):
    from qgis.core import QgsVectorLayer

    if isinstance(source, QgsVectorLayer):
        return _read_layer(source, source.name())
    path, sheet = split_source(source)
    if not path or not os.path.isfile(path):
        raise TableError("Le fichier « {} » est introuvable : vérifier le chemin.".format(path))
    name = os.path.basename(path)
    extension = os.path.splitext(path)[1].lower()
    if os.path.getsize(path) == 0:
        raise TableError("Le fichier « {} » est vide.".format(name))
    if extension in SPREADSHEET_EXTENSIONS:
        return _read_spreadsheet(path, sheet, name)
    if extension in TEXT_EXTENSIONS or extension == "":
        return _read_csv(path, name)
    layer = QgsVectorLayer(source, name, "ogr")
    if not layer.isValid():
        raise TableError("Le fichier « {} » n'est pas un tableau lisible (CSV, XLSX, ODS).".format(name))
    return _read_layer(layer, name)


def _read_csv(path, name):
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QUrl, QUrlQuery

    with open(path, "rb") as handle:
        data = handle.read()
    encoding = detect_encoding(data)
    if encoding != "UTF-16" and b"\x00" in data[:65536]:
        raise TableError("Le fichier « {} » n'est pas un texte CSV (contenu binaire) : l'enregistrer en CSV "
                         "ou en XLSX.".format(name))
    text = data.decode({"UTF-8": "utf-8-sig", "UTF-16": "utf-16"}.get(encoding, "cp1252"), errors="replace")
    if not text.strip(" \r\n\t\ufeff"):
        raise TableError("Le fichier « {} » est vide.".format(name))
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    separator = detect_separator(first_line)
    url = QUrl.fromLocalFile(path)
    query = QUrlQuery()
    # the provider reads a tab written as \t (a real tab character does not survive the URL)
    for key, value in (("type", "csv"), ("delimiter", separator.replace("\t", "\\t")), ("encoding", encoding),
                       ("detectTypes", "no"),
                       ("geomType", "none"), ("useHeader", "yes"), ("trimFields", "yes"), ("watchFile", "no"),
                       ("skipEmptyFields", "no")):
        query.addQueryItem(key, value)
    url.setQuery(query)
    # percent-encoded: the provider reads the URI as Latin-1, so "Programmé.csv" in toString() is not found
    layer = QgsVectorLayer(bytes(url.toEncoded()).decode("ascii"), name, "delimitedtext")
    if not layer.isValid():
        raise TableError("Le fichier « {} » n'a pas pu être lu comme un CSV (séparateur « {} », encodage {}).".format(
            name, separator, encoding))
    headers, rows, _description = _read_layer(layer, name)
    # The delimited text provider keeps a UTF-8 BOM on the first header on some versions.
    headers = [h.lstrip("\ufeff") for h in headers]
    if rows and headers:
        if any(h.startswith("\ufeff") for h in rows[0] or {}):
            rows = [None if r is None else {k.lstrip("\ufeff"): v for k, v in r.items()} for r in rows]
    description = "{} (CSV, séparateur « {} », {})".format(name, "tabulation" if separator == "\t" else separator,
                                                           "cp1252" if encoding == "windows-1252" else encoding)
    return headers, rows, description


def _read_spreadsheet(path, sheet, name):
    from osgeo import gdal, ogr

    from ..compat import gdal_open
    from qgis.core import QgsVectorLayer

    dataset = gdal_open(ogr.Open, path)
    if dataset is None:
        raise TableError("Le fichier « {} » n'est pas un classeur lisible (XLSX ou ODS) : le réenregistrer.".format(name))
    sheets = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    if not sheets:
        raise TableError("Le classeur « {} » n'a aucune feuille.".format(name))
    if sheet is None:
        sheet = sheets[0]
    elif sheet not in sheets:
        raise TableError("La feuille « {} » n'existe pas dans « {} » (feuilles : {}).".format(
            sheet, name, ", ".join(sheets)))
    # The first row is the header, even when it holds numbers (e.g. "2026").
    options = {"OGR_XLSX_HEADERS": "FORCE", "OGR_ODS_HEADERS": "FORCE"}
    previous = {key: gdal.GetConfigOption(key) for key in options}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        layer = QgsVectorLayer("{}|layername={}".format(path, sheet), name, "ogr")
        if not layer.isValid():
            raise TableError("La feuille « {} » de « {} » n'a pas pu être lue.".format(sheet, name))
        headers, rows, _description = _read_layer(layer, name)
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)
    return headers, rows, "{} (feuille « {} »)".format(name, sheet)


def _read_layer(layer, name):
    headers = [field.name() for field in layer.fields()]
    rows = []
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest()
    request.setFlags(_no_geometry())
    for feature in layer.getFeatures(request):
        values = [python_value(v) for v in feature.attributes()]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            rows.append(None)  # a blank line keeps its number but is no data row
            continue
        rows.append(dict(zip(headers, values)))
    if not headers:
        raise TableError("Le tableau « {} » n'a aucune colonne : la première ligne doit porter les en-têtes.".format(name))
    return headers, rows, name


def file_sha256(path):
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def today():
    return datetime.date.today()


def _no_geometry():
    """The NoGeometry request flag (Qgis.FeatureRequestFlag in QGIS 3.36+)."""
    from qgis.core import QgsFeatureRequest

    from ..compat import scoped_enum

    return scoped_enum("FeatureRequestFlag", QgsFeatureRequest, "NoGeometry")
