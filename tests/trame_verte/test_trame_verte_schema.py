"""mbm:trame_verte_schema on synthetic layers with known answers."""

import math
import random
import sys

import pytest
from qgis.core import QgsGeometry

SIDE_3HA = math.sqrt(30000.0)    # a 3 ha square
SIDE_10HA = math.sqrt(100000.0)  # a 10 ha square


def _square(x, y, side):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(x=x, y=y, x2=x + side, y2=y + side)


def _rect(x, y, width, height):
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(
        x=x, y=y, x2=x + width, y2=y + height)


X0, Y0 = 680000.0, 7030000.0  # Lens, Lambert-93


def test_two_3ha_patches_40m_apart_make_one_6ha_reservoir(schema, polygons):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_3HA), _square(X0 + SIDE_3HA + 40, Y0, SIDE_3HA)])
    reservoirs, corridors, conflicts, _fb, _r = schema(HABITATS=[woods])
    assert len(reservoirs) == 1
    assert reservoirs[0]["surface_ha"] == pytest.approx(6.0, abs=0.01)  # patches, not their buffers
    assert reservoirs[0]["sous_trame"] == "boisements"
    assert reservoirs[0]["reservoir_id"] == 1
    assert corridors == [] and conflicts == []


def test_two_3ha_patches_60m_apart_are_no_reservoir(schema, polygons):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_3HA), _square(X0 + SIDE_3HA + 60, Y0, SIDE_3HA)])
    reservoirs, _c, _p, feedback, _r = schema(HABITATS=[woods])
    assert reservoirs == []
    assert any("réservoir" in w.lower() or "reservoir" in w.lower() for w in feedback.warnings)


@pytest.mark.parametrize("gap, linked", [(900.0, True), (1100.0, False)])
def test_pair_gets_a_corridor_only_below_max_distance(schema, polygons, gap, linked):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + gap, Y0, SIDE_10HA)])
    reservoirs, corridors, _p, _fb, _r = schema(HABITATS=[woods], MAX_CORRIDOR_M=1000)
    assert len(reservoirs) == 2
    assert all(r["surface_ha"] == pytest.approx(10.0, abs=0.01) for r in reservoirs)
    if not linked:
        assert corridors == []
        return
    assert len(corridors) == 1
    corridor = corridors[0]
    assert corridor["corridor_id"] == 1
    assert {corridor["reservoir_a"], corridor["reservoir_b"]} == {1, 2}
    assert corridor["longueur_m"] == pytest.approx(gap, abs=0.01)
    assert corridor["cout"] == pytest.approx(gap, abs=0.01)  # straight: cost = length
    assert corridor["statut"] == "a_preserver"
    by_id = {r["reservoir_id"]: r["geometry"] for r in reservoirs}
    line = corridor["geometry"].asPolyline()
    ends = (QgsGeometry.fromPointXY(line[0]), QgsGeometry.fromPointXY(line[-1]))
    assert by_id[corridor["reservoir_a"]].distance(ends[0]) < 1e-6
    assert by_id[corridor["reservoir_b"]].distance(ends[1]) < 1e-6


def test_corridor_crossing_a_road_gives_one_conflict_point(schema, polygons, lines):
    woods = polygons("boisements", [
        _square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 600, Y0, SIDE_10HA),
        _square(X0, Y0 + SIDE_10HA + 500, SIDE_10HA)])
    x_road = X0 + SIDE_10HA + 300
    road = lines("autoroutes", [("LINESTRING({x} {y0}, {x} {y1})".format(x=x_road, y0=Y0 - 2000, y1=Y0 + 600),
                                 {"nom": "A21"})])
    unnamed = lines("voies_ferrees", ["LINESTRING({} {}, {} {})".format(X0 - 5000, Y0 - 3000, X0 - 4000, Y0 - 3000)],
                    fields=())
    reservoirs, corridors, conflicts, _fb, _r = schema(HABITATS=[woods], BARRIERS=[road, unnamed])
    assert len(reservoirs) == 3
    assert len(corridors) == 2
    crossing = [c for c in corridors if c["geometry"].intersects(QgsGeometry.fromWkt(
        "LINESTRING({x} {y0}, {x} {y1})".format(x=x_road, y0=Y0 - 2000, y1=Y0 + 600)))]
    assert len(crossing) == 1
    assert crossing[0]["statut"] == "a_remettre_en_bon_etat"
    assert [c["statut"] for c in corridors if c is not crossing[0]] == ["a_preserver"]
    assert len(conflicts) == 1
    assert conflicts[0]["corridor_id"] == crossing[0]["corridor_id"]
    assert conflicts[0]["barriere"] == "A21"
    point = conflicts[0]["geometry"].asPoint()
    assert point.x() == pytest.approx(x_road, abs=1e-6)


def test_barrier_without_name_is_named_by_layer_and_feature(schema, polygons, lines):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 600, Y0, SIDE_10HA)])
    x_rail = X0 + SIDE_10HA + 300
    rail = lines("voies_ferrees", ["LINESTRING({x} {y0}, {x} {y1})".format(x=x_rail, y0=Y0 - 500, y1=Y0 + 900)],
                 fields=())
    _res, corridors, conflicts, _fb, _r = schema(HABITATS=[woods], BARRIERS=[rail])
    assert [c["statut"] for c in corridors] == ["a_remettre_en_bon_etat"]
    assert [c["barriere"] for c in conflicts] == ["voies_ferrees #1"]


def test_layers_in_other_crs_are_reprojected(schema, polygons):
    # The first layer is in WGS 84 (not metric): the work is done in Lambert-93.
    wgs84 = polygons("zones_humides", [_square(X0, Y0, SIDE_3HA)], crs="EPSG:4326")
    lambert = polygons("boisements", [_square(X0 + SIDE_3HA + 40, Y0, SIDE_3HA)])
    old = polygons("parcs", [_square(X0 + 2 * SIDE_3HA + 80, Y0, SIDE_10HA)], crs="EPSG:27561")
    reservoirs, corridors, _c, _fb, result = schema(HABITATS=[wgs84, lambert, old], MIN_RESERVOIR_HA=5)
    assert result["OUTPUT_RESERVOIRS"].crs().authid() == "EPSG:2154"
    assert len(reservoirs) == 1  # the three patches are 40 m apart: one réservoir
    assert reservoirs[0]["surface_ha"] == pytest.approx(16.0, rel=0.002)
    assert reservoirs[0]["sous_trame"] == "parcs"  # the dominant sous-trame by area
    assert reservoirs[0]["geometry"].boundingBox().xMinimum() == pytest.approx(X0, abs=0.5)


def test_metric_first_layer_sets_the_crs(schema, polygons):
    lambert_nord = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 500, Y0, SIDE_10HA)],
                            crs="EPSG:27561")
    reservoirs, corridors, _c, _fb, result = schema(HABITATS=[lambert_nord])
    assert result["OUTPUT_CORRIDORS"].crs().authid() == "EPSG:27561"
    assert len(corridors) == 1 and corridors[0]["longueur_m"] == pytest.approx(500, rel=0.01)


def test_empty_layer_and_invalid_polygon_give_messages_not_a_crash(schema, polygons):
    empty = polygons("terrils", [])
    bow_tie = "POLYGON(({x} {y}, {x2} {y2}, {x2} {y}, {x} {y2}, {x} {y}))".format(
        x=X0, y=Y0, x2=X0 + 600, y2=Y0 + 600)
    woods = polygons("boisements", [bow_tie, _square(X0 + 1000, Y0, SIDE_10HA)])
    reservoirs, corridors, _c, feedback, _r = schema(HABITATS=[empty, woods])
    assert any("terrils" in w and "empty" in w for w in feedback.warnings)
    assert any("makeValid" in w for w in feedback.warnings)
    assert sorted(round(r["surface_ha"], 2) for r in reservoirs) == [10.0, 18.0]  # two 9 ha triangles
    assert len(corridors) == 1


def test_only_empty_layers_give_empty_outputs(schema, polygons):
    reservoirs, corridors, conflicts, feedback, _r = schema(HABITATS=[polygons("terrils", [])])
    assert (reservoirs, corridors, conflicts) == ([], [], [])
    assert feedback.warnings


def test_sous_trame_from_field(schema, polygons):
    layer = polygons("habitats", [(_square(X0, Y0, SIDE_10HA), {"sous_trame": "humide"}),
                                  (_square(X0 + 2000, Y0, SIDE_10HA), {"sous_trame": None})],
                     fields=(("sous_trame", "string"),))
    reservoirs, _c, _p, _fb, _r = schema(HABITATS=[layer], SOUS_TRAME_FIELD="sous_trame")
    assert sorted(r["sous_trame"] for r in reservoirs) == ["habitats", "humide"]


def test_pruning_never_loses_connectivity(schema, polygons):
    rng = random.Random(5)
    squares = [_square(X0 + rng.uniform(0, 6000), Y0 + rng.uniform(0, 6000), SIDE_10HA * rng.uniform(0.75, 1.5))
               for _ in range(40)]
    woods = polygons("boisements", squares)
    reservoirs, corridors, _c, _fb, _r = schema(HABITATS=[woods], MERGE_DISTANCE_M=0, MAX_CORRIDOR_M=800)
    geometries = {r["reservoir_id"]: r["geometry"] for r in reservoirs}
    ids = sorted(geometries)
    candidates = [(a, b) for a in ids for b in ids if a < b and geometries[a].distance(geometries[b]) < 800]
    assert len(corridors) < len(candidates)  # something was pruned…
    parent = {i: i for i in ids}

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for corridor in corridors:
        parent[find(corridor["reservoir_a"])] = find(corridor["reservoir_b"])
    for a, b in candidates:  # …but every pair closer than the maximum is connected
        assert find(a) == find(b), (a, b)
    assert all(c["longueur_m"] < 800 for c in corridors)


def test_least_cost_paths_go_around_a_high_friction_block(schema, polygons):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 700, Y0, SIDE_10HA)])
    block = _rect(X0 + SIDE_10HA + 250, Y0 - 200, 200, SIDE_10HA + 300)  # covers the straight line, open south…
    land = polygons("occupation_sol", [(block, {"friction": 10000})], fields=(("friction", "double"),))
    _res, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="friction",
                                          RESOLUTION_M=25)
    assert len(corridors) == 1
    corridor = corridors[0]
    assert not corridor["geometry"].intersects(QgsGeometry.fromWkt(block))
    assert corridor["longueur_m"] > 700
    assert corridor["statut"] == "a_preserver"
    assert corridor["cout"] == pytest.approx(corridor["longueur_m"] * 100, rel=0.2)  # default friction 100
    line = corridor["geometry"].asPolyline()
    by_id = {r["reservoir_id"]: r["geometry"] for r in _res}
    assert by_id[corridor["reservoir_a"]].distance(QgsGeometry.fromPointXY(line[0])) < 1e-6
    assert by_id[corridor["reservoir_b"]].distance(QgsGeometry.fromPointXY(line[-1])) < 1e-6


def test_least_cost_path_through_unsuitable_land_is_to_restore(schema, polygons):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 700, Y0, SIDE_10HA)])
    wall = _rect(X0 + SIDE_10HA + 300, Y0 - 5000, 50, 10000)  # no way around within the raster
    land = polygons("occupation_sol", [(wall, {"classe": "tissu_urbain"})], fields=(("classe", "string"),))
    _res, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="classe")
    assert len(corridors) == 1
    assert corridors[0]["geometry"].intersects(QgsGeometry.fromWkt(wall))
    assert corridors[0]["statut"] == "a_remettre_en_bon_etat"


def test_least_cost_links_pairs_whose_cost_zones_do_not_touch(schema, polygons):
    # A small réservoir sits between two large ones: all three pairwise closer than the maximum.
    woods = polygons("boisements", [_square(X0, Y0, 400), _square(X0 + 700, Y0 + 150, SIDE_10HA * 0.8),
                                    _square(X0 + 1300, Y0, 400)])
    land = polygons("occupation_sol", [(_rect(X0 - 100, Y0 - 100, 2000, 700), {"friction": 5})],
                    fields=(("friction", "double"),))
    reservoirs, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="friction",
                                                MAX_CORRIDOR_M=1000)
    assert len(reservoirs) == 3
    pairs = {(c["reservoir_a"], c["reservoir_b"]) for c in corridors}
    assert len(pairs) >= 2
    parent = {1: 1, 2: 2, 3: 3}

    def root(item):
        while parent[item] != item:
            item = parent[item]
        return item

    for a, b in pairs:
        parent[root(max(a, b))] = root(min(a, b))
    assert {root(1), root(2), root(3)} == {1}  # all three connected
    assert all(c["geometry"].length() > 0 for c in corridors)


def test_missing_friction_field_is_a_clear_error(run_alg, polygons):
    from qgis.core import QgsProcessingException

    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA)])
    with pytest.raises(QgsProcessingException):
        run_alg("mbm:trame_verte_schema", {"HABITATS": [woods], "RESISTANCE": woods,
                                           "OUTPUT_RESERVOIRS": "TEMPORARY_OUTPUT",
                                           "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT",
                                           "OUTPUT_CONFLITS": "TEMPORARY_OUTPUT"})


def _wall_case(polygons, classe="tissu_urbain"):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 700, Y0, SIDE_10HA)])
    wall = _rect(X0 + SIDE_10HA + 300, Y0 - 5000, 50, 10000)
    land = polygons("occupation_sol", [(wall, {"classe": classe})], fields=(("classe", "string"),))
    return woods, land


def test_friction_table_parameter_is_read(schema, polygons, tmp_path):
    woods, land = _wall_case(polygons)
    table = tmp_path / "friction_maison.csv"
    table.write_text("classe;libelle;friction\ntissu_urbain;Tissu urbain traversable;5\n", encoding="utf-8")
    _res, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="classe",
                                          FRICTION_TABLE=str(table))
    assert [c["statut"] for c in corridors] == ["a_preserver"]  # 5 < 1 000: not unsuitable any more


def test_unsuitable_threshold_parameter_is_read(schema, polygons):
    woods, land = _wall_case(polygons)
    _res, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="classe",
                                          UNSUITABLE_FRICTION=20000)
    assert [c["statut"] for c in corridors] == ["a_preserver"]


def test_default_friction_parameter_is_read(schema, polygons):
    woods, land = _wall_case(polygons, classe="classe_inconnue")
    _res, corridors, _c, feedback, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="classe",
                                               DEFAULT_FRICTION=3)
    assert any("classe_inconnue" in w for w in feedback.warnings)  # unknown class: default friction
    assert corridors[0]["cout"] == pytest.approx(corridors[0]["longueur_m"] * 3, rel=0.1)


def test_least_cost_corridors_need_no_scipy(schema, polygons, monkeypatch):
    # numpy and GDAL only: a QGIS without scipy still gets least-cost corridors.
    for name in ("scipy", "scipy.sparse", "scipy.sparse.csgraph"):
        monkeypatch.setitem(sys.modules, name, None)  # import scipy now raises ImportError
    woods, land = _wall_case(polygons, classe="classe_inconnue")
    _res, corridors, _c, _feedback, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="classe")
    assert len(corridors) == 1
    assert corridors[0]["cout"] == pytest.approx(700 * 100, rel=0.1)  # default friction 100: not a straight line


def test_a_thin_diagonal_road_is_not_crossed_through_raster_gaps(schema, polygons):
    # A 10 m wide diagonal road (friction 10 000) between two réservoirs, at 25 m resolution: sampled at cell
    # centres it would leave holes; the corridor must still be counted as crossing unsuitable land.
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 700, Y0, SIDE_10HA)])
    road = QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(X0 - 3000, Y0 + 158 - 3666, X0 + 4000,
                                                                 Y0 + 158 + 3334)).buffer(5, 2)
    land = polygons("occupation_sol", [(road.asWkt(), {"classe": "autoroute"})], fields=(("classe", "string"),))
    _res, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="classe")
    assert len(corridors) == 1
    assert corridors[0]["statut"] == "a_remettre_en_bon_etat"
    assert corridors[0]["cout"] > 10000 * 25  # at least one road cell paid for


def test_friction_field_absent_from_the_resistance_layer_is_a_clear_error(run_alg, polygons):
    from qgis.core import QgsProcessingException

    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 500, Y0, SIDE_10HA)])
    land = polygons("occupation_sol", [(_square(X0, Y0, 5000), {"classe": "culture"})],
                    fields=(("classe", "string"),))
    with pytest.raises(QgsProcessingException) as error:
        run_alg("mbm:trame_verte_schema", {"HABITATS": [woods], "RESISTANCE": land, "RESISTANCE_FIELD": "friction",
                                           "OUTPUT_RESERVOIRS": "TEMPORARY_OUTPUT",
                                           "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT",
                                           "OUTPUT_CONFLITS": "TEMPORARY_OUTPUT"})
    assert "Traceback" not in str(error.value)
    assert "friction" in str(error.value) and "classe" in str(error.value)


@pytest.mark.parametrize("role", ["HABITATS", "BARRIERS"])
def test_layer_of_the_wrong_geometry_for_its_role_is_a_clear_error(run_alg, polygons, lines, role):
    from qgis.core import QgsProcessingException

    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 500, Y0, SIDE_10HA)])
    road = lines("autoroutes", ["LINESTRING({} {}, {} {})".format(X0 - 100, Y0 - 100, X0 + 2000, Y0 + 2000)])
    parameters = {"HABITATS": [woods], "BARRIERS": [road], "OUTPUT_RESERVOIRS": "TEMPORARY_OUTPUT",
                  "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT", "OUTPUT_CONFLITS": "TEMPORARY_OUTPUT"}
    parameters[role] = [road] if role == "HABITATS" else [woods]  # swapped: lines as habitats, polygons as barriers
    with pytest.raises(QgsProcessingException) as error:
        run_alg("mbm:trame_verte_schema", parameters)
    assert ("autoroutes" if role == "HABITATS" else "boisements") in str(error.value)


def test_only_the_windows_around_linked_reservoirs_are_rasterised(schema, polygons):
    # Réservoirs 60 km apart, linked in two pairs: at 1 m, one raster over the study area would have
    # 62 km × 2.3 km = 144 million cells; the two windows (each pair and 1 km around it) have 7 million each.
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 500, Y0, SIDE_10HA),
                                    _square(X0 + 60000, Y0, SIDE_10HA),
                                    _square(X0 + 60000 + SIDE_10HA + 500, Y0, SIDE_10HA)])
    land = polygons("occupation_sol", [(_rect(X0, Y0, 2000, 500), {"friction": 5})],
                    fields=(("friction", "double"),))
    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import MAX_CELLS

    assert 144e6 < MAX_CELLS  # so the test shows the windows, not the limit
    reservoirs, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="friction",
                                                RESOLUTION_M=4)
    assert len(reservoirs) == 4 and len(corridors) == 2
    from bassin_minier.mbm_qgis_plugin.trame_verte.schema import least_cost_windows, linked_pairs

    class _Reservoir:
        def __init__(self, row):
            self.geometry = row["geometry"]

    rows = [_Reservoir(r) for r in sorted(reservoirs, key=lambda r: r["reservoir_id"])]
    windows = least_cost_windows(rows, linked_pairs(rows, 1000.0), 1.0, 1000.0)
    assert len(windows) == 2
    assert all(grid.size < 8e6 for _members, _pairs, grid in windows)


def test_a_window_too_large_for_the_memory_is_refused_with_a_resolution_that_fits(schema, polygons):
    # A chain of réservoirs 600 m apart over 73 km: one group, one window of 75 km × 2.3 km. At 1 m that is
    # 173 million cells (over 3 GB): refused before any array is made, with the resolution that fits.
    squares = [_square(X0 + k * (SIDE_10HA + 600), Y0, SIDE_10HA) for k in range(80)]
    woods = polygons("boisements", squares)
    land = polygons("occupation_sol", [(_rect(X0, Y0, 2000, 500), {"friction": 5})],
                    fields=(("friction", "double"),))
    from qgis.core import QgsProcessingException

    from bassin_minier.mbm_qgis_plugin.trame_verte.least_cost import MAX_CELLS

    with pytest.raises(QgsProcessingException) as error:
        schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="friction", RESOLUTION_M=1)
    message = str(error.value)
    assert "Traceback" not in message
    window_cells = (79 * (SIDE_10HA + 600) + SIDE_10HA + 2000) * (SIDE_10HA + 2000)
    assert "{} million".format(int(round(window_cells / 1e6))) in message
    suggested = int(message.split("at least ")[1].split(" m")[0])
    assert suggested == 5 * math.ceil(math.sqrt(window_cells / MAX_CELLS) / 5)


def test_least_cost_pair_whose_zones_are_separated_by_a_third_reservoir_gets_its_own_search(schema, polygons):
    # A and B 800 m apart; C 880 m from both (so the A–B link is not pruned) owns, through a cheap strip
    # of friction 1, the whole midline between A and B: their cost zones never touch, and the A–B corridor
    # comes from the search in a window around the pair.
    x_mid = X0 + SIDE_10HA + 400
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 800, Y0, SIDE_10HA),
                                    _square(x_mid - SIDE_10HA / 2, Y0 + SIDE_10HA + 850, SIDE_10HA)])
    strip = _rect(x_mid - 25, Y0 - 3000, 50, 7000)
    land = polygons("occupation_sol", [(strip, {"friction": 1})], fields=(("friction", "double"),))
    reservoirs, corridors, _c, _fb, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="friction")
    by_geometry = {r["reservoir_id"]: r["geometry"] for r in reservoirs}
    a = next(k for k, g in by_geometry.items() if g.boundingBox().xMinimum() == pytest.approx(X0))
    b = next(k for k, g in by_geometry.items() if g.boundingBox().xMinimum() == pytest.approx(X0 + SIDE_10HA + 800))
    link = [c for c in corridors if {c["reservoir_a"], c["reservoir_b"]} == {a, b}]
    assert len(link) == 1
    corridor = link[0]
    assert corridor["longueur_m"] == pytest.approx(800, rel=0.1)
    assert corridor["cout"] == pytest.approx(750 * 100 + 50, rel=0.1)  # a least-cost path, not a straight line
    line = corridor["geometry"].asPolyline()
    ends = {corridor["reservoir_a"]: line[0], corridor["reservoir_b"]: line[-1]}
    assert all(by_geometry[k].distance(QgsGeometry.fromPointXY(p)) < 1e-6 for k, p in ends.items())


def test_a_friction_that_is_not_a_number_takes_the_default_with_a_message(schema, polygons):
    woods = polygons("boisements", [_square(X0, Y0, SIDE_10HA), _square(X0 + SIDE_10HA + 700, Y0, SIDE_10HA)])
    land = polygons("occupation_sol", [(_rect(X0 - 500, Y0 - 500, 2500, 1500), {"friction": float("nan")})],
                    fields=(("friction", "double"),))
    _res, corridors, _c, feedback, _r = schema(HABITATS=[woods], RESISTANCE=land, RESISTANCE_FIELD="friction")
    assert any("nan" in w for w in feedback.warnings)
    assert len(corridors) == 1
    assert corridors[0]["cout"] == pytest.approx(700 * 100, rel=0.1)  # default friction 100, not a straight line


def test_a_layer_without_crs_is_taken_in_the_working_crs_with_a_message(schema, polygons):
    from qgis.core import QgsCoordinateReferenceSystem

    woods = polygons("boisements_sans_prj", [_square(X0, Y0, SIDE_10HA)])
    woods.setCrs(QgsCoordinateReferenceSystem())  # as a shapefile without its .prj
    reservoirs, _c, _p, feedback, result = schema(HABITATS=[woods])
    assert any("boisements_sans_prj" in w and "EPSG:2154" in w for w in feedback.warnings)
    assert len(reservoirs) == 1 and result["OUTPUT_RESERVOIRS"].crs().authid() == "EPSG:2154"


def test_outputs_loaded_by_processing_are_styled(run_alg, polygons, tmp_path):
    """As the Processing dialog does: outputs registered for loading get the .qml of resources/styles."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    woods = polygons("boisements", [_square(X0, Y0, 300), _square(X0 + 900, Y0, 300)])
    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    outputs = {name: str(tmp_path / "{}.gpkg".format(name)) for name in ("reservoirs", "corridors", "conflits")}
    for key, path in zip(("OUTPUT_RESERVOIRS", "OUTPUT_CORRIDORS", "OUTPUT_CONFLITS"), outputs.values()):
        context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails(key, project, key))
    run_alg("mbm:trame_verte_schema", {"HABITATS": [woods], "OUTPUT_RESERVOIRS": outputs["reservoirs"],
                                       "OUTPUT_CORRIDORS": outputs["corridors"],
                                       "OUTPUT_CONFLITS": outputs["conflits"]}, context=context)
    corridors = QgsVectorLayer(outputs["corridors"], "corridors", "ogr")
    post_processor = context.layerToLoadOnCompletionDetails(outputs["corridors"]).postProcessor()
    assert post_processor is not None
    post_processor.postProcessLayer(corridors, context, QgsProcessingFeedback())
    assert corridors.renderer().type() == "categorizedSymbol"
    assert corridors.renderer().classAttribute() == "statut"
    for name in ("reservoirs", "conflits"):
        assert context.layerToLoadOnCompletionDetails(outputs[name]).postProcessor() is not None
