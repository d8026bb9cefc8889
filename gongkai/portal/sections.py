"""The four statutory sub-columns of the disclosure column (PORTAL-3, 国办公开办函〔2019〕61号)."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # exact statutory names: never reword (PORTAL-3)
    text: str
    url_name: str


#: The name of the column itself (国办公开办函〔2019〕61号).
COLUMN_TITLE = "政府信息公开"

SECTIONS = [
    Section(
        "guide",
        "政府信息公开指南",
        _(
            "How information is classified and arranged, how to obtain it, and how to contact the "
            "disclosure office."
        ),
        "portal:guide",
    ),
    Section(
        "rules",
        "政府信息公开制度",
        _("The Regulations and the rules on disclosure that bind this government."),
        "portal:rules",
    ),
    Section(
        "statutory",
        "法定主动公开内容",
        _("Information disclosed proactively under Articles 20 and 21 of the Regulations."),
        "portal:statutory",
    ),
    Section(
        "reports",
        "政府信息公开年报",
        _("The annual reports on government information disclosure, by year."),
        "portal:annual_reports",
    ),
]


#: The exact names by key, for every template that names a sub-column (context processor).
SECTION_TITLES = {"column": COLUMN_TITLE, **{section.key: section.title for section in SECTIONS}}


def section_links() -> list[dict]:
    """Return the sections with their URL where the page exists yet."""
    links = []
    for section in SECTIONS:
        try:
            url = reverse(section.url_name)
        except NoReverseMatch:
            url = ""
        links.append({"title": section.title, "text": section.text, "url": url})
    return links
