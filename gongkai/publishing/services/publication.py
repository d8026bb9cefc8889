"""Publication of an approved item: the copies of its files the public downloads, its version.

Every file the public downloads is a copy made at publication (PublishedFile): the findings the
reviewer chose to mask masked, and what the file says about its makers removed (photo location
and camera, document author; privacy/metadata.py), PUB-SECRET-1, 《条例》第十五条、第十七条.

Blacking out findings in a scanned file renders every page at 300 dpi: about 3 seconds a page,
so 5 minutes for a 100-page scan, longer than a web request may last. When an attachment has to
be masked in its picture, publication therefore runs in the job queue: the item shows 正在生成
遮蔽文件 (Status.MASKING) until the copies are ready, then the version is published with them in
one transaction. Nothing new is public meanwhile: before a first publication the item is not
public at all; during an amendment the public keeps the previous version with the copies it
published. Other files (text documents masked through their text, metadata removed from images
and documents) take well under a second and are made in the publishing transaction itself.
"""

import logging
from datetime import date
from pathlib import PurePath

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, model_update, next_serial
from gongkai.core.errors import DomainError
from gongkai.core.files import stored_files_delete_on_commit
from gongkai.core.notify import notify

from ..models import (
    NORMATIVE_KINDS,
    Attachment,
    Attribute,
    InformationItem,
    ItemVersion,
    PublishedFile,
    Recognition,
    Validity,
)
from ..privacy import PrivacyError, mask_file, mask_html
from ..privacy.metadata import strip_metadata
from ..privacy.ocr import IMAGE_SUFFIXES
from ..states import Status
from .confidentiality import accepted_findings
from .index_numbers import index_number_assign
from .items import PUBLISH_ROLES, item_transition, require_role, today
from .recognition import recognised_words

logger = logging.getLogger(__name__)


def publisher_name(org) -> str:
    """发布机构 as portals print it: a division is named with the agency it belongs to."""
    if org.kind == org.Kind.UNIT and org.parent_id and not org.name.startswith(org.parent.name):
        return f"{org.parent.name}{org.name}"
    return org.name


def _metadata(item: InformationItem, published_on: date) -> dict:
    return {
        "index_number": item.index_number,
        "org": publisher_name(item.org),
        "doc_number": item.doc_number,
        "written_on": item.written_on.isoformat(),
        "published_on": published_on.isoformat(),
        "theme": str(item.theme) if item.theme else "",
        "genre": item.genre,
        "keywords": item.keywords,
        "summary": item.summary,
        "kind": item.kind,
        "valid_from": item.valid_from.isoformat() if item.valid_from else "",
        "valid_until": item.valid_until.isoformat() if item.valid_until else "",
    }


# -- the files --------------------------------------------------------------------------------


def _attachments(item: InformationItem) -> list[Attachment]:
    return list(item.attachments.filter(removed=False))


def masked_in_picture(item: InformationItem) -> list[Attachment]:
    """The attachments whose findings are blacked out in the picture (images, scanned pages):
    the slow ones, masked in the job queue."""
    return [
        a
        for a in _attachments(item)
        if a.ocr_status == Recognition.DONE and accepted_findings(item, a)
    ]


def published_file_make(*, item: InformationItem, attachment: Attachment) -> PublishedFile:
    """Make the copy of ``attachment`` the public will download: masked, metadata removed."""
    findings = accepted_findings(item, attachment)
    suffix = PurePath(attachment.name).suffix.lower()
    with attachment.file.open("rb") as handle:
        data = handle.read()
    try:
        if findings:
            data = mask_file(
                data, attachment.name, findings, recognised=recognised_words(attachment)
            )
        if not (findings and suffix in IMAGE_SUFFIXES):  # a masked image is already clean
            data = strip_metadata(data, suffix)
    except PrivacyError as exc:
        raise DomainError(
            _("“%(name)s” could not be prepared for publication: %(reason)s")
            % {"name": attachment.name, "reason": str(exc)},
            code="published_file",
        ) from exc
    published = PublishedFile(attachment=attachment, masked=bool(findings))
    published.file.save(attachment.name, ContentFile(data), save=True)
    return published


def _published_rows(item: InformationItem, ready: dict[int, PublishedFile]) -> list[dict]:
    rows = []
    for attachment in _attachments(item):
        published = ready.get(attachment.pk) or published_file_make(
            item=item, attachment=attachment
        )
        # the staff's "masked copy" link shows what the public now downloads
        model_update(attachment, masked_file=published.file.name if published.masked else "")
        rows.append(
            {
                "id": attachment.pk,
                "name": attachment.name,
                "type": attachment.file_type,
                "masked": published.masked,
                "file": published.pk,
                "size": published.file.size,  # shown to the public beside the link
            }
        )
    return rows


# -- publishing -------------------------------------------------------------------------------


@transaction.atomic
def item_publish(
    *, item: InformationItem, actor, published_on: date | None = None, note: str = ""
) -> ItemVersion | None:
    """Publish an approved item as a new version with the masked body and attachments.

    Only approved items publish (PUB-SECRET-1); only 主动公开 items reach the public (PUB-ATTR-1).
    A republished item keeps its index number; the earlier versions are kept. Where a scanned
    file must be masked in its picture, the item waits in 正在生成遮蔽文件 and the job queue
    publishes it once the copies are ready: then None is returned.
    """
    require_role(actor=actor, org=item.org, roles=PUBLISH_ROLES)
    lock(item)
    if item.status != Status.APPROVED:
        raise DomainError(
            _("Only items approved in the confidentiality review can be published."),
            code="not_approved",
        )
    if item.attribute != Attribute.PROACTIVE:
        raise DomainError(
            _("“%(title)s” is marked “%(attribute)s” and cannot be published.")
            % {"title": item.title, "attribute": item.get_attribute_display()},
            field="attribute",
        )
    published_on = published_on or today()
    if masked_in_picture(item):
        pending = {"by": actor.pk, "on": published_on.isoformat(), "note": note[:300]}
        item_transition(
            item=item,
            to=Status.MASKING,
            actor=actor,
            action="publishing.item_masking",
            reason=note,
            changes={"publication_pending": pending},
        )
        from ..tasks import mask_and_publish

        item_id = item.pk
        transaction.on_commit(lambda: mask_and_publish(item_id))
        return None
    return _publish(item=item, actor=actor, published_on=published_on, note=note, ready={})


def _publish(
    *,
    item: InformationItem,
    actor,
    published_on: date,
    note: str,
    ready: dict[int, PublishedFile],
) -> ItemVersion:
    try:
        body = mask_html(item.body, accepted_findings(item, None))
    except PrivacyError as exc:
        raise DomainError(str(exc)) from exc
    first = not item.versions.exists()
    number = next_serial(
        f"publishing.item_version:{item.pk}",
        after=lambda: item.versions.aggregate(n=Max("number"))["n"] or 0,
    )
    attachments = _published_rows(item, ready)
    index_number = index_number_assign(item=item, year=published_on.year)
    changes = {"index_number": index_number, "is_public": True, "publication_pending": {}}
    if first:
        changes["published_on"] = published_on
    item_transition(
        item=item,
        to=Status.PUBLISHED,
        actor=actor,
        action="publishing.item_publish" if first else "publishing.item_amend",
        reason=note,
        changes=changes,
    )
    version = ItemVersion.objects.create(
        item=item,
        number=number,
        published_on=published_on,
        published_by=actor,
        title=item.title,
        body=body,
        metadata=_metadata(item, published_on),
        attachments=attachments,
        change_note=note[:300],
    )
    if first and item.kind in NORMATIVE_KINDS:
        _apply_amendment_chain(item=item, actor=actor)
    return version


def item_mask_and_publish(*, item_id: int) -> str:
    """Make the masked copies of an item waiting in 正在生成遮蔽文件, then publish it.

    Run by the job queue, outside any transaction while the pictures are masked; the version is
    then published in one transaction, as the publisher asked (their date and note). On failure
    the item goes back to 已审核 with the reason, and the publisher is told. Returns
    "published", "failed", or "" when the item was not waiting.
    """
    item = InformationItem.objects.filter(pk=item_id, status=Status.MASKING).first()
    if item is None:
        return ""
    pending = item.publication_pending
    actor = get_user_model().objects.get(pk=pending["by"])
    ready: dict[int, PublishedFile] = {}
    try:
        for attachment in masked_in_picture(item):
            ready[attachment.pk] = published_file_make(item=item, attachment=attachment)
        with transaction.atomic():
            lock(item)
            if item.status != Status.MASKING:
                raise DomainError("")  # changed meanwhile: nothing to publish
            _publish(
                item=item,
                actor=actor,
                published_on=date.fromisoformat(pending["on"]),
                note=pending.get("note", ""),
                ready=ready,
            )
    except DomainError as exc:  # OcrError too: a program missing, a page over its time limit
        return _masking_failed(item_id=item_id, actor=actor, ready=ready, reason=str(exc))
    except Exception:
        logger.exception("Masked files of item %s could not be made", item_id)
        reason = _("The masked files could not be made; the files may be damaged.")
        return _masking_failed(item_id=item_id, actor=actor, ready=ready, reason=reason)
    title, url = item.title, item.get_absolute_url()
    transaction.on_commit(
        lambda: notify(
            users=[actor],
            title=_("“%(title)s” has been published") % {"title": title},
            body=_("The masked files are ready and the item is on the public pages."),
            url=url,
            kind="publishing.published",
        )
    )
    return "published"


@transaction.atomic
def _masking_failed(*, item_id: int, actor, ready: dict, reason: str) -> str:
    stored_files_delete_on_commit(*(p.file for p in ready.values()))
    PublishedFile.objects.filter(pk__in=[p.pk for p in ready.values()]).delete()
    item = InformationItem.objects.filter(pk=item_id, status=Status.MASKING).first()
    if item is None or not reason:
        return ""
    item_transition(
        item=item,
        to=Status.APPROVED,
        actor=None,
        action="publishing.item_masking_failed",
        reason=reason[:300],
        changes={"publication_pending": {"error": reason[:300]}},
    )
    title, url = item.title, item.get_absolute_url()
    transaction.on_commit(
        lambda: notify(
            users=[actor],
            title=_("“%(title)s” was not published") % {"title": title},
            body=reason,
            url=url,
            kind="publishing.published",
        )
    )
    return "failed"


def _apply_amendment_chain(*, item: InformationItem, actor) -> None:
    """Mark the documents this one amends or repeals (PUB-NORM-1)."""
    if item.amends_id:
        target = item.amends
        lock(target)
        if target.validity == Validity.IN_FORCE:
            model_update(target, validity=Validity.AMENDED)
            audit_record(
                actor=actor,
                obj=target,
                action="publishing.item_amended_by",
                reason=_("Amended by %(doc)s") % {"doc": item.doc_number or item.title},
                after={"amended_by": item.pk},
            )
    if item.repeals_id and item.repeals.status == Status.PUBLISHED:
        item_transition(
            item=item.repeals,
            to=Status.REPEALED,
            actor=actor,
            action="publishing.item_repeal",
            reason=_("Repealed by %(doc)s") % {"doc": item.doc_number or item.title},
            changes={"validity": Validity.REPEALED},
        )
