"""Bring a year's ledger in from a workbook (one row a release): all rows or none.

Columns: 日期, 类别, 主题, 发布人, 发布人身份 (required); 发布人职务, 所解读文件 (its 文号 or
exact title), 材料链接 (optional). A row that repeats an entry already in the ledger (same date,
kind and topic) is left alone, so that the same workbook can be brought in twice.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.xlsx import Row, RowErrors, Sheet, all_or_nothing, read_rows, workbook_bytes
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import require_role
from gongkai.publishing.models import INTERPRETABLE_KINDS, InformationItem

from .kinds import EntryKind, SpeakerRole
from .models import LedgerEntry
from .services import MANAGE_ROLES, entry_create

REQUIRED = ("日期", "类别", "主题", "发布人", "发布人身份")
OPTIONAL = ("发布人职务", "所解读文件", "材料链接")

#: The words a workbook uses for each kind and standing (the screens' words and common ones).
KIND_WORDS = {
    "新闻发布会": EntryKind.PRESS_CONFERENCE,
    "政策吹风会": EntryKind.BRIEFING,
    "吹风会": EntryKind.BRIEFING,
    "在线访谈": EntryKind.ONLINE_INTERVIEW,
    "访谈": EntryKind.ONLINE_INTERVIEW,
    "文字解读": EntryKind.INTERP_TEXT,
    "图解": EntryKind.INTERP_GRAPHIC,
    "图文解读": EntryKind.INTERP_GRAPHIC,
    "视频解读": EntryKind.INTERP_VIDEO,
    "主要负责人解读": EntryKind.INTERP_HEAD,
}
ROLE_WORDS = {
    "主要负责人": SpeakerRole.PRINCIPAL_HEAD,
    "主要负责同志": SpeakerRole.PRINCIPAL_HEAD,
    "其他负责同志": SpeakerRole.OTHER_HEAD,
    "负责同志": SpeakerRole.OTHER_HEAD,
    "分管负责同志": SpeakerRole.OTHER_HEAD,
    "新闻发言人": SpeakerRole.SPOKESPERSON,
    "其他人员": SpeakerRole.OTHER,
    "其他": SpeakerRole.OTHER,
}


def template_xlsx() -> bytes:
    """An empty workbook with the columns and one example row."""
    return workbook_bytes(
        Sheet(
            "台账",
            [*REQUIRED, *OPTIONAL],
            [
                [
                    "2026-03-18",
                    "新闻发布会",
                    "全省医疗服务能力提升工作新闻发布会",
                    "周晓云",
                    "新闻发言人",
                    "新闻发言人、办公室主任",
                    "",
                    "https://www.example.gov.cn/xwfb/1.html",
                ]
            ],
            title="新闻发布与政策解读台账",
            widths=(12, 14, 40, 10, 12, 24, 30, 40),
        )
    )


def _word(errors: RowErrors, row: Row, column: str, words: dict) -> str | None:
    value = row.text(column).replace(" ", "")
    if value in words:
        return words[value]
    errors.add(
        row,
        _("“%(value)s” is not one of: %(choices)s.")
        % {"value": value, "choices": "、".join(words)},
        column=column,
    )
    return None


def _policy(errors: RowErrors, row: Row) -> InformationItem | None:
    text = row.text("所解读文件") if row.has("所解读文件") else ""
    if not text:
        return None
    found = list(
        InformationItem.objects.filter(kind__in=INTERPRETABLE_KINDS, is_public=True).filter(
            Q(doc_number=text) | Q(title=text)
        )[:2]
    )
    if len(found) == 1:
        return found[0]
    errors.add(
        row,
        _("no single published policy document has this number or title.")
        if not found
        else _("more than one published document has this number or title."),
        column="所解读文件",
    )
    return None


def entries_import(*, org: Organisation, data: bytes, actor) -> int:
    """Record the workbook's rows for ``org``; return how many were new. Any bad row stops
    the whole import (ImportFailed, every error with its row)."""
    require_role(actor=actor, org=org, roles=MANAGE_ROLES)
    rows = read_rows(data, required=REQUIRED, optional=OPTIONAL)
    added = 0
    with all_or_nothing() as errors:
        for row in rows:
            if not errors.require(row, *REQUIRED):
                continue
            held_on = errors.date(row, "日期")
            kind = _word(errors, row, "类别", KIND_WORDS)
            role = _word(errors, row, "发布人身份", ROLE_WORDS)
            policy = _policy(errors, row)
            if held_on is None or kind is None or role is None:
                continue
            topic = row.text("主题")
            if LedgerEntry.objects.filter(
                org=org, held_on=held_on, kind=kind, topic=topic
            ).exists():
                continue
            try:
                entry_create(
                    org=org,
                    actor=actor,
                    kind=kind,
                    held_on=held_on,
                    topic=topic,
                    speaker=row.text("发布人"),
                    speaker_title=row.text("发布人职务") if row.has("发布人职务") else "",
                    speaker_role=role,
                    policy=policy,
                    material_url=row.text("材料链接") if row.has("材料链接") else "",
                )
            except DomainError as exc:
                errors.add(row, exc.message)
            except ValidationError as exc:  # a link that is not one, a topic too long
                errors.add(row, "；".join(exc.messages))
            else:
                added += 1
    return added
