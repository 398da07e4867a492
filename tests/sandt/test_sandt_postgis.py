"""The same base in a PostGIS schema of a real throw-away PostgreSQL (see conftest.PostgresCluster)."""

import pytest
from qgis.core import QgsProcessingException, QgsProviderRegistry

from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase, SandtConflict
from bassin_minier.mbm_qgis_plugin.sandt.table_reader import read_programme

pytestmark = pytest.mark.postgis

ROWS = [["62498", "Lens", "Cite No 9", "Voirie", "Programmé", "2025", "125 000,50", "350", ""],
        ["62498", "Lens", "CITÉ ST PIERRE", "AEP", "Achevé", "2024", "12 500 €", "", "15/06/2025"],
        ["62498", "Lens", "Brebis", "Voirie", "En cours", "2025", "", "", ""],
        ["62498", "Lens", "Cité n°29", "Voirie", "En cours", "2025", "", "", ""],
        ["62498", "Lens", "Cité n°19", "Gaz", "Programmé", "2025", "", "", ""]]


def update(run_alg, base, table, **extra):
    params = {"BASE": base, "TABLE": table, "MATCH_THRESHOLD": 85, "DRY_RUN": False, "REPORT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("mbm:sandt_update", params)


def test_connection_keeps_credentials_in_qgis_auth(postgis_connection):
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(postgis_connection)
    uri = connection.uri()
    assert "authcfg=" in uri and "mbm-test-secret" not in uri and "password" not in uri


def test_postgis_base_update_dry_run_and_undo(run_alg, postgis_base, tmp_path, sandt):
    base = SandtBase(postgis_base)
    base.check()
    assert base.is_postgis and len(base.read_cites()) == len(sandt.CITES)
    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    dry = update(run_alg, postgis_base, path, DRY_RUN=True)
    assert dry["NB_INSERE"] == 2 and dry["IMPORT_ID"] == 0
    assert base.read_operations() == {}
    result = update(run_alg, postgis_base, path)
    assert (result["IMPORT_ID"], result["NB_INSERE"], result["NB_AMBIGU"], result["NB_NON_TROUVE"],
            result["NB_INVALIDE"]) == (1, 2, 1, 1, 1)
    ops = SandtBase(postgis_base).read_operations()
    assert set(ops) == {"LENS-09|voirie|2025", "LENS-SPI|eau_potable|2024"}
    assert ops["LENS-09|voirie|2025"]["montant_ht"] == pytest.approx(125000.5)
    assert str(ops["LENS-SPI|eau_potable|2024"]["date_fin_travaux"]) == "2025-06-15"
    cites = {c["cite_id"]: c for c in SandtBase(postgis_base).read_cites()}
    assert cites["LENS-SPI"]["etat"] == "en_cours"
    changed = [list(r) for r in ROWS]
    changed[0][4] = "Achevé"
    second = update(run_alg, postgis_base, sandt.write_csv(tmp_path / "p2.csv", changed))
    assert second["NB_MIS_A_JOUR"] == 1 and second["IMPORT_ID"] == 2
    with pytest.raises(QgsProcessingException, match="l'import 2 a modifié"):
        run_alg("mbm:sandt_undo_import", {"BASE": postgis_base, "IMPORT_ID": 1})
    run_alg("mbm:sandt_undo_import", {"BASE": postgis_base, "IMPORT_ID": 2})
    assert SandtBase(postgis_base).read_operations()["LENS-09|voirie|2025"]["statut"] == "programme"
    run_alg("mbm:sandt_undo_import", {"BASE": postgis_base, "IMPORT_ID": 1})
    assert SandtBase(postgis_base).read_operations() == {}


def test_postgis_concurrent_imports(postgis_base, tmp_path, sandt):
    """Two cartographers prepare imports against the same state; the second to apply is refused and
    the first one's values are kept."""
    mine = sandt.write_csv(tmp_path / "mine.csv", [["62498", "Lens", "Cité n°9", "Voirie", "En cours", "2025",
                                                     "1000", "", ""]])
    theirs = sandt.write_csv(tmp_path / "theirs.csv", [["62498", "Lens", "Cité n°9", "Voirie", "Programmé",
                                                         "2025", "900", "", ""]])
    first, second = SandtBase(postgis_base), SandtBase(postgis_base)
    plans = []
    for base, path in ((first, mine), (second, theirs)):
        table = read_programme(path)
        plans.append(base.plan(table.records, table.mapping, 85))
    assert plans[0].inserts and plans[1].inserts
    assert first.apply(plans[0], "mine.csv") == 1
    with pytest.raises(SandtConflict, match="LENS-09"):
        second.apply(plans[1], "theirs.csv")
    ops = SandtBase(postgis_base).read_operations()
    assert ops["LENS-09|voirie|2025"]["statut"] == "en_cours" and ops["LENS-09|voirie|2025"]["montant_ht"] == 1000
    assert [i["import_id"] for i in SandtBase(postgis_base).imports()] == [1]


def test_postgis_failed_import_leaves_base_unchanged(postgis_base, tmp_path, sandt):
    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    base = SandtBase(postgis_base)
    table = read_programme(path)
    plan = base.plan(table.records, table.mapping, 85)

    def boom():
        raise RuntimeError("coupure réseau (simulée)")

    with pytest.raises(RuntimeError):
        base.apply(plan, "p.csv", _before_commit=boom)
    base = SandtBase(postgis_base)
    assert base.read_operations() == {} and base.imports() == [] and base.revision() == 0
    assert all(c["etat"] == "non_engage" for c in base.read_cites())


def test_unknown_connection_is_a_clear_error(run_alg, tmp_path, sandt):
    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    with pytest.raises(QgsProcessingException, match="connexion PostgreSQL « nulle-part »"):
        update(run_alg, "postgis:nulle-part/sandt", path)


def test_postgis_simultaneous_updates_of_one_operation(postgis_base, tmp_path, sandt):
    """Two imports really at the same time (two threads, two connections) change the same operation:
    the second waits for the first's transaction, then is refused — no lost update."""
    import threading
    import time

    start = sandt.write_csv(tmp_path / "start.csv", [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025",
                                                       "1000", "", ""]])
    table = read_programme(start)
    base = SandtBase(postgis_base)
    base.apply(base.plan(table.records, table.mapping, 85), "start.csv")
    plans = {}
    for name, statut, amount in (("a", "En cours", "1100"), ("b", "Achevé", "1200")):
        path = sandt.write_csv(tmp_path / (name + ".csv"), [["62498", "Lens", "Cité n°9", "Voirie", statut, "2025",
                                                              amount, "", ""]])
        table = read_programme(path)
        plans[name] = base.plan(table.records, table.mapping, 85)
        assert len(plans[name].updates) == 1
    outcome = {}
    a_holds_lock = threading.Event()

    def slow_commit():
        a_holds_lock.set()
        time.sleep(1.5)  # A holds its transaction open while B starts

    def run(name, hook=None):
        try:
            outcome[name] = SandtBase(postgis_base).apply(plans[name], name + ".csv", _before_commit=hook)
        except SandtConflict as error:
            outcome[name] = error

    first = threading.Thread(target=run, args=("a", slow_commit))
    first.start()
    assert a_holds_lock.wait(30)
    second = threading.Thread(target=run, args=("b",))
    second.start()
    first.join(60)
    second.join(60)
    assert outcome["a"] == 2
    assert isinstance(outcome["b"], SandtConflict) and "LENS-09|voirie|2025" in str(outcome["b"])
    operation = SandtBase(postgis_base).read_operations()["LENS-09|voirie|2025"]
    assert (operation["statut"], operation["montant_ht"]) == ("en_cours", 1100)
    assert [i["import_id"] for i in SandtBase(postgis_base).imports()] == [1, 2]


INJECTIONS = ["x'; CREATE TABLE public.pwned(x int); --",
              'sandt"; CREATE TABLE public.pwned(x int); --',
              "sandt') UNION SELECT 1; CREATE TABLE public.pwned(x int); --",
              "sandt; DROP SCHEMA public CASCADE", "a b", "1sandt", "cité", "x" * 64, ""]


def _relation_exists(connection_name, name):
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(connection_name)
    return connection.executeSql("SELECT to_regclass('{}') IS NOT NULL".format(name))[0][0]


@pytest.mark.parametrize("schema", INJECTIONS)
def test_schema_names_that_are_not_plain_identifiers_are_refused(run_alg, postgis_connection, tmp_path, sandt, schema):
    """An injection through the schema name reaches no SQL: every algorithm refuses it with a French message
    (a QgsProcessingException, no traceback), and nothing is created in the database."""
    location = "postgis:{}/{}".format(postgis_connection, schema)
    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    calls = [("mbm:sandt_create", {"CITES": sandt.make_cites_layer(), "OUTPUT": "TEMPORARY_OUTPUT",
                                   "POSTGIS_BASE": location}),
             ("mbm:sandt_update", {"BASE": location, "TABLE": path, "REPORT": "TEMPORARY_OUTPUT"}),
             ("mbm:sandt_undo_import", {"BASE": location, "IMPORT_ID": 1}),
             ("mbm:sandt_progress", {"BASE": location, "COMMUNES": sandt.make_communes_layer(),
                                     "GROUP_BY": "commune", "OUTPUT": "TEMPORARY_OUTPUT"})]
    for algorithm, parameters in calls:
        with pytest.raises(QgsProcessingException) as error:
            run_alg(algorithm, parameters)
        message = str(error.value)
        if schema:
            assert "Schéma PostGIS « {} » refusé".format(schema) in message, (algorithm, message)
        else:
            assert "refusé" in message or "postgis:<nom de la connexion>/<schéma>" in message, (algorithm, message)
    assert not _relation_exists(postgis_connection, "public.pwned")
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(postgis_connection)
    assert "public" in connection.schemas()


def test_a_mixed_case_schema_works_end_to_end(run_alg, postgis_connection, tmp_path, sandt):
    location = "postgis:{}/Sandt_2026".format(postgis_connection)
    run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(), "OUTPUT": "TEMPORARY_OUTPUT",
                                 "POSTGIS_BASE": location})
    result = update(run_alg, location, sandt.write_csv(tmp_path / "p.csv", ROWS))
    assert result["NB_INSERE"] == 2
    assert set(SandtBase(location).read_operations()) == {"LENS-09|voirie|2025", "LENS-SPI|eau_potable|2024"}


def test_a_missing_schema_is_a_french_message(run_alg, postgis_connection, tmp_path, sandt):
    location = "postgis:{}/pas_de_schema".format(postgis_connection)
    with pytest.raises(QgsProcessingException, match="La base Sandt .* n'existe pas : la créer d'abord"):
        update(run_alg, location, sandt.write_csv(tmp_path / "p.csv", ROWS))
