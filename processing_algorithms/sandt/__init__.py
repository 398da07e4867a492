"""Processing algorithms of the sandt task."""


def algorithm_classes():
    """The algorithm classes of this task, registered by the provider."""
    from .create import SandtCreateAlgorithm
    from .progress import SandtProgressAlgorithm
    from .undo import SandtUndoImportAlgorithm
    from .update import SandtUpdateAlgorithm

    return [SandtCreateAlgorithm, SandtUpdateAlgorithm, SandtUndoImportAlgorithm, SandtProgressAlgorithm]
