"""Processing algorithms of the trame_verte task."""


def algorithm_classes():
    """The algorithm classes of this task, registered by the provider."""
    from .schema import TrameVerteSchemaAlgorithm

    return [TrameVerteSchemaAlgorithm]
