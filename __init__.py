"""Bassin minier — QGIS plugin of the Mission Bassin Minier Nord-Pas-de-Calais."""


def classFactory(iface):
    """QGIS entry point: import lazily so that QGIS start-up stays fast."""
    from .mbm_qgis_plugin.plugin import BassinMinierPlugin

    return BassinMinierPlugin(iface)
