"""The domain core without Processing: status words, commune labels, order, French numbers, slivers."""

import pytest
from qgis.core import QgsGeometry

from bassin_minier.mbm_qgis_plugin.concessions.checks import Concession, check_concessions, fr_number, natural_key
from bassin_minier.mbm_qgis_plugin.concessions.geometry import french_validity_message, is_sliver, repaired
from bassin_minier.mbm_qgis_plugin.concessions.report import CommuneShare, shaft_status


@pytest.mark.parametrize("value, status", [
    ("traite", "traite"), ("Traité", "traite"), ("NON_TRAITE", "non_traite"), ("non traité", "non_traite"),
    ("Non-traité ", "non_traite"), ("inconnu", "inconnu"), ("", "inconnu"), (None, "inconnu"),
    ("remblayé", "inconnu")])
def test_shaft_status(value, status):
    assert shaft_status(value) == status


def test_commune_labels():
    assert CommuneShare("Lens", "62498", 0.4249).label() == "Lens (42 %)"
    assert CommuneShare("Ruitz", "62727", 0.004).label() == "Ruitz (< 1 %)"


def test_natural_order_and_french_numbers():
    assert sorted(["C10", "C2", "C1"], key=natural_key) == ["C1", "C2", "C10"]
    assert fr_number(1234567.891, 1) == "1 234 567,9"
    assert fr_number(-16.66, 1) == "-16,7"


def test_validity_messages_are_french():
    assert french_validity_message("Self-intersection").startswith("auto-intersection")
    assert french_validity_message("Ring Self-intersection") == "anneau qui se recoupe lui-même"


def test_sliver_width():
    strip = QgsGeometry.fromWkt("POLYGON((0 0,1000 0,1000 4,0 4,0 0))")  # 4 m wide
    assert is_sliver(strip, 5)
    assert not is_sliver(strip, 3)


def test_repair_keeps_both_lobes_and_leaves_the_original():
    bow_tie = QgsGeometry.fromWkt("POLYGON((0 0,10 10,10 0,0 10,0 0))")
    wkt = bow_tie.asWkt()
    fixed = repaired(bow_tie)
    assert fixed.isGeosValid() and fixed.area() == pytest.approx(50.0)
    assert bow_tie.asWkt() == wkt


def test_checker_on_records():
    square = "POLYGON(({0} 0,{1} 0,{1} 100,{0} 100,{0} 0))"
    records = [Concession(1, "A", QgsGeometry.fromWkt(square.format(0, 100)), 1.0),
               Concession(2, "B", QgsGeometry.fromWkt(square.format(90, 200)), None),
               Concession(3, None, QgsGeometry(), None)]
    anomalies = check_concessions(records, sliver_max_width_m=5, area_tolerance_pct=5)
    assert [(a.anomalie, a.concession_id) for a in anomalies] == [
        ("geometrie_vide", "(fid 3)"), ("chevauchement", "A,B")]
    assert anomalies[1].surface_m2 == pytest.approx(1000.0)


def test_summary_sentence_agrees_in_number():
    from bassin_minier.mbm_qgis_plugin.concessions.report import ConcessionInventory, summary_sentence

    square = QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))")
    one = ConcessionInventory(1, "C1", "", square, shafts=[{"etat": "non_traite"}, {"etat": "traite"}],
                              stations=[{}], communes=[CommuneShare("Lens", "62498", 1.0)])
    assert summary_sentence(one) == "1,0 ha, 2 puits dont 1 non traité ou inconnu, 1 station de relevage, 1 commune"
    many = ConcessionInventory(2, "C2", "", square, shafts=[{"etat": "inconnu"}] * 3, stations=[{}, {}],
                               communes=[CommuneShare("Lens", "62498", 0.5), CommuneShare("Liévin", "62510", 0.5)])
    assert summary_sentence(many) == "1,0 ha, 3 puits dont 3 non traités ou inconnus, 2 stations de relevage, 2 communes"


def test_hole_in_one_perimeter_is_named_as_such():
    donut = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0),(400 400,600 400,600 600,400 600,400 400))"
    anomalies = check_concessions([Concession(1, "A", QgsGeometry.fromWkt(donut), None)])
    assert [(a.anomalie, a.concession_id) for a in anomalies] == [("lacune", "A")]
    assert anomalies[0].surface_m2 == pytest.approx(40000.0)
    assert "enclose dans la concession A (trou de son périmètre)" in anomalies[0].detail
    island = Concession(2, "B", QgsGeometry.fromWkt("POLYGON((400 400,600 400,600 600,400 600,400 400))"), None)
    assert check_concessions([Concession(1, "A", QgsGeometry.fromWkt(donut), None), island]) == []


@pytest.mark.parametrize("wkt, reason, checked_area", [
    ("MULTILINESTRING((0 0,10 0),(0 5,10 5))", "géométrie de type ligne dans une couche de polygones", None),
    ("MULTIPOINT((0 0),(5 5))", "géométrie de type point dans une couche de polygones", None),
    ("GEOMETRYCOLLECTION(LINESTRING(0 0,10 0),POINT(5 5))", "collection de lignes et de points", None),
    ("GEOMETRYCOLLECTION(POLYGON((0 0,100 0,100 100,0 100,0 0)),POINT(500 500))",
     "collection mélangeant polygones et points : le point est ignoré", 10000.0),
    ("GEOMETRYCOLLECTION(POLYGON((0 0,100 0,100 100,0 100,0 0)),LINESTRING(0 0,1 1),POINT(500 500))",
     "collection mélangeant polygones, lignes et points : les lignes et les points sont ignorés", 10000.0),
])
def test_what_is_not_a_surface_is_reported(wkt, reason, checked_area):
    # The polygon part, when there is one, is checked against a declared area of 2 ha: an ecart_surface.
    anomalies = check_concessions([Concession(1, "C1", QgsGeometry.fromWkt(wkt), 2.0)])
    assert [a.anomalie for a in anomalies] == ["geometrie_invalide"] + (["ecart_surface"] if checked_area else [])
    assert reason in anomalies[0].detail
    assert anomalies[0].surface_m2 is None and anomalies[0].geometry.area() > 0
    if checked_area:
        assert anomalies[1].surface_m2 == pytest.approx(checked_area)
