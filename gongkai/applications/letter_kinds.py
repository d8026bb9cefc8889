"""Procedural letters of a request as data: their kinds, placeholders and built-in texts.

REQ-LETTERS-1: besides the reply (告知书), a request may need a 补正告知书 (《条例》第三十条), a
征求意见书 to a third party (第三十二条) or to another body (第三十四条), the notice to a third
party that the information will be disclosed all the same (第十五条、第三十二条), a 延期答复告知书
(第三十三条第二款), a 收费通知书 (国办函〔2020〕109号) and the two notices of 第三十五条.
"""

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

REGULATIONS = "《中华人民共和国政府信息公开条例》"


class LetterKind(models.TextChoices):
    """The procedural letters (REQ-LETTERS-1); each has its template and number series."""

    CORRECTION = "correction", _("Correction notice (Art. 30)")
    CONSULT_THIRD_PARTY = "consult_third_party", _("Consultation of a third party (Art. 32)")
    CONSULT_BODY = "consult_body", _("Consultation of another body (Art. 34)")
    THIRD_PARTY_DISCLOSURE = (
        "third_party_disclosure",
        _("Notice to a third party of disclosure (Art. 32)"),
    )
    EXTENSION = "extension", _("Extension notice (Art. 33)")
    FEE = "fee", _("Fee notice (国办函〔2020〕109号)")
    REASONS = "reasons", _("Request for reasons (Art. 35)")
    NEW_DEADLINE = "new_deadline", _("Notice of a later reply deadline (Art. 35)")


#: What each placeholder stands for, shown to the coordinator in the template editor.
PLACEHOLDER_LABELS: dict[str, Promise] = {
    "case_number": _("the request's tracking number"),
    "applicant": _("the applicant's name"),
    "addressee": _("the third party or body the letter is addressed to"),
    "received_on": _("the day the request was received"),
    "request": _("the information requested, as the applicant described it"),
    "organ": _("the issuing organ"),
    "date": _("the date of the letter"),
    "items": _("every item to correct"),
    "correct_by": _("the correction deadline"),
    "information": _("the information concerned"),
    "reason": _("the reason"),
    "answer_period": _("the period for the answer: 15 working days from receipt"),
    "days": _("the working days of the extension"),
    "due_date": _("the new reply due date"),
    "method": _("the charging method"),
    "quantity": _("the number of requests or pages charged"),
    "rate": _("the rates applied"),
    "amount": _("the amount in yuan"),
    "how_to_pay": _("how to pay"),
    "pay_by": _("the payment deadline"),
    "facts": _("the requests that exceed a reasonable range"),
    "answer_by": _("the day by which the applicant explains the reasons"),
    "new_due": _("the later reply deadline"),
    "decision": _("the decision and its reasons"),
    "legal_basis": _("the articles the reply relies on"),
    "obtain": _("how to obtain the information released"),
    "remedy": _("the remedies: reconsideration and lawsuit"),
}

COMMON = ("case_number", "received_on", "request", "organ", "date")
#: The letters addressed to the applicant, which the tracking page offers once issued.
APPLICANT_LETTERS = ("correction", "extension", "fee", "reasons", "new_deadline")
#: Letters to third parties and other bodies do not name the applicant: the applicant's
#: identity is personal data the addressee does not need (《条例》第十五条).
TO_APPLICANT = (*COMMON, "applicant")
TO_OTHERS = (*COMMON, "addressee")


class KindText:
    """The built-in title, number marker and text of one kind, and its placeholders."""

    def __init__(self, *, title, marker, body, allowed, required):
        self.title = title
        self.marker = marker
        self.body = body
        self.allowed = tuple(allowed)
        self.required = tuple(required)


_HEAD = (
    "本机关于{received_on}收到您提出的政府信息公开申请（申请编号：{case_number}），"
    "申请获取：{request}。\n"
)
_HEAD_OTHERS = (
    "本机关于{received_on}收到政府信息公开申请（申请编号：{case_number}），"
    "申请公开的政府信息为：{information}。\n"
)

KINDS: dict[str, KindText] = {
    LetterKind.CORRECTION: KindText(
        title="政府信息公开申请补正告知书",
        marker="补字",
        body=(
            "{applicant}：\n"
            + _HEAD
            + "经审查，您的申请内容不明确。根据"
            + REGULATIONS
            + "第三十条的规定，现一次性告知您需要补正的全部事项如下：\n"
            "{items}\n"
            "请于{correct_by}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。"
            "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。\n"
            "特此告知。"
        ),
        allowed=(*TO_APPLICANT, "items", "correct_by"),
        required=("case_number", "items", "correct_by"),
    ),
    LetterKind.CONSULT_THIRD_PARTY: KindText(
        title="政府信息公开征求第三方意见书",
        marker="征字",
        body=(
            "{addressee}：\n"
            + _HEAD_OTHERS
            + "经审查，公开上述信息可能损害你方合法权益，理由是：{reason}。根据"
            + REGULATIONS
            + "第三十二条的规定，现书面征求你方意见。\n"
            "请于{answer_period}以书面形式向本机关提出意见；不同意公开的，请说明理由。"
            "逾期未提出意见的，由本机关依照" + REGULATIONS + "的规定决定是否公开。\n"
            "特此函询。"
        ),
        allowed=(*TO_OTHERS, "information", "reason", "answer_period"),
        required=("case_number", "information", "reason", "answer_period"),
    ),
    LetterKind.CONSULT_BODY: KindText(
        title="政府信息公开征求意见函",
        marker="征字",
        body=(
            "{addressee}：\n"
            + _HEAD_OTHERS
            + "该信息由本机关与贵机关共同制作。根据"
            + REGULATIONS
            + "第三十四条的规定，现征求贵机关意见。\n"
            "请于{answer_period}以书面形式向本机关提出意见。逾期未提出意见的，视为同意公开。\n"
            "特此函询。"
        ),
        allowed=(*TO_OTHERS, "information", "reason", "answer_period"),
        required=("case_number", "information", "answer_period"),
    ),
    LetterKind.THIRD_PARTY_DISCLOSURE: KindText(
        title="政府信息公开第三方告知书",
        marker="告字",
        body=(
            "{addressee}：\n"
            "本机关于{received_on}收到政府信息公开申请（申请编号：{case_number}），"
            "申请公开的政府信息涉及你方合法权益，本机关已依法征求你方意见。\n"
            "经审查，本机关认为不公开下列信息可能对公共利益造成重大影响。根据"
            + REGULATIONS
            + "第十五条、第三十二条的规定，本机关决定予以公开。\n"
            "决定公开的政府信息：{information}。\n"
            "决定公开的理由：{reason}。\n"
            "特此告知。"
        ),
        allowed=(*TO_OTHERS, "information", "reason"),
        required=("case_number", "information", "reason"),
    ),
    LetterKind.EXTENSION: KindText(
        title="政府信息公开申请延期答复告知书",
        marker="延字",
        body=(
            "{applicant}：\n"
            + _HEAD
            + "因{reason}，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，"
            "根据" + REGULATIONS + "第三十三条第二款的规定，答复期限延长{days}个工作日，"
            "本机关将于{due_date}前作出答复。\n"
            "特此告知。"
        ),
        allowed=(*TO_APPLICANT, "reason", "days", "due_date"),
        required=("case_number", "reason", "days", "due_date"),
    ),
    LetterKind.FEE: KindText(
        title="政府信息公开信息处理费收费通知书",
        marker="费字",
        body=(
            "{applicant}：\n"
            + _HEAD
            + "您申请公开政府信息的数量、频次明显超过合理范围。根据"
            + REGULATIONS
            + "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，"
            "本机关依法收取信息处理费。\n"
            "计收方式：{method}，计收数量：{quantity}。\n"
            "收费标准：{rate}。\n"
            "应缴金额：{amount}。\n"
            "请于{pay_by}缴纳。{how_to_pay}\n"
            "逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。\n"
            "特此通知。"
        ),
        allowed=(*TO_APPLICANT, "method", "quantity", "rate", "amount", "how_to_pay", "pay_by"),
        required=("case_number", "method", "rate", "amount", "pay_by"),
    ),
    LetterKind.REASONS: KindText(
        title="政府信息公开申请说明理由告知书",
        marker="询字",
        body=(
            "{applicant}：\n"
            + _HEAD
            + "{facts}本机关认为，您申请公开政府信息的数量、频次明显超过合理范围。根据"
            + REGULATIONS
            + "第三十五条的规定，请您于{answer_by}前向本机关书面说明理由。\n"
            "本机关认为申请理由不合理的，将告知您不予处理；认为申请理由合理，但无法在"
            + REGULATIONS
            + "第三十三条规定的期限内答复的，将确定延迟答复的合理期限并告知您。\n"
            "特此告知。"
        ),
        allowed=(*TO_APPLICANT, "facts", "answer_by"),
        required=("case_number", "answer_by"),
    ),
    LetterKind.NEW_DEADLINE: KindText(
        title="政府信息公开申请延迟答复告知书",
        marker="期字",
        body=(
            "{applicant}：\n"
            + _HEAD
            + "您说明的申请理由合理，但因{reason}，本机关无法在"
            + REGULATIONS
            + "第三十三条规定的期限内答复。根据"
            + REGULATIONS
            + "第三十五条的规定，本机关确定延迟答复的期限，将于{new_due}前作出答复。\n"
            "特此告知。"
        ),
        allowed=(*TO_APPLICANT, "reason", "new_due"),
        required=("case_number", "reason", "new_due"),
    ),
}

#: The default text of 缴费方式 when the handler gave none; agencies edit it in their template.
DEFAULT_HOW_TO_PAY = (
    "缴费方式：持本通知书到本机关办理缴费手续，或者通过本机关告知的非税收入缴款渠道缴纳。"
)
