"""mbm:patrimoine_fiches: the PDF sheets read back as text (pdftotext), every operation there, in French words."""

import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingException

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")

NETWORKS = (("Voirie", "Voirie"), ("Assainissement", "Assainissement"), ("AEP", "Eau potable"),
            ("Eclairage public", "Éclairage public"))
WORDS = dict(NETWORKS, **{"Assainissement EU/EP": "Assainissement", "Eau potable": "Eau potable",
                          "Éclairage public": "Éclairage public"})
CODES = ("acheve", "en_cours", "eau_potable", "eclairage", "zone_tampon", "a_completer", "temoin", "exceptionnelle,")


def pdf_text(path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # NFKC: the PDF's ligatures (ﬀ in "eﬀondrement") and no-break spaces read as plain letters and spaces
    return unicodedata.normalize("NFKC", text)


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture()
def crossed(run_alg, patrimoine, hand_base, hazards):
    """C1…C5 ranked (C1 best) and crossed with the hand-made base and the hazards."""
    cites = patrimoine.make_cites([(3,) * 5, (2,) * 5, (1, 1, 1, None, None), (2.5, 2.5, 2.5, 2.5, 2), (0,) * 5])
    ranked = run_alg("mbm:patrimoine_hierarchie", {"INPUT": cites, "OUTPUT": "memory:"})["OUTPUT"]
    return run_alg("mbm:patrimoine_croisement", {"CITES": ranked, "BASE": hand_base, "HAZARDS": hazards,
                                                 "OUTPUT": "memory:"})["OUTPUT"]


def sheets(run_alg, cites, base, folder, feedback=None, **parameters):
    params = {"CITES": cites, "BASE": base, "OUTPUT_FOLDER": str(folder)}
    params.update(parameters)
    return run_alg("mbm:patrimoine_fiches", params, feedback=feedback)


def test_a_sheet_per_cite_with_every_operation_in_french(run_alg, crossed, hand_base, tmp_path, patrimoine):
    folder = tmp_path / "fiches"
    result = sheets(run_alg, crossed, hand_base, folder)
    assert result["NB_FICHES"] == 5 and result["OUTPUT_FOLDER"] == str(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["C1.pdf", "C2.pdf", "C3.pdf", "C4.pdf", "C5.pdf", "index.html"]
    c1 = pdf_text(folder / "C1.pdf")
    assert "Cité n°1 — Lens" in c1 and "Cité exceptionnelle" in c1
    assert "Note : 100,00 / 100" in c1 and "Rang : 1 sur 5 cités notées" in c1
    assert "Stabilité : 1,00" in c1
    assert "Aléas miniers (niveau le plus fort : fort) : effondrement localisé — fort ; émission de gaz de mine — moyen" \
        in " ".join(c1.split())
    assert "Patrimoine mondial (UNESCO) : non renseigné" in c1  # crossed without UNESCO layer: said so
    assert "Avancement : 100 % — 4 réseaux achevés sur 4 : travaux terminés." in c1
    # every operation of C1, with French words and numbers, in one row each
    for row in [r for r in patrimoine.PROGRAMME if r[2] == "Cité des Fleurs"]:
        network = WORDS[row[3]]
        amount = row[6] + (" €" if "," in row[6] else ",00 €")
        assert re.search(r"{}\s+{}\s+achevé\s+{}\s+{}".format(row[5], network, amount, row[8]), c1), row
    for code in CODES:
        assert code not in c1, code
    c2 = pdf_text(folder / "C2.pdf")
    assert re.search(r"2019\s+Voirie\s+programmé\s+200 000,00 €", c2)
    assert re.search(r"2022\s+Assainissement\s+en cours\s+120 000,00 €", c2)
    assert "reste" in c2 and "assainissement (en cours)" in c2 and "eau potable (non programmé)" in c2
    c3 = pdf_text(folder / "C3.pdf")
    assert "Aucune opération dans la base Sandt" in c3 and "Cité témoin" in c3
    assert "Critères non notés : histoire, symbolique" in c3
    c5 = pdf_text(folder / "C5.pdf")
    assert "Cité absente de la base Sandt" in c5 and "Cité témoin" in c5
    assert all(pdf_pages(folder / "C{}.pdf".format(n)) == 1 for n in range(1, 6))  # page 2 is left out when empty
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="C1.pdf"' in index and index.index("C1.pdf") < index.index("C4.pdf") < index.index("C2.pdf")


def test_a_long_history_continues_on_further_pages_without_losing_a_row(run_alg, patrimoine, tmp_path):
    rows, expected = [], []
    for year in range(2006, 2026):  # 20 years × 4 networks = 80 operations: three pages
        for number, (label, word) in enumerate(NETWORKS):
            amount = 10000 + (year - 2000) * 1000 + number * 100 + 7
            rows.append(["62498", "Lens", "Cité Longue", label, "Achevé", str(year), str(amount), "", ""])
            expected.append((str(year), word, "{} {:03d},00 €".format(amount // 1000, amount % 1000)))
    base = patrimoine.make_base(tmp_path / "longue.gpkg", run_alg, cites=[("L1", "Cité Longue")], rows=rows)
    cites = patrimoine.make_layer("MultiPolygon?crs=EPSG:2154&field=cite_id:string&field=classe:string",
                                  [(patrimoine.square(0), {"cite_id": "L1", "classe": "remarquable"})])
    folder = tmp_path / "fiches"
    sheets(run_alg, cites, base, folder)
    pdf = folder / "L1.pdf"
    assert pdf_pages(pdf) == 3
    text = pdf_text(pdf)
    for year, word, amount in expected:
        assert len(re.findall(r"{}\s+{}\s+achevé\s+{}".format(year, word, amount), text)) == 1, (year, word, amount)
    assert text.count("travaux de voirie et réseaux (suite)") == 2


def test_filter_chooses_the_cites(run_alg, crossed, hand_base, tmp_path):
    folder = tmp_path / "exceptionnelles"
    result = sheets(run_alg, crossed, hand_base, folder, FILTER="\"classe\" = 'exceptionnelle'")
    assert result["NB_FICHES"] == 2
    assert sorted(p.name for p in folder.iterdir()) == ["C1.pdf", "C4.pdf", "index.html"]
    with pytest.raises(QgsProcessingException, match="No cité matches the filter"):
        sheets(run_alg, crossed, hand_base, tmp_path / "aucune", FILTER="\"classe\" = 'inconnue'")
    with pytest.raises(QgsProcessingException, match="not a valid expression"):
        sheets(run_alg, crossed, hand_base, tmp_path / "mauvais", FILTER="\"classe\" = = 'x'")


def test_a_layer_that_was_not_ranked_is_refused(run_alg, patrimoine, hand_base, tmp_path):
    cites = patrimoine.make_layer("MultiPolygon?crs=EPSG:2154&field=cite_id:string",
                                  [(patrimoine.square(0), {"cite_id": "C1"})])
    with pytest.raises(QgsProcessingException, match="no field classe"):
        sheets(run_alg, cites, hand_base, tmp_path / "f")


def test_cancel_writes_no_sheet_and_says_so(run_alg, crossed, hand_base, tmp_path, recording_feedback):
    feedback = recording_feedback()
    feedback.cancel()
    folder = tmp_path / "annule"
    result = sheets(run_alg, crossed, hand_base, folder, feedback)
    assert result.get("NB_FICHES", 0) == 0
    assert not list(folder.glob("*.pdf"))
