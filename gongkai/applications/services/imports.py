"""Bring in an agency's past requests from the register it kept before Gongkai (Excel).

Sheet 申请: 申请编号 | 收到日期 | 申请人类型 | 申请内容 | 办结日期 | 办理结果.
申请人类型 is a column of table 三 of the annual report (自然人, 商业企业 …, REQ-INTAKE-1);
办理结果 is the row of table 三 the case counted under (AR-T3), written as the 2021 format
writes it without its number, a sub-row after its group and a full-width colon
(不予公开：属于国家秘密). Both 办结日期 and 办理结果 empty: the case is still open.
All or nothing: every bad row is named and nothing is saved.

Imported cases are ordinary cases marked ``imported``: registered with their receipt event and,
when closed, moved through the state machine to 已归档 with their outcome and conclusion day, so
that the annual report counts them like any other (AR-T3). Nobody is notified.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.xlsx import Row, RowErrors, Sheet, WorkbookReader, all_or_nothing
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from ..models import Application
from ..states import CONCLUDED_STATUSES, IMPORT_OUTCOME, ApplicantType, ReportRow, import_path
from .intake import Actor, application_register, application_transition, require_role

SHEET = "申请"
NUMBER, RECEIVED, TYPE, CONTENT, CONCLUDED, RESULT = (
    "申请编号",
    "收到日期",
    "申请人类型",
    "申请内容",
    "办结日期",
    "办理结果",
)
COLUMNS = [NUMBER, RECEIVED, TYPE, CONTENT, CONCLUDED, RESULT]
#: Who may bring in an agency's past cases: its disclosure office (公开办).
IMPORTERS = {Role.COORDINATOR}
NUMBER_LENGTH = Application._meta.get_field("register_number").max_length

#: 申请人类型: the applicant columns of table 三 (AR-T3, 2021 format).
APPLICANT_TYPES: dict[str, str] = {
    "自然人": ApplicantType.PERSON,
    "商业企业": ApplicantType.BUSINESS,
    "科研机构": ApplicantType.RESEARCH,
    "社会公益组织": ApplicantType.NONPROFIT,
    "法律服务机构": ApplicantType.LEGAL,
    "其他": ApplicantType.OTHER_ORG,
}

#: The groups of table 三 whose sub-rows are written 组：子项 (AR-T3).
GROUPS = {"3": "不予公开", "4": "无法提供", "5": "不予处理", "6": "其他处理"}
_NUMBERING = re.compile(r"^(?:（[一二三四五六七]）|\d+\.)")
_NOTE = re.compile(r"（[^）]*）$")


def result_label(row: str) -> str:
    """The 办理结果 written for a leaf row of table 三: its label without number or note
    (予以公开, 部分公开), a sub-row after its group (不予公开：属于国家秘密)."""
    label = _NOTE.sub("", _NUMBERING.sub("", ReportRow(row).label))
    group = GROUPS.get(row.split("-")[0]) if "-" in row else None
    return f"{group}：{label}" if group else label


#: 办理结果 → the AR-T3 row it names.
RESULTS: dict[str, str] = {result_label(row): row for row in ReportRow}


def _key(text: str) -> str:
    """A result as typed, compared without spaces, with either colon and either quote marks."""
    return re.sub(r"[\s\"“”]", "", text).replace(":", "：")


_RESULT_KEYS = {_key(label): row for label, row in RESULTS.items()}
#: 《政府信息公开条例》 took effect on this day (国务院令第492号); no request is older.
REGULATIONS_IN_FORCE = date(2008, 5, 1)


@dataclass(frozen=True)
class PastCase:
    """One row of the register, checked."""

    row: int
    number: str
    received_on: date
    applicant_type: str
    description: str
    concluded_on: date | None
    report_row: str | None


@dataclass
class ImportSummary:
    """What an import brought in."""

    org: Organisation
    closed: int = 0
    open: int = 0
    by_year: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.closed + self.open

    @property
    def text(self) -> str:
        return _(
            "Imported %(total)d past requests for %(org)s: %(closed)d concluded, %(open)d still "
            "open."
        ) % {"total": self.total, "org": self.org.name, "closed": self.closed, "open": self.open}


def template_bytes() -> bytes:
    """The register template: the 申请 sheet's header and a sheet 说明 with the values allowed."""
    from gongkai.core.xlsx import workbook_bytes

    numbered = {"3": "（三）", "4": "（四）", "5": "（五）", "6": "（六）"}

    def official(row: str) -> str:  # the row as table 三 prints it, under its group
        group = row.split("-")[0] if "-" in row else ""
        prefix = f"{numbered[group]}{GROUPS[group]} " if group else ""
        return prefix + ReportRow(row).label

    help_rows = [[TYPE, value, ""] for value in APPLICANT_TYPES] + [
        [RESULT, label, official(row)] for label, row in RESULTS.items()
    ]
    return workbook_bytes(
        Sheet(SHEET, COLUMNS, widths=[16, 12, 14, 50, 12, 40]),
        Sheet(
            "说明",
            [_("Column"), _("Value to write"), _("Row of table 三 of the annual report")],
            [
                *help_rows,
                [RECEIVED, "2024-03-05", ""],
                [CONCLUDED, "2024-03-28", _("Leave 办结日期 and 办理结果 empty for open cases.")],
            ],
            title=_("How to fill in the register (sheet 申请)"),
            widths=[14, 60, 70],
        ),
    )


def _check(row: Row, errors: RowErrors, seen: dict[str, int], today: date) -> PastCase | None:
    before = len(errors.messages)
    errors.require(row, NUMBER, RECEIVED, TYPE, CONTENT)
    number = row.text(NUMBER)
    if number:
        if len(number) > NUMBER_LENGTH:
            errors.add(
                row,
                _("the number is longer than %(max)d characters.") % {"max": NUMBER_LENGTH},
                column=NUMBER,
            )
        errors.unique(row, NUMBER, seen)
    received = errors.date(row, RECEIVED)
    concluded = errors.date(row, CONCLUDED)
    kind = row.text(TYPE)
    if kind and kind not in APPLICANT_TYPES:
        errors.add(
            row,
            _("unknown applicant type “%(value)s”; write one of %(choices)s.")
            % {"value": kind, "choices": "、".join(APPLICANT_TYPES)},
            column=TYPE,
        )
    result = row.text(RESULT)
    report_row = _RESULT_KEYS.get(_key(result)) if result else None
    if result and report_row is None:
        errors.add(
            row,
            _(
                "unknown result “%(value)s”; write a row of table 三 of the annual report, "
                "such as 予以公开, 部分公开 or 不予公开：属于国家秘密 (see the sheet 说明 of the "
                "template)."
            )
            % {"value": result},
            column=RESULT,
        )
    if row.get(CONCLUDED) is not None and not result:
        errors.add(row, _("a concluded case needs its result."), column=RESULT)
    if result and row.get(CONCLUDED) is None:
        errors.add(row, _("a case with a result needs the day it was concluded."), column=CONCLUDED)
    for column, day in ((RECEIVED, received), (CONCLUDED, concluded)):
        if day is not None and day > today:
            errors.add(row, _("%(day)s is after today.") % {"day": day.isoformat()}, column=column)
    if received is not None and received < REGULATIONS_IN_FORCE:
        errors.add(
            row,
            _("%(day)s is before the Regulations took effect on 1 May 2008.")
            % {"day": received.isoformat()},
            column=RECEIVED,
        )
    if received is not None and concluded is not None and concluded < received:
        errors.add(
            row,
            _("concluded on %(concluded)s, before it was received (%(received)s).")
            % {"concluded": concluded.isoformat(), "received": received.isoformat()},
            column=CONCLUDED,
        )
    if len(errors.messages) > before:
        return None
    return PastCase(
        row=row.number,
        number=number,
        received_on=received,
        applicant_type=APPLICANT_TYPES[kind],
        description=row.text(CONTENT),
        concluded_on=concluded,
        report_row=report_row,
    )


def applications_import(*, org: Organisation, data: bytes, actor: Actor) -> ImportSummary:
    """Import the register in ``data`` (an .xlsx file) as ``org``'s cases, all or nothing.

    Raises ImportFailed naming every bad row (unknown applicant type or result, a date that is
    not a date, concluded before received, a 申请编号 twice in the file or already imported for
    ``org``), or DomainError (not a workbook, no sheet 申请, a column missing, no rows).
    """
    require_role(actor, org, IMPORTERS)
    if org.kind == Organisation.Kind.UNIT:
        raise DomainError(
            _("Import past requests into the agency, not into one of its internal units."),
            field="org",
        )
    with WorkbookReader(data) as book:
        rows = book.rows(SHEET, required=COLUMNS)
    if not rows:
        raise DomainError(
            _("The sheet “%(sheet)s” holds no requests.") % {"sheet": SHEET}, code="empty"
        )
    today = timezone.localdate()
    summary = ImportSummary(org=org)
    with all_or_nothing() as errors:
        seen: dict[str, int] = {}
        cases = [case for row in rows if (case := _check(row, errors, seen, today))]
        _refuse_known_numbers(org, rows, errors)
        errors.raise_if_any()
        years: Counter[int] = Counter()
        for case in cases:
            _import_case(org, case, actor)
            years[case.received_on.year] += 1
            if case.report_row is None:
                summary.open += 1
            else:
                summary.closed += 1
        summary.by_year = dict(sorted(years.items()))
    return summary


def _refuse_known_numbers(org: Organisation, rows: list[Row], errors: RowErrors) -> None:
    """Record each row whose 申请编号 was imported for ``org`` before."""
    numbers = {row.text(NUMBER) for row in rows if row.text(NUMBER)}
    known = set(
        Application.objects.filter(org=org, register_number__in=numbers).values_list(
            "register_number", flat=True
        )
    )
    for row in rows:
        if row.text(NUMBER) in known:
            errors.add(
                row,
                _("“%(value)s” was already imported for %(org)s.")
                % {"value": row.text(NUMBER), "org": org.name},
                column=NUMBER,
            )


def _import_case(org: Organisation, case: PastCase, actor: Actor) -> Application:
    """Register one past case and, if it was concluded, record its ending through the state
    machine (REQ-STATE-1), each move audited and marked as imported."""
    app = application_register(
        org=org,
        channel="",
        received_on=case.received_on,
        applicant_name="",
        id_document="",
        description=case.description,
        actor=actor,
        applicant_type=case.applicant_type,
        imported=True,
        register_number=case.number,
    )
    if case.report_row is None:
        return app
    outcome, ground = IMPORT_OUTCOME[case.report_row]
    reason = _("Imported from the earlier register: %(result)s, concluded on %(day)s.") % {
        "result": result_label(case.report_row),
        "day": case.concluded_on.isoformat(),
    }
    concluded = False
    for status in import_path(outcome):
        changes = {}
        if not concluded and status in CONCLUDED_STATUSES:
            changes = {
                "concluded_on": case.concluded_on,
                "outcome": outcome,
                "withholding_ground": ground,
                "withholding_grounds": [ground] if ground else [],
            }
            concluded = True
        application_transition(
            app=app, to=status, actor=actor, reason=reason, imported=True, **changes
        )
    return app
