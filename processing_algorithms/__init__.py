"""The Processing provider ``mbm`` and its algorithms, one sub-package per task."""
