"""Domain core of the sandt task: plain Python, tested without a GUI."""
