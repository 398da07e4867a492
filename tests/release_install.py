"""Install the plugin as a QGIS user does, from a plugin repository, with QGIS's own installer code.

Run by tests/test_release.py in a process of its own, in a throw-away profile (HOME and
QGIS_CUSTOM_CONFIG_PATH point at an empty folder):

    python tests/release_install.py <plugins.xml URL> <result.json> [<sample data folder>]

1. add the repository to the profile's settings as Extensions › Installer/Gérer les extensions ›
   Paramètres › Ajouter… does, and let pyplugin_installer fetch and parse its plugins.xml;
2. download and unzip the plugin with the installer's own installing dialog into the profile;
3. read the installed plugin back as the extensions manager does, load it and start its Processing
   part as QGIS does at start-up;
4. run one algorithm of the installed copy on the repository's sample data (the package has none),
   and record each algorithm's help URL.

Writes what it saw to result.json; the test decides.
"""

import json
import os
import sys
import time


def main(xml_url, out_path, sample_dir=None):
    from qgis.core import QgsApplication, QgsSettings

    app = QgsApplication([], False)
    app.initQgis()
    result = {"steps": []}
    try:
        run(xml_url, sample_dir, result)
    except Exception as error:  # noqa: BLE001 — every failure is written for the test to show
        import traceback

        result["error"] = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1, default=str)
    QgsSettings().sync()
    app.exitQgis()


def _wait(condition, seconds=60):
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return condition()


_KEPT_SETTINGS = []  # settings entries registered here live as long as the process


def _plugin_manager_settings():
    """QGIS 3.30+ reads the plugin manager's settings from the settings tree node "plugin-manager", which
    the desktop application (not qgis.core) registers: registered here as the desktop does, with its
    defaults. Returns the entries, to be kept alive while the installer runs (none before QGIS 3.30)."""
    try:
        from qgis.core import (
            QgsSettingsEntryBool,
            QgsSettingsEntryString,
            QgsSettingsEntryStringList,
            QgsSettingsTree,
        )
    except ImportError:
        return []
    if QgsSettingsTree.node("plugin-manager") is not None:
        return []
    node = QgsSettingsTree.treeRoot().createChildNode("plugin-manager")
    return [QgsSettingsEntryBool("allow-experimental", node, False),
            QgsSettingsEntryBool("allow-deprecated", node, False),
            QgsSettingsEntryBool("automatically-check-for-updates", node, True),
            QgsSettingsEntryString("check-on-start-last-date", node, ""),
            QgsSettingsEntryString("last-zip-directory", node, ""),
            QgsSettingsEntryStringList("seen-plugins", node, []),
            node]


def run(xml_url, sample_dir, result):
    from qgis.core import QgsApplication, QgsSettings

    import qgis.utils

    # What QGIS's Python start-up puts on the path: its own Python folder and its core plugins.
    for folder in ("python/plugins", "python"):
        sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), folder))
    profile_plugins = os.path.join(QgsApplication.qgisSettingsDirPath(), "python", "plugins")
    # What QGIS's Python start-up does for the profile: where plugins are installed and looked for.
    qgis.utils.home_plugin_path = profile_plugins  # QGIS 3.22
    qgis.utils.HOME_PLUGIN_PATH = profile_plugins  # QGIS 3.40 (read by the installer when it is imported)
    qgis.utils.plugin_paths[:] = [profile_plugins]
    sys.path.insert(0, profile_plugins)
    result["profile_plugins"] = profile_plugins
    _KEPT_SETTINGS.extend(_plugin_manager_settings())

    from pyplugin_installer import installer_data
    from pyplugin_installer.installer_data import plugins, repositories
    from pyplugin_installer.qgsplugininstallerinstallingdialog import QgsPluginInstallerInstallingDialog

    # 1. The repository, as the "Ajouter…" dialog stores it.
    settings = QgsSettings()
    settings.setValue(installer_data.reposGroup + "/Mission Bassin Minier/url", xml_url)
    settings.setValue(installer_data.reposGroup + "/Mission Bassin Minier/enabled", True)
    repositories.load()
    repositories.requestFetching("Mission Bassin Minier")
    fetched = _wait(lambda: not repositories.fetchingInProgress())
    repository = repositories.all()["Mission Bassin Minier"]
    result["repository_state"] = repository["state"]
    result["repository_error"] = repository["error"]
    result["steps"].append("fetched" if fetched else "fetch timed out")

    plugins.getAllInstalled()
    plugins.rebuild()
    available = plugins.all().get("bassin_minier")
    result["available"] = {key: available.get(key) for key in (
        "id", "name", "version_available", "download_url", "filename", "status", "homepage", "tracker",
        "code_repository", "changelog", "author_email", "icon", "error")} if available else None
    if not available:
        return

    # 2. Download and unzip with the installer's dialog (headless: its event loop runs until done).
    dialog = QgsPluginInstallerInstallingDialog(None, available)
    dialog.exec()
    result["install_message"] = dialog.result()
    result["steps"].append("installed")

    # 3. The extensions manager's view of the installed plugin, then QGIS's start-up.
    plugins.getAllInstalled()
    plugins.rebuild()
    installed = plugins.all().get("bassin_minier", {})
    result["installed"] = {key: installed.get(key) for key in (
        "version_installed", "status", "error", "error_details", "library")}
    result["installed_files"] = sorted(
        os.path.relpath(os.path.join(folder, name), profile_plugins)
        for folder, _dirs, names in os.walk(os.path.join(profile_plugins, "bassin_minier")) for name in names)

    from processing.core.Processing import Processing

    Processing.initialize()
    qgis.utils.updateAvailablePlugins()
    result["loaded"] = qgis.utils.loadPlugin("bassin_minier")
    result["started"] = qgis.utils.startProcessingPlugin("bassin_minier")
    provider = QgsApplication.processingRegistry().providerById("mbm")
    result["provider_file"] = sys.modules["bassin_minier"].__file__ if "bassin_minier" in sys.modules else None
    result["algorithms"] = {alg.id(): alg.helpUrl() for alg in provider.algorithms()} if provider else {}

    # 4. One algorithm of the installed copy, on the repository's sample data.
    if sample_dir and provider:
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        source = "{}|layername=concessions".format(os.path.join(sample_dir, "bassin_minier_synthetique.gpkg"))
        out = processing.run("mbm:concessions_check", {"INPUT": source, "OUTPUT": "memory:"},
                             context=context, feedback=QgsProcessingFeedback())
        layer = context.getMapLayer(out["OUTPUT"]) if isinstance(out["OUTPUT"], str) else out["OUTPUT"]
        result["check_anomalies"] = layer.featureCount() if layer is not None else None
        # A shipped model, whose dossiers use the shipped print layout and styles.
        dossiers = os.path.join(os.getcwd(), "dossiers")
        os.makedirs(dossiers, exist_ok=True)
        processing.run("mbm:chaine_dossiers_concessions", {
            "CONCESSIONS": source, "SHAFTS": source.replace("=concessions", "=puits"),
            "check:ANOMALIES": "memory:", "report:INVENTORY": "memory:", "report:DOSSIERS": dossiers},
            context=context, feedback=QgsProcessingFeedback())
        result["dossiers_pdf"] = len([name for name in os.listdir(dossiers) if name.endswith(".pdf")])


if __name__ == "__main__":
    main(*sys.argv[1:])
