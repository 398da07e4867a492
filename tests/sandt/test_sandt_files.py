"""Programme files as they really arrive: every data line accounted for in the report, or the whole file
refused naming the line — a stray quote, a UTF-8 file cut inside a character, mixed encodings, infinite
amounts, workbooks with title lines, several sheets, totals, formulas and merged cells — and a REPORT
that a spreadsheet cannot take for formulas."""

import csv
import datetime
import random

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase

LENS_NAMES = ["Cité n°9", "Cite No 19", "CITÉ ST PIERRE", "Cité des Brebis", "Coron des Brebis"]
RESEAUX = ["Voirie", "AEP", "Assainissement EU/EP", "Éclairage public"]


def update(run_alg, base, table, **extra):
    params = {"BASE": base, "TABLE": table, "MATCH_THRESHOLD": 85, "DRY_RUN": False, "REPORT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("mbm:sandt_update", params)


def report_rows(result):
    layer = result["REPORT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "report", "ogr")
    return {f["ligne"]: {name: f[name] for name in ("cite_id", "score", "action", "message")}
            for f in layer.getFeatures()}


def programme_lines(count, seed=476):
    """``count`` distinct data lines on the cités of Lens (distinct cité, réseau and year)."""
    rng = random.Random(seed)
    lines = []
    for number in range(count):
        name = LENS_NAMES[number % len(LENS_NAMES)]
        reseau = RESEAUX[(number // len(LENS_NAMES)) % len(RESEAUX)]
        year = 1980 + number // (len(LENS_NAMES) * len(RESEAUX))
        amount = "{:,.2f}".format(rng.uniform(1000, 900000)).replace(",", " ").replace(".", ",")
        lines.append("62498;Lens;{};{};Programmé;{};{};;".format(name, reseau, year, amount))
    return lines


def write_lines(path, lines, encoding="cp1252"):
    header = "Code INSEE;Commune;Cité;Réseau;Statut;Année programme;Montant HT (€);Longueur (m);Date fin travaux"
    path.write_bytes(("\r\n".join([header] + lines) + "\r\n").encode(encoding))
    return str(path)


# --- the stray quote -----------------------------------------------------------------------------------

def test_a_stray_quote_loses_no_line(run_alg, gpkg_base, tmp_path):
    """A 476-line file where line 9 opens a quote it never closes: 476 report rows, line 9 invalide with
    its text, every other line read and applied."""
    lines = programme_lines(476)
    lines[8] = '62498;Lens;"Cité n°9;Voirie;Programmé;2025;1 000;;'
    path = write_lines(tmp_path / "programme.csv", lines)
    result = update(run_alg, gpkg_base, path)
    report = report_rows(result)
    assert sorted(report) == list(range(1, 477))
    stray = report[9]
    assert stray["action"] == "invalide"
    assert "guillemet" in stray["message"] and '"Cité n°9;Voirie;Programmé;2025;1 000;;' in stray["message"]
    assert result["NB_INSERE"] == 475 and result["NB_INVALIDE"] == 1
    assert len(SandtBase(gpkg_base).read_operations()) == 475


def test_a_stray_quote_closed_by_a_later_quote_loses_no_line(run_alg, gpkg_base, tmp_path):
    # The quote of line 3 "closes" on line 6, where a real quoted cell starts: lines 3 to 6 come back one by one.
    lines = programme_lines(8)
    lines[2] = '62498;Lens;"Cité n°9 (bis;AEP;Programmé;2030;1 000;;'
    lines[5] = '62498;Lens;"Cité des Brebis";Voirie;Programmé;2031;"2 000,50";;'
    path = write_lines(tmp_path / "programme.csv", lines)
    report = report_rows(update(run_alg, gpkg_base, path))
    assert sorted(report) == list(range(1, 9))
    assert report[3]["action"] == "invalide" and "guillemet" in report[3]["message"]
    assert [report[n]["action"] for n in (1, 2, 4, 5, 6, 7, 8)] == ["insere"] * 7
    assert SandtBase(gpkg_base).read_operations()["LENS-BRC|voirie|2031"]["montant_ht"] == pytest.approx(2000.5)


def test_a_cell_typed_on_two_lines_is_one_row_and_says_so(run_alg, gpkg_base, tmp_path):
    lines = programme_lines(3)
    lines[1] = '62498;Lens;"Cité des\r\nBrebis";Voirie;Programmé;2031;1 000;;'
    path = write_lines(tmp_path / "programme.csv", lines)
    report = report_rows(update(run_alg, gpkg_base, path))
    assert sorted(report) == [1, 2, 4]  # line 3 of the data is the second half of line 2's cell
    assert report[2]["action"] == "insere" and report[2]["cite_id"] == "LENS-BRC"
    assert "lignes 3 à 4 du fichier" in report[2]["message"]


def test_a_line_with_more_cells_than_the_header_is_invalide(run_alg, gpkg_base, tmp_path):
    lines = programme_lines(3)
    lines[1] = "62498;Lens;Cité n°9; bis;Voirie;Programmé;2031;1 000;;"
    report = report_rows(update(run_alg, gpkg_base, write_lines(tmp_path / "p.csv", lines)))
    assert report[2]["action"] == "invalide"
    assert "10 cellules mais l'en-tête seulement 9" in report[2]["message"] and "Cité n°9; bis" in report[2]["message"]
    assert [report[1]["action"], report[3]["action"]] == ["insere", "insere"]


# --- encodings -----------------------------------------------------------------------------------------

def test_a_utf8_file_cut_inside_a_character_is_refused_naming_the_line(run_alg, gpkg_base, tmp_path):
    lines = programme_lines(20)
    lines[-1] = "62498;Lens;Cité n°9;Voirie;Programmé;2031;1 000;;Terminé"
    data = write_lines(tmp_path / "full.csv", lines, encoding="utf-8")
    with open(data, "rb") as handle:
        cut = handle.read().rstrip(b"\r\n")[:-1]  # the last "é" loses its second byte
    path = tmp_path / "coupe.csv"
    path.write_bytes(cut)
    with pytest.raises(QgsProcessingException) as error:
        update(run_alg, gpkg_base, str(path))
    message = str(error.value)
    assert "UTF-8" in message and "ligne 21" in message and "tronqué" in message, message
    assert "en-tête" not in message
    assert SandtBase(gpkg_base).read_operations() == {}


def test_mixed_encodings_are_refused_naming_the_lines(run_alg, gpkg_base, tmp_path):
    lines = programme_lines(12)
    header = "Code INSEE;Commune;Cité;Réseau;Statut;Année programme;Montant HT (€);Longueur (m);Date fin travaux"
    data = [header.encode("utf-8")] + [line.encode("cp1252" if n in (4, 7) else "utf-8")
                                       for n, line in enumerate(lines, 1)]
    path = tmp_path / "melange.csv"
    path.write_bytes(b"\n".join(data) + b"\n")
    with pytest.raises(QgsProcessingException) as error:
        update(run_alg, gpkg_base, str(path))
    message = str(error.value)
    assert "mélange des encodages" in message and "ligne(s) 5, 8" in message, message
    assert SandtBase(gpkg_base).read_operations() == {}


def test_a_cp1252_file_ending_with_an_accent_is_not_taken_for_a_cut_utf8_file(run_alg, gpkg_base, tmp_path):
    # cp1252 "é" (0xE9) is also the first byte of a 3-byte UTF-8 character: a last line "…;Programmé" without
    # line break must not be read as a UTF-8 file cut short.
    lines = programme_lines(2)
    lines[-1] = "62498;Lens;Cité n°9;Voirie;2031;1 000;;;Programmé"
    header = "Code INSEE;Commune;Cité;Réseau;Année programme;Montant HT (€);Longueur (m);Date fin travaux;Statut"
    lines[0] = "62498;Lens;Cité n°19;AEP;2030;1 000;;;Programmé"
    path = tmp_path / "p.csv"
    path.write_bytes("\r\n".join([header] + lines).encode("cp1252"))
    assert path.read_bytes().endswith(b"Programm\xe9")
    report = report_rows(update(run_alg, gpkg_base, str(path)))
    assert [report[1]["action"], report[2]["action"]] == ["insere", "insere"]


# --- non-finite numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize("amount", ["9" * 400, "NaN", "1e309", "inf", "-inf"])
def test_a_non_finite_amount_is_invalide_and_never_stored(run_alg, gpkg_base, tmp_path, amount):
    lines = ["62498;Lens;Cité n°9;Voirie;Programmé;2025;{};;".format(amount),
             "62498;Lens;Cité n°19;Voirie;Programmé;2025;1 000;{};".format(amount)]
    report = report_rows(update(run_alg, gpkg_base, write_lines(tmp_path / "p.csv", lines)))
    assert [report[1]["action"], report[2]["action"]] == ["invalide", "invalide"]
    assert "montant HT" in report[1]["message"] and "longueur" in report[2]["message"]
    assert "nombre fini" in report[1]["message"] and "nombre fini" in report[2]["message"], report
    assert SandtBase(gpkg_base).read_operations() == {}


def test_a_non_finite_spreadsheet_number_is_invalide(run_alg, gpkg_base, tmp_path, sandt):
    header = list(sandt.HEADER)
    rows = [header, [62498, "Lens", "Cité n°9", "Voirie", "Programmé", 2025, float("inf"), None, None],
            [62498, "Lens", "Cité n°19", "Voirie", "Programmé", 2025, float("nan"), None, None],
            [62498, "Lens", "Cité des Brebis", "Voirie", "Programmé", 2025, 1e300, None, None]]
    path = sandt.write_ods(tmp_path / "p.ods", [("Programme", rows, [])])
    report = report_rows(update(run_alg, gpkg_base, path))
    assert [report[n]["action"] for n in (1, 2, 3)] == ["invalide"] * 3
    assert "nombre fini" in report[1]["message"] and "nombre fini" in report[2]["message"]
    assert "invraisemblable" in report[3]["message"]
    assert SandtBase(gpkg_base).read_operations() == {}


def test_storage_refuses_a_non_finite_value_from_any_path(gpkg_base, tmp_path, sandt):
    from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtError
    from bassin_minier.mbm_qgis_plugin.sandt.table_reader import read_programme

    base = SandtBase(gpkg_base)
    table = read_programme(write_lines(tmp_path / "p.csv", programme_lines(1)))
    plan = base.plan(table.records, table.mapping, 85)
    plan.inserts[0]["montant_ht"] = float("inf")
    with pytest.raises(SandtError, match="nombre fini"):
        base.apply(plan, "p.csv")
    assert base.read_operations() == {}


# --- workbooks as they arrive -------------------------------------------------------------------------

def _workbook_sheets(sandt):
    header = list(sandt.HEADER)
    blank = [None] * 9
    programme = [
        ["Programme GIRZOM 2026 — CA de Lens-Liévin"] + [None] * 8,       # merged title cell A1:I1
        ["Édité le 12/01/2026 par la DDTM"] + [None] * 8,
        blank,
        header,                                                                 # row 4: the header
        [62498, "Lens", "Cité n°19", "Voirie", "Travaux en cours", 2025, 98000.5, 420, datetime.date(2025, 10, 12)],
        [62498, "Lens", "Cite No 9", "AEP", "Programmé", 2026, sandt.Formula("=G5*2", 196001.0), None, None],
        blank,                                                                  # an empty line: skipped
        ["62510", "Liévin", "Cite de l Abbaye", "Assainissement", "Programmé", 2026, 15000, None, None],
        [None, "Sous-total Lens", None, None, None, None, sandt.Formula("=SUM(G5:G8)", 309001.5), None, None],
        [62510, "Liévin", "Cité du Calvaire", "Voirie", "Achevé", sandt.Formula("=2020+4", 2024), 50000, 300,
         "15/06/2025"],
        ["TOTAL GÉNÉRAL", None, None, None, None, None, sandt.Formula("=G9+G10", 359001.5), None, None],
        [None, None, None, None, "Total", None, None, None, None],
    ]
    notes = [["Notes de la DDTM"], ["Montants en euros HT"], [None], ["Voir l'onglet Programme 2026"]]
    return [("Notes", notes, ["A1:C1"]), ("Programme 2026", programme, ["A1:I1", "A2:D2"])]


@pytest.mark.parametrize("writer", ["write_xlsx", "write_ods"])
def test_workbooks_with_titles_sheets_totals_formulas_and_merged_cells(run_alg, gpkg_base, tmp_path, sandt, writer):
    extension = "xlsx" if writer == "write_xlsx" else "ods"
    path = getattr(sandt, writer)(tmp_path / "programme.{}".format(extension), _workbook_sheets(sandt))
    result = update(run_alg, gpkg_base, path)
    report = report_rows(result)
    # ligne: counted from the line after the header (row 4); the empty row 7 (ligne 3) has no report row.
    assert sorted(report) == [1, 2, 4, 5, 6, 7, 8]
    assert {n: report[n]["action"] for n in report} == {1: "insere", 2: "insere", 4: "insere", 5: "invalide",
                                                         6: "insere", 7: "invalide", 8: "invalide"}
    for line, label in ((5, "Sous-total Lens"), (7, "TOTAL GÉNÉRAL"), (8, "Total")):
        assert "Ligne de total (« {} »)".format(label) in report[line]["message"]
    ops = SandtBase(gpkg_base).read_operations()
    assert set(ops) == {"LENS-19|voirie|2025", "LENS-09|eau_potable|2026", "LIEV-ABB|assainissement|2026",
                        "LIEV-CAL|voirie|2024"}
    assert ops["LENS-09|eau_potable|2026"]["montant_ht"] == pytest.approx(196001.0)  # a formula's value
    assert ops["LIEV-CAL|voirie|2024"]["annee_programme"] == 2024
    assert str(ops["LENS-19|voirie|2025"]["date_fin_travaux"]) == "2025-10-12"  # a date cell
    assert ops["LENS-19|voirie|2025"]["longueur_m"] == pytest.approx(420)


@pytest.mark.parametrize("writer", ["write_xlsx", "write_ods"])
def test_the_sheet_parameter_chooses_a_sheet(run_alg, gpkg_base, tmp_path, sandt, writer):
    header = list(sandt.HEADER)
    sheets = [("Programme 2025", [header, [62498, "Lens", "Cité n°9", "Voirie", "Achevé", 2025, 1000, None, None]], []),
              ("Programme 2026", [["Programme 2026"], header,
                                  [62498, "Lens", "Cité n°19", "AEP", "Programmé", 2026, 2000, None, None]], [])]
    path = getattr(sandt, writer)(tmp_path / "p.{}".format("xlsx" if writer == "write_xlsx" else "ods"), sheets)
    update(run_alg, gpkg_base, path, DRY_RUN=False)  # default: the first sheet with a header
    assert set(SandtBase(gpkg_base).read_operations()) == {"LENS-09|voirie|2025"}
    result = update(run_alg, gpkg_base, path, SHEET="Programme 2026")
    assert report_rows(result)[1]["cite_id"] == "LENS-19"
    assert set(SandtBase(gpkg_base).read_operations()) == {"LENS-09|voirie|2025", "LENS-19|eau_potable|2026"}
    with pytest.raises(QgsProcessingException, match=r"La feuille « Feuil9 » n'existe pas .*Programme 2025, "
                                                     r"Programme 2026"):
        update(run_alg, gpkg_base, path, SHEET="Feuil9")


def test_a_workbook_without_any_usable_header_says_which_columns_lack(run_alg, gpkg_base, tmp_path, sandt):
    path = sandt.write_xlsx(tmp_path / "p.xlsx", [("Notes", [["Lisez-moi"]], []),
                                                  ("Données", [["Code INSEE", "Commune", "Réseau"], [62498, "Lens",
                                                                                                    "Voirie"]], [])])
    with pytest.raises(QgsProcessingException) as error:
        update(run_alg, gpkg_base, path)
    assert "Feuille « Données »" in str(error.value) and "Cité (champ « Colonne de la cité »)" in str(error.value)


def test_a_csv_with_title_lines_and_totals(run_alg, gpkg_base, tmp_path):
    lines = ["Programme GIRZOM 2026;;;;;;;;", "", "Code INSEE;Commune;Cité;Réseau;Statut;Année programme;"
             "Montant HT (€);Longueur (m);Date fin travaux"] + programme_lines(3) + ["", ";Total;;;;;3 000;;"]
    path = tmp_path / "p.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    report = report_rows(update(run_alg, gpkg_base, str(path)))
    assert {n: r["action"] for n, r in report.items()} == {1: "insere", 2: "insere", 3: "insere", 5: "invalide"}
    assert "Ligne de total" in report[5]["message"]


# --- the REPORT in a spreadsheet ---------------------------------------------------------------------------

def test_no_report_cell_starts_a_formula(run_alg, tmp_path, sandt):
    """Whatever comes from the file or the base, no cell of the REPORT CSV starts with =, +, - or @."""
    base = str(tmp_path / "b.gpkg")
    cites = [("=HYPERLINK(\"http://x\")", "Cité n°9", "62498", "Lens", 10), ("-2+3", "Cité n°19", "62498", "Lens", 10),
             ("@SUM(1)", "Cité des Brebis", "62498", "Lens", 10)]
    run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(cites), "OUTPUT": base})
    lines = ["62498;Lens;Cité n°9;Voirie;Programmé;2025;1 000;;",
             "62498;Lens;Cité n°19;Voirie;Programmé;2025;1 000;;",
             "62498;Lens;Cité des Brebis;Voirie;Programmé;2025;1 000;;",
             "62498;Lens;=cmd|' /C calc'!A0;Voirie;Programmé;2025;;;",
             "62498;Lens;Cité n°9;+Voirie;Programmé;2025;;;",
             "@SUM(1+1);Lens;Cité n°9;Voirie;Programmé;2026;;;",
             '62498;Lens;"=1+1;Voirie;Programmé;2025;;;']
    import gc

    from qgis.core import QgsProcessingContext, QgsProject

    report_path = str(tmp_path / "rapport.csv")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    run_alg("mbm:sandt_update", {"BASE": base, "TABLE": write_lines(tmp_path / "p.csv", lines), "DRY_RUN": True,
                                 "REPORT": report_path}, context=context)
    del context  # the CSV writer finishes the file when the run's context goes
    gc.collect()
    with open(report_path, encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert len(cells) == 5 * 8
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")], cells
    assert "'=HYPERLINK(\"http://x\")" in cells and "'-2+3" in cells and "'@SUM(1)" in cells
