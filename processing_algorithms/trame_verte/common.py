"""Enum values whose home moved between QGIS 3.22 and 3.36+ (kept here: the trame verte algorithms only)."""

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingParameterNumber


def number_double():
    """QgsProcessingParameterNumber's Double type (Qgis.ProcessingNumberParameterType from 3.36)."""
    if hasattr(Qgis, "ProcessingNumberParameterType"):
        return Qgis.ProcessingNumberParameterType.Double
    return QgsProcessingParameterNumber.Type.Double


def no_threading_flag():
    """Layout export must run in the main thread (QGIS 3.22: QgsProcessingAlgorithm.FlagNoThreading)."""
    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.Flag.FlagNoThreading
