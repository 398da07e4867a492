"""XLSX and ODS workbooks written as the office suites write them (zip of XML parts), for the tests of the
programme reader: several sheets, title lines above the header, merged title cells, formulas with their
cached values, empty lines, dates. GDAL cannot write those, and no office suite is installed here.

A sheet is (name, rows, merges): rows are lists of cells; a cell is None (empty), a str, an int/float, a
datetime.date, or a Formula(expression, cached value). merges are ranges such as "A1:I1".
"""

import datetime
import zipfile
from xml.sax.saxutils import escape


class Formula:
    """A formula cell and the value the office suite cached when it last computed it."""

    def __init__(self, expression, value):
        self.expression = expression
        self.value = value


def column_letter(index):
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _excel_serial(day):
    return (day - datetime.date(1899, 12, 30)).days


# --- XLSX ------------------------------------------------------------------------------------------

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
{sheets}
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def write_xlsx(path, sheets):
    """An .xlsx as Excel writes it: shared strings, a date style, formulas with cached values, merges."""
    strings, string_index = [], {}

    def shared(text):
        if text not in string_index:
            string_index[text] = len(strings)
            strings.append(text)
        return string_index[text]

    sheet_parts = []
    for _name, rows, merges in sheets:
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                if value is None:
                    continue
                ref = "{}{}".format(column_letter(c), r)
                formula = ""
                if isinstance(value, Formula):
                    formula = "<f>{}</f>".format(escape(value.expression.lstrip("=")))
                    value = value.value
                if isinstance(value, str):
                    if formula:
                        cells.append('<c r="{}" t="str">{}<v>{}</v></c>'.format(ref, formula, escape(value)))
                    else:
                        cells.append('<c r="{}" t="s"><v>{}</v></c>'.format(ref, shared(value)))
                elif isinstance(value, datetime.date):
                    cells.append('<c r="{}" s="1">{}<v>{}</v></c>'.format(ref, formula, _excel_serial(value)))
                else:
                    cells.append('<c r="{}">{}<v>{}</v></c>'.format(ref, formula, repr(value)))
            if cells:  # Excel writes no <row> for an empty line
                xml_rows.append('<row r="{}">{}</row>'.format(r, "".join(cells)))
        merge_xml = ""
        if merges:
            merge_xml = '<mergeCells count="{}">{}</mergeCells>'.format(
                len(merges), "".join('<mergeCell ref="{}"/>'.format(m) for m in merges))
        sheet_parts.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            "<sheetData>{}</sheetData>{}</worksheet>".format("".join(xml_rows), merge_xml))
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{}</sheets>'
        "</workbook>".format("".join('<sheet name="{}" sheetId="{}" r:id="rId{}"/>'.format(escape(name, {'"': "&quot;"}),
                                                                                           i, i)
                                     for i, (name, _rows, _merges) in enumerate(sheets, 1))))
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}'
        '<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/>'
        '<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>'.format(
            "".join('<Relationship Id="rId{0}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/worksheet" Target="worksheets/sheet{0}.xml"/>'.format(i)
                    for i in range(1, len(sheets) + 1)), len(sheets) + 1, len(sheets) + 2))
    shared_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">'
        "{1}</sst>".format(len(strings), "".join('<si><t xml:space="preserve">{}</t></si>'.format(escape(s))
                                                 for s in strings)))
    overrides = "".join(
        '<Override PartName="/xl/worksheets/sheet{}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'.format(i)
        for i in range(1, len(sheets) + 1))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(sheets=overrides))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        archive.writestr("xl/styles.xml", _STYLES)
        archive.writestr("xl/sharedStrings.xml", shared_xml)
        for i, part in enumerate(sheet_parts, 1):
            archive.writestr("xl/worksheets/sheet{}.xml".format(i), part)
    return str(path)


# --- ODS -------------------------------------------------------------------------------------------

_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"')
_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def _ods_ranges(merges):
    """{(row, col): (rows spanned, cols spanned)} for ranges "A1:I1" (0-based row and column)."""
    spans = {}
    for merge in merges or ():
        start, end = merge.split(":")

        def cell(ref):
            letters = "".join(ch for ch in ref if ch.isalpha())
            number = int("".join(ch for ch in ref if ch.isdigit()))
            col = 0
            for ch in letters:
                col = col * 26 + (ord(ch) - 64)
            return number - 1, col - 1

        (r0, c0), (r1, c1) = cell(start), cell(end)
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
    return spans


def write_ods(path, sheets):
    """An .ods as LibreOffice writes it: typed cells with office:value, formulas (of:=…) with the value
    computed at save time, merged cells (number-columns-spanned then covered cells), repeated empty rows."""
    tables = []
    for name, rows, merges in sheets:
        spans = _ods_ranges(merges)
        width = max((len(r) for r in rows), default=1)
        xml_rows = []
        empty_run = 0
        for r, row in enumerate(rows):
            if all(v is None for v in row):
                empty_run += 1
                continue
            if empty_run:
                xml_rows.append('<table:table-row table:number-rows-repeated="{}"><table:table-cell/></table:table-row>'
                                .format(empty_run))
                empty_run = 0
            cells, skip = [], 0
            for c in range(width):
                if skip:
                    skip -= 1
                    cells.append("<table:covered-table-cell/>")
                    continue
                value = row[c] if c < len(row) else None
                attributes = ""
                if (r, c) in spans:
                    rows_spanned, cols_spanned = spans[(r, c)]
                    attributes += ' table:number-columns-spanned="{}" table:number-rows-spanned="{}"'.format(
                        cols_spanned, rows_spanned)
                    skip = cols_spanned - 1
                if isinstance(value, Formula):
                    attributes += ' table:formula="of:{}"'.format(escape(value.expression, {'"': "&quot;"}))
                    value = value.value
                if value is None:
                    cells.append("<table:table-cell{}/>".format(attributes))
                elif isinstance(value, str):
                    cells.append('<table:table-cell office:value-type="string"{}><text:p>{}</text:p></table:table-cell>'
                                 .format(attributes, escape(value)))
                elif isinstance(value, datetime.date):
                    cells.append('<table:table-cell office:value-type="date" office:date-value="{}"{}><text:p>{}</text:p>'
                                 "</table:table-cell>".format(value.isoformat(), attributes,
                                                              value.strftime("%d/%m/%Y")))
                else:
                    cells.append('<table:table-cell office:value-type="float" office:value="{0!r}"{1}><text:p>{0}'
                                 "</text:p></table:table-cell>".format(value, attributes))
            xml_rows.append("<table:table-row>{}</table:table-row>".format("".join(cells)))
        tables.append('<table:table table:name="{}">{}</table:table>'.format(escape(name, {'"': "&quot;"}),
                                                                            "".join(xml_rows)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {}><office:body>'
               "<office:spreadsheet>{}</office:spreadsheet></office:body></office:document-content>".format(
                   _ODS_NS, "".join(tables)))
    with zipfile.ZipFile(str(path), "w") as archive:
        # the mimetype comes first and uncompressed, as the ODF packaging format requires
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return str(path)
