"""The distribution as QGIS and plugins.qgis.org see it (also `make check-release`).

* `scripts/package.py` builds the zip and plugins.xml; the zip carries what the plugin loads and
  nothing else, no placeholder address, the guides the Help buttons open.
* QGIS's own installer code (pyplugin_installer) reads plugins.xml from a file:// folder and from a
  web server on this machine, downloads and installs the plugin in a throw-away profile, and the
  installed copy loads and runs an algorithm (tests/release_install.py, in a process of its own).
* plugins.qgis.org's upload checks on the zip: its validator's rules (qgis-app/plugins/validator.py),
  its security scan with the rules the site enables (qgis-app/plugins/security_scanner.py and the
  rule lists of populate_security_rules): bandit, detect-secrets, flake8, file analysis; and its
  QGIS 4 check (pyqt5_to_pyqt6.py --dry_run) through our own scripts/qt6_check.py.

The tools are those `make release-tools` pins in the test venv.
"""

import configparser
import functools
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_SCRIPT = ROOT / "scripts" / "package.py"
VENV_BIN = Path(sys.executable).parent
# Addresses for the plugins.qgis.org build of these tests (the real ones are given to make).
SITE_URLS = {"homepage": "https://sig.missionbassinminier.fr/extensions/bassin_minier",
             "tracker": "https://sig.missionbassinminier.fr/extensions/bassin_minier/anomalies",
             "repository": "https://sig.missionbassinminier.fr/depots/bassin_minier"}
SITE_EMAIL = "sig@missionbassinminier.fr"

# plugins.qgis.org's enabled rules (populate_security_rules data: critical and warning ones).
SITE_BANDIT_TESTS = (
    "B101,B102,B103,B104,B105,B106,B107,B108,B110,B111,B112,B113,B201,B202,B301,B302,B303,B304,B305,"
    "B306,B307,B308,B310,B311,B312,B313,B314,B315,B316,B317,B318,B319,B320,B321,B323,B324,B401,B402,"
    "B403,B405,B406,B407,B408,B409,B412,B413,B501,B502,B503,B504,B505,B506,B507,B508,B509,B601,B602,"
    "B603,B604,B605,B606,B607,B608,B609,B610,B611,B612,B613,B614,B615,B701,B702,B703,B704")
SITE_FLAKE8_SELECT = (
    "C901,E101,E711,E712,E713,E714,E721,E722,E731,E741,E742,E743,E901,E902,E999,F402,F403,F404,F405,"
    "F811,F821,F822,F823,F831,F901,W605")
SITE_SECRETS_DISABLED = ("IPPublicDetector",)
SITE_REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                          "tracker", "repository")
SUSPICIOUS_EXTENSIONS = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")


def _package(dist, repo_url, *extra):
    completed = subprocess.run([sys.executable, str(PACKAGE_SCRIPT), "--dist", str(dist), "--repo-url", repo_url,
                                *extra], cwd=ROOT, capture_output=True, text=True, timeout=300)
    return completed


def _built(dist, repo_url, *extra):
    completed = _package(dist, repo_url, *extra)
    assert completed.returncode == 0, completed.stderr
    zips = sorted(Path(dist).glob("bassin_minier.*.zip"))
    assert len(zips) == 1, zips
    return zips[0]


def _metadata_of(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read_string(archive.read("bassin_minier/metadata.txt").decode("utf-8"))
    return parser["general"]


def _repository_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


@pytest.fixture(scope="session")
def mission_package(tmp_path_factory):
    """The Mission's build: plain `make package` settings, a file:// repository folder."""
    dist = tmp_path_factory.mktemp("dist_mission")
    return _built(dist, dist.as_uri())


@pytest.fixture(scope="session")
def site_package(tmp_path_factory):
    """The plugins.qgis.org build (make package-plugins-qgis-org)."""
    dist = tmp_path_factory.mktemp("dist_site")
    args = ["--plugins-qgis-org", "--email", SITE_EMAIL]
    for key, url in SITE_URLS.items():
        args += ["--" + key, url]
    return _built(dist, "https://sig.missionbassinminier.fr/qgis", *args)


@pytest.fixture(scope="session")
def site_package_dir(site_package, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site_unzipped")
    with zipfile.ZipFile(site_package) as archive:
        archive.extractall(folder)
    return folder


def _tasks():
    return sorted(p.name for p in (ROOT / "processing_algorithms").iterdir() if (p / "__init__.py").exists())


# --- what the zip holds -----------------------------------------------------------------------
def test_zip_is_named_for_qgis_and_holds_what_the_plugin_loads(mission_package):
    version = _repository_metadata()["version"]
    assert mission_package.name == "bassin_minier.{}.zip".format(version)
    with zipfile.ZipFile(mission_package) as archive:
        names = archive.namelist()
        infos = archive.infolist()
    assert all(name.startswith("bassin_minier/") for name in names)
    inside = [name[len("bassin_minier/"):] for name in names]
    for required in ("__init__.py", "metadata.txt", "LICENSE", "mbm_qgis_plugin/plugin.py",
                     "processing_algorithms/provider.py", "resources/icons/bassin_minier.svg"):
        assert required in inside, required
    # Every Python module, style, layout, model and friction table of the repository ships.
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    for path in tracked:
        if re.match(r"(mbm_qgis_plugin|processing_algorithms)/.*\.py$|resources/(styles|layouts|icons|models|trame_verte)/.*\.(qml|qpt|svg|model3|csv)$", path):
            assert path in inside, "{} is not in the zip".format(path)
    # Compiled translations, not their sources; guides as HTML with the images they show.
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert "resources/i18n/{}.qm".format(ts.stem) in inside
    for task in _tasks():
        if (ROOT / "docs" / (task + ".md")).exists():
            assert "docs/{}.html".format(task) in inside, task
    # Nothing the plugin does not load: no sample data, .ts, Markdown, tests, benchmarks, scripts.
    unwanted = [name for name in inside if name.startswith(("resources/sample_data/", "tests/", "bench/", "scripts/", ".ci/"))
                or name.endswith((".ts", ".md", ".pyc", ".gpkg", ".model3~")) or "__pycache__" in name
                or name in ("Makefile", "pytest.ini", "pyproject.toml", ".gitignore", "CHANGELOG.md")]
    assert unwanted == []
    # Plain files, readable, none executable (plugins.qgis.org flags an executable .py).
    assert all((info.external_attr >> 16) & 0o111 == 0 for info in infos)
    assert mission_package.stat().st_size < 5_000_000


def test_shipped_guides_have_no_dead_link(mission_package):
    """The guides the Help buttons open: every relative link and image resolves inside the plugin,
    every algorithm anchor a help URL names exists."""
    import posixpath

    with zipfile.ZipFile(mission_package) as archive:
        names = set(archive.namelist())
        pages = sorted(name for name in names if name.startswith("bassin_minier/docs/") and name.endswith(".html"))
        assert pages
        for page in pages:
            text = archive.read(page).decode("utf-8")
            assert text.startswith("<!DOCTYPE html>") and '<html lang="fr">' in text
            for target in re.findall(r'(?:href|src)="([^"]+)"', text):
                if "://" in target or target.startswith(("#", "mailto:")):
                    continue
                path = posixpath.normpath(posixpath.join(posixpath.dirname(page), target.split("#")[0]))
                assert path in names, "{}: dead link {}".format(page, target)


def test_guide_rendering_anchors_algorithms_and_drops_dead_links(tmp_path):
    """scripts/guides.py on a guide written as the task guides are: the heading naming an algorithm
    gets its anchor (the help URL's #fragment), links to other guides go to their HTML page, a link
    to a file not shipped keeps its words only."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("guides", ROOT / "scripts" / "guides.py")
    guides = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(guides)
    source = tmp_path / "sandt.md"
    source.write_text("# Base Sandt\n\n## Mettre à jour la base (`mbm:sandt_update`)\n\n"
                      "Voir [le guide des concessions](concessions.md#mbmconcessions_check) et "
                      "[les mesures](benchmarks.md).\n\n![Le panneau](images/sandt_dock.png)\n", encoding="utf-8")
    out = tmp_path / "out.html"
    images = guides.render_guide(str(source), str(out), {"sandt.html", "concessions.html"})
    html = out.read_text(encoding="utf-8")
    assert '<a id="sandt_update"></a>' in html
    assert 'href="concessions.html#mbmconcessions_check"' in html
    assert 'href="benchmarks' not in html and "les mesures" in html
    assert images == ["images/sandt_dock.png"]


def test_no_placeholder_address_in_the_zip(mission_package, site_package):
    for package in (mission_package, site_package):
        with zipfile.ZipFile(package) as archive:
            for name in archive.namelist():
                if name.endswith((".png", ".qm")):
                    continue
                text = archive.read(name).decode("utf-8", errors="replace")
                for placeholder in ("example.invalid", ".invalid/", "example.com", "example.org"):
                    assert placeholder not in text, "{} in {}".format(placeholder, name)
    assert "example.invalid" not in (ROOT / "metadata.txt").read_text(encoding="utf-8")


def test_packaged_metadata_has_the_release_addresses_and_the_changelog(mission_package, site_package):
    site = _metadata_of(site_package)
    for key, url in SITE_URLS.items():
        assert site[key] == url
    assert site["email"] == SITE_EMAIL
    version = _repository_metadata()["version"]
    assert site["version"] == version
    changelog = site["changelog"].splitlines()
    assert changelog[0].startswith(version + " ("), changelog[:2]  # the newest version first
    assert changelog[1].startswith("- ")
    assert "0.1.0" in site["changelog"]
    assert "`" not in site["changelog"]  # Markdown marks stripped: QGIS shows the text as is
    top = re.search(r"^##\s+(\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert top.group(1) == version, "CHANGELOG.md's newest entry is not metadata.txt's version"
    # Without addresses given, the Mission's build simply has none (no placeholder).
    mission = _metadata_of(mission_package)
    assert not any(key in mission for key in ("homepage", "tracker", "repository", "email"))


@pytest.mark.parametrize("change, expected", [
    ({"homepage": ""}, "HOMEPAGE"),
    ({"tracker": "https://example.invalid/bassin_minier/issues"}, "placeholder"),
    ({"repository": "http://repo"}, "placeholder"),
    ({"repository": "depot/bassin_minier"}, "not an absolute"),
    ({"email": "sig@missionbassinminier.invalid"}, "EMAIL"),
])
def test_plugins_qgis_org_build_refuses_missing_or_placeholder_settings(tmp_path, change, expected):
    settings = dict(SITE_URLS, email=SITE_EMAIL)
    settings.update(change)
    args = ["--plugins-qgis-org"]
    for key, value in settings.items():
        args += ["--" + key, value]
    completed = _package(tmp_path / "dist", "https://sig.missionbassinminier.fr/qgis", *args)
    assert completed.returncode == 2
    assert expected in completed.stderr
    assert not list((tmp_path / "dist").glob("*.zip"))


def test_a_relative_repository_url_is_refused(tmp_path):
    completed = _package(tmp_path / "dist", "qgis/depot")
    assert completed.returncode == 2 and "REPO_URL" in completed.stderr


def test_plugins_xml_in_the_installer_format(site_package):
    import xml.etree.ElementTree as ET

    root = ET.parse(site_package.parent / "plugins.xml").getroot()
    assert root.tag == "plugins"
    (plugin,) = root.findall("pyqgis_plugin")
    metadata = _metadata_of(site_package)
    assert plugin.get("name") == metadata["name"] and plugin.get("version") == metadata["version"]
    values = {child.tag: (child.text or "") for child in plugin}
    assert values["file_name"] == site_package.name
    assert values["download_url"] == "https://sig.missionbassinminier.fr/qgis/" + site_package.name
    assert values["qgis_minimum_version"] == "3.22" and values["qgis_maximum_version"] == "4.99"
    for tag in ("description", "about", "author_name", "changelog", "homepage", "tracker", "repository", "icon"):
        assert values[tag].strip(), tag
    assert (site_package.parent / values["icon"].rsplit("/", 1)[1]).exists()


# --- installed with QGIS's own installer ---------------------------------------------------------
class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture()
def web_server(tmp_path):
    """A web server on this machine serving tmp_path/www, as an administrator's would."""
    www = tmp_path / "www"
    www.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(www)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield www, "http://127.0.0.1:{}/qgis".format(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def _install_in_throwaway_profile(tmp_path, xml_url):
    profile = tmp_path / "profile"
    profile.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "QGIS_PLUGINPATH") and "proxy" not in key.lower()}
    env.update(HOME=str(profile), QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen",
               no_proxy="127.0.0.1,localhost")
    result_path = tmp_path / "result.json"
    completed = subprocess.run([sys.executable, str(ROOT / "tests" / "release_install.py"), xml_url, str(result_path),
                                str(ROOT / "resources" / "sample_data")], env=env, capture_output=True, text=True,
                               timeout=600, cwd=str(tmp_path))
    assert result_path.exists(), completed.stderr[-3000:]
    result = json.loads(result_path.read_text(encoding="utf-8"))
    assert "error" not in result, result["error"]
    return result


def _assert_installed_and_working(result):
    version = _repository_metadata()["version"]
    assert result["repository_error"] == ""
    available = result["available"]
    assert available and available["version_available"] == version, result
    assert available["filename"] == "bassin_minier.{}.zip".format(version)
    assert result["install_message"] == "", result["install_message"]
    assert result["installed"]["version_installed"] == version
    assert result["installed"]["status"] == "installed" and result["installed"]["error"] == ""
    assert "bassin_minier/metadata.txt" in result["installed_files"]
    assert not any("sample_data" in name for name in result["installed_files"])
    assert result["loaded"] and result["started"]
    # The running plugin is the installed copy, not this repository.
    assert result["provider_file"].startswith(result["profile_plugins"])
    assert result["algorithms"], "no mbm algorithm registered"
    for algorithm, help_url in result["algorithms"].items():
        path = urlparse(help_url).path
        assert path.startswith(result["profile_plugins"]) and path.endswith(".html"), (algorithm, help_url)
        assert Path(path).exists(), (algorithm, help_url)
    assert result["check_anomalies"] and result["check_anomalies"] > 0  # the sample concessions have anomalies
    assert result["dossiers_pdf"] == 40  # a shipped model, with the shipped layout and styles


def test_installs_from_a_shared_folder_with_qgis_installer(tmp_path):
    dist = tmp_path / "partage" / "extensions qgis"  # a space, as in the Mission's shared folders
    _built(dist, dist.as_uri())
    _assert_installed_and_working(_install_in_throwaway_profile(tmp_path, (dist / "plugins.xml").as_uri()))


def test_installs_from_a_web_server_with_qgis_installer(tmp_path, web_server):
    www, base_url = web_server
    _built(www / "qgis", base_url)
    result = _install_in_throwaway_profile(tmp_path, base_url + "/plugins.xml")
    _assert_installed_and_working(result)
    assert result["available"]["download_url"] == "{}/{}".format(base_url, result["available"]["filename"])


# --- plugins.qgis.org's upload validator -------------------------------------------------------
def test_plugins_qgis_org_validator_rules(site_package):
    """The rules of qgis-app/plugins/validator.py that need no network (the site also checks that
    homepage, tracker and repository answer on the web: that cannot be tested here)."""
    assert site_package.stat().st_size <= 25_000_000
    with zipfile.ZipFile(site_package) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        for name in names:
            assert ".." not in name and not name.startswith("/") and "\\" not in name, name
            assert ".pyc" not in name and not re.match(r"^[A-Za-z]:", name), name
            assert not {"__MACOSX", ".git", "__pycache__"} & set(name.split("/")), name
        assert {name.split("/")[0] for name in names} == {"bassin_minier"}
        package = names[0].split("/")[0]
        assert package.isidentifier() and re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package)
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            assert "{}/{}".format(package, required) in names
        parser = configparser.ConfigParser()
        parser.optionxform = str
        parser.read_file(io.StringIO(archive.read(package + "/metadata.txt").decode("utf8")))
        metadata = dict(parser.items("general"))
        archive.read(package + "/" + metadata["icon"])
    for key in SITE_REQUIRED_METADATA:
        assert metadata.get(key, "").strip(), key
    assert "supportsQt6" not in metadata
    assert re.match(r"^[^/]+$", metadata["author"])
    for key, forbidden in (("tracker", "http://bugs"), ("repository", "http://repo"), ("homepage", "http://homepage")):
        parsed = urlparse(metadata[key])
        assert metadata[key] != forbidden and parsed.scheme and parsed.netloc, key


# --- plugins.qgis.org's security scan ----------------------------------------------------------
def _tool(name):
    path = VENV_BIN / name
    if not path.exists():
        found = shutil.which(name)
        assert found, "{} is missing: run make release-tools".format(name)
        return found
    return str(path)


def test_bandit_with_the_sites_rules_finds_nothing(site_package_dir):
    completed = subprocess.run([_tool("bandit"), "-r", str(site_package_dir), "-f", "json", "--quiet",
                                "-t", SITE_BANDIT_TESTS], capture_output=True, text=True, timeout=300)
    report = json.loads(completed.stdout)
    findings = ["{}:{} {} {}".format(Path(r["filename"]).relative_to(site_package_dir), r["line_number"],
                                     r["test_id"], r["issue_text"]) for r in report["results"]]
    assert report["errors"] == []
    assert findings == []


def test_detect_secrets_finds_nothing(site_package_dir):
    command = [_tool("detect-secrets"), "scan", "--all-files", "--exclude-files", r"metadata\.txt",
               "--exclude-files", r"\.secrets\.baseline"]
    for plugin in SITE_SECRETS_DISABLED:
        command += ["--disable-plugin", plugin]
    completed = subprocess.run(command + ["."], cwd=site_package_dir, capture_output=True, text=True, timeout=300)
    assert json.loads(completed.stdout)["results"] == {}


def test_flake8_with_the_sites_selection_finds_nothing(site_package_dir):
    files = sorted(str(p) for p in site_package_dir.rglob("*.py"))
    completed = subprocess.run([_tool("flake8"), "--max-line-length=120", "--select", SITE_FLAKE8_SELECT, *files],
                               capture_output=True, text=True, timeout=300)
    assert completed.stdout.replace(str(site_package_dir), "") == "" and completed.returncode == 0, completed.stderr


def test_file_analysis_finds_nothing(site_package):
    with zipfile.ZipFile(site_package) as archive:
        for info in archive.infolist():
            base = os.path.basename(info.filename)
            assert not (info.filename.endswith(".py") and (info.external_attr >> 16) & 0o111), info.filename
            assert not (base.startswith(".") and base not in (".gitignore", ".gitattributes")), info.filename
            assert not info.filename.lower().endswith(SUSPICIOUS_EXTENSIONS), info.filename


# --- QGIS 4 readiness, as the site's Qt6 check sees it ------------------------------------------
def test_qgis4_check_finds_nothing_in_the_package(site_package_dir, tmp_path):
    checker = str(ROOT / "scripts" / "qt6_check.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # PyQt6 and QGIS's PyQt5 never in one process: each table is dumped by a process of its own.
    qt6 = subprocess.run([sys.executable, checker, "dump-qt6", str(tmp_path / "qt6.json")], env=env,
                         capture_output=True, text=True, timeout=300)
    assert qt6.returncode == 0, qt6.stderr
    qt6_table = json.loads((tmp_path / "qt6.json").read_text())
    assert "PyQt6.QtCore" in qt6_table["modules"], "PyQt6 is missing: run make release-tools"
    assert qt6_table["scoped"]["Qt:AlignLeft"] == "AlignmentFlag"
    qgis = subprocess.run([sys.executable, checker, "dump-qgis", str(tmp_path / "qgis.json")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert qgis.returncode == 0, qgis.stderr
    qgis_table = json.loads((tmp_path / "qgis.json").read_text())
    # An enum the same in QGIS 3.22 and 3.40 (3.40 moved the algorithm flags to Qgis.ProcessingAlgorithmFlag).
    assert qgis_table["scoped"]["QgsVectorFileWriter:NoError"] == "WriterError"
    completed = subprocess.run([sys.executable, checker, "check", str(site_package_dir), "--enums",
                                str(tmp_path / "qt6.json"), "--enums", str(tmp_path / "qgis.json")],
                               capture_output=True, text=True, timeout=300)
    findings = [line.replace(str(site_package_dir), "") for line in completed.stdout.splitlines()[1:]]
    assert findings == [] and completed.returncode == 0, "\n".join(findings) + completed.stderr


def test_qgis4_check_finds_what_qgis_script_would(tmp_path):
    """The checker is not blind: the unscoped forms QGIS's script reports are reported."""
    checker = str(ROOT / "scripts" / "qt6_check.py")
    sample = tmp_path / "plugin"
    sample.mkdir()
    (sample / "old.py").write_text(
        "from PyQt5.QtCore import Qt\n"
        "from qgis.core import QgsWkbTypes, QgsProcessingAlgorithm\n"
        "a = Qt.AlignLeft\n"
        "b = Qt.AlignmentFlag.AlignLeft\n"
        "c = QgsWkbTypes.PolygonGeometry\n"
        "d = QgsProcessingAlgorithm.Flag.FlagNoThreading\n"
        "dialog." + "exec_()\n", encoding="utf-8")  # split: the repository's own hygiene test greps for it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for kind in ("qt6", "qgis"):
        subprocess.run([sys.executable, checker, "dump-" + kind, str(tmp_path / (kind + ".json"))], env=env,
                       check=True, capture_output=True, timeout=300)
    completed = subprocess.run([sys.executable, checker, "check", str(sample), "--enums", str(tmp_path / "qt6.json"),
                                "--enums", str(tmp_path / "qgis.json")], capture_output=True, text=True, timeout=300)
    findings = [line.split(" - ", 1)[1] for line in completed.stdout.splitlines()[1:]]
    assert completed.returncode == 1
    assert findings == ["Import from 'PyQt5.QtCore': import from qgis.PyQt instead",
                        "Enum error, add 'AlignmentFlag' before 'AlignLeft'",
                        "Enum error, add 'GeometryType' before 'PolygonGeometry'",
                        "exec_() should be renamed to exec()"]
