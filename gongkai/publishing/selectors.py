"""Every read of the publishing app that checks visibility or is shared between pages."""

import io
from datetime import date, timedelta
from pathlib import PurePath
from typing import IO, Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, JSONField, OuterRef, Q, QuerySet, Subquery
from django.db.models.query import ModelIterable
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from gongkai.core.audit_labels import action_label
from gongkai.core.models import AuditEntry
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import get_visible_or_404, restrict_to_user
from gongkai.search import matching
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.selectors import current_calendar

from .models import (
    NORMATIVE_KINDS,
    OPEN_STATUSES,
    Attachment,
    CatalogEntry,
    DisclosureList,
    InformationItem,
    ItemVersion,
    Kind,
    ListVersion,
    ListVersionStatus,
    PublicationRequest,
    PublishedFile,
)
from .privacy import PrivacyError
from .privacy.metadata import strip_metadata
from .states import REVIEWING, Status

#: PUB-INTERP-1: an interpretation is due within 3 working days of the document's publication.
INTERPRETATION_DAYS = 3
#: How long before a normative document's validity lapses the dashboard warns.
LAPSE_WARNING_DAYS = 30


# --- back office ---------------------------------------------------------------------------


def item_list(*, user, kind: str = "", status: str = "", q: str = "") -> QuerySet[InformationItem]:
    """Items of the organisations ``user`` may see, newest first."""
    qs = restrict_to_user(InformationItem.objects.select_related("org"), user=user)
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    if q:
        qs = _matching_items(qs, q)
    return qs.order_by("-updated_at")


def _matching_items(qs: QuerySet[InformationItem], q: str) -> QuerySet[InformationItem]:
    """The items whose title, 文号 or 索引号 (the working copy) match ``q`` as the public search
    matches it (search.matching): a 文号 in any bracket style, whole or in part."""
    phrases = matching.query_phrases(q)
    if not phrases:
        return qs
    fields = ("title", "doc_number", "index_number")
    for piece in matching.pieces(q):
        qs = qs.filter(_any_holds(fields, piece))
    rows = qs.values_list("pk", *fields)
    # the rows narrowed but not matching: usually few (a 文号 in other words' places)
    return qs.exclude(pk__in=[pk for pk, *values in rows if not matching.holds(phrases, values)])


def _any_holds(fields: tuple[str, ...], piece: str) -> Q:
    cond = Q()
    for name in fields:
        cond |= Q(**{f"{name}__icontains": piece})
    return cond


def item_get(*, user, pk: int) -> InformationItem:
    """The item with ``pk`` if ``user`` may see it (404 otherwise)."""
    return get_visible_or_404(
        InformationItem.objects.select_related("org", "theme", "catalog_entry", "interprets"),
        user=user,
        pk=pk,
    )


#: What each audited action of an item is called on its history.
ACTION_LABELS = {
    "publishing.item_create": _("Created"),
    "publishing.item_edit": _("Edited"),
    "publishing.attachment_add": _("File attached"),
    "publishing.attachment_remove": _("File removed"),
    "publishing.item_submit": _("Submitted for confidentiality review"),
    "publishing.item_approve": _("Approved in confidentiality review"),
    "publishing.item_return": _("Returned for changes"),
    "publishing.item_publish": _("Published"),
    "publishing.item_masking": _("Publishing: generating masked files"),
    "publishing.item_masking_failed": _("Masked files could not be made; not published"),
    "publishing.item_amend_start": _("Amendment started"),
    "publishing.item_amend": _("Amended version published"),
    "publishing.item_amended_by": _("Amended by another document"),
    "publishing.item_withdraw": _("Withdrawn"),
    "publishing.item_repeal": _("Repealed"),
    "publishing.item_expire": _("Expired"),
}


def item_history(*, item: InformationItem) -> list[AuditEntry]:
    """The audit entries of an item, oldest first, each with a readable ``label``.

    The caller has already checked that the user may see the item (item_get).
    """
    content_type = ContentType.objects.get_for_model(InformationItem)
    entries = list(
        AuditEntry.objects.filter(content_type=content_type, object_id=str(item.pk)).order_by(
            "created_at", "id"
        )
    )
    for entry in entries:
        # an action without a short label here reads as the audit log names it, never as code
        entry.label = ACTION_LABELS.get(entry.action) or action_label(entry.action)
    return entries


def items_late(*, user, today: date) -> list[InformationItem]:
    """Items published after, or still unpublished past, their due date (PUB-TIME-1)."""
    qs = restrict_to_user(InformationItem.objects.exclude(due_on=None), user=user)
    late = Q(published_on__isnull=True, due_on__lt=today) & ~Q(status=Status.WITHDRAWN)
    late |= Q(published_on__isnull=False, published_on__gt=F("due_on"))
    return list(qs.filter(late).select_related("org").order_by("due_on"))


def interpretation_due_on(published_on: date) -> date | None:
    try:
        return current_calendar().add_workdays(published_on, INTERPRETATION_DAYS)
    except YearNotCovered:
        return None


def interpretation_check(item: InformationItem, *, today: date) -> dict | None:
    """How a published document that needs an interpretation stands (PUB-INTERP-1): its due
    date, the day its first public interpretation came out, and ``state``: "on_time",
    "late" (解读逾期: published after the due date), "missing" (none, due date passed) or
    "pending" (none yet, still within 3 working days). None when nothing is checked."""
    if not (item.needs_interpretation and item.is_public and item.published_on):
        return None
    due = interpretation_due_on(item.published_on)
    if due is None:
        return None
    first = (
        item.interpretations.filter(kind=Kind.INTERPRETATION, is_public=True)
        .order_by("published_on")
        .values_list("published_on", flat=True)
        .first()
    )
    if first is None:
        state = "missing" if due < today else "pending"
    else:
        state = "late" if first > due else "on_time"
    return {"due_on": due, "published_on": first, "state": state}


def interpretations_missing(*, user, today: date, late_since: date | None = None):
    """Published documents whose interpretation was not out within 3 WD (PUB-INTERP-1).

    Two kinds are flagged, told apart by ``interpretation_published_on``: a document still
    without a public interpretation past its due date (None), and one whose first public
    interpretation came out after it (解读逾期, the date it came out). A late interpretation
    does not clear the flag: it stays counted as late. ``late_since`` keeps only the late
    interpretations published on or after that day (the dashboard counts the current year).
    Each item carries ``interpretation_due_on``.
    """
    first_out = (
        InformationItem.objects.filter(
            interprets=OuterRef("pk"), kind=Kind.INTERPRETATION, is_public=True
        )
        .order_by("published_on")
        .values("published_on")[:1]
    )
    qs = restrict_to_user(
        InformationItem.objects.filter(needs_interpretation=True, is_public=True),
        user=user,
    ).annotate(interpretation_published_on=Subquery(first_out))
    out = []
    for item in qs.select_related("org").order_by("published_on", "pk"):
        due = interpretation_due_on(item.published_on)
        if due is None:
            continue
        released = item.interpretation_published_on
        if released is None:
            flagged = due < today
        else:
            flagged = released > due and (late_since is None or released >= late_since)
        if flagged:
            item.interpretation_due_on = due
            out.append(item)
    return out


def normative_lapsing(*, user, today: date) -> list[InformationItem]:
    """Normative documents in force whose validity ends within 30 days or has ended."""
    qs = restrict_to_user(
        InformationItem.objects.filter(
            kind__in=NORMATIVE_KINDS,
            status__in=[Status.PUBLISHED, Status.REVISING],
            valid_until__isnull=False,
            valid_until__lte=today + timedelta(days=LAPSE_WARNING_DAYS),
        ),
        user=user,
    )
    return list(qs.select_related("org").order_by("valid_until"))


def catalog_tree(*, org: Organisation) -> list[tuple[CatalogEntry, int]]:
    """The organisation's catalog entries in tree order, each with its depth."""
    entries = list(CatalogEntry.objects.filter(org=org).order_by("sort_order", "code"))
    children: dict[int | None, list[CatalogEntry]] = {}
    for entry in entries:
        children.setdefault(entry.parent_id, []).append(entry)
    out: list[tuple[CatalogEntry, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for entry in children.get(parent, []):
            out.append((entry, depth))
            walk(entry.pk, depth + 1)

    walk(None, 0)
    return out


def catalog_entry_and_below(entry: CatalogEntry) -> list[int]:
    """The ids of ``entry`` and of every entry under it: an entry holds its children's items."""
    children: dict[int | None, list[int]] = {}
    for pk, parent in CatalogEntry.objects.filter(org_id=entry.org_id).values_list("pk", "parent"):
        children.setdefault(parent, []).append(pk)
    out, todo = [], [entry.pk]
    while todo:
        pk = todo.pop()
        out.append(pk)
        todo.extend(children.get(pk, []))
    return out


def list_list(*, user) -> QuerySet[DisclosureList]:
    return restrict_to_user(DisclosureList.objects.select_related("org", "list_type"), user=user)


def list_get(*, user, pk: int) -> DisclosureList:
    return get_visible_or_404(DisclosureList.objects.select_related("list_type"), user=user, pk=pk)


# --- public --------------------------------------------------------------------------------


class _PublishedCopy(ModelIterable):
    """Yield public items carrying their latest published version's text, not the working copy.

    While a published item is amended (修订), staff edit its working copy, unreviewed and not yet
    scanned for personal data; the public keeps seeing the last published version (PUB-SECRET-1).
    """

    def __iter__(self):
        for item in super().__iter__():
            meta = getattr(item, "published_metadata", None)
            if meta is not None:
                item.title = item.published_title
                item.summary = meta.get("summary", "")
                item.keywords = meta.get("keywords", "")
                item.doc_number = meta.get("doc_number", "")
                item.genre = meta.get("genre", "")
                if meta.get("written_on"):
                    item.written_on = date.fromisoformat(meta["written_on"])
            yield item


def item_public_list(filters: dict[str, Any] | None = None) -> QuerySet[InformationItem]:
    """Published items for the public, filtered by any of: kind, kinds, org, catalog_entry,
    theme, year, validity, q (title, document number, index number, keywords, matched as the
    search page matches them).

    Title, summary, keywords, document number, genre and date written come from the latest
    published version, and ``q`` matches published versions only: an amendment in progress
    stays off the public pages, feeds and API until it is reviewed and published.
    """
    filters = filters or {}
    latest = ItemVersion.objects.filter(item=OuterRef("pk")).order_by("-number")
    qs = InformationItem.objects.filter(is_public=True).select_related("org", "theme")
    qs = qs.annotate(
        published_title=Subquery(latest.values("title")[:1]),
        published_metadata=Subquery(latest.values("metadata")[:1], output_field=JSONField()),
    )
    qs._iterable_class = _PublishedCopy
    if filters.get("kind"):
        qs = qs.filter(kind=filters["kind"])
    if filters.get("kinds"):
        qs = qs.filter(kind__in=filters["kinds"])
    if filters.get("org"):
        qs = qs.filter(org=filters["org"])
    if filters.get("catalog_entry"):
        qs = qs.filter(catalog_entry=filters["catalog_entry"])
    if filters.get("theme"):
        qs = qs.filter(Q(theme=filters["theme"]) | Q(theme__parent=filters["theme"]))
    if filters.get("year"):
        qs = qs.filter(published_on__year=filters["year"])
    if filters.get("validity"):
        qs = qs.filter(validity=filters["validity"])
    if filters.get("q"):
        qs = _matching_published(qs, filters["q"])
    return qs.order_by("-published_on", "-pk")


def _matching_published(qs: QuerySet[InformationItem], q: str) -> QuerySet[InformationItem]:
    """The items whose published title, 文号, 索引号 or keywords match ``q`` as the public
    search matches them (search.matching). The database narrows by each piece of the query
    in any version; the rules then read the latest published version."""
    phrases = matching.query_phrases(q)
    if not phrases:
        return qs
    narrowed = qs
    for piece in matching.pieces(q):
        versions = ItemVersion.objects.filter(item=OuterRef("pk")).filter(
            Q(title__icontains=piece)
            | Q(metadata__doc_number__icontains=piece)
            | Q(metadata__keywords__icontains=piece)
        )
        narrowed = narrowed.filter(Q(Exists(versions)) | Q(index_number__icontains=piece))
    dropped = []
    rows = narrowed.values_list("pk", "published_title", "published_metadata", "index_number")
    for pk, title, meta, index_number in rows:
        meta = meta if isinstance(meta, dict) else {}
        fields = (title, meta.get("doc_number"), index_number, meta.get("keywords"))
        if not matching.holds(phrases, fields):
            dropped.append(pk)
    return narrowed.exclude(pk__in=dropped)


def attachment_rows(version: ItemVersion) -> list[dict]:
    """The attachments of a published version with their file type and size, for the public.

    Versions published before sizes were recorded get theirs from the published copies.
    """
    rows = [dict(a) for a in version.attachments]
    missing = [a["file"] for a in rows if "size" not in a and a.get("file")]
    if missing:
        copies = {f.pk: f for f in PublishedFile.objects.filter(pk__in=missing)}
        for a in rows:
            copy = copies.get(a.get("file"))
            if "size" not in a and copy is not None:
                try:
                    a["size"] = copy.file.size
                except OSError:
                    a["size"] = None
    for a in rows:
        suffix = PurePath(a["name"]).suffix.lstrip(".")
        a["type_label"] = suffix.upper() if suffix else ""
    return rows


def item_public_get(*, pk: int) -> tuple[InformationItem, ItemVersion]:
    """A public item and the version the public sees (404 unless published and not withdrawn)."""
    item = item_public_list().filter(pk=pk).first()
    version = item.versions.order_by("-number").first() if item else None
    if version is None:
        raise Http404
    return item, version


def normative_public_list(*, validity: str = "", year: int | None = None):
    """Public rules and normative documents, filterable by status and year (PUB-NORM-1)."""
    return item_public_list({"kinds": list(NORMATIVE_KINDS), "validity": validity, "year": year})


def normative_years() -> list[int]:
    dates = item_public_list({"kinds": list(NORMATIVE_KINDS)}).dates("published_on", "year")
    return sorted({d.year for d in dates}, reverse=True)


def list_public_versions(disclosure_list: DisclosureList) -> list[ListVersion]:
    """The published versions of a list, newest first: never one pending review or withdrawn."""
    return list(disclosure_list.versions.filter(status=ListVersionStatus.PUBLISHED))


def list_public_list() -> QuerySet[DisclosureList]:
    has_version = ListVersion.objects.filter(
        disclosure_list=OuterRef("pk"), status=ListVersionStatus.PUBLISHED
    )
    return (
        DisclosureList.objects.filter(Exists(has_version))
        .select_related("org", "list_type")
        .order_by("list_type", "title")
    )


def list_public_get(*, pk: int) -> DisclosureList:
    found = list_public_list().filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def privacy_rules_listing() -> list[dict[str, Any]]:
    """Every heading and label the privacy scanner reads: built-in ones, then those added,
    by category (PUB-SECRET-1)."""
    from .models import PrivacyRule
    from .services.privacy_rules import builtin_words

    kinds = dict(PrivacyRule.Kind.choices)
    added = list(PrivacyRule.objects.select_related("created_by"))
    listing = []
    for category, label in PrivacyRule.Category.choices:
        rows = [
            {"word": word, "kind": kinds.get(kind, ""), "rule": None}
            for word, kind in sorted(builtin_words(category).items(), key=lambda p: (p[1], p[0]))
        ]
        rows += [
            {"word": r.word, "kind": kinds.get(r.kind, ""), "rule": r}
            for r in added
            if r.category == category
        ]
        listing.append({"category": label, "rows": rows})
    return listing


def request_get(*, user, pk: int) -> PublicationRequest:
    """A publication review request of an organisation ``user`` may see (404 otherwise)."""
    return get_visible_or_404(
        PublicationRequest.objects.select_related("org", "submitted_by", "referred_by"),
        user=user,
        pk=pk,
    )


def review_queue(*, user) -> dict[str, list]:
    """What awaits a confidentiality review among the organisations ``user`` may see: items in
    review or referred upward, and requests from the other publication paths."""
    items = item_list(user=user).filter(status__in=list(REVIEWING))
    requests = restrict_to_user(
        PublicationRequest.objects.select_related("org", "submitted_by"), user=user
    ).filter(status__in=list(OPEN_STATUSES))
    return {"items": list(items), "requests": list(requests)}


def published_file_open(*, version: ItemVersion, attachment_pk: int) -> tuple[IO[bytes], str]:
    """The file the public downloads for an attachment of ``version``, open, and its name.

    It is the copy made when the version was published (masked, metadata removed). Versions
    published before such copies were kept name none: their file is cleaned of its metadata
    as it is served. Http404 if the version did not publish this attachment.
    """
    row = next((r for r in version.attachments if r.get("id") == attachment_pk), None)
    attachment = Attachment.objects.filter(pk=attachment_pk, item_id=version.item_id).first()
    if row is None or attachment is None:
        raise Http404
    published = PublishedFile.objects.filter(pk=row.get("file") or 0, attachment=attachment).first()
    if published is not None:
        return published.file.open("rb"), attachment.name
    stored = attachment.masked_file or attachment.file
    with stored.open("rb") as handle:
        data = handle.read()
    try:
        data = strip_metadata(data, PurePath(attachment.name).suffix)
    except PrivacyError:
        raise Http404 from None  # never serve a file whose metadata could not be removed
    return io.BytesIO(data), attachment.name
