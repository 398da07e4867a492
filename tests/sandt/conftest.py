"""Fixtures of the sandt tests: small cités layers, programme files made by code, and a throw-away
PostgreSQL/PostGIS cluster (initdb in a temp dir, loopback port) reached through a QGIS saved connection
whose credentials live in QGIS's authentication database."""

import glob
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

_spec = importlib.util.spec_from_file_location("sandt_workbooks", os.path.join(os.path.dirname(__file__),
                                                                               "workbooks.py"))
workbooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(workbooks)


@pytest.fixture(autouse=True)
def _sandt_in_french(french_qgis):
    """Messages and numbers are checked as a French cartographer reads them (tests/conftest.py)."""
    yield

HEADER = ["Code INSEE", "Commune", "Cité", "Réseau", "Statut", "Année programme", "Montant HT (€)",
          "Longueur (m)", "Date fin travaux"]

# (cite_id, nom, insee, commune, nb_logements): two communes, cité/coron pairs, numbered cités.
CITES = [
    ("LENS-09", "Cité n°9", "62498", "Lens", 320),
    ("LENS-19", "Cité n°19", "62498", "Lens", 250),
    ("LENS-BRC", "Cité des Brebis", "62498", "Lens", 180),
    ("LENS-BRO", "Coron des Brebis", "62498", "Lens", 60),
    ("LENS-SPI", "Cité Saint-Pierre", "62498", "Lens", 400),
    ("LIEV-CAL", "Cité du Calvaire", "62510", "Liévin", 210),
    ("LIEV-JAR", "Cité-jardin de la Plaine", "62510", "Liévin", 150),
    ("LIEV-ABB", "Cité de l'Abbaye", "62510", "Liévin", 90),
]


def square(x, y, size=200):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt("MULTIPOLYGON((({x} {y},{x2} {y},{x2} {y2},{x} {y2},{x} {y})))".format(
        x=x, y=y, x2=x + size, y2=y + size))


def make_cites_layer(cites=CITES, crs="EPSG:2154", name="cites"):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs={}&field=cite_id:string&field=nom:string&field=insee:string"
                           "&field=commune:string&field=nb_logements:integer".format(crs), name, "memory")
    features = []
    for number, (cite_id, nom, insee, commune, logements) in enumerate(cites):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([cite_id, nom, insee, commune, logements])
        x0 = 690000 if insee == "62498" else 680000
        feature.setGeometry(square(x0 + 300 * number, 7030000))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def make_communes_layer():
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=insee:string&field=nom:string"
                           "&field=epci_siren:string&field=epci_nom:string", "communes", "memory")
    rows = [("62498", "Lens", "200039865", "CA de Lens-Liévin", 689000),
            ("62510", "Liévin", "200039865", "CA de Lens-Liévin", 679000),
            ("62119", "Billy-Berclau", "200040947", "CA de Béthune-Bruay", 669000)]
    features = []
    for insee, nom, siren, epci, x in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([insee, nom, siren, epci])
        feature.setGeometry(square(x, 7029000, 10000))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_csv(path, rows, encoding="cp1252", separator=";", header=HEADER):
    """A CSV as the services send them: French headers, chosen encoding (``utf-8-sig`` = BOM)."""
    import csv

    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=separator, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def write_spreadsheet(path, rows, driver, header=HEADER, sheet="Programme"):
    """An XLSX or ODS written by GDAL: the header row then the rows (numbers stay numbers)."""
    from osgeo import ogr

    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(sheet, geom_type=ogr.wkbNone)
    types = []
    for index, name in enumerate(header):
        values = [r[index] for r in rows if r[index] not in (None, "")]
        kind = ogr.OFTReal if values and all(isinstance(v, (int, float)) for v in values) else ogr.OFTString
        types.append(kind)
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(row):
            if value not in (None, ""):
                feature.SetField(index, value if types[index] == ogr.OFTReal else str(value))
        layer.CreateFeature(feature)
        feature = None
    layer = None
    dataset = None
    return str(path)


@pytest.fixture()
def cites_layer(qgis_app):
    return make_cites_layer()


@pytest.fixture()
def communes_layer(qgis_app):
    return make_communes_layer()


@pytest.fixture()
def new_base(tmp_path, run_alg):
    """A function making a fresh GeoPackage base of CITES through mbm:sandt_create."""
    def _make(name="base.gpkg"):
        path = str(tmp_path / name)
        run_alg("mbm:sandt_create", {"CITES": make_cites_layer(), "OUTPUT": path})
        return path
    return _make


@pytest.fixture()
def gpkg_base(new_base):
    return new_base()


# --- PostgreSQL / PostGIS ----------------------------------------------------------------------------

def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_bin():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(candidates[-1]) if candidates else None


class PostgresCluster:
    """initdb + pg_ctl start in a temp dir, as user postgres when we are root."""

    def __init__(self):
        self.bin = _pg_bin()
        self.root = tempfile.mkdtemp(prefix="mbm_pg_")
        self.data = os.path.join(self.root, "data")
        self.port = _free_port()
        self.password = "mbm-test-secret"
        self.as_postgres = os.geteuid() == 0
        self.log = os.path.join(self.root, "server.log")

    def _run(self, args, **kwargs):
        command = (["runuser", "-u", "postgres", "--"] if self.as_postgres else []) + args
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120, **kwargs)

    def start(self):
        if self.bin is None:
            raise RuntimeError("PostgreSQL n'est pas installé (/usr/lib/postgresql/*/bin)")
        pwfile = os.path.join(self.root, "pw")
        with open(pwfile, "w") as handle:
            handle.write(self.password)
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        os.chmod(self.root, 0o700)
        self._run([os.path.join(self.bin, "initdb"), "-D", self.data, "-U", "postgres", "-A", "scram-sha-256",
                   "--pwfile", pwfile, "-E", "UTF8", "--locale", "C"])
        self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-l", self.log, "-w", "-t", "60", "-o",
                   "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off".format(self.port, self.root), "start"])
        env = dict(os.environ, PGPASSWORD=self.password)
        self._run([os.path.join(self.bin, "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                   "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", "CREATE EXTENSION IF NOT EXISTS postgis"], env=env)

    def stop(self):
        try:
            self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "immediate", "stop"])
        except Exception:  # noqa: BLE001 — cleaning up
            pass
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster(qgis_app):
    cluster = PostgresCluster()
    try:
        cluster.start()
    except Exception as error:  # noqa: BLE001
        detail = getattr(error, "stderr", "") or str(error)
        if os.path.exists(cluster.log):
            detail += open(cluster.log).read()[-2000:]
        cluster.stop()
        message = "PostgreSQL/PostGIS test server did not start: {}".format(detail)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def postgis_connection(postgres_cluster):
    """Name of a QGIS saved PostgreSQL connection to the test cluster, credentials in an authcfg."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("mbm-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("mbm test postgres")
    config.setConfig("username", "postgres")
    config.setConfig("password", postgres_cluster.password)
    stored = manager.storeAuthenticationConfig(config)
    if isinstance(stored, tuple):  # QGIS 3.22 returns (ok, config)
        ok, config = stored
    else:
        ok = stored
    assert ok, "could not store the authentication configuration"
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(postgres_cluster.port), "postgres", "", "",
                      QgsDataSourceUri.SslMode.SslDisable, config.id())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(uri.uri(False), {})
    name = "mbm_sandt_test_{}".format(postgres_cluster.port)
    metadata.saveConnection(connection, name)
    yield name
    metadata.deleteConnection(name)
    manager.removeAuthenticationConfig(config.id())


@pytest.fixture()
def postgis_base(postgis_connection, run_alg, request):
    """A fresh base in its own schema of the test cluster, made by mbm:sandt_create."""
    schema = "sandt_" + "".join(c for c in request.node.name.lower() if c.isalnum())[:40]
    location = "postgis:{}/{}".format(postgis_connection, schema)
    run_alg("mbm:sandt_create", {"CITES": make_cites_layer(), "OUTPUT": "TEMPORARY_OUTPUT",
                                 "POSTGIS_BASE": location})
    return location


def wait_until(predicate, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def answer_next_question(button, seen=None, timeout=10.0):
    """Answer the next modal question box the code under test opens, as a user would click it: ``button``
    is QMessageBox.StandardButton.Yes or No; the box's text is appended to ``seen``."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    end = time.time() + timeout

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if seen is not None:
                seen.append(box.text())
            box.button(button).click()
        elif time.time() < end:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


class _Helpers:
    HEADER = HEADER
    CITES = CITES
    write_csv = staticmethod(write_csv)
    write_spreadsheet = staticmethod(write_spreadsheet)
    write_xlsx = staticmethod(workbooks.write_xlsx)
    write_ods = staticmethod(workbooks.write_ods)
    Formula = workbooks.Formula
    answer_next_question = staticmethod(answer_next_question)
    make_cites_layer = staticmethod(make_cites_layer)
    make_communes_layer = staticmethod(make_communes_layer)
    wait_until = staticmethod(wait_until)


@pytest.fixture(scope="session")
def sandt():
    """The helpers of this folder (tests cannot import each other under --import-mode=importlib)."""
    return _Helpers
