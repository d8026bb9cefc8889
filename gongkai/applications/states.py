"""Disclosure requests as data: statuses and their transitions, reply types, grounds, channels."""

from collections.abc import Mapping, Sequence
from datetime import date

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    """The stages of a request (REQ-STATE-1, 《条例》第四十五条)."""

    RECEIVED = "received", _("Received")  # Art. 31
    CORRECTION_REQUESTED = "correction_requested", _("Correction requested")  # Art. 30
    WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
    DEEMED_WITHDRAWN = "deemed_withdrawn", _("Deemed withdrawn (no correction)")  # Art. 30
    # Own context: a work-plan task is also "In progress" (推进中); a request is 办理中.
    IN_PROGRESS = "in_progress", pgettext_lazy("request status", "In progress")  # Art. 33
    CONSULTATION = "consultation", _("Consulting third parties")  # Art. 32, 34
    AWAITING_FEE = "awaiting_fee", _("Awaiting fee payment")  # Art. 42; 109号
    REPLIED = "replied", _("Replied")  # Art. 36-41
    CLOSED = "closed", _("Closed and archived")  # Art. 45


#: Every allowed move. An extension (Art. 33 para 2) is a clock event, not a stage: the case stays
#: where it is. CLOSED is the one terminal state; every other end passes through it so that
#: each archived request carries exactly one outcome (REQ-REPLY-1).
TRANSITIONS: dict[str, set[str]] = {
    # Art. 30: unclear requests get one correction notice; Art. 33 para 1: reply on the spot.
    Status.RECEIVED: {
        Status.CORRECTION_REQUESTED,
        Status.IN_PROGRESS,
        Status.REPLIED,
        Status.WITHDRAWN,
    },
    # Art. 30: corrected (the clock restarts), or no correction in time (视为放弃申请).
    Status.CORRECTION_REQUESTED: {Status.IN_PROGRESS, Status.DEEMED_WITHDRAWN, Status.WITHDRAWN},
    Status.IN_PROGRESS: {
        Status.CONSULTATION,
        Status.AWAITING_FEE,
        Status.REPLIED,
        Status.WITHDRAWN,
    },
    # Art. 32, 34: the answers come in (or their 15 working days end), handling resumes.
    Status.CONSULTATION: {Status.IN_PROGRESS, Status.WITHDRAWN},
    # 109号: paid (handling resumes) or not paid in time (C-FEE-UNPAID, closed).
    Status.AWAITING_FEE: {Status.IN_PROGRESS, Status.CLOSED, Status.WITHDRAWN},
    Status.REPLIED: {Status.CLOSED},
    Status.WITHDRAWN: {Status.CLOSED},
    Status.DEEMED_WITHDRAWN: {Status.CLOSED},
    Status.CLOSED: set(),
}

#: Open statuses in which a letter may pause the clock until its answer or payment
#: (《条例》第三十二条至第三十四条; 109号).
PAUSED_STATUSES = frozenset({Status.CONSULTATION, Status.AWAITING_FEE})

#: Statuses whose reply clock is still running or paused.
OPEN_STATUSES = frozenset(
    {
        Status.RECEIVED,
        Status.CORRECTION_REQUESTED,
        Status.IN_PROGRESS,
        Status.CONSULTATION,
        Status.AWAITING_FEE,
    }
)


class ReplyType(models.TextChoices):
    """The outcome of a request: REQ-REPLY-1, 《条例》第三十条、第三十五条至第四十一条."""

    R_PUBLISHED = "R-PUBLISHED", _("Already disclosed proactively")  # Art. 36(一)
    R_DISCLOSE = "R-DISCLOSE", _("Disclosed")  # Art. 36(二), 40
    R_PARTIAL = "R-PARTIAL", _("Partly disclosed")  # Art. 37
    R_WITHHOLD = "R-WITHHOLD", _("Not disclosed")  # Art. 36(三), 14-16
    R_SPECIAL_STATUTE = "R-SPECIAL-STATUTE", _("Governed by special access rules")  # 36(七)
    R_NOT_EXIST = "R-NOT-EXIST", _("Information does not exist")  # Art. 36(四)
    R_NOT_OURS = "R-NOT-OURS", _("Not held by this body")  # Art. 36(五)
    R_NEEDS_PROCESSING = "R-NEEDS-PROCESSING", _("Would need to be produced")  # Art. 38
    R_STILL_UNCLEAR = "R-STILL-UNCLEAR", _("Still unclear after correction")  # Art. 30
    R_PETITION = "R-PETITION", _("A petition or complaint")  # Art. 39 para 1
    R_REPEAT = "R-REPEAT", _("Repeated request")  # Art. 36(六)
    R_PUBLICATION = "R-PUBLICATION", _("Asks for a publication")  # Art. 39 para 2
    R_VOLUME = "R-VOLUME", _("Unreasonable volume or frequency")  # Art. 35
    R_CONFIRM = "R-CONFIRM", _("Asks to confirm or re-issue information")  # format row
    R_CORRECT_RECORD = "R-CORRECT-RECORD", _("Correction of a record")  # Art. 41
    C_ABANDONED = "C-ABANDONED", _("Deemed abandoned: no correction")  # Art. 30
    C_FEE_UNPAID = "C-FEE-UNPAID", _("Fee not paid in time")  # 109号
    C_OTHER = "C-OTHER", _("Withdrawn or other")  # format row


class Ground(models.TextChoices):
    """Grounds for withholding: REQ-EXEMPT-1, 《条例》第十四条至第十六条、第三十六条第（七）项."""

    G14_SECRET = "G14-SECRET", _("State secret (Art. 14)")
    G14_LAW = "G14-LAW", _("Prohibited by laws or administrative regulations (Art. 14)")
    G14_SAFETY = "G14-SAFETY", _("Endangers security or social stability (Art. 14)")
    G15_THIRD = "G15-THIRD", _("Harms a third party's lawful rights (Art. 15)")
    G16_INTERNAL = "G16-INTERNAL", _("Internal affairs (Art. 16 para 1)")
    G16_PROCESS = "G16-PROCESS", _("Process information (Art. 16 para 2)")
    G16_ENFORCE = "G16-ENFORCE", _("Administrative enforcement files (Art. 16 para 2)")
    G36_QUERY = "G36-QUERY", _("Administrative query matter (Art. 36(七))")


class ReportRow(models.TextChoices):
    """Rows of table 三 of the annual report, 2021 format (AR-T3); labels are exact strings."""

    DISCLOSED = "1", "（一）予以公开"
    PARTIAL = "2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    SECRET = "3-1", "1.属于国家秘密"
    LAW = "3-2", "2.其他法律行政法规禁止公开"
    SAFETY = "3-3", "3.危及“三安全一稳定”"
    THIRD_PARTY = "3-4", "4.保护第三方合法权益"
    INTERNAL = "3-5", "5.属于三类内部事务信息"
    PROCESS = "3-6", "6.属于四类过程性信息"
    ENFORCEMENT = "3-7", "7.属于行政执法案卷"
    QUERY = "3-8", "8.属于行政查询事项"
    NOT_HELD = "4-1", "1.本机关不掌握相关政府信息"
    NEEDS_PRODUCING = "4-2", "2.没有现成信息需要另行制作"
    STILL_UNCLEAR = "4-3", "3.补正后申请内容仍不明确"
    PETITION = "5-1", "1.信访举报投诉类申请"
    REPEAT = "5-2", "2.重复申请"
    PUBLICATION = "5-3", "3.要求提供公开出版物"
    VOLUME = "5-4", "4.无正当理由大量反复申请"
    CONFIRM = "5-5", "5.要求行政机关确认或重新出具已获取信息"
    ABANDONED = "6-1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    FEE_UNPAID = "6-2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
    OTHER = "6-3", "3.其他"


#: Ground → row of （三）不予公开 (REQ-EXEMPT-1).
GROUND_ROW: dict[str, str] = {
    Ground.G14_SECRET: ReportRow.SECRET,
    Ground.G14_LAW: ReportRow.LAW,
    Ground.G14_SAFETY: ReportRow.SAFETY,
    Ground.G15_THIRD: ReportRow.THIRD_PARTY,
    Ground.G16_INTERNAL: ReportRow.INTERNAL,
    Ground.G16_PROCESS: ReportRow.PROCESS,
    Ground.G16_ENFORCE: ReportRow.ENFORCEMENT,
    Ground.G36_QUERY: ReportRow.QUERY,
}

#: Reply type → default row (REQ-REPLY-1). R-WITHHOLD has no row of its own: its ground decides.
REPLY_ROW: dict[str, str | None] = {
    ReplyType.R_PUBLISHED: ReportRow.DISCLOSED,  # configurable
    ReplyType.R_DISCLOSE: ReportRow.DISCLOSED,
    ReplyType.R_PARTIAL: ReportRow.PARTIAL,
    ReplyType.R_WITHHOLD: None,
    ReplyType.R_SPECIAL_STATUTE: ReportRow.QUERY,  # configurable
    ReplyType.R_NOT_EXIST: ReportRow.NOT_HELD,
    ReplyType.R_NOT_OURS: ReportRow.NOT_HELD,  # configurable
    ReplyType.R_NEEDS_PROCESSING: ReportRow.NEEDS_PRODUCING,
    ReplyType.R_STILL_UNCLEAR: ReportRow.STILL_UNCLEAR,
    ReplyType.R_PETITION: ReportRow.PETITION,
    ReplyType.R_REPEAT: ReportRow.REPEAT,
    ReplyType.R_PUBLICATION: ReportRow.PUBLICATION,
    ReplyType.R_VOLUME: ReportRow.VOLUME,
    ReplyType.R_CONFIRM: ReportRow.CONFIRM,
    ReplyType.R_CORRECT_RECORD: ReportRow.OTHER,  # configurable
    ReplyType.C_ABANDONED: ReportRow.ABANDONED,
    ReplyType.C_FEE_UNPAID: ReportRow.FEE_UNPAID,
    ReplyType.C_OTHER: ReportRow.OTHER,
}

#: The outcome an imported case records for each row of AR-T3 三 (REQ-REPLY-1, REQ-EXEMPT-1):
#: reply types whose row is fixed, so that a case imported under a row counts under it whatever
#: the agency's settings (R-SPECIAL-STATUTE and R-NOT-OURS are configurable, hence a refusal on
#: G36-QUERY for 行政查询事项 and R-NOT-EXIST for 本机关不掌握相关政府信息).
IMPORT_OUTCOME: dict[str, tuple[str, str]] = {
    ReportRow.DISCLOSED: (ReplyType.R_DISCLOSE, ""),
    ReportRow.PARTIAL: (ReplyType.R_PARTIAL, ""),
    **{row: (ReplyType.R_WITHHOLD, ground) for ground, row in GROUND_ROW.items()},
    ReportRow.NOT_HELD: (ReplyType.R_NOT_EXIST, ""),
    ReportRow.NEEDS_PRODUCING: (ReplyType.R_NEEDS_PROCESSING, ""),
    ReportRow.STILL_UNCLEAR: (ReplyType.R_STILL_UNCLEAR, ""),
    ReportRow.PETITION: (ReplyType.R_PETITION, ""),
    ReportRow.REPEAT: (ReplyType.R_REPEAT, ""),
    ReportRow.PUBLICATION: (ReplyType.R_PUBLICATION, ""),
    ReportRow.VOLUME: (ReplyType.R_VOLUME, ""),
    ReportRow.CONFIRM: (ReplyType.R_CONFIRM, ""),
    ReportRow.ABANDONED: (ReplyType.C_ABANDONED, ""),
    ReportRow.FEE_UNPAID: (ReplyType.C_FEE_UNPAID, ""),
    ReportRow.OTHER: (ReplyType.C_OTHER, ""),
}

#: Reply types whose row an agency may change (REQ-REPLY-1 "configurable (default)").
CONFIGURABLE_REPLY_ROWS = frozenset(
    {
        ReplyType.R_PUBLISHED,
        ReplyType.R_SPECIAL_STATUTE,
        ReplyType.R_NOT_OURS,
        ReplyType.R_CORRECT_RECORD,
    }
)

#: In the 2019 format the three rows of （六） are one data row, （六）其他处理 (AR-T3).
ROW_2019_OTHER = "6"


def report_row(
    reply_type: str,
    ground: str = "",
    *,
    year_format: int = 2021,
    rows: Mapping[str, str] | None = None,
) -> str:
    """Return the AR-T3 row key a closed request counts under (REQ-REPLY-1, REQ-EXEMPT-1).

    ``rows``: the agency's rows for the reply types in CONFIGURABLE_REPLY_ROWS (its request
    settings); other types keep their fixed row whatever ``rows`` says.
    """
    chosen = (rows or {}).get(reply_type) if reply_type in CONFIGURABLE_REPLY_ROWS else None
    row = chosen or REPLY_ROW[reply_type] or GROUND_ROW[ground]
    if year_format < 2021 and row.startswith("6-"):
        return ROW_2019_OTHER
    return row


class ApplicantType(models.TextChoices):
    """The applicant columns of AR-T3 (REQ-INTAKE-1; 2021 format table 三)."""

    PERSON = "person", _("Natural person")
    BUSINESS = "business", _("Organisation: commercial enterprise")
    RESEARCH = "research", _("Organisation: research institution")
    NONPROFIT = "nonprofit", _("Organisation: public-interest organisation")
    LEGAL = "legal", _("Organisation: legal-service institution")
    OTHER_ORG = "other_org", _("Organisation: other")


class Channel(models.TextChoices):
    """How the request arrived; each channel has its receipt-date rule (REQ-RECEIPT-1)."""

    ONLINE = "online", _("Gongkai online form")
    IN_PERSON = "in_person", _("Handed in person")
    POST_SIGNED = "post_signed", _("Post that must be signed for")
    LETTER = "letter", _("Ordinary letter")
    FAX_INTERNET = "fax_internet", _("Other internet channel or fax")


#: Which day is the receipt date, per channel (REQ-RECEIPT-1, 《条例》第三十一条; REQ-RECEIPT-2).
RECEIPT_RULE: dict[str, Promise] = {
    Channel.IN_PERSON: _("The day it is handed in."),
    Channel.POST_SIGNED: _("The day the body signs for it."),
    Channel.LETTER: _(
        "The day the office confirms receipt with the applicant, which should be the day the "
        "letter arrives; record both days."
    ),
    Channel.FAX_INTERNET: _("The day both sides confirm receipt."),
    Channel.ONLINE: _(
        "The day the office records its confirmation, shown on the applicant's tracking page "
        "(configurable)."
    ),
}

#: Channels for which the arrival day is recorded beside the receipt date, with a warning if
#: they differ (REQ-RECEIPT-1).
ARRIVAL_RECORDED = frozenset({Channel.LETTER})


class DeliveryMethod(models.TextChoices):
    """How the applicant wants the information (REQ-INTAKE-1 (3), REQ-FORM-1)."""

    POST = "post", _("By post, on paper")
    EMAIL = "email", _("By e-mail")
    ONLINE = "online", _("Online, on the tracking page")
    PICK_UP = "pick_up", _("Collect in person")
    INSPECT = "inspect", _("Inspect and copy on site")


class IdType(models.TextChoices):
    """The proof of identity an applicant gives (REQ-INTAKE-1 (1), 《条例》第二十九条)."""

    ID_CARD = "id_card", _("Resident identity card")
    PASSPORT = "passport", _("Passport")
    HK_MACAO = "hk_macao", _("Mainland travel permit for Hong Kong and Macao residents")
    TAIWAN = "taiwan", _("Mainland travel permit for Taiwan residents")
    CREDIT_CODE = "credit_code", _("Unified social credit code")
    OTHER = "other", _("Other proof of identity")


#: The stages an imported closed case passes through, by outcome, each move one of TRANSITIONS:
#: replies are replied then archived; the C-* ends go the way such requests end (REQ-REPLY-1).
IMPORT_PATH: dict[str, tuple[str, ...]] = {
    ReplyType.C_OTHER: (Status.WITHDRAWN, Status.CLOSED),
    ReplyType.C_ABANDONED: (
        Status.CORRECTION_REQUESTED,
        Status.DEEMED_WITHDRAWN,
        Status.CLOSED,
    ),
    ReplyType.C_FEE_UNPAID: (Status.IN_PROGRESS, Status.AWAITING_FEE, Status.CLOSED),
}
REPLY_PATH: tuple[str, ...] = (Status.REPLIED, Status.CLOSED)


def import_path(outcome: str) -> tuple[str, ...]:
    """The statuses an imported case with ``outcome`` moves through after RECEIVED."""
    return IMPORT_PATH.get(outcome, REPLY_PATH)


#: Statuses in which a request has its outcome: the day it entered one is its conclusion day,
#: the day it counts under 三、本年度办理结果 of AR-T3 (AWAITING_FEE → CLOSED is C-FEE-UNPAID).
CONCLUDED_STATUSES = frozenset(
    {Status.REPLIED, Status.WITHDRAWN, Status.DEEMED_WITHDRAWN, Status.CLOSED}
)

#: The article each reply type relies on, printed in the letter (REQ-REPLY-1). R-WITHHOLD
#: cites its ground instead (GROUND_BASIS).
REGULATIONS = "《中华人民共和国政府信息公开条例》"
REPLY_BASIS: dict[str, str] = {
    ReplyType.R_PUBLISHED: f"{REGULATIONS}第三十六条第（一）项",
    ReplyType.R_DISCLOSE: f"{REGULATIONS}第三十六条第（二）项、第四十条",
    ReplyType.R_PARTIAL: f"{REGULATIONS}第三十七条",
    ReplyType.R_SPECIAL_STATUTE: f"{REGULATIONS}第三十六条第（七）项",
    ReplyType.R_NOT_EXIST: f"{REGULATIONS}第三十六条第（四）项",
    ReplyType.R_NOT_OURS: f"{REGULATIONS}第三十六条第（五）项",
    ReplyType.R_NEEDS_PROCESSING: f"{REGULATIONS}第三十八条",
    ReplyType.R_STILL_UNCLEAR: f"{REGULATIONS}第三十条",
    ReplyType.R_PETITION: f"{REGULATIONS}第三十九条第一款",
    ReplyType.R_REPEAT: f"{REGULATIONS}第三十六条第（六）项",
    ReplyType.R_PUBLICATION: f"{REGULATIONS}第三十九条第二款",
    ReplyType.R_VOLUME: f"{REGULATIONS}第三十五条",
    ReplyType.R_CONFIRM: f"{REGULATIONS}第三十九条",
    ReplyType.R_CORRECT_RECORD: f"{REGULATIONS}第四十一条",
}
GROUND_BASIS: dict[str, str] = {
    Ground.G14_SECRET: f"{REGULATIONS}第十四条、第三十六条第（三）项",
    Ground.G14_LAW: f"{REGULATIONS}第十四条、第三十六条第（三）项",
    Ground.G14_SAFETY: f"{REGULATIONS}第十四条、第三十六条第（三）项",
    Ground.G15_THIRD: f"{REGULATIONS}第十五条、第三十六条第（三）项",
    Ground.G16_INTERNAL: f"{REGULATIONS}第十六条第一款、第三十六条第（三）项",
    Ground.G16_PROCESS: f"{REGULATIONS}第十六条第二款、第三十六条第（三）项",
    Ground.G16_ENFORCE: f"{REGULATIONS}第十六条第二款、第三十六条第（三）项",
    Ground.G36_QUERY: f"{REGULATIONS}第三十六条第（七）项",
}

#: REQ-REMEDY-3: wording A (复议前置) and wording B; exact strings, {body} is the reconsideration
#: body (REQ-REMEDY-4). R-WITHHOLD → A is fixed; R-PARTIAL → A is the configurable default.
REMEDY_A = (
    "如不服本答复，可以在收到本答复书之日起60日内向{body}申请行政复议；"
    "对行政复议决定不服的，可以在收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。"
)
REMEDY_B = (
    "如不服本答复，可以在收到本答复书之日起60日内向{body}申请行政复议，"
    "或者在6个月内依法向人民法院提起行政诉讼。"
)
REMEDY_A_TYPES = frozenset({ReplyType.R_WITHHOLD, ReplyType.R_PARTIAL})


#: How a letter states each ground's reason (REQ-EXEMPT-1); exact Chinese, never translated.
GROUND_REASON: dict[str, str] = {
    Ground.G14_SECRET: "属于依法确定为国家秘密的政府信息",
    Ground.G14_LAW: "属于法律、行政法规禁止公开的政府信息",
    Ground.G14_SAFETY: "公开后可能危及国家安全、公共安全、经济安全、社会稳定",
    Ground.G15_THIRD: "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害",
    Ground.G16_INTERNAL: "属于行政机关的人事管理、后勤管理、内部工作流程等方面的内部事务信息",
    Ground.G16_PROCESS: "属于行政机关在履行行政管理职能过程中形成的过程性信息",
    Ground.G16_ENFORCE: "属于行政执法案卷信息",
    Ground.G36_QUERY: "属于行政查询事项，应当依照有关法律、行政法规的规定办理",
}


def withheld_sentence(reply_type: str, grounds: Sequence[str], withheld: str) -> str:
    """The letter's sentence on what is withheld and why (REQ-REPLY-1, 《条例》第三十七条)."""
    if reply_type not in WITHHOLDING_TYPES or not grounds:
        return ""
    reasons = "；".join(GROUND_REASON[g] for g in grounds)
    # The grounds' own articles; the letter's 依据 line adds Art. 37 for the whole reply.
    basis = reply_basis(ReplyType.R_WITHHOLD, grounds).replace("、" + ART36_3, "")
    if reply_type == ReplyType.R_PARTIAL:
        part = withheld.strip().rstrip("。；;，,")
        return f"其中，{part}{reasons}，根据{basis}的规定，不予公开。"
    return f"您申请获取的政府信息{reasons}，根据{basis}的规定，不予公开。"


#: Grounds of Art. 16, which yield where laws, regulations or rules require disclosure: choosing
#: one needs the handler's confirmation that none does (REQ-EXEMPT-2).
ART16_GROUNDS = frozenset({Ground.G16_INTERNAL, Ground.G16_PROCESS, Ground.G16_ENFORCE})
#: Reply types that withhold something and so cite grounds (REQ-REPLY-1, REQ-EXEMPT-1).
WITHHOLDING_TYPES = frozenset({ReplyType.R_WITHHOLD, ReplyType.R_PARTIAL})


def reply_basis(reply_type: str, grounds: str | Sequence[str] = ()) -> str:
    """Return the articles a reply of ``reply_type`` relies on, with those of its grounds.

    A refusal cites its grounds' articles and Art. 36(三); a partial reply cites Art. 37 and the
    articles of every ground for the parts withheld (REQ-EXEMPT-1). The Regulations are named
    once: 《中华人民共和国政府信息公开条例》第三十七条、第十五条、第十六条第二款.
    """
    grounds = [grounds] if isinstance(grounds, str) else list(grounds)
    parts = [] if reply_type == ReplyType.R_WITHHOLD else [REPLY_BASIS.get(reply_type, "")]
    for ground in (g for g in grounds if g):
        parts.append(GROUND_BASIS[ground])
    articles: list[str] = []
    for part in parts:
        for article in part.removeprefix(REGULATIONS).split("、"):
            if article and article not in articles and article != ART36_3:
                articles.append(article)
    if reply_type == ReplyType.R_WITHHOLD and any(ART36_3 in part for part in parts):
        articles.append(ART36_3)
    return REGULATIONS + "、".join(articles)


#: The article every refusal relies on besides its ground (《条例》第三十六条第（三）项).
ART36_3 = "第三十六条第（三）项"


#: 《行政复议法》 (2023) came into force on this day; wording A applies to replies from then on.
REMEDY_A_FROM = date(2024, 1, 1)


def remedy_text(
    reply_type: str, body: str, *, on: date, a_types: frozenset[str] = REMEDY_A_TYPES
) -> str:
    """Return the remedy paragraph of a reply letter dated ``on`` (REQ-REMEDY-1..3).

    ``a_types``: the reply types given wording A, the agency's choice for R-PARTIAL; R-WITHHOLD
    is always among them (复议前置, 《行政复议法》 (2023) 第二十三条第一款第（四）项).
    """
    a_types = a_types | {ReplyType.R_WITHHOLD}
    wording = REMEDY_A if reply_type in a_types and on >= REMEDY_A_FROM else REMEDY_B
    return wording.format(body=body)


class DeliveryChannel(models.TextChoices):
    """How a letter was served on the applicant (送达)."""

    ONLINE = "online", _("On the tracking page")
    EMAIL = "email", _("By e-mail")
    POST = "post", _("By registered post")
    IN_PERSON = "in_person", _("Handed over in person")
