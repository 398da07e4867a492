"""Plugin glue (plugin class, dock) and the domain core, one sub-package per task."""
