"""Bassin minier — QGIS plugin of the Mission Bassin Minier Nord-Pas-de-Calais."""


def classFactory(iface):  # noqa: N802 (QGIS entry point)
    """QGIS entry point: import lazily so that QGIS start-up stays fast."""
    from .mbm_qgis_plugin.plugin import BassinMinierPlugin

    return BassinMinierPlugin(iface)
