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


#: A label that ends an address run on into it: 住址：…219号身份证号：…, …室联系电话：…
_NEXT_LABEL = re.compile(
    r"(?:公民)?身份证(?:号码|号)?|证件号码|联系电话|联系方式|手机号码|手机|电话|邮箱|"
    r"姓名|性别|民族|出生|[:：]"
)


def find_addresses(text: str, rules: PrivacyRules) -> Iterator[Finding]:
    """Addresses after a label (住址：…) and, unlabelled, addresses down to building or room."""
    words = {w for w, kind in rules.labels.items() if kind == ADDRESS}
    for m in _label_re(words).finditer(text):
        start = m.end()
        end = _value_end(text, start)
        value = text[start:end].split("的")[0]  # 家住某村的张三: the place only
        value = _NEXT_LABEL.split(value, maxsplit=1)[0].rstrip(" ）)")  # …219号身份证号：…
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


def _label_before(text: str, start: int) -> str:
    """The clause before a number; for a number opening its line, the label line above it
    (城关派出所联系电话：/ 0571-…)."""
    label = _clause_before(text, start)
    if label.strip() or start == 0 or text[start - 1] != "\n":
        return label
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return above[-40:] if above.endswith((":", "：")) else label


#: A label naming the office by its kind before the kind of line: 派出所电话：, 办公室电话,
#: 服务中心咨询电话：, 纪委监督举报电话 (not 家庭电话, 本人电话: no office there).
_OFFICE_KIND_LABEL = re.compile(
    r"(?:派出所|办公室|服务中心|中心|服务站|服务大厅|窗口|局|委员会|委|政府|办事处|法院|检察院|"
    r"协会|学会|工会|妇联|秘书处|居委会|村委会|管委会|大队|中队|支队|科|处|站|(?<!住)所)"
    r"(?:联系|咨询|值班|服务|办公|报名|举报|监督|投诉|受理|业务)*"
    r"(?:电话|热线|手机|邮箱|信箱|传真)(?:号码)?[:：]?$"
)


#: Readers are asked to send to a mailbox: 欢迎发邮箱到：…, 发送至邮箱：… (a desk's mailbox;
#: 请发送至 zhangsan.li@… names no mailbox and stays a person's address).
#: A mailbox on a government domain (…@xx.gov.cn): an agency's, as its annual report or a
#: consultation notice gives for questions (bgs@…, xxgk@…) — unless a person's label stands
#: before it or its name reads as a person's name in pinyin (zhangsan.li@…).
_GOV_MAILBOX = re.compile(r"@\s*(?:[a-z0-9-]+\.)*gov\.cn$", re.IGNORECASE)
#: One pinyin syllable, loosely (an initial, then a final): enough to tell a name spelled in
#: pinyin from an office's letters (xxgk, bgs, zwgk), which no run of syllables spells.
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|"
    r"ua|uo|ue|ui|a|o|e|i|u|v)"
)
_PINYIN_NAME = re.compile(rf"(?:{_SYLLABLE}){{2,4}}")


def _agency_mailbox(address: str) -> bool:
    """A government-domain mailbox whose name is not a person's name in pinyin."""
    if not _GOV_MAILBOX.search(address):
        return False
    letters = re.sub(r"[^a-z]", "", address.split("@")[0].lower())
    return bool(letters) and not _PINYIN_NAME.fullmatch(letters)


_SENT_TO = re.compile(r"(?:发|发送|投|投寄)(?:到|至)?(?:电子)?邮箱(?:到|至)?[:：]?$")


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


_CONTACT_LINE = re.compile(
    r"\s*(?:联系电话|电话|(?:电子|互联网|政务)?(?:邮箱|信箱)|传真|联系地址|地址)\s*[:：]"
)


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
    label, after = _label_before(text, f.start), _after(text, f.end)
    compact = re.sub(r"\s", "", label)  # 电子邮 箱 : — a label padded to the width of others
    if any(word in compact or word in after for word in rules.public):
        return True
    if _OFFICE_KIND_LABEL.search(compact):  # 派出所电话：, 服务中心咨询电话：
        return True
    if f.kind == EMAIL and _SENT_TO.search(compact):  # 欢迎发邮箱到：… — a desk's mailbox
        return True
    if f.kind == EMAIL and _agency_mailbox(f.text) and not _personal_label(label, rules):
        return True
    if _addressed_office(text, f) or _landline_with_contact(text, f):
        return True
    if _under_office(text, f.start, rules) or _under_desk(text, f.start):
        return True
    if _OFFICE_BEFORE.search(label):  # a mailbox or a line named for an office
        return True
    around = label + " " + after
    if any(name in around for name in rules.org_names):
        return True
    return bool(_ORG_SUFFIX.search(around)) and not _personal_label(label, rules)


def _personal_label(label: str, rules: PrivacyRules) -> bool:
    """A label announcing a person (申请人, 联系人, 举报人…), not only a place."""
    return any(word in label for word, kind in rules.labels.items() if kind != ADDRESS)


#: Where a sentence sends readers to an office, or names the office's desk, before a number:
#: 送至市委宣传部宣传科…，联系电话：…; 请与县民政局联系。电话：…; 请联系秘书处肖老师，电话：…
_ADDRESSED = re.compile(
    r"(?:送至|寄至|寄往|送交|报送|交至|联系|咨询|致电|与)[^。！？!?\n]{0,24}?"
    r"(?:局|委员会|组委会|委|办公室|政府|中心|厅|宣传部|组织部|部|法院|检察院|学校|大学|"
    r"派出所|办事处|协会|学会|工会|妇联|秘书处|科|处)"
    r"(?:[\u4e00-\u9fff](?:老师|先生|女士))?(?![学技研理罚分署置])"
)
#: Where a sentence tells readers to raise a matter with an office (可向县民政局反映。电话：…):
#: not 向派出所报案 (a family reporting to the police gives its own number).
_REPORTED_TO = re.compile(
    r"向[^。！？!?\n，,]{0,20}?(?:局|委员会|组委会|委|办公室|政府|中心|厅|部|法院|检察院|派出所|"
    r"办事处|协会|学会|工会|妇联|秘书处|科|处|站|所)[^。！？!?\n]{0,6}?"
    r"(?:反映|举报|投诉|咨询|申诉|提出(?:意见|异议|建议))"
)
_SENTENCE_END = "。！？!?\n"


def _sentence_before(text: str, start: int) -> str:
    """The sentence up to ``start``; when that is only a label (电话：), the one before too."""
    cut = max(text.rfind(c, 0, start) for c in _SENTENCE_END)
    sentence = text[cut + 1 : start]
    if len(sentence.strip()) <= 8 and cut > 0:
        before = max(text.rfind(c, 0, cut) for c in _SENTENCE_END)
        while before > 0 and not text[before + 1 : cut].strip():  # 反映。\n电话：…
            cut, before = before, max(text.rfind(c, 0, before) for c in _SENTENCE_END)
        sentence = text[before + 1 : cut] + " " + sentence
    return sentence[-120:]


def _addressed_office(text: str, f: Finding) -> bool:
    """A number given in (or right after) a sentence that sends readers to an office, or
    under a bare label (电话：) right after a sentence or line that names an agency
    (县残疾人联合会 / 电话：…) and no person."""
    if f.kind == ADDRESS:
        return False
    sentence = _sentence_before(text, f.start)
    if _ADDRESSED.search(sentence) or _REPORTED_TO.search(sentence):
        return True
    cut = max(text.rfind(c, 0, f.start) for c in _SENTENCE_END)
    if not _BARE_LABEL.fullmatch(text[cut + 1 : f.start]):
        return False
    before = _sentences_before(text, max(cut, 0), 2)
    if _PERSON_WORDS.search(before) or _CONTACT_PERSON.search(before):
        return False
    last = text[max(text.rfind(c, 0, max(cut, 0)) for c in _SENTENCE_END) + 1 : max(cut, 0)]
    return bool(_AGENCY_AT_END.search(last) or _ASSOCIATION.search(before))


#: An association a news item is about: the bare contact line under it is the association's
#: (…书法协会日前成立。欢迎爱好者加入。/ 联系电话：139…（微信同号）).
_ASSOCIATION = re.compile(
    r"(?:协会|学会|商会|研究会|促进会|联合会|基金会|俱乐部|志愿服务队|合作社)(?![员])"
)


def _sentences_before(text: str, end: int, count: int) -> str:
    """The ``count`` non-empty sentences before ``end``."""
    found: list[str] = []
    while end > 0 and len(found) < count:
        start = max(text.rfind(c, 0, end) for c in _SENTENCE_END)
        if text[start + 1 : end].strip():
            found.insert(0, text[start + 1 : end])
        end = max(start, 0)
    return "。".join(found)


_BARE_LABEL = re.compile(
    r"\s*(?:联系)?(?:电话|手机|(?:电子|互联网|政务)?(?:邮箱|信箱)|传真)\s*[:：]\s*"
)
_AGENCY_AT_END = re.compile(
    r"(?:局|委员会|组委会|办公室|中心|协会|学会|联合会|残联|妇联|工会|政府|科|处|派出所)"
    r"[\s，,。]*$"
)
_PERSON_WORDS = re.compile(
    r"村委会|居委会|户主|申请人|家属|家人|本人|村民|低保|家住|住址|走失|失踪|寻人|下落|患有"
)


_LANDLINE = re.compile(r"0[0-9]{2,3}[-－ ]?[0-9]{7,8}|[2-8][0-9]{6,7}")
_CONTACT_PERSON = re.compile(r"联\s*系\s*人\s*[:：]")


def _landline_with_contact(text: str, f: Finding) -> bool:
    """An office's landline given on one line with the person to ask for
    (0550-8022883，联系人：李龙): a desk's line, not the contact's own number."""
    if f.kind != PHONE or not _LANDLINE.fullmatch(f.text.strip()):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    return bool(_CONTACT_PERSON.search(text, line_start, len(text) if line_end < 0 else line_end))


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def mark_public(text: str, findings: list[Finding], rules: PrivacyRules) -> list[Finding]:
    """Phones, e-mails and addresses that are an agency's public contact become public_contact:
    reported for the reviewer, never masked automatically (their masked form is the text).
    A contact line right under a line of public contacts (the committee's e-mail under its
    telephone) is the same office's."""
    result = []
    for f in findings:
        if f.kind in (PHONE, EMAIL, ADDRESS) and is_public(text, f, rules):
            f = replace(f, kind=PUBLIC_CONTACT, masked=f.text, confidence=0.5, subkind=f.kind)
        result.append(f)
    public_lines = {_line_of(text, f.start) for f in result if f.kind == PUBLIC_CONTACT}
    lines = text.split("\n") if public_lines else []
    for index, f in enumerate(result):
        if f.kind in (PHONE, EMAIL) and public_lines and _continues_block(text, lines, result, f):
            result[index] = replace(
                f, kind=PUBLIC_CONTACT, masked=f.text, confidence=0.5, subkind=f.kind
            )
    return result


def _continues_block(text: str, lines: list[str], found: list[Finding], f: Finding) -> bool:
    """A contact (电子邮箱：…, its label maybe padded) right after a public contact on its
    own line (电话：（010）…    电子邮箱：…), or opening a contact line whose previous
    non-empty line holds a public contact (the committee's e-mail under its telephone)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    same_line = [
        g for g in found if g.kind == PUBLIC_CONTACT and line_start <= g.start and g.end <= f.start
    ]
    label_start = max((g.end for g in same_line), default=line_start)
    label = re.sub(r"[ \u3000\t，,；;、]", "", text[label_start : f.start])
    if not _CONTACT_LINE.match(label + ":"):
        return False
    if same_line:
        return True
    previous = _line_of(text, f.start) - 1
    while previous >= 0 and not lines[previous].strip():
        previous -= 1
    return any(_line_of(text, g.start) == previous for g in found if g.kind == PUBLIC_CONTACT)
