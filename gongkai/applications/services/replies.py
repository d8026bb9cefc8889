"""End requests: the reply with its statutory type, withdrawal, abandonment, archiving."""

from collections.abc import Sequence
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

from ..clock_events import EventKind
from ..models import Application
from ..states import ART16_GROUNDS, WITHHOLDING_TYPES, Ground, ReplyType, Status
from .intake import HANDLERS, Actor, application_transition, require_role
from .withheld import withheld_record

STAFF = set(HANDLERS)
#: Outcomes that are not replies: they follow from how the request ended (REQ-REPLY-1).
CLOSING_TYPES = {ReplyType.C_ABANDONED, ReplyType.C_FEE_UNPAID, ReplyType.C_OTHER}
#: The outcome a request gets when it is archived, by the status it is archived from.
CLOSING_OUTCOME = {
    Status.WITHDRAWN: ReplyType.C_OTHER,
    Status.DEEMED_WITHDRAWN: ReplyType.C_ABANDONED,
    Status.AWAITING_FEE: ReplyType.C_FEE_UNPAID,
}


@transaction.atomic
def application_reply(
    *,
    app: Application,
    actor: Actor,
    reply_type: str,
    reason: str,
    ground: str = "",
    grounds: Sequence[str] = (),
    withheld: str = "",
    no_disclosure_duty_confirmed: bool = False,
    day: date | None = None,
) -> Application:
    """Record the reply and its statutory type (REQ-REPLY-1, 《条例》第三十六条至第四十一条).

    A refusal (R-WITHHOLD) and a partial reply (R-PARTIAL) cite one or more grounds (REQ-EXEMPT-1,
    Art. 14-16, 37); no other type does. A partial reply says what it withholds. An Art. 16
    ground needs the handler's confirmation that no law, regulation or rule requires disclosure
    (REQ-EXEMPT-2). What is withheld goes on the re-review list (REQ-REVIEW-1, Art. 18).
    ``ground`` is the one-ground form of ``grounds``; the first ground is the one a refusal is
    counted under in the annual report.
    """
    require_role(actor, app, STAFF)
    if reply_type in CLOSING_TYPES or reply_type not in ReplyType.values:
        raise DomainError(_("Choose one of the statutory reply types."), field="reply_type")
    if (
        reply_type == ReplyType.R_STILL_UNCLEAR
        and not app.clock_events.filter(kind=EventKind.CORRECTED).exists()
    ):
        # REQ-CORR-4, Art. 30: "still unclear" only of a request that was corrected.
        raise DomainError(
            _("“Still unclear after correction” needs a corrected request first (Art. 30)."),
            field="reply_type",
        )
    cited = _check_grounds(reply_type, [*([ground] if ground else []), *grounds])
    withheld = withheld.strip()
    if reply_type == ReplyType.R_PARTIAL and not withheld:
        raise DomainError(_("Say which parts are withheld (Art. 37)."), field="withheld")
    if ART16_GROUNDS.intersection(cited) and not no_disclosure_duty_confirmed:
        raise DomainError(
            _(
                "Confirm that no law, regulation or rule requires this information to be "
                "disclosed: Art. 16 does not apply where one does."
            ),
            field="no_disclosure_duty_confirmed",
        )
    application_transition(
        app=app,
        to=Status.REPLIED,
        actor=actor,
        reason=reason,
        outcome=reply_type,
        withholding_ground=cited[0] if reply_type == ReplyType.R_WITHHOLD else "",
        withholding_grounds=cited,
        withheld_description=withheld,
        no_disclosure_duty_confirmed=bool(cited) and no_disclosure_duty_confirmed,
    )
    if cited:
        withheld_record(
            app=app,
            actor=actor,
            description=withheld or app.description,
            grounds=cited,
            day=day or timezone.localdate(),
        )
    return app


def _check_grounds(reply_type: str, grounds: Sequence[str]) -> list[str]:
    """Return the grounds, each once; refuse them where the type cites none (REQ-EXEMPT-1)."""
    cited = list(dict.fromkeys(g for g in grounds if g))
    if any(g not in Ground.values for g in cited):
        raise DomainError(_("Choose grounds from the list (Art. 14-16)."), field="grounds")
    if reply_type in WITHHOLDING_TYPES and not cited:
        raise DomainError(
            _("A refusal or a partial reply cites at least one ground (Art. 14-16)."),
            field="grounds",
        )
    if reply_type not in WITHHOLDING_TYPES and cited:
        raise DomainError(
            _("Only a refusal or a partial reply cites grounds for withholding."),
            field="grounds",
        )
    return cited


@transaction.atomic
def application_withdraw(*, app: Application, actor: Actor, reason: str) -> Application:
    """Record that the applicant withdrew the request (counted under C-OTHER)."""
    require_role(actor, app, STAFF)
    return application_transition(
        app=app, to=Status.WITHDRAWN, actor=actor, reason=reason, outcome=ReplyType.C_OTHER
    )


@transaction.atomic
def application_deem_withdrawn(
    *, app: Application, actor: Actor, reason: str, today: date | None = None
) -> Application:
    """Treat the request as abandoned: no correction by the deadline (REQ-CORR-4, Art. 30)."""
    require_role(actor, app, STAFF)
    notice = app.clock_events.filter(kind=EventKind.CORRECTION_REQUESTED).first()
    today = today or timezone.localdate()
    if notice is None or notice.until is None:
        raise DomainError(
            _(
                "The correction notice states no deadline, so the request cannot be deemed "
                "abandoned (Art. 30)."
            )
        )
    if today <= notice.until:
        raise DomainError(
            _(
                "The applicant may still correct the request until %(day)s; it can be deemed "
                "abandoned from the next day (Art. 30)."
            )
            % {"day": notice.until}
        )
    return application_transition(
        app=app,
        to=Status.DEEMED_WITHDRAWN,
        actor=actor,
        reason=reason,
        outcome=ReplyType.C_ABANDONED,
    )


@transaction.atomic
def application_close(*, app: Application, actor: Actor, reason: str) -> Application:
    """Archive the request (归档, REQ-STATE-1) with its one outcome (REQ-REPLY-1)."""
    require_role(actor, app, STAFF)
    changes = {}
    if app.status in CLOSING_OUTCOME:
        changes["outcome"] = CLOSING_OUTCOME[app.status]
    return application_transition(app=app, to=Status.CLOSED, actor=actor, reason=reason, **changes)
