"""Act on many cases at once: all the ticked cases, or none."""

from django.db import transaction

from ..selectors import application_list
from .cases import application_assign, application_remind
from .intake import Actor
from .letters import DEFAULT_DECISION, application_answer


@transaction.atomic
def application_bulk(
    *,
    actor: Actor,
    ids: list[int],
    action: str,
    unit=None,
    handler=None,
    reply_type: str = "",
    decision: str = "",
) -> int:
    """Assign, remind or answer the cases ``ids`` the actor may see; return how many were done.

    Each case goes through its own service, with that service's checks; one refusal undoes the
    whole batch, so that the list never shows half of a bulk action done.
    """
    apps = list(application_list(user=actor).filter(pk__in=ids))
    if action == "assign":
        for app in apps:
            application_assign(app=app, actor=actor, unit=unit, handler=handler)
        return len(apps)
    if action == "remind":
        return application_remind(apps=apps, actor=actor)
    decision = decision.strip() or DEFAULT_DECISION[reply_type]
    for app in apps:
        application_answer(app=app, actor=actor, reply_type=reply_type, decision=decision)
    return len(apps)
