"""Dashboard cards and alerts: each app registers functions that return them for a request.

Cards are the figures across the top; alerts are the warnings above them that need action
(a year with no holiday schedule, for example). The kernel only collects them, so that it
needs to know nothing of the apps that contribute."""

from collections.abc import Callable

from django.http import HttpRequest

Provider = Callable[[HttpRequest], list[dict]]

_PROVIDERS: list[Provider] = []
_ALERTS: list[Provider] = []


def _register(registry: list[Provider], provider: Provider) -> None:
    if provider not in registry:
        registry.append(provider)


def _collect(registry: list[Provider], request: HttpRequest) -> list[dict]:
    return [entry for provider in registry for entry in provider(request)]


def register_widget(provider: Provider) -> None:
    """Register ``provider(request) -> [{"title", "value", "url", "tone"}]`` for the dashboard."""
    _register(_PROVIDERS, provider)


def widgets_for(request: HttpRequest) -> list[dict]:
    return _collect(_PROVIDERS, request)


def register_alert(provider: Provider) -> None:
    """Register ``provider(request) -> [{"title", "lines", "url", "action"}]`` for the dashboard.

    ``lines`` are the paragraphs of the warning; ``url`` and ``action`` the button that leads to
    what fixes it.
    """
    _register(_ALERTS, provider)


def alerts_for(request: HttpRequest) -> list[dict]:
    return _collect(_ALERTS, request)
