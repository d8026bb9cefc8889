"""The assessment: indicator weights of the unit score, and each organisation's scheme.

PLAN-ASSESS-1 (seed 001 item 20; seed 003 (二十三)): disclosure work weighs at least 4% of the
overall government assessment (《关于全面推进政务公开工作的意见》, 中办发〔2016〕8号). The share is
checked against the scheme it belongs to: the organisation's own, or the platform default.
"""

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role

from ..models import AssessmentIndicator, AssessmentScheme
from ..selectors import may_set_weights
from ..stats import MIN_DISCLOSURE_SHARE


def _check_share(share: Decimal, scheme_name: str) -> None:
    """Refuse a share below 4% (or above 100%), naming the scheme and the rule's source."""
    if MIN_DISCLOSURE_SHARE <= share <= Decimal(100):
        return
    raise DomainError(
        _(
            "%(scheme)s gives disclosure work %(share)s%% of the overall assessment; it must be "
            "at least 4%% (《关于全面推进政务公开工作的意见》, 中办发〔2016〕8号)."
        )
        % {"scheme": scheme_name, "share": format(share.normalize(), "f")},
        code="share_below_minimum",
        field="disclosure_share",
    )


def _scheme_name(scheme: AssessmentScheme) -> str:
    if scheme.document:
        return scheme.document
    if scheme.org_id:
        return _("The assessment scheme of %(org)s") % {"org": scheme.org.name}
    return _("The platform's default assessment scheme")


def _save_scheme(scheme: AssessmentScheme, share: Decimal, document: str | None, actor) -> None:
    before = (
        {"disclosure_share": scheme.disclosure_share, "document": scheme.document}
        if scheme.pk
        else None
    )
    scheme.disclosure_share = share
    if document is not None:
        scheme.document = document.strip()
    _check_share(share, _scheme_name(scheme))
    after = {"disclosure_share": share, "document": scheme.document}
    if before == after:
        return
    scheme.full_clean()
    scheme.save()
    audit_record(
        actor=actor,
        obj=scheme,
        action="indicator.share",
        org=scheme.org,
        before=before,
        after=after,
    )


@transaction.atomic
def assessment_scheme_set(
    *, org, disclosure_share: Decimal, actor, document: str | None = None
) -> AssessmentScheme:
    """Set disclosure's share in ``org``'s own assessment scheme (PLAN-ASSESS-1: at least 4%).

    ``document`` names the scheme as issued (《某县2024年度绩效考核实施方案》). Only a
    coordinator of the organisation or of one above it may set it.
    """
    require_role(actor=actor, org=org, roles={Role.COORDINATOR})
    scheme = AssessmentScheme.objects.select_for_update().filter(org=org).first()
    scheme = scheme or AssessmentScheme(org=org)
    _save_scheme(scheme, disclosure_share, document, actor)
    return scheme


@transaction.atomic
def indicator_weights_set(
    *, weights: dict[int, int], actor, disclosure_share: Decimal | None = None
) -> None:
    """Set the assessment weights (percent, by indicator id); they must sum to 100.

    ``disclosure_share`` sets the platform's default scheme, which organisations without a
    scheme of their own follow; it is checked like every scheme (PLAN-ASSESS-1). The weights
    apply to every organisation: only a coordinator of a top-level government sets them.
    """
    if actor is not None and not may_set_weights(user=actor):
        raise PermissionDeniedError(
            _("Only the disclosure office of a top-level government sets the weights.")
        )
    if disclosure_share is not None:
        scheme = AssessmentScheme.objects.select_for_update().filter(org=None).first()
        _check_share(disclosure_share, _scheme_name(scheme or AssessmentScheme()))
    indicators = {i.pk: i for i in AssessmentIndicator.objects.select_for_update()}
    if set(weights) != set(indicators):
        raise DomainError(_("Give a weight for every indicator."), code="weights_incomplete")
    if sum(weights.values()) != 100:
        raise DomainError(
            _("The weights add up to %(total)d%%; they must add up to 100%%.")
            % {"total": sum(weights.values())},
            code="weights_sum",
        )
    if disclosure_share is not None:
        _save_scheme(scheme or AssessmentScheme(), disclosure_share, None, actor)
    for pk, weight in weights.items():
        before = indicators[pk].weight
        if model_update(indicators[pk], weight=weight):
            audit_record(
                actor=actor,
                obj=indicators[pk],
                action="indicator.weight",
                before={"weight": before},
                after={"weight": weight},
            )
