"""Write lists (清单): create, import a new version from Excel, public feedback."""

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, model_update, next_serial
from gongkai.core.errors import DomainError
from gongkai.core.xlsx import RowErrors, read_rows
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from ..models import DisclosureList, ListFeedback, ListType, ListVersion, ListVersionStatus
from ..privacy.policy import describe_findings, unmasked_personal_data
from .items import require_role, today
from .reviews import Part, review_consume, review_submit
from .withdrawal import withdraw_published

LIST_ROLES = {Role.COORDINATOR}


@transaction.atomic
def list_create(*, org: Organisation, actor, list_type: ListType, title: str) -> DisclosureList:
    require_role(actor=actor, org=org, roles=LIST_ROLES)
    title = title.strip()
    if DisclosureList.objects.filter(org=org, title=title).exists():
        raise DomainError(_("%(org)s already has a list with this title.") % {"org": org.name})
    item = DisclosureList(org=org, list_type=list_type, title=title)
    item.full_clean()
    item.save()
    audit_record(actor=actor, obj=item, action="publishing.list_create")
    return item


def rows_from_excel(*, data: bytes, columns: list[str]) -> list[list[str]]:
    """The rows under the header ``columns`` (in any order), as text in the order of
    ``columns``; every bad row is listed (ImportFailed) and any stops the import."""
    errors = RowErrors()
    keys: dict[str, int] = {}
    out: list[list[str]] = []
    for row in read_rows(data, required=columns):
        if errors.require(row, columns[0]):
            errors.unique(row, columns[0], keys)
        for column in columns:
            found = unmasked_personal_data(row.text(column))
            if found:  # lists are published on import: nothing masks them (PUB-SECRET-1)
                errors.add(
                    row,
                    _(
                        "personal data (%(what)s) may not be published in a list. Remove it and "
                        "import again."
                    )
                    % {"what": describe_findings(found)},
                    column=column,
                )
        out.append([row.text(column) for column in columns])
    errors.raise_if_any()
    if not out:
        raise DomainError(_("The workbook has no rows."))
    return out


LIST_STAGE = "list_version"


def _cell_parts(rows: list[list[str]], columns: list[str]) -> list[Part]:
    return [
        Part(
            key=f"r{r}c{c}",
            label=_("Row %(row)s, %(column)s") % {"row": r + 1, "column": columns[c]},
            text=cell,
        )
        for r, row in enumerate(rows)
        for c, cell in enumerate(row)
        if cell
    ]


@transaction.atomic
def list_version_import(
    *, disclosure_list: DisclosureList, actor, data: bytes, note: str = ""
) -> ListVersion:
    """Import a new version of a list from Excel (all or nothing) and submit it for review.

    Nothing is public yet: a list reaches the portal only after its confidentiality review
    (PUB-SECRET-1), through ``list_version_publish``. Earlier versions stay.
    """
    require_role(actor=actor, org=disclosure_list.org, roles=LIST_ROLES)
    columns = list(disclosure_list.list_type.columns)
    rows = rows_from_excel(data=data, columns=columns)
    DisclosureList.objects.select_for_update().filter(pk=disclosure_list.pk).first()
    last = disclosure_list.versions.order_by("-number").first()
    if last is not None and last.rows == rows:
        raise DomainError(_("Nothing changed since version %(n)s.") % {"n": last.number})
    version = ListVersion.objects.create(
        disclosure_list=disclosure_list,
        number=next_serial(
            f"publishing.list_version:{disclosure_list.pk}",
            after=lambda: last.number if last else 0,
        ),
        rows=rows,
        note=note.strip()[:300],
        status=ListVersionStatus.PENDING,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        obj=disclosure_list,
        action="publishing.list_import",
        after={"version": version.number, "rows": len(rows)},
        reason=version.note,
    )
    review_submit(
        target=version,
        stage=LIST_STAGE,
        org=disclosure_list.org,
        actor=actor,
        title=_("%(title)s, version %(n)s") % {"title": disclosure_list.title, "n": version.number},
        parts=_cell_parts(rows, columns),
        roles=LIST_ROLES,
    )
    return version


@transaction.atomic
def list_version_publish(*, version: ListVersion, actor) -> ListVersion:
    """Publish a reviewed version: its rows become the rows as reviewed (PUB-SECRET-1)."""
    disclosure_list = version.disclosure_list
    lock(version)
    if version.status != ListVersionStatus.PENDING:
        raise DomainError(_("This version is not waiting for publication."), code="not_pending")
    _request, texts = review_consume(
        target=version, stage=LIST_STAGE, actor=actor, org=disclosure_list.org
    )
    rows = [
        [texts.get(f"r{r}c{c}", {}).get("text", cell) for c, cell in enumerate(row)]
        for r, row in enumerate(version.rows)
    ]
    model_update(version, rows=rows, status=ListVersionStatus.PUBLISHED, published_on=today())
    audit_record(
        actor=actor,
        obj=disclosure_list,
        action="publishing.list_publish",
        from_state=ListVersionStatus.PENDING,
        to_state=ListVersionStatus.PUBLISHED,
        after={"version": version.number, "rows": len(rows)},
        reason=version.note,
    )
    return version


@transaction.atomic
def list_version_withdraw(*, version: ListVersion, actor, reason: str) -> ListVersion:
    """Take a published version off the portal (kept, audited); the portal shows the version
    published before it, if any. Correct it by importing a corrected version."""
    disclosure_list = version.disclosure_list
    require_role(actor=actor, org=disclosure_list.org, roles=LIST_ROLES)
    return withdraw_published(
        version,
        actor=actor,
        reason=reason,
        action="publishing.list_withdraw",
        refused=_("Only a published version can be withdrawn."),
        audited=disclosure_list,
        after={"version": version.number},
    )


def list_diff(*, old: list[list[str]], new: list[list[str]], columns: list[str]) -> dict[str, Any]:
    """What changed between two versions, rows matched by their first column."""
    before = {row[0]: row for row in old}
    after = {row[0]: row for row in new}
    changed = []
    for key, row in after.items():
        if key in before and before[key] != row:
            cells = [
                {"column": columns[i], "old": before[key][i], "new": row[i]}
                for i in range(len(columns))
                if i < len(before[key]) and before[key][i] != row[i]
            ]
            changed.append({"key": key, "cells": cells})
    return {
        "added": [row for key, row in after.items() if key not in before],
        "removed": [row for key, row in before.items() if key not in after],
        "changed": changed,
    }


@transaction.atomic
def list_feedback_submit(
    *, disclosure_list: DisclosureList, name: str, contact: str, message: str
) -> ListFeedback:
    """Take a comment from the public feedback box of a list."""
    message = (message or "").strip()
    if not message:
        raise DomainError(_("Write your comment."), field="message")
    feedback = ListFeedback(
        disclosure_list=disclosure_list,
        name=(name or "").strip()[:50],
        contact=(contact or "").strip()[:100],
        message=message[:2000],
    )
    feedback.full_clean()
    feedback.save()
    return feedback
