"""Domain core of the sandt task: plain Python, no QGIS needed."""

import datetime
import re

import pytest

from bassin_minier.mbm_qgis_plugin.sandt.names import CiteIndex, match_cite, name_score, normalize_cite_name
from bassin_minier.mbm_qgis_plugin.sandt.planning import TableError, detect_columns
from bassin_minier.mbm_qgis_plugin.sandt.rules import (
    cite_status,
    parse_amount,
    parse_date,
    parse_year,
    reseau_code,
    statut_code,
    validate_row,
)


@pytest.mark.parametrize("typed, stored", [
    ("Cite No 9", "Cité n°9"), ("CITÉ N° 9", "Cité n°9"), ("cité numéro 9", "Cité n°9"), ("Cité 9", "Cité n°9"),
    ("CITÉ ST PIERRE", "Cité Saint-Pierre"), ("Cite Saint Pierre", "Cité Saint-Pierre"),
    ("cite de l'abbaye", "Cité de l'Abbaye"), ("Cité-Jardin de la plaine", "Cité-jardin de la Plaine"),
])
def test_normalisation_makes_spellings_equal(typed, stored):
    assert normalize_cite_name(typed) == normalize_cite_name(stored)


@pytest.mark.parametrize("a, b", [("Cité des Brebis", "Coron des Brebis"), ("Cité n°9", "Cité n°19"),
                                  ("Cité Saint-Pierre", "Cité Saint-Paul"), ("Cité-jardin du Moulin", "Cité du Moulin"),
                                  ("Cité du Moulin", "Cité du Moulin Neuf")])
def test_distinct_cites_stay_distinct(a, b):
    assert normalize_cite_name(a) != normalize_cite_name(b)
    assert name_score(normalize_cite_name(a), normalize_cite_name(b)) < 85


def test_typos_are_tolerated():
    assert name_score(normalize_cite_name("Cite du Calvair"), normalize_cite_name("Cité du Calvaire")) >= 85
    assert name_score(normalize_cite_name("Cité Sant-Pierre"), normalize_cite_name("Cité Saint-Pierre")) >= 85


CITES = [
    {"cite_id": "A", "nom": "Cité des Brebis", "insee": "62498", "commune": "Lens"},
    {"cite_id": "B", "nom": "Coron des Brebis", "insee": "62498", "commune": "Lens"},
    {"cite_id": "C", "nom": "Cité n°9", "insee": "62498", "commune": "Lens"},
    {"cite_id": "D", "nom": "Cité n°9", "insee": "62510", "commune": "Liévin"},
    {"cite_id": "E", "nom": "Cité Sainte-Marie", "insee": "59172", "commune": "Bruay-sur-l'Escaut"},
]


def test_match_by_insee_then_name():
    index = CiteIndex(CITES)
    assert match_cite(index, "62498", "", "Cite No 9").cite_id == "C"
    assert match_cite(index, "62510", "", "Cite No 9").cite_id == "D"
    assert match_cite(index, "62498", "", "Coron des Brebis").cite_id == "B"
    assert match_cite(index, "62498", "", "CITE DES BREBIS").cite_id == "A"


def test_match_by_commune_name_when_insee_missing():
    index = CiteIndex(CITES)
    assert match_cite(index, "", "LIEVIN", "Cité 9").cite_id == "D"
    assert match_cite(index, "", "Bruay sur l Escaut", "Cite Ste Marie").cite_id == "E"
    assert match_cite(index, "", "Carvin", "Cité 9").status == "non_trouve"


def test_ambiguous_and_absent_are_never_guessed():
    index = CiteIndex(CITES)
    assert match_cite(index, "62498", "", "Brebis").status == "ambigu"
    absent = match_cite(index, "62498", "", "Cité n°19")
    assert absent.status == "non_trouve" and absent.cite_id is None
    assert match_cite(index, "62498", "", "Cité des Brebis Nord").status == "non_trouve"
    assert match_cite(index, "99999", "", "Cité n°9").status == "non_trouve"


def test_alias_decides():
    index = CiteIndex(CITES, {("62498", normalize_cite_name("Brebis")): "B"})
    match = match_cite(index, "62498", "", "Les Brebis")
    assert (match.status, match.cite_id, match.score) == ("ok", "B", 100)


@pytest.mark.parametrize("text, value", [("125 000,50", 125000.5), ("125\u00a0000,50", 125000.5),
                                         ("12 500 €", 12500.0), ("1.250,5", 1250.5), ("1,250.5", 1250.5),
                                         (98000.5, 98000.5), ("", None), (None, None), ("0", 0.0),
                                         ("12\u202f500", 12500.0), ("1.250.000", 1250000.0), ("350.5", 350.5),
                                         ("1250.500", 1250.5), ("1e5", 100000.0), ("1.5E+05", 150000.0)])
def test_amounts(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["-5", "beaucoup", "12,5,5", "1e", "e5", "1e309", "NaN", "inf", "9" * 400,
                                  float("inf"), float("nan"), 10 ** 400])
def test_bad_amounts(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_an_amount_with_one_thousands_dot_is_never_guessed():
    # "125.000 €" is 125 000 € for whoever typed it the French way, 125 € for a reader of decimals.
    with pytest.raises(ValueError, match="ambigu"):
        parse_amount("125.000")
    row = validate_row(1, {"insee": "62498", "cite": "Cité n°9", "reseau": "Voirie", "statut": "Programmé",
                           "annee": "2025", "montant": "125.000"})
    assert row.errors == ["montant HT « 125.000 » ambigu : écrire 125 000 ou 125,000"]


def test_years_and_dates():
    today = datetime.date(2026, 1, 1)
    assert parse_year("2025", today) == 2025 and parse_year(2026.0, today) == 2026
    for bad in ("1850", "2207", "20255", "vingt", ""):
        with pytest.raises(ValueError):
            parse_year(bad, today)
    assert parse_date("15/06/2025") == datetime.date(2025, 6, 15)
    assert parse_date("2025-06-15") == datetime.date(2025, 6, 15)
    assert parse_date("5.6.2025") == datetime.date(2025, 6, 5)
    for bad in ("31/02/2025", "demain", "15/13/2025"):
        with pytest.raises(ValueError):
            parse_date(bad)


@pytest.mark.parametrize("label, code", [("AEP", "eau_potable"), ("Eau potable", "eau_potable"),
                                         ("Éclairage public", "eclairage"), ("Assainissement EU/EP", "assainissement"),
                                         ("VOIRIE", "voirie"), ("Gaz", None)])
def test_reseau_labels(label, code):
    assert reseau_code(label) == code


@pytest.mark.parametrize("label, code", [("Programmé", "programme"), ("En cours", "en_cours"),
                                         ("Travaux en cours", "en_cours"), ("Achevé", "acheve"),
                                         ("Terminé", "acheve"), ("Réalisé", "acheve"), ("peut-être", None)])
def test_statut_labels(label, code):
    assert statut_code(label) == code


def test_cite_status_rules():
    def op(reseau, year, statut):
        return {"reseau": reseau, "annee_programme": year, "statut": statut}

    assert cite_status([]) == ("non_engage", 0.0)
    assert cite_status([op("voirie", 2025, "programme")]) == ("programme", 0.0)
    assert cite_status([op("voirie", 2025, "en_cours")]) == ("en_cours", 0.0)
    assert cite_status([op("voirie", 2020, "acheve"), op("voirie", 2025, "programme")]) == ("programme", 0.0)
    assert cite_status([op(r, 2024, "acheve") for r in ("voirie", "assainissement", "eau_potable")]) == \
        ("en_cours", 75.0)
    assert cite_status([op(r, 2024, "acheve") for r in ("voirie", "assainissement", "eau_potable", "eclairage")]) \
        == ("acheve", 100.0)


def test_detect_columns_from_french_headers():
    headers = ["Code INSEE", "Commune", "Cité", "Réseau", "Statut", "Année programme", "Montant HT (€)",
               "Longueur (m)", "Date fin travaux"]
    mapping = detect_columns(headers)
    assert mapping == {"insee": "Code INSEE", "commune": "Commune", "cite": "Cité", "reseau": "Réseau",
                       "statut": "Statut", "annee": "Année programme", "montant": "Montant HT (€)",
                       "longueur": "Longueur (m)", "date_fin": "Date fin travaux"}
    with pytest.raises(TableError, match="Aucun en-tête utilisable"):
        detect_columns(["A", "B", "C"])
    with pytest.raises(TableError, match="n'existe pas"):
        detect_columns(headers, {"cite": "Nom"})


def test_missing_columns_are_named_as_the_user_knows_them():
    # The headers to write and the fields of the dialog to set, not role codes ("cite") nor ids (CITE_FIELD).
    with pytest.raises(TableError, match=r"pour : Cité \(champ « Colonne de la cité »\), Année programme \(champ "
                                         r"« Colonne de l'année de programme »\)\."):
        detect_columns(["Code INSEE", "Commune", "Réseau", "Statut"])
    with pytest.raises(TableError, match=r"indiquée pour Cité \(champ « Colonne de la cité »\)"):
        detect_columns(["Code INSEE", "Cité"], {"cite": "Nom"})


def test_insee_code_of_another_commune_is_not_trusted():
    # 62510 typed for a cité of Lens: Liévin has a "Cité n°9" too, the row must not land on it.
    index = CiteIndex(CITES)
    wrong = match_cite(index, "62510", "Lens", "Cité n°9")
    assert (wrong.status, wrong.cite_id) == ("non_trouve", None)
    assert "62510" in wrong.message and "Liévin" in wrong.message
    # the same commune written otherwise, or with a typo, is the same commune
    assert match_cite(index, "62510", "LIEVIN", "Cité n°9").cite_id == "D"
    assert match_cite(index, "62510", "Lieven", "Cité n°9").cite_id == "D"
    assert match_cite(index, "59172", "Bruay sur l'Escaut", "Cite Ste Marie").cite_id == "E"
    # resolved by hand in the dock (an alias), the row is then taken
    chosen = CiteIndex(CITES, {("62510", normalize_cite_name("Cité n°9")): "D"})
    assert match_cite(chosen, "62510", "Lens", "Cité n°9").cite_id == "D"


def test_a_duplicate_row_says_whether_its_values_differ():
    from bassin_minier.mbm_qgis_plugin.sandt.planning import plan_import

    mapping = {"insee": "i", "cite": "c", "reseau": "r", "statut": "s", "annee": "a", "montant": "m"}
    row = {"i": "62498", "c": "Cité n°9", "r": "Voirie", "s": "Programmé", "a": "2025", "m": "1 000"}
    rows = [row, dict(row), dict(row, s="Achevé", m="1 200")]
    plan = plan_import(rows, mapping, CiteIndex(CITES), {})
    assert [r.action for r in plan.report] == ["insere", "doublon", "doublon"]
    assert plan.report[1].message == "Répète la ligne 1 (mêmes valeurs) : ligne ignorée."
    assert "statut programmé ≠ achevé" in plan.report[2].message
    assert re.search(r"montant HT 1\s000 ≠ 1\s200", plan.report[2].message), plan.report[2].message
    assert "seule la ligne 1 est prise" in plan.report[2].message
