"""What other apps add to the assessment page: each registers a function that returns sections.

The work plans' assessment (PLAN-ASSESS-1) scores the plans' tasks; apps above plans (the press
and interpretation ledger, for one) hold records the assessment also reads. Plans cannot import
them, so they register here and the assessment page shows what they return.
"""

from collections.abc import Callable

from django.http import HttpRequest

Provider = Callable[[HttpRequest], list[dict]]

_PROVIDERS: list[Provider] = []


def register_assessment_section(provider: Provider) -> None:
    """Register ``provider(request) -> [{"title", "lines", "url", "action"}]``: a heading, its
    paragraphs, and a link to the page the figures come from."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


def assessment_sections_for(request: HttpRequest) -> list[dict]:
    return [section for provider in _PROVIDERS for section in provider(request)]
