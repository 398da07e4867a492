"""The sandt algorithms in the toolbox dialogs, as QGIS's Processing plugin builds them: the "Base Sandt"
field with its GeoPackage/PostGIS picker (the value stays a string), DRY_RUN checked by default, whole
numbers shown without decimals, help naming what the user sees; and the messages of the core in English
in an English QGIS."""

import re

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterString

ALGORITHMS_WITH_BASE = ("mbm:sandt_update", "mbm:sandt_undo_import", "mbm:sandt_progress")


@pytest.fixture(autouse=True)
def iface_with_browser(qgis_iface, monkeypatch):
    """The Processing dialog asks QGIS's interface for its browser model, which pytest-qgis's interface
    lacks: give it a real one."""
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    yield qgis_iface


def _dialog(algorithm_id):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    return AlgorithmDialog(algorithm, False, None)


@pytest.mark.parametrize("algorithm_id", ALGORITHMS_WITH_BASE)
def test_the_base_field_is_a_geopackage_picker_that_takes_postgis(mbm_provider, algorithm_id):
    from bassin_minier.mbm_qgis_plugin.gui.sandt_base_wrapper import SandtBaseWidgetWrapper

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    parameter = algorithm.parameterDefinition("BASE")
    assert isinstance(parameter, QgsProcessingParameterString)  # the contract: a string
    dialog = _dialog(algorithm_id)
    try:
        wrapper = dialog.mainWidget().wrappers["BASE"]
        assert isinstance(wrapper, SandtBaseWidgetWrapper)
        field = wrapper.widget
        assert [a.text() for a in field.button.menu().actions()] == ["GeoPackage…", "Connexion PostGIS…"]
        assert field.line_edit.placeholderText() == "GeoPackage, ou postgis:connexion/schéma"
        from qgis.core import QgsProcessingContext

        for value in ("/data/base_sandt.gpkg", "postgis:MBM serveur/sandt"):
            wrapper.setParameterValue(value, QgsProcessingContext())  # as the dialog restores the last value
            assert wrapper.parameterValue() == value  # what the dialog passes to the algorithm
        field.line_edit.setText("  postgis:MBM serveur/sandt_2026 ")
        assert wrapper.parameterValue() == "postgis:MBM serveur/sandt_2026"
        if algorithm_id == "mbm:sandt_undo_import":  # its other parameter has a value: the whole dialog
            assert dialog.createProcessingParameters()["BASE"] == "postgis:MBM serveur/sandt_2026"
    finally:
        dialog.deleteLater()


def test_the_base_file_dialog_filters_geopackages(mbm_provider):
    from bassin_minier.mbm_qgis_plugin.i18n import translate

    assert translate("SandtBaseField", "GeoPackage (*.gpkg);;All files (*)").startswith("GeoPackage (*.gpkg)")


def test_in_the_model_designer_the_base_keeps_the_designer_widget(mbm_provider):
    """A Python widget in the designer would only take fixed values: the base could no longer come from
    a model input. The wrapper hands the designer QGIS's own widget."""
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.gui import QgsProcessingModelerParameterWidget

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mbm:sandt_update")
    dialog = ModelerParametersDialog(algorithm, QgsProcessingModelAlgorithm())
    try:
        wrappers = dialog.widget.widget.wrappers
        assert isinstance(wrappers["BASE"], QgsProcessingModelerParameterWidget)
    finally:
        dialog.deleteLater()


def test_dry_run_is_checked_by_default(mbm_provider, run_alg, gpkg_base, tmp_path, sandt):
    algorithm = QgsApplication.processingRegistry().algorithmById("mbm:sandt_update")
    assert algorithm.parameterDefinition("DRY_RUN").defaultValue() is True
    dialog = _dialog("mbm:sandt_update")
    try:
        assert dialog.mainWidget().wrappers["DRY_RUN"].parameterValue() is True
    finally:
        dialog.deleteLater()
    # Without DRY_RUN, a run writes nothing.
    rows = [["62498", "Lens", "Cité n°9", "Voirie", "Programmé", "2025", "", "", ""]]
    result = run_alg("mbm:sandt_update", {"BASE": gpkg_base, "TABLE": sandt.write_csv(tmp_path / "p.csv", rows),
                                          "REPORT": "TEMPORARY_OUTPUT"})
    from bassin_minier.mbm_qgis_plugin.sandt.storage import SandtBase

    assert result["NB_INSERE"] == 1 and result["IMPORT_ID"] == 0 and SandtBase(gpkg_base).read_operations() == {}


def test_whole_numbers_show_without_decimals(mbm_provider):
    for algorithm_id, name, shown in (("mbm:sandt_update", "MATCH_THRESHOLD", "85"),
                                      ("mbm:sandt_update", "BASE_REVISION", "-1")):
        dialog = _dialog(algorithm_id)
        try:
            wrapper = dialog.mainWidget().wrappers[name]
            spin = wrapper.wrappedWidget()
            assert spin.text() == shown, (name, spin.text())
        finally:
            dialog.deleteLater()


def test_help_texts_name_what_the_user_sees_not_parameter_ids(mbm_provider):
    ids = re.compile(r"\b[A-Z][A-Z_]{3,}\b")
    for algorithm in mbm_provider.algorithms():
        if algorithm.groupId() != "sandt":
            continue
        texts = [algorithm.shortHelpString()] + [p.help() for p in algorithm.parameterDefinitions()
                                                 if hasattr(p, "help")]
        for text in texts:
            found = [word for word in ids.findall(text) if word not in ("EPCI", "INSEE", "XLSX", "CSV", "ODS", "QGIS")]
            assert not found, (algorithm.id(), found, text)


def test_core_messages_are_english_in_an_english_qgis(qgis_app):
    from bassin_minier.mbm_qgis_plugin.i18n import remove_translators
    from bassin_minier.mbm_qgis_plugin.sandt.labels import action_label
    from bassin_minier.mbm_qgis_plugin.sandt.rules import validate_row

    row = {"insee": "62498", "cite": "Cité n°9", "reseau": "Gaz", "statut": "Terminé ?", "annee": "2025"}
    assert "réseau « Gaz » inconnu" in validate_row(1, row).errors[0]  # French: the tests' QGIS
    remove_translators()
    errors = validate_row(1, row).errors
    assert errors == ['unknown network "Gaz" (roads, sewerage, drinking water or street lighting)',
                      'status "Terminé ?" is uncertain: import only a confirmed status']
    assert action_label("non_trouve") == "not found"
