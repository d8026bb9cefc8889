"""REST API of the applications app."""


def register(router) -> None:
    """Register this app's viewsets on the API router."""
