"""Dashboard cards: each app registers a function that returns cards for a request."""

from collections.abc import Callable

from django.http import HttpRequest

_PROVIDERS: list[Callable[[HttpRequest], list[dict]]] = []


def register_widget(provider: Callable[[HttpRequest], list[dict]]) -> None:
    """Register ``provider(request) -> [{"title", "value", "url", "tone"}]`` for the dashboard."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


def widgets_for(request: HttpRequest) -> list[dict]:
    cards: list[dict] = []
    for provider in _PROVIDERS:
        cards.extend(provider(request))
    return cards
