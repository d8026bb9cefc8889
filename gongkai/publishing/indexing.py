"""What the search index gets for a published item, and the calls that keep it current."""

import logging
from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from .models import InformationItem, ItemVersion, Kind
from .privacy import PrivacyError, extract_text, html_text
from .privacy.files import pdf_text

logger = logging.getLogger(__name__)

OBJECT_TYPE = "publishing.item"
#: The index's kind of an item of each kind (一般信息 are "item"): /info/'s kinds, with rules and
#: normative documents together as /search/ shows them.
SEARCH_KIND = {
    Kind.POLICY: "policy",
    Kind.INTERPRETATION: "interpretation",
    Kind.RULE: "normative",
    Kind.NORMATIVE: "normative",
}
DEFAULT_SEARCH_KIND = "item"


def _attachments_text(version: ItemVersion) -> str:
    from django.http import Http404

    from .selectors import published_file_open

    parts = []
    for row in version.attachments:
        if row.get("type") not in {"pdf", "docx", "xlsx"}:
            continue
        try:
            handle, name = published_file_open(version=version, attachment_pk=row.get("id"))
            with handle:
                data = handle.read()
            # a PDF's own text layer only: scanned pages are not recognised again here
            parts.append(pdf_text(data) if row["type"] == "pdf" else extract_text(data, name))
        except (PrivacyError, OSError, Http404):
            continue
    return "\n".join(parts)


def item_index_document(item: InformationItem) -> dict:
    """Return the keyword arguments of ``search.services.index_upsert`` for a public item.

    Everything comes from the latest published version, so the index holds masked text only.
    """
    version = item.versions.order_by("-number").first()
    if version is None:
        raise ValueError("item has never been published")
    meta = version.metadata
    return {
        "object_type": OBJECT_TYPE,
        "object_id": item.pk,
        "title": version.title,
        "body": "\n".join(p for p in (meta.get("summary", ""), html_text(version.body)) if p),
        "url": item.get_public_url(),
        "org": item.org,
        "kind": SEARCH_KIND.get(item.kind, DEFAULT_SEARCH_KIND),
        "theme": meta.get("theme", ""),
        "genre": meta.get("genre", ""),
        "year": version.published_on.year,
        # The index sorts and filters by the item's 发布日期, not by when the row was written
        # (a back-dated item keeps its date); validity is the stable code, not a label.
        "published_at": timezone.make_aware(datetime.combine(version.published_on, time.min)),
        "validity": item.validity,
        "attachments_text": _attachments_text(version),
        "is_public": item.is_public,
        "doc_number": item.doc_number,
        "index_number": item.index_number,
        "keywords": item.keywords,
    }


def _search_services():
    try:
        from gongkai.search import services
    except ImportError:  # the search app is optional for publishing
        return None
    if hasattr(services, "index_upsert") and hasattr(services, "index_remove"):
        return services
    return None


def _sync(item_id: int) -> None:
    services = _search_services()
    if services is None:
        return
    item = InformationItem.objects.select_related("org").filter(pk=item_id).first()
    if item is None or not item.is_public:
        services.index_remove(object_type=OBJECT_TYPE, object_id=item_id)
        return
    services.index_upsert(**item_index_document(item))


def item_index_all() -> int:
    """Index every public item again (search_reindex --sources); return how many."""
    services = _search_services()
    if services is None:
        return 0
    done = 0
    for item in InformationItem.objects.filter(is_public=True).select_related("org"):
        services.index_upsert(**item_index_document(item))
        done += 1
    return done


def item_index_sync_on_commit(item: InformationItem) -> None:
    """After the caller's transaction commits, put the item in the index or take it out."""
    item_id = item.pk
    transaction.on_commit(lambda: _sync(item_id))
