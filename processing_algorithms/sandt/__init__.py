"""Processing algorithms of the sandt task."""


def algorithm_classes():
    """The algorithm classes of this task, registered by the provider."""
    return []
