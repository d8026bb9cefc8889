"""A published information item after publication: amend it, withdraw it, or mark it repealed
(废止) or expired (失效), by hand or when its validity period lapses (PUB-NORM-1)."""

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.notify import notify
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import users_with_role

from ..models import InformationItem, Validity
from ..states import Status
from .items import EDIT_ROLES, PUBLISH_ROLES, item_transition, require_role


@transaction.atomic
def item_amend_start(*, item: InformationItem, actor, reason: str) -> None:
    """Open a published item for changes; the public keeps the current version meanwhile."""
    require_role(actor=actor, org=item.org, roles=EDIT_ROLES)
    item_transition(
        item=item,
        to=Status.REVISING,
        actor=actor,
        action="publishing.item_amend_start",
        reason=reason,
    )


def _end(*, item: InformationItem, actor, to: str, action: str, reason: str, **changes) -> None:
    require_role(actor=actor, org=item.org, roles=PUBLISH_ROLES)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give the reason."), field="reason")
    item_transition(item=item, to=to, actor=actor, action=action, reason=reason, changes=changes)


@transaction.atomic
def item_withdraw(*, item: InformationItem, actor, reason: str) -> None:
    """Take a published item off the public pages (kept, audited)."""
    _end(item=item, actor=actor, to=Status.WITHDRAWN, action="publishing.item_withdraw",
         reason=reason)  # fmt: skip


@transaction.atomic
def item_repeal(*, item: InformationItem, actor, reason: str) -> None:
    """Mark a published item repealed (废止); it stays public with its validity shown."""
    _end(item=item, actor=actor, to=Status.REPEALED, action="publishing.item_repeal",
         reason=reason, validity=Validity.REPEALED)  # fmt: skip


@transaction.atomic
def item_expire(*, item: InformationItem, actor, reason: str) -> None:
    """Mark a published item expired (失效), e.g. when its validity period has lapsed."""
    _end(item=item, actor=actor, to=Status.EXPIRED, action="publishing.item_expire",
         reason=reason, validity=Validity.EXPIRED)  # fmt: skip


def items_expire_lapsed(*, today: date) -> list[int]:
    """Mark expired (失效) every published item whose validity period ended before ``today``.

    PUB-NORM-1: a normative document's lapse is published like its amendment or repeal, so the
    public list shows it as 失效 the day after its last day in force. Run by the system (no
    actor) every night; each item is its own transaction and audit entry, and the issuing
    organisation's coordinators are told. Items under amendment wait until they are published.
    Returns the ids of the items expired.
    """
    lapsed = InformationItem.objects.filter(
        status=Status.PUBLISHED, valid_until__isnull=False, valid_until__lt=today
    ).values_list("pk", flat=True)
    done = []
    for pk in list(lapsed):
        with transaction.atomic():
            item = InformationItem.objects.select_related("org").get(pk=pk)
            if item.status != Status.PUBLISHED:
                continue  # changed meanwhile
            until = item.valid_until
            item_transition(
                item=item,
                to=Status.EXPIRED,
                actor=None,
                action="publishing.item_expire",
                reason=_("Validity period ended on %(date)s") % {"date": until.isoformat()},
                changes={"validity": Validity.EXPIRED},
            )
            coordinators = list(users_with_role(org=item.org, roles={Role.COORDINATOR}))
            url = item.get_absolute_url()
            transaction.on_commit(
                lambda item=item, users=coordinators, url=url, until=until: notify(
                    users=users,
                    title=_("“%(title)s” has lapsed") % {"title": item.title},
                    body=_(
                        "Its validity period ended on %(date)s; it is now shown as expired on the "
                        "portal. Publish a renewal or a replacement if it is still needed."
                    )
                    % {"date": until.isoformat()},
                    url=url,
                    kind="publishing.lapsed",
                )
            )
        done.append(pk)
    return done
