"""The link from a normative document's public page to the gazette issue that carried it."""

from django.utils.translation import gettext as _

from .selectors import public_contents_for_item
from .services import gazette_name


def gazette_links(obj) -> list[dict]:
    """For an information item: each published issue whose contents carried it."""
    from gongkai.publishing.models import InformationItem

    if not isinstance(obj, InformationItem):
        return []
    return [
        {
            "label": _("Published in the gazette"),
            "title": f"《{gazette_name(c.issue)}》{c.issue.label}",
            "url": f"{c.issue.get_public_url()}#content-{c.pk}",
        }
        for c in public_contents_for_item(obj)
    ]
