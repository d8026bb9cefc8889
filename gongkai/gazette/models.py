"""Models of the gazette app."""
