"""Models of the briefings app."""
