"""Matching on real files: no wrong cité, fewer rows left to the cartographer."""

import importlib.util
import os

import pytest
from qgis.core import QgsVectorLayer

from bassin_minier.mbm_qgis_plugin.sandt.names import CiteIndex, match_cite
from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase

_spec = importlib.util.spec_from_file_location("sandt_typing", os.path.join(os.path.dirname(__file__),
                                                                            "typing_variants.py"))
typing_variants = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(typing_variants)

#: The seed of the held-out programme. The matcher was developed against other seeds (7, 11, 13); this
#: one is only measured, never tuned on.
HELD_OUT_SEED = 2026


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


def test_the_exact_name_wins_over_a_cite_differing_by_an_article(run_alg, tmp_path, sandt):
    base = str(tmp_path / "b.gpkg")
    cites = [("LENS-DUB", "Cité du Bois", "62498", "Lens", 10), ("LENS-DESB", "Cité des Bois", "62498", "Lens", 10),
             ("LENS-09", "Cité n°9", "62498", "Lens", 10)]
    run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(cites), "OUTPUT": base})
    rows = [["62498", "Lens", "Cité du Bois", "Voirie", "Programmé", "2025", "", "", ""],
            ["62498", "Lens", "CITE DES BOIS", "Voirie", "Programmé", "2025", "", "", ""],
            ["", "LENS", "cite du bois", "AEP", "Programmé", "2025", "", "", ""],
            ["62498", "Lens", "Cité Bois", "Voirie", "Programmé", "2026", "", "", ""],   # which one? never guessed
            ["62498", "Lens", "Cité de Bois", "Voirie", "Programmé", "2027", "", "", ""]]
    report = report_rows(update(run_alg, base, sandt.write_csv(tmp_path / "p.csv", rows)))
    assert [(report[n]["action"], report[n]["cite_id"]) for n in (1, 2, 3)] == [
        ("insere", "LENS-DUB"), ("insere", "LENS-DESB"), ("insere", "LENS-DUB")]
    assert report[1]["score"] == 100 and report[2]["score"] == 100
    assert report[4]["action"] == "ambigu" and report[5]["action"] == "ambigu"
    assert "Cité du Bois" in report[4]["message"] and "Cité des Bois" in report[4]["message"]
    # Without a twin, the article may be dropped or mistyped.
    index = CiteIndex([{"cite_id": "X", "nom": "Cité des Bois", "insee": "62498", "commune": "Lens"}])
    assert match_cite(index, "62498", "", "Cité du Bois").cite_id == "X"


@pytest.mark.parametrize("statut", ["Terminé ?", "achevé (à confirmer)", "prévu?", "En cours (?)",
                                    "Achevé sous réserve", "programmé - à vérifier"])
def test_a_status_that_carries_doubt_is_invalide(run_alg, gpkg_base, tmp_path, sandt, statut):
    rows = [["62498", "Lens", "Cité n°9", "Voirie", statut, "2025", "1 000", "", ""],
            ["62498", "Lens", "Cité n°9", "AEP ?", "Achevé", "2025", "1 000", "", ""]]
    report = report_rows(update(run_alg, gpkg_base, sandt.write_csv(tmp_path / "p.csv", rows)))
    assert report[1]["action"] == "invalide"
    assert "statut « {} » incertain : n'importer qu'un statut confirmé".format(statut) in report[1]["message"]
    assert report[2]["action"] == "invalide" and "réseau « AEP ? » incertain" in report[2]["message"]
    assert SandtBase(gpkg_base).read_operations() == {}


def test_typos_in_the_estate_word_match_when_nothing_else_fits(run_alg, tmp_path, sandt):
    base = str(tmp_path / "b.gpkg")
    cites = [("C2", "Cité n°2", "62498", "Lens", 10), ("C18", "Cité n°18", "62498", "Lens", 10),
             ("C20", "Cité n°20", "62498", "Lens", 10), ("C24", "Cité n°24", "62498", "Lens", 10),
             ("J1", "Cité-jardin du Verger", "62498", "Lens", 10), ("CO3", "Coron n°3", "62498", "Lens", 10),
             ("C3", "Cité n°3", "62498", "Lens", 10)]
    run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(cites), "OUTPUT": base})
    typed = ["Cié n°2", "Cit n°18", "Ctié n°20", "Cté n°24", "Cit. jardin du Vreger", "Coron n°2", "Cte n°3",
             "Corn n°3"]
    rows = [["62498", "Lens", name, "Voirie", "Programmé", str(2000 + n), "", "", ""] for n, name in enumerate(typed)]
    report = report_rows(update(run_alg, base, sandt.write_csv(tmp_path / "p.csv", rows)))
    found = {n: (report[n]["action"], report[n]["cite_id"]) for n in report}
    assert found[1] == ("insere", "C2") and found[2] == ("insere", "C18") and found[3] == ("insere", "C20")
    assert found[4] == ("insere", "C24") and found[5] == ("insere", "J1")
    assert all(85 <= report[n]["score"] < 100 for n in (1, 2, 3, 4, 5))
    # Another estate word is never a typo: "Coron n°2" is not the Cité n°2.
    assert found[6][0] == "non_trouve" and not found[6][1]
    # A mistyped word stands for its own kind only: "Cte n°3" is the cité, "Corn n°3" the coron.
    assert found[7] == ("insere", "C3") and found[8] == ("insere", "CO3")


def test_ranked_candidates_come_from_names_and_are_ordered_by_score():
    cites = [{"cite_id": "A", "nom": "Cité des Brebis", "insee": "62498", "commune": "Lens"},
             {"cite_id": "B", "nom": "Coron des Brebis", "insee": "62498", "commune": "Lens"},
             {"cite_id": "C", "nom": "Cité n°9", "insee": "62498", "commune": "Lens"},
             {"cite_id": "D", "nom": "Cité des Brebis", "insee": "62510", "commune": "Liévin"}]
    ranked = CiteIndex(cites).ranked("", "LENS", "Cite des Brebys")
    # the cités of Lens only, the closest first, then the others (another estate word scores 0) by name
    assert [(r[1], r[0]) for r in ranked] == [("A", 94), ("C", 0), ("B", 0)]
    assert ranked[0][4] == "Lens"


def _sample_cites(sample_data):
    layer = QgsVectorLayer(str(sample_data / "bassin_minier_synthetique.gpkg") + "|layername=cites", "c", "ogr")
    return [{"cite_id": f["cite_id"], "nom": f["nom"], "insee": f["insee"], "commune": f["commune"]}
            for f in layer.getFeatures()]


def test_held_out_programme_of_typical_typing(run_alg, tmp_path, sandt, sample_data, record_property):
    """2,000 rows typed as the services type them, on the 563 cités of the sample base: no wrong cité, and
    at least 98 % of the rows that name a cité of the base applied."""
    cites = _sample_cites(sample_data)
    rows, truths = typing_variants.typed_programme(cites, 2000, HELD_OUT_SEED)
    base = str(tmp_path / "base.gpkg")
    run_alg("mbm:sandt_create", {"CITES": str(sample_data / "bassin_minier_synthetique.gpkg") + "|layername=cites",
                                 "OUTPUT": base})
    report = report_rows(update(run_alg, base, sandt.write_csv(tmp_path / "programme.csv", rows), DRY_RUN=True))
    assert sorted(report) == list(range(1, len(rows) + 1))
    named = [n for n, truth in enumerate(truths, 1) if truth is not None]
    applied = [n for n in named if report[n]["action"] == "insere" and report[n]["cite_id"] == truths[n - 1]]
    wrong = [(rows[n - 1][2], truths[n - 1], report[n]["cite_id"]) for n in report
             if report[n]["cite_id"] and report[n]["cite_id"] != truths[n - 1]]
    rate = 100.0 * len(applied) / len(named)
    record_property("match_rate", round(rate, 2))
    print("held-out programme (seed {}): {} rows naming a cité of the base, {} applied ({:.2f} %), {} wrong, "
          "{} rows naming an absent cité".format(HELD_OUT_SEED, len(named), len(applied), rate, len(wrong),
                                                 len(rows) - len(named)))
    assert wrong == []
    assert rate >= 98.0, [(rows[n - 1][2], report[n]["action"]) for n in named if n not in applied]
