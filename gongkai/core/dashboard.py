"""Dashboard cards and alerts: each app registers functions that return them for a request.

Cards are the figures across the top; alerts are the warnings above them that need action
(a year with no holiday schedule, for example). The kernel only collects them, so that it
needs to know nothing of the apps that contribute."""

from collections.abc import Callable

from django.http import HttpRequest

_PROVIDERS: list[Callable[[HttpRequest], list[dict]]] = []
_ALERTS: list[Callable[[HttpRequest], list[dict]]] = []


def register_widget(provider: Callable[[HttpRequest], list[dict]]) -> None:
    """Register ``provider(request) -> [{"title", "value", "url", "tone"}]`` for the dashboard."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


def widgets_for(request: HttpRequest) -> list[dict]:
    cards: list[dict] = []
    for provider in _PROVIDERS:
        cards.extend(provider(request))
    return cards


def register_alert(provider: Callable[[HttpRequest], list[dict]]) -> None:
    """Register ``provider(request) -> [{"title", "lines", "url", "action"}]`` for the dashboard.

    ``lines`` are the paragraphs of the warning; ``url`` and ``action`` the button that leads to
    what fixes it.
    """
    if provider not in _ALERTS:
        _ALERTS.append(provider)


def alerts_for(request: HttpRequest) -> list[dict]:
    alerts: list[dict] = []
    for provider in _ALERTS:
        alerts.extend(provider(request))
    return alerts
