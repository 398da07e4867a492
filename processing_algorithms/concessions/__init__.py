"""Processing algorithms of the concessions task."""


def algorithm_classes():
    """The algorithm classes of this task, registered by the provider."""
    from .check import ConcessionsCheckAlgorithm
    from .perimeter import ConcessionsPerimeterAlgorithm
    from .report import ConcessionsReportAlgorithm

    return [ConcessionsCheckAlgorithm, ConcessionsReportAlgorithm, ConcessionsPerimeterAlgorithm]
