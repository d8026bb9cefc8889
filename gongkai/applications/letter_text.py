"""Compose a letter's text from its template: dates, placeholders, punctuation at the joins."""

import re
import string
from collections.abc import Iterable, Mapping
from datetime import date

from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

#: Sentence punctuation a value must not repeat when the template writes it right after.
_JOIN_PUNCT = "。；，：！？"
#: A lead-in that opens with how the office found out (经审查，…), as in 经审查，现答复如下：.
_LEAD_IN = re.compile(r"经(?:审查|研究|核查|核实|查|检索)，(?=[^。\n]*$)")
#: A value that opens the same way (经查、经检索、经审查 …): the template's lead-in is dropped.
_OPENS_WITH_FINDING = re.compile(r"^经[^，。\n]{1,4}，")


def chinese_date(day: date) -> str:
    """Write a date as official documents do: 2024年9月27日 (screen, .docx and PDF alike)."""
    return f"{day.year}年{day.month}月{day.day}日"


#: How staff write each placeholder in a template: a Chinese field name in 【】. Templates are
#: stored with Python's {name}, which never reaches a screen. Exact strings, not translated:
#: the letters are Chinese documents.
FIELD_NAMES: dict[str, str] = {
    "case_number": "申请编号",
    "applicant": "申请人",
    "addressee": "收文对象",
    "received_on": "收到申请日期",
    "request": "申请内容",
    "organ": "落款机关",
    "date": "文书日期",
    "items": "补正事项",
    "correct_by": "补正期限",
    "information": "所涉信息",
    "reason": "理由",
    "answer_period": "答复期限",
    "days": "延长工作日数",
    "due_date": "延长后的答复期限",
    "method": "计收方式",
    "quantity": "计收数量",
    "rate": "收费标准",
    "amount": "收费金额",
    "how_to_pay": "缴费方式",
    "pay_by": "缴费期限",
    "facts": "申请情况",
    "answer_by": "说明理由期限",
    "new_due": "新的答复期限",
    "decision": "答复内容",
    "legal_basis": "法律依据",
    "obtain": "获取方式",
    "remedy": "救济途径",
}
_FIELDS_BY_NAME = {label: name for name, label in FIELD_NAMES.items()}
_FIELD_TOKEN = re.compile(r"【([^【】\n]{1,12})】")
#: A placeholder is a bare field name: {case_number}.
_BARE_NAME = re.compile(r"[a-z_]{1,40}")


def field_token(name: str) -> str:
    """The way staff write placeholder ``name``: 【申请人】."""
    return f"【{FIELD_NAMES.get(name, name)}】"


def to_fields(text: str) -> str:
    """Show a stored template to staff: every {name} becomes its 【field】."""
    return re.sub(r"\{(\w+)\}", lambda m: field_token(m.group(1)), text)


def from_fields(text: str) -> str:
    """Store what staff wrote: every known 【field】 becomes {name}; other braces are refused."""
    if "{" in text or "}" in text:
        raise DomainError(
            _("Write the fields from the case as listed, e.g. 【申请人】, not in braces."),
            field="body",
        )
    return _FIELD_TOKEN.sub(
        lambda m: (
            "{" + _FIELDS_BY_NAME[m.group(1)] + "}" if m.group(1) in _FIELDS_BY_NAME else m.group(0)
        ),
        text,
    )


def _parse(text: str) -> list[tuple[str, str | None]]:
    """Split a template into (literal, placeholder name) pairs; DomainError unless every
    placeholder is a bare {name}.

    A conversion (``!r``), a format spec (``:>3000000``) or attribute and index access
    (``.x``, ``[0]``) could make a letter megabytes long or reach into objects: refused both
    when a template is saved and when a stored one is rendered.
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise DomainError(
            _("The text has an unmatched brace; write placeholders as {name}."), field="body"
        ) from None
    pairs: list[tuple[str, str | None]] = []
    for literal, name, spec, conversion in parsed:
        if name is not None and (spec or conversion or not _BARE_NAME.fullmatch(name)):
            written = "{" + name + (f"!{conversion}" if conversion else "")
            written += (f":{spec}" if spec else "") + "}"
            raise DomainError(
                _(
                    "The placeholder %(placeholder)s may only name a field: no conversion, "
                    "format or attribute is allowed."
                )
                % {"placeholder": written[:60]},
                field="body",
            )
        pairs.append((literal, name))
    return pairs


def placeholders_in(text: str) -> set[str]:
    """Return the placeholder names ``text`` uses; DomainError if one is malformed."""
    return {name for _literal, name in _parse(text) if name is not None}


def placeholders_check(
    text: str, *, allowed: Iterable[str], required: Iterable[str], labels: Mapping[str, str]
) -> None:
    """Refuse a template with an unknown placeholder or without a required one.

    The messages name each placeholder with what it stands for, in the staff's language.
    """
    allowed, used = tuple(allowed), placeholders_in(text)
    unknown = sorted(n for n in used if n not in allowed)
    if unknown:
        raise DomainError(
            _("Unknown placeholder(s): %(names)s. Allowed: %(allowed)s.")
            % {
                "names": "、".join(field_token(n) for n in unknown),
                "allowed": "、".join(field_token(n) for n in allowed),
            },
            field="body",
        )
    missing = [n for n in required if n not in used]
    if missing:
        raise DomainError(
            _("The letter must contain %(names)s.")
            % {"names": "、".join(field_token(n) for n in missing)},
            field="body",
        )


def compose(template: str, values: Mapping[str, str]) -> str:
    """Fill ``template`` with ``values`` so that the joins read as one text.

    - A value followed in the template by sentence punctuation loses its own final
      punctuation: “申请获取：{request}。” with a request typed as “2023年预算。” gives one 。.
    - A value that opens with how the office found out (经查，经检索，) replaces the template's
      own lead-in: “经审查，现答复如下：{decision}” reads “现答复如下：经检索，……”.
    - Empty lines (an empty optional value on its own line) are dropped.
    """
    parts: list[str] = []
    for literal, name in _parse(template):
        parts.append(literal)
        if name is None:
            continue
        value = str(values[name]).strip()
        if _OPENS_WITH_FINDING.match(value) and parts:
            parts[-1] = _LEAD_IN.sub("", parts[-1], count=1)
        parts.append(value)
        parts.append("\0")  # marks the end of a value, for the punctuation pass below
    text = "".join(parts)
    text = re.sub(
        rf"[。；，！？.;,\s]*\0(?=[{_JOIN_PUNCT}])",
        "",
        text,
    )
    text = text.replace("\0", "")
    text = re.sub(r"([。！？])\1+", r"\1", text)
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip())
