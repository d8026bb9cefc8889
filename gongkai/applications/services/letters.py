"""Reply letters (告知书): editable templates, numbering from the agency's sequence, delivery."""

import re
from collections.abc import Sequence
from datetime import date

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update, next_serial
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from ..agency_settings import remedy_a_types_for
from ..letter_kinds import PLACEHOLDER_LABELS
from ..letter_text import chinese_date, compose, placeholders_check
from ..models import Application, Attachment, LetterSettings, ReplyLetter, ReplyTemplate
from ..states import DeliveryMethod, ReplyType, remedy_text, reply_basis, withheld_sentence
from .intake import HANDLERS, Actor, require_role
from .public import attachment_add
from .replies import application_reply

STAFF = set(HANDLERS)
EDITORS = {Role.COORDINATOR}

#: Every placeholder a template may use, and those it must use (REQ-REPLY-1, REQ-REMEDY-1).
PLACEHOLDERS = (
    "case_number",
    "applicant",
    "received_on",
    "request",
    "decision",
    "legal_basis",
    "obtain",
    "remedy",
    "organ",
    "date",
)
REQUIRED_PLACEHOLDERS = ("case_number", "decision", "legal_basis", "remedy")

DEFAULT_TITLE = "政府信息公开申请答复书"
DEFAULT_BODY = (
    "{applicant}：\n"
    "本机关于{received_on}收到您提出的政府信息公开申请（申请编号：{case_number}），"
    "申请获取：{request}。\n"
    "经审查，现答复如下：{decision}\n"
    "依据：{legal_basis}。\n"
    "{obtain}\n"
    "{remedy}\n"
    "特此告知。"
)

#: The decision sentence each reply type starts from; the handler edits it per case.
DEFAULT_DECISION: dict[str, str] = {
    ReplyType.R_PUBLISHED: ("您申请获取的政府信息已经主动公开，可通过本机关政府信息公开平台查阅。"),
    ReplyType.R_DISCLOSE: "您申请获取的政府信息属于公开范围，本机关予以公开。",
    ReplyType.R_PARTIAL: (
        "您申请获取的政府信息中部分内容不应当公开，本机关对可以公"
        "开的部分予以提供，对不予公开的部分说明理由。"
    ),
    ReplyType.R_WITHHOLD: "您申请获取的政府信息依法不予公开。",
    ReplyType.R_SPECIAL_STATUTE: (
        "您申请获取的信息属于法律、行政法规对信息的获取有特别规定"
        "的情形，请依照有关法律、行政法规的规定办理。"
    ),
    ReplyType.R_NOT_EXIST: ("经检索，本机关未制作或获取您申请的政府信息，该政府信息不存在。"),
    ReplyType.R_NOT_OURS: "您申请获取的政府信息不属于本机关负责公开。",
    ReplyType.R_NEEDS_PROCESSING: (
        "您申请获取的信息需要本机关对现有政府信息进行加工、分析，本机关可以不予提供。"
    ),
    ReplyType.R_STILL_UNCLEAR: (
        "经补正后，您的申请内容仍不明确，本机关无法确定您申请获取的政府信息。"
    ),
    ReplyType.R_PETITION: (
        "您的申请属于信访、投诉、举报等诉求，不作为政府信息公开申请处理，请通过相应渠道提出。"
    ),
    ReplyType.R_REPEAT: ("您的申请属于重复申请，本机关已就同一内容作出答复，不予重复处理。"),
    ReplyType.R_PUBLICATION: (
        "您申请获取的是政府公报、报刊、书籍等公开出版物，请通过相应出版物获取。"
    ),
    ReplyType.R_VOLUME: (
        "您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理，本机关不予处理。"
    ),
    ReplyType.R_CONFIRM: (
        "您的申请属于要求行政机关确认或重新出具已获取信息的情形，不作为政府信息公开申请处理。"
    ),
    ReplyType.R_CORRECT_RECORD: "本机关已对与您相关的不准确政府信息记录予以更正。",
}

#: How the applicant obtains released information, by the delivery method asked for (REQ-FORM-1).
OBTAIN: dict[str, str] = {
    DeliveryMethod.POST: "有关政府信息将以纸质形式邮寄至您提供的通信地址。",
    DeliveryMethod.EMAIL: "有关政府信息已通过电子邮件发送至您提供的邮箱。",
    DeliveryMethod.ONLINE: "有关政府信息可在申请查询页面下载。",
    DeliveryMethod.PICK_UP: (
        "请于收到本答复书之日起15个工作日内，携带身份证明到本机关领取有关政府信息。"
    ),
    DeliveryMethod.INSPECT: (
        "请于收到本答复书之日起15个工作日内，携带身份证明到本机关查阅、抄录有关政府信息。"
    ),
}
RELEASING = {ReplyType.R_PUBLISHED, ReplyType.R_DISCLOSE, ReplyType.R_PARTIAL}


def template_placeholders_check(text: str) -> None:
    """Refuse a template with an unknown or malformed placeholder, or a required one missing
    (REQ-REPLY-1, REQ-REMEDY-1)."""
    placeholders_check(
        text, allowed=PLACEHOLDERS, required=REQUIRED_PLACEHOLDERS, labels=PLACEHOLDER_LABELS
    )


def template_for(*, org: Organisation, reply_type: str) -> ReplyTemplate:
    """Return the template the agency (or the nearest ancestor) set, or the built-in one."""
    ids = [org.pk, *reversed(org.ancestor_ids())]
    rows = {
        t.org_id: t for t in ReplyTemplate.objects.filter(org_id__in=ids, reply_type=reply_type)
    }
    for pk in ids:
        if pk in rows:
            return rows[pk]
    return ReplyTemplate(org=org, reply_type=reply_type, title=DEFAULT_TITLE, body=DEFAULT_BODY)


@transaction.atomic
def template_save(
    *, org: Organisation, reply_type: str, title: str, body: str, actor: Actor
) -> ReplyTemplate:
    """Save the agency's template for one reply type after checking its placeholders."""
    require_role(actor, org, EDITORS)
    if reply_type not in ReplyType.values:
        raise DomainError(_("Choose one of the statutory reply types."), field="reply_type")
    template_placeholders_check(body)
    row = ReplyTemplate.objects.filter(org=org, reply_type=reply_type).first()
    before = {"title": row.title, "body": row.body} if row else {}
    if row is None:
        row = ReplyTemplate(org=org, reply_type=reply_type)
    row.title, row.body, row.updated_by = title.strip(), body.strip(), actor
    row.full_clean()
    row.save()
    audit_record(
        actor=actor,
        obj=row,
        action="application.template_saved",
        before=before,
        after={"title": row.title, "body": row.body},
        org=org,
    )
    return row


#: Provincial-level people's governments also decide reconsiderations of their own acts.
PROVINCIAL_GOVERNMENT = re.compile(r"(省|自治区|^北京市|^天津市|^上海市|^重庆市)人民政府$")


def default_reconsideration_body(org: Organisation) -> str:
    """Return the body that decides reconsiderations of ``org``'s replies, or "" if unknown.

    REQ-REMEDY-4, 《中华人民共和国行政复议法》（2023年修订）第二十四条: a department's acts go to
    the people's government at its level; a people's government's acts go to the government one
    level up, except that a provincial-level government decides on its own acts. Never the vague
    "本级人民政府": where the tree does not say, the coordinator must name the body.
    """
    ancestors = Organisation.objects.filter(
        pk__in=org.ancestor_ids(), kind=Organisation.Kind.REGION
    )
    nearest = ancestors.order_by("-depth").first()
    if org.kind == Organisation.Kind.REGION:
        if PROVINCIAL_GOVERNMENT.search(org.name):
            return org.name
        return nearest.name if nearest else ""
    return nearest.name if nearest else ""


def letter_settings_for(*, org: Organisation) -> LetterSettings:
    """Return the agency's letter settings, with defaults if none were saved (unsaved then)."""
    row = LetterSettings.objects.filter(org=org).first()
    if row is not None:
        return row
    return LetterSettings(
        org=org,
        organ_name=org.name,
        number_prefix=org.short_name or org.name,
        reconsideration_body=default_reconsideration_body(org),
    )


@transaction.atomic
def letter_settings_save(
    *,
    org: Organisation,
    actor: Actor,
    organ_name: str,
    number_prefix: str,
    reconsideration_body: str,
) -> LetterSettings:
    """Save the agency's issuing organ, number prefix and reconsideration body (REQ-REMEDY-4)."""
    require_role(actor, org, EDITORS)
    body = reconsideration_body.strip()
    if "本级" in body or (
        body == org.name
        and org.kind == Organisation.Kind.REGION
        and not PROVINCIAL_GOVERNMENT.search(org.name)
    ):
        # REQ-REMEDY-4: name the body; a people's government below provincial level is not
        # its own reconsideration body (《行政复议法》第二十四条).
        raise DomainError(
            _(
                "Name the reconsideration body in full, e.g. “某某市人民政府”. A people's "
                "government's replies go to the government one level up."
            ),
            field="reconsideration_body",
        )
    row = letter_settings_for(org=org)
    before = {
        "organ_name": row.organ_name,
        "number_prefix": row.number_prefix,
        "reconsideration_body": row.reconsideration_body,
    }
    row.organ_name = organ_name.strip()
    row.number_prefix = number_prefix.strip()
    row.reconsideration_body = reconsideration_body.strip()
    row.full_clean()
    row.save()
    audit_record(
        actor=actor,
        obj=row,
        action="application.letter_settings_saved",
        before=before,
        after={
            "organ_name": row.organ_name,
            "number_prefix": row.number_prefix,
            "reconsideration_body": row.reconsideration_body,
        },
        org=org,
    )
    return row


def _received_on(app: Application) -> date:
    from ..clock_events import EventKind

    return app.clock_events.get(kind=EventKind.RECEIVED).day


def _with_withheld(app: Application, decision: str) -> str:
    """Add what a partial reply withholds and why, unless the handler already wrote it."""
    if app.outcome != ReplyType.R_PARTIAL or app.withheld_description.strip() in decision:
        return decision
    sentence = withheld_sentence(app.outcome, app.withholding_grounds, app.withheld_description)
    return decision + sentence


def letter_values(*, app: Application, decision: str, day: date, organ: str, body: str) -> dict:
    """Return the placeholder values of ``app``'s reply letter."""
    return {
        "case_number": app.number,
        "applicant": app.applicant_name,
        "received_on": chinese_date(_received_on(app)),
        "request": app.description,
        "decision": _with_withheld(app, decision.strip()),
        "legal_basis": reply_basis(app.outcome, app.withholding_grounds),
        "obtain": OBTAIN.get(app.delivery_method, "") if app.outcome in RELEASING else "",
        "remedy": remedy_text(app.outcome, body, on=day, a_types=remedy_a_types_for(org=app.org)),
        "organ": organ,
        "date": chinese_date(day),
    }


@transaction.atomic
def letter_issue(
    *, app: Application, actor: Actor, decision: str, day: date | None = None
) -> ReplyLetter:
    """Write the reply letter from the type's template and give it the next 文号 of the agency.

    The text is frozen with its number, so the letter served stays the letter on file. Numbers
    count up per agency and year: PREFIX〔YEAR〕N号; the settings row is locked while one is taken.
    """
    require_role(actor, app, STAFF)
    if not app.outcome or hasattr(app, "letter"):
        raise DomainError(_("This request has no reply to write, or its letter exists."))
    day = day or timezone.localdate()
    settings_row = letter_settings_for(org=app.org)
    if not settings_row.reconsideration_body.strip():
        raise DomainError(
            _(
                "The letter must name the body that decides an administrative reconsideration. "
                "Ask the coordinator to enter it under the reply letter templates."
            )
        )
    if settings_row.pk is None:
        settings_row.full_clean()
        settings_row.save()
    settings_row = LetterSettings.objects.select_for_update().get(pk=settings_row.pk)
    serial = next_serial(
        f"applications.reply_letter:{app.org_id}/{day.year}",
        after=lambda: (
            ReplyLetter.objects.filter(org=app.org, year=day.year).aggregate(n=Max("serial"))["n"]
            or 0
        ),
    )
    template = template_for(org=app.org, reply_type=app.outcome)
    values = letter_values(
        app=app,
        decision=decision,
        day=day,
        organ=settings_row.organ_name,
        body=settings_row.reconsideration_body,
    )
    text = compose(template.body, values)
    letter = ReplyLetter(
        application=app,
        org=app.org,
        year=day.year,
        serial=serial,
        number=f"{settings_row.number_prefix}〔{day.year}〕{serial}号",
        issued_on=day,
        title=template.title,
        body=text,
        organ_name=settings_row.organ_name,
        issued_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    letter.full_clean()
    letter.save()
    audit_record(
        actor=actor,
        obj=app,
        action="application.letter_issued",
        after={"number": letter.number, "issued_on": day},
    )
    return letter


@transaction.atomic
def application_answer(
    *,
    app: Application,
    actor: Actor,
    reply_type: str,
    decision: str,
    ground: str = "",
    grounds: Sequence[str] = (),
    withheld: str = "",
    no_disclosure_duty_confirmed: bool = False,
    day: date | None = None,
    released: Sequence[UploadedFile] = (),
) -> ReplyLetter:
    """Reply with a statutory type, attach the released information and issue the letter.

    One transaction: the status change (REQ-REPLY-1), the released files and the numbered
    letter are stored together or not at all.
    """
    if not decision.strip():
        raise DomainError(_("Write the decision for the letter."), field="decision")
    day = day or timezone.localdate()
    application_reply(
        app=app,
        actor=actor,
        reply_type=reply_type,
        reason=decision,
        ground=ground,
        grounds=grounds,
        withheld=withheld,
        no_disclosure_duty_confirmed=no_disclosure_duty_confirmed,
        day=day,
    )
    model_update(app, concluded_on=day)
    for upload in released:
        attachment_add(app=app, upload=upload, kind=Attachment.Kind.RELEASED)
    return letter_issue(app=app, actor=actor, decision=decision, day=day)


@transaction.atomic
def letter_deliver(
    *, letter: ReplyLetter, actor: Actor, channel: str, day: date, proof: str = ""
) -> ReplyLetter:
    """Record how and when the letter was served on the applicant (送达), with the proof."""
    require_role(actor, letter.application, STAFF)
    return record_delivery(
        letter=letter,
        actor=actor,
        channel=channel,
        day=day,
        proof=proof,
        action="application.letter_delivered",
    )


def record_delivery(
    *, letter, actor: Actor, channel: str, day: date, proof: str, action: str, audited=None
):
    """Store how and when an issued letter (reply or procedural) was served, and audit it."""
    if day < letter.issued_on:
        raise DomainError(
            _("A letter cannot be delivered before it was issued (%(day)s).")
            % {"day": chinese_date(letter.issued_on)},
            field="day",
        )
    before = {
        "channel": letter.delivery_channel,
        "day": letter.delivered_on,
        "proof": letter.delivery_proof,
    }
    model_update(letter, delivery_channel=channel, delivered_on=day, delivery_proof=proof.strip())
    audit_record(
        actor=actor,
        obj=letter.application,
        action=action,
        before=before,
        after={**(audited or {}), "channel": channel, "day": day, "proof": proof.strip()},
    )
    return letter
