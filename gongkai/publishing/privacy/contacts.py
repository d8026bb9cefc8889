"""Addresses, WeChat and QQ accounts, and telling an agency's public lines from personal ones."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from gongkai.core.masking import STAR

from .findings import ADDRESS, EMAIL, IM_ACCOUNT, PHONE, PUBLIC_CONTACT, Finding
from .rules import PrivacyRules

_STOP = "，,。；;！!？?\n\t|"
_PLACE = "省市县区旗镇乡村组路街道巷弄里号栋幢楼单元室社区小区苑院"
# …路12号501室, …小区3栋2单元402, …村五组18号: down to the building or room.
_ROOM_ADDRESS = re.compile(
    r"[\u4e00-\u9fff0-9０-９]{2,30}?(?:路|街|大道|巷|弄|胡同|道|里|村|小区|社区|花园|公寓|新村|组)"
    r"[0-9０-９一二三四五六七八九十百零〇\-－]+(?:号院|号|弄|组)"
    r"(?:[0-9０-９A-Za-z一二三四五六七八九十\-－]+(?:号楼|栋|幢|座|单元|楼|层|室|户|号)){1,4}"
)
_ADDRESS_LEAD = re.compile(r"^.*?(?:住在|住于|居住在|家住|住址为|地址为|位于|住|在|至|到|于)")
_QQ = re.compile(r"[1-9][0-9]{4,11}")
_WECHAT = re.compile(r"[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9][0-9]{9}")
_ORG_SUFFIX = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:局|委员会|委|办公室|政府|中心|厅|部|法院|检察院|医院|学校|大学|"
    r"派出所|街道办事处|办事处|管理处|服务站|协会|工会|妇联)"
)


def mask_address(text: str) -> str:
    """Keep the place names up to the county or district, star the rest (Han and digits)."""
    cut = max((text.find(c) + 1 for c in "县区旗市" if c in text[:12]), default=0)
    head, tail = text[:cut], text[cut:]
    return head + "".join(STAR if not c.isspace() else c for c in tail)


def mask_account(text: str) -> str:
    """wxid_abc123 -> w*********3; keeps the first and last character."""
    if len(text) <= 2:
        return STAR * len(text)
    return text[0] + STAR * (len(text) - 2) + text[-1]


def _label_re(words: set[str] | frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\s*(?:[:：]\s*|为\s*|是\s*)?")


def _value_end(text: str, start: int, limit: int = 60) -> int:
    end = start
    while end < len(text) and end - start < limit and text[end] not in _STOP:
        end += 1
    return end


def find_addresses(text: str, rules: PrivacyRules) -> Iterator[Finding]:
    """Addresses after a label (住址：…) and, unlabelled, addresses down to building or room."""
    words = {w for w, kind in rules.labels.items() if kind == ADDRESS}
    for m in _label_re(words).finditer(text):
        start = m.end()
        end = _value_end(text, start)
        value = text[start:end].rstrip(" ）)")
        if len(value) >= 4 and any(c in _PLACE for c in value) and "*" not in value:
            raw = text[start : start + len(value)]
            yield Finding(ADDRESS, raw, start, start + len(raw), mask_address(raw), 0.9, "label")
    for m in _ROOM_ADDRESS.finditer(text):
        lead = _ADDRESS_LEAD.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        raw = text[start : m.end()]
        if len(raw) >= 6:
            yield Finding(ADDRESS, raw, start, m.end(), mask_address(raw), 0.85, "room")


def find_im_accounts(text: str, rules: PrivacyRules) -> Iterator[Finding]:
    """WeChat and QQ accounts after their labels (QQ群 numbers are groups, not people)."""
    words = {w for w, kind in rules.labels.items() if kind == IM_ACCOUNT}
    for m in _label_re(words).finditer(text):
        if text[m.end() : m.end() + 1] == "群" or text[m.start() : m.end()].rstrip().endswith("群"):
            continue
        pattern = _QQ if m.group().upper().startswith("QQ") else _WECHAT
        value = pattern.match(text, m.end())
        if value and not text[value.end() : value.end() + 1].isalnum():
            raw = value.group()
            yield Finding(IM_ACCOUNT, raw, value.start(), value.end(), mask_account(raw), 0.9)


def _clause_before(text: str, start: int, limit: int = 40) -> str:
    window = text[max(0, start - limit) : start]
    cut = max(window.rfind(c) for c in "，,。；;\n\t")
    return window[cut + 1 :]


def _after(text: str, end: int) -> str:
    """What follows a number and the numbers listed after it: (长春市…局)."""
    m = re.match(
        r"(?:[、，,/ ]*[0-9０-９()（）\-－—]{5,})*\s*[（(]([^）)\n]{2,40})[）)]", text[end:]
    )
    return m.group(1) if m else ""


def _block_heads(text: str, start: int, lines: int = 3) -> list[str]:
    """The non-empty lines just above the line of ``start`` (a notice's contact block)."""
    above = text[: text.rfind("\n", 0, start) + 1].split("\n")
    return [line.strip() for line in above if line.strip()][-lines:]


_CONTACT_LINE = re.compile(r"\s*(?:联系电话|电话|电子邮箱|邮箱|传真|联系地址|地址)\s*[:：]")


def _under_office(text: str, start: int, rules: PrivacyRules) -> bool:
    """A contact line (联系电话：…, 电子邮箱：…) of a block that opens with the office taking
    objections (公示受理部门：人力资源处…), within three lines."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(line) > 80 or not _CONTACT_LINE.match(line):
        return False
    offices = [w for w in rules.public if w.endswith(("部门", "单位", "机构"))]
    heads = _block_heads(text, start)
    for index, head in enumerate(heads):
        if any(head.startswith(word) for word in offices):
            return all(_CONTACT_LINE.match(h) for h in heads[index + 1 :])
    return False


#: A desk named by a surname and a title (联系人：王老师, 联 系 人：张先生  吴先生): an agency's
#: contact, not a person the notice is about; the lines given with it are the agency's.
_DESK = re.compile(
    r"联\s*系\s*人\s*[:：]\s*[\u4e00-\u9fff]{1,2}(?:老师|先生|女士|同志|科长|主任|处长)"
    r"(?![\u4e00-\u9fff])"
)
#: The party a contact block belongs to, when it is an organisation by its role in a notice.
_ORG_ROLE = re.compile(
    r"^(?:采\s*购\s*人|采购代理机构|代理机构|招\s*标\s*人|招标代理机构|主办单位|承办单位|"
    r"单位名称)\s*[:：]"
)


def _under_desk(text: str, start: int) -> bool:
    """A number on a desk contact's line, or on a contact line of a block that opens with
    such a desk or with an organisation's role (采购人：…局 / 联系人：王老师 / 联系电话：…)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _DESK.search(text, line_start, start):
        return True
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(line) > 80 or not _CONTACT_LINE.match(line):
        return False
    return any(_DESK.search(head) or _ORG_ROLE.match(head) for head in _block_heads(text, start))


#: The end of a label naming an office's line: 书记信箱：…, 院长 0557-…, 王五 党委书记 0557-…
_OFFICE_BEFORE = re.compile(
    r"(?:信箱|书记|院长|局长|主任|县长|市长|镇长|乡长|区长|处长|科长|校长|所长|站长|部长|厅长|"
    r"主席)\s*[:：]?\s*$"
)


def is_public(text: str, f: Finding, rules: PrivacyRules) -> bool:
    """An agency's own line: labelled 监督电话/咨询电话/传真…, listed under such a label or the
    office that takes objections (公示受理部门：…), given with a desk (联系人：王老师), named for
    an office (书记信箱, 党委书记 0557-…), or named after an organisation."""
    label, after = _clause_before(text, f.start), _after(text, f.end)
    if any(word in label or word in after for word in rules.public):
        return True
    if _under_office(text, f.start, rules) or _under_desk(text, f.start):
        return True
    if _OFFICE_BEFORE.search(label):  # a mailbox or a line named for an office
        return True
    around = label + " " + after
    if any(name in around for name in rules.org_names):
        return True
    return bool(_ORG_SUFFIX.search(around)) and not any(
        word in label for word, kind in rules.labels.items() if kind != ADDRESS
    )


def mark_public(text: str, findings: list[Finding], rules: PrivacyRules) -> list[Finding]:
    """Phones, e-mails and addresses that are an agency's public contact become public_contact:
    reported for the reviewer, never masked automatically (their masked form is the text)."""
    result = []
    for f in findings:
        if f.kind in (PHONE, EMAIL, ADDRESS) and is_public(text, f, rules):
            f = replace(f, kind=PUBLIC_CONTACT, masked=f.text, confidence=0.5, subkind=f.kind)
        result.append(f)
    return result
