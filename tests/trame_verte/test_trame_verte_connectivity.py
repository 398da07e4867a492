"""Connectivity metrics (PC, EC_HA, dpc, rang) on graphs computed by hand, and on the sample schema."""

import math
import sys

import pytest

X0, Y0 = 680000.0, 7030000.0
D = 1000.0  # dispersal distance: a corridor of cost D is crossed with probability 0.5


def _square(x, y, hectares):
    side = math.sqrt(hectares * 10000.0)
    return "POLYGON(({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))".format(x=x, y=y, x2=x + side, y2=y + side)


def _pc(connectivity_module, areas, links):
    return connectivity_module.probability_of_connectivity(areas, links, D)


@pytest.fixture()
def connectivity():
    from bassin_minier.mbm_qgis_plugin.trame_verte import connectivity

    return connectivity


def test_chain(connectivity):
    # A(10 ha) —p=0.5— B(20 ha) —p=0.25— C(30 ha); best A–C chain: 0.5 × 0.25 = 0.125.
    result = _pc(connectivity, [10.0, 20.0, 30.0], [(0, 1, D), (1, 2, 2 * D)])
    pc = 10 * 10 + 20 * 20 + 30 * 30 + 2 * (10 * 20 * 0.5 + 20 * 30 * 0.25 + 10 * 30 * 0.125)  # 1 975
    assert result.pc_num == pytest.approx(1975.0) == pytest.approx(pc)
    assert result.ec_ha == pytest.approx(math.sqrt(1975.0))
    without_a = 20 * 20 + 30 * 30 + 2 * 20 * 30 * 0.25         # 1 600
    without_b = 10 * 10 + 30 * 30                               # 1 000: the chain is cut
    without_c = 10 * 10 + 20 * 20 + 2 * 10 * 20 * 0.5           # 700
    assert result.reservoir_dpc == pytest.approx([100 * (pc - without_a) / pc, 100 * (pc - without_b) / pc,
                                                  100 * (pc - without_c) / pc])
    without_ab = 1400 + 2 * 20 * 30 * 0.25                       # 1 700
    without_bc = 1400 + 2 * 10 * 20 * 0.5                        # 1 600
    assert result.link_dpc == pytest.approx([100 * (pc - without_ab) / pc, 100 * (pc - without_bc) / pc])


def test_triangle_with_a_redundant_link(connectivity):
    # A–B and B–C cost D each (p = 0.5), A–C costs 3 D (p = 0.125): A reaches C better through B (0.25).
    result = _pc(connectivity, [10.0, 20.0, 30.0], [(0, 1, D), (1, 2, D), (0, 2, 3 * D)])
    pc = 1400 + 2 * (10 * 20 * 0.5 + 20 * 30 * 0.5 + 10 * 30 * 0.25)  # 2 350
    assert result.pc_num == pytest.approx(2350.0) == pytest.approx(pc)
    without_ab = 1400 + 2 * (10 * 20 * 0.125 * 0.5 + 20 * 30 * 0.5 + 10 * 30 * 0.125)  # 2 100: A–B through C
    without_bc = 1400 + 2 * (10 * 20 * 0.5 + 20 * 30 * 0.5 * 0.125 + 10 * 30 * 0.125)  # 1 750
    assert result.link_dpc == pytest.approx([100 * (pc - without_ab) / pc, 100 * (pc - without_bc) / pc, 0.0])
    without_a = 20 * 20 + 30 * 30 + 2 * 20 * 30 * 0.5   # 1 900
    without_b = 10 * 10 + 30 * 30 + 2 * 10 * 30 * 0.125  # 1 075: the redundant link takes over
    without_c = 10 * 10 + 20 * 20 + 2 * 10 * 20 * 0.5   # 700
    assert result.reservoir_dpc == pytest.approx([100 * (pc - w) / pc for w in (without_a, without_b, without_c)])


def test_two_components(connectivity):
    # A–B linked (p = 0.5); C alone: p* = 0 between the groups.
    result = _pc(connectivity, [10.0, 20.0, 30.0], [(0, 1, D)])
    pc = 100 + 400 + 900 + 2 * 10 * 20 * 0.5  # 1 600
    assert result.pc_num == pytest.approx(pc)
    assert result.reservoir_dpc == pytest.approx([100 * (pc - 1300) / pc, 100 * (pc - 1000) / pc,
                                                  100 * 900 / pc])  # 18.75, 37.5, 56.25
    assert result.link_dpc == pytest.approx([100 * (pc - 1400) / pc])  # 12.5


def test_parallel_corridors_count_once_the_cheapest(connectivity):
    result = _pc(connectivity, [10.0, 20.0], [(0, 1, D), (0, 1, 2 * D)])
    pc = 500 + 2 * 200 * 0.5
    assert result.pc_num == pytest.approx(pc)
    # Without the cheap one, the other (p = 0.25) still joins them; without the dear one, nothing changes.
    assert result.link_dpc == pytest.approx([100 * (pc - (500 + 2 * 200 * 0.25)) / pc, 0.0])


def test_ranks_put_the_largest_first_and_break_ties_by_key(connectivity):
    assert connectivity.ranks([5.0, 12.0, 5.0, 0.0], [3, 1, 2, 4]) == [3, 1, 2, 4]


@pytest.fixture()
def chain_layers(polygons):
    """Three square réservoirs on a line: 10 ha, 400 m gap, 20 ha, 800 m gap, 30 ha (no A–C candidate)."""
    side_a, side_b = math.sqrt(1e5), math.sqrt(2e5)
    x_b = X0 + side_a + 400
    x_c = x_b + side_b + 800
    return polygons("boisements", [_square(X0, Y0, 10), _square(x_b, Y0, 20), _square(x_c, Y0, 30)])


def test_schema_writes_dpc_rang_and_the_equivalent_connected_area(schema, chain_layers):
    reservoirs, corridors, _conflicts, feedback, result = schema(HABITATS=[chain_layers], MAX_CORRIDOR_M=1000,
                                                                 DISPERSAL_DISTANCE_M=400)
    # Corridor costs 400 and 800 with D = 400: the chain of test_chain (p 0.5 and 0.25), PC_num = 1 975.
    assert result["EC_HA"] == pytest.approx(math.sqrt(1975.0), abs=0.01)
    assert any("44" in line and "ha" in line for line in feedback.infos), feedback.infos
    dpc = {round(r["surface_ha"]): r["dpc"] for r in reservoirs}
    assert dpc == pytest.approx({10: 100 * 375 / 1975, 20: 100 * 975 / 1975, 30: 100 * 1275 / 1975}, abs=1e-4)
    by_length = {round(c["longueur_m"]): c for c in corridors}
    assert by_length[400]["dpc"] == pytest.approx(100 * 275 / 1975, abs=1e-4)
    assert by_length[800]["dpc"] == pytest.approx(100 * 375 / 1975, abs=1e-4)
    assert (by_length[800]["rang"], by_length[400]["rang"]) == (1, 2)


def test_conflict_points_take_the_dpc_and_rank_of_the_corridor_they_cut(schema, chain_layers, lines):
    side_a, side_b = math.sqrt(1e5), math.sqrt(2e5)
    x_road_ab = X0 + side_a + 200
    x_rail_bc = X0 + side_a + 400 + side_b + 400
    road = lines("autoroutes", [("LINESTRING({x} {y0}, {x} {y1})".format(x=x_road_ab, y0=Y0 - 500, y1=Y0 + 900),
                                 {"nom": "A21"})])
    rail = lines("voies_ferrees", [("LINESTRING({x} {y0}, {x} {y1})".format(x=x_rail_bc, y0=Y0 - 500, y1=Y0 + 900),
                                    {"nom": "Lens–Douai"})])
    _r, corridors, conflicts, _fb, _res = schema(HABITATS=[chain_layers], BARRIERS=[road, rail],
                                                 DISPERSAL_DISTANCE_M=400)
    by_barrier = {c["barriere"]: c for c in conflicts}
    corridor_of = {c["corridor_id"]: c for c in corridors}
    for conflict in conflicts:
        assert conflict["dpc"] == pytest.approx(corridor_of[conflict["corridor_id"]]["dpc"])
    assert by_barrier["Lens–Douai"]["rang"] == 1 and by_barrier["A21"]["rang"] == 2


def test_status_keeps_working_with_the_new_fields(run_alg, schema, chain_layers, lines):
    _r, corridors, _c, _fb, result = schema(HABITATS=[chain_layers])
    works = lines("travaux", [corridors[0]["geometry"].asWkt()])
    status = run_alg("mbm:trame_verte_status", {"CORRIDORS": result["OUTPUT_CORRIDORS"],
                                                "RESERVOIRS": result["OUTPUT_RESERVOIRS"], "REALISATIONS": works,
                                                "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {f["corridor_id"]: f for f in status["OUTPUT"].getFeatures()}
    assert {"dpc", "rang", "pct_realise"} <= set(status["OUTPUT"].fields().names())
    assert rows[corridors[0]["corridor_id"]]["pct_realise"] == pytest.approx(100.0)
    assert sorted(f["rang"] for f in rows.values()) == [1, 2]


def test_without_scipy_the_schema_is_drawn_and_the_metrics_left_empty(schema, chain_layers, monkeypatch):
    for name in ("scipy", "scipy.sparse", "scipy.sparse.csgraph"):
        monkeypatch.setitem(sys.modules, name, None)
    reservoirs, corridors, _c, feedback, result = schema(HABITATS=[chain_layers])
    assert len(corridors) == 2 and all(_null(c["dpc"]) and _null(c["rang"]) for c in corridors)
    assert all(_null(r["dpc"]) for r in reservoirs)
    assert result["EC_HA"] is None
    assert any("scipy" in w for w in feedback.warnings)


def _null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _best_costs(ids, corridors):
    """Least total corridor cost between every two réservoirs (Floyd–Warshall, written here on purpose)."""
    cost = {(a, b): (0.0 if a == b else math.inf) for a in ids for b in ids}
    for corridor in corridors:
        a, b = corridor["reservoir_a"], corridor["reservoir_b"]
        cost[(a, b)] = cost[(b, a)] = min(cost[(a, b)], corridor["cout"])
    for k in ids:
        for a in ids:
            through = cost[(a, k)]
            if through == math.inf:
                continue
            for b in ids:
                if through + cost[(k, b)] < cost[(a, b)]:
                    cost[(a, b)] = through + cost[(k, b)]
    return cost


def test_sample_schema_parts_add_up_to_the_total(schema, sample_data):
    """On the sample data: EC_HA² is Σ a_i a_j p*_ij recomputed here; each réservoir's dpc is its own area
    (intra) plus its flux with the others plus its role as a stepping stone (connector ≥ 0, 0 for a
    réservoir with one corridor or none); a corridor never weighs more than either of its réservoirs."""
    from qgis.core import QgsVectorLayer

    path = sample_data / "bassin_minier_synthetique.gpkg"
    habitats = [QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
                for name in ("boisements", "zones_humides", "terrils", "parcs")]
    barriers = [QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
                for name in ("autoroutes", "voies_ferrees")]
    reservoirs, corridors, conflicts, _fb, result = schema(HABITATS=habitats, BARRIERS=barriers,
                                                           SOUS_TRAME_FIELD="sous_trame")
    area = {r["reservoir_id"]: r["surface_ha"] for r in reservoirs}
    ids = sorted(area)
    best = _best_costs(ids, corridors)
    p = {key: 0.5 ** (value / D) for key, value in best.items()}
    pc = sum(area[a] * area[b] * p[(a, b)] for a in ids for b in ids)
    assert result["EC_HA"] == pytest.approx(math.sqrt(pc), abs=0.01)  # written with 2 decimals
    degree = {i: 0 for i in ids}
    for corridor in corridors:
        degree[corridor["reservoir_a"]] += 1
        degree[corridor["reservoir_b"]] += 1
    intra_total = 0.0
    for reservoir in reservoirs:
        k = reservoir["reservoir_id"]
        intra = 100 * area[k] ** 2 / pc
        flux = 100 * 2 * area[k] * sum(area[j] * p[(k, j)] for j in ids if j != k) / pc
        connector = reservoir["dpc"] - intra - flux
        intra_total += intra
        # Areas and costs are written rounded (4 and 2 decimals): compare to 1e-4 %.
        assert connector >= -1e-4, k
        if degree[k] <= 1:
            assert connector == pytest.approx(0.0, abs=1e-4), k
    assert intra_total == pytest.approx(100 * sum(a * a for a in area.values()) / pc)
    assert any(reservoir["dpc"] - 1e-4 > 100 * area[reservoir["reservoir_id"]] ** 2 / pc for reservoir in reservoirs)
    dpc_of = {r["reservoir_id"]: r["dpc"] for r in reservoirs}
    for corridor in corridors:
        assert 0 <= corridor["dpc"] <= min(dpc_of[corridor["reservoir_a"]], dpc_of[corridor["reservoir_b"]]) + 1e-9
    ranked = sorted(corridors, key=lambda c: c["rang"])
    assert [c["rang"] for c in ranked] == list(range(1, len(corridors) + 1))
    assert all(first["dpc"] >= second["dpc"] for first, second in zip(ranked, ranked[1:]))
    assert sorted(c["rang"] for c in conflicts) == list(range(1, len(conflicts) + 1))
