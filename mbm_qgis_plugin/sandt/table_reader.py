"""Read a programme table — CSV in UTF-8, cp1252 or UTF-16 with `;`, `,` or tab, XLSX or ODS through OGR,
or any table layer of the project — into records that each know their line, so that every data line of
the file is accounted for in the report.

The header is the first row whose cells name the needed columns: title lines above it are skipped, and
``ligne`` is the number of a data line counted from the line after the header (1 = the line just below
it), whatever the format. Empty lines are skipped.

CSV is parsed with Python's standard ``csv`` module rather than QGIS's delimited text provider: the issue
of a stray double quote (which makes any CSV reader swallow the following lines into one cell) can only
be detected and undone with the physical line span of each record, which the provider does not give.
"""

import collections
import csv
import datetime
import io
import os
import re

from ..i18n import translate
from .planning import TableError, detect_columns

SPREADSHEET_EXTENSIONS = (".xlsx", ".xls", ".ods")
TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")
#: How far down a sheet or a file the header row is looked for (title lines, notes, a logo's merged cells…).
HEADER_SEARCH_ROWS = 50
#: A line shown in a message is cut to this many characters.
SHOWN_LINE_LENGTH = 120
#: A character written in UTF-8 on two to four bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

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


class TableRecord:
    """One data line of a programme table.

    ``ligne``: its number counted from the line after the header; ``values``: header → cell value, or
    None when the line could not be read; ``problem``: why it could not be read (in the user's language);
    ``text``: the line as typed (CSV), shown in the report; ``note``: something the report must add (a cell
    that spans several lines of the file)."""

    __slots__ = ("ligne", "values", "problem", "text", "note")

    def __init__(self, ligne, values, problem=None, text="", note=""):
        self.ligne = ligne
        self.values = values
        self.problem = problem
        self.text = text
        self.note = note

    def __repr__(self):
        return "TableRecord({!r}, {!r}, {!r})".format(self.ligne, self.values, self.problem)


class ProgrammeTable:
    """A programme table once read: its headers, the column of each role (``mapping``), its data records,
    where its header was (``header_line``, 1-based line or row of the file or sheet) and a description
    for the log."""

    def __init__(self, headers, mapping, records, description, header_line=1, sheet=None):
        self.headers = headers
        self.mapping = mapping
        self.records = records
        self.description = description
        self.header_line = header_line
        self.sheet = sheet

    @property
    def data_lines(self):
        return len(self.records)


def split_source(source):
    """'file.xlsx|layername=Feuil2' → ('file.xlsx', 'Feuil2')."""
    path, _sep, options = str(source).partition("|")
    sheet = None
    for option in options.split("|"):
        if option.startswith("layername="):
            sheet = option[len("layername="):]
    return path, sheet


def read_programme(source, overrides=None, sheet=None, detect=detect_columns):
    """The :class:`ProgrammeTable` of ``source``: a QgsVectorLayer, or a file path (optionally with
    ``|layername=sheet``). ``overrides`` (role → header) say which column is which when the headers are
    not recognised; ``sheet`` chooses the sheet of a workbook (default: the first sheet with a usable
    header). ``detect(headers, overrides)`` maps roles to headers or raises TableError (default: the
    programme columns; another table, e.g. a decree's vertex list, passes its own). Raises TableError with a
    message saying what to fix."""
    failure = None
    try:
        return _read_programme(source, overrides, sheet, detect)
    except TableError as error:
        # a fresh error: the traceback's frames would keep the layers and datasets opened here alive
        failure = TableError(*error.args)
    raise failure


def _read_programme(source, overrides, sheet, detect):
    from qgis.core import QgsVectorLayer

    if isinstance(source, QgsVectorLayer):
        return _read_layer(source, source.name(), overrides, detect)
    path, layer_name = split_source(source)
    sheet = sheet or layer_name
    if not path or not os.path.isfile(path):
        raise TableError(translate("SandtTable", "The file \"{}\" cannot be found: check the path.").format(path))
    name = os.path.basename(path)
    extension = os.path.splitext(path)[1].lower()
    if os.path.getsize(path) == 0:
        raise TableError(translate("SandtTable", "The file \"{}\" is empty.").format(name))
    if extension in SPREADSHEET_EXTENSIONS:
        return _read_spreadsheet(path, sheet, name, overrides, detect)
    if extension in TEXT_EXTENSIONS or extension == "":
        return _read_csv(path, name, overrides, detect)
    layer = QgsVectorLayer(source, name, "ogr")
    if not layer.isValid():
        raise TableError(translate("SandtTable", "The file \"{}\" is not a readable table (CSV, XLSX, ODS).")
                         .format(name))
    return _read_layer(layer, name, overrides, detect)


# --- headers ---------------------------------------------------------------------------------------

def unique_headers(cells):
    """Header names from the cells of the header row: stripped, an empty cell named "column N", a repeated
    name numbered, so that each column keeps its own values."""
    headers, seen = [], set()
    for number, cell in enumerate(cells, 1):
        text = _cell_text(cell)
        if not text:
            text = translate("SandtTable", "column {}").format(number)
        base, count = text, 1
        while text in seen:
            count += 1
            text = "{} ({})".format(base, count)
        seen.add(text)
        headers.append(text)
    return headers


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _is_blank_row(cells):
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in cells)


def find_header(rows, overrides, where, detect=detect_columns):
    """(index in ``rows`` of the header row, headers, mapping) for ``rows``: (line number, cells) pairs
    read from the top of a file or a sheet. The header is the first of the first HEADER_SEARCH_ROWS
    non-empty rows whose cells name the needed columns. Raises the TableError of the row that came
    closest (or of the first row), saying which columns are missing."""
    first_error, best = None, None
    looked = 0
    # the detector of another kind of table may say which headers it knows (a function attribute)
    known_header = getattr(detect, "known_header", _known_header)
    for index, (_line, cells) in enumerate(rows):
        if _is_blank_row(cells):
            continue
        looked += 1
        if looked > HEADER_SEARCH_ROWS:
            break
        headers = unique_headers(cells)
        try:
            return index, headers, detect(headers, overrides)
        except TableError as error:
            recognised = sum(1 for h in headers if known_header(h))
            if first_error is None:
                first_error = error
            if recognised and (best is None or recognised > best[0]):
                best = (recognised, error)
    error = best[1] if best else first_error
    if error is None:
        raise TableError(translate("SandtTable", "{} holds no data: nothing to import.").format(where))
    raise TableError(translate("SandtTable", "{}: {}").format(where, error.args[0]))


def _known_header(header):
    from .planning import COLUMN_ROLES, _header_key

    key = _header_key(header)
    return any(key in synonyms for synonyms in COLUMN_ROLES.values())


# --- CSV -------------------------------------------------------------------------------------------

def decode_text(data, name):
    """(text, encoding) of the bytes of a text file: UTF-16 with its byte order mark, UTF-8 (with or
    without BOM) when it decodes so, else Windows-1252. A UTF-8 file cut inside a character, or mixing
    UTF-8 and another encoding, raises TableError naming the encoding problem and the lines."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as error:
            line = data[:error.start].decode("utf-16", errors="replace").count("\n") + 1
            raise TableError(translate("SandtTable", "The file \"{}\" is in UTF-16 but is cut or damaged at line {}: "
                                                     "nothing was imported; save the whole file again.")
                             .format(name, line)) from None
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    if not bom and not _UTF8_SEQUENCE.search(data):
        lines = []  # not one UTF-8 character in the file: a Windows-1252 file, no line to look into
    else:
        lines = data.split(b"\n")
    bad, good_non_ascii = [], 0
    for number, line in enumerate(lines, 1):
        try:
            line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            continue
        if any(byte > 127 for byte in line):
            good_non_ascii += 1
    if bom or good_non_ascii:
        # UTF-8 for the most part: a file cut inside a character, or lines in another encoding
        cut_at_end = utf8_error.end == len(data) and utf8_error.reason == "unexpected end of data"
        if cut_at_end and bad == [len(lines)]:
            raise TableError(translate(
                "SandtTable", "The file \"{}\" is in UTF-8 but ends in the middle of a character (line {}): it was "
                              "probably cut short. Nothing was imported; ask for the whole file.")
                .format(name, bad[0]))
        shown = ", ".join(str(n) for n in bad[:10]) + (" …" if len(bad) > 10 else "")
        raise TableError(translate(
            "SandtTable", "The file \"{}\" mixes encodings: it is in UTF-8, but {} line(s) are not valid UTF-8 (a "
                          "character cut in two, or text in another encoding such as Windows-1252): line(s) {}. "
                          "Nothing was imported; save the whole file again in UTF-8.")
            .format(name, len(bad), shown))
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise TableError(translate(
            "SandtTable", "The file \"{}\" is neither UTF-8 nor Windows-1252: byte 0x{:02X} at line {} cannot be "
                          "read. Nothing was imported; save the file again as CSV UTF-8.")
            .format(name, data[error.start], line)) from None


def _separator_candidates(lines):
    """The separators worth trying, the most frequent in the first lines first."""
    counts = {}
    for line in lines[:HEADER_SEARCH_ROWS]:
        for separator in (";", ",", "\t"):
            counts[separator] = max(counts.get(separator, 0), line.count(separator))
    ordered = sorted((s for s in counts if counts[s]), key=lambda s: -counts[s])
    return ordered or [";"]


def _records_with_spans(lines, separator, first_line=1):
    """(first line, last line, fields) of each CSV record of ``lines`` (numbered from ``first_line``)."""
    reader = csv.reader(lines, delimiter=separator)
    previous = 0
    try:
        for fields in reader:
            yield first_line + previous, first_line + reader.line_num - 1, fields
            previous = reader.line_num
    except csv.Error as error:  # a NUL byte, a line longer than the field size limit
        raise TableError(translate("SandtTable", "Line {} cannot be read: {}").format(
            first_line + reader.line_num - 1, error)) from None


def _shown_line(text):
    text = text.rstrip("\r\n")
    return text if len(text) <= SHOWN_LINE_LENGTH else text[:SHOWN_LINE_LENGTH] + "…"


def _read_csv(path, name, overrides, detect):
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:65536]:
        raise TableError(translate("SandtTable", "The file \"{}\" is not a CSV text (binary content): save it as "
                                                 "CSV or XLSX.").format(name))
    text, encoding = decode_text(data, name)
    if not text.strip(" \r\n\t\ufeff;,"):
        raise TableError(translate("SandtTable", "The file \"{}\" is empty.").format(name))
    lines = list(io.StringIO(text, newline=""))  # physical lines, endings kept, as the csv module splits them
    # A stray quote may stretch one cell over the rest of the file: let the reader take it whole (it is then
    # undone line by line) rather than stop at its 128 KB cell limit on some later line.
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        return _parse_csv(lines, name, encoding, overrides, detect)
    finally:
        csv.field_size_limit(limit)


def _parse_csv(lines, name, encoding, overrides, detect):
    failure = None
    for separator in _separator_candidates(lines):
        head = list(_records_with_spans(lines[:HEADER_SEARCH_ROWS * 2], separator))
        try:
            index, headers, mapping = find_header([(first, fields) for first, _last, fields in head], overrides,
                                                  translate("SandtTable", "The file \"{}\"").format(name), detect)
        except TableError as error:
            failure = failure or error
            continue
        header_line = head[index][1]
        records = _csv_records(lines, separator, header_line, len(headers))
        description = translate("SandtTable", "{} (CSV, separator \"{}\", {}, header at line {})").format(
            name, translate("SandtTable", "tab") if separator == "\t" else separator,
            "cp1252" if encoding == "windows-1252" else encoding, header_line)
        return ProgrammeTable(headers, mapping, [_with_values(r, headers) for r in records], description,
                              header_line)
    raise failure


def _with_values(record, headers):
    if record.values is not None:
        record.values = dict(zip(headers, record.values))
    return record


def _csv_records(lines, separator, header_line, width):
    """The TableRecords of the lines after ``header_line``, one per physical data line. A record that a
    stray double quote stretched over the following lines is undone: those lines are read one by one, and
    the line with the unclosed quote is reported as unreadable with its text. A line with more cells than
    the header and than the file's other lines is unreadable too (a separator typed inside a cell)."""
    spans = list(_records_with_spans(lines[header_line:], separator, header_line + 1))
    usual = collections.Counter(len(fields) for first, last, fields in spans if first == last)
    width_limit = max(width, usual.most_common(1)[0][0] if usual else width)
    records = []
    for first, last, fields in spans:
        if first == last or _one_record_over_lines(fields, separator, width):
            line = lines[first - 1]
            if first == last and '"' in line:
                fields, unclosed = _cells_of_line(line, separator)
                if unclosed:  # the last line of the file opens a cell it never closes
                    records.append(_unclosed_quote(first - header_line, line))
                    continue
            record = _single_line_record(first - header_line, fields, line, separator, width, width_limit)
            if record is not None and last > first:
                record.note = translate("SandtTable", "(lines {} to {} of the file: a cell spans several lines)") \
                    .format(first, last)
            records.extend([record] if record is not None else [])
            continue
        for number in range(first, last + 1):
            line = lines[number - 1]
            cells, unclosed = _cells_of_line(line, separator)
            if unclosed:
                records.append(_unclosed_quote(number - header_line, line))
                continue
            record = _single_line_record(number - header_line, cells, line, separator, width, width_limit)
            records.extend([record] if record is not None else [])
    return records


def _cells_of_line(line, separator):
    """(cells, unclosed) of one physical line read on its own: ``unclosed`` when a cell opened by a double
    quote is not closed before the end of the line (the reader then swallows the line break)."""
    text = line if line.endswith(("\n", "\r")) else line + "\n"
    cells = next(csv.reader([text], delimiter=separator), [])
    return cells, any("\n" in cell or "\r" in cell for cell in cells)


def _one_record_over_lines(fields, separator, width):
    """True when a record spread over several lines is one real record with a cell written on several lines
    (Alt+Enter in a spreadsheet), not lines swallowed by a stray quote: no more cells than the header,
    and no cell holding both a line break and the separator (which swallowed lines would bring)."""
    filled = [f for f in fields if f.strip()]
    if len(fields) > width and len(filled) > width:
        return False
    return not any(("\n" in f or "\r" in f) and separator in f for f in fields)


def _unclosed_quote(ligne, line):
    return TableRecord(ligne, None, translate("SandtTable", "a double quote (\") opens a cell and is never closed on "
                                                            "this line, so the line cannot be cut into cells: remove "
                                                            "the quote or close it"), _shown_line(line))


def _single_line_record(ligne, fields, line, separator, width, width_limit=None):
    """The TableRecord of one line's cells (values as a list, in header order), or None for a blank line.
    More cells than ``width_limit`` (the header's and the usual line's count), or a filled cell right of
    the header's last column, make the line unreadable: its cells are shifted."""
    cells = [f.strip() or None for f in fields]
    if not any(cells):
        return None
    extra = [c for c in cells[width:] if c is not None]
    if extra or len(cells) > (width_limit or width):
        problem = translate("SandtTable", "the line has {} cells but the header only {}: a separator \"{}\" inside a "
                                          "cell shifts the columns; put that cell between double quotes") \
            .format(len(cells), width, translate("SandtTable", "tab") if separator == "\t" else separator)
        return TableRecord(ligne, None, problem, _shown_line(line))
    if len(cells) != width:
        cells = cells[:width] + [None] * (width - len(cells))
    return TableRecord(ligne, cells)


# --- spreadsheets ------------------------------------------------------------------------------------

def _read_spreadsheet(path, sheet, name, overrides, detect):
    from osgeo import gdal

    driver = {".xlsx": "XLSX", ".ods": "ODS", ".xls": "XLS"}[os.path.splitext(path)[1].lower()]
    # Every row as data (the header is found below) and every cell as the text of its value, for formulas
    # the value the office suite computed. Thread-local: the dock reads in a background task.
    options = {"OGR_{}_HEADERS".format(driver): "DISABLE", "OGR_{}_FIELD_TYPES".format(driver): "STRING"}
    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        return _read_workbook(path, sheet, name, overrides, detect)
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


def _read_workbook(path, sheet, name, overrides, detect):
    from osgeo import gdal

    from ..compat import gdal_open

    dataset = gdal_open(gdal.OpenEx, path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        raise TableError(translate("SandtTable", "The file \"{}\" is not a readable workbook (XLSX or ODS): save it "
                                                 "again.").format(name))
    sheets = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    if not sheets:
        raise TableError(translate("SandtTable", "The workbook \"{}\" has no sheet with data.").format(name))
    if sheet and sheet not in sheets:
        raise TableError(translate("SandtTable", "The sheet \"{}\" does not exist in \"{}\" (sheets: {}).").format(
            sheet, name, ", ".join(sheets)))
    failures = []
    for candidate in ([sheet] if sheet else sheets):
        rows = _sheet_rows(dataset, candidate)
        where = translate("SandtTable", "Sheet \"{}\" of \"{}\"").format(candidate, name)
        try:
            index, headers, mapping = find_header(rows, overrides, where, detect)
        except TableError as error:
            failures.append(error.args[0])
            continue
        header_row = rows[index][0]
        records = []
        width = len(headers)
        for row_number, cells in rows[index + 1:]:
            if _is_blank_row(cells):
                continue
            cells = [c.strip() if isinstance(c, str) else c for c in cells]
            cells = [None if c == "" else c for c in cells]
            extra = [c for c in cells[width:] if c is not None]
            values = dict(zip(headers, cells[:width] + [None] * (width - len(cells))))
            if extra:  # cells right of the last header: kept under their column letter for the total check
                values.update(("column {}".format(width + i + 1), c) for i, c in enumerate(cells[width:]))
            records.append(TableRecord(row_number - header_row, values))
        description = translate("SandtTable", "{} (sheet \"{}\", header at row {})").format(name, candidate,
                                                                                         header_row)
        dataset = None
        return ProgrammeTable(headers, mapping, records, description, header_row, candidate)
    dataset = None
    if len(failures) == 1:
        raise TableError(failures[0])
    raise TableError(translate("SandtTable", "No sheet of \"{}\" has a usable header row: {}").format(
        name, " ".join(failures)))


def _sheet_rows(dataset, sheet):
    """(row number, cells) of every row of ``sheet``, blank rows included (their numbers count)."""
    layer = dataset.GetLayerByName(sheet)
    count = layer.GetLayerDefn().GetFieldCount()
    rows = []
    layer.ResetReading()
    for feature in layer:
        cells = [feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else None for i in range(count)]
        rows.append((feature.GetFID(), cells))
    return rows


# --- table layers ------------------------------------------------------------------------------------

def _read_layer(layer, name, overrides, detect):
    from qgis.core import QgsFeatureRequest

    headers = [field.name() for field in layer.fields()]
    if not headers:
        raise TableError(translate("SandtTable", "The table \"{}\" has no column: its first line must carry the "
                                                 "headers.").format(name))
    mapping = detect(headers, overrides)
    request = QgsFeatureRequest()
    request.setFlags(_no_geometry())
    records = []
    for number, feature in enumerate(layer.getFeatures(request), 1):
        values = [python_value(v) for v in feature.attributes()]
        if _is_blank_row(values):
            continue  # a blank line keeps its number but is no data row
        records.append(TableRecord(number, dict(zip(headers, values))))
    return ProgrammeTable(headers, mapping, records, name, 0)


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
