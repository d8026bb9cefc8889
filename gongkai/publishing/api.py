"""REST API of the publishing app."""


def register(router) -> None:
    """Register this app's viewsets on the API router."""
