"""The plugin as qgis_process sees it: enabled in a throw-away profile, loaded, with its provider."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


@pytest.fixture()
def qgis_process_env(tmp_path, plugin_root):
    env = dict(os.environ)
    # A throw-away profile: pytest-qgis (5.x) points QGIS_CUSTOM_CONFIG_PATH at its own settings folder.
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path),
               QGIS_OPTIONS_PATH=str(tmp_path), QGIS_PLUGINPATH=str(Path(plugin_root) / ".build" / "plugins"))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "bassin_minier"], env=env, check=True,
                   capture_output=True, timeout=120)
    return env


def test_qgis_process_loads_the_plugin_and_provider(qgis_process_env, mbm_provider):
    listing = subprocess.run([QGIS_PROCESS, "plugins"], env=qgis_process_env, check=True,
                             capture_output=True, text=True, timeout=120).stdout
    assert "* bassin_minier" in listing.splitlines()
    described = json.loads(subprocess.run([QGIS_PROCESS, "--json", "list"], env=qgis_process_env,
                                          check=True, capture_output=True, text=True, timeout=120).stdout)
    provider = described["providers"]["mbm"]
    assert provider["name"] == "Bassin minier"
    expected = sorted(alg.id() for alg in mbm_provider.algorithms())
    assert sorted(provider["algorithms"]) == expected
