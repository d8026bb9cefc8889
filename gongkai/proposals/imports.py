"""Register many suggestions and proposals at once from the assigning office's Excel list
(all or nothing, through core.xlsx), and the blank template to fill in."""

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.xlsx import RowErrors, Sheet, WorkbookReader, workbook_bytes
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import require_role

from .services import MANAGE_ROLES, proposal_create
from .states import ProposalKind

REQUIRED = ("类别", "会议届次", "编号", "年度", "标题", "代表（委员）", "交办日期", "办理期限")
OPTIONAL = ("联系方式", "抄送范围")
#: What the 类别 column may say.
KINDS = {
    "人大代表建议": ProposalKind.SUGGESTION,
    "代表建议": ProposalKind.SUGGESTION,
    "建议": ProposalKind.SUGGESTION,
    "政协委员提案": ProposalKind.PROPOSAL,
    "委员提案": ProposalKind.PROPOSAL,
    "提案": ProposalKind.PROPOSAL,
}


def import_template() -> bytes:
    """The workbook to fill in, with one example row."""
    example = [
        "人大代表建议", "市十七届人大三次会议", "第0123号", 2026, "关于加快老旧小区加装电梯的建议",
        "张三、李四", "（仅供办理，不公开）", "", date(2026, 3, 10), date(2026, 6, 10),
    ]  # fmt: skip
    return workbook_bytes(
        Sheet(name="建议提案", header=[*REQUIRED[:6], *OPTIONAL, *REQUIRED[6:]], rows=[example])
    )


def _year(row, errors: RowErrors) -> int | None:
    text = row.text("年度")
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    errors.add(row, _("“%(value)s” is not a year.") % {"value": text}, column="年度")
    return None


@transaction.atomic
def proposals_import(*, org: Organisation, actor, data: bytes) -> int:
    """Register every row for ``org`` as lead handling unit; return how many. A bad row (a
    missing cell, an unknown kind, a number already registered) refuses the whole file with
    every error named (ImportFailed) and nothing is saved."""
    require_role(actor=actor, org=org, roles=MANAGE_ROLES)
    with WorkbookReader(data) as book:
        rows = book.rows(None, required=REQUIRED, optional=OPTIONAL)
    errors = RowErrors()
    created = 0
    for row in rows:
        if not errors.require(row, *REQUIRED):
            continue
        kind = KINDS.get(row.text("类别"))
        if kind is None:
            errors.add(row, _("the kind must be 人大代表建议 or 政协委员提案."), column="类别")
        year = _year(row, errors)
        received_on, deadline = errors.date(row, "交办日期"), errors.date(row, "办理期限")
        if kind is None or year is None or received_on is None or deadline is None:
            continue
        fields = {
            "kind": kind,
            "session": row.text("会议届次"),
            "number": row.text("编号"),
            "year": year,
            "title": row.text("标题"),
            "authors": row.text("代表（委员）"),
            "contacts": row.text("联系方式"),
            "copy_to": row.text("抄送范围"),
            "received_on": received_on,
            "deadline": deadline,
        }
        try:
            with transaction.atomic():
                proposal_create(org=org, actor=actor, fields=fields)
        except DomainError as exc:
            errors.add(row, exc.message)
        else:
            created += 1
    errors.raise_if_any()
    return created
