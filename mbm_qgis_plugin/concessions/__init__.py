"""Domain core of the concessions task: plain Python, tested without a GUI."""
