"""What the concessions algorithms share."""

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingParameterNumber


def number_type_double():
    """QgsProcessingParameterNumber's Double type (Qgis.ProcessingNumberParameterType from 3.36)."""
    if hasattr(Qgis, "ProcessingNumberParameterType"):
        return Qgis.ProcessingNumberParameterType.Double
    return QgsProcessingParameterNumber.Double


def no_threading_flag():
    """The flag of algorithms that must run in the main thread (they render print layouts)."""
    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.FlagNoThreading
