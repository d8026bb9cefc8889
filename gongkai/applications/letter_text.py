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


def placeholders_in(text: str) -> set[str]:
    """Return the placeholder names ``text`` uses; DomainError if a brace is unmatched."""
    try:
        return {name for _l, name, _f, _c in string.Formatter().parse(text) if name is not None}
    except ValueError:
        raise DomainError(
            _("The text has an unmatched brace; write placeholders as {name}."), field="body"
        ) from None


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
                "names": "、".join("{" + n + "}" for n in unknown),
                "allowed": "、".join(f"{{{n}}}（{labels.get(n, n)}）" for n in allowed),
            },
            field="body",
        )
    missing = [n for n in required if n not in used]
    if missing:
        raise DomainError(
            _("The letter must contain %(names)s.")
            % {"names": "、".join(f"{{{n}}}（{labels.get(n, n)}）" for n in missing)},
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
    for literal, name, _spec, _conv in string.Formatter().parse(template):
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
