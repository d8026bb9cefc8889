"""Unit lists: split a list of responsible units into names, keeping collective names whole."""

from __future__ import annotations

import re

from .brackets import outside_brackets
from .fold import fold

_OPEN = "（(〔【[《「“〈"
_CLOSE = "）)〕】]》」”〉"
_SEPARATORS = "、，,；;/／"
# a level's other levels in brackets, (…) or 〔…〕 (各市〔州〕, 县〔市、区〕政府)
_LEVEL_NOTE = r"(?:\([^)]*\)|〔[^〕]*〕)"
_ADMIN_FRAGMENT = re.compile(rf"^各?[省市县区州盟旗乡镇村街道]{{1,3}}{_LEVEL_NOTE}?$")
# A level, bare or with the kind of body only (市人民政府, 县政府, 社区): what completes 各州、 in
# 各州、市人民政府 or 各街道、 in 各街道、社区.
_LEVEL_BODY = re.compile(
    rf"^(?:[省市县区州盟旗乡镇]{{1,3}}|社区){_LEVEL_NOTE}?"
    r"(?:人民政府|政府|党委|党委和政府|党委政府|管委会|委员会|居委会|办事处)?(?:\([^)]*\))?$"
)
_TRAILING = re.compile(
    r"(?:等(?:[省市县区](?:直|政府|级)?|市县|县区)?(?:有关|相关|其他|其它)?(?:[省市县区]直)?"
    r"(?:部门|单位|处室|科室|机构)?"
    r"(?:(?:和|及|、)(?:有关|相关)?(?:部门|单位|机构))?|及(?:有关|相关)(?:部门|单位)"
    # 甲局等某某工作领导小组成员单位: 等 and the group whose members the list names
    r"|等[\u4e00-\u9fff]{2,20}成员(?:单位|部门)"
    # 甲区等相关区政府: 等 and the level's governments the list names
    r"|等(?:有关|相关|其他|其它)?[省市县区]{1,2}级?(?:人民)?政府"
    # 甲局、乙委等公共企事业单位行业主管部门: 等 and the kind of office the list names
    r"|等[\u4e00-\u9fff]{0,20}(?:主管|监管|职能)部门"
    # 团市委、市妇联等群团组织, 甲行、乙行等金融机构: 等 and the short kind of body the list names
    r"|等[\u4e00-\u9fff]{1,6}(?:组织|机构|企业|单位|部门))$"
)
# a note in brackets after a name that only refers elsewhere (市有关单位(见附件1,下同)) or names
# what the text calls it from then on (各县(区)人民政府(以下统称各县(区)政府), 〔以下简称X〕)
_NOTE = re.compile(r"附件|下同$|^(?:以下|下文)?(?:统称|简称|合称|称为)|^(?:以下|下文)称")
# the same naming note standing as a piece of the list (…人民政府,以下统称各县(区)政府;…)
_NAMING_PIECE = re.compile(r"^(?:以下|下文)(?:统称|简称|合称|称)|^(?:统称|简称|合称)")
_LEADING = re.compile(r"^(?:由|请|要|和|及|与|以及)")
_JUNK = re.compile(r"^[\s\W\d_]*$")
# a federation by its short name, which ends in none of an office's usual endings (妇联, 工商联,
# 残联, 科协)
FEDERATION = re.compile(r"[^\W\d]{1,8}(?:联|科协)$")
# A kind of body alone after 、 (市直有关部门、单位, 各乡镇党委、政府): the qualifier before it
# covers it too.
_BODY_KIND = re.compile(r"^(?:单位|部门|机构|处室|科室|企业|政府|人民政府)$")


def split_top_level(text: str, separators: str = _SEPARATORS) -> list[str]:
    """Split at separators that are not inside brackets or quotes."""
    return [part for part, _ in split_with_separators(text, separators)]


def split_with_separators(text: str, separators: str = _SEPARATORS) -> list[tuple[str, str]]:
    """Top-level parts, each with the separator that ends it ("" for the last)."""
    parts: list[tuple[str, str]] = []
    start = 0
    for i, ch in outside_brackets(text, _OPEN, _CLOSE):
        if ch in separators:
            parts.append((text[start:i], ch))
            start = i + 1
    parts.append((text[start:], ""))
    return parts


def trailing_bracket(k: str) -> int:
    """Where the bracket closing a (folded) name opens, nested brackets inside it; 0 when the
    name does not end with a bracket or is all one bracket."""
    if not k or k[-1] not in _CLOSE:
        return 0
    depth = 0
    for i in range(len(k) - 1, -1, -1):
        if k[i] in _CLOSE:
            depth += 1
        elif k[i] in _OPEN:
            depth -= 1
            if depth == 0:
                return i
    return 0


def clean_unit(name: str) -> str:
    """Trim blanks, marks, leading connectives and a trailing 等/等部门/等有关部门 from one unit
    name."""
    name = name.strip(" \t。.：:")
    # a mark before a name (*县甲局, ＊县甲局) is no part of it; a name masked by a run of them
    # (****分局) keeps them
    name = re.sub(r"^[*＊](?![*＊])", "", name)
    if _NAMING_PIECE.match(fold(name)):
        return ""
    note = trailing_bracket(fold(name))
    if note and _NOTE.search(fold(name)[note + 1 : -1]):
        name = name[:note].rstrip()
    for _ in range(2):
        k = fold(name)
        m = _TRAILING.search(k)
        if m and m.start() == 0 and k.startswith("等"):
            return ""  # 区甲局、等区政府有关部门: the closing phrase alone names no unit
        if m and m.start() > 0:
            name = name[: m.start()].rstrip()
            k = fold(name)
        m = _LEADING.match(k)
        if m and len(name) > m.end() + 1:
            name = name[m.end() :].lstrip()
    return name.strip()


# 市、县两级政府: the levels counted after 、 share the body named after them
_LEVELS_COUNTED = re.compile(r"^[省市县区乡镇]{1,2}(?:两级|三级|各级)")


# 城乡一体化示范区、高新区党工委和管委会: a zone named without its body, and another zone with
# the body both share
_ZONE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(?:示范区|开发区|高新区|新区|园区|试验区|合作区|集聚区)$"
)
_ZONE_BODY = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(?:区|园)(?:党工委和管委会|党工委、管委会|党工委|管委会|管理委员会)$"
)


# a local body named by its kind alone after 、 (各乡、街办、管理处), a bare level of zone
# (各县区、功能区): the 各 before covers it
_LOCAL_KIND = re.compile(r"^(?:街办|管理处|办事处|功能区)$")
# a zone and the office of a trade both levels share (各县区、园区燃气管理部门: each county's and
# each zone's gas office)
_ZONE_OFFICE = re.compile(r"^(?:园区|功能区|开发区|高新区)[\u4e00-\u9fff]{1,8}部门$")


def _continues(piece: str) -> bool:
    """Whether a piece after 、 completes the collective name before it: a bare level
    (各县、市、区), a level and the kind of body (各州、市人民政府) or the levels counted
    (市、县两级政府), not a name that stands by itself with its own quantifier or office
    (区直各部门, 县直有关单位, 各部门, 区市场局), nor one opening with its own 各
    (各县(市、区)、各乡镇(街道): two collective names)."""
    return not piece.startswith("各") and bool(
        _ADMIN_FRAGMENT.match(piece)
        or _LEVEL_BODY.match(piece)
        or _LEVELS_COUNTED.match(piece)
        or _LOCAL_KIND.match(piece)
        or _ZONE_OFFICE.match(piece)
    )


# a place that qualifies a kind of body (市主城区 in 市主城区公办幼儿园): a name of at least three
# characters ending in a level
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,10}[省市县区镇乡]$")
# the ends of an office's own name (乙区公安局、公安分局 names two offices, not one place's kinds)
_OFFICE_END = re.compile(r"(?:局|委|办|厅|处|科|室|中心|部门|单位|政府|公司|所|站|队)$")


def _same_qualifier(before: str, piece: str) -> bool:
    """A piece after 、 naming another kind of body in the words the name before it names its
    kind in, after its place (市主城区公办幼儿园、公办小学、公办初中): the place qualifies all
    the kinds, one collective name, as 市直有关部门、单位 is."""
    if len(piece) < 3 or _OFFICE_END.search(piece) or re.match(r"^[各省市县区]", piece):
        return False
    at = before.find(piece[:2])
    return at > 0 and bool(_PLACE.match(before[:at])) and not _OFFICE_END.search(before)


# 甲部、乙部等和各有关省级人民政府: 等 closes the list before it, 和 adds a name of its own (not
# 等和有关部门, which only closes the list)
# (甲局等省有关部门和各地级以上市人民政府 too: 等省有关部门 closes the list)
_ETC_AND = re.compile(
    r"等(?:(?:[省市县区](?:直|政府|级)?)?(?:有关|相关|其他|其它)(?:部门|单位|机构))?"
    r"和(?!(?:有关|相关|其他|其它)?(?:部门|单位|机构|处室|科室)(?:[,;、]|$))"
)


# 甲局、乙局等政府有关部门乡镇街道: the closing phrase glued to a collective name of local bodies
# that follows it (the separator lost); 等… closes the list before it, as 等有关部门和 does
_ETC_GLUED = re.compile(
    r"等(?:[省市县区](?:直|级)?|政府)?(?:有关|相关|其他|其它)(?:部门|单位|机构)"
    r"(?=各|乡镇|街道|镇街|社区)"
)


def split_units(text: str) -> list[str]:
    """Split a unit list at 、 ， , ； ; keeping names such as 各州、市人民政府 and
    各镇(街道、开发区) whole and dropping trailing 等部门-style words.

    A collective name (各州, 各县) continues into the next piece only across 、 and only when
    that piece completes it (市人民政府, 市, 区); 各街道、区直各部门 is two units."""
    for m in reversed(list(_ETC_AND.finditer(fold(text)))):
        text = text[: m.start()] + "、" + text[m.end() :]
    for m in reversed(list(_ETC_GLUED.finditer(fold(text)))):
        text = text[: m.start()] + "、" + text[m.end() :]
    merged: list[str] = []
    after: list[str] = []  # the separator after each merged piece
    carry = ""
    carry_sep = ""
    prev_sep = ""
    for raw, sep in split_with_separators(text):
        piece = raw.strip()
        if not piece:
            continue
        if carry:
            folded = fold(piece)
            if carry_sep == "、" and _continues(folded):
                piece = carry + "、" + piece
                carry = ""
                if _ADMIN_FRAGMENT.match(folded) or _LOCAL_KIND.match(folded):
                    carry, carry_sep = piece, sep  # 各县、市 … may go on: 各县、市、区
                    continue
            else:
                merged.append(carry)
                after.append(carry_sep)
                carry = ""
        if _ADMIN_FRAGMENT.match(fold(piece)):
            carry, carry_sep = piece, sep
            continue
        shares = merged and _ZONE.match(fold(merged[-1])) and _ZONE_BODY.match(fold(piece))
        kinds = merged and _same_qualifier(fold(merged[-1]), fold(piece))
        if merged and prev_sep == "、" and (_BODY_KIND.match(fold(piece)) or shares or kinds):
            merged[-1] += "、" + piece
            after[-1] = prev_sep = sep
            # 甲高新区、乙园区、丙保税区管委会: every zone named before shares the body too
            while (
                shares and len(merged) > 1 and after[-2] == "、" and _ZONE.match(fold(merged[-2]))
            ):
                merged[-2:] = [merged[-2] + "、" + merged[-1]]
                after[-2:] = [after[-1]]
            continue
        merged.append(piece)
        after.append(sep)
        prev_sep = sep
    if carry:
        merged.append(carry)
    units: list[str] = []
    for piece in merged:
        name = clean_unit(piece)
        if name and not _JUNK.match(name) and name not in units:
            units.append(name)
    return units
