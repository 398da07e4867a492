"""Processing algorithms of the patrimoine task."""


def algorithm_classes():
    """The algorithm classes of this task, registered by the provider."""
    from .croisement import PatrimoineCroisementAlgorithm
    from .fiches import PatrimoineFichesAlgorithm
    from .hierarchie import PatrimoineHierarchieAlgorithm

    return [PatrimoineHierarchieAlgorithm, PatrimoineCroisementAlgorithm, PatrimoineFichesAlgorithm]
