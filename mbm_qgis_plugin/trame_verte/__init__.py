"""Domain core of the trame_verte task: plain Python, tested without a GUI."""
