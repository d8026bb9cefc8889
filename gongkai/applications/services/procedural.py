"""Procedural letters (REQ-LETTERS-1): templates, drafts written from the case, issue, delivery.

A letter is drafted from the agency's template and the case's data, the handler may edit the
draft, and issuing numbers it and freezes its text. Numbers run per agency, year and marker
(PREFIX补字〔2024〕3号), each kind in its own series: an office keeps one register per kind of
document, and the reply letters' own series (PREFIX〔2024〕N号) stays the count of replies.
"""

from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update, next_serial
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role

from ..clock_events import EventKind
from ..letter_kinds import KINDS, PLACEHOLDER_LABELS, LetterKind
from ..letter_text import chinese_date, compose, placeholders_check
from ..letter_values import kind_values, letter_facts
from ..models import Application, LetterSettings, ProceduralLetter, ProceduralTemplate
from .clock import application_letter_delivered
from .fees import fee_assess
from .intake import HANDLERS, Actor, require_role
from .letters import _received_on, letter_settings_for, record_delivery

STAFF = set(HANDLERS)
EDITORS = {Role.COORDINATOR}
TO_APPLICANT = {
    LetterKind.CORRECTION,
    LetterKind.EXTENSION,
    LetterKind.FEE,
    LetterKind.REASONS,
    LetterKind.NEW_DEADLINE,
}


def procedural_template_check(kind: str, text: str) -> None:
    """Refuse a template with an unknown placeholder or without the facts the law requires."""
    spec = KINDS[kind]
    placeholders_check(
        text, allowed=spec.allowed, required=spec.required, labels=PLACEHOLDER_LABELS
    )


def procedural_template_for(*, org: Organisation, kind: str) -> ProceduralTemplate:
    """Return the agency's (or the nearest ancestor's) template, or the built-in one unsaved."""
    ids = [org.pk, *reversed(org.ancestor_ids())]
    rows = {t.org_id: t for t in ProceduralTemplate.objects.filter(org_id__in=ids, kind=kind)}
    for pk in ids:
        if pk in rows:
            return rows[pk]
    spec = KINDS[kind]
    return ProceduralTemplate(
        org=org, kind=kind, title=spec.title, marker=spec.marker, body=spec.body
    )


@transaction.atomic
def procedural_template_save(
    *, org: Organisation, kind: str, title: str, marker: str, body: str, actor: Actor
) -> ProceduralTemplate:
    """Save the agency's template of one kind after checking its placeholders."""
    require_role(actor, org, EDITORS)
    if kind not in LetterKind.values:
        raise DomainError(_("Unknown kind of letter."), field="kind")
    procedural_template_check(kind, body)
    row = ProceduralTemplate.objects.filter(org=org, kind=kind).first()
    before = {"title": row.title, "marker": row.marker, "body": row.body} if row else {}
    row = row or ProceduralTemplate(org=org, kind=kind)
    row.title, row.marker, row.body = title.strip(), marker.strip(), body.strip()
    row.updated_by = actor
    row.full_clean()
    row.save()
    after = {"title": row.title, "marker": row.marker, "body": row.body}
    audit_record(
        actor=actor,
        obj=row,
        action="application.procedural_template_saved",
        before=before,
        after=after,
        org=org,
    )
    return row


def _settings(org: Organisation) -> LetterSettings:
    row = letter_settings_for(org=org)
    if row.pk is None:
        row.full_clean()
        row.save()
    return row


@transaction.atomic
def procedural_letter_draft(
    *, app: Application, kind: str, actor: Actor, facts: dict[str, Any] | None = None
) -> ProceduralLetter:
    """Write a draft of ``kind`` from the template, the case and ``facts`` (the step's data).

    ``facts`` override what the case's latest step says (letter_facts). The draft is text the
    handler may edit; nothing is numbered until it is issued.
    """
    require_role(actor, app, STAFF)
    if kind not in LetterKind.values:
        raise DomainError(_("Unknown kind of letter."), field="kind")
    facts = {**letter_facts(app=app, kind=kind), **(facts or {})}
    if kind in TO_APPLICANT:
        addressee = app.applicant_name
    else:
        addressee = (facts.get("addressee") or "").strip()
        if not addressee:
            raise DomainError(_("Name the third party or body addressed."), field="addressee")
    template = procedural_template_for(org=app.org, kind=kind)
    organ = _settings(app.org).organ_name
    today = timezone.localdate()
    values = {
        "case_number": app.number,
        "applicant": app.applicant_name,
        "addressee": addressee,
        "received_on": chinese_date(_received_on(app)),
        "request": app.description,
        "organ": organ,
        "date": chinese_date(today),
        **kind_values(app=app, kind=kind, facts=facts),
    }
    letter = ProceduralLetter(
        application=app,
        org=app.org,
        kind=kind,
        addressee=addressee,
        title=template.title,
        body=compose(template.body, values),
        organ_name=organ,
        drafted_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    letter.full_clean()
    letter.save()
    audit_record(
        actor=actor,
        obj=app,
        action="application.procedural_letter_drafted",
        after={"letter": letter.pk, "kind": kind},
        reason=letter.get_kind_display(),
    )
    return letter


def _require_draft(letter: ProceduralLetter) -> None:
    if letter.issued_on is not None:
        raise DomainError(
            _("Letter %(number)s was issued: its text can no longer change.")
            % {"number": letter.number}
        )


@transaction.atomic
def procedural_letter_edit(
    *, letter: ProceduralLetter, actor: Actor, title: str, body: str
) -> ProceduralLetter:
    """Change a draft's title and text; an issued letter stays as it was served."""
    require_role(actor, letter.application, STAFF)
    letter = ProceduralLetter.objects.select_for_update().get(pk=letter.pk)
    _require_draft(letter)
    if not body.strip() or not title.strip():
        raise DomainError(_("The letter needs a title and a text."), field="body")
    before = {"title": letter.title, "body": letter.body}
    model_update(letter, title=title.strip(), body=body.strip())
    audit_record(
        actor=actor,
        obj=letter.application,
        action="application.procedural_letter_edited",
        before=before,
        after={"title": letter.title, "body": letter.body},
    )
    return letter


@transaction.atomic
def procedural_letter_issue(
    *, letter: ProceduralLetter, actor: Actor, day: date | None = None
) -> ProceduralLetter:
    """Number the draft from its kind's series and freeze it (PREFIX+marker〔YEAR〕N号).

    The agency's letter settings row is locked while the number is taken, as for replies.
    """
    app = letter.application
    require_role(actor, app, STAFF)
    letter = ProceduralLetter.objects.select_for_update().get(pk=letter.pk)
    _require_draft(letter)
    day = day or timezone.localdate()
    settings_row = LetterSettings.objects.select_for_update().get(pk=_settings(app.org).pk)
    marker = procedural_template_for(org=app.org, kind=letter.kind).marker
    serial = next_serial(
        f"applications.procedural_letter:{app.org_id}/{marker}/{day.year}",
        after=lambda: (
            ProceduralLetter.objects.filter(org=app.org, marker=marker, year=day.year).aggregate(
                n=Max("serial")
            )["n"]
            or 0
        ),
    )
    model_update(
        letter,
        marker=marker,
        year=day.year,
        serial=serial,
        number=f"{settings_row.number_prefix}{marker}〔{day.year}〕{serial}号",
        issued_on=day,
        organ_name=settings_row.organ_name,
        issued_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        actor=actor,
        obj=app,
        action="application.procedural_letter_issued",
        after={"letter": letter.pk, "number": letter.number, "issued_on": day},
        reason=letter.title,
    )
    return letter


@transaction.atomic
def procedural_letter_discard(*, letter: ProceduralLetter, actor: Actor) -> None:
    """Delete a draft that will not be sent; issued letters stay on file."""
    require_role(actor, letter.application, STAFF)
    _require_draft(letter)
    audit_record(
        actor=actor,
        obj=letter.application,
        action="application.procedural_letter_discarded",
        before={"letter": letter.pk, "kind": letter.kind, "body": letter.body},
        reason=letter.get_kind_display(),
    )
    letter.delete()


@transaction.atomic
def procedural_letter_deliver(
    *, letter: ProceduralLetter, actor: Actor, channel: str, day: date, proof: str = ""
) -> ProceduralLetter:
    """Record how and when the letter was served (送达), with the proof, as for replies."""
    require_role(actor, letter.application, STAFF)
    if letter.issued_on is None:
        raise DomainError(_("Issue the letter before recording its delivery."))
    record_delivery(
        letter=letter,
        actor=actor,
        channel=channel,
        day=day,
        proof=proof,
        action="application.procedural_letter_delivered",
        audited={"letter": letter.pk},
    )
    _start_waiting_period(letter, actor, day)
    return letter


#: Letters whose delivery starts the addressee's period, and the clock event each belongs to.
WAITING_LETTERS = {
    LetterKind.CONSULT_THIRD_PARTY: EventKind.CONSULTATION_SENT,
    LetterKind.CONSULT_BODY: EventKind.CONSULTATION_SENT,
    LetterKind.FEE: EventKind.FEE_NOTICE_SENT,
}


def _start_waiting_period(letter: ProceduralLetter, actor: Actor, day: date) -> None:
    """Give the letter's clock event its delivery day: the 15 working days to answer (《条例》
    第三十二条、第三十四条) or the time to pay (109号) run from the next day, and the reply
    clock's pause ends with them at the latest (REQ-PAUSE-1, REQ-FEE-5)."""
    kind = WAITING_LETTERS.get(letter.kind)
    if kind is None:
        return
    events = letter.application.clock_events.filter(kind=kind, delivered_on__isnull=True)
    if kind == EventKind.CONSULTATION_SENT:
        events = events.filter(ref=letter.addressee)
    event = events.order_by("day", "id").first()
    if event is not None:
        application_letter_delivered(
            app=letter.application, actor=actor, event=event, delivered_on=day
        )


#: The case-page step that writes each letter, and the facts its form gives.
STEP_KINDS = {
    "correction_request": LetterKind.CORRECTION,
    "consultation_send": LetterKind.CONSULT_THIRD_PARTY,
    "extension": LetterKind.EXTENSION,
    "fee_notice": LetterKind.FEE,
}


def procedural_letter_after_step(
    *, app: Application, step: str, data: dict[str, Any], actor: Actor
) -> ProceduralLetter | None:
    """Draft the letter a step on the case page calls for, from that step's form data."""
    kind = STEP_KINDS.get(step)
    if kind is None:
        return None
    facts: dict[str, Any] = {}
    if kind == LetterKind.CORRECTION:
        facts = {"items": data.get("items"), "correct_by": data.get("until")}
    elif kind == LetterKind.CONSULT_THIRD_PARTY:
        kind = data.get("party") or kind
        facts = {
            "addressee": data.get("addressee"),
            "reason": data.get("note", ""),
            "delivered_on": data.get("delivered_on"),
        }
    elif kind == LetterKind.EXTENSION:
        facts = {"reason": data.get("reason"), "days": data.get("days")}
    elif kind == LetterKind.FEE:
        # The amount is the one assessed from the records when the notice was recorded
        # (REQ-FEE-3/4), never typed.
        assessment = fee_assess(app=app, method=data.get("method"), pages=data.get("pages"))
        facts = {
            "method": assessment.method,
            "quantity": assessment.quantity,
            "amount": assessment.amount,
            "how_to_pay": data.get("note", ""),
            "delivered_on": data.get("delivered_on"),
        }
    return procedural_letter_draft(app=app, kind=kind, actor=actor, facts=facts)
