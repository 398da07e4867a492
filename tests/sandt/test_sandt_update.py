"""mbm:sandt_create / sandt_update / sandt_undo_import on real files and a real GeoPackage base."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase

# Rows covering every action and every invalid kind. Columns: see conftest.HEADER.
ROWS = [
    ["62498", "Lens", "Cite No 9", "Voirie", "Programmé", "2025", "125 000,50", "350", ""],           # 1 insere
    ["62498", "Lens", "CITÉ ST PIERRE", "AEP", "Achevé", "2024", "12 500 €", "1 200,5", "15/06/2025"],  # 2 insere
    ["", "Liévin", "Cite du Calvair", "Éclairage public", "Travaux en cours", "2025", "", "", ""],    # 3 typo
    ["62498", "Lens", "Brebis", "Voirie", "En cours", "2025", "", "", ""],                            # 4 ambigu
    ["62498", "Lens", "Cité n°29", "Voirie", "En cours", "2025", "", "", ""],                         # 5 non_trouve
    ["62498", "Lens", "Cité N° 9", "voirie", "Programme", "2025", "125000.5", "", ""],                # 6 doublon
    ["62498", "Lens", "Cité n°19", "Gaz", "Programmé", "2025", "", "", ""],                           # 7 reseau
    ["62498", "Lens", "Cité n°19", "Voirie", "Commandé", "2025", "", "", ""],                         # 8 statut
    ["62498", "Lens", "Cité n°19", "Voirie", "Programmé", "2207", "", "", ""],                        # 9 year
    ["62498", "Lens", "Cité n°19", "Voirie", "Programmé", "deux mille", "", "", ""],                  # 10 year text
    ["62498", "Lens", "Cité n°19", "Voirie", "Programmé", "2025", "-5 000", "", ""],                  # 11 negative
    ["62498", "Lens", "Cité n°19", "Voirie", "Programmé", "2025", "beaucoup", "", ""],                # 12 not numeric
    ["62498", "Lens", "", "Voirie", "Programmé", "2025", "", "", ""],                                 # 13 empty cité
    ["62498", "Lens", "Cité n°19", "Voirie", "Achevé", "2025", "", "", "31/02/2025"],                 # 14 bad date
    ["62498", "Lens", "Cité n°19", "Voirie", "Achevé", "2025", "", "-3", ""],                         # 15 negative length
    ["", "", "Cité n°19", "Voirie", "Achevé", "2025", "", "", ""],                                    # 16 no commune
    ["62-498", "", "Cité n°19", "Voirie", "Achevé", "2025", "", "", ""],                              # 17 bad INSEE
    ["62498", "Lens", "Coron des Brebis", "Assainissement EU/EP", "Terminé", "2023", "80 000", "", "01/03/2024"],  # 18
]
EXPECTED = {1: "insere", 2: "insere", 3: "insere", 4: "ambigu", 5: "non_trouve", 6: "doublon", 7: "invalide",
            8: "invalide", 9: "invalide", 10: "invalide", 11: "invalide", 12: "invalide", 13: "invalide",
            14: "invalide", 15: "invalide", 16: "invalide", 17: "invalide", 18: "insere"}
REASONS = {7: "réseau « Gaz » inconnu", 8: "statut « Commandé » inconnu", 9: "année de programme 2207 impossible",
           10: "illisible", 11: "montant HT négatif", 12: "non numérique", 13: "nom de cité vide",
           14: "date de fin de travaux", 15: "longueur négative", 16: "ni code INSEE ni commune",
           17: "code INSEE « 62-498 » mal formé"}


def report_rows(result):
    layer = result["REPORT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "report", "ogr")
    return {f["ligne"]: {name: f[name] for name in ("cite_id", "score", "action", "message")}
            for f in layer.getFeatures()}


def operations(base):
    return SandtBase(base).read_operations()


def update(run_alg, base, table, **extra):
    params = {"BASE": base, "TABLE": table, "MATCH_THRESHOLD": 85, "DRY_RUN": False, "REPORT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("mbm:sandt_update", params)


def test_every_action_and_invalid_kind_from_cp1252_csv(run_alg, gpkg_base, tmp_path, sandt):
    path = sandt.write_csv(tmp_path / "programme.csv", ROWS, encoding="cp1252", separator=";")
    with open(path, "rb") as handle:
        assert "é".encode("cp1252") in handle.read()
    result = update(run_alg, gpkg_base, path)
    report = report_rows(result)
    assert sorted(report) == list(range(1, len(ROWS) + 1))
    assert {line: row["action"] for line, row in report.items()} == EXPECTED
    for line, reason in REASONS.items():
        assert reason in report[line]["message"], (line, report[line]["message"])
    assert report[1]["cite_id"] == "LENS-09" and report[1]["score"] == 100
    assert report[2]["cite_id"] == "LENS-SPI"
    assert report[3]["cite_id"] == "LIEV-CAL" and 85 <= report[3]["score"] < 100
    assert report[18]["cite_id"] == "LENS-BRO"  # the coron, not the cité des Brebis
    assert "Cité des Brebis" in report[4]["message"] and "Coron des Brebis" in report[4]["message"]
    assert report[5]["cite_id"] in (None, "") or str(report[5]["cite_id"]) == "NULL"
    assert result["IMPORT_ID"] == 1
    assert result["NB_INSERE"] == 4 and result["NB_INVALIDE"] == 11 and result["NB_DOUBLON"] == 1
    ops = operations(gpkg_base)
    assert set(ops) == {"LENS-09|voirie|2025", "LENS-SPI|eau_potable|2024", "LIEV-CAL|eclairage|2025",
                        "LENS-BRO|assainissement|2023"}
    assert ops["LENS-09|voirie|2025"]["montant_ht"] == pytest.approx(125000.5)
    assert ops["LENS-SPI|eau_potable|2024"]["longueur_m"] == pytest.approx(1200.5)
    assert str(ops["LENS-SPI|eau_potable|2024"]["date_fin_travaux"]) == "2025-06-15"
    base = SandtBase(gpkg_base)
    cites = {c["cite_id"]: c for c in base.read_cites()}
    assert cites["LENS-SPI"]["etat"] == "en_cours" and cites["LENS-SPI"]["avancement_pct"] == 25.0
    assert cites["LENS-09"]["etat"] == "programme" and cites["LENS-19"]["etat"] == "non_engage"
    imports = base.imports()
    assert imports[0]["fichier"] == "programme.csv" and len(imports[0]["sha256"]) == 64
    assert imports[0]["nb_insere"] == 4 and imports[0]["etat"] == "applique"

    # Same file again: nothing new; a changed status is mis_a_jour, traced in historique.
    again = update(run_alg, gpkg_base, path)
    assert again["NB_INCHANGE"] == 4 and again["NB_INSERE"] == 0 and again["IMPORT_ID"] == 0
    changed = [list(r) for r in ROWS]
    changed[0][4] = "Achevé"
    path2 = sandt.write_csv(tmp_path / "programme2.csv", changed)
    third = update(run_alg, gpkg_base, path2)
    assert report_rows(third)[1]["action"] == "mis_a_jour"
    assert third["IMPORT_ID"] == 2
    history = base.history("LENS-09")
    assert any(h["import_id"] == 2 and h["champ"] == "statut" and h["ancienne_valeur"] == "programme"
               and h["nouvelle_valeur"] == "acheve" for h in history)


@pytest.mark.parametrize("encoding, separator", [("utf-8-sig", ";"), ("utf-8-sig", ","), ("cp1252", ","),
                                                 ("utf-8", ";"), ("utf-8", "\t"),
                                                 ("utf-16", "\t")])  # Excel's "Texte Unicode" export
def test_csv_encodings_and_separators(run_alg, gpkg_base, tmp_path, sandt, encoding, separator):
    rows = [["62498", "Lens", "Cité Saint-Pierre", "Éclairage public", "Réalisé", "2024", "12 500,50", "", ""],
            ["62510", "Liévin", "Cité-jardin de la Plaine", "Eau potable", "Programmé", "2026", "", "", ""]]
    folder = tmp_path / "Données reçues"  # accents in the folder and file names, as users name them
    folder.mkdir()
    path = sandt.write_csv(folder / "programme année #1.csv", rows, encoding=encoding, separator=separator)
    if encoding == "utf-8-sig":
        with open(path, "rb") as handle:
            assert handle.read(3) == b"\xef\xbb\xbf"
    result = update(run_alg, gpkg_base, path)
    report = report_rows(result)
    assert [report[i]["action"] for i in (1, 2)] == ["insere", "insere"], report
    ops = operations(gpkg_base)
    assert ops["LENS-SPI|eclairage|2024"]["montant_ht"] == pytest.approx(12500.5)
    assert ops["LIEV-JAR|eau_potable|2026"]["statut"] == "programme"


@pytest.mark.parametrize("driver, extension", [("XLSX", "xlsx"), ("ODS", "ods")])
def test_spreadsheets(run_alg, gpkg_base, tmp_path, sandt, driver, extension):
    rows = [[62498, "Lens", "Cité n°19", "Voirie", "Travaux en cours", 2025, 98000.5, 420, "12/10/2025"],
            [62510, "Liévin", "Cite de l Abbaye", "Assainissement", "Programmé", 2026, 15000, None, None],
            [62510, "Liévin", "Cité de l'Abbaye", "Assainissement", "Programmé", 1850, 15000, None, None]]
    path = sandt.write_spreadsheet(tmp_path / "programme.{}".format(extension), rows, driver)
    result = update(run_alg, gpkg_base, path)
    report = report_rows(result)
    assert [report[i]["action"] for i in (1, 2, 3)] == ["insere", "insere", "invalide"], report
    ops = operations(gpkg_base)
    assert ops["LENS-19|voirie|2025"]["montant_ht"] == pytest.approx(98000.5)
    assert ops["LENS-19|voirie|2025"]["longueur_m"] == pytest.approx(420)
    assert ops["LIEV-ABB|assainissement|2026"]["statut"] == "programme"
    # A sheet that does not exist: clear error, base untouched.
    with pytest.raises(QgsProcessingException, match="Feuil9"):
        update(run_alg, gpkg_base, path + "|layername=Feuil9")


def test_dry_run_writes_nothing(run_alg, gpkg_base, tmp_path, sandt):
    def snapshot():
        base = SandtBase(gpkg_base)
        return {table: base.read_table(table) for table in ("cites", "operations", "historique", "imports",
                                                             "alias", "meta")}

    before = snapshot()
    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    result = update(run_alg, gpkg_base, path, DRY_RUN=True)
    assert result["IMPORT_ID"] == 0 and result["NB_INSERE"] == 4
    assert {line: row["action"] for line, row in report_rows(result).items()} == EXPECTED
    assert operations(gpkg_base) == {}
    assert SandtBase(gpkg_base).imports() == []
    assert snapshot() == before


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binaire"),
    (b"", "vide"),
    ("Colonne A;Colonne B\n1;2\n".encode("cp1252"), "en-tête"),
    ("Code INSEE;Commune;Cité;Réseau;Statut;Année programme\n".encode("utf-8"), "aucune ligne de données"),
])
def test_unreadable_tables_are_refused_and_base_untouched(run_alg, gpkg_base, tmp_path, content, message):
    path = tmp_path / "mauvais.csv"
    path.write_bytes(content)
    with pytest.raises(QgsProcessingException) as error:
        update(run_alg, gpkg_base, str(path))
    assert message in str(error.value).lower() or message in str(error.value)
    assert operations(gpkg_base) == {}


def test_binary_spreadsheet_is_refused(run_alg, gpkg_base, tmp_path):
    path = tmp_path / "faux.xlsx"
    path.write_bytes(b"\x00\x01 not a workbook" * 100)
    with pytest.raises(QgsProcessingException, match="classeur"):
        update(run_alg, gpkg_base, str(path))


def test_field_overrides_and_table_layer(run_alg, gpkg_base, tmp_path, sandt):
    header = ["cog", "ville", "Nom de l'ensemble", "type", "avancement", "exercice", "cout"]
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "1000"]]
    path = sandt.write_csv(tmp_path / "autre.csv", rows, header=header)
    with pytest.raises(QgsProcessingException, match="Nom de l'ensemble|cite"):
        update(run_alg, gpkg_base, path)
    result = update(run_alg, gpkg_base, path, CITE_FIELD="Nom de l'ensemble", RESEAU_FIELD="type",
                    MONTANT_FIELD="cout")
    assert report_rows(result)[1]["action"] == "insere"
    # Any table layer of the project, by id.
    from qgis.core import QgsProject

    layer = QgsVectorLayer("None?field=Cité:string&field=Code INSEE:string&field=Réseau:string"
                           "&field=Statut:string&field=Année programme:integer", "prog", "memory")
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Cité n°9", "62498", "AEP", "Achevé", 2024])
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    try:
        result = update(run_alg, gpkg_base, layer.id())
        assert report_rows(result)[1]["action"] == "insere"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_failure_midway_leaves_base_unchanged(run_alg, gpkg_base, tmp_path, sandt):
    from bassin_minier.mbm_qgis_plugin.sandt.table_reader import read_programme

    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    update(run_alg, gpkg_base, path)  # import 1
    changed = [list(r) for r in ROWS]
    changed[0][4] = "Achevé"
    changed[17][4] = "Programmé"
    changed.append(["62498", "Lens", "Cité n°19", "Voirie", "Programmé", "2026", "", "", ""])
    path2 = sandt.write_csv(tmp_path / "p2.csv", changed)
    base = SandtBase(gpkg_base)
    state = (base.read_operations(), base.read_cites(), base.imports(), len(base.read_table("historique")))
    table = read_programme(path2)
    plan = base.plan(table.records, table.mapping, 85)
    assert plan.inserts and plan.updates

    def boom():
        raise RuntimeError("disque plein (simulé)")

    with pytest.raises(RuntimeError):
        base.apply(plan, "p2.csv", "x", _before_commit=boom)  # operations and cites already written
    base = SandtBase(gpkg_base)
    assert (base.read_operations(), base.read_cites(), base.imports(), len(base.read_table("historique"))) == state
    # and the base is still usable:
    assert base.apply(plan, "p2.csv", "x") == 2


def test_undo_and_its_refusal(run_alg, gpkg_base, tmp_path, sandt):
    path = sandt.write_csv(tmp_path / "p.csv", ROWS)
    update(run_alg, gpkg_base, path)  # import 1: 4 inserts
    base = SandtBase(gpkg_base)
    after_first = base.read_operations()
    cites_after_first = {c["cite_id"]: (c["etat"], c["avancement_pct"]) for c in base.read_cites()}
    changed = [list(r) for r in ROWS]
    changed[0][4] = "Achevé"           # touches an operation of import 1
    changed[0][6] = "130 000"
    path2 = sandt.write_csv(tmp_path / "p2.csv", changed + [
        ["62498", "Lens", "Cité n°19", "Eclairage", "Programmé", "2026", "", "", ""]])
    assert update(run_alg, gpkg_base, path2)["IMPORT_ID"] == 2
    with pytest.raises(QgsProcessingException, match="l'import 2 a modifié"):
        run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 1})
    assert SandtBase(gpkg_base).read_operations()["LENS-09|voirie|2025"]["statut"] == "acheve"
    result = run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 2})
    assert result["NB_OPERATIONS"] == 2
    base = SandtBase(gpkg_base)
    restored = base.read_operations()
    strip = lambda ops: {k: {f: v for f, v in o.items() if f not in ("revision", "fid")} for k, o in ops.items()}  # noqa: E731
    assert strip(restored) == strip(after_first)
    assert {c["cite_id"]: (c["etat"], c["avancement_pct"]) for c in base.read_cites()} == cites_after_first
    with pytest.raises(QgsProcessingException, match="déjà annulé"):
        run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 2})
    run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 1})
    assert SandtBase(gpkg_base).read_operations() == {}
    assert [i["etat"] for i in SandtBase(gpkg_base).imports()] == ["annule", "annule"]
    assert all(c["etat"] == "non_engage" for c in SandtBase(gpkg_base).read_cites())
    with pytest.raises(QgsProcessingException, match="n'existe pas"):
        run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 7})


def test_concurrent_imports_second_is_refused(run_alg, gpkg_base, tmp_path, sandt):
    """Two cartographers review a dry run of the same base, both apply: the later one is refused."""
    first = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "1000", "", ""]]
    update(run_alg, gpkg_base, sandt.write_csv(tmp_path / "base.csv", first))
    mine = sandt.write_csv(tmp_path / "mine.csv", [["62498", "Lens", "Cité n°9", "Voirie", "En cours", "2025",
                                                     "1000", "", ""]])
    theirs = sandt.write_csv(tmp_path / "theirs.csv", [["62498", "Lens", "Cité n°9", "Voirie", "Achevé", "2025",
                                                         "1200", "", "30/09/2025"]])
    review_mine = update(run_alg, gpkg_base, mine, DRY_RUN=True)
    review_theirs = update(run_alg, gpkg_base, theirs, DRY_RUN=True)
    assert review_mine["BASE_REVISION"] == review_theirs["BASE_REVISION"] == 1
    applied = update(run_alg, gpkg_base, theirs, BASE_REVISION=review_theirs["BASE_REVISION"])
    assert applied["IMPORT_ID"] == 2
    report = tmp_path / "rapport_refuse.gpkg"
    with pytest.raises(QgsProcessingException, match="Import refusé.*LENS-09\\|voirie\\|2025"):
        update(run_alg, gpkg_base, mine, BASE_REVISION=review_mine["BASE_REVISION"], REPORT=str(report))
    assert not report.exists()  # no report claiming "mis_a_jour" for an import that was refused
    op = operations(gpkg_base)["LENS-09|voirie|2025"]
    assert op["statut"] == "acheve" and op["montant_ht"] == 1200  # theirs kept, nothing lost or merged
    assert [i["import_id"] for i in SandtBase(gpkg_base).imports()] == [1, 2]
    # An import touching other operations, reviewed at the same revision, still goes through.
    other = sandt.write_csv(tmp_path / "other.csv", [["62510", "Liévin", "Cité du Calvaire", "Voirie",
                                                       "Programmé", "2026", "", "", ""]])
    assert update(run_alg, gpkg_base, other, BASE_REVISION=1)["IMPORT_ID"] == 3


def test_create_refuses_duplicate_and_empty_ids(run_alg, tmp_path, sandt):
    cites = list(sandt.CITES) + [("LENS-09", "Autre", "62498", "Lens", 1), ("", "Sans id", "62498", "Lens", 1)]
    with pytest.raises(QgsProcessingException, match="LENS-09") as error:
        run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(cites), "OUTPUT": str(tmp_path / "b.gpkg")})
    assert "vide" in str(error.value)
    assert not (tmp_path / "b.gpkg").exists()


def test_create_reprojects_and_keeps_fields(run_alg, tmp_path, sandt):
    path = str(tmp_path / "b.gpkg")
    result = run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(), "OUTPUT": path})
    assert result["BASE"] == path
    layer = QgsVectorLayer(path + "|layername=cites", "cites", "ogr")
    assert layer.featureCount() == len(sandt.CITES) and layer.crs().authid() == "EPSG:2154"
    for table in ("operations", "historique", "imports", "alias"):
        assert QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr").isValid()


def _cites_layer_with(geometry_type, wkts, crs="EPSG:2154"):
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("{}?crs={}&field=cite_id:string&field=nom:string&field=insee:string".format(
        geometry_type, crs), "cites", "memory")
    features = []
    for number, wkt in enumerate(wkts, 1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["C{}".format(number), "Cité {}".format(number), "62498"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_create_refuses_an_empty_layer(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="vide"):
        run_alg("mbm:sandt_create", {"CITES": _cites_layer_with("MultiPolygon", []),
                                     "OUTPUT": str(tmp_path / "b.gpkg")})
    assert not (tmp_path / "b.gpkg").exists()


def test_create_refuses_points_and_invalid_polygons(run_alg, tmp_path):
    # Points would land in the MultiPolygon table of the base; a bow-tie would spoil every later map.
    points = _cites_layer_with("Point", ["POINT(690000 7030000)", "POINT(690100 7030000)"])
    with pytest.raises(QgsProcessingException, match="pas des polygones : C1, C2"):
        run_alg("mbm:sandt_create", {"CITES": points, "OUTPUT": str(tmp_path / "b.gpkg")})
    bow_tie = _cites_layer_with("Polygon", [
        "POLYGON((690000 7030000,690100 7030000,690100 7030100,690000 7030100,690000 7030000))",
        "POLYGON((690200 7030000,690300 7030100,690300 7030000,690200 7030100,690200 7030000))"])
    from qgis.core import QgsFeatureRequest, QgsProcessingContext

    from bassin_minier.mbm_qgis_plugin.compat import scoped_enum

    # Processing's own check may be off (setting "Ignore invalid features"): the base must still refuse.
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(scoped_enum("InvalidGeometryCheck", QgsFeatureRequest, "GeometryNoCheck"))
    with pytest.raises(QgsProcessingException, match=r"invalides .*: C2\b"):
        run_alg("mbm:sandt_create", {"CITES": bow_tie, "OUTPUT": str(tmp_path / "b.gpkg")}, context=context)
    assert not (tmp_path / "b.gpkg").exists()


def test_create_reprojects_a_geographic_layer(run_alg, tmp_path):
    square = "POLYGON((2.83 50.43,2.84 50.43,2.84 50.44,2.83 50.44,2.83 50.43))"  # in Lens, in WGS 84
    path = str(tmp_path / "b.gpkg")
    run_alg("mbm:sandt_create", {"CITES": _cites_layer_with("Polygon", [square], "EPSG:4326"), "OUTPUT": path})
    layer = QgsVectorLayer(path + "|layername=cites", "cites", "ogr")
    extent = layer.extent()
    assert layer.crs().authid() == "EPSG:2154"
    assert 680000 < extent.xMinimum() < 700000 and 7020000 < extent.yMinimum() < 7040000, extent.toString()


def test_create_does_not_erase_a_base_that_holds_imports(run_alg, gpkg_base, tmp_path, sandt):
    # An empty base may be made again (same OUTPUT twice), a base with its history may not.
    run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(), "OUTPUT": gpkg_base})
    update(run_alg, gpkg_base, sandt.write_csv(tmp_path / "p.csv", ROWS[:2]))
    with pytest.raises(QgsProcessingException, match="déjà une base Sandt avec 1 import"):
        run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(), "OUTPUT": gpkg_base})
    assert len(SandtBase(gpkg_base).imports()) == 1
    assert len(SandtBase(gpkg_base).read_operations()) == 2


def test_undo_is_traced_in_the_history(run_alg, gpkg_base, tmp_path, sandt):
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "1 000", "", ""]]
    update(run_alg, gpkg_base, sandt.write_csv(tmp_path / "p1.csv", rows))                      # import 1
    rows[0][4], rows[0][6] = "Achevé", "1 500"
    update(run_alg, gpkg_base, sandt.write_csv(tmp_path / "p2.csv", rows))                      # import 2
    run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 2})
    history = SandtBase(gpkg_base).history("LENS-09")
    undone = [(h["champ"], h["ancienne_valeur"], h["nouvelle_valeur"]) for h in history
              if h["import_id"] == 2 and h["nom_table"] == "operations"]
    # the change of import 2, then its undo, in that order
    assert undone.index(("statut", "programme", "acheve")) < undone.index(("statut", "acheve", "programme"))
    assert ("montant_ht", "1500.0", "1000.0") in undone
    run_alg("mbm:sandt_undo_import", {"BASE": gpkg_base, "IMPORT_ID": 1})
    history = SandtBase(gpkg_base).history("LENS-09")
    traced = [(h["nom_table"], h["champ"], h["nouvelle_valeur"]) for h in history if h["import_id"] == 1]
    assert ("operations", "*", "suppression") in traced and ("cites", "etat", "non_engage") in traced


def test_history_of_a_cite_is_only_its_own(run_alg, tmp_path, sandt):
    # The database narrows the history with LIKE 'A_9|%', where "_" matches any letter: AX9 must not show.
    base = str(tmp_path / "b.gpkg")
    run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer([("A_9", "Cité n°9", "62498", "Lens", 10),
                                                                  ("AX9", "Cité n°19", "62498", "Lens", 10)]),
                                 "OUTPUT": base})
    update(run_alg, base, sandt.write_csv(tmp_path / "p.csv", [
        ["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "", "", ""],
        ["62498", "Lens", "Cité n°19", "AEP", "Programmé", "2025", "", "", ""]]))
    keys = {h["cle"] for h in SandtBase(base).history("A_9")}
    assert keys == {"A_9|voirie|2025", "A_9"}
    assert set(SandtBase(base).read_operations(cite_ids={"A_9"})) == {"A_9|voirie|2025"}


def test_a_report_that_cannot_be_written_after_the_import_says_so(run_alg, gpkg_base, tmp_path, sandt):
    blocker = tmp_path / "pas_un_dossier"
    blocker.write_text("")
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "", "", ""]]
    with pytest.raises(QgsProcessingException, match="import 1 a été appliqué, mais son rapport"):
        update(run_alg, gpkg_base, sandt.write_csv(tmp_path / "p.csv", rows), REPORT=str(blocker / "r.gpkg"))
    assert set(operations(gpkg_base)) == {"LENS-09|voirie|2025"}


def test_create_stores_insee_codes_as_programmes_give_them(run_alg, tmp_path, sandt):
    # A shapefile made from a spreadsheet holds the INSEE code as a real number: 62498.0 must become
    # "62498", or no programme row would ever find the cité by its code.
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=cite_id:string&field=nom:string&field=insee:double",
                           "cites", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["LENS-09", "Cité n°9", 62498.0])
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((690000 7030000,690100 7030000,690100 7030100,"
                                            "690000 7030000)))"))
    layer.dataProvider().addFeatures([feature])
    base = str(tmp_path / "b.gpkg")
    run_alg("mbm:sandt_create", {"CITES": layer, "OUTPUT": base})
    assert [c["insee"] for c in SandtBase(base).read_cites()] == ["62498"]
    report = report_rows(update(run_alg, base, sandt.write_csv(tmp_path / "p.csv", [
        ["62498", "Lens", "Cite No 9", "Voirie", "Programmé", "2025", "", "", ""]])))
    assert report[1]["action"] == "insere"
    bad = sandt.make_cites_layer([("LENS-09", "Cité n°9", "62-498", "Lens", 1)])
    with pytest.raises(QgsProcessingException, match=r"INSEE mal formé .*LENS-09 \(62-498\)"):
        run_alg("mbm:sandt_create", {"CITES": bad, "OUTPUT": str(tmp_path / "c.gpkg")})


def test_create_reads_dwellings_typed_as_text_and_warns_of_the_rest(run_alg, tmp_path, recording_feedback):
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=cite_id:string&field=nom:string&field=insee:string"
                           "&field=nb_logements:string", "cites", "memory")
    features = []
    for number, logements in enumerate(["1 200", "85", "environ 50"]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["C{}".format(number), "Cité n°{}".format(number), "62498", logements])
        x = 690000 + 300 * number
        feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON((({0} 7030000,{1} 7030000,{1} 7030100,{0} 7030000)))"
                                                .format(x, x + 100)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)

    feedback = recording_feedback()
    base = str(tmp_path / "b.gpkg")
    run_alg("mbm:sandt_create", {"CITES": layer, "OUTPUT": base}, feedback=feedback)
    assert {c["cite_id"]: c["nb_logements"] for c in SandtBase(base).read_cites()} == {"C0": 1200, "C1": 85,
                                                                                        "C2": None}
    assert any("C2 (environ 50)" in e for e in feedback.errors), feedback.errors


def test_create_over_something_it_cannot_replace_is_a_clear_error(run_alg, tmp_path, sandt):
    # (On Windows, a GeoPackage open in the project cannot be removed either: the same message.)
    folder = tmp_path / "base.gpkg"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match="Impossible d'écrire .*base.gpkg"):
        run_alg("mbm:sandt_create", {"CITES": sandt.make_cites_layer(), "OUTPUT": str(folder)})
    assert folder.is_dir()


@pytest.mark.parametrize("content", [b"Code INSEE;Commune\n62498;Lens\n", b"\x00\x01 pas une base" * 50])
def test_a_file_that_is_no_sandt_base_is_a_clear_error(run_alg, tmp_path, sandt, content):
    base = tmp_path / "pas_une_base.gpkg"
    base.write_bytes(content)
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "", "", ""]]
    with pytest.raises(QgsProcessingException, match="est-ce bien une base Sandt"):
        update(run_alg, str(base), sandt.write_csv(tmp_path / "p.csv", rows))
