"""Processing algorithms of the trame_verte task."""


def algorithm_classes():
    """The algorithm classes of this task, registered by the provider."""
    from .layout import TrameVerteLayoutAlgorithm
    from .schema import TrameVerteSchemaAlgorithm
    from .status import TrameVerteStatusAlgorithm

    return [TrameVerteSchemaAlgorithm, TrameVerteStatusAlgorithm, TrameVerteLayoutAlgorithm]
